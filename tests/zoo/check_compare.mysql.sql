-- CHECK constraints comparing two columns of the row: end_at > start_at,
-- cost <= price, min <= max (issue 10).
CREATE TABLE bookings (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	start_at DATETIME NOT NULL,
	end_at DATETIME NOT NULL,
	CONSTRAINT ck_period CHECK (end_at > start_at)
) ENGINE=InnoDB;
CREATE TABLE products (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name VARCHAR(80) NOT NULL,
	cost DECIMAL(10,2) NOT NULL,
	price DECIMAL(10,2) NOT NULL,
	min_qty INT NOT NULL,
	max_qty INT NOT NULL,
	CONSTRAINT ck_margin CHECK (cost <= price),
	CONSTRAINT ck_cost CHECK (cost >= 0),
	CONSTRAINT ck_qty CHECK (min_qty >= 1 AND min_qty <= max_qty)
) ENGINE=InnoDB;
