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
#include "seedgen/todos_int.h"

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
		todo_set_text_edge(g, row, s->name, &s->tmp);
	}
	if (sg_gen_env(g)->edge)
		return; /* the description gets the engine's boundary values */
	if (s->description >= 0) {
		if (todo_nullable(g, s->description) && sg_rand_chance(r, 0.3)) {
			sg_row_set_null(row, (size_t)s->description);
		} else {
			sg_buf_reset(&s->tmp);
			expand(g, &tv, list_templates[ti].description, &s->tmp);
			todo_set_text(g, row, s->description, s->tmp.data, s->tmp.len);
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

/* The existing tasks (list_id, assigned_to, created_by, completed_by),
 * ordered by list: the users each list's tasks already name. */
static int load_task_users(struct sg_gen_ctx *g, struct sg_rows *out, struct sg_error *err)
{
	static const char *const cols[] = { "list_id", "assigned_to", "created_by",
					    "completed_by" };
	const struct sg_table *t = sg_schema_find(sg_gen_schema(g), "todo_tasks");

	memset(out, 0, sizeof(*out));
	if (!t || !sg_table_find_column(t, "list_id"))
		return 0;
	return sg_gen_read(g, "todo_tasks", cols, 4, out, err);
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
	m->at = m->has_at ? todo_time_after(r, s->v[adder].at, now, 21 * DAY) : 0;
}

static int members_begin(struct sg_gen_ctx *g, struct sg_error *err)
{
	struct members_state *s = sg_calloc(1, sizeof(*s));
	struct sg_rand *r = sg_gen_rand(g);
	const char *users = "users", *uid = "id";
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
	if (todo_load_lists(g, "list_id", &s->lists, err) < 0)
		goto out;
	if (!s->lists.has_owner) {
		sg_warn("'%s' has no column 'owner_id': the todo_list_members generator cannot "
			"derive members; they follow the generic rules", s->lists.table);
		rc = 0;
		goto out;
	}
	/* Lists that already have members. */
	{
		static const char *const list_id[] = { "list_id" };
		static const struct sg_read_where listed = { "list_id", SG_READ_NOT_NULL, NULL };

		if (sg_gen_select(g, &(struct sg_read){ .table = sg_gen_table(g)->name,
							.cols = list_id, .ncols = 1, .where = &listed,
							.nwhere = 1, .shape = SG_READ_DISTINCT },
				  &has, err) < 0)
			goto out;
	}
	for (size_t i = 0; i < has.n; i++)
		if (sg_rows_get(&has, i, 0))
			todo_idmap_put(&with_members, sg_rows_get(&has, i, 0), 1, has.n);
	sg_gen_fk_target(g, "user_id", &users, &uid);
	if (sg_gen_read(g, users, &uid, 1, &s->users, err) < 0 ||
	    load_task_users(g, &s->task_users, err) < 0)
		goto out;

	/* task_users comes ordered by list: remember where each list starts */
	for (size_t i = s->task_users.n; i-- > 0;)
		if (sg_rows_get(&s->task_users, i, 0))
			todo_idmap_put(&task_start, sg_rows_get(&s->task_users, i, 0), i, s->task_users.n);

	for (size_t li = 0; li < s->lists.n; li++) {
		const struct list *l = &s->lists.v[li];
		size_t first = s->n, want, tu;
		struct member *m;

		if (todo_idmap_get(&with_members, l->id, &tu) || !l->owner)
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
		if (!todo_idmap_get(&task_start, l->id, &tu))
			tu = s->task_users.n;
		for (; tu < s->task_users.n; tu++) {
			const char *tl = sg_rows_get(&s->task_users, tu, 0);

			if (!tl || strcmp(tl, l->id))
				break;
			for (size_t c = 1; c < 4; c++) {
				const char *u = sg_rows_get(&s->task_users, tu, c);

				if (u && !member_of(s->v, first, s->n, u))
					add_other(g, s, l, first, u);
			}
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
	sg_rows_release(&has);
	todo_idmap_release(&with_members);
	todo_idmap_release(&task_start);
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
	if (s->role >= 0 && todo_enum_ok(g, s->role, m->role))
		sg_row_sets(row, (size_t)s->role, m->role);
	if (m->has_at)
		sg_gen_set_time(g, row, s->at, m->at);
}

static void members_end(struct sg_gen_ctx *g)
{
	struct members_state *s = sg_gen_state(g);

	todo_lists_release(&s->lists);
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

