-- Ordinary column names that the name-based guesses must leave alone (a
-- second read of the real-schema work found each one guessed wrongly):
-- order_items.item_id is not a key of order_items itself, a text sender or
-- sort_by is not a users key, payment_type/payment_id is a kind and an id
-- of something else (not a polymorphic pair), employees.type_id is not
-- leave_types', and a NOT NULL parent_id with no default still finds
-- `parents`. --all must seed every table.
CREATE TABLE orders (id serial PRIMARY KEY);
CREATE TABLE order_items (id serial PRIMARY KEY, order_id int NOT NULL REFERENCES orders,
	item_id int NOT NULL);
CREATE TABLE users (id uuid PRIMARY KEY);
CREATE TABLE emails (id serial PRIMARY KEY, sender text, recipient text);
CREATE TABLE reports (id serial PRIMARY KEY, sort_by varchar(20));
CREATE TABLE invoices (id serial PRIMARY KEY);
CREATE TABLE payments (id serial PRIMARY KEY, payment_type varchar(20) NOT NULL,
	payment_id int NOT NULL);
CREATE TABLE leave_types (id serial PRIMARY KEY);
CREATE TABLE employees (id serial PRIMARY KEY, type_id int);
CREATE TABLE parents (id serial PRIMARY KEY);
CREATE TABLE student_parents (id serial PRIMARY KEY, parent_id int NOT NULL);
