/*
 * The in-memory model of a live schema. A driver builds it once
 * (sg_driver.introspect); the planner, the generators and the checks only
 * read it. Nothing here speaks SQL.
 *
 * Ownership: a struct sg_schema owns every table, column, key and string
 * reachable from it; sg_schema_release() frees them all. The builder
 * functions return pointers that stay valid until the schema is released.
 */
#ifndef SEEDGEN_SCHEMA_H
#define SEEDGEN_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>
#include "seedgen/error.h"

enum sg_dialect {
	SG_DIALECT_NONE = 0,
	SG_DIALECT_MYSQL,      /* MySQL and MariaDB */
	SG_DIALECT_PGSQL,
};

/* Normalized type class of a column. For arrays, the element's class is in
 * sg_column.elem_cls and the column's cls is SG_T_ARRAY. */
enum sg_type_class {
	SG_T_OTHER = 0, /* anything seedgen cannot produce (geometry, inet ...) */
	SG_T_INT,       /* int_bytes 1,2,3,4,8; is_unsigned */
	SG_T_BOOL,      /* boolean, MySQL tinyint(1)/bool */
	SG_T_DECIMAL,   /* precision, scale (0,0 = unconstrained numeric) */
	SG_T_FLOAT,     /* 4-byte float / real */
	SG_T_DOUBLE,    /* double / double precision */
	SG_T_CHAR,      /* fixed char(length) */
	SG_T_VARCHAR,   /* varchar(length); length 0 = unbounded */
	SG_T_TEXT,      /* text kinds; length = max chars where known (tinytext 255) */
	SG_T_JSON,      /* json / jsonb (also MariaDB LONGTEXT + json_valid CHECK) */
	SG_T_DATE,
	SG_T_TIME,
	SG_T_DATETIME,  /* MySQL datetime, PG timestamp without time zone */
	SG_T_TIMESTAMP, /* MySQL timestamp, PG timestamp with time zone (with_tz) */
	SG_T_UUID,
	SG_T_BINARY,    /* binary/varbinary/blob/bytea; length for (var)binary */
	SG_T_ENUM,      /* enum_values */
	SG_T_SET,       /* MySQL set(); enum_values holds the members */
	SG_T_ARRAY,     /* PostgreSQL arrays; elem_cls, elem_type */
	SG_T_YEAR,      /* MySQL year */
	SG_T_BIT,       /* bit(length) */
	SG_T_RANGE,     /* PostgreSQL range types; elem_cls (int_bytes, precision,
	                   with_tz) describes the bound: int4range, int8range,
	                   numrange, daterange, tsrange, tstzrange */
	SG_T__COUNT
};

/* Lower-case name of a type class, stable (used in JSON output). */
const char *sg_type_class_name(enum sg_type_class c);

struct sg_column {
	char *name;
	char *raw_type;      /* as the server spells it: "varchar(255)", "int unsigned",
	                        "timestamp(3) without time zone", "text[]" */
	enum sg_type_class cls;
	int int_bytes;       /* SG_T_INT: 1, 2, 3, 4 or 8 */
	bool is_unsigned;    /* SG_T_INT, SG_T_DECIMAL, SG_T_FLOAT/DOUBLE (MySQL) */
	int length;          /* chars for char/varchar/text, bytes for binary, bits for bit; 0 = unbounded */
	int precision;       /* decimal precision; fractional-second digits for time kinds (-1 = default) */
	int scale;           /* decimal scale */
	bool with_tz;        /* timestamp with time zone / time with time zone */
	enum sg_type_class elem_cls; /* SG_T_ARRAY: class of the element */
	char *elem_type;     /* SG_T_ARRAY: raw element type ("text", "mood") */
	char *udt_name;      /* PostgreSQL: the type's name for casts ("mood", "_text"); NULL elsewhere */
	bool nullable;
	char *default_expr;  /* as the server reports it; NULL when there is no default */
	bool auto_increment; /* AUTO_INCREMENT, serial (nextval default) or identity */
	bool identity_always;/* PostgreSQL GENERATED ALWAYS AS IDENTITY: never written */
	bool generated;      /* generated/computed column: never written */
	bool on_update_now;  /* MySQL ON UPDATE CURRENT_TIMESTAMP */
	char *generation_expr; /* expression of a generated column, NULL otherwise */
	char **enum_values;  /* SG_T_ENUM/SG_T_SET (and arrays of enums): allowed values in order.
	                        For SG_T_ARRAY, length/precision/scale/enum_values describe the element. */
	size_t n_enum;
	char *check;         /* CHECK constraint text(s) that name only this column, "; "-joined; NULL if none */
	char *comment;       /* column comment, NULL if none */
	/* What the column can hold and how the server compares it (drivers
	 * fill what they know; zero means no limit / plain comparison). */
	char *charset;       /* character set as the server names it ("latin1",
	                        "utf8mb3"); NULL when the server's is UTF-8 anyway */
	unsigned max_code_point; /* highest character the charset holds: 0x7F ascii,
	                        0xFF latin1, 0xFFFF utf8mb3; 0 = any */
	bool length_bytes;   /* length counts bytes, not characters (PG name, "char") */
	bool pad_blanks;     /* trailing blanks do not count in comparisons (PG char(n)) */
};

