-- PostgreSQL's "name" (63 bytes) and "char" (1 byte) types, as in catalog
-- copies: lengths are in bytes, and a unique name must stay unique after
-- the server's truncation (issue 10).
CREATE TABLE roles (
	id serial PRIMARY KEY,
	rolname name NOT NULL UNIQUE,
	kind "char" NOT NULL CHECK (kind IN ('u', 'g', 's')),
	note text
);
