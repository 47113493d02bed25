/*
 * Database URL parsing and password redaction.
 *
 * seedgen accepts mysql:// and mariadb:// (parsed here, handed to the MySQL
 * driver piece by piece) and postgres:// and postgresql:// (parsed here for
 * checks and messages; the PostgreSQL driver hands the raw URL to libpq,
 * which understands its own query parameters). The password never leaves
 * this module except inside struct sg_url for the driver.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "seedgen/buf.h"
#include "seedgen/caps.h"
#include "seedgen/url.h"

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int sg_url_decode(const char *s, size_t len, char **out)
{
	struct sg_buf b = SG_BUF_INIT;

	/* sg_buf_grow() alone leaves the buffer unterminated, and an empty
	 * part (mysql://user:@host, ?key=) adds nothing to it: terminate now. */
	sg_buf_grow(&b, len);
	b.data[0] = '\0';
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '%') {
			int hi, lo;

			if (i + 2 >= len)
				goto bad;
			hi = hexval((unsigned char)s[i + 1]);
			lo = hexval((unsigned char)s[i + 2]);
			if (hi < 0 || lo < 0)
				goto bad;
			sg_buf_addch(&b, (char)(hi * 16 + lo));
			i += 2;
		} else {
			sg_buf_addch(&b, s[i]);
		}
	}
	*out = sg_buf_detach(&b);
	return 0;
bad:
	sg_buf_release(&b);
	*out = NULL;
	return -1;
}

/* Where the user-info part of a URL ends ('@'), or NULL. Only the part
 * before '?' is searched, and the last '@' wins so that an unencoded '@' in
 * a password still redacts. */
static const char *userinfo_end(const char *rest)
{
	const char *q = strchr(rest, '?');
	const char *at = NULL;

	for (const char *p = rest; *p && (!q || p < q); p++)
		if (*p == '@')
			at = p;
	return at;
}

char *sg_url_redact(const char *s)
{
	struct sg_buf b = SG_BUF_INIT;
	const char *rest, *at, *colon, *q;

	if (!s)
		return sg_strdup("");
	rest = strstr(s, "://");
	if (!rest) {
		sg_buf_adds(&b, s);
		goto params;
	}
	rest += 3;
	at = userinfo_end(rest);
	colon = at ? memchr(rest, ':', (size_t)(at - rest)) : NULL;
	if (colon) {
		sg_buf_add(&b, s, (size_t)(colon + 1 - s));
		sg_buf_adds(&b, "***");
		sg_buf_adds(&b, at);
	} else {
		sg_buf_adds(&b, s);
	}
params:
	/* libpq also takes ?password=...; redact every such value. */
	q = strchr(sg_buf_str(&b), '?');
	if (q) {
		struct sg_buf out = SG_BUF_INIT;
		const char *p = b.data;

		sg_buf_add(&out, p, (size_t)(q - p));
		p = q;
		while (*p) {
			const char *end = strchr(p + 1, '&');
			size_t n = end ? (size_t)(end - p) : strlen(p);

			if (n > 10 && !strncmp(p + 1, "password=", 9)) {
				sg_buf_add(&out, p, 10);
				sg_buf_adds(&out, "***");
			} else {
				sg_buf_add(&out, p, n);
			}
			p += n;
		}
		sg_buf_release(&b);
		return sg_buf_detach(&out);
	}
	return sg_buf_detach(&b);
}

static int dialect_of(const char *scheme)
{
	if (!strcmp(scheme, "mysql") || !strcmp(scheme, "mariadb"))
		return SG_DIALECT_MYSQL;
	if (!strcmp(scheme, "postgres") || !strcmp(scheme, "postgresql"))
		return SG_DIALECT_PGSQL;
	return SG_DIALECT_NONE;
}

static int fail(struct sg_url *u, struct sg_error *err, const char *what,
		const char *redacted)
{
	sg_error_set(err, SG_EXIT_USAGE, "malformed database URL '%s': %s", redacted, what);
	sg_error_hint(err, "expected mysql://user:password@host:3306/database or "
		      "postgresql://user:password@host:5432/database; percent-encode "
		      "special characters in the user and password");
	sg_url_release(u);
	return -1;
}

static int parse_params(struct sg_url *u, const char *q, struct sg_error *err,
			const char *red)
{
	while (*q) {
		const char *amp = strchr(q, '&');
		size_t n = amp ? (size_t)(amp - q) : strlen(q);
		const char *eq = memchr(q, '=', n);
		struct sg_url_param *p;
		size_t cap = u->nparams;

		if (n == 0) {
			q += amp ? 1 : 0;
			if (!amp)
				break;
			continue;
		}
		if (!eq || eq == q)
			return fail(u, err, "query parameter without key=value", red);
		SG_GROW(u->params, u->nparams + 1, cap);
		p = &u->params[u->nparams];
		if (sg_url_decode(q, (size_t)(eq - q), &p->key) < 0)
			return fail(u, err, "bad percent-escape in a query parameter", red);
		if (sg_url_decode(eq + 1, n - (size_t)(eq + 1 - q), &p->value) < 0) {
			free(p->key);
			return fail(u, err, "bad percent-escape in a query parameter", red);
		}
		u->nparams++;
		q += n + (amp ? 1 : 0);
		if (!amp)
			break;
	}
	return 0;
}

