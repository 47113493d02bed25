-- Case-insensitive uniqueness through a nondeterministic ICU collation
-- (own DDL, the PostgreSQL 12+ replacement for citext): 'Ann' and 'ann'
-- collide in a unique key, as do tags that differ only in case.
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE members (
	id serial PRIMARY KEY,
	username varchar(40) COLLATE case_insensitive NOT NULL UNIQUE,
	email varchar(120) COLLATE case_insensitive NOT NULL UNIQUE
);
CREATE TABLE tags (
	id serial PRIMARY KEY,
	label varchar(12) COLLATE case_insensitive NOT NULL UNIQUE
);
