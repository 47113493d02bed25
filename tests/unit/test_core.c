/* Schema model, option parsing, buffers and the bulk-load text escaping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "seedgen/cli.h"
#include "seedgen/db.h"
#include "seedgen/schema.h"

static void schema_finish_sorts_dedupes_resolves(void **state)
{
	struct sg_schema s = { 0 };
	struct sg_table *b, *a;
	struct sg_key *k;
	struct sg_fk *fk;

	(void)state;
	b = sg_schema_add_table(&s, "orders");
	a = sg_schema_add_table(&s, "clients");
	sg_table_add_column(a, "id");
	sg_key_add_column(&a->pk, "id");
	k = sg_table_add_unique(a, "dup_of_pk");
	sg_key_add_column(k, "id");
	k = sg_table_add_unique(a, "email_unique");
	sg_key_add_column(k, "email");
	k = sg_table_add_unique(a, "email_idx");
	sg_key_add_column(k, "email");
	fk = sg_table_add_fk(b, "orders_client_fk");
	sg_fk_add_column(fk, "client_id", "id");
	fk->ref_table = sg_strdup("clients");
	fk = sg_table_add_fk(b, "orders_gone_fk");
	sg_fk_add_column(fk, "x", "id");
	fk->ref_table = sg_strdup("nowhere");

	assert_int_equal(sg_schema_finish(&s), 0);
	assert_string_equal(s.tables[0]->name, "clients");
	assert_string_equal(s.tables[1]->name, "orders");
	assert_int_equal(a->nuniques, 1);
	assert_string_equal(a->uniques[0]->name, "email_unique");
	assert_int_equal(b->fks[0]->ref_index, 0);
	assert_int_equal(b->fks[1]->ref_index, -1);
	assert_ptr_equal(sg_schema_find(&s, "orders"), b);
	assert_null(sg_schema_find(&s, "order"));
	assert_string_equal(sg_schema_suggest(&s, "order"), "orders");
	assert_string_equal(sg_schema_suggest(&s, "Clients"), "clients");
	assert_null(sg_schema_suggest(&s, "zzzzzzzz"));
	assert_int_equal(sg_schema_count_fks(&s, true), 2);
	sg_schema_release(&s);
}

static struct sg_column *col(struct sg_table *t, const char *name, enum sg_type_class cls)
{
	struct sg_column *c = sg_table_add_column(t, name);

	c->cls = cls;
	return c;
}

static struct sg_table *keyed(struct sg_schema *s, const char *name, enum sg_type_class cls)
{
	struct sg_table *t = sg_schema_add_table(s, name);

	col(t, "id", cls);
	sg_key_add_column(&t->pk, "id");
	return t;
}

/* "table.column" of every inferred relation, joined by spaces. */
static void inferred(const struct sg_schema *s, struct sg_buf *out)
{
	for (size_t i = 0; i < s->ntables; i++)
		for (size_t j = 0; j < s->tables[i]->nfks; j++) {
			const struct sg_fk *fk = s->tables[i]->fks[j];

			if (!fk->declared)
				sg_buf_addf(out, "%s.%s->%s ", s->tables[i]->name, fk->columns[0],
					    fk->ref_table);
		}
}

