-- Unique key on a generated column (MariaDB has no expression index; a
-- unique generated column is how it is done): lower(email) unique
-- (issue 10).
CREATE TABLE users (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	email VARCHAR(120) NOT NULL,
	email_lc VARCHAR(120) AS (LOWER(email)) PERSISTENT,
	handle VARCHAR(30) NOT NULL,
	handle_key VARCHAR(8) AS (LEFT(LOWER(handle), 8)) VIRTUAL,
	UNIQUE KEY uq_email_lc (email_lc),
	UNIQUE KEY uq_handle_key (handle_key)
) ENGINE=InnoDB;
