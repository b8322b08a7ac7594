"""Benchmark the build: throughput, memory, scaling, the cache and the SPARQL queries.

Not a test: it prints figures. It builds corpora of several sizes from the demo articles,
each copy *varied* so that its entities differ (people, places, amounts and the
distinctive words of policy names are substituted by seeded random choices), and for
each size measures, each in a fresh process:

* the full build (``build`` then ``write_outputs``, cache on and cold): articles/s,
  words/s and peak resident memory;
* the bare spaCy pipeline (``spacy.load`` then ``nlp.pipe``) over the same segments the
  build parses, and the ratio of the two speeds;
* a rebuild after changing 1% of the articles, against the full build;

then how time per article grows with the corpus, and, on the largest corpus, the time of
every named SPARQL query on Oxigraph and on rdflib (rdflib given up after ``--rdflib-cap``
seconds), as written and, for a query with a ``policy`` parameter, for the policy with
the most claims. Loading the spaCy pipeline is timed once and left out of every other figure.

Run::

    python -m policygraph.bench                          # 5 and 500 articles
    python -m policygraph.bench --sizes 5,500,5000       # the full run (long)
    python -m policygraph.bench --jobs 2                 # parse in two processes
    python -m policygraph.bench --profile 500            # top hotspots in policygraph code
"""

from __future__ import annotations

import argparse
import cProfile
import json
import math
import multiprocessing as mp
import pstats
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

__all__ = [
    "Variation",
    "seed_texts",
    "find_variation",
    "vary_text",
    "seed_metadata",
    "write_corpus",
    "change_articles",
    "corpus_words",
    "main",
]

#: Sizes measured by default; ``--sizes 5,500,5000`` for the full run.
DEFAULT_SIZES = (5, 500)

#: Honorifics that precede a person's (first name and) surname in news writing.
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Professor", "Lord", "Baroness")

#: Building blocks of generated names; combinations give hundreds of distinct ones.
_NAMES = """
Alice Amir Bella Caroline Daniel Deborah Edward Fiona Gareth Hannah Imran Joanna Kevin Laura
Martin Nadia Oliver Priya Rachel Samuel Tessa Vikram William Yasmin
"""
_STARTS = "Ash Brad Carr Dun Elm Fair Hol Kings Lang Mor Nor Pem Rad Stan Thorn Wes Wick Ald"
_COMPOUNDS = """
fast open joint whole near bright swift shared clear green front track door step line path
link hub gate point desk site care team
"""
_CALENDAR = """
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
"""
FIRST_NAMES = tuple(_NAMES.split())
SURNAME_STARTS = tuple(_STARTS.split())
SURNAME_ENDS = ("ley", "ford", "ton", "wood", "by", "combe", "well", "field", "worth", "ham")
PLACE_ENDS = ("bridge", "chester", "minster", "borough", "mouth", "port", "stow", "wick")
COMPOUND_WORDS = tuple(_COMPOUNDS.split())
MONTHS_AND_DAYS = frozenset(_CALENDAR.split())

_CAP = r"[A-Z][a-z]+"
_PERSON = re.compile(rf"\b(?:{'|'.join(HONORIFICS)})\.?\s+(?:({_CAP})\s+)?({_CAP})\b")
_PLACE = re.compile(rf"\b(?:in|at|across|near)\s+((?:{_CAP}\s)?{_CAP})\b")
_COMPOUND = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b")
_AMOUNT = re.compile(r"£(\d+(?:\.\d+)?)(?=\s?(?:bn|m|billion|million)\b)")

#: The sentence added to the lead paragraph of an article to change it.
CHANGE = " The plan was discussed again by local leaders on Monday."


# --------------------------------------------------------------------------- the corpus


@dataclass(frozen=True)
class Variation:
    """Words of the seed texts to substitute in each copy.

    Attributes
    ----------
    surnames, first_names : tuple of str
        Surnames (the last capitalised word after an honorific) and the first names seen
        before them.
    places : tuple of str
        Capitalised words after "in", "at", "across" or "near" that are not months, days
        or words of the lexicon.
    compounds : tuple of str
        Hyphenated lower-case words (the distinctive words of many policy names, such as
        "fast-track"), except those of the lexicon.
    """

    surnames: tuple[str, ...]
    first_names: tuple[str, ...]
    places: tuple[str, ...]
    compounds: tuple[str, ...]


