#!/usr/bin/env bash
# Issue 9: the architecture rules, checked on the sources so that they
# cannot drift back. Dialect lives in the drivers; generators read other
# tables through the engine (gen.h sg_gen_select/sg_gen_read) and hold no
# SQL of their own; no file over 800 lines, no function over 100.
. "$(dirname "$0")/../lib.sh"
cd "$ROOT" || t_bail "no checkout"

t_eq "no dialect test outside the drivers, caps.c and url.c" "" \
	"$(grep -n 'SG_DIALECT_\|dialect ==\|dialect !=' src/*.c generators/*.c | grep -v '^src/drv_\|^src/caps\.c:\|^src/url\.c:')"
t_eq "generators call no database function (they read through the engine)" "" \
	"$(grep -n '\bsg_db_\w*(\|\bsg_gen_db\b\|"SELECT \|information_schema' generators/*.c)"
t_eq "the engine offers generators no raw connection" "" \
	"$(grep -n 'sg_gen_db' include/seedgen/gen.h src/gen_api.c)"
t_eq "no source file over 800 lines" "" \
	"$(wc -l src/*.c generators/*.c include/seedgen/*.h | awk '$2 != "total" && $1 > 800')"
t_eq "no function over 100 lines" "" \
	"$(awk -f tests/tools/long_functions.awk src/*.c generators/*.c)"

# The checks above can fail: each pattern finds what it forbids.
probe=$(mktemp -d)
printf 'int f(void)\n{\n%s\n}\n' "$(for _ in $(seq 101); do printf '\tx();\n'; done)" >"$probe/long.c"
t_match "the function check finds a long function" 'long\.c:2: int f\(void\) \(102 lines\)' \
	"$(awk -f tests/tools/long_functions.awk "$probe/long.c")"
printf 'static int g(struct sg_gen_ctx *g) { return sg_db_exec(sg_gen_db(g), "SELECT 1", 0); }\n' >"$probe/gen.c"
t_match "the generator check finds a query" 'sg_db_exec' \
	"$(grep -n '\bsg_db_\w*(\|\bsg_gen_db\b\|"SELECT \|information_schema' "$probe/gen.c")"
rm -rf "$probe"

t_summary