static void fk_inference_rules(void **state)
{
	struct sg_schema s = { 0 };
	struct sg_table *t;
	struct sg_buf got = SG_BUF_INIT;
	struct sg_fk *fk;

	(void)state;
	keyed(&s, "clients", SG_T_INT);
	keyed(&s, "batches", SG_T_INT);
	keyed(&s, "categories", SG_T_INT);
	keyed(&s, "users", SG_T_VARCHAR);
	keyed(&s, "userDashboardPreferences", SG_T_INT);
	t = keyed(&s, "accounts", SG_T_INT);
	col(t, "parentAccountId", SG_T_INT);
	t = keyed(&s, "orders", SG_T_INT);
	col(t, "clientId", SG_T_INT);            /* camelCase, plural table */
	col(t, "batch_id", SG_T_INT);            /* snake_case, -es plural */
	col(t, "category_id", SG_T_INT);         /* -ies plural */
	col(t, "userId", SG_T_INT);              /* users.id is varchar: no */
	col(t, "stripeCustomerId", SG_T_VARCHAR);/* no such table: no */
	col(t, "commentable_id", SG_T_INT);      /* polymorphic pair: no */
	col(t, "commentable_type", SG_T_VARCHAR);
	col(t, "entityId", SG_T_INT);
	col(t, "entityType", SG_T_VARCHAR);
	col(t, "declaredClientId", SG_T_INT);    /* has a declared FK: no */
	col(t, "valid", SG_T_INT);               /* no suffix */
	col(t, "prefId", SG_T_INT);              /* no such table */
	col(t, "user_dashboard_preference_id", SG_T_INT); /* snake -> camel table */
	fk = sg_table_add_fk(t, "orders_declared_fk");
	sg_fk_add_column(fk, "declaredClientId", "id");
	fk->ref_table = sg_strdup("clients");
	sg_schema_finish(&s);

	assert_int_equal(sg_schema_infer_fks(&s), 5);
	inferred(&s, &got);
	assert_string_equal(got.data,
			    "accounts.parentAccountId->accounts "
			    "orders.clientId->clients orders.batch_id->batches "
			    "orders.category_id->categories "
			    "orders.user_dashboard_preference_id->userDashboardPreferences ");
	assert_int_equal(sg_schema_find(&s, "orders")->fks[1]->ref_index,
			 sg_schema_index_of(&s, "clients"));
	sg_buf_release(&got);
	sg_schema_release(&s);
}

static void fk_actions(void **state)
{
	(void)state;
	assert_int_equal(sg_fk_action_parse("cascade"), SG_FK_CASCADE);
	assert_int_equal(sg_fk_action_parse("SET NULL"), SG_FK_SET_NULL);
	assert_int_equal(sg_fk_action_parse("set_default"), SG_FK_SET_DEFAULT);
	assert_int_equal(sg_fk_action_parse("RESTRICT"), SG_FK_RESTRICT);
	assert_int_equal(sg_fk_action_parse("no action"), SG_FK_NO_ACTION);
	assert_string_equal(sg_fk_action_name(SG_FK_SET_NULL), "SET NULL");
}

static void counts_and_formats(void **state)
{
	struct sg_error err = { 0 };
	long long v = 0;
	unsigned long long u = 0;
	enum sg_format f;

	(void)state;
	assert_int_equal(sg_cli_parse_count("--count", "100", 0, &v, &err), 0);
	assert_int_equal(v, 100);
	assert_int_equal(sg_cli_parse_count("--count", "-5", 0, &v, &err), -1);
	assert_non_null(strstr(err.msg, "--count must be at least 0"));
	assert_int_equal(sg_cli_parse_count("--count", "ten", 0, &v, &err), -1);
	assert_non_null(strstr(err.msg, "'ten'"));
	assert_int_equal(sg_cli_parse_count("--batch-size", "0", 1, &v, &err), -1);
	assert_int_equal(sg_cli_parse_count("--count", "", 0, &v, &err), -1);
	assert_int_equal(sg_cli_parse_u64("--seed", "18446744073709551615", &u, &err), 0);
	assert_true(u == 18446744073709551615ULL);
	assert_int_equal(sg_cli_parse_u64("--seed", "-1", &u, &err), -1);
	assert_int_equal(sg_cli_parse_format("json", false, &f, &err), 0);
	assert_int_equal(f, SG_FMT_JSON);
	assert_int_equal(sg_cli_parse_format("markdown", false, &f, &err), -1);
	assert_int_equal(sg_cli_parse_format("markdown", true, &f, &err), 0);
}

