CREATE TYPE guacamole_connection_group_type AS ENUM ('ORGANIZATIONAL', 'BALANCING');
CREATE TABLE guacamole_connection_group (
  connection_group_id SERIAL PRIMARY KEY,
  parent_id INT REFERENCES guacamole_connection_group (connection_group_id),
  connection_group_name VARCHAR(128) NOT NULL,
  type guacamole_connection_group_type NOT NULL DEFAULT 'ORGANIZATIONAL'
);
CREATE TABLE guacamole_connection (
  connection_id SERIAL PRIMARY KEY,
  connection_name VARCHAR(128) NOT NULL,
  parent_id INT REFERENCES guacamole_connection_group (connection_group_id),
  protocol VARCHAR(32) NOT NULL,
  max_connections INT,
  max_connections_per_user INT
);
CREATE TABLE guacamole_connection_parameter (
  connection_id INT NOT NULL REFERENCES guacamole_connection (connection_id) ON DELETE CASCADE,
  parameter_name VARCHAR(128) NOT NULL,
  parameter_value VARCHAR(4096) NOT NULL,
  PRIMARY KEY (connection_id, parameter_name)
);
CREATE TABLE guacamole_connection_history (
  history_id SERIAL PRIMARY KEY,
  username VARCHAR(128) NOT NULL,
  remote_host VARCHAR(256),
  connection_id INT REFERENCES guacamole_connection (connection_id) ON DELETE SET NULL,
  connection_name VARCHAR(128) NOT NULL,
  start_date TIMESTAMPTZ NOT NULL,
  end_date TIMESTAMPTZ
);
