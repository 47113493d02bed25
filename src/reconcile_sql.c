/*
 * reconcile: the SQL. Rows are looked up by their key set-based (one
 * SELECT per chunk, with the server's own comparison rules), references
 * resolved, the plan counted; sg_rc_apply() is the only function that writes:
 * missing rows inserted and, with --update, differing non-key values
 * updated, all in one transaction.
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

/* --- SQL ------------------------------------------------------------------- */

/* The cell's value now: false while it is a reference not resolved. */
static bool cell_value(const struct cell *c, const char **text)
{
	if (!c->ref) {
		*text = c->text;
		return true;
	}
	*text = c->ref->value;
	return c->ref->state == REF_FOUND;
}

static void add_literal(struct rc *x, struct sg_buf *b, const char *text)
{
	if (text)
		sg_db_quote_literal(x->db, b, text, strlen(text));
	else
		sg_buf_adds(b, "NULL");
}

/* A NULL-safe "the column holds this value", for --update; JSON is
 * compared as JSON where the server can (sg_db_same). */
static void add_same(struct rc *x, struct sg_buf *b, const struct cell *c)
{
	struct sg_buf col = SG_BUF_INIT, lit = SG_BUF_INIT;
	const char *text;

	cell_value(c, &text);
	sg_db_quote_ident(x->db, &col, c->col->name);
	if (text)
		add_literal(x, &lit, text);
	sg_db_same(x->db, b, c->col->cls, col.data, text ? lit.data : NULL);
	sg_buf_release(&col);
	sg_buf_release(&lit);
}

/* "col = value" (or IS NULL): the lookup of a key, a "by", a "where";
 * indexable. JSON is compared as JSON. */
void sg_rc_add_match(struct rc *x, struct sg_buf *b, const struct cell *c)
{
	const char *text;

	if (c->col->cls == SG_T_JSON) {
		add_same(x, b, c);
		return;
	}
	cell_value(c, &text);
	sg_db_quote_ident(x->db, b, c->col->name);
	if (!text) {
		sg_buf_adds(b, " IS NULL");
		return;
	}
	sg_buf_adds(b, " = ");
	add_literal(x, b, text);
}

static void add_key_cond(struct rc *x, struct sg_buf *b, const struct entry *e,
			 const struct row *r)
{
	sg_buf_addch(b, '(');
	for (size_t k = 0; k < e->nkey; k++) {
		if (k)
			sg_buf_adds(b, " AND ");
		sg_rc_add_match(x, b, &r->cells[r->key[k]]);
	}
	sg_buf_addch(b, ')');
}

static bool is_key(const struct entry *e, const struct row *r, size_t ci)
{
	for (size_t k = 0; k < e->nkey; k++)
		if ((size_t)r->key[k] == ci)
			return true;
	return false;
}

/* Appends "every non-key value of the row is already there"; false (and
 * nothing appended) when the row has no non-key value. */
static bool add_all_same(struct rc *x, struct sg_buf *b, const struct entry *e,
			 const struct row *r)
{
	bool any = false;

	for (size_t i = 0; i < r->ncells; i++) {
		if (is_key(e, r, i))
			continue;
		sg_buf_adds(b, any ? " AND " : "(");
		add_same(x, b, &r->cells[i]);
		any = true;
	}
	if (any)
		sg_buf_addch(b, ')');
	return any;
}

struct lookup {
	struct entry *e;
	size_t *idx;       /* row index of each chunk position */
	size_t n;
};

static int lookup_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct lookup *l = ctx;
	char *end;
	long i;

	(void)lengths;
	if (ncols < 1 || !values[0])
		return 0;
	i = strtol(values[0], &end, 10);
	if (*end || i < 0 || (size_t)i >= l->n)
		return 0;
	l->e->rows[l->idx[i]].present = true;
	if (ncols > 1 && values[1] && values[1][0] == '1')
		l->e->rows[l->idx[i]].differs = true;
	return 0;
}

/* Looks rows up by their key, CHUNK_ROWS at a time, with the server's own
 * comparison (collation, type coercion):
 *   SELECT CASE WHEN k0 THEN 0 WHEN k1 THEN 1 ... END,
 *          CASE WHEN k0 THEN <differs0> ... END      -- with --update
 *   FROM t WHERE k0 OR k1 ...
 * Only rows with want[i] set are looked up. */
