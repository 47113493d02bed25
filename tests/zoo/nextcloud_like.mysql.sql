-- A file-sync server's shapes like Nextcloud (own DDL): a table prefix
-- (oc_), a file cache whose parent, storage and mimetype are plain BIGINT
-- columns with no declared foreign key (-1 or 0 mean "none"), a
-- (storage, path_hash) unique key over an md5 hex digest, INT UNSIGNED
-- unix timestamps (mtime, storage_mtime), string composite primary keys
-- (appid, configkey) and reserved words as column names (`key`, `value`,
-- `type`).
CREATE TABLE oc_storages (
	numeric_id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	id VARCHAR(64) DEFAULT NULL,
	available INT NOT NULL DEFAULT 1,
	last_checked INT DEFAULT NULL,
	UNIQUE KEY storages_id_index (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE oc_mimetypes (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	mimetype VARCHAR(255) NOT NULL DEFAULT '',
	UNIQUE KEY mimetype_id_index (mimetype)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE oc_filecache (
	fileid BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	storage BIGINT NOT NULL DEFAULT 0,
	path VARCHAR(4000) DEFAULT NULL,
	path_hash VARCHAR(32) NOT NULL DEFAULT '',
	parent BIGINT NOT NULL DEFAULT 0,
	name VARCHAR(250) DEFAULT NULL,
	mimetype BIGINT NOT NULL DEFAULT 0,
	size BIGINT NOT NULL DEFAULT 0,
	mtime BIGINT NOT NULL DEFAULT 0,
	storage_mtime BIGINT NOT NULL DEFAULT 0,
	encrypted INT NOT NULL DEFAULT 0,
	etag VARCHAR(40) DEFAULT NULL,
	permissions INT DEFAULT 0,
	checksum VARCHAR(255) DEFAULT NULL,
	UNIQUE KEY fs_storage_path_hash (storage, path_hash),
	KEY fs_parent_name_hash (parent, name),
	KEY fs_mtime (mtime),
	KEY fs_size (size)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE oc_appconfig (
	appid VARCHAR(32) NOT NULL DEFAULT '',
	configkey VARCHAR(64) NOT NULL DEFAULT '',
	configvalue LONGTEXT,
	type INT UNSIGNED NOT NULL DEFAULT 2,
	lazy SMALLINT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY (appid, configkey)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE oc_preferences (
	userid VARCHAR(64) NOT NULL DEFAULT '',
	appid VARCHAR(32) NOT NULL DEFAULT '',
	configkey VARCHAR(64) NOT NULL DEFAULT '',
	configvalue LONGTEXT,
	PRIMARY KEY (userid, appid, configkey)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE oc_properties (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	userid VARCHAR(64) NOT NULL DEFAULT '',
	propertypath VARCHAR(255) NOT NULL DEFAULT '',
	propertyname VARCHAR(255) NOT NULL DEFAULT '',
	`key` VARCHAR(64) NULL,
	`value` LONGTEXT,
	valuetype SMALLINT DEFAULT 1,
	KEY property_index (userid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- check: sizes are not negative | SELECT COUNT(*) FROM oc_filecache WHERE size < 0
-- check: unix times are plausible | SELECT COUNT(*) FROM oc_filecache WHERE mtime < 946684800 OR mtime > 4102444800
-- check: path hashes are md5 hex | SELECT COUNT(*) FROM oc_filecache WHERE path_hash NOT REGEXP '^[0-9a-f]{32}$'
