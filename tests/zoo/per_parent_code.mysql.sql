-- Per-parent numbering in a small column: UNIQUE (region_id, code) with
-- code TINYINT, and only two regions possible (the ENUM is unique): 200
-- rows are 100 per region, which must be numbered per region and never
-- overflow TINYINT (127). The region cap must be announced (issue 10).
CREATE TABLE regions (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	zone ENUM('north', 'south') NOT NULL,
	UNIQUE KEY uq_zone (zone)
) ENGINE=InnoDB;
CREATE TABLE depots (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	region_id INT NOT NULL,
	code TINYINT NOT NULL,
	name VARCHAR(40) NOT NULL,
	UNIQUE KEY uq_region_code (region_id, code),
	CONSTRAINT fk_depot_region FOREIGN KEY (region_id) REFERENCES regions (id)
) ENGINE=InnoDB;
-- expect: regions = 2
