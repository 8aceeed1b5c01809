"""Synthetic bundles with a known duplicate structure, for benchmarks.

    python -m benchmarks.generate --documents 20000 --out benchmarks/out/news-20k.bundle

Writes the bundle and `<bundle>.truth.parquet` (one row per document: `ordinal`,
`original` = ordinal of the document it copies, or its own; `kind` = original |
exact | near; `lang`). Documents are news-like: a headline, optional byline and
date, ~2.5 KB of sentences built from Faker's real word lists with names, places
and organisations mixed in, and one of several sites' boilerplate (navigation,
"Also read" teasers, captions, link-list tails, sign-up blocks, copyright).
Exact copies repeat a raw document; near copies carry another site's
boilerplate and small edits; some documents are German, French or Spanish.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import polars as pl
from faker import Faker

from tasks.bundle import write_bundle

SITES = [
    {"head": ["Skip to content", "Menu", "Search"], "teaser": "Also read: {headline}", "tail": ["More from {site}", "", "{headline}", "", "{headline}", "", "{headline}"],
     "foot": ["Sign Up To Our Daily Digest", "Get the latest news in your inbox before it's too late so you don't miss a thing."]},
    {"head": ["Home", "Share on Facebook | Share on Twitter | Email"], "teaser": "READ MORE: {headline}", "tail": ["Related Articles", "{headline}", "{headline}", "{headline}"],
     "foot": ["Copyright © 2024 {site} Ltd. All rights reserved."]},
    {"head": ["View Featured Image"], "teaser": "Read also - {headline}", "tail": ["You may also like", "{headline}", "{headline}", "{headline}", "{headline}"],
     "foot": ["(Reporting by {person}; Editing by {person})", "[© 2024 {site}. All rights reserved.]This material may not be published, broadcast, rewritten or redistributed."]},
    {"head": ["|", "Send a link to a friend"], "teaser": "See also: {headline}", "tail": ["Most Read", "{headline}", "{headline}", "{headline}"],
     "foot": ["Please consider a donation to support independent journalism."]},
]
LOCALES = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}


class Writer:
    """Makes news-like text from one locale's word list with a seeded random source."""

    def __init__(self, lang: str, rng: random.Random):
        fake = Faker(LOCALES[lang])
        fake.seed_instance(rng.randrange(1 << 30))
        self.rng = rng
        self.words = [w for w in fake.get_words_list() if w.isalpha()]
        self.people = [fake.name() for _ in range(3000)]
        self.places = [fake.city() for _ in range(1500)]
        self.companies = [fake.company() for _ in range(1500)]
        self.sites = [fake.domain_word().capitalize() + rng.choice([" News", " Times", ".com", " Post", " Daily"]) for _ in range(60)]

    def sentence(self) -> str:
        words = self.rng.choices(self.words, k=self.rng.randint(10, 24))
        slot = self.rng.randrange(len(words))
        words[slot] = self.rng.choice([self.rng.choice(self.people), self.rng.choice(self.places), self.rng.choice(self.companies)])
        if self.rng.random() < 0.3:
            words.insert(self.rng.randrange(len(words)), str(self.rng.randint(2, 2025)))
        text = " ".join(words)
        if self.rng.random() < 0.25:
            text = f"“{text},” {self.rng.choice(self.people)} said"
        return text[0].upper() + text[1:] + "."

    def headline(self) -> str:
        words = self.rng.choices(self.words, k=self.rng.randint(5, 10))
        words.insert(0, self.rng.choice(self.places))
        return " ".join(w.capitalize() if i == 0 else w for i, w in enumerate(words))

    def article(self, target_chars: int) -> list[str]:
        paragraphs, size = [], 0
        while size < target_chars:
            paragraph = " ".join(self.sentence() for _ in range(self.rng.randint(1, 4)))
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        return paragraphs


def render(writer: Writer, headline: str, paragraphs: list[str], site: dict, site_name: str, rng: random.Random) -> str:
    """A raw scraped page: boilerplate around a headline and body paragraphs."""
    fill = lambda line: line.format(headline=writer.headline(), site=site_name, person=rng.choice(writer.people))  # noqa: E731
    lines = [fill(line) for line in site["head"]] + [headline]
    if rng.random() < 0.5:
        lines.append(f"By {rng.choice(writer.people)}")
    if rng.random() < 0.5:
        lines.append(f"[{rng.choice(['January', 'March', 'June', 'October'])} {rng.randint(1, 28)}, 2024]")
    lines.append("")
    teaser_at = rng.randrange(1, max(2, len(paragraphs)))
    for index, paragraph in enumerate(paragraphs):
        if index == teaser_at:
            lines += [fill(site["teaser"]), ""]
        lines += [paragraph, ""]
    lines += [fill(line) for line in site["tail"]] + [""] + [fill(line) for line in site["foot"]]
    return "\n".join(lines)


def edit(paragraphs: list[str], rng: random.Random) -> list[str]:
    """A near copy: a few words changed, a sentence dropped or added."""
    edited = list(paragraphs)
    for _ in range(rng.randint(1, 3)):
        index = rng.randrange(len(edited))
        words = edited[index].split()
        words[rng.randrange(len(words))] = rng.choice(["reportedly", "officially", "again", "now", "also"])
        edited[index] = " ".join(words)
    if len(edited) > 3 and rng.random() < 0.5:
        edited.pop(rng.randrange(1, len(edited)))
    return edited


def generate(documents: int, out: Path, seed: int = 7, exact_rate: float = 0.08, near_rate: float = 0.12,
             other_language_rate: float = 0.05, target_chars: int = 2300) -> Path:
    rng = random.Random(seed)
    writers = {lang: Writer(lang, rng) for lang in LOCALES}
    originals: list[tuple[int, str, str, list[str]]] = []  # ordinal, lang, headline, paragraphs
    truth = []
    out.parent.mkdir(parents=True, exist_ok=True)

    def documents_stream():
        for ordinal in range(documents):
            roll = rng.random()
            if originals and roll < exact_rate:
                source = rng.choice(originals)
                truth.append((ordinal, source[0], "exact", source[1]))
                yield f"{ordinal:07d}.txt", source[4]
                continue
            if originals and roll < exact_rate + near_rate:
                source = rng.choice(originals)
                writer = writers[source[1]]
                site = rng.randrange(len(SITES))
                raw = render(writer, source[2], edit(source[3], rng), SITES[site], rng.choice(writer.sites), rng)
                truth.append((ordinal, source[0], "near", source[1]))
                yield f"{ordinal:07d}.txt", raw
                continue
            lang = rng.choice(["de", "fr", "es"]) if rng.random() < other_language_rate else "en"
            writer = writers[lang]
            headline, paragraphs = writer.headline(), writer.article(target_chars)
            raw = render(writer, headline, paragraphs, rng.choice(SITES), rng.choice(writer.sites), rng)
            if len(originals) < 5000:
                originals.append((ordinal, lang, headline, paragraphs, raw))
            elif rng.random() < 0.05:
                originals[rng.randrange(len(originals))] = (ordinal, lang, headline, paragraphs, raw)
            truth.append((ordinal, ordinal, "original", lang))
            yield f"{ordinal:07d}.txt", raw

    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        write_bundle(documents_stream(), handle)
    pl.DataFrame(truth, schema=["ordinal", "original", "kind", "lang"], orient="row").write_parquet(truth_path(out))
    return out


def truth_path(bundle: Path) -> Path:
    return bundle.with_name(bundle.name + ".truth.parquet")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    path = generate(arguments.documents, arguments.out, arguments.seed)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB) and {truth_path(path)}")


if __name__ == "__main__":
    main()
