/*
 * A loaded config checked against the live schema (sg_config_check: every
 * table, column and value it names exists and fits), and its relation
 * overrides applied to the schema's foreign keys (sg_config_apply_fks).
 * Loading and the JSON shape are in config.c.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "seedgen/buf.h"
#include "seedgen/config.h"
#include "seedgen/config_int.h"
#include "seedgen/vocab.h"
#include "seedgen/json.h"
#include "seedgen/valuefit.h"

/* --- checks against the live schema ------------------------------------ */

static int unknown_table(struct sg_cfg_ctx *x, const cJSON *node, const char *path,
			 const struct sg_schema *s, const char *name)
{
	const char *near = sg_schema_suggest(s, name);

	sg_cfg_bad(x, node, path, "unknown table '%s' (not in database '%s')", name,
		   s->database ? s->database : "?");
	if (near)
		sg_error_hint(x->err, "did you mean '%s'?", near);
	return -1;
}

static int unknown_column(struct sg_cfg_ctx *x, const cJSON *node, const char *path,
			  const struct sg_table *t, const char *name)
{
	return sg_cfg_bad(x, node, path, "unknown column '%s' (table '%s' has no such column)", name,
			  t->name);
}

static bool is_numberish(const struct sg_column *c)
{
	switch (c->cls) {
	case SG_T_INT: case SG_T_DECIMAL: case SG_T_FLOAT: case SG_T_DOUBLE: case SG_T_YEAR:
		return true;
	default:
		return false;
	}
}

static int check_values(struct sg_cfg_ctx *x, const struct sg_cfg_column *cc, const char *path,
			const struct sg_column *c)
{
	for (size_t i = 0; i < cc->opts.nvalues; i++) {
		const char *v = cc->opts.values[i];

		if (c->cls == SG_T_ENUM) {
			if (!sg_enum_has(c, v, strlen(v))) {
				struct sg_buf allowed = SG_BUF_INIT;

				sg_enum_list(c, &allowed);
				sg_cfg_bad(x, cc->node, path, "value '%s' is not in the enum of column '%s'", v,
					   c->name);
				sg_error_hint(x->err, "the live column allows %s", sg_buf_str(&allowed));
				sg_buf_release(&allowed);
				return -1;
			}
		} else if (is_numberish(c)) {
			char *end;

			(void)strtod(v, &end);
			if (!*v || *end)
				return sg_cfg_bad(x, cc->node, path, "value '%s' is not a number, but column '%s' is %s",
						  v, c->name, c->raw_type ? c->raw_type : "numeric");
		} else if (sg_fit_too_long(c, v)) {
			return sg_cfg_bad(x, cc->node, path, "value '%.40s...' has %zu characters; column "
					  "'%s' holds at most %d", v, sg_fit_chars(v), c->name, c->length);
		}
	}
	if (cc->opts.has_range && cc->range_is_date && is_numberish(c))
		return sg_cfg_bad(x, cc->node, path, "dates given as \"min\"/\"max\" for '%s', which is %s",
				  c->name, c->raw_type ? c->raw_type : "numeric");
	if (cc->opts.has_range && !is_numberish(c) && c->cls != SG_T_DATE &&
	    c->cls != SG_T_DATETIME && c->cls != SG_T_TIMESTAMP)
		return sg_cfg_bad(x, cc->node, path, "\"min\"/\"max\" need a numeric or date column; '%s' is %s",
				  c->name, c->raw_type ? c->raw_type : sg_type_class_name(c->cls));
	return 0;
}

