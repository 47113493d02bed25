-- Spatial columns (own DDL, as in store locators and delivery zones):
-- POINT under a SPATIAL index (NOT NULL), GEOMETRY, LINESTRING, POLYGON,
-- MULTIPOINT, and a nullable POINT.
CREATE TABLE zones (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name VARCHAR(80) NOT NULL,
	area POLYGON NOT NULL,
	SPATIAL INDEX sp_area (area)
) ENGINE=InnoDB;
CREATE TABLE shops (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	zone_id INT NOT NULL,
	name VARCHAR(80) NOT NULL,
	pos POINT NOT NULL,
	entrance POINT NULL,
	shape GEOMETRY NULL,
	route LINESTRING NULL,
	stops MULTIPOINT NULL,
	SPATIAL INDEX sp_pos (pos),
	FOREIGN KEY (zone_id) REFERENCES zones (id)
) ENGINE=InnoDB;
-- check: positions are points on Earth | SELECT COUNT(*) FROM shops WHERE ST_X(pos) NOT BETWEEN -180 AND 180 OR ST_Y(pos) NOT BETWEEN -90 AND 90
-- check: areas are polygons | SELECT COUNT(*) FROM zones WHERE ST_GeometryType(area) NOT IN ('POLYGON', 'ST_Polygon')
