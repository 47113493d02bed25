/*
 * The comparison behind `seedgen validate` (sg_validate_compare): walks the
 * contract's and the live schema's tables side by side and lists every
 * difference -- missing or extra tables and columns, types, nullability,
 * defaults, enum members, keys by their columns (servers generate names),
 * declared foreign keys and checks -- minus what --ignore covers.
 */
#include <errno.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <cjson/cJSON.h>

#include "seedgen/buf.h"
#include "seedgen/check.h"
#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/contract_read.h"
#include "seedgen/db.h"

/* --- the drift list --------------------------------------------------------------- */

bool sg_check_ignored(const struct sg_namelist *ignore, const char *table, const char *column)
{
	struct sg_buf full = SG_BUF_INIT;
	bool hit = false;

	if (!ignore || !ignore->n)
		return false;
	if (column)
		sg_buf_addf(&full, "%s.%s", table, column);
	for (size_t i = 0; i < ignore->n && !hit; i++)
		hit = !fnmatch(ignore->names[i], table, 0) ||
		      (column && !fnmatch(ignore->names[i], full.data, 0));
	sg_buf_release(&full);
	return hit;
}

struct cmp {
	const struct sg_caps *caps;
	const struct sg_namelist *ignore;
	struct sg_drift_report *out;
};

/* Appends one finding. sides: whether "(contract: X, database: Y)" follows
 * the text in the message. */
static void add(struct cmp *x, const char *kind, const char *table, char *const *cols,
		size_t ncols, const char *contract, const char *database, bool sides,
		const char *fmt, ...) SG_PRINTF(9, 10);

static void add(struct cmp *x, const char *kind, const char *table, char *const *cols,
		size_t ncols, const char *contract, const char *database, bool sides,
		const char *fmt, ...)
{
	struct sg_buf msg = SG_BUF_INIT;
	struct sg_drift *d;
	char text[2048];
	va_list ap;
	bool ign = sg_check_ignored(x->ignore, table, NULL);

	for (size_t i = 0; i < ncols && !ign; i++)
		ign = sg_check_ignored(x->ignore, table, cols[i]);
	if (ign)
		return;
	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	sg_buf_adds(&msg, text);
	if (sides && (contract || database)) {
		sg_buf_adds(&msg, " (");
		if (contract)
			sg_buf_addf(&msg, "contract: %s", contract);
		if (database)
			sg_buf_addf(&msg, "%sdatabase: %s", contract ? ", " : "", database);
		sg_buf_adds(&msg, ")");
	}
	SG_GROW(x->out->items, x->out->n + 1, x->out->cap);
	d = &x->out->items[x->out->n++];
	memset(d, 0, sizeof(*d));
	d->kind = kind;
	d->table = sg_strdup(table);
	if (ncols) {
		d->columns = sg_calloc(ncols, sizeof(char *));
		for (size_t i = 0; i < ncols; i++)
			d->columns[i] = sg_strdup(cols[i]);
		d->ncols = ncols;
	}
	d->contract = contract ? sg_strdup(contract) : NULL;
	d->database = database ? sg_strdup(database) : NULL;
	d->message = sg_buf_detach(&msg);
}

void sg_drift_report_release(struct sg_drift_report *r)
{
	for (size_t i = 0; i < r->n; i++) {
		struct sg_drift *d = &r->items[i];

		free(d->table);
		for (size_t j = 0; j < d->ncols; j++)
			free(d->columns[j]);
		free(d->columns);
		free(d->contract);
		free(d->database);
		free(d->message);
	}
	free(r->items);
	memset(r, 0, sizeof(*r));
}

char *sg_drift_subject(const struct sg_drift *d)
{
	struct sg_buf b = SG_BUF_INIT;

	sg_buf_adds(&b, d->table);
	if (d->ncols == 1) {
		sg_buf_addf(&b, ".%s", d->columns[0]);
	} else if (d->ncols > 1) {
		sg_buf_adds(&b, ".(");
		for (size_t i = 0; i < d->ncols; i++)
			sg_buf_addf(&b, "%s%s", i ? ", " : "", d->columns[i]);
		sg_buf_adds(&b, ")");
	}
	return sg_buf_detach(&b);
}

/* --- comparing ------------------------------------------------------------------ */

static bool in_pk(const struct sg_table *t, const char *col)
{
	return sg_key_has_column(&t->pk, col);
}

/* A primary-key column is NOT NULL whatever its own flag says. */
static bool nullable(const struct sg_table *t, const struct sg_column *c)
{
	return c->nullable && !in_pk(t, c->name);
}

