-- PostgreSQL 15 UNIQUE NULLS NOT DISTINCT: two NULLs collide, so the
-- nullable column of the key cannot be NULL twice per org (issue 10).
CREATE TABLE orgs (
	id serial PRIMARY KEY,
	name varchar(80) NOT NULL
);
CREATE TABLE integrations (
	id serial PRIMARY KEY,
	org_id integer NOT NULL REFERENCES orgs (id),
	external_ref varchar(40),
	CONSTRAINT integrations_org_ref UNIQUE NULLS NOT DISTINCT (org_id, external_ref)
);
