-- NOT NULL foreign-key cycle, modelled on Sakila's store/staff pair:
-- store.manager_staff_id NOT NULL -> staff, staff.store_id NOT NULL -> store.
-- Neither table can get a first row without the other (issue 10).
CREATE TABLE address (
	address_id serial PRIMARY KEY,
	address varchar(50) NOT NULL,
	district varchar(20) NOT NULL,
	postal_code varchar(10),
	phone varchar(20) NOT NULL,
	last_update timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE store (
	store_id serial PRIMARY KEY,
	manager_staff_id integer NOT NULL UNIQUE,
	address_id integer NOT NULL REFERENCES address (address_id),
	last_update timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE staff (
	staff_id serial PRIMARY KEY,
	first_name varchar(45) NOT NULL,
	last_name varchar(45) NOT NULL,
	address_id integer NOT NULL REFERENCES address (address_id),
	email varchar(50),
	store_id integer NOT NULL REFERENCES store (store_id),
	active boolean NOT NULL DEFAULT true,
	username varchar(16) NOT NULL,
	last_update timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE store ADD CONSTRAINT store_manager_staff_id_fkey
	FOREIGN KEY (manager_staff_id) REFERENCES staff (staff_id);
