/*
 * `seedgen reconcile`: makes sure that required reference rows exist
 * (roles, permissions, role-permission pairs, ...), without touching what
 * is already there. The file lists, per table and in order, rows that a
 * natural key identifies; a value may be a reference {"ref": TABLE, "by":
 * {COLUMN: VALUE, ...}} that stands for another row's primary key (or a
 * named column). Every row is looked up by its key, set-based (one SELECT
 * per chunk of rows, with the server's own comparison rules); the missing
 * rows are inserted, and with --update the non-key columns that differ are
 * updated. Nothing is ever deleted. Then the file's invariants are checked.
 *
 * Everything that can be checked is checked before anything is written:
 * the file against the live schema (errors as FILE:LINE:COL and the JSON
 * path), value types and enum values, NOT NULL columns, references. The
 * writes happen in one transaction in sg_rc_apply(), the only function that
 * writes, so a failure leaves the database as it was. --dry-run computes
 * the same plan with reads only, treating rows the file would add as there
 * for the references and invariants that need them.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "seedgen/buf.h"
#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/db.h"
#include "seedgen/guard.h"
#include "seedgen/json.h"
#include "seedgen/valuefit.h"
#include "reconcile_int.h"

static const char usage[] =
	"usage: seedgen reconcile --file FILE [--dry-run] [--update] [--db URL]\n"
	"                         [--schema NAME] [--format text|json]\n"
	"                         [--env NAME] [--allow-production]\n"
	"\n"
	"Inserts the reference rows of FILE that the database lacks, matching rows by\n"
	"their natural key; never deletes, and updates only with --update. Then\n"
	"checks the file's invariants. Running it twice inserts nothing the second\n"
	"time. All writes happen in one transaction: on any error nothing is written.\n"
	"\n"
	"  -f, --file FILE      the reference rows and invariants (JSON)\n"
	"  --dry-run            report what would be inserted/updated; write nothing\n"
	"  --update             also update non-key columns that differ from the file\n"
	"  --db URL             database URL (default: $DATABASE_URL)\n"
	"  --schema NAME        PostgreSQL schema (default: public)\n"
	"  --format F           text (default) or json\n"
	"  --env NAME           the target's environment (production guard)\n"
	"  --allow-production   allow writing to a production target\n"
	"  --config FILE        config with environments (default: $SEEDGEN_CONFIG)\n"
	"  -q, --quiet          no warnings\n"
	"  -h, --help           this help\n"
	"\n"
	"Exit codes: 0 ok, 1 an invariant failed, 2 usage or input error,\n"
	"3 database error.\n";

enum { O_FILE = 1, O_DRY, O_UPDATE, O_DB, O_SCHEMA, O_FORMAT, O_ENV, O_ALLOW_PROD, O_CONFIG,
       O_QUIET, O_HELP };

static const struct sg_opt opts[] = {
	{ "file", 'f', 1, O_FILE },
	{ "dry-run", 0, 0, O_DRY },
	{ "update", 0, 0, O_UPDATE },
	{ "db", 0, 1, O_DB },
	{ "schema", 0, 1, O_SCHEMA },
	{ "format", 0, 1, O_FORMAT },
	{ "env", 0, 1, O_ENV },
	{ "allow-production", 0, 0, O_ALLOW_PROD },
	{ "config", 'c', 1, O_CONFIG },
	{ "quiet", 'q', 0, O_QUIET },
	{ "help", 'h', 0, O_HELP },
	{ NULL, 0, 0, 0 },
};

/* --- invariants ------------------------------------------------------------ */

static int count_where(struct rc *x, const struct invariant *v, long long *out)
{
	struct sg_buf sql = SG_BUF_INIT;
	char *s = NULL;
	int rc;

	sg_buf_adds(&sql, "SELECT COUNT(*) FROM ");
	sg_db_quote_table(x->db, &sql, v->t->name);
	for (size_t i = 0; i < v->nconds; i++) {
		sg_buf_adds(&sql, i ? " AND " : " WHERE ");
		sg_rc_add_match(x, &sql, &v->conds[i]);
	}
	rc = sg_db_query_value(x->db, sql.data, &s, x->err);
	*out = s ? strtoll(s, NULL, 10) : 0;
	free(s);
	sg_buf_release(&sql);
	return rc;
}

