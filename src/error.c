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
volatile sig_atomic_t sg_interrupted;

#define MAX_SECRETS 64

static char *secrets[MAX_SECRETS];
static size_t nsecrets;
static char *redacted_url;

void sg_error_set_redacted_url(const char *redacted)
{
	free(redacted_url);
	redacted_url = redacted ? strdup(redacted) : NULL;
}

void sg_error_add_secret(const char *s, size_t len)
{
	char *copy;

	if (!s || len < 3 || nsecrets == MAX_SECRETS)
		return;
	copy = sg_strndup(s, len);
	if (redacted_url && strstr(redacted_url, copy)) {
		free(copy);
		return;
	}
	for (size_t i = 0; i < nsecrets; i++)
		if (!strcmp(secrets[i], copy)) {
			free(copy);
			return;
		}
	/* Longest first, so a piece never masks part of a whole secret. */
	secrets[nsecrets++] = copy;
	for (size_t i = nsecrets - 1; i > 0 && strlen(secrets[i]) > strlen(secrets[i - 1]); i--) {
		char *t = secrets[i];

		secrets[i] = secrets[i - 1];
		secrets[i - 1] = t;
	}
}

void sg_error_scrub(char *buf)
{
	for (size_t i = 0; i < nsecrets; i++) {
		size_t n = strlen(secrets[i]);
		char *p = buf;

		/* n >= 3 (sg_error_add_secret): the text only shrinks */
		while ((p = strstr(p, secrets[i]))) {
			memcpy(p, "***", 3);
			memmove(p + 3, p + n, strlen(p + n) + 1);
			p += 3;
		}
	}
}

static void vfill(char *dst, size_t cap, const char *fmt, va_list ap)
{
	vsnprintf(dst, cap, fmt, ap);
	sg_error_scrub(dst);
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
	struct sg_error e = *err;

	sg_error_scrub(e.msg);
	sg_error_scrub(e.detail);
	sg_error_scrub(e.hint);
	fprintf(stderr, "seedgen: error: %s\n", e.msg[0] ? e.msg : "unknown error");
	if (e.detail[0])
		fprintf(stderr, "seedgen: detail: %s\n", e.detail);
	if (e.hint[0])
		fprintf(stderr, "seedgen: hint: %s\n", e.hint);
}

void sg_warn(const char *fmt, ...)
{
	va_list ap;

	if (sg_quiet)
		return;
	char buf[2048];

	va_start(ap, fmt);
	vfill(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	fprintf(stderr, "seedgen: warning: %s\n", buf);
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
