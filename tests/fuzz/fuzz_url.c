/*
 * libFuzzer target for the database URL parser (src/url.c): every input is
 * a URL string for sg_url_parse, sg_url_redact and sg_url_decode, with the
 * invariants of fz_url_one() (tests/fuzz/fuzz_common.h). Built and run by
 * scripts/fuzz.sh; crashes it finds go to tests/fuzz/regressions/, which
 * tests/unit/test_fuzz_regressions.c replays in every `make test`.
 */
#include <stdio.h>
#include <stdlib.h>

#define FZ_CHECK(cond, what)                                                   \
	do {                                                                   \
		if (!(cond)) {                                                 \
			fprintf(stderr, "fuzz_url: invariant failed: %s (%s)\n", \
				what, #cond);                                  \
			abort();                                               \
		}                                                              \
	} while (0)

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fz_url_one(data, size);
	return 0;
}
