-- Network address types (own DDL, as in audit logs and device inventories):
-- inet, cidr, macaddr, macaddr8, with a unique inet and a unique macaddr.
CREATE TABLE devices (
	id serial PRIMARY KEY,
	hostname varchar(63) NOT NULL,
	mac macaddr NOT NULL UNIQUE,
	eui64 macaddr8,
	ip inet NOT NULL UNIQUE,
	subnet cidr NOT NULL
);
CREATE TABLE audit_events (
	id bigserial PRIMARY KEY,
	device_id integer REFERENCES devices (id),
	ip_address inet,
	created_at timestamptz NOT NULL DEFAULT now()
);
