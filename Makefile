# Effekt — the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
PYTHON ?= python3
BIN_DEBUG := .build/debug/effekt
BIN_RELEASE := .build/release/effekt
DEMO_OUT := Reports/out
AS_OF ?= 2026-09-30

.PHONY: deps build release demo test test-swift test-reference bench fuzz check-memory clean

## deps: install what is missing (libxlsxwriter from Debian, the Python checks' packages from PyPI)
deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## demo: build and run the main job on the shipped fixtures
demo: release
	@mkdir -p $(DEMO_OUT)
	$(BIN_RELEASE) check Fixtures/kommune-da || true
	$(BIN_RELEASE) evaluate Fixtures/kommune-da --as-of $(AS_OF) -o $(DEMO_OUT)/effektvurdering.json || true
	@echo "Wrote $(DEMO_OUT)/effektvurdering.json"

## test: every Swift test, then the independent reference checks
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build 2>&1 | tee .build/swift-test.log; exit $${PIPESTATUS[0]}
	@$(MAKE) --no-print-directory test-reference

test-reference:
	@for t in Tests/Reference/*.py; do [ -e "$$t" ] || continue; echo "== $$t"; $(PYTHON) "$$t" || exit 1; done

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
