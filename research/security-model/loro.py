import json, sys, numpy as np
CATS=("prompt_injection","jailbreak","data_extraction","credential_harvesting")
d=np.load(sys.argv[1]+".npz"); E=d["E"].astype(np.float64); owner=d["owner"]
rows=json.load(open(sys.argv[1]+".rows.json")); rules=json.load(open("/tmp/mlout/rules_pred.json"))
NEG=sys.argv[2] if len(sys.argv)>2 else "all"   # "benign": negatives are benign only
LAM=float(sys.argv[3]) if len(sys.argv)>3 else 1.0
TARGET_FPR=float(sys.argv[4]) if len(sys.argv)>4 else 0.01
MODE=sys.argv[5] if len(sys.argv)>5 else "loro"
N=len(rows)
lab=np.array([[c in r["labels"] for c in CATS] for r in rows])
benign=~lab.any(1)
files=np.array([r["file"] for r in rows])
win_of=[np.where(owner==i)[0] for i in range(N)]
def fit(X,y,w,lam=LAM):
    X=np.hstack([X,np.ones((len(X),1))]); b=np.zeros(X.shape[1]); R=lam*np.eye(X.shape[1]); R[-1,-1]=0
    for _ in range(25):
        p=1/(1+np.exp(-X@b)); g=X.T@(w*(p-y))+R@b; H=(X*(w*p*(1-p))[:,None]).T@X+R
        b-=np.linalg.solve(H,g)
    return b
def train(items):
    models=[]
    wi=np.concatenate([win_of[i] for i in items]); wo=owner[wi]
    for c in range(len(CATS)):
        y=lab[wo,c].astype(float)
        keep=np.ones(len(wi),bool) if NEG=="all" else (lab[wo,c]|benign[wo])
        yy=y[keep]; w=np.where(yy==1,0.5/max(yy.sum(),1),0.5/max((1-yy).sum(),1))*len(yy)
        models.append(fit(E[wi[keep]],yy,w))
    return models
def score(models,items):
    S=np.zeros((len(items),len(CATS)))
    for k,i in enumerate(items):
        X=np.hstack([E[win_of[i]],np.ones((len(win_of[i]),1))])
        S[k]=[(X@b).max() for b in models]
    return S
def thresholds(items,rng):
    items=np.array(items); perm=rng.permutation(len(items)); oof=np.zeros((len(items),len(CATS)))
    for f in range(5):
        te=perm[f::5]; tr=np.setdiff1d(perm,te)
        oof[te]=score(train(items[tr]),items[te])
    ben=benign[items]
    # per category: the lowest threshold with FPR <= TARGET/len? per-category so "any" stays near target
    per=TARGET_FPR/len(CATS)
    return np.array([np.quantile(oof[ben,c],1-per) for c in range(len(CATS))])
rounds=[f"heldout{k}" for k in range(5,14)]
pool=np.array([f not in ("obfuscated",) for f in files])
rng=np.random.default_rng(0)
tot={m:{"tp":np.zeros(4),"pos":np.zeros(4),"fp":0,"neg":0} for m in ("rules_now","rules_then","model","then|model")}
print(f"mode={MODE} negatives={NEG} lambda={LAM} target any-FPR {TARGET_FPR} (train OOF)")
print(f"{'round':10}"+"".join(f"{m:>30}" for m in tot))
for rd in rounds:
    test=np.where(files==rd)[0]; tr=np.where(pool&(files!=rd))[0]
    if MODE=="chrono":
        before=open(f"/tmp/rules_at/{rd[7:]}/files_before").read().split()
        tr=np.where(pool&np.isin(files,before))[0]
    then=json.load(open(f"/tmp/rules_at/{rd[7:]}/pred.json"))
    Rt=np.array([[c in then[str(i)] for c in CATS] for i in test])
    models=train(tr); th=thresholds(tr,rng)
    M=score(models,test)>th
    import os
    if os.environ.get("GATE"):
        import gate_jb_re
        M[~np.array([bool(gate_jb_re.G.search(rows[i]["text"])) for i in test])]=False
    if os.environ.get("ONLY"): M[:,[c for c in range(4) if CATS[c]!=os.environ["ONLY"]]]=False
    Rl=np.array([[c in rules[i] for c in CATS] for i in test])
    line=f"{rd:10}"
    for m,P in (("rules_now",Rl),("rules_then",Rt),("model",M),("then|model",Rt|M)):
        L=lab[test]; B=benign[test]
        t=tot[m]; t["tp"]+=(P&L).sum(0); t["pos"]+=L.sum(0); t["fp"]+=(P.any(1)&B).sum(); t["neg"]+=B.sum()
        rec=(P&L).sum(0)/np.maximum(L.sum(0),1)
        line+="  "+" ".join(f"{x:.2f}" for x in rec)+f" fpr{(P.any(1)&B).sum()/max(B.sum(),1):.2f}"
    print(line)
print("pooled over the 9 rounds: recall PI JB DE CH | FPR(any)")
for m,t in tot.items():
    print(f"  {m:7} "+" ".join(f"{x:.3f}" for x in t["tp"]/t["pos"])+f" | {t['fp']/t['neg']:.3f} ({int(t['fp'])}/{int(t['neg'])})  n={t['pos'].astype(int).tolist()}")
