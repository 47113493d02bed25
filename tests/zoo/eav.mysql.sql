-- Entity-attribute-value tables like Magento's catalog (own DDL): entity
-- types, attributes unique per (entity_type_id, attribute_code), one value
-- table per backend type (varchar, decimal, datetime) each
-- unique on (entity_id, attribute_id, store_id), SMALLINT UNSIGNED store and
-- attribute ids, INT UNSIGNED entity ids, DECIMAL(20,6) values.
CREATE TABLE eav_entity_type (
	entity_type_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	entity_type_code VARCHAR(50) NOT NULL,
	entity_table VARCHAR(255) DEFAULT NULL,
	KEY eav_entity_type_code (entity_type_code)
) ENGINE=InnoDB;
CREATE TABLE eav_attribute (
	attribute_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	entity_type_id SMALLINT UNSIGNED NOT NULL DEFAULT 0,
	attribute_code VARCHAR(255) NOT NULL,
	backend_type VARCHAR(8) NOT NULL DEFAULT 'static',
	frontend_input VARCHAR(50) DEFAULT NULL,
	is_required SMALLINT UNSIGNED NOT NULL DEFAULT 0,
	is_user_defined SMALLINT UNSIGNED NOT NULL DEFAULT 0,
	default_value TEXT,
	UNIQUE KEY eav_attribute_entity_type_id_attribute_code (entity_type_id, attribute_code),
	CONSTRAINT eav_attribute_entity_type_fk FOREIGN KEY (entity_type_id) REFERENCES eav_entity_type (entity_type_id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE store (
	store_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	code VARCHAR(32) DEFAULT NULL UNIQUE,
	name VARCHAR(255) NOT NULL,
	sort_order SMALLINT UNSIGNED NOT NULL DEFAULT 0,
	is_active SMALLINT UNSIGNED NOT NULL DEFAULT 0
) ENGINE=InnoDB;
CREATE TABLE catalog_product_entity (
	entity_id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	attribute_set_id SMALLINT UNSIGNED NOT NULL DEFAULT 0,
	type_id VARCHAR(32) NOT NULL DEFAULT 'simple',
	sku VARCHAR(64) NOT NULL,
	has_options SMALLINT NOT NULL DEFAULT 0,
	created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
	updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
	KEY catalog_product_entity_sku (sku)
) ENGINE=InnoDB;
CREATE TABLE catalog_product_entity_varchar (
	value_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	attribute_id SMALLINT UNSIGNED NOT NULL DEFAULT 0,
	store_id SMALLINT UNSIGNED NOT NULL DEFAULT 0,
	entity_id INT UNSIGNED NOT NULL DEFAULT 0,
	value VARCHAR(255) DEFAULT NULL,
	UNIQUE KEY cpev_entity_attribute_store (entity_id, attribute_id, store_id),
	CONSTRAINT cpev_attribute_fk FOREIGN KEY (attribute_id) REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
	CONSTRAINT cpev_entity_fk FOREIGN KEY (entity_id) REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
	CONSTRAINT cpev_store_fk FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE catalog_product_entity_decimal (
	value_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	attribute_id SMALLINT UNSIGNED NOT NULL DEFAULT 0,
	store_id SMALLINT UNSIGNED NOT NULL DEFAULT 0,
	entity_id INT UNSIGNED NOT NULL DEFAULT 0,
	value DECIMAL(20,6) DEFAULT NULL,
	UNIQUE KEY cped_entity_attribute_store (entity_id, attribute_id, store_id),
	CONSTRAINT cped_attribute_fk FOREIGN KEY (attribute_id) REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
	CONSTRAINT cped_entity_fk FOREIGN KEY (entity_id) REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
	CONSTRAINT cped_store_fk FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE catalog_product_entity_datetime (
	value_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	attribute_id SMALLINT UNSIGNED NOT NULL DEFAULT 0,
	store_id SMALLINT UNSIGNED NOT NULL DEFAULT 0,
	entity_id INT UNSIGNED NOT NULL DEFAULT 0,
	value DATETIME DEFAULT NULL,
	UNIQUE KEY cpedt_entity_attribute_store (entity_id, attribute_id, store_id),
	CONSTRAINT cpedt_attribute_fk FOREIGN KEY (attribute_id) REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
	CONSTRAINT cpedt_entity_fk FOREIGN KEY (entity_id) REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
	CONSTRAINT cpedt_store_fk FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
) ENGINE=InnoDB;
