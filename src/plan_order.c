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
	return pf->parent_step >= 0 && !pf->self && !pf->deferred && !pf->bootstrapped;
}

static bool edge_waiting(const struct sg_plan_fk *pf, const bool *done)
{
	return edge_live(pf) && !pf->bootstrapped && !done[pf->parent_step];
}

/* A cycle among the waiting steps: every one has a live edge from a
 * waiting parent; following child -> parent must repeat a step. Returns
 * a step on the cycle; next[] (one per step) leads around it. */
static size_t find_cycle(const struct sg_plan *p, const bool *done, int *next,
			 struct sg_plan_fk **via)
{
	size_t n = p->nsteps, start = 0, cur;
	bool *seen = sg_calloc(n, sizeof(bool));

	for (size_t i = 0; i < n; i++) {
		next[i] = -1;
		for (size_t j = 0; !done[i] && j < p->steps[i].nfks && next[i] < 0; j++) {
			struct sg_plan_fk *pf = &p->steps[i].fks[j];

			if (edge_waiting(pf, done)) {
				next[i] = pf->parent_step;
				via[i] = pf;
			}
		}
		if (!done[i] && next[i] >= 0)
			start = i;
	}
	for (cur = start; !seen[cur] && next[cur] >= 0; cur = (size_t)next[cur])
		seen[cur] = true;
	free(seen);
	return cur;
}

/* The driver can give every table of the cycle its first row when each
 * edge is one column, to a column the next table fills or the server
 * numbers. */
static bool can_bootstrap(const struct builder *b, size_t start, const int *next,
			  struct sg_plan_fk *const *via)
{
	size_t cur = start;

	if (!b->db || !b->db->drv->insert_cycle)
		return false;
	do {
		const struct sg_plan_fk *pf = via[cur];

		if (pf->fk->ncols != 1 || pf->self)
			return false;
		cur = (size_t)next[cur];
	} while (cur != start);
	return true;
}

/* A NOT NULL cycle: bootstrapped when the driver can, else explained. */
static int stuck_cycle(struct builder *b, const bool *done, int *ncycles)
{
	struct sg_plan *p = b->p;
	size_t n = p->nsteps, start, cur;
	int *next = sg_calloc(n, sizeof(int));
	struct sg_plan_fk **via = sg_calloc(n, sizeof(*via));
	struct sg_buf path = SG_BUF_INIT;
	int rc = 0;

	start = find_cycle(p, done, next, via);
	if (can_bootstrap(b, start, next, via)) {
		++*ncycles;
		cur = start;
		do {
			via[cur]->bootstrapped = true;
			p->steps[cur].cycle = *ncycles;
			cur = (size_t)next[cur];
		} while (cur != start);
		goto out;
	}
	cur = start;
	do {
		sg_buf_addf(&path, "%s -> ", p->steps[cur].t->name);
		cur = (size_t)next[cur];
	} while (cur != start);
	sg_buf_adds(&path, p->steps[start].t->name);
	sg_error_set(b->err, SG_EXIT_USAGE,
		     "the foreign keys %s form a cycle in which every column is NOT NULL", path.data);
	sg_error_detail(b->err, "no table of the cycle can get its first row: each needs a row "
			"of the next one to exist already, and seedgen bootstraps only cycles of "
			"one-column keys");
	sg_error_hint(b->err, "seed one of these tables by hand first, or make one of the "
		      "columns nullable");
	rc = -1;
out:
	sg_buf_release(&path);
	free(next);
	free(via);
	return rc;
}

