-- A large Rails application's PostgreSQL dump shapes, like GitLab's
-- structure.sql (own DDL): bigint ids whose sequence is attached after the
-- table (CREATE SEQUENCE ... OWNED BY + ALTER ... SET DEFAULT nextval),
-- text columns bounded by CHECK (char_length(x) <= N) instead of varchar,
-- jsonb NOT NULL DEFAULT '{}', integer[] NOT NULL DEFAULT '{}', smallint
-- state codes, bytea digests, an inet, timestamptz timestamps, a partial
-- unique index on live rows and a unique lower(name) per namespace.
CREATE TABLE namespaces (
	id bigint NOT NULL,
	name text NOT NULL,
	path text NOT NULL,
	parent_id bigint,
	traversal_ids integer[] DEFAULT '{}'::integer[] NOT NULL,
	visibility_level integer DEFAULT 20 NOT NULL,
	created_at timestamp with time zone NOT NULL,
	updated_at timestamp with time zone NOT NULL,
	CONSTRAINT check_name_length CHECK ((char_length(name) <= 255)),
	CONSTRAINT check_path_length CHECK ((char_length(path) <= 255))
);
CREATE SEQUENCE namespaces_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE namespaces_id_seq OWNED BY namespaces.id;
ALTER TABLE ONLY namespaces ALTER COLUMN id SET DEFAULT nextval('namespaces_id_seq'::regclass);
ALTER TABLE ONLY namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);
ALTER TABLE ONLY namespaces ADD CONSTRAINT fk_namespaces_parent FOREIGN KEY (parent_id) REFERENCES namespaces(id) ON DELETE CASCADE;
CREATE UNIQUE INDEX index_namespaces_on_parent_id_and_lower_name ON namespaces USING btree (parent_id, lower(name));
CREATE TABLE projects (
	id bigint NOT NULL,
	namespace_id bigint NOT NULL,
	name text,
	description text,
	archived boolean DEFAULT false NOT NULL,
	star_count integer DEFAULT 0 NOT NULL,
	import_status smallint DEFAULT 0 NOT NULL,
	settings jsonb DEFAULT '{}'::jsonb NOT NULL,
	topics character varying[] DEFAULT '{}'::character varying[] NOT NULL,
	last_activity_at timestamp with time zone,
	deleted_at timestamp with time zone,
	created_at timestamp with time zone NOT NULL,
	updated_at timestamp with time zone NOT NULL,
	CONSTRAINT check_description_length CHECK ((char_length(description) <= 2000))
);
CREATE SEQUENCE projects_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE projects_id_seq OWNED BY projects.id;
ALTER TABLE ONLY projects ALTER COLUMN id SET DEFAULT nextval('projects_id_seq'::regclass);
ALTER TABLE ONLY projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);
ALTER TABLE ONLY projects ADD CONSTRAINT fk_projects_namespace FOREIGN KEY (namespace_id) REFERENCES namespaces(id) ON DELETE CASCADE;
CREATE UNIQUE INDEX index_projects_on_namespace_and_name_live ON projects USING btree (namespace_id, name) WHERE (deleted_at IS NULL);
CREATE TABLE ci_pipelines (
	id bigint NOT NULL,
	project_id bigint NOT NULL,
	ref character varying,
	sha bytea NOT NULL,
	status smallint DEFAULT 0 NOT NULL,
	source smallint,
	duration integer,
	user_ip inet,
	variables jsonb,
	created_at timestamp with time zone NOT NULL,
	updated_at timestamp with time zone NOT NULL,
	CONSTRAINT check_duration_positive CHECK ((duration >= 0)),
	CONSTRAINT check_sha_length CHECK ((octet_length(sha) = 20))
);
CREATE SEQUENCE ci_pipelines_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE ci_pipelines_id_seq OWNED BY ci_pipelines.id;
ALTER TABLE ONLY ci_pipelines ALTER COLUMN id SET DEFAULT nextval('ci_pipelines_id_seq'::regclass);
ALTER TABLE ONLY ci_pipelines ADD CONSTRAINT ci_pipelines_pkey PRIMARY KEY (id);
ALTER TABLE ONLY ci_pipelines ADD CONSTRAINT fk_pipelines_project FOREIGN KEY (project_id) REFERENCES projects(id) ON DELETE CASCADE;
CREATE INDEX index_ci_pipelines_on_project_id_and_sha ON ci_pipelines USING btree (project_id, sha);
-- check: updated after created | SELECT COUNT(*) FROM projects WHERE updated_at < created_at
-- check: pipeline sha is 20 bytes | SELECT COUNT(*) FROM ci_pipelines WHERE octet_length(sha) <> 20
