-- PostgreSQL char(n): values are blank-padded, so 'ab' and 'ab  ' are the
-- same key; the second run must compare with the padded existing rows
-- (issue 10).
CREATE TABLE currencies (
	code char(3) PRIMARY KEY,
	name varchar(40) NOT NULL
);
CREATE TABLE airports (
	id serial PRIMARY KEY,
	iata char(4) NOT NULL UNIQUE,
	currency char(3) NOT NULL REFERENCES currencies (code),
	city char(40) NOT NULL UNIQUE
);
-- Values shorter than the column: stored blank-padded.
CREATE TABLE colours (
	id serial PRIMARY KEY,
	name char(16) NOT NULL UNIQUE
);
-- currencies.code holds ISO 4217 codes (154 of them): the table is capped
-- at the list. colours and airports keep the padding test.
-- expect: currencies >= 150
-- check: currency codes are three letters | SELECT COUNT(*) FROM currencies WHERE code !~ '^[A-Z]{3}$'
