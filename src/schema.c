/*
 * The schema model: builder functions the drivers call while introspecting,
 * sg_schema_finish() that normalizes what they built, lookups, and release.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "seedgen/buf.h"
#include "seedgen/schema.h"
#include "seedgen/words.h"

static const char *const class_names[SG_T__COUNT] = {
	[SG_T_OTHER] = "other",     [SG_T_INT] = "integer",
	[SG_T_BOOL] = "boolean",    [SG_T_DECIMAL] = "decimal",
	[SG_T_FLOAT] = "float",     [SG_T_DOUBLE] = "double",
	[SG_T_CHAR] = "char",       [SG_T_VARCHAR] = "varchar",
	[SG_T_TEXT] = "text",       [SG_T_JSON] = "json",
	[SG_T_DATE] = "date",       [SG_T_TIME] = "time",
	[SG_T_DATETIME] = "datetime", [SG_T_TIMESTAMP] = "timestamp",
	[SG_T_UUID] = "uuid",       [SG_T_BINARY] = "binary",
	[SG_T_ENUM] = "enum",       [SG_T_SET] = "set",
	[SG_T_ARRAY] = "array",     [SG_T_YEAR] = "year",
	[SG_T_BIT] = "bit",         [SG_T_RANGE] = "range",
};

const char *sg_type_class_name(enum sg_type_class c)
{
	if ((int)c < 0 || c >= SG_T__COUNT || !class_names[c])
		return "other";
	return class_names[c];
}

const char *sg_fk_action_name(enum sg_fk_action a)
{
	switch (a) {
	case SG_FK_RESTRICT: return "RESTRICT";
	case SG_FK_CASCADE: return "CASCADE";
	case SG_FK_SET_NULL: return "SET NULL";
	case SG_FK_SET_DEFAULT: return "SET DEFAULT";
	case SG_FK_NO_ACTION: break;
	}
	return "NO ACTION";
}

enum sg_fk_action sg_fk_action_parse(const char *s)
{
	char norm[32];
	size_t n = 0;

	if (!s)
		return SG_FK_NO_ACTION;
	for (; *s && n < sizeof(norm) - 1; s++)
		norm[n++] = (*s == '_') ? ' ' : *s;
	norm[n] = '\0';
	if (!strcasecmp(norm, "cascade"))
		return SG_FK_CASCADE;
	if (!strcasecmp(norm, "set null"))
		return SG_FK_SET_NULL;
	if (!strcasecmp(norm, "set default"))
		return SG_FK_SET_DEFAULT;
	if (!strcasecmp(norm, "restrict"))
		return SG_FK_RESTRICT;
	return SG_FK_NO_ACTION;
}

struct sg_table *sg_schema_add_table(struct sg_schema *s, const char *name)
{
	struct sg_table *t = sg_calloc(1, sizeof(*t));

	t->name = sg_strdup(name);
	SG_GROW(s->tables, s->ntables + 1, s->cap_tables);
	s->tables[s->ntables++] = t;
	return t;
}

struct sg_column *sg_table_add_column(struct sg_table *t, const char *name)
{
	struct sg_column *c = sg_calloc(1, sizeof(*c));

	c->name = sg_strdup(name);
	c->precision = -1;
	c->nullable = true;
	SG_GROW(t->columns, t->ncols + 1, t->cap_cols);
	t->columns[t->ncols++] = c;
	return c;
}

void sg_column_add_enum(struct sg_column *c, const char *value)
{
	c->enum_values = sg_realloc(c->enum_values, (c->n_enum + 1) * sizeof(char *));
	c->enum_values[c->n_enum++] = sg_strdup(value);
}

static struct sg_key *new_key(const char *name)
{
	struct sg_key *k = sg_calloc(1, sizeof(*k));

	k->name = sg_strdup(name);
	return k;
}

struct sg_key *sg_table_add_unique(struct sg_table *t, const char *name)
{
	struct sg_key *k = new_key(name);

	k->unique = true;
	SG_GROW(t->uniques, t->nuniques + 1, t->cap_uniques);
	t->uniques[t->nuniques++] = k;
	return k;
}

struct sg_key *sg_table_add_index(struct sg_table *t, const char *name)
{
	struct sg_key *k = new_key(name);

	SG_GROW(t->indexes, t->nindexes + 1, t->cap_indexes);
	t->indexes[t->nindexes++] = k;
	return k;
}

struct sg_fk *sg_table_add_fk(struct sg_table *t, const char *name)
{
	struct sg_fk *fk = sg_calloc(1, sizeof(*fk));

	fk->name = sg_strdup(name);
	fk->declared = true;
	fk->ref_index = -1;
	SG_GROW(t->fks, t->nfks + 1, t->cap_fks);
	t->fks[t->nfks++] = fk;
	return fk;
}

void sg_table_add_check(struct sg_table *t, const char *name, const char *expr)
{
	struct sg_check *c = sg_calloc(1, sizeof(*c));

	c->name = sg_strdup(name);
	c->expr = sg_strdup(expr);
	SG_GROW(t->checks, t->nchecks + 1, t->cap_checks);
	t->checks[t->nchecks++] = c;
}

void sg_key_add_column(struct sg_key *k, const char *column)
{
	k->columns = sg_realloc(k->columns, (k->ncols + 1) * sizeof(char *));
	k->columns[k->ncols++] = sg_strdup(column);
	if (k->parts) {
		k->parts = sg_realloc(k->parts, k->ncols * sizeof(*k->parts));
		memset(&k->parts[k->ncols - 1], 0, sizeof(*k->parts));
		k->parts[k->ncols - 1].base = sg_strdup(column);
	}
}

void sg_key_set_name(struct sg_key *k, const char *name)
{
	free(k->name);
	k->name = sg_strdup(name);
}

void sg_fk_add_column(struct sg_fk *fk, const char *column, const char *ref_column)
{
	fk->columns = sg_realloc(fk->columns, (fk->ncols + 1) * sizeof(char *));
	fk->ref_columns = sg_realloc(fk->ref_columns, (fk->ncols + 1) * sizeof(char *));
	fk->columns[fk->ncols] = sg_strdup(column);
	fk->ref_columns[fk->ncols] = sg_strdup(ref_column);
	fk->ncols++;
}

static int cmp_tables(const void *a, const void *b)
{
	const struct sg_table *x = *(struct sg_table *const *)a;
	const struct sg_table *y = *(struct sg_table *const *)b;

	return strcmp(x->name, y->name);
}

/* Same columns in the same order. */
static bool same_columns(const struct sg_key *a, const struct sg_key *b)
{
	if (a->ncols != b->ncols)
		return false;
	for (size_t i = 0; i < a->ncols; i++)
		if (strcmp(a->columns[i], b->columns[i]) ||
		    (a->parts ? a->parts[i].prefix : 0) != (b->parts ? b->parts[i].prefix : 0))
			return false;
	return a->nulls_not_distinct == b->nulls_not_distinct;
}

