/*
 * Private to the planner's files (plan.c, plan_fk.c, plan_order.c): the
 * builder that carries one sg_plan_build() call, and what each file offers
 * the others. Nothing outside the planner includes this.
 */
#ifndef SEEDGEN_PLAN_INT_H
#define SEEDGEN_PLAN_INT_H

#include "seedgen/buf.h"
#include "seedgen/dist.h"
#include "seedgen/gen.h"
#include "seedgen/plan.h"

struct builder {
	struct sg_plan *p;
	struct sg_db *db;
	struct sg_schema *s;
	const struct sg_config *cfg;
	const struct sg_plan_opts *o;
	long long *before;      /* per schema table, -1 = not counted yet */
	int *step_of;           /* per schema table, -1 = not planned */
	struct sg_error *err;
};

/* plan.c */
int sg_plan_count_before(struct builder *b, int ti, long long *out);
long long sg_plan_count_for(const struct builder *b, const char *table, bool named);
struct sg_plan_step *sg_plan_add_step(struct builder *b, int ti, long long count, bool as_parent);

/* plan_fk.c */
int sg_plan_fks_all(struct builder *b);
int sg_plan_add_parents(struct builder *b);
int sg_plan_check_parents(struct builder *b);
/* Parent rows relation pf of step i will see: those there now, plus the
 * parent's planned rows when it is seeded earlier, plus a bootstrap row. */
long long sg_plan_pool_at_seed(const struct sg_plan *p, size_t i, const struct sg_plan_fk *pf);
bool sg_plan_managed_by_fk(const struct sg_plan_step *st, size_t col);
bool sg_plan_managed_by_poly(const struct sg_plan_step *st, size_t col);

/* plan_order.c */
int sg_plan_order(struct builder *b);

#endif
