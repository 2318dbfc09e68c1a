"""Train on every non-blind, non-obfuscated item; count windows of the repo's own
source and docs (benign coding-agent content) that the model would flag."""
import sys, glob, json, numpy as np
sys.argv=["loro.py","emb_int8","benign","1.0",sys.argv[1] if len(sys.argv)>1 else "0.01","loro"]
src=open("/tmp/mlout/loro.py").read().split("rounds=[f")[0]
exec(src)
import embed_lib as el
tr=np.where(files!="obfuscated")[0]
models=train(tr); th=thresholds(tr,np.random.default_rng(0))
paths=sorted(glob.glob("/work/wt-model/src/waddleai/**/*.py",recursive=True))+sorted(glob.glob("/work/wt-model/**/*.md",recursive=True))
paths=[p for p in paths if "blind" not in p and "/eval/" not in p and ".tools" not in p]
nw=0; flagged=[]; fl_files=set()
for p in paths:
    t=open(p,errors="replace").read()
    W=el.windows(t)
    if not W: continue
    X=np.vstack([el.embed(W[i:i+32]) for i in range(0,len(W),32)]).astype(np.float64)
    X=np.hstack([X,np.ones((len(X),1))])
    S=np.stack([X@b for b in models],1)>th
    nw+=len(W)
    for i in np.where(S.any(1))[0]:
        flagged.append((p.split("wt-model/")[1], [CATS[c] for c in np.where(S[i])[0]], el.tok.decode(W[i])[:100])); fl_files.add(p)
import collections; print("per category", collections.Counter(c for f in flagged for c in f[1]), "files outside security/:", len({f[0] for f in flagged if "security/" not in f[0]}))
print(f"{len(paths)} files, {nw} windows: {len(flagged)} windows flagged ({len(flagged)/nw:.4f}) in {len(fl_files)} files")
for f in flagged[:15]: print(" ",f)
