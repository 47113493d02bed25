CREATE TABLE customers (
  customer_id SERIAL PRIMARY KEY,
  company_name VARCHAR(40) NOT NULL,
  contact_name VARCHAR(30),
  email VARCHAR(100),
  address VARCHAR(60),
  city VARCHAR(15),
  state CHAR(2),
  postal_code VARCHAR(10),
  country CHAR(2),
  phone VARCHAR(24)
);
CREATE TABLE employees (
  employee_id SERIAL PRIMARY KEY,
  last_name VARCHAR(20) NOT NULL,
  first_name VARCHAR(10) NOT NULL,
  title VARCHAR(30),
  title_of_courtesy VARCHAR(25),
  birth_date DATE,
  hire_date DATE,
  email VARCHAR(100),
  city VARCHAR(15),
  state CHAR(2),
  postal_code VARCHAR(10),
  home_phone VARCHAR(24)
);
CREATE TABLE products (
  product_id SERIAL PRIMARY KEY,
  product_name VARCHAR(40) NOT NULL,
  quantity_per_unit VARCHAR(20),
  unit_price DECIMAL(10,2) DEFAULT 0,
  units_in_stock SMALLINT DEFAULT 0,
  discontinued BOOLEAN NOT NULL DEFAULT false
);
CREATE TABLE orders (
  order_id SERIAL PRIMARY KEY,
  customer_id INT,
  employee_id INT,
  order_date DATE,
  required_date DATE,
  shipped_date DATE,
  freight DECIMAL(10,2) DEFAULT 0,
  ship_city VARCHAR(15),
  ship_state CHAR(2),
  ship_postal_code VARCHAR(10),
  currency CHAR(3),
  FOREIGN KEY (customer_id) REFERENCES customers (customer_id),
  FOREIGN KEY (employee_id) REFERENCES employees (employee_id)
);
CREATE TABLE order_details (
  order_id INT NOT NULL,
  product_id INT NOT NULL,
  unit_price DECIMAL(10,2) NOT NULL DEFAULT 0,
  quantity SMALLINT NOT NULL DEFAULT 1,
  discount REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (order_id, product_id),
  FOREIGN KEY (order_id) REFERENCES orders (order_id),
  FOREIGN KEY (product_id) REFERENCES products (product_id)
);
