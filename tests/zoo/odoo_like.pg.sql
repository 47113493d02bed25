-- An ERP's shapes like Odoo (own DDL): translatable names kept as jsonb
-- ({"en_US": "..."}), create_uid / write_uid audit references to
-- res_users, a partner tree (parent_id) with a second self-reference
-- (commercial_partner_id), a many2many relation table keyed by its two
-- foreign keys, selection fields as varchar without CHECK, and active
-- flags.
CREATE TABLE res_users (
	id serial PRIMARY KEY,
	login varchar NOT NULL UNIQUE,
	active boolean DEFAULT true,
	create_date timestamp without time zone,
	write_date timestamp without time zone
);
CREATE TABLE res_groups (
	id serial PRIMARY KEY,
	name jsonb NOT NULL,
	create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
	write_uid integer REFERENCES res_users (id) ON DELETE SET NULL
);
CREATE TABLE res_groups_users_rel (
	gid integer NOT NULL REFERENCES res_groups (id) ON DELETE CASCADE,
	uid integer NOT NULL REFERENCES res_users (id) ON DELETE CASCADE,
	PRIMARY KEY (gid, uid)
);
CREATE TABLE res_partner (
	id serial PRIMARY KEY,
	name varchar,
	parent_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
	commercial_partner_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
	type varchar,
	email varchar,
	is_company boolean,
	active boolean,
	create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
	create_date timestamp without time zone,
	write_date timestamp without time zone
);
CREATE TABLE sale_order (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	partner_id integer NOT NULL REFERENCES res_partner (id) ON DELETE RESTRICT,
	state varchar,
	date_order timestamp without time zone NOT NULL,
	amount_total numeric,
	create_uid integer REFERENCES res_users (id) ON DELETE SET NULL
);
-- check: translated names are objects | SELECT COUNT(*) FROM res_groups WHERE jsonb_typeof(name) <> 'object'
-- check: totals are not negative | SELECT COUNT(*) FROM sale_order WHERE amount_total < 0
-- check: order states are workflow words, not US states | SELECT COUNT(*) FROM sale_order WHERE state ~ '^[A-Z]{2}$'
