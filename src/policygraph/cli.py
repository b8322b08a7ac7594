"""The ``policygraph`` command: thin wrappers over the library.

Every command turns a :class:`~policygraph.errors.PolicygraphError` into one line on
standard error and exit status 1; a wrong argument gets argparse's usage line and exit
status 2. No command prints a traceback for bad input.
"""

from __future__ import annotations

import argparse
import os
import sys
import webbrowser
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from . import __version__
from .errors import PolicygraphError

__all__ = ["main", "make_parser", "COMMANDS"]

T = TypeVar("T")

DEFAULT_OUT = "graph"
DEFAULT_GRAPH = "graph/graph.json"
DEFAULT_TTL = "graph/policy-graph.ttl"


def _say(msg: str) -> None:
    print(msg, file=sys.stderr)


def _progress(quiet: bool) -> Callable[[Iterable[T], int], Iterable[T]] | None:
    """A rich progress bar when standard error is a terminal and not ``--quiet``."""
    if quiet or not sys.stderr.isatty():
        return None

    def wrap(items: Iterable[T], total: int) -> Iterable[T]:
        from rich.progress import track

        yield from track(items, total=total, description="extracting", transient=True)

    return wrap


# -- commands ------------------------------------------------------------------------------


def cmd_build(args: argparse.Namespace) -> int:
    from .build import OUTPUTS, build, write_outputs

    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    unknown = [f for f in formats if f not in OUTPUTS]
    if unknown:
        raise PolicygraphError(
            "--formats", f"unknown format {unknown[0]!r}", f"use {', '.join(OUTPUTS)}"
        )
    out = Path(args.out)
    cache = None if args.no_cache else out / ".cache"
    result = build(
        Path(args.folder),
        pipeline=args.pipeline,
        lexicon_path=args.lexicon,
        jobs=args.jobs,
        cache_dir=cache,
        progress=_progress(args.quiet),
    )
    written = write_outputs(result.graph, out, formats)
    for err in result.errors:
        _say(f"policygraph: skipped {err}")
    if not args.quiet:
        G = result.graph
        n_articles = G.graph.get("articles", 0)
        _say(
            f"built {G.number_of_nodes()} nodes and {G.number_of_edges()} edges from "
            f"{n_articles} articles ({result.cached} from cache) into "
            + ", ".join(str(p) for p in written)
        )
    return 1 if result.errors else 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_errors, format_scores, load_gold, scores_to_dict
    from .graph import read_graph

    gold = load_gold(args.gold)
    G = read_graph(args.graph)
    scores = evaluate(G, gold, include_comments=args.include_comments)
    if args.format == "json":
        import json

        print(json.dumps(scores_to_dict(scores), indent=2, sort_keys=True))
    else:
        print(format_scores(scores))
        if args.errors:
            print(format_errors(scores), end="")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .build import atomic_writer
    from .exporters.rdf import write_rdf
    from .graph import read_graph

    G = read_graph(args.graph)
    if args.output == "-":
        write_rdf(G, sys.stdout.buffer, args.format, base=args.base)
        sys.stdout.buffer.flush()
    else:
        with atomic_writer(Path(args.output)) as out:
            write_rdf(G, out, args.format, base=args.base)
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from .query import format_results, run_query

    params = dict(_param(p) for p in args.param)
    source = None if args.endpoint else args.file
    if source is None and not args.endpoint:
        raise PolicygraphError("query", "needs an RDF file or --endpoint URL", "see --help")
    columns, rows = run_query(
        source,
        args.query,
        engine=args.engine,
        endpoint=args.endpoint,
        params=params,
        user=args.user,
        password=args.password,
    )
    print(format_results(columns, rows, args.format), end="")
    return 0


