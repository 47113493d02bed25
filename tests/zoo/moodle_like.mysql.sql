-- An LMS's shapes like Moodle (own DDL): mdl_ table prefix, BIGINT(10)
-- ids, BIGINT(10) unix-second times named timecreated / timemodified /
-- lastaccess (one word), TINYINT(2) flags, references by plain BIGINT
-- columns without foreign keys (course, userid, courseid).
CREATE TABLE mdl_user (
	id BIGINT(10) NOT NULL AUTO_INCREMENT PRIMARY KEY,
	username VARCHAR(100) NOT NULL DEFAULT '',
	email VARCHAR(100) NOT NULL DEFAULT '',
	deleted TINYINT(1) NOT NULL DEFAULT 0,
	firstaccess BIGINT(10) NOT NULL DEFAULT 0,
	lastaccess BIGINT(10) NOT NULL DEFAULT 0,
	timecreated BIGINT(10) NOT NULL DEFAULT 0,
	timemodified BIGINT(10) NOT NULL DEFAULT 0,
	UNIQUE KEY mdl_user_mneuse_uix (username)
) ENGINE=InnoDB;
CREATE TABLE mdl_course (
	id BIGINT(10) NOT NULL AUTO_INCREMENT PRIMARY KEY,
	fullname VARCHAR(1333) NOT NULL DEFAULT '',
	shortname VARCHAR(255) NOT NULL DEFAULT '',
	visible TINYINT(1) NOT NULL DEFAULT 1,
	startdate BIGINT(10) NOT NULL DEFAULT 0,
	timecreated BIGINT(10) NOT NULL DEFAULT 0,
	timemodified BIGINT(10) NOT NULL DEFAULT 0
) ENGINE=InnoDB;
CREATE TABLE mdl_user_enrolments (
	id BIGINT(10) NOT NULL AUTO_INCREMENT PRIMARY KEY,
	status BIGINT(10) NOT NULL DEFAULT 0,
	courseid BIGINT(10) NOT NULL,
	userid BIGINT(10) NOT NULL,
	timestart BIGINT(10) NOT NULL DEFAULT 0,
	timecreated BIGINT(10) NOT NULL DEFAULT 0,
	UNIQUE KEY mdl_userenro_couuse_uix (courseid, userid)
) ENGINE=InnoDB;
-- check: enrolments name courses | SELECT COUNT(*) FROM mdl_user_enrolments e WHERE NOT EXISTS (SELECT 1 FROM mdl_course c WHERE c.id = e.courseid)
-- check: enrolments name users | SELECT COUNT(*) FROM mdl_user_enrolments e WHERE NOT EXISTS (SELECT 1 FROM mdl_user u WHERE u.id = e.userid)
-- check: times are unix seconds | SELECT COUNT(*) FROM mdl_user WHERE timecreated < 946684800 OR timecreated > 4102444800 OR lastaccess > 4102444800
