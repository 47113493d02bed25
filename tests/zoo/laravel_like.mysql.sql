-- A Laravel application's framework tables (own DDL): the migrations table
-- (id, migration, batch) that --all must leave alone although its name is
-- plain, jobs with INT UNSIGNED unix times (available_at, created_at,
-- reserved_at), failed_jobs with a unique uuid string, password reset
-- tokens keyed by e-mail, Sanctum's polymorphic tokenable_type/_id with a
-- unique 64-character token, and cache rows with an INT expiration.
CREATE TABLE migrations (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	migration VARCHAR(255) NOT NULL,
	batch INT NOT NULL
) ENGINE=InnoDB;
CREATE TABLE users (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name VARCHAR(255) NOT NULL,
	email VARCHAR(255) NOT NULL UNIQUE,
	email_verified_at TIMESTAMP NULL,
	password VARCHAR(255) NOT NULL,
	remember_token VARCHAR(100) NULL,
	created_at TIMESTAMP NULL,
	updated_at TIMESTAMP NULL
) ENGINE=InnoDB;
CREATE TABLE password_reset_tokens (
	email VARCHAR(255) NOT NULL PRIMARY KEY,
	token VARCHAR(255) NOT NULL,
	created_at TIMESTAMP NULL
) ENGINE=InnoDB;
CREATE TABLE jobs (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	queue VARCHAR(255) NOT NULL,
	payload LONGTEXT NOT NULL,
	attempts TINYINT UNSIGNED NOT NULL,
	reserved_at INT UNSIGNED NULL,
	available_at INT UNSIGNED NOT NULL,
	created_at INT UNSIGNED NOT NULL,
	KEY jobs_queue_index (queue)
) ENGINE=InnoDB;
CREATE TABLE failed_jobs (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	uuid VARCHAR(255) NOT NULL UNIQUE,
	connection TEXT NOT NULL,
	queue TEXT NOT NULL,
	payload LONGTEXT NOT NULL,
	exception LONGTEXT NOT NULL,
	failed_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB;
CREATE TABLE personal_access_tokens (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	tokenable_type VARCHAR(255) NOT NULL,
	tokenable_id BIGINT UNSIGNED NOT NULL,
	name VARCHAR(255) NOT NULL,
	token VARCHAR(64) NOT NULL UNIQUE,
	abilities TEXT NULL,
	last_used_at TIMESTAMP NULL,
	expires_at TIMESTAMP NULL,
	created_at TIMESTAMP NULL,
	updated_at TIMESTAMP NULL,
	KEY personal_access_tokens_tokenable (tokenable_type, tokenable_id)
) ENGINE=InnoDB;
CREATE TABLE cache (
	`key` VARCHAR(255) NOT NULL PRIMARY KEY,
	value MEDIUMTEXT NOT NULL,
	expiration INT NOT NULL
) ENGINE=InnoDB;
-- expect: migrations = 0
-- check: job times are unix times | SELECT COUNT(*) FROM jobs WHERE available_at < 946684800 OR created_at < 946684800
-- check: tokens point at rows | SELECT COUNT(*) FROM personal_access_tokens p WHERE NOT (lower(p.tokenable_type) IN ('users', 'user', 'app\\models\\user') AND EXISTS (SELECT 1 FROM users u WHERE u.id = p.tokenable_id)) AND NOT (lower(p.tokenable_type) IN ('jobs', 'job') AND EXISTS (SELECT 1 FROM jobs j WHERE j.id = p.tokenable_id)) AND NOT (lower(p.tokenable_type) IN ('failed_jobs') AND EXISTS (SELECT 1 FROM failed_jobs j WHERE j.id = p.tokenable_id))
