-- Self-reference inside a unique key: UNIQUE (name, parent_id), parent_id
-- filled by UPDATE after the rows exist (issue 10).
CREATE TABLE categories (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	parent_id INT NULL,
	name VARCHAR(3) NOT NULL,
	UNIQUE KEY uq_name_parent (name, parent_id),
	CONSTRAINT fk_cat_parent FOREIGN KEY (parent_id) REFERENCES categories (id)
) ENGINE=InnoDB;
CREATE TABLE folders (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	parent_id INT NULL,
	position SMALLINT NOT NULL,
	UNIQUE KEY uq_parent_position (parent_id, position),
	CONSTRAINT fk_folder_parent FOREIGN KEY (parent_id) REFERENCES folders (id)
) ENGINE=InnoDB;
