/*
 * Generators for the to-do tables: todo_lists, todo_list_members and
 * todo_tasks.
 *
 * todo_lists: names and descriptions from business templates ("Q3
 * compliance audit", "Humboldt Heritage Growers onboarding", "Weekly
 * dispatch - Oakland"), owners from the engine's skewed user pool (a few
 * people own most lists), about 40% shared.
 *
 * todo_list_members: the row count follows from the lists. Every list
 * without members gets its owner (role 'owner', added by the owner when the
 * list was created); a shared list also gets 1-4 other distinct users
 * (editor or viewer, added by the owner or an earlier member, after that
 * member joined), plus everyone its existing tasks already name, so that
 * tasks seeded before the members stay with members. Lists that have
 * members are left alone: a second run adds nobody twice.
 *
 * todo_tasks: the planned tasks are spread over the lists Pareto-style and
 * numbered 0..n-1 per list, after the positions a list already uses. The
 * creator, assignee and completer are members of the list (editors and the
 * owner before viewers); a list without members gets its owner when it is
 * not shared. status 'done' <=> is_completed <=> completed_at (and
 * completed_by) set; completed_at >= created_at; due_date after created_at,
 * possibly in the future. Titles are business tasks (SG_FAKE_TASK_TITLE).
 *
 * Columns of the generated table are looked up by name (sg_gen_col: a
 * missing one is skipped with one warning). Other tables are read only
 * through the columns the run's schema says they have (sg_gen_schema). In
 * the edge scenario every fifth list name and task title runs to the
 * column's length in multibyte letters and emoji after its realistic
 * start, descriptions get the engine's boundary values, created_at the
 * engine's boundary times; the relations and time rules above still hold.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/dist.h"
#include "seedgen/fake.h"
#include "seedgen/gen.h"
#include "seedgen/gen_helpers.h"
#include "seedgen/valuefit.h"

#define DAY 86400

/* --- reading other tables ------------------------------------------------------- */

/* Appends `col` quoted when table t has it, else NULL: the SELECT keeps
 * its shape whatever the live table lacks. */
static void add_col_or_null(struct sg_db *db, struct sg_buf *sql, const struct sg_table *t,
			    const char *col)
{
	sg_buf_adds(sql, ", ");
	if (sg_table_find_column(t, col))
		sg_db_quote_ident(db, sql, col);
	else
		sg_buf_adds(sql, "NULL");
}

/* --- values ------------------------------------------------------------------------- */

static bool truthy(const char *v)
{
	return v && (!strcmp(v, "1") || !strcmp(v, "t") || !strcmp(v, "true") ||
		     !strcmp(v, "TRUE") || !strcmp(v, "y") || !strcmp(v, "yes"));
}

static bool nullable(struct sg_gen_ctx *g, int col)
{
	return col >= 0 && sg_gen_table(g)->columns[col]->nullable;
}

/* Whether v may go into the column: any value unless it is an enum. */
static bool enum_ok(struct sg_gen_ctx *g, int col, const char *v)
{
	const struct sg_column *c;

	if (col < 0)
		return false;
	c = sg_gen_table(g)->columns[col];
	if (c->cls != SG_T_ENUM)
		return true;
	return sg_enum_has(c, v, strlen(v));
}

static void set_text(struct sg_gen_ctx *g, struct sg_row *row, int col, const char *s, size_t len)
{
	int max;

	if (col < 0)
		return;
	max = sg_gen_table(g)->columns[col]->length;
	if (max > 0)
		len = sg_utf8_truncate(s, len, (size_t)max);
	sg_row_set(row, (size_t)col, s, len);
}

/* Sets a text column; in the edge scenario every fifth row is as long as
 * the column allows. */
static void set_text_edge(struct sg_gen_ctx *g, struct sg_row *row, int col, struct sg_buf *b)
{
	if (col < 0)
		return;
	if (sg_gen_env(g)->edge && row->index % 5 == 0)
		sg_gen_pad_to_limit(g, col, b);
	set_text(g, row, col, b->data, b->len);
}

/* A time in [lo, hi] (lo when hi <= lo), mostly early in long spans: most
 * work happens soon after the thing it belongs to. */
static int64_t time_after(struct sg_rand *r, int64_t lo, int64_t hi, int64_t typical)
{
	if (hi <= lo)
		return lo;
	if (hi - lo > typical && sg_rand_chance(r, 0.75))
		hi = lo + typical;
	return sg_rand_range(r, lo, hi);
}

/* A string -> index map (list ids). */
struct idmap {
	uint64_t *keys;
	size_t *vals;
	size_t cap;
};

