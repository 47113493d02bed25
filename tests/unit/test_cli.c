/*
 * The command table and its options: every option a command accepts is in
 * its --help, every command is in `seedgen --help`, no option name or
 * short letter is taken twice by one command, the flags bring the options
 * they promise, help lines fit 80 columns, and the shared options parse
 * once into struct sg_args (bounds, rules between seeding options).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "seedgen/cli.h"
#include "seedgen/commands.h"

/* What a FILE* printer wrote, as one string (free it). */
static char *capture(void (*print)(const struct sg_command *, FILE *), const struct sg_command *c)
{
	FILE *f = tmpfile();
	char *out;
	long len;

	assert_non_null(f);
	if (print)
		print(c, f);
	else
		sg_cli_usage(f);
	len = ftell(f);
	rewind(f);
	out = calloc(1, (size_t)len + 1);
	assert_int_equal(fread(out, 1, (size_t)len, f), (size_t)len);
	fclose(f);
	return out;
}

/* "--name" as a whole word of text: not a prefix of "--name-more". */
static bool has_option(const char *text, const char *name)
{
	char want[80];
	size_t n = (size_t)snprintf(want, sizeof(want), "--%s", name);

	for (const char *p = strstr(text, want); p; p = strstr(p + 1, want)) {
		char after = p[n];

		if ((p == text || p[-1] == ' ' || p[-1] == '[' || p[-1] == '\n') &&
		    (after == ' ' || after == '\n' || after == '=' || after == ']' || after == ','))
			return true;
	}
	return false;
}

/* Whether the parser of c takes --name (with a value when it has one). */
static bool accepts(const struct sg_command *c, const struct sg_option *o)
{
	char opt[80], one[] = "1", prog[] = "x", *argv[] = { prog, opt, one, NULL };
	struct sg_args a;
	struct sg_error err = { 0 };
	int rc;

	snprintf(opt, sizeof(opt), "--%s", o->name);
	rc = sg_args_parse(&a, c, o->arg ? 3 : 2, argv, 1, &err);
	sg_args_release(&a);
	return rc >= 0 || !strstr(err.msg, "unknown option");
}

static void every_accepted_option_is_in_help(void **state)
{
	(void)state;
	for (const struct sg_command *c = sg_commands; c->name; c++) {
		struct sg_option opts[SG_CMD_MAX_OPTIONS];
		size_t n = sg_cmd_options(c, opts, SG_CMD_MAX_OPTIONS);
		char *help = capture(sg_cli_help, c);

		assert_true(n < SG_CMD_MAX_OPTIONS);
		for (size_t i = 0; i < n; i++) {
			if (!accepts(c, &opts[i]))
				fail_msg("'%s' does not accept its own --%s", c->name, opts[i].name);
			if (!has_option(help, opts[i].name))
				fail_msg("'seedgen %s --help' lacks --%s", c->name, opts[i].name);
			assert_non_null(opts[i].help);
			if (opts[i].short_name) {
				char s[8];

				snprintf(s, sizeof(s), "-%c, --", opts[i].short_name);
				assert_non_null(strstr(help, s));
			}
		}
		free(help);
	}
}

static void every_command_is_in_usage(void **state)
{
	char *usage = capture(NULL, NULL);

	(void)state;
	for (const struct sg_command *c = sg_commands; c->name; c++) {
		char line[64];

		snprintf(line, sizeof(line), "\n  %s ", c->name);
		if (!strstr(usage, line))
			fail_msg("'seedgen --help' lacks the command '%s'", c->name);
		assert_ptr_equal(sg_command_find(c->name), c);
		assert_non_null(c->help);
		assert_non_null(c->summary);
	}
	assert_null(sg_command_find("frobnicate"));
	free(usage);
}

static void names_are_unique_per_command(void **state)
{
	(void)state;
	for (const struct sg_command *c = sg_commands; c->name; c++) {
		struct sg_option opts[SG_CMD_MAX_OPTIONS];
		size_t n = sg_cmd_options(c, opts, SG_CMD_MAX_OPTIONS);

		for (size_t i = 0; i < n; i++)
			for (size_t j = i + 1; j < n; j++) {
				if (!strcmp(opts[i].name, opts[j].name))
					fail_msg("'%s' declares --%s twice", c->name, opts[i].name);
				if (opts[i].short_name && opts[i].short_name == opts[j].short_name)
					fail_msg("'%s': -%c is both --%s and --%s", c->name,
						 opts[i].short_name, opts[i].name, opts[j].name);
			}
	}
}

static bool takes(const struct sg_command *c, const char *name)
{
	struct sg_option opts[SG_CMD_MAX_OPTIONS];
	size_t n = sg_cmd_options(c, opts, SG_CMD_MAX_OPTIONS);

	for (size_t i = 0; i < n; i++)
		if (!strcmp(opts[i].name, name))
			return true;
	return false;
}

