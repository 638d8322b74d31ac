#!/usr/bin/env python3
"""Cuts corpus/sample.tsv into annotation batches and pre-labels them with Rasd's own output.

    python3 corpus/tools/batches.py [--data ../shared] [--out ~/.rasd/annot] [--size 15] [--rasd ./rasd]
    python3 corpus/tools/batches.py --sample corpus/sample2.tsv --first 23 --out DIR    (round 2)
    python3 corpus/tools/batches.py --sample corpus/sample3.tsv --first 38 --out DIR    (round 3)
    python3 corpus/tools/batches.py --sample corpus/sample4.tsv --first 44 --out DIR    (round 4)

For each batch NN (test-split articles first, then train, in sample order) it writes, outside the
repository because the texts stay in ../shared:
  batch-NN.json        [{doc_id, published, title, source, content}]  (the BATCH file of validate.py)
  batch-NN.in.jsonl    the same articles in `rasd extract --in` format
  batch-NN.pre.jsonl   Rasd's events converted to the gold format: SUGGESTIONS for the annotator,
                       never gold (every event is checked against the text, most are edited or dropped)
The batch list (doc id → batch) is written to corpus/batches.tsv, which is kept in the repository.
"""
import gzip, json, os, subprocess, sys, collections

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", ".."))
def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default
data = arg("--data", os.environ.get("RASD_DATA", os.path.join(root, "..", "shared")))
out = os.path.expanduser(arg("--out", os.path.join(os.environ.get("RASD_HOME", "~/.rasd"), "annot")))
size = int(arg("--size", "15"))
rasd = arg("--rasd", os.path.join(root, "rasd"))
sample = arg("--sample", os.path.join(root, "corpus", "sample.tsv"))
first = int(arg("--first", "1"))          # number of the first batch (round 2: 23)
listing_file = arg("--listing", os.path.join(root, "corpus", "batches.tsv" if first == 1 else f"batches-from-{first:02d}.tsv"))
os.makedirs(out, exist_ok=True)

rows = [l.rstrip("\n").split("\t") for l in open(sample, encoding="utf-8")]
head, rows = rows[0], rows[1:]
col = {h: i for i, h in enumerate(head)}
rows = [r for r in rows if r[col["split"]] == "test"] + [r for r in rows if r[col["split"]] == "train"]
week = {}
for l in gzip.open(os.path.join(data, "corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz"), "rt", encoding="utf-8"):
    a = json.loads(l)
    week[a["doc_id"]] = a

TOL = {1: 15, 2: 30, 3: 150}

def gold_event(e):
    sent = [v["text"] for v in e.get("evidence", []) if v.get("role") == "sentence"]
    loc = e["location"]
    return {
        "event_type": e["event_type"], "sub_event_type": e["sub_event_type"],
        "date": e.get("event_date"), "time_precision": e.get("time_precision") or 1,
        "location": {"name": loc.get("name"), "name_ar": loc.get("name_ar"), "country": loc.get("country"),
                     "lat": loc.get("lat"), "lon": loc.get("lon"), "geo_precision": loc.get("geo_precision"),
                     "tolerance_km": TOL.get(loc.get("geo_precision"), 30), "alternatives": []},
        "actor1": e.get("actor1"), "actor2": e.get("actor2"),
        "fatalities": e.get("fatalities"), "attempted": bool(e.get("attempted")), "optional": False,
        "evidence": sent[0] if sent else "",
    }

listing = []
for b in range(0, len(rows), size):
    n = b // size + first
    chunk = rows[b:b + size]
    arts = [week[r[0]] for r in chunk]
    for r in chunk:
        listing.append((r[0], n, r[col["split"]], r[col["stratum"]]))
    stem = os.path.join(out, f"batch-{n:02d}")
    json.dump([{"doc_id": a["doc_id"], "published": a["published"], "title": a.get("title") or "",
                "source": a.get("source") or "", "content": a["text"]} for a in arts],
              open(stem + ".json", "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    with open(stem + ".in.jsonl", "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({"doc_id": a["doc_id"], "published": a["published"], "title": a.get("title") or "",
                                "text": a["text"]}, ensure_ascii=False) + "\n")
    subprocess.run([rasd, "extract", "--in", stem + ".in.jsonl", "--out", stem + ".pred.jsonl"], check=False)
    preds = {}
    for l in open(stem + ".pred.jsonl", encoding="utf-8"):
        p = json.loads(l)
        preds[p["doc_id"]] = p.get("events", [])
    with open(stem + ".pre.jsonl", "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({"doc_id": a["doc_id"], "published": a["published"], "title": a.get("title") or "",
                                "source": a.get("source") or "",
                                "events": [gold_event(e) for e in preds.get(a["doc_id"], [])]}, ensure_ascii=False) + "\n")
with open(listing_file, "w", encoding="utf-8") as f:
    f.write("doc_id\tbatch\tsplit\tstratum\n")
    for d, n, s, st in listing:
        f.write(f"{d}\t{n:02d}\t{s}\t{st}\n")
c = collections.Counter((n, s) for _, n, s, _ in listing)
print(f"{len(listing)} articles in {max(n for _, n, _, _ in listing)} batches under {out}", file=sys.stderr)