static void idmap_put(struct idmap *m, const char *key, size_t val, size_t nkeys)
{
	uint64_t h = sg_hash64(key) | 1;

	if (!m->cap) {
		for (m->cap = 16; m->cap < nkeys * 2; m->cap *= 2)
			;
		m->keys = sg_calloc(m->cap, sizeof(uint64_t));
		m->vals = sg_calloc(m->cap, sizeof(size_t));
	}
	for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1))
		if (!m->keys[i] || m->keys[i] == h) {
			m->keys[i] = h;
			m->vals[i] = val;
			return;
		}
}

static bool idmap_get(const struct idmap *m, const char *key, size_t *val)
{
	uint64_t h = sg_hash64(key) | 1;

	if (!m->cap)
		return false;
	for (size_t i = h & (m->cap - 1); m->keys[i]; i = (i + 1) & (m->cap - 1))
		if (m->keys[i] == h) {
			*val = m->vals[i];
			return true;
		}
	return false;
}

static void idmap_release(struct idmap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof(*m));
}

/* The lists of the lists table (todo_lists by default), in key order:
 * id, owner, shared, created_at. */
struct list {
	const char *id, *owner;   /* into the rows' data */
	bool shared;
	bool has_created;
	int64_t created;
};

struct lists {
	struct sg_rows rows;
	struct list *v;
	size_t n;
	struct idmap map;
	const char *table;
	bool has_owner;
};

static int load_lists(struct sg_gen_ctx *g, const char *list_col, struct lists *ls,
		      struct sg_error *err)
{
	struct sg_db *db = sg_gen_db(g);
	const char *id = "id";
	const struct sg_table *t;
	struct sg_buf sql = SG_BUF_INIT;
	int rc = 0;

	ls->table = "todo_lists";
	sg_gen_fk_target(g, list_col, &ls->table, &id);
	t = sg_schema_find(sg_gen_schema(g), ls->table);
	if (t && sg_table_find_column(t, id)) {
		ls->has_owner = sg_table_find_column(t, "owner_id") != NULL;
		sg_buf_adds(&sql, "SELECT ");
		sg_db_quote_ident(db, &sql, id);
		add_col_or_null(db, &sql, t, "owner_id");
		add_col_or_null(db, &sql, t, "is_shared");
		add_col_or_null(db, &sql, t, "created_at");
		sg_buf_adds(&sql, " FROM ");
		sg_db_quote_table(db, &sql, ls->table);
		sg_buf_adds(&sql, " ORDER BY ");
		sg_db_quote_ident(db, &sql, id);
		rc = sg_db_query_rows(db, sql.data, &ls->rows, err);
	}
	sg_buf_release(&sql);
	if (rc < 0)
		return -1;
	ls->v = sg_calloc(ls->rows.n ? ls->rows.n : 1, sizeof(*ls->v));
	for (size_t i = 0; i < ls->rows.n; i++) {
		struct list *l = &ls->v[ls->n];

		if (!(l->id = sg_rows_get(&ls->rows, i, 0)))
			continue;
		l->owner = sg_rows_get(&ls->rows, i, 1);
		l->shared = truthy(sg_rows_get(&ls->rows, i, 2));
		l->has_created = sg_parse_time(sg_rows_get(&ls->rows, i, 3),
					       sg_rows_len(&ls->rows, i, 3), &l->created);
		idmap_put(&ls->map, l->id, ls->n, ls->rows.n);
		ls->n++;
	}
	return 0;
}

static void lists_release(struct lists *ls)
{
	sg_rows_release(&ls->rows);
	free(ls->v);
	idmap_release(&ls->map);
}

/* --- todo_lists --------------------------------------------------------------------- */

/* %F farm, %D dispensary, %X distributor, %L lab, %C city, %S strain,
 * %M month, %Q quarter, %Y year; the same letter gives the same value in a
 * list's name and description. */
static const struct {
	const char *name, *description;
} list_templates[] = {
	{ "Q%Q compliance audit", "Evidence, logs and sign-offs for the Q%Q state compliance audit." },
	{ "%F onboarding", "License check, W-9, pricing sheet and first pickup for %F." },
	{ "Weekly dispatch - %C", "Deliveries, manifests and driver assignments for the %C route." },
	{ "%M month-end close", "Reconcile invoices, payments and inventory before closing %M." },
	{ "Metrc reconciliation", "Match package counts in Metrc against the warehouse before Friday." },
	{ "%D account setup", "Credit application, delivery window and menu for %D." },
	{ "Harvest intake - %M", "Weigh-in, sampling and lab submission for the %M harvests." },
	{ "Lab results follow-up", "Chase the outstanding COAs from %L and release held batches." },
	{ "License renewals %Y", "State and local license renewals due in %Y." },
	{ "Collections: overdue invoices", "Call every account more than 30 days past due." },
	{ "%X delivery issues", "Late drops, manifest errors and damaged cases with %X." },
	{ "%S launch", "Packaging, pricing and menu updates for the %S launch." },
	{ "Warehouse cycle counts", "Weekly counts by zone; investigate any variance over 2%." },
	{ "Price list update - %M", "Update wholesale prices for %M and brief the sales reps." },
	{ "Q%Q vendor reviews", "Score growers on quality, fill rate and on-time delivery." },
	{ "Trade show prep - %C", "Booth, samples and meetings for the %C trade show." },
	{ "Sales follow-ups", "Calls and store visits with dispensary buyers this week." },
	{ "Packaging and labeling updates", "Relabel SKUs for the new state warning requirements." },
	{ "Year-end inventory %Y", "Full physical count and write-offs before the %Y close." },
	{ "New hire onboarding", "Accounts, training and badge access for new warehouse staff." },
	{ "%C route planning", "Stops, time windows and vehicle loads for %C deliveries." },
	{ "Quality holds", "Batches on hold pending retest or remediation." },
	{ "Banking and insurance renewals", "Documents for the credit union review and the policy renewal." },
	{ "%D reorder", "Confirm quantities, pricing and delivery date for the %D reorder." },
};