static void option_iterator(void **state)
{
	enum { A = 1, B, C };
	static const struct sg_option opts[] = {
		{ "alpha", 'a', "X", "", A }, { "beta", 0, NULL, "", B }, { "count", 'n', "N", "", C },
	};
	char *argv[] = { "cmd", "--alpha", "x", "--count=5", "-n", "6", "--beta", NULL };
	char *bad1[] = { "cmd", "--nope", NULL };
	char *bad2[] = { "cmd", "--alpha", NULL };
	char *bad3[] = { "cmd", "stray", NULL };
	char *bad4[] = { "cmd", "--beta=1", NULL };
	struct sg_argiter it;
	struct sg_error err = { 0 };
	const char *v;

	(void)state;
	sg_argiter_init(&it, 7, argv, 1, "cmd");
	assert_int_equal(sg_argiter_next(&it, opts, 3, &v, &err), A);
	assert_string_equal(v, "x");
	assert_int_equal(sg_argiter_next(&it, opts, 3, &v, &err), C);
	assert_string_equal(v, "5");
	assert_int_equal(sg_argiter_next(&it, opts, 3, &v, &err), C);
	assert_string_equal(v, "6");
	assert_int_equal(sg_argiter_next(&it, opts, 3, &v, &err), B);
	assert_int_equal(sg_argiter_next(&it, opts, 3, &v, &err), SG_OPT_END);

	sg_argiter_init(&it, 2, bad1, 1, "cmd");
	assert_int_equal(sg_argiter_next(&it, opts, 3, &v, &err), -1);
	assert_non_null(strstr(err.msg, "unknown option '--nope'"));
	sg_argiter_init(&it, 2, bad2, 1, "cmd");
	assert_int_equal(sg_argiter_next(&it, opts, 3, &v, &err), -1);
	assert_non_null(strstr(err.msg, "'--alpha' needs a value"));
	sg_argiter_init(&it, 2, bad3, 1, "cmd");
	assert_int_equal(sg_argiter_next(&it, opts, 3, &v, &err), -1);
	assert_non_null(strstr(err.msg, "unexpected argument 'stray'"));
	sg_argiter_init(&it, 2, bad4, 1, "cmd");
	assert_int_equal(sg_argiter_next(&it, opts, 3, &v, &err), -1);
	assert_non_null(strstr(err.msg, "takes no value"));
}

static void namelist_csv(void **state)
{
	struct sg_namelist l = { 0 };

	(void)state;
	sg_namelist_add_csv(&l, "a,b,,c");
	sg_namelist_add_csv(&l, "b");
	sg_namelist_add_csv(&l, "d");
	assert_int_equal(l.n, 4);
	assert_true(sg_namelist_has(&l, "c"));
	assert_false(sg_namelist_has(&l, "e"));
	sg_namelist_release(&l);
}

static void copy_escape(void **state)
{
	struct sg_buf b = SG_BUF_INIT;
	const char v[] = "a\tb\nc\\d\re";

	(void)state;
	sg_db_copy_escape(&b, v, sizeof(v) - 1);
	sg_buf_addch(&b, '\t');
	sg_db_copy_escape(&b, NULL, 0);
	assert_string_equal(b.data, "a\\tb\\nc\\\\d\\re\t\\N");
	sg_buf_release(&b);
}

static void buffers(void **state)
{
	struct sg_buf b = SG_BUF_INIT;
	char *s;

	(void)state;
	assert_string_equal(sg_buf_str(&b), "");
	for (int i = 0; i < 1000; i++)
		sg_buf_addf(&b, "%d,", i);
	assert_int_equal(strlen(b.data), b.len);
	assert_memory_equal(b.data, "0,1,2,", 6);
	sg_buf_reset(&b);
	sg_buf_adds(&b, "x");
	s = sg_buf_detach(&b);
	assert_string_equal(s, "x");
	assert_null(b.data);
	free(s);
	/* grown but never written: still an empty string */
	sg_buf_grow(&b, 10);
	s = sg_buf_detach(&b);
	assert_string_equal(s, "");
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(schema_finish_sorts_dedupes_resolves),
		cmocka_unit_test(fk_actions),
		cmocka_unit_test(fk_inference_rules),
		cmocka_unit_test(counts_and_formats),
		cmocka_unit_test(option_iterator),
		cmocka_unit_test(namelist_csv),
		cmocka_unit_test(copy_escape),
		cmocka_unit_test(buffers),
	};
	return cmocka_run_group_tests_name("core", tests, NULL, NULL);
}
