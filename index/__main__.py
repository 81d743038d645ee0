"""Command line: `python -m index build|ask|signed-by|list|show`.

A thin layer: it parses arguments, calls the engine and prints. Library errors become a
one-line message on stderr and exit status 1; usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import logging
import os
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from . import collection, jsonout
from .config import PROJECT_ROOT, Settings
from .errors import UndersignedError
from .models import (
    Answer,
    BuildReport,
    Hit,
    JointSignature,
    OrganisationLookup,
    Role,
    Statement,
    format_date,
)
from .query import parse_when
from .search import Engine
from .textutil import shorten

log = logging.getLogger("index")


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--seeds", metavar="DIR", help="statements folder (default: SEEDS_DIR or ./seeds)"
    )
    common.add_argument("--data", metavar="DIR", help="index folder (default: DATA_DIR or ./data)")
    common.add_argument(
        "--model", metavar="NAME", help="embedding model (default: EMBEDDING_MODEL)"
    )
    common.add_argument("-v", "--verbose", action="store_true", help="log progress details")

    parser = argparse.ArgumentParser(
        prog="python -m index",
        description="Undersigned: search political statements and who signed them.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("build", parents=[common], help="build or refresh the index from the seeds")
    p.add_argument("--full", action="store_true", help="re-embed every passage")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = sub.add_parser("ask", parents=[common], help="quote the passages that answer a question")
    p.add_argument("question", nargs="?", help="the question; without it, one per line from stdin")
    p.add_argument("-k", type=int, default=5, metavar="N", help="at most N passages (default 5)")
    p.add_argument("--org", metavar="NAME", help="only statements naming this organisation")
    p.add_argument(
        "--since",
        metavar="DATE",
        help="only statements dated on or after (2024, 2024-03, 2024-03-08)",
    )
    p.add_argument("--until", metavar="DATE", help="only statements dated on or before")
    p.add_argument("--json", action="store_true", help="print JSON (one object per question)")

    p = sub.add_parser(
        "eval",
        parents=[common],
        help="retrieval quality: a BEIR folder, or the project's own questions over the seeds",
    )
    p.add_argument(
        "path",
        nargs="?",
        help="a BEIR folder (corpus.jsonl, queries.jsonl, qrels/), or a questions file "
        "(default: tests/data/questions.jsonl over SEEDS_DIR)",
    )
    p.add_argument("--split", default="test", help="BEIR qrels split (default test)")
    p.add_argument(
        "--approximate",
        action="store_true",
        help="with a BEIR folder: also rank through the approximate dense index the engine "
        "uses past its size threshold (forced here), with its recall@10 against exact search",
    )
    p.add_argument(
        "--collection",
        nargs="*",
        metavar="HALF",
        help="the labelled collection's questions instead: each half with a questions.jsonl "
        "(default: all of tests/data/collection), indexed in DATA_DIR/eval/<half>",
    )
    p.add_argument(
        "--sizes",
        metavar="N,N,…",
        help="with --collection: also the figures over parts of each half of these sizes "
        "(statements drawn at random, each part inside the next), e.g. 20,40",
    )
    p.add_argument(
        "--alpha", type=float, help="hybrid weight of the dense score (default: the engine's)"
    )
    p.add_argument(
        "--tune",
        action="store_true",
        help="BEIR: also score alpha 0, 0.05, ..., 1 (use --split train)",
    )
    p.add_argument(
        "--calibration",
        default=str(PROJECT_ROOT / "tests" / "data" / "calibration.jsonl"),
        help="on/off-topic questions for the abstention threshold (own questions only)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "signed-by", parents=[common], help="statements an organisation signed, wrote or received"
    )
    p.add_argument("organisation", nargs="?", help="the name; without it, one per line from stdin")
    p.add_argument(
        "--and",
        dest="also",
        action="append",
        default=[],
        metavar="NAME",
        help="only statements this organisation signed too (repeatable)",
    )
    p.add_argument("--json", action="store_true", help="print JSON (one object per name)")

    p = sub.add_parser(
        "org",
        parents=[common],
        help="an organisation's card: statements, roles, variants, co-signers",
    )
    p.add_argument("organisation", help="the name")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "cosigners", parents=[common], help="who signs with an organisation most often"
    )
    p.add_argument("organisation", help="the name")
    p.add_argument("-n", type=int, default=10, metavar="N", help="at most N (default 10)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "eval-signatories",
        parents=[common],
        help="precision and recall of signed-by on a labelled query set",
    )
    p.add_argument(
        "queries",
        nargs="?",
        default=str(PROJECT_ROOT / "tests" / "data" / "signatory_queries.jsonl"),
        help="JSON-lines query set over the statements folder (default: "
        "tests/data/signatory_queries.jsonl), or a labelled collection half (a folder)",
    )
    p.add_argument(
        "--no-collection",
        action="store_true",
        help="skip the labelled collection's halves (tests/data/collection/*)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "eval-structure",
        parents=[common],
        help="titles, dates, signatories and clean passages on a labelled collection",
    )
    p.add_argument(
        "folders",
        nargs="*",
        help="labelled halves (default: tests/data/collection/dev and test)",
    )
    p.add_argument("--failures", action="store_true", help="list what was read wrong")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "eval-sources",
        parents=[common],
        help="text, title and date read from web pages, PDFs and Word files, on labelled fixtures",
    )
    p.add_argument(
        "folders", nargs="*", help="labelled halves (default: tests/data/sources/dev and test)"
    )
    p.add_argument("--failures", action="store_true", help="list lines lost and kept wrongly")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "entities",
        parents=[common],
        help="the organisations: each one's spellings and why they were grouped",
    )
    p.add_argument("--json", action="store_true", help="print JSON (one object per organisation)")

    p = sub.add_parser(
        "add",
        parents=[common],
        help="add a statement from a file (.txt, .md, .html, .pdf, .docx) or a link, and index it",
    )
    p.add_argument(
        "file",
        metavar="SOURCE",
        help="a statement file (.txt/.md saved as it is; .html/.htm/.pdf/.docx: its text is "
        "read and saved) or an http(s) link to a page or file",
    )
    p.add_argument("--title", help="title to show (otherwise derived from the text)")
    p.add_argument("--date", help="date of the statement, as 2024-03-08")
    p.add_argument("--source", help="link to where it was published")
    p.add_argument(
        "--replace",
        action="store_true",
        help="replace a statement with the same id (the old version is archived)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "import",
        parents=[common],
        help="add every statement file of a folder (.txt .md .html .htm .pdf .docx), one report "
        "per file",
    )
    p.add_argument("folder", help="the folder to read (not its sub-folders)")
    p.add_argument(
        "--replace", action="store_true", help="replace statements with the same name or text"
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "remove",
        parents=[common],
        help="take a statement out of the statements folder (archived) and reindex",
    )
    p.add_argument("id", help="statement id (the file name without extension)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("list", parents=[common], help="list the statements")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "info", parents=[common], help="what the index holds: counts, dates, last build"
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "show", parents=[common], help="one statement: metadata, signatories, paragraphs"
    )
    p.add_argument(
        "id",
        nargs="?",
        help="statement id (the file name without extension), or part of its title; "
        "without it, one per line from stdin",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    return parser


class _Printable:
    """Standard output or error for people: control characters (a statement's or a file
    name's escape sequences, NUL, bidi overrides) shown as \ufffd, never sent to the terminal.
    JSON output is left as it is (its strings escape them)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return int(self._stream.write(text.translate(_CONTROLS)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


_CONTROLS = {
    c: "\ufffd"
    for c in [
        *range(0x00, 0x09),
        0x0B,
        0x0C,
        *range(0x0E, 0x20),
        *range(0x7F, 0xA0),
        0x200E,
        0x200F,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ]
}


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    args = _parser().parse_args(argv)
    streams = sys.stdout, sys.stderr
    if not getattr(args, "json", False):
        sys.stdout = _Printable(sys.stdout)
    sys.stderr = _Printable(sys.stderr)
    try:
        return _run(args)
    finally:
        sys.stdout, sys.stderr = streams


def _run(args: argparse.Namespace) -> int:
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        settings = Settings.from_env(
            seeds_dir=args.seeds, data_dir=args.data, embedding_model=args.model
        )
        engine = Engine.from_settings(settings)
        engine.store.on_wait = _say_waiting
        command: Callable[[Engine, argparse.Namespace], int] = _COMMANDS[args.command]
        return command(engine, args)
    except UndersignedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


# ------------------------------------------------------------------ commands


def _say_waiting(holder: str) -> None:
    print(f"waiting for {holder} to finish …", file=sys.stderr, flush=True)


def _progress_bar(
    unit: str = "passage", desc: str = "embedding"
) -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if "bar" not in bar:
            bar["bar"] = tqdm(total=total, unit=unit, desc=desc, file=sys.stderr)
        bar["bar"].update(done - bar["bar"].n)
        if done >= total:
            bar["bar"].close()

    return update


def _refresh_quietly(engine: Engine) -> None:
    """Build when there is no index, refresh when the seeds changed; say so on stderr."""
    report = engine.ensure_fresh(_progress_bar())
    if report is not None and report.rebuilt:
        print(f"index refreshed: {report.summary()}", file=sys.stderr)
        for note in report.notes:
            print(f"  {note}", file=sys.stderr)
    if report is not None:
        for skipped in report.skipped:
            print(f"skipped {skipped.file_name}: {skipped.reason}", file=sys.stderr)


def cmd_build(engine: Engine, args: argparse.Namespace) -> int:
    """Build or refresh the index and print a report."""
    # Nothing is asked after a build here: the new generation is not loaded.
    report = engine.refresh(_progress_bar(), full=args.full, warm=False)
    if args.json:
        _print_json(jsonout.build_report(report))
    else:
        _print_report(report)
    return 0


def cmd_ask(engine: Engine, args: argparse.Namespace) -> int:
    """Answer one question, or one per line of stdin."""
    if args.k < 1:
        print("error: -k must be at least 1", file=sys.stderr)
        return 2
    questions = [args.question] if args.question is not None else None
    if questions is not None and not questions[0].strip():
        engine.ask("")  # raises EmptyQuestion with the user-facing message
    since = _date_option(args.since, "--since")
    until = _date_option(args.until, "--until", end=True)
    _refresh_quietly(engine)
    for question in questions if questions is not None else _stdin_lines():
        answer = engine.ask(question, k=args.k, organisation=args.org, since=since, until=until)
        if args.json:
            _print_json(jsonout.answer(answer))
        else:
            _print_answer(answer)
    return 0


def cmd_signed_by(engine: Engine, args: argparse.Namespace) -> int:
    """Statements one organisation (or one per line of stdin) signed, wrote or received."""
    names = [args.organisation] if args.organisation is not None else None
    if names is not None and not names[0].strip():
        engine.lookup("")
    _refresh_quietly(engine)
    if args.also:
        if names is None:
            print("error: --and needs the first name as an argument", file=sys.stderr)
            return 2
        lookups, joint = engine.signed_by_all([names[0], *args.also])
        if args.json:
            _print_json(jsonout.signed_by_all(lookups, joint))
        else:
            _print_joint(lookups, joint)
        return 0
    for name in names if names is not None else _stdin_lines():
        lookup = engine.lookup(name)
        if args.json:
            _print_json(jsonout.signed_by(lookup))
        else:
            _print_signed_by(lookup)
    return 0


def _date_option(value: str | None, flag: str, *, end: bool = False) -> dt.date | None:
    if value is None:
        return None
    parsed = parse_when(value, end=end)
    if parsed is None:
        raise UndersignedError(
            f"{flag} {value!r} is not a date: write 2024, 2024-03 or 2024-03-08."
        )
    return parsed


def cmd_eval(engine: Engine, args: argparse.Namespace) -> int:
    """Retrieval quality on a BEIR folder, or on the project's own questions."""

    from . import evaluate

    path = Path(args.path) if args.path else PROJECT_ROOT / "tests" / "data" / "questions.jsonl"
    if args.alpha is not None:
        engine.alpha = args.alpha
    if args.collection is not None:
        return _eval_collection_questions(engine, args)
    if path.is_dir():
        result = evaluate.evaluate_beir(
            path,
            engine.embedder,
            engine.store.data_dir / "cache" / "embeddings.sqlite",
            split=args.split,
            alpha=engine.alpha,
            tune=[i / 20 for i in range(21)] if args.tune else (),
            progress=_progress_bar(),
            approximate=args.approximate,
        )
        if args.json:
            _print_json(result)
            return 0
        print(
            f"{result['dataset']} ({result['split']}): {result['queries']} queries, {result['documents']} documents, model {result['model']}, alpha {result['alpha']}"
        )
        print(f"  {'':<12}{'dense':>8}{'bm25':>8}{'hybrid':>8}")
        for metric in ("ndcg@10", "mrr@10", "recall@100"):
            row = result[metric]
            print(f"  {metric:<12}{row['dense']:>8.4f}{row['bm25']:>8.4f}{row['hybrid']:>8.4f}")
        q = result["query_ms"]
        print(f"  {'query ms':<12}{q['dense']:>8.2f}{q['bm25']:>8.2f}{q['hybrid']:>8.2f}")
        b = result["build_seconds"]
        print(
            f"  build: embedding {b['embed']} s ({b['embedded_documents']} documents encoded, the rest cached), BM25 {b['bm25']} s, queries {b['embed_queries']} s"
        )
        if "approximate" in result:
            ann = result["approximate"]
            print(
                f"  approximate dense index {ann['index']}: recall@10 against exact "
                f"{ann['dense_recall@10']:.4f}; nDCG@10 dense {ann['ndcg@10']['dense']:.4f}, "
                f"hybrid {ann['ndcg@10']['hybrid']:.4f} "
                f"({ann['ndcg@10']['hybrid'] - result['ndcg@10']['hybrid']:+.4f})"
            )
        if "tuning" in result:
            print(
                "  nDCG@10 by alpha: " + ", ".join(f"{a}: {v}" for a, v in result["tuning"].items())
            )
        return 0
    _refresh_quietly(engine)
    result = evaluate.evaluate_questions(engine, evaluate.load_questions(path))
    result["calibration"] = evaluate.calibrate(engine, Path(args.calibration))
    if args.json:
        _print_json(result)
        return 0
    print(
        f"{result['questions']} questions ({result['answerable']} answerable, {result['unanswerable']} must abstain) over {engine.seeds_dir}"
    )
    print(
        f"  Recall@1 {result['recall@1']:.4f}   Recall@3 {result['recall@3']:.4f}   MRR {result['mrr']:.4f}"
    )
    print(
        f"  abstention accuracy {result['abstention_accuracy']:.4f}; unanswerable abstained {result['unanswerable_abstained']}/{result['unanswerable']}"
    )
    c = result["calibration"]
    u = c["unseen"]
    print(
        f"  calibration ({c['on_topic']} on-topic, {c['off_topic']} off-topic; "
        f"accuracy of the current rule {c['accuracy_at_current']}):"
    )
    print(
        f"    sharing a word with the collection ({c['on_topic'] - u['on_topic']} on, "
        f"{c['off_topic'] - u['off_topic']} off): lowest on-topic {c['on_topic_min']}, "
        f"highest off-topic {c['off_topic_max']}; suggested MIN_SCORE "
        f"{c['suggested_min_score']} (accuracy {c['accuracy_at_suggested']}), current "
        f"{result['min_score']}"
    )
    print(
        f"    sharing none ({u['on_topic']} on, {u['off_topic']} off): lowest on-topic "
        f"{u['on_topic_min']}, highest off-topic {u['off_topic_max']}; suggested threshold "
        f"{u['suggested_threshold']} (UNSEEN_MARGIN {u['suggested_margin']} over the "
        f"suggested MIN_SCORE), current margin {u['current_margin']}"
    )
    for miss in result["misses"]:
        print(
            f"  miss: {miss['question']!r} ({miss['kind']}): expected {miss['expected']}, got {miss['got']}"
        )
    return 0


def _eval_collection_questions(engine: Engine, args: argparse.Namespace) -> int:
    """Questions over each labelled half, side by side."""
    from .evaluate_collection import by_size, halves, question_engine, score_questions

    chosen = [
        h
        for h in halves([Path(f) for f in args.collection])
        if (h.folder / "questions.jsonl").exists()
    ]
    figures = {}
    for half in chosen:
        half_engine = question_engine(engine, half)
        half_engine.ensure_fresh(_progress_bar())
        figures[half.name] = score_questions(half_engine, half)
    sizes: dict[str, list[dict[str, Any]]] = {}
    if args.sizes:
        try:
            wanted = [int(n) for n in args.sizes.split(",") if n.strip()]
        except ValueError:
            raise UndersignedError(
                f"--sizes takes numbers separated by commas, not {args.sizes!r}."
            ) from None
        for half in chosen:
            sizes[half.name] = by_size(engine, half, wanted)
    if args.json:
        _print_json({"halves": figures, **({"sizes": sizes} if sizes else {})})
        return 0
    names = list(figures)
    print(f"{'questions over the labelled collection':44}" + "".join(f"{n:>14}" for n in names))

    def cells(key: str) -> str:
        out = []
        for n in names:
            f = figures[n]
            out.append(
                {
                    "top3": f"{f['top3']:.2f}",
                    "mrr": f"{f['mrr']:.2f}",
                    "who": f"{f['who_signed_complete']}/{f['who_signed']}",
                    "abstain": f"{f['abstained']}/{f['abstain']}",
                    "lost": f"{f['lost_to_abstention']}/{f['answerable']}",
                    "near": f"{f['near_miss']['abstained']}/{f['near_miss']['of']}",
                    "cross": f"{f['cross_language']['top3']:.2f} of {f['cross_language']['of']}",
                }[key]
            )
        return "".join(f"{c:>14}" for c in out)

    for label, key in (
        ("right paragraph in the top 3", "top3"),
        ("mean reciprocal rank", "mrr"),
        ("who-signed answers naming every signer", "who"),
        ("must abstain, abstained", "abstain"),
        ("answerable, lost to abstention", "lost"),
        ("apart: near misses, abstained", "near"),
        ("apart: cross-language, top 3", "cross"),
    ):
        print(f"{label:44}{cells(key)}")
    for name in names:
        for kind, tally in figures[name]["by_kind"].items():
            print(f"  {name} {kind}: {tally['right']}/{tally['of']}")
    for name, parts in sizes.items():
        print(
            f"\n{name} by collection size (statements drawn at random; answerable questions about them):"
        )
        print(
            f"  {'statements':>10} {'top 3':>7} {'MRR':>6} {'abstained':>10} {'lost':>9} {'near misses':>12}"
        )
        for f in parts:
            print(
                f"  {f['statements']:>10} {f['top3']:>7.2f} {f['mrr']:>6.2f} "
                f"{f['abstained']:>4}/{f['abstain']:<5} {f['lost_to_abstention']:>3}/{f['answerable']:<5} "
                f"{f['near_miss']['abstained']:>5}/{f['near_miss']['of']:<5}"
            )
    return 0


def cmd_eval_signatories(engine: Engine, args: argparse.Namespace) -> int:
    """Score signed-by on a labelled query set, and on the collection's halves."""
    from .evaluate import load_queries, score_signatories
    from .evaluate_collection import halves, load_half, score_lookups

    target = Path(args.queries)
    if target.is_dir():
        half = load_half(target)
        figures: dict[str, Any] = {"halves": {half.name: score_lookups(half)}}
        _print_lookup_figures(figures, args.json)
        return 0
    queries = load_queries(target)
    _refresh_quietly(engine)
    figures = score_signatories(engine, queries).as_dict()
    if not args.no_collection:
        figures["halves"] = {half.name: score_lookups(half) for half in halves()}
    if args.json:
        _print_json(figures)
        return 0
    print(f"{figures['queries']} labelled queries ({target.name}) over {engine.seeds_dir}")
    print(
        f"  signed answers: precision {figures['signed_precision']:.3f}, recall {figures['signed_recall']:.3f}"
    )
    print(f"  all roles:      precision {figures['precision']:.3f}, recall {figures['recall']:.3f}")
    print(
        f"  negatives: {figures['negatives']}, "
        f"of which answered with suggestions: {figures['negatives_with_suggestions']}"
    )
    for failure in figures["failures"]:
        print(
            f"  miss: {failure['query']!r} ({failure['kind']}): expected {failure['expected']}, found {failure['found']}"
        )
    _print_lookup_figures(figures, False)
    return 0


def _print_lookup_figures(figures: dict[str, Any], as_json: bool) -> None:
    if as_json:
        _print_json(figures)
        return
    found = figures.get("halves", {})
    if not found:
        return
    names = list(found)
    print()
    print(f"{'labelled collection':40}" + "".join(f"{n:>16}" for n in names))
    rows = [
        ("lookups answered exactly", "exact"),
        ("recall of signed statements", "signed_recall"),
        ('false "signed" claims', "false_signed_claims"),
        ("names that must find nothing, found none", "negatives_right"),
    ]
    for label, key in rows:
        cells = []
        for n in names:
            f = found[n]
            if key == "exact":
                cells.append(f"{f['exact']}/{f['lookups']} {f['exact_rate']:.2f}")
            elif key == "negatives_right":
                cells.append(f"{f['negatives_right']}/{f['negatives']}")
            else:
                cells.append(f"{f[key]}")
        print(f"{label:40}" + "".join(f"{c:>16}" for c in cells))
    for name in names:
        for failure in found[name]["failures"]:
            print(
                f"  {name} miss: {failure['query']!r} ({failure['kind']}, {failure['match']}"
                f"{' -> ' + failure['entity'] if failure['entity'] else ''}): "
                f"missing {failure['missing']}, extra {failure['extra']}"
            )


def cmd_org(engine: Engine, args: argparse.Namespace) -> int:
    """An organisation's card."""
    _refresh_quietly(engine)
    lookup, found = engine.cosigners(args.organisation, limit=10)
    if args.json:
        _print_json(jsonout.organisation_card(lookup, found))
        return 0
    _print_signed_by(lookup)
    if lookup.found:
        print(f"  spellings: {'; '.join(lookup.variants)}")
        if found:
            print("  signs most often with: " + "; ".join(f"{c.name} ({c.count})" for c in found))
    return 0


def cmd_cosigners(engine: Engine, args: argparse.Namespace) -> int:
    """Who signs with an organisation most often."""
    _refresh_quietly(engine)
    lookup, found = engine.cosigners(args.organisation, limit=max(args.n, 1))
    if args.json:
        _print_json(jsonout.cosigners(lookup, found))
        return 0
    if not lookup.found:
        _print_signed_by(lookup)
        return 0
    print(f"{lookup.name} signs most often with:")
    for c in found:
        print(f"  {c.count:>3}  {c.name}")
    if not found:
        print("  nobody: it signed no statement with others")
    return 0


def cmd_add(engine: Engine, args: argparse.Namespace) -> int:
    """Add a statement from a file or a link to the collection."""
    from . import sources

    source = str(args.file)
    link = source.lower().startswith(("http://", "https://"))
    path = Path(source)
    if link or path.suffix.lower() in (".html", ".htm", ".xhtml", ".pdf", ".docx"):
        return _add_source(engine, args, sources, link)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UndersignedError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    name, sidecar = collection.check_statement(
        path.name, data, title=args.title, date=args.date, source=args.source
    )
    _refresh_quietly(engine)  # so that the report below is about this file alone
    try:
        added = collection.add_statement(
            engine, name, data, sidecar, replace=args.replace, by="python -m index add"
        )
    except collection.StatementExists as exc:
        raise UndersignedError(
            f"A statement with the id {exc.statement_id!r} exists ({exc.file_name}); "
            "pass --replace to replace it (the old version is archived), or rename the file."
        ) from exc
    return _print_added(added, args, None)


def _add_source(engine: Engine, args: argparse.Namespace, sources: Any, link: bool) -> int:
    """`add` of a page, a PDF, a Word file or a link: read, shown, saved."""
    from .fetch import fetch

    settings = Settings.from_env()
    if link:
        fetched = fetch(
            args.file,
            max_bytes=settings.max_source_bytes,
            allow_private=settings.allow_private_urls,
        )
        data, name, content_type, url = (
            fetched.data,
            Path(urlsplit(fetched.url).path).name or "page.html",
            fetched.content_type,
            fetched.url,
        )
    else:
        path = Path(args.file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UndersignedError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
        if len(data) > settings.max_source_bytes:
            raise UndersignedError(
                f"{path.name} is {len(data):,} bytes; the limit is {settings.max_source_bytes:,} "
                "(MAX_ATTACHMENT_BYTES)."
            )
        name, content_type, url = path.name, None, None
    extracted = sources.extract(data, name=name, content_type=content_type, url=url)
    if args.title or args.date or args.source:
        extracted = dataclasses.replace(
            extracted,
            title=args.title or extracted.title,
            date=dt.date.fromisoformat(args.date) if args.date else extracted.date,
            source=args.source or extracted.source,
        )
    _refresh_quietly(engine)
    try:
        done = collection.add_source(
            engine,
            extracted,
            data,
            original_name=name,
            replace=args.replace,
            by="python -m index add",
        )
    except collection.StatementExists as exc:
        raise UndersignedError(
            f"A statement with the id {exc.statement_id!r} exists ({exc.file_name}); "
            "pass --replace to replace it (the old version is archived)."
        ) from exc
    except collection.DuplicateStatement as exc:
        raise UndersignedError(str(exc).replace("replace it explicitly", "pass --replace")) from exc
    return _print_added(done.added, args, done)


def _print_added(added: Any, args: argparse.Namespace, source: Any) -> int:
    s = added.statement
    if args.json:
        out = {
            "statement_id": s.id,
            "title": s.title,
            "file_name": s.file_name,
            "replaced": added.replaced,
            "archived": str(added.archived) if added.archived else None,
            "build": jsonout.build_report(added.report),
        }
        if source is not None:
            from .sources import summary

            out["extracted"] = summary(source.extracted)
            out["original"] = str(source.original)
            out["signatories"] = [p.as_written for p in s.signatories]
        _print_json(out)
        return 0
    verb = "Replaced" if added.replaced else "Added"
    print(
        f"{verb} {s.id}: {s.title} ({len(s.paragraphs)} paragraphs, "
        f"{len(s.signatories)} signatories, {format_date(s.date) if s.date else 'undated'})"
    )
    if source is not None:
        x = source.extracted
        print(
            f"  read from {x.source or source.original.name} ({x.kind}); kept as {source.original}"
        )
        if s.signatories:
            print("  signed by: " + "; ".join(p.as_written for p in s.signatories))
        if s.paragraphs:
            print(f"  first paragraph: {shorten(s.paragraphs[0].text, 300)}")
    if added.archived:
        print(f"The previous version is kept in {added.archived}")
    _print_report(added.report)
    return 0


IMPORTABLE = (".txt", ".md", ".html", ".htm", ".xhtml", ".pdf", ".docx")


def cmd_import(engine: Engine, args: argparse.Namespace) -> int:
    """Add every supported file of a folder; a report per file; exit 1 if any failed."""
    from . import sources

    folder = Path(args.folder)
    if not folder.is_dir():
        raise UndersignedError(f"{folder} is not a folder.")
    files = sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and not p.is_symlink() and p.suffix.lower() in IMPORTABLE
    )
    if not files:
        raise UndersignedError(
            f"No statement files in {folder}: it takes {', '.join(IMPORTABLE)} files."
        )
    settings = Settings.from_env()
    _refresh_quietly(engine)
    results: list[dict[str, Any]] = []
    staged: dict[str, collection.Staged] = {}  # file name -> saved, to be indexed
    batch: dict[str, str] = {}
    bar = _progress_bar("file", "reading")
    # One hold of the writers' lock and one reindexing for the whole folder: each file is
    # read and saved, then the index takes them all at once.
    with engine.store.writer("python -m index import"):
        for i, path in enumerate(files):
            if bar:
                bar(i, len(files))
            outcome: dict[str, Any] = {"file": path.name}
            results.append(outcome)
            try:
                data = path.read_bytes()
                if len(data) > settings.max_source_bytes:
                    raise UndersignedError(
                        f"{len(data):,} bytes; the limit is {settings.max_source_bytes:,} "
                        "(MAX_ATTACHMENT_BYTES)"
                    )
                if path.suffix.lower() in (".txt", ".md"):
                    name, sidecar = collection.check_statement(path.name, data)
                    staged[path.name] = collection.stage_statement(
                        engine, name, data, sidecar, replace=args.replace
                    )
                else:
                    extracted = sources.extract(data, name=path.name)
                    staged[path.name] = collection.stage_source(
                        engine,
                        extracted,
                        data,
                        original_name=path.name,
                        replace=args.replace,
                        batch=batch,
                    )
            except UndersignedError as exc:
                outcome["error"] = str(exc)
        if bar:
            bar(len(files), len(files))
        report = engine.refresh(_progress_bar()) if staged else None
    for outcome in results:
        saved = staged.get(outcome["file"])
        if saved is None:
            continue
        try:
            s = engine.statement(saved.stem)
        except UndersignedError as exc:
            outcome["error"] = f"saved as {saved.stem}, but not indexed: {exc}"
            continue
        outcome.update(
            statement_id=s.id,
            title=s.title,
            date=s.date.isoformat() if s.date else None,
            paragraphs=len(s.paragraphs),
            signatories=len(s.signatories),
            replaced=saved.replaced,
        )
    failed = [r for r in results if "error" in r]
    if args.json:
        _print_json(
            {
                "files": results,
                "added": len(results) - len(failed),
                "failed": len(failed),
                "build": jsonout.build_report(report) if report is not None else None,
            }
        )
        return 1 if failed else 0
    for r in results:
        if "error" in r:
            print(f"  {r['file']}: not added — {r['error']}")
        else:
            verb = "replaced" if r["replaced"] else "added"
            print(
                f"  {r['file']}: {verb} as {r['statement_id']} — {r['title']} "
                f"({r['paragraphs']} paragraphs, {r['signatories']} signatories, "
                f"{r['date'] or 'undated'})"
            )
    print(f"{len(results) - len(failed)} of {len(results)} files added.")
    return 1 if failed else 0


def cmd_remove(engine: Engine, args: argparse.Namespace) -> int:
    """Take a statement out of the collection."""
    _refresh_quietly(engine)
    removed = collection.remove_statement(engine, args.id, by="python -m index remove")
    if args.json:
        _print_json(
            {
                "statement_id": removed.statement.id,
                "title": removed.statement.title,
                "files": [name for name, _ in removed.files],
                "archived": str(removed.archived),
                "build": jsonout.build_report(removed.report),
            }
        )
        return 0
    print(f"Removed {removed.statement.id}: {removed.statement.title}")
    print(f"Its files ({', '.join(n for n, _ in removed.files)}) are kept in {removed.archived}")
    _print_report(removed.report)
    return 0


def cmd_info(engine: Engine, args: argparse.Namespace) -> int:
    """What the index holds."""
    _refresh_quietly(engine)
    info = engine.info()
    if args.json:
        _print_json(jsonout.collection_info(info))
        return 0
    span = (
        f"{format_date(info.earliest)} to {format_date(info.latest)}"
        if info.earliest and info.latest
        else "no dates"
    )
    print(f"statements     {info.statements} ({info.undated} undated; dated ones span {span})")
    print(f"passages       {info.passages}")
    print(f"organisations  {info.organisations}")
    print(f"built          {info.built_at} with {info.model}")
    return 0


def cmd_list(engine: Engine, args: argparse.Namespace) -> int:
    """List the statements."""
    _refresh_quietly(engine)
    items = engine.statements()
    if args.json:
        _print_json(jsonout.statement_list(items))
        return 0
    for s in items:
        when = format_date(s.date) if s.date else "undated"
        print(
            f"{s.id}  {when:>17}  {s.paragraph_count:>3} ¶  {s.signatory_count:>3} signed  {s.title}"
        )
    print(f"{len(items)} statement{'s' if len(items) != 1 else ''}")
    return 0


def cmd_show(engine: Engine, args: argparse.Namespace) -> int:
    """Show one statement, or one per line of stdin."""
    _refresh_quietly(engine)
    if args.id is not None:
        _show(engine.find_statement(args.id), args.json)
        return 0
    status = 0
    for typed in _stdin_lines():
        try:
            statement = engine.find_statement(typed)
        except UndersignedError as exc:
            # One unknown id does not stop the rest: report it in place and go on.
            status = 1
            if args.json:
                _print_json({"query": typed, "error": str(exc)})
            else:
                print(f"error: {exc}", file=sys.stderr)
            continue
        _show(statement, args.json)
    return status


def _show(statement: Statement, as_json: bool) -> None:
    if as_json:
        _print_json(jsonout.statement(statement))
        return
    print(statement.title)
    print(f"id: {statement.id}   file: {statement.file_name}")
    print(f"date: {format_date(statement.date) if statement.date else 'undated'}")
    if statement.source_url:
        print(f"source: {statement.source_url}")
    for label, parties in (
        ("authors", statement.authors),
        ("recipients", statement.recipients),
        ("signatories", statement.signatories),
    ):
        if parties:
            print(f"{label} ({len(parties)}):")
            for party in parties:
                print(f"  - {party.as_written}")
    print(f"paragraphs ({len(statement.paragraphs)}):")
    for paragraph in statement.paragraphs:
        print(_wrap(f"¶{paragraph.number}  {paragraph.text}", indent="     "))


def cmd_entities(engine: Engine, args: argparse.Namespace) -> int:
    """Every organisation, its spellings, and why they were grouped."""
    _refresh_quietly(engine)
    for entity in sorted(engine.entities().entities.values(), key=lambda e: e.name.casefold()):
        if args.json:
            _print_json(jsonout.entity(entity))
            continue
        roles = sorted({p.role.value for _, p in entity.parties})
        statements = len({s.id for s, _ in entity.parties})
        print(
            f"{entity.name}  ({statements} statement{'s' if statements != 1 else ''}: "
            f"{', '.join(roles)})"
        )
        for variant in entity.variants:
            if variant != entity.name:
                print(f"  = {variant}")
        for reason in entity.reasons:
            print(f"    because {reason}")
    return 0


def cmd_eval_structure(engine: Engine, args: argparse.Namespace) -> int:
    """Structure figures per labelled half, side by side."""
    from .evaluate_collection import halves, score_structure

    loaded = halves([Path(f) for f in args.folders])
    figures = {half.name: score_structure(half) for half in loaded}
    if args.json:
        _print_json({"halves": figures})
        return 0
    rows = [
        ("titles", "title right (statements with a title)"),
        ("titles_first_line", "  of which the first line is the title"),
        ("dates", "date right (or rightly none)"),
        ("authors", "authors exactly right"),
        ("recipients", "recipients exactly right"),
        ("signatories", "signatories exactly right"),
        ("signers", "who signed or wrote it, exactly"),
        ("passages_clean", "passages free of title, dateline, lists"),
        ("paragraphs_exact", "paragraphs exactly as labelled"),
    ]
    names = list(figures)
    print(f"{'':44}" + "".join(f"{n:>18}" for n in names))
    for key, label in rows:
        cells = "".join(
            f"{figures[n][key]['right']:>6}/{figures[n][key]['of']:<4} {figures[n][key]['rate']:5.2f}"
            for n in names
        )
        print(f"{label:44}{cells}")
    cells = "".join(
        f"      P {figures[n]['signer_names']['precision']:.2f} R {figures[n]['signer_names']['recall']:.2f}"
        for n in names
    )
    print(f"{'signer names':44}{cells}")
    if args.failures:
        for name in names:
            for failure in figures[name]["failures"]:
                print(f"  {name} {failure['statement']}: {failure['what']} {failure['detail']}")
    return 0


def cmd_eval_sources(engine: Engine, args: argparse.Namespace) -> int:
    """Extraction figures per labelled half, side by side."""
    from .evaluate_sources import SOURCES_DIR, evaluate

    folders = [Path(f) for f in args.folders] or [SOURCES_DIR / "dev", SOURCES_DIR / "test"]
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        raise UndersignedError(f"No labelled sources in {', '.join(missing)}.")
    figures = {f.name: evaluate(f) for f in folders}
    if args.json:
        _print_json({"halves": figures})
        return 0
    names = list(figures)
    print(f"{'':34}" + "".join(f"{n:>12}" for n in names))
    print(f"{'cases':34}" + "".join(f"{figures[n]['cases']:>12}" for n in names))
    for key, label in (("line_precision", "line precision"), ("line_recall", "line recall")):
        print(f"{label:34}" + "".join(f"{figures[n][key]:>12.3f}" for n in names))
    for key, label in (("title_right", "title right"), ("date_right", "date right")):
        cells = "".join(f"{figures[n][key]:>8}/{figures[n]['cases']:<3}" for n in names)
        print(f"{label:34}{cells}")
    if args.failures:
        for name in names:
            for case in figures[name]["by_case"]:
                for line in case["lost"]:
                    print(f"  {name} {case['name']}: lost  {line[:90]}")
                for line in case["extra"]:
                    print(f"  {name} {case['name']}: extra {line[:90]}")
                if not case["title_ok"]:
                    print(f"  {name} {case['name']}: title {case['title']!r}")
                if not case["date_ok"]:
                    print(f"  {name} {case['name']}: date {case['date']}")
                if case["error"]:
                    print(f"  {name} {case['name']}: {case['error']}")
    return 0


_COMMANDS: dict[str, Callable[[Engine, argparse.Namespace], int]] = {
    "build": cmd_build,
    "ask": cmd_ask,
    "signed-by": cmd_signed_by,
    "eval": cmd_eval,
    "eval-signatories": cmd_eval_signatories,
    "org": cmd_org,
    "cosigners": cmd_cosigners,
    "list": cmd_list,
    "add": cmd_add,
    "import": cmd_import,
    "remove": cmd_remove,
    "info": cmd_info,
    "show": cmd_show,
    "entities": cmd_entities,
    "eval-structure": cmd_eval_structure,
    "eval-sources": cmd_eval_sources,
}


# ------------------------------------------------------------------ output


def _stdin_lines(stream: TextIO | None = None) -> Iterator[str]:
    stream = stream or sys.stdin
    if stream.isatty():
        print("Reading one query per line; end with Ctrl-D.", file=sys.stderr)
    for line in stream:
        if line.strip():
            yield line.strip()


def _print_json(data: dict[str, Any]) -> None:
    print(json.dumps(data, ensure_ascii=False), flush=True)


BOLD, PLAIN = "\x1b[1m", "\x1b[0m"


def _wrap(text: str, indent: str = "  ") -> str:
    width = 100
    return "\n".join(
        textwrap.fill(" ".join(part.split()), width=width, subsequent_indent=indent)
        for part in text.splitlines()
        if part.strip()
    )


def _emphasise(hit: Hit) -> str:
    """The passage with its highlighted sentences in bold, when writing to a terminal that
    accepts it (not when piped, nor under NO_COLOR)."""
    if not hit.highlights or os.environ.get("NO_COLOR") or not sys.stdout.isatty():
        return hit.text
    out, at = [], hit.start
    for a, b in sorted(hit.highlights):
        if a < at or b > hit.end:
            continue
        out += [
            hit.text[at - hit.start : a - hit.start],
            BOLD,
            hit.text[a - hit.start : b - hit.start],
            PLAIN,
        ]
        at = b
    out.append(hit.text[at - hit.start :])
    return "".join(out)


_ROLE_LABELS = {Role.SIGNATORY: "signed", Role.AUTHOR: "wrote", Role.RECIPIENT: "addressed to"}


def _print_answer(answer: Answer) -> None:
    print(f"Q: {answer.question}")
    if answer.filters is not None and answer.filters.active:
        print(f"   (only statements {answer.filters.describe()})")
    for note in answer.notes:
        print(_wrap(f"Note: {note}", indent="   "))
    if answer.listed:
        print(f"   {answer.message}")
        for item in answer.listed:
            when = format_date(item.date) if item.date else "undated"
            print(f"   {item.id}  {when:>17}  {item.title}")
        _print_signers(answer)
        print()
        return
    if answer.statements:
        print(f"   {answer.message}")
        for a in answer.statements:
            when = format_date(a.date) if a.date else "undated"
            print(f"   {_ROLE_LABELS[a.role]:<12} {a.statement_id}  {when}  {a.title}")
        print()
        return
    if not answer.hits:
        print(f"   {answer.message}\n")
        return
    for hit in answer.hits:
        print()
        print(_wrap(f"“{_emphasise(hit)}”", indent="   "))
        weak = "  — weak match" if hit.weak else ""
        print(f"   — {hit.citation}   (score {hit.score:.2f}){weak}")
    _print_signers(answer)
    print()


def _print_signers(answer: Answer) -> None:
    for signers in answer.signers:
        print()
        names = signers.signatories or signers.authors
        label = "signed by" if signers.signatories else "written by"
        print(
            _wrap(f"{signers.title} — {label}: {'; '.join(names) or 'not recorded'}", indent="   ")
        )


def _print_signed_by(lookup: OrganisationLookup) -> None:
    if not lookup.found:
        what = (
            "could be several organisations"
            if lookup.method == "ambiguous"
            else "matches no organisation"
        )
        print(f"{lookup.query!r} {what} in the collection.")
        if lookup.suggestions:
            print("Did you mean: " + "; ".join(lookup.suggestions) + "?")
        print()
        return
    how = f"  ({lookup.how})" if lookup.how else ""
    print(f"{lookup.name}{how}:")
    for a in lookup.appearances:
        when = format_date(a.date) if a.date else "undated"
        print(f"  {_ROLE_LABELS[a.role]:<12} {a.statement_id}  {when}  {a.title}")
        print(f"  {'':<12} written as: {a.as_written}")
    for m in lookup.mentions:
        print(f"  {'mentioned':<12} {m.statement_id}  ¶{m.paragraph}  {m.title}")
    print()


def _print_joint(lookups: list[OrganisationLookup], joint: list[JointSignature]) -> None:
    unresolved = [lookup for lookup in lookups if not lookup.found]
    for lookup in unresolved:
        _print_signed_by(lookup)
    if unresolved:
        return
    names = " and ".join(lookup.name or lookup.query for lookup in lookups)
    if not joint:
        print(f"No statement was signed by {names}.\n")
        return
    print(f"Signed by {names}:")
    for j in joint:
        when = format_date(j.date) if j.date else "undated"
        print(f"  {j.statement_id}  {when}  {j.title}")
        print(f"  {' ' * len(j.statement_id)}  written as: {' / '.join(j.as_written)}")
    print()


def _print_report(report: BuildReport) -> None:
    print(report.summary())
    for label, ids in (
        ("added", report.added),
        ("changed", report.changed),
        ("removed", report.removed),
    ):
        for sid in ids:
            print(f"  {label}: {sid}")
    for skipped in report.skipped:
        print(f"  skipped {skipped.file_name}: {skipped.reason}")
    for note in report.notes:
        print(f"  note: {note}")


if __name__ == "__main__":
    sys.exit(main())
