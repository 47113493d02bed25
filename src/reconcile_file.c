/*
 * reconcile: reading the file -- entries (table, natural key, rows),
 * references {"ref": ..., "by": ...} shared between their uses, and
 * invariants -- into struct rc, checked against the live schema before
 * anything is read from or written to the database.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "seedgen/buf.h"
#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/db.h"
#include "seedgen/guard.h"
#include "seedgen/json.h"
#include "seedgen/valuefit.h"
#include "reconcile_int.h"

/* --- the file -------------------------------------------------------------- */

struct cell *sg_rc_row_cell(const struct row *r, const char *column)
{
	for (size_t i = 0; i < r->ncells; i++)
		if (!strcmp(r->cells[i].col->name, column))
			return &r->cells[i];
	return NULL;
}

static char *key_desc(const struct entry *e, const struct row *r)
{
	struct sg_buf b = SG_BUF_INIT;

	for (size_t k = 0; k < e->nkey; k++) {
		if (k)
			sg_buf_adds(&b, ", ");
		sg_rc_describe_cell(&b, &r->cells[r->key[k]]);
	}
	return sg_buf_detach(&b);
}

static bool needs_value(const struct sg_column *c)
{
	return !c->nullable && !c->default_expr && !c->auto_increment && !c->generated &&
	       !c->identity_always;
}

static int parse_row(struct rc *x, struct entry *e, int ei, size_t ri, const cJSON *rn)
{
	struct row *r = &e->rows[ri];
	char path[96];
	size_t n = 0;

	snprintf(path, sizeof(path), "%s.rows[%zu]", e->path, ri);
	r->node = rn;
	if (!cJSON_IsObject(rn))
		return sg_rc_bad(x, rn, path, "expected a row object {COLUMN: VALUE, ...}, found %s",
				 sg_json_kind(rn));
	for (const cJSON *m = rn->child; m; m = m->next)
		n++;
	r->cells = sg_calloc(n + 1, sizeof(*r->cells));
	r->key = sg_calloc(e->nkey + 1, sizeof(*r->key));
	for (const cJSON *m = rn->child; m; m = m->next) {
		const struct sg_column *c = sg_table_find_column(e->t, m->string);
		char vpath[400];

		snprintf(vpath, sizeof(vpath), "%s.%s", path, m->string);
		if (!c)
			return sg_rc_unknown_column(x, m, path, e->t, m->string);
		if (sg_rc_row_cell(r, c->name))
			return sg_rc_bad(x, m, vpath, "column '%s' is given twice in this row", c->name);
		if (c->generated)
			return sg_rc_bad(x, m, vpath, "column '%s.%s' is generated: the server computes it and "
					 "it cannot be written", e->t->name, c->name);
		if (c->identity_always)
			return sg_rc_bad(x, m, vpath, "column '%s.%s' is GENERATED ALWAYS AS IDENTITY: the "
					 "server numbers it and it cannot be written", e->t->name, c->name);
		if (sg_rc_parse_value(x, e->t, c, m, vpath, ei, &r->cells[r->ncells]) < 0)
			return -1;
		r->ncells++;
	}
	for (size_t k = 0; k < e->nkey; k++) {
		struct cell *c = sg_rc_row_cell(r, e->key[k]->name);

		if (!c)
			return sg_rc_bad(x, rn, path, "the row lacks key column '%s' (every row of '%s' needs "
					 "its whole key)", e->key[k]->name, e->t->name);
		if (!c->text && !c->ref)
			return sg_rc_bad(x, c->node, path, "key column '%s' is null; a natural key needs a value",
					 c->col->name);
		r->key[k] = (int)(c - r->cells);
	}
	for (size_t i = 0; i < e->t->ncols; i++) {
		const struct sg_column *c = e->t->columns[i];

		if (needs_value(c) && !sg_rc_row_cell(r, c->name)) {
			char *kd = key_desc(e, r);

			sg_rc_bad(x, rn, path, "column '%s.%s' is NOT NULL without a default, and the row "
				  "(%s) does not give it", e->t->name, c->name, kd);
			free(kd);
			return -1;
		}
	}
	return 0;
}

