-- Hash partitioning (own DDL): a table split into four hash partitions on
-- its key, referenced by a foreign key.
CREATE TABLE events (
	id bigint NOT NULL,
	tenant_id integer NOT NULL,
	kind varchar(20) NOT NULL,
	PRIMARY KEY (id, tenant_id)
) PARTITION BY HASH (tenant_id);
CREATE TABLE events_p0 PARTITION OF events FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE events_p1 PARTITION OF events FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE events_p2 PARTITION OF events FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE events_p3 PARTITION OF events FOR VALUES WITH (MODULUS 4, REMAINDER 3);
