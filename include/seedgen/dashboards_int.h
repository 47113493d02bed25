/*
 * Private to the dashboard generators (dashboards.c, dashboard_layouts.c):
 * the widget catalogue, the users they read, and shared helpers.
 */
#ifndef SEEDGEN_DASHBOARDS_INT_H
#define SEEDGEN_DASHBOARDS_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "seedgen/db.h"
#include "seedgen/gen.h"

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

extern const struct widget dash_widgets[NWIDGETS];

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

enum role_kind dash_role_kind(const char *role);
/* Up to k distinct items drawn by weight, skipping those in used (a bit
 * per item); returns how many. */
int dash_pick_distinct(struct sg_rand *r, const unsigned *weight, size_t n, uint32_t used, int k,
		       int *out);
int dash_pick_widgets(struct sg_rand *r, enum role_kind role, uint32_t used, int k, int *out);
/* The users the FK column fkcol points at (users by default), with role
 * and creation time where the table has them, sorted for dash_find_user. */
int dash_load_users(struct sg_gen_ctx *g, const char *fkcol, struct users *u, struct sg_error *err);
long dash_find_user(const struct users *u, const char *id);
void dash_users_release(struct users *u);
/* The values a role column of the generator's table takes: its enum, else
 * TERP's two roles. */
void dash_role_values(const struct sg_table *t, int col, const char *const **out, size_t *n);
/* A save time between max_days and min_days days ago, never before
 * not_before nor after now; sometimes edited since. */
void dash_save_times(struct sg_rand *r, int64_t now, int min_days, int max_days,
		     int64_t not_before, int64_t *created, int64_t *updated);

#endif
