#!/usr/bin/env python3
"""Agreement of two judges of one stream-audit sheet (issue 9).

    python3 corpus/tools/audit_agreement.py SHEET_A.csv SHEET_B.csv

Prints ok-vs-not-ok and six-way agreement with Cohen's kappa, the rows both / either judge call ok, and the rows
where the verdicts differ (row, doc, A, B, both comments) as a Markdown table.
"""
import collections, csv, sys

A = {r["n"]: r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
B = {r["n"]: r for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))}
rows = [k for k in A if k in B and A[k]["verdict"].strip() and B[k]["verdict"].strip()]
n = len(rows)
va = {k: A[k]["verdict"].strip() for k in rows}
vb = {k: B[k]["verdict"].strip() for k in rows}


def kappa(agree, ca, cb):
    pe = sum(ca[c] * cb[c] for c in set(ca) | set(cb)) / n / n
    return (agree / n - pe) / (1 - pe) if pe < 1 else 1.0


oka = {k: va[k] == "ok" for k in rows}
okb = {k: vb[k] == "ok" for k in rows}
agree2 = sum(oka[k] == okb[k] for k in rows)
agree6 = sum(va[k] == vb[k] for k in rows)
k2 = kappa(agree2, collections.Counter(oka.values()), collections.Counter(okb.values()))
k6 = kappa(agree6, collections.Counter(va.values()), collections.Counter(vb.values()))
both = sum(oka[k] and okb[k] for k in rows)
either = sum(oka[k] or okb[k] for k in rows)
print(f"rows judged by both: {n}")
print(f"ok vs not-ok: {agree2}/{n} = {agree2 / n:.3f}, kappa {k2:.2f}; six verdicts: {agree6}/{n} = {agree6 / n:.3f}, kappa {k6:.2f}")
print(f"both ok {both} ({both / n:.3f}), either ok {either} ({either / n:.3f})")
print("\n| row | doc | A | B | A's comment | B's comment |\n|---|---|---|---|---|---|")
for k in sorted((k for k in rows if va[k] != vb[k]), key=int):
    print(f"| {k} | {A[k]['doc_id']} | {va[k]} | {vb[k]} | {A[k].get('comment', '')[:110]} | {B[k].get('comment', '')[:110]} |")
