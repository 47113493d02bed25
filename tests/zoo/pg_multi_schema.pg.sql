-- Tables in more than one schema (own DDL, as Rails/Django apps with a
-- separate billing or audit schema have): public tables reference a table
-- of schema billing, and the same table name exists in both schemas.
-- --all seeds schema public; billing.accounts already holds rows, which
-- the payments must reference (never public.accounts' ids by mistake).
CREATE SCHEMA billing;
CREATE TABLE billing.accounts (
	id serial PRIMARY KEY,
	iban varchar(34) NOT NULL
);
INSERT INTO billing.accounts (iban) VALUES ('DE89370400440532013000'),
	('GB82WEST12345698765432'), ('FR1420041010050500013M02606');
CREATE TABLE accounts (
	id serial PRIMARY KEY,
	name varchar(80) NOT NULL
);
CREATE TABLE payments (
	id serial PRIMARY KEY,
	account_id integer NOT NULL REFERENCES accounts (id),
	billing_account_id integer NOT NULL REFERENCES billing.accounts (id),
	amount numeric(10,2) NOT NULL
);
-- check: billing accounts are billing's | SELECT COUNT(*) FROM payments WHERE billing_account_id NOT IN (SELECT id FROM billing.accounts)
