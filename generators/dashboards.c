/*
 * Generators of the dashboard tables: userDashboardPreferences,
 * dashboard_widget_layouts and dashboard_kpi_configs.
 *
 * The rows follow what TERP's dashboard code reads and writes:
 *
 * - One widget catalogue (WIDGETS below) serves all three tables: TERP's
 *   nine widget ids ("sales-by-client", "cash-flow", ...) plus three more in
 *   the same style. Each has a default grid size and a weight per kind of
 *   user (admins lean to finance widgets, staff to operations and sales).
 * - userDashboardPreferences: at most one row per user (userId is unique;
 *   the engine hands out distinct users and caps the count at the users
 *   available). activeLayout is one of TERP's presets (executive,
 *   operations, sales, custom), chosen by the user's role; widgetConfig is
 *   the array TERP's router validates: [{"id", "isVisible", "order" 1..n,
 *   optional "settings"}], the preset's widgets (a few toggled) or, for
 *   "custom", a weighted pick of 4-9 distinct widgets.
 * - dashboard_widget_layouts: the row count follows from the users. Every
 *   user gets a layout of 3-8 distinct widgets (about five) at positions
 *   0..k-1, continuing after the positions and widgets the user already
 *   has; every value of the role enum gets a role default layout of 5-9
 *   widgets (userId NULL, role set). User rows have role NULL, as TERP's
 *   saveUserWidgetLayout writes them (the user's role if a live schema
 *   makes the column NOT NULL). Width 1-4 and height 1-3 around the
 *   widget's default size; rows of one layout share their save time.
 * - dashboard_kpi_configs: (role, kpiType) unique, positions 0..k-1 per
 *   role continuing after existing rows; admins get 6-10 KPIs, other roles
 *   4-7, from KPIS below. The row count follows from roles x KPIs.
 *
 * Configuration rows are live: deleted_at stays NULL. In the edge scenario
 * the rules still hold with boundary values: empty and full widget lists,
 * layouts of one widget and of every widget, sizes 1x1 and 4x3; deleted_at,
 * the times and the rest are left to the engine's edge values.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "seedgen/fake.h"
#include "seedgen/gen.h"
#include "seedgen/gen_helpers.h"

/* --- static data ------------------------------------------------------------ */

enum role_kind { ROLE_ANY = 0, ROLE_USER, ROLE_ADMIN };

enum {
	W_SALES_BY_CLIENT, W_CASH_FLOW, W_TRANSACTION_SNAPSHOT, W_INVENTORY_SNAPSHOT,
	W_TOTAL_DEBT, W_SALES_COMPARISON, W_PROFITABILITY, W_MATCHMAKING, W_INBOX,
	W_LOW_STOCK, W_RECENT_ORDERS, W_PENDING_PAYMENTS, NWIDGETS
};

struct widget {
	const char *id;
	int width, height;            /* default grid size */
	unsigned weight[3];           /* by enum role_kind */
	const char *settings[4];      /* JSON objects a user may have saved; NULL-ended */
};

static const struct widget WIDGETS[NWIDGETS] = {
	[W_SALES_BY_CLIENT] = { "sales-by-client", 2, 2, { 8, 9, 8 },
		{ "{\"timePeriod\":\"QUARTER\"}", "{\"timePeriod\":\"YEAR\"}",
		  "{\"timePeriod\":\"MONTH\",\"limit\":10}", "{\"timePeriod\":\"LIFETIME\",\"limit\":25}" } },
	[W_CASH_FLOW] = { "cash-flow", 2, 2, { 7, 3, 9 },
		{ "{\"timePeriod\":\"MONTH\"}", "{\"timePeriod\":\"QUARTER\"}" } },
	[W_TRANSACTION_SNAPSHOT] = { "transaction-snapshot", 1, 1, { 7, 8, 6 }, { NULL } },
	[W_INVENTORY_SNAPSHOT] = { "inventory-snapshot", 1, 1, { 7, 9, 5 },
		{ "{\"groupBy\":\"category\"}", "{\"groupBy\":\"grade\"}" } },
	[W_TOTAL_DEBT] = { "total-debt", 1, 1, { 5, 4, 8 }, { "{\"includePayables\":true}" } },
	[W_SALES_COMPARISON] = { "sales-comparison", 2, 1, { 7, 6, 7 },
		{ "{\"compareTo\":\"previousPeriod\"}", "{\"compareTo\":\"previousYear\"}" } },
	[W_PROFITABILITY] = { "profitability", 3, 2, { 5, 2, 9 },
		{ "{\"timePeriod\":\"YEAR\"}", "{\"timePeriod\":\"QUARTER\",\"topBatches\":5}" } },
	[W_MATCHMAKING] = { "matchmaking-opportunities", 3, 2, { 6, 7, 4 },
		{ "{\"limit\":10}", "{\"limit\":20}" } },
	[W_INBOX] = { "inbox", 2, 2, { 7, 8, 6 }, { "{\"unreadOnly\":true}" } },
	[W_LOW_STOCK] = { "low-stock-alerts", 1, 2, { 5, 7, 3 },
		{ "{\"threshold\":5}", "{\"threshold\":10}" } },
	[W_RECENT_ORDERS] = { "recent-orders", 2, 2, { 6, 8, 4 },
		{ "{\"limit\":10}", "{\"status\":\"PENDING\",\"limit\":10}" } },
	[W_PENDING_PAYMENTS] = { "pending-payments", 2, 1, { 5, 3, 6 },
		{ "{\"daysOverdue\":30}", "{\"daysOverdue\":60}" } },
};

