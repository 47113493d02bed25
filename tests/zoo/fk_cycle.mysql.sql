-- NOT NULL foreign-key cycle, modelled on Sakila's store/staff pair:
-- store.manager_staff_id NOT NULL -> staff, staff.store_id NOT NULL -> store.
-- Neither table can get a first row without the other (issue 10).
CREATE TABLE address (
	address_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	address VARCHAR(50) NOT NULL,
	district VARCHAR(20) NOT NULL,
	postal_code VARCHAR(10) NULL,
	phone VARCHAR(20) NOT NULL,
	last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB;
CREATE TABLE store (
	store_id TINYINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	manager_staff_id TINYINT UNSIGNED NOT NULL,
	address_id SMALLINT UNSIGNED NOT NULL,
	last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
	UNIQUE KEY idx_unique_manager (manager_staff_id),
	CONSTRAINT fk_store_address FOREIGN KEY (address_id) REFERENCES address (address_id)
) ENGINE=InnoDB;
CREATE TABLE staff (
	staff_id TINYINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	first_name VARCHAR(45) NOT NULL,
	last_name VARCHAR(45) NOT NULL,
	address_id SMALLINT UNSIGNED NOT NULL,
	email VARCHAR(50) NULL,
	store_id TINYINT UNSIGNED NOT NULL,
	active TINYINT(1) NOT NULL DEFAULT 1,
	username VARCHAR(16) NOT NULL,
	last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
	CONSTRAINT fk_staff_address FOREIGN KEY (address_id) REFERENCES address (address_id),
	CONSTRAINT fk_staff_store FOREIGN KEY (store_id) REFERENCES store (store_id)
) ENGINE=InnoDB;
ALTER TABLE store ADD CONSTRAINT fk_store_staff
	FOREIGN KEY (manager_staff_id) REFERENCES staff (staff_id);
-- store and staff have TINYINT UNSIGNED keys (255 rows at most) and one
-- manager per store: 200 stores need 200 distinct managers.
