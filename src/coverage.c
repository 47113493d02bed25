/*
 * `seedgen coverage`: how many tables hold data. Counts every table's rows
 * exactly (SELECT COUNT(*)), prints "36/119 tables have data (30%)", the
 * empty tables and the per-table counts, and with --min-percent gates a CI
 * job on the share of tables that have rows.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/db.h"

enum { O_TABLES = 1, O_MIN };

static const struct sg_option options[] = {
	{ "tables", 0, "T,...", "only these tables (repeatable, or a comma list)", O_TABLES },
	{ NULL, 0, NULL, "the same as --tables", SG_O_TABLE },
	{ "min-percent", 0, "P", "exit 1 when fewer than P% of the tables have data", O_MIN },
	{ 0 },
};

const struct sg_cmd_help sg_help_coverage = {
	.synopsis = "[--db URL] [--schema NAME] [--tables T,...]\n"
		    "                        [--min-percent P] [--format text|json]",
	.about = "Counts the rows of every table (exactly) and reports how many tables have\n"
		 "data: 'N/M tables have data (P%)', then the empty tables, then the row\n"
		 "count of each table.",
	.options = options,
	.footer = "Exit codes: 0 ok, 1 below --min-percent, 2 usage error, 3 database error.\n",
};

int cmd_coverage(struct sg_args *a)
{
	struct sg_error err = { 0 };
	struct sg_namelist *only = &a->tables;
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct sg_table **picked = NULL;
	long long *counts = NULL;
	enum sg_format fmt = a->format;
	double min_percent = -1;
	size_t n = 0, with = 0, width = 4;
	int percent, rc = SG_EXIT_OK;
	bool passed;

	for (size_t i = 0; i < a->nown; i++) {
		if (a->own[i].id == O_TABLES)
			sg_namelist_add_csv(only, a->own[i].value);
		else if (a->own[i].id == O_MIN &&
			 sg_cli_parse_percent("--min-percent", a->own[i].value, &min_percent, &err) < 0)
			goto fail;
	}
	if (sg_cli_open(a->db, a->schema, &db, &schema, &err) < 0)
		goto fail;

	if (sg_schema_pick_or_all(&schema, only->names, only->n, &picked, &n, &err) < 0)
		goto fail;
	counts = sg_calloc(n + 1, sizeof(*counts));
	for (size_t i = 0; i < n; i++) {
		if (sg_db_count_rows(&db, picked[i]->name, &counts[i], &err) < 0)
			goto fail;
		with += counts[i] > 0;
		if (strlen(picked[i]->name) > width)
			width = strlen(picked[i]->name);
	}
	percent = n ? (int)(with * 100 / n) : 0;
	passed = min_percent < 0 || (double)with * 100.0 >= min_percent * (double)n;

	if (fmt == SG_FMT_JSON) {
		cJSON *root = cJSON_CreateObject(), *empty = cJSON_CreateArray();
		cJSON *rows = cJSON_CreateObject();
		char *json;

		cJSON_AddNumberToObject(root, "tables", (double)n);
		cJSON_AddNumberToObject(root, "tables_with_data", (double)with);
		cJSON_AddNumberToObject(root, "percent", percent);
		if (min_percent >= 0)
			cJSON_AddNumberToObject(root, "min_percent", min_percent);
		else
			cJSON_AddNullToObject(root, "min_percent");
		cJSON_AddBoolToObject(root, "passed", passed);
		for (size_t i = 0; i < n; i++) {
			if (!counts[i])
				cJSON_AddItemToArray(empty, cJSON_CreateString(picked[i]->name));
			cJSON_AddNumberToObject(rows, picked[i]->name, (double)counts[i]);
		}
		cJSON_AddItemToObject(root, "empty_tables", empty);
		cJSON_AddItemToObject(root, "row_counts", rows);
		json = cJSON_Print(root);
		cJSON_Delete(root);
		puts(json ? json : "{}");
		free(json);
	} else {
		printf("%zu/%zu tables have data (%d%%)\n", with, n, percent);
		if (with < n) {
			printf("\nempty tables (%zu):\n", n - with);
			for (size_t i = 0; i < n; i++)
				if (!counts[i])
					printf("  %s\n", picked[i]->name);
		}
		printf("\nrow counts:\n");
		for (size_t i = 0; i < n; i++)
			printf("  %-*s %lld\n", (int)width, picked[i]->name, counts[i]);
		if (!passed)
			printf("\nFAIL: %d%% of the tables have data, below --min-percent %g\n",
			       percent, min_percent);
	}
	rc = passed ? SG_EXIT_OK : SG_EXIT_CHECK;
	goto out;
fail:
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
out:
	free(counts);
	free(picked);
	sg_schema_release(&schema);
	sg_db_close(&db);
	return rc;
}
