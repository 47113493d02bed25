-- CHECK constraints with patterns: LIKE and a simple regular expression
-- (issue 10).
CREATE TABLE items (
	id serial PRIMARY KEY,
	email VARCHAR(120) NOT NULL,
	sku VARCHAR(8) NOT NULL,
	url VARCHAR(200) NULL,
	CONSTRAINT ck_email CHECK (email LIKE '%_@_%._%'),
	CONSTRAINT ck_sku CHECK (sku ~ '^[A-Z]{3}-[0-9]{4}$'),
	CONSTRAINT ck_url CHECK (url IS NULL OR url LIKE 'https://%')
);