def _param(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise PolicygraphError(f"--param {text}", "is not NAME=VALUE", "write e.g. policy=one-stop")
    name, value = text.split("=", 1)
    return name.strip(), value


def cmd_validate(args: argparse.Namespace) -> int:
    from .query import validate_file

    conforms, report = validate_file(args.file)
    if conforms:
        print(f"{args.file}: conforms to the policygraph SHACL shapes")
        return 0
    print(report)
    _say(f"policygraph: {args.file} does not conform to the policygraph SHACL shapes")
    return 1


def cmd_push(args: argparse.Namespace) -> int:
    from .query import push

    n = push(
        args.file,
        args.endpoint,
        graph_iri=args.graph,
        user=args.user,
        password=args.password,
        replace=not args.append,
    )
    _say(f"pushed {n} triples to {args.endpoint}")
    return 0


def cmd_view(args: argparse.Namespace) -> int:
    from .build import atomic_write
    from .exporters.html import render_html
    from .graph import read_graph

    G = read_graph(args.graph)
    out = Path(args.output)
    atomic_write(out, render_html(G, title=args.title))
    _say(f"wrote {out}")
    if args.open:
        webbrowser.open(out.resolve().as_uri())
    return 0


def cmd_trace(args: argparse.Namespace) -> int:
    from .graph import read_graph
    from .trace import format_trace, trace_policy

    G = read_graph(args.graph)
    trace = trace_policy(G, args.policy)
    print(format_trace(trace, args.format), end="")
    return 0


# -- the parser ----------------------------------------------------------------------------

#: name -> (function, one-line help, example)
COMMANDS: dict[str, tuple[Callable[[argparse.Namespace], int], str, str]] = {
    "build": (
        cmd_build,
        "build the graph, RDF and viewer from a folder of articles",
        "policygraph build seeds --out graph",
    ),
    "evaluate": (
        cmd_evaluate,
        "score a built graph against a hand-annotated gold file",
        "policygraph evaluate tests/gold/seeds.yaml --graph graph/graph.json",
    ),
    "export": (
        cmd_export,
        "export a graph as Turtle, JSON-LD, N-Triples, TriG or GraphML",
        "policygraph export --format jsonld -o graph/policy-graph.jsonld",
    ),
    "query": (
        cmd_query,
        "run SPARQL (or a named query) over an RDF file or an endpoint",
        "policygraph query graph/policy-graph.ttl who-criticised",
    ),
    "validate": (
        cmd_validate,
        "check an RDF file against the policygraph SHACL shapes",
        "policygraph validate graph/policy-graph.ttl",
    ),
    "push": (
        cmd_push,
        "load an RDF file into a SPARQL 1.1 store (Graph Store Protocol)",
        "policygraph push graph/policy-graph.ttl --endpoint "
        "http://localhost:8890/sparql-graph-crud-auth --graph https://example.org/g",
    ),
    "view": (
        cmd_view,
        "write the interactive HTML viewer of a graph",
        "policygraph view --graph graph/graph.json --open",
    ),
    "trace": (
        cmd_trace,
        "trace how one policy evolved across articles, in date order",
        "policygraph trace one-stop --format markdown",
    ),
}


def _add_common_graph(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--graph",
        default=DEFAULT_GRAPH,
        metavar="FILE",
        help=f"graph.json written by 'policygraph build' (default: {DEFAULT_GRAPH})",
    )


def _add_endpoint_auth(p: argparse.ArgumentParser) -> None:
    p.add_argument("--user", help="user name for the endpoint")
    p.add_argument("--password", help="password for the endpoint")


def make_parser() -> argparse.ArgumentParser:
    from .nlp import DEFAULT_PIPELINE

    parser = argparse.ArgumentParser(
        prog="policygraph",
        description="Turn news articles about public policy into a knowledge graph.",
        epilog="Example: policygraph build seeds --out graph",
    )
    parser.add_argument("--version", action="version", version=f"policygraph {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str) -> argparse.ArgumentParser:
        func, help_text, example = COMMANDS[name]
        p = sub.add_parser(
            name,
            help=help_text,
            description=help_text[0].upper() + help_text[1:] + ".",
            epilog=f"Example: {example}",
        )
        p.set_defaults(func=func)
        return p

    p = command("build")
    p.add_argument("folder", help="folder of articles (*.txt) with an optional articles.yaml")
    p.add_argument("--out", default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})")
    p.add_argument(
        "--formats",
        default="json,turtle,html",
        help="outputs to write: json, turtle, html (default: all)",
    )
    p.add_argument(
        "--pipeline",
        default=DEFAULT_PIPELINE,
        help=f"installed spaCy pipeline (default: {DEFAULT_PIPELINE})",
    )
    p.add_argument("--lexicon", default=None, help="a lexicon YAML file (default: the shipped one)")
    p.add_argument("--jobs", type=int, default=1, help="processes for parsing (default: 1)")
    p.add_argument("--no-cache", action="store_true", help="re-extract every article")
    p.add_argument("--quiet", action="store_true", help="print nothing but errors")

    p = command("evaluate")
    p.add_argument("gold", help="gold annotation YAML (see docs/gold-format.md)")
    p.add_argument(
        "--errors", action="store_true", help="also list every missed and spurious node and edge"
    )
    _add_common_graph(p)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument(
        "--include-comments", action="store_true", help="also score what readers' comments say"
    )

    p = command("export")
    _add_common_graph(p)
    p.add_argument(
        "--format", choices=("turtle", "jsonld", "nt", "trig", "graphml"), default="turtle"
    )
    p.add_argument("-o", "--output", default="-", help="output file (default: standard output)")
    p.add_argument(
        "--base", default="https://w3id.org/policygraph/", help="base IRI of the entities"
    )

    p = command("query")
    p.add_argument("file", nargs="?", help="RDF file (Turtle, N-Triples, JSON-LD, TriG)")
    p.add_argument("query", help="SPARQL text, or the name of a shipped query")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--engine", choices=("oxigraph", "rdflib"), default="oxigraph")
    p.add_argument("--endpoint", help="query a SPARQL endpoint instead of a file")
    p.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a value for a named query's parameter, e.g. policy=one-stop",
    )
    _add_endpoint_auth(p)

    p = command("validate")
    p.add_argument("file", help="RDF file to check")

    p = command("push")
    p.add_argument("file", help="RDF file to load")
    p.add_argument("--endpoint", required=True, help="the store's Graph Store Protocol URL")
    p.add_argument("--graph", help="named graph IRI (default: the default graph)")
    p.add_argument("--append", action="store_true", help="add to the graph instead of replacing")
    _add_endpoint_auth(p)

    p = command("view")
    _add_common_graph(p)
    p.add_argument("-o", "--output", default="graph/index.html", help="HTML file to write")
    p.add_argument("--title", default="policygraph", help="page title")
    p.add_argument("--open", action="store_true", help="open the page in a web browser")

    p = command("trace")
    p.add_argument("policy", help="a policy's name or any alias (fuzzy, case-insensitive)")
    _add_common_graph(p)
    p.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except PolicygraphError as exc:
        _say(f"policygraph: {exc}")
        return 1
    except KeyboardInterrupt:
        _say("policygraph: interrupted")
        return 130
    except BrokenPipeError:
        # The reader of our output went away (``policygraph query ... | head``): stop
        # quietly, and keep Python from complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