static int check_invariant(struct rc *x, struct invariant *v)
{
	struct sg_buf conds = SG_BUF_INIT, msg = SG_BUF_INIT;
	const char *verb = x->dry_run ? "would have" : "has";
	bool pending = false;
	long long n = 0, adds = 0;
	int entry = -1;

	for (size_t i = 0; i < v->nconds; i++) {
		struct ref *r = v->conds[i].ref;

		if (i)
			sg_buf_adds(&conds, ", ");
		sg_rc_describe_cell(&conds, &v->conds[i]);
		if (!r)
			continue;
		if (r->state != REF_FOUND && sg_rc_resolve(x, r, x->dry_run) < 0)
			goto fail;
		if (r->state == REF_MISSING) {
			sg_buf_addf(&msg, "no row of '%s' matches the reference %s", r->t->name, r->desc);
			goto done;
		}
		pending |= r->state == REF_PENDING;
	}
	/* A row that refers to a row still to add cannot be there yet. */
	if (!pending && count_where(x, v, &n) < 0)
		goto fail;
	for (size_t i = 0; i < x->nentries; i++)
		if (x->entries[i].t == v->t)
			entry = (int)i;
	if (x->dry_run && entry >= 0)
		sg_rc_file_adds(x, &x->entries[entry], v->conds, v->nconds, &adds);
	n += adds;
	if (v->min_rows >= 0) {
		v->passed = n >= v->min_rows;
		sg_buf_addf(&msg, "'%s' %s %lld row%s%s%s, expected at least %lld", v->t->name, verb,
			    n, n == 1 ? "" : "s", v->nconds ? " with " : "", sg_buf_str(&conds),
			    v->min_rows);
	} else {
		v->passed = n > 0;
		if (v->passed)
			sg_buf_addf(&msg, "'%s' %s a row with %s", v->t->name, verb, sg_buf_str(&conds));
		else
			sg_buf_addf(&msg, "'%s' %s no row with %s", v->t->name, verb, sg_buf_str(&conds));
	}
done:
	v->message = sg_buf_detach(&msg);
	sg_buf_release(&conds);
	return 0;
fail:
	sg_buf_release(&msg);
	sg_buf_release(&conds);
	return -1;
}

/* --- output ---------------------------------------------------------------- */

static void print_text(const struct rc *x, size_t passed)
{
	long long present = 0, missing = 0, done = 0, differ = 0;
	int width = 6;

	for (size_t i = 0; i < x->nentries; i++)
		if ((int)strlen(x->entries[i].t->name) > width)
			width = (int)strlen(x->entries[i].t->name);
	for (size_t i = 0; i <= x->nentries; i++) {
		const struct entry *e = i < x->nentries ? &x->entries[i] : NULL;
		long long p = e ? e->present : present, m = e ? e->missing : missing;
		long long d = e ? (x->dry_run ? e->missing : e->inserted) : done;
		long long u = e ? (x->dry_run ? e->differ : e->updated) : differ;
		char label[300];

		snprintf(label, sizeof(label), "%s:", e ? e->t->name : "total");
		printf("%-*s %lld present, %lld missing, %lld %s", width + 1, label, p, m, d,
		       x->dry_run ? "would insert" : "inserted");
		if (x->update)
			printf(", %lld %s", u, x->dry_run ? "would update" : "updated");
		putchar('\n');
		if (e) {
			present += p;
			missing += m;
			done += d;
			differ += u;
		}
	}
	if (x->ninvs) {
		putchar('\n');
		for (size_t i = 0; i < x->ninvs; i++)
			printf("%s %s: %s\n", x->invs[i].passed ? "PASS" : "FAIL", x->invs[i].name,
			       x->invs[i].message);
		printf("%zu/%zu invariants passed\n", passed, x->ninvs);
	}
	if (x->dry_run)
		printf("dry run: nothing was written\n");
}

static void print_json(const struct rc *x, size_t passed)
{
	cJSON *root = cJSON_CreateObject(), *tables = cJSON_CreateArray(), *total, *invs;
	long long sum[6] = { 0 };
	char *json;

	cJSON_AddBoolToObject(root, "dry_run", x->dry_run);
	cJSON_AddBoolToObject(root, "update", x->update);
	for (size_t i = 0; i < x->nentries; i++) {
		const struct entry *e = &x->entries[i];
		cJSON *t = cJSON_CreateObject();
		long long v[6] = { e->present, e->missing, e->inserted,
				   x->dry_run ? e->missing : 0, e->updated, x->dry_run ? e->differ : 0 };

		cJSON_AddStringToObject(t, "table", e->t->name);
		cJSON_AddNumberToObject(t, "present", (double)v[0]);
		cJSON_AddNumberToObject(t, "missing", (double)v[1]);
		cJSON_AddNumberToObject(t, "inserted", (double)v[2]);
		cJSON_AddNumberToObject(t, "would_insert", (double)v[3]);
		cJSON_AddNumberToObject(t, "updated", (double)v[4]);
		cJSON_AddNumberToObject(t, "would_update", (double)v[5]);
		cJSON_AddItemToArray(tables, t);
		for (int k = 0; k < 6; k++)
			sum[k] += v[k];
	}
	cJSON_AddItemToObject(root, "tables", tables);
	total = cJSON_AddObjectToObject(root, "total");
	cJSON_AddNumberToObject(total, "present", (double)sum[0]);
	cJSON_AddNumberToObject(total, "missing", (double)sum[1]);
	cJSON_AddNumberToObject(total, "inserted", (double)sum[2]);
	cJSON_AddNumberToObject(total, "would_insert", (double)sum[3]);
	cJSON_AddNumberToObject(total, "updated", (double)sum[4]);
	cJSON_AddNumberToObject(total, "would_update", (double)sum[5]);
	invs = cJSON_AddArrayToObject(root, "invariants");
	for (size_t i = 0; i < x->ninvs; i++) {
		cJSON *v = cJSON_CreateObject();

		cJSON_AddStringToObject(v, "name", x->invs[i].name);
		cJSON_AddStringToObject(v, "table", x->invs[i].t->name);
		cJSON_AddBoolToObject(v, "passed", x->invs[i].passed);
		cJSON_AddStringToObject(v, "message", x->invs[i].message);
		cJSON_AddItemToArray(invs, v);
	}
	cJSON_AddBoolToObject(root, "passed", passed == x->ninvs);
	json = cJSON_Print(root);
	cJSON_Delete(root);
	puts(json ? json : "{}");
	cJSON_free(json);
}

