-- Column types of a DVD-rental schema like Sakila (own DDL): YEAR,
-- SET('...') and ENUM, TINYINT UNSIGNED, DECIMAL(4,2), a FULLTEXT index, a
-- GEOMETRY column under a SPATIAL index (NOT NULL, as MySQL requires), a
-- BLOB picture, TIMESTAMP ... ON UPDATE CURRENT_TIMESTAMP, SMALLINT UNSIGNED
-- and TINYINT UNSIGNED keys.
CREATE TABLE language (
	language_id TINYINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name CHAR(20) NOT NULL,
	last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB;
CREATE TABLE film (
	film_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	title VARCHAR(128) NOT NULL,
	description TEXT,
	release_year YEAR DEFAULT NULL,
	language_id TINYINT UNSIGNED NOT NULL,
	original_language_id TINYINT UNSIGNED DEFAULT NULL,
	rental_duration TINYINT UNSIGNED NOT NULL DEFAULT 3,
	rental_rate DECIMAL(4,2) NOT NULL DEFAULT 4.99,
	length SMALLINT UNSIGNED DEFAULT NULL,
	replacement_cost DECIMAL(5,2) NOT NULL DEFAULT 19.99,
	rating ENUM('G','PG','PG-13','R','NC-17') DEFAULT 'G',
	special_features SET('Trailers','Commentaries','Deleted Scenes','Behind the Scenes') DEFAULT NULL,
	last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
	KEY idx_title (title),
	CONSTRAINT fk_film_language FOREIGN KEY (language_id) REFERENCES language (language_id),
	CONSTRAINT fk_film_language_original FOREIGN KEY (original_language_id) REFERENCES language (language_id)
) ENGINE=InnoDB;
CREATE TABLE film_text (
	film_id SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
	title VARCHAR(255) NOT NULL,
	description TEXT,
	FULLTEXT KEY idx_title_description (title, description)
) ENGINE=InnoDB;
CREATE TABLE address (
	address_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	address VARCHAR(50) NOT NULL,
	address2 VARCHAR(50) DEFAULT NULL,
	district VARCHAR(20) NOT NULL,
	postal_code VARCHAR(10) DEFAULT NULL,
	phone VARCHAR(20) NOT NULL,
	location GEOMETRY NOT NULL,
	last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
	SPATIAL KEY idx_location (location)
) ENGINE=InnoDB;
CREATE TABLE staff (
	staff_id TINYINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	first_name VARCHAR(45) NOT NULL,
	last_name VARCHAR(45) NOT NULL,
	address_id SMALLINT UNSIGNED NOT NULL,
	picture BLOB DEFAULT NULL,
	email VARCHAR(50) DEFAULT NULL,
	active BOOLEAN NOT NULL DEFAULT TRUE,
	username VARCHAR(16) NOT NULL,
	password VARCHAR(40) BINARY DEFAULT NULL,
	last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
	CONSTRAINT fk_staff_address FOREIGN KEY (address_id) REFERENCES address (address_id)
) ENGINE=InnoDB;
-- check: release years are plausible | SELECT COUNT(*) FROM film WHERE release_year IS NOT NULL AND (release_year < 1900 OR release_year > YEAR(NOW()) + 2)
-- check: locations are points | SELECT COUNT(*) FROM address WHERE ST_GeometryType(location) NOT IN ('POINT', 'ST_Point')
-- check: locations are on Earth | SELECT COUNT(*) FROM address WHERE ST_X(location) NOT BETWEEN -180 AND 180 OR ST_Y(location) NOT BETWEEN -90 AND 90
-- check: rental rates are positive | SELECT COUNT(*) FROM film WHERE rental_rate <= 0 OR replacement_cost <= 0
