/*
 * `seedgen verify`: referential and value integrity of the data, for what
 * the server may not have enforced (foreign key checks turned off, MySQL
 * non-strict modes, relations that were never declared):
 *   - orphans per relation, declared and inferred (the engine's relations,
 *     from sg_db_introspect), with up to 5 example keys;
 *   - enum values outside the column's definition;
 *   - NULLs in NOT NULL columns;
 *   - duplicate values under unique keys.
 * Every check is one set-based statement (a LEFT JOIN ... IS NULL, a
 * GROUP BY ... HAVING), with COUNT(*) OVER () giving the total next to the
 * first examples; nothing is walked row by row in C. A table with no rows
 * is counted once and skipped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "seedgen/buf.h"
#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/db.h"

#define EXAMPLES 5

static const char usage[] =
	"usage: seedgen verify [--db URL] [--schema NAME] [--tables T,...] [--format text|json]\n"
	"\n"
	"Checks the data for what the server did not enforce: rows whose foreign key\n"
	"(declared, or inferred from column names as the seeding engine does) points\n"
	"at no parent row, enum values outside the definition, NULLs in NOT NULL\n"
	"columns and duplicate values under unique keys. Prints each violation with\n"
	"its count and up to 5 examples.\n"
	"\n"
	"  --db URL          database URL (default: $DATABASE_URL)\n"
	"  --schema NAME     PostgreSQL schema (default: public)\n"
	"  --tables T,...    only check these tables (repeatable, or a comma list)\n"
	"  --format F        text (default) or json\n"
	"  -q, --quiet       no warnings\n"
	"  -h, --help        this help\n"
	"\n"
	"Exit codes: 0 clean, 1 violations found, 2 usage error, 3 database error.\n";

enum { O_DB = 1, O_SCHEMA, O_TABLES, O_FORMAT, O_QUIET, O_HELP };

static const struct sg_opt opts[] = {
	{ "db", 0, 1, O_DB },
	{ "schema", 0, 1, O_SCHEMA },
	{ "tables", 't', 1, O_TABLES },
	{ "table", 0, 1, O_TABLES },
	{ "format", 0, 1, O_FORMAT },
	{ "quiet", 'q', 0, O_QUIET },
	{ "help", 'h', 0, O_HELP },
	{ NULL, 0, 0, 0 },
};

struct violation {
	const char *kind;      /* "orphans", "enum", "not_null", "duplicates" */
	char *table;
	char **columns;
	size_t ncols;
	char *subject;         /* "comments.user_id -> users.id" */
	char *detail;          /* "(declared)", "outside ('a','b')", ... */
	long long count;
	char *examples[EXAMPLES];
	size_t nexamples;
	/* orphans only */
	char *ref_table;
	bool declared;
};

struct verify {
	struct sg_db *db;
	struct sg_schema *s;
	struct violation *v;
	size_t n, cap;
	size_t relations, declared, inferred, enums, notnull, uniques, tables, empty;
};

/* Rows of a check query: column 0 is COUNT(*) OVER (), the rest name one
 * example; names[] label them. */
struct collect {
	struct violation *v;
	char *const *names;
	size_t nnames;
	const char *suffix_label; /* a trailing column printed as " (N rows)" */
};

static int collect_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct collect *c = ctx;
	struct sg_buf b = SG_BUF_INIT;
	int last = ncols;

	if (ncols < 1)
		return 0;
	c->v->count = values[0] ? strtoll(values[0], NULL, 10) : 0;
	if (c->suffix_label)
		last--;
	for (int i = 1; i < last; i++) {
		const char *name = (size_t)(i - 1) < c->nnames ? c->names[i - 1] : "?";

		sg_buf_addf(&b, "%s%s=", i > 1 ? " " : "", name);
		if (!values[i])
			sg_buf_adds(&b, "NULL");
		else if (!lengths[i])
			sg_buf_adds(&b, "''");
		else
			sg_buf_add(&b, values[i], lengths[i]);
	}
	if (c->suffix_label && values[ncols - 1])
		sg_buf_addf(&b, " (%s %s)", values[ncols - 1], c->suffix_label);
	if (c->v->nexamples < EXAMPLES)
		c->v->examples[c->v->nexamples++] = sg_buf_detach(&b);
	else
		sg_buf_release(&b);
	return 0;
}

