"""Tests of pushing to and querying remote SPARQL stores (policygraph.query.push, run_query).

Two servers, both on 127.0.0.1 only:

* a small Graph Store / SPARQL protocol server from the standard library, which records
  what it is sent, for the protocol details (always runs);
* a real Virtuoso (Debian package ``virtuoso-opensource``), started on free ports with its
  own temporary database (skipped when ``virtuoso-t`` is not installed).
"""

from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from rdflib import Graph
from test_exporters_rdf import build_fixture_graph

from policygraph.errors import EndpointError, QueryError, RDFFileError
from policygraph.exporters.rdf import write_rdf
from policygraph.query import named_queries, push, required_parameters, run_query


@pytest.fixture(scope="module")
def ttl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "graph.ttl"
    write_rdf(build_fixture_graph(), path, "turtle")
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --------------------------------------------------------------------------- stdlib server

USER, PASSWORD = "editor", "s3cret"
RESULTS = {
    "head": {"vars": ["s", "label", "missing"]},
    "results": {
        "bindings": [
            {
                "s": {"type": "bnode", "value": "b0"},
                "label": {"type": "typed-literal", "value": "12", "datatype": "x"},
            },
            {
                "s": {"type": "uri", "value": "https://example.org/a"},
                "label": {"type": "literal", "value": "Jeremy Hunt", "xml:lang": "en"},
            },
        ]
    },
}