static const char *const month_names[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

struct tpl_vals {
	char v[26][96];
	bool have[26];
};

static void tpl_value(struct sg_gen_ctx *g, struct tpl_vals *tv, char letter, struct sg_buf *out)
{
	struct sg_rand *r = sg_gen_rand(g);
	struct sg_buf b = SG_BUF_INIT;
	int i = letter - 'A';
	enum sg_fake_kind kind = SG_FAKE_NONE;

	if (i < 0 || i >= 26)
		return;
	if (!tv->have[i]) {
		switch (letter) {
		case 'F': kind = SG_FAKE_COMPANY_FARM; break;
		case 'D': kind = SG_FAKE_COMPANY_DISPENSARY; break;
		case 'X': kind = SG_FAKE_COMPANY_DISTRIBUTOR; break;
		case 'L': kind = SG_FAKE_COMPANY_LAB; break;
		case 'C': kind = SG_FAKE_CITY; break;
		case 'S': kind = SG_FAKE_STRAIN; break;
		case 'M': sg_buf_adds(&b, month_names[sg_rand_below(r, 12)]); break;
		case 'Q': sg_buf_addf(&b, "%u", 1 + sg_rand_below(r, 4)); break;
		case 'Y': {
			struct sg_buf year = SG_BUF_INIT;

			sg_format_time(SG_T_YEAR, sg_gen_env(g)->now, &year);
			sg_buf_addf(&b, "%lld", strtoll(year.data, NULL, 10) + sg_rand_below(r, 2));
			sg_buf_release(&year);
			break;
		}
		default: break;
		}
		if (kind != SG_FAKE_NONE)
			sg_fake_value(sg_gen_fake(g), kind, &b);
		if (b.len) {
			size_t n = sg_utf8_truncate(b.data, b.len, sizeof(tv->v[i]) / 4 - 1);

			memcpy(tv->v[i], b.data, n);
			tv->v[i][n] = '\0';
		} else {
			tv->v[i][0] = '\0';
		}
		tv->have[i] = true;
		sg_buf_release(&b);
	}
	sg_buf_adds(out, tv->v[i]);
}

static void expand(struct sg_gen_ctx *g, struct tpl_vals *tv, const char *tpl, struct sg_buf *out)
{
	for (const char *p = tpl; *p; p++) {
		if (*p == '%' && p[1] >= 'A' && p[1] <= 'Z') {
			tpl_value(g, tv, *++p, out);
			continue;
		}
		sg_buf_addch(out, *p);
	}
}

struct lists_state {
	int name, description, owner, shared;
	struct sg_buf tmp;
};

static int lists_begin(struct sg_gen_ctx *g, struct sg_error *err)
{
	struct lists_state *s = sg_calloc(1, sizeof(*s));

	(void)err;
	s->name = sg_gen_col(g, "name");
	s->description = sg_gen_col(g, "description");
	s->owner = sg_gen_col(g, "owner_id");
	s->shared = sg_gen_col(g, "is_shared");
	sg_gen_set_state(g, s);
	return 0;
}

static void lists_row(struct sg_gen_ctx *g, struct sg_row *row)
{
	struct lists_state *s = sg_gen_state(g);
	struct sg_rand *r = sg_gen_rand(g);
	size_t ti = sg_rand_below(r, sizeof(list_templates) / sizeof(list_templates[0]));
	struct tpl_vals tv;

	tv = (struct tpl_vals){ 0 };
	sg_gen_pick_parent(g, row, s->owner);
	if (s->shared >= 0)
		sg_row_set_int(row, (size_t)s->shared, sg_rand_chance(r, 0.4));
	if (s->name >= 0) {
		sg_buf_reset(&s->tmp);
		expand(g, &tv, list_templates[ti].name, &s->tmp);
		set_text_edge(g, row, s->name, &s->tmp);
	}
	if (sg_gen_env(g)->edge)
		return; /* the description gets the engine's boundary values */
	if (s->description >= 0) {
		if (nullable(g, s->description) && sg_rand_chance(r, 0.3)) {
			sg_row_set_null(row, (size_t)s->description);
		} else {
			sg_buf_reset(&s->tmp);
			expand(g, &tv, list_templates[ti].description, &s->tmp);
			set_text(g, row, s->description, s->tmp.data, s->tmp.len);
		}
	}
}

static void lists_end(struct sg_gen_ctx *g)
{
	struct lists_state *s = sg_gen_state(g);

	sg_buf_release(&s->tmp);
	free(s);
}

const struct sg_generator sg_gen_todo_lists = {
	.table = "todo_lists",
	.summary = "business list names (\"Q3 compliance audit\"), skewed owners, ~40% shared",
	.begin = lists_begin,
	.row = lists_row,
	.end = lists_end,
};

/* --- todo_list_members --------------------------------------------------------------- */

struct member {
	const char *list, *user, *by; /* into rows' data */
	const char *role;
	int64_t at;
	bool has_at;
};

struct members_state {
	int list, user, role, at, by;
	struct lists lists;
	struct sg_rows users, task_users;
	struct member *v;
	size_t n, cap;
};

/* Users named by the existing tasks of each list: list_id, user id rows. */
static int load_task_users(struct sg_gen_ctx *g, struct sg_rows *out, struct sg_error *err)
{
	static const char *const who[] = { "assigned_to", "created_by", "completed_by" };
	struct sg_db *db = sg_gen_db(g);
	const struct sg_table *t = sg_schema_find(sg_gen_schema(g), "todo_tasks");
	struct sg_buf sql = SG_BUF_INIT;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < 3 && t && sg_table_find_column(t, "list_id"); i++) {
		if (!sg_table_find_column(t, who[i]))
			continue;
		sg_buf_adds(&sql, sql.len ? " UNION SELECT " : "SELECT ");
		sg_db_quote_ident(db, &sql, "list_id");
		sg_buf_adds(&sql, ", ");
		sg_db_quote_ident(db, &sql, who[i]);
		sg_buf_adds(&sql, " FROM ");
		sg_db_quote_table(db, &sql, "todo_tasks");
		sg_buf_adds(&sql, " WHERE ");
		sg_db_quote_ident(db, &sql, who[i]);
		sg_buf_adds(&sql, " IS NOT NULL");
	}
	if (sql.len) {
		sg_buf_adds(&sql, " ORDER BY 1, 2");
		rc = sg_db_query_rows(db, sql.data, out, err);
	}
	sg_buf_release(&sql);
	return rc;
}

