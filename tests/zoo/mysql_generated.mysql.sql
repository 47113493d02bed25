-- Server-made values on MariaDB (own DDL): VIRTUAL and STORED generated
-- columns (one of them indexed), an INVISIBLE column, DEFAULT (expression)
-- defaults, a UUID() default, and a system-versioned table (hidden
-- row_start / row_end columns).
CREATE TABLE orders (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	ref CHAR(36) NOT NULL DEFAULT (UUID()),
	net DECIMAL(10,2) NOT NULL,
	tax DECIMAL(10,2) NOT NULL,
	total DECIMAL(10,2) AS (net + tax) STORED,
	total_cents INT AS (ROUND((net + tax) * 100)) VIRTUAL,
	placed_on DATE NOT NULL DEFAULT (CURRENT_DATE),
	internal_note VARCHAR(100) NULL INVISIBLE,
	KEY idx_total (total)
) ENGINE=InnoDB;
CREATE TABLE prices (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	order_id INT NOT NULL,
	amount DECIMAL(10,2) NOT NULL,
	FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;
-- check: totals add up | SELECT COUNT(*) FROM orders WHERE total <> net + tax
