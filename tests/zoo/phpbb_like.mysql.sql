-- A PHP forum's shapes like phpBB (own DDL): MEDIUMINT(8) UNSIGNED ids,
-- INT(11) UNSIGNED unix times named *_time, *_regdate, *_lastvisit, a
-- table prefix (phpbb_), TINYINT(1) UNSIGNED flags, counters
-- (forum_posts, topic_views) and plain-integer references to the user
-- and forum without declared foreign keys (user_id, forum_id, topic_id,
-- poster_id).
CREATE TABLE phpbb_users (
	user_id MEDIUMINT(8) UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	user_type TINYINT(2) NOT NULL DEFAULT 0,
	username VARCHAR(255) NOT NULL DEFAULT '',
	username_clean VARCHAR(255) NOT NULL DEFAULT '',
	user_email VARCHAR(100) NOT NULL DEFAULT '',
	user_regdate INT(11) UNSIGNED NOT NULL DEFAULT 0,
	user_lastvisit INT(11) UNSIGNED NOT NULL DEFAULT 0,
	user_posts MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
	user_lang VARCHAR(30) NOT NULL DEFAULT '',
	user_timezone VARCHAR(100) NOT NULL DEFAULT '',
	UNIQUE KEY username_clean (username_clean)
) ENGINE=InnoDB;
CREATE TABLE phpbb_forums (
	forum_id MEDIUMINT(8) UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	parent_id MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
	forum_name VARCHAR(255) NOT NULL DEFAULT '',
	forum_desc TEXT NOT NULL,
	forum_posts_approved MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
	forum_last_post_time INT(11) UNSIGNED NOT NULL DEFAULT 0
) ENGINE=InnoDB;
CREATE TABLE phpbb_topics (
	topic_id MEDIUMINT(8) UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	forum_id MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
	topic_title VARCHAR(255) NOT NULL DEFAULT '',
	topic_poster MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
	topic_time INT(11) UNSIGNED NOT NULL DEFAULT 0,
	topic_views MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
	topic_status TINYINT(3) NOT NULL DEFAULT 0,
	KEY forum_id (forum_id)
) ENGINE=InnoDB;
CREATE TABLE phpbb_posts (
	post_id MEDIUMINT(8) UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	topic_id MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
	forum_id MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
	poster_id MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
	poster_ip VARCHAR(40) NOT NULL DEFAULT '',
	post_time INT(11) UNSIGNED NOT NULL DEFAULT 0,
	post_subject VARCHAR(255) NOT NULL DEFAULT '',
	post_text MEDIUMTEXT NOT NULL,
	enable_bbcode TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
	KEY topic_id (topic_id),
	KEY poster_id (poster_id)
) ENGINE=InnoDB;
-- check: topics are in forums | SELECT COUNT(*) FROM phpbb_topics t WHERE NOT EXISTS (SELECT 1 FROM phpbb_forums f WHERE f.forum_id = t.forum_id)
-- check: posts are in topics | SELECT COUNT(*) FROM phpbb_posts p WHERE NOT EXISTS (SELECT 1 FROM phpbb_topics t WHERE t.topic_id = p.topic_id)
-- check: unix times are plausible | SELECT COUNT(*) FROM phpbb_posts WHERE post_time < 946684800 OR post_time > 4102444800
-- check: registration is a unix time | SELECT COUNT(*) FROM phpbb_users WHERE user_regdate < 946684800 OR user_regdate > 4102444800
