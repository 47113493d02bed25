/*
 * CHECK constraints at seeding time (see include/seedgen/check_filter.h):
 * classification of a table's CHECKs into modelled and server-filtered,
 * the dry-run lines, the server filter that lets the database evaluate
 * its own constraint text over candidate rows, and the per-table guard
 * the engine asks about each row or about a batch of rows.
 *
 * The filter never tests the dialect: quoting comes from sg_db_quote_*,
 * casts from the column's udt_name (a server type name; drivers set it
 * where literals need one), numbers are written bare so that servers
 * without such names compare them as numbers.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/check_expr.h"
#include "seedgen/check_filter.h"
#include "seedgen/hashset.h"

bool sg_check_backslash(struct sg_db *db)
{
	struct sg_buf b = SG_BUF_INIT;
	bool r;

	if (!db || !db->drv)
		return false;
	sg_db_quote_literal(db, &b, "\\", 1);
	r = strstr(sg_buf_str(&b), "\\\\") != NULL;
	sg_buf_release(&b);
	return r;
}

static bool classify_one(const struct sg_table *t, const struct sg_check *c, bool backslash,
			 const char **why)
{
	struct sg_cx *e = sg_cx_parse(c->expr, backslash);
	bool ok = sg_cx_modelled(e, t, why);

	sg_cx_free(e);
	return ok;
}

bool sg_check_modelled(const struct sg_table *t, const struct sg_check *c, bool backslash)
{
	return classify_one(t, c, backslash, NULL);
}

size_t sg_check_classify(const struct sg_table *t, bool backslash, struct sg_check_class **out)
{
	*out = sg_calloc(t->nchecks ? t->nchecks : 1, sizeof(**out));
	for (size_t i = 0; i < t->nchecks; i++) {
		(*out)[i].check = t->checks[i];
		(*out)[i].why = NULL;
		(*out)[i].modelled = classify_one(t, t->checks[i], backslash, &(*out)[i].why);
		if ((*out)[i].modelled)
			(*out)[i].why = NULL;
	}
	return t->nchecks;
}

void sg_check_print(FILE *out, const struct sg_table *t, bool backslash)
{
	struct sg_check_class *cl;
	size_t n = sg_check_classify(t, backslash, &cl), nm = 0;

	for (size_t i = 0; i < n; i++)
		nm += cl[i].modelled;
	if (n)
		fprintf(out, "  checks: %zu modelled, %zu filtered by the server\n", nm, n - nm);
	for (size_t i = 0; i < n; i++)
		fprintf(out, "    %s %s: %s%s%s\n", cl[i].modelled ? "modelled" : "filtered",
			cl[i].check->name ? cl[i].check->name : "(unnamed)", cl[i].check->expr,
			cl[i].modelled ? "" : " -- ", cl[i].modelled ? "" : cl[i].why);
	free(cl);
}

/* --- the server filter ----------------------------------------------------------- */

/* The CHECK's condition without "CHECK" and PostgreSQL's "NOT VALID". */
static void condition(const char *expr, struct sg_buf *out)
{
	const char *p = expr, *end;

	while (*p == ' ')
		p++;
	if (!strncasecmp(p, "check", 5) && (p[5] == ' ' || p[5] == '('))
		p += 5;
	end = p + strlen(p);
	while (end > p && end[-1] == ' ')
		end--;
	if (end - p >= 9 && !strncasecmp(end - 9, "NOT VALID", 9))
		end -= 9;
	sg_buf_add(out, p, (size_t)(end - p));
}

static bool plain_number(const char *v, size_t len)
{
	char *end;

	if (!len || len > 60)
		return false;
	strtod(v, &end);
	return end == v + len && v[0] != '+' && v[0] != '.' && (v[0] != '-' || len > 1);
}

static bool numeric_class(enum sg_type_class c)
{
	return c == SG_T_INT || c == SG_T_DECIMAL || c == SG_T_FLOAT || c == SG_T_DOUBLE ||
	       c == SG_T_YEAR;
}

/* One column of one row as a literal of the column's type. */
static void add_value(struct sg_db *db, struct sg_buf *q, const struct sg_column *c,
		      const struct sg_row *row, size_t col)
{
	size_t len;
	const char *v = sg_row_get(row, col, &len);

	if (c->udt_name)
		sg_buf_adds(q, "CAST(");
	if (!v)
		sg_buf_adds(q, "NULL");
	else if (numeric_class(c->cls) && plain_number(v, len))
		sg_buf_add(q, v, len);
	else
		sg_db_quote_literal(db, q, v, len);
	if (c->udt_name) {
		sg_buf_adds(q, " AS ");
		sg_db_quote_ident(db, q, c->udt_name);
		sg_buf_addch(q, ')');
	}
}