static bool member_of(const struct member *v, size_t from, size_t to, const char *user)
{
	for (size_t i = from; i < to; i++)
		if (!strcmp(v[i].user, user))
			return true;
	return false;
}

static struct member *add_member(struct members_state *s)
{
	SG_GROW(s->v, s->n + 1, s->cap);
	memset(&s->v[s->n], 0, sizeof(s->v[s->n]));
	return &s->v[s->n++];
}

/* One other member of list l, added by the owner or an earlier editor
 * (entries first .. s->n-1), after that one joined. */
static void add_other(struct sg_gen_ctx *g, struct members_state *s, const struct list *l,
		      size_t first, const char *user)
{
	struct sg_rand *r = sg_gen_rand(g);
	int64_t now = sg_gen_env(g)->now;
	size_t adder = first;
	struct member *m;

	if (s->n - first > 1 && sg_rand_chance(r, 0.3))
		adder = first + sg_rand_below(r, (uint32_t)(s->n - first));
	if (!strcmp(s->v[adder].role, "viewer"))
		adder = first; /* viewers do not invite */
	m = add_member(s); /* may move s->v: index the adder only afterwards */
	m->list = l->id;
	m->user = user;
	m->by = s->v[adder].user;
	m->role = sg_rand_chance(r, 0.6) ? "editor" : "viewer";
	m->has_at = s->v[adder].has_at;
	m->at = m->has_at ? time_after(r, s->v[adder].at, now, 21 * DAY) : 0;
}

