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


_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24}\b"
)
_PHONE = re.compile(
    r"(?<![\w+.-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}"
    r"(?![\w.-])"
    r"|(?<![\w+])\+\d{7,14}(?!\w)"
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_SSN = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{1,4}(?![\w:])")
_VERSION_BEFORE = re.compile(
    r"(?:\bv|version(?:\s+(?:to|is|of|from|=))?|release|ver\.?|@|==|>=|<=|~=|\^|bump(?:ed)?\s+to)\s*$",
    re.I,
)

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
            r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\s\S]{16,}?"
            r"-----END (?:[A-Z]+ )?PRIVATE KEY-----"
        ),
    ),
    (
        "connection_password",
        re.compile(r"(?<=[a-z0-9+]://)[^\s:/@'\"]{1,64}:[^\s@/'\"]{3,128}(?=@[\w.-])"),
    ),
]
_PLACEHOLDER_VALUES = frozenset(
    {"user:password", "user:pass", "username:password", "postgres:postgres"}
)
# A password that is a fill-in marker, as in .env.example and docs ("CHANGE_ME", "<password>",
# "${DB_PASSWORD}", "xxxx"): nothing secret to redact.
_PLACEHOLDER_PASSWORD = re.compile(
    r"(?i)(?:change[_-]?me|replace[_-]?me|your[_-]?(?:db[_-]?)?pass(?:word)?|passw(?:or)?d|pass|"
    r"secret|example|dummy|placeholder|redacted|todo|fixme|x{3,}|\*{3,}|<[^>]*>|\$\{[^}]*\}|"
    r"\{\{[^}]*\}\}|\$[A-Z_]+)"
)
# Top-level domains reserved for documentation and tests (RFC 2606, RFC 6761): an address
# there cannot belong to anyone. (example.com is left alone: tests use it for real people.)
_RESERVED_TLDS = frozenset(("example", "test", "invalid", "localhost"))


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
    if _VERSION_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return False
    try:
        ip = ipaddress.ip_address(m.group(0))
    except ValueError:
        return False
    return not (ip.is_unspecified or ip.is_loopback)  # 0.0.0.0, 127.0.0.1, ::1 say nothing


_SECRET_ANCHORS = {
    "anthropic_key": ("sk-ant-",),
    "openai_key": ("sk-",),
    "github_token": ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
    "aws_access_key": ("AKIA", "ASIA", "ABIA", "ACCA"),
    "aws_secret": ("ecret",),
    "slack_token": ("xox",),
    "google_key": ("AIza",),
    "stripe_key": ("_live_",),
    "jwt": ("eyJ",),
    "private_key": ("PRIVATE KEY",),
    "connection_password": ("://",),
}
_NUMBER = re.compile(r"\d[\d ().+-]{5,40}\d")  # starts with a digit: sre's fast skip
_NUMBER_FROM = re.compile(r"[+(]\d[\d ().+-]{5,40}\d")
_IPV6_HINT = re.compile(r":[0-9a-fA-F]{0,4}:[0-9a-fA-F]{1,4}")
_IPV4_IN = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_EMAIL_AROUND = 64
# _NUMBER's shape in bytes: digits -> "2", its separators -> "1", the rest -> "0". One
# translate and a search with a literal first byte tell whether _NUMBER can match at all.
_NUMBER_SHAPE = bytes(
    50 if chr(c).isdigit() else 49 if chr(c) in " ().+-" else 48 for c in range(256)
)
_DIGIT_RUN = re.compile(rb"2[12]{5,40}2")


def find(text: str) -> list[Finding]:
    """Every entity in `text`, non-overlapping (secrets win over the rest), in order.

    Cheap first: each finder runs only where a substring check says it could match
    (an "@" for emails, a key prefix for secrets, one pass for digit runs)."""
    found: list[Finding] = []
    if "@" in text:
        found += _emails(text)
    found += _secrets(text)
    if not text.isascii() or _DIGIT_RUN.search(text.encode().translate(_NUMBER_SHAPE)):
        found += _numbers(text)
    if ":" in text:  # _ipv6 starts from _IPV6_HINT matches: one scan when there are none
        found += _ipv6(text)
    return _non_overlapping(found) if found else found


def _emails(text: str) -> list[Finding]:
    out, seen = [], set()
    at = text.find("@")
    while at >= 0 and len(out) < 500:
        lo = max(0, at - _EMAIL_AROUND)
        m = _EMAIL.search(text, lo, at + 256)
        while m is not None and m.end() <= at:
            m = _EMAIL.search(text, m.end(), at + 256)
        if m is not None and m.start() <= at < m.end() and m.start() not in seen:
            seen.add(m.start())
            if m.group(0).rsplit(".", 1)[-1].lower() in _RESERVED_TLDS:
                at = text.find("@", at + 1)
                continue
            out.append(Finding("email", m.start(), m.end(), m.group(0), "email"))
        at = text.find("@", at + 1)
    return out