/* Rows per query as a chain of UNION ALL SELECTs: its planning time on
 * PostgreSQL grows with the square of its length (256 rows: ~15 ms, 32:
 * ~0.3 ms). A VALUES list after the first SELECT does not (256 rows:
 * ~0.5 ms) and goes in one query, where the server takes it: PostgreSQL
 * and MariaDB do, MySQL 8 wants its rows spelled ROW(...). */
#define FILTER_CHUNK 32
#define VALUES_PROBE "SELECT sg_v.a FROM (SELECT 0 AS a UNION ALL VALUES (1), (2)) sg_v"

/* Rows rows[from..to) as a derived table: a chain of SELECTs, or with
 * values the first row as a SELECT that names the columns and the others
 * as one VALUES list. uses: the columns to write (the ones the CHECKs
 * name), NULL: all. */
static void build_filter(struct sg_db *db, const struct sg_table *t, const char *const *exprs,
			 size_t nexprs, const bool *uses, const struct sg_row *const *rows,
			 size_t from, size_t to, bool values, struct sg_buf *q)
{
	sg_buf_adds(q, "SELECT sg_v.sg_idx FROM (");
	for (size_t r = from; r < to; r++) {
		if (r == from || !values)
			sg_buf_addf(q, "%sSELECT %zu AS sg_idx", r > from ? " UNION ALL " : "", r);
		else
			sg_buf_addf(q, "%s(%zu", r == from + 1 ? " UNION ALL VALUES " : "), ", r);
		for (size_t i = 0; i < t->ncols; i++) {
			if (uses && !uses[i])
				continue;
			sg_buf_adds(q, ", ");
			add_value(db, q, t->columns[i], rows[r], i);
			if (r == from) {
				sg_buf_adds(q, " AS ");
				sg_db_quote_ident(db, q, t->columns[i]->name);
			}
		}
	}
	sg_buf_adds(q, values && to - from > 1 ? ")) sg_v WHERE " : ") sg_v WHERE ");
	for (size_t i = 0; i < nexprs; i++) {
		sg_buf_adds(q, i ? " OR NOT (" : "NOT (");
		condition(exprs[i], q);
		sg_buf_addch(q, ')');
	}
}

struct hits {
	bool *violates;
	size_t nrows;
};

static int hit_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct hits *h = ctx;
	size_t i;

	(void)lengths;
	if (ncols < 1 || !values[0])
		return 0;
	i = (size_t)strtoull(values[0], NULL, 10);
	if (i < h->nrows)
		h->violates[i] = true;
	return 0;
}

/* values: the server takes a VALUES list (takes_values). */
static int filter_rows(struct sg_db *db, const struct sg_table *t, const char *const *exprs,
		       size_t nexprs, const bool *uses, const struct sg_row *const *rows,
		       size_t nrows, bool values, bool *violates, struct sg_error *err)
{
	struct sg_buf q = SG_BUF_INIT;
	struct hits h = { violates, nrows };
	size_t chunk = values ? nrows : FILTER_CHUNK;
	int rc = 0;

	memset(violates, 0, nrows * sizeof(*violates));
	if (!nexprs)
		return 0;
	for (size_t from = 0; from < nrows && rc == 0; from += chunk) {
		sg_buf_reset(&q);
		build_filter(db, t, exprs, nexprs, uses, rows, from,
			     nrows - from < chunk ? nrows : from + chunk, values, &q);
		rc = sg_db_query(db, q.data, hit_row, &h, err);
	}
	sg_buf_release(&q);
	return rc;
}

int sg_check_filter_rows(struct sg_db *db, const struct sg_table *t, const char *const *exprs,
			 size_t nexprs, const struct sg_row *const *rows, size_t nrows,
			 bool *violates, struct sg_error *err)
{
	return filter_rows(db, t, exprs, nexprs, NULL, rows, nrows, false, violates, err);
}

static int ignore_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	(void)ctx;
	(void)ncols;
	(void)values;
	(void)lengths;
	return 0;
}

/* Asked of the server once per guard, not of the dialect: MariaDB and
 * MySQL share a driver but not this syntax. */
static bool takes_values(struct sg_db *db)
{
	struct sg_error e;

	memset(&e, 0, sizeof(e));
	return sg_db_query(db, VALUES_PROBE, ignore_row, NULL, &e) == 0;
}

/* --- the guard -------------------------------------------------------------------- */

