-- Self-reference inside a unique key: UNIQUE (name, parent_id), parent_id
-- filled by UPDATE after the rows exist (issue 10).
CREATE TABLE categories (
	id serial PRIMARY KEY,
	parent_id integer REFERENCES categories (id),
	name varchar(3) NOT NULL,
	UNIQUE (name, parent_id)
);
CREATE TABLE folders (
	id serial PRIMARY KEY,
	parent_id integer REFERENCES folders (id),
	position smallint NOT NULL,
	UNIQUE (parent_id, position)
);
