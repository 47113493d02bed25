/*
 * The fuzzing entry points, shared by the libFuzzer targets (fuzz_url.c,
 * fuzz_config.c) and by the cmocka replay of tests/fuzz/regressions/
 * (tests/unit/test_fuzz_regressions.c), so that an input the fuzzer found
 * replays through exactly the same code.
 *
 *   fz_url_one(data, size)      sg_url_parse, sg_url_param, sg_url_redact,
 *                               sg_url_decode on the bytes
 *   fz_config_one(path)         sg_config_load of the file (no scenario, then
 *                               the file's own scenarios and a built-in one),
 *                               sg_config_check against a small hand-made
 *                               schema model (fz_model), sg_config_apply_fks
 *
 * Both check invariants with FZ_CHECK(cond, what), which the includer
 * defines (abort() under the fuzzer, a cmocka failure in the replay), and
 * release everything: under the fuzzer a leak is a finding too.
 */
#ifndef SEEDGEN_FUZZ_COMMON_H
#define SEEDGEN_FUZZ_COMMON_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/config.h"
#include "seedgen/error.h"
#include "seedgen/json.h"
#include "seedgen/schema.h"
#include "seedgen/url.h"

#ifndef FZ_CHECK
#error "define FZ_CHECK(cond, what) before including fuzz_common.h"
#endif

static inline size_t fz_count(const char *hay, const char *needle)
{
	size_t n = 0, len = strlen(needle);

	for (const char *p = hay; len && (p = strstr(p, needle)); p++)
		n++;
	return n;
}

/* A failed call: the error is a usage error with a message, as main.c
 * would print it. */
static inline void fz_check_error(const struct sg_error *err)
{
	FZ_CHECK(err->code == SG_EXIT_USAGE, "an error must carry exit code 2");
	FZ_CHECK(err->msg[0] != '\0', "an error must carry a message");
	FZ_CHECK(memchr(err->msg, '\0', sizeof(err->msg)) != NULL, "unterminated message");
}

/* Returns what sg_url_parse returned. */
static inline int fz_url_one(const uint8_t *data, size_t size)
{
	char *s = sg_malloc(size + 1);
	struct sg_url u;
	struct sg_error err = { 0 };
	char *red, *dec = NULL;
	int rc;

	memcpy(s, data, size);
	s[size] = '\0';

	if (sg_url_decode(s, strlen(s), &dec) == 0) {
		FZ_CHECK(dec && strlen(dec) <= strlen(s), "decoding never lengthens");
		free(dec);
	} else {
		FZ_CHECK(dec == NULL, "a failed decode leaves no string");
	}

	red = sg_url_redact(s);
	FZ_CHECK(red != NULL, "redact returns a string");
	free(red);

	rc = sg_url_parse(s, &u, &err);
	if (rc == 0) {
		FZ_CHECK(err.code == 0, "success leaves the error clear");
		FZ_CHECK(u.dialect == SG_DIALECT_MYSQL || u.dialect == SG_DIALECT_PGSQL,
			 "a parsed URL has a dialect");
		FZ_CHECK(u.scheme && u.raw && u.redacted, "scheme, raw and redacted are set");
		FZ_CHECK(!strcmp(u.raw, s), "raw is the input");
		FZ_CHECK(u.port >= 0 && u.port <= 65535, "port in range");
		FZ_CHECK(!u.host || *u.host, "an empty host is NULL");
		for (size_t i = 0; i < u.nparams; i++) {
			FZ_CHECK(u.params[i].key && u.params[i].value, "parameters are set");
			FZ_CHECK(sg_url_param(&u, u.params[i].key) != NULL, "a parameter is found");
		}
		/* The password must not survive redaction. Only decidable when
		 * the input spells it as is (no escapes: the text between the
		 * user's ':' and the '@' is the password), it has no '*', and it
		 * occurs exactly once in the input: then any occurrence in the
		 * redacted text would be the password itself. */
		if (u.password && strlen(u.password) >= 6 && !strchr(u.password, '*') &&
		    fz_count(s, u.password) == 1) {
			const char *at = strchr(s, '@'), *pw = strstr(s, u.password);

			if (pw && pw > s && pw[-1] == ':' && pw[strlen(u.password)] == '@' &&
			    (!at || at >= pw) && !memchr(s, '?', (size_t)(pw - s)))
				FZ_CHECK(!strstr(u.redacted, u.password),
					 "password leaks into the redacted URL");
		}
		sg_url_release(&u);
	} else {
		FZ_CHECK(rc == -1, "failure returns -1");
		fz_check_error(&err);
		FZ_CHECK(!u.raw && !u.redacted && !u.scheme && !u.user && !u.password &&
			 !u.host && !u.database && !u.params && u.nparams == 0 && u.port == 0,
			 "a failed parse leaves the URL empty");
	}
	free(s);
	return rc;
}

