#!/usr/bin/env python3
"""Type confusion of Rasd's output against the gold (issue 9, deliverable 3(d)).

    python3 corpus/tools/types.py GOLD.jsonl PRED.jsonl

Pairs predictions with gold events the way score.py does (errors.py's pairing), then prints the sub-type confusion
of the paired events (gold → predicted, only the disagreements) and, for the false positives that an unpaired gold
event of another family explains (same place and day), the family confusion.
"""
import os, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import errors as E  # noqa: E402


def main():
    gold, pred = E.S.load(sys.argv[1]), E.S.load(sys.argv[2])
    _, _, _, rows = E.analyse(gold, pred)
    sub, fam, paired = Counter(), Counter(), 0
    for what, kind, _, p, g in rows:
        if what == "strict" and "sub-type" in kind.split(","):
            sub[(g["sub_event_type"], p.get("sub_event_type"))] += 1
        if what == "fp" and kind == "wrong-type":
            fam[(g["sub_event_type"], p.get("sub_event_type"))] += 1
    print(f"sub-type errors of paired events: {sum(sub.values())}  (gold -> predicted)")
    for (g, p), n in sorted(sub.items(), key=lambda x: -x[1]):
        print(f"  {n:3}  {g} -> {p}")
    print(f"wrong-family false positives: {sum(fam.values())}  (gold -> predicted)")
    for (g, p), n in sorted(fam.items(), key=lambda x: -x[1]):
        print(f"  {n:3}  {g} -> {p}")


if __name__ == "__main__":
    main()
