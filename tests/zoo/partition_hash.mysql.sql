-- Hash and key partitioning (own DDL): PARTITION BY HASH on an integer,
-- PARTITION BY KEY on a string key.
CREATE TABLE events (
	id BIGINT NOT NULL AUTO_INCREMENT,
	tenant_id INT NOT NULL,
	kind VARCHAR(20) NOT NULL,
	PRIMARY KEY (id, tenant_id)
) ENGINE=InnoDB PARTITION BY HASH (tenant_id) PARTITIONS 4;
CREATE TABLE sessions (
	id VARCHAR(64) NOT NULL PRIMARY KEY,
	payload TEXT NOT NULL
) ENGINE=InnoDB PARTITION BY KEY (id) PARTITIONS 3;
