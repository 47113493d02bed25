/*
 * Entry point: argv -> command table (sg_commands[], cli.c) -> parsed
 * options (struct sg_args) -> command function. Only main.c decides the
 * process's exit; commands return their code. Help comes from the same
 * arrays the parser reads: `seedgen --help`, `seedgen help CMD` and
 * `seedgen CMD --help`.
 */
#include <stdio.h>
#include <string.h>

#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/error.h"
#include "seedgen/words.h"

#ifndef SEEDGEN_VERSION
#define SEEDGEN_VERSION "0.1.0"
#endif

static int unknown_command(const char *name)
{
	struct sg_nearest nr;

	sg_nearest_init(&nr, name);
	for (const struct sg_command *c = sg_commands; c->name; c++)
		sg_nearest_offer(&nr, c->name);
	fprintf(stderr, "seedgen: error: unknown command '%s'\n", name);
	if (nr.best)
		fprintf(stderr, "seedgen: hint: did you mean '%s'? 'seedgen --help' lists the commands\n",
			nr.best);
	else
		fprintf(stderr, "seedgen: hint: run 'seedgen --help' for the commands\n");
	return SG_EXIT_USAGE;
}

static int run(const struct sg_command *cmd, int argc, char **argv, int start)
{
	struct sg_error err = { 0 };
	struct sg_args a;
	int rc = sg_args_parse(&a, cmd, argc, argv, start, &err);

	if (rc == 1) {
		sg_cli_help(cmd, stdout);
		rc = SG_EXIT_OK;
	} else if (rc < 0) {
		sg_error_print(&err);
		rc = err.code ? err.code : SG_EXIT_USAGE;
	} else {
		rc = cmd->fn(&a);
	}
	sg_args_release(&a);
	return rc;
}

int main(int argc, char **argv)
{
	const char *name = argc > 1 ? argv[1] : NULL;
	const struct sg_command *cmd;

	if (!name) {
		sg_cli_usage(stderr);
		return SG_EXIT_USAGE;
	}
	if (!strcmp(name, "--help") || !strcmp(name, "-h") || !strcmp(name, "help")) {
		if (!strcmp(name, "help") && argc > 2) {
			if (!(cmd = sg_command_find(argv[2])))
				return unknown_command(argv[2]);
			sg_cli_help(cmd, stdout);
			return SG_EXIT_OK;
		}
		sg_cli_usage(stdout);
		return SG_EXIT_OK;
	}
	if (!strcmp(name, "--version") || !strcmp(name, "version")) {
		printf("seedgen %s\n", SEEDGEN_VERSION);
		return SG_EXIT_OK;
	}
	/* Seeding is the default: `seedgen --table comments --count 100`. */
	if (name[0] == '-')
		return run(sg_command_find("seed"), argc, argv, 1);
	if (!(cmd = sg_command_find(name)))
		return unknown_command(name);
	return run(cmd, argc, argv, 2);
}
