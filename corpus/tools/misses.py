#!/usr/bin/env python3
"""Why gold events are missed: a finer sort of the false negatives of errors.py (issue 9, recall).

    python3 corpus/tools/misses.py GOLD.jsonl PRED.jsonl NOFILTER_PRED.jsonl [--list FILE] [--words N]

NOFILTER_PRED is the same articles extracted with the learned event filter switched off (enabled=false in
src/main/resources/org/rasd/decide/event-filter.properties). Each required gold event that no prediction matches
falls in the first kind that applies:

  near-miss        a wrong-date/place/type prediction of the article stands for it (errors.py's pairing)
  filter-dropped   a prediction of the unfiltered run matches it: the learned event filter dropped it
  coded-elsewhere  the unfiltered run coded an event from its evidence sentence, of another type, place or date
                   (or merged it into another event of the article)
  trigger-no-event the evidence sentence holds an event trigger of triggers.tsv (approximate matcher below) but
                   no event came of it: a modality/background veto, no place, no actor, no date
  kill-only        the sentence holds only a death cue (KILL role) and no event trigger
  no-trigger       no trigger of the lexicon in the evidence sentence: missing vocabulary

The trigger matcher follows the lexicon's documented rule (normalised forms; proclitics و ف ب ل ك ال لل and the
common suffixes allowed; a form ending in "=" only as written); it is a reading aid, not the Java matcher.
--words N prints the N commonest words of the no-trigger evidence sentences (what vocabulary to add).
Write --list outside the repository: it quotes article text.
"""
import json, os, re, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import errors as E  # noqa: E402

S = E.S
HERE = os.path.dirname(os.path.abspath(__file__))
TRIGGERS = os.path.join(HERE, "..", "..", "src", "main", "resources", "org", "rasd", "lexicon", "triggers.tsv")
PRO = r"(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?"
SUF = r"(?:ات|ين|ون|ان|ه|ها|هم|ت|وا|تا|ا)?"


def tokens(text):
    return re.findall(r"[\u0621-\u064a]+", E.norm(text))


def load_triggers(path=TRIGGERS):
    """(role, sub_event_type, [token regexes]) for every form of the lexicon."""
    out = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4:
            continue
        for form in cols[0].split("|"):
            exact = form.endswith("=")
            words = E.norm(form.rstrip("=")).split()
            if not words:
                continue
            rx = [re.compile("^" + PRO + re.escape(w) + ("" if exact and i == len(words) - 1 else SUF) + "$")
                  for i, w in enumerate(words)]
            out.append((cols[3], cols[2], rx, form))
    return out


def triggers_in(text, lex):
    """The (role, sub-type, form) of each lexicon form found in text."""
    toks = tokens(text)
    found = []
    for role, sub, rx, form in lex:
        n = len(rx)
        for i in range(len(toks) - n + 1):
            if all(rx[k].match(toks[i + k]) for k in range(n)):
                found.append((role, sub, form))
                break
    return found


def overlaps(a, b):
    a, b = E.norm(a), E.norm(b)
    return bool(a and b) and (a in b or b in a or len(set(tokens(a)) & set(tokens(b))) >= max(4, len(set(tokens(b))) // 2))


def classify(gold, pred, nofilter, lex):
    _, _, _, rows = E.analyse(gold, pred)
    out = []
    for what, kind, doc_id, p, g in rows:
        if what != "fn":
            continue
        pub = gold[doc_id].get("published")
        if kind == "near-miss":
            out.append((kind, doc_id, g, None))
            continue
        nf = (nofilter.get(doc_id) or {}).get("events", []) or []
        ev = g.get("evidence") or ""
        if any(S.matches(q, g, pub) for q in nf):
            out.append(("filter-dropped", doc_id, g, None))
        elif any(overlaps(E.sentence(q), ev) for q in nf):
            out.append(("coded-elsewhere", doc_id, g, [q for q in nf if overlaps(E.sentence(q), ev)][0]))
        else:
            found = triggers_in(ev, lex)
            roles = {r for r, _, _ in found}
            if roles - {"KILL", "INJURE", "WEAPON", "ATTEMPT", "IGNORE"}:
                out.append(("trigger-no-event", doc_id, g, found))
            elif "KILL" in roles:
                out.append(("kill-only", doc_id, g, found))
            else:
                out.append(("no-trigger", doc_id, g, found))
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
    nwords = int(sys.argv[sys.argv.index("--words") + 1]) if "--words" in sys.argv else 0
    for v in (listing, str(nwords)):
        if v in args:
            args.remove(v)
    gold, pred, nofilter = S.load(args[0]), S.load(args[1]), S.load(args[2])
    rows = classify(gold, pred, nofilter, load_triggers())
    c = Counter(k for k, *_ in rows)
    by_type = Counter((k, g["event_type"]) for k, _, g, _ in rows)
    print(f"false negatives: {len(rows)}")
    for k, v in c.most_common():
        types = ", ".join(f"{t} {n}" for (kk, t), n in by_type.most_common() if kk == k)
        print(f"  {k:18} {v:4}   ({types})")
    if nwords:
        w = Counter()
        for k, _, g, _ in rows:
            if k == "no-trigger":
                w.update(set(tokens(g.get("evidence") or "")))
        print("commonest words of no-trigger evidence:", " ".join(f"{t}:{n}" for t, n in w.most_common(nwords)))
    if listing:
        with open(listing, "w", encoding="utf-8") as f:
            for k, doc_id, g, extra in sorted(rows, key=lambda r: (r[0], r[2]["event_type"], r[1])):
                L = g.get("location") or {}
                f.write(f"== {k} {doc_id} | {g['sub_event_type']} | {g.get('date')} | {L.get('name')}\n")
                f.write(f"  evid: {g.get('evidence')}\n")
                if isinstance(extra, dict):
                    QL = extra.get("location") or {}
                    f.write(f"  coded: {extra.get('sub_event_type')} | {extra.get('event_date')} | {QL.get('name')}\n")
                elif extra:
                    f.write(f"  triggers: {sorted({(r, fm) for r, _, fm in extra})}\n")


if __name__ == "__main__":
    main()