static int members_begin(struct sg_gen_ctx *g, struct sg_error *err)
{
	struct members_state *s = sg_calloc(1, sizeof(*s));
	struct sg_db *db = sg_gen_db(g);
	struct sg_rand *r = sg_gen_rand(g);
	const char *users = "users", *uid = "id";
	struct sg_buf sql = SG_BUF_INIT;
	struct sg_rows has;
	struct idmap with_members = { 0 }, task_start = { 0 };
	int rc = -1;

	memset(&has, 0, sizeof(has));
	sg_gen_set_state(g, s);
	s->list = sg_gen_col(g, "list_id");
	s->user = sg_gen_col(g, "user_id");
	s->role = sg_gen_col(g, "role");
	s->at = sg_gen_col(g, "added_at");
	s->by = sg_gen_col(g, "added_by");
	if (s->list < 0 || s->user < 0)
		return 0; /* no derived rows without both: the engine's count and rules */
	if (load_lists(g, "list_id", &s->lists, err) < 0)
		goto out;
	if (!s->lists.has_owner) {
		sg_warn("'%s' has no column 'owner_id': the todo_list_members generator cannot "
			"derive members; they follow the generic rules", s->lists.table);
		rc = 0;
		goto out;
	}
	/* Lists that already have members. */
	sg_buf_adds(&sql, "SELECT DISTINCT ");
	sg_db_quote_ident(db, &sql, "list_id");
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(db, &sql, sg_gen_table(g)->name);
	if (sg_db_query_rows(db, sql.data, &has, err) < 0)
		goto out;
	for (size_t i = 0; i < has.n; i++)
		if (sg_rows_get(&has, i, 0))
			idmap_put(&with_members, sg_rows_get(&has, i, 0), 1, has.n);
	sg_gen_fk_target(g, "user_id", &users, &uid);
	sg_buf_reset(&sql);
	sg_buf_adds(&sql, "SELECT ");
	sg_db_quote_ident(db, &sql, uid);
	sg_buf_adds(&sql, " FROM ");
	sg_db_quote_table(db, &sql, users);
	sg_buf_adds(&sql, " WHERE ");
	sg_db_quote_ident(db, &sql, uid);
	sg_buf_adds(&sql, " IS NOT NULL ORDER BY ");
	sg_db_quote_ident(db, &sql, uid);
	if (sg_db_query_rows(db, sql.data, &s->users, err) < 0 ||
	    load_task_users(g, &s->task_users, err) < 0)
		goto out;

	/* task_users comes ordered by list: remember where each list starts */
	for (size_t i = s->task_users.n; i-- > 0;)
		if (sg_rows_get(&s->task_users, i, 0))
			idmap_put(&task_start, sg_rows_get(&s->task_users, i, 0), i, s->task_users.n);

	for (size_t li = 0; li < s->lists.n; li++) {
		const struct list *l = &s->lists.v[li];
		size_t first = s->n, want, tu;
		struct member *m;

		if (idmap_get(&with_members, l->id, &tu) || !l->owner)
			continue;
		m = add_member(s);
		m->list = l->id;
		m->user = m->by = l->owner;
		m->role = "owner";
		m->has_at = l->has_created;
		m->at = l->created;
		if (!l->shared)
			continue;
		/* everyone its tasks already name, then 1-4 others in all */
		if (!idmap_get(&task_start, l->id, &tu))
			tu = s->task_users.n;
		for (; tu < s->task_users.n; tu++) {
			const char *tl = sg_rows_get(&s->task_users, tu, 0);
			const char *u = sg_rows_get(&s->task_users, tu, 1);

			if (!tl || strcmp(tl, l->id))
				break;
			if (u && !member_of(s->v, first, s->n, u))
				add_other(g, s, l, first, u);
		}
		want = 2 + sg_rand_below(r, 4);
		for (int tries = 0; s->n - first < want && s->users.n > 0 && tries < 64; tries++) {
			const char *u = sg_rows_get(&s->users, sg_rand_below(r, (uint32_t)s->users.n), 0);

			if (!member_of(s->v, first, s->n, u))
				add_other(g, s, l, first, u);
		}
	}
	sg_gen_set_count(g, (long long)s->n);
	rc = 0;
out:
	sg_buf_release(&sql);
	sg_rows_release(&has);
	idmap_release(&with_members);
	idmap_release(&task_start);
	return rc;
}

static void members_row(struct sg_gen_ctx *g, struct sg_row *row)
{
	struct members_state *s = sg_gen_state(g);
	const struct member *m;

	if (row->index < 0 || (size_t)row->index >= s->n)
		return; /* --sample beyond the derived rows: the engine's values */
	m = &s->v[row->index];
	sg_row_sets(row, (size_t)s->list, m->list);
	sg_row_sets(row, (size_t)s->user, m->user);
	if (s->by >= 0)
		sg_row_sets(row, (size_t)s->by, m->by);
	if (s->role >= 0 && enum_ok(g, s->role, m->role))
		sg_row_sets(row, (size_t)s->role, m->role);
	if (m->has_at)
		sg_gen_set_time(g, row, s->at, m->at);
}

static void members_end(struct sg_gen_ctx *g)
{
	struct members_state *s = sg_gen_state(g);

	lists_release(&s->lists);
	sg_rows_release(&s->users);
	sg_rows_release(&s->task_users);
	free(s->v);
	free(s);
}