def seed_texts() -> dict[str, str]:
    """The demo articles shipped in the repository's ``seeds`` folder: file name -> text."""
    folder = _seeds_folder()
    return {p.name: p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))}


def _seeds_folder() -> Path:
    here = Path(str(resources.files("policygraph")))
    for parent in here.parents:
        if (parent / "seeds").is_dir():
            return parent / "seeds"
    raise SystemExit("policygraph.bench: no seeds folder above the package; run from a checkout")


def _lexicon_words() -> frozenset[str]:
    """Every word of the lexicon's bodies, roles and policies, lower-cased."""
    from .lexicon import load_lexicon

    lex = load_lexicon()
    phrases: list[str] = [r.title for r in lex.roles]
    for body in lex.bodies:
        phrases += [body.name, *body.aliases]
    for name, aliases in lex.policies:
        phrases += [name, *aliases]
    return frozenset(w.lower() for p in phrases for w in re.split(r"[\s/]+", p) if w)


def find_variation(texts: Iterable[str]) -> Variation:
    """Find the words to vary in ``texts`` by general patterns of news writing."""
    texts = list(texts)
    known = _lexicon_words()
    surnames: set[str] = set()
    firsts: set[str] = set()
    places: set[str] = set()
    compounds: set[str] = set()
    for text in texts:
        for m in _PERSON.finditer(text):
            surnames.add(m.group(2))
            if m.group(1):
                firsts.add(m.group(1))
        for m in _PLACE.finditer(text):
            words = m.group(1).split()
            if not any(w in MONTHS_AND_DAYS or w.lower() in known for w in words):
                places.update(words)
        compounds.update(c for c in _COMPOUND.findall(text) if c not in known)
    for text in texts:  # first names also appear without the honorific: "Jane Smith said"
        for surname in surnames:
            firsts.update(re.findall(rf"\b({_CAP})\s+{surname}\b", text))
    firsts -= MONTHS_AND_DAYS | set(HONORIFICS) | surnames
    firsts = {f for f in firsts if f.lower() not in known}
    return Variation(
        tuple(sorted(surnames)),
        tuple(sorted(firsts)),
        tuple(sorted(places - surnames)),
        tuple(sorted(compounds)),
    )


def _substitutes(variation: Variation, rng: random.Random) -> dict[str, str]:
    """A fresh substitute for every word of ``variation``."""
    out: dict[str, str] = {}
    for word in variation.surnames:
        out[word] = rng.choice(SURNAME_STARTS) + rng.choice(SURNAME_ENDS)
    for word in variation.first_names:
        out[word] = rng.choice(FIRST_NAMES)
    for word in variation.places:
        out[word] = rng.choice(SURNAME_STARTS) + rng.choice(PLACE_ENDS)
    for word in variation.compounds:
        out[word] = "-".join(rng.choice(COMPOUND_WORDS) for _ in word.split("-"))
    return out


def vary_text(text: str, variation: Variation, copy: int, *, seed: int = 0) -> str:
    """Copy ``copy`` of ``text`` with the words of ``variation`` and every amount replaced.

    Copy 0 is the text itself; the same copy number always gives the same text.
    """
    if copy == 0:
        return text
    rng = random.Random(f"{seed}:{copy}")
    subs = _substitutes(variation, rng)
    if subs:
        words = sorted(subs, key=lambda w: (-len(w), w))
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
        text = pattern.sub(lambda m: subs[m.group(0)], text)

    def amount(m: re.Match[str]) -> str:
        decimal = "." in m.group(1)
        return "£" + (f"{rng.uniform(1, 9):.1f}" if decimal else f"{rng.randint(1, 99)}")

    return _AMOUNT.sub(amount, text)


def seed_metadata() -> dict[str, dict[str, Any]]:
    """The entries of the seeds' ``articles.yaml`` by file name (empty when it has none)."""
    import yaml

    path = _seeds_folder() / "articles.yaml"
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    return {e["file"]: e for e in data.get("articles") or ()}


