-- MySQL/MariaDB prefix unique index: UNIQUE (name(3)) makes only the first
-- three characters unique (issue 10).
CREATE TABLE brands (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name VARCHAR(60) NOT NULL,
	UNIQUE KEY uq_brand_prefix (name(3))
) ENGINE=InnoDB;
CREATE TABLE hosts (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	domain VARCHAR(120) NOT NULL,
	path VARCHAR(200) NOT NULL,
	UNIQUE KEY uq_host_path (domain(20), path(10))
) ENGINE=InnoDB;
