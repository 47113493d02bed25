-- A small music-store schema modelled on Chinook (written for this zoo, not
-- copied): artists/albums/tracks, a many-to-many playlist table with a
-- composite key of two foreign keys, an employee self-reference, nullable
-- foreign keys, customers served by employees, invoices and their lines.
CREATE TABLE artist (
	artist_id serial PRIMARY KEY,
	name VARCHAR(120) NULL
);
CREATE TABLE album (
	album_id serial PRIMARY KEY,
	title VARCHAR(160) NOT NULL,
	artist_id INT NOT NULL,
	FOREIGN KEY (artist_id) REFERENCES artist (artist_id)
);
CREATE TABLE media_type (
	media_type_id serial PRIMARY KEY,
	name VARCHAR(120) NULL
);
CREATE TABLE genre (
	genre_id serial PRIMARY KEY,
	name VARCHAR(120) NULL
);
CREATE TABLE track (
	track_id serial PRIMARY KEY,
	name VARCHAR(200) NOT NULL,
	album_id INT NULL,
	media_type_id INT NOT NULL,
	genre_id INT NULL,
	composer VARCHAR(220) NULL,
	milliseconds INT NOT NULL,
	bytes INT NULL,
	unit_price NUMERIC(10,2) NOT NULL,
	FOREIGN KEY (album_id) REFERENCES album (album_id),
	FOREIGN KEY (media_type_id) REFERENCES media_type (media_type_id),
	FOREIGN KEY (genre_id) REFERENCES genre (genre_id)
);
CREATE TABLE playlist (
	playlist_id serial PRIMARY KEY,
	name VARCHAR(120) NULL
);
CREATE TABLE playlist_track (
	playlist_id INT NOT NULL,
	track_id INT NOT NULL,
	PRIMARY KEY (playlist_id, track_id),
	FOREIGN KEY (playlist_id) REFERENCES playlist (playlist_id),
	FOREIGN KEY (track_id) REFERENCES track (track_id)
);
CREATE TABLE employee (
	employee_id serial PRIMARY KEY,
	last_name VARCHAR(20) NOT NULL,
	first_name VARCHAR(20) NOT NULL,
	title VARCHAR(30) NULL,
	reports_to INT NULL,
	birth_date timestamp NULL,
	hire_date timestamp NULL,
	city VARCHAR(40) NULL,
	country VARCHAR(40) NULL,
	email VARCHAR(60) NULL,
	FOREIGN KEY (reports_to) REFERENCES employee (employee_id)
);
CREATE TABLE customer (
	customer_id serial PRIMARY KEY,
	first_name VARCHAR(40) NOT NULL,
	last_name VARCHAR(20) NOT NULL,
	company VARCHAR(80) NULL,
	city VARCHAR(40) NULL,
	country VARCHAR(40) NULL,
	postal_code VARCHAR(10) NULL,
	phone VARCHAR(24) NULL,
	email VARCHAR(60) NOT NULL,
	support_rep_id INT NULL,
	FOREIGN KEY (support_rep_id) REFERENCES employee (employee_id)
);
CREATE TABLE invoice (
	invoice_id serial PRIMARY KEY,
	customer_id INT NOT NULL,
	invoice_date timestamp NOT NULL,
	billing_city VARCHAR(40) NULL,
	billing_country VARCHAR(40) NULL,
	total NUMERIC(10,2) NOT NULL,
	FOREIGN KEY (customer_id) REFERENCES customer (customer_id)
);
CREATE TABLE invoice_line (
	invoice_line_id serial PRIMARY KEY,
	invoice_id INT NOT NULL,
	track_id INT NOT NULL,
	unit_price NUMERIC(10,2) NOT NULL,
	quantity INT NOT NULL,
	FOREIGN KEY (invoice_id) REFERENCES invoice (invoice_id),
	FOREIGN KEY (track_id) REFERENCES track (track_id)
);
