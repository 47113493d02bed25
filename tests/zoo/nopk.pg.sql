-- Tables without a primary key or any unique key (own DDL), as audit and
-- log tables often are; one references another table.
CREATE TABLE accounts (
	id serial PRIMARY KEY,
	name varchar(60) NOT NULL
);
CREATE TABLE audit_log (
	account_id integer REFERENCES accounts (id),
	action varchar(40) NOT NULL,
	detail text,
	logged_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE raw_events (
	payload jsonb NOT NULL,
	received_at timestamp NOT NULL
);
