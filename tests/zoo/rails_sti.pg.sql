-- A Rails application's shapes (own DDL): single-table inheritance through
-- a `type` column, polymorphic taggings with two pairs (taggable, tagger),
-- Active Storage blobs with a unique key and attachments pointing at any
-- record, counter caches, lock_version, timestamp(6) created_at/updated_at
-- and the ar_internal_metadata / schema_migrations bookkeeping tables.
CREATE TABLE schema_migrations (version varchar NOT NULL PRIMARY KEY);
CREATE TABLE ar_internal_metadata (
	key varchar NOT NULL PRIMARY KEY,
	value varchar,
	created_at timestamp(6) NOT NULL,
	updated_at timestamp(6) NOT NULL
);
CREATE TABLE users (
	id bigserial PRIMARY KEY,
	type varchar,
	email varchar DEFAULT '' NOT NULL,
	encrypted_password varchar DEFAULT '' NOT NULL,
	reset_password_token varchar,
	sign_in_count integer DEFAULT 0 NOT NULL,
	current_sign_in_ip inet,
	last_sign_in_ip inet,
	posts_count integer DEFAULT 0 NOT NULL,
	lock_version integer DEFAULT 0 NOT NULL,
	created_at timestamp(6) NOT NULL,
	updated_at timestamp(6) NOT NULL
);
CREATE UNIQUE INDEX index_users_on_email ON users (email);
CREATE UNIQUE INDEX index_users_on_reset_password_token ON users (reset_password_token);
CREATE INDEX index_users_on_type ON users (type);
CREATE TABLE posts (
	id bigserial PRIMARY KEY,
	user_id bigint NOT NULL REFERENCES users (id),
	title varchar NOT NULL,
	slug varchar NOT NULL,
	body text,
	published_at timestamp(6),
	created_at timestamp(6) NOT NULL,
	updated_at timestamp(6) NOT NULL
);
CREATE UNIQUE INDEX index_posts_on_slug ON posts (slug);
CREATE TABLE tags (
	id bigserial PRIMARY KEY,
	name varchar,
	taggings_count integer DEFAULT 0
);
CREATE UNIQUE INDEX index_tags_on_name ON tags (name);
CREATE TABLE taggings (
	id bigserial PRIMARY KEY,
	tag_id bigint REFERENCES tags (id),
	taggable_type varchar,
	taggable_id bigint,
	tagger_type varchar,
	tagger_id bigint,
	context varchar(128),
	created_at timestamp
);
CREATE UNIQUE INDEX taggings_idx ON taggings (tag_id, taggable_id, taggable_type, context, tagger_id, tagger_type);
CREATE INDEX index_taggings_on_taggable ON taggings (taggable_type, taggable_id);
CREATE TABLE active_storage_blobs (
	id bigserial PRIMARY KEY,
	key varchar NOT NULL,
	filename varchar NOT NULL,
	content_type varchar,
	metadata text,
	service_name varchar NOT NULL,
	byte_size bigint NOT NULL,
	checksum varchar,
	created_at timestamp(6) NOT NULL
);
CREATE UNIQUE INDEX index_active_storage_blobs_on_key ON active_storage_blobs (key);
CREATE TABLE active_storage_attachments (
	id bigserial PRIMARY KEY,
	name varchar NOT NULL,
	record_type varchar NOT NULL,
	record_id bigint NOT NULL,
	blob_id bigint NOT NULL REFERENCES active_storage_blobs (id),
	created_at timestamp(6) NOT NULL
);
CREATE UNIQUE INDEX index_active_storage_attachments_uniqueness ON active_storage_attachments (record_type, record_id, name, blob_id);
-- expect: schema_migrations = 0
-- expect: ar_internal_metadata = 0
-- check: STI type is a class name or empty | SELECT COUNT(*) FROM users WHERE type IS NOT NULL AND type !~ '^[A-Z][A-Za-z0-9:]*$'
-- check: e-mail addresses | SELECT COUNT(*) FROM users WHERE email NOT LIKE '%_@_%._%'
-- check: byte sizes are not negative | SELECT COUNT(*) FROM active_storage_blobs WHERE byte_size < 0
-- check: counters are not negative | SELECT COUNT(*) FROM users WHERE sign_in_count < 0 OR posts_count < 0 OR lock_version < 0
-- The attachment may name any model (the type names the table or class).
-- check: attachment records exist | SELECT COUNT(*) FROM active_storage_attachments a WHERE NOT ((lower(a.record_type) IN ('user', 'users') AND EXISTS (SELECT 1 FROM users x WHERE x.id = a.record_id)) OR (lower(a.record_type) IN ('post', 'posts') AND EXISTS (SELECT 1 FROM posts x WHERE x.id = a.record_id)) OR (lower(a.record_type) IN ('tag', 'tags') AND EXISTS (SELECT 1 FROM tags x WHERE x.id = a.record_id)) OR (lower(a.record_type) IN ('tagging', 'taggings') AND EXISTS (SELECT 1 FROM taggings x WHERE x.id = a.record_id)) OR (lower(a.record_type) IN ('active_storage_blob', 'active_storage_blobs') AND EXISTS (SELECT 1 FROM active_storage_blobs x WHERE x.id = a.record_id)))
