-- Range partitioning with no catch-all partition: every value must fall
-- inside the partitions' bounds (2024-01-01 .. 2026-01-01) (issue 10).
CREATE TABLE measurements (
	id INT NOT NULL AUTO_INCREMENT,
	taken_on DATE NOT NULL,
	value DOUBLE NOT NULL,
	PRIMARY KEY (id, taken_on)
) ENGINE=InnoDB
PARTITION BY RANGE (YEAR(taken_on)) (
	PARTITION p2024 VALUES LESS THAN (2025),
	PARTITION p2025 VALUES LESS THAN (2026)
);