static struct violation *new_violation(struct verify *vf, const char *kind, const char *table)
{
	struct violation *v;

	SG_GROW(vf->v, vf->n + 1, vf->cap);
	v = &vf->v[vf->n++];
	memset(v, 0, sizeof(*v));
	v->kind = kind;
	v->table = sg_strdup(table);
	return v;
}

static void violation_free(struct violation *v)
{
	free(v->table);
	for (size_t i = 0; i < v->ncols; i++)
		free(v->columns[i]);
	free(v->columns);
	free(v->subject);
	free(v->detail);
	for (size_t i = 0; i < v->nexamples; i++)
		free(v->examples[i]);
	free(v->ref_table);
}

static void set_columns(struct violation *v, char *const *cols, size_t n)
{
	v->columns = sg_calloc(n ? n : 1, sizeof(char *));
	for (size_t i = 0; i < n; i++)
		v->columns[i] = sg_strdup(cols[i]);
	v->ncols = n;
}

/* Runs sql; keeps v when it found something, else drops it again. */
static int run_check(struct verify *vf, const char *sql, char *const *names, size_t nnames,
		     const char *suffix_label, struct sg_error *err)
{
	struct violation *v = &vf->v[vf->n - 1];
	struct collect c = { v, names, nnames, suffix_label };

	if (sg_db_query(vf->db, sql, collect_row, &c, err) < 0) {
		violation_free(v);
		vf->n--;
		return -1;
	}
	if (v->count == 0) {
		violation_free(v);
		vf->n--;
	}
	return 0;
}

/* "a" for one column, "(a, b)" for several. */
static void column_list(struct sg_buf *b, char *const *cols, size_t n)
{
	if (n > 1)
		sg_buf_addch(b, '(');
	for (size_t i = 0; i < n; i++)
		sg_buf_addf(b, "%s%s", i ? ", " : "", cols[i]);
	if (n > 1)
		sg_buf_addch(b, ')');
}

static void col_ref(struct verify *vf, struct sg_buf *b, const char *alias, const char *col)
{
	sg_buf_addf(b, "%s.", alias);
	sg_db_quote_ident(vf->db, b, col);
}

/* ORDER BY the n example columns (positions 2..n+1, after the count), so
 * that the examples are the same from run to run. */
static void order_by(struct sg_buf *sql, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sg_buf_addf(sql, "%s%zu", i ? ", " : " ORDER BY ", i + 2);
}

static bool text_like(enum sg_type_class c)
{
	return c == SG_T_CHAR || c == SG_T_VARCHAR || c == SG_T_TEXT || c == SG_T_UUID;
}

/* The example columns: the FK columns, then the child's primary key. */
static size_t example_names(const struct sg_table *t, char *const *first, size_t nfirst,
			    char ***out)
{
	size_t n = 0;

	*out = sg_calloc(nfirst + t->pk.ncols + 1, sizeof(char *));
	for (size_t i = 0; i < nfirst; i++)
		(*out)[n++] = first[i];
	for (size_t i = 0; i < t->pk.ncols; i++) {
		bool dup = false;

		for (size_t j = 0; j < nfirst; j++)
			dup |= !strcmp(first[j], t->pk.columns[i]);
		if (!dup)
			(*out)[n++] = t->pk.columns[i];
	}
	return n;
}

static int check_relation(struct verify *vf, const struct sg_table *t, const struct sg_fk *fk,
			  struct sg_error *err)
{
	const struct sg_table *p = vf->s->tables[fk->ref_index];
	struct sg_buf sql = SG_BUF_INIT, b = SG_BUF_INIT;
	struct violation *v;
	char **names;
	size_t nn;
	int rc;

