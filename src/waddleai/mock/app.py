"""The mock upstream as a bare ASGI application.

No framework and no middleware: the route table is a dict keyed by
``(method, path)`` with a few prefix rules for path parameters, because the
mock is the target of the gateway's throughput benchmark and must not be the
bottleneck.
"""

from __future__ import annotations

import asyncio
import hashlib
from typing import Any

import orjson

from waddleai.mock import anthropic_api, control, openai_api, responses_api
from waddleai.mock.asgi import (
    Receive,
    Request,
    Scope,
    Send,
    drop_connection,
    encode_headers,
    lifespan,
    send_body,
    send_json,
    send_stream,
    wait_for_disconnect,
)
from waddleai.mock.dialects import ANTHROPIC, OPENAI, RESPONSES, Dialect
from waddleai.mock.options import MockOptions
from waddleai.mock.script import Reply, fault_for_model, parse_reply
from waddleai.mock.tokens import last_user_text, prompt_tokens
from waddleai.mock.turn import build_turn


class MockApp:
    """ASGI callable imitating the OpenAI, Azure OpenAI, Anthropic and Ollama APIs."""

    def __init__(self, options: MockOptions | None = None) -> None:
        self.state = control.MockState(options or MockOptions())
        chat_openai = self._chat_openai
        self._routes = {
            ("POST", "/v1/chat/completions"): chat_openai,
            ("POST", "/chat/completions"): chat_openai,
            ("POST", "/v1/embeddings"): self._embeddings,
            ("POST", "/embeddings"): self._embeddings,
            ("GET", "/v1/models"): self._models,
            ("GET", "/models"): self._models,
            ("POST", "/v1/responses"): self._responses,
            ("POST", "/responses"): self._responses,
            ("POST", "/v1/messages"): self._chat_anthropic,
            ("POST", "/v1/messages/count_tokens"): self._count_tokens,
            ("GET", "/api/tags"): self._ollama_tags,
            ("GET", "/api/version"): self._ollama_version,
            ("GET", "/health"): self._health,
            ("GET", "/"): self._health,
        }

    @property
    def options(self) -> MockOptions:
        """The live options (``POST /__mock__/options`` changes them)."""
        return self.state.options

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                await lifespan(receive, send)
            return
        req = Request(scope, receive, send)
        handler = self._routes.get((req.method, req.path))
        if handler is not None:
            await handler(req)
        elif req.path.startswith("/__mock__/"):
            await control.handle(self.state, req)
        else:
            await self._dynamic(req)

    async def _dynamic(self, req: Request) -> None:
        """Routes with path parameters (Azure deployments, model retrieval)."""
        path = req.path
        if path.startswith("/openai/deployments/"):
            deployment, _, rest = path.removeprefix("/openai/deployments/").partition("/")
            req.params["deployment"] = deployment
            path = "/v1/" + rest
        elif path.startswith("/openai/v1/"):
            path = path.removeprefix("/openai")
        if req.method == "GET" and path.startswith("/v1/models/"):
            req.params["model"] = path.removeprefix("/v1/models/")
            await self._model(req)
            return
        handler = self._routes.get((req.method, path))
        if handler is not None and path.startswith("/v1/"):
            await handler(req)
            return
        await self._not_found(req)

    # -- shared request steps ------------------------------------------------

    def _authorized(self, req: Request) -> bool:
        """Whether the request carries the required key (any provider's header)."""
        key = self.options.require_key
        if not key:
            return True
        wanted = key.encode()
        for name, value in req.scope["headers"]:
            if name == b"authorization" and value[7:] == wanted and value[:7].lower() == b"bearer ":
                return True
            if name in (b"x-api-key", b"api-key") and value == wanted:
                return True
        return False

    async def _error(
        self,
        req: Request,
        dialect: Dialect,
        status: int,
        message: str | None = None,
        code: str | None = None,
        param: str | None = None,
    ) -> None:
        body = dialect.error_json(status, message, None, code, param)
        await send_body(req.send, status, body, encode_headers(dialect.request_id()))

    async def _api_body(self, req: Request, dialect: Dialect) -> dict[str, Any] | None:
        """Read, record and authorize; ``None`` when an error was already sent."""
        raw = await req.read()
        try:
            body = orjson.loads(raw) if raw else None
        except orjson.JSONDecodeError:
            body = None
        self.state.record(req, body)
        if not self._authorized(req):
            await self._error(req, dialect, 401)
            return None
        if not isinstance(body, dict):
            message = "We could not parse the JSON body of your request."
            await self._error(req, dialect, 400, message)
            return None
        return body

    async def _api_get(self, req: Request, dialect: Dialect) -> bool:
        """Record and authorize a GET; ``False`` when an error was already sent."""
        self.state.record(req, None)
        if not self._authorized(req):
            await self._error(req, dialect, 401)
            return False
        return True

    def _sent_key(self, req: Request) -> str:
        """The API key the request carries (any provider's header)."""
        for name, value in req.scope["headers"]:
            if name == b"authorization" and value[:7].lower() == b"bearer ":
                return value[7:].decode("latin-1")
            if name in (b"x-api-key", b"api-key"):
                return value.decode("latin-1")
        return ""

    def _pick(self, model: str, body: dict[str, Any], req: Request | None = None) -> Reply | None:
        """A fault model wins, then a per-key fault; else the next matching scripted reply."""
        fault = fault_for_model(model)
        if fault is not None:
            return fault
        if self.options.key_faults and req is not None:
            described = self.options.key_faults.get(self._sent_key(req))
            if described is not None:
                return parse_reply(described)
        if len(self.state.script):
            return self.state.script.pop_for(last_user_text(body))
        return None

    async def _prelude(
        self, req: Request, reply: Reply | None, dialect: Dialect, stream: bool
    ) -> bool:
        """Latency and faults before a normal answer; ``False`` when done already."""
        if reply is not None and reply.hang:
            await wait_for_disconnect(req.receive, req.send)
            return False
        delay = self.options.latency_ms
        if reply is not None and reply.delay_ms is not None:
            delay = reply.delay_ms
        if delay > 0:
            await asyncio.sleep(delay / 1000)
        if reply is None:
            return True
        if reply.is_error:
            status = reply.status or 500
            headers = dialect.request_id()
            if status == 429:
                headers.update(dialect.rate_limit())
            headers.update(reply.headers)
            body = dialect.error_json(status, reply.error, reply.error_type, reply.error_code)
            await send_body(req.send, status, body, encode_headers(headers))
            return False
        if reply.disconnect_after is not None and not stream:
            await drop_connection(req.send)
            return False
        return True

    # -- chat ----------------------------------------------------------------

    async def _chat_openai(self, req: Request) -> None:
        await self._chat(req, OPENAI)

    async def _chat_anthropic(self, req: Request) -> None:
        await self._chat(req, ANTHROPIC)

    async def _responses(self, req: Request) -> None:
        await self._chat(req, RESPONSES)

    async def _chat(self, req: Request, dialect: Dialect) -> None:
        """One chat completion / message, JSON or SSE, in ``dialect``'s format."""
        body = await self._api_body(req, dialect)
        if body is None:
            return
        deployment = req.params.get("deployment")
        invalid = dialect.validate(body, deployment is not None)
        if invalid is not None:
            status, message, code, param = invalid
            await self._error(req, dialect, status, message, code, param)
            return
        model = deployment or body["model"]
        stream = body.get("stream") is True
        reply = self._pick(model, body, req)
        if not await self._prelude(req, reply, dialect, stream):
            return
        turn = build_turn(
            model=model,
            body=body,
            reply=reply,
            options=self.options,
            prompt_tokens=prompt_tokens(dialect.prompt_texts(body)),
            max_tokens=dialect.max_tokens(body),
        )
        headers = dialect.request_id()
        if reply is not None:
            headers.update(reply.headers)
        encoded = encode_headers(headers)
        interval = self.options.stream_interval_ms / 1000
        if reply is not None and reply.malformed:
            if stream:
                await send_stream(req.send, dialect.malformed_stream(turn), interval, encoded)
            else:
                await send_body(req.send, 200, dialect.malformed(), encoded)
        elif stream:
            cut = reply.disconnect_after if reply is not None else None
            events = dialect.render_stream(turn, body)
            if reply is not None and reply.end_after is not None:
                events = list(events)[: max(reply.end_after, 0)]
            await send_stream(req.send, events, interval, encoded, cut, req.receive)
        elif dialect is RESPONSES:
            await send_body(req.send, 200, responses_api.response_json(turn, body), encoded)
        else:
            await send_body(req.send, 200, dialect.render(turn), encoded)

    async def _count_tokens(self, req: Request) -> None:
        body = await self._api_body(req, ANTHROPIC)
        if body is None:
            return
        if not isinstance(body.get("messages"), list):
            await self._error(req, ANTHROPIC, 400, "messages: Field required")
            return
        tokens = prompt_tokens(ANTHROPIC.prompt_texts(body))
        headers = encode_headers(ANTHROPIC.request_id())
        await send_body(req.send, 200, anthropic_api.count_tokens_json(tokens), headers)

    # -- embeddings and models ------------------------------------------------

    async def _embeddings(self, req: Request) -> None:
        body = await self._api_body(req, OPENAI)
        if body is None:
            return
        model = req.params.get("deployment") or body.get("model")
        if not isinstance(model, str):
            await self._error(req, OPENAI, 400, "you must provide a model parameter")
            return
        inputs = openai_api.embedding_inputs(body.get("input"))
        if inputs is None:
            await self._error(req, OPENAI, 400, "'input' is invalid", param="input")
            return
        reply = fault_for_model(model)
        if not await self._prelude(req, reply, OPENAI, stream=False):
            return
        headers = encode_headers(OPENAI.request_id())
        if reply is not None and reply.malformed:
            await send_body(req.send, 200, openai_api.malformed_json(), headers)
            return
        await send_body(req.send, 200, openai_api.embeddings_json(inputs, model, body), headers)

    async def _models(self, req: Request) -> None:
        """OpenAI's list shape, or Anthropic's for clients sending ``anthropic-version``."""
        is_anthropic = req.header(b"anthropic-version") is not None
        dialect = ANTHROPIC if is_anthropic else OPENAI
        if not await self._api_get(req, dialect):
            return
        models = self.options.models
        body = anthropic_api.models_json(models) if is_anthropic else openai_api.models_json(models)
        await send_body(req.send, 200, body, encode_headers(dialect.request_id()))

    async def _model(self, req: Request) -> None:
        if not await self._api_get(req, OPENAI):
            return
        model = req.params["model"]
        if model not in self.options.models:
            message = f"The model '{model}' does not exist or you do not have access to it."
            await self._error(req, OPENAI, 404, message, code="model_not_found")
            return
        await send_json(req.send, 200, openai_api.model_object(model))

    async def _ollama_tags(self, req: Request) -> None:
        self.state.record(req, None)
        models = []
        for name in self.options.models:
            tag = name if ":" in name else f"{name}:latest"
            models.append(
                {
                    "name": tag,
                    "model": tag,
                    "modified_at": "2025-01-01T00:00:00.000000000Z",
                    "size": 4_920_753_328,
                    "digest": hashlib.sha256(tag.encode()).hexdigest(),
                    "details": {
                        "parent_model": "",
                        "format": "gguf",
                        "family": "llama",
                        "families": ["llama"],
                        "parameter_size": "8.0B",
                        "quantization_level": "Q4_K_M",
                    },
                }
            )
        await send_json(req.send, 200, {"models": models})

    async def _ollama_version(self, req: Request) -> None:
        await send_json(req.send, 200, {"version": "0.6.8"})

    async def _health(self, req: Request) -> None:
        await send_body(req.send, 200, b'{"status":"ok"}')

    async def _not_found(self, req: Request) -> None:
        error = {
            "message": f"Invalid URL ({req.method} {req.path})",
            "type": "invalid_request_error",
            "param": None,
            "code": None,
        }
        await send_json(req.send, 404, {"error": error})


def create_app(options: MockOptions | None = None) -> MockApp:
    """The mock upstream's ASGI application (see :class:`MockOptions`)."""
    return MockApp(options)