/* TERP's layout presets (client/src/lib/constants/dashboardPresets.ts). */
struct preset_widget { int w; bool visible; };
struct preset {
	const char *name;
	unsigned weight[3];           /* chance by enum role_kind */
	struct preset_widget widgets[NWIDGETS];
	int n;                        /* 0 = custom: a pick of its own */
};

static const struct preset PRESETS[] = {
	{ "operations", { 45, 50, 30 }, {
		{ W_SALES_BY_CLIENT, true }, { W_CASH_FLOW, true }, { W_TRANSACTION_SNAPSHOT, true },
		{ W_INVENTORY_SNAPSHOT, true }, { W_TOTAL_DEBT, true }, { W_SALES_COMPARISON, true },
		{ W_PROFITABILITY, true }, { W_MATCHMAKING, true }, { W_INBOX, true } }, 9 },
	{ "sales", { 20, 30, 5 }, {
		{ W_SALES_BY_CLIENT, true }, { W_SALES_COMPARISON, true }, { W_MATCHMAKING, true },
		{ W_TRANSACTION_SNAPSHOT, true }, { W_CASH_FLOW, false }, { W_INVENTORY_SNAPSHOT, false },
		{ W_TOTAL_DEBT, false }, { W_PROFITABILITY, false }, { W_INBOX, true } }, 9 },
	{ "executive", { 20, 5, 45 }, {
		{ W_SALES_COMPARISON, true }, { W_PROFITABILITY, true }, { W_CASH_FLOW, true },
		{ W_TOTAL_DEBT, true }, { W_SALES_BY_CLIENT, false }, { W_TRANSACTION_SNAPSHOT, false },
		{ W_INVENTORY_SNAPSHOT, false }, { W_MATCHMAKING, false }, { W_INBOX, true } }, 9 },
	{ "custom", { 15, 15, 20 }, { { 0, false } }, 0 },
};
#define NPRESETS (sizeof(PRESETS) / sizeof(PRESETS[0]))

struct kpi {
	const char *type;
	unsigned weight[3];
};

static const struct kpi KPIS[] = {
	{ "total_revenue", { 9, 6, 10 } },
	{ "gross_margin", { 6, 2, 9 } },
	{ "active_orders", { 8, 10, 6 } },
	{ "inventory_value", { 8, 7, 8 } },
	{ "low_stock_count", { 6, 9, 3 } },
	{ "accounts_receivable", { 6, 3, 9 } },
	{ "accounts_payable", { 5, 2, 8 } },
	{ "cash_collected", { 6, 4, 8 } },
	{ "avg_days_to_pay", { 5, 3, 7 } },
	{ "overdue_invoices", { 6, 5, 7 } },
	{ "avg_order_value", { 6, 6, 6 } },
	{ "units_sold", { 6, 7, 5 } },
	{ "sample_conversion_rate", { 5, 7, 4 } },
	{ "batches_in_testing", { 5, 8, 3 } },
	{ "pending_intakes", { 5, 8, 3 } },
	{ "top_client_share", { 4, 3, 5 } },
};
#define NKPIS (sizeof(KPIS) / sizeof(KPIS[0]))
/* An owner's used widgets or KPIs are a bit mask (struct owner.used). */
_Static_assert(NWIDGETS <= 32 && NKPIS <= 32, "widgets and KPIs must fit a 32-bit mask");

/* --- helpers -------------------------------------------------------------------- */

static enum role_kind role_kind(const char *role)
{
	if (!role)
		return ROLE_ANY;
	if (strstr(role, "admin") || strstr(role, "owner") || strstr(role, "manager") ||
	    strstr(role, "ADMIN") || strstr(role, "OWNER") || strstr(role, "MANAGER"))
		return ROLE_ADMIN;
	return ROLE_USER;
}

/* Up to k distinct items drawn by weight, skipping those in used (a bit
 * per item); returns how many. */
static int pick_distinct(struct sg_rand *r, const unsigned *weight, size_t n, uint32_t used, int k,
			 int *out)
{
	unsigned w[32];
	int got = 0;

	for (size_t i = 0; i < n && i < 32; i++)
		w[i] = (used >> i) & 1 ? 0 : weight[i];
	while (got < k) {
		size_t i = sg_gen_pick_weighted(r, w, n);

		if (i == n)
			break;
		out[got++] = (int)i;
		w[i] = 0;
	}
	return got;
}

