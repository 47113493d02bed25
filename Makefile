# seedgen -- build, test, demo, bench, sanitize.
#
#   make            build ./seedgen
#   make unit       install what building needs (no servers), run unit tests
#   make test       install what is missing, build, start throwaway MariaDB and
#                   PostgreSQL servers, run unit + integration tests, stop them
#   make demo       the same set-up, then seed the demo schema and report
#   make sanitize   build with ASan+UBSan and run every test with that build
#   make bench      seeding throughput against raw COPY / LOAD DATA
#   make install PREFIX=/usr/local

PREFIX  ?= /usr/local
BUILD   ?= build
BIN     ?= seedgen
CC      ?= cc
PKGS    := libmariadb libpq libcjson
SAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

# pkg-config is asked only when building, so that `make test` on a bare
# machine can first run scripts/deps.sh to install it and the libraries.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)

CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L \
           -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wformat=2 \
           -Iinclude $(PKG_CFLAGS) $(EXTRA_CFLAGS)
LDLIBS  += $(PKG_LIBS) -lm $(EXTRA_LDFLAGS)

SRCS      := $(wildcard src/*.c) $(wildcard generators/*.c)
OBJS      := $(SRCS:%.c=$(BUILD)/%.o)
LIB_OBJS  := $(filter-out $(BUILD)/src/main.o,$(OBJS))
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps unit-deps test unit sanitize demo bench install clean db-start db-stop

all: $(BIN)

$(BIN): $(BUILD)/seedgen
	cp $< $@

$(BUILD)/seedgen: $(OBJS)
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

# -MMD -MP: each object depends on the headers it really includes (the .d
# files written next to it), so a header change rebuilds only its users.
$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -o $@ $< $(LIB_OBJS) $(LDLIBS) -lcmocka

deps:
	@scripts/deps.sh

# Build and unit-test dependencies only: no database server.
unit-deps:
	@scripts/deps.sh --unit

# Unit tests only (no server needed).
unit: unit-deps
	@$(MAKE) --no-print-directory $(BUILD)/seedgen $(UNIT_BINS)
	@tests/run.sh --unit-only

test: deps
	@$(MAKE) --no-print-directory all $(UNIT_BINS)
	@tests/run.sh

sanitize: deps
	@$(MAKE) --no-print-directory BUILD=build/san EXTRA_CFLAGS="$(SAN_FLAGS)" \
		EXTRA_LDFLAGS="$(SAN_FLAGS)" build/san/seedgen \
		$(UNIT_SRCS:tests/unit/%.c=build/san/tests/%)
	@SEEDGEN=$(CURDIR)/build/san/seedgen UNIT_DIR=build/san/tests \
		ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 tests/run.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@scripts/demo.sh

bench: deps
	@$(MAKE) --no-print-directory all
	@scripts/bench.sh

db-start:
	@scripts/dbserver.sh start

db-stop:
	@scripts/dbserver.sh stop

-include $(OBJS:.o=.d) $(UNIT_BINS:=.d)

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/seedgen

clean:
	rm -rf build $(BIN)
