import re, json, glob, embed_lib as el
G=re.compile(r"\b(pretend\w*|role[- ]?pla\w*|act(ing)? as|persona|character|unfiltered|uncensored|unrestricted|jailbr\w*|dan|"
 r"no (rules|limits|restrictions|filters)|without (any )?(rules|limits|restrictions|filters)|hypothetical\w*|fiction\w*|imagine|"
 r"developer mode|god mode|evil|amoral|censor\w*|guardrails?|ethic\w*|moral\w*|safety)\b", re.I)
rows=json.load(open("emb_int8.rows.json"))
jb=[r for r in rows if "jailbreak" in r["labels"] and r["file"]!="obfuscated"]
print(f"tight JB gate passes {sum(bool(G.search(r['text'])) for r in jb)/len(jb):.3f} of jailbreak items ({len(jb)})")
bp=open("bench_prompt.txt").read(); W=el.windows(bp); g=[w for w in W if G.search(el.tok.decode(w))]
print(f"bench prompt: gate passes {len(g)}/{len(W)} windows")
tot=p2=0
for p in glob.glob("/work/wt-model/src/waddleai/**/*.py",recursive=True):
    if "/eval/" in p: continue
    W=el.windows(open(p).read()); tot+=len(W); p2+=sum(bool(G.search(el.tok.decode(w))) for w in W)
print(f"repo source: {p2}/{tot} windows ({p2/tot:.3f})")
