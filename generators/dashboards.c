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
#include "seedgen/dashboards_int.h"

/* --- static data ------------------------------------------------------------ */

/* The widget catalogue all three tables share (dashboards_int.h). */
const struct widget dash_widgets[NWIDGETS] = {
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


/* --- helpers -------------------------------------------------------------------- */

enum role_kind dash_role_kind(const char *role)
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
int dash_pick_distinct(struct sg_rand *r, const unsigned *weight, size_t n, uint32_t used, int k,
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

int dash_pick_widgets(struct sg_rand *r, enum role_kind role, uint32_t used, int k, int *out)
{
	unsigned w[NWIDGETS];

	for (int i = 0; i < NWIDGETS; i++)
		w[i] = dash_widgets[i].weight[role];
	return dash_pick_distinct(r, w, NWIDGETS, used, k, out);
}

/* One parent row (key, role, createdAt, created_at), the key not NULL. */
static void add_user(struct users *u, const struct sg_rows *rows, size_t r)
{
	size_t at = sg_rows_get(rows, r, 2) ? 2 : 3;
	struct user *x;

	SG_GROW(u->v, u->n + 1, u->cap);
	x = &u->v[u->n++];
	x->id = sg_strdup(sg_rows_get(rows, r, 0));
	x->role_name = sg_rows_get(rows, r, 1) ? sg_strdup(sg_rows_get(rows, r, 1)) : NULL;
	x->role = dash_role_kind(x->role_name);
	x->created = 0; /* unknown */
	if (sg_rows_get(rows, r, at))
		sg_parse_time(sg_rows_get(rows, r, at), sg_rows_len(rows, r, at), &x->created);
}

static int cmp_user_id(const void *a, const void *b)
{
	return strcmp((*(struct user *const *)a)->id, (*(struct user *const *)b)->id);
}

/* The rows that column fkcol of the generator's table points at (its
 * declared or inferred foreign key, else users.id), with their role, in
 * key order. No parent table: no users, not an error. */
int dash_load_users(struct sg_gen_ctx *g, const char *fkcol, struct users *u, struct sg_error *err)
{
	const struct sg_table *t = sg_gen_table(g);
	const char *table = "users", *schema = NULL;
	const char *cols[4] = { "id", "role", "createdAt", "created_at" };
	struct sg_rows rows;
	int rc = 0;

	for (size_t i = 0; i < t->nfks; i++)
		if (t->fks[i]->ncols == 1 && !strcmp(t->fks[i]->columns[0], fkcol)) {
			table = t->fks[i]->ref_table;
			cols[0] = t->fks[i]->ref_columns[0];
			schema = t->fks[i]->ref_schema;
			break;
		}
	/* A parent in another schema is outside the run's model: the engine
	 * asks the server for its columns. */
	if (schema || sg_schema_find(sg_gen_schema(g), table)) {
		const struct sg_read_where have_key = { cols[0], SG_READ_NOT_NULL, NULL };

		rc = sg_gen_select(g, &(struct sg_read){ .schema = schema, .table = table,
							 .cols = cols, .ncols = 4,
							 .where = &have_key, .nwhere = 1 }, &rows, err);
		for (size_t r = 0; rc == 0 && r < rows.n; r++)
			add_user(u, &rows, r);
		sg_rows_release(&rows);
	}
	u->by_id = sg_malloc((u->n ? u->n : 1) * sizeof(*u->by_id));
	for (size_t i = 0; i < u->n; i++)
		u->by_id[i] = &u->v[i];
	qsort(u->by_id, u->n, sizeof(*u->by_id), cmp_user_id);
	return rc;
}

/* Index of the user with this id, or -1. */
long dash_find_user(const struct users *u, const char *id)
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

void dash_users_release(struct users *u)
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
void dash_role_values(const struct sg_table *t, int col, const char *const **out, size_t *n)
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
void dash_save_times(struct sg_rand *r, int64_t now, int min_days, int max_days,
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
	return st->c_user >= 0 ? dash_load_users(g, "userId", &st->users, err) : 0;
}

/* Appends one widget entry {"id", "isVisible", "order"[, "settings"]}. */
static void add_widget(cJSON *arr, struct sg_rand *r, int w, bool visible, int order,
		       double settings_chance)
{
	cJSON *o = cJSON_CreateObject();
	size_t ns = 0;

	if (!o)
		return;
	cJSON_AddStringToObject(o, "id", dash_widgets[w].id);
	cJSON_AddBoolToObject(o, "isVisible", visible);
	cJSON_AddNumberToObject(o, "order", order);
	while (ns < 4 && dash_widgets[w].settings[ns])
		ns++;
	if (ns && sg_rand_chance(r, settings_chance)) {
		cJSON *s = cJSON_Parse(dash_widgets[w].settings[sg_rand_below(r, (uint32_t)ns)]);

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
		long u = dash_find_user(&st->users, sg_row_get(row, (size_t)st->c_user, NULL));

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
		int n = dash_pick_widgets(r, role, 0, 4 + (int)sg_rand_below(r, 6), pick);

		for (int i = 0; i < n; i++)
			add_widget(arr, r, pick[i], sg_rand_chance(r, 0.85), i + 1, 0.3);
	}
	sg_gen_set_json(t, row, st->c_config, arr);
	if (!edge && st->c_deleted >= 0 && t->columns[st->c_deleted]->nullable)
		sg_row_set_null(row, (size_t)st->c_deleted);
	if (!edge && user_created) {
		/* saved after the user signed up */
		int64_t created, updated;

		dash_save_times(r, sg_gen_env(g)->now, 0, 720, user_created, &created, &updated);
		if (st->c_created >= 0)
			sg_row_set_time(row, (size_t)st->c_created, created);
		if (st->c_updated >= 0)
			sg_row_set_time(row, (size_t)st->c_updated, updated);
	}
}

static void prefs_end(struct sg_gen_ctx *g)
{
	struct prefs_state *st = sg_gen_state(g);

	dash_users_release(&st->users);
	free(st);
}

const struct sg_generator sg_gen_userDashboardPreferences = {
	.table = "userDashboardPreferences",
	.summary = "one row per user: a TERP layout preset by role, widgetConfig listing its widgets",
	.begin = prefs_begin,
	.row = prefs_row,
	.end = prefs_end,
};

