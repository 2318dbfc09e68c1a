"""Security headers on every management response (pure ASGI, no BaseHTTPMiddleware).

The management server answers browsers (the portal, `/docs`), so every response says:
do not sniff types (`X-Content-Type-Options`), never render me in a frame
(`X-Frame-Options`, CSP `frame-ancestors`), run only this origin's scripts (CSP: no CDN,
no inline script, no plugins), send no referrer elsewhere (`Referrer-Policy`). Responses
are `Cache-Control: no-store` unless the handler chose a policy: they carry tokens, keys
shown once, user lists. Auth responses (`/auth/...`: login tokens) are `no-store`
always. A header a handler set itself is kept, so a page that needs a wider policy can
say so explicitly.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Swagger UI and the portal need inline styles (style attributes) and data: images
# (icons); scripts come only from the server itself.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_ALWAYS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}
_AUTH_PREFIX = "/auth/"


class SecurityHeaders:
    def __init__(self, app: ASGIApp, csp: str = CONTENT_SECURITY_POLICY) -> None:
        self.app = app
        self.csp = csp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        root = scope.get("root_path", "")
        auth = path.startswith(_AUTH_PREFIX) or path.startswith(root + _AUTH_PREFIX)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in _ALWAYS.items():
                    headers[name] = value
                headers.setdefault("content-security-policy", self.csp)
                if auth:
                    headers["cache-control"] = "no-store"
                else:
                    headers.setdefault("cache-control", "no-store")
            await send(message)

        await self.app(scope, receive, send_with_headers)
