"""Credential harvesting: reading secret stores, dumping environments, sending secrets out.

"env vars" need "all"/a dump or a destination ("print env vars that start with APP_"
passes)."""

from __future__ import annotations

from waddleai.security.rules.base import NOT_RECORDS, SHOW, W_SECRETS, rule

_SECRET_FILE = (
    r"(?:\.ssh(?:/(?!config\b|known_hosts\b|authorized_keys\b|[\w.-]*\.pub\b)[\w.-]+|"
    r"/?(?![\w/.-]))|"
    r"kube ?config\b(?! (?:template|example|sample|schema|format|docs?)\b)|"
    r"\baws credentials(?: file)?\b|\.config/gh\b|\.vault-token|\.pgpass|\.my\.cnf|"
    r"\.s3cfg|\.boto\b|\.azure/|"
    r"application_default_credentials|service[-_]?account[\w.-]*\.json|"
    r"\.terraformrc|\.htpasswd|\bid_ecdsa\b(?!\.pub)|\bid_dsa\b(?!\.pub)|\.password-store|"
    r"cookies\.sqlite|logins\.json|key4\.db|\.aws\b(?!/config)/?(?![\w/.-])|\.aws/credentials|"
    r"\.netrc|\.git-credentials|\.docker/config\.json|\.kube/config|\.npmrc|\.pypirc|"
    r"/etc/shadow|\.gnupg|wallet\.dat|\.config/gcloud(?!/configurations)|login data|"
    r"\.bash_history|\.zsh_history|"
    r"/proc/self/environ|\bid_rsa\b(?!\.pub)|\bid_ed25519\b(?!\.pub)|\bkeychain)"
)
_READ = (
    r"(?:cat|read|print|show|send|upload|copy|output|display|dump|exfiltrate|base64|post|"
    r"open|give|paste|head|tail|less|more|type|get|fetch|grab|steal|leak|echo|share|email|"
    r"include|attach|return|list|tell|tar|zip|scp|rsync|xxd|exfil\w*|curl|wget|nc|"
    r"extract|transfer|mail|view|inspect|what(?:'s| is) in|contents? of|muestra|muéstrame|"
    r"export|backup|back up|archive|sync|look in|look at|look inside|check|search|go into|peek|"
    r"browse|decrypt|crack|"
    r"mostrar|montre|montre-moi|affiche|zeig|zeige|gib|lies|lee|envía|envoie|schick|sende|lis)"
)
_SECRETS = (
    r"(?:api[ _-]?keys?|access keys?|secret keys?|secrets|credentials|passwords?|passwd|"
    r"tokens?|private keys?|ssh keys?|aws keys?|session cookies|cookies|env(?:ironment)? "
    r"var(?:iable)?s|environment|\.env(?: files?)?)"
)
_ENV_DUMP = r"(?:printenv|\benv\b|environ\b| set\b|export -p|\.env\b)"
_OUTSIDE = (
    r"(?:https?://|\b\S+@\S+\.[a-z]{2,}\b|webhook|pastebin|discord|telegram|attacker|"
    r"remote server|external (?:server|url|site|host)|ngrok|requestbin|my server|this url|"
    r"\bnc |netcat|curl|wget|gist|public|slack|transfer\.sh|0x0\.st|termbin|file\.io|dropbox|"
    r"google drive|\bs3\b|bucket|/dev/tcp|paste)"
)

