#!/usr/bin/env python3
"""Writes the corpus split as files that `rasd extract --in` and score.py take.

    python3 corpus/tools/split.py --out DIR [--data ../shared]

DIR/train.gold.jsonl, DIR/train.articles.jsonl, DIR/test.gold.jsonl, DIR/test.articles.jsonl (articles as
{doc_id, published, title, source, text}; texts read from ../shared, written outside the repository).
Tune rules on train (and look only at train articles); report test figures without looking at test articles.
"""
import glob, gzip, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, ".."))
data = sys.argv[sys.argv.index("--data") + 1] if "--data" in sys.argv else os.path.join(root, "..", "..", "shared")
out = sys.argv[sys.argv.index("--out") + 1]
os.makedirs(out, exist_ok=True)
split = {}
for line in open(os.path.join(root, "sample.tsv"), encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    split[f[0]] = f[2]
gold = {}
for p in sorted(glob.glob(os.path.join(root, "gold", "batch-*.jsonl"))):
    for line in open(p, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            gold[d["doc_id"]] = d
arts = {}
for line in gzip.open(os.path.join(data, "corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz"), "rt", encoding="utf-8"):
    a = json.loads(line)
    if a["doc_id"] in gold:
        arts[a["doc_id"]] = a
for s in ("train", "test"):
    ids = sorted(i for i in gold if split.get(i) == s)
    with open(os.path.join(out, s + ".gold.jsonl"), "w", encoding="utf-8") as g, \
         open(os.path.join(out, s + ".articles.jsonl"), "w", encoding="utf-8") as a:
        for i in ids:
            g.write(json.dumps(gold[i], ensure_ascii=False) + "\n")
            x = arts[i]
            a.write(json.dumps({"doc_id": i, "published": x["published"], "title": x.get("title") or "",
                                "source": x.get("source") or "", "text": x["text"]}, ensure_ascii=False) + "\n")
    print(f"{s}: {len(ids)} articles → {out}/{s}.gold.jsonl, {s}.articles.jsonl", file=sys.stderr)