static void describe_column(const struct sg_table *t, const struct sg_column *c, struct sg_buf *b)
{
	sg_buf_addf(b, "%s, %s", c->raw_type && *c->raw_type ? c->raw_type : "?",
		    nullable(t, c) ? "nullable" : "NOT NULL");
}

static const char *ai_name(const struct sg_column *c)
{
	if (!c->auto_increment)
		return "none";
	return c->identity_always ? "identity always" : "auto-increment";
}

static bool has_value(const struct sg_column *c, const char *v)
{
	for (size_t i = 0; i < c->n_enum; i++)
		if (!strcmp(c->enum_values[i], v))
			return true;
	return false;
}

static void enum_list(const struct sg_column *c, struct sg_buf *b)
{
	for (size_t i = 0; i < c->n_enum; i++)
		sg_buf_addf(b, "%s'%s'", i ? "," : "", c->enum_values[i]);
}

static bool is_enumish(const struct sg_column *c)
{
	return c->cls == SG_T_ENUM || c->cls == SG_T_SET ||
	       (c->cls == SG_T_ARRAY && c->elem_cls == SG_T_ENUM);
}

static void compare_enums(struct cmp *x, const char *table, const struct sg_column *cc,
			  const struct sg_column *lc)
{
	char *const *col = &cc->name;
	bool differ = false;

	for (size_t i = 0; i < cc->n_enum; i++) {
		if (has_value(lc, cc->enum_values[i]))
			continue;
		differ = true;
		add(x, "enum", table, col, 1, cc->enum_values[i], NULL, false,
		    "enum values differ: contract has '%s', database lacks it", cc->enum_values[i]);
	}
	for (size_t i = 0; i < lc->n_enum; i++) {
		if (has_value(cc, lc->enum_values[i]))
			continue;
		differ = true;
		add(x, "enum", table, col, 1, NULL, lc->enum_values[i], false,
		    "enum values differ: database has '%s', contract lacks it", lc->enum_values[i]);
	}
	if (!differ && cc->n_enum == lc->n_enum) {
		for (size_t i = 0; i < cc->n_enum; i++) {
			if (strcmp(cc->enum_values[i], lc->enum_values[i])) {
				struct sg_buf a = SG_BUF_INIT, b = SG_BUF_INIT;

				enum_list(cc, &a);
				enum_list(lc, &b);
				add(x, "enum", table, col, 1, a.data, b.data, true,
				    "enum values in a different order");
				sg_buf_release(&a);
				sg_buf_release(&b);
				break;
			}
		}
	}
}

/* "varchar" of "varchar(20)": the part before the arguments. */
static size_t base_len(const char *canon)
{
	return strcspn(canon, "(");
}

static void compare_column(struct cmp *x, const struct sg_table *ct, const struct sg_column *cc,
			   const struct sg_table *lt, const struct sg_column *lc)
{
	char *const *col = &cc->name;
	char *tc = sg_check_type_canon(x->caps, cc), *tl = sg_check_type_canon(x->caps, lc);
	bool cn = nullable(ct, cc), ln = nullable(lt, lc);

	if (strcmp(tc, tl)) {
		size_t bc = base_len(tc), bl = base_len(tl);
		const char *what = "type differs";

		if (bc == bl && !strncmp(tc, tl, bc) && strcmp(tc + bc, tl + bl)) {
			what = (cc->cls == SG_T_CHAR || cc->cls == SG_T_VARCHAR || cc->cls == SG_T_BINARY ||
				cc->cls == SG_T_BIT) ? "length differs" : "precision differs";
		}
		add(x, !strcmp(what, "type differs") ? "type" : "length", ct->name, col, 1,
		    cc->raw_type, lc->raw_type, true, "%s", what);
	} else if (is_enumish(cc) || is_enumish(lc)) {
		compare_enums(x, ct->name, cc, lc);
	}
	if (cn != ln)
		add(x, "nullability", ct->name, col, 1, cn ? "nullable" : "NOT NULL",
		    ln ? "nullable" : "NOT NULL", true, "nullability differs");
	if (!cc->generated && !lc->generated) {
		char *dc = sg_check_default_canon(x->caps, cc), *dl = sg_check_default_canon(x->caps, lc);

		if ((dc == NULL) != (dl == NULL) || (dc && strcmp(dc, dl)))
			add(x, "default", ct->name, col, 1, dc ? cc->default_expr : "none",
			    dl ? lc->default_expr : "none", true, "default differs");
		free(dc);
		free(dl);
	}
	if (cc->auto_increment != lc->auto_increment ||
	    (cc->auto_increment && cc->identity_always != lc->identity_always))
		add(x, "auto_increment", ct->name, col, 1, ai_name(cc), ai_name(lc), true,
		    "auto-increment differs");
	if (cc->on_update_now != lc->on_update_now)
		add(x, "on_update", ct->name, col, 1,
		    cc->on_update_now ? "ON UPDATE CURRENT_TIMESTAMP" : "no ON UPDATE",
		    lc->on_update_now ? "ON UPDATE CURRENT_TIMESTAMP" : "no ON UPDATE", true,
		    "ON UPDATE differs");
	if (cc->generated != lc->generated)
		add(x, "generated", ct->name, col, 1, cc->generated ? "generated" : "not generated",
		    lc->generated ? "generated" : "not generated", true, "generated column differs");
	free(tc);
	free(tl);
}

