/*
 * Schema model -> seedgen schema JSON (see contract.h and README.md).
 * Built with cJSON so that every string is escaped correctly, names with
 * quotes and non-ASCII letters included.
 */
#include <stdlib.h>
#include <cjson/cJSON.h>

#include "seedgen/caps.h"
#include "seedgen/contract.h"

static const char *dialect_name(const struct sg_caps *caps)
{
	return caps ? caps->name : "none";
}

static cJSON *string_array(char *const *items, size_t n)
{
	cJSON *a = cJSON_CreateArray();

	for (size_t i = 0; i < n; i++)
		cJSON_AddItemToArray(a, cJSON_CreateString(items[i]));
	return a;
}

static void add_string_or_null(cJSON *o, const char *key, const char *v)
{
	if (v)
		cJSON_AddStringToObject(o, key, v);
	else
		cJSON_AddNullToObject(o, key);
}

/* What an index compares beyond its columns (keyform.h): WHERE, NULLS NOT
 * DISTINCT, exclusion operators, prefix lengths. */
static void key_details_json(cJSON *ix, const struct sg_key *k)
{
	if (k->predicate)
		cJSON_AddStringToObject(ix, "where", k->predicate);
	if (k->nulls_not_distinct)
		cJSON_AddBoolToObject(ix, "nulls_not_distinct", true);
	for (size_t i = 0; k->parts && i < k->ncols; i++) {
		if (k->parts[i].op) {
			cJSON *ops = cJSON_AddArrayToObject(ix, "exclusion_operators");

			for (size_t j = 0; j < k->ncols; j++)
				cJSON_AddItemToArray(ops, cJSON_CreateString(k->parts[j].op ?
									      k->parts[j].op : ""));
			break;
		}
	}
	for (size_t i = 0; k->parts && i < k->ncols; i++) {
		if (k->parts[i].prefix) {
			cJSON *pre = cJSON_AddArrayToObject(ix, "prefix_lengths");

			for (size_t j = 0; j < k->ncols; j++)
				cJSON_AddItemToArray(pre, cJSON_CreateNumber(k->parts[j].prefix));
			break;
		}
	}
}

static cJSON *column_json(const struct sg_column *c)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "name", c->name);
	cJSON_AddStringToObject(o, "type", c->raw_type ? c->raw_type : "");
	cJSON_AddStringToObject(o, "class", sg_type_class_name(c->cls));
	cJSON_AddBoolToObject(o, "nullable", c->nullable);
	add_string_or_null(o, "default", c->default_expr);
	cJSON_AddBoolToObject(o, "auto_increment", c->auto_increment);
	cJSON_AddBoolToObject(o, "generated", c->generated);
	if (c->identity_always)
		cJSON_AddBoolToObject(o, "identity_always", true);
	if (c->on_update_now)
		cJSON_AddBoolToObject(o, "on_update_now", true);
	if (c->generated && c->generation_expr)
		cJSON_AddStringToObject(o, "generation_expression", c->generation_expr);
	if (c->cls == SG_T_INT)
		cJSON_AddNumberToObject(o, "int_bytes", c->int_bytes);
	if (c->is_unsigned)
		cJSON_AddBoolToObject(o, "unsigned", true);
	if (c->length > 0)
		cJSON_AddNumberToObject(o, "length", c->length);
	if (c->length_bytes)
		cJSON_AddBoolToObject(o, "length_in_bytes", true);
	if (c->charset)
		cJSON_AddStringToObject(o, "charset", c->charset);
	if (c->cls == SG_T_DECIMAL) {
		cJSON_AddNumberToObject(o, "precision", c->precision);
		cJSON_AddNumberToObject(o, "scale", c->scale);
	} else if (c->precision >= 0) {
		cJSON_AddNumberToObject(o, "precision", c->precision);
	}
	if (c->with_tz)
		cJSON_AddBoolToObject(o, "with_time_zone", true);
	if (c->cls == SG_T_ARRAY) {
		cJSON_AddStringToObject(o, "element_class", sg_type_class_name(c->elem_cls));
		add_string_or_null(o, "element_type", c->elem_type);
	}
	if (c->n_enum || c->cls == SG_T_ENUM || c->cls == SG_T_SET)
		cJSON_AddItemToObject(o, "enum", string_array(c->enum_values, c->n_enum));
	if (c->check)
		cJSON_AddStringToObject(o, "check", c->check);
	if (c->comment && *c->comment)
		cJSON_AddStringToObject(o, "comment", c->comment);
	return o;
}