	for (size_t i = 0; i < fk->ncols; i++)
		if (!sg_table_find_column(t, fk->columns[i]) || !sg_table_find_column(p, fk->ref_columns[i]))
			return 0;
	vf->relations++;
	if (fk->declared)
		vf->declared++;
	else
		vf->inferred++;
	nn = example_names(t, fk->columns, fk->ncols, &names);
	sg_buf_adds(&sql, "SELECT COUNT(*) OVER ()");
	for (size_t i = 0; i < nn; i++) {
		sg_buf_adds(&sql, ", ");
		col_ref(vf, &sql, "c", names[i]);
	}
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(vf->db, &sql, t->name);
	sg_buf_adds(&sql, " c LEFT JOIN ");
	sg_db_quote_table(vf->db, &sql, p->name);
	sg_buf_adds(&sql, " p ON ");
	for (size_t i = 0; i < fk->ncols; i++) {
		const struct sg_column *cc = sg_table_find_column(t, fk->columns[i]);
		const struct sg_column *pc = sg_table_find_column(p, fk->ref_columns[i]);
		/* PostgreSQL has no uuid = text operator: compare such pairs as text */
		bool cast = vf->db->caps->strict_text_ops && cc->cls != pc->cls &&
			    (text_like(cc->cls) || text_like(pc->cls));

		if (i)
			sg_buf_adds(&sql, " AND ");
		col_ref(vf, &sql, "p", fk->ref_columns[i]);
		sg_buf_adds(&sql, cast ? "::text = " : " = ");
		col_ref(vf, &sql, "c", fk->columns[i]);
		if (cast)
			sg_buf_adds(&sql, "::text");
	}
	sg_buf_adds(&sql, " WHERE ");
	for (size_t i = 0; i < fk->ncols; i++) {
		col_ref(vf, &sql, "c", fk->columns[i]);
		sg_buf_adds(&sql, " IS NOT NULL AND ");
	}
	col_ref(vf, &sql, "p", fk->ref_columns[0]);
	sg_buf_adds(&sql, " IS NULL");
	order_by(&sql, nn);
	sg_buf_addf(&sql, " LIMIT %d", EXAMPLES);

	v = new_violation(vf, "orphans", t->name);
	set_columns(v, fk->columns, fk->ncols);
	v->ref_table = sg_strdup(p->name);
	v->declared = fk->declared;
	sg_buf_addf(&b, "%s.", t->name);
	column_list(&b, fk->columns, fk->ncols);
	sg_buf_addf(&b, " -> %s.", p->name);
	column_list(&b, fk->ref_columns, fk->ncols);
	v->subject = sg_buf_detach(&b);
	v->detail = sg_strdup(fk->declared ? "declared" : "inferred");
	rc = run_check(vf, sql.data, names, nn, NULL, err);
	free(names);
	sg_buf_release(&sql);
	return rc;
}

static int check_enum(struct verify *vf, const struct sg_table *t, const struct sg_column *c,
		      struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT, list = SG_BUF_INIT, b = SG_BUF_INIT;
	const struct sg_caps *caps = vf->db->caps;
	char *first = c->name, **names;
	struct violation *v;
	size_t nn;
	int rc;

	vf->enums++;
	nn = example_names(t, &first, 1, &names);
	for (size_t i = 0; i < c->n_enum; i++) {
		if (i)
			sg_buf_adds(&list, ",");
		sg_db_quote_literal(vf->db, &list, c->enum_values[i], strlen(c->enum_values[i]));
	}
	sg_buf_adds(&sql, "SELECT COUNT(*) OVER ()");
	for (size_t i = 0; i < nn; i++) {
		sg_buf_adds(&sql, ", ");
		col_ref(vf, &sql, "c", names[i]);
	}
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(vf->db, &sql, t->name);
	sg_buf_adds(&sql, " c WHERE ");
	col_ref(vf, &sql, "c", c->name);
	sg_buf_adds(&sql, " IS NOT NULL AND ");
	/* MySQL compares an ENUM with strings by its value, under the column's
	 * (usually case-insensitive) collation; a binary cast compares exactly,
	 * as the definition is exact. */
	sg_buf_adds(&sql, caps->exact_open);
	col_ref(vf, &sql, "c", c->name);
	sg_buf_addf(&sql, "%s NOT IN (%s)", caps->exact_close, list.data);
	order_by(&sql, nn);
	sg_buf_addf(&sql, " LIMIT %d", EXAMPLES);

	v = new_violation(vf, "enum", t->name);
	set_columns(v, &first, 1);
	sg_buf_addf(&b, "%s.%s", t->name, c->name);
	v->subject = sg_buf_detach(&b);
	sg_buf_addf(&b, "outside (");
	for (size_t i = 0; i < c->n_enum; i++)
		sg_buf_addf(&b, "%s'%s'", i ? "," : "", c->enum_values[i]);
	sg_buf_adds(&b, ")");
	v->detail = sg_buf_detach(&b);
	rc = run_check(vf, sql.data, names, nn, NULL, err);
	free(names);
	sg_buf_release(&sql);
	sg_buf_release(&list);
	return rc;
}

