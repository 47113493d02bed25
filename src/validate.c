/*
 * `seedgen validate`: compares the live schema with a contract (seedgen's
 * schema JSON or a drizzle-kit snapshot) and reports the drift, as text,
 * JSON or Markdown, optionally archived under DIR/<date>/.
 *
 * Both sides are struct sg_schema, so the comparison is one function
 * (validate_compare.c); what makes it useful is that equivalent spellings
 * are not drift: types and defaults are compared in a canonical form
 * (validate_canon.c). This file writes the reports and runs the command.
 */
#include <errno.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <cjson/cJSON.h>

#include "seedgen/buf.h"
#include "seedgen/check.h"
#include "seedgen/cli.h"
#include "seedgen/commands.h"
#include "seedgen/contract_read.h"
#include "seedgen/db.h"

/* --- reports --------------------------------------------------------------------- */

int sg_check_report_dir(const char *dir, char **out, struct sg_error *err)
{
	struct sg_buf path = SG_BUF_INIT;
	time_t now = time(NULL);
	struct tm tm;
	char date[16];

	*out = NULL;
	gmtime_r(&now, &tm);
	strftime(date, sizeof(date), "%Y-%m-%d", &tm);
	sg_buf_adds(&path, dir);
	while (path.len > 1 && path.data[path.len - 1] == '/')
		path.data[--path.len] = '\0';
	sg_buf_addf(&path, "/%s", date);
	/* mkdir -p */
	for (size_t i = 1; i <= path.len; i++) {
		if (i < path.len && path.data[i] != '/')
			continue;
		path.data[i] = '\0';
		if (mkdir(path.data, 0777) < 0 && errno != EEXIST) {
			int e = errno;

			sg_error_set(err, SG_EXIT_USAGE, "cannot create report directory '%s': %s",
				     path.data, strerror(e));
			sg_buf_release(&path);
			return -1;
		}
		if (i < path.len)
			path.data[i] = '/';
	}
	*out = sg_buf_detach(&path);
	return 0;
}

int sg_check_write_file(const char *path, const char *text, struct sg_error *err)
{
	FILE *f = fopen(path, "w");

	if (!f)
		return sg_error_set(err, SG_EXIT_USAGE, "cannot write '%s': %s", path, strerror(errno));
	fputs(text, f);
	if (fclose(f) != 0)
		return sg_error_set(err, SG_EXIT_USAGE, "cannot write '%s': %s", path, strerror(errno));
	return 0;
}

struct run_info {
	const char *contract_path;
	const char *contract_kind;
	const char *database;   /* redacted URL */
	char when[32];          /* ISO 8601, UTC */
};

static void summary(const struct sg_drift_report *r, struct sg_buf *b)
{
	sg_buf_addf(b, "%zu issue%s across %zu table%s", r->n, r->n == 1 ? "" : "s", r->ntables,
		    r->ntables == 1 ? "" : "s");
}

static char *report_json(const struct sg_drift_report *r, const struct run_info *ri)
{
	cJSON *root = cJSON_CreateObject(), *arr = cJSON_CreateArray();
	struct sg_buf s = SG_BUF_INIT;
	char *out;

	cJSON_AddStringToObject(root, "format", "seedgen-validate/1");
	cJSON_AddStringToObject(root, "contract", ri->contract_path);
	cJSON_AddStringToObject(root, "contract_format", ri->contract_kind);
	cJSON_AddStringToObject(root, "database", ri->database);
	cJSON_AddStringToObject(root, "checked_at", ri->when);
	cJSON_AddNumberToObject(root, "tables", (double)r->ntables);
	cJSON_AddNumberToObject(root, "issue_count", (double)r->n);
	for (size_t i = 0; i < r->n; i++) {
		const struct sg_drift *d = &r->items[i];
		cJSON *o = cJSON_CreateObject(), *cols = cJSON_CreateArray();
		char *subject = sg_drift_subject(d);

		cJSON_AddStringToObject(o, "table", d->table);
		if (d->ncols == 1)
			cJSON_AddStringToObject(o, "column", d->columns[0]);
		else
			cJSON_AddNullToObject(o, "column");
		for (size_t j = 0; j < d->ncols; j++)
			cJSON_AddItemToArray(cols, cJSON_CreateString(d->columns[j]));
		cJSON_AddItemToObject(o, "columns", cols);
		cJSON_AddStringToObject(o, "kind", d->kind);
		if (d->contract)
			cJSON_AddStringToObject(o, "contract", d->contract);
		else
			cJSON_AddNullToObject(o, "contract");
		if (d->database)
			cJSON_AddStringToObject(o, "database", d->database);
		else
			cJSON_AddNullToObject(o, "database");
		cJSON_AddStringToObject(o, "message", d->message);
		sg_buf_reset(&s);
		sg_buf_addf(&s, "%s: %s", subject, d->message);
		cJSON_AddStringToObject(o, "line", s.data);
		cJSON_AddItemToArray(arr, o);
		free(subject);
	}
	cJSON_AddItemToObject(root, "issues", arr);
	sg_buf_reset(&s);
	summary(r, &s);
	cJSON_AddStringToObject(root, "summary", s.data);
	out = cJSON_Print(root);
	cJSON_Delete(root);
	sg_buf_release(&s);
	if (!out)
		out = sg_strdup("{}");
	return out;
}

