"""The real Claude Code CLI reads a PDF through an OpenAI-format upstream.

Claude Code's Read tool returns a PDF as a `document` block (in a user message right
after the tool result), and the block stays in the conversation: once refused, every
later turn of the session failed. The mock asks for the Read; the gateway must pass the
PDF on as a Chat Completions `file` part and the session must finish with the mock's
final answer.
"""

from __future__ import annotations

import json
import subprocess

from tests.claude_code.test_claude_code import CODEWORD, FINAL, _environment, _workspace

TIMEOUT_S = 120


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF showing ``text`` (valid xref, so any reader opens it)."""
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_claude_code_reads_a_pdf_through_an_openai_upstream(
    claude_cli, gateway, fresh_mock, tmp_path
):
    home, project = _workspace(tmp_path)
    pdf = project / "spec.pdf"
    pdf.write_bytes(minimal_pdf("waddle spec"))
    read = {"id": "toolu_01WaddleRead", "name": "Read", "arguments": {"file_path": str(pdf)}}
    # Claude Code sends the PDF as a user message of its own after the tool result: no
    # text to match there, so the final answer is simply the next scripted reply.
    fresh_mock.script([{"match": CODEWORD, "tool_calls": [read]}, {"text": FINAL}])
    done = subprocess.run(
        [claude_cli, "-p", "Read spec.pdf and summarise it.", "--allowedTools", "Read"]
        + ["--output-format", "json"],
        cwd=project,
        env=_environment(home, gateway.url),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, f"claude exited {done.returncode}: {done.stderr[-2000:]}"
    result = json.loads(done.stdout)
    assert result["is_error"] is False and FINAL in result["result"], result
    main = [r for r in fresh_mock.requests() if CODEWORD in json.dumps(r["json"].get("messages"))]
    assert len(main) == 2 and all(r["path"] == "/v1/chat/completions" for r in main)
    parts = [
        part
        for message in main[1]["json"]["messages"]
        if isinstance(message.get("content"), list)
        for part in message["content"]
    ]
    files = [p["file"] for p in parts if p.get("type") == "file"]
    assert files and files[0]["file_data"].startswith("data:application/pdf;base64,"), parts
