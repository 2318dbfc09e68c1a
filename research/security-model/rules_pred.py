import json
from waddleai.security import scanner
rows=json.load(open("/tmp/mlout/emb_int8.rows.json"))
out=[sorted({d.category for d in scanner.detect(r["text"], r["channel"])}) for r in rows]
json.dump(out,open("/tmp/mlout/rules_pred.json","w")); print(len(out))