/* Markdown table cells: pipes and newlines would break the row. */
static void md_cell(struct sg_buf *b, const char *s)
{
	if (!s || !*s) {
		sg_buf_adds(b, " ");
		return;
	}
	for (; *s; s++) {
		if (*s == '|')
			sg_buf_adds(b, "\\|");
		else if (*s == '\n')
			sg_buf_addch(b, ' ');
		else
			sg_buf_addch(b, *s);
	}
}

static char *report_markdown(const struct sg_drift_report *r, const struct run_info *ri)
{
	struct sg_buf b = SG_BUF_INIT;

	sg_buf_adds(&b, "# Schema drift report\n\n");
	sg_buf_addf(&b, "- Contract: `%s` (%s)\n", ri->contract_path, ri->contract_kind);
	sg_buf_addf(&b, "- Database: `%s`\n", ri->database);
	sg_buf_addf(&b, "- Checked: %s\n\n**", ri->when);
	summary(r, &b);
	sg_buf_adds(&b, "**\n");
	if (r->n) {
		sg_buf_adds(&b, "\n| Table | Column | Issue | Contract | Database |\n"
			    "| --- | --- | --- | --- | --- |\n");
		for (size_t i = 0; i < r->n; i++) {
			const struct sg_drift *d = &r->items[i];
			struct sg_buf cols = SG_BUF_INIT;

			for (size_t j = 0; j < d->ncols; j++)
				sg_buf_addf(&cols, "%s%s", j ? ", " : "", d->columns[j]);
			sg_buf_adds(&b, "| ");
			md_cell(&b, d->table);
			sg_buf_adds(&b, " | ");
			md_cell(&b, cols.data);
			sg_buf_adds(&b, " | ");
			md_cell(&b, d->message);
			sg_buf_adds(&b, " | ");
			md_cell(&b, d->contract);
			sg_buf_adds(&b, " | ");
			md_cell(&b, d->database);
			sg_buf_adds(&b, " |\n");
			sg_buf_release(&cols);
		}
	}
	return sg_buf_detach(&b);
}

static char *report_text(const struct sg_drift_report *r)
{
	struct sg_buf b = SG_BUF_INIT;

	for (size_t i = 0; i < r->n; i++) {
		char *subject = sg_drift_subject(&r->items[i]);

		sg_buf_addf(&b, "%s: %s\n", subject, r->items[i].message);
		free(subject);
	}
	summary(r, &b);
	sg_buf_addch(&b, '\n');
	return sg_buf_detach(&b);
}

/* --- the command ------------------------------------------------------------------ */

static const char usage[] =
	"usage: seedgen validate --contract FILE [--db URL] [--schema NAME]\n"
	"                        [--format text|json|markdown] [--out DIR] [--ignore PATTERN]...\n"
	"\n"
	"Compares the live schema with a contract and reports the drift: missing and\n"
	"extra tables and columns; type, length/precision, nullability, default,\n"
	"auto-increment and enum-value differences; missing and extra primary keys,\n"
	"unique keys, indexes and foreign keys (with ON DELETE). Equivalent spellings\n"
	"(int and int(11), boolean and tinyint(1), now() and CURRENT_TIMESTAMP, quoted\n"
	"and unquoted literals, server-generated key names) are not drift.\n"
	"\n"
	"  --contract FILE   seedgen schema JSON (seedgen snapshot) or a drizzle-kit\n"
	"                    snapshot (mysql version 5, postgresql version 7)\n"
	"  --db URL          database URL (default: $DATABASE_URL)\n"
	"  --schema NAME     PostgreSQL schema (default: public)\n"
	"  --format F        text (default), json or markdown\n"
	"  --out DIR         also write DIR/<YYYY-MM-DD>/report.json and report.md (UTC date)\n"
	"  --ignore PATTERN  skip tables or columns matching a glob on 'table' or\n"
	"                    'table.column' (repeatable, or a comma list)\n"
	"  -q, --quiet       no warnings\n"
	"  -h, --help        this help\n"
	"\n"
	"Exit codes: 0 no drift, 1 drift, 2 usage or input error (unreadable or\n"
	"malformed contract), 3 database error.\n";

enum { O_DB = 1, O_SCHEMA, O_CONTRACT, O_FORMAT, O_OUT, O_IGNORE, O_QUIET, O_HELP };

static const struct sg_opt opts[] = {
	{ "db", 0, 1, O_DB },
	{ "schema", 0, 1, O_SCHEMA },
	{ "contract", 'c', 1, O_CONTRACT },
	{ "format", 0, 1, O_FORMAT },
	{ "out", 'o', 1, O_OUT },
	{ "ignore", 0, 1, O_IGNORE },
	{ "quiet", 'q', 0, O_QUIET },
	{ "help", 'h', 0, O_HELP },
	{ NULL, 0, 0, 0 },
};

