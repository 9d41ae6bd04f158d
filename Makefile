# The two commands a newcomer needs: `make start` and `make test`. Both provision what is missing.
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
.DEFAULT_GOAL := help

INSTALL_STAMP := node_modules/.chuangjian-installed
BUILD_STAMP := dist/.built
SOURCES := $(shell find apps libs workflows scripts -name '*.ts' -not -name '*.spec.ts' -not -path 'apps/web/*' 2>/dev/null)
WEB_STAMP := dist/web/index.html
WEB_SOURCES := $(shell find apps/web libs/domain/src -type f -not -name '*.spec.ts' 2>/dev/null)

.PHONY: help node-check start test deps temporal build web chromium lint typecheck format-check bench bench-web clean

help:
	@echo "make start   install what is missing, start PostgreSQL, Temporal, worker and API with a demo campaign"
	@echo "make test    the same provisioning, then lint, typecheck and every test tier"
	@echo "make bench   benchmarks (prints figures); make bench-web: the console's"
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

# The web console (apps/web), rebuilt only when its sources, the shared domain rules or the packages changed.
$(WEB_STAMP): $(INSTALL_STAMP) $(WEB_SOURCES)
	@echo ">> Building the web console into dist/web/..."
	npm run --silent build:web

web: $(WEB_STAMP)

chromium:
	@scripts/ensure-chromium.sh >/dev/null

start: deps build web
	@cli="$$(scripts/ensure-temporal.sh)"; TEMPORAL_CLI="$$cli" exec node -r ./scripts/register-aliases.js dist/scripts/start.js

lint: deps
	npm run --silent lint

typecheck: deps
	npm run --silent typecheck

format-check: deps
	npm run --silent format:check

test: deps lint typecheck format-check build web
	@cli="$$(scripts/ensure-temporal.sh)"; TEMPORAL_CLI="$$cli" npx jest --ci
	@chromium="$$(scripts/ensure-chromium.sh)"; cli="$$(scripts/ensure-temporal.sh)"; \
	  CHROMIUM_PATH="$$chromium" TEMPORAL_CLI="$$cli" npx playwright test -c test/browser/playwright.config.ts

bench: deps
	@cli="$$(scripts/ensure-temporal.sh)"; TEMPORAL_CLI="$$cli" npm run --silent bench

bench-web: deps build web
	@chromium="$$(scripts/ensure-chromium.sh)"; cli="$$(scripts/ensure-temporal.sh)"; \
	  CHROMIUM_PATH="$$chromium" TEMPORAL_CLI="$$cli" npm run --silent bench:web

clean: deps
	node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/drop-demo-database.ts
	rm -rf dist .data
