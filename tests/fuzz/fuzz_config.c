/*
 * libFuzzer target for the config file (src/config.c on top of src/json.c):
 * every input is the text of a --config file. sg_config_load() takes a path
 * and the public API has no in-memory entry point, so the bytes go into a
 * memfd once per input and the loader reads it through /proc/self/fd/N:
 * the real file path, without touching the disk. fz_config_one()
 * (tests/fuzz/fuzz_common.h) then loads it with no scenario, with the
 * file's own scenarios and a built-in one, checks it against a small
 * hand-made schema model and applies its foreign-key settings. Built and
 * run by scripts/fuzz.sh.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#define FZ_CHECK(cond, what)                                                      \
	do {                                                                      \
		if (!(cond)) {                                                    \
			fprintf(stderr, "fuzz_config: invariant failed: %s (%s)\n", \
				what, #cond);                                     \
			abort();                                                  \
		}                                                                 \
	} while (0)

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int fd = -1;
	static char path[64];

	if (fd < 0) {
		fd = memfd_create("seedgen-fuzz-config.json", 0);
		if (fd < 0) {
			perror("fuzz_config: memfd_create");
			abort();
		}
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	}
	if (ftruncate(fd, 0) < 0 || (size && pwrite(fd, data, size, 0) != (ssize_t)size)) {
		perror("fuzz_config: writing the memfd");
		abort();
	}
	fz_config_one(path, NULL);
	return 0;
}