struct sg_key_part *sg_key_part(struct sg_key *k, size_t i)
{
	if (!k->parts) {
		k->parts = sg_calloc(k->ncols ? k->ncols : 1, sizeof(*k->parts));
		for (size_t j = 0; j < k->ncols; j++)
			k->parts[j].base = sg_strdup(k->columns[j]);
	}
	return &k->parts[i];
}

static void key_fields_free(struct sg_key *k)
{
	free(k->name);
	for (size_t i = 0; i < k->ncols; i++) {
		free(k->columns[i]);
		if (k->parts) {
			free(k->parts[i].expr);
			free(k->parts[i].base);
			free(k->parts[i].op);
		}
	}
	free(k->columns);
	free(k->parts);
	free(k->predicate);
}

static void key_free(struct sg_key *k)
{
	if (!k)
		return;
	key_fields_free(k);
	free(k);
}

/* A unique key that repeats the PK or an earlier unique key says nothing
 * new (PostgreSQL reports a unique constraint and its index; MySQL a unique
 * index per constraint): keep the first. */
static void dedupe_uniques(struct sg_table *t)
{
	size_t out = 0;

	for (size_t i = 0; i < t->nuniques; i++) {
		struct sg_key *k = t->uniques[i];
		bool dup = k->ncols == 0 || (t->pk.ncols && same_columns(k, &t->pk));

		for (size_t j = 0; !dup && j < out; j++)
			dup = same_columns(k, t->uniques[j]);
		if (dup)
			key_free(k);
		else
			t->uniques[out++] = k;
	}
	t->nuniques = out;
}