/* also when a drifted schema lost the foreign key */
static const char *const after_lists[] = { "todo_lists", NULL };

const struct sg_generator sg_gen_todo_list_members = {
	.table = "todo_list_members",
	.summary = "each list's owner (role owner), plus 1-4 editors/viewers on shared lists",
	.count_note = "one owner row per list without members, plus 1-4 members per shared list",
	.after = after_lists,
	.begin = members_begin,
	.row = members_row,
	.end = members_end,
};

/* --- todo_tasks ------------------------------------------------------------------------- */

struct tmember {
	const char *user;
	bool viewer;
	bool has_at;
	int64_t at;
};

struct tlist {
	size_t first, n;   /* its members in tasks_state.members */
	int64_t next_pos;
};

struct tasks_state {
	int list, title, description, status, priority, due, assigned, created_by, position,
	    completed, completed_at, completed_by, created_at, updated_at;
	struct lists lists;
	struct tlist *tl;
	struct sg_rows mrows;
	struct tmember *members;
	size_t nmembers;
	uint32_t *task_list;  /* per planned task: its list */
	int64_t *task_pos;    /* per planned task: its position */
	size_t ntasks;
	struct sg_buf tmp;
};

static int load_task_members(struct sg_gen_ctx *g, struct tasks_state *s, struct sg_error *err)
{
	struct sg_db *db = sg_gen_db(g);
	const struct sg_table *t = sg_schema_find(sg_gen_schema(g), "todo_list_members");
	struct sg_buf sql = SG_BUF_INIT;
	int rc = 0;

	if (t && sg_table_find_column(t, "list_id") && sg_table_find_column(t, "user_id")) {
		sg_buf_adds(&sql, "SELECT ");
		sg_db_quote_ident(db, &sql, "list_id");
		add_col_or_null(db, &sql, t, "user_id");
		add_col_or_null(db, &sql, t, "role");
		add_col_or_null(db, &sql, t, "added_at");
		sg_buf_adds(&sql, " FROM ");
		sg_db_quote_table(db, &sql, "todo_list_members");
		sg_buf_adds(&sql, " ORDER BY 1, 2");
		rc = sg_db_query_rows(db, sql.data, &s->mrows, err);
	}
	sg_buf_release(&sql);
	if (rc < 0)
		return -1;
	/* Group by list: rows come ordered by list id, so each list's members
	 * are contiguous. */
	s->members = sg_calloc(s->mrows.n ? s->mrows.n : 1, sizeof(*s->members));
	for (size_t i = 0; i < s->mrows.n; i++) {
		const char *lid = sg_rows_get(&s->mrows, i, 0), *role = sg_rows_get(&s->mrows, i, 2);
		struct tmember *m = &s->members[s->nmembers];
		size_t li;

		if (!lid || !sg_rows_get(&s->mrows, i, 1) || !idmap_get(&s->lists.map, lid, &li))
			continue;
		if (s->tl[li].n && s->tl[li].first + s->tl[li].n != s->nmembers)
			continue; /* not contiguous: the server sorted ids differently */
		if (!s->tl[li].n)
			s->tl[li].first = s->nmembers;
		m->user = sg_rows_get(&s->mrows, i, 1);
		m->viewer = role && !strcmp(role, "viewer");
		m->has_at = sg_parse_time(sg_rows_get(&s->mrows, i, 3), sg_rows_len(&s->mrows, i, 3),
					  &m->at);
		s->tl[li].n++;
		s->nmembers++;
	}
	return 0;
}

static int load_positions(struct sg_gen_ctx *g, struct tasks_state *s, struct sg_error *err)
{
	struct sg_db *db = sg_gen_db(g);
	const struct sg_table *t = sg_gen_table(g);
	struct sg_buf sql = SG_BUF_INIT;
	struct sg_rows maxes;
	int rc;

	sg_buf_adds(&sql, "SELECT ");
	sg_db_quote_ident(db, &sql, t->columns[s->list]->name);
	sg_buf_adds(&sql, ", MAX(");
	sg_db_quote_ident(db, &sql, t->columns[s->position]->name);
	sg_buf_adds(&sql, ") FROM ");
	sg_db_quote_table(db, &sql, t->name);
	sg_buf_adds(&sql, " GROUP BY ");
	sg_db_quote_ident(db, &sql, t->columns[s->list]->name);
	rc = sg_db_query_rows(db, sql.data, &maxes, err);
	sg_buf_release(&sql);
	for (size_t i = 0; rc == 0 && i < maxes.n; i++) {
		const char *lid = sg_rows_get(&maxes, i, 0), *mx = sg_rows_get(&maxes, i, 1);
		size_t li;

		if (lid && mx && idmap_get(&s->lists.map, lid, &li))
			s->tl[li].next_pos = strtoll(mx, NULL, 10) + 1;
	}
	sg_rows_release(&maxes);
	return rc;
}

