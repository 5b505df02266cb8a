# Effekt — the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
PYTHON ?= python3
BIN_DEBUG := .build/debug/effekt
BIN_RELEASE := .build/release/effekt
DEMO_OUT := Reports/out
AS_OF ?= 2026-09-30

.PHONY: deps build release demo test test-swift test-reference bench fuzz check-memory clean install

## deps: install what is missing (libxlsxwriter from Debian, the Python checks' packages from PyPI)
deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## demo: build and run the main job on the shipped fixtures (a Danish municipality's export)
DEMO_DATA := Fixtures/kommune-da
demo: release
	@mkdir -p $(DEMO_OUT)
	@echo "── effekt check $(DEMO_DATA)"
	@$(BIN_RELEASE) check $(DEMO_DATA)
	@$(BIN_RELEASE) evaluate $(DEMO_DATA) -o $(DEMO_OUT)/effektvurdering.json
	@$(BIN_RELEASE) report $(DEMO_DATA) -o $(DEMO_OUT)/effektvurdering.xlsx
	@$(BIN_RELEASE) dashboard $(DEMO_DATA) --format markdown -o $(DEMO_OUT)/dashboard.md
	@$(BIN_RELEASE) compare $(DEMO_DATA) --format csv -o $(DEMO_OUT)/sammenligning.csv
	@$(BIN_RELEASE) memo $(DEMO_DATA) --project P02 -o $(DEMO_OUT)/statusnotat-P02.md
	@$(BIN_RELEASE) html $(DEMO_DATA) -q -o $(DEMO_OUT)/effektvurdering.html
	@echo
	@$(BIN_RELEASE) dashboard $(DEMO_DATA)
	@echo
	@echo "Skrevet / written to $(DEMO_OUT)/: effektvurdering.xlsx (til ledelsen), effektvurdering.json,"
	@echo "effektvurdering.html (åbn i en browser), dashboard.md, sammenligning.csv, statusnotat-P02.md. Drill into a project: $(BIN_RELEASE) dashboard $(DEMO_DATA) --project P02"

## test: every Swift test, then the independent reference checks
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build 2>&1 | tee .build/swift-test.log; exit $${PIPESTATUS[0]}
	@$(MAKE) --no-print-directory test-reference

## the independent checks: scipy/pymannkendall, a re-implementation from Docs/methodology.md (shipped
## fixtures and generated milestone/event cases), the history's figures over a controller's year
## (Docs/history.md), the JSON schema, openpyxl on a real workbook, and the HTML page in a real
## (headless) chromium; its screenshot and PDF land in .build/html-browser
test-reference:
	$(PYTHON) Tests/Reference/theil_mk_reference.py --check
	$(PYTHON) Tests/Reference/html_browser.py $(BIN_DEBUG) .build/html-browser
	$(PYTHON) Tests/Reference/evaluation_reference.py
	@tmp=$$(mktemp -d) && $(PYTHON) Tests/Reference/evaluation_reference.py --generated $$tmp $(BIN_DEBUG); \
	  rc=$$?; rm -rf $$tmp; exit $$rc
	$(PYTHON) Tests/Reference/schema_check.py $(BIN_DEBUG)
	@tmp=$$(mktemp -d) && \
	  $(BIN_DEBUG) report Fixtures/kommune-da -q -o $$tmp/r.xlsx && \
	  $(BIN_DEBUG) evaluate Fixtures/kommune-da -q -o $$tmp/r.json && \
	  $(PYTHON) Tests/Reference/workbook_openpyxl.py $$tmp/r.xlsx $$tmp/r.json; rc=$$?; rm -rf $$tmp; exit $$rc
	@# The hand-built fixture with a history, segments and events (parts the demo data may lack).
	@tmp=$$(mktemp -d) && \
	  EFFEKT_EXCEL_SAMPLE=$$tmp/s.xlsx EFFEKT_EXCEL_SHOWCASE=1 $(SWIFT) test --skip-build --filter writeSample >/dev/null 2>&1 && \
	  $(PYTHON) Tests/Reference/workbook_openpyxl.py $$tmp/s.xlsx $$tmp/s.xlsx.json; rc=$$?; rm -rf $$tmp; exit $$rc
	@# Last, so that a history difference does not hide the checks above.
	$(PYTHON) Tests/Reference/history_reference.py $(BIN_DEBUG)

## install: the release binary, its man page (swift-argument-parser's generate-manual plugin) and
## bash, zsh and fish completions under PREFIX (default /usr/local; DESTDIR for packaging).
## The man page is dated by the last commit, so the same commit installs the same bytes.
PREFIX ?= /usr/local
MAN_DATE := $(shell git log -1 --format=%cs 2>/dev/null || echo 2026-01-01)
MAN_OUT := .build/plugins/GenerateManual/outputs/effekt
install: release
	$(SWIFT) package --disable-sandbox generate-manual --configuration release --date $(MAN_DATE)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/effekt
	install -m 644 $(MAN_OUT)/effekt.1 $(DESTDIR)$(PREFIX)/share/man/man1/effekt.1
	$(BIN_RELEASE) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/effekt
	$(BIN_RELEASE) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_effekt
	$(BIN_RELEASE) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/effekt.fish
	@echo "Installed effekt, its man page and completions under $(DESTDIR)$(PREFIX)"

