import time, numpy as np, onnxruntime as ort, embed_lib as el, gate_re
o=ort.SessionOptions(); o.intra_op_num_threads=1; o.inter_op_num_threads=1
s=ort.InferenceSession("/tmp/mlout/encoder.int8.onnx",o,providers=["CPUExecutionProvider"])
def embed(batch):
    L=max(len(w) for w in batch)+2
    ids=np.zeros((len(batch),L),np.int64); m=np.zeros_like(ids)
    for i,w in enumerate(batch):
        t=[101]+w+[102]; ids[i,:len(t)]=t; m[i,:len(t)]=1
    return s.run(None,{"input_ids":ids,"attention_mask":m})[0]
bp=open("bench_prompt.txt").read()
for name,gated in (("all windows",False),("gated windows",True)):
    ts=[]
    for r in range(15):
        text=bp+f"\nturn {r}"
        t0=time.thread_time()
        W=el.windows(text)
        if gated: W=[w for w in W if gate_re.GATE.search(el.tok.decode(w))]
        for i in range(0,len(W),8): embed(W[i:i+8])
        ts.append(time.thread_time()-t0)
    ts.sort(); print(f"bench prompt, {name}: median {ts[7]*1e3:.1f} ms CPU (1 thread, tokenize+gate+encode), min {ts[0]*1e3:.1f}")
