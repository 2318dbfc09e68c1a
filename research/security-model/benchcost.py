import time, onnxruntime as ort, embed_lib as el, gate_re
o=ort.SessionOptions(); o.intra_op_num_threads=1; o.inter_op_num_threads=1
s=ort.InferenceSession("/tmp/mlout/encoder.int8.onnx",o,providers=["CPUExecutionProvider"])
def embed(batch):
    return el.embed(batch, session=s)  # one thread: the cost a proxy would pay
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
