CREATE TABLE guacamole_connection_group (
  connection_group_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  parent_id INT,
  connection_group_name VARCHAR(128) NOT NULL,
  type ENUM('ORGANIZATIONAL','BALANCING') NOT NULL DEFAULT 'ORGANIZATIONAL',
  FOREIGN KEY (parent_id) REFERENCES guacamole_connection_group (connection_group_id)
);
CREATE TABLE guacamole_connection (
  connection_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  connection_name VARCHAR(128) NOT NULL,
  parent_id INT,
  protocol VARCHAR(32) NOT NULL,
  max_connections INT,
  max_connections_per_user INT,
  FOREIGN KEY (parent_id) REFERENCES guacamole_connection_group (connection_group_id)
);
CREATE TABLE guacamole_connection_parameter (
  connection_id INT NOT NULL,
  parameter_name VARCHAR(128) NOT NULL,
  parameter_value VARCHAR(4096) NOT NULL,
  PRIMARY KEY (connection_id, parameter_name),
  FOREIGN KEY (connection_id) REFERENCES guacamole_connection (connection_id) ON DELETE CASCADE
);
CREATE TABLE guacamole_connection_history (
  history_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(128) NOT NULL,
  remote_host VARCHAR(256),
  connection_id INT,
  connection_name VARCHAR(128) NOT NULL,
  start_date DATETIME NOT NULL,
  end_date DATETIME,
  FOREIGN KEY (connection_id) REFERENCES guacamole_connection (connection_id) ON DELETE SET NULL
);