/* What one part of a key compares: a column, or a function of one column
 * that seedgen understands (case fold, first characters). */
enum sg_fold { SG_FOLD_NONE = 0, SG_FOLD_LOWER, SG_FOLD_UPPER };

struct sg_key_part {
	char *expr;          /* the part's expression as the server prints it
	                        ("lower(name)"); NULL for a plain column */
	char *base;          /* the column it reads; NULL when the expression is not
	                        understood (the part then cannot be compared) */
	enum sg_fold fold;
	int prefix;          /* characters compared (MySQL name(3), left(x, 8)); 0 = all */
	char *op;            /* exclusion constraint: the operator ("=", "&&"); else NULL */
};

/* A primary key, unique key or index: a named list of columns. */
struct sg_key {
	char *name;          /* constraint/index name as the server reports it */
	char **columns;      /* column names; an expression part's text for an expression */
	size_t ncols;
	bool unique;
	bool primary;
	/* What the key really compares (drivers; see seedgen/keyform.h). A
	 * partial or expression unique index and an exclusion constraint are
	 * in sg_table.indexes with unique (or exclusion) set. */
	struct sg_key_part *parts; /* NULL (every part a plain column) or ncols entries */
	char *predicate;     /* partial index: the WHERE text; NULL = every row */
	bool nulls_not_distinct; /* two NULLs collide (PostgreSQL 15 NULLS NOT DISTINCT) */
	bool exclusion;      /* EXCLUDE constraint: parts[i].op says how rows conflict */
};

enum sg_fk_action {
	SG_FK_NO_ACTION = 0,
	SG_FK_RESTRICT,
	SG_FK_CASCADE,
	SG_FK_SET_NULL,
	SG_FK_SET_DEFAULT,
};
const char *sg_fk_action_name(enum sg_fk_action a); /* "NO ACTION", "CASCADE", ... */
/* Parses "cascade", "SET NULL", "no action", "restrict", "set default" (any case, _ or space). */
enum sg_fk_action sg_fk_action_parse(const char *s);

struct sg_fk {
	char *name;          /* constraint name; NULL for inferred relations */
	char **columns;      /* columns of the child table */
	size_t ncols;
	char *ref_table;     /* parent table name */
	char *ref_schema;    /* PostgreSQL: parent's schema when it differs; else NULL */
	char **ref_columns;  /* parent columns, same count */
	enum sg_fk_action on_delete;
	enum sg_fk_action on_update;
	bool declared;       /* true: a real constraint; false: inferred from names */
	int ref_index;       /* index of the parent in sg_schema.tables; -1 if not there */
};

struct sg_check {
	char *name;
	char *expr;          /* as the server reports it */
};

struct sg_table {
	char *name;
	char *comment;
	struct sg_column **columns; /* ordinal order */
	size_t ncols, cap_cols;
	struct sg_key pk;           /* ncols == 0 when the table has no primary key */
	struct sg_key **uniques;    /* unique constraints and unique indexes, PK excluded, deduplicated */
	size_t nuniques, cap_uniques;
	struct sg_key **indexes;    /* non-unique indexes (unique ones are in uniques) */
	size_t nindexes, cap_indexes;
	struct sg_fk **fks;         /* declared first, then inferred */
	size_t nfks, cap_fks;
	struct sg_check **checks;   /* every CHECK constraint of the table */
	size_t nchecks, cap_checks;
	bool partitioned;           /* PostgreSQL partitioned parent */
	/* Partition key and bounds (partition.h); NULL when not partitioned or
	 * the key is not one plain column. Filled by the driver. */
	struct sg_partitioning *partitioning;
};