int sg_url_parse(const char *s, struct sg_url *u, struct sg_error *err)
{
	const char *sep, *rest, *at, *hostport, *path, *query, *end;
	char *red;
	int rc;

	memset(u, 0, sizeof(*u));
	if (!s || !*s)
		return sg_error_set(err, SG_EXIT_USAGE, "empty database URL");
	red = sg_url_redact(s);
	sep = strstr(s, "://");
	if (!sep || sep == s) {
		rc = fail(u, err, "no scheme (scheme://...)", red);
		free(red);
		return rc;
	}
	u->scheme = sg_strndup(s, (size_t)(sep - s));
	for (char *p = u->scheme; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	u->dialect = dialect_of(u->scheme);
	if (u->dialect == SG_DIALECT_NONE) {
		sg_error_set(err, SG_EXIT_USAGE, "unknown database URL scheme '%s' in '%s'",
			     u->scheme, red);
		sg_error_hint(err, "use mysql://, mariadb://, postgres:// or postgresql://");
		sg_url_release(u);
		free(red);
		return -1;
	}
	u->raw = sg_strdup(s);
	u->redacted = red;

	rest = sep + 3;
	query = strchr(rest, '?');
	end = query ? query : rest + strlen(rest);
	at = userinfo_end(rest);
	if (at && at < end) {
		const char *colon = memchr(rest, ':', (size_t)(at - rest));
		const char *uend = colon ? colon : at;

		if (uend > rest && sg_url_decode(rest, (size_t)(uend - rest), &u->user) < 0)
			return fail(u, err, "bad percent-escape in the user name", red), -1;
		if (colon && sg_url_decode(colon + 1, (size_t)(at - colon - 1), &u->password) < 0)
			return fail(u, err, "bad percent-escape in the password", red), -1;
		hostport = at + 1;
	} else {
		hostport = rest;
	}
	path = memchr(hostport, '/', (size_t)(end - hostport));
	{
		const char *hend = path ? path : end;
		const char *portp = NULL;

		if (hostport < hend && *hostport == '[') {
			const char *rb = memchr(hostport, ']', (size_t)(hend - hostport));

			if (!rb)
				return fail(u, err, "unterminated '[' in the host", red), -1;
			u->host = sg_strndup(hostport + 1, (size_t)(rb - hostport - 1));
			if (rb + 1 < hend) {
				if (rb[1] != ':')
					return fail(u, err, "junk after ']' in the host", red), -1;
				portp = rb + 2;
			}
		} else if (memchr(hostport, ',', (size_t)(hend - hostport))) {
			/* libpq's multi-host form host1:p1,host2:p2: leave it to libpq. */
			if (!sg_caps_of(u->dialect)->multi_host)
				return fail(u, err, "several hosts are only supported for PostgreSQL", red), -1;
			u->host = sg_strndup(hostport, (size_t)(hend - hostport));
		} else {
			const char *colon = memchr(hostport, ':', (size_t)(hend - hostport));

			if (hend > hostport)
				u->host = sg_strndup(hostport, (size_t)((colon ? colon : hend) - hostport));
			if (colon)
				portp = colon + 1;
		}
		if (u->host && !*u->host) {
			free(u->host);
			u->host = NULL;
		}
		if (portp) {
			long port = 0;
			const char *p = portp;

			if (p == hend) {
				sg_error_set(err, SG_EXIT_USAGE, "malformed database URL '%s': empty port", red);
				sg_url_release(u);
				return -1;
			}
			for (; p < hend; p++) {
				if (!isdigit((unsigned char)*p) || port > 65535)
					break;
				port = port * 10 + (*p - '0');
			}
			if (p != hend || port < 1 || port > 65535) {
				char bad[32];
				size_t n = (size_t)(hend - portp);

				if (n > sizeof(bad) - 1)
					n = sizeof(bad) - 1;
				memcpy(bad, portp, n);
				bad[n] = '\0';
				sg_error_set(err, SG_EXIT_USAGE,
					     "bad port '%s' in database URL '%s': expected a number from 1 to 65535",
					     bad, red);
				sg_url_release(u);
				return -1;
			}
			u->port = (int)port;
		}
	}
	if (path && path + 1 < end) {
		if (sg_url_decode(path + 1, (size_t)(end - path - 1), &u->database) < 0)
			return fail(u, err, "bad percent-escape in the database name", red), -1;
		if (strchr(u->database, '/'))
			return fail(u, err, "the path has more than one segment", red), -1;
	}
	if (query && parse_params(u, query + 1, err, red) < 0)
		return -1;
	return 0;
}

const char *sg_url_param(const struct sg_url *u, const char *key)
{
	for (size_t i = 0; i < u->nparams; i++)
		if (!strcmp(u->params[i].key, key))
			return u->params[i].value;
	return NULL;
}

void sg_url_release(struct sg_url *u)
{
	free(u->raw);
	free(u->redacted);
	free(u->scheme);
	free(u->user);
	if (u->password) {
		/* The password should not linger in freed memory. */
		volatile char *p = u->password;
		while (*p)
			*p++ = 0;
		free(u->password);
	}
	free(u->host);
	free(u->database);
	for (size_t i = 0; i < u->nparams; i++) {
		free(u->params[i].key);
		free(u->params[i].value);
	}
	free(u->params);
	memset(u, 0, sizeof(*u));
}