def write_corpus(folder: Path, size: int, *, seed: int = 0) -> list[Path]:
    """Write ``size`` varied copies of the seed articles, and their ``articles.yaml``,
    into ``folder``; return the article files."""
    import yaml

    seeds = seed_texts()
    meta = seed_metadata()
    variation = find_variation(seeds.values())
    names = list(seeds)
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    entries = []
    for i in range(size):
        name, copy = names[i % len(names)], i // len(names)
        path = folder / f"{copy:05d}_{name}"
        path.write_text(vary_text(seeds[name], variation, copy, seed=seed), "utf-8")
        files.append(path)
        if name in meta:
            entry = {k: v for k, v in meta[name].items() if k in ("source", "date")}
            if meta[name].get("date_evidence"):
                evidence = meta[name]["date_evidence"]
                entry["date_evidence"] = vary_text(evidence, variation, copy, seed=seed)
            entries.append({"file": path.name, **entry})
    if entries:
        text = yaml.safe_dump({"articles": entries}, sort_keys=True, allow_unicode=True)
        (folder / "articles.yaml").write_text(text, "utf-8")
    return files


def change_articles(folder: Path, fraction: float = 0.01) -> list[Path]:
    """Add a sentence to the lead paragraph of ``fraction`` of the articles (at least one)."""
    from .articles import article_files, split_sections

    files = article_files(folder)
    n = max(1, math.ceil(len(files) * fraction))
    step = len(files) / n
    chosen = [files[int(i * step)] for i in range(n)]
    for path in chosen:
        text = path.read_text("utf-8")
        end = split_sections(text).body[0][1]
        path.write_text(text[:end] + CHANGE + text[end:], "utf-8")
    return chosen


def corpus_words(folder: Path) -> tuple[list[str], int]:
    """The segments the build parses (headline, body, comments) and their word count."""
    from .articles import read_corpus
    from .extract import segment_spans

    articles, _errors = read_corpus(folder)
    texts = [a.text[s:e] for a in articles for _sec, _c, s, e in segment_spans(a)]
    return texts, sum(len(t.split()) for t in texts)


# --------------------------------------------------------------------------- measurements


def _rss() -> dict[str, float]:
    """Peak resident memory (MB) of this process and of its largest child."""
    import resource

    return {
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_workers_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _measure_build(spec: dict[str, Any]) -> dict[str, Any]:
    from .build import OUTPUTS, build, write_outputs
    from .nlp import load_nlp

    t0 = time.perf_counter()
    load_nlp(spec["pipeline"], None)
    t1 = time.perf_counter()
    result = build(
        Path(spec["folder"]),
        pipeline=spec["pipeline"],
        jobs=spec["jobs"],
        cache_dir=Path(spec["cache"]) if spec["cache"] else None,
    )
    t2 = time.perf_counter()
    written = write_outputs(result.graph, Path(spec["out"]), list(OUTPUTS))
    t3 = time.perf_counter()
    return {
        "load_s": t1 - t0,
        "build_s": t2 - t1,
        "write_s": t3 - t2,
        "extracted": result.extracted,
        "cached": result.cached,
        "errors": len(result.errors),
        "nodes": result.graph.number_of_nodes(),
        "edges": result.graph.number_of_edges(),
        "sizes_mb": {p.name: p.stat().st_size / 1e6 for p in written},
        **_rss(),
    }


def _measure_bare(spec: dict[str, Any]) -> dict[str, Any]:
    import spacy

    texts, words = corpus_words(Path(spec["folder"]))
    t0 = time.perf_counter()
    nlp = spacy.load(spec["pipeline"])
    t1 = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=64, n_process=spec["jobs"]):
        pass
    t2 = time.perf_counter()
    return {"load_s": t1 - t0, "parse_s": t2 - t1, "words": words, **_rss()}


_MEASURES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "build": _measure_build,
    "bare": _measure_bare,
}


def _child_main() -> None:
    """Entry point of a measuring process: spec as JSON in argv[1], result as JSON out."""
    spec = json.loads(sys.argv[1])
    print(json.dumps(_MEASURES[spec["what"]](spec)))


