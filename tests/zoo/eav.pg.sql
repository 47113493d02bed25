-- Entity-attribute-value tables like Magento's catalog, on PostgreSQL (own DDL): entity
-- types, attributes unique per (entity_type_id, attribute_code), one value
-- table per backend type (varchar, decimal, datetime) each
-- unique on (entity_id, attribute_id, store_id), smallint store and
-- attribute ids, integer entity ids, DECIMAL(20,6) values.
CREATE TABLE eav_entity_type (
	entity_type_id smallserial PRIMARY KEY,
	entity_type_code VARCHAR(50) NOT NULL,
	entity_table VARCHAR(255) DEFAULT NULL
);
CREATE TABLE eav_attribute (
	attribute_id smallserial PRIMARY KEY,
	entity_type_id smallint NOT NULL DEFAULT 0,
	attribute_code VARCHAR(255) NOT NULL,
	backend_type VARCHAR(8) NOT NULL DEFAULT 'static',
	frontend_input VARCHAR(50) DEFAULT NULL,
	is_required smallint NOT NULL DEFAULT 0,
	is_user_defined smallint NOT NULL DEFAULT 0,
	default_value TEXT,
	CONSTRAINT eav_attribute_entity_type_id_attribute_code UNIQUE (entity_type_id, attribute_code),
	CONSTRAINT eav_attribute_entity_type_fk FOREIGN KEY (entity_type_id) REFERENCES eav_entity_type (entity_type_id) ON DELETE CASCADE
);
CREATE TABLE store (
	store_id smallserial PRIMARY KEY,
	code VARCHAR(32) DEFAULT NULL UNIQUE,
	name VARCHAR(255) NOT NULL,
	sort_order smallint NOT NULL DEFAULT 0,
	is_active smallint NOT NULL DEFAULT 0
);
CREATE TABLE catalog_product_entity (
	entity_id serial PRIMARY KEY,
	attribute_set_id smallint NOT NULL DEFAULT 0,
	type_id VARCHAR(32) NOT NULL DEFAULT 'simple',
	sku VARCHAR(64) NOT NULL,
	has_options SMALLINT NOT NULL DEFAULT 0,
	created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
	updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE catalog_product_entity_varchar (
	value_id serial PRIMARY KEY,
	attribute_id smallint NOT NULL DEFAULT 0,
	store_id smallint NOT NULL DEFAULT 0,
	entity_id integer NOT NULL DEFAULT 0,
	value VARCHAR(255) DEFAULT NULL,
	CONSTRAINT cpev_entity_attribute_store UNIQUE (entity_id, attribute_id, store_id),
	CONSTRAINT cpev_attribute_fk FOREIGN KEY (attribute_id) REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
	CONSTRAINT cpev_entity_fk FOREIGN KEY (entity_id) REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
	CONSTRAINT cpev_store_fk FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
);
CREATE TABLE catalog_product_entity_decimal (
	value_id serial PRIMARY KEY,
	attribute_id smallint NOT NULL DEFAULT 0,
	store_id smallint NOT NULL DEFAULT 0,
	entity_id integer NOT NULL DEFAULT 0,
	value DECIMAL(20,6) DEFAULT NULL,
	CONSTRAINT cped_entity_attribute_store UNIQUE (entity_id, attribute_id, store_id),
	CONSTRAINT cped_attribute_fk FOREIGN KEY (attribute_id) REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
	CONSTRAINT cped_entity_fk FOREIGN KEY (entity_id) REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
	CONSTRAINT cped_store_fk FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
);
CREATE TABLE catalog_product_entity_datetime (
	value_id serial PRIMARY KEY,
	attribute_id smallint NOT NULL DEFAULT 0,
	store_id smallint NOT NULL DEFAULT 0,
	entity_id integer NOT NULL DEFAULT 0,
	value timestamp DEFAULT NULL,
	CONSTRAINT cpedt_entity_attribute_store UNIQUE (entity_id, attribute_id, store_id),
	CONSTRAINT cpedt_attribute_fk FOREIGN KEY (attribute_id) REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
	CONSTRAINT cpedt_entity_fk FOREIGN KEY (entity_id) REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
	CONSTRAINT cpedt_store_fk FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
);
CREATE INDEX eav_entity_type_code ON eav_entity_type (entity_type_code);
CREATE INDEX catalog_product_entity_sku ON catalog_product_entity (sku);
