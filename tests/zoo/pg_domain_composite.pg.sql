-- Domains, composite types and arrays (own DDL): a text domain with a
-- regular-expression CHECK, a positive-integer domain, a domain over a
-- domain, a composite-typed column, enum arrays, integer[] and
-- varchar[] with '{}' defaults, a two-dimensional array.
CREATE DOMAIN email_address AS text CHECK (VALUE ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE DOMAIN quantity AS positive_int CHECK (VALUE <= 1000);
CREATE DOMAIN us_postal_code AS text CHECK (VALUE ~ '^\d{5}$' OR VALUE ~ '^\d{5}-\d{4}$');
CREATE TYPE weekday AS ENUM ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
CREATE TYPE address AS (street text, city text, zip varchar(10));
CREATE TABLE customers (
	id serial PRIMARY KEY,
	email email_address NOT NULL UNIQUE,
	zip us_postal_code,
	home address,
	open_days weekday[] NOT NULL DEFAULT '{}',
	lucky_numbers integer[] NOT NULL DEFAULT '{}'::integer[],
	aliases varchar(40)[] DEFAULT '{}'::varchar[],
	grid integer[][]
);
CREATE TABLE order_lines (
	id serial PRIMARY KEY,
	customer_id integer NOT NULL REFERENCES customers (id),
	qty quantity NOT NULL,
	position positive_int NOT NULL
);
-- check: quantities fit the domain | SELECT COUNT(*) FROM order_lines WHERE qty < 1 OR qty > 1000
