import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
assert a.keys() == b.keys(), "different item sets"
bad = [k for k in a if a[k]["d"] != b[k]["d"] or a[k]["pii"] != b[k]["pii"] or [x[:4] for x in a[k]["full"]] != [x[:4] for x in b[k]["full"]]]
full = [k for k in a if a[k]["full"] != b[k]["full"]]
ndet = sum(len(v["d"]) for v in a.values())
print(f"{len(a)} items, {ndet} detections; differing (category,rule,score,via)/PII: {len(bad)}; differing incl score/via/excerpt: {len(full)}")
for k in bad[:20]:
    if ":blind" in k:
        print("  ", k, "(blind: not shown)")
    else:
        print("  ", k, a[k]["d"], b[k]["d"])
sys.exit(1 if bad else 0)
