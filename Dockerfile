# syntax=docker/dockerfile:1
# WaddleAI gateway image: `waddleai serve` by default; `waddleai proxy` / `waddleai mgmt`
# run one server each (see deploy/docker-compose.yml).

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
RUN python -m venv /opt/waddleai \
 && /opt/waddleai/bin/pip install --no-cache-dir --upgrade pip \
 && /opt/waddleai/bin/pip install --no-cache-dir .

FROM python:3.11-slim
RUN groupadd --system --gid 10001 waddleai \
 && useradd --system --uid 10001 --gid waddleai --home-dir /var/lib/waddleai \
    --create-home --shell /usr/sbin/nologin waddleai
COPY --from=build /opt/waddleai /opt/waddleai
ENV PATH=/opt/waddleai/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DATABASE_URL=sqlite:////var/lib/waddleai/waddleai.db \
    HEALTHCHECK_URL=http://127.0.0.1:8000/healthz
WORKDIR /var/lib/waddleai
USER 10001:10001
EXPOSE 8000 8001
# Liveness of the proxy; the management container sets HEALTHCHECK_URL to :8001/healthz.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(os.environ['HEALTHCHECK_URL'], timeout=2)"]
CMD ["waddleai", "serve"]