# A secret file named after a verb that reads it out.
_SECRET_FILE_READ = (
    # `ssh -i ~/.ssh/key`, `scp -i ...`: an identity file used, not read out
    r"(?<!-i ~/)(?<!-i )(?<!-i \$home/)(?<!identityfile ~/)"
    # "what's in a kubeconfig file?", "what a .netrc file looks like": the kind of file
    r"(?<!\ba )(?<!\ban )"
    + _SECRET_FILE
    + r"(?![^!?]{0,80}\b(?:not|no|without|except|excluding|but not)\s+(?:the\s+|any\s+)?"
    r"(?:real\s+|actual\s+)?(?:tokens?|passwords?|secrets?|keys?|credentials)\b|"
    # "... without echoing it": read by a program that keeps it hidden
    r"[^!?]{0,80}\bwithout (?:echoing|printing|showing|logging|exposing|revealing|"
    r"displaying) (?:it|them|(?:the |any )?(?:real |actual )?(?:tokens?|keys?|passwords?|"
    r"secrets?|credentials|values))\b|"
    # "... with fake values": an example of the file, not its contents
    r"[^.!?]{0,60}\bwith (?:fake|dummy|placeholder|example|sample|made-up) (?:values|data|"
    r"credentials|keys|entries|tokens)\b)"
)
_CJK_READ = (
    r"显示|顯示|输出|輸出|打印|读取|讀取|发送|發送|上传|上傳|查看|给我看|給我看|告诉我|告訴我"
)
# Before the verb: reading denied or prevented ("without it being able to read ~/.ssh",
# "stop it from reading", "can't read"), told of an attacker ("why would someone read
# /proc/self/environ in an attack"), or the encoding a tool stores a file in ("storing my
# password in plain base64 in ~/.docker/config.json").
_NOT_ASKED = (
    r"(?<!able to )(?<!from )(?<!n't )(?<!cannot )(?<!not )(?<!never )(?<!someone )"
    r"(?<!attacker )(?<!attackers )(?<!hackers )(?<!malware )(?<!plain )(?<!in )"
    # advice asked ("should I copy ~/.aws or create new access keys?")
    r"(?<!should i )(?<!shall i )(?<!whether to )(?<!better to )"
    # the reading avoided ("a BuildKit secret mount for the token instead of COPYing .npmrc")
    r"(?<!instead of )(?<!rather than )"
)
# The words between the verb and the file that make it no one's real file: "the user's own
# ~/.netrc", "an example .netrc entry with placeholders".
_NOT_REAL = r"(?:(?!\b(?:own|example|sample|template|placeholders?|dummy|fake)\b)[^.!?;]){0,40}$"
# The tool channel's verbs: _READ without those docs use for the reader ("HINT: check
# ~/.pgpass", "view", "type"), not after a relative pronoun ("a script that read ~/.npmrc")
# and not `echo "your token is stored in the keychain"` (a message printed).
_TOOL_READ = (
    # nor after "we" or "try to" ("First we try to read the password from ~/.pgpass": a
    # docstring telling what its code does)
    r"(?:(?<!\bcan )(?<!\bcould )(?<!\bwill )(?<!\bthat )(?<!\bwhich )(?<!\bwho )"
    r"(?<!\bwe )(?<!\btry to )(?<!\btries to )"
    rf"(?!(?:check|search|type|view|inspect|browse|more|less|look at|look in)\b)\b{_READ}\b"
    r"(?![=,-])(?!\s*[\'\"])|" + _CJK_READ + ")"
)
_SECRET_FILE_ANCHORS = (
    "aws credentials",
    ".ssh",
    "kubeconfig",
    ".config/gh",
    ".vault-token",
    ".pgpass",
    ".my.cnf",
    ".s3cfg",
    ".boto",
    ".azure/",
    "application_default_credentials",
    "credentials.json",
    "service",
    ".terraformrc",
    ".htpasswd",
    "id_ecdsa",
    "id_dsa",
    ".password-store",
    "cookies.sqlite",
    "logins.json",
    "key4.db",
    ".aws",
    ".aws/",
    ".netrc",
    ".git-credentials",
    ".docker/config",
    ".kube/config",
    ".npmrc",
    ".pypirc",
    "/etc/shadow",
    ".gnupg",
    "wallet.dat",
    ".config/gcloud",
    "login data",
    ".bash_history",
    ".zsh_history",
    "/proc/self/environ",
    "id_rsa",
    "id_ed25519",
    "keychain",
    "kube",
)

