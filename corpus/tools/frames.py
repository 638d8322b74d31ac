#!/usr/bin/env python3
"""What became of the frames of each missed gold event (issue 9, recall): misses.py's kinds, read against a trace.

    python3 corpus/tools/frames.py GOLD.jsonl PRED.jsonl NOFILTER_PRED.jsonl ARTICLES.jsonl TRACE [--list FILE]

NOFILTER_PRED and TRACE come from one run with the event filter off:
    java -Drasd.trace=T.trace -jar rasd-nofilter.jar extract --in ARTICLES --out NOFILTER_PRED
Each false negative of misses.py (near-misses aside) is given the best outcome of the frames whose trigger lies in
its evidence sentence (coded, no-type, no-roles, no-date, inherited-unstated, no-place, no-candidate), or
"no-frame"; --list adds the frames and the triggers a cue blocked ("blocked" trace lines: the cue's kind and words,
future, purpose, background-clause, recalled). Write --list outside the repository: it quotes article text.
"""
import collections, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import misses as M  # noqa: E402

S = M.S
ORDER = ["coded", "no-type", "inherited:no-type", "no-roles", "no-date", "inherited:inherited-unstated",
         "inherited:no-date", "no-place", "inherited:no-place", "no-candidate", "vetoed"]


def outcome(o):
    if o.startswith("coded") or o.startswith("inherited:") and o.split(":")[1] not in ("no-type", "no-date",
                                                                                       "no-place", "inherited-unstated"):
        return "coded"
    return o


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
    if listing in args:
        args.remove(listing)
    gold, pred, nofilter = S.load(args[0]), S.load(args[1]), S.load(args[2])
    arts = {j["doc_id"]: j for j in map(json.loads, open(args[3], encoding="utf-8"))}
    frames, blocks = collections.defaultdict(list), collections.defaultdict(list)
    for line in open(args[4], encoding="utf-8"):
        j = json.loads(line)
        if j["kind"] == "frame":
            frames[j["doc"]].append(j)
        elif j["kind"] == "blocked":
            blocks[j["doc"]].append(j)
    counts = collections.Counter()
    out = open(listing, "w", encoding="utf-8") if listing else None
    for kind, doc, g, _ in M.classify(gold, pred, nofilter, M.load_triggers()):
        if kind == "near-miss":
            continue
        text, ev = arts[doc]["text"], (g.get("evidence") or "").strip()
        i = text.find(ev[:40]) if ev else -1
        fs, bs = [], []
        if i >= 0:
            a = max(text.rfind(ch, 0, i) for ch in ".\n!؟") + 1
            b = min([x for x in (text.find(ch, i + len(ev)) for ch in ".\n!؟") if x >= 0] + [len(text)])
            fs = [f for f in frames[doc] if a <= f["s"] <= b]
            bs = sorted({(x["trigger"], x["why"]) for x in blocks[doc] if a <= x["s"] <= b})
        best = min((outcome(f["outcome"]) for f in fs), key=lambda o: ORDER.index(o) if o in ORDER else 99,
                   default="no-frame" if i >= 0 else "evidence-not-found")
        counts[(kind, best)] += 1
        if out:
            L = g.get("location") or {}
            out.write(f"== {kind} / {best} | {doc} | {g['sub_event_type']} | {g.get('date')} | {L.get('name')}\n"
                      f"  evid: {ev[:300]}\n")
            for t, why in bs:
                out.write(f"   blocked {t} by {why}\n")
            for f in fs:
                out.write(f"   frame {f['trigger']} {f['type']} -> {f['outcome']} "
                          f"chosen={[x['text'] for x in f['chosen']]}\n")
    for (kind, best), n in counts.most_common():
        print(f"  {kind:18} {best:30} {n:4}")


if __name__ == "__main__":
    main()