static char *key_string(const struct entry *e, const struct row *r)
{
	struct sg_buf b = SG_BUF_INIT;

	for (size_t k = 0; k < e->nkey; k++) {
		sg_buf_adds(&b, r->cells[r->key[k]].canon);
		sg_buf_addch(&b, '\x1f');
	}
	return sg_buf_detach(&b);
}

struct keyed {
	char *key;
	size_t row;
};

static int cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c ? c : (x->row > y->row) - (x->row < y->row);
}

/* Two rows with the same key would be one row twice: refuse. */
static int check_duplicates(struct rc *x, struct entry *e)
{
	struct keyed *ks = sg_calloc(e->nrows + 1, sizeof(*ks));
	int rc = 0;

	for (size_t i = 0; i < e->nrows; i++) {
		ks[i].key = key_string(e, &e->rows[i]);
		ks[i].row = i;
	}
	qsort(ks, e->nrows, sizeof(*ks), cmp_keyed);
	for (size_t i = 1; i < e->nrows && !rc; i++) {
		if (!strcmp(ks[i].key, ks[i - 1].key)) {
			char path[64], *kd = key_desc(e, &e->rows[ks[i].row]);

			snprintf(path, sizeof(path), "%s.rows[%zu]", e->path, ks[i].row);
			rc = sg_rc_bad(x, e->rows[ks[i].row].node, path, "duplicate row: rows[%zu] has the same "
				       "key (%s)", ks[i - 1].row, kd);
			free(kd);
		}
	}
	for (size_t i = 0; i < e->nrows; i++)
		free(ks[i].key);
	free(ks);
	return rc;
}

static int parse_key(struct rc *x, struct entry *e, const cJSON *jkey)
{
	char path[64];
	size_t n = 0;

	snprintf(path, sizeof(path), "%s.key", e->path);
	if (!jkey) {
		/* Without "key": the table's one unique key, else a primary key
		 * whose values the rows give (not numbered by the server). */
		const struct sg_key *k = e->t->nuniques == 1 ? e->t->uniques[0] : NULL;

		if (!e->t->nuniques && e->t->pk.ncols) {
			k = &e->t->pk;
			for (size_t i = 0; k && i < k->ncols; i++) {
				const struct sg_column *c = sg_table_find_column(e->t, k->columns[i]);

				if (!c || c->auto_increment || c->default_expr)
					k = NULL;
			}
		}
		if (!k)
			return sg_rc_bad(x, e->node, e->path, "\"key\" is missing, and table '%s' has %s; name "
					 "the natural key columns (\"key\": [\"COLUMN\", ...])", e->t->name,
					 e->t->nuniques > 1 ? "more than one unique key" :
					 "no unique key besides a primary key the server numbers");
		e->key = sg_calloc(k->ncols, sizeof(*e->key));
		for (size_t i = 0; i < k->ncols; i++)
			e->key[e->nkey++] = sg_table_find_column(e->t, k->columns[i]);
		return 0;
	}
	if (cJSON_IsString(jkey)) {
		n = 1;
	} else if (cJSON_IsArray(jkey) && jkey->child) {
		for (const cJSON *k = jkey->child; k; k = k->next)
			n++;
	} else {
		return sg_rc_bad(x, jkey, path, "expected the natural key's columns [\"COLUMN\", ...], found %s",
				 cJSON_IsArray(jkey) ? "an empty array" : sg_json_kind(jkey));
	}
	e->key = sg_calloc(n, sizeof(*e->key));
	for (const cJSON *k = cJSON_IsString(jkey) ? jkey : jkey->child; k && e->nkey < n; k = k->next) {
		const struct sg_column *c;

		if (!cJSON_IsString(k))
			return sg_rc_bad(x, k, path, "expected a column name, found %s", sg_json_kind(k));
		if (!(c = sg_table_find_column(e->t, k->valuestring)))
			return sg_rc_unknown_column(x, k, path, e->t, k->valuestring);
		for (size_t i = 0; i < e->nkey; i++)
			if (e->key[i] == c)
				return sg_rc_bad(x, k, path, "column '%s' is named twice", c->name);
		if (c->cls == SG_T_JSON)
			return sg_rc_bad(x, k, path, "column '%s.%s' holds JSON and cannot be part of a natural "
					 "key", e->t->name, c->name);
		e->key[e->nkey++] = c;
	}
	return 0;
}