clean:
	rm -rf .build $(DEMO_OUT)

## bench: release build, generated data (seeded), every scenario against its same-run baseline
BENCH_DATA := Benchmarks/data
bench: release
	@[ -f $(BENCH_DATA)/national/maalinger.csv ] || $(PYTHON) Benchmarks/generate.py $(BENCH_DATA)
	@mkdir -p Benchmarks/bin
	cc -O2 -o Benchmarks/bin/xlsx_baseline Benchmarks/xlsx_baseline.c $$(pkg-config --cflags --libs xlsxwriter)
	$(SWIFT) build -c release --product effekt-bench
	.build/release/effekt-bench $(BIN_RELEASE) $(BENCH_DATA) Benchmarks/bin/xlsx_baseline

## fuzz: libFuzzer + AddressSanitizer over the importer (FuzzImport) and the field parsers
## (FuzzFields), FUZZ_SECONDS each, seeded from Fixtures/ (hostile cases included) and the committed
## regressions (Fuzz/regressions/<target>/). The corpus grows in .build-fuzz/corpus (not in the
## repository); crashes land in .build-fuzz/artifacts.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= FuzzImport FuzzFields
FUZZ_SCRATCH := .build-fuzz
fuzz:
	$(SWIFT) build -c release --package-path Fuzz --scratch-path $(FUZZ_SCRATCH)/build \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
	@$(PYTHON) Fuzz/scripts/seeds.py $(FUZZ_SCRATCH)/seeds
	@mkdir -p $(FUZZ_SCRATCH)/artifacts
	@set -e; for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_SCRATCH)/corpus/$$t; \
	  echo "── $$t for $(FUZZ_SECONDS) s"; \
	  regressions=; [ -d Fuzz/regressions/$$t ] && regressions=Fuzz/regressions/$$t; \
	  $(FUZZ_SCRATCH)/build/release/$$t $(FUZZ_SCRATCH)/corpus/$$t $(FUZZ_SCRATCH)/seeds/$$t $$regressions \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix=$(FUZZ_SCRATCH)/artifacts/$$t- -print_final_stats=1 2>&1 \
	    | tee $(FUZZ_SCRATCH)/$$t.log | { grep -E "^(#[0-9]+[[:space:]]+(INITED|DONE)|Done |stat::|==[0-9]+==|SUMMARY|artifact)" || true; }; \
	  [ $${PIPESTATUS[0]} -eq 0 ] || { echo "$$t found a crash: see $(FUZZ_SCRATCH)/$$t.log"; exit 1; }; \
	done

## check-memory: valgrind memcheck over the C boundary (libxlsxwriter) — `report` and `evaluate`
## on the Danish export, `report` on rejected rows and hostile text. Fails on any invalid access
## or definite leak. Swift runtime metadata shows as "possibly lost"/"still reachable": expected.
MEMCHECK_OUT := .build/check-memory
MEMCHECK := valgrind --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite
check-memory:
	@command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; }
	$(SWIFT) build
	@mkdir -p $(MEMCHECK_OUT)
	@set -e; run() { name=$$1; ok=$$2; shift 2; \
	  rc=0; $(MEMCHECK) --error-exitcode=99 "$$@" >/dev/null 2>$(MEMCHECK_OUT)/$$name.log || rc=$$?; \
	  summary=$$(grep -E "definitely lost|ERROR SUMMARY" $(MEMCHECK_OUT)/$$name.log | sed 's/^==[0-9]*== *//' | tr '\n' ' '); \
	  echo "$$name: exit $$rc; $$summary"; \
	  case " $$ok " in *" $$rc "*) ;; *) echo "memcheck failed for $$name: see $(MEMCHECK_OUT)/$$name.log"; exit 1;; esac; }; \
	run report-kommune-da 0 $(BIN_DEBUG) report Fixtures/kommune-da -q -o $(MEMCHECK_OUT)/r.xlsx; \
	run evaluate-kommune-da 0 $(BIN_DEBUG) evaluate Fixtures/kommune-da -q -o $(MEMCHECK_OUT)/r.json; \
	run report-bad-number 1 $(BIN_DEBUG) report Fixtures/broken/bad_number -q -o $(MEMCHECK_OUT)/b.xlsx; \
	run report-hostile-text 0 $(BIN_DEBUG) report Fixtures/hostile/formula_and_escapes_in_project -q -o $(MEMCHECK_OUT)/h.xlsx; \
	run report-unwritable 74 $(BIN_DEBUG) report Fixtures/kommune-da -q -o $(MEMCHECK_OUT)/r.xlsx/not-a-folder/r.xlsx