CREDENTIALS = [
    rule(
        "secrets_then_send",
        "credential_harvesting",
        rf"\b(?:secrets?|credentials|passwords?|api keys?|tokens?|private keys?|ssh keys?|"
        rf"env(?:ironment)? var(?:iable)?s|\.env)\b[^.!?]{{0,60}}\b(?:and|then)\s+(?:send|email|"
        rf"post|upload|forward|mail|transmit|exfiltrate|pipe)\s+(?:it|them|that|this|those|"
        rf"everything|the (?:\w+ )?(?:output|result|contents?|list|file))\s+(?:to|at)\b"
        rf"[^.!?]{{0,40}}{_OUTSIDE}",
        0.9,
        anchors=(
            "secret",
            "secrets",
            "credentials",
            "password",
            "passwords",
            "api",
            "token",
            "tokens",
            "private",
            "ssh",
            "env",
            "environment",
            ".env",
        ),
        lead=True,
        needs=("and then", "send email post upload forward mail transmit exfiltrate pipe"),
    ),
    rule(
        "find_secrets",
        "credential_harvesting",
        r"\b(?:find|locate|search for|grep for|look for|list|enumerate|scan for)\s+(?:every|all|"
        r"any|each)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:private keys?|ssh keys?|passwords?|credentials|"
        r"api keys?|"
        r"secrets?|tokens?|wallets?|keys?)\b[^.!?]{0,30}\b(?:on|across|in|from)\s+(?:this|the|"
        r"that|every|all|my|their)\s+(?:[\w']+\s+)?(?:system|machine|server|host|hosts|computer|"
        r"box|"
        r"repo|repos|repository|repositories|codebase|git history|history|commits|project|"
        r"workspace|"
        r"org|organization|cluster|"
        r"disk|drive|home director(?:y|ies)|network|laptop|filesystem|file system)\b",
        0.85,
        anchors=(
            "find",
            "locate",
            "search for",
            "grep for",
            "look for",
            "list",
            "enumerate",
            "scan for",
        ),
        lead=True,
        needs=(
            (
                "system machine server host hosts computer box disk drive home directory "
                "directories network laptop filesystem file"
            ),
        ),
    ),
    rule(
        "secret_files",
        "credential_harvesting",
        _SECRET_FILE_READ,
        0.9,
        anchors=_SECRET_FILE_ANCHORS,
        lead=True,
        channels="user,assistant,system",
        # "reads the user's own ~/.netrc": a program using its user's file, not harvesting
        before=rf"(?:{_NOT_ASKED}\b{_READ}(?:s|es|ing)?\b|{_CJK_READ}){_NOT_REAL}",
    ),
    rule(
        "secret_files_ordered",
        "credential_harvesting",
        _SECRET_FILE_READ,
        0.9,
        anchors=_SECRET_FILE_ANCHORS,
        lead=True,
        channels="tool",
        # In a tool result, docs and logs describe programs reading these files ("curl can
        # read credentials from ~/.netrc", "reading the token from the keychain",
        # "--mount=type=secret,target=/root/.npmrc"); an order to the agent uses the bare
        # verb ("cat ~/.aws/credentials").
        before=_TOOL_READ + _NOT_REAL,
    ),
    rule(
        "all_secrets",
        "credential_harvesting",
        r"(?:environment variables|env vars|env variables|secrets|credentials|api keys|access "
        r"tokens|auth tokens|secret keys|private keys|ssh keys|passwords)\b"
        r"(?! (?:that|which|whose|starting|beginning|prefixed|with (?:the )?prefix|matching|"
        r"named|used|referenced|needed|required|defined|declared|listed|expected|for (?:the|this|"
        r"our) |in (?:a|the|this|our|my) |from (?:the|this|our) |of (?:the|this|our) ))"
        + NOT_RECORDS,
        0.85,
        anchors=(
            "environment",
            "env",
            "secrets",
            "credentials",
            "api",
            "access",
            "auth",
            "secret",
            "private",
            "ssh",
            "passwords",
        ),
        lead=True,
        before=rf"\b{SHOW}\s+(?:me\s+)?(?:all|every|each|the (?:whole|entire|full|complete)|"
        r"all (?:of )?(?:the|your|my))\s+(?:\w+\s+){0,2}?$",
        needs=("all every each whole entire full complete",),
    ),
    rule(
        "env_exfil",
        "credential_harvesting",
        rf"{_ENV_DUMP}\s*[`'\"]?\s*(?:\||>|&&|;|\band\b|\bthen\b)"
        # "what does `env | sort` show and is it safe to paste it in a public issue?"
        r"(?![^\n]{0,80}\b(?:is it (?:safe|ok|okay|wise|a good idea)|should i)\b)[^\n]{0,80}"
        rf"{_OUTSIDE}|"
        rf"(?:\.env\b(?:\s+files?)?|environment variables|env vars)[^\n]{{0,60}}"
        rf"\b(?:to|into|at|on)\b[^\n]{{0,40}}{_OUTSIDE}",
        0.9,
        anchors=("printenv", "env", "environ", "export -p", " set ", ".env"),
        lead=True,
    ),
    rule(
        "send_secrets",
        "credential_harvesting",
        rf"\b(?:send|post|upload|exfiltrate|forward|transmit|email|leak|copy|pipe|submit|export|"
        rf"push|publish|commit|mail|dump|share|sync|transfer|attach|append)\b"
        rf"[^\n]{{0,60}}\b{_SECRETS}\b[^\n]{{0,60}}\b(?:to|into|at)\b[^\n]{{0,40}}{_OUTSIDE}",
        0.95,
        anchors=(
            "send",
            "post",
            "upload",
            "exfiltrate",
            "forward",
            "transmit",
            "email",
            "leak",
            "copy",
            "pipe",
            "submit",
            "export",
            "push",
            "publish",
            "commit",
            "mail",
            "dump",
            "share",
            "sync",
            "transfer",
            "attach",
            "append",
        ),
        lead=True,
        needs=(W_SECRETS,),
    ),
    rule(
        "your_secret",
        "credential_harvesting",
        r"\b(?:what(?: is|'s| are)|tell me|give me|show me|reveal|share|send me|print|output|"
        r"leak|disclose)\s+(?:your|the (?:server|gateway|admin|upstream|openai|anthropic|"
        r"system|proxy|backend|company|service)(?:'s)?|ur)\s+(?:own\s+|real\s+|actual\s+)?"
        r"(?:openai\s+|anthropic\s+|upstream\s+|internal\s+)?(?:(?:openai|anthropic|aws|github|"
        r"api|admin|root|master|provider|upstream|gateway) keys?|api[ _-]?keys?|access tokens?|"
        r"secret keys?|tokens?|passwords?|credentials|private keys?|secrets|bearer tokens?)\b",
        0.9,
        anchors=(
            "what",
            "tell me",
            "give me",
            "show me",
            "reveal",
            "share",
            "send me",
            "print",
            "output",
            "leak",
            "disclose",
            "what's",
        ),
        lead=True,
        needs=(
            "key keys api_key api_keys token tokens password passwords credentials secret secrets",
        ),
    ),
    rule(
        "admin_password",
        "credential_harvesting",
        r"\b(?:what(?: is|'s)|tell me|give me|reveal|share|leak|send me)\s+(?:the|your)\s+"
        # not "wifi": "what's the wifi password for the guest network" is a guest's question
        r"(?:admin|root|database|db|server|master|system|production|prod|superuser)\s+"
        r"(?:password|passwd|credentials|login)\b",
        0.85,
        anchors=("what", "tell me", "give me", "reveal", "share", "leak", "send me", "what's"),
        lead=True,
        needs=("password passwd credentials login",),
    ),
    rule(
        "harvest",
        "credential_harvesting",
        # not after a plural subject: "how phishing e-mails try to steal passwords", "how
        # reverse proxies steal session cookies" tell what others do ("pls" is no subject)
        r"(?<![a-km-z]s )(?<![^p]ls )(?<![a-z]s try to )(?<![a-z]s attempt to )"
        # "attacks against coding agents that try to steal secrets": what they do, told
        r"(?<!that try to )(?<!which try to )(?<!that attempt to )"
        r"\b(?:collect|harvest|gather|steal|grab|scrape|crawl for|exfiltrate|siphon|dump)\s+"
        r"(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:saved\s+|stored\s+)?(?:api keys|passwords|"
        r"credentials|secrets|tokens|private keys|ssh keys|aws keys|cookies|session tokens?|"
        r"logins|(?:session|auth|login|browser) cookies?|auth tokens?)\b(?:[^\n]{0,40}\b(?:from|"
        r"of|on|across|stored in)\s+(?:the\s+)?(?:browser|"
        r"keychain|users?|other|their|victims?|machine|system|server|hosts?|memory|employees|"
        r"everyone))?",
        0.85,
        anchors=(
            "collect",
            "harvest",
            "gather",
            "steal",
            "grab",
            "scrape",
            "crawl",
            "exfiltrate",
            "siphon",
            "dump",
        ),
        lead=True,
        needs=("keys passwords credentials secrets tokens token cookies cookie logins",),
    ),
    rule(
        "read_dotenv",
        "credential_harvesting",
        # not a failure told ("why does my app not read the .env file?")
        r"\b(?<!not )(?<!n't )(?<!never )(?<!my `)"  # "my `cat .env` shows the values, but"
        r"(?:cat|read|print|show|display|output|dump|give me|paste|reveal|echo|tell me)\s+"
        r"(?:me\s+)?(?:the\s+)?(?:contents? of\s+)?(?:the\s+|your\s+|my\s+)?(?:\S*/)?\.env\b"
        r"(?![.\w-])(?!\s+(?:file\s+)?(?:format|syntax|spec|specification|parser|parsing|docs?|"
        r"documentation|loader|library|conventions?|example|template|schema)\b)",
        0.6,
        anchors=(
            "cat",
            "read",
            "print",
            "show",
            "display",
            "output",
            "dump",
            "give me",
            "paste",
            "reveal",
            "echo",
            "tell me",
        ),
        lead=True,
        needs=("env",),
    ),
]
