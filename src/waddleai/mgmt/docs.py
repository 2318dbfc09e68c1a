"""`/docs`: Swagger UI served from the package (mgmt/static/swagger-ui), never a CDN.

FastAPI's own page loads Swagger UI from a CDN and starts it with an inline script; this
one loads the vendored files and `init.js`, so it works offline and under the strict
Content-Security-Policy of mgmt/headers.py.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from starlette.staticfiles import StaticFiles

ASSETS = Path(__file__).with_name("static") / "swagger-ui"
ASSETS_PATH = "/docs/assets"
# Versioned files that never change in place: let browsers keep them a day.
_ASSET_CACHE = "public, max-age=86400"

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="{assets}/swagger-ui.css">
<link rel="icon" type="image/png" href="{assets}/favicon.png">
</head>
<body>
<div id="swagger-ui" data-openapi-url="{openapi}"></div>
<script src="{assets}/swagger-ui-bundle.js"></script>
<script src="{assets}/init.js"></script>
</body>
</html>
"""


class _Assets(StaticFiles):
    async def get_response(self, path: str, scope):  # type: ignore[no-untyped-def]
        response = await super().get_response(path, scope)
        if response.status_code == 200:
            response.headers["cache-control"] = _ASSET_CACHE
        return response


def install_docs(app: FastAPI, openapi_url: str = "/openapi.json") -> None:
    app.mount(ASSETS_PATH, _Assets(directory=ASSETS), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "").rstrip("/")
        page = _PAGE.format(
            title=escape(app.title),
            assets=escape(root + ASSETS_PATH),
            openapi=escape(root + openapi_url),
        )
        return HTMLResponse(page)
