#!/usr/bin/env python3
"""Builds labelled story sets for `enrich.jar evaluate stories` from news articles that are not part of
newsflow: each source article becomes a gold story of its own, with 0-3 syndicated variants made by the
edits an outlet makes when it runs a wire report (a new headline, a byline, a dateline, the last third
trimmed, boilerplate added, a few words changed, paragraphs moved or added). Articles of the same
category get the same day, so that different articles on one topic and day sit side by side and any
merge between them is a false merge.

usage: syndicate.py OUT_DIR FILE.jsonl...   (lines {"id","title","text",...}; BBC lines' source_labels
       give the category, other files count as one category each)

Writes OUT_DIR/tune.jsonl and OUT_DIR/test.jsonl (the source articles split in two halves by a hash of
their id, each with its variants), lines {"id","title","text","publishedAt","story","duplicateOf"} in
arrival order. Deterministic: the same input gives the same output. Keep the output outside the project.
"""
import hashlib
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

OUTLETS = ["Coastal Wire", "Metro Daily", "The Evening Ledger", "Northern Post", "Capital Report",
           "Harbour Times", "Valley Courier", "Global Dispatch"]
CITIES = ["LONDON", "NEW YORK", "WASHINGTON", "PARIS", "BRUSSELS", "SYDNEY", "TORONTO", "JOHANNESBURG"]
REPORTERS = ["Anna Keller", "Rafael Ortiz", "Mei Tanaka", "Samuel Okafor", "Ingrid Holm", "Dev Sharma"]
FOOTERS = [
    "Copyright {year} {outlet}. All rights reserved. This material may not be published, broadcast, rewritten"
    " or redistributed.",
    "Follow {outlet} on social media for the latest updates. Sign up for our newsletter to get the day's top"
    " stories in your inbox.",
    "Additional reporting by {reporter}; editing by {editor}.",
    "This story has been corrected to fix a spelling error in the third paragraph.",
]
HEADERS = ["Advertisement", "Listen to this article", "Share this story", "READ MORE: Latest headlines"]
ADDED = [
    "Officials did not immediately respond to a request for comment.",
    "It was not immediately clear how the decision would affect the wider region.",
    "Analysts said the coming weeks would show whether the move had the intended effect.",
    "The figures are expected to be revised when more complete data become available next month.",
]
SYNONYMS = {
    "said": "stated", "says": "states", "big": "large", "large": "big", "increase": "rise", "rise": "increase",
    "cut": "reduce", "buy": "purchase", "help": "assist", "show": "indicate", "start": "begin",
    "end": "finish", "begin": "start", "also": "additionally", "but": "however", "about": "around",
    "many": "numerous", "quickly": "rapidly", "told": "informed", "major": "significant", "now": "currently",
    "plan": "proposal", "people": "individuals", "firm": "company", "company": "firm", "government": "administration",
}
HEADLINE_PREFIXES = ["UPDATE 1-", "UPDATE 2-", "BREAKING: ", "", "", ""]


def paragraphs_of(text):
    parts = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    if len(parts) >= 3:
        return parts
    # One block: split into groups of two sentences.
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])", text.strip())
    return [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)] or [text]


def new_headline(rng, title, paragraphs):
    words = title.split()
    choice = rng.randrange(3)
    if choice == 0 and paragraphs:
        # The lede's first words as a headline.
        lede = re.split(r"[,.;:]", paragraphs[0])[0].split()
        head = " ".join(lede[:rng.randint(6, 10)])
    elif choice == 1 and len(words) > 3:
        keep = words[:]
        del keep[rng.randrange(len(keep))]
        head = " ".join(keep) + rng.choice([": what we know", " - reports", ", officials say"])
    else:
        head = " ".join(words[::-1][:4][::-1]) + " as " + " ".join(words[:3]).lower()
    return rng.choice(HEADLINE_PREFIXES) + head


