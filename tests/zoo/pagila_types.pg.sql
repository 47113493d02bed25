-- Column types of a DVD-rental schema like Pagila (own DDL): a domain
-- over integer with a CHECK (year), an ENUM type, text[] features, a
-- tsvector column with a GIN index, bytea, numeric(4,2), smallint keys and
-- last_update timestamps defaulting to now().
CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);
CREATE TYPE mpaa_rating AS ENUM ('G', 'PG', 'PG-13', 'R', 'NC-17');
CREATE TABLE language (
	language_id serial PRIMARY KEY,
	name character(20) NOT NULL,
	last_update timestamp with time zone DEFAULT now() NOT NULL
);
CREATE TABLE film (
	film_id serial PRIMARY KEY,
	title text NOT NULL,
	description text,
	release_year year,
	language_id integer NOT NULL REFERENCES language (language_id) ON UPDATE CASCADE ON DELETE RESTRICT,
	original_language_id integer REFERENCES language (language_id),
	rental_duration smallint DEFAULT 3 NOT NULL,
	rental_rate numeric(4,2) DEFAULT 4.99 NOT NULL,
	length smallint,
	replacement_cost numeric(5,2) DEFAULT 19.99 NOT NULL,
	rating mpaa_rating DEFAULT 'G'::mpaa_rating,
	last_update timestamp with time zone DEFAULT now() NOT NULL,
	special_features text[],
	fulltext tsvector NOT NULL
);
CREATE INDEX film_fulltext_idx ON film USING gist (fulltext);
CREATE TABLE staff (
	staff_id serial PRIMARY KEY,
	first_name text NOT NULL,
	last_name text NOT NULL,
	email text,
	active boolean DEFAULT true NOT NULL,
	username text NOT NULL,
	password text,
	last_update timestamp with time zone DEFAULT now() NOT NULL,
	picture bytea
);
CREATE TABLE payment (
	payment_id serial,
	staff_id integer NOT NULL REFERENCES staff (staff_id),
	amount numeric(5,2) NOT NULL,
	payment_date timestamp with time zone NOT NULL,
	PRIMARY KEY (payment_date, payment_id)
);
-- check: release years are plausible | SELECT COUNT(*) FROM film WHERE release_year IS NOT NULL AND (release_year < 1900 OR release_year > extract(year FROM now()) + 2)
-- check: the full-text vector has words | SELECT COUNT(*) FROM film WHERE length(fulltext) = 0
-- check: payment amounts are not negative | SELECT COUNT(*) FROM payment WHERE amount < 0
-- check: rental rates are positive | SELECT COUNT(*) FROM film WHERE rental_rate <= 0 OR replacement_cost <= 0
