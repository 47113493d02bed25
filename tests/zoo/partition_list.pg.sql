-- List partitioning with no default partition: region must be one of the
-- listed values (issue 10).
CREATE TABLE sales (
	id serial,
	region varchar(8) NOT NULL,
	amount numeric(10,2) NOT NULL,
	PRIMARY KEY (id, region)
) PARTITION BY LIST (region);
CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu', 'uk');
CREATE TABLE sales_us PARTITION OF sales FOR VALUES IN ('us', 'ca');
