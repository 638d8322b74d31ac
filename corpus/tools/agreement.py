#!/usr/bin/env python3
"""Inter-annotator agreement of the corpus: each batch's first coding scored against its reviewed gold.

    python3 corpus/tools/agreement.py [--data ../shared]

Prints one line per reviewed batch and the pooled figure (all batches concatenated), with score.py.
"""
import glob, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, ".."))
data = sys.argv[sys.argv.index("--data") + 1] if "--data" in sys.argv else os.path.join(root, "..", "..", "shared")
score = os.path.join(data, "eval", "score.py")

def run(gold, pred):
    out = subprocess.run([sys.executable, score, gold, pred], capture_output=True, text=True, check=True).stdout
    return out.strip().splitlines()[-1]

batches = sorted(os.path.basename(p)[:-6] for p in glob.glob(os.path.join(root, "gold", "batch-*.jsonl")))
print(f"{'batch':10} agreement (coded scored against reviewed gold)")
with tempfile.TemporaryDirectory() as t:
    g_all, c_all = os.path.join(t, "gold.jsonl"), os.path.join(t, "coded.jsonl")
    with open(g_all, "w", encoding="utf-8") as G, open(c_all, "w", encoding="utf-8") as C:
        for b in batches:
            g, c = os.path.join(root, "gold", b + ".jsonl"), os.path.join(root, "coded", b + ".jsonl")
            print(f"{b:10} {run(g, c)}")
            G.write(open(g, encoding="utf-8").read())
            C.write(open(c, encoding="utf-8").read())
    print(f"{'pooled':10} {run(g_all, c_all)}")