def _in_fresh_process(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one measurement in a new Python process, so its peak memory is its own."""
    code = "import sys; from policygraph.bench import _child_main; _child_main()"
    proc = subprocess.run(
        [sys.executable, "-c", code, json.dumps(spec)], capture_output=True, text=True
    )
    if proc.returncode != 0:
        raise SystemExit(f"policygraph.bench: {spec['what']} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- SPARQL


#: A named query's run: the label it is reported under, the query's name, its parameters.
_Run = tuple[str, str, dict[str, str] | None]

#: The policy with the most claims: the value a parameterised run of a query traces.
_BUSIEST_POLICY = """
SELECT ?label (COUNT(?claim) AS ?claims) WHERE {
  ?policy a pg:Policy ; rdfs:label ?label .
  ?claim a pg:Claim ; rdf:subject|rdf:object ?policy .
}
GROUP BY ?label ORDER BY DESC(?claims) ?label LIMIT 1
"""


def _runs(store: Any) -> list[_Run]:
    """Every named query as written (those that can run without a value), then each query
    with a ``policy`` parameter run for the policy with the most claims: a query that
    traces one policy is timed doing that."""
    from .query import named_queries, query_parameters, required_parameters, run_query

    runs: list[_Run] = [
        (name, name, None) for name in named_queries() if not required_parameters(name)
    ]
    busiest = run_query(store, _BUSIEST_POLICY)[1]
    if busiest:
        label = busiest[0][0]
        runs += [
            (f"{name} (policy={label!r})", name, {"policy": label})
            for name in named_queries()
            if "policy" in query_parameters(name)
        ]
    return runs


def _time_oxigraph(ttl: Path) -> tuple[float, list[_Run], dict[str, tuple[float, int]]]:
    from .query import load_store, run_query

    t0 = time.perf_counter()
    store = load_store(ttl)
    load = time.perf_counter() - t0
    runs = _runs(store)
    out = {}
    for label, name, params in runs:
        t0 = time.perf_counter()
        _cols, rows = run_query(store, name, params=params)
        out[label] = (time.perf_counter() - t0, len(rows))
    return load, runs, out


def _rdflib_query(graph: Any, run: _Run, conn: Connection) -> None:
    from .query import run_query

    t0 = time.perf_counter()
    _cols, rows = run_query(graph, run[1], engine="rdflib", params=run[2])
    conn.send((time.perf_counter() - t0, len(rows)))


def _rdflib_worker(ttl: str, runs: list[_Run], cap: float, conn: Connection) -> None:
    """Load ``ttl`` with rdflib, then run each query in a forked child given ``cap`` seconds."""
    from .query import load_graph

    t0 = time.perf_counter()
    graph = load_graph(ttl)
    conn.send(("load", time.perf_counter() - t0, 0))
    fork = mp.get_context("fork")
    for run in runs:
        here, there = fork.Pipe(duplex=False)
        child = fork.Process(target=_rdflib_query, args=(graph, run, there))
        child.start()
        if here.poll(cap):
            secs, n = here.recv()
            conn.send((run[0], secs, n))
        else:
            conn.send((run[0], None, 0))
        child.kill()
        child.join()
    conn.send(("done", 0.0, 0))


def _time_rdflib(
    ttl: Path, runs: list[_Run], cap: float
) -> tuple[float | None, dict[str, tuple[float | None, int]]]:
    """rdflib's load and query times; None for whatever ran over ``cap`` seconds."""
    out: dict[str, tuple[float | None, int]] = {run[0]: (None, 0) for run in runs}
    fork = mp.get_context("fork")
    here, there = fork.Pipe(duplex=False)
    worker = fork.Process(target=_rdflib_worker, args=(str(ttl), runs, cap, there))
    worker.start()
    load: float | None = None
    try:
        if not here.poll(cap):
            return None, out
        _tag, load, _n = here.recv()
        while here.poll(cap + 5):
            name, secs, n = here.recv()
            if name == "done":
                break
            out[name] = (secs, n)
    finally:
        worker.kill()
        worker.join()
    return load, out


# --------------------------------------------------------------------------- reporting


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    rows = [list(header), *map(list, rows)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = [
        "  ".join(
            c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _f(x: float | None, digits: int = 1) -> str:
    return "skipped" if x is None else f"{x:,.{digits}f}"


def _check(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _rebuild_check(ratio: float, changed: int, size: int) -> str:
    """The rebuild target holds for 1% of a corpus; on a corpus under 100 articles one
    changed article is more than 1%, so the figure is shown but not judged."""
    return _check(ratio <= 0.1) if changed <= size / 100 else "(not 1%)"


@dataclass
class SizeResult:
    """The figures of one corpus size."""

    size: int
    words: int
    full: dict[str, Any]
    rebuild: dict[str, Any]
    bare: dict[str, Any]
    changed: int

    @property
    def total_s(self) -> float:
        return float(self.full["build_s"] + self.full["write_s"])

    @property
    def rebuild_s(self) -> float:
        return float(self.rebuild["build_s"] + self.rebuild["write_s"])


def measure_size(size: int, work: Path, *, pipeline: str, jobs: int, seed: int) -> SizeResult:
    """Every per-size figure, each from a fresh process."""
    folder = work / f"corpus-{size}"
    write_corpus(folder, size, seed=seed)
    _texts, words = corpus_words(folder)
    base = {"pipeline": pipeline, "jobs": jobs, "folder": str(folder)}
    bare = _in_fresh_process({**base, "what": "bare"})
    cache = work / f"cache-{size}"
    out = work / f"out-{size}"
    full = _in_fresh_process({**base, "what": "build", "cache": str(cache), "out": str(out)})
    changed = change_articles(folder)
    rebuild = _in_fresh_process(
        {**base, "what": "build", "cache": str(cache), "out": str(work / f"out-{size}-re")}
    )
    return SizeResult(size, words, full, rebuild, bare, len(changed))


def report(results: list[SizeResult], jobs: int) -> str:
    """The tables of per-size figures, scaling and rebuilds."""
    lines = [f"build (full, cold cache, jobs={jobs}; spaCy load excluded)"]
    rows = []
    for r in results:
        bare_wps = r.words / r.bare["parse_s"]
        wps = r.words / r.total_s
        rows.append(
            [
                f"{r.size:,}",
                f"{r.words:,}",
                _f(r.full["build_s"]),
                _f(r.full["write_s"]),
                _f(r.size / r.total_s),
                _f(wps, 0),
                _f(bare_wps, 0),
                f"{wps / bare_wps:.2f} {_check(wps / bare_wps >= 0.5)}",
                _f(r.full["rss_mb"], 0),
                _f(max(r.full["rss_workers_mb"], 0), 0),
                f"{r.full['nodes']:,}/{r.full['edges']:,}",
                " ".join(f"{v:.1f}" for _k, v in sorted(r.full["sizes_mb"].items())),
            ]
        )
    lines.append(
        _table(
            [
                "articles",
                "words",
                "build s",
                "write s",
                "art/s",
                "words/s",
                "bare w/s",
                "build/bare",
                "RSS MB",
                "worker MB",
                "nodes/edges",
                "json/html/ttl MB",
            ],
            rows,
        )
    )
    lines.append("")
    lines.append("scaling (seconds per article, build+write; target: within 1.5x)")
    rows = []
    for small, large in zip(results, results[1:], strict=False):
        a, b = small.total_s / small.size, large.total_s / large.size
        ab, bb = small.full["build_s"] / small.size, large.full["build_s"] / large.size
        rows.append(
            [
                f"{small.size:,} -> {large.size:,}",
                f"{a:.3f} -> {b:.3f}",
                f"{b / a:.2f} {_check(b / a <= 1.5)}",
                f"{ab:.3f} -> {bb:.3f}",
                f"{bb / ab:.2f}",
            ]
        )
    lines.append(_table(["sizes", "s/article", "ratio", "build-only s/article", "ratio"], rows))
    lines.append("")
    lines.append("rebuild after changing 1% of the articles (cache on; target <= 0.1 of full)")
    rows = []
    for r in results:
        ratio = r.rebuild_s / r.total_s
        rows.append(
            [
                f"{r.size:,}",
                f"{r.changed}",
                f"{r.rebuild['extracted']}/{r.rebuild['cached']}",
                _f(r.total_s),
                _f(r.rebuild["build_s"]),
                _f(r.rebuild["write_s"]),
                f"{ratio:.3f} {_rebuild_check(ratio, r.changed, r.size)}",
            ]
        )
    lines.append(
        _table(
            [
                "articles",
                "changed",
                "extracted/cached",
                "full s",
                "rebuild s",
                "write s",
                "rebuild/full",
            ],
            rows,
        )
    )
    loads = [r.full["load_s"] for r in results] + [r.bare["load_s"] for r in results]
    lines.append(f"\nspaCy pipeline load: {min(loads):.1f}-{max(loads):.1f} s (left out above)")
    return "\n".join(lines)


def sparql_report(ttl: Path, cap: float) -> str:
    """Per-query times on Oxigraph and rdflib over ``ttl``."""
    ox_load, runs, ox = _time_oxigraph(ttl)
    rl_load, rl = _time_rdflib(ttl, runs, cap)
    rows = [["(load)", _f(ox_load, 2), "", _f(rl_load, 2), ""]]
    for name in sorted(ox):
        secs, n = rl[name]
        agree = "" if secs is None else ("" if n == ox[name][1] else " DIFFER")
        rows.append(
            [
                name,
                _f(ox[name][0], 3),
                f"{ox[name][1]:,}",
                _f(secs, 3),
                f"{n:,}{agree}" if secs is not None else "-",
            ]
        )
    size = ttl.stat().st_size / 1e6
    head = f"SPARQL over {ttl.name} ({size:.1f} MB; rdflib capped at {cap:.0f} s per step)"
    return head + "\n" + _table(["query", "oxigraph s", "rows", "rdflib s", "rows"], rows)


# --------------------------------------------------------------------------- profiling


def profile(size: int, work: Path, *, pipeline: str, seed: int, top: int = 5) -> str:
    """Profile a build of ``size`` articles and its outputs; the ``top`` project functions
    by own time and by cumulative time, and the time spent inside spaCy's ``nlp.pipe``."""
    from .build import OUTPUTS, build, write_outputs
    from .nlp import load_nlp

    folder = work / f"profile-{size}"
    write_corpus(folder, size, seed=seed)
    load_nlp(pipeline, None)
    prof = cProfile.Profile()
    prof.enable()
    result = build(folder, pipeline=pipeline)
    write_outputs(result.graph, work / f"profile-{size}-out", list(OUTPUTS))
    prof.disable()
    stats = pstats.Stats(prof)
    spacy_s = max(
        (
            v[3]
            for k, v in stats.stats.items()  # type: ignore[attr-defined]
            if k[0].endswith("spacy/language.py") and k[2] == "pipe"
        ),
        default=0.0,
    )
    package = str(Path(str(resources.files("policygraph"))))
    rows = []
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    for (file, line, func), (_cc, ncalls, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if file.startswith(package):
            rows.append((tt, ct, ncalls, f"{Path(file).relative_to(package)}:{line}({func})"))
    rows.sort(reverse=True)
    table = _table(
        ["function", "own s", "cumulative s", "calls"],
        [[name, f"{tt:.2f}", f"{ct:.2f}", f"{n:,}"] for tt, ct, n, name in rows[:top]],
    )
    by_cum = sorted(rows, key=lambda r: -r[1])[: top * 2]
    table2 = _table(
        ["function", "cumulative s", "own s"],
        [[name, f"{ct:.2f}", f"{tt:.2f}"] for tt, ct, _n, name in by_cum],
    )
    return (
        f"profile of a build of {size} articles with its outputs ({total:.1f} s profiled, "
        f"{spacy_s:.1f} s inside spaCy's nlp.pipe)\n"
        f"by own time:\n{table}\n\nby cumulative time:\n{table2}"
    )


# --------------------------------------------------------------------------- main


def _sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(s) for s in text.split(",") if s.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text!r}") from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("sizes must be positive")
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its tables."""
    from .nlp import DEFAULT_PIPELINE

    parser = argparse.ArgumentParser(
        prog="python -m policygraph.bench",
        description=__doc__.split("\n\n")[0],
        epilog="Example: python -m policygraph.bench --sizes 5,500,5000 --jobs 2",
    )
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=list(DEFAULT_SIZES),
        help="corpus sizes, comma-separated (default: 5,500)",
    )
    parser.add_argument("--jobs", type=int, default=1, help="processes for parsing (default: 1)")
    parser.add_argument("--pipeline", default=DEFAULT_PIPELINE, help="spaCy pipeline")
    parser.add_argument("--seed", type=int, default=0, help="seed of the variations")
    parser.add_argument(
        "--rdflib-cap",
        type=float,
        default=120.0,
        help="seconds before an rdflib step is skipped (default: 120)",
    )
    parser.add_argument("--no-sparql", action="store_true", help="skip the SPARQL figures")
    parser.add_argument(
        "--profile", type=int, metavar="N", help="instead, profile a build of N articles"
    )
    parser.add_argument("--workdir", help="keep corpora and outputs here (default: a temp dir)")
    args = parser.parse_args(argv)

    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="pg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.profile:
            print(profile(args.profile, work, pipeline=args.pipeline, seed=args.seed))
            return 0
        results = []
        for size in args.sizes:
            t0 = time.perf_counter()
            results.append(
                measure_size(size, work, pipeline=args.pipeline, jobs=args.jobs, seed=args.seed)
            )
            print(
                f"[{size:,} articles measured in {time.perf_counter() - t0:.0f} s]",
                file=sys.stderr,
                flush=True,
            )
        print(report(results, args.jobs))
        if not args.no_sparql:
            largest = results[-1].size
            print()
            print(sparql_report(work / f"out-{largest}" / "policy-graph.ttl", args.rdflib_cap))
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
