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

static const char usage[] =
	"usage: seedgen snapshot [--db URL] [--schema NAME] [--table T]... [--out FILE]\n"
	"\n"
	"Writes the live schema as seedgen's schema JSON (the same document as\n"
	"'seedgen inspect --format json'), to stdout or to FILE. Keep it as the\n"
	"contract that 'seedgen validate --contract FILE' compares databases with.\n"
	"\n"
	"  --db URL          database URL (default: $DATABASE_URL)\n"
	"  --schema NAME     PostgreSQL schema (default: public)\n"
	"  --table T         only these tables (repeatable, or a comma list)\n"
	"  -o, --out FILE    write to FILE instead of stdout\n"
	"  -q, --quiet       no warnings\n"
	"  -h, --help        this help\n";

enum { O_DB = 1, O_SCHEMA, O_TABLE, O_OUT, O_QUIET, O_HELP };

static const struct sg_opt opts[] = {
	{ "db", 0, 1, O_DB },
	{ "schema", 0, 1, O_SCHEMA },
	{ "table", 't', 1, O_TABLE },
	{ "out", 'o', 1, O_OUT },
	{ "quiet", 'q', 0, O_QUIET },
	{ "help", 'h', 0, O_HELP },
	{ NULL, 0, 0, 0 },
};

int cmd_snapshot(int argc, char **argv)
{
	struct sg_error err = { 0 };
	struct sg_argiter it;
	struct sg_namelist only = { 0 };
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct sg_table **picked = NULL;
	const char *db_flag = NULL, *schema_name = NULL, *out_path = NULL, *v;
	char *json = NULL;
	size_t npicked = 0;
	int id, rc = SG_EXIT_OK;

	sg_argiter_init(&it, argc, argv, 1, "snapshot");
	while ((id = sg_argiter_next(&it, opts, &v, &err)) > 0) {
		switch (id) {
		case O_DB: db_flag = v; break;
		case O_SCHEMA: schema_name = v; break;
		case O_TABLE: sg_namelist_add_csv(&only, v); break;
		case O_OUT: out_path = v; break;
		case O_QUIET: sg_quiet = 1; break;
		case O_HELP: fputs(usage, stdout); goto out;
		}
	}
	if (id < 0 || sg_cli_open(db_flag, schema_name, &db, &schema, &err) < 0)
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
	sg_namelist_release(&only);
	return rc;
}
