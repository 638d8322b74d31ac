#!/usr/bin/env python3
"""Error analysis of Rasd's output against the gold, by kind (issue 9).

    python3 corpus/tools/errors.py GOLD.jsonl PRED.jsonl [ARTICLES.jsonl] [--list FILE]

Pairs predictions with gold events the way score.py does, then puts every false positive, false negative and
strict error in one kind:

false positives
  wrong-date / wrong-place / wrong-type   an unpaired gold event of the article agrees on the two other keys
  duplicate                               it would match a gold event that another prediction already took
  not-event:KIND                          no gold event near it; KIND from cue words of its evidence sentence
                                          (statement, plan, background, tally, sports, crime, other)
false negatives
  article-empty     the rules coded nothing in the article
  near-miss         a wrong-date/place/type prediction stands for it
  missed            nothing of its type was coded near it
strict errors of true positives
  sub-type, actor1:victim-as-attacker (the prediction's actor1 is the gold actor2, or civilians), actor1:other,
  toll:over / toll:under / toll:none (and, for over-counts, whether the sentence also gives injured or arrests)

The cue words are a rough first sort for reading, not a classifier: `--list FILE` writes every error with its
sentence so the counts can be checked by hand (write it outside the repository: it quotes article text).
"""
import importlib.util, json, os, re, sys
from collections import Counter

here = os.path.dirname(os.path.abspath(__file__))
score_py = os.path.join(here, "..", "..", "..", "shared", "eval", "score.py")
if not os.path.exists(score_py):
    score_py = os.path.join(here, "..", "..", "..", "..", "shared", "eval", "score.py")
spec = importlib.util.spec_from_file_location("score", score_py)
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)

# cue words of not-event kinds, matched on the normalised sentence (a rough sort, see the module doc)
CUES = [
    ("sports", r"مباراه|مباريات|منتخب|الدوري|فريق|لاعب|بطوله|كره القدم|الملعب|هدف|اهداف|النادي"),
    ("crime", r"جريمه|جنائي|مخدرات|سرقه|سطو|عصابه|مشاجره|خلاف عائلي|ثار|المباحث|الامن العام|ضبط|حادث سير|مروري"),
    ("tally", r"حصيله|اجمالي|مجموع|منذ بدايه|منذ اندلاع|منذ مطلع|منذ شهر|منذ مارس|خلال الاسبوع|خلال الشهر|الاسبوع الماضي|منذ بدء|ارتفع عدد"),
    ("plan", r"سوف|سيتم|ستتم|سيقوم|ستقوم|سيكون|يعتزم|تعتزم|خطه|يخطط|تخطط|يهدد|تهدد|سيتم|ستقوم|ينوي|استعداد|تستعد|يستعد|تحضير|مرتقب"),
    ("statement", r"\bقال|اعلن|اكد|صرح|بيان|ادان|ندد|دعا|طالب|اشار|اوضح|نفى|حذر|وصف|اعتبر|تصريح|مؤتمر صحفي|المتحدث"),
    ("background", r"عام \d{4}|في \d{4}|منذ عام|منذ نحو|سابق|سنوات|سنتين|عامين|الماضيه|ذكرى|تاريخ|انذاك|حينها|كان قد|قبل اشهر|(يناير|فبراير|مارس|ابريل|مايو|يونيو|اذار|نيسان|ايار|حزيران)\)? الماضي"),
]


def norm(s):
    s = re.sub("[\u064b-\u0652\u0640]", "", s or "")
    s = re.sub("[إأآٱ]", "ا", s)
    return s.replace("ة", "ه").replace("ى", "ي")


def sentence(p):
    ev = p.get("evidence")
    if isinstance(ev, list):
        for v in ev:
            if v.get("role") == "sentence":
                return v.get("text", "")
        return " ".join(v.get("text", "") for v in ev)
    return ev or ""


def cue(text):
    t = norm(text)
    for kind, rx in CUES:
        if re.search(rx, t):
            return kind
    return "other"


def date_ok(p, g, published):
    pd, gd = S.day(p.get("event_date", p.get("date"))), S.day(g.get("date"))
    if gd is not None:
        slack = 1 if g.get("time_precision", 1) == 1 else 7
        return pd is not None and abs((pd - gd).days) <= slack
    pub = S.day(published)
    return pd is None or pub is None or -8 <= (pd - pub).days <= 1