struct sg_check_guard {
	const struct sg_table *t;
	struct sg_cx **local;      /* modelled CHECKs, evaluated here */
	size_t nlocal;
	const char **server;       /* the other CHECKs' text, for the server filter */
	const char **names;        /* their names */
	size_t nserver;
	struct sg_db conn;         /* own connection for the filter */
	bool connected;
	bool deferred;             /* sg_check_guard_row leaves the server's CHECKs out */
	bool values;               /* the server takes rows as a VALUES list */
	long long rejected;
	bool *uses;                /* per column: named by a filtered CHECK (all when none is) */
	struct sg_hashset pass, fail; /* server verdicts by the values of those columns */
};

/* Verdicts kept at most: on a column with many values few repeat, and
 * the cache must not grow with the table (8 bytes a key, x2 for slots). */
#define VERDICTS_MAX 65536

static void guard_add(struct sg_check_guard *g, const struct sg_check *c, bool backslash)
{
	struct sg_cx *e = sg_cx_parse(c->expr, backslash);

	if (sg_cx_modelled(e, g->t, NULL)) {
		g->local = sg_realloc(g->local, (g->nlocal + 1) * sizeof(*g->local));
		g->local[g->nlocal++] = e;
		return;
	}
	sg_cx_free(e);
	g->server = sg_realloc(g->server, (g->nserver + 1) * sizeof(*g->server));
	g->names = sg_realloc(g->names, (g->nserver + 1) * sizeof(*g->names));
	g->names[g->nserver] = c->name ? c->name : c->expr;
	g->server[g->nserver++] = c->expr;
}

/* Marks the columns that the CHECK text names: the server's verdict on a
 * row depends only on them, so verdicts are cached by their values. */
static void mark_uses(struct sg_check_guard *g, const char *text)
{
	struct sg_check_lexer lx = { text, false, SG_TK_END, false };
	struct sg_check_tok t;

	for (sg_check_lex_next(&lx, &t); t.kind != SG_TK_END; sg_check_lex_next(&lx, &t)) {
		if (t.kind != SG_TK_IDENT && t.kind != SG_TK_QIDENT)
			continue;
		for (size_t i = 0; i < g->t->ncols; i++)
			if (strlen(g->t->columns[i]->name) == t.n &&
			    !strncasecmp(g->t->columns[i]->name, t.s, t.n))
				g->uses[i] = true;
	}
}

static bool any_used(const struct sg_check_guard *g)
{
	for (size_t i = 0; i < g->t->ncols; i++)
		if (g->uses[i])
			return true;
	return false;
}

static uint64_t verdict_key(const struct sg_check_guard *g, const struct sg_row *row)
{
	uint64_t h = 1469598103934665603ULL;

	for (size_t i = 0; i < g->t->ncols; i++) {
		size_t len;
		const char *v;

		if (!g->uses[i])
			continue;
		v = sg_row_get(row, i, &len);
		h = (h ^ (v ? 1u : 2u)) * 1099511628211ULL;
		for (size_t k = 0; v && k < len; k++)
			h = (h ^ (unsigned char)v[k]) * 1099511628211ULL;
	}
	return sg_hash_mix(h);
}

int sg_check_guard_open(struct sg_check_guard **out, struct sg_db *db, const struct sg_table *t,
			struct sg_error *err)
{
	struct sg_check_guard *g;
	bool backslash;

	*out = NULL;
	if (!t->nchecks)
		return 0;
	backslash = sg_check_backslash(db);
	g = sg_calloc(1, sizeof(*g));
	g->t = t;
	for (size_t i = 0; i < t->nchecks; i++)
		if (t->checks[i]->expr)
			guard_add(g, t->checks[i], backslash);
	g->uses = sg_calloc(t->ncols ? t->ncols : 1, sizeof(*g->uses));
	for (size_t i = 0; i < g->nserver; i++)
		mark_uses(g, g->server[i]);
	if (!any_used(g))   /* names no column seen: send them all */
		for (size_t i = 0; i < t->ncols; i++)
			g->uses[i] = true;
	if (g->nserver) {
		if (sg_db_open(&g->conn, db->url.raw, db->schema_name, err) < 0) {
			sg_check_guard_close(g);
			return -1;
		}
		g->connected = true;
		g->values = takes_values(&g->conn);
	}
	*out = g;
	return 0;
}

/* A cached verdict: 1 the row breaks a filtered CHECK, 0 it passes, -1
 * not known. */
static int cached(const struct sg_check_guard *g, uint64_t key)
{
	return sg_hashset_has(&g->fail, key) ? 1 : sg_hashset_has(&g->pass, key) ? 0 : -1;
}

