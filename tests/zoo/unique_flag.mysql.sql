-- "One default per parent" (own DDL): UNIQUE (user_id, is_default) where
-- the non-default rows keep NULL, a MySQL idiom; a unique boolean-ish
-- TINYINT in a composite key with a foreign key.
CREATE TABLE users (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name VARCHAR(80) NOT NULL
) ENGINE=InnoDB;
CREATE TABLE addresses (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	user_id INT NOT NULL,
	line1 VARCHAR(120) NOT NULL,
	is_default TINYINT(1) NULL,
	UNIQUE KEY one_default (user_id, is_default),
	FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB;