static struct sg_column *find_column(const struct cmp *x, const struct sg_table *t, const char *name)
{
	struct sg_column *c = sg_table_find_column(t, name);

	/* MySQL column names are case-insensitive */
	for (size_t i = 0; !c && x->caps->ci_columns && i < t->ncols; i++)
		if (!strcasecmp(t->columns[i]->name, name))
			c = t->columns[i];
	return c;
}

static bool same_cols(char *const *a, size_t na, char *const *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++)
		if (strcmp(a[i], b[i]))
			return false;
	return true;
}

static void key_text(const char *what, const struct sg_key *k, struct sg_buf *b)
{
	sg_buf_adds(b, what);
	if (k->name && *k->name && !k->primary)
		sg_buf_addf(b, " %s", k->name);
	sg_buf_adds(b, " (");
	for (size_t i = 0; i < k->ncols; i++)
		sg_buf_addf(b, "%s%s", i ? ", " : "", k->columns[i]);
	sg_buf_adds(b, ")");
}

static bool named_for_fk(const struct sg_table *t, const struct sg_key *k)
{
	for (size_t i = 0; i < t->nfks; i++) {
		const struct sg_fk *fk = t->fks[i];

		if (fk->declared && fk->name && k->name && !strcmp(fk->name, k->name) &&
		    same_cols(fk->columns, fk->ncols, k->columns, k->ncols))
			return true;
	}
	return false;
}

/* MySQL creates an index named after a foreign key for its columns when no
 * other index serves it, and keeps it when the key is dropped; contracts
 * do not list those. */
static bool fk_auto_index(const struct cmp *x, const struct sg_table *ct,
			  const struct sg_table *lt, const struct sg_key *k)
{
	return x->caps->fk_auto_index && (named_for_fk(ct, k) || named_for_fk(lt, k));
}

static void compare_keys(struct cmp *x, const struct sg_table *ct, const struct sg_table *lt,
			 struct sg_key *const *ck, size_t nc, struct sg_key *const *lk, size_t nl,
			 bool unique)
{
	bool *used = sg_calloc(nl ? nl : 1, sizeof(bool));
	const char *label = unique ? "UNIQUE" : "INDEX";
	const char *kind = unique ? "unique_key" : "index";
	const char *noun = unique ? "unique key" : "index";
	struct sg_buf b = SG_BUF_INIT;

	for (size_t i = 0; i < nc; i++) {
		bool found = false;

		for (size_t j = 0; j < nl && !found; j++) {
			if (!used[j] && same_cols(ck[i]->columns, ck[i]->ncols, lk[j]->columns,
						  lk[j]->ncols)) {
				used[j] = true;
				found = true;
			}
		}
		if (found || (!unique && fk_auto_index(x, ct, lt, ck[i])))
			continue;
		sg_buf_reset(&b);
		key_text(label, ck[i], &b);
		add(x, kind, ct->name, ck[i]->columns, ck[i]->ncols, b.data, NULL, true,
		    "%s missing in database", noun);
	}
	for (size_t j = 0; j < nl; j++) {
		if (used[j] || (!unique && fk_auto_index(x, ct, lt, lk[j])))
			continue;
		sg_buf_reset(&b);
		key_text(label, lk[j], &b);
		add(x, kind, ct->name, lk[j]->columns, lk[j]->ncols, NULL, b.data, true,
		    "%s not in contract", noun);
	}
	sg_buf_release(&b);
	free(used);
}

