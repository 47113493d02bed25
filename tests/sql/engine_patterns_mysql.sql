-- Schema patterns that `seedgen --all` must seed (issue 10), MySQL/MariaDB.
-- Own DDL, one block per pattern; tests/integration/35_engine_patterns.sh.

-- 1. A cycle of NOT NULL foreign keys (Sakila's store <-> staff).
CREATE TABLE store (
  store_id INT AUTO_INCREMENT PRIMARY KEY,
  manager_staff_id INT NOT NULL,
  name VARCHAR(40) NOT NULL
);
CREATE TABLE staff (
  staff_id INT AUTO_INCREMENT PRIMARY KEY,
  store_id INT NOT NULL,
  first_name VARCHAR(40) NOT NULL,
  CONSTRAINT fk_staff_store FOREIGN KEY (store_id) REFERENCES store (store_id)
);
ALTER TABLE store ADD CONSTRAINT fk_store_manager FOREIGN KEY (manager_staff_id) REFERENCES staff (staff_id);

-- 2. Composite foreign keys, one with a nullable column, overlapping (TPC-C).
CREATE TABLE warehouse (
  w_id INT PRIMARY KEY,
  w_name VARCHAR(10) NOT NULL
);
CREATE TABLE district (
  d_w_id INT NOT NULL,
  d_id TINYINT NOT NULL,
  d_name VARCHAR(10) NOT NULL,
  PRIMARY KEY (d_w_id, d_id),
  CONSTRAINT fk_district_w FOREIGN KEY (d_w_id) REFERENCES warehouse (w_id)
);
CREATE TABLE customer (
  c_w_id INT NOT NULL,
  c_d_id TINYINT NOT NULL,
  c_id INT NOT NULL,
  c_last VARCHAR(16) NOT NULL,
  PRIMARY KEY (c_w_id, c_d_id, c_id),
  CONSTRAINT fk_customer_d FOREIGN KEY (c_w_id, c_d_id) REFERENCES district (d_w_id, d_id)
);
CREATE TABLE orders (
  o_id INT AUTO_INCREMENT PRIMARY KEY,
  o_w_id INT NOT NULL,
  o_d_id TINYINT NOT NULL,
  o_c_id INT NULL,
  o_entry_d DATETIME NOT NULL,
  CONSTRAINT fk_orders_d FOREIGN KEY (o_w_id, o_d_id) REFERENCES district (d_w_id, d_id),
  CONSTRAINT fk_orders_c FOREIGN KEY (o_w_id, o_d_id, o_c_id) REFERENCES customer (c_w_id, c_d_id, c_id)
);

-- 3. A self-reference inside a unique key.
CREATE TABLE category (
  id INT AUTO_INCREMENT PRIMARY KEY,
  name ENUM('a','b','c') NOT NULL,
  parent_id INT NULL,
  UNIQUE KEY uq_name_parent (name, parent_id),
  CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
);

-- 4. Unique keys near what their column holds; numbering per parent.
CREATE TABLE badge (
  id INT AUTO_INCREMENT PRIMARY KEY,
  code TINYINT NOT NULL,
  UNIQUE KEY uq_badge_code (code)
);
CREATE TABLE board (
  code ENUM('main') NOT NULL PRIMARY KEY
);
CREATE TABLE board_line (
  board_code ENUM('main') NOT NULL,
  line_no TINYINT NOT NULL,
  body VARCHAR(40) NOT NULL,
  PRIMARY KEY (board_code, line_no),
  CONSTRAINT fk_line_board FOREIGN KEY (board_code) REFERENCES board (code)
);

-- 5. Nothing to write but the key.
CREATE TABLE ticket (
  id INT AUTO_INCREMENT PRIMARY KEY
);

-- 7. Triggers: a parent trigger pre-fills a 1:1 child.
CREATE TABLE member (
  id INT AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(80) NOT NULL
);
CREATE TABLE member_profile (
  id INT AUTO_INCREMENT PRIMARY KEY,
  member_id INT NOT NULL,
  bio VARCHAR(80) NULL,
  UNIQUE KEY uq_profile_member (member_id),
  CONSTRAINT fk_profile_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE TRIGGER member_profile_ai AFTER INSERT ON member FOR EACH ROW
  INSERT INTO member_profile (member_id) VALUES (NEW.id);
CREATE TABLE audit_log (
  id INT AUTO_INCREMENT PRIMARY KEY,
  note VARCHAR(40) NOT NULL
);

-- 8. A polymorphic pair whose enum values name the target tables.
CREATE TABLE post (
  id INT AUTO_INCREMENT PRIMARY KEY,
  title VARCHAR(80) NOT NULL
);
CREATE TABLE photo (
  id INT AUTO_INCREMENT PRIMARY KEY,
  url VARCHAR(120) NOT NULL
);
CREATE TABLE reaction (
  id INT AUTO_INCREMENT PRIMARY KEY,
  reactable_type ENUM('post','photo') NOT NULL,
  reactable_id INT NOT NULL,
  kind VARCHAR(10) NOT NULL
);

-- 6. Partitioned tables: keys inside the partitions' bounds.
CREATE TABLE measurement (
  id INT AUTO_INCREMENT,
  logdate DATE NOT NULL,
  reading INT NOT NULL,
  PRIMARY KEY (id, logdate)
) PARTITION BY RANGE (YEAR(logdate)) (
  PARTITION p2019 VALUES LESS THAN (2020),
  PARTITION p2020 VALUES LESS THAN (2021)
);
CREATE TABLE region_sale (
  id INT AUTO_INCREMENT,
  region VARCHAR(8) NOT NULL,
  amount INT NOT NULL,
  PRIMARY KEY (id, region)
) PARTITION BY LIST COLUMNS (region) (
  PARTITION peu VALUES IN ('eu', 'uk'),
  PARTITION pus VALUES IN ('us')
);
CREATE TABLE bucket (
  id INT NOT NULL PRIMARY KEY,
  v INT NULL
) PARTITION BY RANGE (id) (
  PARTITION plow VALUES LESS THAN (150),
  PARTITION phigh VALUES LESS THAN (250)
);
