-- Range partitioning with no default partition: every value must fall
-- inside the partitions' bounds (2024-01-01 .. 2026-01-01) (issue 10).
CREATE TABLE measurements (
	id serial,
	taken_on date NOT NULL,
	value double precision NOT NULL,
	PRIMARY KEY (id, taken_on)
) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2024 PARTITION OF measurements
	FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2025 PARTITION OF measurements
	FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