static cJSON *fk_json(const struct sg_fk *fk)
{
	cJSON *o = cJSON_CreateObject();
	cJSON *ref = cJSON_CreateObject();

	add_string_or_null(o, "name", fk->name);
	cJSON_AddItemToObject(o, "columns", string_array(fk->columns, fk->ncols));
	cJSON_AddStringToObject(ref, "table", fk->ref_table);
	if (fk->ref_schema)
		cJSON_AddStringToObject(ref, "schema", fk->ref_schema);
	cJSON_AddItemToObject(ref, "columns", string_array(fk->ref_columns, fk->ncols));
	cJSON_AddItemToObject(o, "references", ref);
	cJSON_AddStringToObject(o, "on_delete", sg_fk_action_name(fk->on_delete));
	cJSON_AddStringToObject(o, "on_update", sg_fk_action_name(fk->on_update));
	cJSON_AddBoolToObject(o, "declared", fk->declared);
	return o;
}

static cJSON *table_json(const struct sg_table *t)
{
	cJSON *o = cJSON_CreateObject();
	cJSON *cols = cJSON_CreateArray();
	cJSON *uniques = cJSON_CreateArray();
	cJSON *indexes = cJSON_CreateArray();
	cJSON *fks = cJSON_CreateArray();
	cJSON *checks = cJSON_CreateArray();

	cJSON_AddStringToObject(o, "name", t->name);
	if (t->partitioned)
		cJSON_AddBoolToObject(o, "partitioned", true);
	if (t->comment && *t->comment)
		cJSON_AddStringToObject(o, "comment", t->comment);
	for (size_t i = 0; i < t->ncols; i++)
		cJSON_AddItemToArray(cols, column_json(t->columns[i]));
	cJSON_AddItemToObject(o, "columns", cols);
	cJSON_AddItemToObject(o, "primary_key", string_array(t->pk.columns, t->pk.ncols));
	for (size_t i = 0; i < t->nuniques; i++)
		cJSON_AddItemToArray(uniques, string_array(t->uniques[i]->columns,
							   t->uniques[i]->ncols));
	cJSON_AddItemToObject(o, "unique_keys", uniques);
	for (size_t i = 0; i < t->nindexes; i++) {
		cJSON *ix = cJSON_CreateObject();

		add_string_or_null(ix, "name", t->indexes[i]->name);
		cJSON_AddItemToObject(ix, "columns", string_array(t->indexes[i]->columns,
								  t->indexes[i]->ncols));
		/* Partial and expression unique indexes are indexes, not unique keys. */
		if (t->indexes[i]->unique)
			cJSON_AddBoolToObject(ix, "unique", true);
		key_details_json(ix, t->indexes[i]);
		cJSON_AddItemToArray(indexes, ix);
	}
	cJSON_AddItemToObject(o, "indexes", indexes);
	for (size_t i = 0; i < t->nfks; i++)
		cJSON_AddItemToArray(fks, fk_json(t->fks[i]));
	cJSON_AddItemToObject(o, "foreign_keys", fks);
	for (size_t i = 0; i < t->nchecks; i++) {
		cJSON *ck = cJSON_CreateObject();

		add_string_or_null(ck, "name", t->checks[i]->name);
		cJSON_AddStringToObject(ck, "expr", t->checks[i]->expr);
		cJSON_AddItemToArray(checks, ck);
	}
	cJSON_AddItemToObject(o, "checks", checks);
	return o;
}

char *sg_contract_to_json(const struct sg_schema *s,
			  struct sg_table *const *tables, size_t n)
{
	cJSON *root = cJSON_CreateObject();
	cJSON *arr = cJSON_CreateArray();
	const struct sg_caps *caps = sg_schema_caps(s);
	char *out;

	if (!tables) {
		tables = s->tables;
		n = s->ntables;
	}
	cJSON_AddStringToObject(root, "format", SG_CONTRACT_FORMAT);
	cJSON_AddStringToObject(root, "dialect", dialect_name(caps));
	add_string_or_null(root, "server_version", s->server_version);
	add_string_or_null(root, "database", s->database);
	if (caps && caps->schemas)
		add_string_or_null(root, "schema", s->schema_name);
	for (size_t i = 0; i < n; i++)
		cJSON_AddItemToArray(arr, table_json(tables[i]));
	cJSON_AddItemToObject(root, "tables", arr);
	out = cJSON_Print(root);
	cJSON_Delete(root);
	if (!out) {
		sg_warn("cannot render schema JSON (out of memory)");
		out = sg_strdup("{}");
	}
	return out;
}
