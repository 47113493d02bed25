-- Enum and set members that are awkward to quote (own DDL): an empty
-- member, members with a comma, a quote, a backslash, spaces, upper and
-- lower case, digits only, and a SET whose members contain spaces (a comma cannot be one).
CREATE TABLE odd (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	kind ENUM('', 'a,b', 'it''s', 'back\\slash', 'two words', 'UPPER', 'lower', '42') NOT NULL,
	flags SET('no spam', 'daily digest', 'weekly') NULL,
	size ENUM('S', 'M', 'L', 'XL') NOT NULL DEFAULT 'M'
) ENGINE=InnoDB;