void sg_partitioning_free(struct sg_partitioning *p); /* partition.h */

struct sg_schema {
	enum sg_dialect dialect;
	char *server_version;       /* e.g. "10.11.6-MariaDB-0+deb12u1", "15.18" */
	char *database;             /* current database */
	char *schema_name;          /* PostgreSQL schema ("public"); NULL for MySQL */
	struct sg_table **tables;   /* sorted by name (byte order) after sg_schema_finish() */
	size_t ntables, cap_tables;
	bool sorted;                /* set by sg_schema_finish(); lookups then bisect */
};

/* --- building (drivers) --- */
struct sg_table *sg_schema_add_table(struct sg_schema *s, const char *name);
struct sg_column *sg_table_add_column(struct sg_table *t, const char *name);
void sg_column_add_enum(struct sg_column *c, const char *value);
struct sg_key *sg_table_add_unique(struct sg_table *t, const char *name);
struct sg_key *sg_table_add_index(struct sg_table *t, const char *name);
struct sg_fk *sg_table_add_fk(struct sg_table *t, const char *name);
void sg_table_add_check(struct sg_table *t, const char *name, const char *expr);
void sg_key_add_column(struct sg_key *k, const char *column);
void sg_fk_add_column(struct sg_fk *fk, const char *column, const char *ref_column);
void sg_key_set_name(struct sg_key *k, const char *name);
/* The part of column i, created (plain, base = the column) on first use. */
struct sg_key_part *sg_key_part(struct sg_key *k, size_t i);

/* Called by the driver when it is done: sorts tables by name, drops unique
 * keys that duplicate the PK or each other, resolves fk->ref_index, and
 * marks the PK. Returns 0. */
int sg_schema_finish(struct sg_schema *s);

void sg_schema_release(struct sg_schema *s);

/* --- reading --- */
struct sg_table *sg_schema_find(const struct sg_schema *s, const char *name);
int sg_schema_index_of(const struct sg_schema *s, const char *name); /* -1 if absent */
struct sg_column *sg_table_find_column(const struct sg_table *t, const char *name);
/* The primary key (when its name is known), unique key or index named
 * name; NULL if none. */
struct sg_key *sg_table_find_key(struct sg_table *t, const char *name);
int sg_table_column_index(const struct sg_table *t, const char *name); /* -1 if absent */
bool sg_key_has_column(const struct sg_key *k, const char *column);

/* Adds inferred (declared = false) foreign keys for columns named like a
 * reference but without a declared FK: `clientId`, `client_id` and
 * `parentClientId` -> clients.id (singular or plural table, camelCase or
 * snake_case, leading words dropped until a table matches, so a
 * self-reference works). Only when the target table has a one-column
 * primary key of a compatible type (integer with integer; text kinds and
 * uuid with each other); never for a polymorphic pair (a sibling column
 * `<base>_type` / `<base>Type`). Returns the number of relations added.
 * Call after sg_schema_finish(). */
size_t sg_schema_infer_fks(struct sg_schema *s);

/* The table a noun names, by the same rules as FK inference: any case,
 * camelCase or snake_case, singular or plural ("PRODUCT" -> products,
 * "purchase_order" -> purchase_orders). -1 if none. */
int sg_schema_find_noun(const struct sg_schema *s, const char *noun);

/* Looks up n table names into out[0..n). An unknown name is an error
 * (SG_EXIT_USAGE) naming it and the database, with a "did you mean" hint. */
int sg_schema_pick(const struct sg_schema *s, char *const *names, size_t n,
		   struct sg_table **out, struct sg_error *err);

/* The tables named (as sg_schema_pick) or, when n is 0, every table of s in
 * schema order. *out is a new array of *nout entries (plus a NULL end) owned
 * by the caller (free()); the tables stay owned by s. On error *out is still
 * set and must be freed. */
int sg_schema_pick_or_all(const struct sg_schema *s, char *const *names, size_t n,
			  struct sg_table ***out, size_t *nout, struct sg_error *err);

/* The table name closest to `name` (case-insensitive edit distance of at
 * most a third of its length), for "did you mean" hints; NULL if none. */
const char *sg_schema_suggest(const struct sg_schema *s, const char *name);

/* Counts over the whole schema (inspect summaries, tests). */
size_t sg_schema_count_fks(const struct sg_schema *s, bool declared);
size_t sg_schema_count_enum_columns(const struct sg_schema *s);

#endif