static int lookup(struct rc *x, struct entry *e, const bool *want)
{
	struct lookup l = { e, sg_calloc(CHUNK_ROWS, sizeof(size_t)), 0 };
	struct sg_buf sql = SG_BUF_INIT, same = SG_BUF_INIT;
	struct sg_buf *conds = sg_calloc(CHUNK_ROWS, sizeof(*conds));
	size_t next = 0;
	int rc = 0;

	while (next < e->nrows && !rc) {
		l.n = 0;
		for (; next < e->nrows && l.n < CHUNK_ROWS; next++) {
			if (!want[next])
				continue;
			sg_buf_reset(&conds[l.n]);
			add_key_cond(x, &conds[l.n], e, &e->rows[next]);
			l.idx[l.n++] = next;
		}
		if (!l.n)
			break;
		sg_buf_reset(&sql);
		sg_buf_adds(&sql, "SELECT CASE");
		for (size_t i = 0; i < l.n; i++)
			sg_buf_addf(&sql, " WHEN %s THEN %zu", conds[i].data, i);
		sg_buf_adds(&sql, " END");
		if (x->update) {
			sg_buf_adds(&sql, ", CASE");
			for (size_t i = 0; i < l.n; i++) {
				const struct row *r = &e->rows[l.idx[i]];

				sg_buf_addf(&sql, " WHEN %s THEN ", conds[i].data);
				sg_buf_reset(&same);
				/* A value waiting for a row still to add cannot be there. */
				if (r->value_pending)
					sg_buf_adds(&sql, "1");
				else if (add_all_same(x, &same, e, r))
					sg_buf_addf(&sql, "CASE WHEN %s THEN 0 ELSE 1 END", same.data);
				else
					sg_buf_adds(&sql, "0");
			}
			sg_buf_adds(&sql, " END");
		}
		sg_buf_adds(&sql, " FROM ");
		sg_db_quote_table(x->db, &sql, e->t->name);
		sg_buf_adds(&sql, " WHERE ");
		for (size_t i = 0; i < l.n; i++)
			sg_buf_addf(&sql, "%s%s", i ? " OR " : "", conds[i].data);
		rc = sg_db_query(x->db, sql.data, lookup_row, &l, x->err);
	}
	for (size_t i = 0; i < CHUNK_ROWS; i++)
		sg_buf_release(&conds[i]);
	free(conds);
	sg_buf_release(&sql);
	sg_buf_release(&same);
	free(l.idx);
	return rc;
}

/* Does a row the file adds (or, with --update, changes) have these values? */
bool sg_rc_file_adds(const struct rc *x, const struct entry *e, const struct cell *conds,
		     size_t n, long long *count)
{
	long long found = 0;

	for (size_t i = 0; i < e->nrows; i++) {
		const struct row *r = &e->rows[i];
		bool all = true;

		if (r->present && !(x->update && r->differs))
			continue;
		for (size_t j = 0; j < n && all; j++) {
			const struct cell *c = sg_rc_row_cell(r, conds[j].col->name);

			all = c && !strcmp(c->canon, conds[j].canon);
		}
		if (all && !r->present)
			found++;
		if (all && !count)
			return true;
	}
	if (count)
		*count = found;
	return found > 0;
}

struct first_two {
	int rows;
	char *value;
};

static int take_two(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct first_two *f = ctx;

	if (++f->rows == 1 && ncols > 0 && values[0])
		f->value = sg_strndup(values[0], lengths[0]);
	return f->rows >= 2;
}

/* Looks the reference up: REF_FOUND, REF_PENDING (the row is one this
 * file adds; only while planning) or REF_MISSING. Two matching rows are
 * an error: a reference must name one row. */
int sg_rc_resolve(struct rc *x, struct ref *r, bool planning)
{
	struct sg_buf sql = SG_BUF_INIT;
	struct first_two f = { 0, NULL };

	sg_buf_adds(&sql, "SELECT ");
	sg_db_quote_ident(x->db, &sql, r->target->name);
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(x->db, &sql, r->t->name);
	sg_buf_adds(&sql, " WHERE ");
	for (size_t i = 0; i < r->nby; i++) {
		if (i)
			sg_buf_adds(&sql, " AND ");
		sg_rc_add_match(x, &sql, &r->by[i]);
	}
	sg_buf_adds(&sql, " LIMIT 2");
	if (sg_db_query(x->db, sql.data, take_two, &f, x->err) < 0) {
		sg_buf_release(&sql);
		free(f.value);
		return -1;
	}
	sg_buf_release(&sql);
	free(r->value);
	r->value = NULL;
	if (f.rows >= 2) {
		free(f.value);
		return sg_rc_bad(x, r->node, r->path, "reference %s matches more than one row of '%s'; "
				 "\"by\" must name exactly one", r->desc, r->t->name);
	}
	if (f.rows == 1) {
		r->state = REF_FOUND;
		r->value = f.value;
	} else if (planning && r->entry >= 0 &&
		   sg_rc_file_adds(x, &x->entries[r->entry], r->by, r->nby, NULL)) {
		r->state = REF_PENDING;
	} else {
		r->state = REF_MISSING;
	}
	return 0;
}

