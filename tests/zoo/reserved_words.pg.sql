-- Identifiers that need quoting (own DDL): tables named after reserved
-- words ("order", "group", "user"), columns named "from", "to", "select",
-- "desc", "index", "key", a column with a space and one with a dash, mixed
-- case, and a foreign key between two such tables.
CREATE TYPE "Order Status" AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE "group" (
	"id" serial PRIMARY KEY,
	"key" varchar(40) NOT NULL UNIQUE,
	"desc" varchar(200)
);
CREATE TABLE "user" (
	"id" serial PRIMARY KEY,
	"group_id" integer NOT NULL REFERENCES "group" ("id"),
	"select" boolean NOT NULL DEFAULT false,
	"First Name" varchar(60) NOT NULL,
	"e-mail" varchar(120) NOT NULL,
	"Index" integer NOT NULL DEFAULT 0
);
CREATE TABLE "order" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL REFERENCES "user" ("id"),
	"from" date NOT NULL,
	"to" date NOT NULL,
	"status" "Order Status" NOT NULL DEFAULT 'new',
	CHECK ("to" >= "from")
);
-- check: e-mail addresses | SELECT COUNT(*) FROM "user" WHERE "e-mail" NOT LIKE '%_@_%._%'