static void remember(struct sg_check_guard *g, uint64_t key, bool bad)
{
	if (g->pass.n + g->fail.n >= VERDICTS_MAX) {
		sg_hashset_release(&g->pass);
		sg_hashset_release(&g->fail);
	}
	sg_hashset_add(bad ? &g->fail : &g->pass, key);
}

/* Asks the server about rows[0..n); on failure drops the filter with one
 * warning (every row then passes). */
static void ask_server(struct sg_check_guard *g, const struct sg_row *const *rows, size_t n,
		       bool *bad)
{
	struct sg_error e2;

	memset(&e2, 0, sizeof(e2));
	if (filter_rows(&g->conn, g->t, g->server, g->nserver, g->uses, rows, n, g->values, bad,
			&e2) < 0) {
		sg_warn("table '%s': the server cannot evaluate its CHECK constraints on candidate "
			"rows (%s); rows are no longer filtered", g->t->name, e2.msg);
		g->nserver = 0;
		memset(bad, 0, n * sizeof(*bad));
	}
}

/* The server's verdict on row for the filtered CHECKs, cached by the
 * values of the columns they name. */
static bool server_verdict(struct sg_check_guard *g, const struct sg_row *row)
{
	uint64_t key = verdict_key(g, row);
	int known = cached(g, key);
	bool bad = false;

	if (known >= 0)
		return !known;
	ask_server(g, &row, 1, &bad);
	if (g->nserver)
		remember(g, key, bad);
	return !bad;
}

bool sg_check_guard_batched(const struct sg_check_guard *g)
{
	return g && g->nserver;
}

void sg_check_guard_defer(struct sg_check_guard *g, bool defer)
{
	g->deferred = defer;
}

void sg_check_guard_judge(struct sg_check_guard *g, const struct sg_row *const *rows, size_t n,
			  bool *bad)
{
	const struct sg_row **ask = sg_malloc((n ? n : 1) * sizeof(*ask));
	uint64_t *keys = sg_malloc((n ? n : 1) * sizeof(*keys));
	size_t *at = sg_malloc((n ? n : 1) * sizeof(*at)), nask = 0;
	bool *verdict = sg_malloc(n ? n : 1);

	memset(bad, 0, n * sizeof(*bad));
	for (size_t i = 0; i < n && g->nserver; i++) {
		int known = cached(g, keys[i] = verdict_key(g, rows[i]));

		if (known >= 0) {
			bad[i] = known;
		} else {
			at[nask] = i;
			ask[nask++] = rows[i];
		}
	}
	if (nask)
		ask_server(g, ask, nask, verdict);
	for (size_t k = 0; k < nask && g->nserver; k++) {
		bad[at[k]] = verdict[k];
		remember(g, keys[at[k]], verdict[k]);
	}
	for (size_t i = 0; i < n; i++)
		g->rejected += bad[i];
	free(ask);
	free(keys);
	free(at);
	free(verdict);
}

const char *sg_check_guard_culprit(struct sg_check_guard *g, const struct sg_row *row)
{
	for (size_t i = 0; i < g->nserver; i++) {
		struct sg_error e2;
		bool bad = false;

		memset(&e2, 0, sizeof(e2));
		if (filter_rows(&g->conn, g->t, &g->server[i], 1, g->uses, &row, 1, false, &bad,
				&e2) == 0 && bad)
			return g->names[i];
	}
	return g->nserver ? g->names[0] : "?";
}

int sg_check_guard_row(struct sg_check_guard *g, struct sg_row *row, bool *ok,
		       struct sg_error *err)
{
	*ok = true;
	for (size_t i = 0; i < g->nlocal && *ok; i++)
		*ok = sg_cx_eval(g->local[i], row) != 0 || sg_cx_repair(g->local[i], row);
	/* a repair may have broken a CHECK already passed */
	for (size_t i = 0; i < g->nlocal && *ok; i++)
		*ok = sg_cx_eval(g->local[i], row) != 0;
	if (*ok && g->nserver && !g->deferred)
		*ok = server_verdict(g, row);
	(void)err;
	if (!*ok)
		g->rejected++;
	return 0;
}

long long sg_check_guard_rejected(const struct sg_check_guard *g)
{
	return g ? g->rejected : 0;
}

void sg_check_guard_close(struct sg_check_guard *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->nlocal; i++)
		sg_cx_free(g->local[i]);
	free(g->local);
	free(g->server);
	free(g->names);
	free(g->uses);
	sg_hashset_release(&g->pass);
	sg_hashset_release(&g->fail);
	if (g->connected)
		sg_db_close(&g->conn);
	free(g);
}
