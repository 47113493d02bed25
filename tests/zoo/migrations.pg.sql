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
-- Django, Doctrine (Symfony), Entity Framework Core, Liquibase.
CREATE TABLE django_migrations (
	id bigserial PRIMARY KEY,
	app VARCHAR(255) NOT NULL,
	name VARCHAR(255) NOT NULL,
	applied timestamptz NOT NULL
);
CREATE TABLE doctrine_migration_versions (
	version VARCHAR(191) NOT NULL PRIMARY KEY,
	executed_at timestamptz NULL,
	execution_time INT NULL
);
CREATE TABLE "__EFMigrationsHistory" (
	"MigrationId" VARCHAR(150) NOT NULL PRIMARY KEY,
	"ProductVersion" VARCHAR(32) NOT NULL
);
CREATE TABLE "DATABASECHANGELOGLOCK" (
	"ID" INT NOT NULL PRIMARY KEY,
	"LOCKED" BOOLEAN NOT NULL,
	"LOCKGRANTED" timestamptz NULL,
	"LOCKEDBY" VARCHAR(255) NULL
);
-- expect: schema_migrations = 0
-- expect: ar_internal_metadata = 0
-- expect: knex_migrations = 0
-- expect: flyway_schema_history = 0
-- expect: alembic_version = 0
-- expect: goose_db_version = 0
-- expect: __drizzle_migrations = 0
-- expect: django_migrations = 0
-- expect: doctrine_migration_versions = 0
-- expect: __EFMigrationsHistory = 0
-- expect: DATABASECHANGELOGLOCK = 0
