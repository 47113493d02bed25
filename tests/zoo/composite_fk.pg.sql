-- Composite keys and a composite foreign key with one nullable column,
-- modelled on TPC-C: warehouse / district / customer / orders / new_order /
-- order_line. orders.o_c_id is nullable, but o_w_id and o_d_id of the same
-- foreign key are NOT NULL (they are part of the primary key): writing NULL
-- into the whole key tuple breaks them (issue 10).
CREATE TABLE warehouse (
	w_id smallint PRIMARY KEY,
	w_name varchar(10) NOT NULL,
	w_tax numeric(4,4) NOT NULL,
	w_ytd numeric(12,2) NOT NULL
);
CREATE TABLE district (
	d_w_id smallint NOT NULL REFERENCES warehouse (w_id),
	d_id smallint NOT NULL,
	d_name varchar(10) NOT NULL,
	d_next_o_id integer NOT NULL,
	PRIMARY KEY (d_w_id, d_id)
);
CREATE TABLE customer (
	c_w_id smallint NOT NULL,
	c_d_id smallint NOT NULL,
	c_id integer NOT NULL,
	c_last varchar(16) NOT NULL,
	c_credit char(2) NOT NULL,
	c_balance numeric(12,2) NOT NULL,
	PRIMARY KEY (c_w_id, c_d_id, c_id),
	FOREIGN KEY (c_w_id, c_d_id) REFERENCES district (d_w_id, d_id)
);
CREATE TABLE orders (
	o_w_id smallint NOT NULL,
	o_d_id smallint NOT NULL,
	o_id integer NOT NULL,
	o_c_id integer,
	o_carrier_id smallint,
	o_ol_cnt smallint NOT NULL,
	o_entry_d timestamp NOT NULL,
	PRIMARY KEY (o_w_id, o_d_id, o_id),
	FOREIGN KEY (o_w_id, o_d_id, o_c_id) REFERENCES customer (c_w_id, c_d_id, c_id)
);
CREATE TABLE new_order (
	no_w_id smallint NOT NULL,
	no_d_id smallint NOT NULL,
	no_o_id integer NOT NULL,
	PRIMARY KEY (no_w_id, no_d_id, no_o_id),
	FOREIGN KEY (no_w_id, no_d_id, no_o_id) REFERENCES orders (o_w_id, o_d_id, o_id)
);
CREATE TABLE order_line (
	ol_w_id smallint NOT NULL,
	ol_d_id smallint NOT NULL,
	ol_o_id integer NOT NULL,
	ol_number smallint NOT NULL,
	ol_i_id integer NOT NULL,
	ol_supply_w_id smallint NOT NULL REFERENCES warehouse (w_id),
	ol_quantity smallint NOT NULL,
	ol_amount numeric(6,2) NOT NULL,
	PRIMARY KEY (ol_w_id, ol_d_id, ol_o_id, ol_number),
	FOREIGN KEY (ol_w_id, ol_d_id, ol_o_id) REFERENCES orders (o_w_id, o_d_id, o_id)
);
