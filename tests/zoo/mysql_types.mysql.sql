-- MySQL/MariaDB column types not covered elsewhere (own DDL): BIT(1) flags,
-- BIT(8), MEDIUMINT UNSIGNED, DOUBLE/DECIMAL UNSIGNED, BINARY(16) ids,
-- VARBINARY, YEAR, TIME(6), DATETIME(3), FLOAT(7,4), MariaDB's INET6,
-- INET4 and UUID types, and a CHAR(36) uuid text.
CREATE TABLE sensors (
	id BINARY(16) NOT NULL PRIMARY KEY,
	serial_no MEDIUMINT UNSIGNED NOT NULL UNIQUE,
	enabled BIT(1) NOT NULL DEFAULT b'1',
	mode_bits BIT(8) NOT NULL DEFAULT b'0',
	calib DOUBLE UNSIGNED NOT NULL,
	price DECIMAL(8,2) UNSIGNED NOT NULL,
	latitude FLOAT(7,4) NULL,
	token VARBINARY(32) NULL,
	made_in YEAR NOT NULL,
	uptime TIME(6) NULL,
	seen_at DATETIME(3) NULL,
	ip6 INET6 NULL,
	ip4 INET4 NULL,
	uid UUID NOT NULL UNIQUE,
	ext_ref CHAR(36) NOT NULL
) ENGINE=InnoDB;
CREATE TABLE readings (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	sensor_id BINARY(16) NOT NULL,
	value DOUBLE NOT NULL,
	FOREIGN KEY (sensor_id) REFERENCES sensors (id)
) ENGINE=InnoDB;
-- check: years are plausible | SELECT COUNT(*) FROM sensors WHERE made_in < 1950 OR made_in > YEAR(NOW()) + 1
-- check: latitudes fit | SELECT COUNT(*) FROM sensors WHERE latitude NOT BETWEEN -90 AND 90
