/*
 * Run reports (see runlog.h): written by seed and reseed as the run goes,
 * read by undo. Writes go to a temporary file that is renamed over the
 * report, so a reader (or a run killed mid-write) never sees half a file.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cjson/cJSON.h>

#include "seedgen/buf.h"
#include "seedgen/json.h"
#include "seedgen/plan.h"
#include "seedgen/runlog.h"

static void iso_time(time_t t, char *buf, size_t cap)
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, cap, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Creates path as a new, empty regular file: never opens an existing one,
 * whatever it is (O_EXCL does not follow symlinks). */
static int create_new(struct sg_runlog *log, const char *path, struct sg_error *err)
{
	struct stat st;
	int fd;

	if (lstat(path, &st) == 0) {
		sg_error_set(err, SG_EXIT_USAGE, "cannot write the run report '%s': it already exists "
			     "(%s), and a run report never replaces a file", path,
			     S_ISREG(st.st_mode) ? "a file" : S_ISLNK(st.st_mode) ? "a symlink" :
			     S_ISDIR(st.st_mode) ? "a directory" : S_ISFIFO(st.st_mode) ? "a FIFO" :
			     "not a regular file");
		sg_error_hint(err, "choose a new path with --report FILE");
		return -1;
	}
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0 || fstat(fd, &st) < 0) {
		sg_error_set(err, SG_EXIT_USAGE, "cannot write the run report '%s': %s", path,
			     strerror(errno));
		sg_error_hint(err, "choose another path with --report FILE");
		if (fd >= 0)
			close(fd);
		return -1;
	}
	close(fd);
	log->dev = st.st_dev;
	log->ino = st.st_ino;
	return 0;
}

int sg_runlog_open(struct sg_runlog *log, const char *path, const char *command, uint64_t seed,
		   struct sg_db *db, const char *database, struct sg_error *err)
{
	struct sg_buf p = SG_BUF_INIT, tmp = SG_BUF_INIT;
	struct tm tm;

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
	if (create_new(log, p.data, err) < 0) {
		sg_buf_release(&p);
		return -1;
	}
	if (sg_db_identify(db, &log->target, err) < 0) {
		unlink(p.data);
		sg_buf_release(&p);
		return -1;
	}
	sg_buf_addf(&tmp, "%s.%ld.tmp", p.data, (long)getpid());
	log->tmp = sg_buf_detach(&tmp);
	log->path = sg_buf_detach(&p);
	return 0;
}

void sg_runlog_release(struct sg_runlog *log)
{
	sg_runlog_disarm();
	free(log->path);
	free(log->tmp);
	sg_db_target_release(&log->target);
	log->path = log->tmp = NULL;
}

static cJSON *server_json(const struct sg_db_target *t)
{
	cJSON *o = cJSON_CreateObject();
	const char *keys[] = { "host", "hostaddr", "addr", "database", "schema", "server_host",
			       "server_addr", "server_id" };
	const char *vals[] = { t->host, t->hostaddr, t->addr, t->database, t->schema,
			       t->server_host, t->server_addr, t->server_id };

	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (vals[i])
			cJSON_AddStringToObject(o, keys[i], vals[i]);
	cJSON_AddNumberToObject(o, "port", t->port);
	return o;
}

/* The keys (a subset of the table's) of the rows that bootstrapped a NOT
 * NULL cycle, and the cycle's first table: undo deletes each cycle's rows
 * together when it reaches that table. */
