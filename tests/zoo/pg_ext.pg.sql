-- Extension types common in applications (own DDL): citext (a unique
-- case-insensitive e-mail), hstore attributes, ltree category paths.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE EXTENSION IF NOT EXISTS ltree;
CREATE TABLE accounts (
	id serial PRIMARY KEY,
	email citext NOT NULL UNIQUE,
	username citext NOT NULL,
	attrs hstore,
	created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX accounts_username_key ON accounts (username);
CREATE TABLE categories (
	id serial PRIMARY KEY,
	path ltree NOT NULL UNIQUE,
	label text NOT NULL
);
-- check: e-mail addresses | SELECT COUNT(*) FROM accounts WHERE email NOT LIKE '%_@_%._%'
