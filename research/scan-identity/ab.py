"""One-process A/B: copies of the base and new security packages under other names,
scans alternating, CPU time (thread_time) per scan, medians."""
import shutil, subprocess, sys, statistics, time, importlib, re
from pathlib import Path
D = Path("/tmp/scanspeed/abpkgs"); shutil.rmtree(D, ignore_errors=True); D.mkdir()
# usage: ab.py ROUNDS BASE_SRC NEW_SRC [NAME=SRC ...]  (each SRC a checkout's src/ folder)
if len(sys.argv) < 4:
    sys.exit("usage: ab.py ROUNDS BASE_SRC NEW_SRC [NAME=SRC ...]")
SRCS = [("sec_base", sys.argv[2]), ("sec_new", sys.argv[3])] + [(f"sec_{a.split('=')[0]}", a.split("=")[1]) for a in sys.argv[4:]]
for name, src in SRCS:
    shutil.copytree(Path(src) / "waddleai/security", D / name, ignore=shutil.ignore_patterns("__pycache__", "eval"))
    for p in (D / name).rglob("*.py"):
        s = p.read_text()
        s = s.replace("from waddleai.security.", f"from {name}.").replace("from waddleai.security import", f"from {name} import").replace("import waddleai.security", f"import {name}")
        p.write_text(s)
sys.path.insert(0, str(D))
from waddleai.security import evaluate  # the eval data and bench prompt (original package)
prompt = evaluate.bench_prompt()
mods = {n: importlib.import_module(f"{n}.scanner") for n, _ in SRCS}
rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
res = {n: [] for n in mods}
scanners = {n: m.Scanner() for n, m in mods.items()}
tt = time.thread_time
for i in range(rounds):
    text = prompt + f"\nturn {i}"
    order = list(mods)[i % len(mods):] + list(mods)[:i % len(mods)]
    for n in order:
        t0 = tt(); scanners[n].scan(text, "user"); res[n].append(tt() - t0)
for n, v in res.items():
    v = v[100:]
    qs = statistics.quantiles(v, n=10)
    print(f"{n}: median {statistics.median(v)*1e3:.3f} ms  p10 {qs[0]*1e3:.3f}  p90 {qs[-1]*1e3:.3f}")
for n in res:
    print("ratio %s/base (medians) %.3f" % (n, statistics.median(res[n][100:]) / statistics.median(res['sec_base'][100:])))
