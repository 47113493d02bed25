/*
 * `seedgen snapshot`: writes the live schema as seedgen's schema JSON (the
 * `inspect --format json` format), to be kept as the contract that
 * `seedgen validate --contract` checks later databases against.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/check.h"
#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/contract.h"
#include "seedgen/db.h"

enum { O_OUT = 1 };

static const struct sg_option options[] = {
	{ NULL, 0, NULL, "only these tables (repeatable, or a comma list)", SG_O_TABLE },
	{ "out", 'o', "FILE", "write to FILE instead of stdout", O_OUT },
	{ 0 },
};

const struct sg_cmd_help sg_help_snapshot = {
	.synopsis = "[--db URL] [--schema NAME] [--table T]... [--out FILE]",
	.about = "Writes the live schema as seedgen's schema JSON (the same document as\n"
		 "'seedgen inspect --format json'), to stdout or to FILE. Keep it as the\n"
		 "contract that 'seedgen validate --contract FILE' compares databases with.",
	.options = options,
};

int cmd_snapshot(struct sg_args *a)
{
	struct sg_error err = { 0 };
	const struct sg_namelist only = a->tables;
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct sg_table **picked = NULL;
	const char *out_path = NULL;
	char *json = NULL;
	size_t npicked = 0;
	int rc = SG_EXIT_OK;

	for (size_t i = 0; i < a->nown; i++)
		if (a->own[i].id == O_OUT)
			out_path = a->own[i].value;
	if (sg_cli_open(a->db, a->schema, &db, &schema, &err) < 0)
		goto fail;
	if (only.n) {
		picked = sg_calloc(only.n, sizeof(*picked));
		if (sg_schema_pick(&schema, only.names, only.n, picked, &err) < 0)
			goto fail;
		npicked = only.n;
	}
	json = sg_contract_to_json(&schema, picked, npicked);
	if (out_path) {
		struct sg_buf b = SG_BUF_INIT;
		int wrc;

		sg_buf_addf(&b, "%s\n", json);
		wrc = sg_check_write_file(out_path, b.data, &err);
		sg_buf_release(&b);
		if (wrc < 0)
			goto fail;
	} else {
		puts(json);
	}
	goto out;
fail:
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
out:
	free(json);
	free(picked);
	sg_schema_release(&schema);
	sg_db_close(&db);
	return rc;
}