# Prefixes that share a first letter are looked for in one regex pass (a literal first
# character lets sre skip ahead fast): one pass instead of one per prefix.
_A_PREFIX = re.compile(r"A(?:KIA|SIA|BIA|CCA|Iza)")
_GH_PREFIX = re.compile(r"gh(?:[pousr]_|ithub_pat_)")


def _hinted_kinds(text: str) -> set[str]:
    """The secret kinds whose prefix occurs in `text` (about nine passes, not twenty)."""
    kinds = set()
    if "sk-" in text:
        kinds.add("openai_key")
        if "sk-ant-" in text:
            kinds.add("anthropic_key")
    for m in _A_PREFIX.finditer(text):
        kinds.add("google_key" if m.group(0) == "AIza" else "aws_access_key")
        if len(kinds) > 3:
            break
    if _GH_PREFIX.search(text):
        kinds.add("github_token")
    for kind in ("aws_secret", "slack_token", "stripe_key", "jwt", "private_key",
                 "connection_password"):  # fmt: skip
        if _SECRET_ANCHORS[kind][0] in text:
            kinds.add(kind)
    return kinds


def _secrets(text: str) -> list[Finding]:
    out = []
    hinted = _hinted_kinds(text)
    for kind, pattern in _SECRETS:
        if kind not in hinted:
            continue
        for m in pattern.finditer(text):
            value = m.group(0)
            if kind == "connection_password":  # only the password, not the user name
                user, _, password = value.partition(":")
                if value.lower() in _PLACEHOLDER_VALUES or _PLACEHOLDER_PASSWORD.fullmatch(
                    password
                ):
                    continue
                out.append(Finding("secret", m.start() + len(user) + 1, m.end(), password, kind))
                continue
            out.append(Finding("secret", m.start(), m.end(), value, kind))
    return out


def _numbers(text: str) -> list[Finding]:
    found: list[Finding] = []
    for run in _NUMBER.finditer(text):
        lo, hi = run.start(), run.end()
        if lo > 0 and text[lo - 1] in "+(":  # "+1 415", "(212) 555"
            run = _NUMBER_FROM.match(text, lo - 1) or run
            lo = run.start()
        if _iban_before(text, lo, hi, found):
            continue
        if lo > 0 and (text[lo - 1].isalpha() or text[lo - 1] in "_-."):
            continue  # part of an identifier or version: v1.2.3.4, id_12345678
        found += _classify(text, run)
    return found


def _iban_before(text: str, lo: int, hi: int, found: list[Finding]) -> bool:
    """An IBAN's digits follow its country code and maybe letters: look back for them."""
    for m in _IBAN.finditer(text, max(0, lo - 34), min(len(text), hi + 4)):
        if m.end() >= lo and iban_ok(m.group(0)):
            found.append(Finding("iban", m.start(), m.end(), m.group(0), "iban"))
            return True
    return False


def _classify(text: str, run: re.Match[str]) -> list[Finding]:
    value = run.group(0)
    start = run.start()
    stripped = value.strip(" ().+-")
    digits = re.sub(r"\D", "", value)
    if "." in value:
        out = []
        for m in _IPV4_IN.finditer(value):
            sub = _IPV4.fullmatch(m.group(0))
            if sub is not None and _ip_ok(text, _Shift(m, start)):
                out.append(Finding("ip", start + m.start(), start + m.end(), m.group(0), "ip"))
        if out:
            return out
    m = _SSN.fullmatch(stripped)
    if m is not None:
        if _ssn_ok(m):
            at = start + value.index(stripped)
            return [Finding("ssn", at, at + len(stripped), stripped, "ssn")]
        return []
    if 13 <= len(digits) <= 19 and re.fullmatch(r"[\d -]+", stripped):
        if not (luhn(digits) and len(set(digits)) > 1):
            return []  # card-shaped but not a card number: an id, not a phone number either
        at = start + value.index(stripped)
        return [Finding("card", at, at + len(stripped), stripped, "card")]
    m = _PHONE.search(value)
    if m is not None:
        n = sum(ch.isdigit() for ch in m.group(0))
        if 8 <= n <= 15 and not _looks_like_date_or_ip(m.group(0)):
            return [Finding("phone", start + m.start(), start + m.end(), m.group(0), "phone")]
    return []


class _Shift:
    """A match seen through an offset, for `_ip_ok`'s look-behind at the real position."""

    def __init__(self, m: re.Match[str], offset: int) -> None:
        self._m, self._offset = m, offset

    def start(self) -> int:
        return self._m.start() + self._offset

    def group(self, n: int = 0) -> str:
        return self._m.group(n)


def _ipv6(text: str) -> list[Finding]:
    out: list[Finding] = []
    for hint in _IPV6_HINT.finditer(text):
        lo = max(0, hint.start() - 40)
        for m in _IPV6.finditer(text, lo, min(len(text), hint.end() + 40)):
            groups = [g for g in m.group(0).split(":") if g]
            if len(groups) >= 3 and any(c.isdigit() for c in m.group(0)) and _ip_ok(text, m):
                out.append(Finding("ip", m.start(), m.end(), m.group(0), "ip"))
        if len(out) > 50:
            break
    return out


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
