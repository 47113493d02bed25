/*
 * `seedgen inspect`: reads the live schema and prints it, as text for
 * people or as seedgen's schema JSON (the contract format) for machines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/contract.h"
#include "seedgen/db.h"

static const struct sg_option options[] = {
	{ NULL, 0, NULL, "only these tables (repeatable, or a comma list)", SG_O_TABLE },
	{ NULL, 0, NULL, "text (default) or json (seedgen's schema JSON)", SG_O_FORMAT },
	{ 0 },
};

const struct sg_cmd_help sg_help_inspect = {
	.synopsis = "[--db URL] [--schema NAME] [--table T]...\n"
		    "                       [--format text|json]",
	.about = "Reads the live schema and prints every base table: columns (type, class,\n"
		 "nullability, default, auto-increment, generated, enum values, checks),\n"
		 "primary key, unique keys, indexes and foreign keys.",
	.options = options,
};

static void column_flags(const struct sg_table *t, const struct sg_column *c, struct sg_buf *b)
{
	if (!c->nullable)
		sg_buf_adds(b, " NOT NULL");
	if (c->default_expr)
		sg_buf_addf(b, " DEFAULT %s", c->default_expr);
	if (c->auto_increment)
		sg_buf_adds(b, c->identity_always ? " identity-always" : " auto-increment");
	if (c->generated)
		sg_buf_adds(b, " generated");
	if (sg_key_has_column(&t->pk, c->name))
		sg_buf_adds(b, " PK");
	if (c->n_enum) {
		sg_buf_adds(b, " {");
		for (size_t i = 0; i < c->n_enum; i++)
			sg_buf_addf(b, "%s%s", i ? "," : "", c->enum_values[i]);
		sg_buf_adds(b, "}");
	}
	if (c->check)
		sg_buf_addf(b, " CHECK %s", c->check);
}

static void print_keylist(const char *label, const struct sg_key *k)
{
	printf("  %s%s (", k->exclusion ? "exclude" : label,
	       k->unique && !k->primary && !strcmp(label, "index") ? " unique" : "");
	for (size_t i = 0; i < k->ncols; i++) {
		const struct sg_key_part *p = k->parts ? &k->parts[i] : NULL;

		printf("%s%s", i ? ", " : "", k->columns[i]);
		if (p && p->prefix)
			printf("(%d)", p->prefix);
		if (p && p->op)
			printf(" WITH %s", p->op);
	}
	printf(")%s%s%s\n", k->nulls_not_distinct ? " NULLS NOT DISTINCT" : "",
	       k->predicate ? " WHERE " : "", k->predicate ? k->predicate : "");
}

/* Display width of a name: characters, not UTF-8 bytes. */
static int chars(const char *s)
{
	int n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void print_table(const struct sg_table *t)
{
	struct sg_buf b = SG_BUF_INIT;
	int w = 4;

	for (size_t i = 0; i < t->ncols; i++)
		if (chars(t->columns[i]->name) > w)
			w = chars(t->columns[i]->name);
	printf("table %s%s (%zu columns)\n", t->name, t->partitioned ? " [partitioned]" : "",
	       t->ncols);
	for (size_t i = 0; i < t->ncols; i++) {
		const struct sg_column *c = t->columns[i];

		sg_buf_reset(&b);
		column_flags(t, c, &b);
		printf("  %s%*s  %-24s %-9s%s\n", c->name, w - chars(c->name), "",
		       c->raw_type ? c->raw_type : "?", sg_type_class_name(c->cls), sg_buf_str(&b));
	}
	if (t->pk.ncols)
		print_keylist("primary key", &t->pk);
	for (size_t i = 0; i < t->nuniques; i++)
		print_keylist("unique", t->uniques[i]);
	for (size_t i = 0; i < t->nindexes; i++)
		print_keylist("index", t->indexes[i]);
	for (size_t i = 0; i < t->nfks; i++) {
		const struct sg_fk *fk = t->fks[i];

		printf("  foreign key (");
		for (size_t j = 0; j < fk->ncols; j++)
			printf("%s%s", j ? ", " : "", fk->columns[j]);
		printf(") -> %s(", fk->ref_table);
		for (size_t j = 0; j < fk->ncols; j++)
			printf("%s%s", j ? ", " : "", fk->ref_columns[j]);
		printf(") ON DELETE %s%s\n", sg_fk_action_name(fk->on_delete),
		       fk->declared ? "" : " [inferred]");
	}
	for (size_t i = 0; i < t->nchecks; i++)
		printf("  check %s: %s\n", t->checks[i]->name ? t->checks[i]->name : "",
		       t->checks[i]->expr);
	printf("\n");
	sg_buf_release(&b);
}

static void print_text(const struct sg_db *db, const struct sg_schema *s,
		       struct sg_table *const *tables, size_t n)
{
	size_t ncols = 0, nfk_decl = 0, nfk_inf = 0, nenum = 0;

	for (size_t i = 0; i < n; i++) {
		ncols += tables[i]->ncols;
		for (size_t j = 0; j < tables[i]->nfks; j++) {
			if (tables[i]->fks[j]->declared)
				nfk_decl++;
			else
				nfk_inf++;
		}
		for (size_t j = 0; j < tables[i]->ncols; j++)
			nenum += tables[i]->columns[j]->cls == SG_T_ENUM;
	}
	printf("%s database '%s'%s%s%s on %s (server %s)\n", db->drv->name,
	       s->database ? s->database : "?", s->schema_name ? ", schema '" : "",
	       s->schema_name ? s->schema_name : "", s->schema_name ? "'" : "",
	       db->url.redacted, s->server_version ? s->server_version : "?");
	printf("%zu tables, %zu columns, %zu enum columns, %zu declared foreign keys, "
	       "%zu inferred\n\n", n, ncols, nenum, nfk_decl, nfk_inf);
	for (size_t i = 0; i < n; i++)
		print_table(tables[i]);
}

int cmd_inspect(struct sg_args *a)
{
	struct sg_error err = { 0 };
	const struct sg_namelist only = a->tables;
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct sg_table **picked = NULL;
	enum sg_format fmt = a->format;
	size_t npicked = 0;
	int rc = SG_EXIT_OK;

	if (sg_cli_open(a->db, a->schema, &db, &schema, &err) < 0)
		goto fail;
	if (sg_schema_pick_or_all(&schema, only.names, only.n, &picked, &npicked, &err) < 0)
		goto fail;
	if (fmt == SG_FMT_JSON) {
		char *json = sg_contract_to_json(&schema, picked, npicked);

		puts(json);
		free(json);
	} else {
		print_text(&db, &schema, picked, npicked);
	}
	goto out;
fail:
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
out:
	free(picked);
	sg_schema_release(&schema);
	sg_db_close(&db);
	return rc;
}
