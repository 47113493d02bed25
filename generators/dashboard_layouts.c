/*
 * The dashboard_widget_layouts and dashboard_kpi_configs generators (the
 * rules are in dashboards.c's header): rows planned per owner (a user or
 * a role), positions 0..k-1 continuing after what an owner already has.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "seedgen/fake.h"
#include "seedgen/gen.h"
#include "seedgen/gen_helpers.h"
#include "seedgen/dashboards_int.h"

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

/* ==== layouts and KPI configs: rows planned per owner ============================ */

/* An owner of positions 0..k-1: a user (layouts), or a role (role default
 * layouts, KPI configs), or nobody when the live table has neither column. */
struct owner {
	const char *user;     /* borrowed from users; NULL for a role */
	const char *role;     /* the role value to write; NULL for none */
	enum role_kind kind;
	uint32_t used;        /* widgets (bit per dash_widgets) or KPIs it already has */
	int next;             /* next free position */
	int64_t created, updated;
};

struct planned {
	uint32_t owner;
	uint16_t item;        /* index in dash_widgets or KPIS */
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
static void existing_row(struct existing_ctx *x, const char *const *values)
{
	struct owner *o = NULL;
	long pos;

	if (values[0]) {
		long u = dash_find_user(&x->st->users, values[0]);

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
		return;
	for (size_t i = 0; values[2] && i < x->nitems; i++)
		if (!strcmp(x->items[i], values[2]))
			o->used |= 1u << i;
	pos = values[3] ? strtol(values[3], NULL, 10) : -1;
	if (pos >= o->next)
		o->next = (int)(pos + 1);
	return;
}

static int read_existing(struct sg_gen_ctx *g, struct existing_ctx *x, const char *type_col,
			 struct sg_error *err)
{
	const char *cols[] = { "userId", "role", type_col, "position" };
	struct sg_rows rows;

	if (sg_gen_select(g, &(struct sg_read){ .table = sg_gen_table(g)->name, .cols = cols,
						.ncols = 4 }, &rows, err) < 0)
		return -1;
	for (size_t r = 0; r < rows.n; r++) {
		const char *v[4];

		for (size_t c = 0; c < 4; c++)
			v[c] = sg_rows_get(&rows, r, c);
		existing_row(x, v);
	}
	sg_rows_release(&rows);
	return 0;
}

static void plan_release(struct plan_state *st)
{
	dash_users_release(&st->users);
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
	if (st->c_user >= 0 && dash_load_users(g, "userId", &st->users, err) < 0)
		return -1;
	if (st->c_role >= 0)
		dash_role_values(t, st->c_role, &roles, &nroles);
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
			o->kind = dash_role_kind(o->role);
		}
	}
	for (int i = 0; i < NWIDGETS; i++)
		names[i] = dash_widgets[i].id;
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
		n = dash_pick_widgets(r, o->kind, o->used, k, pick);
		for (int j = 0; j < n; j++)
			if (st->c_type < 0 || sg_gen_fits(t, st->c_type, dash_widgets[pick[j]].id))
				plan_add(st, i, pick[j]);
		if (is_role)
			dash_save_times(r, env->now, 300, 700, 0, &o->created, &o->updated);
		else
			dash_save_times(r, env->now, 0, 540, st->users.v[i].created, &o->created, &o->updated);
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
	w = &dash_widgets[p->item];
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
		dash_role_values(t, st->c_role, &roles, &nroles);
	st->nowners = st->c_role >= 0 ? nroles : 1;
	st->owners = sg_calloc(st->nowners, sizeof(*st->owners));
	for (size_t i = 0; i < st->nowners; i++) {
		st->owners[i].role = st->c_role >= 0 ? roles[i] : NULL;
		st->owners[i].kind = dash_role_kind(st->owners[i].role);
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
		n = dash_pick_distinct(r, w, NKPIS, o->used, k, pick);
		for (int j = 0; j < n; j++)
			plan_add(st, i, pick[j]);
		dash_save_times(r, env->now, 200, 700, 0, &o->created, &o->updated);
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

