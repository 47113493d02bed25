/*
 * Generators for comments and comment_mentions.
 *
 * comments: each comment is about a real row of an entity table. In begin
 * the generator looks for the entity tables it knows (orders, clients,
 * batches, purchaseOrders, invoices, products, vendors) that exist and
 * have rows, and then writes commentable_type as the entity's lower-case
 * singular ('order', 'client', 'batch', 'purchase_order', ...) with an id
 * of that table, orders and clients most often, popular rows more often.
 * It picks the pair itself, rather than leaving it to the engine's
 * polymorphic map, because the text must fit the type: content is a
 * business comment about that kind of record (sg_fake_comment_for). About
 * a quarter of the comments @mention one or two other users by their name
 * ("@Maria Gonzalez can you confirm the delivery window?"), never the
 * author. Authors come from the engine's skewed user pool. is_resolved <=>
 * resolved_at and resolved_by set, resolved_at >= created_at. With no
 * entity table at hand, the pair is left to the engine.
 *
 * comment_mentions: the row count follows from the comments. Every "@Name"
 * in a comment's content that names a user (the longest name that
 * matches, ending at a word boundary; among users of the same name the
 * first one who is not the author) gives one row: mentioned_user_id that
 * user, mentioned_by_user_id the comment's author, created_at the
 * comment's. Pairs that exist already are skipped, so a second run adds
 * only the mentions of new comments.
 *
 * Columns of the generated table are looked up by name (sg_gen_col: a
 * missing one is skipped with one warning). Other tables are read only
 * through the columns the run's schema says they have (sg_gen_schema). In
 * the edge scenario every fifth comment runs to the column's limit in
 * multibyte letters and emoji after its realistic start, and created_at
 * takes the engine's boundary times; the rules above still hold.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/dist.h"
#include "seedgen/fake.h"
#include "seedgen/gen.h"
#include "seedgen/gen_helpers.h"
#include "seedgen/hashset.h"
#include "seedgen/valuefit.h"

#define DAY 86400
/* Entity ids read per table: enough to spread comments over, bounded
 * memory on a large table. */
#define MAX_ENTITY_IDS 200000
/* Longer names are not offered for @mentions (edge data). */
#define MAX_MENTION_NAME 80

/* --- reading other tables ------------------------------------------------------- */

/* Users with a name fit for an @mention, in key order. */
struct users {
	struct sg_rows rows;  /* id, name */
	size_t *named;     /* rows with a usable name */
	size_t nnamed;
	uint64_t *keys;    /* id hash -> row, open addressing */
	size_t *vals;
	size_t cap;
};

static bool mention_name_ok(const char *name, size_t len)
{
	if (!name || !len || len > MAX_MENTION_NAME || name[0] == ' ')
		return false;
	for (size_t i = 0; i < len; i++)
		if (name[i] == '@' || name[i] == '\n' || name[i] == '\t' || name[i] == '\r')
			return false;
	return true;
}

/* Reads table(id, name); no users (and a warning) when it has no name. */
static int load_users(struct sg_gen_ctx *g, const char *fk_col, const char *who,
		      struct users *u, struct sg_error *err)
{
	const char *table = "users", *id = "id";
	const struct sg_table *t;
	int rc = 0;

	memset(u, 0, sizeof(*u));
	sg_gen_fk_target(g, fk_col, &table, &id);
	t = sg_schema_find(sg_gen_schema(g), table);
	if (!t || !sg_table_find_column(t, id) || !sg_table_find_column(t, "name")) {
		sg_warn("'%s' has no column 'name': %s", table, who);
	} else {
		const char *cols[] = { id, "name" };

		rc = sg_gen_read(g, table, cols, 2, &u->rows, err);
	}
	if (rc < 0)
		return -1;
	u->named = sg_malloc((u->rows.n ? u->rows.n : 1) * sizeof(*u->named));
	for (size_t i = 0; i < u->rows.n; i++)
		if (sg_rows_get(&u->rows, i, 0) &&
		    mention_name_ok(sg_rows_get(&u->rows, i, 1), sg_rows_len(&u->rows, i, 1)))
			u->named[u->nnamed++] = i;
	for (u->cap = 16; u->cap < u->rows.n * 2; u->cap *= 2)
		;
	u->keys = sg_calloc(u->cap, sizeof(*u->keys));
	u->vals = sg_calloc(u->cap, sizeof(*u->vals));
	for (size_t i = 0; i < u->rows.n; i++) {
		uint64_t h = sg_rows_get(&u->rows, i, 0) ? sg_hash64(sg_rows_get(&u->rows, i, 0)) | 1 : 0;
		size_t j = h & (u->cap - 1);

		if (!h)
			continue;
		while (u->keys[j] && u->keys[j] != h)
			j = (j + 1) & (u->cap - 1);
		u->keys[j] = h;
		u->vals[j] = i;
	}
	return 0;
}

