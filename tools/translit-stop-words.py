#!/usr/bin/env python3
"""Derives the words the geocoder never reads through a Latin place name
(src/main/resources/org/rasd/gazetteer/translit-stop-words.tsv) from the SaudiNewsNet week 2015-07-21..27.

A word that spells the Latin name of a place (Transliteration: بيان for Pan, محطة for Mahuta) is, when it is
frequent in the news, an ordinary word: a foreign town known to the gazetteer only by a Latin name is rarely
named. Every token of the week is counted with its readings (and-/so- proclitic off, then bi-/li-/ka-, then
the article al-/lil-), normalised and hamza-folded as NameKeys.fold does; a reading of at least MIN_LETTERS
letters met at least MIN_COUNT times is listed (not those that start with the article: a reading with the article
is never transliterated). Only the week named below is read (other days are held out).
Usage:
    python3 tools/translit-stop-words.py ../shared > src/main/resources/org/rasd/gazetteer/translit-stop-words.tsv
"""
import collections
import gzip
import json
import os
import re
import sys

WEEK = "corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz"
MIN_COUNT = 100
MIN_LETTERS = 3
HARAKAT = re.compile("[\u064B-\u0652\u0670\u0640\u200B-\u200F]")
WORD = re.compile("[\u0621-\u064A\u0671]+")


def norm(w):
    w = HARAKAT.sub("", w)
    for a in "\u0622\u0623\u0625\u0671":
        w = w.replace(a, "\u0627")
    w = w.replace("\u0629", "\u0647").replace("\u0649", "\u064A").replace("\u06CC", "\u064A") \
        .replace("\u06A9", "\u0643")
    return w.replace("\u0624", "\u0648").replace("\u0626", "\u064A").replace("\u0621", "")


def readings(w):
    forms = {w}
    if w[:1] in "\u0648\u0641" and len(w) > 3:
        forms.add(w[1:])
    for f in list(forms):
        if f[:1] in "\u0628\u0644\u0643" and len(f) > 3:
            forms.add(f[1:])
    for f in list(forms):
        if (f.startswith("\u0627\u0644") or f.startswith("\u0644\u0644")) and len(f) > 4:
            forms.add(f[2:])
    return forms


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    counts = collections.Counter()
    with gzip.open(os.path.join(shared, WEEK), "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            for m in WORD.finditer((d.get("title") or "") + " " + (d.get("text") or "")):
                for r in readings(norm(m.group(0))):
                    counts[r] += 1
    print("# Words never read as a place known only by its Latin name (Transliteration): derived from the")
    print("# SaudiNewsNet week 2015-07-21..27 by tools/translit-stop-words.py (do not edit by hand). A reading (proclitics")
    print("# and article off) of at least %d letters met at least %d times in the week is an ordinary word." % (MIN_LETTERS, MIN_COUNT))
    print("# word\tcount\tgloss")
    for w, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        if n >= MIN_COUNT and len(w) >= MIN_LETTERS and not w.startswith("\u0627\u0644"):
            print("%s\t%d\tderived: a frequent word" % (w, n))


if __name__ == "__main__":
    main()
