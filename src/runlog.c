/*
 * Run reports (see runlog.h): written by seed and reseed as the run goes,
 * read by undo. Writes go to a temporary file that is renamed over the
 * report, so a reader (or a run killed mid-write) never sees half a file.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cjson/cJSON.h>

#include "seedgen/buf.h"
#include "seedgen/json.h"
#include "seedgen/runlog.h"

static void iso_time(time_t t, char *buf, size_t cap)
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, cap, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int sg_runlog_open(struct sg_runlog *log, const char *path, const char *command, uint64_t seed,
		   const struct sg_db *db, const char *database, struct sg_error *err)
{
	struct sg_buf p = SG_BUF_INIT, tmp = SG_BUF_INIT;
	struct tm tm;
	FILE *f;

	memset(log, 0, sizeof(*log));
	log->command = command;
	log->seed = seed;
	log->db = db;
	log->database = database;
	log->started = time(NULL);
	gmtime_r(&log->started, &tm);
	snprintf(log->id, sizeof(log->id), "%04d%02d%02dT%02d%02d%02dZ-%llu-%ld",
		 tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
		 (unsigned long long)seed, (long)getpid());
	if (path) {
		sg_buf_adds(&p, path);
	} else {
		if (mkdir(SG_RUNLOG_DIR, 0777) < 0 && errno != EEXIST)
			return sg_error_set(err, SG_EXIT_USAGE, "cannot create the run report directory "
					    "'%s': %s", SG_RUNLOG_DIR, strerror(errno));
		sg_buf_addf(&p, "%s/%s.json", SG_RUNLOG_DIR, log->id);
	}
	/* Prove the report can be written before the run writes anything. */
	sg_buf_addf(&tmp, "%s.tmp", p.data);
	f = fopen(tmp.data, "w");
	if (!f) {
		sg_error_set(err, SG_EXIT_USAGE, "cannot write the run report '%s': %s", p.data,
			     strerror(errno));
		sg_error_hint(err, "choose another path with --report FILE");
		sg_buf_release(&p);
		sg_buf_release(&tmp);
		return -1;
	}
	fclose(f);
	unlink(tmp.data);
	sg_buf_release(&tmp);
	log->path = sg_buf_detach(&p);
	return 0;
}

void sg_runlog_release(struct sg_runlog *log)
{
	free(log->path);
	log->path = NULL;
}

static cJSON *keys_json(const struct sg_table_result *r)
{
	cJSON *k, *cols, *list;

	if (!r->nkey)
		return cJSON_CreateNull();
	k = cJSON_CreateObject();
	cols = cJSON_AddArrayToObject(k, "columns");
	for (size_t i = 0; i < r->nkey; i++)
		cJSON_AddItemToArray(cols, cJSON_CreateString(r->key_columns[i]));
	if (r->nranges || (r->nkey == 1 && !r->values)) {
		list = cJSON_AddArrayToObject(k, "ranges");
		for (size_t i = 0; i < r->nranges; i++) {
			cJSON *pair = cJSON_CreateArray();

			cJSON_AddItemToArray(pair, cJSON_CreateNumber((double)r->ranges[i].lo));
			cJSON_AddItemToArray(pair, cJSON_CreateNumber((double)r->ranges[i].hi));
			cJSON_AddItemToArray(list, pair);
		}
	} else {
		list = cJSON_AddArrayToObject(k, "values");
		for (size_t i = 0; i < r->nvalues; i++) {
			cJSON *tuple = cJSON_CreateArray();

			for (size_t j = 0; j < r->nkey; j++) {
				const char *v = r->values[i * r->nkey + j];

				cJSON_AddItemToArray(tuple, v ? cJSON_CreateString(v) : cJSON_CreateNull());
			}
			cJSON_AddItemToArray(list, tuple);
		}
	}
	return k;
}

