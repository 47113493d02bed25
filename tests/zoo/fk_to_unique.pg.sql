-- Foreign keys that reference a UNIQUE column rather than the primary key
-- (own DDL, as in Magento's store codes or ISO-code lookup tables): a text
-- natural key, a composite unique key referenced by a composite foreign
-- key, and a nullable reference to a unique e-mail.
CREATE TABLE countries (
	id serial PRIMARY KEY,
	iso2 char(2) NOT NULL UNIQUE,
	name varchar(80) NOT NULL
);
CREATE TABLE users (
	id serial PRIMARY KEY,
	email varchar(120) NOT NULL UNIQUE,
	country_code char(2) NOT NULL REFERENCES countries (iso2)
);
CREATE TABLE warehouses (
	id serial PRIMARY KEY,
	company varchar(20) NOT NULL,
	code varchar(10) NOT NULL,
	UNIQUE (company, code)
);
CREATE TABLE stock_moves (
	id serial PRIMARY KEY,
	company varchar(20) NOT NULL,
	warehouse_code varchar(10) NOT NULL,
	approved_by_email varchar(120) REFERENCES users (email),
	qty integer NOT NULL,
	FOREIGN KEY (company, warehouse_code) REFERENCES warehouses (company, code)
);
