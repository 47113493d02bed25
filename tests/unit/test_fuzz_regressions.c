/* Replays every file of tests/fuzz/regressions/ (inputs the fuzzers found
 * and hand-picked nasty ones) through the fuzzing entry points of
 * tests/fuzz/fuzz_common.h: the URL parser, and the config loader on a
 * temporary file checked against a small hand-made schema model. Each must
 * return sanely (0, or -1 with a usage error naming the file) and neither
 * crash nor trip the sanitizers. Plus the exact outcome of a few of them. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

static const char *current; /* the input being replayed, for messages */

#define FZ_CHECK(cond, what)                                                  \
	do {                                                                  \
		if (!(cond))                                                  \
			fail_msg("%s: %s (%s)", current, what, #cond);        \
	} while (0)

#include "../fuzz/fuzz_common.h"

static char tmp_path[256];

static const char *regressions_dir(void)
{
	static char dir[1024];
	const char *root = getenv("ROOT");

	/* tests/run.sh runs from the repository root and exports ROOT */
	snprintf(dir, sizeof(dir), "%s/tests/fuzz/regressions", root && *root ? root : ".");
	return dir;
}

static void write_tmp(const void *data, size_t size)
{
	FILE *f = fopen(tmp_path, "wb");

	assert_non_null(f);
	if (size)
		assert_int_equal(fwrite(data, 1, size, f), size);
	assert_int_equal(fclose(f), 0);
}

static char *read_all(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	char *data;
	long n;

	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	n = ftell(f);
	assert_true(n >= 0);
	rewind(f);
	data = sg_malloc((size_t)n + 1);
	assert_int_equal(fread(data, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*size = (size_t)n;
	return data;
}

/* Both entry points on one input; returns the config result. */
static int replay(const char *name, const void *data, size_t size, struct sg_error *err)
{
	current = name;
	fz_url_one(data, size);
	write_tmp(data, size);
	memset(err, 0, sizeof(*err));
	return fz_config_one(tmp_path, err);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void every_regression_file_replays(void **state)
{
	const char *dir = regressions_dir();
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0;

	(void)state;
	if (!d)
		fail_msg("cannot open %s", dir);
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' || !strncmp(e->d_name, "README", 6))
			continue;
		SG_GROW(names, n + 1, cap);
		names[n++] = sg_strdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_names);
	/* the directory holds the hand-picked inputs at least */
	assert_true(n >= 50);
	for (size_t i = 0; i < n; i++) {
		char path[2048];
		struct stat st;
		struct sg_error err;
		size_t size;
		char *data;

		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		assert_int_equal(stat(path, &st), 0);
		if (S_ISREG(st.st_mode)) {
			data = read_all(path, &size);
			replay(names[i], data, size, &err);
			free(data);
		}
		free(names[i]);
	}
	free(names);
}

static void expect_url(const char *s, int rc, const char *needle)
{
	struct sg_url u;
	struct sg_error err = { 0 };

	current = s;
	assert_int_equal(fz_url_one((const uint8_t *)s, strlen(s)), rc);
	assert_int_equal(sg_url_parse(s, &u, &err), rc);
	if (rc < 0 && !strstr(err.msg, needle))
		fail_msg("'%s': message '%s' lacks '%s'", s, err.msg, needle);
	if (rc == 0)
		sg_url_release(&u);
}

/* An empty password or parameter value decodes to "" (the fuzzer's first
 * find: sg_url_decode returned an unterminated string for empty parts). */
static void empty_url_parts_are_empty_strings(void **state)
{
	struct sg_url u;
	struct sg_error err = { 0 };

	(void)state;
	assert_int_equal(sg_url_parse("mysql://seedgen:@127.0.0.1:3306/erp?ssl-mode=", &u, &err), 0);
	assert_string_equal(u.user, "seedgen");
	assert_non_null(u.password);
	assert_string_equal(u.password, "");
	assert_int_equal(u.nparams, 1);
	assert_string_equal(u.params[0].key, "ssl-mode");
	assert_string_equal(u.params[0].value, "");
	sg_url_release(&u);

	char *dec = NULL;
	assert_int_equal(sg_url_decode("", 0, &dec), 0);
	assert_string_equal(dec, "");
	free(dec);
}

static void nasty_urls(void **state)
{
	(void)state;
	expect_url("mysql://u:p@[::1:3306/db", -1, "unterminated '['");
	expect_url("mysql://u:p@[::1]x3306/db", -1, "junk after ']'");
	expect_url("mysql://u:p@h:99999999999999999999999999/db", -1, "bad port");
	expect_url("mysql://u:p@h:0/db", -1, "bad port '0'");
	expect_url("mysql://u:p@h:/db", -1, "empty port");
	expect_url("mysql://a:1,b:2/db", -1, "several hosts");
	expect_url("mysql://u%:p@h/db", -1, "bad percent-escape in the user name");
	expect_url("mysql://h/a/b", -1, "more than one segment");
	expect_url("mysql://h/db?=x", -1, "without key=value");
	expect_url("sqlite://u:secret123@h/db", -1, "unknown database URL scheme 'sqlite'");
	expect_url("://", -1, "no scheme");
	expect_url("", -1, "empty database URL");
	expect_url("mysql://", 0, NULL);
	expect_url("postgres://,,,/db?", 0, NULL);
	expect_url("mysql://a@b@c@d:pw@@@h/db", 0, NULL);
}

/* A failing config never leaks its password-free message position: each
 * error names the file, a line and a column. */
static void expect_config(const char *text, int rc, const char *needle)
{
	struct sg_error err;

	assert_int_equal(replay(text, text, strlen(text), &err), rc);
	if (rc < 0) {
		if (!strstr(err.msg, needle))
			fail_msg("'%s': message '%s' lacks '%s'", text, err.msg, needle);
		if (!strstr(err.msg, tmp_path))
			fail_msg("'%s': message '%s' does not name the file", text, err.msg);
	}
}

static void nasty_configs(void **state)
{
	struct sg_error err;
	char *deep;
	size_t n = 20000;

	(void)state;
	expect_config("", -1, ":1:1: malformed JSON: unexpected end of file");
	expect_config("{} {}", -1, ":1:4: malformed JSON: unexpected '{' after the value");
	expect_config("\xef\xbb\xbf{}", -1, "malformed JSON");
	expect_config("null", -1, "expected an object, found null");
	expect_config("{\"defaults\": {\"count\": 1e400}}", -1, "out of range");
	expect_config("{\"tables\": {\"users\": {\"count\": 0.5}}}", -1, "expected a whole number");
	expect_config("{\"tables\": {\"\": {\"count\": 1}}}", -1, "unknown table ''");
	expect_config("{\"tables\": {\"us\\u0000ers\": {\"count\": 1}}}", -1, "unknown table 'us'");
	expect_config("{\"tables\": {\"orders\": {\"columns\": {\"placed_on\": "
		      "{\"min\": \"2024-02-31\", \"max\": \"99999-01-01\"}}}}}", -1, "is not a date");
	expect_config("{\"tables\": {\"orders\": {\"columns\": {\"status\": {\"min\": 1, \"max\": 2}}}}}",
		      -1, "need a numeric or date column");
	expect_config("{\"tables\": {\"orders\": {\"relations\": {\"user_id\": {\"references\": \".\"}}}}}",
		      -1, "must be \"table.column\"");
	expect_config("{\"tables\": {\"comments\": {\"polymorphic\": {\"commentable\": "
		      "{\"map\": {\"note\": \"notes\"}}}}}}", -1, "needs a one-column primary key");
	expect_config("{\"tables\": {\"users\": {\"columns\": {\"role\": {\"values\": [\"root\"]}}}}}",
		      -1, "value 'root' is not in the enum");
	expect_config("{\"scenarios\": {\"s\": {\"tables\": {\"nope\": {\"count\": 1}}}}}", 0, NULL);
	expect_config("{\"foreign_keys\": {\"infer\": false}, \"tables\": {\"orders\": {\"relations\": "
		      "{\"parent_order_id\": {\"references\": \"orders.id\"}}}}}", 0, NULL);

	/* nesting far beyond any limit: an error, not a stack overflow */
	deep = sg_malloc(2 * n + 1);
	memset(deep, '[', n);
	memset(deep + n, ']', n);
	deep[2 * n] = '\0';
	assert_int_equal(replay("20000 nested arrays", deep, 2 * n, &err), -1);
	assert_non_null(strstr(err.msg, "malformed JSON"));
	free(deep);
}

static int setup(void **state)
{
	const char *tmp = getenv("TMPDIR");
	int fd;

	(void)state;
	snprintf(tmp_path, sizeof(tmp_path), "%s/sg_fuzz_regression_XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	fd = mkstemp(tmp_path);
	if (fd < 0)
		return -1;
	close(fd);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	unlink(tmp_path);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_regression_file_replays),
		cmocka_unit_test(empty_url_parts_are_empty_strings),
		cmocka_unit_test(nasty_urls),
		cmocka_unit_test(nasty_configs),
	};
	return cmocka_run_group_tests_name("fuzz regressions", tests, setup, teardown);
}
