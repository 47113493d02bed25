/*
 * The todo_tasks generator (the rules are in todos.c's header): tasks
 * spread over the lists Pareto-style, numbered per list, made, assigned
 * and completed by the list's members.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/dist.h"
#include "seedgen/fake.h"
#include "seedgen/gen.h"
#include "seedgen/gen_helpers.h"
#include "seedgen/todos_int.h"

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
	const struct sg_table *t = sg_schema_find(sg_gen_schema(g), "todo_list_members");
	int rc = 0;

	if (t && sg_table_find_column(t, "list_id") && sg_table_find_column(t, "user_id")) {
		const char *cols[] = { "list_id", "user_id", "role", "added_at" };

		rc = sg_gen_read(g, "todo_list_members", cols, 4, &s->mrows, err);
	}
	if (rc < 0)
		return -1;
	/* Group by list: rows come ordered by list id, so each list's members
	 * are contiguous. */
	s->members = sg_calloc(s->mrows.n ? s->mrows.n : 1, sizeof(*s->members));
	for (size_t i = 0; i < s->mrows.n; i++) {
		const char *lid = sg_rows_get(&s->mrows, i, 0), *role = sg_rows_get(&s->mrows, i, 2);
		struct tmember *m = &s->members[s->nmembers];
		size_t li;

		if (!lid || !sg_rows_get(&s->mrows, i, 1) || !todo_idmap_get(&s->lists.map, lid, &li))
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
	const struct sg_table *t = sg_gen_table(g);
	const char *cols[] = { t->columns[s->list]->name, t->columns[s->position]->name };
	struct sg_rows maxes;
	int rc;

	rc = sg_gen_select(g, &(struct sg_read){ .table = t->name, .cols = cols, .ncols = 2,
						 .shape = SG_READ_MAX }, &maxes, err);
	for (size_t i = 0; rc == 0 && i < maxes.n; i++) {
		const char *lid = sg_rows_get(&maxes, i, 0), *mx = sg_rows_get(&maxes, i, 1);
		size_t li;

		if (lid && mx && todo_idmap_get(&s->lists.map, lid, &li))
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
	if (todo_load_lists(g, "list_id", &s->lists, err) < 0)
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
	if (col >= 0 && todo_enum_ok(g, col, v))
		sg_row_sets(row, (size_t)col, v);
}

/* The task's list (fixed per index by the plan, random for --sample); *lo becomes the
 * list's creation time when known. Returns false when the table has no list column. */
static bool tasks_list(struct sg_gen_ctx *g, struct tasks_state *s, struct sg_row *row,
		       size_t *li, int64_t *lo)
{
	struct sg_rand *r = sg_gen_rand(g);

	if (!s->lists.n)
		return false;
	if (row->index >= 0 && (size_t)row->index < s->ntasks) {
		*li = s->task_list[row->index];
		if (s->position >= 0)
			sg_row_set_int(row, (size_t)s->position, s->task_pos[row->index]);
	} else {
		*li = sg_rand_below(r, (uint32_t)s->lists.n); /* --sample */
	}
	sg_row_sets(row, (size_t)s->list, s->lists.v[*li].id);
	if (s->lists.v[*li].has_created)
		*lo = s->lists.v[*li].created;
	return true;
}

/* Creator and assignee among the list's workers; *lo moves to when the creator joined.
 * Returns the assignee (NULL when none was picked). */
static const char *tasks_people(struct sg_gen_ctx *g, struct tasks_state *s, struct sg_row *row,
				size_t li, int64_t *lo)
{
	const struct tmember *creator;
	const char *who = NULL, *assignee = NULL;

	creator = pick_worker(g, s, li, &who);
	set_user(g, row, s->created_by, who);
	if (creator && creator->has_at && creator->at > *lo)
		*lo = creator->at;
	if (!todo_nullable(g, s->assigned) || sg_rand_chance(sg_gen_rand(g), 0.8)) {
		pick_worker(g, s, li, &assignee);
		set_user(g, row, s->assigned, assignee);
	} else {
		sg_gen_set_null(g, row, s->assigned);
	}
	return assignee;
}

/* created in [list created (or creator joined), now] */
static int64_t tasks_created(struct sg_gen_ctx *g, struct tasks_state *s, struct sg_row *row,
			     int64_t lo)
{
	const struct sg_gen_env *env = sg_gen_env(g);
	int64_t created;

	if (env->edge && s->created_at >= 0) {
		sg_gen_fill(g, row, s->created_at);
		if (!sg_row_get_time(row, (size_t)s->created_at, &created))
			created = lo;
	} else {
		created = lo < env->now ? sg_rand_range(sg_gen_rand(g), lo, env->now) : lo;
		sg_gen_set_time(g, row, s->created_at, created);
		if (s->created_at >= 0)
			sg_row_get_time(row, (size_t)s->created_at, &created);
	}
	return created;
}

/* status: done <=> is_completed <=> completed_at/completed_by. Returns completed_at
 * (0 when not done). */
static int64_t tasks_status(struct sg_gen_ctx *g, struct tasks_state *s, struct sg_row *row,
			    bool done, int64_t created, const char *assignee,
			    bool have_list, size_t li)
{
	const struct sg_gen_env *env = sg_gen_env(g);
	struct sg_rand *r = sg_gen_rand(g);
	int64_t completed = 0;

	set_enum(g, row, s->status, done ? "done" : sg_rand_chance(r, 0.3) ? "in_progress" : "todo");
	if (s->completed >= 0)
		sg_row_set_int(row, (size_t)s->completed, done);
	if (done) {
		completed = todo_time_after(r, created + 3600 < env->now ? created + 3600 : created,
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
	return completed;
}

/* due 1-45 days after creation (may be in the future); updated after the last change */
static void tasks_due_updated(struct sg_gen_ctx *g, struct tasks_state *s, struct sg_row *row,
			      int64_t created, int64_t last)
{
	const struct sg_gen_env *env = sg_gen_env(g);
	struct sg_rand *r = sg_gen_rand(g);
	int64_t x;

	if (s->due >= 0) {
		x = created + sg_rand_range(r, DAY, 45 * DAY);
		if (todo_nullable(g, s->due) && (sg_rand_chance(r, 0.3) || x > sg_gen_time_hi(g, s->due)))
			sg_row_set_null(row, (size_t)s->due);
		else
			sg_gen_set_time(g, row, s->due, x);
	}
	if (s->updated_at >= 0)
		sg_gen_set_time(g, row, s->updated_at,
				todo_time_after(r, last, last < env->now ? env->now : last, 3 * DAY));
}

/* priority (medium most often, urgent rarely), title and description */
static void tasks_text(struct sg_gen_ctx *g, struct tasks_state *s, struct sg_row *row)
{
	struct sg_rand *r = sg_gen_rand(g);
	uint32_t p = sg_rand_below(r, 100);

	set_enum(g, row, s->priority, p < 20 ? "low" : p < 65 ? "medium" : p < 90 ? "high"
									   : "urgent");
	if (s->title >= 0) {
		sg_buf_reset(&s->tmp);
		sg_fake_value(sg_gen_fake(g), SG_FAKE_TASK_TITLE, &s->tmp);
		todo_set_text_edge(g, row, s->title, &s->tmp);
	}
	if (sg_gen_env(g)->edge)
		return; /* the description gets the engine's boundary values */
	if (s->description >= 0) {
		if (todo_nullable(g, s->description) && sg_rand_chance(r, 0.45)) {
			sg_row_set_null(row, (size_t)s->description);
		} else {
			sg_buf_reset(&s->tmp);
			sg_fake_value(sg_gen_fake(g), SG_FAKE_NOTES, &s->tmp);
			todo_set_text(g, row, s->description, s->tmp.data, s->tmp.len);
		}
	}
}

static void tasks_row(struct sg_gen_ctx *g, struct sg_row *row)
{
	struct tasks_state *s = sg_gen_state(g);
	const struct sg_gen_env *env = sg_gen_env(g);
	const char *assignee = NULL;
	bool done = sg_rand_chance(sg_gen_rand(g), 0.35), have_list;
	int64_t lo = env->now - 180 * DAY, created, completed;
	size_t li = 0;

	have_list = tasks_list(g, s, row, &li, &lo);
	if (have_list)
		assignee = tasks_people(g, s, row, li, &lo);
	created = tasks_created(g, s, row, lo);
	completed = tasks_status(g, s, row, done, created, assignee, have_list, li);
	tasks_due_updated(g, s, row, created, done ? completed : created);
	tasks_text(g, s, row);
}

static void tasks_end(struct sg_gen_ctx *g)
{
	struct tasks_state *s = sg_gen_state(g);

	todo_lists_release(&s->lists);
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

