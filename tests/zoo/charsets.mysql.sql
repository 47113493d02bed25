-- Columns in latin1, utf8mb3 and ascii inside a utf8mb4 table: values must
-- fit each column's character set (no 4-byte UTF-8 in utf8mb3, nothing
-- outside ASCII in ascii), in every scenario (issue 10).
CREATE TABLE customers (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name VARCHAR(80) CHARACTER SET latin1 NOT NULL,
	city VARCHAR(60) CHARACTER SET utf8mb3 NOT NULL,
	comment TEXT CHARACTER SET utf8mb3 NULL,
	code VARCHAR(12) CHARACTER SET ascii NOT NULL UNIQUE,
	notes VARCHAR(200) CHARACTER SET latin1 NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- scenario: edge
