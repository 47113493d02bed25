/* placeholder */
#include "seedgen/engine_int.h"

int sg_cycle_bootstrap(struct sg_db *db, struct sg_plan *plan, size_t step,
		       struct sg_keycache *cache, const struct sg_engine_opts *o,
		       struct sg_error *err)
{
	(void)db; (void)plan; (void)step; (void)cache; (void)o; (void)err;
	return 0;
}