static int pick_widgets(struct sg_rand *r, enum role_kind role, uint32_t used, int k, int *out)
{
	unsigned w[NWIDGETS];

	for (int i = 0; i < NWIDGETS; i++)
		w[i] = WIDGETS[i].weight[role];
	return pick_distinct(r, w, NWIDGETS, used, k, out);
}

/* Appends the query's text for one column: the quoted name, or NULL when
 * the live table lacks it (so that the query never names a missing column). */
static void add_col(struct sg_db *db, const struct sg_table *t, struct sg_buf *sql, const char *name)
{
	if (sg_table_column_index(t, name) >= 0)
		sg_db_quote_ident(db, sql, name);
	else
		sg_buf_adds(sql, "NULL");
}

/* --- the users (for roles and per-user layouts) ------------------------------ */

struct user {
	char *id;
	enum role_kind role;
	char *role_name;
	int64_t created;     /* 0 when unknown */
};

struct users {
	struct user *v;
	size_t n, cap;
	struct user **by_id; /* sorted by id (strcmp), for lookups */
};

/* Which of names[0..n) table has: from the run's schema, or, for a table
 * in another PostgreSQL schema (which the run's schema does not hold),
 * from information_schema. */
static int parent_has(struct sg_gen_ctx *g, const char *schema, const char *table,
		      const char *const *names, bool *has, size_t n, struct sg_error *err)
{
	const struct sg_table *pt = schema ? NULL : sg_schema_find(sg_gen_schema(g), table);
	struct sg_db *db = sg_gen_db(g);
	struct sg_buf sql = SG_BUF_INIT;
	struct sg_rows cols;

	for (size_t i = 0; i < n; i++)
		has[i] = pt && sg_table_find_column(pt, names[i]);
	if (!schema)
		return 0;
	sg_buf_adds(&sql, "SELECT column_name FROM information_schema.columns WHERE table_schema = ");
	sg_db_quote_literal(db, &sql, schema, strlen(schema));
	sg_buf_adds(&sql, " AND table_name = ");
	sg_db_quote_literal(db, &sql, table, strlen(table));
	if (sg_db_query_rows(db, sql.data, &cols, err) < 0) {
		sg_buf_release(&sql);
		return -1;
	}
	for (size_t r = 0; r < cols.n; r++) {
		const char *name = sg_rows_get(&cols, r, 0);

		for (size_t i = 0; i < n; i++)
			has[i] |= name && !strcmp(name, names[i]);
	}
	sg_rows_release(&cols);
	sg_buf_release(&sql);
	return 0;
}

static void quote_parent(struct sg_db *db, struct sg_buf *sql, const char *schema, const char *table)
{
	if (schema) {
		sg_db_quote_ident(db, sql, schema);
		sg_buf_addch(sql, '.');
		sg_db_quote_ident(db, sql, table);
	} else {
		sg_db_quote_table(db, sql, table);
	}
}

static int user_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct users *u = ctx;
	struct user *x;

	if (!values[0])
		return 0;
	SG_GROW(u->v, u->n + 1, u->cap);
	x = &u->v[u->n++];
	x->id = sg_strdup(values[0]);
	x->role_name = ncols > 1 && values[1] ? sg_strdup(values[1]) : NULL;
	x->role = role_kind(x->role_name);
	x->created = 0; /* unknown */
	if (ncols > 2 && values[2])
		sg_parse_time(values[2], lengths[2], &x->created);
	return 0;
}

static int cmp_user_id(const void *a, const void *b)
{
	return strcmp((*(struct user *const *)a)->id, (*(struct user *const *)b)->id);
}

/* The rows that column fkcol of the generator's table points at (its
 * declared or inferred foreign key, else users.id), with their role, in
 * key order. No parent table: no users, not an error. */