/* The row of the user with this id. */
static bool users_find(const struct users *u, const char *id, size_t *row)
{
	uint64_t h = sg_hash64(id) | 1;

	for (size_t j = h & (u->cap - 1); u->cap && u->keys[j]; j = (j + 1) & (u->cap - 1))
		if (u->keys[j] == h) {
			*row = u->vals[j];
			return true;
		}
	return false;
}

static void users_release(struct users *u)
{
	sg_rows_release(&u->rows);
	free(u->named);
	free(u->keys);
	free(u->vals);
}

/* --- values ------------------------------------------------------------------------- */

static uint64_t pair_hash(const char *a, const char *b)
{
	uint64_t h = sg_hash64(a);

	return (h ^ (sg_hash64(b) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2))) * 1099511628211ULL;
}

/* --- comments ----------------------------------------------------------------------- */

/* Entity tables a comment may be about: the type value written, the
 * table names tried (first existing one wins), and the share of comments. */
static const struct {
	const char *type;
	const char *tables[2];
	unsigned weight;
} entities[] = {
	{ "order", { "orders", NULL }, 40 },
	{ "client", { "clients", NULL }, 25 },
	{ "batch", { "batches", NULL }, 12 },
	{ "purchase_order", { "purchaseOrders", "purchase_orders" }, 8 },
	{ "invoice", { "invoices", NULL }, 8 },
	{ "product", { "products", NULL }, 5 },
	{ "vendor", { "vendors", NULL }, 2 },
};
#define NENTITIES (sizeof(entities) / sizeof(entities[0]))

struct target {
	size_t entity;
	struct sg_rows ids;
	uint32_t *perm;        /* popularity order */
	struct sg_skew skew;
};

struct comments_state {
	int type, id, user, content, resolved, resolved_at, resolved_by, created_at, updated_at;
	struct target t[NENTITIES];
	size_t nt;
	unsigned total_weight;
	struct users users;
	struct sg_buf tmp;
};

static bool is_integer(const char *s)
{
	if (*s == '-')
		s++;
	if (!*s)
		return false;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return false;
	return true;
}

/* Loads the ids of one entity table when it exists, has an `id` column
 * and rows whose ids fit the comment's id column. */
static int load_target(struct sg_gen_ctx *g, struct comments_state *s, size_t e,
		       struct sg_error *err)
{
	static const char *const idcol[] = { "id" };
	static const struct sg_read_where have_id = { "id", SG_READ_NOT_NULL, NULL };
	const struct sg_column *idc = sg_gen_table(g)->columns[s->id];
	const struct sg_column *tc = sg_gen_table(g)->columns[s->type];
	struct target *t = &s->t[s->nt];
	struct sg_rows raw;
	const char *table = NULL;
	size_t keep = 0;
	int rc = 0;

	if (tc->cls == SG_T_ENUM) {
		if (!sg_enum_has(tc, entities[e].type, strlen(entities[e].type)))
			return 0;
	} else if (tc->length > 0 && strlen(entities[e].type) > (size_t)tc->length) {
		return 0;
	}
	for (size_t i = 0; i < 2 && entities[e].tables[i] && !table; i++) {
		const struct sg_table *et = sg_schema_find(sg_gen_schema(g), entities[e].tables[i]);

		if (et && sg_table_find_column(et, "id"))
			table = entities[e].tables[i];
	}
	if (!table)
		return 0;
	rc = sg_gen_select(g, &(struct sg_read){ .table = table, .cols = idcol, .ncols = 1,
					      .where = &have_id, .nwhere = 1,
					      .limit = MAX_ENTITY_IDS }, &raw, err);
	if (rc < 0)
		return -1;
	/* An integer id column takes only integer ids (no uuid tables): perm
	 * lists the rows kept, then is shuffled into popularity order. */
	t->perm = sg_malloc((raw.n ? raw.n : 1) * sizeof(*t->perm));
	for (size_t i = 0; i < raw.n; i++)
		if (idc->cls != SG_T_INT || is_integer(sg_rows_get(&raw, i, 0)))
			t->perm[keep++] = (uint32_t)i;
	if (!keep) {
		free(t->perm);
		t->perm = NULL;
		sg_rows_release(&raw);
		return 0;
	}
	t->entity = e;
	t->ids = raw;
	for (size_t i = keep; i > 1; i--) {
		size_t j = sg_rand_below(sg_gen_rand(g), (uint32_t)i);
		uint32_t x = t->perm[i - 1];

		t->perm[i - 1] = t->perm[j];
		t->perm[j] = x;
	}
	sg_skew_init(&t->skew, keep, 0.7);
	s->total_weight += entities[e].weight;
	s->nt++;
	return 0;
}

