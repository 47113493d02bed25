/*
 * Partitioned tables: the partition key and the bounds a row's key must
 * fall in, as the driver reports them (sg_table.partitioning), and the
 * engine's rule that moves a generated key into a partition that exists.
 * Only a key of one plain column (or MySQL's YEAR(column)) is modelled;
 * other keys leave partitioning NULL and the server decides.
 *
 * Ownership: a struct sg_partitioning belongs to its table and is freed by
 * sg_schema_release() through sg_partitioning_free().
 */
#ifndef SEEDGEN_PARTITION_H
#define SEEDGEN_PARTITION_H

#include <stdbool.h>
#include <stddef.h>

#include "seedgen/error.h"
#include "seedgen/rand.h"
#include "seedgen/row.h"
#include "seedgen/schema.h"

struct sg_db;

enum sg_part_kind { SG_PART_RANGE = 1, SG_PART_LIST, SG_PART_HASH };

struct sg_partition {
	char *lo, *hi;       /* range: lo <= key < hi, as text; NULL = unbounded */
	char **values;       /* list: the values it takes */
	size_t nvalues;
};

struct sg_partitioning {
	char *column;            /* the key column */
	enum sg_part_kind kind;
	bool by_year;            /* MySQL RANGE/LIST over YEAR(column): bounds are years */
	bool has_default;        /* a DEFAULT partition takes any key */
	struct sg_partition *parts;
	size_t nparts;
};

/* Building (drivers). Returns the table's partitioning, created on first use. */
struct sg_partitioning *sg_partitioning_of(struct sg_table *t, const char *column,
					   enum sg_part_kind kind);
struct sg_partition *sg_partitioning_add(struct sg_partitioning *p);
void sg_partition_add_value(struct sg_partition *part, const char *value);
void sg_partitioning_free(struct sg_partitioning *p);

/* The drivers' introspection (drv_pgsql_part.c, drv_mysql_part.c): fills
 * the partitioning of every partitioned table of s. */
int sg_pgsql_read_partitions(struct sg_db *db, struct sg_schema *s, struct sg_error *err);
int sg_mysql_read_partitions(struct sg_db *db, struct sg_schema *s, struct sg_error *err);

/* Engine: when the row's key fits no partition, sets it to a value of a
 * partition picked at random (uniform within a range). */
void sg_partition_fit(const struct sg_partitioning *p, const struct sg_table *t,
		      struct sg_rand *r, struct sg_row *row);

#endif
