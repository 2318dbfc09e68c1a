"""The commonest attacks in French, Spanish, German, Italian, Portuguese and Chinese.

The same intent-plus-target shape as the English rules: a verb that drops instructions
needs the model's instructions as its object ("ignora las instrucciones anteriores"; "wie
ignoriere ich Warnungen" passes), a show verb needs the model's own prompt ("zeig mir
deinen Systemprompt"), "without restrictions" needs the model as its subject. Chinese has
no spaces: its anchors are found with str.find, and only in text that is not ASCII.
"""

from __future__ import annotations

from waddleai.security.rules.base import rule

_RULES_FR = r"(?:instructions|consignes|règles|regles|directives|ordres|indications)"
_RULES_ES = r"(?:instrucciones|reglas|indicaciones|directrices|órdenes|ordenes|normas|pautas)"
_RULES_DE = (
    r"(?:anweisungen|regeln|instruktionen|richtlinien|vorgaben|befehle|anordnungen|"
    r"systemanweisungen)"
)
_RULES_IT_PT = r"(?:istruzioni|regole|instruções|instrucoes|regras|diretrizes)"
_ZH_RULES = r"(?:指令|指示|说明|規則|规则|提示|设定|設定|要求|命令|限制)"

_PROMPT_FR = r"(?:prompt|instructions|consignes|règles|regles|message système|directives)"
_PROMPT_ES = r"(?:prompt|instrucciones|reglas|mensaje del sistema|indicaciones|directrices)"
_PROMPT_DE = r"(?:system-?prompt|systemnachricht|anweisungen|instruktionen|regeln|vorgaben)"
_SECRETS_ANY = (
    r"(?:mots de passe|clés api|cles api|clés d'api|identifiants|secrets|jetons|variables "
    r"d'environnement|contraseñas|contrasenas|claves api|claves de api|claves|credenciales|"
    r"secretos|variables de entorno|passwörter|passwoerter|kennwörter|zugangsdaten|"
    r"api-schlüssel|api-schluessel|schlüssel|geheimnisse|umgebungsvariablen|senhas|"
    r"password|chiavi api)"
)

