"""Tests of SPARQL querying, named queries, result formatting and validation (policygraph.query)."""

from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources

import pytest
from test_exporters_rdf import (
    A0,
    A1,
    A2,
    ARTICLES,
    NAG_Q,
    PART_S,
    build_fixture_graph,
    evidence,
)

from policygraph.errors import QueryError, RDFFileError
from policygraph.exporters.rdf import write_rdf
from policygraph.query import (
    ENGINES,
    format_results,
    load_graph,
    load_store,
    named_queries,
    query_parameters,
    required_parameters,
    resolve_query,
    run_query,
    validate_file,
)

REQUIRED_QUERIES = (
    "announcements",
    "who-criticised",
    "funding",
    "people-roles",
    "policies",
    "policy-trace",
)


def example_params(name: str) -> dict[str, str] | None:
    """Values for a named query's required parameters that the fixture graph answers:
    "GP" is in the label of both of its policies."""
    return {key: "GP" for key in required_parameters(name)} or None


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    """The fixture graph written once in every RDF format: format -> path."""
    folder = tmp_path_factory.mktemp("export")
    G = build_fixture_graph()
    paths = {}
    for fmt, ext in (("turtle", "ttl"), ("nt", "nt"), ("jsonld", "jsonld"), ("trig", "trig")):
        paths[fmt] = folder / f"graph.{ext}"
        write_rdf(G, paths[fmt], fmt)
    return paths


@pytest.fixture(scope="module")
def ttl(export):
    return export["turtle"]


# --------------------------------------------------------------------------- named queries


def test_query_required_named_queries_are_shipped_and_described():
    names = named_queries()
    for name in REQUIRED_QUERIES:
        assert name in names
        assert len(names[name]) > 20, f"{name} needs a first comment line saying what it answers"


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_query_named_query_orders_its_results(name):
    assert "ORDER BY" in resolve_query(name, example_params(name)).upper()


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_query_engines_give_identical_rows(ttl, name):
    params = example_params(name)
    results = {engine: run_query(ttl, name, engine=engine, params=params) for engine in ENGINES}
    oxigraph = results["oxigraph"]
    assert oxigraph[1], f"{name} finds nothing in the fixture"
    for engine, result in results.items():
        assert result == oxigraph, engine


@pytest.mark.parametrize("fmt", ["nt", "jsonld", "trig"])
@pytest.mark.parametrize("engine", ENGINES)
def test_query_every_format_gives_same_rows_as_turtle(export, fmt, engine):
    assert run_query(export[fmt], "who-criticised", engine=engine) == run_query(
        export["turtle"], "who-criticised", engine=engine
    )


def _as_dicts(result):
    columns, rows = result
    return [dict(zip(columns, row, strict=True)) for row in rows]


def test_query_announcements_in_date_order(ttl):
    rows = _as_dicts(run_query(ttl, "announcements"))
    # the funding was announced "last March" (2016-03) in the latest article: it comes first
    assert [(r["date"], r["actor"], r["about"]) for r in rows] == [
        ("2016-03", "Department of Health", "£1bn over the next four years"),
        ("2016-10-12", "Jeremy Hunt", "GP one-stop programme"),
    ]
    assert rows[1]["headline"] == ARTICLES[A0]["headline"]
    assert rows[1]["place"] == "Birmingham"


def test_query_who_criticised_gives_stance_actor_and_source(ttl):
    rows = _as_dicts(run_query(ttl, "who-criticised"))
    assert [(r["policy"], r["stance"], r["actor"], r["source"]) for r in rows] == [
        ("GP one-stop programme", "criticised", "Chaand Nagpaul", "article"),
        ("GP one-stop programme", "supported", "Jane Smith", "reader's comment"),
    ]
    assert (rows[0]["articles"], rows[0]["claims"]) == ("1", "1")
    assert (rows[0]["first"], rows[0]["last"]) == (ARTICLES[A1]["date"], ARTICLES[A1]["date"])