char *sg_runlog_json(const struct sg_runlog *log, const struct sg_run *run, const char *status,
		     const struct sg_error *failure)
{
	cJSON *root = cJSON_CreateObject(), *tables;
	char ts[32];
	char *text;

	cJSON_AddStringToObject(root, "format", "seedgen-run/1");
	cJSON_AddStringToObject(root, "run_id", log->id);
	cJSON_AddStringToObject(root, "command", log->command);
	/* A seed is a 64-bit number: JSON numbers lose precision past 2^53. */
	cJSON_AddNumberToObject(root, "seed", (double)log->seed);
	snprintf(ts, sizeof(ts), "%llu", (unsigned long long)log->seed);
	cJSON_AddStringToObject(root, "seed_text", ts);
	cJSON_AddStringToObject(root, "target", log->db->url.redacted);
	cJSON_AddStringToObject(root, "dialect", log->db->drv->name);
	if (log->database)
		cJSON_AddStringToObject(root, "database", log->database);
	if (log->db->schema_name)
		cJSON_AddStringToObject(root, "schema", log->db->schema_name);
	iso_time(log->started, ts, sizeof(ts));
	cJSON_AddStringToObject(root, "started", ts);
	if (strcmp(status, "running")) {
		iso_time(time(NULL), ts, sizeof(ts));
		cJSON_AddStringToObject(root, "finished", ts);
	} else {
		cJSON_AddNullToObject(root, "finished");
	}
	cJSON_AddStringToObject(root, "status", status);
	if (failure && failure->msg[0])
		cJSON_AddStringToObject(root, "error", failure->msg);
	cJSON_AddNumberToObject(root, "seconds", run->seconds);
	tables = cJSON_AddArrayToObject(root, "tables");
	for (size_t i = 0; i < run->ntables; i++) {
		const struct sg_table_result *r = &run->tables[i];
		cJSON *t = cJSON_CreateObject();

		cJSON_AddStringToObject(t, "name", r->name);
		cJSON_AddNumberToObject(t, "before", (double)r->before);
		if (log->deleted)
			cJSON_AddNumberToObject(t, "deleted", (double)log->deleted[i]);
		cJSON_AddNumberToObject(t, "planned", (double)r->planned);
		cJSON_AddNumberToObject(t, "inserted", (double)r->inserted);
		cJSON_AddNumberToObject(t, "after", (double)r->after);
		cJSON_AddBoolToObject(t, "committed", r->committed && i < run->done);
		cJSON_AddNumberToObject(t, "seconds", r->seconds);
		cJSON_AddNumberToObject(t, "rows_per_second",
					r->seconds > 0 ? (double)(long long)((double)r->inserted / r->seconds) : 0);
		if (r->updated)
			cJSON_AddNumberToObject(t, "deferred_updates", (double)r->updated);
		cJSON_AddItemToObject(t, "keys", keys_json(r));
		cJSON_AddItemToArray(tables, t);
	}
	text = cJSON_Print(root);
	cJSON_Delete(root);
	return text ? text : sg_strdup("{}");
}

int sg_runlog_write(const struct sg_runlog *log, const struct sg_run *run, const char *status,
		    const struct sg_error *failure, struct sg_error *err)
{
	char *text = sg_runlog_json(log, run, status, failure);
	struct sg_buf tmp = SG_BUF_INIT;
	FILE *f;
	int ok;

	sg_buf_addf(&tmp, "%s.tmp", log->path);
	f = fopen(tmp.data, "w");
	ok = f != NULL;
	if (f) {
		ok = fputs(text, f) >= 0 && fputc('\n', f) != EOF;
		/* The report is the evidence of what a run did: make it durable
		 * before it replaces the previous one. */
		ok = fflush(f) == 0 && fsync(fileno(f)) == 0 && ok;
		ok = fclose(f) == 0 && ok;
	}
	if (!ok || rename(tmp.data, log->path) < 0) {
		int e = errno;

		unlink(tmp.data);
		sg_error_set(err, SG_EXIT_USAGE, "cannot write the run report '%s': %s", log->path,
			     strerror(e));
		ok = 0;
	}
	free(text);
	sg_buf_release(&tmp);
	return ok ? 0 : -1;
}

/* --- reading ------------------------------------------------------------------ */

static char *dup_str(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	return cJSON_IsString(v) ? sg_strdup(v->valuestring) : NULL;
}

static int bad_report(struct sg_json_doc *doc, const cJSON *node, const char *what,
		      struct sg_error *err)
{
	char where[512];

	sg_json_where(doc, node, where, sizeof(where));
	return sg_error_set(err, SG_EXIT_USAGE, "%s: not a usable seedgen run report: %s", where, what);
}

static int read_keys(struct sg_json_doc *doc, const cJSON *k, struct sg_report_table *t,
		     struct sg_error *err)
{
	const cJSON *cols = cJSON_GetObjectItemCaseSensitive(k, "columns");
	const cJSON *ranges = cJSON_GetObjectItemCaseSensitive(k, "ranges");
	const cJSON *values = cJSON_GetObjectItemCaseSensitive(k, "values");
	const cJSON *e;
	size_t i = 0;