static int tasks_begin(struct sg_gen_ctx *g, struct sg_error *err)
{
	struct tasks_state *s = sg_calloc(1, sizeof(*s));
	struct sg_rand *r = sg_gen_rand(g);
	long long planned = sg_gen_planned(g);
	struct sg_skew skew;
	uint32_t *perm;

	sg_gen_set_state(g, s);
	s->list = sg_gen_col(g, "list_id");
	s->title = sg_gen_col(g, "title");
	s->description = sg_gen_col(g, "description");
	s->status = sg_gen_col(g, "status");
	s->priority = sg_gen_col(g, "priority");
	s->due = sg_gen_col(g, "due_date");
	s->assigned = sg_gen_col(g, "assigned_to");
	s->created_by = sg_gen_col(g, "created_by");
	s->position = sg_gen_col(g, "position");
	s->completed = sg_gen_col(g, "is_completed");
	s->completed_at = sg_gen_col(g, "completed_at");
	s->completed_by = sg_gen_col(g, "completed_by");
	s->created_at = sg_gen_col(g, "created_at");
	s->updated_at = sg_gen_col(g, "updated_at");
	if (s->list < 0)
		return 0;
	if (load_lists(g, "list_id", &s->lists, err) < 0)
		return -1;
	s->tl = sg_calloc(s->lists.n ? s->lists.n : 1, sizeof(*s->tl));
	if (load_task_members(g, s, err) < 0)
		return -1;
	if (s->position >= 0 && sg_gen_table(g)->columns[s->position]->cls == SG_T_INT &&
	    load_positions(g, s, err) < 0)
		return -1;
	if (!s->lists.n || planned <= 0)
		return 0;
	/* Spread the tasks: a seed-dependent popularity order of the lists,
	 * Zipf weights over it (the top 20% of lists hold ~60% of the tasks). */
	perm = sg_malloc(s->lists.n * sizeof(*perm));
	for (size_t i = 0; i < s->lists.n; i++)
		perm[i] = (uint32_t)i;
	for (size_t i = s->lists.n; i > 1; i--) {
		size_t j = sg_rand_below(r, (uint32_t)i);
		uint32_t x = perm[i - 1];

		perm[i - 1] = perm[j];
		perm[j] = x;
	}
	sg_skew_init(&skew, s->lists.n, 0.6);
	s->ntasks = (size_t)planned;
	s->task_list = sg_malloc(s->ntasks * sizeof(*s->task_list));
	s->task_pos = sg_malloc(s->ntasks * sizeof(*s->task_pos));
	for (size_t i = 0; i < s->ntasks; i++) {
		uint32_t li = perm[sg_skew_pick(&skew, r)];

		s->task_list[i] = li;
		s->task_pos[i] = s->tl[li].next_pos++;
	}
	sg_skew_release(&skew);
	free(perm);
	return 0;
}

/* A person of the list who does work on it: a member (not a viewer when
 * the list has others), else its owner when the list is not shared (a
 * shared list's members may come later and include whoever the tasks
 * name). NULL: let the engine pick any user. */
static const struct tmember *pick_worker(struct sg_gen_ctx *g, struct tasks_state *s, size_t li,
					 const char **user)
{
	struct sg_rand *r = sg_gen_rand(g);
	const struct tlist *tl = &s->tl[li];
	const struct list *l = &s->lists.v[li];

	*user = NULL;
	if (tl->n) {
		const struct tmember *m = &s->members[tl->first + sg_rand_below(r, (uint32_t)tl->n)];

		for (int tries = 0; m->viewer && tries < 8; tries++)
			m = &s->members[tl->first + sg_rand_below(r, (uint32_t)tl->n)];
		*user = m->user;
		return m;
	}
	if (!l->shared && l->owner)
		*user = l->owner;
	return NULL;
}

static void set_user(struct sg_gen_ctx *g, struct sg_row *row, int col, const char *user)
{
	if (col < 0)
		return;
	if (user)
		sg_row_sets(row, (size_t)col, user);
	else
		sg_gen_pick_parent(g, row, col);
}

static void set_enum(struct sg_gen_ctx *g, struct sg_row *row, int col, const char *v)
{
	if (col >= 0 && enum_ok(g, col, v))
		sg_row_sets(row, (size_t)col, v);
}