static bool step_ready(const struct builder *b, const bool *done, size_t i, int pass)
{
	const struct sg_plan_step *st = &b->p->steps[i];
	bool ready = !done[i];

	for (size_t j = 0; ready && j < st->nfks; j++)
		ready = !edge_live(&st->fks[j]) || done[st->fks[j].parent_step];
	for (const char *const *a = st->gen ? st->gen->after : NULL; ready && pass == 0 && a && *a;
	     a++) {
		int ti = sg_schema_index_of(b->s, *a);
		int ts = ti >= 0 ? b->step_of[ti] : -1;

		ready = ts < 0 || (size_t)ts == i || done[ts];
	}
	for (size_t j = 0; ready && pass == 0 && j < st->npolys; j++)
		for (size_t k = 0; ready && k < st->polys[j].ntargets; k++) {
			int tgt = st->polys[j].targets[k];
			int ts = tgt >= 0 ? b->step_of[tgt] : -1;

			ready = ts < 0 || (size_t)ts == i || done[ts];
		}
	return ready;
}

/* The ready step first by name. The first pass honours polymorphic
 * targets and generators' `after` too; the second, only when they alone
 * close a loop, ignores them. */
static int next_step(const struct builder *b, const bool *done)
{
	const struct sg_plan *p = b->p;
	int pick = -1;

	for (int pass = 0; pass < 2 && pick < 0; pass++)
		for (size_t i = 0; i < p->nsteps; i++)
			if (step_ready(b, done, i, pass) &&
			    (pick < 0 || strcmp(p->steps[i].t->name, p->steps[pick].t->name) < 0))
				pick = (int)i;
	return pick;
}

/* Stuck: the nullable edge between waiting steps to defer, first by child
 * name; NULL when every such edge is NOT NULL. */
static struct sg_plan_fk *edge_to_defer(const struct sg_plan *p, const bool *done)
{
	struct sg_plan_fk *defer = NULL;
	const char *defer_child = NULL;

	for (size_t i = 0; i < p->nsteps; i++)
		for (size_t j = 0; !done[i] && j < p->steps[i].nfks; j++) {
			struct sg_plan_fk *pf = &p->steps[i].fks[j];

			if (edge_live(pf) && !done[pf->parent_step] && !pf->some_required &&
			    (!defer || strcmp(p->steps[i].t->name, defer_child) < 0)) {
				defer = pf;
				defer_child = p->steps[i].t->name;
			}
		}
	return defer;
}

static void link_parents(struct builder *b)
{
	struct sg_plan *p = b->p;

	for (size_t i = 0; i < p->nsteps; i++)
		for (size_t j = 0; j < p->steps[i].nfks; j++) {
			struct sg_plan_fk *pf = &p->steps[i].fks[j];

			pf->parent_step = pf->parent >= 0 ? b->step_of[pf->parent] : -1;
		}
}

/* Topological order, parents first, ties by name. When no step is ready,
 * a nullable edge inside the remaining set is deferred (NULL on insert,
 * UPDATE later); with none left, the cycle is all NOT NULL: bootstrapped
 * or an error. */
int sg_plan_order(struct builder *b)
{
	struct sg_plan *p = b->p;
	size_t n = p->nsteps, placed = 0;
	bool *done = sg_calloc(n ? n : 1, sizeof(bool));
	size_t *order = sg_calloc(n ? n : 1, sizeof(size_t));
	struct sg_plan_step *sorted;
	int rc = 0, ncycles = 0;

	link_parents(b);
	while (placed < n) {
		int pick = next_step(b, done);
		struct sg_plan_fk *defer;

		if (pick >= 0) {
			done[pick] = true;
			order[placed++] = (size_t)pick;
		} else if ((defer = edge_to_defer(p, done))) {
			defer->deferred = true;
		} else if ((rc = stuck_cycle(b, done, &ncycles)) < 0) {
			goto out;
		}
	}
	/* Reorder the steps and fix the indexes that point into them. */
	sorted = sg_calloc(n ? n : 1, sizeof(*sorted));
	for (size_t i = 0; i < n; i++) {
		sorted[i] = p->steps[order[i]];
		b->step_of[sorted[i].index] = (int)i;
	}
	free(p->steps);
	p->steps = sorted;
	link_parents(b);
	for (int c = 1; c <= ncycles; c++)
		for (size_t i = 0; i < n; i++)
			if (p->steps[i].cycle == c) {
				p->steps[i].cycle_first = true;
				break;
			}
out:
	free(done);
	free(order);
	return rc;
}
