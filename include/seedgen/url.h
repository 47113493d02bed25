/*
 * Database URLs: mysql:// mariadb:// postgres:// postgresql://
 *
 *   mysql://user:pass@host:3306/db?ssl-mode=REQUIRED&ssl-ca=/ca.pem
 *   mysql://user@localhost/db?socket=/run/mysqld/mysqld.sock
 *   postgresql://user:pass@host:5432/db?sslmode=require&connect_timeout=5
 *
 * User, password and database are percent-decoded. The password is never
 * printed: use sg_url.redacted in every message.
 */
#ifndef SEEDGEN_URL_H
#define SEEDGEN_URL_H

#include "seedgen/error.h"
#include "seedgen/schema.h"

struct sg_url_param {
	char *key;
	char *value; /* percent-decoded */
};

struct sg_url {
	enum sg_dialect dialect;
	char *raw;        /* as given; holds the password: never print it */
	char *redacted;   /* raw with the password replaced by "***" */
	char *canonical;  /* raw with user and password percent-encoded, for
			   * libraries that parse the URL themselves (libpq);
			   * holds the password: never print it */
	char *scheme;     /* lower-case, as given: "mysql", "mariadb", "postgres", "postgresql" */
	char *user;       /* decoded; NULL when absent */
	char *password;   /* decoded; NULL when absent */
	char *host;       /* NULL when absent; IPv6 without brackets */
	int port;         /* 0 when absent */
	char *database;   /* decoded; NULL when absent */
	struct sg_url_param *params;
	size_t nparams;
};

/* Parses s into *u (which the call initializes). On error fills err with
 * SG_EXIT_USAGE and a message naming the bad part (with the redacted URL),
 * and leaves *u empty. Free with sg_url_release(). */
int sg_url_parse(const char *s, struct sg_url *u, struct sg_error *err);
void sg_url_release(struct sg_url *u);

/* Value of query parameter key (exact match), NULL if absent. */
const char *sg_url_param(const struct sg_url *u, const char *key);

/* Returns a new string: s with any password replaced by "***". Works on
 * strings that do not parse, too, so that no message ever leaks one. */
char *sg_url_redact(const char *s);

/* Percent-decodes s[0..len) into a new string; -1 on a bad escape. */
int sg_url_decode(const char *s, size_t len, char **out);

#endif
