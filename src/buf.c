/*
 * Growable NUL-terminated byte buffer used for SQL text, JSON, bulk-load
 * data and messages.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/buf.h"

void sg_buf_grow(struct sg_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;

	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	bool fresh = !b->data;

	while (cap < need)
		cap *= 2;
	b->data = sg_realloc(b->data, cap);
	b->cap = cap;
	/* A buffer is a valid (empty) string from its first allocation on, so
	 * grow-then-detach with nothing added still returns a string. */
	if (fresh)
		b->data[b->len] = '\0';
}

void sg_buf_add(struct sg_buf *b, const void *data, size_t len)
{
	sg_buf_grow(b, len);
	if (len)
		memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
}

void sg_buf_adds(struct sg_buf *b, const char *s)
{
	sg_buf_add(b, s, strlen(s));
}

void sg_buf_addch(struct sg_buf *b, char c)
{
	sg_buf_grow(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void sg_buf_addf(struct sg_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	sg_buf_grow(b, 64);
	va_start(ap, fmt);
	n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= b->cap - b->len) {
		sg_buf_grow(b, (size_t)n);
		va_start(ap, fmt);
		vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
	}
	b->len += (size_t)n;
}

void sg_buf_reset(struct sg_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

void sg_buf_release(struct sg_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

char *sg_buf_detach(struct sg_buf *b)
{
	char *s = b->data ? b->data : sg_strdup("");

	b->data = NULL;
	b->len = b->cap = 0;
	return s;
}

const char *sg_buf_str(const struct sg_buf *b)
{
	return b->data ? b->data : "";
}
