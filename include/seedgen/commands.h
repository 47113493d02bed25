/*
 * The commands. `seedgen NAME` runs cmd_NAME(argc, argv) from src/NAME.c
 * with argv[0] being NAME; each returns an exit code (enum sg_exit).
 */
#ifndef SEEDGEN_COMMANDS_H
#define SEEDGEN_COMMANDS_H

int cmd_seed(int argc, char **argv);
int cmd_inspect(int argc, char **argv);
int cmd_undo(int argc, char **argv);
int cmd_reseed(int argc, char **argv);
int cmd_list_generators(int argc, char **argv);
int cmd_snapshot(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_fingerprint(int argc, char **argv);
int cmd_coverage(int argc, char **argv);
int cmd_verify(int argc, char **argv);
int cmd_reconcile(int argc, char **argv);
int cmd_realism(int argc, char **argv);

#endif
