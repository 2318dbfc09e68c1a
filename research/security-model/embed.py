"""Embed every window of every non-blind eval item with the int8 encoder."""
import json, glob, os, sys, numpy as np
os.environ["ENCODER"] = sys.argv[1]
out = sys.argv[2]
from embed_lib import EVAL, embed, windows  # noqa: E402  (reads ENCODER)
rows=[]
for p in sorted(glob.glob(EVAL+"/*.jsonl")):
    name=os.path.basename(p)[:-6]
    if name.startswith("blind"): continue
    for i,l in enumerate(open(p)):
        if l.strip(): r=json.loads(l); r["file"]=name; r["idx"]=i; rows.append(r)
allw=[]; owner=[]
for k,r in enumerate(rows):
    for w in windows(r["text"]): allw.append(w); owner.append(k)
order=sorted(range(len(allw)),key=lambda i:len(allw[i]))
E=np.zeros((len(allw),384),np.float32)
for b in range(0,len(order),32):
    idx=order[b:b+32]; E[idx]=embed([allw[i] for i in idx])
np.savez(out,E=E,owner=np.array(owner),ntok=np.array([len(w) for w in allw]))
json.dump(rows,open(out+".rows.json","w"))
print(len(rows),"items",len(allw),"windows")
