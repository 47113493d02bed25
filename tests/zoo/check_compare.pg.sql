-- CHECK constraints comparing two columns of the row: end_at > start_at,
-- cost <= price, min <= max (issue 10).
CREATE TABLE bookings (
	id serial PRIMARY KEY,
	start_at timestamp NOT NULL,
	end_at timestamp NOT NULL,
	CONSTRAINT ck_period CHECK (end_at > start_at)
);
CREATE TABLE products (
	id serial PRIMARY KEY,
	name VARCHAR(80) NOT NULL,
	cost numeric(10,2) NOT NULL,
	price numeric(10,2) NOT NULL,
	min_qty INT NOT NULL,
	max_qty INT NOT NULL,
	CONSTRAINT ck_margin CHECK (cost <= price),
	CONSTRAINT ck_cost CHECK (cost >= 0),
	CONSTRAINT ck_qty CHECK (min_qty >= 1 AND min_qty <= max_qty)
);
