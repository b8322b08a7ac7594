"""Query, validate and publish policygraph RDF exports.

* :func:`run_query` runs SPARQL, or a named query shipped in ``data/queries``, over an RDF
  file with Oxigraph (default) or rdflib, or over a remote SPARQL endpoint. Results are
  plain strings (IRIs, literals' lexical forms, ``""`` for unbound), so every engine gives
  the same rows for the same query.
* :func:`format_results` renders rows as a table, CSV or JSON.
* :func:`validate_file` checks a file against the SHACL shapes in ``data/shapes.ttl``.
* :func:`push` sends a file to a store with the SPARQL 1.1 Graph Store HTTP Protocol.

Named queries take parameters: a query that holds ``VALUES ?NAME_filter { "" }`` takes a
parameter ``NAME``. The clause gives the default, so the file is valid SPARQL as it stands.
An empty clause, ``VALUES ?NAME_filter { }``, makes the parameter required: the file still
runs elsewhere (and finds nothing), but :func:`resolve_query` refuses to run it without a
value. ``policy-trace`` is such a query: a trace is of one policy, and the list of every
claim in a 5,000-article corpus took 3 s, where ``policies`` lists what to trace in 0.4 to
0.5 s.
Before a run the clause is dropped and every ``?NAME_filter`` is replaced by the value, an
escaped literal (the substitution of SPARQL-dev SEP-0007). An engine's optimiser then sees
a constant: Oxigraph starts a filtered ``policy-trace`` from the few matching policies
instead of joining every claim with a one-row ``VALUES`` table, 0.01 s instead of 2.8 s on
a 5,000-article graph. For instance
``run_query(path, "policy-trace", params={"policy": "one-stop"})``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD, NamespaceManager

from policygraph.errors import EndpointError, QueryError, RDFFileError
from policygraph.vocab import PREFIXES, shapes_path

__all__ = [
    "ENGINES",
    "RESULT_FORMATS",
    "RDF_EXTENSIONS",
    "Rows",
    "named_queries",
    "query_parameters",
    "required_parameters",
    "resolve_query",
    "load_store",
    "load_graph",
    "run_query",
    "format_results",
    "validate_graph",
    "validate_file",
    "push",
]

#: Local SPARQL engines, the first is the default.
ENGINES = ("oxigraph", "rdflib")

#: Output formats of :func:`format_results`.
RESULT_FORMATS = ("table", "csv", "json")

#: File extensions read as RDF, and their format: (rdflib name, Oxigraph format).
RDF_EXTENSIONS: dict[str, tuple[str, ox.RdfFormat]] = {
    ".ttl": ("turtle", ox.RdfFormat.TURTLE),
    ".turtle": ("turtle", ox.RdfFormat.TURTLE),
    ".nt": ("nt", ox.RdfFormat.N_TRIPLES),
    ".jsonld": ("json-ld", ox.RdfFormat.JSON_LD),
    ".json": ("json-ld", ox.RdfFormat.JSON_LD),
    ".trig": ("trig", ox.RdfFormat.TRIG),
    ".nq": ("nquads", ox.RdfFormat.N_QUADS),
    ".rdf": ("xml", ox.RdfFormat.RDF_XML),
    ".owl": ("xml", ox.RdfFormat.RDF_XML),
    ".xml": ("xml", ox.RdfFormat.RDF_XML),
}

_QUAD_FORMATS = frozenset({"trig", "nquads"})

#: Column names and rows of a query result, every value a plain string.
Rows = tuple[list[str], list[tuple[str, ...]]]

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
_PARAM = re.compile(r"VALUES\s+\?(\w+)_filter\s*\{[^}]*\}", re.IGNORECASE)
_DECLARED_PREFIX = re.compile(r"PREFIX\s+([\w.-]*):", re.IGNORECASE)
_ONE_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


# --------------------------------------------------------------------------- named queries


def _query_dir() -> Path:
    return Path(str(resources.files("policygraph").joinpath("data", "queries")))


def named_queries() -> dict[str, str]:
    """Named queries shipped with policygraph: name (file stem) -> what it answers.

    The description is the first comment line of the ``.rq`` file.
    """
    found: dict[str, str] = {}
    for path in sorted(_query_dir().glob("*.rq")):
        first = path.read_text(encoding="utf-8").lstrip().splitlines()[0]
        found[path.stem] = first.lstrip("#").strip() if first.startswith("#") else ""
    return found


def _template(query: str) -> str:
    """The text of ``query``: SPARQL as given, or the file of the named query it names.

    Raises
    ------
    QueryError
        ``query`` looks like a name but is not a named query.
    """
    if not _NAME.fullmatch(query.strip()):
        return query
    name = query.strip()
    names = named_queries()
    if name not in names:
        raise QueryError(
            f"query {name!r}",
            "is not a named query",
            f"use SPARQL text or one of: {', '.join(names)}",
        )
    return (_query_dir() / f"{name}.rq").read_text(encoding="utf-8")


def query_parameters(query: str) -> list[str]:
    """Parameters a query (SPARQL, or a named query's name) takes: ``NAME`` for each
    ``VALUES ?NAME_filter { ... }``."""
    return sorted({match.group(1) for match in _PARAM.finditer(_template(query))})


def required_parameters(query: str) -> list[str]:
    """Parameters a query cannot run without: ``NAME`` for each empty
    ``VALUES ?NAME_filter { }``."""
    return sorted(
        {
            match.group(1)
            for match in _PARAM.finditer(_template(query))
            if not _clause_default(match.group(0))
        }
    )


def _clause_default(clause: str) -> str:
    """What a parameter's ``VALUES`` clause holds between its braces."""
    return clause[clause.index("{") + 1 : -1].strip()


def _sparql_string(value: str) -> str:
    """A SPARQL string literal holding ``value``, every special character escaped."""
    escapes = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return '"' + "".join(escapes.get(char, char) for char in value) + '"'


def resolve_query(query: str, params: Mapping[str, str] | None = None) -> str:
    """SPARQL text of ``query`` (SPARQL, or a named query's name), each parameter replaced
    by its value in ``params`` or by its default.

    Raises
    ------
    QueryError
        The name is not a named query, a parameter is not one the query takes, or a
        required parameter has no value.

    Examples
    --------
    >>> text = resolve_query("policy-trace", {"policy": 'say "hi"'})
    >>> 'LCASE("say \\\\"hi\\\\"")' in text, "policy_filter" in text
    (True, False)
    """
    text = _template(query)
    known = {match.group(1): match for match in _PARAM.finditer(text)}
    for key in sorted(params or {}):
        if key not in known:
            raise QueryError(
                f"parameter {key!r}",
                "is not a parameter of this query",
                f"its parameters are: {', '.join(sorted(known)) or 'none'}",
            )
    for key, clause in known.items():
        default = _clause_default(clause.group(0))
        if params and key in params:
            literal = _sparql_string(str(params[key]))
        elif not default:
            raise QueryError(
                f"query {query.strip()[:60]!r}",
                f"needs a value for its parameter {key!r}",
                f"give one with --param {key}=VALUE",
            )
        elif _ONE_STRING.fullmatch(default):
            literal = default
        else:  # no value, and a default that is not one string: the clause stays
            continue
        text = re.sub(rf"VALUES\s+\?{re.escape(key)}_filter\s*\{{[^}}]*\}}", "", text, flags=re.I)
        # the replacement escapes backslashes: re.sub reads them as group references
        text = re.sub(rf"[?$]{re.escape(key)}_filter\b", literal.replace("\\", "\\\\"), text)
    return text


# --------------------------------------------------------------------------- loading


def _rdf_format(path: Path) -> tuple[str, ox.RdfFormat]:
    if not path.is_file():
        raise RDFFileError(str(path), "does not exist or is not a file", "check the path")
    fmt = RDF_EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        raise RDFFileError(
            str(path),
            f"has no RDF file extension ({path.suffix or 'none'})",
            f"name it with one of {', '.join(RDF_EXTENSIONS)}",
        )
    return fmt


def load_store(path: str | Path) -> ox.Store:
    """Load an RDF file into an in-memory Oxigraph store; its format comes from its extension.

    Raises
    ------
    RDFFileError
        The file is missing, has no RDF extension or does not parse.
    """
    path = Path(path)
    _name, fmt = _rdf_format(path)
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise RDFFileError(
            str(path), f"is not valid {fmt.name}: {_one_line(exc)}", "check the file"
        ) from None
    return store


def load_graph(path: str | Path) -> Graph:
    """Load an RDF file with rdflib; TriG and N-Quads give a Dataset whose default graph
    is the union of its graphs.

    Raises
    ------
    RDFFileError
        The file is missing, has no RDF extension or does not parse.
    """
    path = Path(path)
    name, _fmt = _rdf_format(path)
    graph: Graph = Dataset(default_union=True) if name in _QUAD_FORMATS else Graph()
    try:
        graph.parse(str(path), format=name)
    except Exception as exc:  # rdflib's parsers raise many unrelated exception types
        raise RDFFileError(
            str(path), f"is not valid {name}: {_one_line(exc)[:300]}", "check the file"
        ) from None
    return graph


# --------------------------------------------------------------------------- local engines


def _ox_term(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.Literal)):  # nearly every value: checked first
        return str(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return f"<< {_ox_term(term.subject)} {_ox_term(term.predicate)} {_ox_term(term.object)} >>"
    return str(term.value)


def _rdflib_term(term: Any) -> str:
    """Plain string of an rdflib term; decimals in canonical form, as Oxigraph gives them."""
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal) and term.datatype == XSD.decimal:
        try:
            text = f"{Decimal(str(term)).normalize():f}"
        except InvalidOperation:
            return str(term)
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(term)


