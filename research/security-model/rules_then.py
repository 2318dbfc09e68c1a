import json, sys
from waddleai.security import scanner
k=sys.argv[1]
rows=json.load(open("/tmp/mlout/emb_int8.rows.json"))
out={i:sorted({d.category for d in scanner.detect(r["text"], r["channel"])}) for i,r in enumerate(rows) if r["file"]==f"heldout{k}"}
json.dump(out,open(f"/tmp/rules_at/{k}/pred.json","w")); print(k,len(out))
