-- A blog schema shaped like WordPress (own DDL): BIGINT(20) UNSIGNED ids,
-- DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00', parents and authors held
-- in plain BIGINT UNSIGNED columns without declared foreign keys (0 = none),
-- key/value meta tables with LONGTEXT values and prefix indexes, a
-- composite primary key of two ids, an options table with a unique name.
CREATE TABLE wp_users (
	ID BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
	user_login VARCHAR(60) NOT NULL DEFAULT '',
	user_pass VARCHAR(255) NOT NULL DEFAULT '',
	user_nicename VARCHAR(50) NOT NULL DEFAULT '',
	user_email VARCHAR(100) NOT NULL DEFAULT '',
	user_url VARCHAR(100) NOT NULL DEFAULT '',
	user_registered DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
	user_activation_key VARCHAR(255) NOT NULL DEFAULT '',
	user_status INT(11) NOT NULL DEFAULT 0,
	display_name VARCHAR(250) NOT NULL DEFAULT '',
	PRIMARY KEY (ID),
	KEY user_login_key (user_login),
	KEY user_nicename (user_nicename),
	KEY user_email (user_email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_posts (
	ID BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
	post_author BIGINT(20) UNSIGNED NOT NULL DEFAULT 0,
	post_date DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
	post_date_gmt DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
	post_content LONGTEXT NOT NULL,
	post_title TEXT NOT NULL,
	post_excerpt TEXT NOT NULL,
	post_status VARCHAR(20) NOT NULL DEFAULT 'publish',
	comment_status VARCHAR(20) NOT NULL DEFAULT 'open',
	post_password VARCHAR(255) NOT NULL DEFAULT '',
	post_name VARCHAR(200) NOT NULL DEFAULT '',
	post_modified DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
	post_parent BIGINT(20) UNSIGNED NOT NULL DEFAULT 0,
	guid VARCHAR(255) NOT NULL DEFAULT '',
	menu_order INT(11) NOT NULL DEFAULT 0,
	post_type VARCHAR(20) NOT NULL DEFAULT 'post',
	post_mime_type VARCHAR(100) NOT NULL DEFAULT '',
	comment_count BIGINT(20) NOT NULL DEFAULT 0,
	PRIMARY KEY (ID),
	KEY post_name (post_name(191)),
	KEY type_status_date (post_type, post_status, post_date, ID),
	KEY post_parent (post_parent),
	KEY post_author (post_author)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_postmeta (
	meta_id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
	post_id BIGINT(20) UNSIGNED NOT NULL DEFAULT 0,
	meta_key VARCHAR(255) DEFAULT NULL,
	meta_value LONGTEXT,
	PRIMARY KEY (meta_id),
	KEY post_id (post_id),
	KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_comments (
	comment_ID BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
	comment_post_ID BIGINT(20) UNSIGNED NOT NULL DEFAULT 0,
	comment_author TINYTEXT NOT NULL,
	comment_author_email VARCHAR(100) NOT NULL DEFAULT '',
	comment_author_url VARCHAR(200) NOT NULL DEFAULT '',
	comment_author_IP VARCHAR(100) NOT NULL DEFAULT '',
	comment_date DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
	comment_content TEXT NOT NULL,
	comment_karma INT(11) NOT NULL DEFAULT 0,
	comment_approved VARCHAR(20) NOT NULL DEFAULT '1',
	comment_agent VARCHAR(255) NOT NULL DEFAULT '',
	comment_parent BIGINT(20) UNSIGNED NOT NULL DEFAULT 0,
	user_id BIGINT(20) UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY (comment_ID),
	KEY comment_post_ID (comment_post_ID),
	KEY comment_parent (comment_parent)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_terms (
	term_id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
	name VARCHAR(200) NOT NULL DEFAULT '',
	slug VARCHAR(200) NOT NULL DEFAULT '',
	term_group BIGINT(10) NOT NULL DEFAULT 0,
	PRIMARY KEY (term_id),
	KEY slug (slug(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_term_taxonomy (
	term_taxonomy_id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
	term_id BIGINT(20) UNSIGNED NOT NULL DEFAULT 0,
	taxonomy VARCHAR(32) NOT NULL DEFAULT '',
	description LONGTEXT NOT NULL,
	parent BIGINT(20) UNSIGNED NOT NULL DEFAULT 0,
	count BIGINT(20) NOT NULL DEFAULT 0,
	PRIMARY KEY (term_taxonomy_id),
	UNIQUE KEY term_id_taxonomy (term_id, taxonomy)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_term_relationships (
	object_id BIGINT(20) UNSIGNED NOT NULL DEFAULT 0,
	term_taxonomy_id BIGINT(20) UNSIGNED NOT NULL DEFAULT 0,
	term_order INT(11) NOT NULL DEFAULT 0,
	PRIMARY KEY (object_id, term_taxonomy_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_options (
	option_id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
	option_name VARCHAR(191) NOT NULL DEFAULT '',
	option_value LONGTEXT NOT NULL,
	autoload VARCHAR(20) NOT NULL DEFAULT 'yes',
	PRIMARY KEY (option_id),
	UNIQUE KEY option_name (option_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- option_name is a unique key on the parameter-name vocabulary: the table
-- is capped at the list's size (announced), the second run adds nothing.
-- expect: wp_options >= 30
-- check: no zero dates | SELECT COUNT(*) FROM wp_posts WHERE post_date < '1971-01-01' OR post_modified < '1971-01-01'
-- check: users have e-mail addresses | SELECT COUNT(*) FROM wp_users WHERE user_email NOT LIKE '%_@_%._%'
-- check: comment IPs are addresses | SELECT COUNT(*) FROM wp_comments WHERE comment_author_IP NOT REGEXP '^[0-9]{1,3}([.][0-9]{1,3}){3}$' AND comment_author_IP NOT LIKE '%:%'
-- check: post authors exist | SELECT COUNT(*) FROM wp_posts p WHERE NOT EXISTS (SELECT 1 FROM wp_users u WHERE u.ID = p.post_author)
-- check: meta rows belong to posts | SELECT COUNT(*) FROM wp_postmeta m WHERE NOT EXISTS (SELECT 1 FROM wp_posts p WHERE p.ID = m.post_id)
-- check: post parents are 0 or a post | SELECT COUNT(*) FROM wp_posts c WHERE c.post_parent <> 0 AND NOT EXISTS (SELECT 1 FROM wp_posts p WHERE p.ID = c.post_parent)
-- check: post statuses are WordPress's | SELECT COUNT(*) FROM wp_posts WHERE post_status NOT IN ('publish', 'draft', 'pending', 'private', 'future', 'trash', 'auto-draft', 'inherit')
-- check: autoload is yes or no | SELECT COUNT(*) FROM wp_options WHERE autoload NOT IN ('yes', 'no', 'on', 'off', 'auto')
