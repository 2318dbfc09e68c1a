"""Personal data and secrets: finding them, and the checksums that tell real from random.

Entities: email, phone, card (Luhn), iban (mod-97), ssn (US, valid area/group/serial),
ip (IPv4 and IPv6, not version strings), secret (OpenAI/Anthropic/GitHub/AWS/Slack/Google
keys, JWTs, PEM private keys, passwords in connection strings). Runs on the original text
(not normalized) because redaction must replace the exact characters that were sent.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

ENTITIES = ("email", "phone", "card", "iban", "ssn", "ip", "secret")


@dataclass(frozen=True, slots=True)
class Finding:
    entity: str
    start: int
    end: int
    value: str
    kind: str  # e.g. "openai_key", "jwt" for secrets; the entity otherwise


_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24}\b")
_PHONE = re.compile(
    r"(?<![\w+.-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}(?![\w.-])"
    r"|(?<![\w+])\+\d{7,14}(?!\w)"
)
_CARD = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_SSN = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{1,4}(?![\w:])")
_VERSION_BEFORE = re.compile(r"(?:\bv|version|release|ver\.?|@|==|>=|<=|~=|\^)\s*$", re.I)

_SECRETS = [
    ("anthropic_key", re.compile(r"\bsk-ant-[A-Za-z0-9_-]{20,}")),
    ("openai_key", re.compile(r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}")),
    ("github_token", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})")),
    ("aws_access_key", re.compile(r"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b")),
    ("aws_secret", re.compile(r"(?i)aws_?secret_?access_?key\W{1,4}[A-Za-z0-9/+]{40}\b")),
    ("slack_token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}")),
    ("google_key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    ("stripe_key", re.compile(r"\b[sr]k_live_[A-Za-z0-9]{20,}")),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{10,}")),
    (
        "private_key",
        re.compile(
            r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\s\S]{16,}?-----END (?:[A-Z]+ )?PRIVATE KEY-----"
        ),
    ),
    (
        "connection_password",
        re.compile(r"(?<=[a-z0-9+]://)[^\s:/@'\"]{1,64}:[^\s@/'\"]{3,128}(?=@[\w.-])"),
    ),
]
_SECRET_HINT = re.compile(r"sk-|gh[pousr]_|github_pat|AKIA|ASIA|ABIA|ACCA|aws_?secret|xox|AIza|_live_|eyJ|PRIVATE KEY|://[^\s/]*@", re.I)
_PLACEHOLDER_VALUES = frozenset({"user:password", "user:pass", "username:password", "postgres:postgres"})


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "")
    if not 15 <= len(s) <= 34:
        return False
    rearranged = s[4:] + s[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1
    except ValueError:
        return False


def _ssn_ok(m: re.Match[str]) -> bool:
    area, group, serial = m.group(1), m.group(2), m.group(3)
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _ip_ok(text: str, m: re.Match[str]) -> bool:
    if _VERSION_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return False
    try:
        ip = ipaddress.ip_address(m.group(0))
    except ValueError:
        return False
    return not (ip.is_unspecified or ip.is_loopback)  # 0.0.0.0, 127.0.0.1, ::1 say nothing


def _secrets(text: str) -> list[Finding]:
    out = []
    for kind, pattern in _SECRETS:
        for m in pattern.finditer(text):
            if kind == "connection_password" and m.group(0).lower() in _PLACEHOLDER_VALUES:
                continue
            value = m.group(0)
            if kind == "connection_password":  # only the password, not the user name
                user, _, password = value.partition(":")
                start = m.start() + len(user) + 1
                out.append(Finding("secret", start, m.end(), password, kind))
                continue
            out.append(Finding("secret", m.start(), m.end(), value, kind))
    return out


def find(text: str) -> list[Finding]:
    """Every entity in `text`, non-overlapping (secrets win over the rest), in order."""
    found: list[Finding] = []
    if "@" in text:
        found += [Finding("email", m.start(), m.end(), m.group(0), "email") for m in _EMAIL.finditer(text)]
    if _SECRET_HINT.search(text):
        found += _secrets(text)
    if any(ch.isdigit() for ch in text):
        found += _numbers(text)
    if ":" in text:
        for m in _IPV6.finditer(text):
            groups = [g for g in m.group(0).split(":") if g]
            if len(groups) >= 3 and any(c.isdigit() for c in m.group(0)) and _ip_ok(text, m):
                found.append(Finding("ip", m.start(), m.end(), m.group(0), "ip"))
    return _non_overlapping(found)


def _numbers(text: str) -> list[Finding]:
    found: list[Finding] = []
    for m in _CARD.finditer(text):
        digits = re.sub(r"[ -]", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn(digits) and len(set(digits)) > 1:
            found.append(Finding("card", m.start(), m.end(), m.group(0), "card"))
    for m in _IBAN.finditer(text):
        if iban_ok(m.group(0)):
            found.append(Finding("iban", m.start(), m.end(), m.group(0), "iban"))
    for m in _SSN.finditer(text):
        if _ssn_ok(m):
            found.append(Finding("ssn", m.start(), m.end(), m.group(0), "ssn"))
    for m in _IPV4.finditer(text):
        if _ip_ok(text, m):
            found.append(Finding("ip", m.start(), m.end(), m.group(0), "ip"))
    for m in _PHONE.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group(0))
        if 8 <= digits <= 15 and not _looks_like_date_or_ip(m.group(0)):
            found.append(Finding("phone", m.start(), m.end(), m.group(0), "phone"))
    return found


def _looks_like_date_or_ip(value: str) -> bool:
    return bool(re.fullmatch(r"\d{4}[-./]\d{2}[-./]\d{2}|[\d.]+", value.strip()))


_PRIORITY = {"secret": 0, "card": 1, "iban": 1, "ssn": 2, "email": 2, "ip": 3, "phone": 4}


def _non_overlapping(found: list[Finding]) -> list[Finding]:
    found.sort(key=lambda f: (_PRIORITY[f.entity], f.start))
    kept: list[Finding] = []
    for f in found:
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)