static void flags_bring_their_options(void **state)
{
	(void)state;
	for (const struct sg_command *c = sg_commands; c->name; c++) {
		assert_true(takes(c, "help") && takes(c, "quiet"));
		if (c->flags & (SG_CMD_NEEDS_DB | SG_CMD_MAY_USE_DB))
			assert_true(takes(c, "db"));
		if (c->flags & SG_CMD_NEEDS_SCHEMA)
			assert_true(takes(c, "schema"));
		if (c->flags & SG_CMD_WRITES) {
			assert_true(takes(c, "allow-production"));
			assert_true(takes(c, "env") && takes(c, "dry-run") && takes(c, "config"));
		}
		if (c->flags & SG_CMD_SEEDS)
			assert_true(takes(c, "table") && takes(c, "all") && takes(c, "exclude") &&
				    takes(c, "count") && takes(c, "seed") && takes(c, "report"));
		if (!(c->flags & SG_CMD_WRITES))
			assert_false(takes(c, "allow-production"));
	}
	/* the drift issue 9 names */
	assert_true(takes(sg_command_find("reseed"), "allow-production"));
}

static void help_fits_80_columns(void **state)
{
	(void)state;
	for (const struct sg_command *c = sg_commands; c->name; c++) {
		char *help = capture(sg_cli_help, c);

		for (char *line = strtok(help, "\n"); line; line = strtok(NULL, "\n"))
			if (strlen(line) > 80)
				fail_msg("'seedgen %s --help': line over 80 columns: %s", c->name, line);
		free(help);
	}
}

static int parse(struct sg_args *a, const char *cmd, char **argv, struct sg_error *err)
{
	int argc = 0;

	while (argv[argc])
		argc++;
	memset(err, 0, sizeof(*err));
	return sg_args_parse(a, sg_command_find(cmd), argc, argv, 0, err);
}

static void shared_options_parse_once(void **state)
{
	struct sg_args a;
	struct sg_error err;
	char *ok[] = { "--all", "--exclude", "a,b", "--count", "1000000000000", "--seed", "7",
		       "--db", "u", "-q", "--format=json", NULL };
	char *big[] = { "--table", "t", "--count", "1000000000001", NULL };
	char *space[] = { "--table", "t", "--seed", " -1", NULL };
	char *plus[] = { "--table", "t", "--count", "+5", NULL };
	char *report[] = { "--table", "t", "--dry-run", "--report", "r.json", NULL };
	char *excl[] = { "--table", "t", "--exclude", "x", NULL };
	char *md[] = { "--format", "markdown", NULL };
	char *help[] = { "--count", "5", "--help", "--bogus", NULL };

	(void)state;
	assert_int_equal(parse(&a, "seed", ok, &err), 0);
	assert_true(a.all && a.exclude.n == 2 && a.count == 1000000000000LL && a.seed == 7);
	assert_true(a.seed_given && a.format == SG_FMT_JSON && !strcmp(a.db, "u"));
	sg_args_release(&a);
	assert_int_equal(parse(&a, "seed", big, &err), -1);
	assert_non_null(strstr(err.msg, "--count must be at most 1000000000000"));
	sg_args_release(&a);
	assert_int_equal(parse(&a, "seed", space, &err), -1);
	assert_non_null(strstr(err.msg, "--seed must be a whole number"));
	sg_args_release(&a);
	assert_int_equal(parse(&a, "reseed", plus, &err), -1);
	assert_non_null(strstr(err.msg, "--count must be a whole number, not '+5'"));
	sg_args_release(&a);
	assert_int_equal(parse(&a, "seed", report, &err), -1);
	assert_non_null(strstr(err.msg, "--report and --dry-run exclude each other"));
	sg_args_release(&a);
	assert_int_equal(parse(&a, "seed", excl, &err), -1);
	assert_non_null(strstr(err.msg, "--exclude works with --all only"));
	sg_args_release(&a);
	assert_int_equal(parse(&a, "inspect", md, &err), -1);
	sg_args_release(&a);
	assert_int_equal(parse(&a, "validate", md, &err), 0);
	assert_int_equal(a.format, SG_FMT_MARKDOWN);
	sg_args_release(&a);
	assert_int_equal(parse(&a, "seed", help, &err), 1);
	sg_args_release(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_accepted_option_is_in_help),
		cmocka_unit_test(every_command_is_in_usage),
		cmocka_unit_test(names_are_unique_per_command),
		cmocka_unit_test(flags_bring_their_options),
		cmocka_unit_test(help_fits_80_columns),
		cmocka_unit_test(shared_options_parse_once),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