def analyse(gold, pred):
    fp, fn, strict = Counter(), Counter(), Counter()
    rows = []
    for doc_id, gdoc in gold.items():
        P = (pred.get(doc_id) or {}).get("events", []) or []
        G = sorted(gdoc.get("events", []), key=lambda g: bool(g.get("optional")))
        pub = gdoc.get("published")

        def weight(p, g):
            if not S.matches(p, g, pub):
                return 0
            w = 100 if g.get("optional") else 10000
            w += 10 * (p.get("sub_event_type") == g["sub_event_type"])
            w += 3 * (S.inter(p.get("actor1")) == S.inter(g.get("actor1"))) + 3 * S.fatal_ok(p, g)
            return w

        m = S.assignment([[weight(p, g) for g in G] for p in P])
        taken = set(m.values())
        near = set()
        for i, p in enumerate(P):
            if i in m:
                g = G[m[i]]
                if g.get("optional"):
                    continue
                kinds = []
                if p.get("sub_event_type") != g["sub_event_type"]:
                    kinds.append("sub-type")
                a1p, a1g = S.inter(p.get("actor1")), S.inter(g.get("actor1"))
                if a1p != a1g:
                    victim = a1p is not None and (a1p == S.inter(g.get("actor2")) or (a1p == 7 and a1g != 7))
                    kinds.append("actor1:victim-as-attacker" if victim else "actor1:other")
                if not S.fatal_ok(p, g):
                    pf, gf = p.get("fatalities"), g.get("fatalities")
                    if pf is None:
                        k = "toll:none"
                    elif pf > gf:
                        t = norm(sentence(p))
                        k = "toll:over" + ("+injured" if re.search(r"جرحي|جريح|اصابه|مصاب", t) else "") \
                            + ("+arrests" if re.search(r"اعتقال|اعتقل|معتقل|القبض|اسر|احتجاز|توقيف", t) else "") \
                            + ("+tally" if cue(t) == "tally" else "")
                    else:
                        k = "toll:under"
                    kinds.append(k)
                for k in kinds:
                    strict[k] += 1
                if kinds:
                    rows.append(("strict", ",".join(kinds), doc_id, p, g))
                continue
            kind = None
            for j, g in enumerate(G):
                if j in taken or j in near:
                    continue
                same_type = p.get("event_type") == g["event_type"]
                loc = S.located(p, g)
                dt = date_ok(p, g, pub)
                if same_type and loc and not dt:
                    kind = "wrong-date"
                elif same_type and dt and not loc:
                    kind = "wrong-place"
                elif not same_type and loc and dt:
                    kind = "wrong-type"
                if kind:
                    if not g.get("optional"):
                        near.add(j)
                    rows.append(("fp", kind, doc_id, p, g))
                    break
            if kind is None:
                if any(S.matches(p, G[j], pub) for j in taken):
                    kind = "duplicate"
                else:
                    kind = "not-event:" + cue(sentence(p))
                rows.append(("fp", kind, doc_id, p, None))
            fp[kind] += 1
        for j, g in enumerate(G):
            if g.get("optional") or j in taken:
                continue
            kind = "near-miss" if j in near else "article-empty" if not P else "missed"
            fn[kind] += 1
            rows.append(("fn", kind, doc_id, None, g))
    return fp, fn, strict, rows


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
    if listing in args:
        args.remove(listing)
    gold, pred = S.load(args[0]), S.load(args[1])
    texts = {}
    if len(args) > 2:
        for line in open(args[2], encoding="utf-8"):
            a = json.loads(line)
            texts[a["doc_id"]] = a
    fp, fn, strict, rows = analyse(gold, pred)
    for name, c in (("false positives", fp), ("false negatives", fn), ("strict errors of true positives", strict)):
        print(f"{name}: {sum(c.values())}")
        for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])):
            print(f"  {k:34} {v}")
    if listing:
        with open(listing, "w", encoding="utf-8") as out:
            for what, kind, doc_id, p, g in rows:
                out.write(f"== {what} {kind} {doc_id}\n")
                if p:
                    L = p.get("location") or {}
                    out.write(f"  pred: {p.get('sub_event_type')} | {p.get('event_date')} | {L.get('name')} {L.get('name_ar')} "
                              f"| a1 {S.inter(p.get('actor1'))} a2 {S.inter(p.get('actor2'))} | fat {p.get('fatalities')}\n")
                    out.write(f"  sent: {sentence(p)[:400]}\n")
                if g:
                    L = g.get("location") or {}
                    out.write(f"  gold: {g.get('sub_event_type')} | {g.get('date')} | {L.get('name')} "
                              f"| a1 {S.inter(g.get('actor1'))} a2 {S.inter(g.get('actor2'))} | fat {g.get('fatalities')}"
                              f"{' | optional' if g.get('optional') else ''}\n")
                    out.write(f"  evid: {str(g.get('evidence'))[:400]}\n")
                if doc_id in texts and what == "fn" and not p:
                    out.write(f"  title: {texts[doc_id].get('title')}\n")


if __name__ == "__main__":
    main()