static int check_unique(struct verify *vf, const struct sg_table *t, const struct sg_key *k,
			struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT, b = SG_BUF_INIT;
	struct violation *v;
	int rc;

	for (size_t i = 0; i < k->ncols; i++)
		if (!sg_table_find_column(t, k->columns[i]))
			return 0; /* an expression index */
	vf->uniques++;
	sg_buf_adds(&sql, "SELECT COUNT(*) OVER ()");
	for (size_t i = 0; i < k->ncols; i++) {
		sg_buf_adds(&sql, ", ");
		col_ref(vf, &sql, "c", k->columns[i]);
	}
	sg_buf_adds(&sql, ", COUNT(*) FROM ");
	sg_db_quote_table(vf->db, &sql, t->name);
	sg_buf_adds(&sql, " c WHERE ");
	for (size_t i = 0; i < k->ncols; i++) {
		if (i)
			sg_buf_adds(&sql, " AND ");
		col_ref(vf, &sql, "c", k->columns[i]);
		sg_buf_adds(&sql, " IS NOT NULL");
	}
	sg_buf_adds(&sql, " GROUP BY ");
	for (size_t i = 0; i < k->ncols; i++) {
		if (i)
			sg_buf_adds(&sql, ", ");
		col_ref(vf, &sql, "c", k->columns[i]);
	}
	sg_buf_adds(&sql, " HAVING COUNT(*) > 1");
	order_by(&sql, k->ncols);
	sg_buf_addf(&sql, " LIMIT %d", EXAMPLES);

	v = new_violation(vf, "duplicates", t->name);
	set_columns(v, k->columns, k->ncols);
	sg_buf_addf(&b, "%s.", t->name);
	column_list(&b, k->columns, k->ncols);
	v->subject = sg_buf_detach(&b);
	sg_buf_addf(&b, "unique key%s%s", k->name ? " " : "", k->name ? k->name : "");
	v->detail = sg_buf_detach(&b);
	rc = run_check(vf, sql.data, k->columns, k->ncols, "rows", err);
	sg_buf_release(&sql);
	return rc;
}

/* Row count and the NULL count of every NOT NULL column, in one statement. */
struct nulls {
	long long *vals;
	size_t n;
};

static int take_nulls(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct nulls *nl = ctx;

	(void)lengths;
	for (int i = 0; i < ncols && (size_t)i < nl->n; i++)
		nl->vals[i] = values[i] ? strtoll(values[i], NULL, 10) : 0;
	return 1;
}