/* Resolves the references of an entry's rows and marks the rows whose key
 * or values wait for a row still to be added. */
static int resolve_rows(struct rc *x, struct entry *e, bool planning)
{
	for (size_t i = 0; i < e->nrows; i++) {
		struct row *r = &e->rows[i];

		r->key_pending = r->value_pending = false;
		for (size_t j = 0; j < r->ncells; j++) {
			struct ref *ref = r->cells[j].ref;

			if (!ref)
				continue;
			if ((ref->state == REF_OPEN || (!planning && ref->state == REF_PENDING)) &&
			    sg_rc_resolve(x, ref, planning) < 0)
				return -1;
			if (ref->state == REF_MISSING) {
				char path[400];

				snprintf(path, sizeof(path), "%s.rows[%zu].%s", e->path, i,
					 r->cells[j].col->name);
				return sg_rc_bad(x, r->cells[j].node, path, "no row of '%s' matches the reference "
						 "%s, and this file does not add one", ref->t->name, ref->desc);
			}
			if (ref->state == REF_PENDING) {
				if (is_key(e, r, j))
					r->key_pending = true;
				else
					r->value_pending = true;
			}
		}
	}
	return 0;
}

static void count_rows(struct entry *e)
{
	e->present = e->differ = 0;
	for (size_t i = 0; i < e->nrows; i++) {
		e->present += e->rows[i].present;
		e->differ += e->rows[i].present && e->rows[i].differs;
	}
	e->missing = (long long)e->nrows - e->present;
}

/* The plan: for each table in order, its references, then which rows are
 * there (and, with --update, differ). Reads only. A row whose key waits
 * for a row still to add cannot be there yet: it counts as missing. */
int sg_rc_plan(struct rc *x)
{
	for (size_t i = 0; i < x->nentries; i++) {
		struct entry *e = &x->entries[i];
		bool *want = sg_calloc(e->nrows + 1, sizeof(*want));
		int rc;

		if (resolve_rows(x, e, true) < 0) {
			free(want);
			return -1;
		}
		for (size_t j = 0; j < e->nrows; j++) {
			e->rows[j].present = e->rows[j].differs = false;
			want[j] = !e->rows[j].key_pending;
		}
		rc = lookup(x, e, want);
		free(want);
		if (rc < 0)
			return -1;
		count_rows(e);
	}
	return 0;
}

static int insert_missing(struct rc *x, struct entry *e)
{
	bool *use = sg_calloc(e->t->ncols + 1, sizeof(*use));
	struct sg_buf head = SG_BUF_INIT, sql = SG_BUF_INIT;
	size_t pending = 0;
	int rc = 0;

	for (size_t i = 0; i < e->nrows; i++)
		if (!e->rows[i].present)
			for (size_t j = 0; j < e->rows[i].ncells; j++)
				use[e->rows[i].cells[j].ci] = true;
	sg_buf_adds(&head, "INSERT INTO ");
	sg_db_quote_table(x->db, &head, e->t->name);
	sg_buf_adds(&head, " (");
	for (size_t c = 0, n = 0; c < e->t->ncols; c++) {
		if (!use[c])
			continue;
		if (n++)
			sg_buf_adds(&head, ", ");
		sg_db_quote_ident(x->db, &head, e->t->columns[c]->name);
	}
	sg_buf_adds(&head, ") VALUES ");

	for (size_t i = 0; i <= e->nrows && !rc; i++) {
		long long affected = 0;

		if (i < e->nrows) {
			struct row *r = &e->rows[i];

			if (r->present)
				continue;
			sg_buf_adds(&sql, pending ? ", (" : "(");
			for (size_t c = 0, n = 0; c < e->t->ncols; c++) {
				const struct cell *cell = NULL;
				const char *text;

				if (!use[c])
					continue;
				if (n++)
					sg_buf_adds(&sql, ", ");
				for (size_t j = 0; j < r->ncells && !cell; j++)
					if (r->cells[j].ci == (int)c)
						cell = &r->cells[j];
				if (!cell) {
					sg_buf_adds(&sql, "DEFAULT");
					continue;
				}
				if (!cell_value(cell, &text)) {
					rc = sg_error_set(x->err, SG_EXIT_USAGE, "cannot insert into '%s': "
							  "reference %s is not resolved", e->t->name,
							  cell->ref->desc);
					break;
				}
				add_literal(x, &sql, text);
			}
			sg_buf_addch(&sql, ')');
			pending++;
			if (pending < CHUNK_ROWS && sql.len < CHUNK_BYTES)
				continue;
		}
		if (!pending || rc)
			continue;
		{
			struct sg_buf stmt = SG_BUF_INIT;

			sg_buf_adds(&stmt, head.data);
			sg_buf_adds(&stmt, sql.data);
			rc = sg_db_exec_affected(x->db, stmt.data, &affected, x->err);
			sg_buf_release(&stmt);
		}
		e->inserted += affected;
		pending = 0;
		sg_buf_reset(&sql);
	}
	if (!rc)
		for (size_t i = 0; i < e->nrows; i++)
			e->rows[i].present = true;
	free(use);
	sg_buf_release(&head);
	sg_buf_release(&sql);
	return rc;
}

