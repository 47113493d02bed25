/*
 * `seedgen list-generators`: the table-specific generators, printed from
 * the registry itself (generators/registry.c), and the rule for every
 * other table. With --db, also which of the database's tables use which.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/db.h"
#include "seedgen/gen.h"

static const struct sg_option options[] = {
	{ NULL, 0, NULL, "database URL (default: $DATABASE_URL, if set): also\n"
	  "count the database's tables that use each generator", SG_O_DB },
	{ 0 },
};

const struct sg_cmd_help sg_help_list_generators = {
	.synopsis = "[--db URL] [--schema NAME]",
	.about = "Lists the table-specific generators. Every other table uses the generic\n"
		 "generator, which fills columns from the live schema and their names.\n"
		 "With --db (or $DATABASE_URL set), also counts the database's tables that\n"
		 "use each.",
	.options = options,
};

int cmd_list_generators(struct sg_args *a)
{
	struct sg_error err = { 0 };
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	const char *db_flag = a->db, *schema_name = a->schema, *url = NULL;
	size_t n = 0, w = 5, specific = 0;
	int rc = SG_EXIT_OK;

	if (db_flag || (getenv("DATABASE_URL") && *getenv("DATABASE_URL"))) {
		if (sg_cli_open(db_flag, schema_name, &db, &schema, &err) < 0)
			goto fail;
		url = db.url.redacted;
	}
	for (const struct sg_generator *const *g = sg_generators; *g; g++, n++)
		if (strlen((*g)->table) > w)
			w = strlen((*g)->table);
	printf("%zu table-specific generators:\n", n);
	for (const struct sg_generator *const *g = sg_generators; *g; g++) {
		bool present = url && sg_schema_find(&schema, (*g)->table);

		printf("  %-*s  %s%s\n", (int)w, (*g)->table, (*g)->summary,
		       url && !present ? " [not in this database]" : "");
		specific += present;
	}
	if (url)
		printf("every other table uses the generic generator: %zu of the %zu tables in '%s'\n",
		       schema.ntables - specific, schema.ntables, schema.database ? schema.database : "?");
	else
		printf("every other table uses the generic generator\n");
	goto out;
fail:
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
out:
	sg_schema_release(&schema);
	sg_db_close(&db);
	return rc;
}