def change_words(rng, paragraph, count):
    tokens = paragraph.split(" ")
    positions = [i for i, t in enumerate(tokens) if t.lower() in SYNONYMS]
    rng.shuffle(positions)
    for i in positions[:count]:
        word = tokens[i]
        repl = SYNONYMS[word.lower()]
        tokens[i] = repl.capitalize() if word[:1].isupper() else repl
    return " ".join(tokens)


def variant(rng, article, kind):
    paragraphs = paragraphs_of(article["text"])
    if paragraphs and paragraphs[0].strip() == article["title"].strip() and len(paragraphs) > 1:
        paragraphs = paragraphs[1:]  # sets that repeat the title as the first line
    outlet = rng.choice(OUTLETS)
    title = article["title"]
    body = list(paragraphs)
    if kind in ("trim", "heavy"):
        title = new_headline(rng, title, body)
        keep = max(1, round(len(body) * 2 / 3))
        body = body[:keep]
    if kind == "heavy" and len(body) > 3:
        i = rng.randrange(1, len(body) - 1)
        body[i], body[i + 1] = body[i + 1], body[i]
    if kind == "heavy":
        body.insert(rng.randrange(1, len(body) + 1), rng.choice(ADDED))
    body = [change_words(rng, p, rng.randint(0, 2)) for p in body]
    if body:
        body[0] = "%s (%s) - %s" % (rng.choice(CITIES), outlet, body[0])
    if kind != "light" or rng.random() < 0.5:
        body.insert(0, "By %s, %s" % (rng.choice(REPORTERS), outlet))
    if rng.random() < 0.5:
        body.insert(0, rng.choice(HEADERS))
    footer = rng.choice(FOOTERS).format(year=2026, outlet=outlet, reporter=rng.choice(REPORTERS),
                                         editor=rng.choice(REPORTERS))
    body.append(footer)
    if kind == "light" and rng.random() < 0.5:
        title = title + " | " + outlet
    return title, "\n\n".join(body)


def category(line, path):
    labels = line.get("source_labels")
    if labels:
        return "bbc-" + labels[0]
    return os.path.basename(path).split(".")[0]


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir, files = argv[1], argv[2:]
    rng = random.Random(17)
    sources = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            for raw in f:
                if raw.strip():
                    line = json.loads(raw)
                    if line.get("text") and len(line["text"].split()) >= 60:
                        sources.append((category(line, path), line))
    # Same category, same day: chunks of up to 15 articles a day per category.
    by_category = {}
    for cat, line in sources:
        by_category.setdefault(cat, []).append(line)
    start = datetime(2026, 3, 2, 6, 0, tzinfo=timezone.utc)
    halves = {"tune": [], "test": []}
    for cat in sorted(by_category):
        for n, line in enumerate(by_category[cat]):
            day = start + timedelta(days=n // 15)
            published = day + timedelta(minutes=rng.randrange(0, 12 * 60))
            half = "tune" if int(hashlib.sha1(line["id"].encode()).hexdigest(), 16) % 2 == 0 else "test"
            title = line.get("title") or line["text"].split("\n")[0][:80]
            rows = halves[half]
            rows.append((published, {"id": line["id"], "title": title, "text": line["text"],
                                     "publishedAt": published.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                     "story": line["id"], "duplicateOf": None}))
            for v in range(rng.choice([0, 1, 1, 2, 3])):
                kind = rng.choice(["trim", "trim", "light", "heavy"])
                vt, vb = variant(rng, {"title": title, "text": line["text"]}, kind)
                when = published + timedelta(minutes=rng.randrange(5, 30 * 60))
                rows.append((when, {"id": "%s~v%d-%s" % (line["id"], v + 1, kind), "title": vt, "text": vb,
                                    "publishedAt": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                    "story": line["id"], "duplicateOf": line["id"]}))
    os.makedirs(out_dir, exist_ok=True)
    for half, rows in halves.items():
        rows.sort(key=lambda r: (r[0], r[1]["id"]))
        with open(os.path.join(out_dir, half + ".jsonl"), "w", encoding="utf-8") as f:
            for _, row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("%s: %d articles, %d stories" % (half, len(rows), len({r["story"] for _, r in rows})))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
