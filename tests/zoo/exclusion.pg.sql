-- PostgreSQL exclusion constraint: no two overlapping bookings of one room.
-- With btree_gist (room WITH =, during WITH &&); without it, a plain
-- range exclusion (slot WITH &&) (issue 10: model or filter).
CREATE TABLE rooms (
	id serial PRIMARY KEY,
	name varchar(40) NOT NULL
);
DO $$
BEGIN
	IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gist') THEN
		CREATE EXTENSION IF NOT EXISTS btree_gist;
		CREATE TABLE room_bookings (
			id serial PRIMARY KEY,
			room integer NOT NULL REFERENCES rooms (id),
			during tstzrange NOT NULL,
			EXCLUDE USING gist (room WITH =, during WITH &&)
		);
	ELSE
		CREATE TABLE room_bookings (
			id serial PRIMARY KEY,
			room integer NOT NULL REFERENCES rooms (id),
			during int4range NOT NULL,
			EXCLUDE USING gist (during WITH &&)
		);
	END IF;
END $$;