/* UPDATE t SET <non-key values> WHERE <key> AND NOT <all the same>: the
 * server decides what differs, and the affected count is what changed. */
static int update_differing(struct rc *x, struct entry *e)
{
	struct sg_buf sql = SG_BUF_INIT;
	int rc = 0;

	for (size_t i = 0; i < e->nrows && !rc; i++) {
		struct row *r = &e->rows[i];
		long long affected = 0;
		bool any = false;

		if (!r->present || !r->differs)
			continue;
		sg_buf_reset(&sql);
		sg_buf_adds(&sql, "UPDATE ");
		sg_db_quote_table(x->db, &sql, e->t->name);
		sg_buf_adds(&sql, " SET ");
		for (size_t j = 0; j < r->ncells; j++) {
			const char *text;

			if (is_key(e, r, j))
				continue;
			if (any)
				sg_buf_adds(&sql, ", ");
			sg_db_quote_ident(x->db, &sql, r->cells[j].col->name);
			sg_buf_adds(&sql, " = ");
			cell_value(&r->cells[j], &text);
			add_literal(x, &sql, text);
			any = true;
		}
		if (!any)
			continue;
		sg_buf_adds(&sql, " WHERE ");
		add_key_cond(x, &sql, e, r);
		sg_buf_adds(&sql, " AND NOT ");
		add_all_same(x, &sql, e, r);
		rc = sg_db_exec_affected(x->db, sql.data, &affected, x->err);
		e->updated += affected;
	}
	sg_buf_release(&sql);
	return rc;
}

/* The only function that writes: begin, plan inside the transaction (so
 * that the rows it counts are the rows it writes against), insert, update,
 * commit; on any error, roll back. */
int sg_rc_apply(struct rc *x)
{
	struct sg_config cfg = { 0 };
	struct sg_guard guard;

	/* The production guard, before the transaction starts: config
	 * environments from $SEEDGEN_CONFIG or --config, SEEDGEN_ENV, --env. */
	if (sg_config_load(&cfg, sg_guard_config_path(x->config), NULL, x->err) < 0)
		return -1;
	sg_guard_classify(&guard, &cfg, &x->db->url, x->env);
	sg_config_release(&cfg);
	if (sg_guard_write(&guard, "reconcile", x->allow_production, false, x->err) < 0)
		return -1;
	if (sg_db_begin(x->db, x->err) < 0)
		return -1;
	if (sg_rc_plan(x) < 0)
		goto fail;
	for (size_t i = 0; i < x->nentries; i++) {
		struct entry *e = &x->entries[i];
		bool *want = sg_calloc(e->nrows + 1, sizeof(*want));
		bool again = false;
		int rc;

		/* References to rows inserted just before resolve now; a row
		 * whose key waited for them is looked up again. */
		for (size_t j = 0; j < e->nrows; j++)
			again |= want[j] = e->rows[j].key_pending;
		rc = resolve_rows(x, e, false);
		if (!rc && again)
			rc = lookup(x, e, want);
		free(want);
		if (rc < 0)
			goto fail;
		count_rows(e);
		if (insert_missing(x, e) < 0)
			goto fail;
		if (x->update && update_differing(x, e) < 0)
			goto fail;
	}
	if (sg_db_commit(x->db, x->err) < 0)
		goto fail;
	return 0;
fail:
	sg_db_rollback(x->db);
	return -1;
}
