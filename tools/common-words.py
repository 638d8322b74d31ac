#!/usr/bin/env python3
"""Derives the geocoder's list of place names that are mostly common words
(src/main/resources/org/rasd/gazetteer/common-words-derived.tsv) from the SaudiNewsNet week 2015-07-21..27.

Candidates are the one-word Arabic names of the gazetteer sources (Who's On First name_ar, GeoNames cities500
alternate names). For each candidate key (normalised, leading al- dropped, as NameKeys.key does) the script counts
its occurrences in a locative position (after a locative word of locatives.tsv or a head of heads.tsv, or with the
proclitic bi-) and elsewhere. A key is listed when it occurs at least MIN_TOTAL times and at most LOC_SHARE of its
occurrences are locative: such a word is a common word far more often than a place, so it needs a locative head
or strong context to become a place. Only the week named below is read (other days are held out). Usage:
    python3 tools/common-words.py ../shared > src/main/resources/org/rasd/gazetteer/common-words-derived.tsv
"""
import collections
import csv
import glob
import gzip
import json
import os
import re
import sys

WEEK = "corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz"
MIN_TOTAL = 30
LOC_SHARE = 0.05
RES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "org", "rasd",
                   "gazetteer")
HARAKAT = re.compile("[\u064B-\u0652\u0670\u0640\u200B-\u200F]")
WORD = re.compile("[\u0621-\u064A\u0671]+")


def norm(w):
    w = HARAKAT.sub("", w)
    for a in "\u0622\u0623\u0625\u0671":
        w = w.replace(a, "\u0627")
    return w.replace("\u0629", "\u0647").replace("\u0649", "\u064A").replace("\u06CC", "\u064A") \
        .replace("\u06A9", "\u0643")


def key(w):
    w = norm(w)
    return w[2:] if w.startswith("\u0627\u0644") and len(w) > 4 else w


def first_column(name):
    out = set()
    for line in open(os.path.join(RES, name), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        out.add(norm(line.split("\t")[0].strip()))
    return out


def candidates(shared):
    keys = set()
    for f in sorted(glob.glob(os.path.join(shared, "gazetteer", "wof_*_places.tsv.gz"))):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) > 3 and row[0] != "wof_id":
                    for n in row[3].split("|"):
                        if WORD.fullmatch(n.strip() or "-"):
                            keys.add(key(n.strip()))
    with gzip.open(os.path.join(shared, "gazetteer", "cities500.txt.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            row = line.split("\t")
            if len(row) > 3:
                for n in row[3].split(","):
                    if WORD.fullmatch(n.strip() or "-"):
                        keys.add(key(n.strip()))
    return keys


def main(shared):
    cands = candidates(shared)
    locative = first_column("locatives.tsv") | {w for w in first_column("heads.tsv") if " " not in w}
    loc = collections.Counter()
    other = collections.Counter()
    with gzip.open(os.path.join(shared, WEEK), "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            for text in (d.get("title") or "", d.get("text") or ""):
                prev = ""
                for m in WORD.finditer(text):
                    w = norm(m.group())
                    k = key(w)
                    p = prev[1:] if prev.startswith("\u0648") and prev[1:] in locative else prev
                    if k in cands:
                        (loc if p in locative else other)[k] += 1
                    else:
                        for pre in ("\u0628", "\u0648\u0628"):  # bi-, wa-bi-: in
                            if w.startswith(pre) and key(w[len(pre):]) in cands and len(w) > len(pre) + 2:
                                loc[key(w[len(pre):])] += 1
                                break
                    prev = w
    print("# Place names that are mostly common words in news: derived from the SaudiNewsNet week 2015-07-21..27 by")
    print("# tools/common-words.py (do not edit by hand). A gazetteer name (one word, key without al-) occurring at")
    print("# least %d times, at most %d%% of them after a locative word or head: it needs a locative head or strong"
          % (MIN_TOTAL, int(LOC_SHARE * 100)))
    print("# context to become a place (same rule as common-words.tsv).")
    print("# word\tnon_locative\tlocative\tgloss")
    for k in sorted(cands, key=lambda k: (-(other[k] + loc[k]), k)):
        n, l = other[k], loc[k]
        if n + l >= MIN_TOTAL and l <= LOC_SHARE * (n + l):
            print("%s\t%d\t%d\tderived: ratio %d/%d" % (k, n, l, n, n + l))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared")