static int comments_begin(struct sg_gen_ctx *g, struct sg_error *err)
{
	struct comments_state *s = sg_calloc(1, sizeof(*s));

	sg_gen_set_state(g, s);
	s->type = sg_gen_col(g, "commentable_type");
	s->id = sg_gen_col(g, "commentable_id");
	s->user = sg_gen_col(g, "user_id");
	s->content = sg_gen_col(g, "content");
	s->resolved = sg_gen_col(g, "is_resolved");
	s->resolved_at = sg_gen_col(g, "resolved_at");
	s->resolved_by = sg_gen_col(g, "resolved_by");
	s->created_at = sg_gen_col(g, "created_at");
	s->updated_at = sg_gen_col(g, "updated_at");
	for (size_t e = 0; s->type >= 0 && s->id >= 0 && e < NENTITIES; e++)
		if (load_target(g, s, e, err) < 0)
			return -1;
	if (s->content >= 0 &&
	    load_users(g, "user_id", "comments @mention nobody", &s->users, err) < 0)
		return -1;
	return 0;
}

/* A user with a usable name other than the author (by id and by name)
 * and other than those in picked[0..n): its index in users.named, or
 * SIZE_MAX. */
static size_t pick_mentioned(struct sg_gen_ctx *g, struct comments_state *s, const char *author,
			     const size_t *picked, size_t n)
{
	const struct sg_rows *u = &s->users.rows;
	const char *author_name = NULL;
	size_t ai;

	if (author && users_find(&s->users, author, &ai))
		author_name = sg_rows_get(u, ai, 1);
	for (int tries = 0; tries < 16; tries++) {
		size_t k = sg_rand_below(sg_gen_rand(g), (uint32_t)s->users.nnamed);
		size_t ui = s->users.named[k];
		bool taken = (author && !strcmp(sg_rows_get(u, ui, 0), author)) ||
			     (author_name && !strcmp(sg_rows_get(u, ui, 1), author_name));

		for (size_t j = 0; j < n && !taken; j++)
			taken = !strcmp(sg_rows_get(u, s->users.named[picked[j]], 1), sg_rows_get(u, ui, 1));
		if (!taken)
			return k;
	}
	return SIZE_MAX;
}

/* The comment text: a comment fitting the entity type, with @mentions of
 * one or two other users in about a quarter of the comments. */
static void make_content(struct sg_gen_ctx *g, struct comments_state *s, const char *type,
			 const char *author, struct sg_buf *out)
{
	static const char *const lead_ins[] = {
		"can you take a look? ", "FYI: ", "please confirm: ", "heads up: ", "quick update: ",
	};
	struct sg_rand *r = sg_gen_rand(g);
	struct sg_buf who = SG_BUF_INIT;
	size_t picked[2], n = 0, want;

	if (s->users.nnamed && sg_rand_chance(r, 0.25)) {
		want = sg_rand_chance(r, 0.3) ? 2 : 1;
		while (n < want && (picked[n] = pick_mentioned(g, s, author, picked, n)) != SIZE_MAX)
			n++;
	}
	for (size_t i = 0; i < n; i++) {
		if (i)
			sg_buf_adds(&who, " and ");
		sg_buf_addch(&who, '@');
		sg_buf_adds(&who, sg_rows_get(&s->users.rows, s->users.named[picked[i]], 1));
	}
	if (n && sg_rand_chance(r, 0.6)) {
		sg_buf_add(out, who.data, who.len);
		sg_buf_addch(out, ' ');
		sg_buf_adds(out, lead_ins[sg_rand_below(r, sizeof(lead_ins) / sizeof(lead_ins[0]))]);
		sg_fake_comment_for(sg_gen_fake(g), type, out);
	} else {
		sg_fake_comment_for(sg_gen_fake(g), type, out);
		if (n) {
			bool cc = sg_rand_chance(r, 0.5);

			sg_buf_adds(out, cc ? " cc " : " Looping in ");
			sg_buf_add(out, who.data, who.len);
			if (!cc)
				sg_buf_addch(out, '.');
		}
	}
	sg_buf_release(&who);
}