static int check_table(struct sg_cfg_ctx *x, const struct sg_cfg_table *ct,
		       const struct sg_schema *s)
{
	const struct sg_table *t = sg_schema_find(s, ct->name);
	struct sg_buf path = SG_BUF_INIT;
	int rc = -1;

	sg_buf_addf(&path, "tables.%s", ct->name);
	if (!t) {
		unknown_table(x, ct->node, "tables", s, ct->name);
		goto out;
	}
	for (size_t i = 0; i < ct->ncolumns; i++) {
		const struct sg_cfg_column *cc = &ct->columns[i];
		const struct sg_column *c = sg_table_find_column(t, cc->name);
		struct sg_buf cp = SG_BUF_INIT;
		int r;

		sg_buf_addf(&cp, "%s.columns", path.data);
		r = c ? check_values(x, cc, cp.data, c) : unknown_column(x, cc->node, cp.data, t, cc->name);
		sg_buf_release(&cp);
		if (r < 0)
			goto out;
	}
	for (size_t i = 0; i < ct->nrelations; i++) {
		const struct sg_cfg_relation *r = &ct->relations[i];
		const struct sg_table *p;

		if (!sg_table_find_column(t, r->column)) {
			unknown_column(x, r->node, path.data, t, r->column);
			goto out;
		}
		if (r->ref_table) {
			if (!(p = sg_schema_find(s, r->ref_table))) {
				unknown_table(x, r->node, path.data, s, r->ref_table);
				goto out;
			}
			if (!sg_table_find_column(p, r->ref_column)) {
				unknown_column(x, r->node, path.data, p, r->ref_column);
				goto out;
			}
		}
	}
	for (size_t i = 0; i < ct->npolys; i++) {
		const struct sg_cfg_poly *p = &ct->polys[i];

		if (!sg_table_find_column(t, p->type_column)) {
			unknown_column(x, p->node, path.data, t, p->type_column);
			goto out;
		}
		if (!sg_table_find_column(t, p->id_column)) {
			unknown_column(x, p->node, path.data, t, p->id_column);
			goto out;
		}
		for (size_t j = 0; j < p->nmap; j++) {
			const struct sg_table *target = sg_schema_find(s, p->map[j].table);

			if (!target) {
				unknown_table(x, p->node, path.data, s, p->map[j].table);
				goto out;
			}
			if (target->pk.ncols != 1) {
				sg_cfg_bad(x, p->node, path.data, "table '%s' needs a one-column primary key to be "
					   "a polymorphic target", target->name);
				goto out;
			}
		}
	}
	rc = 0;
out:
	sg_buf_release(&path);
	return rc;
}

int sg_config_check(const struct sg_config *cfg, const struct sg_schema *s, struct sg_error *err)
{
	struct sg_cfg_ctx x = { cfg->doc, err };

	for (size_t i = 0; i < cfg->ntables; i++)
		if (check_table(&x, &cfg->tables[i], s) < 0)
			return -1;
	return 0;
}

static void drop_fk(struct sg_table *t, size_t i)
{
	struct sg_fk *fk = t->fks[i];

	free(fk->name);
	for (size_t j = 0; j < fk->ncols; j++) {
		free(fk->columns[j]);
		free(fk->ref_columns[j]);
	}
	free(fk->columns);
	free(fk->ref_columns);
	free(fk->ref_table);
	free(fk->ref_schema);
	free(fk);
	memmove(&t->fks[i], &t->fks[i + 1], (t->nfks - i - 1) * sizeof(*t->fks));
	t->nfks--;
}

/* The single-column relation on column, or -1. */
static int fk_on(const struct sg_table *t, const char *column)
{
	for (size_t i = 0; i < t->nfks; i++)
		if (t->fks[i]->ncols == 1 && !strcmp(t->fks[i]->columns[0], column))
			return (int)i;
	return -1;
}

void sg_config_apply_fks(const struct sg_config *cfg, struct sg_schema *s)
{
	if (!cfg->infer_fks)
		for (size_t i = 0; i < s->ntables; i++)
			for (size_t j = s->tables[i]->nfks; j-- > 0;)
				if (!s->tables[i]->fks[j]->declared)
					drop_fk(s->tables[i], j);
	for (size_t i = 0; i < cfg->ntables; i++) {
		const struct sg_cfg_table *ct = &cfg->tables[i];
		struct sg_table *t = sg_schema_find(s, ct->name);

		for (size_t j = 0; t && j < ct->nrelations; j++) {
			const struct sg_cfg_relation *r = &ct->relations[j];
			int at = fk_on(t, r->column);
			struct sg_fk *fk;

			/* Declared constraints are facts of the database: config may
			 * drop or retarget only inferred ones. */
			if (at >= 0 && t->fks[at]->declared)
				continue;
			if (at >= 0 && (r->infer_off || r->ref_table))
				drop_fk(t, (size_t)at);
			if (r->infer_off || !r->ref_table)
				continue;
			fk = sg_table_add_fk(t, NULL);
			fk->declared = false;
			fk->ref_table = sg_strdup(r->ref_table);
			fk->ref_index = sg_schema_index_of(s, r->ref_table);
			sg_fk_add_column(fk, r->column, r->ref_column);
		}
	}
}
