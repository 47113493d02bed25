-- Tables without a primary key or any unique key (own DDL), as audit and
-- log tables often are; one references another table.
CREATE TABLE accounts (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name varchar(60) NOT NULL
) ENGINE=InnoDB;
CREATE TABLE audit_log (
	account_id integer REFERENCES accounts (id),
	action varchar(40) NOT NULL,
	detail text,
	logged_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB;
CREATE TABLE raw_events (
	payload JSON NOT NULL,
	received_at DATETIME NOT NULL
) ENGINE=InnoDB;