static cJSON *boot_json(const struct sg_table_result *r)
{
	cJSON *b = cJSON_CreateObject(), *list;
	char num[32];

	cJSON_AddStringToObject(b, "cycle", r->boot_cycle ? r->boot_cycle : "");
	list = cJSON_AddArrayToObject(b, "values");
	for (size_t i = 0; i < r->boot_ranges; i++) {
		cJSON *tuple = cJSON_CreateArray();

		snprintf(num, sizeof(num), "%lld", r->ranges[i].lo);
		cJSON_AddItemToArray(tuple, cJSON_CreateString(num));
		cJSON_AddItemToArray(list, tuple);
	}
	for (size_t i = 0; i < r->boot_values; i++) {
		cJSON *tuple = cJSON_CreateArray();

		for (size_t j = 0; j < r->nkey; j++) {
			const char *v = r->values[i * r->nkey + j];

			cJSON_AddItemToArray(tuple, v ? cJSON_CreateString(v) : cJSON_CreateNull());
		}
		cJSON_AddItemToArray(list, tuple);
	}
	return b;
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
	if (r->boot_ranges || r->boot_values)
		cJSON_AddItemToObject(k, "bootstrap", boot_json(r));
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
	cJSON_AddItemToObject(root, "server", server_json(&log->target));
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
		/* A cycle's bootstrap commits rows into tables the run has not
		 * reached yet: committed says whether the table holds rows of it. */
		cJSON_AddBoolToObject(t, "committed", r->committed);
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

/* The report as the signal handler writes it: rendered after every write,
 * so that the handler only needs async-signal-safe calls. */
static struct sg_runlog *armed;
static char *volatile pending;

static void put(const char *s)
{
	ssize_t n = write(2, s, strlen(s));

	(void)n;
}

static void on_signal(int sig)
{
	char *text = pending;
	int fd;

	if (!sg_interrupted) {
		sg_interrupted = sig;
		put("\nseedgen: interrupted: rolling back the current table and writing the run "
		    "report (signal again to stop at once)\n");
		return;
	}
	if (armed) {
		/* Without a rendered report (no table done yet), the one on
		 * disk says "running" and lists nothing committed. */
		fd = text ? open(armed->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0644) : -1;
		if (fd >= 0) {
			ssize_t n = write(fd, text, strlen(text));

			(void)n;
			close(fd);
			if (rename(armed->tmp, armed->path) < 0)
				unlink(armed->tmp);
		}
		put("seedgen: interrupted; run report: ");
		put(armed->path);
		put(" (undo with: seedgen undo --report ");
		put(armed->path);
		put(")\n");
	}
	_exit(128 + sig);
}

void sg_runlog_arm_signals(struct sg_runlog *log)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	armed = log;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

void sg_runlog_disarm(void)
{
	char *old = pending;

	if (!armed)
		return;
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	armed = NULL;
	pending = NULL;
	free(old);
}

void sg_runlog_on_table(void *ctx, const struct sg_run *run)
{
	struct sg_error err = { 0 };

	if (sg_runlog_write(ctx, run, "running", NULL, &err) < 0)
		sg_warn("%s", err.msg);
}

void sg_runlog_print_where(const struct sg_runlog *log)
{
	if (!sg_quiet && log->path)
		fprintf(stderr, "seedgen: run report: %s (undo with: seedgen undo --report %s)\n",
			log->path, log->path);
}

/* The file at path must still be the one this run wrote last. */
static int still_ours(const struct sg_runlog *log, struct sg_error *err)
{
	struct stat st;

	if (lstat(log->path, &st) < 0 || !S_ISREG(st.st_mode) || st.st_dev != log->dev ||
	    st.st_ino != log->ino)
		return sg_error_set(err, SG_EXIT_DB, "cannot write the run report '%s': the file "
				    "was removed or replaced since the run created it", log->path);
	return 0;
}

int sg_runlog_write(struct sg_runlog *log, const struct sg_run *run, const char *status,
		    const struct sg_error *failure, struct sg_error *err)
{
	char *text = sg_runlog_json(log, run, status, failure);
	struct stat st;
	size_t len = strlen(text), off = 0;
	int fd, e = 0;

	if (log == armed) {
		char *old = pending;

		pending = sg_runlog_json(log, run, "interrupted", NULL);
		free(old);
	}
	if (still_ours(log, err) < 0) {
		free(text);
		return -1;
	}
	unlink(log->tmp);
	fd = open(log->tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0)
		e = errno;
	while (!e && off < len) {
		ssize_t n = write(fd, text + off, len - off);

		if (n < 0)
			e = errno;
		else
			off += (size_t)n;
	}
	/* The report is the evidence of what a run did: make it durable
	 * before it replaces the previous one. */
	if (!e && (write(fd, "\n", 1) != 1 || fsync(fd) < 0 || fstat(fd, &st) < 0))
		e = errno ? errno : EIO;
	if (fd >= 0 && close(fd) < 0 && !e)
		e = errno;
	if (!e && rename(log->tmp, log->path) < 0)
		e = errno;
	free(text);
	if (e) {
		unlink(log->tmp);
		return sg_error_set(err, SG_EXIT_DB, "cannot write the run report '%s': %s", log->path,
				    strerror(e));
	}
	log->dev = st.st_dev;
	log->ino = st.st_ino;
	return 0;
}

const char *sg_runlog_status(int rc)
{
	return sg_interrupted ? "interrupted" : rc ? "failed" : "ok";
}

int sg_runlog_finish(struct sg_runlog *log, const struct sg_run *run, int rc,
		     const struct sg_error *run_err)
{
	struct sg_error werr = { 0 };
	int sig = (int)sg_interrupted;

	if (sg_runlog_write(log, run, sg_runlog_status(rc), rc ? run_err : NULL, &werr) < 0) {
		char *text = sg_runlog_json(log, run, sg_runlog_status(rc), rc ? run_err : NULL);

		sg_error_hint(&werr, "the report follows on stderr: keep it, `seedgen undo "
			      "--report FILE` needs it to delete the rows this run committed");
		sg_error_print(&werr);
		fputs(text, stderr);
		fputc('\n', stderr);
		free(text);
		sg_runlog_disarm();
		return sig ? 128 + sig : SG_EXIT_DB;
	}
	sg_runlog_disarm();
	if (sig)
		fprintf(stderr, "seedgen: interrupted; run report: %s (undo with: seedgen undo "
			"--report %s)\n", log->path, log->path);
	else
		sg_runlog_print_where(log);
	return sig ? 128 + sig : rc;
}

int sg_runlog_check_engines(struct sg_db *db, const struct sg_plan *plan, bool allow,
			    struct sg_error *err)
{
	for (size_t i = 0; i < plan->nsteps; i++) {
		char *engine = NULL;
		int r = sg_db_nontransactional(db, plan->steps[i].t->name, &engine, err);

		if (r < 0)
			return -1;
		if (r == 1 && !allow) {
			sg_error_set(err, SG_EXIT_USAGE, "table '%s' uses the %s engine, which cannot "
				     "roll back: a failed or interrupted load would leave part of its "
				     "rows", plan->steps[i].t->name, engine ? engine : "?");
			sg_error_hint(err, "convert the table to InnoDB, or accept "
				      "partial loads with --allow-non-transactional (the report then "
				      "lists the rows that stayed, for undo)");
			free(engine);
			return -1;
		}
		if (r == 1)
			sg_warn("table '%s' uses the %s engine: a failed load leaves the rows it "
				"stored (the run report lists them)", plan->steps[i].t->name,
				engine ? engine : "?");
		free(engine);
	}
	return 0;
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

/* A list of key tuples of nkey values each (strings; null: SQL NULL). */
static int read_tuples(struct sg_json_doc *doc, const cJSON *list, size_t nkey, char ***out,
		       size_t *n, struct sg_error *err)
{
	const cJSON *e;

	*out = sg_calloc((size_t)cJSON_GetArraySize(list) * nkey + 1, sizeof(char *));
	cJSON_ArrayForEach(e, list) {
		if (!cJSON_IsArray(e) || (size_t)cJSON_GetArraySize(e) != nkey)
			return bad_report(doc, e, "each key must list one value per key column", err);
		for (size_t j = 0; j < nkey; j++) {
			const cJSON *v = cJSON_GetArrayItem(e, (int)j);

			(*out)[*n * nkey + j] = cJSON_IsString(v) ? sg_strdup(v->valuestring) : NULL;
		}
		++*n;
	}
	return 0;
}

static int read_boot(struct sg_json_doc *doc, const cJSON *b, struct sg_report_table *t,
		     struct sg_error *err)
{
	const cJSON *cycle = cJSON_GetObjectItemCaseSensitive(b, "cycle");
	const cJSON *values = cJSON_GetObjectItemCaseSensitive(b, "values");

	if (!b || cJSON_IsNull(b))
		return 0;
	if (!cJSON_IsString(cycle) || !cycle->valuestring[0] || !cJSON_IsArray(values))
		return bad_report(doc, b, "\"bootstrap\" needs \"cycle\" (a table) and "
				  "\"values\"", err);
	t->boot_cycle = sg_strdup(cycle->valuestring);
	return read_tuples(doc, values, t->nkey, &t->boot_values, &t->nboot, err);
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
		if (read_tuples(doc, values, t->nkey, &t->values, &t->nvalues, err) < 0)
			return -1;
	} else {
		return bad_report(doc, k, "\"keys\" needs \"ranges\" or \"values\"", err);
	}
	return read_boot(doc, cJSON_GetObjectItemCaseSensitive(k, "bootstrap"), t, err);
}

static void read_server(const cJSON *o, struct sg_db_target *t)
{
	const cJSON *port = cJSON_GetObjectItemCaseSensitive(o, "port");

	if (!cJSON_IsObject(o))
		return;
	t->host = dup_str(o, "host");
	t->hostaddr = dup_str(o, "hostaddr");
	t->addr = dup_str(o, "addr");
	t->database = dup_str(o, "database");
	t->schema = dup_str(o, "schema");
	t->server_host = dup_str(o, "server_host");
	t->server_addr = dup_str(o, "server_addr");
	t->server_id = dup_str(o, "server_id");
	t->port = cJSON_IsNumber(port) ? port->valueint : 0;
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
	read_server(cJSON_GetObjectItemCaseSensitive(root, "server"), &r->server);
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
		for (size_t j = 0; j < t->nboot * t->nkey; j++)
			free(t->boot_values[j]);
		free(t->boot_values);
		free(t->boot_cycle);
	}
	free(r->tables);
	free(r->path);
	free(r->run_id);
	free(r->command);
	free(r->dialect);
	free(r->database);
	free(r->target);
	free(r->status);
	sg_db_target_release(&r->server);
	memset(r, 0, sizeof(*r));
}
