"""The request pipeline: every model endpoint runs the same stages, built once at start.

    authenticate -> read body -> admit (concurrency slot) -> rate limit
      -> resolve & permit model -> [guards] -> reserve quota -> [cache]
      -> call (the operation: plan each attempt, call the upstream, read usage)
      <- leave hooks in reverse order <- settle (exactly once, settle.py)

Only the stages the configuration enables are in a pipeline (no rate limiter, no
quota gate: those stages are absent, not skipped per request). A stage may refuse
(raise GatewayError), answer early (set `ex.answer` / `ex.stream`, return True), edit
the body on the way in, and edit the answer or wrap the stream on the way out. The
operation (operations/) is what differs between endpoints: chat (OpenAI chat
completions, Anthropic messages), count_tokens, embeddings.

Adding a guard (security scan, PII redaction, memory, cache) is one file: a `Stage`
subclass in stages/ with `enter` (and `leave` if it must see the answer), plus one line
in `GUARD_FACTORIES` below (or `build.py`'s stage list). Nothing in the handlers changes.
"""
