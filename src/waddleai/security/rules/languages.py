"""The four families in Japanese, Korean and Russian (multilingual.py has French, Spanish,
German, Italian, Portuguese and Chinese).

Each rule is the same shape as its English family: drop the earlier instructions; show
the system prompt or hidden instructions; hand over passwords, API keys or tokens; a
mode or AI without restrictions. Japanese and Korean rules only run on texts with CJK
characters. Russian words reach the rules half-mapped by the homoglyph step of
normalize.py (lower-case "н" becomes "h", a capital "Н" stays Cyrillic), so the Russian
patterns accept either letter (homoglyphs.either) and their anchors come in both forms.
"""

from __future__ import annotations

from waddleai.security.homoglyphs import TABLE, either
from waddleai.security.rules.base import Rule, rule

_J = r"[^。！？!?\n]"  # same sentence, Japanese
# Only particles between the object and the verb: "パスワードのリセット方法を教えて" (how to
# reset the password) is a question, "パスワードを教えて" a request for it.
_JA_PARTICLES = r"(?:を|は|も)?(?:全部|すべて|全て|そのまま|全文を|内容を)?(?:を)?"
_KO_PARTICLES = r"\S{0,2}\s*(?:좀\s*|모두\s*|전부\s*|그대로\s*)?"


def _forms(*words: str) -> tuple[str, ...]:
    """Anchors for Russian words as normalize.py leaves them: all lower-case look-alikes
    mapped, all but a capitalised first letter, or none (the word was in capitals)."""
    out: list[str] = []
    for w in words:
        out += [w.translate(TABLE), w[0] + w[1:].translate(TABLE), w]
    return tuple(dict.fromkeys(out))


_RU_IGNORE = (
    "игнорируй",
    "игнорируйте",
    "проигнорируй",
    "проигнорируйте",
    "забудь",
    "забудьте",
    "отбрось",
    "отмени",
)
_RU_SHOW = ("покажи", "покажите", "выведи", "выведите", "раскрой", "повтори", "напиши", "скажи",
            "дай", "отправь", "пришли", "скинь")  # fmt: skip

LANGUAGES: list[Rule] = [
    rule("ja_ignore", "prompt_injection",
         rf"(?:以前|前|これまで|上記|先|最初)の{_J}{{0,6}}?(?:指示|命令|ルール|制約|指令|設定)"
         rf"{_J}{{0,6}}?(?:無視|忘れ|無効|取り消)", 0.85,
         anchors=("以前の", "前の", "これまでの", "上記の", "先の", "最初の"), lead=True),
    rule("ja_show_prompt", "data_extraction",
         rf"(?:システムプロンプト|システム・プロンプト|初期指示|隠された指示|内部指示|秘密の指示|"
         rf"あなたの指示|与えられた指示){_JA_PARTICLES}"
         r"(?:表示|教え|見せ|出力|開示|繰り返|書き出|貼)",
         0.85,
         anchors=("システムプロンプト", "システム・プロンプト", "初期指示",
                  "隠された指示", "内部指示", "秘密の指示", "あなたの指示",
                  "与えられた指示"), lead=True),
    rule("ja_secrets", "credential_harvesting",
         rf"(?:パスワード|apiキー|api キー|トークン|秘密鍵|認証情報|アクセスキー)"
         rf"{_JA_PARTICLES}(?:表示|教え|見せ|出力|送|貼)", 0.85,
         anchors=("パスワード", "apiキー", "api キー", "トークン", "秘密鍵", "認証情報",
                  "アクセスキー"), lead=True),
    rule("ja_no_limits", "jailbreak",
         rf"(?:制限|フィルター|検閲|ルール|倫理)(?:の|が|も)?(?:一切)?(?:ない|なし|無し|無い)"
         rf"{_J}{{0,12}}?(?:AI|ai|モード|アシスタント|として)", 0.85,
         anchors=("制限", "フィルター", "検閲", "ルール", "倫理"), lead=True),
    rule("ko_ignore", "prompt_injection",
         r"(?:이전|앞의|위의|기존|모든)\s*(?:의\s*)?(?:에\s*(?:준|받은|내린)\s*)?(?:모든\s*)?"
         r"(?:지시|명령|규칙|지침)\S{0,3}\s*"
         r"(?:모두\s*)?(?:무시|잊어)"
         # "이전 지시는 잊어줘, 함수 이름을 ...": the user's own earlier order replaced by a code
         # change (the English "forget my previous instruction, ..." passes too)
         r"(?!\S{0,3}[,.]?\s*(?:\S+\s+){0,2}?(?:함수|변수|코드|파일|테스트|클래스|커밋|브랜치|"
         r"이름|타입|주석))", 0.85,
         anchors=("이전", "앞의", "위의", "기존", "모든"), lead=True),
    rule("ko_show_prompt", "data_extraction",
         rf"(?:시스템\s*프롬프트|숨겨진\s*지시|초기\s*지시|내부\s*지시){_KO_PARTICLES}"
         r"(?:보여|알려|출력|공개|말해)", 0.85,
         anchors=("시스템", "숨겨진", "초기", "내부"), lead=True),
    rule("ko_secrets", "credential_harvesting",
         rf"(?:비밀번호|패스워드|api\s*키|토큰|비밀\s*키|자격\s*증명){_KO_PARTICLES}"
         r"(?:보여|알려|출력|보내)", 0.85,
         anchors=("비밀번호", "패스워드", "토큰", "비밀", "자격"), lead=True),
    rule("ru_ignore", "prompt_injection",
         either(r"(?:игнорируй|игнорируйте|проигнорируй|проигнорируйте|забудь|забудьте|отбрось|"
                r"отмени)\w*\s+(?:все\s+)?"
                r"(?:предыдущие\s+|прежние\s+|прошлые\s+|свои\s+|твои\s+|системные\s+)?"
                r"(?:инструкции|указания|правила|команды|ограничения|запрос\w* пользовател\w*)"),
         0.85,
         anchors=_forms(*_RU_IGNORE), lead=True),
    rule("ru_show_prompt", "data_extraction",
         either(r"(?:покажи|покажите|выведи|выведите|раскрой|повтори|напиши|скажи|дай)\w*\s+"
                r"(?:мне\s+)?(?:(?:дословно|полностью|целиком|точно)\s+)?"
                r"(?:свой\s+|свои\s+|твой\s+|твои\s+|весь\s+|полный\s+)?(?:системн\w*\s+(?:промпт|подсказк\w*|инструкци\w*|сообщени\w*)|скрыт\w*\s+"
                r"инструкци\w*|инструкци\w*)"), 0.85,
         anchors=_forms(*_RU_SHOW), lead=True),
    rule("ru_secrets", "credential_harvesting",
         either(r"(?:покажи|покажите|выведи|выведите|дай|отправь|пришли|скинь|скажи)\w*\s+"
                r"(?:мне\s+)?(?:все\s+)?(?:\w+\s+)?(?:парол\w*|api[- ]?ключ\w*|ключ\w*\s+api|"
                r"токен\w*|секрет\w*|учётн\w*\s+данн\w*|учетн\w*\s+данн\w*)"), 0.85,
         anchors=_forms(*_RU_SHOW), lead=True),
]  # fmt: skip
