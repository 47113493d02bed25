-- PostgreSQL's built-in geometric types (own DDL, as in store locators and
-- floor plans): point, box, circle, lseg, path, polygon, line.
CREATE TABLE stores (
	id serial PRIMARY KEY,
	name varchar(80) NOT NULL,
	location point NOT NULL,
	delivery_area circle,
	bounds box,
	entrance lseg,
	route path,
	footprint polygon,
	axis line
);
CREATE INDEX stores_location_idx ON stores USING gist (location);
-- check: locations are longitude/latitude | SELECT COUNT(*) FROM stores WHERE location[0] NOT BETWEEN -180 AND 180 OR location[1] NOT BETWEEN -90 AND 90
