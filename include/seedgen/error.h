/*
 * Errors: every module returns 0 on success and -1 on failure, filling a
 * struct sg_error. Only main.c prints it and exits with its code.
 *
 * A message says what failed first and quotes the subject:
 *   seedgen: error: cannot connect to 'mysql://app:***@db:3306/erp': ...
 *   seedgen: detail: ...
 *   seedgen: hint: ...
 */
#ifndef SEEDGEN_ERROR_H
#define SEEDGEN_ERROR_H

#include <signal.h>
#include <stdarg.h>

/* Exit codes, documented in README.md. */
enum sg_exit {
	SG_EXIT_OK = 0,    /* success */
	SG_EXIT_CHECK = 1, /* a check failed / drift found */
	SG_EXIT_USAGE = 2, /* usage or input error (flags, files, config, plan) */
	SG_EXIT_DB = 3,    /* database error (connect, query, load) */
};

struct sg_error {
	int code;          /* one of enum sg_exit; 0 while nothing failed */
	char msg[1024];
	char detail[1024];
	char hint[512];
};

#if defined(__GNUC__)
#define SG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define SG_PRINTF(a, b)
#endif

/* Sets code and message, clears detail and hint. Returns -1 so callers can
 * write `return sg_error_set(err, SG_EXIT_USAGE, "...")`. err may be NULL. */
int sg_error_set(struct sg_error *err, int code, const char *fmt, ...) SG_PRINTF(3, 4);
void sg_error_detail(struct sg_error *err, const char *fmt, ...) SG_PRINTF(2, 3);
void sg_error_hint(struct sg_error *err, const char *fmt, ...) SG_PRINTF(2, 3);
void sg_error_clear(struct sg_error *err);

/* Prints "seedgen: error: ..." plus detail/hint lines to stderr. */
void sg_error_print(const struct sg_error *err);

/* Secrets (passwords) that no message may show: sg_error_set, _detail,
 * _hint, sg_error_print and sg_warn replace each occurrence with "***", so
 * that a library message quoting a password (or a piece of one) never
 * leaks it. A secret that the redacted URL shows anyway (as the user or
 * database name) or shorter than 3 bytes is not registered: masking it
 * would garble names and hide nothing. The URL parser registers them. */
void sg_error_add_secret(const char *s, size_t len);
void sg_error_set_redacted_url(const char *redacted);
/* Masks the registered secrets in buf (NUL-terminated; it only shrinks). */
void sg_error_scrub(char *buf);

/* Warnings and progress go to stderr; quiet mode silences warnings. */
void sg_warn(const char *fmt, ...) SG_PRINTF(1, 2);
extern int sg_quiet;

/* The signal (SIGINT, SIGTERM) that asked a writing run to stop, or 0.
 * Set by the run's handler (runlog.c); the engine stops at the next chunk
 * of rows, rolls the table back, and the run reports "interrupted". */
extern volatile sig_atomic_t sg_interrupted;

/* Allocation that never returns NULL: prints and aborts on exhaustion. */
void *sg_malloc(size_t n);
void *sg_calloc(size_t n, size_t size);
void *sg_realloc(void *p, size_t n);
char *sg_strdup(const char *s);
char *sg_strndup(const char *s, size_t n);

/* Grows *arr (of elem-size items) so that index `need-1` fits. */
#define SG_GROW(arr, need, cap)                                               \
	do {                                                                  \
		if ((size_t)(need) > (cap)) {                                 \
			size_t sg_nc_ = (cap) ? (cap) * 2 : 8;                \
			while (sg_nc_ < (size_t)(need))                       \
				sg_nc_ *= 2;                                  \
			(arr) = sg_realloc((arr), sg_nc_ * sizeof(*(arr)));   \
			(cap) = sg_nc_;                                       \
		}                                                             \
	} while (0)

#endif
