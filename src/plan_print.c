/*
 * The dry-run preview of a plan (plan.h): text for people, JSON for
 * machines. Prints what the plan decided; decides nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/buf.h"
#include "seedgen/check_filter.h"
#include "seedgen/gen.h"
#include "seedgen/plan.h"

/* --- the preview ------------------------------------------------------------- */

static const char *gen_name(const struct sg_plan_step *st)
{
	return st->gen ? st->gen->table : "generic";
}

static void fk_text(const struct sg_plan *p, const struct sg_plan_fk *pf, struct sg_buf *b)
{
	const struct sg_fk *fk = pf->fk;

	for (size_t i = 0; i < fk->ncols; i++)
		sg_buf_addf(b, "%s%s", i ? "," : "", fk->columns[i]);
	sg_buf_addf(b, " -> %s%s%s.", fk->ref_schema ? fk->ref_schema : "", fk->ref_schema ? "." : "",
		    fk->ref_table);
	for (size_t i = 0; i < fk->ncols; i++)
		sg_buf_addf(b, "%s%s", i ? "," : "", fk->ref_columns[i]);
	sg_buf_addf(b, " (%s", fk->declared ? "declared" : "inferred");
	if (pf->pool_at_seed >= 0)
		sg_buf_addf(b, ", %lld parent rows when seeded", pf->pool_at_seed);
	if (pf->deferred)
		sg_buf_adds(b, ", NULL on insert and set by UPDATE once the parent is seeded");
	else if (pf->bootstrapped)
		sg_buf_adds(b, ", NOT NULL cycle: the first row of each table is inserted linked "
			    "to the others, then rows point at existing ones");
	else if (pf->unique)
		sg_buf_adds(b, ", one row per parent");
	else if (pf->skew > 0.2)
		sg_buf_addf(b, ", skewed: top 20%% of parents get %.0f%%", pf->skew * 100);
	else
		sg_buf_adds(b, ", uniform");
	if (!pf->required)
		sg_buf_adds(b, ", nullable");
	sg_buf_addch(b, ')');
	(void)p;
}

static void print_text(const struct sg_plan *p, FILE *out)
{
	long long total = 0;
	struct sg_buf b = SG_BUF_INIT;

	for (size_t i = 0; i < p->nsteps; i++)
		total += p->steps[i].planned;
	fprintf(out, "dry run: seed %llu, %zu table%s, %lld rows planned; nothing is written\n\n",
		(unsigned long long)p->seed, p->nsteps, p->nsteps == 1 ? "" : "s", total);
	for (size_t i = 0; i < p->nskipped; i++)
		fprintf(out, "skipped: %s (%s)\n%s", p->skipped[i].table, p->skipped[i].reason,
			i + 1 == p->nskipped ? "\n" : "");
	for (size_t i = 0; i < p->nsteps; i++) {
		const struct sg_plan_step *st = &p->steps[i];

		fprintf(out, "%s: %lld now + %lld planned = %lld after  [generator: %s%s]\n",
			st->t->name, st->before, st->planned, st->after, gen_name(st),
			st->added_as_parent ? ", added as a required parent" : "");
		if (st->note[0])
			fprintf(out, "  note: %s\n", st->note);
		if (st->gen && st->gen->count_note)
			fprintf(out, "  note: the count is an estimate: %s\n", st->gen->count_note);
		for (size_t j = 0; j < st->nfks; j++) {
			sg_buf_reset(&b);
			fk_text(p, &st->fks[j], &b);
			fprintf(out, "  fk %s\n", b.data);
		}
		for (size_t j = 0; j < st->npolys; j++) {
			const struct sg_plan_poly *pp = &st->polys[j];

			fprintf(out, "  polymorphic %s + %s ->", st->t->columns[pp->type_col]->name,
				st->t->columns[pp->id_col]->name);
			for (size_t k = 0; k < pp->ntargets; k++)
				fprintf(out, "%s %s=%s", k ? "," : "", pp->type_values[k],
					pp->targets[k] >= 0 ? p->schema->tables[pp->targets[k]]->name : "?");
			fprintf(out, " (%s)\n", pp->from_config ? "config" : pp->guessed ?
				"no map in the config: any table with an integer key, by name" :
				"enum values name tables");
		}
		sg_buf_reset(&b);
		for (size_t j = 0; j < st->ncols; j++)
			sg_buf_addf(&b, "%s%s", j ? ", " : "", st->t->columns[st->cols[j].col]->name);
		if (st->ncols)
			fprintf(out, "  writes: %s\n", b.data);
		for (size_t j = 0; j < st->nskips; j++)
			fprintf(out, "  leaves to the server: %s (%s)\n",
				st->t->columns[st->skips[j].col]->name, st->skips[j].reason);
		sg_check_print(out, st->t, p->env.check_backslash);
		fputc('\n', out);
	}
	sg_buf_release(&b);
}

static void json_str(struct sg_buf *b, const char *s)
{
	sg_buf_addch(b, '"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			sg_buf_addf(b, "\\%c", c);
		else if (c < 0x20)
			sg_buf_addf(b, "\\u%04x", c);
		else
			sg_buf_addch(b, (char)c);
	}
	sg_buf_addch(b, '"');
}

