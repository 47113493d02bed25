/*
 * What the to-do generators (todos.c: todo_lists and todo_list_members;
 * todo_tasks.c) share: value helpers, a list-id map, and the lists of the
 * lists table read through the engine. See todos.c for the rules.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/dist.h"
#include "seedgen/fake.h"
#include "seedgen/gen.h"
#include "seedgen/gen_helpers.h"
#include "seedgen/todos_int.h"
#include "seedgen/valuefit.h"

/* --- values ------------------------------------------------------------------------- */

bool todo_truthy(const char *v)
{
	return v && (!strcmp(v, "1") || !strcmp(v, "t") || !strcmp(v, "true") ||
		     !strcmp(v, "TRUE") || !strcmp(v, "y") || !strcmp(v, "yes"));
}

bool todo_nullable(struct sg_gen_ctx *g, int col)
{
	return col >= 0 && sg_gen_table(g)->columns[col]->nullable;
}

/* Whether v may go into the column: any value unless it is an enum. */
bool todo_enum_ok(struct sg_gen_ctx *g, int col, const char *v)
{
	const struct sg_column *c;

	if (col < 0)
		return false;
	c = sg_gen_table(g)->columns[col];
	if (c->cls != SG_T_ENUM)
		return true;
	return sg_enum_has(c, v, strlen(v));
}

void todo_set_text(struct sg_gen_ctx *g, struct sg_row *row, int col, const char *s, size_t len)
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
void todo_set_text_edge(struct sg_gen_ctx *g, struct sg_row *row, int col, struct sg_buf *b)
{
	if (col < 0)
		return;
	if (sg_gen_env(g)->edge && row->index % 5 == 0)
		sg_gen_pad_to_limit(g, col, b);
	todo_set_text(g, row, col, b->data, b->len);
}

/* A time in [lo, hi] (lo when hi <= lo), mostly early in long spans: most
 * work happens soon after the thing it belongs to. */
int64_t todo_time_after(struct sg_rand *r, int64_t lo, int64_t hi, int64_t typical)
{
	if (hi <= lo)
		return lo;
	if (hi - lo > typical && sg_rand_chance(r, 0.75))
		hi = lo + typical;
	return sg_rand_range(r, lo, hi);
}

void todo_idmap_put(struct idmap *m, const char *key, size_t val, size_t nkeys)
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

bool todo_idmap_get(const struct idmap *m, const char *key, size_t *val)
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

void todo_idmap_release(struct idmap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof(*m));
}

int todo_load_lists(struct sg_gen_ctx *g, const char *list_col, struct lists *ls,
		      struct sg_error *err)
{
	const char *id = "id";
	const struct sg_table *t;
	int rc = 0;

	ls->table = "todo_lists";
	sg_gen_fk_target(g, list_col, &ls->table, &id);
	t = sg_schema_find(sg_gen_schema(g), ls->table);
	if (t && sg_table_find_column(t, id)) {
		const char *cols[] = { id, "owner_id", "is_shared", "created_at" };

		ls->has_owner = sg_table_find_column(t, "owner_id") != NULL;
		rc = sg_gen_read(g, ls->table, cols, 4, &ls->rows, err);
	}
	if (rc < 0)
		return -1;
	ls->v = sg_calloc(ls->rows.n ? ls->rows.n : 1, sizeof(*ls->v));
	for (size_t i = 0; i < ls->rows.n; i++) {
		struct list *l = &ls->v[ls->n];

		if (!(l->id = sg_rows_get(&ls->rows, i, 0)))
			continue;
		l->owner = sg_rows_get(&ls->rows, i, 1);
		l->shared = todo_truthy(sg_rows_get(&ls->rows, i, 2));
		l->has_created = sg_parse_time(sg_rows_get(&ls->rows, i, 3),
					       sg_rows_len(&ls->rows, i, 3), &l->created);
		todo_idmap_put(&ls->map, l->id, ls->n, ls->rows.n);
		ls->n++;
	}
	return 0;
}

void todo_lists_release(struct lists *ls)
{
	sg_rows_release(&ls->rows);
	free(ls->v);
	todo_idmap_release(&ls->map);
}

