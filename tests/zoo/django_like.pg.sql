-- Auth and admin tables shaped like Django's (own DDL): content types
-- unique on (app_label, model), permissions per content type, users with
-- unique usernames, many-to-many link tables with a unique pair, a session
-- table keyed by a 40-character string, and the admin log's generic foreign
-- key (content_type_id + object_id as text) with a CHECK on a smallint flag.
CREATE TABLE django_content_type (
	id serial PRIMARY KEY,
	app_label varchar(100) NOT NULL,
	model varchar(100) NOT NULL,
	CONSTRAINT django_content_type_app_label_model_uniq UNIQUE (app_label, model)
);
CREATE TABLE auth_permission (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL,
	content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
	codename varchar(100) NOT NULL,
	CONSTRAINT auth_permission_content_type_id_codename_uniq UNIQUE (content_type_id, codename)
);
CREATE TABLE auth_group (
	id serial PRIMARY KEY,
	name varchar(150) NOT NULL UNIQUE
);
CREATE TABLE auth_user (
	id serial PRIMARY KEY,
	password varchar(128) NOT NULL,
	last_login timestamp with time zone NULL,
	is_superuser boolean NOT NULL,
	username varchar(150) NOT NULL UNIQUE,
	first_name varchar(150) NOT NULL,
	last_name varchar(150) NOT NULL,
	email varchar(254) NOT NULL,
	is_staff boolean NOT NULL,
	is_active boolean NOT NULL,
	date_joined timestamp with time zone NOT NULL
);
CREATE INDEX auth_user_username_like ON auth_user (username varchar_pattern_ops);
CREATE TABLE auth_user_groups (
	id bigserial PRIMARY KEY,
	user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
	group_id integer NOT NULL REFERENCES auth_group (id) DEFERRABLE INITIALLY DEFERRED,
	CONSTRAINT auth_user_groups_user_id_group_id_uniq UNIQUE (user_id, group_id)
);
CREATE TABLE auth_group_permissions (
	id bigserial PRIMARY KEY,
	group_id integer NOT NULL REFERENCES auth_group (id) DEFERRABLE INITIALLY DEFERRED,
	permission_id integer NOT NULL REFERENCES auth_permission (id) DEFERRABLE INITIALLY DEFERRED,
	CONSTRAINT auth_group_permissions_uniq UNIQUE (group_id, permission_id)
);
CREATE TABLE django_admin_log (
	id serial PRIMARY KEY,
	action_time timestamp with time zone NOT NULL,
	object_id text NULL,
	object_repr varchar(200) NOT NULL,
	action_flag smallint NOT NULL CHECK (action_flag >= 0),
	change_message text NOT NULL,
	content_type_id integer NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
	user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE django_session (
	session_key varchar(40) NOT NULL PRIMARY KEY,
	session_data text NOT NULL,
	expire_date timestamp with time zone NOT NULL
);
CREATE INDEX django_session_expire_date ON django_session (expire_date);
-- check: e-mail addresses | SELECT COUNT(*) FROM auth_user WHERE email NOT LIKE '%_@_%._%'
-- check: plausible join dates | SELECT COUNT(*) FROM auth_user WHERE date_joined < '1990-01-01' OR date_joined > now() + interval '1 day'
