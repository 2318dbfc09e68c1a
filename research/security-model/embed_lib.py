"""Embed every window of every non-blind eval item with the int8 encoder."""
import json, glob, os, re, sys, numpy as np, onnxruntime as ort
from tokenizers import Tokenizer
EVAL="/work/wt-model/src/waddleai/security/eval"
model=os.environ.get('ENCODER', '/tmp/mlout/encoder.int8.onnx')
o=ort.SessionOptions(); o.intra_op_num_threads=2
s=ort.InferenceSession(model,o,providers=["CPUExecutionProvider"])
tok=Tokenizer.from_file("/tmp/mlout/tokenizer.json"); tok.no_padding(); tok.no_truncation()
SENT=re.compile(r"(?<=[.!?;:])\s+|\n+")
def windows(text, limit=64):
    parts=[p for p in SENT.split(text) if p.strip()]
    wins=[]; cur=[]; n=0
    for p in parts:
        ids=tok.encode(p, add_special_tokens=False).ids
        while len(ids)>limit:  # long sentence: cut into pieces
            if cur: wins.append(cur); cur=[]; n=0
            wins.append(ids[:limit]); ids=ids[limit-16:] if len(ids)-limit>16 else ids[limit:]
        if n+len(ids)>limit and cur: wins.append(cur); cur=[]; n=0
        cur=cur+ids; n+=len(ids)
    if cur: wins.append(cur)
    return wins or [[]]
def embed(batch, session=None):
    L=max(len(w) for w in batch)+2
    ids=np.zeros((len(batch),L),np.int64); m=np.zeros_like(ids)
    for i,w in enumerate(batch):
        t=[101]+w+[102]; ids[i,:len(t)]=t; m[i,:len(t)]=1
    return (session or s).run(None,{"input_ids":ids,"attention_mask":m})[0]
