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

.PHONY: serve test lint format bench venv claude-code codex clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

## Run the gateway: proxy on PROXY_PORT (8000), management on MGMT_PORT (8001).
serve: $(STAMP)
	$(BIN)/waddleai serve

## Lint, then the whole test suite (PostgreSQL, Redis, Claude Code and Codex tests included).
test: $(STAMP) claude-code codex
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	PATH="$(CURDIR)/$(CLAUDE_DIR)/node_modules/.bin:$(CURDIR)/$(CODEX_DIR)/node_modules/.bin:$$PATH" \
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

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(STAMP)
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

## Throughput and latency against LiteLLM, in one run (see bench/README.md).
bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .tools .pytest_cache .ruff_cache
