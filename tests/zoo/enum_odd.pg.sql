-- Enum members that are awkward to quote (own DDL): an empty label, labels
-- with a comma, a quote, a backslash, braces and a double quote (which an
-- array literal must escape), spaces, digits only; an array of them.
CREATE TYPE odd_kind AS ENUM ('', 'a,b', 'it''s', 'back\slash', 'two words', '{brace}', 'say "hi"', '42');
CREATE TABLE odd (
	id serial PRIMARY KEY,
	kind odd_kind NOT NULL,
	kinds odd_kind[] NOT NULL DEFAULT '{}'
);
