/*
 * The generator registry: table name -> table-specific generator.
 *
 * To add a generator:
 *   1. write `const struct sg_generator sg_gen_<table>` in generators/<domain>.c
 *      (see gen.h: set the columns you know with sg_gen_col() + sg_row_set*;
 *      never assume a column exists; leave the rest to the engine; read
 *      other tables, and this one's existing rows, with sg_gen_read() or
 *      sg_gen_select(): a generator holds no SQL of its own, so that the
 *      engine shares reads and the drivers keep every dialect);
 *   2. declare it below and add it to sg_generators[], keeping the list in
 *      the order `seedgen list-generators` should print it;
 *   3. add a test in tests/integration/ that checks its rules with SQL.
 * Every table not listed here uses the generic generator.
 */
#include <string.h>

#include "seedgen/gen.h"

extern const struct sg_generator sg_gen_todo_lists;
extern const struct sg_generator sg_gen_todo_list_members;
extern const struct sg_generator sg_gen_todo_tasks;
extern const struct sg_generator sg_gen_comments;
extern const struct sg_generator sg_gen_comment_mentions;
extern const struct sg_generator sg_gen_userDashboardPreferences;
extern const struct sg_generator sg_gen_dashboard_widget_layouts;
extern const struct sg_generator sg_gen_dashboard_kpi_configs;
extern const struct sg_generator sg_gen_pricing_rules;
extern const struct sg_generator sg_gen_pricing_profiles;

const struct sg_generator *const sg_generators[] = {
	&sg_gen_todo_lists,
	&sg_gen_todo_list_members,
	&sg_gen_todo_tasks,
	&sg_gen_comments,
	&sg_gen_comment_mentions,
	&sg_gen_userDashboardPreferences,
	&sg_gen_dashboard_widget_layouts,
	&sg_gen_dashboard_kpi_configs,
	&sg_gen_pricing_rules,
	&sg_gen_pricing_profiles,
	NULL,
};

const struct sg_generator *sg_gen_find(const char *table)
{
	for (const struct sg_generator *const *g = sg_generators; *g; g++)
		if (!strcmp((*g)->table, table))
			return *g;
	return NULL;
}
