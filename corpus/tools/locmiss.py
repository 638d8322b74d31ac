#!/usr/bin/env python3
"""Location misses of Rasd against the gold, by kind (issue 10): why a gold event has no prediction of its type
within its tolerance.

    java -Drasd.trace=T.trace -jar target/rasd.jar extract --in ARTICLES.jsonl --out PRED.jsonl
    python3 corpus/tools/locmiss.py GOLD.jsonl PRED.jsonl ARTICLES.jsonl T.trace [--list FILE]

The trace (org.rasd.extract.ExtractTrace) gives every place mention with the scene filter's reason for dropping
it, and every frame with its candidate and chosen places or the step that gave it no event. Kinds:

  gazetteer            no mention of the article resolves near the gold place, and none has a reading there
  wrong-reading        a mention has a reading near the gold place but another one was chosen
  filtered:REASON      every mention near the gold place is dropped as a scene (dateline, adjective, metonym...)
  vetoed               a frame of the evidence sentence was vetoed by the decider
  dropped:STEP         a frame had the place as candidate but gave no event (no-roles, no-type, no-date...)
  not-chosen           a frame of the right type had the place as candidate and chose another
  other-type           a frame was coded at the place, with another event type
  uncodable            a frame of the right type chose the place, too vague to code with what it stated
  filtered-out         an event of the right type was coded there, the event filter dropped it
  merged-away          a frame of the right type gave a mention there, the coder merged it elsewhere
  other-place          the evidence sentence's frame of the right type was coded at another place
  no-frame             the evidence sentence has no frame (or the evidence was not found)
  inherited / ...      the evidence sentence's frame got no place, or only the paragraph's

`--list FILE` writes one line per miss (quotes article text: write it outside the repository).
"""
import importlib.util, json, os, re, sys
from collections import Counter, defaultdict

here = os.path.dirname(os.path.abspath(__file__))
score_py = os.path.join(here, "..", "..", "..", "shared", "eval", "score.py")
spec = importlib.util.spec_from_file_location("score", score_py)
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)


def norm(s):
    s = re.sub("[\u064b-\u0652\u0640]", "", s or "")
    s = re.sub("[إأآٱ]", "ا", s)
    return s.replace("ة", "ه").replace("ى", "ي")


def near(g, lat, lon):
    if lat is None or lon is None:
        return False
    L = g["location"]
    tol = L.get("tolerance_km", 25)
    pts = [(L["lat"], L["lon"])] + [(a["lat"], a["lon"]) for a in L.get("alternatives", [])]
    return min(S.km(lat, lon, a, b) for a, b in pts) <= tol


def good(g, loc):
    return near(g, loc[0][0], loc[0][1])


def good_alt(g, loc):
    return any(near(g, a[0], a[1]) for a in loc[1:])


def classify(g, text, places, frames, coded=()):
    et = g["event_type"]
    goodm = {p["s"]: p for p in places if good(g, p["loc"])}
    if not goodm:
        if any(good_alt(g, p["loc"]) for p in places):
            return "wrong-reading"
        return "gazetteer"
    scene = {s for s, p in goodm.items() if p["drop"] is None}
    if not scene:
        return "filtered:" + "+".join(sorted({p["drop"] for p in goodm.values()}))
    def has(lst):
        return any(c["s"] in scene or good(g, c["loc"]) for c in lst)
    for f in frames:
        o = f["outcome"]
        if o.startswith("coded:") and has(f["chosen"]) and o.split(":")[1] == et:
            if o.endswith(":0"):
                return "uncodable"  # the frame's places were all too vague to code with what it stated
            if any(e[0] == et and near(g, e[1], e[2]) for e in coded):
                return "filtered-out"  # coded, then dropped by the event filter
            return "merged-away"  # the coder merged it into an event at another place

    ev = norm(g.get("evidence") or "")
    t = norm(text)
    pos = t.find(ev[:60]) if ev else -1
    span = (pos, pos + len(ev)) if pos >= 0 else None
    inside = [f for f in frames if span and span[0] - 5 <= f["s"] < span[1] + 5]
    for f in frames:
        o = f["outcome"]
        if has(f["cands"]) and not has(f["chosen"]) and f["type"] == et and o.startswith(("coded", "inherited:coded")):
            return "not-chosen"
    for f in frames:
        if o_coded(f) and has(f["chosen"]) and f["outcome"].split(":")[-2] != et and f in inside:
            return "other-type"
    for f in inside:
        if has(f["cands"]) and not o_coded(f):
            return "dropped:" + f["outcome"]
    if not inside:
        return "no-frame" if span else "no-frame:evidence-not-found"
    if any(f["outcome"] == "vetoed" for f in inside):
        if not any(o_coded(f) for f in inside):
            return "vetoed"
    for f in inside:
        if o_coded(f) and f["outcome"].split(":")[-2] == et:
            return "other-place"
    for f in frames:
        if o_coded(f) and has(f["chosen"]):
            return "other-type"
    outs = sorted({f["outcome"].split(":")[0] if o_coded(f) else f["outcome"] for f in inside})
    return "evidence-frame:" + "+".join(outs)


def o_coded(f):
    return "coded:" in f["outcome"]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
    if listing in args:
        args.remove(listing)
    gold, pred = S.load(args[0]), S.load(args[1])
    texts = {}
    for line in open(args[2], encoding="utf-8"):
        a = json.loads(line)
        texts[a["doc_id"]] = a["text"]
    places, frames, coded = defaultdict(dict), defaultdict(list), {}
    for line in open(args[3], encoding="utf-8"):
        r = json.loads(line)
        if r["kind"] == "place":
            places[r["doc"]].setdefault(r["s"], r)
        elif r["kind"] == "events":
            coded[r["doc"]] = r["events"]
        elif "outcome" in r:  # frame records; blocked-trigger records ("why") carry no outcome
            frames[r["doc"]].append(r)
    kinds = Counter()
    out = []
    n = 0
    for doc, gdoc in gold.items():
        P = (pred.get(doc) or {}).get("events", []) or []
        for g in gdoc.get("events", []):
            if g.get("optional"):
                continue
            n += 1
            if any(p.get("event_type") == g["event_type"] and S.located(p, g) for p in P):
                continue
            k = classify(g, texts.get(doc, ""), list(places[doc].values()), frames[doc], coded.get(doc, []))
            kinds[k] += 1
            out.append((k, doc, g))
    miss = sum(kinds.values())
    print(f"gold {n}, location misses {miss} (location recall {1 - miss / max(n, 1):.3f})")
    for k, v in sorted(kinds.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {k:40} {v}")
    if listing:
        with open(listing, "w", encoding="utf-8") as fh:
            for k, doc, g in sorted(out, key=lambda r: (r[0], r[1])):
                L = g["location"]
                ps = [(p["text"], p["loc"][0][3], p["drop"]) for p in places[doc].values()]
                fh.write(f"{k}\t{doc}\t{g['event_type']}\t{L.get('name_ar')}/{L.get('name')}\t{g.get('evidence')}\t{ps}\n")


if __name__ == "__main__":
    main()