/* ", \"checks\": [...]": each CHECK as the text dry-run classifies it
 * (sg_check_print): name (null when unnamed), how ("modelled": seedgen
 * builds rows that keep it; "filtered": the server judges candidate rows),
 * its text, and for a filtered one why seedgen cannot model it. */
static void json_checks(struct sg_buf *b, const struct sg_table *t, bool backslash)
{
	struct sg_check_class *cl;
	size_t n = sg_check_classify(t, backslash, &cl);

	sg_buf_adds(b, ", \"checks\": [");
	for (size_t i = 0; i < n; i++) {
		sg_buf_adds(b, i ? ", {\"name\": " : "{\"name\": ");
		if (cl[i].check->name)
			json_str(b, cl[i].check->name);
		else
			sg_buf_adds(b, "null");
		sg_buf_addf(b, ", \"how\": \"%s\", \"expr\": ", cl[i].modelled ? "modelled" : "filtered");
		json_str(b, cl[i].check->expr ? cl[i].check->expr : "");
		if (!cl[i].modelled) {
			sg_buf_adds(b, ", \"why\": ");
			json_str(b, cl[i].why ? cl[i].why : "");
		}
		sg_buf_addch(b, '}');
	}
	sg_buf_addch(b, ']');
	free(cl);
}

static void print_json(const struct sg_plan *p, FILE *out)
{
	struct sg_buf b = SG_BUF_INIT;

	sg_buf_addf(&b, "{\"seed\": %llu, \"dry_run\": true, \"tables\": [", (unsigned long long)p->seed);
	for (size_t i = 0; i < p->nsteps; i++) {
		const struct sg_plan_step *st = &p->steps[i];

		sg_buf_adds(&b, i ? ",\n  {\"name\": " : "\n  {\"name\": ");
		json_str(&b, st->t->name);
		sg_buf_addf(&b, ", \"before\": %lld, \"planned\": %lld, \"after\": %lld, \"generator\": ",
			    st->before, st->planned, st->after);
		json_str(&b, gen_name(st));
		sg_buf_addf(&b, ", \"added_as_parent\": %s", st->added_as_parent ? "true" : "false");
		if (st->gen && st->gen->count_note) {
			sg_buf_adds(&b, ", \"count_estimated\": ");
			json_str(&b, st->gen->count_note);
		}
		if (st->note[0]) {
			sg_buf_adds(&b, ", \"note\": ");
			json_str(&b, st->note);
		}
		sg_buf_adds(&b, ", \"foreign_keys\": [");
		for (size_t j = 0; j < st->nfks; j++) {
			const struct sg_plan_fk *pf = &st->fks[j];

			sg_buf_adds(&b, j ? ", {\"columns\": [" : "{\"columns\": [");
			for (size_t k = 0; k < pf->fk->ncols; k++) {
				if (k)
					sg_buf_adds(&b, ", ");
				json_str(&b, pf->fk->columns[k]);
			}
			sg_buf_adds(&b, "], \"references\": ");
			json_str(&b, pf->fk->ref_table);
			sg_buf_addf(&b, ", \"declared\": %s, \"pool\": %lld, \"skew\": %.2f, "
				    "\"deferred\": %s, \"required\": %s}",
				    pf->fk->declared ? "true" : "false", pf->pool_at_seed, pf->skew,
				    pf->deferred ? "true" : "false", pf->required ? "true" : "false");
		}
		sg_buf_adds(&b, "], \"writes\": [");
		for (size_t j = 0; j < st->ncols; j++) {
			if (j)
				sg_buf_adds(&b, ", ");
			json_str(&b, st->t->columns[st->cols[j].col]->name);
		}
		sg_buf_adds(&b, "], \"defaults\": [");
		for (size_t j = 0; j < st->nskips; j++) {
			sg_buf_adds(&b, j ? ", {\"column\": " : "{\"column\": ");
			json_str(&b, st->t->columns[st->skips[j].col]->name);
			sg_buf_adds(&b, ", \"reason\": ");
			json_str(&b, st->skips[j].reason);
			sg_buf_addch(&b, '}');
		}
		sg_buf_addch(&b, ']');
		json_checks(&b, st->t, p->env.check_backslash);
		sg_buf_addch(&b, '}');
	}
	sg_buf_adds(&b, "\n], \"skipped\": [");
	for (size_t i = 0; i < p->nskipped; i++) {
		sg_buf_adds(&b, i ? ", {\"name\": " : "{\"name\": ");
		json_str(&b, p->skipped[i].table);
		sg_buf_adds(&b, ", \"reason\": ");
		json_str(&b, p->skipped[i].reason);
		sg_buf_addch(&b, '}');
	}
	sg_buf_adds(&b, "]}\n");
	fputs(b.data, out);
	sg_buf_release(&b);
}

void sg_plan_print(const struct sg_plan *p, FILE *out, enum sg_format fmt)
{
	if (fmt == SG_FMT_JSON)
		print_json(p, out);
	else
		print_text(p, out);
}

