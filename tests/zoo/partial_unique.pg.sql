-- PostgreSQL partial unique indexes (CREATE UNIQUE INDEX ... WHERE): one
-- primary address per account, one live account per email (issue 10).
CREATE TABLE accounts (
	id serial PRIMARY KEY,
	email varchar(120) NOT NULL,
	deleted_at timestamptz
);
CREATE UNIQUE INDEX accounts_live_email ON accounts (email) WHERE deleted_at IS NULL;
CREATE TABLE addresses (
	id serial PRIMARY KEY,
	account_id integer NOT NULL REFERENCES accounts (id),
	is_primary boolean NOT NULL DEFAULT false,
	line1 varchar(100) NOT NULL
);
CREATE UNIQUE INDEX addresses_one_primary ON addresses (account_id) WHERE is_primary;