	if (cJSON_IsNull(k) || !k)
		return 0;
	if (!cJSON_IsArray(cols) || !cJSON_GetArraySize(cols))
		return bad_report(doc, k, "\"keys\" needs \"columns\"", err);
	t->key_columns = sg_calloc((size_t)cJSON_GetArraySize(cols), sizeof(char *));
	cJSON_ArrayForEach(e, cols) {
		if (!cJSON_IsString(e))
			return bad_report(doc, e, "key column names must be strings", err);
		t->key_columns[t->nkey++] = sg_strdup(e->valuestring);
	}
	if (cJSON_IsArray(ranges)) {
		if (t->nkey != 1)
			return bad_report(doc, ranges, "ranges need exactly one key column", err);
		t->ranges = sg_calloc((size_t)cJSON_GetArraySize(ranges) + 1, sizeof(*t->ranges));
		cJSON_ArrayForEach(e, ranges) {
			const cJSON *lo = cJSON_GetArrayItem(e, 0), *hi = cJSON_GetArrayItem(e, 1);

			if (!cJSON_IsNumber(lo) || !cJSON_IsNumber(hi) || lo->valuedouble > hi->valuedouble)
				return bad_report(doc, e, "a range must be [low, high]", err);
			t->ranges[i].lo = (long long)lo->valuedouble;
			t->ranges[i].hi = (long long)hi->valuedouble;
			i++;
		}
		t->nranges = i;
	} else if (cJSON_IsArray(values)) {
		t->values = sg_calloc((size_t)cJSON_GetArraySize(values) * t->nkey + 1, sizeof(char *));
		cJSON_ArrayForEach(e, values) {
			if (!cJSON_IsArray(e) || (size_t)cJSON_GetArraySize(e) != t->nkey)
				return bad_report(doc, e, "each key must list one value per key column", err);
			for (size_t j = 0; j < t->nkey; j++) {
				const cJSON *v = cJSON_GetArrayItem(e, (int)j);

				t->values[t->nvalues * t->nkey + j] = cJSON_IsString(v) ? sg_strdup(v->valuestring)
											 : NULL;
			}
			t->nvalues++;
		}
	} else {
		return bad_report(doc, k, "\"keys\" needs \"ranges\" or \"values\"", err);
	}
	return 0;
}

int sg_report_load(const char *path, struct sg_report *r, struct sg_error *err)
{
	struct sg_json_doc doc;
	const cJSON *root, *fmt, *tables, *e, *seed;
	int rc = -1;

	memset(r, 0, sizeof(*r));
	if (sg_json_doc_load(path, "run report", &doc, err) < 0)
		return -1;
	root = doc.root;
	fmt = cJSON_GetObjectItemCaseSensitive(root, "format");
	if (!cJSON_IsString(fmt) || strcmp(fmt->valuestring, "seedgen-run/1")) {
		bad_report(&doc, fmt ? fmt : root, "no \"format\": \"seedgen-run/1\"", err);
		goto out;
	}
	r->path = sg_strdup(path);
	r->run_id = dup_str(root, "run_id");
	r->command = dup_str(root, "command");
	r->dialect = dup_str(root, "dialect");
	r->database = dup_str(root, "database");
	r->target = dup_str(root, "target");
	r->status = dup_str(root, "status");
	seed = cJSON_GetObjectItemCaseSensitive(root, "seed_text");
	r->seed = cJSON_IsString(seed) ? strtoull(seed->valuestring, NULL, 10) : 0;
	tables = cJSON_GetObjectItemCaseSensitive(root, "tables");
	if (!cJSON_IsArray(tables)) {
		bad_report(&doc, root, "no \"tables\" list", err);
		goto out;
	}
	r->tables = sg_calloc((size_t)cJSON_GetArraySize(tables) + 1, sizeof(*r->tables));
	cJSON_ArrayForEach(e, tables) {
		struct sg_report_table *t = &r->tables[r->ntables];
		const cJSON *ins = cJSON_GetObjectItemCaseSensitive(e, "inserted");

		t->name = dup_str(e, "name");
		if (!t->name) {
			bad_report(&doc, e, "a table without \"name\"", err);
			goto out;
		}
		r->ntables++;
		t->committed = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "committed"));
		t->inserted = cJSON_IsNumber(ins) ? (long long)ins->valuedouble : 0;
		if (read_keys(&doc, cJSON_GetObjectItemCaseSensitive(e, "keys"), t, err) < 0)
			goto out;
	}
	rc = 0;
out:
	sg_json_release(&doc);
	if (rc < 0)
		sg_report_release(r);
	return rc;
}

void sg_report_release(struct sg_report *r)
{
	for (size_t i = 0; i < r->ntables; i++) {
		struct sg_report_table *t = &r->tables[i];

		free(t->name);
		for (size_t j = 0; j < t->nkey; j++)
			free(t->key_columns[j]);
		free(t->key_columns);
		free(t->ranges);
		for (size_t j = 0; j < t->nvalues * t->nkey; j++)
			free(t->values[j]);
		free(t->values);
	}
	free(r->tables);
	free(r->path);
	free(r->run_id);
	free(r->command);
	free(r->dialect);
	free(r->database);
	free(r->target);
	free(r->status);
	memset(r, 0, sizeof(*r));
}
