"""Anthropic image and document blocks → OpenAI Chat Completions content parts.

Documents matter more than they look: once Claude Code has read a PDF the document
block stays in its history, so refusing one fails every later turn of the session.
Text documents become text parts (title and context kept), base64 PDFs become
Chat Completions ``file`` parts, and sources a file part cannot carry (a URL, an
Anthropic file id) become a text part naming them instead of an error.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from waddleai.translate.errors import TranslationError

_PDF = "application/pdf"


def image_part(block: dict[str, Any], where: str) -> dict[str, Any]:
    """Anthropic image block → OpenAI ``image_url`` part (data URL or plain URL)."""
    source = block.get("source")
    if not isinstance(source, dict):
        raise TranslationError(f"{where}.source: field required")
    kind = source.get("type")
    if kind == "base64":
        media_type = source.get("media_type") or "image/png"
        data = source.get("data")
        if not isinstance(data, str):
            raise TranslationError(f"{where}.source.data: field required")
        return {"type": "image_url", "image_url": {"url": f"data:{media_type};base64,{data}"}}
    if kind == "url":
        url = source.get("url")
        if not isinstance(url, str) or not url:
            raise TranslationError(f"{where}.source.url: field required")
        return {"type": "image_url", "image_url": {"url": url}}
    raise TranslationError(f"{where}.source.type: image source {kind!r} is not supported")


def document_parts(block: dict[str, Any], where: str) -> list[dict[str, Any]]:
    """One document block → OpenAI parts: text, or a PDF ``file`` part (plus context)."""
    source = block.get("source")
    if not isinstance(source, dict):
        raise TranslationError(f"{where}.source: field required")
    title = _str(block.get("title"))
    context = _str(block.get("context"))
    kind = source.get("type")
    if kind == "base64" and source.get("media_type") == _PDF:
        parts = [_text(context)] if context else []
        return [*parts, _pdf_part(source, title, where)]
    if kind == "text":
        body = _str(source.get("data"))
    elif kind == "content":
        body = blocks_text(source.get("content"))
    elif kind == "base64":
        body = _decoded_text(source, where)
    elif kind in ("url", "file"):
        body = _unattached(source, kind, where)
    else:
        raise TranslationError(f"{where}.source.type: document source {kind!r} is not supported")
    return [_text("\n\n".join(t for t in (title, context, body) if t))]


def _pdf_part(source: dict[str, Any], title: str, where: str) -> dict[str, Any]:
    data = source.get("data")
    if not isinstance(data, str) or not data:
        raise TranslationError(f"{where}.source.data: field required")
    filename = title or "document.pdf"
    if not filename.lower().endswith(".pdf"):
        filename += ".pdf"
    file = {"filename": filename, "file_data": f"data:{_PDF};base64,{data}"}
    return {"type": "file", "file": file}


def _decoded_text(source: dict[str, Any], where: str) -> str:
    """A base64 source that is not a PDF: plain text types are decoded, others refused."""
    media_type = _str(source.get("media_type"))
    if not media_type.startswith("text/"):
        raise TranslationError(f"{where}.source.media_type: {media_type!r} is not supported")
    try:
        return base64.b64decode(_str(source.get("data")), validate=True).decode("utf-8", "replace")
    except (binascii.Error, ValueError):
        raise TranslationError(f"{where}.source.data: not valid base64") from None


def _unattached(source: dict[str, Any], kind: str, where: str) -> str:
    """A URL or file-id document: a file part cannot carry it, so name it instead."""
    ref = _str(source.get("url") if kind == "url" else source.get("file_id"))
    if not ref:
        raise TranslationError(f"{where}.source.{'url' if kind == 'url' else 'file_id'}: required")
    what = f"at {ref}" if kind == "url" else f"with file id {ref}"
    return f"[A document {what} was provided; its content could not be attached here.]"


def blocks_text(content: Any) -> str:
    """Join the text of a string-or-blocks value (non-text blocks ignored)."""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        return ""
    texts = [
        b["text"]
        for b in content
        if isinstance(b, dict) and b.get("type") == "text" and isinstance(b.get("text"), str)
    ]
    return "\n".join(t for t in texts if t)


def _text(text: str) -> dict[str, Any]:
    return {"type": "text", "text": text}


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""