static int check_table(struct verify *vf, const struct sg_table *t, struct sg_error *err)
{
	struct sg_buf sql = SG_BUF_INIT;
	struct nulls nl;
	size_t *idx = sg_calloc(t->ncols + 1, sizeof(size_t)), nidx = 0;
	int rc = -1;

	vf->tables++;
	for (size_t i = 0; i < t->ncols; i++)
		if (!t->columns[i]->nullable && !t->columns[i]->generated)
			idx[nidx++] = i;
	nl.n = nidx + 1;
	nl.vals = sg_calloc(nl.n, sizeof(long long));
	sg_buf_adds(&sql, "SELECT COUNT(*)");
	for (size_t i = 0; i < nidx; i++) {
		sg_buf_adds(&sql, ", SUM(CASE WHEN ");
		col_ref(vf, &sql, "c", t->columns[idx[i]]->name);
		sg_buf_adds(&sql, " IS NULL THEN 1 ELSE 0 END)");
	}
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(vf->db, &sql, t->name);
	sg_buf_adds(&sql, " c");
	if (sg_db_query(vf->db, sql.data, take_nulls, &nl, err) < 0)
		goto out;
	vf->notnull += nidx;
	if (nl.vals[0] == 0) {
		vf->empty++;
		/* the checks below would find nothing; count them as done */
		for (size_t i = 0; i < t->nfks; i++) {
			const struct sg_fk *fk = t->fks[i];

			if (fk->ref_index < 0)
				continue;
			vf->relations++;
			if (fk->declared)
				vf->declared++;
			else
				vf->inferred++;
		}
		for (size_t i = 0; i < t->ncols; i++)
			vf->enums += t->columns[i]->cls == SG_T_ENUM && t->columns[i]->n_enum;
		vf->uniques += t->nuniques;
		rc = 0;
		goto out;
	}
	for (size_t i = 0; i < nidx; i++) {
		struct violation *v;
		struct sg_buf b = SG_BUF_INIT;

		if (!nl.vals[i + 1])
			continue;
		v = new_violation(vf, "not_null", t->name);
		set_columns(v, &t->columns[idx[i]]->name, 1);
		sg_buf_addf(&b, "%s.%s", t->name, t->columns[idx[i]]->name);
		v->subject = sg_buf_detach(&b);
		v->detail = sg_strdup("NOT NULL column");
		v->count = nl.vals[i + 1];
	}
	for (size_t i = 0; i < t->nfks; i++)
		if (t->fks[i]->ref_index >= 0 && check_relation(vf, t, t->fks[i], err) < 0)
			goto out;
	for (size_t i = 0; i < t->ncols; i++) {
		const struct sg_column *c = t->columns[i];

		if (c->cls == SG_T_ENUM && c->n_enum && check_enum(vf, t, c, err) < 0)
			goto out;
	}
	for (size_t i = 0; i < t->nuniques; i++)
		if (check_unique(vf, t, t->uniques[i], err) < 0)
			goto out;
	rc = 0;
out:
	free(nl.vals);
	free(idx);
	sg_buf_release(&sql);
	return rc;
}

static void line_text(const struct violation *v, struct sg_buf *b)
{
	sg_buf_addf(b, "FAIL %s: ", v->subject);
	if (!strcmp(v->kind, "orphans"))
		sg_buf_addf(b, "%lld orphan row%s (%s relation)", v->count, v->count == 1 ? "" : "s",
			    v->detail);
	else if (!strcmp(v->kind, "enum"))
		sg_buf_addf(b, "%lld row%s with a value %s", v->count, v->count == 1 ? "" : "s",
			    v->detail);
	else if (!strcmp(v->kind, "not_null"))
		sg_buf_addf(b, "%lld NULL%s in a NOT NULL column", v->count, v->count == 1 ? "" : "s");
	else
		sg_buf_addf(b, "%lld duplicated value%s under %s", v->count, v->count == 1 ? "" : "s",
			    v->detail);
	for (size_t i = 0; i < v->nexamples; i++)
		sg_buf_addf(b, "%s%s", i ? "; " : ", e.g. ", v->examples[i]);
}

static void checked_text(const struct verify *vf, struct sg_buf *b)
{
	sg_buf_addf(b, "checked %zu tables (%zu empty): %zu relations (%zu declared, %zu inferred), "
		    "%zu enum columns, %zu NOT NULL columns, %zu unique keys",
		    vf->tables, vf->empty, vf->relations, vf->declared, vf->inferred, vf->enums,
		    vf->notnull, vf->uniques);
}

