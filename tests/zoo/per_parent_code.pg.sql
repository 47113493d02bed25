-- Per-parent numbering in a small column: UNIQUE (region_id, code) with
-- code smallint CHECK 1..127, and only two regions possible (the enum is
-- unique): 200 rows are 100 per region, numbered per region (issue 10).
CREATE TYPE zone AS ENUM ('north', 'south');
CREATE TABLE regions (
	id serial PRIMARY KEY,
	zone zone NOT NULL UNIQUE
);
CREATE TABLE depots (
	id serial PRIMARY KEY,
	region_id integer NOT NULL REFERENCES regions (id),
	code smallint NOT NULL CHECK (code BETWEEN 1 AND 127),
	name varchar(40) NOT NULL,
	UNIQUE (region_id, code)
);
-- expect: regions = 2
