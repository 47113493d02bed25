/*
 * The commands. `seedgen NAME` runs cmd_NAME(args) from src/NAME.c once
 * main.c has parsed the command line against the command's row of
 * sg_commands[] (cli.c); each returns an exit code (enum sg_exit). The
 * command's help (synopsis, text, own options) is sg_help_NAME, in the
 * same file as the code that reads those options.
 */
#ifndef SEEDGEN_COMMANDS_H
#define SEEDGEN_COMMANDS_H

#include "seedgen/cli.h"

int cmd_seed(struct sg_args *a);
int cmd_inspect(struct sg_args *a);
int cmd_undo(struct sg_args *a);
int cmd_reseed(struct sg_args *a);
int cmd_list_generators(struct sg_args *a);
int cmd_snapshot(struct sg_args *a);
int cmd_validate(struct sg_args *a);
int cmd_fingerprint(struct sg_args *a);
int cmd_coverage(struct sg_args *a);
int cmd_verify(struct sg_args *a);
int cmd_reconcile(struct sg_args *a);
int cmd_realism(struct sg_args *a);

extern const struct sg_cmd_help sg_help_seed, sg_help_inspect, sg_help_undo, sg_help_reseed,
	sg_help_list_generators, sg_help_snapshot, sg_help_validate, sg_help_fingerprint,
	sg_help_coverage, sg_help_verify, sg_help_reconcile, sg_help_realism;

#endif
