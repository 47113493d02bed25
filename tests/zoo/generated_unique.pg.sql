-- Unique key on a generated column: lower(email) and a handle prefix
-- (issue 10).
CREATE TABLE users (
	id serial PRIMARY KEY,
	email varchar(120) NOT NULL,
	email_lc varchar(120) GENERATED ALWAYS AS (lower(email)) STORED UNIQUE,
	handle varchar(30) NOT NULL,
	handle_key varchar(8) GENERATED ALWAYS AS (left(lower(handle), 8)) STORED UNIQUE
);
