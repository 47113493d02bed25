-- Identifiers that need quoting (own DDL): tables named after reserved
-- words (`order`, `group`, `user`), columns named `from`, `to`, `select`,
-- `desc`, `index`, `key`, a column with a space and one with a dash, mixed
-- case, and a foreign key between two such tables.
CREATE TABLE `group` (
	`id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	`key` VARCHAR(40) NOT NULL UNIQUE,
	`desc` VARCHAR(200) NULL
) ENGINE=InnoDB;
CREATE TABLE `user` (
	`id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	`group_id` INT NOT NULL,
	`select` TINYINT(1) NOT NULL DEFAULT 0,
	`First Name` VARCHAR(60) NOT NULL,
	`e-mail` VARCHAR(120) NOT NULL,
	`Index` INT NOT NULL DEFAULT 0,
	FOREIGN KEY (`group_id`) REFERENCES `group` (`id`)
) ENGINE=InnoDB;
CREATE TABLE `order` (
	`id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	`user_id` INT NOT NULL,
	`from` DATE NOT NULL,
	`to` DATE NOT NULL,
	`status` ENUM('new', 'paid', 'shipped') NOT NULL DEFAULT 'new',
	CHECK (`to` >= `from`),
	FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB;
-- check: e-mail addresses | SELECT COUNT(*) FROM `user` WHERE `e-mail` NOT LIKE '%_@_%._%'
