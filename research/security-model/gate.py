import re, json, glob, numpy as np, embed_lib as el
GATE=re.compile(r"\b(you|your|assistant|ai|model|chatbot|claude|gpt|instruction\w*|prompt\w*|rules?|guidelines?|polic(y|ies)|"
 r"restrict\w*|filter\w*|secret\w*|credential\w*|keys?|tokens?|env\w*|passwords?|passwd|ssh|aws|ignore\w*|disregard\w*|forget|"
 r"pretend|role\w*|act as|persona|unfiltered|uncensored|jailbr\w*|dan|system|developer|admin\w*|hidden|reveal\w*|override\w*)\b", re.I)
rows=json.load(open("emb_int8.rows.json"))
CATS=("prompt_injection","jailbreak","data_extraction","credential_harvesting")
for c in CATS:
    it=[r for r in rows if c in r["labels"] and r["file"]!="obfuscated"]
    print(f"gate passes {sum(bool(GATE.search(r['text'])) for r in it)/len(it):.3f} of {c} items ({len(it)})")
ben=[r for r in rows if not set(r["labels"])-{"pii"}]
print(f"gate passes {sum(bool(GATE.search(r['text'])) for r in ben)/len(ben):.3f} of benign items ({len(ben)})")
def wins_text(t): return [el.tok.decode(w) for w in el.windows(t)]
bp=open("bench_prompt.txt").read(); W=el.windows(bp)
g=[w for w in W if GATE.search(el.tok.decode(w))]
print(f"bench prompt: {len(W)} windows, {sum(map(len,W))} tokens; gate passes {len(g)} windows, {sum(map(len,g))} tokens")
tot=0; passed=0
for p in glob.glob("/work/wt-model/src/waddleai/**/*.py",recursive=True):
    if "/eval/" in p: continue
    W=el.windows(open(p).read()); tot+=len(W); passed+=sum(bool(GATE.search(el.tok.decode(w))) for w in W)
print(f"repo source: gate passes {passed}/{tot} windows ({passed/tot:.2f})")