static int load_users(struct sg_gen_ctx *g, const char *fkcol, struct users *u, struct sg_error *err)
{
	const struct sg_table *t = sg_gen_table(g);
	struct sg_db *db = sg_gen_db(g);
	const char *table = "users", *key = "id", *schema = NULL;
	const char *names[4] = { NULL, "role", "createdAt", "created_at" };
	bool has[4];
	struct sg_buf sql = SG_BUF_INIT;
	int rc = 0;

	for (size_t i = 0; i < t->nfks; i++)
		if (t->fks[i]->ncols == 1 && !strcmp(t->fks[i]->columns[0], fkcol)) {
			table = t->fks[i]->ref_table;
			key = t->fks[i]->ref_columns[0];
			schema = t->fks[i]->ref_schema;
			break;
		}
	names[0] = key;
	if (parent_has(g, schema, table, names, has, 4, err) < 0)
		return -1;
	if (has[0] && !schema) {
		const char *cols[] = { key, "role", has[2] ? "createdAt" : "created_at" };
		struct sg_rows rows;

		rc = sg_gen_read(g, table, cols, 3, &rows, err);
		for (size_t r = 0; rc == 0 && r < rows.n; r++) {
			const char *v[3];
			size_t len[3];

			for (size_t c = 0; c < 3; c++) {
				v[c] = sg_rows_get(&rows, r, c);
				len[c] = sg_rows_len(&rows, r, c);
			}
			rc = user_row(u, 3, v, len);
		}
		sg_rows_release(&rows);
	} else if (has[0]) {
		/* A parent in another PostgreSQL schema: outside the run's model. */
		sg_buf_adds(&sql, "SELECT ");
		sg_db_quote_ident(db, &sql, key);
		sg_buf_adds(&sql, ", ");
		if (has[1])
			sg_db_quote_ident(db, &sql, "role");
		else
			sg_buf_adds(&sql, "NULL");
		sg_buf_adds(&sql, ", ");
		if (has[2] || has[3])
			sg_db_quote_ident(db, &sql, has[2] ? "createdAt" : "created_at");
		else
			sg_buf_adds(&sql, "NULL");
		sg_buf_adds(&sql, " FROM ");
		quote_parent(db, &sql, schema, table);
		sg_buf_adds(&sql, " ORDER BY ");
		sg_db_quote_ident(db, &sql, key);
		rc = sg_db_query(db, sql.data, user_row, u, err);
	}
	sg_buf_release(&sql);
	u->by_id = sg_malloc((u->n ? u->n : 1) * sizeof(*u->by_id));
	for (size_t i = 0; i < u->n; i++)
		u->by_id[i] = &u->v[i];
	qsort(u->by_id, u->n, sizeof(*u->by_id), cmp_user_id);
	return rc;
}

