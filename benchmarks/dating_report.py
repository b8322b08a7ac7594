"""How well are undated articles dated? Infer the seeds' dates with their dates removed.

Copies a corpus (default: ``seeds/``) to a temporary folder with the ``date`` and
``date_evidence`` fields of its ``articles.yaml`` removed, builds the graph once, then
reports two experiments against the dates the original ``articles.yaml`` states:

1. **all dates removed** — what the corpus alone says: each article's inferred date (or
   bounds), and the inferred order of the articles against the stated order;
2. **leave one out** — for each article, the others' stated dates are put back and its
   own is inferred, as when one new undated article joins a dated corpus.

Orders are compared pair by pair over the pairs the stated dates order strictly: a pair
is concordant when the inferred order agrees, discordant when it is reversed, and
undecided when the inferred bounds overlap or are unknown. Kendall's tau is computed on
the positions in :func:`policygraph.dating.order_articles` (undated articles last).

Run::

    python benchmarks/dating_report.py
    python benchmarks/dating_report.py path/to/corpus

Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from itertools import combinations
from pathlib import Path

import networkx as nx
import yaml

from policygraph.articles import METADATA_FILE, article_files, load_metadata
from policygraph.build import build
from policygraph.dating import InferredDate, infer_article_dates, order_articles, set_article_date
from policygraph.model import PartialDate

ROOT = Path(__file__).resolve().parents[1]


def _months(d: PartialDate) -> tuple[int, int]:
    """First and last month (``year * 12 + month - 1``) a partial date covers."""
    if d.month is None:
        return d.year * 12, d.year * 12 + 11
    k = d.year * 12 + d.month - 1
    return k, k


def _bounds(inf: InferredDate | None) -> tuple[int, int] | None:
    if inf is None:
        return None
    if inf.date is not None:
        return _months(inf.date)
    if inf.earliest is not None and inf.latest is not None:
        return _months(inf.earliest)[0], _months(inf.latest)[1]
    return None


def _verdict(stated: PartialDate, inf: InferredDate) -> str:
    if inf.date is None:
        b = _bounds(inf)
        if b is None:
            return "no date" if inf.earliest is None else f"no date (from {inf.earliest.iso()})"
        s = _months(stated)
        inside = b[0] <= s[0] and s[1] <= b[1]
        return "no date (bounds hold it)" if inside else "no date (bounds miss it)"
    if inf.date == stated:
        return "right"
    s, i = _months(stated), _months(inf.date)
    if i[0] <= s[0] and s[1] <= i[1]:
        return "right, coarser"
    if s[0] <= i[0] and i[1] <= s[1]:
        return "right, finer"
    return "WRONG"


def _strip_dates(src: Path, dst: Path) -> None:
    for path in article_files(src):
        shutil.copyfile(path, dst / path.name)
    meta = src / METADATA_FILE
    if meta.exists():
        data = yaml.safe_load(meta.read_text("utf-8")) or {}
        for entry in data.get("articles") or []:
            entry.pop("date", None)
            entry.pop("date_evidence", None)
        (dst / METADATA_FILE).write_text(yaml.safe_dump(data, sort_keys=True), "utf-8")


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join(
        [line.format(*header), line.format(*("-" * w for w in widths))]
        + [line.format(*r) for r in rows]
    )


def _compare_orders(
    stated: dict[str, PartialDate], inferred: dict[str, InferredDate], order: list[str]
) -> str:
    pos = {a: i for i, a in enumerate(order)}
    conc = disc = undecided = 0
    tau_num = 0
    n = 0
    for a, b in combinations(sorted(stated), 2):
        sa, sb = _months(stated[a]), _months(stated[b])
        if sa[1] < sb[0]:
            first, second = a, b
        elif sb[1] < sa[0]:
            first, second = b, a
        else:
            continue  # the stated dates do not order this pair
        n += 1
        tau_num += 1 if pos[first] < pos[second] else -1
        bf, bs = _bounds(inferred.get(first)), _bounds(inferred.get(second))
        if bf is None or bs is None or not (bf[1] < bs[0] or bs[1] < bf[0]):
            undecided += 1
        elif bf[1] < bs[0]:
            conc += 1
        else:
            disc += 1
    tau = tau_num / n if n else float("nan")
    return (
        f"pairs the stated dates order: {n}; inferred bounds: {conc} concordant, {disc} "
        f"discordant, {undecided} undecided; Kendall tau of the inferred order: {tau:+.2f}"
    )


def _fmt(inf: InferredDate) -> list[str]:
    if inf.earliest is None:
        possible = "-"
    elif inf.latest is None:
        possible = f"{inf.earliest.iso()} or later"
    else:
        possible = f"{inf.earliest.iso()}..{inf.latest.iso()}"
    return [inf.iso() or "-", inf.confidence or "-", possible]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "seeds"))
    parser.add_argument("--evidence", action="store_true", help="print the evidence lines")
    args = parser.parse_args()
    src = Path(args.corpus)
    meta = load_metadata(src / METADATA_FILE)
    stated = {f"article:{Path(f).stem}": m["date"] for f, m in meta.items() if m.get("date")}

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _strip_dates(src, folder)
        texts = {f"article:{p.stem}": p.read_text("utf-8") for p in article_files(folder)}
        G: nx.MultiDiGraph = build(folder).graph

    print(f"corpus: {src.name}, {len(texts)} articles, {len(stated)} with a stated date\n")
    print("1. all dates removed")
    inferred = infer_article_dates(G, texts)
    rows: list[list[str]] = []
    notes: list[str] = []
    for a in sorted(texts):
        inf = inferred[a]
        st = stated.get(a)
        rows.append(
            [
                a.split(":", 1)[1],
                st.iso() if st else "-",
                *_fmt(inf),
                _verdict(st, inf) if st else "",
            ]
        )
        notes += [f"  {a[8:11]}: {e}" for e in inf.evidence]
    print(_table(rows, ["article", "stated", "inferred", "confidence", "possible", "verdict"]))
    if args.evidence:
        print("\nevidence:", *notes, sep="\n")
    order = order_articles(G, inferred)
    stated_order = sorted(stated, key=lambda a: (_months(stated[a]), a))
    print("\nstated order:  ", " < ".join(a[8:11] for a in stated_order))
    print("inferred order:", " < ".join(a[8:11] for a in order))
    print(_compare_orders(stated, inferred, order))

    print("\n2. leave one out (the others' stated dates kept)")
    rows, notes = [], []
    verdicts = []
    for held in sorted(stated):
        H = G.copy()
        for a, d in stated.items():
            if a != held:
                set_article_date(H, a, d, confidence="stated")
        inf = infer_article_dates(H, texts)[held]
        verdicts.append(_verdict(stated[held], inf))
        rows.append([held.split(":", 1)[1], stated[held].iso(), *_fmt(inf), verdicts[-1]])
        notes += [f"  {held[8:11]}: {e}" for e in inf.evidence]
    print(_table(rows, ["article", "stated", "inferred", "confidence", "possible", "verdict"]))
    if args.evidence:
        print("\nevidence:", *notes, sep="\n")
    right = sum(v.startswith("right") for v in verdicts)
    wrong = sum(v == "WRONG" for v in verdicts)
    print(
        f"\ndated {right + wrong} of {len(verdicts)}: {right} right, {wrong} wrong; "
        f"{len(verdicts) - right - wrong} left undated"
    )


if __name__ == "__main__":
    main()
