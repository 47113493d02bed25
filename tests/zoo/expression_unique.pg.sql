-- PostgreSQL expression unique index: names unique regardless of case,
-- lower(name) (issue 10). Short names make collisions likely.
CREATE TABLE tags (
	id serial PRIMARY KEY,
	name varchar(12) NOT NULL
);
CREATE UNIQUE INDEX tags_name_ci ON tags (lower(name));
CREATE TABLE teams (
	id serial PRIMARY KEY,
	slug varchar(40) NOT NULL
);
CREATE UNIQUE INDEX teams_slug_ci ON teams (lower(slug), (length(slug)));
