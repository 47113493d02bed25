/*
 * A growable byte buffer, always NUL-terminated (like git's strbuf).
 * Initialize with SG_BUF_INIT or zero; free with sg_buf_release().
 */
#ifndef SEEDGEN_BUF_H
#define SEEDGEN_BUF_H

#include <stddef.h>
#include "seedgen/error.h"

struct sg_buf {
	char *data; /* NUL-terminated once anything was added; may be NULL before */
	size_t len;
	size_t cap;
};

#define SG_BUF_INIT { NULL, 0, 0 }

void sg_buf_grow(struct sg_buf *b, size_t extra);
void sg_buf_add(struct sg_buf *b, const void *data, size_t len);
void sg_buf_adds(struct sg_buf *b, const char *s);
void sg_buf_addch(struct sg_buf *b, char c);
void sg_buf_addf(struct sg_buf *b, const char *fmt, ...) SG_PRINTF(2, 3);
void sg_buf_reset(struct sg_buf *b);      /* len = 0, keeps memory */
void sg_buf_release(struct sg_buf *b);    /* frees memory */
char *sg_buf_detach(struct sg_buf *b);    /* returns the string; caller frees */
const char *sg_buf_str(const struct sg_buf *b); /* "" when empty */

#endif