class _Recorder(BaseHTTPRequestHandler):
    """Graph Store endpoint at /store (Basic auth), query endpoint at /sparql (open)."""

    requests: list[dict] = []

    def log_message(self, *args) -> None:  # keep the test output quiet
        pass

    def _record(self) -> dict:
        length = int(self.headers.get("Content-Length") or 0)
        entry = {
            "method": self.command,
            "path": self.path,
            "content_type": self.headers.get("Content-Type"),
            "accept": self.headers.get("Accept"),
            "body": self.rfile.read(length),
        }
        self.requests.append(entry)
        return entry

    def _answer(self, status: int, body: bytes = b"", ctype: str = "text/plain", extra=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in extra:
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _store(self) -> None:
        entry = self._record()
        expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        if self.headers.get("Authorization") != expected:
            entry["refused"] = True
            self._answer(401, b"who are you?", extra=[("WWW-Authenticate", 'Basic realm="t"')])
        elif "graph=https%3A%2F%2Fexample.org%2Fbad" in self.path:
            self._answer(
                500, b"<html><body><h3>Error</h3><p>disk full</p></body></html>", "text/html"
            )
        else:
            self._answer(201)

    do_PUT = _store

    def do_POST(self) -> None:
        if self.path.startswith("/store"):
            self._store()
            return
        entry = self._record()
        query = parse_qs(entry["body"].decode())["query"][0]
        if "BROKEN" in query:
            self._answer(400, b"syntax error at line 1")
        elif "ASK" in query:
            self._answer(200, b'{"head": {}, "boolean": true}', "application/sparql-results+json")
        else:
            body = json.dumps(RESULTS).encode()
            self._answer(200, body, "application/sparql-results+json")


@pytest.fixture
def recorder() -> Iterator[tuple[str, list[dict]]]:
    _Recorder.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", _Recorder.requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_store_push_puts_turtle_into_named_graph(recorder, ttl):
    url, requests = recorder
    sent = push(
        ttl, f"{url}/store", graph_iri="https://example.org/g#1", user=USER, password=PASSWORD
    )
    assert sent == len(Graph().parse(ttl))
    final = requests[-1]
    assert final["method"] == "PUT"
    assert final["path"] == "/store?graph=https%3A%2F%2Fexample.org%2Fg%231"
    assert final["content_type"].startswith("text/turtle")
    assert final["body"] == ttl.read_bytes()


def test_store_push_without_graph_writes_default_graph_with_post(recorder, ttl):
    url, requests = recorder
    push(ttl, f"{url}/store", user=USER, password=PASSWORD, replace=False)
    assert (requests[-1]["method"], requests[-1]["path"]) == ("POST", "/store?default")


def test_store_push_converts_other_formats_to_ntriples(recorder, tmp_path):
    url, requests = recorder
    path = tmp_path / "graph.jsonld"
    write_rdf(build_fixture_graph(), path, "jsonld")
    push(path, f"{url}/store", graph_iri="https://example.org/g", user=USER, password=PASSWORD)
    sent = Graph().parse(data=requests[-1]["body"].decode(), format="nt")
    assert len(sent) == len(Graph().parse(path, format="json-ld"))


@pytest.mark.parametrize(("user", "password"), [(None, None), (USER, "wrong")])
def test_store_push_refused_credentials_is_one_line_endpoint_error(recorder, ttl, user, password):
    url, _requests = recorder
    with pytest.raises(EndpointError, match=r"refused the request \(HTTP 401\)") as info:
        push(ttl, f"{url}/store", graph_iri="https://example.org/g", user=user, password=password)
    assert "\n" not in str(info.value)


def test_store_push_server_error_passes_on_server_message(recorder, ttl):
    url, _requests = recorder
    with pytest.raises(EndpointError, match="HTTP 500.*disk full"):
        push(ttl, f"{url}/store", graph_iri="https://example.org/bad", user=USER, password=PASSWORD)


def test_store_push_refuses_non_rdf_before_sending(recorder, tmp_path):
    url, requests = recorder
    path = tmp_path / "graph.ttl"
    path.write_text("not turtle at all\n", encoding="utf-8")
    with pytest.raises(RDFFileError):
        push(path, f"{url}/store", graph_iri="https://example.org/g")
    assert requests == []


def test_store_unreachable_endpoint_is_endpoint_error(ttl):
    url = f"http://127.0.0.1:{_free_port()}"  # nothing listens there
    with pytest.raises(EndpointError, match="is unreachable"):
        push(ttl, f"{url}/store", graph_iri="https://example.org/g")
    with pytest.raises(EndpointError, match="is unreachable"):
        run_query(None, "funding", endpoint=f"{url}/sparql")


def test_store_query_over_protocol_gives_plain_strings(recorder):
    url, requests = recorder
    columns, rows = run_query(
        None,
        "SELECT * WHERE { ?s rdfs:label ?label }",
        endpoint=f"{url}/sparql",
        default_graph="https://example.org/g",
    )
    assert columns == ["s", "label", "missing"]
    assert rows == [("_:b0", "12", ""), ("https://example.org/a", "Jeremy Hunt", "")]
    form = parse_qs(requests[-1]["body"].decode())
    assert form["default-graph-uri"] == ["https://example.org/g"]
    # the project's prefixes the query uses are declared for the endpoint
    assert "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>" in form["query"][0]
    assert requests[-1]["accept"] == "application/sparql-results+json"


def test_store_ask_over_protocol(recorder):
    url, _requests = recorder
    assert run_query(None, "ASK { ?s ?p ?o }", endpoint=f"{url}/sparql") == (["ask"], [("true",)])


def test_store_query_refused_as_malformed_is_query_error(recorder):
    url, _requests = recorder
    with pytest.raises(QueryError, match="syntax error at line 1"):
        run_query(None, "SELECT BROKEN", endpoint=f"{url}/sparql")


# --------------------------------------------------------------------------- Virtuoso

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
MaxClientConnections = 5
ServerThreads = 5
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory) -> Iterator[str]:
    """Base URL of a Virtuoso started for this test run on 127.0.0.1 (user dba/dba)."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip("virtuoso-t is not installed (apt-get install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port, sql_port = _free_port(), _free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=folder, sql_port=sql_port, http_port=http_port))
    log = (folder / "console.log").open("wb")
    process = subprocess.Popen(
        [binary, "-f", "-c", str(ini)], cwd=folder, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{http_port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                pytest.fail(f"virtuoso-t exited: {(folder / 'console.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{url}/sparql", timeout=5):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail("virtuoso-t did not answer within 120 s")
                time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)
        log.close()


GRAPH = "https://example.org/policygraph/test"


def _count(virtuoso: str, graph: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    return int(run_query(None, query, endpoint=f"{virtuoso}/sparql")[1][0][0])


def test_store_virtuoso_push_then_count(virtuoso, ttl):
    sent = push(
        ttl, f"{virtuoso}/sparql-graph-crud-auth", graph_iri=GRAPH, user="dba", password="dba"
    )
    assert sent == len(Graph().parse(ttl)) > 100
    assert _count(virtuoso, GRAPH) == sent


def test_store_virtuoso_put_replaces_and_post_adds(virtuoso, ttl, tmp_path):
    graph = GRAPH + "/replace"
    extra = tmp_path / "extra.ttl"
    extra.write_text('<https://example.org/x> <https://example.org/y> "z" .\n')
    store = f"{virtuoso}/sparql-graph-crud-auth"
    sent = push(ttl, store, graph_iri=graph, user="dba", password="dba")
    push(extra, store, graph_iri=graph, user="dba", password="dba", replace=False)
    assert _count(virtuoso, graph) == sent + 1
    push(ttl, store, graph_iri=graph, user="dba", password="dba")
    assert _count(virtuoso, graph) == sent


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_store_virtuoso_named_query_gives_local_rows(virtuoso, ttl, name):
    push(ttl, f"{virtuoso}/sparql-graph-crud-auth", graph_iri=GRAPH, user="dba", password="dba")
    params = {key: "GP" for key in required_parameters(name)} or None
    remote = run_query(
        None, name, endpoint=f"{virtuoso}/sparql", default_graph=GRAPH, params=params
    )
    assert remote == run_query(ttl, name, params=params)


def test_store_virtuoso_wrong_password_is_endpoint_error(virtuoso, ttl):
    with pytest.raises(EndpointError, match="HTTP 401"):
        push(
            ttl,
            f"{virtuoso}/sparql-graph-crud-auth",
            graph_iri=GRAPH,
            user="dba",
            password="not-the-password",
        )


def test_store_virtuoso_malformed_query_is_query_error(virtuoso):
    with pytest.raises(QueryError, match="was refused by"):
        run_query(None, "SELECT ?s WHERE { ?s ?p", endpoint=f"{virtuoso}/sparql")


def test_store_virtuoso_policy_trace_parameter_filters_remotely(virtuoso, ttl):
    push(ttl, f"{virtuoso}/sparql-graph-crud-auth", graph_iri=GRAPH, user="dba", password="dba")
    params = {"policy": "Forward"}
    remote = run_query(
        None, "policy-trace", endpoint=f"{virtuoso}/sparql", default_graph=GRAPH, params=params
    )
    assert remote[1]
    assert remote == run_query(ttl, "policy-trace", params=params)