int sg_schema_finish(struct sg_schema *s)
{
	if (s->ntables > 1)
		qsort(s->tables, s->ntables, sizeof(*s->tables), cmp_tables);
	s->sorted = true;
	for (size_t i = 0; i < s->ntables; i++) {
		struct sg_table *t = s->tables[i];

		t->pk.primary = true;
		t->pk.unique = true;
		dedupe_uniques(t);
		for (size_t j = 0; j < t->nfks; j++) {
			struct sg_fk *fk = t->fks[j];

			fk->ref_index = fk->ref_schema ? -1 : sg_schema_index_of(s, fk->ref_table);
		}
	}
	return 0;
}

static void column_free(struct sg_column *c)
{
	free(c->name);
	free(c->raw_type);
	free(c->elem_type);
	free(c->udt_name);
	free(c->default_expr);
	free(c->generation_expr);
	for (size_t i = 0; i < c->n_enum; i++)
		free(c->enum_values[i]);
	free(c->enum_values);
	free(c->check);
	free(c->comment);
	free(c->charset);
	free(c);
}

static void fk_free(struct sg_fk *fk)
{
	free(fk->name);
	for (size_t i = 0; i < fk->ncols; i++) {
		free(fk->columns[i]);
		free(fk->ref_columns[i]);
	}
	free(fk->columns);
	free(fk->ref_columns);
	free(fk->ref_table);
	free(fk->ref_schema);
	free(fk);
}

static void table_free(struct sg_table *t)
{
	free(t->name);
	free(t->comment);
	for (size_t i = 0; i < t->ncols; i++)
		column_free(t->columns[i]);
	free(t->columns);
	key_fields_free(&t->pk);
	for (size_t i = 0; i < t->nuniques; i++)
		key_free(t->uniques[i]);
	free(t->uniques);
	for (size_t i = 0; i < t->nindexes; i++)
		key_free(t->indexes[i]);
	free(t->indexes);
	for (size_t i = 0; i < t->nfks; i++)
		fk_free(t->fks[i]);
	free(t->fks);
	for (size_t i = 0; i < t->nchecks; i++) {
		free(t->checks[i]->name);
		free(t->checks[i]->expr);
		free(t->checks[i]);
	}
	free(t->checks);
	sg_partitioning_free(t->partitioning);
	free(t);
}

void sg_schema_release(struct sg_schema *s)
{
	for (size_t i = 0; i < s->ntables; i++)
		table_free(s->tables[i]);
	free(s->tables);
	free(s->server_version);
	free(s->database);
	free(s->schema_name);
	memset(s, 0, sizeof(*s));
}

int sg_schema_index_of(const struct sg_schema *s, const char *name)
{
	size_t lo = 0, hi = s->ntables;

	if (!s->sorted) {
		for (size_t i = 0; i < s->ntables; i++)
			if (!strcmp(s->tables[i]->name, name))
				return (int)i;
		return -1;
	}
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(s->tables[mid]->name, name);

		if (c == 0)
			return (int)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

struct sg_table *sg_schema_find(const struct sg_schema *s, const char *name)
{
	int i = sg_schema_index_of(s, name);

	return i < 0 ? NULL : s->tables[i];
}

int sg_table_column_index(const struct sg_table *t, const char *name)
{
	for (size_t i = 0; i < t->ncols; i++)
		if (!strcmp(t->columns[i]->name, name))
			return (int)i;
	return -1;
}

struct sg_column *sg_table_find_column(const struct sg_table *t, const char *name)
{
	int i = sg_table_column_index(t, name);

	return i < 0 ? NULL : t->columns[i];
}

struct sg_key *sg_table_find_key(struct sg_table *t, const char *name)
{
	if (t->pk.name && !strcmp(t->pk.name, name))
		return &t->pk;
	for (size_t i = 0; i < t->nuniques; i++)
		if (!strcmp(t->uniques[i]->name, name))
			return t->uniques[i];
	for (size_t i = 0; i < t->nindexes; i++)
		if (!strcmp(t->indexes[i]->name, name))
			return t->indexes[i];
	return NULL;
}

bool sg_key_has_column(const struct sg_key *k, const char *column)
{
	for (size_t i = 0; i < k->ncols; i++)
		if (!strcmp(k->columns[i], column))
			return true;
	return false;
}

size_t sg_schema_count_fks(const struct sg_schema *s, bool declared)
{
	size_t n = 0;

	for (size_t i = 0; i < s->ntables; i++)
		for (size_t j = 0; j < s->tables[i]->nfks; j++)
			n += s->tables[i]->fks[j]->declared == declared;
	return n;
}

size_t sg_schema_count_enum_columns(const struct sg_schema *s)
{
	size_t n = 0;

	for (size_t i = 0; i < s->ntables; i++)
		for (size_t j = 0; j < s->tables[i]->ncols; j++)
			n += s->tables[i]->columns[j]->cls == SG_T_ENUM;
	return n;
}

const char *sg_schema_suggest(const struct sg_schema *s, const char *name)
{
	struct sg_nearest nr;

	sg_nearest_init(&nr, name);
	for (size_t i = 0; i < s->ntables; i++)
		sg_nearest_offer(&nr, s->tables[i]->name);
	return nr.best;
}

/* --- foreign-key inference --------------------------------------------- */

/* Lower-case letters and digits only: "userDashboard_Preferences" and
 * "user_dashboard_preferences" both become "userdashboardpreferences". */
static void normalize(const char *in, size_t n, struct sg_buf *out)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)in[i];

		if (c >= 'A' && c <= 'Z')
			sg_buf_addch(out, (char)(c + 32));
		else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
			sg_buf_addch(out, (char)c);
	}
}

