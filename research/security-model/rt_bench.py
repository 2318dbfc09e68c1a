import os, sys, time, resource
def rss(): 
    for l in open("/proc/self/status"):
        if l.startswith("VmRSS"): return int(l.split()[1])/1024
r0=rss()
import numpy as np, onnxruntime as ort
from tokenizers import Tokenizer
r1=rss()
model=sys.argv[1]
o=ort.SessionOptions(); o.intra_op_num_threads=1; o.inter_op_num_threads=1
o.graph_optimization_level=ort.GraphOptimizationLevel.ORT_ENABLE_ALL
s=ort.InferenceSession(model,o,providers=["CPUExecutionProvider"])
tok=Tokenizer.from_file("/tmp/mlout/tokenizer.json")
r2=rss()
print(f"RSS python {r0:.1f} MB, +imports {r1-r0:.1f}, +session+tokenizer {r2-r1:.1f}")
for n in (64,128):
    ids=np.ones((1,n),dtype=np.int64); ids[0,0]=101; ids[0,-1]=102; ids[0,1:-1]=2000
    m=np.ones((1,n),dtype=np.int64)
    for _ in range(5): s.run(None,{"input_ids":ids,"attention_mask":m})
    ts=[]
    for _ in range(60):
        t=time.thread_time(); s.run(None,{"input_ids":ids,"attention_mask":m}); ts.append(time.thread_time()-t)
    ts.sort(); print(f"{os.path.basename(model)} {n} tokens: median {ts[30]*1e3:.2f} ms CPU, p90 {ts[54]*1e3:.2f}")
print(f"RSS after runs {rss():.1f} MB")