def _run_oxigraph(store: ox.Store, text: str) -> Rows:
    try:
        result = store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError("query", f"is not valid SPARQL: {_one_line(exc)}") from None
    except (ValueError, OSError) as exc:
        raise QueryError("query", f"failed: {_one_line(exc)}") from None
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [("true" if bool(result) else "false",)]
    if isinstance(result, ox.QuerySolutions):
        columns = [variable.value for variable in result.variables]
        rows = [tuple(map(_ox_term, solution)) for solution in result]
        return columns, rows
    triples = [(_ox_term(t.subject), _ox_term(t.predicate), _ox_term(t.object)) for t in result]
    return ["subject", "predicate", "object"], sorted(triples)


def _run_rdflib(graph: Graph, text: str) -> Rows:
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepared = prepareQuery(text, initNs=PREFIXES)
    except Exception as exc:  # pyparsing errors, and bare Exception for unknown prefixes
        raise QueryError("query", f"is not valid SPARQL: {_one_line(exc)}") from None
    result = graph.query(prepared)
    if result.type == "ASK":
        return ["ask"], [("true" if result.askAnswer else "false",)]
    if result.type == "SELECT":
        columns = [str(variable) for variable in result.vars or ()]
        rows = [tuple(_rdflib_term(value) for value in row) for row in result]  # type: ignore[union-attr]
        return columns, rows
    triples = [tuple(_rdflib_term(term) for term in triple) for triple in result]  # type: ignore[union-attr]
    return ["subject", "predicate", "object"], sorted(triples)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- remote endpoints


