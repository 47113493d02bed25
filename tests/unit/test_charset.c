/*
 * Text values fit the column's character set (gn_fit_charset): nothing
 * above U+007F in ascii, U+00FF in latin1, no 4-byte UTF-8 in utf8mb3;
 * characters are replaced one for one, so character limits still hold.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../generators/generic_int.h"

static void fit(const char *in, unsigned max_cp, const char *keep_prefix, size_t chars)
{
	struct sg_buf b = SG_BUF_INIT;

	sg_buf_adds(&b, "pre:");
	sg_buf_adds(&b, in);
	gn_fit_charset(&b, 4, max_cp);
	assert_int_equal(gn_utf8_chars(b.data + 4, b.len - 4), chars);
	assert_memory_equal(b.data, "pre:", 4);
	assert_memory_equal(b.data + 4, keep_prefix, strlen(keep_prefix));
	for (size_t i = 4; i < b.len; i++) {
		unsigned char c = (unsigned char)b.data[i];

		if (max_cp < 0x80)
			assert_true(c < 0x80);
		else if (max_cp < 0x100)
			assert_true(c < 0x80 || c == 0xC3 || c == 0xC2 || (c & 0xC0) == 0x80);
		else
			assert_true(c < 0xF0);
	}
	sg_buf_release(&b);
}

static void charsets(void **state)
{
	(void)state;
	fit("José 中文 😀!", 0x7F, "Jos", 10);
	fit("José 中文 😀!", 0xFF, "José ", 10);
	fit("José 中文 😀!", 0xFFFF, "José 中文 ", 10);
	fit("plain", 0x7F, "plain", 5);
	fit("", 0x7F, "", 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(charsets),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