@pytest.mark.parametrize("engine", ENGINES)
def test_query_who_criticised_counts_articles_and_claims_and_spans_their_dates(tmp_path, engine):
    # Nagpaul criticises the programme twice in one article and once in another, undated:
    # one row, two articles, three claims, the dates of the dated article only
    G = build_fixture_graph()
    one = "policy:gp-one-stop-programme"
    for article, sentence in ((A1, NAG_Q), (A2, PART_S)):
        ev = evidence(article, sentence, "GP one-stop programme")
        G.add_edge(
            "person:chaand-nagpaul",
            one,
            kind="criticised",
            article=article,
            section="body",
            evidence=ev,
        )
    G.nodes[A2]["date"] = None
    path = tmp_path / "graph.ttl"
    write_rdf(G, path, "turtle")
    rows = _as_dicts(run_query(path, "who-criticised", engine=engine))
    nagpaul = [r for r in rows if r["actor"] == "Chaand Nagpaul"]
    assert [(r["articles"], r["claims"], r["first"], r["last"]) for r in nagpaul] == [
        ("2", "3", ARTICLES[A1]["date"], ARTICLES[A1]["date"])
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_query_who_criticised_narrows_to_one_policy(ttl, engine):
    everything = run_query(ttl, "who-criticised", engine=engine)
    assert run_query(ttl, "who-criticised", engine=engine, params={"policy": "one-STOP"}) == (
        everything
    )
    assert run_query(ttl, "who-criticised", engine=engine, params={"policy": "Forward"})[1] == []


def test_query_funding_gives_amount_period_policy_and_funder(ttl):
    rows = _as_dicts(run_query(ttl, "funding"))
    assert rows == [
        {
            "amount": "£1bn",
            "pounds": "1000000000",
            "period": "over the next four years",
            "policy": "GP Forward View",
            "funder": "Department of Health",
        }
    ]


def test_query_people_roles_lists_every_person(ttl):
    rows = run_query(ttl, "people-roles")[1]
    assert rows == [
        ("Chaand Nagpaul", "GP committee chair", "BMA", "no"),
        ("Jane Smith", "", "", "no"),
        ("Jeremy Hunt", "health secretary", "Department of Health", "yes"),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_query_policy_trace_follows_one_policy_in_date_order(ttl, engine):
    columns, rows = run_query(ttl, "policy-trace", engine=engine, params={"policy": "ONE-STOP"})
    trace = [dict(zip(columns, row, strict=True)) for row in rows]
    assert {r["policy"] for r in trace} == {"GP one-stop programme"}
    assert [(r["date"], r["step"], r["subject"]) for r in trace] == [
        ("2016-10-12", "announced", "Jeremy Hunt"),
        ("2016-10-12", "supported", "Jane Smith"),  # undated comment: its article's date
        ("2016-11", "criticised", "Chaand Nagpaul"),
        ("2017", "partOf", "GP one-stop programme"),
    ]


def test_query_policy_trace_refuses_to_run_without_a_policy(ttl):
    with pytest.raises(QueryError, match="needs a value for its parameter 'policy'"):
        run_query(ttl, "policy-trace")


@pytest.mark.parametrize("engine", ENGINES)
def test_query_policies_counts_articles_and_claims_with_their_date_range(ttl, engine):
    columns, rows = run_query(ttl, "policies", engine=engine)
    assert columns == ["policy", "articles", "claims", "first", "last"]
    # one-stop: named in all three articles (2016-10-12, 2016-11, 2017), in four claims
    # (announced, supported, criticised, partOf); Forward View: one article, two claims
    assert rows == [
        ("GP one-stop programme", "3", "4", "2016-10-12", "2017"),
        ("GP Forward View", "1", "2", "2017", "2017"),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_query_policies_date_range_skips_undated_articles(tmp_path, engine):
    # the last article (2017) loses its date: one-stop keeps the range of the other two,
    # and the Forward View, named only there, has none
    G = build_fixture_graph()
    G.nodes[A2]["date"] = None
    path = tmp_path / "graph.ttl"
    write_rdf(G, path, "turtle")
    rows = run_query(path, "policies", engine=engine)[1]
    assert [(policy, first, last) for policy, _, _, first, last in rows] == [
        ("GP one-stop programme", "2016-10-12", "2016-11"),
        ("GP Forward View", "", ""),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_query_parameter_is_substituted_as_a_literal(ttl, engine):
    # a value that would break out of a string literal if pasted as is
    hostile = '" ) } SELECT * WHERE { ?s ?p ?o } #'
    assert run_query(ttl, "policy-trace", engine=engine, params={"policy": hostile})[1] == []


def test_query_parameters_are_found_in_query_text():
    assert query_parameters("policy-trace") == ["policy"]
    assert query_parameters("funding") == []
    assert query_parameters('SELECT * WHERE { VALUES ?actor_filter { "" } }') == ["actor"]


def test_query_empty_values_clause_makes_a_parameter_required():
    assert required_parameters("policy-trace") == ["policy"]
    assert required_parameters("who-criticised") == []  # its clause holds a default
    text = "SELECT ?s WHERE { VALUES ?name_filter { } ?s ?p ?name_filter }"
    assert required_parameters(text) == ["name"]
    with pytest.raises(QueryError, match="--param name=VALUE"):
        resolve_query(text)
    assert '?s ?p "NHS"' in resolve_query(text, {"name": "NHS"})


def test_query_parameter_becomes_a_constant_in_the_query():
    # an optimiser can start from a constant, not from a join with a VALUES table
    text = 'SELECT ?s WHERE { VALUES ?name_filter { "" } ?s ?p ?o FILTER (?o = $name_filter) }'
    given = resolve_query(text, {"name": "NHS"})
    assert "VALUES" not in given and "name_filter" not in given
    assert 'FILTER (?o = "NHS")' in given
    assert 'FILTER (?o = "")' in resolve_query(text)  # the VALUES clause is the default


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("name", "value"),
    [("policy-trace", "one-stop"), ("who-criticised", None), ("who-criticised", "one-stop")],
)
def test_query_parameter_substitution_gives_the_rows_of_the_values_clause(ttl, engine, name, value):
    # the file as another engine runs it: the VALUES clause joined, nothing substituted
    text = (resources.files("policygraph") / "data" / "queries" / f"{name}.rq").read_text()
    as_written = text.replace("policy_filter", "policy_given")
    if value is not None:
        as_written = re.sub(
            r"\?policy_given \{[^}]*\}", f'?policy_given {{ "{value}" }}', as_written
        )
    params = None if value is None else {"policy": value}
    rows = run_query(ttl, name, engine=engine, params=params)
    assert rows[1]
    assert rows == run_query(ttl, as_written, engine=engine)


def test_query_unknown_parameter_names_the_known_ones(ttl):
    with pytest.raises(QueryError, match="its parameters are: policy"):
        run_query(ttl, "policy-trace", params={"actor": "Hunt"})


def test_query_unknown_named_query_lists_available_names(ttl):
    with pytest.raises(QueryError) as info:
        run_query(ttl, "who-funded")
    message = str(info.value)
    assert "'who-funded'" in message
    for name in REQUIRED_QUERIES:
        assert name in message


# --------------------------------------------------------------------------- SPARQL text


@pytest.mark.parametrize("engine", ENGINES)
def test_query_sparql_text_runs_with_project_prefixes(ttl, engine):
    columns, rows = run_query(
        ttl,
        "SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name",
        engine=engine,
    )
    assert columns == ["name"]
    assert rows == [("Chaand Nagpaul",), ("Jane Smith",), ("Jeremy Hunt",)]


@pytest.mark.parametrize("engine", ENGINES)
def test_query_unbound_value_is_empty_string(ttl, engine):
    query = (
        "SELECT ?name ?url WHERE { ?a a schema:NewsArticle ; schema:headline ?name "
        "OPTIONAL { ?a schema:url ?url } } ORDER BY ?name"
    )
    rows = run_query(ttl, query, engine=engine)[1]
    assert ("GP leaders criticise one-stop plan", "") in rows


@pytest.mark.parametrize("engine", ENGINES)
def test_query_ask_gives_one_boolean_row(ttl, engine):
    assert run_query(ttl, "ASK { ?s a pg:Policy }", engine=engine) == (["ask"], [("true",)])


@pytest.mark.parametrize("engine", ENGINES)
def test_query_construct_gives_sorted_triples(ttl, engine):
    columns, rows = run_query(
        ttl, "CONSTRUCT { ?p a pg:Policy } WHERE { ?p a pg:Policy }", engine=engine
    )
    assert columns == ["subject", "predicate", "object"]
    assert [r[0].rsplit("/", 1)[1] for r in rows] == ["gp-forward-view", "gp-one-stop-programme"]


@pytest.mark.parametrize("engine", ENGINES)
def test_query_malformed_sparql_is_query_error_on_one_line(ttl, engine):
    with pytest.raises(QueryError, match="is not valid SPARQL") as info:
        run_query(ttl, "SELECT ?s WHERE { ?s ?p ", engine=engine)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("engine", ENGINES)
def test_query_file_that_is_not_rdf_is_rdf_file_error(tmp_path, engine):
    path = tmp_path / "notes.ttl"
    path.write_text("This is a note, not Turtle.\n", encoding="utf-8")
    with pytest.raises(RDFFileError, match="notes.ttl"):
        run_query(path, "announcements", engine=engine)


@pytest.mark.parametrize(
    ("name", "problem"),
    [("missing.ttl", "does not exist"), ("graph.csv", "has no RDF file extension")],
)
def test_query_unreadable_source_is_rdf_file_error(tmp_path, name, problem):
    (tmp_path / "graph.csv").write_text("a,b\n", encoding="utf-8")
    with pytest.raises(RDFFileError, match=problem):
        run_query(tmp_path / name, "announcements")


def test_query_unknown_engine_is_refused(ttl):
    with pytest.raises(QueryError, match="oxigraph, rdflib"):
        run_query(ttl, "announcements", engine="blazegraph")


def test_query_accepts_loaded_store_and_graph(ttl):
    expected = run_query(ttl, "funding")
    assert run_query(load_store(ttl), "funding") == expected
    assert run_query(load_graph(ttl), "funding", engine="rdflib") == expected


def test_query_needs_a_file_or_an_endpoint(ttl):
    with pytest.raises(QueryError, match="nothing to run on"):
        run_query(None, "funding")
    with pytest.raises(QueryError, match="both"):
        run_query(ttl, "funding", endpoint="http://127.0.0.1:9/sparql")


# --------------------------------------------------------------------------- formatting


ROWS = (["person", "role"], [("Jeremy Hunt", "health secretary"), ('Jane, "Dr" Smith', "")])


def test_query_table_aligns_columns():
    lines = format_results(*ROWS, "table").splitlines()
    assert lines[0].split() == ["person", "role"]
    assert lines[2].index("health secretary") == lines[0].index("role")
    assert lines[-1] == "(2 rows)"


def test_query_csv_round_trips_awkward_values():
    back = list(csv.reader(io.StringIO(format_results(*ROWS, "csv"))))
    assert back == [ROWS[0], *[list(r) for r in ROWS[1]]]


def test_query_json_keys_rows_by_column():
    doc = json.loads(format_results(*ROWS, "json"))
    assert doc["columns"] == ["person", "role"]
    assert doc["rows"][1] == {"person": 'Jane, "Dr" Smith', "role": ""}


def test_query_unknown_result_format_is_refused():
    with pytest.raises(QueryError, match="table, csv, json"):
        format_results(*ROWS, "xml")


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "trig"])
def test_query_validate_file_accepts_export_in_every_format(export, fmt):
    conforms, report = validate_file(export[fmt])
    assert conforms, report
    assert report.startswith("Conforms: True")


def test_query_validate_file_reports_each_violation(tmp_path, ttl):
    broken = tmp_path / "broken.ttl"
    text = ttl.read_text(encoding="utf-8")
    # drop the currency of the amount of money: one violation, on that node
    assert text.count('schema:currency "GBP"') == 1
    broken.write_text(text.replace('schema:currency "GBP" ;', ""), encoding="utf-8")
    conforms, report = validate_file(broken)
    assert not conforms
    lines = report.splitlines()
    assert lines[0] == "Conforms: False (1 violation)"
    assert lines[1].startswith("funding:1000000000-over-the-next-four-years | schema:currency")


def test_query_validate_file_refuses_non_rdf(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"\x00\x01 not turtle")
    with pytest.raises(RDFFileError):
        validate_file(path)