class _CloseChallenge(urllib.request.BaseHandler):
    """Close a 401 answer before the auth handlers retry, so its socket is not leaked."""

    handler_order = 100  # before the Digest (490) and Basic (500) handlers

    def http_error_401(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        fp.close()
        return None  # let the auth handlers answer the challenge


def _opener(url: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    """An opener that answers Basic and Digest challenges with ``user`` and ``password``."""
    if user is None:
        return urllib.request.build_opener()
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, url, user, password or "")
    return urllib.request.build_opener(
        _CloseChallenge(),
        urllib.request.HTTPDigestAuthHandler(manager),
        urllib.request.HTTPBasicAuthHandler(manager),
    )


def _body_text(error: urllib.error.HTTPError) -> str:
    """The first 300 characters of an error page's text, tags removed, on one line."""
    try:
        raw = error.read().decode("utf-8", "replace")
    except (OSError, ValueError):  # already closed, or the connection dropped
        raw = ""
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.DOTALL | re.IGNORECASE)
    return _one_line(re.sub(r"<[^>]+>", " ", raw))[:300]


def _request(
    url: str,
    *,
    method: str,
    data: bytes,
    headers: Mapping[str, str],
    user: str | None,
    password: str | None,
    timeout: float,
    endpoint: str,
) -> tuple[int, str, bytes]:
    """Send one HTTP request; return status, content type and body.

    Raises
    ------
    EndpointError
        The endpoint is unreachable, refuses the credentials, or answers an error other than
        400 (which the caller turns into a :class:`QueryError` for queries).
    """
    request = urllib.request.Request(url, data=data, headers=dict(headers), method=method)
    try:
        with _opener(url, user, password).open(request, timeout=timeout) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        body = _body_text(error)
        error.close()
        if error.code in (401, 403):
            raise EndpointError(
                endpoint,
                f"refused the request (HTTP {error.code})",
                "give a user and password allowed to do this (in Virtuoso, one with "
                "SPARQL_UPDATE to write)",
            ) from None
        return error.code, error.headers.get_content_type(), body.encode("utf-8")
    except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
        reason = getattr(error, "reason", error)
        raise EndpointError(
            endpoint,
            f"is unreachable ({_one_line(reason)})",
            "check the URL and that the server is running",
        ) from None
    except ValueError as error:
        raise EndpointError(endpoint, f"is not an HTTP URL ({_one_line(error)})") from None


