#!/usr/bin/env python3
"""Draws the training corpus sample from the SaudiNewsNet week, deterministically.

    python3 corpus/sample.py [--data ../shared] > corpus/sample.tsv
    python3 corpus/sample.py --seed 20261203 --conflict 150 --random 75 --test-share 0 \
        --exclude corpus/sample.tsv > corpus/sample2.tsv
    python3 corpus/sample.py --seed 20261205 --conflict 60 --random 30 --test-share 0 \
        --exclude corpus/sample.tsv --exclude corpus/sample2.tsv > corpus/sample3.tsv
    python3 corpus/sample.py --seed 20261206 --conflict 60 --random 30 --test-share 0 \
        --exclude corpus/sample.tsv --exclude corpus/sample2.tsv --exclude corpus/sample3.tsv > corpus/sample4.tsv

Two strata, the dev-set articles excluded:
  conflict  220 articles that the keyword search (conflict-keywords.tsv, >= 3 whole-word hits) finds
            conflict-related, allocated over the countries they are about (country-keywords.tsv) in
            proportion to the square root of each country's count, so every country is in and no war fills it;
  random    110 articles drawn uniformly from the rest of the week (sports, economy, religion, opinion,
            crime: where false positives come from).
Split: 25% of each stratum is `test` (sorted by SHA-1 of the doc id), the rest `train`.
Texts stay in ../shared; only doc ids are kept in the repository.
"""
import gzip, hashlib, json, os, random, re, sys, collections

def opt(name, default, kind=str):
    return kind(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default

# round 1 (sample.tsv): the defaults; round 2 (sample2.tsv): --seed 20261203 --conflict 150 --random 75
# --test-share 0 --exclude corpus/sample.tsv (more training articles, the test split unchanged); round 3
# (sample3.tsv): --seed 20261205 --conflict 60 --random 30 --test-share 0, rounds 1 and 2 excluded; round 4
# (sample4.tsv): --seed 20261206 --conflict 60 --random 30 --test-share 0, rounds 1-3 excluded
SEED = opt("--seed", 20261202, int)
N_CONFLICT, N_RANDOM, TEST_SHARE = opt("--conflict", 220, int), opt("--random", 110, int), opt("--test-share", 0.25, float)
EXCLUDE = set()
for f in [a for i, a in enumerate(sys.argv) if i > 0 and sys.argv[i - 1] == "--exclude"]:
    EXCLUDE |= {l.split("\t")[0] for l in open(f, encoding="utf-8")}
here = os.path.dirname(os.path.abspath(__file__))
data = sys.argv[sys.argv.index("--data") + 1] if "--data" in sys.argv else os.path.join(here, "..", "..", "shared")

def norm(s):
    s = re.sub("[\u064b-\u0652\u0640]", "", s)
    s = re.sub("[أإآٱ]", "ا", s)
    return s.replace("ى", "ي").replace("ة", "ه")

def tsv(name):
    rows = []
    for line in open(os.path.join(here, name), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows

keywords = [norm(r[0]) for r in tsv("conflict-keywords.tsv")]
countries = [(r[0], norm(r[1])) for r in tsv("country-keywords.tsv")]
dev = {json.loads(l)["doc_id"] for l in open(os.path.join(data, "corpus/dev/articles.jsonl"), encoding="utf-8")}
week = [json.loads(l) for l in gzip.open(os.path.join(data, "corpus/saudinewsnet/saudinewsnet-2015-07-21_27.jsonl.gz"), "rt", encoding="utf-8")]
week = [a for a in week if a["doc_id"] not in dev and a["doc_id"] not in EXCLUDE and len(a.get("text") or "") >= 200]
week.sort(key=lambda a: a["doc_id"])

def words(t):
    """Whole words, each also without one clitic (wa-, fa-, bi-, li-, ka-), joined by spaces and padded."""
    out = []
    for w in re.findall(r"[\u0621-\u064a]+", t):
        out.append(w[1:] if len(w) > 3 and w[0] in "وفبلك" else w)
    return " " + " ".join(out) + " " + " ".join(re.findall(r"[\u0621-\u064a]+", t)) + " "

def count(t, k):
    return t.count(" " + k + " ")

def country(t):
    c = collections.Counter()
    for cc, k in countries:
        c[cc] += count(t, k)
    return c.most_common(1)[0][0] if c and c.most_common(1)[0][1] > 0 else "XX"

rng = random.Random(SEED)
by_country = collections.defaultdict(list)
for a in week:
    t = words(norm(a["title"] + " " + a["text"]))
    hits = sum(count(t, k) for k in keywords)
    if hits >= 3:
        by_country[country(t)].append(a)
for lst in by_country.values():
    rng.shuffle(lst)
# allocation proportional to the square root of each country's share: every country is represented and
# the big wars (Yemen, Syria, Iraq) still weigh most, as in the stream (largest remainder rounding)
import math
w = {cc: math.sqrt(len(l)) for cc, l in by_country.items()}
quota = {cc: N_CONFLICT * w[cc] / sum(w.values()) for cc in w}
alloc = {cc: min(len(by_country[cc]), int(q)) for cc, q in quota.items()}
for cc in sorted(quota, key=lambda c: (-(quota[c] - int(quota[c])), c)):
    if sum(alloc.values()) < N_CONFLICT and alloc[cc] < len(by_country[cc]):
        alloc[cc] += 1
conflict = [(by_country[cc][i], cc) for cc in sorted(alloc) for i in range(alloc[cc])]
taken = {a["doc_id"] for a, _ in conflict}
rest = [a for a in week if a["doc_id"] not in taken]
randoms = [(a, country(words(norm(a["title"] + " " + a["text"])))) for a in rng.sample(rest, N_RANDOM)]

def split(rows, stratum):
    rows = sorted(rows, key=lambda r: hashlib.sha1(r[0]["doc_id"].encode()).hexdigest())
    k = round(len(rows) * TEST_SHARE)
    return [(a["doc_id"], stratum, "test" if i < k else "train", cc, a["source"], len(a["text"])) for i, (a, cc) in enumerate(rows)]

print("doc_id\tstratum\tsplit\tcountry_hint\tsource\tchars")
for row in sorted(split(conflict, "conflict") + split(randoms, "random")):
    print("\t".join(map(str, row)))