static void print_json(const struct verify *vf)
{
	cJSON *root = cJSON_CreateObject(), *arr = cJSON_CreateArray();
	cJSON *chk = cJSON_CreateObject();
	char *out;

	cJSON_AddNumberToObject(chk, "tables", (double)vf->tables);
	cJSON_AddNumberToObject(chk, "empty_tables", (double)vf->empty);
	cJSON_AddNumberToObject(chk, "relations", (double)vf->relations);
	cJSON_AddNumberToObject(chk, "declared_relations", (double)vf->declared);
	cJSON_AddNumberToObject(chk, "inferred_relations", (double)vf->inferred);
	cJSON_AddNumberToObject(chk, "enum_columns", (double)vf->enums);
	cJSON_AddNumberToObject(chk, "not_null_columns", (double)vf->notnull);
	cJSON_AddNumberToObject(chk, "unique_keys", (double)vf->uniques);
	cJSON_AddItemToObject(root, "checked", chk);
	cJSON_AddNumberToObject(root, "violation_count", (double)vf->n);
	for (size_t i = 0; i < vf->n; i++) {
		const struct violation *v = &vf->v[i];
		cJSON *o = cJSON_CreateObject(), *cols = cJSON_CreateArray(), *ex = cJSON_CreateArray();

		cJSON_AddStringToObject(o, "kind", v->kind);
		cJSON_AddStringToObject(o, "table", v->table);
		for (size_t j = 0; j < v->ncols; j++)
			cJSON_AddItemToArray(cols, cJSON_CreateString(v->columns[j]));
		cJSON_AddItemToObject(o, "columns", cols);
		if (v->ref_table) {
			cJSON_AddStringToObject(o, "references", v->ref_table);
			cJSON_AddBoolToObject(o, "declared", v->declared);
		}
		cJSON_AddStringToObject(o, "subject", v->subject);
		cJSON_AddNumberToObject(o, "count", (double)v->count);
		for (size_t j = 0; j < v->nexamples; j++)
			cJSON_AddItemToArray(ex, cJSON_CreateString(v->examples[j]));
		cJSON_AddItemToObject(o, "examples", ex);
		cJSON_AddItemToArray(arr, o);
	}
	cJSON_AddItemToObject(root, "violations", arr);
	out = cJSON_Print(root);
	cJSON_Delete(root);
	puts(out ? out : "{}");
	free(out);
}

int cmd_verify(int argc, char **argv)
{
	struct sg_error err = { 0 };
	struct sg_argiter it;
	struct sg_namelist only = { 0 };
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct verify vf = { 0 };
	const char *db_flag = NULL, *schema_name = NULL, *v;
	enum sg_format fmt = SG_FMT_TEXT;
	int id, rc = SG_EXIT_OK;

	sg_argiter_init(&it, argc, argv, 1, "verify");
	while ((id = sg_argiter_next(&it, opts, &v, &err)) > 0) {
		switch (id) {
		case O_DB: db_flag = v; break;
		case O_SCHEMA: schema_name = v; break;
		case O_TABLES: sg_namelist_add_csv(&only, v); break;
		case O_FORMAT:
			if (sg_cli_parse_format(v, false, &fmt, &err) < 0)
				goto fail;
			break;
		case O_QUIET: sg_quiet = 1; break;
		case O_HELP: fputs(usage, stdout); goto out;
		}
	}
	if (id < 0 || sg_cli_open(db_flag, schema_name, &db, &schema, &err) < 0)
		goto fail;
	if (only.n) {
		struct sg_table **named = sg_calloc(only.n, sizeof(*named));
		int bad = sg_schema_pick(&schema, only.names, only.n, named, &err);

		free(named);
		if (bad < 0)
			goto fail;
	}
	vf.db = &db;
	vf.s = &schema;
	for (size_t i = 0; i < schema.ntables; i++) {
		if (only.n && !sg_namelist_has(&only, schema.tables[i]->name))
			continue;
		if (check_table(&vf, schema.tables[i], &err) < 0)
			goto fail;
	}
	if (fmt == SG_FMT_JSON) {
		print_json(&vf);
	} else {
		struct sg_buf b = SG_BUF_INIT;

		for (size_t i = 0; i < vf.n; i++) {
			sg_buf_reset(&b);
			line_text(&vf.v[i], &b);
			puts(b.data);
		}
		sg_buf_reset(&b);
		checked_text(&vf, &b);
		puts(b.data);
		printf("%zu violation%s\n", vf.n, vf.n == 1 ? "" : "s");
		sg_buf_release(&b);
	}
	rc = vf.n ? SG_EXIT_CHECK : SG_EXIT_OK;
	goto out;
fail:
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
out:
	for (size_t i = 0; i < vf.n; i++)
		violation_free(&vf.v[i]);
	free(vf.v);
	sg_schema_release(&schema);
	sg_db_close(&db);
	sg_namelist_release(&only);
	return rc;
}