static void tasks_row(struct sg_gen_ctx *g, struct sg_row *row)
{
	struct tasks_state *s = sg_gen_state(g);
	const struct sg_gen_env *env = sg_gen_env(g);
	struct sg_rand *r = sg_gen_rand(g);
	const struct tmember *creator = NULL;
	const char *who = NULL, *assignee = NULL;
	bool done = sg_rand_chance(r, 0.35), have_list = false;
	int64_t lo = env->now - 180 * DAY, created, completed = 0, x;
	size_t li = 0;

	if (s->lists.n) {
		if (row->index >= 0 && (size_t)row->index < s->ntasks) {
			li = s->task_list[row->index];
			if (s->position >= 0)
				sg_row_set_int(row, (size_t)s->position, s->task_pos[row->index]);
		} else {
			li = sg_rand_below(r, (uint32_t)s->lists.n); /* --sample */
		}
		have_list = true;
		sg_row_sets(row, (size_t)s->list, s->lists.v[li].id);
		if (s->lists.v[li].has_created)
			lo = s->lists.v[li].created;
	}

	/* people */
	if (have_list) {
		creator = pick_worker(g, s, li, &who);
		set_user(g, row, s->created_by, who);
		if (creator && creator->has_at && creator->at > lo)
			lo = creator->at;
		if (!nullable(g, s->assigned) || sg_rand_chance(r, 0.8)) {
			pick_worker(g, s, li, &assignee);
			set_user(g, row, s->assigned, assignee);
		} else {
			sg_gen_set_null(g, row, s->assigned);
		}
	}

	/* times: created in [list created (or creator joined), now] */
	if (env->edge && s->created_at >= 0) {
		sg_gen_fill(g, row, s->created_at);
		if (!sg_row_get_time(row, (size_t)s->created_at, &created))
			created = lo;
	} else {
		created = lo < env->now ? sg_rand_range(r, lo, env->now) : lo;
		sg_gen_set_time(g, row, s->created_at, created);
		if (s->created_at >= 0)
			sg_row_get_time(row, (size_t)s->created_at, &created);
	}

	/* status: done <=> is_completed <=> completed_at/completed_by */
	set_enum(g, row, s->status, done ? "done" : sg_rand_chance(r, 0.3) ? "in_progress" : "todo");
	if (s->completed >= 0)
		sg_row_set_int(row, (size_t)s->completed, done);
	if (done) {
		completed = time_after(r, created + 3600 < env->now ? created + 3600 : created,
				       env->now, 14 * DAY);
		if (completed < created)
			completed = created;
		sg_gen_set_time(g, row, s->completed_at, completed);
		if (s->completed_by >= 0) {
			const char *by = assignee;

			if (!by && have_list)
				pick_worker(g, s, li, &by);
			set_user(g, row, s->completed_by, by);
		}
	} else {
		sg_gen_set_null(g, row, s->completed_at);
		sg_gen_set_null(g, row, s->completed_by);
	}

	/* due 1-45 days after creation (may be in the future) */
	if (s->due >= 0) {
		x = created + sg_rand_range(r, DAY, 45 * DAY);
		if (nullable(g, s->due) && (sg_rand_chance(r, 0.3) || x > sg_gen_time_hi(g, s->due)))
			sg_row_set_null(row, (size_t)s->due);
		else
			sg_gen_set_time(g, row, s->due, x);
	}
	if (s->updated_at >= 0) {
		x = done ? completed : created;
		sg_gen_set_time(g, row, s->updated_at, time_after(r, x, x < env->now ? env->now : x, 3 * DAY));
	}

	/* priority: medium most often, urgent rarely */
	{
		uint32_t p = sg_rand_below(r, 100);

		set_enum(g, row, s->priority, p < 20 ? "low" : p < 65 ? "medium" : p < 90 ? "high"
										   : "urgent");
	}

	if (s->title >= 0) {
		sg_buf_reset(&s->tmp);
		sg_fake_value(sg_gen_fake(g), SG_FAKE_TASK_TITLE, &s->tmp);
		set_text_edge(g, row, s->title, &s->tmp);
	}
	if (env->edge)
		return; /* the description gets the engine's boundary values */
	if (s->description >= 0) {
		if (nullable(g, s->description) && sg_rand_chance(r, 0.45)) {
			sg_row_set_null(row, (size_t)s->description);
		} else {
			sg_buf_reset(&s->tmp);
			sg_fake_value(sg_gen_fake(g), SG_FAKE_NOTES, &s->tmp);
			set_text(g, row, s->description, s->tmp.data, s->tmp.len);
		}
	}
}

static void tasks_end(struct sg_gen_ctx *g)
{
	struct tasks_state *s = sg_gen_state(g);

	lists_release(&s->lists);
	sg_rows_release(&s->mrows);
	free(s->tl);
	free(s->members);
	free(s->task_list);
	free(s->task_pos);
	sg_buf_release(&s->tmp);
	free(s);
}

static const char *const after_members[] = { "todo_list_members", NULL };

const struct sg_generator sg_gen_todo_tasks = {
	.table = "todo_tasks",
	.summary = "business task titles, positions 0..n-1 per list, done by members, "
		   "done <=> completed",
	.after = after_members,
	.begin = tasks_begin,
	.row = tasks_row,
	.end = tasks_end,
};