static int parse_invariant(struct rc *x, struct invariant *v, const cJSON *n, size_t i)
{
	static const char *const keys[] = { "name", "table", "min_rows", "where", "require",
					    "comment", NULL };
	const cJSON *name = cJSON_GetObjectItemCaseSensitive(n, "name");
	const cJSON *table = cJSON_GetObjectItemCaseSensitive(n, "table");
	const cJSON *min = cJSON_GetObjectItemCaseSensitive(n, "min_rows");
	const cJSON *where = cJSON_GetObjectItemCaseSensitive(n, "where");
	const cJSON *req = cJSON_GetObjectItemCaseSensitive(n, "require");
	const cJSON *conds;
	char path[96];
	size_t nc = 0;

	snprintf(v->path, sizeof(v->path), "invariants[%zu]", i);
	v->node = n;
	v->min_rows = -1;
	if (!cJSON_IsObject(n))
		return sg_rc_bad(x, n, v->path, "expected an invariant object, found %s", sg_json_kind(n));
	if (sg_rc_known_keys(x, n, v->path, keys) < 0)
		return -1;
	if (!cJSON_IsString(name) || !*name->valuestring)
		return sg_rc_bad(x, name ? name : n, v->path, "every invariant needs a \"name\" (a string)");
	v->name = sg_strdup(name->valuestring);
	snprintf(path, sizeof(path), "%s.table", v->path);
	if (!table)
		return sg_rc_bad(x, n, v->path, "invariant '%s' needs a \"table\"", v->name);
	if (!(v->t = sg_rc_find_table(x, table, path)))
		return -1;
	if (!min == !req)
		return sg_rc_bad(x, n, v->path, "invariant '%s' needs exactly one of \"min_rows\" (a count) "
				 "and \"require\" (a row that must exist)", v->name);
	if (where && !min)
		return sg_rc_bad(x, where, v->path, "\"where\" goes with \"min_rows\"; \"require\" names the "
				 "row itself");
	if (min) {
		snprintf(path, sizeof(path), "%s.min_rows", v->path);
		if (!cJSON_IsNumber(min) || min->valuedouble != floor(min->valuedouble) ||
		    min->valuedouble < 0 || min->valuedouble > 1e15)
			return sg_rc_bad(x, min, path, "expected a whole number of rows, found %s",
					 cJSON_IsNumber(min) ? "a number out of range" : sg_json_kind(min));
		v->min_rows = (long long)min->valuedouble;
	}
	conds = min ? where : req;
	snprintf(path, sizeof(path), "%s.%s", v->path, min ? "where" : "require");
	if (!conds)
		return 0;
	if (!cJSON_IsObject(conds) || (req && !conds->child))
		return sg_rc_bad(x, conds, path, "expected an object of COLUMN: VALUE, found %s",
				 cJSON_IsObject(conds) ? "an empty object" : sg_json_kind(conds));
	for (const cJSON *m = conds->child; m; m = m->next)
		nc++;
	v->conds = sg_calloc(nc + 1, sizeof(*v->conds));
	for (const cJSON *m = conds->child; m; m = m->next) {
		const struct sg_column *c = sg_table_find_column(v->t, m->string);
		char vpath[400];

		snprintf(vpath, sizeof(vpath), "%s.%s", path, m->string);
		if (!c)
			return sg_rc_unknown_column(x, m, path, v->t, m->string);
		if (sg_rc_parse_value(x, v->t, c, m, vpath, -1, &v->conds[v->nconds]) < 0)
			return -1;
		v->nconds++;
	}
	return 0;
}

