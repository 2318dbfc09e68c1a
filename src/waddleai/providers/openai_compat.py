"""Any upstream that speaks the OpenAI API: OpenAI, vLLM, Cerebras, Zhipu, Ollama, …

One class serves them all because they share the wire format; only the URL, the auth
header and a few quirks differ, and those are set by subclasses or configuration.
"""

from __future__ import annotations

from typing import Any

from waddleai.providers.base import Provider, UpstreamReply, UpstreamStream


class OpenAICompatibleProvider(Provider):
    """Chat completions and embeddings at `{endpoint}/chat/completions` and `/embeddings`."""

    wire_api = "openai"

    def url(self, operation: str, model: str) -> str:
        return f"{self.endpoint}/{operation}"

    def auth_headers(self, key: str) -> dict[str, str]:
        headers = {"Content-Type": "application/json", **self._base_headers}
        if key:
            headers["Authorization"] = f"Bearer {key}"
        return headers

    def _block(self, key: str, stream: bool = False) -> bytes:
        """The encoded request headers for `key` (built once per key)."""

        def build() -> dict[str, str]:
            headers = self.auth_headers(key)
            if stream:
                headers["Accept"] = "text/event-stream"
            return headers

        return self.header_block((key, stream), build)

    async def chat(
        self, payload: dict[str, Any], client_headers: dict[str, str], key: str
    ) -> UpstreamReply:
        url = self.url("chat/completions", payload.get("model", ""))
        return await self.post_json(url, payload, self._block(key))

    async def chat_stream(
        self, payload: dict[str, Any], client_headers: dict[str, str], key: str
    ) -> UpstreamStream:
        url = self.url("chat/completions", payload.get("model", ""))
        return await self.post_stream(url, payload, self._block(key, stream=True))

    @property
    def native_responses(self) -> bool:
        """Whether this upstream serves the Responses API itself (see ProviderConfig)."""
        if self.config.responses_api is not None:
            return self.config.responses_api
        return self.kind == "openai" and self.endpoint.startswith("https://api.openai.com/")

    async def responses(
        self, payload: dict[str, Any], client_headers: dict[str, str], key: str
    ) -> UpstreamReply:
        url = self.url("responses", payload.get("model", ""))
        return await self.post_json(url, payload, self._block(key))

    async def responses_stream(
        self, payload: dict[str, Any], client_headers: dict[str, str], key: str
    ) -> UpstreamStream:
        url = self.url("responses", payload.get("model", ""))
        return await self.post_stream(url, payload, self._block(key, stream=True))

    async def embeddings(self, payload: dict[str, Any], key: str) -> UpstreamReply:
        url = self.url("embeddings", payload.get("model", ""))
        return await self.post_json(url, payload, self._block(key))

    async def check(self) -> str:
        await self.get_json(self.url("models", ""), self.auth_headers(self.first_key))
        return "ok"

    async def remote_models(self) -> list[str]:
        """Model ids the upstream itself lists (used by `waddleai test models`)."""
        data = await self.get_json(self.url("models", ""), self.auth_headers(self.first_key))
        items = data.get("data", []) if isinstance(data, dict) else []
        return [str(m.get("id")) for m in items if isinstance(m, dict) and m.get("id")]


class OllamaProvider(OpenAICompatibleProvider):
    """Ollama serves the OpenAI API under `/v1`; its own `/api/tags` lists local models."""

    def url(self, operation: str, model: str) -> str:
        base = self.endpoint if self.endpoint.endswith("/v1") else f"{self.endpoint}/v1"
        return f"{base}/{operation}"

    async def check(self) -> str:
        await self.get_json(f"{self.endpoint.removesuffix('/v1')}/api/tags", self._base_headers)
        return "ok"


class AzureOpenAIProvider(OpenAICompatibleProvider):
    """Azure OpenAI: per-deployment URLs, `api-key` header, `api-version` query."""

    def url(self, operation: str, model: str) -> str:
        deployment = self.config.deployments.get(model, model)
        version = self.config.api_version or "2024-10-21"
        if operation == "models":
            return f"{self.endpoint}/openai/models?api-version={version}"
        base = self.endpoint
        if "/openai/deployments/" not in base:
            base = f"{base}/openai/deployments/{deployment}"
        return f"{base}/{operation}?api-version={version}"

    def auth_headers(self, key: str) -> dict[str, str]:
        headers = {"Content-Type": "application/json", **self._base_headers}
        if key:
            headers["api-key"] = key
        return headers