static void comments_row(struct sg_gen_ctx *g, struct sg_row *row)
{
	struct comments_state *s = sg_gen_state(g);
	const struct sg_gen_env *env = sg_gen_env(g);
	struct sg_rand *r = sg_gen_rand(g);
	const char *type = NULL;
	char author[128], type_buf[64];
	bool has_author = false;
	int64_t created = env->now - sg_rand_range(r, 0, 365 * DAY), x;

	/* the author, copied: later values may move the row's buffer */
	if (s->user >= 0 && sg_gen_pick_parent(g, row, s->user) == 0) {
		size_t len;
		const char *v = sg_row_get(row, (size_t)s->user, &len);

		if (v && len < sizeof(author)) {
			memcpy(author, v, len);
			author[len] = '\0';
			has_author = true;
		}
	}

	/* what it is about: the config's polymorphic map when it has one for
	 * commentable_type (the engine fills the pair), else the entity
	 * tables found in begin */
	if (sg_gen_fill_pair(g, row, s->type) == 0) {
		size_t len;
		const char *v = sg_row_get(row, (size_t)s->type, &len);

		if (v && len < sizeof(type_buf)) {
			memcpy(type_buf, v, len);
			type_buf[len] = '\0';
			type = type_buf;
		}
	} else if (s->nt) {
		uint32_t w = sg_rand_below(r, s->total_weight);
		struct target *t = &s->t[0];

		for (size_t i = 0; i < s->nt; i++) {
			t = &s->t[i];
			if (w < entities[t->entity].weight)
				break;
			w -= entities[t->entity].weight;
		}
		type = entities[t->entity].type;
		sg_row_sets(row, (size_t)s->type, type);
		sg_row_sets(row, (size_t)s->id, sg_rows_get(&t->ids, t->perm[sg_skew_pick(&t->skew, r)], 0));
	}

	if (s->content >= 0) {
		int max = sg_gen_table(g)->columns[s->content]->length;
		size_t len;

		sg_buf_reset(&s->tmp);
		make_content(g, s, type, has_author ? author : NULL, &s->tmp);
		if (env->edge && row->index % 5 == 0)
			sg_gen_pad_to_limit(g, s->content, &s->tmp);
		len = s->tmp.len;
		if (max > 0 && sg_gen_table(g)->columns[s->content]->cls == SG_T_TEXT &&
		    env->caps->text_limit_bytes) {
			/* MySQL TEXT kinds count bytes: cut before a whole character */
			if (len > (size_t)max)
				for (len = (size_t)max; len && ((unsigned char)s->tmp.data[len] & 0xC0) == 0x80;)
					len--;
		} else if (max > 0) {
			len = sg_utf8_truncate(s->tmp.data, s->tmp.len, (size_t)max);
		}
		sg_row_set(row, (size_t)s->content, s->tmp.data, len);
	}

	if (s->created_at >= 0) {
		sg_gen_fill(g, row, s->created_at);
		sg_row_get_time(row, (size_t)s->created_at, &created);
	}

	/* resolved: about a third, some time after it was written */
	if (sg_rand_chance(r, 0.35)) {
		if (s->resolved >= 0)
			sg_row_set_int(row, (size_t)s->resolved, 1);
		x = created;
		if (created < env->now)
			x = created + sg_rand_range(r, 0, env->now - created < 10 * DAY
								? env->now - created : 10 * DAY);
		sg_gen_set_time(g, row, s->resolved_at, x);
		if (s->resolved_by >= 0 && sg_gen_pick_parent(g, row, s->resolved_by) < 0 && has_author)
			sg_row_sets(row, (size_t)s->resolved_by, author);
		sg_gen_set_time(g, row, s->updated_at, x);
	} else {
		if (s->resolved >= 0)
			sg_row_set_int(row, (size_t)s->resolved, 0);
		sg_gen_set_null(g, row, s->resolved_at);
		sg_gen_set_null(g, row, s->resolved_by);
	}
}

static void comments_end(struct sg_gen_ctx *g)
{
	struct comments_state *s = sg_gen_state(g);

	for (size_t i = 0; i < s->nt; i++) {
		sg_rows_release(&s->t[i].ids);
		free(s->t[i].perm);
		sg_skew_release(&s->t[i].skew);
	}
	users_release(&s->users);
	sg_buf_release(&s->tmp);
	free(s);
}

