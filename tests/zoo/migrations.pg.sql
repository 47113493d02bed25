-- Migration bookkeeping tables of common tools, next to one real table:
-- --all must skip them (issue 10); only the real table gets rows.
CREATE TABLE schema_migrations (version VARCHAR(255) NOT NULL PRIMARY KEY);
CREATE TABLE ar_internal_metadata (
	"key" VARCHAR(255) NOT NULL PRIMARY KEY,
	value VARCHAR(255) NULL,
	created_at TIMESTAMP NOT NULL,
	updated_at TIMESTAMP NOT NULL
);
CREATE TABLE knex_migrations (
	id serial PRIMARY KEY,
	name VARCHAR(255) NULL,
	batch integer NULL,
	migration_time TIMESTAMP NULL
);
CREATE TABLE flyway_schema_history (
	installed_rank integer NOT NULL PRIMARY KEY,
	version VARCHAR(50) NULL,
	description VARCHAR(200) NOT NULL,
	type VARCHAR(20) NOT NULL,
	script VARCHAR(1000) NOT NULL,
	checksum integer NULL,
	installed_by VARCHAR(100) NOT NULL,
	installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
	execution_time integer NOT NULL,
	success BOOLEAN NOT NULL
);
CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);
CREATE TABLE goose_db_version (
	id serial PRIMARY KEY,
	version_id BIGINT NOT NULL,
	is_applied BOOLEAN NOT NULL,
	tstamp TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE __drizzle_migrations (
	id serial PRIMARY KEY,
	hash TEXT NOT NULL,
	created_at BIGINT NULL
);
CREATE TABLE widgets (
	id serial PRIMARY KEY,
	name VARCHAR(80) NOT NULL
);
-- expect: schema_migrations = 0
-- expect: ar_internal_metadata = 0
-- expect: knex_migrations = 0
-- expect: flyway_schema_history = 0
-- expect: alembic_version = 0
-- expect: goose_db_version = 0
-- expect: __drizzle_migrations = 0
