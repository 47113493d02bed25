-- A Rails application's shapes on MySQL (own DDL): see rails_sti.pg.sql.
-- Rails' MySQL adapter spells strings varchar(255), datetime(6), bigint ids.
CREATE TABLE schema_migrations (version varchar(255) NOT NULL PRIMARY KEY);
CREATE TABLE ar_internal_metadata (
	`key` varchar(255) NOT NULL PRIMARY KEY,
	value varchar(255),
	created_at datetime(6) NOT NULL,
	updated_at datetime(6) NOT NULL
);
CREATE TABLE users (
	id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
	type varchar(255),
	email varchar(255) DEFAULT '' NOT NULL,
	encrypted_password varchar(255) DEFAULT '' NOT NULL,
	reset_password_token varchar(255),
	sign_in_count int DEFAULT 0 NOT NULL,
	current_sign_in_ip varchar(255),
	posts_count int DEFAULT 0 NOT NULL,
	lock_version int DEFAULT 0 NOT NULL,
	created_at datetime(6) NOT NULL,
	updated_at datetime(6) NOT NULL,
	UNIQUE KEY index_users_on_email (email),
	UNIQUE KEY index_users_on_reset_password_token (reset_password_token),
	KEY index_users_on_type (type)
);
CREATE TABLE posts (
	id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
	user_id bigint NOT NULL,
	title varchar(255) NOT NULL,
	slug varchar(255) NOT NULL,
	body text,
	published_at datetime(6),
	created_at datetime(6) NOT NULL,
	updated_at datetime(6) NOT NULL,
	UNIQUE KEY index_posts_on_slug (slug),
	CONSTRAINT fk_rails_5b5ddfd518 FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE TABLE tags (
	id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name varchar(255),
	taggings_count int DEFAULT 0,
	UNIQUE KEY index_tags_on_name (name)
);
CREATE TABLE taggings (
	id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
	tag_id bigint,
	taggable_type varchar(255),
	taggable_id bigint,
	tagger_type varchar(255),
	tagger_id bigint,
	context varchar(128),
	created_at datetime,
	UNIQUE KEY taggings_idx (tag_id, taggable_id, taggable_type, context, tagger_id, tagger_type),
	KEY index_taggings_on_taggable (taggable_type, taggable_id),
	CONSTRAINT fk_rails_9fcd2e236b FOREIGN KEY (tag_id) REFERENCES tags (id)
);
CREATE TABLE active_storage_blobs (
	id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
	`key` varchar(255) NOT NULL,
	filename varchar(255) NOT NULL,
	content_type varchar(255),
	metadata text,
	service_name varchar(255) NOT NULL,
	byte_size bigint NOT NULL,
	checksum varchar(255),
	created_at datetime(6) NOT NULL,
	UNIQUE KEY index_active_storage_blobs_on_key (`key`)
);
CREATE TABLE active_storage_attachments (
	id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name varchar(255) NOT NULL,
	record_type varchar(255) NOT NULL,
	record_id bigint NOT NULL,
	blob_id bigint NOT NULL,
	created_at datetime(6) NOT NULL,
	UNIQUE KEY index_active_storage_attachments_uniqueness (record_type, record_id, name, blob_id),
	CONSTRAINT fk_rails_c3b3935057 FOREIGN KEY (blob_id) REFERENCES active_storage_blobs (id)
);
-- expect: schema_migrations = 0
-- expect: ar_internal_metadata = 0
-- check: STI type is a class name or empty | SELECT COUNT(*) FROM users WHERE type IS NOT NULL AND type NOT REGEXP BINARY '^[A-Z][A-Za-z0-9:]*$'
-- check: e-mail addresses | SELECT COUNT(*) FROM users WHERE email NOT LIKE '%_@_%._%'
-- check: byte sizes are not negative | SELECT COUNT(*) FROM active_storage_blobs WHERE byte_size < 0
-- check: counters are not negative | SELECT COUNT(*) FROM users WHERE sign_in_count < 0 OR posts_count < 0 OR lock_version < 0
-- The attachment may name any model (the type names the table or class).
-- check: attachment records exist | SELECT COUNT(*) FROM active_storage_attachments a WHERE NOT ((lower(a.record_type) IN ('user', 'users') AND EXISTS (SELECT 1 FROM users x WHERE x.id = a.record_id)) OR (lower(a.record_type) IN ('post', 'posts') AND EXISTS (SELECT 1 FROM posts x WHERE x.id = a.record_id)) OR (lower(a.record_type) IN ('tag', 'tags') AND EXISTS (SELECT 1 FROM tags x WHERE x.id = a.record_id)) OR (lower(a.record_type) IN ('tagging', 'taggings') AND EXISTS (SELECT 1 FROM taggings x WHERE x.id = a.record_id)) OR (lower(a.record_type) IN ('active_storage_blob', 'active_storage_blobs') AND EXISTS (SELECT 1 FROM active_storage_blobs x WHERE x.id = a.record_id)))
