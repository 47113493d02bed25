-- Composite keys and a composite foreign key with one nullable column,
-- modelled on TPC-C: warehouse / district / customer / orders / new_order /
-- order_line. orders.o_c_id is nullable, but o_w_id and o_d_id of the same
-- foreign key are NOT NULL (they are part of the primary key): writing NULL
-- into the whole key tuple breaks them (issue 10).
CREATE TABLE warehouse (
	w_id SMALLINT NOT NULL PRIMARY KEY,
	w_name VARCHAR(10) NOT NULL,
	w_tax DECIMAL(4,4) NOT NULL,
	w_ytd DECIMAL(12,2) NOT NULL
) ENGINE=InnoDB;
CREATE TABLE district (
	d_w_id SMALLINT NOT NULL,
	d_id TINYINT NOT NULL,
	d_name VARCHAR(10) NOT NULL,
	d_next_o_id INT NOT NULL,
	PRIMARY KEY (d_w_id, d_id),
	CONSTRAINT fk_district_warehouse FOREIGN KEY (d_w_id) REFERENCES warehouse (w_id)
) ENGINE=InnoDB;
CREATE TABLE customer (
	c_w_id SMALLINT NOT NULL,
	c_d_id TINYINT NOT NULL,
	c_id INT NOT NULL,
	c_last VARCHAR(16) NOT NULL,
	c_credit CHAR(2) NOT NULL,
	c_balance DECIMAL(12,2) NOT NULL,
	PRIMARY KEY (c_w_id, c_d_id, c_id),
	CONSTRAINT fk_customer_district FOREIGN KEY (c_w_id, c_d_id) REFERENCES district (d_w_id, d_id)
) ENGINE=InnoDB;
CREATE TABLE orders (
	o_w_id SMALLINT NOT NULL,
	o_d_id TINYINT NOT NULL,
	o_id INT NOT NULL,
	o_c_id INT NULL,
	o_carrier_id TINYINT NULL,
	o_ol_cnt TINYINT NOT NULL,
	o_entry_d DATETIME NOT NULL,
	PRIMARY KEY (o_w_id, o_d_id, o_id),
	CONSTRAINT fk_orders_customer FOREIGN KEY (o_w_id, o_d_id, o_c_id)
		REFERENCES customer (c_w_id, c_d_id, c_id)
) ENGINE=InnoDB;
CREATE TABLE new_order (
	no_w_id SMALLINT NOT NULL,
	no_d_id TINYINT NOT NULL,
	no_o_id INT NOT NULL,
	PRIMARY KEY (no_w_id, no_d_id, no_o_id),
	CONSTRAINT fk_new_order_orders FOREIGN KEY (no_w_id, no_d_id, no_o_id)
		REFERENCES orders (o_w_id, o_d_id, o_id)
) ENGINE=InnoDB;
CREATE TABLE order_line (
	ol_w_id SMALLINT NOT NULL,
	ol_d_id TINYINT NOT NULL,
	ol_o_id INT NOT NULL,
	ol_number TINYINT NOT NULL,
	ol_i_id INT NOT NULL,
	ol_supply_w_id SMALLINT NOT NULL,
	ol_quantity TINYINT NOT NULL,
	ol_amount DECIMAL(6,2) NOT NULL,
	PRIMARY KEY (ol_w_id, ol_d_id, ol_o_id, ol_number),
	CONSTRAINT fk_order_line_orders FOREIGN KEY (ol_w_id, ol_d_id, ol_o_id)
		REFERENCES orders (o_w_id, o_d_id, o_id),
	CONSTRAINT fk_order_line_supply FOREIGN KEY (ol_supply_w_id) REFERENCES warehouse (w_id)
) ENGINE=InnoDB;
