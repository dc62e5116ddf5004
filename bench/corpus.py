"""Synthetic news corpora for benchmarks: N distinct happenings, each reported ~twice.

Usage: ``python bench/corpus.py EVENTS OUT.jsonl [--seed N]``

Every happening has a subject, an action, an object, a place and a day;
articles (JSON Lines, the research-corpus format ``chronicle ingest`` reads)
report several happenings each, with dates written the ways news writes
them ("on 7 March", "on Tuesday", "March 7, 2024", "last month"), padded with
undated background sentences. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

FIRST = """Ana Boris Carla Dmitri Elena Farid Grace Hiro Ines Jonas Kemal Lucia Mateo Nadia Omar
    Priya""".split()
LAST = """Alvarez Brandt Costa Dubois Eriksen Fischer Garcia Haddad Ivanova Jensen Kowalski Laurent
    Moreau Novak Ortiz Petrov""".split()
ROLES = ["President", "Prime Minister", "Finance Minister", "Governor", "Senator", "Mayor"]
ACTIONS = [
    ("signed", "a trade agreement with"),
    ("met", "the leaders of"),
    ("announced", "new sanctions against"),
    ("visited", "flood victims in"),
    ("opened", "a new hospital in"),
    ("criticised", "the government of"),
    ("launched", "an inquiry into corruption in"),
    ("cancelled", "a planned summit with"),
    ("approved", "an emergency budget for"),
    ("welcomed", "a delegation from"),
]
PLACES = """Arden Belmora Castel Dunmore Elvaria Fenwick Galdor Harrow Istra Jorvik Kestrel Lumen
    Marrow Norland Ostia Perrin""".split()
BACKGROUND = [
    "Analysts said the move reflected growing pressure on the coalition.",
    "Officials declined to comment on the details of the negotiations.",
    "The opposition has repeatedly called for greater transparency.",
    "Markets reacted calmly to the news, with the currency little changed.",
    "Critics argue that the policy will take years to show results.",
    "Residents interviewed by reporters expressed cautious optimism.",
]


@dataclass(frozen=True)
class Happening:
    """One synthetic real-world event."""

    subject: str
    verb: str
    obj: str
    place: str
    day: dt.date


def make_happenings(count: int, rng: random.Random) -> list[Happening]:
    """``count`` distinct happenings between 2020 and 2025."""
    start = dt.date(2020, 1, 1).toordinal()
    out = []
    for index in range(count):
        verb, obj = ACTIONS[index % len(ACTIONS)]
        person = f"{rng.choice(ROLES)} {rng.choice(FIRST)} {rng.choice(LAST)}"
        place = (
            f"{rng.choice(PLACES)}{'' if index < len(PLACES) else ' ' + str(index // len(PLACES))}"
        )
        out.append(
            Happening(person, verb, obj, place, dt.date.fromordinal(start + rng.randrange(2190)))
        )
    return out


def _date_phrase(day: dt.date, published: dt.date, rng: random.Random) -> str:
    delta = (published - day).days
    if 0 < delta < 7 and rng.random() < 0.5:
        return "on " + day.strftime("%A")
    style = rng.randrange(3)
    if style == 0:
        return (
            f"on {day.day} {day.strftime('%B')}"
            if day.year == published.year
            else f"on {day.day} {day.strftime('%B %Y')}"
        )
    if style == 1:
        return f"on {day.strftime('%B')} {day.day}, {day.year}"
    return f"in {day.strftime('%B %Y')}"


def make_articles(
    happenings: list[Happening], rng: random.Random, per_article: int = 8
) -> list[dict[str, str]]:
    """Articles reporting the happenings, each about twice, in JSON Lines records."""
    order = [h for h in happenings for _ in range(2)]
    rng.shuffle(order)
    articles = []
    for index in range(0, len(order), per_article):
        batch = order[index : index + per_article]
        published = max(h.day for h in batch) + dt.timedelta(days=rng.randrange(1, 5))
        paragraphs = []
        for happening in batch:
            when = _date_phrase(happening.day, published, rng)
            sentence = (
                f"{happening.subject} {happening.verb} {happening.obj} {happening.place} {when}."
            )
            paragraphs.append(f"{sentence} {rng.choice(BACKGROUND)}")
        articles.append(
            {
                "id": f"synthetic-{index // per_article:06d}",
                "published": published.isoformat(),
                "title": f"Synthetic news digest {index // per_article + 1}",
                "text": "\n\n".join(paragraphs),
            }
        )
    return articles


def write_corpus(events: int, out: Path, seed: int = 7) -> int:
    """Write a corpus of about ``events`` happenings to ``out``; returns its size in bytes."""
    rng = random.Random(seed)
    articles = make_articles(make_happenings(events, rng), rng)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return out.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    size = write_corpus(args.events, args.out, args.seed)
    print(f"{args.out}: {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