/* Length of the name without a reference suffix (Id, _id, ID), or 0;
 * also a bare "id" after lower-case letters (userid, and ChannelId as
 * PostgreSQL folds it): only an exact table name then counts, as the
 * name has no word breaks. */
static size_t ref_base_len(const char *name)
{
	size_t n = strlen(name);

	if (n > 3 && (!strcmp(name + n - 3, "_id") || !strcmp(name + n - 3, "_ID")))
		return n - 3;
	if (n > 2 && (!strcmp(name + n - 2, "Id") || !strcmp(name + n - 2, "ID")) &&
	    name[n - 3] != '_' && !(name[n - 3] >= 'A' && name[n - 3] <= 'Z'))
		return n - 2;
	if (n > 4 && !strcmp(name + n - 2, "id") && name[n - 3] >= 'a' && name[n - 3] <= 'z')
		return n - 2;
	return 0;
}

/* Roles that name a person: post_author, owner_id, created_by. They point
 * at the users table when no table bears the role's own name. */
static bool person_role(const char *name, size_t base_len)
{
	static const char *const roles[] = { "author", "owner", "creator", "assignee", "reporter",
					     "sender", "recipient", "editor", "approver", "reviewer",
					     "uploader", "poster", NULL };
	size_t starts[16], nw = sg_words_starts(name, base_len, starts, 16);
	char last[24];
	size_t len;

	if (!nw)
		return false;
	len = base_len - starts[nw - 1];
	if (len >= sizeof(last))
		return false;
	for (size_t i = 0; i < len; i++)
		last[i] = (char)(name[starts[nw - 1] + i] | 0x20);
	last[len] = '\0';
	return sg_word_in_list(last, roles) ||
	       (nw >= 2 && !strcmp(last, "by") && base_len == strlen(name));
}

static bool key_compatible(const struct sg_column *a, const struct sg_column *b)
{
	bool a_int = a->cls == SG_T_INT, b_int = b->cls == SG_T_INT;
	bool a_txt = a->cls == SG_T_CHAR || a->cls == SG_T_VARCHAR || a->cls == SG_T_TEXT ||
		     a->cls == SG_T_UUID;
	bool b_txt = b->cls == SG_T_CHAR || b->cls == SG_T_VARCHAR || b->cls == SG_T_TEXT ||
		     b->cls == SG_T_UUID;

	return (a_int && b_int) || (a_txt && b_txt);
}

static bool in_declared_fk(const struct sg_table *t, const char *col)
{
	for (size_t i = 0; i < t->nfks; i++)
		for (size_t j = 0; j < t->fks[i]->ncols; j++)
			if (!strcmp(t->fks[i]->columns[j], col))
				return true;
	return false;
}

/* `commentable_id` beside `commentable_type`: a polymorphic pair. */
static bool has_type_sibling(const struct sg_table *t, const char *name, size_t base_len)
{
	struct sg_buf want = SG_BUF_INIT, have = SG_BUF_INIT;
	bool found = false;

	normalize(name, base_len, &want);
	sg_buf_adds(&want, "type");
	for (size_t i = 0; i < t->ncols && !found; i++) {
		sg_buf_reset(&have);
		normalize(t->columns[i]->name, strlen(t->columns[i]->name), &have);
		found = !strcmp(sg_buf_str(&have), want.data);
	}
	sg_buf_release(&want);
	sg_buf_release(&have);
	return found;
}

