-- Unique text under MariaDB's default case- and accent-insensitive
-- collations (own DDL): 'José' = 'jose' and 'Müller' = 'muller' in a
-- unique key of utf8mb4_unicode_ci, and a short unique label where
-- collisions come early.
CREATE TABLE people (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	full_name VARCHAR(60) COLLATE utf8mb4_unicode_ci NOT NULL UNIQUE,
	city VARCHAR(40) COLLATE utf8mb4_general_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE labels (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	label VARCHAR(6) COLLATE utf8mb4_unicode_ci NOT NULL UNIQUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
