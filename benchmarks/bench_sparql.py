"""Benchmark the RDF export and the named SPARQL queries on a large synthetic graph.

Generates a contract-shaped graph of many articles (about 300 triples each once exported,
so the default 3,500 articles give over a million triples), then prints how long it takes
to export it, to load it into each engine and to run every named query on each.
Each rdflib query runs in a forked child and is given up after ``--timeout`` seconds.

Run::

    python benchmarks/bench_sparql.py                # about 1M triples
    python benchmarks/bench_sparql.py --articles 300 # a quick look

Not a test: it prints figures and checks only that both engines agree on row counts.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import multiprocessing as mp
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from policygraph.exporters.rdf import serialize_rdf, to_rdf
from policygraph.query import load_graph, load_store, named_queries, run_query

PARAMS = {"policy-trace": {"policy": "policy 7"}}

SENTENCES = [
    "{actor} announced the {policy} {when}.",
    "{critic} criticised the {policy}, saying it was unfunded.",
    "{fan} said she supported the {policy}.",
    "{money} will fund the {policy}, {body} said.",
    "The {policy} is part of the {wider}.",
]


def _evidence(article: str, text: str, sentence: str, phrase: str, section: str = "body") -> dict:
    s_start = text.index(sentence)
    start = text.index(phrase, s_start)
    return {
        "article": article,
        "start": start,
        "end": start + len(phrase),
        "text": phrase,
        "sentence_start": s_start,
        "sentence_end": s_start + len(sentence),
        "sentence": sentence,
        "section": section,
        "comment": 0 if section == "comment" else None,
    }


def generate_graph(articles: int, seed: int = 0) -> nx.MultiDiGraph:
    """A contract-shaped graph of ``articles`` synthetic articles, the same for the same seed."""
    rng = random.Random(seed)
    people = [f"Person {i}" for i in range(max(20, articles // 8))]
    bodies = [f"Body {i}" for i in range(max(10, articles // 40))]
    policies = [f"Policy {i} programme" for i in range(max(10, articles // 12))]
    places = [f"Town {i}" for i in range(50)]
    G = nx.MultiDiGraph(name="synthetic", version="0", pipeline="none", articles=articles)

    def slug(text: str) -> str:
        return "-".join(text.lower().split())

    def mention(kind: str, label: str, ev: dict, **attrs: Any) -> str:
        node = f"{kind}:{slug(label)}"
        if node not in G:
            G.add_node(
                node,
                kind=kind,
                label=label,
                aliases=[label],
                articles=[],
                evidence=[],
                from_comments_only=False,
                **attrs,
            )
        data = G.nodes[node]
        if ev["article"] not in data["articles"]:
            data["articles"].append(ev["article"])
        data["evidence"].append(ev)
        G.add_edge(
            node,
            ev["article"],
            kind="mentioned_in",
            article=ev["article"],
            section=ev["section"],
            evidence=ev,
        )
        return node

    for n in range(articles):
        stem = f"{n:06d}_{hashlib.sha1(str(n).encode()).hexdigest()[:16]}"
        article = f"article:{stem}"
        year, month, day = 2010 + n % 10, 1 + n % 12, 1 + n % 28
        date = f"{year:04d}-{month:02d}-{day:02d}"
        actor, critic, fan = rng.sample(people, 3)
        body = rng.choice(bodies)
        policy, wider = rng.sample(policies, 2)
        amount = rng.randint(1, 900) * 1_000_000
        money = f"£{amount // 1_000_000}m a year"
        headline = f"{actor} announces {policy}"
        lines = [
            s.format(
                actor=actor,
                critic=critic,
                fan=fan,
                policy=policy,
                wider=wider,
                money=money,
                body=body,
                when="today",
            )
            for s in SENTENCES
        ]
        text = headline + "\n\n" + "\n".join(lines) + "\n"
        G.add_node(
            article,
            kind="article",
            label=headline,
            headline=headline,
            articles=[article],
            date=date,
            date_confidence="stated",
            date_evidence="synthetic",
            file=f"{stem}.txt",
            source="Synthetic News",
            url=f"https://example.org/{stem}",
        )
        s_ann, s_crit, s_fan, s_money, s_part = lines
        a = mention(
            "person",
            actor,
            _evidence(article, text, s_ann, actor),
            roles=["minister"],
            minister=True,
        )
        c = mention(
            "person", critic, _evidence(article, text, s_crit, critic), roles=[], minister=False
        )
        f = mention(
            "person", fan, _evidence(article, text, s_fan, fan, "comment"), roles=[], minister=False
        )
        p = mention("policy", policy, _evidence(article, text, s_ann, policy))
        w = mention("policy", wider, _evidence(article, text, s_part, wider))
        b = mention("body", body, _evidence(article, text, s_money, body), government=n % 2 == 0)
        m = mention(
            "funding",
            money,
            _evidence(article, text, s_money, money),
            amount_gbp=amount,
            period="a year",
            text=money.split()[0],
            purpose=None,
        )
        place = mention("place", rng.choice(places), _evidence(article, text, s_ann, actor))
        ann = f"announcement:{stem}:1"
        ev_ann = _evidence(article, text, s_ann, f"announced the {policy} today")
        G.add_node(
            ann,
            kind="announcement",
            label=f"{actor} announced {policy}",
            aliases=[],
            articles=[article],
            evidence=[ev_ann],
            from_comments_only=False,
            date=date,
            date_text="today",
            date_confidence="resolved",
            actor=a,
            about=p,
            place=place,
        )

        def edge(u: str, v: str, kind: str, ev: dict, **attrs: Any) -> None:
            G.add_edge(
                u, v, kind=kind, article=ev["article"], section=ev["section"], evidence=ev, **attrs
            )

        edge(a, p, "announced", ev_ann, date=date, date_text="today")
        edge(a, ann, "made", ev_ann)
        edge(ann, p, "about", ev_ann)
        edge(ann, place, "located_in", ev_ann)
        edge(a, b, "holds_role", _evidence(article, text, s_ann, actor), role="minister")
        edge(c, p, "criticised", _evidence(article, text, s_crit, f"criticised the {policy}"))
        edge(f, p, "supported", _evidence(article, text, s_fan, "supported", "comment"))
        ev_money = _evidence(article, text, s_money, f"will fund the {policy}")
        edge(m, p, "funds", ev_money)
        edge(b, m, "provides", ev_money)
        edge(b, article, "said", _evidence(article, text, s_money, f"{body} said"))
        edge(p, w, "part_of", _evidence(article, text, s_part, f"is part of the {wider}"))
    return G


def _timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def _child(graph: Any, name: str, conn: Any) -> None:
    seconds, (_columns, rows) = _timed(
        run_query, graph, name, engine="rdflib", params=PARAMS.get(name)
    )
    conn.send((seconds, len(rows), hash(tuple(rows))))
    conn.close()


def _rdflib_query(graph: Any, name: str, timeout: float) -> tuple[float, int, int] | None:
    """Run one named query with rdflib in a forked child; None when it outlasts ``timeout``."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(graph, name, child))
    process.start()
    child.close()
    ready = parent.poll(timeout)
    result = parent.recv() if ready else None
    if process.is_alive():
        process.terminate()
    process.join()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3500, help="synthetic articles")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per rdflib query")
    parser.add_argument("--turtle", action="store_true", help="also time the Turtle writer")
    parser.add_argument("--no-rdflib", action="store_true", help="skip the rdflib engine")
    args = parser.parse_args(argv)

    print(f"generating {args.articles} articles ...", flush=True)
    t_gen, G = _timed(generate_graph, args.articles)
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges ({t_gen:.1f} s)")

    t_rdf, graph = _timed(to_rdf, G)
    print(f"to_rdf: {len(graph)} triples in {t_rdf:.1f} s", flush=True)
    del graph
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "graph.nt"
        t_nt, data = _timed(serialize_rdf, G, "nt")
        nt.write_bytes(data)
        print(f"export nt (incl. to_rdf): {t_nt:.1f} s, {len(data) / 1e6:.0f} MB", flush=True)
        del data
        if args.turtle:
            t_ttl, data = _timed(serialize_rdf, G, "turtle")
            print(f"export turtle (incl. to_rdf): {t_ttl:.1f} s, {len(data) / 1e6:.0f} MB")
            del data
        del G

        # The graph's Python objects are garbage now; collect them before timing, or the
        # collector's pass over them lands in whichever query happens to trigger it.
        gc.collect()
        t_ox, store = _timed(load_store, nt)
        print(f"oxigraph load: {t_ox:.1f} s ({len(store)} triples)", flush=True)
        ox_results: dict[str, tuple[float, int, int]] = {}
        for name in named_queries():
            seconds, (_cols, rows) = _timed(run_query, store, name, params=PARAMS.get(name))
            ox_results[name] = (seconds, len(rows), hash(tuple(rows)))
        del store

        rd_results: dict[str, tuple[float, int, int] | None] = {}
        if not args.no_rdflib:
            t_rd, rgraph = _timed(load_graph, nt)
            print(f"rdflib load: {t_rd:.1f} s ({len(rgraph)} triples)", flush=True)
            for name in named_queries():
                rd_results[name] = _rdflib_query(rgraph, name, args.timeout)
                print(f"  rdflib {name}: done", flush=True)

    print()
    print(f"{'query':16} {'rows':>8} {'oxigraph s':>11} {'rdflib s':>12}  agree")
    for name, (seconds, count, digest) in ox_results.items():
        other = rd_results.get(name)
        if args.no_rdflib:
            cell, agree = "skipped", "-"
        elif other is None:
            cell, agree = f">{args.timeout:.0f} (gave up)", "-"
        else:
            cell, agree = f"{other[0]:.2f}", "yes" if other[1:] == (count, digest) else "NO"
        print(f"{name:16} {count:>8} {seconds:>11.2f} {cell:>12}  {agree}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
