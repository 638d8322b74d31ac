#!/usr/bin/env python3
"""Gazetteer lookup for annotators: candidate places for an Arabic (or Latin) name, with coordinates.

    python3 corpus/tools/place.py NAME [NAME...] [--country SY] [--data ../shared]

Searches GeoNames cities500 (name, asciiname, alternatenames) and Who's On First (name, name_ar) of the
27 countries in ../shared/gazetteer, after the same light normalisation as the annotation guide expects
(hamza forms, ta marbuta, alef maqsura, diacritics; a leading "al-" is tried both ways). Prints one
candidate a line: source, id, placetype or feature code, English name, country, lat, lon, population.
A cache of the index goes to ~/.rasd/annot-places.pickle.
"""
import gzip, os, pickle, re, sys, glob, collections

def norm(s):
    s = re.sub("[\u064b-\u0652\u0640\u0670]", "", s.strip())
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return s.lower()

def keys(s):
    n = norm(s)
    out = {n}
    if n.startswith("ال") and len(n) > 4:
        out.add(n[2:])
    return out

args = [a for a in sys.argv[1:]]
data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
country = None
if "--data" in args:
    i = args.index("--data"); data = args[i + 1]; del args[i:i + 2]
if "--country" in args:
    i = args.index("--country"); country = args[i + 1].upper(); del args[i:i + 2]
cache = os.path.expanduser(os.environ.get("RASD_HOME", "~/.rasd")) + "/annot-places.pickle"
if os.path.exists(cache):
    index = pickle.load(open(cache, "rb"))
else:
    index = collections.defaultdict(list)
    g = os.path.join(data, "gazetteer")
    for line in gzip.open(os.path.join(g, "cities500.txt.gz"), "rt", encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        rec = ("geonames", f[0], f[7], f[1], f[8], float(f[4]), float(f[5]), int(f[14] or 0))
        names = {f[1], f[2]} | set(f[3].split(",")) if f[3] else {f[1], f[2]}
        for n in names:
            if n:
                for k in keys(n):
                    index[k].append(rec)
    for p in sorted(glob.glob(os.path.join(g, "wof_*_places.tsv.gz"))):
        cc = os.path.basename(p)[4:6].upper()
        with gzip.open(p, "rt", encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                f = line.rstrip("\n").split("\t")
                if len(f) < 6 or not f[4] or not f[5]:
                    continue
                rec = ("wof", f[0], f[1], f[2], cc, float(f[4]), float(f[5]), 0)
                for n in [f[2]] + (f[3].split("|") if f[3] else []):
                    if n:
                        for k in keys(n):
                            index[k].append(rec)
    index = dict(index)
    os.makedirs(os.path.dirname(cache), exist_ok=True)
    pickle.dump(index, open(cache, "wb"))
for name in args:
    seen = set()
    hits = []
    for k in keys(name):
        for r in index.get(k, []):
            if r[:2] not in seen and (country is None or r[4] == country):
                seen.add(r[:2]); hits.append(r)
    hits.sort(key=lambda r: -r[7])
    print(f"== {name}: {len(hits)} candidates")
    for r in hits[:25]:
        print("  %-8s %-12s %-12s %-32s %s %9.5f %10.5f pop=%d" % r)