static void fk_text(const struct sg_fk *fk, bool with_update, struct sg_buf *b)
{
	sg_buf_addf(b, "-> %s(", fk->ref_table);
	for (size_t i = 0; i < fk->ncols; i++)
		sg_buf_addf(b, "%s%s", i ? ", " : "", fk->ref_columns[i]);
	sg_buf_addf(b, ") ON DELETE %s", sg_fk_action_name(fk->on_delete));
	if (with_update && fk->on_update != SG_FK_NO_ACTION)
		sg_buf_addf(b, " ON UPDATE %s", sg_fk_action_name(fk->on_update));
}

/* InnoDB has no deferred checks: RESTRICT and NO ACTION are the same, and
 * MariaDB reports RESTRICT as NO ACTION. */
static enum sg_fk_action fk_action(const struct cmp *x, enum sg_fk_action a)
{
	return x->caps->restrict_is_no_action && a == SG_FK_RESTRICT ? SG_FK_NO_ACTION : a;
}

static bool same_target(const struct sg_fk *a, const struct sg_fk *b)
{
	return !strcmp(a->ref_table, b->ref_table) &&
	       same_cols(a->ref_columns, a->ncols, b->ref_columns, b->ncols);
}

static void compare_fks(struct cmp *x, const struct sg_table *ct, const struct sg_table *lt)
{
	bool *used = sg_calloc(lt->nfks ? lt->nfks : 1, sizeof(bool));
	struct sg_fk **match = sg_calloc(ct->nfks ? ct->nfks : 1, sizeof(*match));
	struct sg_buf a = SG_BUF_INIT, b = SG_BUF_INIT;

	/* exact matches first, then the same columns with another target */
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < ct->nfks; i++) {
			const struct sg_fk *cf = ct->fks[i];

			if (!cf->declared || match[i])
				continue;
			for (size_t j = 0; j < lt->nfks && !match[i]; j++) {
				const struct sg_fk *lf = lt->fks[j];

				if (used[j] || !lf->declared ||
				    !same_cols(cf->columns, cf->ncols, lf->columns, lf->ncols) ||
				    (pass == 0 && !same_target(cf, lf)))
					continue;
				used[j] = true;
				match[i] = lt->fks[j];
			}
		}
	}
	for (size_t i = 0; i < ct->nfks; i++) {
		const struct sg_fk *cf = ct->fks[i], *lf = match[i];

		if (!cf->declared)
			continue;
		sg_buf_reset(&a);
		sg_buf_reset(&b);
		if (!lf) {
			fk_text(cf, true, &a);
			add(x, "foreign_key", ct->name, cf->columns, cf->ncols, a.data, NULL, true,
			    "foreign key missing in database");
		} else if (!same_target(cf, lf)) {
			fk_text(cf, false, &a);
			fk_text(lf, false, &b);
			add(x, "foreign_key", ct->name, cf->columns, cf->ncols, a.data, b.data, true,
			    "foreign key target differs");
		} else {
			if (fk_action(x, cf->on_delete) != fk_action(x, lf->on_delete))
				add(x, "foreign_key", ct->name, cf->columns, cf->ncols,
				    sg_fk_action_name(cf->on_delete), sg_fk_action_name(lf->on_delete),
				    true, "foreign key ON DELETE differs");
			if (fk_action(x, cf->on_update) != fk_action(x, lf->on_update))
				add(x, "foreign_key", ct->name, cf->columns, cf->ncols,
				    sg_fk_action_name(cf->on_update), sg_fk_action_name(lf->on_update),
				    true, "foreign key ON UPDATE differs");
		}
	}
	for (size_t j = 0; j < lt->nfks; j++) {
		const struct sg_fk *lf = lt->fks[j];

		if (used[j] || !lf->declared)
			continue;
		sg_buf_reset(&b);
		fk_text(lf, true, &b);
		add(x, "foreign_key", ct->name, lf->columns, lf->ncols, NULL, b.data, true,
		    "foreign key not in contract");
	}
	sg_buf_release(&a);
	sg_buf_release(&b);
	free(used);
	free(match);
}

