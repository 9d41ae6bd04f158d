# The two commands a newcomer needs: `make start` and `make test`. Both provision what is missing.
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
.DEFAULT_GOAL := help

INSTALL_STAMP := node_modules/.chuangjian-installed
BUILD_STAMP := dist/.built
SOURCES := $(shell find apps libs workflows scripts -name '*.ts' -not -name '*.spec.ts' 2>/dev/null)

.PHONY: help node-check start test deps temporal build lint typecheck format-check bench clean

help:
	@echo "make start   install what is missing, start PostgreSQL, Temporal, worker and API with a demo campaign"
	@echo "make test    the same provisioning, then lint, typecheck and every test tier"
	@echo "make bench   benchmarks (prints figures)"
	@echo "make clean   remove build output and local state (.data: Temporal history, embedded PostgreSQL; the local database chuangjian)"

node-check:
	@command -v node >/dev/null || { echo "Node.js 20.19+ is required (https://nodejs.org)"; exit 1; }
	@node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Node.js 20.19+ is required; this is "+process.version); process.exit(1) }'

$(INSTALL_STAMP): package.json package-lock.json
	@$(MAKE) --no-print-directory node-check
	@echo ">> Installing npm packages (npm ci)..."
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

deps: $(INSTALL_STAMP)

temporal:
	@scripts/ensure-temporal.sh >/dev/null

$(BUILD_STAMP): $(INSTALL_STAMP) $(SOURCES) tsconfig.json tsconfig.build.json
	@echo ">> Compiling TypeScript into dist/..."
	npm run --silent build
	@touch $@

build: $(BUILD_STAMP)

start: deps build
	@cli="$$(scripts/ensure-temporal.sh)"; TEMPORAL_CLI="$$cli" exec node -r ./scripts/register-aliases.js dist/scripts/start.js

lint: deps
	npm run --silent lint

typecheck: deps
	npm run --silent typecheck

format-check: deps
	npm run --silent format:check

test: deps lint typecheck format-check
	@cli="$$(scripts/ensure-temporal.sh)"; TEMPORAL_CLI="$$cli" npx jest --ci

bench: deps
	@cli="$$(scripts/ensure-temporal.sh)"; TEMPORAL_CLI="$$cli" npm run --silent bench

clean: deps
	node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/drop-demo-database.ts
	rm -rf dist .data