static int find_normalized(char **norm, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(norm[i], key))
			return (int)i;
	return -1;
}

/* parent_id, post_parent, parentId: a row of the same table (a tree). */
static bool parent_role(const char *name, size_t base_len)
{
	size_t starts[16], nw = sg_words_starts(name, base_len, starts, 16);

	return nw && base_len - starts[nw - 1] == 6 &&
	       !strncasecmp(name + starts[nw - 1], "parent", 6);
}

/* The table named cand (singular or plural), also behind the child
 * table's prefix (wp_posts for post_id in wp_postmeta); -1 if none. */
static int find_noun(char **norm, size_t ntables, const char *prefix, const char *cand)
{
	struct sg_buf b = SG_BUF_INIT;
	int hit = -1;

	for (int pass = 0; pass < 2 && hit < 0; pass++) {
		if (pass == 1 && !*prefix)
			break;
		sg_buf_reset(&b);
		if (pass == 1)
			sg_buf_adds(&b, prefix);
		sg_buf_adds(&b, cand);
		hit = find_normalized(norm, ntables, b.data);
		if (hit < 0) {
			sg_word_pluralize(&b);
			hit = find_normalized(norm, ntables, b.data);
		}
	}
	sg_buf_release(&b);
	return hit;
}

/* The one table of the child's family (its first np bytes, "keycloak_",
 * "calendar_") whose name ends in _word or _words; any table for role
 * (role_id -> keycloak_role); -1 if none or several. Outside the family
 * a type_id is not leave_types'. */
static int suffix_table(const struct sg_schema *s, const char *child, size_t np,
			const char *word, size_t n)
{
	bool any_family = n == 4 && !strncasecmp(word, "role", 4);
	int hit = -1;

	for (size_t i = 0; i < s->ntables; i++) {
		const char *t = s->tables[i]->name;
		size_t len = strlen(t);
		bool ends = false;

		if (!strcmp(t, child) || (strncmp(t, child, np) && !any_family))
			continue;

		for (size_t plural = 0; plural < 2 && !ends; plural++) {
			size_t k = n + 1 + plural;

			ends = len > k && t[len - k] == '_' && !strncasecmp(t + len - k + 1, word, n) &&
			       (!plural || t[len - 1] == 's');
		}
		if (ends) {
			if (hit >= 0)
				return -1;
			hit = (int)i;
		}
	}
	return hit;
}

/* True when at least three tables start with table's first n bytes (a
 * prefix ending in '_'): a family such as wp_ or calendar_. */
static bool shared_prefix(const struct sg_schema *s, const char *table, size_t n)
{
	size_t with = 0;

	for (size_t i = 0; i < s->ntables; i++)
		with += !strncmp(s->tables[i]->name, table, n);
	return with >= 3;
}

/* The table a reference column of table `table` points at, by name; -1
 * if none. */
static int infer_target(const struct sg_schema *s, char **norm, int self, const char *table,
			const char *name, size_t base_len)
{
	size_t ntables = s->ntables;
	size_t starts[16];
	size_t nw = sg_words_starts(name, base_len, starts, 16);
	struct sg_buf cand = SG_BUF_INIT, prefix = SG_BUF_INIT;
	const char *us = strchr(table, '_');
	int hit = -1;

	/* wp_, oc_, phpbb_: a short prefix that a family of tables carries
	 * and the columns leave out */
	if (us && us - table <= 8 && shared_prefix(s, table, (size_t)(us - table + 1)))
		normalize(table, (size_t)(us - table), &prefix);
	for (size_t k = 0; k < nw && hit < 0; k++) {
		sg_buf_reset(&cand);
		normalize(name + starts[k], base_len - starts[k], &cand);
		if (cand.len)
			hit = find_noun(norm, ntables, sg_buf_str(&prefix), cand.data);
		/* behind a prefix, item_id of order_items names another table */
		if (hit == self && prefix.len)
			hit = -1;
	}
	if (hit < 0 && person_role(name, base_len))
		hit = find_noun(norm, ntables, sg_buf_str(&prefix), "user");
	if (hit < 0 && parent_role(name, base_len))
		hit = self;
	if (hit < 0 && nw == 1 && us)
		hit = suffix_table(s, table, (size_t)(us - table + 1), name, base_len);
	sg_buf_release(&cand);
	sg_buf_release(&prefix);
	return hit;
}