int sg_rc_parse_file(struct rc *x)
{
	static const char *const top_keys[] = { "tables", "invariants", "comment", NULL };
	static const char *const entry_keys[] = { "table", "key", "rows", "comment", NULL };
	const cJSON *root = x->doc->root, *tables, *invs;
	size_t n = 0;

	if (!cJSON_IsObject(root))
		return sg_rc_bad(x, root, "(top)", "expected an object {\"tables\": [...], \"invariants\": "
				 "[...]}, found %s", sg_json_kind(root));
	if (sg_rc_known_keys(x, root, "(top)", top_keys) < 0)
		return -1;
	tables = cJSON_GetObjectItemCaseSensitive(root, "tables");
	invs = cJSON_GetObjectItemCaseSensitive(root, "invariants");
	if (!tables)
		return sg_rc_bad(x, root, "(top)", "\"tables\" is missing: the list of tables and their rows");
	if (!cJSON_IsArray(tables))
		return sg_rc_bad(x, tables, "tables", "expected an array of {\"table\", \"key\", \"rows\"}, "
				 "found %s", sg_json_kind(tables));
	for (const cJSON *t = tables->child; t; t = t->next)
		n++;
	x->entries = sg_calloc(n + 1, sizeof(*x->entries));

	/* First every entry's table, so that references can name later ones. */
	for (const cJSON *jt = tables->child; jt; jt = jt->next) {
		struct entry *e = &x->entries[x->nentries];
		const cJSON *name = cJSON_GetObjectItemCaseSensitive(jt, "table");
		char path[64];

		snprintf(e->path, sizeof(e->path), "tables[%zu]", x->nentries);
		e->node = jt;
		if (!cJSON_IsObject(jt))
			return sg_rc_bad(x, jt, e->path, "expected {\"table\", \"key\", \"rows\"}, found %s",
					 sg_json_kind(jt));
		if (sg_rc_known_keys(x, jt, e->path, entry_keys) < 0)
			return -1;
		if (!name)
			return sg_rc_bad(x, jt, e->path, "\"table\" is missing");
		snprintf(path, sizeof(path), "%s.table", e->path);
		if (!(e->t = sg_rc_find_table(x, name, path)))
			return -1;
		for (size_t i = 0; i < x->nentries; i++)
			if (x->entries[i].t == e->t)
				return sg_rc_bad(x, name, path, "table '%s' is listed twice (also tables[%zu]); "
						 "put its rows in one list", e->t->name, i);
		x->nentries++;
	}
	for (size_t i = 0; i < x->nentries; i++) {
		struct entry *e = &x->entries[i];
		const cJSON *rows = cJSON_GetObjectItemCaseSensitive(e->node, "rows");
		char path[64];
		size_t nr = 0;

		if (parse_key(x, e, cJSON_GetObjectItemCaseSensitive(e->node, "key")) < 0)
			return -1;
		snprintf(path, sizeof(path), "%s.rows", e->path);
		if (!rows)
			return sg_rc_bad(x, e->node, e->path, "\"rows\" is missing");
		if (!cJSON_IsArray(rows))
			return sg_rc_bad(x, rows, path, "expected an array of rows, found %s", sg_json_kind(rows));
		for (const cJSON *r = rows->child; r; r = r->next)
			nr++;
		e->rows = sg_calloc(nr + 1, sizeof(*e->rows));
		for (const cJSON *r = rows->child; r; r = r->next) {
			size_t ri = e->nrows++;

			if (parse_row(x, e, (int)i, ri, r) < 0)
				return -1;
		}
		if (check_duplicates(x, e) < 0)
			return -1;
	}
	if (!invs)
		return 0;
	if (!cJSON_IsArray(invs))
		return sg_rc_bad(x, invs, "invariants", "expected an array of invariants, found %s",
				 sg_json_kind(invs));
	n = 0;
	for (const cJSON *v = invs->child; v; v = v->next)
		n++;
	x->invs = sg_calloc(n + 1, sizeof(*x->invs));
	for (const cJSON *v = invs->child; v; v = v->next) {
		size_t i = x->ninvs++;

		if (parse_invariant(x, &x->invs[i], v, i) < 0)
			return -1;
	}
	return 0;
}