def _query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first such keyword outside IRIs and comments."""
    bare = re.sub(r"<[^>\s]*>", " ", text)
    bare = re.sub(r"#[^\n]*", " ", bare)
    match = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", bare, re.IGNORECASE)
    return match.group(1).upper() if match else "SELECT"


def _json_term(binding: Mapping[str, Any] | None) -> str:
    if not binding:
        return ""
    if binding.get("type") == "bnode":
        return f"_:{binding.get('value', '')}"
    return str(binding.get("value", ""))


def _with_prefixes(text: str) -> str:
    """The query with a PREFIX line for each project prefix it uses but does not declare."""
    declared = {name.lower() for name in _DECLARED_PREFIX.findall(text)}
    lines = [
        f"PREFIX {name}: <{iri}>"
        for name, iri in PREFIXES.items()
        if name not in declared and re.search(rf"(?<![\w<]){re.escape(name)}:", text)
    ]
    return "\n".join([*lines, text])


def _run_endpoint(
    endpoint: str,
    text: str,
    user: str | None,
    password: str | None,
    timeout: float,
    default_graph: str | None,
) -> Rows:
    form = _query_form(text)
    accept = (
        "application/sparql-results+json"
        if form in ("SELECT", "ASK")
        else "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8"
    )
    form_data = {"query": _with_prefixes(text)}
    if default_graph:
        form_data["default-graph-uri"] = default_graph
    data = urllib.parse.urlencode(form_data).encode("utf-8")
    status, ctype, body = _request(
        endpoint,
        method="POST",
        data=data,
        headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
        user=user,
        password=password,
        timeout=timeout,
        endpoint=endpoint,
    )
    if status == 400:
        raise QueryError("query", f"was refused by {endpoint}: {body.decode('utf-8', 'replace')}")
    if status >= 300:
        raise EndpointError(endpoint, f"answered HTTP {status}: {body.decode('utf-8', 'replace')}")
    if form in ("CONSTRUCT", "DESCRIBE"):
        graph = Graph()
        fmt = "turtle" if ctype == "text/turtle" else "nt"
        try:
            graph.parse(data=body.decode("utf-8"), format=fmt)
        except Exception as exc:  # rdflib's parsers raise many unrelated exception types
            raise EndpointError(endpoint, f"sent triples that do not parse: {exc}") from None
        return ["subject", "predicate", "object"], sorted(
            (str(s), str(p), _rdflib_term(o)) for s, p, o in graph
        )
    try:
        doc = json.loads(body.decode("utf-8"))
    except ValueError:
        raise EndpointError(
            endpoint, f"did not answer SPARQL JSON results (got {ctype})", "check the URL"
        ) from None
    if "boolean" in doc:
        return ["ask"], [("true" if doc["boolean"] else "false",)]
    columns = list(doc.get("head", {}).get("vars", []))
    bindings = doc.get("results", {}).get("bindings", [])
    return columns, [tuple(_json_term(b.get(c)) for c in columns) for b in bindings]


# --------------------------------------------------------------------------- run_query


def run_query(
    source: str | Path | ox.Store | Graph | None,
    query: str,
    *,
    engine: str = "oxigraph",
    endpoint: str | None = None,
    params: Mapping[str, str] | None = None,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 60.0,
    default_graph: str | None = None,
) -> Rows:
    """Run a SPARQL query over an RDF file, a loaded store or a SPARQL endpoint.

    Parameters
    ----------
    source : path, pyoxigraph.Store, rdflib.Graph or None
        The RDF file (format from its extension) or an already loaded store or graph;
        None with ``endpoint``.
    query : str
        SPARQL text, or the name of a named query (see :func:`named_queries`).
    engine : str
        ``oxigraph`` (default) or ``rdflib``; ignored with ``endpoint``.
    endpoint : str or None
        URL of a SPARQL 1.1 Protocol query endpoint, queried instead of a file.
    params : mapping or None
        Values of the query's parameters (see :func:`query_parameters`).
    user, password : str or None
        Credentials for the endpoint (Basic or Digest).
    timeout : float
        Seconds to wait for the endpoint.
    default_graph : str or None
        IRI of the graph an endpoint queries by default (``default-graph-uri``); without
        it the endpoint chooses (Virtuoso: the union of all its graphs).

    Returns
    -------
    columns, rows
        Variable names, and rows of plain strings in the query's order; ``""`` stands for
        an unbound value. ASK gives one column ``ask``; CONSTRUCT gives sorted triples.

    Raises
    ------
    QueryError
        Unknown named query or parameter, malformed SPARQL, or an unknown engine.
    RDFFileError
        The source file is not RDF.
    EndpointError
        The endpoint is unreachable or refuses the request.
    """
    if endpoint is not None and source is not None:
        raise QueryError("query", "was given both a file and an endpoint", "give only one")
    if engine not in ENGINES:
        raise QueryError(f"engine {engine!r}", "is unknown", f"use one of {', '.join(ENGINES)}")
    text = resolve_query(query, params)
    if endpoint is not None:
        return _run_endpoint(endpoint, text, user, password, timeout, default_graph)
    if source is None:
        raise QueryError("query", "has nothing to run on", "give an RDF file or an endpoint")
    if engine == "oxigraph":
        if isinstance(source, ox.Store):
            store = source
        elif isinstance(source, Dataset):
            store = ox.Store()
            store.load(source.serialize(format="nquads", encoding="utf-8"), ox.RdfFormat.N_QUADS)
        elif isinstance(source, Graph):
            store = ox.Store()
            store.load(source.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
        else:
            store = load_store(source)
        return _run_oxigraph(store, text)
    if isinstance(source, ox.Store):
        raise QueryError("query", "got an Oxigraph store for the rdflib engine", "pass a file")
    graph = source if isinstance(source, Graph) else load_graph(source)
    return _run_rdflib(graph, text)


# --------------------------------------------------------------------------- formatting


def format_results(
    columns: Sequence[str], rows: Iterable[Sequence[str]], fmt: str = "table"
) -> str:
    """Render query results as ``table`` (aligned text), ``csv`` or ``json``.

    Examples
    --------
    >>> print(format_results(["a", "b"], [("1", "two")]), end="")
    a  b
    -  ---
    1  two
    <BLANKLINE>
    (1 row)
    """
    rows = [tuple(row) for row in rows]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue()
    if fmt == "json":
        doc = {
            "columns": list(columns),
            "rows": [dict(zip(columns, row, strict=True)) for row in rows],
        }
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if fmt != "table":
        raise QueryError(
            f"format {fmt!r}", "is not a result format", f"use one of {', '.join(RESULT_FORMATS)}"
        )
    cells = [[_one_line(value) for value in row] for row in rows]
    widths = [len(name) for name in columns]
    for row in cells:
        widths = [max(width, len(value)) for width, value in zip(widths, row, strict=True)]
    lines = ["  ".join(name.ljust(w) for name, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    count = len(cells)
    return "\n".join(lines) + f"\n\n({count} row{'' if count == 1 else 's'})\n"


# --------------------------------------------------------------------------- validation


def _short(term: Any, names: NamespaceManager) -> str:
    if isinstance(term, URIRef):
        try:
            return names.curie(term, generate=False)
        except Exception:  # a term no bound prefix fits
            return f"<{term}>"
    if isinstance(term, Literal):
        return term.n3()
    return str(term) if term is not None else ""


def validate_graph(data: Graph) -> tuple[bool, str]:
    """Validate an rdflib graph against policygraph's SHACL shapes.

    Returns
    -------
    conforms, report
        Whether the graph conforms, and a report with one sorted line per violation:
        ``focus node | path | message``.
    """
    import pyshacl

    shapes = Graph().parse(str(shapes_path()), format="turtle")
    names = data.namespace_manager
    if isinstance(data, Dataset):
        union = Graph()
        for s, p, o, _g in data.quads((None, None, None, None)):
            union.add((s, p, o))
        data = union
    conforms, results, _text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=False
    )
    for prefix, iri in PREFIXES.items():
        names.bind(prefix, iri, override=False)
    lines = sorted(
        " | ".join(
            (
                _short(results.value(result, SH.focusNode), names),
                _short(results.value(result, SH.resultPath), names),
                _one_line(results.value(result, SH.resultMessage) or ""),
            )
        )
        for result in results.subjects(RDF.type, SH.ValidationResult)
    )
    head = f"Conforms: {bool(conforms)} ({len(lines)} violation{'' if len(lines) == 1 else 's'})"
    return bool(conforms), "\n".join([head, *lines]) + "\n"


def validate_file(path: str | Path) -> tuple[bool, str]:
    """Validate an RDF file (format from its extension) against the SHACL shapes.

    Raises
    ------
    RDFFileError
        The file is missing or not RDF.
    """
    return validate_graph(load_graph(path))


# --------------------------------------------------------------------------- push


def push(
    path: str | Path,
    endpoint: str,
    *,
    graph_iri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    replace: bool = True,
    timeout: float = 300.0,
) -> int:
    """Send an RDF file to a store with the SPARQL 1.1 Graph Store HTTP Protocol.

    Parameters
    ----------
    path : path
        The RDF file; it is parsed first, so a broken file never reaches the store.
    endpoint : str
        URL of the store's Graph Store endpoint, e.g. Virtuoso's
        ``http://127.0.0.1:8890/sparql-graph-crud-auth``.
    graph_iri : str or None
        The named graph to write; None writes the default graph (``?default``).
    user, password : str or None
        Credentials, answered to a Basic or a Digest challenge.
    replace : bool
        PUT, replacing the graph (default), or POST, adding to it.
    timeout : float
        Seconds to wait for the store.

    Returns
    -------
    int
        The number of triples sent.

    Raises
    ------
    RDFFileError
        The file is not RDF.
    EndpointError
        The endpoint is unreachable, refuses the credentials or the data.
    """
    path = Path(path)
    graph = load_graph(path)
    if path.suffix.lower() in (".ttl", ".turtle", ".nt"):
        body = path.read_bytes()
    else:
        body = graph.serialize(format="nt", encoding="utf-8")
    target = f"graph={urllib.parse.quote(graph_iri, safe='')}" if graph_iri else "default"
    url = f"{endpoint}{'&' if '?' in endpoint else '?'}{target}"
    status, _ctype, answer = _request(
        url,
        method="PUT" if replace else "POST",
        data=body,
        headers={"Content-Type": "text/turtle; charset=utf-8"},
        user=user,
        password=password,
        timeout=timeout,
        endpoint=endpoint,
    )
    if status >= 300:
        raise EndpointError(
            endpoint,
            f"refused the data (HTTP {status}): {answer.decode('utf-8', 'replace')}",
            "check the endpoint is a Graph Store endpoint and the graph IRI",
        )
    return len(graph)