static int write_reports(const char *dir, const struct sg_drift_report *r,
			 const struct run_info *ri, struct sg_error *err)
{
	char *day = NULL, *json = NULL, *md = NULL;
	struct sg_buf p = SG_BUF_INIT;
	int rc = -1;

	if (sg_check_report_dir(dir, &day, err) < 0)
		return -1;
	json = report_json(r, ri);
	md = report_markdown(r, ri);
	sg_buf_addf(&p, "%s/report.json", day);
	if (sg_check_write_file(p.data, json, err) < 0)
		goto out;
	sg_buf_reset(&p);
	sg_buf_addf(&p, "%s/report.md", day);
	if (sg_check_write_file(p.data, md, err) < 0)
		goto out;
	if (!sg_quiet)
		fprintf(stderr, "seedgen: wrote %s/report.json and %s/report.md\n", day, day);
	rc = 0;
out:
	free(day);
	free(json);
	free(md);
	sg_buf_release(&p);
	return rc;
}

int cmd_validate(int argc, char **argv)
{
	struct sg_error err = { 0 };
	struct sg_argiter it;
	struct sg_namelist ignore = { 0 };
	struct sg_contract contract = { 0 };
	struct sg_db db = { 0 };
	struct sg_schema schema = { 0 };
	struct sg_drift_report rep = { 0 };
	struct run_info ri = { 0 };
	const char *db_flag = NULL, *schema_name = NULL, *contract_path = NULL, *out_dir = NULL;
	const char *url, *v;
	enum sg_format fmt = SG_FMT_TEXT;
	char *text;
	time_t now;
	struct tm tm;
	int id, rc = SG_EXIT_OK;

	sg_argiter_init(&it, argc, argv, 1, "validate");
	while ((id = sg_argiter_next(&it, opts, &v, &err)) > 0) {
		switch (id) {
		case O_DB: db_flag = v; break;
		case O_SCHEMA: schema_name = v; break;
		case O_CONTRACT: contract_path = v; break;
		case O_OUT: out_dir = v; break;
		case O_IGNORE: sg_namelist_add_csv(&ignore, v); break;
		case O_FORMAT:
			if (sg_cli_parse_format(v, true, &fmt, &err) < 0)
				goto fail;
			break;
		case O_QUIET: sg_quiet = 1; break;
		case O_HELP: fputs(usage, stdout); goto out;
		}
	}
	if (id < 0)
		goto fail;
	if (!contract_path) {
		sg_error_set(&err, SG_EXIT_USAGE, "seedgen validate needs --contract FILE");
		sg_error_hint(&err, "write one with 'seedgen snapshot > contract.json', or pass a "
			      "drizzle-kit snapshot (drizzle/meta/NNNN_snapshot.json)");
		goto fail;
	}
	if (sg_cli_db_url(db_flag, &url, &err) < 0)
		goto fail;
	if (sg_contract_load(contract_path, schema_name, &contract, &err) < 0)
		goto fail;
	if (sg_db_open(&db, url, schema_name, &err) < 0)
		goto fail;
	if (sg_schema_caps(&contract.schema) != db.caps) {
		const struct sg_caps *cc = sg_schema_caps(&contract.schema);

		sg_error_set(&err, SG_EXIT_USAGE, "contract '%s' describes a %s schema, but '%s' is %s",
			     contract_path, cc ? cc->name : "unknown", db.url.redacted, db.caps->name);
		goto fail;
	}
	if (sg_db_introspect(&db, &schema, &err) < 0)
		goto fail;

	sg_validate_compare(&contract, &schema, &ignore, &rep);
	ri.contract_path = contract_path;
	ri.contract_kind = sg_contract_kind_name(contract.kind);
	ri.database = db.url.redacted;
	now = time(NULL);
	gmtime_r(&now, &tm);
	strftime(ri.when, sizeof(ri.when), "%Y-%m-%dT%H:%M:%SZ", &tm);

	if (fmt == SG_FMT_JSON)
		text = report_json(&rep, &ri);
	else if (fmt == SG_FMT_MARKDOWN)
		text = report_markdown(&rep, &ri);
	else
		text = report_text(&rep);
	fputs(text, stdout);
	if (fmt == SG_FMT_JSON)
		fputc('\n', stdout);
	fflush(stdout);
	free(text);
	if (out_dir && write_reports(out_dir, &rep, &ri, &err) < 0)
		goto fail;
	rc = rep.n ? SG_EXIT_CHECK : SG_EXIT_OK;
	goto out;
fail:
	sg_error_print(&err);
	rc = err.code ? err.code : SG_EXIT_USAGE;
out:
	sg_drift_report_release(&rep);
	sg_schema_release(&schema);
	sg_db_close(&db);
	sg_contract_release(&contract);
	sg_namelist_release(&ignore);
	return rc;
}
