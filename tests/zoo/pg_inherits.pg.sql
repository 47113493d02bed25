-- Table inheritance, PostgreSQL's older partitioning and type hierarchy
-- (own DDL): a parent table, two children that INHERIT its columns (and
-- add their own), each with its own primary key; a parent's count includes
-- its children's rows.
CREATE TABLE vehicles (
	id serial PRIMARY KEY,
	maker varchar(40) NOT NULL,
	built_on date NOT NULL
);
CREATE TABLE cars (
	seats smallint NOT NULL CHECK (seats BETWEEN 2 AND 9),
	PRIMARY KEY (id)
) INHERITS (vehicles);
CREATE TABLE trucks (
	payload_kg integer NOT NULL CHECK (payload_kg > 0),
	PRIMARY KEY (id)
) INHERITS (vehicles);
-- ONLY counts: the parent's own rows, then each child's.
-- expect: vehicles >= 200
