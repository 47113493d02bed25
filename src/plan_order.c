/*
 * The order of the plan: parents before children, ties by name. A cycle
 * is broken at a nullable edge (NULL on insert, UPDATE later); a cycle of
 * NOT NULL edges is bootstrapped (one linked row per table, inserted by
 * the driver in one go) when the driver can, else refused with the cycle
 * named.
 */
#include <stdlib.h>
#include <string.h>

#include "seedgen/plan_int.h"

/* --- order ------------------------------------------------------------------ */

static bool edge_live(const struct sg_plan_fk *pf)
{
	return pf->parent_step >= 0 && !pf->self && !pf->deferred;
}

/* Explains a NOT NULL cycle among the steps still waiting. */
static int cycle_error(struct builder *b, const bool *done)
{
	struct sg_plan *p = b->p;
	size_t n = p->nsteps;
	int *next = sg_calloc(n, sizeof(int));
	size_t start = 0, cur;
	struct sg_buf path = SG_BUF_INIT;
	bool *seen = sg_calloc(n, sizeof(bool));

	/* Every waiting step has a live edge from a waiting parent: follow
	 * child -> parent until a step repeats. */
	for (size_t i = 0; i < n; i++) {
		next[i] = -1;
		for (size_t j = 0; !done[i] && j < p->steps[i].nfks && next[i] < 0; j++) {
			const struct sg_plan_fk *pf = &p->steps[i].fks[j];

			if (edge_live(pf) && !done[pf->parent_step])
				next[i] = pf->parent_step;
		}
		if (!done[i] && next[i] >= 0)
			start = i;
	}
	for (cur = start; !seen[cur] && next[cur] >= 0; cur = (size_t)next[cur])
		seen[cur] = true;
	start = cur;
	do {
		sg_buf_addf(&path, "%s -> ", p->steps[cur].t->name);
		cur = (size_t)next[cur];
	} while (cur != start);
	sg_buf_adds(&path, p->steps[start].t->name);
	sg_error_set(b->err, SG_EXIT_USAGE,
		     "the foreign keys %s form a cycle in which every column is NOT NULL", path.data);
	sg_error_detail(b->err, "no table of the cycle can get its first row: each needs a row "
			"of the next one to exist already");
	sg_error_hint(b->err, "seed one of these tables by hand first, or make one of the "
		      "columns nullable");
	sg_buf_release(&path);
	free(next);
	free(seen);
	return -1;
}

/* Topological order, parents first, ties by name. When no step is ready,
 * a nullable edge inside the remaining set is deferred (NULL on insert,
 * UPDATE later); with none left, the cycle is all NOT NULL: an error. */
int sg_plan_order(struct builder *b)
{
	struct sg_plan *p = b->p;
	size_t n = p->nsteps, placed = 0;
	bool *done = sg_calloc(n ? n : 1, sizeof(bool));
	size_t *order = sg_calloc(n ? n : 1, sizeof(size_t));
	struct sg_plan_step *sorted;
	int rc = 0;

	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < p->steps[i].nfks; j++) {
			struct sg_plan_fk *pf = &p->steps[i].fks[j];

			pf->parent_step = pf->parent >= 0 ? b->step_of[pf->parent] : -1;
		}
	while (placed < n) {
		int pick = -1;

		/* First pass honours polymorphic targets too; the second, only
		 * when they alone close a loop, ignores them. */
		for (int pass = 0; pass < 2 && pick < 0; pass++)
			for (size_t i = 0; i < n; i++) {
				bool ready = !done[i];

				for (size_t j = 0; ready && j < p->steps[i].nfks; j++) {
					const struct sg_plan_fk *pf = &p->steps[i].fks[j];

					ready = !edge_live(pf) || done[pf->parent_step];
				}
				for (const char *const *a = p->steps[i].gen ? p->steps[i].gen->after : NULL;
				     ready && pass == 0 && a && *a; a++) {
					int ti = sg_schema_index_of(b->s, *a);
					int ts = ti >= 0 ? b->step_of[ti] : -1;

					ready = ts < 0 || (size_t)ts == i || done[ts];
				}
				for (size_t j = 0; ready && pass == 0 && j < p->steps[i].npolys; j++)
					for (size_t k = 0; ready && k < p->steps[i].polys[j].ntargets; k++) {
						int tgt = p->steps[i].polys[j].targets[k];
						int ts = tgt >= 0 ? b->step_of[tgt] : -1;

						ready = ts < 0 || (size_t)ts == i || done[ts];
					}
				if (ready && (pick < 0 ||
					      strcmp(p->steps[i].t->name, p->steps[pick].t->name) < 0))
					pick = (int)i;
			}
		if (pick >= 0) {
			done[pick] = true;
			order[placed++] = (size_t)pick;
			continue;
		}
		/* Stuck: defer the first nullable edge between waiting steps. */
		struct sg_plan_fk *defer = NULL;
		const char *defer_child = NULL;

		for (size_t i = 0; i < n; i++)
			for (size_t j = 0; !done[i] && j < p->steps[i].nfks; j++) {
				struct sg_plan_fk *pf = &p->steps[i].fks[j];

				if (edge_live(pf) && !done[pf->parent_step] && !pf->required &&
				    (!defer || strcmp(p->steps[i].t->name, defer_child) < 0)) {
					defer = pf;
					defer_child = p->steps[i].t->name;
				}
			}
		if (!defer) {
			rc = cycle_error(b, done);
			goto out;
		}
		defer->deferred = true;
	}
	/* Reorder the steps and fix the indexes that point into them. */
	sorted = sg_calloc(n ? n : 1, sizeof(*sorted));
	for (size_t i = 0; i < n; i++) {
		sorted[i] = p->steps[order[i]];
		b->step_of[sorted[i].index] = (int)i;
	}
	free(p->steps);
	p->steps = sorted;
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < p->steps[i].nfks; j++) {
			struct sg_plan_fk *pf = &p->steps[i].fks[j];

			pf->parent_step = pf->parent >= 0 ? b->step_of[pf->parent] : -1;
		}
out:
	free(done);
	free(order);
	return rc;
}