static char **normalized_names(const struct sg_schema *s)
{
	char **norm = sg_calloc(s->ntables ? s->ntables : 1, sizeof(char *));

	for (size_t i = 0; i < s->ntables; i++) {
		struct sg_buf b = SG_BUF_INIT;

		normalize(s->tables[i]->name, strlen(s->tables[i]->name), &b);
		norm[i] = sg_buf_detach(&b);
	}
	return norm;
}

static void free_names(char **norm, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(norm[i]);
	free(norm);
}

int sg_schema_find_noun(const struct sg_schema *s, const char *noun)
{
	char **norm = normalized_names(s);
	struct sg_buf cand = SG_BUF_INIT;
	int hit;

	normalize(noun, strlen(noun), &cand);
	hit = cand.len ? find_normalized(norm, s->ntables, cand.data) : -1;
	if (hit < 0 && cand.len) {
		sg_word_pluralize(&cand);
		hit = find_normalized(norm, s->ntables, cand.data);
	}
	sg_buf_release(&cand);
	free_names(norm, s->ntables);
	return hit;
}

size_t sg_schema_infer_fks(struct sg_schema *s)
{
	char **norm = normalized_names(s);
	size_t added = 0;
	for (size_t i = 0; i < s->ntables; i++) {
		struct sg_table *t = s->tables[i];
		size_t ncols = t->ncols;

		for (size_t j = 0; j < ncols; j++) {
			const struct sg_column *c = t->columns[j];
			size_t base = ref_base_len(c->name);
			const struct sg_table *parent;
			const struct sg_column *pk;
			struct sg_fk *fk;
			int target;

			/* post_author, created_by, parent: integer ones only (a text
			 * sender or author is a name or an address, not a key) */
			if (!base && c->cls == SG_T_INT &&
			    (person_role(c->name, strlen(c->name)) ||
			     (parent_role(c->name, strlen(c->name)) && c->nullable)))
				base = strlen(c->name);
			/* A NOT NULL parent without a constraint marks the root
			 * with its default (post_parent DEFAULT 0): no reference. */
			if (base && parent_role(c->name, base) && !c->nullable && c->default_expr &&
			    !strcmp(c->default_expr, "0"))
				continue;
			if (!base || c->generated || in_declared_fk(t, c->name) ||
			    has_type_sibling(t, c->name, base))
				continue;
			target = infer_target(s, norm, (int)i, t->name, c->name, base);
			/* a NOT NULL tree link could never start: not a guess to make */
			if (target < 0 || (target == (int)i && !c->nullable))
				continue;
			parent = s->tables[target];
			if (parent->pk.ncols != 1)
				continue;
			pk = sg_table_find_column(parent, parent->pk.columns[0]);
			if (!pk || !key_compatible(c, pk))
				continue;
			/* A table's own primary key is not a reference to itself. */
			if (parent == t && !strcmp(pk->name, c->name))
				continue;
			fk = sg_table_add_fk(t, NULL);
			fk->declared = false;
			fk->ref_table = sg_strdup(parent->name);
			fk->ref_index = target;
			sg_fk_add_column(fk, c->name, pk->name);
			added++;
		}
	}
	free_names(norm, s->ntables);
	return added;
}

int sg_schema_pick(const struct sg_schema *s, char *const *names, size_t n,
		   struct sg_table **out, struct sg_error *err)
{
	for (size_t i = 0; i < n; i++) {
		out[i] = sg_schema_find(s, names[i]);
		if (!out[i]) {
			const char *near = sg_schema_suggest(s, names[i]);

			sg_error_set(err, SG_EXIT_USAGE, "unknown table '%s' in database '%s'", names[i],
				     s->database ? s->database : "?");
			if (near)
				sg_error_hint(err, "did you mean '%s'?", near);
			return -1;
		}
	}
	return 0;
}

int sg_schema_pick_or_all(const struct sg_schema *s, char *const *names, size_t n,
			  struct sg_table ***out, size_t *nout, struct sg_error *err)
{
	struct sg_table **picked = sg_calloc(s->ntables + n + 1, sizeof(*picked));

	*out = picked;
	*nout = 0;
	if (n) {
		if (sg_schema_pick(s, names, n, picked, err) < 0)
			return -1;
		*nout = n;
		return 0;
	}
	for (size_t i = 0; i < s->ntables; i++)
		picked[i] = s->tables[i];
	*nout = s->ntables;
	return 0;
}
