"""A reproducible generated collection for the benchmarks: invented statements, organisations and
questions, sized by the number of passages wanted.

    .venv/bin/python -m benchmarks.generate --passages 10000 --out /tmp/collection

Each statement has a title, 3-8 paragraphs of 70-130 words about one or two topics, and a
signature block of 3-12 organisations (a third of the statements also name an author: "Issued by
…"), with a dated `.toml` sidecar. Organisations number at least one per three statements
(`--organisations` sets more); their names are invented ("Workers' Party of Velmoria (WPV)",
"Tarsen Tenants' Association"). Questions (`questions.txt`, one per line) ask about topics, about
what an organisation said, and who signed; `organisations.txt` lists every organisation.
Everything is a function of the seed, so two runs give the same files.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

SYLLABLES = (
    "vel mor ast rin ka dor ul sen bra tov ish len gar pol mar fen kol dra sut vin bel tar os "
    "lum cor hal ner ven zor pra gel"
).split()
ENDINGS = ("ia", "a", "land", "stan", "ovia", "ena", "or", "is", "ara", "ica")
KINDS = (
    "Communist Party",
    "Workers' Party",
    "Socialist Union",
    "Party of Labour",
    "Green Left",
    "Federation of Trade Unions",
    "Peace Council",
    "Women's League",
    "Youth Movement",
    "Tenants' Association",
    "Farmers' Union",
    "Dockers' Union",
    "Teachers' Federation",
    "Students' Union",
    "Human Rights Committee",
    "Solidarity Network",
    "Democratic Front",
    "Popular Alliance",
    "Miners' Federation",
    "Nurses' Union",
)
TOPICS = {
    "the harbour strike": "dockers strike harbour port wages cargo pickets shipowners",
    "foreign interference": "interference sovereignty sanctions embassy meddling independence",
    "political prisoners": "prisoners detention release hunger strike courts lawyers",
    "the housing crisis": "rents tenants evictions housing landlords homes councils",
    "the climate": "climate emissions floods drought coal forests transition",
    "public health": "hospitals nurses doctors clinics medicines health care",
    "the war": "war ceasefire troops bombing civilians peace negotiations",
    "pensions": "pensions retirement age pensioners savings contributions",
    "land reform": "land farmers estates reform cooperatives harvest",
    "press freedom": "journalists newspapers censorship press broadcasters",
    "women's rights": "women equality violence abortion childcare wages",
    "education": "schools teachers students fees universities curriculum",
}
FILLER = (
    "we call on all democratic forces to act together without delay and in good faith "
    "the government has ignored the demands of working people for many months "
    "our organisations will continue to mobilise in every city and district "
    "this is a struggle that concerns the whole of society and its future "
    "we reaffirm our solidarity and our commitment to a just and lasting solution"
).split()


@dataclass(frozen=True)
class Organisation:
    name: str
    acronym: str | None


def place_names(rng: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        parts = rng.sample(SYLLABLES, rng.choice((1, 2, 2, 3)))
        names.add(("".join(parts) + rng.choice(ENDINGS)).capitalize())
    return sorted(names)


def organisations(rng: random.Random, count: int) -> list[Organisation]:
    places = place_names(rng, count // len(KINDS) + 8)
    made: dict[str, Organisation] = {}
    while len(made) < count:
        kind, place = rng.choice(KINDS), rng.choice(places)
        if rng.random() < 0.5:
            name = f"{kind} of {place}"
            acronym = "".join(w[0] for w in (kind + " " + place).split() if w[0].isupper())
            made.setdefault(name, Organisation(name, acronym if rng.random() < 0.4 else None))
        else:
            made.setdefault(f"{place} {kind}", Organisation(f"{place} {kind}", None))
    orgs = list(made.values())
    rng.shuffle(orgs)
    return orgs


def sentence(rng: random.Random, topic: str, words: str) -> str:
    vocab = words.split()
    picked = [rng.choice(vocab) for _ in range(rng.randint(3, 6))]
    filler = rng.sample(FILLER, rng.randint(6, 12))
    body = filler[: len(filler) // 2] + picked + [f"on {topic}"] + filler[len(filler) // 2 :]
    text = " ".join(body)
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, topics: list[str], places: list[str]) -> str:
    sentences: list[str] = []
    words = 0
    target = rng.randint(70, 130)
    while words < target:
        topic = rng.choice(topics)
        s = sentence(rng, topic, TOPICS[topic])
        if rng.random() < 0.3:
            s = s[:-1] + f" in {rng.choice(places)}."
        sentences.append(s)
        words += len(s.split())
    return " ".join(sentences)


def generate(out: Path, passages: int, seed: int = 7, n_orgs: int | None = None) -> dict[str, int]:
    """Write statements until about `passages` paragraphs exist; returns the counts."""
    rng = random.Random(seed)
    statements_wanted = max(1, passages // 5)  # 3-8 paragraphs: 5.5 on average
    orgs = organisations(rng, n_orgs or max(30, statements_wanted // 3 + 1))
    places = place_names(random.Random(seed + 1), 60)
    out.mkdir(parents=True, exist_ok=True)
    written = statements = 0
    questions: list[str] = []
    topics_all = sorted(TOPICS)
    while written < passages:
        topics = rng.sample(topics_all, rng.choice((1, 1, 2)))
        count = min(rng.randint(3, 8), passages - written)
        paras = [paragraph(rng, topics, places) for _ in range(count)]
        signers = rng.sample(orgs, rng.randint(3, 12))
        place = rng.choice(places)
        title = f"Joint statement on {topics[0]} in {place}"
        lines = [title, ""]
        if rng.random() < 0.33:
            lines += [f"Issued by the {signers[0].name}", ""]
        for p in paras:
            lines += [p, ""]
        lines.append("Signed by:")
        for org in signers:
            lines.append(f"{org.name} ({org.acronym})" if org.acronym else org.name)
        sid = f"s{statements:06d}"
        (out / f"{sid}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        year, month, day = rng.randint(2012, 2026), rng.randint(1, 12), rng.randint(1, 28)
        (out / f"{sid}.toml").write_text(
            f'date = {year}-{month:02d}-{day:02d}\nsource = "https://example.org/{sid}"\n',
            encoding="utf-8",
        )
        if len(questions) < 400:
            topic = rng.choice(topics)
            word = rng.choice(TOPICS[topic].split())
            questions += [
                f"What do they say about {word} and {topic}?",
                f"What did the {signers[0].name} say about {topic}?",
                f"Who signed the joint statement on {topics[0]} in {place}?",
            ]
        written += count
        statements += 1
    rng.shuffle(questions)
    (out.parent / f"{out.name}-questions.txt").write_text(
        "\n".join(questions[:200]) + "\n", encoding="utf-8"
    )
    (out.parent / f"{out.name}-organisations.txt").write_text(
        "\n".join(o.name for o in orgs) + "\n", encoding="utf-8"
    )
    return {"statements": statements, "passages": written, "organisations": len(orgs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=1000)
    parser.add_argument("--organisations", type=int, default=None)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True, help="folder for the statement files")
    args = parser.parse_args()
    counts = generate(args.out, args.passages, args.seed, args.organisations)
    print(
        f"{counts['statements']} statements, {counts['passages']} paragraphs, "
        f"{counts['organisations']} organisations in {args.out} "
        f"(questions: {args.out.name}-questions.txt beside it)"
    )


if __name__ == "__main__":
    main()
