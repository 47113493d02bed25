/*
 * Error reporting and never-failing allocation. Modules fill a struct
 * sg_error and return -1; main.c prints it with sg_error_print() and exits
 * with its code. Warnings go to stderr unless -q.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/error.h"

int sg_quiet;

static void vfill(char *dst, size_t cap, const char *fmt, va_list ap)
{
	vsnprintf(dst, cap, fmt, ap);
}

int sg_error_set(struct sg_error *err, int code, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return -1;
	err->code = code;
	err->detail[0] = '\0';
	err->hint[0] = '\0';
	va_start(ap, fmt);
	vfill(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return -1;
}

void sg_error_detail(struct sg_error *err, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return;
	va_start(ap, fmt);
	vfill(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
}

void sg_error_hint(struct sg_error *err, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return;
	va_start(ap, fmt);
	vfill(err->hint, sizeof(err->hint), fmt, ap);
	va_end(ap);
}

void sg_error_clear(struct sg_error *err)
{
	if (err)
		memset(err, 0, sizeof(*err));
}

void sg_error_print(const struct sg_error *err)
{
	fprintf(stderr, "seedgen: error: %s\n", err->msg[0] ? err->msg : "unknown error");
	if (err->detail[0])
		fprintf(stderr, "seedgen: detail: %s\n", err->detail);
	if (err->hint[0])
		fprintf(stderr, "seedgen: hint: %s\n", err->hint);
}

void sg_warn(const char *fmt, ...)
{
	va_list ap;

	if (sg_quiet)
		return;
	fputs("seedgen: warning: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void oom(size_t n)
{
	fprintf(stderr, "seedgen: error: out of memory (allocating %zu bytes)\n", n);
	abort();
}

void *sg_malloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		oom(n);
	return p;
}

void *sg_calloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		oom(n * size);
	return p;
}

void *sg_realloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (!q)
		oom(n);
	return q;
}

char *sg_strdup(const char *s)
{
	return s ? sg_strndup(s, strlen(s)) : NULL;
}

char *sg_strndup(const char *s, size_t n)
{
	char *p = sg_malloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}
