-- Schema patterns that `seedgen --all` must seed (issue 10), PostgreSQL.
-- Own DDL, one block per pattern; tests/integration/35_engine_patterns.sh.

-- 1. A cycle of NOT NULL foreign keys (Sakila's store <-> staff).
CREATE TABLE store (
  store_id serial PRIMARY KEY,
  manager_staff_id int NOT NULL,
  name varchar(40) NOT NULL
);
CREATE TABLE staff (
  staff_id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  store_id int NOT NULL REFERENCES store (store_id),
  first_name varchar(40) NOT NULL
);
ALTER TABLE store ADD CONSTRAINT fk_store_manager FOREIGN KEY (manager_staff_id) REFERENCES staff (staff_id);

-- 2. Composite foreign keys, one with a nullable column, overlapping (TPC-C).
CREATE TABLE warehouse (w_id int PRIMARY KEY, w_name varchar(10) NOT NULL);
CREATE TABLE district (
  d_w_id int NOT NULL REFERENCES warehouse (w_id),
  d_id smallint NOT NULL,
  d_name varchar(10) NOT NULL,
  PRIMARY KEY (d_w_id, d_id)
);
CREATE TABLE customer (
  c_w_id int NOT NULL,
  c_d_id smallint NOT NULL,
  c_id int NOT NULL,
  c_last varchar(16) NOT NULL,
  PRIMARY KEY (c_w_id, c_d_id, c_id),
  FOREIGN KEY (c_w_id, c_d_id) REFERENCES district (d_w_id, d_id)
);
CREATE TABLE orders (
  o_id serial PRIMARY KEY,
  o_w_id int NOT NULL,
  o_d_id smallint NOT NULL,
  o_c_id int NULL,
  o_entry_d timestamp NOT NULL,
  FOREIGN KEY (o_w_id, o_d_id) REFERENCES district (d_w_id, d_id),
  FOREIGN KEY (o_w_id, o_d_id, o_c_id) REFERENCES customer (c_w_id, c_d_id, c_id)
);

-- 3. A self-reference inside a unique key.
CREATE TYPE cat_name AS ENUM ('a', 'b', 'c');
CREATE TABLE category (
  id serial PRIMARY KEY,
  name cat_name NOT NULL,
  parent_id int NULL REFERENCES category (id),
  CONSTRAINT uq_name_parent UNIQUE (name, parent_id)
);

-- 4. Unique keys near what their column holds; numbering per parent.
CREATE TABLE badge (
  id serial PRIMARY KEY,
  code smallint NOT NULL UNIQUE CHECK (code BETWEEN 1 AND 250)
);
CREATE TYPE board_kind AS ENUM ('main');
CREATE TABLE board (code board_kind PRIMARY KEY);
CREATE TABLE board_line (
  board_code board_kind NOT NULL REFERENCES board (code),
  line_no smallint NOT NULL CHECK (line_no BETWEEN 1 AND 127),
  body varchar(40) NOT NULL,
  PRIMARY KEY (board_code, line_no)
);

-- 5. Nothing to write but the key.
CREATE TABLE ticket (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY);

-- 7. Triggers: a parent trigger pre-fills a 1:1 child; another skips rows.
CREATE TABLE member (id serial PRIMARY KEY, email varchar(80) NOT NULL);
CREATE TABLE member_profile (
  id serial PRIMARY KEY,
  member_id int NOT NULL UNIQUE REFERENCES member (id),
  bio varchar(80) NULL
);
CREATE FUNCTION member_profile_ai() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO member_profile (member_id) VALUES (NEW.id); RETURN NEW; END $$;
CREATE TRIGGER member_profile_ai AFTER INSERT ON member FOR EACH ROW EXECUTE FUNCTION member_profile_ai();
CREATE TABLE audit_log (id serial PRIMARY KEY, note varchar(40) NOT NULL);
CREATE FUNCTION audit_skip() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN IF NEW.id % 10 = 0 THEN RETURN NULL; END IF; RETURN NEW; END $$;
CREATE TRIGGER audit_skip BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_skip();

-- 8. A polymorphic pair whose enum values name the target tables.
CREATE TABLE post (id serial PRIMARY KEY, title varchar(80) NOT NULL);
CREATE TABLE photo (id serial PRIMARY KEY, url varchar(120) NOT NULL);
CREATE TYPE reactable AS ENUM ('post', 'photo');
CREATE TABLE reaction (
  id serial PRIMARY KEY,
  reactable_type reactable NOT NULL,
  reactable_id int NOT NULL,
  kind varchar(10) NOT NULL
);

-- 6. Partitioned tables: keys inside the partitions' bounds.
CREATE TABLE measurement (
  id bigserial,
  logdate date NOT NULL,
  reading int NOT NULL,
  PRIMARY KEY (id, logdate)
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_2019 PARTITION OF measurement FOR VALUES FROM ('2019-01-01') TO ('2020-01-01');
CREATE TABLE measurement_2020 PARTITION OF measurement FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE region_sale (
  id serial,
  region text NOT NULL,
  amount int NOT NULL,
  PRIMARY KEY (id, region)
) PARTITION BY LIST (region);
CREATE TABLE region_sale_eu PARTITION OF region_sale FOR VALUES IN ('eu', 'uk');
CREATE TABLE region_sale_us PARTITION OF region_sale FOR VALUES IN ('us');
CREATE TABLE bucket (id int PRIMARY KEY, v int) PARTITION BY RANGE (id);
CREATE TABLE bucket_low PARTITION OF bucket FOR VALUES FROM (MINVALUE) TO (150);
CREATE TABLE bucket_high PARTITION OF bucket FOR VALUES FROM (150) TO (250);