/* Builds the fixed model the config is checked against:
 *   users    (id PK, email varchar(40) unique, role enum NOT NULL,
 *             created_at datetime, score decimal(8,2), bio text,
 *             shape geometry, born year)
 *   orders   (id PK, user_id NOT NULL FK -> users.id, status enum,
 *             total decimal(10,2), placed_on date, code char(8),
 *             parent_order_id (inferred self-reference))
 *   comments (id PK, commentable_type enum('order','user'),
 *             commentable_id int, body varchar(500), ts timestamp)
 *   notes    (no primary key; txt varchar(10)) */
static inline void fz_model(struct sg_schema *s)
{
	struct sg_table *t;
	struct sg_column *c;
	struct sg_key *k;
	struct sg_fk *fk;

	memset(s, 0, sizeof(*s));
	s->dialect = SG_DIALECT_MYSQL;
	s->database = sg_strdup("fuzz");

	t = sg_schema_add_table(s, "users");
	c = sg_table_add_column(t, "id");
	c->cls = SG_T_INT, c->int_bytes = 4, c->nullable = false, c->auto_increment = true;
	c->raw_type = sg_strdup("int(11)");
	sg_key_add_column(&t->pk, "id");
	c = sg_table_add_column(t, "email");
	c->cls = SG_T_VARCHAR, c->length = 40, c->nullable = false;
	c->raw_type = sg_strdup("varchar(40)");
	k = sg_table_add_unique(t, "users_email_uq");
	sg_key_add_column(k, "email");
	c = sg_table_add_column(t, "role");
	c->cls = SG_T_ENUM, c->nullable = false;
	c->raw_type = sg_strdup("enum('admin','member','guest')");
	sg_column_add_enum(c, "admin");
	sg_column_add_enum(c, "member");
	sg_column_add_enum(c, "guest");
	c = sg_table_add_column(t, "created_at");
	c->cls = SG_T_DATETIME;
	c = sg_table_add_column(t, "score");
	c->cls = SG_T_DECIMAL, c->precision = 8, c->scale = 2;
	c->raw_type = sg_strdup("decimal(8,2)");
	c = sg_table_add_column(t, "bio");
	c->cls = SG_T_TEXT, c->length = 255;
	c = sg_table_add_column(t, "shape");
	c->cls = SG_T_OTHER;
	c->raw_type = sg_strdup("geometry");
	c = sg_table_add_column(t, "born");
	c->cls = SG_T_YEAR;

	t = sg_schema_add_table(s, "orders");
	c = sg_table_add_column(t, "id");
	c->cls = SG_T_INT, c->int_bytes = 8, c->nullable = false, c->auto_increment = true;
	sg_key_add_column(&t->pk, "id");
	c = sg_table_add_column(t, "user_id");
	c->cls = SG_T_INT, c->int_bytes = 4, c->nullable = false;
	fk = sg_table_add_fk(t, "orders_user_fk");
	fk->declared = true;
	fk->ref_table = sg_strdup("users");
	sg_fk_add_column(fk, "user_id", "id");
	c = sg_table_add_column(t, "status");
	c->cls = SG_T_ENUM;
	sg_column_add_enum(c, "new");
	sg_column_add_enum(c, "paid");
	sg_column_add_enum(c, "shipped");
	c = sg_table_add_column(t, "total");
	c->cls = SG_T_DECIMAL, c->precision = 10, c->scale = 2;
	c = sg_table_add_column(t, "placed_on");
	c->cls = SG_T_DATE;
	c = sg_table_add_column(t, "code");
	c->cls = SG_T_CHAR, c->length = 8;
	c = sg_table_add_column(t, "parent_order_id");
	c->cls = SG_T_INT, c->int_bytes = 8;

	t = sg_schema_add_table(s, "comments");
	c = sg_table_add_column(t, "id");
	c->cls = SG_T_INT, c->int_bytes = 4, c->nullable = false;
	sg_key_add_column(&t->pk, "id");
	c = sg_table_add_column(t, "commentable_type");
	c->cls = SG_T_ENUM;
	sg_column_add_enum(c, "order");
	sg_column_add_enum(c, "user");
	c = sg_table_add_column(t, "commentable_id");
	c->cls = SG_T_INT, c->int_bytes = 4;
	c = sg_table_add_column(t, "body");
	c->cls = SG_T_VARCHAR, c->length = 500;
	c = sg_table_add_column(t, "ts");
	c->cls = SG_T_TIMESTAMP;

	t = sg_schema_add_table(s, "notes");
	c = sg_table_add_column(t, "txt");
	c->cls = SG_T_VARCHAR, c->length = 10;

	sg_schema_finish(s);
	sg_schema_infer_fks(s);
}