/* --- the command ----------------------------------------------------------- */

static void release(struct rc *x)
{
	for (size_t i = 0; i < x->nentries; i++) {
		struct entry *e = &x->entries[i];

		for (size_t j = 0; j < e->nrows; j++) {
			sg_rc_free_cells(e->rows[j].cells, e->rows[j].ncells);
			free(e->rows[j].key);
		}
		free(e->rows);
		free(e->key);
	}
	free(x->entries);
	for (size_t i = 0; i < x->ninvs; i++) {
		sg_rc_free_cells(x->invs[i].conds, x->invs[i].nconds);
		free(x->invs[i].name);
		free(x->invs[i].message);
	}
	free(x->invs);
	for (size_t i = 0; i < x->nrefs; i++) {
		sg_rc_free_cells(x->refs[i]->by, x->refs[i]->nby);
		free(x->refs[i]->desc);
		free(x->refs[i]->path);
		free(x->refs[i]->value);
		free(x->refs[i]);
	}
	free(x->refs);
}

int cmd_reconcile(int argc, char **argv)
{
	struct sg_error err = { 0 };
	struct sg_argiter it;
	struct sg_json_doc doc = { 0 };
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct rc x = { 0 };
	const char *file = NULL, *db_flag = NULL, *schema_name = NULL, *url, *v;
	enum sg_format fmt = SG_FMT_TEXT;
	size_t passed = 0;
	int id, rc = SG_EXIT_OK;

	x.err = &err;
	sg_argiter_init(&it, argc, argv, 1, "reconcile");
	while ((id = sg_argiter_next(&it, opts, &v, &err)) > 0) {
		switch (id) {
		case O_FILE: file = v; break;
		case O_DRY: x.dry_run = true; break;
		case O_UPDATE: x.update = true; break;
		case O_DB: db_flag = v; break;
		case O_SCHEMA: schema_name = v; break;
		case O_FORMAT:
			if (sg_cli_parse_format(v, false, &fmt, &err) < 0)
				goto fail;
			break;
		case O_ENV: x.env = v; break;
		case O_CONFIG: x.config = v; break;
		case O_ALLOW_PROD: x.allow_production = true; break;
		case O_QUIET: sg_quiet = 1; break;
		case O_HELP: fputs(usage, stdout); goto out;
		}
	}
	if (id < 0)
		goto fail;
	if (!file) {
		sg_error_set(&err, SG_EXIT_USAGE, "'seedgen reconcile' needs --file FILE");
		sg_error_hint(&err, "run 'seedgen reconcile --help' for the file's format");
		goto fail;
	}
	if (sg_cli_db_url(db_flag, &url, &err) < 0)
		goto fail;
	/* The file's syntax first: a malformed file never opens a connection. */
	if (sg_json_doc_load(file, "reconcile file", &doc, &err) < 0)
		goto fail;
	if (sg_db_open(&db, url, schema_name, &err) < 0)
		goto fail;
	if (sg_db_introspect(&db, &schema, &err) < 0)
		goto fail;
	x.doc = &doc;
	x.schema = &schema;
	x.db = &db;
	if (sg_rc_parse_file(&x) < 0)
		goto fail;
	if ((x.dry_run ? sg_rc_plan(&x) : sg_rc_apply(&x)) < 0)
		goto fail;
	for (size_t i = 0; i < x.ninvs; i++) {
		if (check_invariant(&x, &x.invs[i]) < 0)
			goto fail;
		passed += x.invs[i].passed;
	}
	if (fmt == SG_FMT_JSON)
		print_json(&x, passed);
	else
		print_text(&x, passed);
	rc = passed == x.ninvs ? SG_EXIT_OK : SG_EXIT_CHECK;
	goto out;
fail:
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
out:
	release(&x);
	sg_schema_release(&schema);
	sg_db_close(&db);
	sg_json_release(&doc);
	return rc;
}