static void compare_pk(struct cmp *x, const struct sg_table *ct, const struct sg_table *lt)
{
	struct sg_buf a = SG_BUF_INIT, b = SG_BUF_INIT;

	if (same_cols(ct->pk.columns, ct->pk.ncols, lt->pk.columns, lt->pk.ncols))
		return;
	if (ct->pk.ncols)
		key_text("PRIMARY KEY", &ct->pk, &a);
	if (lt->pk.ncols)
		key_text("PRIMARY KEY", &lt->pk, &b);
	if (!lt->pk.ncols)
		add(x, "primary_key", ct->name, ct->pk.columns, ct->pk.ncols, a.data, NULL, true,
		    "primary key missing in database");
	else if (!ct->pk.ncols)
		add(x, "primary_key", ct->name, lt->pk.columns, lt->pk.ncols, NULL, b.data, true,
		    "primary key not in contract");
	else
		add(x, "primary_key", ct->name, ct->pk.columns, ct->pk.ncols, a.data, b.data, true,
		    "primary key differs");
	sg_buf_release(&a);
	sg_buf_release(&b);
}

static void compare_table(struct cmp *x, const struct sg_contract *k, const struct sg_table *ct,
			  const struct sg_table *lt)
{
	bool *seen = sg_calloc(lt->ncols ? lt->ncols : 1, sizeof(bool));
	struct sg_buf b = SG_BUF_INIT;

	for (size_t i = 0; i < k->ndups; i++) {
		const struct sg_contract_dup *d = &k->dups[i];

		if (strcmp(d->table, ct->name))
			continue;
		sg_buf_reset(&b);
		sg_buf_addf(&b, "fields %s, %s", d->first, d->second);
		if (strcmp(d->first, d->second))
			add(x, "duplicate_mapping", ct->name, &d->column, 1, b.data, d->column, false,
			    "contract fields '%s' and '%s' map to the same database column",
			    d->first, d->second);
		else
			add(x, "duplicate_mapping", ct->name, &d->column, 1, b.data, d->column, false,
			    "contract lists the column twice");
	}
	for (size_t i = 0; i < ct->ncols; i++) {
		const struct sg_column *cc = ct->columns[i];
		struct sg_column *lc = find_column(x, lt, cc->name);

		if (!lc) {
			sg_buf_reset(&b);
			describe_column(ct, cc, &b);
			add(x, "missing_column", ct->name, &ct->columns[i]->name, 1, b.data, NULL, true,
			    "missing in database");
			continue;
		}
		seen[sg_table_column_index(lt, lc->name)] = true;
		compare_column(x, ct, cc, lt, lc);
	}
	for (size_t j = 0; j < lt->ncols; j++) {
		if (seen[j])
			continue;
		sg_buf_reset(&b);
		describe_column(lt, lt->columns[j], &b);
		add(x, "extra_column", ct->name, &lt->columns[j]->name, 1, NULL, b.data, true,
		    "not in contract");
	}
	compare_pk(x, ct, lt);
	compare_keys(x, ct, lt, ct->uniques, ct->nuniques, lt->uniques, lt->nuniques, true);
	compare_keys(x, ct, lt, ct->indexes, ct->nindexes, lt->indexes, lt->nindexes, false);
	compare_fks(x, ct, lt);
	sg_buf_release(&b);
	free(seen);
}

void sg_validate_compare(const struct sg_contract *contract, const struct sg_schema *live,
			 const struct sg_namelist *ignore, struct sg_drift_report *out)
{
	const struct sg_schema *cs = &contract->schema;
	const struct sg_caps *caps = sg_schema_caps(live) ? sg_schema_caps(live) : sg_schema_caps(cs);
	/* a schema from nowhere (tests) reads like MySQL's: the laxer rules */
	struct cmp x = { caps ? caps : &sg_caps_mysql, ignore, out };
	size_t i = 0, j = 0;
	char num[32];

	/* Both lists are sorted by name (sg_schema_finish): merge them. */
	while (i < cs->ntables || j < live->ntables) {
		const struct sg_table *ct = i < cs->ntables ? cs->tables[i] : NULL;
		const struct sg_table *lt = j < live->ntables ? live->tables[j] : NULL;
		int c = !ct ? 1 : !lt ? -1 : strcmp(ct->name, lt->name);
		const char *name = c <= 0 ? ct->name : lt->name;

		if (!sg_check_ignored(ignore, name, NULL))
			out->ntables++;
		if (c < 0) {
			snprintf(num, sizeof(num), "%zu columns", ct->ncols);
			add(&x, "missing_table", ct->name, NULL, 0, num, NULL, true,
			    "table missing in database");
			i++;
		} else if (c > 0) {
			snprintf(num, sizeof(num), "%zu columns", lt->ncols);
			add(&x, "extra_table", lt->name, NULL, 0, NULL, num, true,
			    "table not in contract");
			j++;
		} else {
			compare_table(&x, contract, ct, lt);
			i++;
			j++;
		}
	}
}