const struct sg_generator sg_gen_comments = {
	.table = "comments",
	.summary = "comments on real orders, clients, batches... worded for the type, "
		   "~25% @mentioning other users",
	.begin = comments_begin,
	.row = comments_row,
	.end = comments_end,
};

/* --- comment_mentions -------------------------------------------------------------- */

struct uname {
	const char *name, *id;
	size_t len, row;
};

struct mention {
	const char *comment, *user, *by; /* into the rows' data */
	int64_t at;
	bool has_at;
};

struct mentions_state {
	int comment, user, by, created_at;
	struct users users;
	struct sg_rows comments;
	struct uname *order; /* named users sorted by (name, key order) */
	size_t *lengths;     /* distinct name lengths, longest first */
	size_t nlengths;
	struct mention *v;
	size_t n, cap;
};

static int cmp_name(const void *a, const void *b)
{
	const struct uname *x = a, *y = b;
	int c = memcmp(x->name, y->name, x->len < y->len ? x->len : y->len);

	if (c)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->row < y->row ? -1 : x->row > y->row;
}

static int cmp_desc(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? 1 : x > y ? -1 : 0;
}

/* First position in order[] of a user named exactly text[0..len), or -1. */
static long find_name(const struct mentions_state *s, const char *text, size_t len)
{
	size_t lo = 0, hi = s->users.nnamed;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct uname *n = &s->order[mid];
		int c = memcmp(n->name, text, n->len < len ? n->len : len);

		if (c < 0 || (c == 0 && n->len < len))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < s->users.nnamed && s->order[lo].len == len && !memcmp(s->order[lo].name, text, len))
		return (long)lo;
	return -1;
}

static bool word_char(unsigned char c)
{
	return isalnum(c) || c == '_' || c >= 0x80;
}

/* The mentions of one comment, appended to s->v. */
static void scan_comment(struct mentions_state *s, struct sg_hashset *seen, size_t ci)
{
	const struct sg_rows *c = &s->comments;
	const char *cid = sg_rows_get(c, ci, 0), *author = sg_rows_get(c, ci, 1);
	const char *text = sg_rows_get(c, ci, 2);
	size_t tlen = sg_rows_len(c, ci, 2);
	int64_t at = 0;
	bool has_at = sg_parse_time(sg_rows_get(c, ci, 3), sg_rows_len(c, ci, 3), &at);

	if (!cid || !author || !text)
		return;
	for (size_t p = 0; p < tlen; p++) {
		if (text[p] != '@')
			continue;
		for (size_t li = 0; li < s->nlengths; li++) {
			size_t len = s->lengths[li];
			long pos;

			if (p + 1 + len > tlen || (p + 1 + len < tlen && word_char((unsigned char)text[p + 1 + len])))
				continue;
			if ((pos = find_name(s, text + p + 1, len)) < 0)
				continue;
			/* the first user of that name who is not the author */
			for (size_t k = (size_t)pos; k < s->users.nnamed; k++) {
				const char *uid = s->order[k].id;
				struct mention *m;

				if (s->order[k].len != len || memcmp(s->order[k].name, text + p + 1, len))
					break;
				if (!strcmp(uid, author))
					continue;
				if (sg_hashset_add(seen, pair_hash(cid, uid))) {
					SG_GROW(s->v, s->n + 1, s->cap);
					m = &s->v[s->n++];
					m->comment = cid;
					m->user = uid;
					m->by = author;
					m->at = at;
					m->has_at = has_at;
				}
				break;
			}
			p += len;
			break;
		}
	}
}

