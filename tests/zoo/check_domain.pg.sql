-- CHECK constraints that restrict one column's domain: IN, BETWEEN,
-- length() (issue 10).
CREATE TABLE shipments (
	id serial PRIMARY KEY,
	status VARCHAR(20) NOT NULL,
	priority INT NOT NULL,
	weight_g INT NOT NULL,
	code CHAR(6) NOT NULL,
	note VARCHAR(200) NULL,
	CONSTRAINT ck_status CHECK (status IN ('new', 'packed', 'sent', 'lost')),
	CONSTRAINT ck_priority CHECK (priority BETWEEN 1 AND 5),
	CONSTRAINT ck_weight CHECK (weight_g BETWEEN 10 AND 30000),
	CONSTRAINT ck_code CHECK (length(code) = 6),
	CONSTRAINT ck_note CHECK (note IS NULL OR length(note) >= 10)
);
