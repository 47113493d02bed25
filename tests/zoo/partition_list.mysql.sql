-- List partitioning with no catch-all: region must be one of the listed
-- values (issue 10).
CREATE TABLE sales (
	id INT NOT NULL AUTO_INCREMENT,
	region VARCHAR(8) NOT NULL,
	amount DECIMAL(10,2) NOT NULL,
	PRIMARY KEY (id, region)
) ENGINE=InnoDB
PARTITION BY LIST COLUMNS (region) (
	PARTITION p_eu VALUES IN ('eu', 'uk'),
	PARTITION p_us VALUES IN ('us', 'ca')
);