static int mentions_begin(struct sg_gen_ctx *g, struct sg_error *err)
{
	struct mentions_state *s = sg_calloc(1, sizeof(*s));
	const char *ctable = "comments", *cid = "id";
	const struct sg_table *ct;
	struct sg_rows existing;
	struct sg_hashset seen = { 0 };
	int rc = -1;

	memset(&existing, 0, sizeof(existing));
	sg_gen_set_state(g, s);
	s->comment = sg_gen_col(g, "comment_id");
	s->user = sg_gen_col(g, "mentioned_user_id");
	s->by = sg_gen_col(g, "mentioned_by_user_id");
	s->created_at = sg_gen_col(g, "created_at");
	if (s->comment < 0 || s->user < 0)
		return 0; /* nothing to derive: the engine's count and rules */
	sg_gen_fk_target(g, "comment_id", &ctable, &cid);
	if (load_users(g, "mentioned_user_id", "comment_mentions has no rows to derive",
		       &s->users, err) < 0)
		goto out;
	ct = sg_schema_find(sg_gen_schema(g), ctable);
	if (!ct || !sg_table_find_column(ct, cid) || !sg_table_find_column(ct, "user_id") ||
	    !sg_table_find_column(ct, "content")) {
		sg_warn("'%s' lacks '%s', 'user_id' or 'content': comment_mentions has no rows to "
			"derive", ctable, cid);
		sg_gen_set_count(g, 0);
		rc = 0;
		goto out;
	}

	/* users by name, and the name lengths to try at each '@' */
	s->order = sg_malloc((s->users.nnamed ? s->users.nnamed : 1) * sizeof(*s->order));
	s->lengths = sg_malloc((s->users.nnamed ? s->users.nnamed : 1) * sizeof(*s->lengths));
	for (size_t i = 0; i < s->users.nnamed; i++) {
		size_t ui = s->users.named[i];

		s->order[i] = (struct uname){ sg_rows_get(&s->users.rows, ui, 1),
					      sg_rows_get(&s->users.rows, ui, 0),
					      sg_rows_len(&s->users.rows, ui, 1), ui };
		s->lengths[i] = s->order[i].len;
	}
	qsort(s->order, s->users.nnamed, sizeof(*s->order), cmp_name);
	qsort(s->lengths, s->users.nnamed, sizeof(*s->lengths), cmp_desc);
	for (size_t i = 0; i < s->users.nnamed; i++)
		if (!s->nlengths || s->lengths[s->nlengths - 1] != s->lengths[i])
			s->lengths[s->nlengths++] = s->lengths[i];

	/* the pairs that exist */
	{
		const char *pair[] = { sg_gen_table(g)->columns[s->comment]->name,
				       sg_gen_table(g)->columns[s->user]->name };
		const struct sg_read_where both[] = { { pair[0], SG_READ_NOT_NULL, NULL },
						      { pair[1], SG_READ_NOT_NULL, NULL } };

		if (sg_gen_select(g, &(struct sg_read){ .table = sg_gen_table(g)->name,
							.cols = pair, .ncols = 2, .where = both,
							.nwhere = 2 }, &existing, err) < 0)
			goto out;
	}
	for (size_t i = 0; i < existing.n; i++)
		sg_hashset_add(&seen, pair_hash(sg_rows_get(&existing, i, 0), sg_rows_get(&existing, i, 1)));

	/* the comments that may mention someone */
	{
		const char *cols[] = { cid, "user_id", "content", "created_at" };
		const struct sg_read_where at = { "content", SG_READ_CONTAINS, "@" };

		if (s->users.nnamed &&
		    sg_gen_select(g, &(struct sg_read){ .table = ctable, .cols = cols, .ncols = 4,
							.where = &at, .nwhere = 1 },
				  &s->comments, err) < 0)
			goto out;
	}
	for (size_t i = 0; i < s->comments.n; i++)
		scan_comment(s, &seen, i);
	sg_gen_set_count(g, (long long)s->n);
	rc = 0;
out:
	sg_rows_release(&existing);
	sg_hashset_release(&seen);
	return rc;
}

static void mentions_row(struct sg_gen_ctx *g, struct sg_row *row)
{
	struct mentions_state *s = sg_gen_state(g);
	const struct mention *m;

	if (row->index < 0 || (size_t)row->index >= s->n)
		return; /* --sample beyond the derived rows: the engine's values */
	m = &s->v[row->index];
	sg_row_sets(row, (size_t)s->comment, m->comment);
	sg_row_sets(row, (size_t)s->user, m->user);
	if (s->by >= 0)
		sg_row_sets(row, (size_t)s->by, m->by);
	if (m->has_at)
		sg_gen_set_time(g, row, s->created_at, m->at);
}

static void mentions_end(struct sg_gen_ctx *g)
{
	struct mentions_state *s = sg_gen_state(g);

	users_release(&s->users);
	sg_rows_release(&s->comments);
	free(s->order);
	free(s->lengths);
	free(s->v);
	free(s);
}

static const char *const after_comments[] = { "comments", NULL };

const struct sg_generator sg_gen_comment_mentions = {
	.table = "comment_mentions",
	.summary = "one row per @Name of another user in a comment, by the comment's author",
	.count_note = "one row per @mention of a user in the comments' content",
	.after = after_comments, /* also when a drifted schema lost the foreign key */
	.begin = mentions_begin,
	.row = mentions_row,
	.end = mentions_end,
};
