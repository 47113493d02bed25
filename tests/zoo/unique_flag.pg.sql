-- "One default per parent" (own DDL): UNIQUE (user_id, is_default) where
-- the non-default rows keep NULL, and a partial unique index on the
-- boolean doing the same the PostgreSQL way.
CREATE TABLE users (
	id serial PRIMARY KEY,
	name varchar(80) NOT NULL
);
CREATE TABLE addresses (
	id serial PRIMARY KEY,
	user_id integer NOT NULL REFERENCES users (id),
	line1 varchar(120) NOT NULL,
	is_default boolean,
	UNIQUE (user_id, is_default)
);
CREATE TABLE cards (
	id serial PRIMARY KEY,
	user_id integer NOT NULL REFERENCES users (id),
	primary_card boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX one_primary_card ON cards (user_id) WHERE primary_card;