/* Reads every lookup a loaded config offers, so that a dangling pointer
 * in what load built shows up under ASan. */
static inline void fz_walk_config(const struct sg_config *cfg)
{
	for (size_t i = 0; i < cfg->ntables; i++) {
		const struct sg_cfg_table *t = &cfg->tables[i];

		FZ_CHECK(sg_config_table(cfg, t->name) != NULL, "a table is found by name");
		for (size_t j = 0; j < t->ncolumns; j++) {
			FZ_CHECK(sg_config_column(t, t->columns[j].name) != NULL, "a column is found");
			for (size_t v = 0; v < t->columns[j].opts.nvalues; v++)
				FZ_CHECK(t->columns[j].opts.values[v] != NULL, "values are set");
		}
		for (size_t j = 0; j < t->nrelations; j++)
			FZ_CHECK(sg_config_relation(t, t->relations[j].column) != NULL,
				 "a relation is found");
		for (size_t j = 0; j < t->npolys; j++)
			for (size_t m = 0; m < t->polys[j].nmap; m++)
				FZ_CHECK(t->polys[j].map[m].type_value && t->polys[j].map[m].table,
					 "a polymorphic map entry is set");
	}
}

/* One load + check + apply with scenario (NULL: none). Returns 0 when the
 * config loads and passes the checks, -1 otherwise; *first_err gets the
 * error when first_err is not NULL. Copies the file's scenario names
 * (up to 2) into names[] when scenario is NULL. */
static inline int fz_config_pass(const char *path, const char *scenario, char *names[2],
			  struct sg_error *first_err)
{
	struct sg_config cfg;
	struct sg_schema s;
	struct sg_error err = { 0 };
	int rc;

	rc = sg_config_load(&cfg, path, scenario, &err);
	if (rc < 0) {
		FZ_CHECK(rc == -1, "failure returns -1");
		fz_check_error(&err);
		FZ_CHECK(strstr(err.msg, path) != NULL, "a load error names the file");
		FZ_CHECK(cfg.doc == NULL && cfg.tables == NULL && cfg.path == NULL,
			 "a failed load leaves nothing behind");
		/* as seed.c does: release after a failure too (frees the scenario) */
		sg_config_release(&cfg);
		if (first_err)
			*first_err = err;
		return -1;
	}
	FZ_CHECK(cfg.path && !strcmp(cfg.path, path), "the config keeps its path");
	FZ_CHECK(cfg.default_count >= 0 && cfg.null_rate >= 0 && cfg.null_rate <= 1,
		 "defaults in range");
	fz_walk_config(&cfg);
	if (!scenario && names && cfg.doc) {
		const struct sg_json_doc *doc = cfg.doc;
		const cJSON *sc = cJSON_GetObjectItemCaseSensitive(doc->root, "scenarios");
		const cJSON *e;
		int n = 0;

		if (cJSON_IsObject(sc))
			cJSON_ArrayForEach(e, sc)
				if (n < 2 && e->string)
					names[n++] = sg_strdup(e->string);
	}
	fz_model(&s);
	rc = sg_config_check(&cfg, &s, &err);
	if (rc == 0) {
		sg_config_apply_fks(&cfg, &s);
		for (size_t i = 0; i < s.ntables; i++)
			for (size_t j = 0; j < s.tables[i]->nfks; j++)
				FZ_CHECK(s.tables[i]->fks[j]->ncols >= 1 &&
					 s.tables[i]->fks[j]->ref_table,
					 "relations after apply_fks are whole");
	} else {
		FZ_CHECK(rc == -1, "failure returns -1");
		fz_check_error(&err);
		FZ_CHECK(strstr(err.msg, path) != NULL, "a check error names the file");
		if (first_err)
			*first_err = err;
	}
	sg_schema_release(&s);
	sg_config_release(&cfg);
	return rc;
}

/* Returns the result of the plain (no scenario) pass; the scenario passes
 * only have to be sane. */
static inline int fz_config_one(const char *path, struct sg_error *first_err)
{
	static const char *const builtin[] = { "light", "full", "edge", "no-such-scenario" };
	char *names[2] = { NULL, NULL };
	int rc = fz_config_pass(path, NULL, names, first_err);

	if (rc == 0) {
		for (int i = 0; i < 2 && names[i]; i++)
			fz_config_pass(path, names[i], NULL, NULL);
		/* one built-in scenario, picked by the first scenario name */
		fz_config_pass(path, builtin[names[0] ? strlen(names[0]) % 4 : 0], NULL, NULL);
	}
	free(names[0]);
	free(names[1]);
	return rc;
}

#endif
