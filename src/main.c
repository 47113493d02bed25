/*
 * Entry point: argv -> command table -> command function. Only main.c
 * decides the process's exit; commands return their code.
 *
 * To add a command: write cmd_NAME() in src/NAME.c, declare it in
 * include/seedgen/commands.h, add a row below, document it in README.md.
 */
#include <stdio.h>
#include <string.h>

#include "seedgen/commands.h"
#include "seedgen/error.h"

#ifndef SEEDGEN_VERSION
#define SEEDGEN_VERSION "0.1.0"
#endif

struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
};

static const struct command commands[] = {
	{ "seed", cmd_seed, "fill tables with realistic rows (the default command)" },
	{ "reseed", cmd_reseed, "empty tables and seed them again (staging only)" },
	{ "undo", cmd_undo, "delete exactly the rows a run inserted (from its report)" },
	{ "list-generators", cmd_list_generators, "the table-specific generators; the rest are generic" },
	{ "inspect", cmd_inspect, "print the live schema (text or JSON)" },
	{ "snapshot", cmd_snapshot, "write the live schema as a contract (seedgen schema JSON)" },
	{ "validate", cmd_validate, "compare the live schema with a contract; report drift" },
	{ "fingerprint", cmd_fingerprint, "run named canary checks (tables, columns, enums, rows)" },
	{ "coverage", cmd_coverage, "how many tables have data; per-table row counts" },
	{ "verify", cmd_verify, "referential integrity: orphans, bad enum values, duplicates" },
	{ "reconcile", cmd_reconcile, "insert missing reference rows by natural key (idempotent)" },
	{ "realism", cmd_realism, "how realistic the rows are: ordered dates, ranges, codes, coherence" },
	{ NULL, NULL, NULL },
};

static void usage(FILE *out)
{
	fputs("usage: seedgen COMMAND [options]\n"
	      "       seedgen --table T [--count N] [options]   (seed is the default command)\n"
	      "\n"
	      "seedgen reads a live MySQL/MariaDB or PostgreSQL schema and fills it with\n"
	      "realistic, referentially correct seed data, and checks it.\n"
	      "\n"
	      "commands:\n", out);
	for (const struct command *c = commands; c->name; c++)
		fprintf(out, "  %-16s %s\n", c->name, c->summary);
	fputs("\n"
	      "The database comes from --db URL or $DATABASE_URL:\n"
	      "  mysql://user:password@host:3306/db   mariadb://...\n"
	      "  postgresql://user:password@host:5432/db   postgres://...\n"
	      "\n"
	      "Run 'seedgen COMMAND --help' for a command's options.\n"
	      "Exit codes: 0 ok, 1 check failed, 2 usage or input error, 3 database error.\n",
	      out);
}

int main(int argc, char **argv)
{
	const char *name = argc > 1 ? argv[1] : NULL;

	if (!name) {
		usage(stderr);
		return SG_EXIT_USAGE;
	}
	if (!strcmp(name, "--help") || !strcmp(name, "-h") || !strcmp(name, "help")) {
		usage(stdout);
		return SG_EXIT_OK;
	}
	if (!strcmp(name, "--version") || !strcmp(name, "version")) {
		printf("seedgen %s\n", SEEDGEN_VERSION);
		return SG_EXIT_OK;
	}
	/* Seeding is the default: `seedgen --table comments --count 100`. */
	if (name[0] == '-')
		return cmd_seed(argc, argv);
	for (const struct command *c = commands; c->name; c++)
		if (!strcmp(c->name, name))
			return c->fn(argc - 1, argv + 1);
	fprintf(stderr, "seedgen: error: unknown command '%s'\n"
		"seedgen: hint: run 'seedgen --help' for the commands\n", name);
	return SG_EXIT_USAGE;
}