/* Index of the user with this id, or -1. */
static long find_user(const struct users *u, const char *id)
{
	size_t lo = 0, hi = u->n;

	if (!id)
		return -1;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(u->by_id[mid]->id, id);

		if (!c)
			return (long)(u->by_id[mid] - u->v);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static void users_release(struct users *u)
{
	for (size_t i = 0; i < u->n; i++) {
		free(u->v[i].id);
		free(u->v[i].role_name);
	}
	free(u->v);
	free(u->by_id);
	memset(u, 0, sizeof(*u));
}

/* The values a role column of the generator's table takes: its enum, else
 * TERP's two roles. */
static void role_values(const struct sg_table *t, int col, const char *const **out, size_t *n)
{
	static const char *const terp[] = { "user", "admin" };

	if (col >= 0 && t->columns[col]->cls == SG_T_ENUM && t->columns[col]->n_enum) {
		*out = (const char *const *)t->columns[col]->enum_values;
		*n = t->columns[col]->n_enum;
	} else {
		*out = terp;
		*n = 2;
	}
}

/* A save time between `max_days` and `min_days` days ago, never before
 * `not_before` (the user's own creation) nor after now; sometimes edited
 * since. */
static void save_times(struct sg_rand *r, int64_t now, int min_days, int max_days,
		       int64_t not_before, int64_t *created, int64_t *updated)
{
	int64_t lo = now - (int64_t)max_days * 86400, hi = now - (int64_t)min_days * 86400;

	if (lo < not_before)
		lo = not_before;
	if (hi < lo)
		hi = lo;
	if (hi > now - 1)
		hi = now - 1;
	if (lo > hi)
		lo = hi;
	*created = sg_rand_range(r, lo, hi);
	*updated = sg_rand_chance(r, 0.6) ? *created : sg_rand_range(r, *created, now - 1);
}

/* ==== userDashboardPreferences =============================================== */

struct prefs_state {
	struct users users;
	int c_user, c_layout, c_config, c_deleted, c_created, c_updated;
};

static int prefs_begin(struct sg_gen_ctx *g, struct sg_error *err)
{
	struct prefs_state *st = sg_calloc(1, sizeof(*st));

	sg_gen_set_state(g, st);
	st->c_user = sg_gen_col(g, "userId");
	st->c_layout = sg_gen_col(g, "activeLayout");
	st->c_config = sg_gen_col(g, "widgetConfig");
	st->c_deleted = sg_gen_col(g, "deleted_at");
	st->c_created = sg_gen_col(g, "createdAt");
	st->c_updated = sg_gen_col(g, "updatedAt");
	return st->c_user >= 0 ? load_users(g, "userId", &st->users, err) : 0;
}

/* Appends one widget entry {"id", "isVisible", "order"[, "settings"]}. */
static void add_widget(cJSON *arr, struct sg_rand *r, int w, bool visible, int order,
		       double settings_chance)
{
	cJSON *o = cJSON_CreateObject();
	size_t ns = 0;

	if (!o)
		return;
	cJSON_AddStringToObject(o, "id", WIDGETS[w].id);
	cJSON_AddBoolToObject(o, "isVisible", visible);
	cJSON_AddNumberToObject(o, "order", order);
	while (ns < 4 && WIDGETS[w].settings[ns])
		ns++;
	if (ns && sg_rand_chance(r, settings_chance)) {
		cJSON *s = cJSON_Parse(WIDGETS[w].settings[sg_rand_below(r, (uint32_t)ns)]);

		if (s)
			cJSON_AddItemToObject(o, "settings", s);
	}
	cJSON_AddItemToArray(arr, o);
}

static void prefs_row(struct sg_gen_ctx *g, struct sg_row *row)
{
	struct prefs_state *st = sg_gen_state(g);
	const struct sg_table *t = sg_gen_table(g);
	struct sg_rand *r = sg_gen_rand(g);
	bool edge = sg_gen_env(g)->edge;
	enum role_kind role = ROLE_ANY;
	int64_t user_created = 0;
	const struct preset *p;
	unsigned w[NPRESETS];
	cJSON *arr;

	if (st->c_user >= 0 && sg_gen_pick_parent(g, row, st->c_user) == 0) {
		long u = find_user(&st->users, sg_row_get(row, (size_t)st->c_user, NULL));

		if (u >= 0) {
			role = st->users.v[u].role;
			user_created = st->users.v[u].created;
		}
	}
	for (size_t i = 0; i < NPRESETS; i++)
		w[i] = sg_gen_fits(t, st->c_layout, PRESETS[i].name) || st->c_layout < 0 ? PRESETS[i].weight[role] : 0;
	if (edge && w[NPRESETS - 1] && row->index % 3 != 2)
		p = &PRESETS[NPRESETS - 1]; /* custom: the empty list, then every widget */
	else
		p = &PRESETS[sg_gen_pick_weighted(r, w, NPRESETS) % NPRESETS];
	if (st->c_layout >= 0 && sg_gen_fits(t, st->c_layout, p->name))
		sg_row_sets(row, (size_t)st->c_layout, p->name);

	arr = cJSON_CreateArray();
	if (arr && edge && p->n == 0 && row->index % 3 == 0) {
		/* [] */
	} else if (arr && edge && p->n == 0 && row->index % 3 == 1) {
		for (int i = 0; i < NWIDGETS; i++)
			add_widget(arr, r, i, true, i + 1, 1.0);
	} else if (arr && p->n) {
		for (int i = 0; i < p->n; i++) {
			bool visible = p->widgets[i].visible;

			if (sg_rand_chance(r, 0.08))
				visible = !visible; /* a widget the user showed or hid */
			add_widget(arr, r, p->widgets[i].w, visible, i + 1, 0.2);
		}
	} else if (arr) {
		int pick[NWIDGETS];
		int n = pick_widgets(r, role, 0, 4 + (int)sg_rand_below(r, 6), pick);

		for (int i = 0; i < n; i++)
			add_widget(arr, r, pick[i], sg_rand_chance(r, 0.85), i + 1, 0.3);
	}
	sg_gen_set_json(t, row, st->c_config, arr);
	if (!edge && st->c_deleted >= 0 && t->columns[st->c_deleted]->nullable)
		sg_row_set_null(row, (size_t)st->c_deleted);
	if (!edge && user_created) {
		/* saved after the user signed up */
		int64_t created, updated;

		save_times(r, sg_gen_env(g)->now, 0, 720, user_created, &created, &updated);
		if (st->c_created >= 0)
			sg_row_set_time(row, (size_t)st->c_created, created);
		if (st->c_updated >= 0)
			sg_row_set_time(row, (size_t)st->c_updated, updated);
	}
}

static void prefs_end(struct sg_gen_ctx *g)
{
	struct prefs_state *st = sg_gen_state(g);

	users_release(&st->users);
	free(st);
}

const struct sg_generator sg_gen_userDashboardPreferences = {
	.table = "userDashboardPreferences",
	.summary = "one row per user: a TERP layout preset by role, widgetConfig listing its widgets",
	.begin = prefs_begin,
	.row = prefs_row,
	.end = prefs_end,
};

/* ==== layouts and KPI configs: rows planned per owner ============================ */

/* An owner of positions 0..k-1: a user (layouts), or a role (role default
 * layouts, KPI configs), or nobody when the live table has neither column. */
struct owner {
	const char *user;     /* borrowed from users; NULL for a role */
	const char *role;     /* the role value to write; NULL for none */
	enum role_kind kind;
	uint32_t used;        /* widgets (bit per WIDGETS) or KPIs it already has */
	int next;             /* next free position */
	int64_t created, updated;
};

struct planned {
	uint32_t owner;
	uint16_t item;        /* index in WIDGETS or KPIS */
	int position;
};

struct plan_state {
	struct users users;
	struct owner *owners;
	size_t nowners;
	struct planned *rows;
	size_t nrows, cap;
	int c_user, c_role, c_type, c_pos, c_width, c_height, c_visible, c_config;
	int c_deleted, c_created, c_updated;
	bool role_required;   /* the role column is NOT NULL */
};

static void plan_add(struct plan_state *st, size_t owner, int item)
{
	SG_GROW(st->rows, st->nrows + 1, st->cap);
	st->rows[st->nrows].owner = (uint32_t)owner;
	st->rows[st->nrows].item = (uint16_t)item;
	st->rows[st->nrows].position = st->owners[owner].next++;
	st->nrows++;
}

struct existing_ctx {
	struct plan_state *st;
	size_t first_role;    /* owners[first_role..] are the roles (or the one nobody) */
	const char *const *items;
	size_t nitems;
};

/* One existing row (userId, role, type, position): a user's row when
 * userId is set, else a role's. Its owner's next position follows it and
 * its type counts as used. */
static int existing_row(void *ctx, int ncols, const char *const *values, const size_t *lengths)
{
	struct existing_ctx *x = ctx;
	struct owner *o = NULL;
	long pos;

	(void)ncols;
	(void)lengths;
	if (values[0]) {
		long u = find_user(&x->st->users, values[0]);

		if (u >= 0 && (size_t)u < x->first_role)
			o = &x->st->owners[u];
	} else {
		for (size_t i = x->first_role; i < x->st->nowners && !o; i++) {
			const char *role = x->st->owners[i].role;

			if (role ? values[1] && !strcmp(role, values[1]) : !values[1])
				o = &x->st->owners[i];
		}
	}
	if (!o)
		return 0;
	for (size_t i = 0; values[2] && i < x->nitems; i++)
		if (!strcmp(x->items[i], values[2]))
			o->used |= 1u << i;
	pos = values[3] ? strtol(values[3], NULL, 10) : -1;
	if (pos >= o->next)
		o->next = (int)(pos + 1);
	return 0;
}

static int read_existing(struct sg_gen_ctx *g, struct existing_ctx *x, const char *type_col,
			 struct sg_error *err)
{
	const struct sg_table *t = sg_gen_table(g);
	struct sg_db *db = sg_gen_db(g);
	struct sg_buf sql = SG_BUF_INIT;
	int rc;

	sg_buf_adds(&sql, "SELECT ");
	add_col(db, t, &sql, "userId");
	sg_buf_adds(&sql, ", ");
	add_col(db, t, &sql, "role");
	sg_buf_adds(&sql, ", ");
	add_col(db, t, &sql, type_col);
	sg_buf_adds(&sql, ", ");
	add_col(db, t, &sql, "position");
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(db, &sql, t->name);
	rc = sg_db_query(db, sql.data, existing_row, x, err);
	sg_buf_release(&sql);
	return rc;
}

static void plan_release(struct plan_state *st)
{
	users_release(&st->users);
	free(st->owners);
	free(st->rows);
	free(st);
}

static void plan_end(struct sg_gen_ctx *g)
{
	plan_release(sg_gen_state(g));
}

static void plan_columns(struct sg_gen_ctx *g, struct plan_state *st)
{
	st->c_pos = sg_gen_col(g, "position");
	st->c_visible = sg_gen_col(g, "isVisible");
	st->c_deleted = sg_gen_col(g, "deleted_at");
	st->c_created = sg_gen_col(g, "createdAt");
	st->c_updated = sg_gen_col(g, "updatedAt");
}

/* The owner's columns and those both tables share, from the planned row. */
static const struct planned *plan_row_common(struct sg_gen_ctx *g, struct sg_row *row)
{
	struct plan_state *st = sg_gen_state(g);
	const struct sg_table *t = sg_gen_table(g);
	bool edge = sg_gen_env(g)->edge;
	const struct planned *p;
	const struct owner *o;

	if (!st->nrows)
		return NULL;
	/* --sample may ask for more rows than planned: they repeat. */
	p = &st->rows[(size_t)row->index % st->nrows];
	o = &st->owners[p->owner];
	if (st->c_user >= 0) {
		if (o->user)
			sg_row_sets(row, (size_t)st->c_user, o->user);
		else
			sg_row_set_null(row, (size_t)st->c_user);
	}
	if (st->c_role >= 0) {
		if (o->role)
			sg_row_sets(row, (size_t)st->c_role, o->role);
		else if (t->columns[st->c_role]->nullable)
			sg_row_set_null(row, (size_t)st->c_role);
	}
	if (st->c_pos >= 0)
		sg_row_set_int(row, (size_t)st->c_pos, p->position);
	if (st->c_visible >= 0)
		sg_row_set_int(row, (size_t)st->c_visible,
			       edge ? row->index % 4 != 3 : sg_rand_chance(sg_gen_rand(g), 0.9));
	if (!edge) {
		if (st->c_deleted >= 0 && t->columns[st->c_deleted]->nullable)
			sg_row_set_null(row, (size_t)st->c_deleted);
		if (st->c_created >= 0)
			sg_row_set_time(row, (size_t)st->c_created, o->created);
		if (st->c_updated >= 0)
			sg_row_set_time(row, (size_t)st->c_updated, o->updated);
	}
	return p;
}

/* ==== dashboard_widget_layouts ================================================= */

/* Widgets in a user's layout: 3-8, most often 5. */
static int layout_size(struct sg_rand *r)
{
	static const unsigned w[] = { 10, 20, 35, 20, 10, 5 };

	return 3 + (int)sg_gen_pick_weighted(r, w, 6);
}

static int layouts_begin(struct sg_gen_ctx *g, struct sg_error *err)
{
	struct plan_state *st = sg_calloc(1, sizeof(*st));
	const struct sg_table *t = sg_gen_table(g);
	const struct sg_gen_env *env = sg_gen_env(g);
	struct sg_rand *r = sg_gen_rand(g);
	const char *const *roles = NULL;
	const char *names[NWIDGETS];
	size_t nroles = 0, first_role;
	struct existing_ctx x;
	bool role_rows;

	sg_gen_set_state(g, st);
	st->c_user = sg_gen_col(g, "userId");
	st->c_role = sg_gen_col(g, "role");
	st->c_type = sg_gen_col(g, "widgetType");
	st->c_width = sg_gen_col(g, "width");
	st->c_height = sg_gen_col(g, "height");
	st->c_config = sg_gen_col(g, "config");
	plan_columns(g, st);
	if (st->c_user >= 0 && load_users(g, "userId", &st->users, err) < 0)
		return -1;
	if (st->c_role >= 0)
		role_values(t, st->c_role, &roles, &nroles);
	/* Role defaults need userId NULL and a role to name; without either
	 * column, one layout without an owner. */
	role_rows = st->c_role >= 0 && (st->c_user < 0 || t->columns[st->c_user]->nullable);
	first_role = st->users.n;
	st->nowners = st->users.n + (role_rows ? nroles : (size_t)(st->c_user < 0));
	st->owners = sg_calloc(st->nowners ? st->nowners : 1, sizeof(*st->owners));
	for (size_t i = 0; i < st->nowners; i++) {
		struct owner *o = &st->owners[i];

		if (i < first_role) {
			const char *rn = st->users.v[i].role_name;

			o->user = st->users.v[i].id;
			o->kind = st->users.v[i].role;
			/* TERP writes user rows without a role; a NOT NULL role
			 * column gets the user's own. */
			if (st->c_role >= 0 && !t->columns[st->c_role]->nullable)
				o->role = rn && sg_gen_fits(t, st->c_role, rn) ? rn : roles[0];
		} else {
			o->role = role_rows ? roles[i - first_role] : NULL;
			o->kind = role_kind(o->role);
		}
	}
	for (int i = 0; i < NWIDGETS; i++)
		names[i] = WIDGETS[i].id;
	x = (struct existing_ctx){ st, first_role, names, NWIDGETS };
	if (read_existing(g, &x, "widgetType", err) < 0)
		return -1;

	for (size_t i = 0; i < st->nowners; i++) {
		struct owner *o = &st->owners[i];
		bool is_role = i >= first_role;
		int pick[NWIDGETS], k, n;

		if (env->edge)
			k = i % 2 ? NWIDGETS : 1;
		else
			k = is_role ? 5 + (int)sg_rand_below(r, 5) : layout_size(r);
		n = pick_widgets(r, o->kind, o->used, k, pick);
		for (int j = 0; j < n; j++)
			if (st->c_type < 0 || sg_gen_fits(t, st->c_type, WIDGETS[pick[j]].id))
				plan_add(st, i, pick[j]);
		if (is_role)
			save_times(r, env->now, 300, 700, 0, &o->created, &o->updated);
		else
			save_times(r, env->now, 0, 540, st->users.v[i].created, &o->created, &o->updated);
	}
	sg_gen_set_count(g, (long long)st->nrows);
	return 0;
}

static int clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static void layouts_row(struct sg_gen_ctx *g, struct sg_row *row)
{
	struct plan_state *st = sg_gen_state(g);
	const struct sg_table *t = sg_gen_table(g);
	struct sg_rand *r = sg_gen_rand(g);
	bool edge = sg_gen_env(g)->edge;
	const struct planned *p = plan_row_common(g, row);
	const struct widget *w;
	int width, height;
	size_t ns = 0;

	if (!p)
		return;
	w = &WIDGETS[p->item];
	if (st->c_type >= 0)
		sg_row_sets(row, (size_t)st->c_type, w->id);
	if (edge) {
		width = row->index % 2 ? 4 : 1;
		height = row->index % 2 ? 3 : 1;
	} else {
		/* mostly the widget's default size, now and then resized */
		width = clamp(w->width + (sg_rand_chance(r, 0.3) ? (int)sg_rand_below(r, 3) - 1 : 0), 1, 4);
		height = clamp(w->height + (sg_rand_chance(r, 0.2) ? (int)sg_rand_below(r, 3) - 1 : 0), 1, 3);
	}
	if (st->c_width >= 0)
		sg_row_set_int(row, (size_t)st->c_width, width);
	if (st->c_height >= 0)
		sg_row_set_int(row, (size_t)st->c_height, height);
	if (st->c_config < 0)
		return;
	while (ns < 4 && w->settings[ns])
		ns++;
	if (edge)
		sg_gen_set_fit(t, row, st->c_config, row->index % 2 || !t->columns[st->c_config]->nullable ? "{}" : NULL);
	if (edge && !(row->index % 2) && t->columns[st->c_config]->nullable)
		sg_row_set_null(row, (size_t)st->c_config);
	else if (!edge && ns && sg_rand_chance(r, 0.6))
		sg_gen_set_fit(t, row, st->c_config, w->settings[sg_rand_below(r, (uint32_t)ns)]);
	else if (!edge && t->columns[st->c_config]->nullable)
		sg_row_set_null(row, (size_t)st->c_config);
}

const struct sg_generator sg_gen_dashboard_widget_layouts = {
	.table = "dashboard_widget_layouts",
	.summary = "per user 3-8 distinct widgets at positions 0..k-1, plus role default layouts",
	.count_note = "about five widgets per user (3-8) plus 5-9 per role default layout, "
		      "continuing existing layouts",
	.begin = layouts_begin,
	.row = layouts_row,
	.end = plan_end,
};

/* ==== dashboard_kpi_configs ===================================================== */

static int kpis_begin(struct sg_gen_ctx *g, struct sg_error *err)
{
	struct plan_state *st = sg_calloc(1, sizeof(*st));
	const struct sg_table *t = sg_gen_table(g);
	const struct sg_gen_env *env = sg_gen_env(g);
	struct sg_rand *r = sg_gen_rand(g);
	const char *const *roles = NULL;
	const char *names[NKPIS];
	unsigned w[NKPIS];
	size_t nroles = 0;
	struct existing_ctx x;

	sg_gen_set_state(g, st);
	st->c_user = -1;
	st->c_role = sg_gen_col(g, "role");
	st->c_type = sg_gen_col(g, "kpiType");
	plan_columns(g, st);
	if (st->c_role >= 0)
		role_values(t, st->c_role, &roles, &nroles);
	st->nowners = st->c_role >= 0 ? nroles : 1;
	st->owners = sg_calloc(st->nowners, sizeof(*st->owners));
	for (size_t i = 0; i < st->nowners; i++) {
		st->owners[i].role = st->c_role >= 0 ? roles[i] : NULL;
		st->owners[i].kind = role_kind(st->owners[i].role);
	}
	for (size_t i = 0; i < NKPIS; i++)
		names[i] = KPIS[i].type;
	x = (struct existing_ctx){ st, 0, names, NKPIS };
	if (read_existing(g, &x, "kpiType", err) < 0)
		return -1;

	for (size_t i = 0; i < st->nowners; i++) {
		struct owner *o = &st->owners[i];
		int pick[NKPIS], k, n;

		for (size_t j = 0; j < NKPIS; j++)
			w[j] = st->c_type < 0 || sg_gen_fits(t, st->c_type, KPIS[j].type) ? KPIS[j].weight[o->kind] : 0;
		if (env->edge)
			k = i % 2 ? (int)NKPIS : 1;
		else
			k = o->kind == ROLE_ADMIN ? 6 + (int)sg_rand_below(r, 5) : 4 + (int)sg_rand_below(r, 4);
		n = pick_distinct(r, w, NKPIS, o->used, k, pick);
		for (int j = 0; j < n; j++)
			plan_add(st, i, pick[j]);
		save_times(r, env->now, 200, 700, 0, &o->created, &o->updated);
	}
	sg_gen_set_count(g, (long long)st->nrows);
	return 0;
}

static void kpis_row(struct sg_gen_ctx *g, struct sg_row *row)
{
	struct plan_state *st = sg_gen_state(g);
	const struct planned *p = plan_row_common(g, row);

	if (p && st->c_type >= 0)
		sg_row_sets(row, (size_t)st->c_type, KPIS[p->item].type);
}

const struct sg_generator sg_gen_dashboard_kpi_configs = {
	.table = "dashboard_kpi_configs",
	.summary = "per role distinct KPIs (admins 6-10, others 4-7) at positions 0..k-1",
	.count_note = "KPIs per role value (admins 6-10, others 4-7), continuing existing configs",
	.begin = kpis_begin,
	.row = kpis_row,
	.end = plan_end,
};