MULTILINGUAL = [
    rule(
        "override_fr_es_de",
        "prompt_injection",
        r"\b(?:ignore[zr]?|oublie[zr]?|ne tiens pas compte de|ne tenez pas compte de|fais "
        r"abstraction de)\s+(?:toutes?\s+|tous\s+)?(?:les|tes|vos|ces|des)\s+(?:\w+\s+)?"
        rf"{_RULES_FR}|\b(?:ignora|ignore|ignorar|olvida|olvide|olvidar|omite|descarta|"
        r"desobedece)\s+(?:todas?\s+|todos\s+)?(?:las|tus|sus|los|estas|esas)\s+(?:\w+\s+)?"
        rf"{_RULES_ES}|\b(?:ignorier(?:e|en|t)?|vergiss|vergessen sie|missachte|missachten sie)\s+"
        r"(?:sie\s+|du\s+|bitte\s+)?"
        r"(?:alle\s+)?(?:deine|ihre|die|eure|bisherigen|vorherigen|vorigen|obigen|früheren)\s+"
        rf"(?:\w+\s+)?{_RULES_DE}|\b(?:ignora|dimentica|ignore|esqueça|esqueca|"
        rf"esquece)\s+(?:tutte\s+"
        rf"|todas\s+)?(?:le|tue|as|suas|tuas|os)\s+(?:\w+\s+)?{_RULES_IT_PT}",
        0.9,
        anchors=(
            "ignore",
            "ignorez",
            "ignorer",
            "oublie",
            "oubliez",
            "oublier",
            "ne tiens",
            "ne tenez",
            "fais",
            "ignora",
            "ignorar",
            "olvida",
            "olvide",
            "olvidar",
            "omite",
            "descarta",
            "desobedece",
            "ignoriere",
            "ignorieren",
            "ignoriert",
            "ignorier",
            "vergiss",
            "vergessen",
            "missachte",
            "missachten",
            "dimentica",
            "esqueça",
            "esqueca",
            "esquece",
        ),  # fmt: skip
        lead=True,
        needs=(
            (
                "instructions consignes règles regles directives ordres indications instrucciones "
                "reglas indicaciones directrices órdenes ordenes normas pautas anweisungen regeln "
                "instruktionen richtlinien vorgaben befehle anordnungen systemanweisungen "
                "istruzioni regole instruções instrucoes regras diretrizes"
            ),
        ),
    ),
    rule(
        "override_zh",
        "prompt_injection",
        r"(?:忽略|无视|無視|忘记|忘記|忘掉|不要理会|不要理會|别管|別管|跳过|跳過|抛开|拋開|放弃|放棄)"
        rf"[^。！？!?\n]{{0,12}}?{_ZH_RULES}|(?:之前|以上|上述|先前|原来|原來|所有)的?(?:所有)?"
        rf"{_ZH_RULES}[^。！？!?\n]{{0,8}}(?:都)?(?:作废|作廢|无效|無效|不再适用|取消)",
        0.9,
        anchors=(
            "忽略",
            "无视",
            "無視",
            "忘记",
            "忘記",
            "忘掉",
            "不要理",
            "别管",
            "別管",
            "跳过",
            "跳過",
            "抛开",
            "拋開",
            "放弃",
            "放棄",
            "之前",
            "以上",
            "上述",
            "先前",
            "原来",
            "原來",
            "所有",
        ),  # fmt: skip
        lead=True,
    ),
    rule(
        "jailbreak_fr_es_de",
        "jailbreak",
        # not the developer mode of a phone, a browser or an OS ("modo desarrollador en
        # Android para la depuración USB", "Entwicklermodus in Chrome")
        r"\b(?:mode (?:développeur|developpeur|dieu|sans (?:restrictions?|limites?|filtres?))|"
        r"modo (?:desarrollador|dios|sin (?:restricciones|límites|limites|filtros))|"
        r"(?:entwicklermodus|gott-?modus))\b(?![^.!?\n]{0,40}\b(?:android|ios|iphone|ipad|"
        r"chrome|edge|firefox|windows|macos|linux|usb|xbox|playstation|extensions?|"
        r"erweiterung\w*|extensi[oó]n\w*|depuraci[oó]n|débogage|debugging|adb|navegador|"
        r"navigateur|browser|telé?fono|handy|smartphone|tablette?)\b)|"
        r"\b(?:tu es|tu es maintenant|vous êtes|réponds|"
        r"reponds|répondez|agis|sois|eres|ahora eres|responde|actúa|actua|sé|du bist|sei|"
        r"antworte|handle|ia|ki|assistente?|asistente)\b[^.!?]{0,60}?\b(?:sans (?:aucune?\s+)?"
        r"(?:restrictions?|limites?|filtres?|censure|règles|regles|limitation)|sin (?:ninguna\s+"
        r"|ningún\s+|ningun\s+)?(?:restricciones|restricción|límites|limites|filtros?|censura|"
        r"reglas)|ohne (?:jegliche |alle |irgendwelche |jede )?(?:einschränkungen|"
        r"beschränkungen|regeln|filter|zensur|grenzen))",
        0.85,
        anchors=(
            "mode",
            "modo",
            "entwicklermodus",
            "gott",
            "tu",
            "vous",
            "réponds",
            "reponds",
            "répondez",
            "agis",
            "sois",
            "eres",
            "ahora",
            "responde",
            "actúa",
            "actua",
            "sé",
            "du",
            "sei",
            "antworte",
            "handle",
            "ia",
            "ki",
            "assistent",
            "assistente",
            "asistente",
        ),  # fmt: skip
        lead=True,
        needs=(
            (
                "sans sin ohne développeur developpeur dieu desarrollador dios entwicklermodus "
                "gott gottmodus"
            ),
        ),
    ),
    rule(
        "jailbreak_zh",
        "jailbreak",
        r"(?:没有|沒有|不受|无|無|解除|取消|摆脱|擺脫)(?:任何)?(?:的)?(?:限制|约束|約束|规则|規則|"
        r"过滤|過濾|审查|審查|道德)|开发者模式|開發者模式|越狱|越獄",
        0.85,
        anchors=(
            "没有",
            "沒有",
            "不受",
            "无",
            "無",
            "解除",
            "取消",
            "摆脱",
            "擺脫",
            "开发者模式",
            "開發者模式",
            "越狱",
            "越獄",
        ),  # fmt: skip
        lead=True,
        before=r"(?:你|您|ai|AI|助手|模型|机器人|機器人|模式|回答|扮演|现在|現在)[^。！？!?\n]{0,20}$",
    ),
    rule(
        "prompt_fr_es_de",
        "data_extraction",
        r"\b(?:montre|affiche|révèle|revele|donne|répète|repete|dis|écris|ecris|traduis|"
        r"résume|resume)[\w-]*\s+(?:moi\s+|-moi\s+)?(?:ton|tes|votre|vos)\s+(?:\w+\s+)?"
        rf"{_PROMPT_FR}|\b(?:montre|affiche|révèle|revele|donne|répète|repete|écris|ecris|"
        r"traduis)\w*(?:\s*-?moi)?\s+(?:le|ton|votre)\s+prompt (?:système|systeme|initial)\b|"
        r"\b(?:muestra|muéstrame|muestrame|"
        r"revela|dime|dame|repite|enseña|enséñame|ensename|imprime|escribe|traduce|resume)\w*\s+"
        rf"(?:me\s+)?(?:tu|tus|su|sus)\s+(?:\w+\s+)?{_PROMPT_ES}|\b(?:muestra|muéstrame|muestrame|"
        r"revela|dame|repite|imprime|escribe|traduce)\w*\s+(?:me\s+)?(?:el|tu|su)\s+prompt del "
        r"sistema\b|"
        r"\b(?:zeig|zeige|gib|nenne|verrate|wiederhole|sag|schreib|übersetze|ubersetze)\w*\s+"
        rf"(?:mir\s+|uns\s+)?(?:deine[nmrs]?|ihre[nmrs]?)\s+(?:\w+\s+)?{_PROMPT_DE}|"
        r"\bsystem-?prompt\b(?=[^.!?]{0,20}\b(?:zeig|verrate|gib))|\b(?:cuáles|cuales|qué|que)\s+"
        rf"son\s+(?:tus|sus)\s+(?:\w+\s+)?{_PROMPT_ES}|\b(?:quelles|quels)\s+sont\s+(?:tes|vos)\s+"
        rf"(?:\w+\s+)?{_PROMPT_FR}|\b(?:was|welche)\s+(?:sind|waren)\s+(?:deine|ihre)\s+(?:\w+\s+)?"
        rf"{_PROMPT_DE}|\bwie\s+lautet\s+(?:dein|ihr)\s+system-?prompt",
        0.85,
        anchors=(
            "montre",
            "affiche",
            "révèle",
            "revele",
            "donne",
            "répète",
            "repete",
            "dis",
            "écris",
            "ecris",
            "traduis",
            "résume",
            "resume",
            "prompt",
            "muestra",
            "muéstrame",
            "muestrame",
            "revela",
            "dime",
            "dame",
            "repite",
            "enseña",
            "enséñame",
            "ensename",
            "imprime",
            "escribe",
            "traduce",
            "zeig",
            "gib",
            "nenne",
            "verrate",
            "wiederhole",
            "sag",
            "schreib",
            "übersetze",
            "ubersetze",
            "systemprompt",
            "system-prompt",
            "cuáles",
            "cuales",
            "qué",
            "que",
            "quelles",
            "quels",
            "was",
            "welche",
            "wie",
        ),  # fmt: skip
        lead=True,
        needs=(
            (
                "ton tes votre vos tu tus su sus deine deinen deinem deiner deines ihre ihren "
                "ihrem ihrer ihres système systeme initial sistema systemprompt system"
            ),
        ),
    ),
    rule(
        "prompt_zh",
        "data_extraction",
        r"(?:显示|顯示|输出|輸出|打印|告诉我|告訴我|给我看|給我看|重复|重複|透露|泄露|洩露|展示|说出|"
        r"說出|复述|複述|翻译|翻譯)[^。！？!?\n]{0,10}?(?:系统提示|系統提示|系统消息|系統消息|提示词|"
        r"提示詞|初始指令|隐藏指令|隱藏指令|你的指令|你的规则|你的規則|系统指令|系統指令|你的设定|"
        r"你的設定)|(?:你的)?(?:系统提示|系統提示|系统消息|系統消息|提示词|提示詞|初始指令|隐藏指令|隱藏指令|"
        r"系统指令|系統指令)[^。！？!?\n]{0,12}?(?:告诉我|告訴我|给我|給我|发给我|發給我|显示|顯示|输出|輸出|"
        r"打印|复述|複述|重复|重複|写出来|寫出來|说出来|說出來)",
        0.85,
        anchors=(
            "系统提示",
            "系統提示",
            "系统消息",
            "系統消息",
            "提示词",
            "提示詞",
            "初始指令",
            "隐藏指令",
            "隱藏指令",
            "系统指令",
            "系統指令",
            "你的",
            "显示",
            "顯示",
            "输出",
            "輸出",
            "打印",
            "告诉我",
            "告訴我",
            "给我看",
            "給我看",
            "重复",
            "重複",
            "透露",
            "泄露",
            "洩露",
            "展示",
            "说出",
            "說出",
            "复述",
            "複述",
            "翻译",
            "翻譯",
        ),  # fmt: skip
        lead=True,
    ),
    rule(
        "secrets_other_languages",
        "credential_harvesting",
        r"\b(?:montre|affiche|donne|envoie|liste|révèle|revele|muestra|muéstrame|muestrame|dame|"
        r"envía|envia|lista|revela|zeig|zeige|gib|schick|sende|liste|nenne|verrate|mostra|"
        r"dammi|invia|mostre|envie)\w*\s+(?:-?moi\s+|me\s+|mir\s+|uns\s+)?(?:tous\s+|toutes\s+|"
        r"todas?\s+|todos\s+|alle\s+|tutte\s+|tutti\s+)?(?:les|tes|vos|las|los|tus|sus|die|"
        rf"deine|ihre|le|i|as|os|suas)?\s*(?:\w+\s+)?{_SECRETS_ANY}",
        0.85,
        anchors=(
            "montre",
            "affiche",
            "donne",
            "envoie",
            "liste",
            "révèle",
            "revele",
            "muestra",
            "muéstrame",
            "muestrame",
            "dame",
            "envía",
            "envia",
            "lista",
            "revela",
            "zeig",
            "gib",
            "schick",
            "sende",
            "nenne",
            "verrate",
            "mostra",
            "dammi",
            "invia",
            "mostre",
            "envie",
        ),  # fmt: skip
        lead=True,
        needs=(
            (
                "mots passe clés cles identifiants secrets jetons variables contraseñas "
                "contrasenas claves credenciales secretos passwörter passwoerter kennwörter "
                "zugangsdaten schlüssel schluessel geheimnisse umgebungsvariablen senhas password "
                "chiavi"
            ),
        ),
    ),
    rule(
        "secrets_zh",
        "credential_harvesting",
        # from the clause's start, no negation before the verb ("不要在代码或日志中输出任何密钥":
        # never print a key in code or logs), and not the names alone ("只列出环境变量名称")
        r"(?:^|(?<=[，。！？；：,.!?;:\n ]))"
        r"(?:(?!不|别|別|勿|禁止|无需|無需)[^，。！？；,.!?;\n]){0,24}?"
        r"(?:显示|顯示|输出|輸出|打印|发送|發送|给我|給我|告诉我|告訴我|列出|导出|導出|上传|上傳)"
        # not how to look after them ("告诉我轮换密钥的步骤": the steps to rotate the keys)
        r"(?:(?!轮换|輪換|更换|更換|生成|保护|保護|撤销|撤銷|吊销|重置|如何|怎么|怎麼|步骤|步驟)"
        r"[^。！？!?\n]){0,10}?(?:所有|全部)?的?(?:密码|密碼|密钥|密鑰|令牌|凭证|憑證|凭据|憑據|"
        r"环境变量|環境變數|api ?key)(?!的?(?:名称|名稱|名字|名单|名單))|"
        # the object first ("请把所有环境变量和它们的值都打印出来": print all env vars and values)
        r"(?:^|(?<=[，。！？；：,.!?;:\n ]))(?:(?!不|别|別|勿|禁止)[^，。！？；,.!?;\n]){0,12}?"
        r"[把將将](?:所有|全部)?的?(?:密码|密碼|密钥|密鑰|令牌|凭证|憑證|凭据|憑據|环境变量|"
        r"環境變數|api ?key)(?!的?(?:名称|名稱|名字|名单|名單))[^。！？!?\n]{0,20}?(?:显示|顯示|"
        r"输出|輸出|打印|发送|發送|发给|發給|列出|导出|導出|上传|上傳)",
        0.85,
        anchors=(
            "显示",
            "顯示",
            "输出",
            "輸出",
            "打印",
            "发送",
            "發送",
            "给我",
            "給我",
            "告诉我",
            "告訴我",
            "列出",
            "导出",
            "導出",
            "上传",
            "上傳",
        ),  # fmt: skip
        lead=False,  # the match starts at the clause, before the verb
    ),
]
