"""Extraction, resolution and graph building on short articles written for these tests.

The sentences follow common patterns of news writing; none is taken from the seeds.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from spacy.tokens import Span

from policygraph.articles import read_corpus
from policygraph.extract import extract_articles
from policygraph.extractors.entities import extract_entities
from policygraph.extractors.segment import Segment
from policygraph.graph import build_graph
from policygraph.lexicon import load_lexicon
from policygraph.model import Article, Mention
from policygraph.nlp import load_nlp

ARTICLE_A = """Ministers back towns plan

Health secretary Anna Jones has announced a new programme to move diabetes clinics out of hospitals into local surgeries.

Ms Jones said that under her 'Healthy Towns' programme every town would have a clinic by next year.

The Treasury will provide £2.5bn over five years for the Healthy Towns programme, a Treasury spokesperson said.

RCGP chair Dr Jane Smith criticised the Healthy Towns scheme, saying the money was a gimmick that would fail patients.

John Brown, the BMA's lead negotiator, said: 'We welcome the extra money, and we support the principle.'

Labour MP Peter Jones said the plan was unrealistic.

Royal College of Nursing chief executive Paul White welcomed the announcement.

The Nuffield Trust's chief economist, Mary Green, said the money was an important start.

Readers' comments (1)

  • The Healthy Towns programme is a gimmick and will fail.
"""

ARTICLE_B = """Towns plan delayed

The health secretary has delayed the roll-out of the 'Healthy Towns' plan until the autumn, officials said on Monday.

Mr Brown said the delay was a problem for practices that had already hired staff for the new clinics.
"""


ARTICLE_C = """Council health plan backed by £12m

Brackley County Council has unveiled a community health plan backed by £12m over three years, covering Leeds, Dunmore and Esterby.

Eastvale Integrated Care Board (ICB) will pay for a new £30m Rural Access Fund to keep village surgeries open, council leader Ruth Okoro told Community Care Today.

ICB finance director Dr Omar Khan said the Village Surgery Access Plan would be reviewed each year.

Sara Lind, chief executive of Westfield and Lowmoor Community Health NHS Trust, said the trust would monitor waiting times closely.

The British Dental Association welcomed the fund but said it would not reach the towns that needed it most.

Dr Anil Mehta, who chairs the local medical committee, said: "We are pleased that the access plan puts surgeries first. But it will only work if the money reaches the practices."

The chair of Eastvale ICB said the plan was not robbing Peter to pay Paul.

Health minister Dame Nina Ross said £4m would be paid to rural practices next year.

Dame Nina said the council had been right to act.

Dr Lena Holt, director of policy at The King’s Fund, said the fund was overdue.

Westfield and Lowmoor Community Health NHS Trust chair Ian Bell said the trust was ready.

The minister confirmed the adult social care precept would rise.

Unison accused Dame Nina of ignoring nurses, and its regional secretary Tom Reed said the precept was unfair.

Kidney Care UK welcomed the plan. Its chief executive, Maya Osei, said patients would benefit.

The Royal College of Physicians said it would respond. Dr Hugo Park, the college's president, said doctors had not been asked.

The Health Select Committee will look at the fund. Ms Jo Hart, who chairs the committee, said it would report in May.

The Nuffield Trust was critical of the Rural Access Fund.

Dr Ada Fox said: "The minister has ignored us."

She told Primary Care Review that the Rural Access Fund was unfair.

The Kidney Pathway Programme, launched by Brackley County Council and Kidney Care UK last year, will end in May.
"""


@pytest.fixture(scope="module")
def graph_c(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    folder: Path = tmp_path_factory.mktemp("corpus_c")
    (folder / "c.txt").write_text(ARTICLE_C, encoding="utf-8")
    articles, errors = read_corpus(folder)
    assert not errors
    lexicon = load_lexicon()
    return build_graph(list(extract_articles(articles, load_nlp(), lexicon)), lexicon)


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    folder: Path = tmp_path_factory.mktemp("corpus")
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (folder / "articles.yaml").write_text(
        "articles:\n  - {file: a.txt, date: '2019-03-04'}\n  - {file: b.txt, date: '2019-06'}\n",
        encoding="utf-8",
    )
    articles, errors = read_corpus(folder)
    assert not errors
    lexicon = load_lexicon()
    extractions = list(extract_articles(articles, load_nlp(), lexicon))
    return build_graph(extractions, lexicon)


def _edges(G: nx.MultiDiGraph, kind: str, section: str = "body") -> set[tuple[str, str]]:
    return {
        (u, v) for u, v, d in G.edges(data=True) if d["kind"] == kind and d["section"] == section
    }


def _amounts_funding(G: nx.MultiDiGraph, section: str | None = "body") -> set[tuple[float, str]]:
    """(amount, policy label) of each ``funds`` edge, in ``section`` (None: any section)."""
    return {
        (G.nodes[u]["amount_gbp"], G.nodes[v]["label"])
        for u, v, d in G.edges(data=True)
        if d["kind"] == "funds" and section in (None, d["section"])
    }


def test_extract_title_and_role_name_people(graph: nx.MultiDiGraph) -> None:
    people = {n for n, d in graph.nodes(data=True) if d["kind"] == "person" and not d["reader"]}
    assert {
        "person:anna-jones",
        "person:jane-smith",
        "person:john-brown",
        "person:peter-jones",
    } <= people
    assert graph.nodes["person:anna-jones"]["minister"] is True
    assert "health secretary" in graph.nodes["person:anna-jones"]["roles"]
    assert graph.nodes["person:jane-smith"]["minister"] is False


def test_extract_people_sharing_a_surname_are_not_merged(graph: nx.MultiDiGraph) -> None:
    assert "person:anna-jones" in graph and "person:peter-jones" in graph
    assert "Anna Jones" not in graph.nodes["person:peter-jones"]["aliases"]


def test_extract_surname_and_role_mentions_resolve_to_the_named_person(
    graph: nx.MultiDiGraph,
) -> None:
    aliases = graph.nodes["person:anna-jones"]["aliases"]
    assert "Ms Jones" in aliases
    # in article b, "the health secretary" is the holder of that role in the corpus
    assert "article:b" in graph.nodes["person:anna-jones"]["articles"]
    # "Mr Brown" in article b is John Brown, the only Brown in the corpus
    assert "article:b" in graph.nodes["person:john-brown"]["articles"]


def test_extract_apposition_gives_role_and_body(graph: nx.MultiDiGraph) -> None:
    roles = [
        (v, d["role"])
        for _, v, d in graph.out_edges("person:john-brown", data=True)
        if d["kind"] == "holds_role"
    ]
    assert ("body:bma", "lead negotiator") in roles


def test_extract_policy_named_three_ways_is_one_node(graph: nx.MultiDiGraph) -> None:
    policies = [n for n, d in graph.nodes(data=True) if d["kind"] == "policy"]
    towns = [n for n in policies if "towns" in n]
    assert len(towns) == 1
    aliases = graph.nodes[towns[0]]["aliases"]
    assert {"Healthy Towns programme", "Healthy Towns scheme"} <= set(aliases)
    assert set(graph.nodes[towns[0]]["articles"]) == {"article:a", "article:b"}


def test_extract_funding_amount_period_and_provider(graph: nx.MultiDiGraph) -> None:
    funding = [(n, d) for n, d in graph.nodes(data=True) if d["kind"] == "funding"]
    assert len(funding) == 1
    node, data = funding[0]
    assert data["amount_gbp"] == 2.5e9 and data["period"] == "over five years"
    assert ("body:treasury", node) in _edges(graph, "provides")
    assert any(u == node and "towns" in v for u, v in _edges(graph, "funds"))


def test_extract_announced_with_date_from_article(graph: nx.MultiDiGraph) -> None:
    announced = [
        (u, v, d)
        for u, v, d in graph.edges(data=True)
        if d["kind"] == "announced" and u == "person:anna-jones"
    ]
    assert any("towns" in v and d["date"] == "2019-03-04" for _, v, d in announced)


def test_extract_criticism_and_support(graph: nx.MultiDiGraph) -> None:
    criticised = _edges(graph, "criticised")
    supported = _edges(graph, "supported")
    assert any(u == "person:jane-smith" and "towns" in v for u, v in criticised)
    assert any(u == "person:john-brown" for u, _ in supported)
    # the announcer does not criticise their own policy
    assert not any(u == "person:anna-jones" and "towns" in v for u, v in criticised)


def test_extract_readers_comments_are_marked_and_separate(graph: nx.MultiDiGraph) -> None:
    comment_edges = _edges(graph, "criticised", section="comment")
    assert comment_edges and all(u == "person:anonymous-reader" for u, _ in comment_edges)
    assert graph.nodes["person:anonymous-reader"]["from_comments_only"] is True
    assert not any(u == "person:anonymous-reader" for u, _ in _edges(graph, "criticised"))


def test_extract_every_evidence_span_points_into_its_article(
    graph: nx.MultiDiGraph,
) -> None:
    texts = {"article:a": ARTICLE_A, "article:b": ARTICLE_B}
    evidence = [ev for _, d in graph.nodes(data=True) for ev in d.get("evidence", [])]
    evidence += [d["evidence"] for *_, d in graph.edges(data=True)]
    assert evidence
    for ev in evidence:
        text = texts[ev["article"]]
        assert text[ev["start"] : ev["end"]] == ev["text"]
        assert text[ev["sentence_start"] : ev["sentence_end"]] == ev["sentence"]
        assert ev["sentence_start"] <= ev["start"] <= ev["end"] <= ev["sentence_end"]


def test_extract_role_comma_name_is_a_person_not_a_body(graph: nx.MultiDiGraph) -> None:
    assert graph.nodes["person:mary-green"]["roles"] == ["chief economist"]
    assert "body:mary-green" not in graph
    roles = {
        (v, d["role"])
        for _, v, d in graph.out_edges("person:mary-green", data=True)
        if d["kind"] == "holds_role"
    }
    assert roles == {("body:nuffield-trust", "chief economist")}


def test_extract_reaction_to_the_announcement_is_about_the_topic(graph: nx.MultiDiGraph) -> None:
    supported = _edges(graph, "supported")
    assert any(u == "person:paul-white" and "towns" in v for u, v in supported)


# --------------------------------------------------------------------------- ARTICLE_C


def _labels(G: nx.MultiDiGraph, kind: str) -> set[str]:
    return {d["label"] for _, d in G.nodes(data=True) if d["kind"] == kind}


def test_extract_capitalised_names_with_an_organisational_head_are_bodies(graph_c) -> None:
    bodies = _labels(graph_c, "body")
    assert "Brackley County Council" in bodies
    assert "Westfield and Lowmoor Community Health NHS Trust" in bodies  # joined by "and"


def test_extract_one_body_of_a_kind_and_its_acronym_are_one_node(graph_c) -> None:
    icb = [
        n for n, d in graph_c.nodes(data=True) if d["kind"] == "body" and "Eastvale" in d["label"]
    ]
    assert len(icb) == 1  # "Eastvale Integrated Care Board (ICB)", "ICB", "Eastvale ICB"
    assert "integrated care boards" not in {d["label"].lower() for _, d in graph_c.nodes(data=True)}
    roles = {
        v
        for u, v, d in graph_c.edges(data=True)
        if d["kind"] == "holds_role" and u == "person:omar-khan"
    }
    assert roles == set(icb)  # "ICB finance director": the ICB the acronym was defined for


def test_extract_told_publication_is_a_body(graph_c) -> None:
    assert "Community Care Today" in _labels(graph_c, "body")


def test_extract_name_comma_role_of_body_holds_role(graph_c) -> None:
    roles = {
        (v, d["role"])
        for u, v, d in graph_c.edges(data=True)
        if d["kind"] == "holds_role" and u == "person:sara-lind"
    }
    assert roles == {("body:westfield-and-lowmoor-community-health-nhs-trust", "chief executive")}


def test_extract_one_word_body_names_match_only_as_names(graph_c) -> None:
    assert "Monitor" not in _labels(graph_c, "body")  # "would monitor waiting times"


def test_extract_places_listed_with_a_place(graph_c) -> None:
    assert {"Leeds", "Dunmore", "Esterby"} <= _labels(graph_c, "place")


def test_extract_amounts_of_named_funds_and_backed_plans(graph_c) -> None:
    funds = {
        (graph_c.nodes[u]["amount_gbp"], graph_c.nodes[v]["label"])
        for u, v in _edges(graph_c, "funds")
    }
    assert (30_000_000, "Rural Access Fund") in funds  # "a new £30m Rural Access Fund"
    assert any(
        amount == 12_000_000 and "health plan" in label for amount, label in funds
    )  # "backed by £12m"


def test_extract_short_form_is_the_longer_policy_of_its_article(graph_c) -> None:
    plan = [
        d
        for _, d in graph_c.nodes(data=True)
        if d["kind"] == "policy" and d["label"] == "Village Surgery Access Plan"
    ]
    assert len(plan) == 1 and "access plan" in plan[0]["aliases"]


def test_extract_support_with_a_reservation_is_both(graph_c) -> None:
    supported, criticised = _edges(graph_c, "supported"), _edges(graph_c, "criticised")
    bda = "body:british-dental-association"
    assert any(u == bda for u, _ in supported) and any(u == bda for u, _ in criticised)
    # the reservation in the speaker's next sentence ("... . But it will only work if ...")
    assert any(u == "person:anil-mehta" for u, _ in supported)
    assert any(u == "person:anil-mehta" for u, _ in criticised)


def test_extract_lone_first_names_in_an_idiom_are_not_criticised(graph_c) -> None:
    targets = {v for _, v in _edges(graph_c, "criticised")}
    assert not any(t.endswith(("peter", "paul")) for t in targets)


def test_extract_a_knight_or_dame_by_first_name_is_the_named_person(graph_c) -> None:
    people = {n for n, d in graph_c.nodes(data=True) if d["kind"] == "person"}
    assert "person:nina-ross" in people and not any("dame-nina" in p for p in people)
    assert "Dame Nina" in graph_c.nodes["person:nina-ross"]["aliases"]


def test_extract_amounts_a_minister_says_will_be_paid_are_announced(graph_c) -> None:
    announced = {
        graph_c.nodes[v].get("amount_gbp")
        for u, v in _edges(graph_c, "announced")
        if u == "person:nina-ross"
    }
    assert 4_000_000 in announced
    # a critic's words about an amount announce nothing
    assert not any(u == "person:anil-mehta" for u, _ in _edges(graph_c, "announced"))


def test_extract_roles_at_bodies_found_by_any_rule(graph_c) -> None:
    def bodies_of(person: str) -> set[str]:
        return {
            v for u, v, d in graph_c.edges(data=True) if d["kind"] == "holds_role" and u == person
        }

    assert bodies_of("person:lena-holt") == {"body:kings-fund"}  # ROLE at The BODY
    # BODY ROLE NAME, the body found by its organisational head noun, not the lexicon
    assert bodies_of("person:ian-bell") == {"body:westfield-and-lowmoor-community-health-nhs-trust"}


def test_extract_the_head_noun_refers_to_the_policy_named_with_it(graph_c) -> None:
    criticised = _edges(graph_c, "criticised")
    precept = [
        n for n, d in graph_c.nodes(data=True) if d["kind"] == "policy" and "precept" in d["label"]
    ]
    assert precept == ["policy:adult-social-care-precept"]
    assert ("person:tom-reed", "policy:adult-social-care-precept") in criticised  # "the precept"


def test_extract_accusing_a_person_criticises_them(graph_c) -> None:
    assert ("body:unison", "person:nina-ross") in _edges(graph_c, "criticised")


def test_extract_roles_at_bodies_named_before(graph_c) -> None:
    def bodies_of(person: str) -> set[str]:
        return {
            v for u, v, d in graph_c.edges(data=True) if d["kind"] == "holds_role" and u == person
        }

    assert "Kidney Care UK" in _labels(graph_c, "body")  # NAME UK
    assert bodies_of("person:maya-osei") == {"body:kidney-care-uk"}  # "Its chief executive, NAME"
    assert bodies_of("person:hugo-park") == {"body:royal-college-of-physicians"}  # "the college's"
    assert bodies_of("person:jo-hart") == {
        "body:health-select-committee"
    }  # "who chairs the committee"


def test_extract_critical_of_is_criticism(graph_c) -> None:
    assert ("body:nuffield-trust", "policy:rural-access-fund") in _edges(graph_c, "criticised")


def test_extract_she_after_a_quote_is_the_speaker_not_someone_quoted(graph_c) -> None:
    criticised = _edges(graph_c, "criticised")
    assert ("person:ada-fox", "policy:rural-access-fund") in criticised
    assert "Primary Care Review" in _labels(graph_c, "body")  # told PUBLICATION, not a policy
    assert "Primary Care Review" not in _labels(graph_c, "policy")


def test_extract_a_participle_with_agents_announces_for_each(graph_c) -> None:
    announced = _edges(graph_c, "announced")
    programme = "policy:kidney-pathway-programme"
    assert ("body:brackley-county-council", programme) in announced
    assert ("body:kidney-care-uk", programme) in announced


# Articles for the rules of one pattern each; invented, like the others.
ARTICLE_LEVY = """A £40m raid on sugary snacks

Health minister Tom Reed unveiled the Sweet Snacks Levy in Bristol on Monday, saying it would raise money for school sport.

He said the design copied the plastic bag levy, which had cut waste.

Dr Jo Marsh, chair of the Obesity Forum, said the levy was a landmark for children.
"""


def _graph_of(folder: Path, text: str) -> nx.MultiDiGraph:
    """The graph of one article written to ``folder`` (made if need be, so one test can
    build several graphs in folders of its own)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "d.txt").write_text(text, encoding="utf-8")
    articles, errors = read_corpus(folder)
    assert not errors
    lexicon = load_lexicon()
    return build_graph(list(extract_articles(articles, load_nlp(), lexicon)), lexicon)


def test_extract_the_head_noun_is_the_main_policy_not_one_named_in_passing(
    tmp_path: Path,
) -> None:
    # "the levy" after the minister's levy and another levy named for comparison
    G = _graph_of(tmp_path, ARTICLE_LEVY)
    supported = _edges(G, "supported")
    assert ("person:jo-marsh", "policy:sweet-snacks-levy") in supported
    assert ("person:jo-marsh", "policy:plastic-bag-levy") not in supported


ARTICLE_STUDY = """Village surgeries still closing, study finds

The government's £1.5bn Rural Clinics Fund has done little to keep village surgeries open, according to a study published today by the Westmoor Institute.

The institute called for a ten-year nursing workforce plan instead. Professor Alan Cole, its senior fellow, told Care Weekly that the fund had been spread too thin.

'Nobody doubts the aim, but the evidence that it has kept surgeries open is thin,' Professor Cole said.
"""


@pytest.fixture(scope="module")
def graph_study(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("study"), ARTICLE_STUDY)


def test_extract_a_named_fund_after_a_decimal_amount(graph_study) -> None:
    # "£1.5bn" is one token "1.5bn" after the "£": still the amount of "a £N NAME Fund"
    funds = _edges(graph_study, "funds")
    assert ("funding:1500000000-d", "policy:rural-clinics-fund") in funds


def test_extract_stance_of_a_quote_before_said(graph_study) -> None:
    # "'...,' Professor Cole said.": the speaker's words come before the reporting verb;
    # "it" is the policy last named, here by its short form ("the fund")
    criticised = _edges(graph_study, "criticised")
    assert ("person:alan-cole", "policy:rural-clinics-fund") in criticised
    assert not any(v == "policy:nursing-workforce-plan" for _, v in criticised)


ARTICLE_PACKAGE = """Nurses offered £900m deal

Care minister Ann Vale announced the Community Nursing Recruitment Package on Tuesday, offering bursaries to 5,000 nursing students in England.

She said the offer built on the district nurse retention scheme of 2021.

The Royal College of Nursing criticised the package, saying it would fail rural areas.
"""


def test_extract_the_generic_head_noun_is_the_policy_named_with_it(tmp_path: Path) -> None:
    G = _graph_of(tmp_path, ARTICLE_PACKAGE)
    criticised = _edges(G, "criticised")
    rcn = "body:royal-college-of-nursing"
    # "the package" is the "... Package" named before, not the scheme named since
    assert (rcn, "policy:community-nursing-recruitment-package") in criticised
    # "criticised the package, saying it ...": "it" is the package of that sentence
    assert (rcn, "policy:district-nurse-retention-scheme") not in criticised


ARTICLE_COMMITTEE = """MPs report on hospital waits

The Westmoor Scrutiny Committee heard from hospital leaders for six months before reporting on the Hospital Flow Plan on Tuesday.

The committee was critical of the Theatre Capacity Fund, which pays trusts for extra operations.

The plan promised shorter waits by March, a goal the committee said was out of reach.
"""


@pytest.fixture(scope="module")
def graph_committee(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("committee"), ARTICLE_COMMITTEE)


def test_extract_the_body_noun_is_the_body_named_before_with_it(graph_committee) -> None:
    # "The committee was critical of X": the "... Committee" named before
    committee = "body:westmoor-scrutiny-committee"
    assert (committee, "policy:theatre-capacity-fund") in _edges(graph_committee, "criticised")


def test_extract_a_verb_with_its_own_subject_is_not_the_speakers(graph_committee) -> None:
    # "The plan promised X, a goal the committee said ...": the plan promised, not the
    # committee that speaks in the sentence
    assert not _edges(graph_committee, "announced")


ARTICLE_ROLLOUT = """Kidney checks to go national

NHS England is to roll out its home kidney testing programme to every part of the country by March, officials said on Monday.

Dr Ben Hale, a kidney specialist in Leeds, said the pilots had worked well, although the renal transport scheme had struggled.

The Kidney Patients Alliance said it fully supported the rollout.
"""


def test_extract_it_after_a_body_said_is_the_body(tmp_path: Path) -> None:
    # "the Alliance said it supported the rollout": "it" is the Alliance, so the reaction is
    # to the article's programme, not to the scheme named last
    supported = _edges(_graph_of(tmp_path, ARTICLE_ROLLOUT), "supported")
    alliance = "body:kidney-patients-alliance"
    assert (alliance, "policy:home-kidney-testing-programme") in supported
    assert (alliance, "policy:renal-transport-scheme") not in supported


ARTICLE_DESCRIBED = """Minister promises one-week dental appointment guarantee

Health minister Carl Weston has promised that every child in England will see a dentist within a week, in a speech to dentists in Cardiff yesterday.

The Dental Access Guarantee is due to come into force in September.

The Child Dental Alliance backed the guarantee, saying parents had waited too long.
"""


def test_extract_a_short_form_of_the_headlines_description_is_the_named_policy(
    tmp_path: Path,
) -> None:
    # "the guarantee" takes the headline's description, which is the Dental Access Guarantee:
    # the reaction is kept, on the one policy node
    G = _graph_of(tmp_path, ARTICLE_DESCRIBED)
    policies = {n for n, d in G.nodes(data=True) if d["kind"] == "policy"}
    assert len(policies) == 1
    assert ("body:child-dental-alliance", policies.pop()) in _edges(G, "supported")


ARTICLE_PLEDGE = """£80m for faster cancer scans

Health secretary Ruth Kane has pledged that every patient referred with suspected cancer will get a scan within a week, backed by £80m over two years.

The Rapid Scan Guarantee, unveiled at a hospital in Derby yesterday, will start in January.
"""


def test_extract_a_pledge_named_in_the_next_paragraph_is_announced(tmp_path: Path) -> None:
    # "X pledged that ... . The NAME, unveiled yesterday, ...": the name of X's pledge
    announced = _edges(_graph_of(tmp_path, ARTICLE_PLEDGE), "announced")
    assert ("person:ruth-kane", "policy:rapid-scan-guarantee") in announced


ARTICLE_BUSES = """Mayor to double bus levy

Mayor Alan Frost said on Monday that he plans to double the transport precept for another year to pay for new bus routes across the county.

The Riverside Bus Users Association welcomed the Night Bus Fund but said the Fare Cap Scheme would hurt poorer families.
"""


@pytest.fixture(scope="module")
def graph_buses(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("buses"), ARTICLE_BUSES)


def test_extract_a_policy_noun_tagged_as_a_verb_is_still_a_policy(graph_buses) -> None:
    # the tagger calls "precept" a verb in "to double the transport precept"
    assert "transport precept" in _labels(graph_buses, "policy")


def test_extract_a_reservation_naming_its_own_target(graph_buses) -> None:
    # "welcomed X but said Y would hurt ...": support of X, criticism of Y
    association = "body:riverside-bus-users-association"
    supported, criticised = _edges(graph_buses, "supported"), _edges(graph_buses, "criticised")
    assert (association, "policy:night-bus-fund") in supported
    assert (association, "policy:fare-cap-scheme") in criticised
    assert (association, "policy:fare-cap-scheme") not in supported
    assert (association, "policy:night-bus-fund") not in criticised


ARTICLE_EXTENSION = """More towns join heating scheme

Health minister Kate Morris confirmed on Tuesday that the department would extend the Warm Homes Scheme to 20 more towns in the north of England next winter.

Mind chief executive Laura Penn said the charity strongly supported the scheme, which she said would save lives.
"""


@pytest.fixture(scope="module")
def graph_extension(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("extension"), ARTICLE_EXTENSION)


def test_extract_announcing_an_extension_is_expanded(graph_extension) -> None:
    # "confirmed that the department would extend X": the minister announced an expansion
    scheme = "policy:warm-homes-scheme"
    assert ("person:kate-morris", scheme) in _edges(graph_extension, "expanded")
    assert ("person:kate-morris", scheme) not in _edges(graph_extension, "announced")


def test_extract_the_charity_is_the_body_named_in_the_sentence(graph_extension) -> None:
    # "Mind chief executive NAME said the charity supported X": Mind supported X
    assert ("body:mind", "policy:warm-homes-scheme") in _edges(graph_extension, "supported")


ARTICLE_COUNCIL = """Council to expand falls service

Eastbrook Borough Council agreed on Monday to extend the Safe Steps Service to four more villages, after a pilot cut hospital admissions among older residents.

Dr Mia Lund said the service would build on the Healthy Ageing Strategy, which the council published in May.
"""


@pytest.fixture(scope="module")
def graph_council(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("council"), ARTICLE_COUNCIL)


def test_extract_agreeing_to_extend_is_not_support(graph_council) -> None:
    council, service = "body:eastbrook-borough-council", "policy:safe-steps-service"
    assert (council, service) in _edges(graph_council, "expanded")
    assert (council, service) not in _edges(graph_council, "supported")


def test_extract_which_x_published_announces_the_noun(graph_council) -> None:
    # "the Healthy Ageing Strategy, which the council published in May"
    announced = _edges(graph_council, "announced")
    assert ("body:eastbrook-borough-council", "policy:healthy-ageing-strategy") in announced


ARTICLE_STRATEGY = """Dementia strategy due in spring

Care minister Joe Bright said on Friday that the Department of Health would publish its Rural Dementia Strategy in the spring, after a year of delays.
"""


def test_extract_a_minister_saying_what_will_be_published_announces_it(tmp_path: Path) -> None:
    # "the minister said the department would publish X": both announce X
    announced = _edges(_graph_of(tmp_path, ARTICLE_STRATEGY), "announced")
    assert ("person:joe-bright", "policy:rural-dementia-strategy") in announced
    assert ("body:department-of-health", "policy:rural-dementia-strategy") in announced


ARTICLE_PARKING = """Parking charges row

Westbury Hospitals NHS Trust introduced the Hospital Parking Scheme on Monday, charging visitors £4 an hour at its three sites.

Shadow health secretary Ian Cole branded the scheme 'a costly shambles' that would hurt carers.
"""


def test_extract_branding_reports_the_speakers_words(tmp_path: Path) -> None:
    # "X branded Y 'QUOTE'": a verb of naming reports X's words, like "said"
    criticised = _edges(_graph_of(tmp_path, ARTICLE_PARKING), "criticised")
    assert ("person:ian-cole", "policy:hospital-parking-scheme") in criticised


ARTICLE_COASTAL = """Coastal towns get clinic fund

Health minister Amy Shaw unveiled the Coastal Clinics Fund in Whitby on Monday, promising new surgeries for seaside towns by 2027.

Because the levy money will not arrive until 2026, the Treasury will provide an initial £20m to get the fund started.
"""


def test_extract_an_amount_for_the_head_noun_funds_the_named_policy(tmp_path: Path) -> None:
    # "£20m to get the fund started": "the fund" is the Coastal Clinics Fund
    funds = _edges(_graph_of(tmp_path, ARTICLE_COASTAL), "funds")
    assert ("funding:20000000-d", "policy:coastal-clinics-fund") in funds


ARTICLE_HEARING = """Hearing checks go national

NHS England is to roll out its Newborn Hearing Screening Programme to every maternity unit by 2026, officials said on Monday.

The programme began in 2021 in six pilot areas. It will now be expanded nationally, backed by £60m over the next three years.

The Department of Health said the £60m, which works out at £20m a year, would come from existing budgets.
"""


@pytest.fixture(scope="module")
def graph_hearing(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("hearing"), ARTICLE_HEARING)


def test_extract_it_backed_by_an_amount(graph_hearing) -> None:
    # "It will now be expanded, backed by £60m": "it" is the programme named before
    funds = _edges(graph_hearing, "funds")
    programme = "policy:newborn-hearing-screening-programme"
    assert ("funding:60000000-over-the-next-three-years", programme) in funds


def test_extract_a_restated_amount_funds_the_same_policy(graph_hearing) -> None:
    # "the £60m, which works out at £20m a year": the same money, the same programme
    funds = _edges(graph_hearing, "funds")
    assert ("funding:20000000-a-year", "policy:newborn-hearing-screening-programme") in funds


ARTICLE_OFFER = """Dentists offered new deal

Health secretary Sam Hill announced the Community Dentistry Package on Monday, offering a 5% fee rise and £40m to open 30 new dental surgeries by 2026.
"""


def test_extract_amounts_offered_with_an_announced_policy(tmp_path: Path) -> None:
    # "announced X, offering ... £40m to open ...": the amount is announced and pays for X
    G = _graph_of(tmp_path, ARTICLE_OFFER)
    package, amount = "policy:community-dentistry-package", "funding:40000000-d"
    assert ("person:sam-hill", amount) in _edges(G, "announced")
    assert (amount, package) in _edges(G, "funds")


ARTICLE_MONEY_BEHIND = """Ministers promise more school nurses

Children's minister Ella Ward has unveiled a School Nursing Plan backed by £60m over three years, promising a named nurse for every secondary school.

Public health minister Omar Reid has pledged that every child will be offered a flu vaccine at school by 2028, backed by £12m a year.

A separate £4m school counselling fund, which the Department for Education also announced yesterday, will pay charities to run sessions.

NHS England also announced that the Eastvale Trust, which is backed by £5m from local charities, would open two clinics.
"""


def test_extract_amounts_backing_an_announcement_are_announced(tmp_path: Path) -> None:
    # "unveiled X backed by £60m", "pledged that ..., backed by £12m", "a £4m fund, which
    # X announced": the money behind what is announced is announced by its announcer;
    # money backing a body named in the announcement ("which is backed by") is not
    G = _graph_of(tmp_path, ARTICLE_MONEY_BEHIND)
    announced = _edges(G, "announced")
    assert ("person:ella-ward", "policy:school-nursing-plan") in announced
    assert ("person:ella-ward", "funding:60000000-over-three-years") in announced
    assert ("person:omar-reid", "funding:12000000-a-year") in announced
    assert ("body:department-for-education", "funding:4000000-d") in announced
    assert not [v for u, v in announced if v.startswith("funding:5000000")]


ARTICLE_NEW_POLICY_PAID = """Weight checks for every adult

Health secretary Jo Marsh has announced £30m over two years to help practices offer weight checks, under a new Healthy Weight Programme.
"""


def test_extract_who_announces_money_announces_the_new_policy_it_pays_for(
    tmp_path: Path,
) -> None:
    # "announced £30m to help practices ..., under a new X": the money pays for X, and
    # X is announced with it
    G = _graph_of(tmp_path, ARTICLE_NEW_POLICY_PAID)
    announced = _edges(G, "announced")
    assert ("person:jo-marsh", "policy:healthy-weight-programme") in announced
    assert ("person:jo-marsh", "funding:30000000-over-two-years") in announced


ARTICLE_SYSTEMS = """Rural dentists offered golden hellos

Dentists who treat NHS patients in rural areas will get £25,000 each, under plans that go against the government's own advice.

Dr Mia Cole said pharmacies were the front door to the NHS on every high street.
"""

ARTICLE_SYSTEMS_ACTING = """Rural dentists offered golden hellos

The government has announced £25,000 for every dentist who moves to a rural area, and the NHS will pay it from April.
"""


def test_extract_the_nhs_and_the_government_are_bodies_only_where_they_act(
    tmp_path: Path,
) -> None:
    # "NHS patients", "the government's own advice", "the front door to the NHS" name the
    # system, no actor; "The government has announced", "the NHS will pay" do
    bodies = _labels(_graph_of(tmp_path / "a", ARTICLE_SYSTEMS), "body")
    assert not bodies & {"NHS", "Government"}
    acting = _graph_of(tmp_path / "b", ARTICLE_SYSTEMS_ACTING)
    assert {"NHS", "Government"} <= _labels(acting, "body")
    assert ("body:government", "funding:25000-d") in _edges(acting, "announced")


ARTICLE_PLACE_LIST = """More GP trainees for rural areas

The programme would be targeted at the areas with the fewest GPs per head, including Lincolnshire, Cumbria and the Fens.

The first phase would go live in Greater Manchester, Dorset and Cumbria next autumn.
"""


def test_extract_names_listed_with_commas_are_places_not_one_body(tmp_path: Path) -> None:
    # the NER makes one organisation of "Lincolnshire, Cumbria" and "Dorset and Cumbria"
    G = _graph_of(tmp_path, ARTICLE_PLACE_LIST)
    assert {"Lincolnshire", "Cumbria", "Dorset", "Greater Manchester"} <= _labels(G, "place")
    assert not _labels(G, "body")


ARTICLE_KNOWN_BODY_WORD = """Maternity units to get safety midwives

Dr Sam Hale, who chairs the maternity committee of the Royal College of Obstetricians and Gynaecologists, was warmer about the plan.
"""


def test_extract_a_word_of_a_known_bodys_name_is_no_person(tmp_path: Path) -> None:
    # the NER calls "Gynaecologists" a person; it ends a body the lexicon knows
    G = _graph_of(tmp_path, ARTICLE_KNOWN_BODY_WORD)
    assert _labels(G, "person") == {"Sam Hale"}
    assert "Royal College of Obstetricians and Gynaecologists" in _labels(G, "body")


ARTICLE_NIGHT = """Night clinics criticised

The Eastvale Night Clinic Scheme opened in four towns on Monday, offering GP appointments until midnight for working families.

Dr Rosa Lee, a GP in Eastvale, said the scheme had been designed without asking a single nurse.
"""


def test_extract_a_passive_verb_is_not_the_speakers(tmp_path: Path) -> None:
    # "she said the scheme had been designed without ...": no one named designed it
    assert not _edges(_graph_of(tmp_path, ARTICLE_NIGHT), "proposed")


ARTICLE_REPORT = """Study urges clinic shake-up

According to a report published today by the Marsh Institute, the Walk-in Clinic Fund has failed to cut waiting times in rural areas.

The report recommends that the Walk-in Clinic Fund be replaced with a Rural Access Grant for village surgeries.
"""


def test_extract_the_report_speaks_for_its_author(tmp_path: Path) -> None:
    # "a report published by X ... The report recommends that A be replaced with B": X
    # proposes B, the replacement, not A
    proposed = _edges(_graph_of(tmp_path, ARTICLE_REPORT), "proposed")
    assert ("body:marsh-institute", "policy:rural-access-grant") in proposed
    assert ("body:marsh-institute", "policy:walk-in-clinic-fund") not in proposed


ARTICLE_NAMES = """Councils back new clinic schemes

The care minister said on Monday that the Family Support Hubs programme, now running in 40 councils across England, would be extended to every council by next spring.

The Eastmoor Falls Hub pilot had cut admissions, the council said.

The Dental Outreach Review Service will be offered in 12 towns.

The Queen's Midwifery Institute welcomed the plans.

Under the proposals, a new Westdale Stroke Pathway would be run by the trust.

The clinics are part of the government's 10 Year Prevention Plan.

Talks on the first Fair Wage Agreement for home carers begin in May.

The council called for a ring-fenced Home Care Staffing Fund of £1bn.

The institute has called for a five-year school nursing workforce plan.
"""


@pytest.fixture(scope="module")
def graph_names(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("names"), ARTICLE_NAMES)


def test_extract_a_policy_noun_before_the_head_is_part_of_the_name(graph_names) -> None:
    # "the Family Support Hubs programme": "Hubs" (a policy noun) modifies "programme"
    policies = _labels(graph_names, "policy")
    assert "Family Support Hubs programme" in policies
    assert "Eastmoor Falls Hub pilot" in policies
    assert "Dental Outreach Review Service" in policies
    assert not {"Family Support Hubs", "Eastmoor Falls Hub", "Dental Outreach Review"} & policies


def test_extract_a_possessive_inside_a_body_name(graph_names) -> None:
    bodies = _labels(graph_names, "body")
    assert "Queen's Midwifery Institute" in bodies
    assert "Midwifery Institute" not in bodies


def test_extract_a_capitalised_name_with_a_policy_head_is_a_policy(graph_names) -> None:
    # "pathway" and "agreement" are policy nouns: the names are policies, not bodies
    policies = _labels(graph_names, "policy")
    assert {"Westdale Stroke Pathway", "Fair Wage Agreement"} <= policies
    assert "Westdale Stroke Pathway" not in _labels(graph_names, "body")


def test_extract_a_number_before_a_capitalised_time_unit_starts_the_name(graph_names) -> None:
    assert "10 Year Prevention Plan" in _labels(graph_names, "policy")


def test_extract_describing_words_before_a_policy_name_are_dropped(graph_names) -> None:
    # lower-case words before a capitalised name, and a leading duration, describe the
    # policy; they do not name it
    policies = _labels(graph_names, "policy")
    assert "Home Care Staffing Fund" in policies
    assert "school nursing workforce plan" in policies
    assert not any(p.startswith(("ring-fenced", "five-year")) for p in policies)


ARTICLE_NEW_CONTRACT = """Minister scraps activity targets for dentists

The health secretary said on Monday that activity targets would be replaced by a new NHS dental contract from April.

He also announced an expanded Rural Dentist Bursary scheme, worth £10m.

Officials said a new plan would follow.

The union said a dental contract should pay for prevention.

Midwives will be recruited under a new Safe Births Scotland plan, and the mayor said the London plan would follow.
"""


@pytest.fixture(scope="module")
def graph_new_contract(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("new_contract"), ARTICLE_NEW_CONTRACT)


def test_extract_a_new_policy_introduced_with_a_is_named(graph_new_contract) -> None:
    # "a new NHS dental contract" brings in the policy the article is about; "the NHS" as a
    # modifier marks the national service, not an owner. "a dental contract" without
    # "new", and "a new plan" with nothing distinctive, name no policy.
    policies = _labels(graph_new_contract, "policy")
    assert "NHS dental contract" in policies
    assert not {"dental contract", "plan", "new plan"} & policies


def test_extract_a_place_inside_a_capitalised_policy_name(graph_new_contract) -> None:
    # "the Safe Births Scotland plan" is named by all its words; "the London plan" is
    # named only by its place, so is no policy
    policies = _labels(graph_new_contract, "policy")
    assert "Safe Births Scotland plan" in policies
    assert not any("London" in p for p in policies)


def test_extract_lower_case_words_before_a_capitalised_name_with_a_lower_case_head(
    graph_new_contract,
) -> None:
    # "an expanded Rural Dentist Bursary scheme": "expanded" says what became of it
    policies = _labels(graph_new_contract, "policy")
    assert "Rural Dentist Bursary scheme" in policies
    assert not any(p.startswith("expanded") for p in policies)


ARTICLE_STANDFIRST_LEDE = """Minister unveils £40m boost for hearing tests

Practices will be paid to run the new checks in their surgeries, but audiologists say the payment falls short of what the work needs

The health minister has announced a £40m Clear Hearing Programme to bring hearing tests into GP surgeries, officials said on Monday.

Under a linked Ear Wax Removal scheme, practices will receive £20 per patient.

The Ear Wax Removal scheme will start in May, and the Ear Wax Removal scheme will be voluntary.

Dr Jane Cole, chair of the British Academy of Audiology, said: "This is a flawed and unworkable idea."
"""


def test_extract_an_amount_article_is_about_the_policy_its_lead_names_not_the_standfirst(
    tmp_path: Path,
) -> None:
    # the headline's £40m is the Clear Hearing Programme the lead names with it; the
    # standfirst above the lead (no full stop) is not the lead, and the scheme named more
    # often later is not what the article is about
    G = _graph_of(tmp_path, ARTICLE_STANDFIRST_LEDE)
    targets = {
        v for u, v, d in G.out_edges("person:jane-cole", data=True) if d["kind"] == "criticised"
    }
    assert targets == {"policy:clear-hearing-programme"}


ARTICLE_DESCRIBED_THEN_NAMED = """Hearing tests to move into surgeries

The health minister has announced £40m for a three-year pilot programme to bring hearing tests into GP surgeries, officials said on Monday.

The Clear Hearing Local Access (CHLA) programme will run in ten areas, starting in Leeds.

Councils already run the hearing support programme for older people.

The Better Hearing Programme, a separate project, ended last year.
"""


@pytest.fixture(scope="module")
def graph_described(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("described"), ARTICLE_DESCRIBED_THEN_NAMED)


def test_resolve_a_new_policy_described_then_named_in_the_next_paragraph(graph_described) -> None:
    # "a three-year pilot programme" in the lead is the programme the next paragraph names;
    # "the hearing support programme" (definite: one the reader knows) is not the later
    # "Better Hearing Programme"
    node = "policy:clear-hearing-local-access-programme"
    assert "pilot programme" in graph_described.nodes[node]["aliases"]
    policies = _labels(graph_described, "policy")
    assert "pilot programme" not in policies
    assert {"hearing support programme", "Better Hearing Programme"} <= policies


def test_extract_an_acronym_inside_a_policy_name_is_its_short_form(graph_described) -> None:
    # "the Clear Hearing Local Access (CHLA) programme": named without the brackets
    node = graph_described.nodes["policy:clear-hearing-local-access-programme"]
    assert node["label"] == "Clear Hearing Local Access programme"
    assert "CHLA" in node["aliases"]


ARTICLE_BACKED_BY_EXTRA = """Minister extends two schemes

The minister also said that the Village Nurse Scheme, which pays for district nurses in rural parishes, would be extended to a further 30 areas from April, backed by an extra £22m a year.

The Stroke Rehab at Home programme will reach ten more cities, backed by £9m.
"""


def test_extract_backed_by_an_extra_amount_funds_the_policy(tmp_path: Path) -> None:
    # "backed by an extra £22m" is "backed by £22m": the extra money funds the scheme
    G = _graph_of(tmp_path, ARTICLE_BACKED_BY_EXTRA)
    funds = {(u, v) for u, v, d in G.edges(data=True) if d["kind"] == "funds"}
    assert ("funding:22000000-a-year", "policy:village-nurse-scheme") in funds
    assert ("funding:9000000-d", "policy:stroke-rehab-at-home-programme") in funds


ARTICLE_PAID_UNDER = """Pharmacies get access fund

The health secretary has announced a Pharmacy Access Fund worth £40m a year, which will pay £2,500 per pharmacy to keep open branches in deprived areas.

NHS England will set aside £85m to help practices meet the Digital Front Door Standard.

Under the Clean Air Classrooms programme, councils will be able to bid for up to £60,000 per school for filtration units.
"""


@pytest.fixture(scope="module")
def funds_paid_under(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    G = _graph_of(tmp_path_factory.mktemp("paid_under"), ARTICLE_PAID_UNDER)
    return {(u, v) for u, v, d in G.edges(data=True) if d["kind"] == "funds"}


def test_extract_which_will_pay_after_a_sized_policy_pays_for_it(funds_paid_under) -> None:
    # "a Fund worth £40m a year, which will pay £2,500": "which" is the fund, whatever
    # the parser hung the clause on
    assert ("funding:2500-d", "policy:pharmacy-access-fund") in funds_paid_under


def test_extract_money_to_help_others_meet_a_policy_funds_it(funds_paid_under) -> None:
    # "£85m to help practices meet the Standard" is "£85m to meet the Standard"
    assert ("funding:85000000-d", "policy:digital-front-door-standard") in funds_paid_under


def test_extract_money_in_a_sentence_fronted_by_under_policy(funds_paid_under) -> None:
    # "Under the X programme, councils will be able to bid for up to £60,000"
    assert ("funding:60000-d", "policy:clean-air-classrooms-programme") in funds_paid_under


ARTICLE_NAMED_HEADS = """Midwives offered retention bonus

The minister said the Midwife Retention Payment of £4,500 would go to every midwife who stays for two years.

Patients will be offered the Annual Kidney Health Check from May, and the Single Care Record will be rolled out next year.

Each midwife will get a payment, and a health check will follow.
"""


def test_extract_everyday_heads_name_a_policy_only_in_a_capitalised_name(tmp_path: Path) -> None:
    # "Payment", "Check" and "Record" end names of policies written in capitals (not
    # bodies, whatever the NER says); "a payment", "a health check" are no policy
    G = _graph_of(tmp_path, ARTICLE_NAMED_HEADS)
    assert _labels(G, "policy") == {
        "Midwife Retention Payment",
        "Annual Kidney Health Check",
        "Single Care Record",
    }
    assert not _labels(G, "body")


ARTICLE_HEADLINE_GUARANTEE = """Dialysis guarantee for kidney patients

The National Dialysis Guarantee, confirmed by the health minister on Monday, promises every kidney patient in England a dialysis place within 50 miles of home from next April.

The Kidney Alliance proposed last year that ministers introduce a transport guarantee for patients who travel.

The Kidney Alliance welcomed the National Dialysis Guarantee.
"""


def test_extract_a_headline_short_form_stays_with_the_name_it_shortens(tmp_path: Path) -> None:
    # the headline's "Dialysis guarantee" is the National Dialysis Guarantee, not the next
    # guarantee the article names
    G = _graph_of(tmp_path, ARTICLE_HEADLINE_GUARANTEE)
    node = "policy:national-dialysis-guarantee"
    assert node in G
    assert "article:d" in G.nodes[node]["articles"]
    assert "Dialysis guarantee" in G.nodes[node]["aliases"]
    assert "policy:transport-guarantee" in G


ARTICLE_HEADLINE_ACRONYM = """PM pledges two-week GP callback guarantee for working families

The Evening Surgery Guarantee, announced by the prime minister in Leeds on Monday, will let working families see a GP until 9pm on weekdays from next spring.

The Patients Association welcomed the guarantee.
"""


def test_extract_a_headline_description_may_start_with_a_capital(tmp_path: Path) -> None:
    # "two-week GP callback guarantee" loses its duration and starts with "GP"; its head is
    # lower-case, so it is still a description of the one guarantee the article names
    G = _graph_of(tmp_path, ARTICLE_HEADLINE_ACRONYM)
    policies = {n for n, d in G.nodes(data=True) if d["kind"] == "policy"}
    assert policies == {"policy:evening-surgery-guarantee"}


ARTICLE_NHS_ICB = """Board consults on stroke beds

NHS Westmere Integrated Care Board launched a 12-week consultation on Monday on moving stroke beds from two district hospitals into one specialist unit in the county.

A local GP said she hoped NHS Fenwick Dale ICB would follow the same approach.

Westmere ICB said the plans would save lives.
"""


def test_extract_nhs_before_a_local_body_is_part_of_its_name(tmp_path: Path) -> None:
    # "NHS PLACE Integrated Care Board": the official name starts with "NHS", and the
    # shorter "Westmere ICB" is the same board
    G = _graph_of(tmp_path, ARTICLE_NHS_ICB)
    bodies = {n for n, d in G.nodes(data=True) if d["kind"] == "body"}
    assert bodies == {"body:nhs-westmere-integrated-care-board", "body:nhs-fenwick-dale-icb"}
    assert "Westmere ICB" in G.nodes["body:nhs-westmere-integrated-care-board"]["aliases"]


ARTICLE_ONE_ICB = """Board sets out clinic plan

NHS Northmoor Integrated Care Board has set out plans for a new walk-in clinic in Eastport.

The ICB said the clinic would open next spring. Dr Jane Moss, chief executive of the ICB, said it would cut waits.

Across England, ICBs face a 30% cut in running costs.
"""


def test_extract_the_icb_is_the_one_integrated_care_board_named(tmp_path: Path) -> None:
    # "the ICB" is the one ICB the article names, also as a role's body; "ICBs" is the kind
    graph = _graph_of(tmp_path, ARTICLE_ONE_ICB)
    icb = "body:nhs-northmoor-integrated-care-board"
    assert "ICB" in graph.nodes[icb]["aliases"]
    roles = {v for u, v, d in graph.edges(data=True) if d["kind"] == "holds_role"}
    assert roles == {icb}
    assert "ICB" not in graph.nodes.get("body:integrated-care-boards", {}).get("aliases", [])


ARTICLE_THE_BODY = """Providers warn over fee rises

Home care providers have warned that the fees councils pay will not cover the rise in the national living wage due in April, leaving many agencies unable to recruit.

The Carers Trust Alliance’s chief executive, Ann Wells, said the fees paid by most councils would not cover wages for the care workers its members employ.

Members of the Carers Trust Alliance met ministers on Tuesday to ask for a minimum fee for home care visits across England.
"""


def test_extract_the_at_the_start_of_a_sentence_is_not_part_of_a_body_name(
    tmp_path: Path,
) -> None:
    # "The BODY's ROLE, NAME" opening a sentence names the same body as "the BODY" later
    graph = _graph_of(tmp_path, ARTICLE_THE_BODY)
    bodies = {n: d["label"] for n, d in graph.nodes(data=True) if d["kind"] == "body"}
    assert bodies == {"body:carers-trust-alliance": "Carers Trust Alliance"}


ARTICLE_ROLES = """Clinic plan draws mixed response

The Northfield Clinics Programme will open ten imaging clinics in market towns next year, so that patients no longer travel to hospital for routine scans, the health department said today.

Priya Castell, chair of the Royal College of Radiologists, said the clinics were overdue.

Royal College of Nursing (RCN) chief executive Alan Whitby said nurses were ready.

NHS Providers workforce director Sam Ortiz said trusts would need more staff.

The Patients Association backed the programme. Its president, Dr Lena Moss, said patients would benefit.

Brackwell Hospitals NHS Trust, whose chief executive Omar Reyes has long argued for the clinics, welcomed the plan.

Bola Adeyinka, who manages a surgery in Leeds, said the clinics would help.

Tamsin Okafor, treasurer of the Royal College of Midwives, said midwives had not been consulted.

Dr Tom Hale, clinical lead for the pilot at Marsh Valley NHS Foundation Trust, said referrals had fallen.

The Local Government Association's national officer for public health, Cllr Jane Dorey, said councils were ready.

The King's Fund said the plan was a start. Dr Ben Shaw, its chief economist, said money was tight.

Professor Ann Leigh, president of the college, said midwives were ready.

Dr Rhys Morgan-Price said the clinics would need radiographers.

Dr Ravi Kapoor, who chairs the British Medical Association's GP committee, said practices had not been asked.

Dr Lucy Ward, a partner at Riverside Health Partnership, said the clinics would help.

The Nuffield Trust said the clinics were a start. RCN community wellbeing spokesperson Councillor Ada Frost said staff were ready.

The Royal College of Physicians said the plan was a start, with college president Dr Nia Rowe saying scans would be quicker.

Dr Femi Gale, a radiologist who chairs the King's Fund's imaging panel, said the waits would fall.
"""


@pytest.fixture(scope="module")
def graph_roles(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("roles"), ARTICLE_ROLES)


def _role_bodies(G: nx.MultiDiGraph, person: str) -> set[str]:
    return {v for u, v, d in G.edges(data=True) if d["kind"] == "holds_role" and u == person}


@pytest.mark.parametrize(
    ("person", "body"),
    [
        ("person:priya-castell", "body:royal-college-of-radiologists"),  # NAME, ROLE of BODY
        ("person:alan-whitby", "body:royal-college-of-nursing"),  # BODY (ACRONYM) ROLE NAME
        ("person:sam-ortiz", "body:nhs-providers"),  # BODY lower-case words ROLE NAME
        ("person:lena-moss", "body:patients-association"),  # Its ROLE, TITLE NAME
        ("person:omar-reyes", "body:brackwell-hospitals-nhs-trust"),  # BODY, whose ROLE NAME
        ("person:tom-hale", "body:marsh-valley-nhs-foundation-trust"),  # ROLE for X at BODY
        ("person:jane-dorey", "body:local-government-association"),  # BODY's ROLE of X, NAME
        ("person:ben-shaw", "body:kings-fund"),  # NAME, its ROLE
        ("person:ann-leigh", "body:royal-college-of-midwives"),  # ROLE of the college
        ("person:tamsin-okafor", "body:royal-college-of-midwives"),
        ("person:ravi-kapoor", "body:gpc"),  # the committee, not the BMA that owns it
        ("person:lucy-ward", "body:riverside-health-partnership"),  # a ROLE at BODY
        (
            "person:ada-frost",
            "body:royal-college-of-nursing",
        ),  # BODY qualifying words ROLE TITLE NAME
        ("person:nia-rowe", "body:royal-college-of-physicians"),  # "college ROLE NAME"
        ("person:femi-gale", "body:kings-fund"),  # NAME, a NOUN who chairs BODY's X
    ],
)
def test_extract_role_patterns_give_the_body_of_the_role(
    graph_roles: nx.MultiDiGraph, person: str, body: str
) -> None:
    assert _role_bodies(graph_roles, person) == {body}


def test_extract_a_name_in_apposition_with_who_or_a_title_is_a_person(
    graph_roles: nx.MultiDiGraph,
) -> None:
    # the statistical NER tags these two invented names as an organisation and a place
    people = _labels(graph_roles, "person")
    assert {"Bola Adeyinka", "Tamsin Okafor"} <= people
    assert not {"Bola Adeyinka", "Tamsin Okafor"} & _labels(graph_roles, "body")


def test_extract_a_hyphenated_surname_is_part_of_the_name(graph_roles: nx.MultiDiGraph) -> None:
    assert "Rhys Morgan-Price" in _labels(graph_roles, "person")


ARTICLE_POLICY_NAMES = """Ministers extend nurse helpline to every region

The Department of Health has announced that its nurse-led helpline will be available in every region of England from next spring, after a two-year trial in the north east cut emergency calls by a fifth.

The helpline, branded Call Ahead, will be run by NHS trusts.

Ministers will also extend Warm Homes Direct to every council, the minister said.

Patients in Kent will be the first to use the Time to Care programme, which pairs carers with district nurses.

The Northgate Care Line service has taken 3,000 calls since June. Northgate Care Line will now open at weekends.

Councils’ public health grant has fallen by a quarter since 2015.

Ministers have again put off the long-delayed sugary drinks advertising ban. The new eating disorder referral standard will start in April.
"""


@pytest.fixture(scope="module")
def graph_policy_names(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("policy_names"), ARTICLE_POLICY_NAMES)


def test_extract_a_name_given_with_branded_is_a_policy(graph_policy_names) -> None:
    assert "Call Ahead" in _labels(graph_policy_names, "policy")
    assert "Call Ahead" not in _labels(graph_policy_names, "body")


def test_extract_a_name_a_minister_extends_is_a_policy(graph_policy_names) -> None:
    assert "Warm Homes Direct" in _labels(graph_policy_names, "policy")
    assert "Warm Homes Direct" not in _labels(graph_policy_names, "body")


def test_extract_linking_words_inside_a_policy_name(graph_policy_names) -> None:
    assert "Time to Care programme" in _labels(graph_policy_names, "policy")


def test_extract_a_name_without_its_head_noun_is_the_same_policy(graph_policy_names) -> None:
    nodes = [d for _, d in graph_policy_names.nodes(data=True) if "Northgate" in d.get("label", "")]
    assert len(nodes) == 1 and nodes[0]["kind"] == "policy"
    assert {"Northgate Care Line service", "Northgate Care Line"} <= set(nodes[0]["aliases"])


ARTICLE_ANNOUNCING = """Minister pledges £40m to widen school nursing

Children's minister Rosa Kent has pledged £40m for the School Nurse Service, which sends nurses into secondary schools in England.

In Derby, the Healthy Teens pilot has run since 2023. The pilot has cut absences by a tenth, and the pilot will now close.

Announcing the expansion at a conference in Leeds, Ms Kent said nurses would be hired from January.

The Royal College of Nursing said the money would not be enough to hire the nurses needed.

A new Carers Breaks Fund will open in May. It was set out by the Treasury in the spring.
"""


@pytest.fixture(scope="module")
def graph_announcing(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("announcing"), ARTICLE_ANNOUNCING)


def test_extract_announcing_the_expansion_expands_the_ledes_policy(graph_announcing) -> None:
    # the headline's amount is the lede's School Nurse Service, though the pilot is named
    # more often
    expanded = _edges(graph_announcing, "expanded")
    assert ("person:rosa-kent", "policy:school-nurse-service") in expanded
    assert not any("healthy-teens" in v for _, v in expanded)


def test_extract_it_was_set_out_by_announces_the_policy_named_last(graph_announcing) -> None:
    assert ("body:treasury", "policy:carers-breaks-fund") in _edges(graph_announcing, "announced")


ARTICLE_STANCES = """Councils to run new carers' breaks scheme

The Carers Breaks Scheme will give every unpaid carer in England a week of respite care a year from April, the Department of Health said today, in a change ministers say will reach 400,000 families.

The Royal College of Nursing was more positive about the scheme than councils.

Carers UK, which has campaigned on respite for a decade, called it 'a landmark moment'.

Unison was sharper about the Department of Health, saying it had ignored care workers.

The Carers Trust blamed NHS England for the delays.

The scheme was praised by the Carers Federation. Carers Wales was less convinced.

Healthwatch Northmoor said families had not been asked.

Age UK was less impressed.

Mind gave the scheme a cautious welcome. The Patients Association cautiously welcomed the scheme.

The Carers Network said the scheme would not cover the cost of a single night's care.

The Nuffield Trust said the scheme would barely touch the waiting list.

The King's Fund was more positive.
"""


@pytest.fixture(scope="module")
def graph_stances(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("stances"), ARTICLE_STANCES)


def test_extract_was_more_positive_is_support(graph_stances) -> None:
    assert ("body:royal-college-of-nursing", "policy:carers-breaks-scheme") in _edges(
        graph_stances, "supported"
    )


def test_extract_was_more_positive_naming_nothing_is_support_of_the_articles_policy(
    graph_stances,
) -> None:
    assert ("body:kings-fund", "policy:carers-breaks-scheme") in _edges(graph_stances, "supported")


def test_extract_calling_it_words_of_praise_is_support(graph_stances) -> None:
    assert ("body:carers-uk", "policy:carers-breaks-scheme") in _edges(graph_stances, "supported")


def test_extract_was_less_impressed_is_criticism(graph_stances) -> None:
    assert ("body:age-uk", "policy:carers-breaks-scheme") in _edges(graph_stances, "criticised")


@pytest.mark.parametrize("body", ["body:mind", "body:patients-association"])
def test_extract_a_cautious_welcome_is_support_with_a_reservation(graph_stances, body) -> None:
    # "gave the scheme a cautious welcome", "cautiously welcomed the scheme": both
    edge = (body, "policy:carers-breaks-scheme")
    assert edge in _edges(graph_stances, "supported")
    assert edge in _edges(graph_stances, "criticised")


@pytest.mark.parametrize("body", ["body:carers-network", "body:nuffield-trust"])
def test_extract_what_a_policy_will_not_or_will_barely_do_is_criticism(graph_stances, body) -> None:
    # "would not cover the cost", "would barely touch the waiting list"
    assert (body, "policy:carers-breaks-scheme") in _edges(graph_stances, "criticised")


def test_extract_bodies_are_criticised_by_name(graph_stances) -> None:
    criticised = _edges(graph_stances, "criticised")
    assert ("body:unison", "body:department-of-health") in criticised  # "was sharper about"
    assert ("body:carers-trust", "body:nhs-england") in criticised  # "blamed BODY for"
    assert ("body:carers-trust", "policy:carers-breaks-scheme") not in criticised


ARTICLE_PAID = """Rural Nursing Programme gets go-ahead

The Rural Nursing Programme will place 300 nurses in village surgeries across England from next year, the Department of Health said today, after a pilot in Cumbria.

The Rural Nursing Programme will receive £45m over three years from the Treasury.

The Treasury will provide £8m to help councils train home carers.

Each surgery that takes part will also get £2,000 for training.

A separate £3m patient transport fund will pay for taxis to surgeries.
"""


@pytest.fixture(scope="module")
def graph_paid(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("paid"), ARTICLE_PAID)


def _funded(G: nx.MultiDiGraph) -> dict[float, set[str]]:
    out: dict[float, set[str]] = {}
    for u, v, d in G.edges(data=True):
        if d["kind"] == "funds":
            out.setdefault(G.nodes[u]["amount_gbp"], set()).add(v)
    return out


def test_extract_a_policy_that_receives_an_amount_is_funded_by_it(graph_paid) -> None:
    assert _funded(graph_paid)[45_000_000] == {"policy:rural-nursing-programme"}


def test_extract_amounts_given_for_nothing_named_pay_for_the_articles_policy(graph_paid) -> None:
    funded = _funded(graph_paid)
    assert funded[8_000_000] == {"policy:rural-nursing-programme"}  # "will provide £8m to"
    assert funded[2_000] == {"policy:rural-nursing-programme"}  # "each surgery will get £N"


def test_extract_a_lower_case_possessor_is_not_part_of_a_policy_name(graph_policy_names) -> None:
    # "public health" are generic words, but with a specific head noun they name a policy
    policies = _labels(graph_policy_names, "policy")
    assert "public health grant" in policies
    assert not any(label.lower().startswith("councils") for label in policies)


def test_extract_bans_and_standards_are_policies_named_without_their_history(
    graph_policy_names,
) -> None:
    policies = _labels(graph_policy_names, "policy")
    assert "sugary drinks advertising ban" in policies  # not "long-delayed ..."
    assert "eating disorder referral standard" in policies


def test_extract_praised_by_is_the_agents_support(graph_stances) -> None:
    assert ("body:carers-federation", "policy:carers-breaks-scheme") in _edges(
        graph_stances, "supported"
    )


def test_extract_less_convinced_is_criticism(graph_stances) -> None:
    assert ("body:carers-wales", "policy:carers-breaks-scheme") in _edges(
        graph_stances, "criticised"
    )


def test_extract_a_national_brand_with_a_place_is_a_local_body(graph_stances) -> None:
    bodies = _labels(graph_stances, "body")
    assert "Healthwatch Northmoor" in bodies
    assert "Healthwatch England" not in bodies


def test_extract_nouns_between_an_amount_and_fund_name_the_fund(graph_paid) -> None:
    assert "patient transport fund" in _labels(graph_paid, "policy")
    assert _funded(graph_paid)[3_000_000] == {"policy:patient-transport-fund"}


ARTICLE_VERDICTS = """Union attacks ‘unworkable’ staffing plan

The Ward Safety Staffing Plan, published by NHS England last week, sets minimum nurse numbers for every hospital ward in England from next year and will be paid for from existing budgets.

The safety staffing plan will be reviewed in 2027.

Unison said the staffing plan was reckless and would leave wards short.

The Patients Association welcomed the rollout.
"""


@pytest.fixture(scope="module")
def graph_verdicts(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("verdicts"), ARTICLE_VERDICTS)


def test_extract_a_quoted_verdict_is_not_part_of_a_policy_name(graph_verdicts) -> None:
    policies = [d for _, d in graph_verdicts.nodes(data=True) if d["kind"] == "policy"]
    assert not any("unworkable" in a.lower() for d in policies for a in d["aliases"])


def test_extract_nested_short_forms_are_one_policy(graph_verdicts) -> None:
    # "staffing plan" is a short form of two longer names, one inside the other
    policies = [d for _, d in graph_verdicts.nodes(data=True) if d["kind"] == "policy"]
    assert len(policies) == 1
    assert {"Ward Safety Staffing Plan", "safety staffing plan", "staffing plan"} <= set(
        policies[0]["aliases"]
    )


def test_extract_welcoming_the_rollout_supports_the_articles_policy(graph_verdicts) -> None:
    (policy,) = [n for n, d in graph_verdicts.nodes(data=True) if d["kind"] == "policy"]
    assert ("body:patients-association", policy) in _edges(graph_verdicts, "supported")


ARTICLE_NIGHT_NURSES = """Night nurses for every care home

Care homes in England will get night-time nurse visits in a nationwide rollout unveiled by NHS England on Monday, after a trial of the Night Nurse Service in Devon cut ambulance call-outs.

NHS England is to put £20m into the night visits next year.

The service will also be backed by £4m from councils next year, care minister Joan Pike said.

The Night Nurse Service will fail without more nurses, the Royal College of Nursing said.
"""


@pytest.fixture(scope="module")
def graph_night(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return _graph_of(tmp_path_factory.mktemp("night"), ARTICLE_NIGHT_NURSES)


def test_extract_a_rollout_announced_by_a_body_expands_the_articles_policy(graph_night) -> None:
    assert ("body:nhs-england", "policy:night-nurse-service") in _edges(graph_night, "expanded")


def test_extract_putting_money_into_is_providing_it(graph_night) -> None:
    provided = {
        graph_night.nodes[v]["amount_gbp"]
        for u, v in _edges(graph_night, "provides")
        if u == "body:nhs-england"
    }
    assert provided == {20_000_000}


def test_extract_the_reported_clause_before_said_is_the_speakers_words(graph_night) -> None:
    # "£4m will be paid ..., the minister said" and "X will fail ..., the RCN said"
    announced = {
        graph_night.nodes[v].get("amount_gbp")
        for u, v in _edges(graph_night, "announced")
        if u == "person:joan-pike" and graph_night.nodes[v]["kind"] == "funding"
    }
    assert announced == {4_000_000}
    assert ("body:royal-college-of-nursing", "policy:night-nurse-service") in _edges(
        graph_night, "criticised"
    )


ARTICLE_DESCRIBED_FUND = """Minister unveils fund for surgery nurses

Health minister Amir Khan has unveiled a £30m fund to help surgeries in England hire nurses, at a conference in Leeds today.

The Surgery Nurses Fund will open to bids in May.
"""


def test_extract_a_described_fund_is_labelled_by_its_name(tmp_path: Path) -> None:
    # the headline's verb is not part of a name, and the lede's "fund to help ..." is the
    # fund named next, which gives the node its label
    G = _graph_of(tmp_path, ARTICLE_DESCRIBED_FUND)
    policies = [d for _, d in G.nodes(data=True) if d["kind"] == "policy"]
    assert [d["label"] for d in policies] == ["Surgery Nurses Fund"]


ARTICLE_STANDARD = """Ministers set new eye care standard

Ministers will introduce a six-week cataract referral standard for patients in England from April, the health department said today, after waits rose for a third year.

The six-week standard will be checked by the regulator each quarter.
"""


def test_extract_a_standards_duration_is_part_of_its_name(tmp_path: Path) -> None:
    # "a six-week ... standard", then "the six-week standard": one policy, not two
    G = _graph_of(tmp_path, ARTICLE_STANDARD)
    policies = [d for _, d in G.nodes(data=True) if d["kind"] == "policy"]
    assert len(policies) == 1
    assert {"six-week cataract referral standard", "six-week standard"} <= set(
        policies[0]["aliases"]
    )


ARTICLE_KNIGHT = """Eye clinics plan unveiled

Health minister Sir Tom Pike unveiled the Rural Eye Plan at a conference in York today, promising faster cataract checks for patients in market towns across England.

Sir Tom said £5m would be paid to councils next year to run the clinics.
"""


def test_extract_sir_and_first_name_is_the_announcer_named_in_full(tmp_path: Path) -> None:
    # "Sir Tom said £5m would be paid": Sir Tom is Sir Tom Pike, who announced the plan
    G = _graph_of(tmp_path, ARTICLE_KNIGHT)
    amounts = {
        G.nodes[v].get("amount_gbp") for u, v in _edges(G, "announced") if u == "person:tom-pike"
    }
    assert 5_000_000 in amounts


ARTICLE_NAMED_LIKE_PEOPLE = """Councils to run Steady Steps walking groups

Every council in England will get money for walking groups for older people, after ministers confirmed a national roll-out of the Steady Steps programme today.

Steady Steps has been tested in six towns since 2023. The Hospital at Home programme will also grow.

Dr Ravi Menon, clinical director at Eastfield Community NHS Trust, told Practice Manager Monthly that MPs had asked for the groups.
"""


@pytest.fixture(scope="module")
def graph_named_like_people(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    folder = tmp_path_factory.mktemp("named_like_people")
    (folder / "articles.yaml").write_text(
        "articles:\n  - {file: d.txt, source: Practice Manager Monthly}\n", encoding="utf-8"
    )
    return _graph_of(folder, ARTICLE_NAMED_LIKE_PEOPLE)


def test_extract_names_before_a_policy_noun_are_a_policy_not_a_person(
    graph_named_like_people,
) -> None:
    # the NER calls "Steady Steps" a person; before "programme" and alone it is the policy
    nodes = [
        d
        for _, d in graph_named_like_people.nodes(data=True)
        if "Steady" in d["label"] and d["kind"] not in ("article", "announcement")
    ]
    assert [d["kind"] for d in nodes] == ["policy"]
    assert {"Steady Steps programme", "Steady Steps"} <= set(nodes[0]["aliases"])


ARTICLE_TITLE_INSIDE_POLICY_NAME = """Schools get £15m to train mental health leads

The Department for Education will provide £15m for schools through its Senior Mental Health Lead Training Grant, which has been running since 2021.

Clinical lead Alan Grant said the money would help, but warned that schools still lacked staff to release for training.
"""


def test_extract_a_job_title_inside_a_policy_name_does_not_make_a_person(tmp_path: Path) -> None:
    # "Lead" is a job title, but "Lead Training Grant" ends a capitalised name in a policy
    # noun that the NER does not call a person; "Clinical lead Alan Grant" is one
    G = _graph_of(tmp_path, ARTICLE_TITLE_INSIDE_POLICY_NAME)
    assert "Senior Mental Health Lead Training Grant" in _labels(G, "policy")
    assert _labels(G, "person") == {"Alan Grant"}


def test_extract_at_links_the_words_of_a_policy_name(graph_named_like_people) -> None:
    assert "Hospital at Home programme" in _labels(graph_named_like_people, "policy")


def test_extract_the_articles_own_publication_is_a_body(graph_named_like_people) -> None:
    # a publication's name holding a job title ("Practice Manager") is not a person
    assert "Practice Manager Monthly" in _labels(graph_named_like_people, "body")
    assert not [
        d
        for _, d in graph_named_like_people.nodes(data=True)
        if d["kind"] == "person" and "Monthly" in d["label"]
    ]


ARTICLE_SAME_AMOUNT = """Minister unveils £60m eye health programme for care homes

Health minister Amir Khan today set out a £60m programme to bring eye tests to care home residents.

The Clear Sight Programme will run for two years. The Care Home Dental Programme, launched in 2024, will also continue.

The £4m Low Vision Fund, which pays for magnifiers, and a £4m fund to train care workers will open in May.
"""


def test_extract_policies_with_the_same_amount_and_head_are_one(tmp_path: Path) -> None:
    # the headline's and the lede's "£60m programme" are the programme named next; the
    # named "£4m Low Vision Fund" gives its node its label
    G = _graph_of(tmp_path, ARTICLE_SAME_AMOUNT)
    by_label = {d["label"]: d for _, d in G.nodes(data=True) if d["kind"] == "policy"}
    clear = by_label["Clear Sight Programme"]
    assert any(a.startswith("programme to bring eye tests") for a in clear["aliases"])
    assert "eye health programme" in clear["aliases"]
    assert "Low Vision Fund" in by_label
    # the other £4m fund is another policy, named without the verb after it
    assert "fund to train care workers" in by_label


ARTICLE_AMOUNT_IN_PARAGRAPH = """Ring-fenced money for walk-in centres to end

Ring-fenced money for walk-in centres will stop next April, NHS England said today.

Under the Urgent Care Transition Plan, published today, the 40 centres will join local urgent treatment services. NHS England will provide £9m to help councils plan the change.

The Walk-in Centre Programme has cost £300m since it began. The Walk-in Centre Programme was set up in 2010.

Dr Amy Fox, a GP in Hull, said the £9m was far too little and the change was a mistake.
"""


def test_extract_an_amounts_policy_is_the_one_named_in_its_paragraph(tmp_path: Path) -> None:
    # the article is about the £9m; its paragraph names the plan it pays for, and the
    # programme named twice afterwards is history, not what the GP criticises
    G = _graph_of(tmp_path, ARTICLE_AMOUNT_IN_PARAGRAPH)
    criticised = {G.nodes[v]["label"] for _, v in _edges(G, "criticised")}
    assert "Urgent Care Transition Plan" in criticised
    assert "Walk-in Centre Programme" not in criticised


ARTICLE_VALENCE = """Minister unveils sugar levy on snacks

Health minister Jo Marsh unveiled the Snack Sugar Levy in Leeds today, a charge on sweet snacks sold in England from next year.

Tom Reed, chair of the Corner Shops Federation, said the levy would leave families poorer and hurt small shops.

Ann Cole, a dietitian in York, said the levy would help children eat better.
"""


def test_extract_negative_words_without_a_cue_word_are_criticism(tmp_path: Path) -> None:
    # no cue word of the lexicon, but words of loss and harm (VADER's valence): criticism;
    # the positive valence of ordinary words ("help") is not support
    G = _graph_of(tmp_path, ARTICLE_VALENCE)
    assert ("person:tom-reed", "policy:snack-sugar-levy") in _edges(G, "criticised")
    assert not {e for e in _edges(G, "criticised") | _edges(G, "supported") if "ann-cole" in e[0]}


ARTICLE_MINISTER_FUTURE = """Dental checks for care home residents

Care minister Baroness Jo Vale told peers that talks on the Care Home Smiles scheme would begin in May.

Baroness Vale said the Mouth Care Matters programme would reach every care home by 2028. It will be backed by £9m from the Treasury, Baroness Vale said. She said dentists would be paid more under a new Home Visits Contract.

Dr Ian Pole, chair of the Dental Care Alliance, said the Care Home Smiles scheme would cost practices money.
"""


def test_extract_a_ministers_future_policies_and_amounts_are_announced(tmp_path: Path) -> None:
    # the minister named by surname is still the minister; what she says a policy or an
    # amount will do, she announces; another speaker's forecast announces nothing
    G = _graph_of(tmp_path, ARTICLE_MINISTER_FUTURE)
    announced = {(u, G.nodes[v]["label"]) for u, v in _edges(G, "announced")}
    assert ("person:jo-vale", "Mouth Care Matters programme") in announced
    assert ("person:jo-vale", "£9m") in announced
    assert ("person:jo-vale", "Home Visits Contract") in announced
    assert not [u for u, _ in announced if u == "person:ian-pole"]


ARTICLE_PROFESSOR = """College backs new asthma checks

College chair Professor Jo Lane welcomed the Asthma Review Scheme today.

Professor Lane said the scheme was overdue. Professor Lane added that nurses would lead it.
"""


def test_extract_a_person_is_labelled_by_full_name_not_title_and_surname(tmp_path: Path) -> None:
    # "Professor Lane" is longer than "Jo Lane" and said more often, but is not a name
    G = _graph_of(tmp_path, ARTICLE_PROFESSOR)
    assert G.nodes["person:jo-lane"]["label"] == "Jo Lane"


ARTICLE_TWO_SUBJECTS = """Nurses back school asthma plan

Ministers today launched the School Asthma Plan, which will give every school nurse in England training in asthma care and a spare inhaler for each school.

RCGP chair Professor Ruth Dale said: 'This is a sensible investment in the health of children, and school nurses will be glad of it.'
"""


def test_extract_the_subject_nearest_said_is_the_speaker(tmp_path: Path) -> None:
    # "RCGP chair Professor Ruth Dale said" can be parsed as two subjects, "chair" (with
    # the RCGP) and "Dale": the speaker is the one nearest the verb
    G = _graph_of(tmp_path, ARTICLE_TWO_SUBJECTS)
    supporters = {u for u, _ in _edges(G, "supported")}
    assert "person:ruth-dale" in supporters


ARTICLE_UNKNOWN_BODIES = """Charity warns on autism waits

Waits for autism assessments for adults in England have doubled in two years, according to figures published today by NHS England.

Sara Quinn, head of health policy at Brightpath, said adults were waiting three years for a diagnosis.

Omar Lee, superintendent pharmacist at Tillbrook Pharmacy in Kendal, said patients asked him about the waits every day.
"""


def test_extract_a_name_where_a_role_puts_its_body_is_a_body(tmp_path: Path) -> None:
    # "head of health policy at Brightpath": an unknown one-word name is the role's body
    G = _graph_of(tmp_path, ARTICLE_UNKNOWN_BODIES)
    assert ("person:sara-quinn", "body:brightpath") in _edges(G, "holds_role")


def test_extract_an_organisation_does_not_end_with_a_preposition() -> None:
    # the NER sometimes takes a word too many ("Tillbrook Pharmacy in" Kendal)
    text = "Omar Lee works at Tillbrook Pharmacy in Kendal."
    doc = load_nlp()(text)
    doc.ents = [Span(doc, 4, 7, label="ORG")]  # "Tillbrook Pharmacy in"
    article = Article(
        id="a", path="a.txt", text=text, headline=None, body=[(0, len(text))], comments=[]
    )
    mentions = extract_entities(Segment(article, "body", None, 0, doc), load_lexicon())
    assert [m.name for m in mentions if m.kind == "body"] == ["Tillbrook Pharmacy"]


ARTICLE_OPENING_BODY = """Surgeries brace for winter

Practices across England are preparing for a hard winter, with flu cases rising since October, according to figures published today by NHS England.

At Brookfield Medical Centre in Leeds, practice manager Jo Hart said the phones had not stopped ringing since Monday.
"""


def test_extract_a_sentence_opening_at_a_body_gives_the_roles_body(tmp_path: Path) -> None:
    G = _graph_of(tmp_path, ARTICLE_OPENING_BODY)
    assert ("person:jo-hart", "body:brookfield-medical-centre") in _edges(G, "holds_role")


ARTICLE_BODY_THEN_ROLE = """Midwives welcome birth centre fund

Ministers today unveiled the Birth Centre Fund, worth £20m, to reopen midwife-led units across England.

The Royal College of Midwives welcomed the move. RCM chair Gill Walton said one year of money was not enough.
"""


def test_extract_a_body_acting_is_not_the_role_holder_named_next_sentence(tmp_path: Path) -> None:
    # "BODY ROLE NAME" makes the person the actor only within one sentence: the body's
    # welcome is not hers (her own words carry a verdict of their own)
    G = _graph_of(tmp_path, ARTICLE_BODY_THEN_ROLE)
    supporters = {u for u, _ in _edges(G, "supported")}
    assert "body:royal-college-of-midwives" in supporters
    assert "person:gill-walton" not in supporters


ARTICLE_PAY_OUT = """Coastal GP scheme extended

The Coastal GP Recruitment Scheme, which offers a £12,000 bonus to GPs who move to seaside towns, will be extended to Wales, ministers said today.

The Coastal Nursing Scheme, which received £4m last year, will also continue.
"""


def test_extract_a_policy_that_pays_out_or_received_an_amount_is_funded_by_it(
    tmp_path: Path,
) -> None:
    G = _graph_of(tmp_path, ARTICLE_PAY_OUT)
    funds = _amounts_funding(G)
    assert (12_000, "Coastal GP Recruitment Scheme") in funds
    assert (4_000_000, "Coastal Nursing Scheme") in funds


ARTICLE_NOT_ENOUGH = """Minister unveils rural pharmacy fund

Pharmacy minister Ken Ashe unveiled the Rural Pharmacy Fund in York today, with £3m for pharmacies in villages across England.

Jo Bell, chair of the Village Patients Forum, said the fund was not enough.

Dr Sam Hale, a GP in Dunmore, said the fund was a welcome gesture but nowhere near enough.

Councillor Amy Ross, leader of Dunmore Council, said the council would write to the minister opposing the fund.
"""


def test_extract_not_enough_and_opposing_are_criticism(tmp_path: Path) -> None:
    # "enough" is a support cue, so "not enough" criticises, and so does "nowhere near
    # enough" (a welcome and a verdict each way would otherwise tie); "opposing" is
    # criticism
    G = _graph_of(tmp_path, ARTICLE_NOT_ENOUGH)
    critics = {u for u, v in _edges(G, "criticised") if v == "policy:rural-pharmacy-fund"}
    assert {"person:jo-bell", "person:amy-ross", "person:sam-hale"} <= critics
    # "write to the minister opposing the fund": the council opposes it, not the minister
    assert "person:ken-ashe" not in critics


ARTICLE_TOLD_PUBLICATION = """Rural clinics plan delayed again

Ministers have delayed the Rural Clinics Plan for a second time, the health department confirmed today, leaving village surgeries in England without the promised money.

Dr Jo Hall, chair of the Rural GP Alliance, told Practice Weekly that villages had waited long enough. It warned that the Rural Clinics Plan would fail without nurses.
"""


def test_extract_a_publication_told_something_is_not_the_next_it(tmp_path: Path) -> None:
    # "It warned" after "told Practice Weekly": the alliance, never the publication
    G = _graph_of(tmp_path, ARTICLE_TOLD_PUBLICATION)
    critics = {u for u, _ in _edges(G, "criticised")}
    assert "body:practice-weekly" not in critics
    assert G.nodes["body:practice-weekly"]["media"] is True


ARTICLE_UNLABELLED_NAME = """Sepsis checks for every hospital

NHS England will roll out the Sepsis Early Warning Score to every hospital by next year, after trials in 20 trusts cut deaths from sepsis by a tenth.
"""


def test_extract_an_unlabelled_capitalised_name_rolled_out_is_a_policy(tmp_path: Path) -> None:
    # the NER gives "Sepsis Early Warning Score" no label; rolled out, it is a policy
    G = _graph_of(tmp_path, ARTICLE_UNLABELLED_NAME)
    assert "Sepsis Early Warning Score" in _labels(G, "policy")


ARTICLE_MINISTER_GRIM = """Stroke plan for rural areas

NHS England launched the Rural Stroke Plan today, promising faster scans for stroke patients in rural England.

Health minister Ann Cole said: 'Too many people die needlessly after a stroke in rural areas, and that is a disgrace.'
"""


def test_extract_a_ministers_grim_words_do_not_criticise_the_announced_policy(
    tmp_path: Path,
) -> None:
    # the minister describes the problem the plan meets; she does not criticise it
    G = _graph_of(tmp_path, ARTICLE_MINISTER_GRIM)
    assert not [u for u, _ in _edges(G, "criticised") if u == "person:ann-cole"]


ARTICLE_BACKGROUND_POLICY = """Minister unveils fund for weekend surgeries

Health minister Ken Ashe unveiled the Weekend Surgery Fund in Leeds today, with £20m for practices in England that open on Saturdays.

Dr Amy Fox, chair of the Northern GP Forum, said the Core Practice Contract already paid for such work and the money would be wasted.
"""


def test_extract_a_reaction_naming_only_a_background_policy_is_to_the_articles(
    tmp_path: Path,
) -> None:
    # the contract is named in passing; what the GP reacts to is the fund announced
    G = _graph_of(tmp_path, ARTICLE_BACKGROUND_POLICY)
    criticised = {(u, G.nodes[v]["label"]) for u, v in _edges(G, "criticised")}
    assert ("person:amy-fox", "Weekend Surgery Fund") in criticised
    assert ("person:amy-fox", "Core Practice Contract") not in criticised


ARTICLE_UNKNOWN_OWNER = """Charity backs carers plan

Ministers today published the Young Carers Plan, which promises respite breaks for 20,000 young carers in England.

Help for Carers' director of policy, Sam Reid, said the plan was overdue.
"""


def test_extract_an_unknown_name_that_owns_a_title_is_a_body(tmp_path: Path) -> None:
    G = _graph_of(tmp_path, ARTICLE_UNKNOWN_OWNER)
    assert ("person:sam-reid", "body:help-for-carers") in _edges(G, "holds_role")


ARTICLE_FUND_SIZES = """Ministers set out dental recovery money

Ministers today launched a Dental Access Fund of £40m to reopen closed practices.

Dentists in remote areas will be able to claim up to £9,000 each under the Rural Dentistry Grant, the department said.

The extra money comes on top of £25m that ministers committed to the Child Oral Health Programme last year.
"""


def test_extract_a_policy_of_an_amount_under_it_or_committed_to_it_is_funded_by_it(
    tmp_path: Path,
) -> None:
    # "a fund of £N", "£N ... under the Grant", "£N that X committed to the Programme"
    G = _graph_of(tmp_path, ARTICLE_FUND_SIZES)
    funds = _amounts_funding(G, section=None)
    assert (40_000_000, "Dental Access Fund") in funds
    assert (9_000, "Rural Dentistry Grant") in funds
    assert (25_000_000, "Child Oral Health Programme") in funds


ARTICLE_OWNED_BODY = """Practices wary of pharmacy reviews

Practices have raised concerns about a new pharmacy review service.

Dr Amir Lowe, who chairs the BMA's GP committee, said practices had not been consulted.
"""


def test_extract_a_body_owned_by_another_names_both(tmp_path: Path) -> None:
    # "the BMA's GP committee": the committee and the body whose committee it is
    G = _graph_of(tmp_path, ARTICLE_OWNED_BODY)
    bodies = {d["label"] for _, d in G.nodes(data=True) if d["kind"] == "body"}
    assert {"BMA", "GPC"} <= bodies


ARTICLE_TO_DO = """Falls service to go national

Ministers have set out plans for older people living at home.

The department has set aside £8m a year to extend the Falls Prevention Service to every county.
"""


def test_extract_an_amount_to_act_on_a_policy_funds_it(tmp_path: Path) -> None:
    # "£N a year to extend the Service": what the infinitive acts on is what the money is for
    G = _graph_of(tmp_path, ARTICLE_TO_DO)
    funds = _amounts_funding(G)
    assert (8_000_000, "Falls Prevention Service") in funds


ARTICLE_LEXICON_BODIES = """Maternity units to publish outcomes

Ministers said every maternity unit would publish its outcomes from next year.

Professor Ada Quinn, president of the Royal College of Obstetricians and Gynaecologists, said the college supported the plan. Samaritans, which runs a helpline for parents, welcomed it.
"""


def test_extract_lexicon_bodies_keep_their_whole_name(tmp_path: Path) -> None:
    # the NER splits "... of Obstetricians and Gynaecologists" in two and misses a
    # one-word charity at a sentence's start: the lexicon knows both
    G = _graph_of(tmp_path, ARTICLE_LEXICON_BODIES)
    bodies = {d["label"] for _, d in G.nodes(data=True) if d["kind"] == "body"}
    assert {"Royal College of Obstetricians and Gynaecologists", "Samaritans"} <= bodies
    assert ("person:ada-quinn", "body:royal-college-of-obstetricians-and-gynaecologists") in (
        _edges(G, "holds_role")
    )


ARTICLE_COMPOUNDS = """Surgeries expand their teams

Ministers have today set out a range of new plans for primary care services across England, the department said.

Surgeries hired paramedics through the additional roles payment scheme last year.

The college backed the national bowel screening programme, which starts in May.
"""


def test_extract_a_policy_name_is_its_whole_noun_compound(tmp_path: Path) -> None:
    # the words right before the head noun belong to the name whatever the parse says;
    # a generic word before it ("national") stays out of the label but is an alias
    G = _graph_of(tmp_path, ARTICLE_COMPOUNDS)
    policies = {d["label"]: d["aliases"] for _, d in G.nodes(data=True) if d["kind"] == "policy"}
    assert "additional roles payment scheme" in policies
    assert "national bowel screening programme" in policies["bowel screening programme"]


ARTICLE_CONDITIONS = """Minister unveils falls clinic scheme

Health minister Jo Marsh unveiled the Falls Clinic Scheme in Leeds today, a service for older people in England from next year.

Tom Reed, chair of the Older People's Forum, said the scheme was long overdue.

Ann Cole, a physiotherapist in York, said the scheme would reach few people unless clinics opened at weekends.
"""


def test_extract_overdue_is_support_and_unless_is_criticism(tmp_path: Path) -> None:
    # "long overdue" says the policy should have come sooner; "X unless Y" a condition
    G = _graph_of(tmp_path, ARTICLE_CONDITIONS)
    assert ("person:tom-reed", "policy:falls-clinic-scheme") in _edges(G, "supported")
    assert ("person:ann-cole", "policy:falls-clinic-scheme") in _edges(G, "criticised")


ARTICLE_THE_NAME = """Hospital discharge fund doubled

Ministers have doubled the Hospital Discharge Fund to help councils move patients home sooner.

The NHS Confederation said the money would help. Its chief executive, Dr Mo Patel, said trusts had waited too long.
"""


def test_extract_a_body_written_with_the_is_not_cut_short(tmp_path: Path) -> None:
    # "the NHS" is "NHS" with its article; it must not win over "The NHS Confederation"
    G = _graph_of(tmp_path, ARTICLE_THE_NAME)
    bodies = {d["label"] for _, d in G.nodes(data=True) if d["kind"] == "body"}
    assert "NHS Confederation" in bodies
    assert "NHS" not in bodies


ARTICLE_PAID_BY = """Practices to share rural access money

Ministers have announced the Rural Access Scheme for practices in sparsely populated areas.

A further £12m of new money will be paid to practices across the north by NHS England.
"""


def test_extract_an_amount_paid_by_a_body_a_clause_later_is_provided_by_it(
    tmp_path: Path,
) -> None:
    # "£N of new money will be paid to practices across the north by BODY"
    G = _graph_of(tmp_path, ARTICLE_PAID_BY)
    provides = {(u, G.nodes[v]["amount_gbp"]) for u, v in _edges(G, "provides")}
    assert ("body:nhs-england", 12_000_000) in provides


ARTICLE_SAID_IT = """Eye test scheme extended

Ministers have extended the Home Eye Test Scheme to every care home in England.

The Association of Optometrists criticised the extension. Healthwatch England, which has long reported complaints about eye care, said it supported the scheme.
"""


def test_extract_it_in_what_a_body_says_is_that_body(tmp_path: Path) -> None:
    # "BODY said it supported X": "it" is the body that says so, not the body named before
    G = _graph_of(tmp_path, ARTICLE_SAID_IT)
    supporters = {u for u, _ in _edges(G, "supported")}
    assert "body:healthwatch-england" in supporters
    assert "body:association-of-optometrists" not in supporters


ARTICLE_REMOVAL = """Stroke hubs approved

Ministers have approved the Regional Stroke Hubs Programme for the north of England.

Dr Jo King, who chairs the Northshire Stroke Network, said the programme would end the postcode lottery in stroke care.
"""


def test_extract_a_fault_a_policy_puts_right_is_not_criticism(tmp_path: Path) -> None:
    # "would end the postcode lottery": the cue names the problem, not a fault of the policy
    G = _graph_of(tmp_path, ARTICLE_REMOVAL)
    assert not {u for u, _ in _edges(G, "criticised") if "jo-king" in u}


ARTICLE_WEAK_HEAD = """Council plans health hubs

The council has unveiled the Healthy High Streets Plan for the town centre.

It will open a one-stop shop for health advice and limit the number of takeaway shops on each street.
"""


def test_extract_an_everyday_head_noun_needs_a_marked_modifier(tmp_path: Path) -> None:
    # "shop" names a policy in "one-stop shop", not in "takeaway shops"
    G = _graph_of(tmp_path, ARTICLE_WEAK_HEAD)
    policies = {d["label"] for _, d in G.nodes(data=True) if d["kind"] == "policy"}
    assert "one-stop shop" in policies
    assert "takeaway shops" not in policies


ARTICLE_NAMED_HEAD = """Minister sets dental wait pledge

Patients will be seen by an NHS dentist within a month under the Dental Access Promise, the care minister said today.

The British Dental Association said it was a promise ministers had made before and that the waiting time target would be missed.
"""


ARTICLE_LINKED_NAME = """Minister unveils new fund

Care minister Jo Marsh announced the £20m Hearing and Sight Fund on Monday, saying it would pay for home safety checks for older people.

Public health minister Tom Hale announced a £300m Prevention and Recovery Fund on Wednesday, saying it would fund a treatment place for everyone who needs one.
"""


def test_extract_an_announced_name_keeps_its_linking_words(tmp_path: Path) -> None:
    # "announced the £20m Hearing and Sight Fund": the name runs back over "and"
    policies = _labels(_graph_of(tmp_path, ARTICLE_LINKED_NAME), "policy")
    assert {"Hearing and Sight Fund", "Prevention and Recovery Fund"} <= policies
    assert not {"Sight Fund", "Recovery Fund"} & policies


ARTICLE_PLURAL_TITLE_BODY = """Trusts welcome new standard

The Association of Hospice Chief Executives welcomed the standard. Its managing director, Colin Barr, called it overdue.

The Association of Community Chief Pharmacists said the standard would help.
"""


def test_extract_a_body_name_may_end_in_a_plural_job_title(tmp_path: Path) -> None:
    # the NER stops "Association of Hospice Chief Executives" at the title
    bodies = _labels(_graph_of(tmp_path, ARTICLE_PLURAL_TITLE_BODY), "body")
    assert {
        "Association of Hospice Chief Executives",
        "Association of Community Chief Pharmacists",
    } <= bodies


def test_extract_a_compact_is_a_policy(tmp_path: Path) -> None:
    text = ARTICLE_NAMED_HEAD + "\nTrusts that sign the new discharge compact will get £5m.\n"
    assert "discharge compact" in _labels(_graph_of(tmp_path, text), "policy")


def test_extract_an_everyday_noun_heads_a_policy_only_in_a_capitalised_name(
    tmp_path: Path,
) -> None:
    # "Promise", "Target" name a policy in capitals, not "a promise", "the ... target"
    G = _graph_of(tmp_path, ARTICLE_NAMED_HEAD)
    policies = _labels(G, "policy")
    assert "Dental Access Promise" in policies
    assert not {p for p in policies if p.lower().endswith(("a promise", "target"))}


ARTICLE_WITH_AMOUNT = """Ministers top up practice scheme

Ministers today launched the Rural Surgery Compact, which pays for new consulting rooms in villages across England.

NHS England is also topping up the Practice Resilience Scheme, which helps struggling practices, with a further £40m.

The Treasury said an additional £1.2bn would be made available this year to pay for the scheme.

The department will expand the Healthy Hearts Programme with £9m.

Councils will put £6m a year into the expansion of the Warm Homes Service.
"""


def test_extract_an_amount_a_verb_acts_with_funds_its_object(tmp_path: Path) -> None:
    # "VERB POLICY with £N", "POLICY, which ..., with £N", "put £N into POLICY"
    G = _graph_of(tmp_path, ARTICLE_WITH_AMOUNT)
    assert {
        (40e6, "Practice Resilience Scheme"),
        (1.2e9, "Practice Resilience Scheme"),
        (9e6, "Healthy Hearts Programme"),
        (6e6, "Warm Homes Service"),  # "put £N into the expansion of POLICY"
    } <= _amounts_funding(G)


ARTICLE_SHARE_OF = """Ministers expand urgent care plan

Ministers today announced the Urgent Care Access Plan, which will open 40 urgent treatment centres across England.

The Treasury will provide £300m over three years to support the plan, of which £120m will go to rural areas.

NHS England will put £50m into the expansion, it said.
"""


def test_extract_a_share_of_an_amount_and_money_put_into_the_expansion_fund_the_policy(
    tmp_path: Path,
) -> None:
    # "£N1 ..., of which £N2": what £N1 pays for; "put £N into the expansion": the article's
    G = _graph_of(tmp_path, ARTICLE_SHARE_OF)
    assert {(120e6, "Urgent Care Access Plan"), (50e6, "Urgent Care Access Plan")} <= (
        _amounts_funding(G)
    )


ARTICLE_ACCUSED_OF = """Minister defends falls fund

Health minister Jo Marsh today unveiled the Falls Prevention Fund for care homes in England.

Tom Reed, the shadow care minister, said the fund was ‘thin’ and accused ministers of ‘announcing the same money twice’. The Older People's Forum proposed that the government introduce a Home Safety Guarantee.
"""


def test_extract_what_someone_is_accused_of_or_asked_to_do_is_no_announcement(
    tmp_path: Path,
) -> None:
    # the critic announces nothing; a proposal that the government act is not the
    # government's announcement
    G = _graph_of(tmp_path, ARTICLE_ACCUSED_OF)
    announced = _edges(G, "announced")
    assert ("person:jo-marsh", "policy:falls-prevention-fund") in announced
    assert not {e for e in announced if e[0] == "person:tom-reed"}
    assert not {e for e in announced if "home-safety-guarantee" in e[1]}


ARTICLE_BACKED_BY = """Falls service to reach every county

Ministers have announced the Falls Recovery Service for older people leaving hospital in England.

The changes will be backed by £14m a year of new funding, the department said. The money will be paid through the service over two years, equivalent to £7m a year.
"""


def test_extract_money_backing_what_the_article_reports_funds_its_policy(tmp_path: Path) -> None:
    # "The changes will be backed by £N" names no policy: the article's; "..., equivalent
    # to £N" after a policy is that policy's
    G = _graph_of(tmp_path, ARTICLE_BACKED_BY)
    funds = _amounts_funding(G)
    assert (14_000_000, "Falls Recovery Service") in funds
    assert (7_000_000, "Falls Recovery Service") in funds


ARTICLE_HEADLINE_MONEY = """Falls Clinic Scheme to cover two more counties as ministers add £6m

The Falls Clinic Scheme will open in Devon and Cornwall from April, the department said today.

Clinics will see older people within a week of a fall.
"""


def test_extract_a_headline_amount_is_the_money_of_its_one_policy(tmp_path: Path) -> None:
    # a headline naming one policy and an amount: the amount is the policy's
    G = _graph_of(tmp_path, ARTICLE_HEADLINE_MONEY)
    funds = _amounts_funding(G, section=None)
    assert (6_000_000, "Falls Clinic Scheme") in funds


ARTICLE_UNDER_THE_PROGRAMME = """Health visiting plan for every borough

Ministers today launched the Early Years Visits Programme, which will add two health visitor checks for every child in England.

In Northfield, which will receive £2m under the programme, the council said it had begun recruiting.
"""


def test_extract_money_under_the_programme_named_before_funds_it(tmp_path: Path) -> None:
    # "£N under the programme": the programme named before
    G = _graph_of(tmp_path, ARTICLE_UNDER_THE_PROGRAMME)
    funds = _amounts_funding(G)
    assert (2_000_000, "Early Years Visits Programme") in funds


ARTICLE_FURTHER = """Stroke units to merge

Health chiefs have approved the Northshire Stroke Plan, which will merge three stroke units into one.

The Northshire Stroke Plan is backed by £20m of capital from NHS England, with a further £3m a year in running costs.
"""


def test_extract_a_further_amount_pays_for_what_the_first_does(tmp_path: Path) -> None:
    # "backed by £N1 ..., with a further £N2": both are the plan's money
    G = _graph_of(tmp_path, ARTICLE_FURTHER)
    funds = _amounts_funding(G)
    assert (20_000_000, "Northshire Stroke Plan") in funds
    assert (3_000_000, "Northshire Stroke Plan") in funds


ARTICLE_GPC_ENGLAND = """GPs warn over health checks

Practices will be paid more for annual health checks, NHS England said today.

GP Committee England chair Dr Ola Brandt said the payment did not reflect the time involved.
"""


def test_extract_the_committees_name_with_its_nation_is_the_committee(tmp_path: Path) -> None:
    # "GP Committee England" is the lexicon's GPC, so its chair holds a role there
    G = _graph_of(tmp_path, ARTICLE_GPC_ENGLAND)
    assert ("person:ola-brandt", "body:gpc") in _edges(G, "holds_role")


ARTICLE_SHORT = """Minister unveils dementia care fund

Care minister Jo Marsh unveiled the Dementia Care Fund in Leeds today, for councils in England from next year.

Tom Reed, chair of the Carers Forum, said the fund fell far short of what families need.

Ann Cole, who runs a care home in York, said the money had come too late for her residents.
"""


def test_extract_falling_short_and_too_late_are_criticism(tmp_path: Path) -> None:
    G = _graph_of(tmp_path, ARTICLE_SHORT)
    critics = {u for u, v in _edges(G, "criticised") if v == "policy:dementia-care-fund"}
    assert {"person:tom-reed", "person:ann-cole"} <= critics


ARTICLE_WOULD_END = """Scorecards to replace care home ratings

The Care Quality Commission today announced the Care Home Scorecard, which will replace single-word ratings in England.

Ann Cole, who runs the Residents First charity, said the scorecards would end years of guesswork for families.
"""


def test_extract_a_policy_that_would_put_a_wrong_right_is_praised(tmp_path: Path) -> None:
    # "would end years of guesswork": what the speaker says the policy will do is praise
    G = _graph_of(tmp_path, ARTICLE_WOULD_END)
    supporters = {u for u, v in _edges(G, "supported") if v == "policy:care-home-scorecard"}
    assert "person:ann-cole" in supporters


ARTICLE_EXACTLY = """Minister unveils hearing clinic scheme

Health minister Jo Marsh unveiled the Hearing Clinic Scheme in Leeds today, for older people in England from next year.

Tom Reed, chair of the Deaf Access Forum, said the scheme was exactly what his members had asked for.
"""


def test_extract_exactly_what_was_asked_for_is_support(tmp_path: Path) -> None:
    G = _graph_of(tmp_path, ARTICLE_EXACTLY)
    assert ("person:tom-reed", "policy:hearing-clinic-scheme") in _edges(G, "supported")


ARTICLE_MINISTER_AMOUNT = """Minister sets out falls money

Care minister Jo Marsh today unveiled the Falls Prevention Plan for older people in England.

Ms Marsh said £40m had already been set aside for the plan.
"""


def test_extract_an_amount_a_minister_gives_is_announced(tmp_path: Path) -> None:
    # any sum a minister states is announced, not only one that "will be" paid
    G = _graph_of(tmp_path, ARTICLE_MINISTER_AMOUNT)
    amounts = {G.nodes[v].get("amount_gbp") for u, v in _edges(G, "announced") if "jo-marsh" in u}
    assert 40_000_000 in amounts


ARTICLE_WOULD_BE_EXTENDED = """Health checks for carers

Practices will be paid £40 for every health check they carry out for an unpaid carer, under changes announced today.

NHS England said the Carer Health Check Scheme would be extended to young carers from next year.
"""


def test_extract_what_a_speaker_says_will_be_extended_is_their_expansion(tmp_path: Path) -> None:
    # "BODY said the scheme would be extended": no agent, so the speaker extends it
    G = _graph_of(tmp_path, ARTICLE_WOULD_BE_EXTENDED)
    assert ("body:nhs-england", "policy:carer-health-check-scheme") in _edges(G, "expanded")


ARTICLE_PROMISED = """Pharmacists await workforce plan

Pharmacy leaders have called on ministers to publish the promised pharmacy workforce plan before the summer.
"""


def test_extract_words_that_describe_a_plan_are_not_its_name(tmp_path: Path) -> None:
    # "the promised pharmacy workforce plan": "promised" says what became of it
    G = _graph_of(tmp_path, ARTICLE_PROMISED)
    policies = {d["label"] for _, d in G.nodes(data=True) if d["kind"] == "policy"}
    assert "pharmacy workforce plan" in policies


ARTICLE_COMPOUND_AS_ADJECTIVE = """Dentists to get patient premium

Ministers have today set out a plan to get patients back into dental chairs across England.

Healthwatch England said the new patient premium was a step in the right direction.
"""


def test_extract_a_compound_the_tagger_calls_an_adjective_still_names_a_policy(
    tmp_path: Path,
) -> None:
    # the tagger makes "patient" an adjective in "the new patient premium"; as a compound
    # it still names the premium
    G = _graph_of(tmp_path, ARTICLE_COMPOUND_AS_ADJECTIVE)
    labels = {d["label"] for _, d in G.nodes(data=True) if d["kind"] == "policy"}
    assert "patient premium" in labels


ARTICLE_ZONES = """Council to ban smoking near playgrounds

Northshire County Council today announced smoke-free play zones around every playground in the county, to start in the spring.

The council said it would put up signs at each of its 140 playgrounds over the summer.
"""


ARTICLE_PACKAGE_FOR = """Ministers unveil health check plan

NHS England today announced a £30m package for the Annual Wellbeing Check scheme, which will pay practices to review patients with long-term conditions across England.

Dr Ama Osei, a GP in Leeds, said ministers had 'chosen the headline over the plan' and warned that practices lacked staff.
"""


def test_extract_a_package_for_a_named_scheme_is_that_schemes_money(tmp_path: Path) -> None:
    G = _graph_of(tmp_path, ARTICLE_PACKAGE_FOR)
    assert (30e6, "Annual Wellbeing Check scheme") in _amounts_funding(G)
    assert not {p for p in _labels(G, "policy") if "package" in p}


def test_extract_a_quoted_clause_ending_in_a_policy_noun_is_no_name(tmp_path: Path) -> None:
    # 'chosen the headline over the plan' is a quoted verdict, not a policy's name
    policies = _labels(_graph_of(tmp_path, ARTICLE_PACKAGE_FOR), "policy")
    assert not {p for p in policies if "headline" in p}


ARTICLE_PLURAL_CLASS = """Ministers unveil hospital discharge plan

Ministers today unveiled the Hospital Discharge Plan, which will move patients home sooner from wards across England and pay councils to arrange care at home.

NHS Providers said hospital contracts and public health grants had been squeezed for years, leaving trusts and councils short of staff.

The Local Government Association welcomed the three-year settlement for councils.
"""


def test_extract_a_plural_in_lower_case_is_no_policy(tmp_path: Path) -> None:
    # "hospital contracts", "public health grants": a class of things, not a named policy
    policies = _labels(_graph_of(tmp_path, ARTICLE_PLURAL_CLASS), "policy")
    assert "Hospital Discharge Plan" in policies
    assert not {"hospital contracts", "public health grants"} & policies


def test_extract_a_duration_alone_does_not_name_a_policy(tmp_path: Path) -> None:
    # "a ten-year workforce plan" is the workforce plan; "the three-year settlement" is none
    policies = _labels(_graph_of(tmp_path, ARTICLE_PLURAL_CLASS), "policy")
    assert not {p for p in policies if "three-year" in p}


def test_extract_zones_are_policies(tmp_path: Path) -> None:
    G = _graph_of(tmp_path, ARTICLE_ZONES)
    policies = {d["label"] for _, d in G.nodes(data=True) if d["kind"] == "policy"}
    assert "smoke-free play zones" in policies


ARTICLE_MASTHEAD = """Remote GP consultations for prisons

NHS England today launched the Secure Settings Telehealth Framework for prisons in England, with GP appointments by video in every jail by next year.

Dr Ann Cole, a prison GP in Leeds, told HEALTH SERVICE DIGEST that the framework would end long waits for appointments.
"""


def test_extract_the_publication_in_capitals_is_the_publication(tmp_path: Path) -> None:
    # mastheads and some house styles print the source's name in capitals
    (tmp_path / "articles.yaml").write_text(
        "articles:\n  - {file: d.txt, source: Health Service Digest}\n", encoding="utf-8"
    )
    G = _graph_of(tmp_path, ARTICLE_MASTHEAD)
    assert "Health Service Digest" in _labels(G, "body")
    assert not [d for _, d in G.nodes(data=True) if "DIGEST" in d["label"]]


ARTICLE_APPOSITIVE_BODY = """Youth clinics get new money

Ministers today announced the Youth Sexual Health Fund for clinics in England.

Safer Pathways, a charity supporting young people in Leeds, said it backed the fund. Its chief executive, Dr Ola Reid, said the money was overdue.
"""


def test_extract_a_name_with_a_charity_in_apposition_is_a_body(tmp_path: Path) -> None:
    # "NAME, a charity ...": a body, although "Pathways" would make a policy of it
    G = _graph_of(tmp_path, ARTICLE_APPOSITIVE_BODY)
    assert "Safer Pathways" in _labels(G, "body")
    assert "Safer Pathways" not in _labels(G, "policy")


ARTICLE_ACCELERATOR = """£10m Home Care Training Fund for carers

Care minister Tom Avery has announced a Rapid Home Recovery Accelerator programme, backed by £90m, to get patients home from hospital within two days, and a £10m Home Care Training Fund.

Dr Ana Pell, chair of the Western Nursing Forum, said: 'It is welcome.'

The Western Nursing Forum said the accelerator was unfunded and would load more work onto district nurses.

The Carers Alliance backed the Rapid Home Recovery Accelerator but said it must be matched by respite care.
"""


ARTICLE_SCAN_ACCELERATOR = """Scans to open seven days a week

Health secretary Ruth Bell said the Faster Scan Accelerator would see scanning centres open seven days a week from January.

Radiologists said the accelerator would need more staff.
"""


def test_extract_a_capitalised_name_ending_in_accelerator_is_a_policy(tmp_path: Path) -> None:
    # "Accelerator" heads a policy in a capitalised name (a lexicon `named` head), and
    # "the accelerator" alone is that name's last word, not an anaphor of the topic
    G = _graph_of(tmp_path, ARTICLE_SCAN_ACCELERATOR)
    assert "Faster Scan Accelerator" in _labels(G, "policy")
    assert not [label for label in _labels(G, "body") if "Accelerator" in label]
    (node,) = [n for n, d in G.nodes(data=True) if d["label"] == "Faster Scan Accelerator"]
    assert "the accelerator" in G.nodes[node]["aliases"]


def test_extract_a_policy_name_said_again_or_by_its_last_word_is_that_policy(
    tmp_path: Path,
) -> None:
    # "the accelerator" after "the Rapid Home Recovery Accelerator", and the name again
    # where the parse makes no policy of it
    G = _graph_of(tmp_path, ARTICLE_ACCELERATOR)
    (policy,) = [
        n
        for n, d in G.nodes(data=True)
        if d["kind"] == "policy" and d["label"].startswith("Rapid Home Recovery Accelerator")
    ]
    assert ("body:western-nursing-forum", policy) in _edges(G, "criticised")
    assert ("body:carers-alliance", policy) in _edges(G, "supported")


ARTICLE_SHORT_TERM = """Locum pool criticised

Health minister Jo Kerr has announced the Locum Pool Scheme for practices in England.

Dr Sam Ryde, chair of the Northern GP Forum, said: 'The scheme is a fudge that keeps locums on short-term contracts.'
"""


def test_extract_a_verdict_word_in_a_hyphenated_compound_goes_with_it(tmp_path: Path) -> None:
    # "short-term contracts": the verdict word "short" takes "-term" along, so no
    # policy named "-term contracts" is left behind
    G = _graph_of(tmp_path, ARTICLE_SHORT_TERM)
    assert not [label for label in _labels(G, "policy") if not label[:1].isalnum()]
    assert "Locum Pool Scheme" in _labels(G, "policy")


ARTICLE_NUMBER_NAME = """New ambulance standard

Health minister Jo Kerr has announced the 999 Rapid Response Standard for ambulance trusts in England.

She also confirmed £8m to keep the existing network of 40 Early Help Hubs running until March.
"""


def test_extract_a_number_before_a_singular_name_is_part_of_it(tmp_path: Path) -> None:
    # a number in figures before a capitalised singular name starts the name; before a
    # plural it counts the things named
    G = _graph_of(tmp_path, ARTICLE_NUMBER_NAME)
    policies = _labels(G, "policy")
    assert "999 Rapid Response Standard" in policies
    assert "Early Help Hubs" in policies


ARTICLE_LINKED_FUND = """Hospices get new fund

Care minister Tom Avery said the grant to hospices would rise, and announced a £25m GP Retention and Return Fund, spread over two years, to help practices hire newly qualified GPs.
"""


def test_extract_an_amounts_fund_named_with_linking_words(tmp_path: Path) -> None:
    # "a £25m NAME and NAME Fund": the fund's own name runs over "and", although the NER
    # takes its first words for a person's name
    G = _graph_of(tmp_path, ARTICLE_LINKED_FUND)
    assert "GP Retention and Return Fund" in _labels(G, "policy")
    assert not _labels(G, "person") - {"Tom Avery"}
    assert ("funding:25000000-d", "policy:gp-retention-and-return-fund") in _edges(G, "funds")


ARTICLE_UNDER = """Practices offered cash for nurses

Health minister Jo Kerr has announced the Rural Nurse Scheme and a review of the Practice Premises Grant.

Under the new Rural Nurse Scheme, NHS England will pay £3,000 per practice to every practice that employs a nurse.
"""


def test_extract_under_policy_a_clause_pays_for_it(tmp_path: Path) -> None:
    # "Under POLICY, BODY will pay £N": the fronted phrase names what the amount pays for
    G = _graph_of(tmp_path, ARTICLE_UNDER)
    funded = {(G.nodes[a]["amount_gbp"], b) for a, b in _edges(G, "funds")}
    assert (3000, "policy:rural-nurse-scheme") in funded


ARTICLE_FRAMEWORK = """Ministers pause staffing expansion

NHS England has published the Kerr review of practice staffing alongside the new Staffing Support Framework.

The framework will pay practices to supervise new staff. The framework starts in April, and the framework covers every region.

Dr Sam Ryde, chair of the Northern GP Forum, said: 'This is unfunded and unworkable.'
"""


def test_extract_the_head_noun_counts_for_the_topic(tmp_path: Path) -> None:
    # "the framework", three times after one "... Framework", makes it what the article
    # is about: a reaction naming nothing is about it, not the review named as often
    G = _graph_of(tmp_path, ARTICLE_FRAMEWORK)
    assert _edges(G, "criticised") == {("person:sam-ryde", "policy:staffing-support-framework")}


ARTICLE_CONSULTED = """Councils left out of clinic plan

Health minister Jo Kerr has announced the Community Clinic Scheme for towns in England.

Councillor Ann Hale, health spokesperson for the Local Government Association, said councils had not been consulted on the scheme.
"""


def test_extract_not_consulted_is_criticism(tmp_path: Path) -> None:
    # "had not been consulted": a negated word of support in the speaker's words
    G = _graph_of(tmp_path, ARTICLE_CONSULTED)
    assert ("person:ann-hale", "policy:community-clinic-scheme") in _edges(G, "criticised")


ARTICLE_NATIONS = """Prescribing plan splits parties

Scottish Labour and the Welsh Conservatives criticised the Community Prescriber Scheme in the Scottish Parliament, and NHS Highland said it would take part.
"""


def test_extract_a_nation_or_place_with_a_known_body_names_its_branch(tmp_path: Path) -> None:
    # "Scottish Labour", "NHS Highland": a nation's adjective before a known body, or a
    # place the NER reads into its name, makes a body of its own
    G = _graph_of(tmp_path, ARTICLE_NATIONS)
    bodies = _labels(G, "body")
    assert {"Scottish Labour", "Welsh Conservatives", "Scottish Parliament"} <= bodies
    assert "NHS Highland" in bodies
    assert not bodies & {"Labour", "Conservatives", "Parliament", "NHS"}


ARTICLE_UNNAMED_MONEY = """Councils to run falls checks

Health minister Ruth Imber has launched the Steady Steps Programme to prevent falls among older people.

The minister said the £30m scheme would run for three years. The money will be spread over the three years, equivalent to around £10m a year.

Community physiotherapists will be paid £40 for each home assessment.

Dr Lena Moss, chair of the Physio Forum, welcomed the plan.
"""


def test_extract_unnamed_money_pays_for_the_articles_policy(tmp_path: Path) -> None:
    # an article about one policy: "the £30m scheme" sizes it; "equivalent to around
    # £10m a year" restates it with a hedge; "will be paid £40" is money received under it
    G = _graph_of(tmp_path, ARTICLE_UNNAMED_MONEY)
    funded = _amounts_funding(G)
    assert (30_000_000, "Steady Steps Programme") in funded
    assert (10_000_000, "Steady Steps Programme") in funded
    assert (40, "Steady Steps Programme") in funded


ARTICLE_SHARES = """Councils given money for warm homes

Energy minister Tom Hale has announced the Warm Homes Grant, worth £200m over two years.

It includes £5m for an independent evaluation. Of the total, £40m will be ring-fenced for rural areas.

A further £12m will go to the Boiler Upgrade Scheme, the minister said.
"""


def test_extract_a_share_of_the_money_pays_for_the_same_policy(tmp_path: Path) -> None:
    # "It includes £N", "Of the total, £N": a part of the money given before pays for
    # what that money pays for; "£N will go to POLICY" pays for that policy
    G = _graph_of(tmp_path, ARTICLE_SHARES)
    funded = _amounts_funding(G)
    assert (5_000_000, "Warm Homes Grant") in funded
    assert (40_000_000, "Warm Homes Grant") in funded
    assert (12_000_000, "Boiler Upgrade Scheme") in funded


ARTICLE_HEADLINE_DESCRIPTION = """Ministers launch ward exit drive as beds fill up

Health minister Ruth Imber has launched the Home First Programme to get patients out of hospital faster.

The Home First Programme will start in ten trusts in March.

Dr Lena Moss, chair of the Ward Nurses Forum, said: 'This is unworkable and unfunded.'
"""


def test_extract_a_headline_description_weighs_less_than_a_name(tmp_path: Path) -> None:
    # a headline's lower-case "ward exit drive" describes; the name the body gives twice
    # is what the article is about, so a reaction naming nothing is about the name
    G = _graph_of(tmp_path, ARTICLE_HEADLINE_DESCRIPTION)
    assert _edges(G, "criticised") == {("person:lena-moss", "policy:home-first-programme")}


ARTICLE_ROLE_AFTER_BODY = """Minister unveils falls plan

Health minister Ruth Imber has launched the Steady Steps Programme to prevent falls among older people in England.

The Northern Physiotherapy Association was more sceptical. Chief executive Lena Moss said the NHS money would not last a year. GPC member Dr Jo Lane agreed.

The Local Government Association welcomed the plan. Health minister Ruth Imber said it would start in May.
"""


def test_extract_a_role_opening_a_sentence_is_at_the_body_the_sentence_before_is_about(
    tmp_path: Path,
) -> None:
    # "BODY was more sceptical. Chief executive NAME said": the chief executive is the
    # body's, though the sentence names another body after the name; a minister's title
    # names an office of its own, whatever the sentence before
    G = _graph_of(tmp_path, ARTICLE_ROLE_AFTER_BODY)
    roles = _edges(G, "holds_role")
    assert ("person:lena-moss", "body:northern-physiotherapy-association") in roles
    assert ("person:jo-lane", "body:gpc") in roles  # "member" is a job title
    assert not [
        b for p, b in roles if p == "person:ruth-imber" and b == "body:local-government-association"
    ]


ARTICLE_ROLE_PHRASES = """Premises grant 'no use', say GP leaders

Health minister Ruth Imber has launched the Practice Premises Grant for surgeries in England.

Dr Kate Ellery, the BMA's GP premises lead, said the grant covered too little of the cost.

The chair of the British Medical Association's General Practitioners Committee (GPC), Dr Ravi Sand, said practices could not borrow.
"""


def test_extract_role_phrases_with_acronyms_and_brackets(tmp_path: Path) -> None:
    # an acronym among the words that qualify a title ("the BMA's GP premises lead"), and
    # "The ROLE of BODY's COMMITTEE (ACRONYM), NAME": the committee, not its owner
    G = _graph_of(tmp_path, ARTICLE_ROLE_PHRASES)
    roles = _edges(G, "holds_role")
    assert ("person:kate-ellery", "body:bma") in roles
    assert ("person:ravi-sand", "body:gpc") in roles


def test_nlp_no_sentence_starts_after_a_word() -> None:
    # the parser alone cuts "... announced a £750m | GP Premises Modernisation Fund."; a
    # sentence after a full stop is still its own
    nlp = load_nlp()
    one = nlp("The minister has announced a £750m GP Premises Modernisation Fund.")
    assert len(list(one.sents)) == 1
    two = nlp("Ministers unveiled a £40m Rural Surgeries Fund on Monday. It opens in May.")
    assert [s.text for s in two.sents] == [
        "Ministers unveiled a £40m Rural Surgeries Fund on Monday.",
        "It opens in May.",
    ]


ARTICLE_CLASSIFIED_BODIES = """Charities react to maternity plan

The baby loss charity Sands said the plan was a welcome first step for bereaved parents across England, officials said.

Privacy campaign group medConfidential warned that patients had not been asked.

Tom Reid, chief executive of eating disorders charity Beat, said the money was overdue.

Patient group Long Covid Voices UK welcomed the plan, as did industry body techUK.
"""


def test_extract_a_noun_of_organisations_before_a_name_makes_it_a_body(tmp_path: Path) -> None:
    # "the charity Sands", "campaign group medConfidential": the noun says what the name
    # is, whatever the NER makes of "Sands" or "Beat"; a national last word stays
    G = _graph_of(tmp_path, ARTICLE_CLASSIFIED_BODIES)
    bodies = _labels(G, "body")
    assert {"Sands", "medConfidential", "Beat", "techUK", "Long Covid Voices UK"} <= bodies
    assert _labels(G, "person") == {"Tom Reid"}


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("The campaign group Clear Skies said it was ready.", ["Clear Skies"]),
        ("The campaign group Clear Skies Every Day said it was ready.", ["Clear Skies Every Day"]),
        # five capitalised words are more than a body's name: none of them is taken
        ("The campaign group Clear Skies Over Every Town said it was ready.", []),
    ],
)
def test_extract_a_classified_name_has_one_to_four_words(text: str, bodies: list[str]) -> None:
    # the NER's entities are removed, so only the noun before the name can make a body
    doc = load_nlp()(text)
    doc.ents = []
    article = Article(
        id="a", path="a.txt", text=text, headline=None, body=[(0, len(text))], comments=[]
    )
    mentions = extract_entities(Segment(article, "body", None, 0, doc), load_lexicon())
    assert [m.name for m in mentions if m.kind == "body"] == bodies


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Wales's cabinet secretary for health and social care, Owain Pritchard, said so.",
            "Owain Pritchard",
            "cabinet secretary",
        ),
        (
            "The director of public health for the county, Amira Osei, said so.",
            "Amira Osei",
            "director of public health",
        ),
        # a gerund in the complement is still a noun phrase, not a clause
        (
            "The national clinical director for learning disability, Tom Ekwueme, said so.",
            "Tom Ekwueme",
            "national clinical director",
        ),
    ],
)
def test_extract_a_name_after_a_title_with_its_complement_is_a_person(
    text: str, name: str, role: str
) -> None:
    # the NER calls the name an organisation, as it often does after a long title: the
    # title before the comma still makes it a person's
    doc = load_nlp()(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    doc.ents = [Span(doc, start, start + 2, label="ORG")]
    article = Article(
        id="a", path="a.txt", text=text, headline=None, body=[(0, len(text))], comments=[]
    )
    mentions = extract_entities(Segment(article, "body", None, 0, doc), load_lexicon())
    assert [(m.name, m.role) for m in mentions if m.kind == "person" and m.name] == [(name, role)]
    assert not [m for m in mentions if m.kind == "body" and m.name == name]


def _entities_of(text: str, orgs: tuple[str, ...] = ()) -> list[tuple[str, str | None]]:
    """(kind, name) of a sentence's mentions, with the NER's entities set to ``orgs``."""
    doc = load_nlp()(text)
    spans = []
    for org in orgs:
        at = text.index(org)
        span = doc.char_span(at, at + len(org), label="ORG")
        assert span is not None
        spans.append(span)
    doc.ents = spans
    article = Article(
        id="a", path="a.txt", text=text, headline=None, body=[(0, len(text))], comments=[]
    )
    mentions = extract_entities(Segment(article, "body", None, 0, doc), load_lexicon())
    return [(m.kind, m.name) for m in mentions]


@pytest.mark.parametrize(
    ("text", "org", "body"),
    [
        (
            "Cardiff and Vale University Health Board will host the hub.",
            "Vale University Health Board",
            "Cardiff and Vale University Health Board",
        ),
        (
            "The plan was drawn up with Barking and Dagenham Council last year.",
            "Dagenham Council",
            "Barking and Dagenham Council",
        ),
        # a person before "and" is not part of the body's name
        (
            "Dr Jane Smith and Vale University Health Board disagreed.",
            "Vale University Health Board",
            "Vale University Health Board",
        ),
    ],
)
def test_extract_a_body_named_for_two_places_keeps_both(text: str, org: str, body: str) -> None:
    assert [name for kind, name in _entities_of(text, (org,)) if kind == "body"] == [body]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("BMA Cymru Wales said the fee was too low.", "BMA Cymru Wales"),
        ("The RCN Scotland said the fee was too low.", "RCN Scotland"),
        ("The BMA said the fee was too low.", "BMA"),
    ],
)
def test_extract_a_body_and_a_devolved_nation_name_its_branch(text: str, body: str) -> None:
    assert [name for kind, name in _entities_of(text) if kind == "body"] == [body]


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("Wales's health minister, Owain Pritchard, said so.", "Welsh Government"),
        ("Scotland's health secretary Neil Gray said so.", "Scottish Government"),
    ],
)
def test_extract_a_nations_minister_works_for_its_government(text: str, government: str) -> None:
    # without the nation, a health minister's title would give the Department of Health
    doc = load_nlp()(text)
    article = Article(
        id="a", path="a.txt", text=text, headline=None, body=[(0, len(text))], comments=[]
    )
    mentions = extract_entities(Segment(article, "body", None, 0, doc), load_lexicon())
    people = [m for m in mentions if m.kind == "person"]
    assert [(m.minister, m.role_body) for m in people] == [(True, government)]


@pytest.mark.parametrize(
    ("text", "orgs", "expected"),
    [
        # a local NHS body named for two places
        (
            "In a pilot run by NHS Cheshire and Merseyside Integrated Care Board, it worked.",
            (),
            [("body", "NHS Cheshire and Merseyside Integrated Care Board")],
        ),
        # a sentence's opening preposition is not part of an organisation's name
        ("In Scotland, the plan was different.", (), []),
        ("In Scotland, the plan was different.", ("In Scotland",), []),
        # "its director for Wales": the nation is not the director's body
        (
            "Its director for Wales, Owain Beddoe, said it was right.",
            (),
            [("person", "Owain Beddoe")],
        ),
        # a place before a common noun names no body
        (
            "Gwen Lloyd, who ran the Tregaron pharmacy for 19 years, said so.",
            (),
            [("person", "Gwen Lloyd")],
        ),
        # NAME, the BODY's words ROLE: a person, whatever the NER says
        (
            "Nicola Hart, the RCN's professional lead for haematology nursing, said so.",
            ("Nicola Hart",),
            [("person", "Nicola Hart"), ("body", "Royal College of Nursing")],
        ),
        # ROLE for WORDS NAME, with no comma
        (
            "Cabinet secretary for health and social care Huw Garland said the uplift helped.",
            ("Huw Garland",),
            [("person", "Huw Garland")],
        ),
        # ... but a body's name after "ROLE of the" stays the body's
        (
            "Dr Femi Oduya, president of the British Society for Haematology, was positive.",
            ("British Society for Haematology",),
            [("person", "Femi Oduya"), ("body", "British Society for Haematology")],
        ),
    ],
)
def test_extract_names_of_people_bodies_and_places(
    text: str, orgs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    found = [(k, n) for k, n in _entities_of(text, orgs) if k in ("person", "body") and n]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "orgs", "expected"),
    [
        # a department named for a list, and not the Department of Health "the Department"
        # stands for
        (
            "It was agreed by the Department for Culture, Media and Sport (DCMS) on Monday.",
            ("the Department for Culture",),
            [("body", "Department for Culture, Media and Sport")],
        ),
        # ... while a list of bodies stays a list
        (
            "The Royal College of Physicians, Royal College of Radiologists and Unison said no.",
            (),
            [
                ("body", "Royal College of Physicians"),
                ("body", "Royal College of Radiologists"),
                ("body", "Unison"),
            ],
        ),
        # the NER ran into the acronym's bracket
        (
            "The Royal National Institute for Deaf People (RNID) said it was a start.",
            ("Royal National Institute for Deaf People (RNID",),
            [("body", "Royal National Institute for Deaf People")],
        ),
        # an indefinite description that "who" goes on to describe is a person's
        (
            "Gemma Holt, a practice nurse in Leeds who leads the checks, said it helped.",
            ("Gemma Holt",),
            [("person", "Gemma Holt")],
        ),
        # a hyphenated town name
        ("Clinics in Stoke-on-Trent closed.", (), [("place", "Stoke-on-Trent")]),
        # a rate hyphenated to the amount is not a word of the fund's description
        (
            "Ashcroft unveils £750m-a-year fund to tackle crumbling NHS estate",
            (),
            [("policy", "fund to tackle crumbling NHS estate")],
        ),
        # a plan someone wants or misses is no policy; one a body calls for is proposed
        (
            "Dr Asha Patel said members wanted a proper workforce plan for the profession.",
            (),
            [("person", "Asha Patel")],
        ),
        ("Without a serious workforce plan, the queue simply moves.", (), []),
        (
            "The institute has called for a ten-year health visiting workforce plan.",
            (),
            [("policy", "health visiting workforce plan")],
        ),
        # a name in apposition with a policy noun is a policy, whatever the NER says; an
        # opening adverb is no name
        (
            "The service would build on Pharmacy First, the minor illness scheme launched in 2024.",
            (),
            [("policy", "Pharmacy First"), ("policy", "minor illness scheme")],
        ),
        ("Meanwhile, a scheme in Tower Hamlets lets GPs email consultants.", (), []),
        # the article the NER took into a quoted policy name is not part of the name
        (
            "“No community should be left without a surgery,” he said. “The Clinic Access"
            " Protection Scheme (CAPS) would give the most isolated surgeries security.”",
            (),
            [("policy", "Clinic Access Protection Scheme")],
        ),
    ],
)
def test_extract_names_in_lists_brackets_hyphens_and_wishes(
    text: str, orgs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    found = [  # named mentions: an anaphor ("the scheme") names nothing
        (k, n)
        for k, n in _entities_of(text, orgs)
        if k in ("person", "body", "place", "policy") and n is not None
    ]
    assert [f for f in found if f in expected or f[0] != "person"] == expected


ARTICLE_ACRONYM = """Sexual health clinics turning patients away

The British Association for Sexual Health and HIV (BASHH) said clinics were turning patients away.

BASHH president Dr Olusegun Adeyemi said the money would not be enough.
"""


def test_extract_an_acronym_defined_in_an_earlier_paragraph_names_the_body(
    tmp_path: Path,
) -> None:
    # "BASHH president Dr NAME": the acronym is the body's in the next paragraph too, not a
    # place as the NER has it
    G = _graph_of(tmp_path, ARTICLE_ACRONYM)
    body = "body:british-association-for-sexual-health-and-hiv"
    assert ("person:olusegun-adeyemi", body) in _edges(G, "holds_role")
    assert not _labels(G, "place")


ARTICLE_POLICY_ACRONYM = """New locum pay framework for practices

The Department of Health and Social Care announced the Locum Pay Framework on Monday.

It also plans to consult on a Rural Surgery Support Scheme. "The Rural Surgery Support Scheme \
(RSSS) would keep surgeries open," it said.

The National Rural Practices Association said the RSSS would not save enough surgeries.
"""


def test_extract_an_acronym_defined_for_a_policy_names_the_policy_later(
    tmp_path: Path,
) -> None:
    # "said the RSSS would not ...": the acronym the article defined names the scheme, so
    # the criticism is of the scheme and not of the article's main policy
    G = _graph_of(tmp_path, ARTICLE_POLICY_ACRONYM)
    critic = "body:national-rural-practices-association"
    assert {v for u, v in _edges(G, "criticised") if u == critic} == {
        "policy:rural-surgery-support-scheme"
    }


ARTICLE_FUNDERS_SAY = """Care workers to get national training pathway

Care workers in England will get a national training pathway from April.

The Department of Health and Social Care said a further £25m would pay for the national \
rollout of the pathway.

NHS England said an extra £8m would be made available over two years to help practices.
"""


def test_extract_a_public_funder_pledges_the_money_it_says_it_will_pay(tmp_path: Path) -> None:
    # "DHSC said a further £25m would pay for ...": a department's (and a lexicon
    # `funder`'s) word on future money is a pledge, before it has announced anything
    G = _graph_of(tmp_path, ARTICLE_FUNDERS_SAY)
    amounts = {
        (u, G.nodes[v]["amount_gbp"])
        for u, v in _edges(G, "announced")
        if G.nodes[v]["kind"] == "funding"
    }
    assert amounts == {("body:department-of-health", 25_000_000), ("body:nhs-england", 8_000_000)}


ARTICLE_FUNDER_REPEATS = """Minister pledges £1.2bn for urgent care

Health secretary Daniel Prewett has announced £1.2bn over three years to expand urgent care.

A Department of Health and Social Care spokesperson said the £1.2bn would come from the \
department's existing budget, while HM Treasury will provide a further £300m for new buildings.

The department said the Same-Day Access Fund would give each practice around £18,000.
"""


def test_extract_a_funder_repeating_given_money_or_naming_others_pledges_nothing(
    tmp_path: Path,
) -> None:
    # "the £1.2bn would come from" (money already given), "while HM Treasury will provide"
    # (another's), "give each practice £18,000" (a share): not the department's pledges
    G = _graph_of(tmp_path, ARTICLE_FUNDER_REPEATS)
    assert {u for u, _ in _edges(G, "announced")} == {"person:daniel-prewett"}


ARTICLE_BACKED_BY_MONEY = """Falls service to reach every county

Care minister Helen Ashdown has announced that the Falls Prevention Service will be expanded \
to every county from April, backed by a further £75m.

Age UK said it supported the expansion.
"""


def test_extract_backed_by_money_is_funding_not_support(tmp_path: Path) -> None:
    # "backed by a further £75m": the money pays for the service; only Age UK supports it
    G = _graph_of(tmp_path, ARTICLE_BACKED_BY_MONEY)
    assert {u for u, _ in _edges(G, "supported")} == {"body:age-uk"}
    assert {v for _, v in _edges(G, "funds")} == {"policy:falls-prevention-service"}


ARTICLE_MONEY_TO_SUPPORT = """Hospitals given 30 minutes to take over ambulance patients

Health secretary Marcus Bell has announced the Ambulance Handover Standard, which requires \
hospitals to take over patients within 30 minutes.

Mr Bell said the standard would free up ambulances. He also announced £450m over two years to \
support the standard.

The College of Paramedics said it supported the standard.
"""


def test_extract_money_to_support_a_policy_is_no_stance(tmp_path: Path) -> None:
    # "announced £450m to support the standard": what the money is for, not the minister's
    # support; the college's words are support
    G = _graph_of(tmp_path, ARTICLE_MONEY_TO_SUPPORT)
    assert {u for u, _ in _edges(G, "supported")} == {"body:college-of-paramedics"}


ARTICLE_SPEAKS_FOR = """Pharmacies to manage long-term conditions

Pharmacy minister Anna Hale has announced the Pharmacy Care Pathway, under which pharmacists \
will manage patients with high blood pressure.

GPC England chair Dr Kate Ormerod warned that splitting the management of long-term \
conditions between settings risks fragmenting care.
"""


def test_extract_a_speaker_does_not_react_to_the_body_she_speaks_for(tmp_path: Path) -> None:
    # "GPC England chair Dr NAME warned that ...": the committee is hers, and her warning
    # is about the article's policy
    G = _graph_of(tmp_path, ARTICLE_SPEAKS_FOR)
    assert ("person:kate-ormerod", "body:gpc") in _edges(G, "holds_role")
    assert _edges(G, "criticised") == {("person:kate-ormerod", "policy:pharmacy-care-pathway")}


ARTICLE_DEPARTMENT_GRIM = """Maternity units to get safety teams

Health minister Sarah Lane has announced the Maternity Safety Programme, which will send \
specialist teams into struggling units.

The Department of Health and Social Care said too many babies were still being harmed in \
failing units, and that the programme would reach every trust by 2027.

The National Audit Office said the programme had failed to reach the worst units in its \
first year.
"""


def test_extract_a_departments_grim_words_are_no_criticism_an_auditors_are(
    tmp_path: Path,
) -> None:
    # the department describes the problem its programme meets; the National Audit Office
    # (a lexicon `scrutiny` body) judges the programme
    G = _graph_of(tmp_path, ARTICLE_DEPARTMENT_GRIM)
    assert {u for u, _ in _edges(G, "criticised")} == {"body:national-audit-office"}


ARTICLE_THE_MONEY = """£36m to speed up transfusions

Health minister Priya Khatri has announced £36m over three years to cut the time patients \
wait for blood transfusions.

Ms Khatri said the money would fund a new Rapid Transfusion Access Programme in 14 hospitals.
"""


def test_extract_the_money_is_the_amount_announced_last(tmp_path: Path) -> None:
    # "the money would fund a new X Programme": the £36m pays for the programme
    G = _graph_of(tmp_path, ARTICLE_THE_MONEY)
    funds = {(G.nodes[u]["amount_gbp"], v) for u, v in _edges(G, "funds")}
    assert funds == {(36_000_000, "policy:rapid-transfusion-access-programme")}


ARTICLE_MONEY_NAMED_NEXT = """Health secretary unveils plan to end the 8am scramble

Health secretary Marcus Ellery has announced £180m over two years to help GP practices \
tackle the early-morning rush for appointments.

Speaking at a conference in Manchester yesterday, Mr Ellery said the new Same-Day Access \
Fund would pay for extra care navigators and upgraded telephony.
"""


def test_extract_money_a_lede_leaves_unplaced_pays_for_the_new_policy_named_next(
    tmp_path: Path,
) -> None:
    # the lede's £180m pays for nothing it names; "the new Same-Day Access Fund" in the
    # next paragraph is what it pays for
    G = _graph_of(tmp_path, ARTICLE_MONEY_NAMED_NEXT)
    funds = {(G.nodes[u]["amount_gbp"], v) for u, v in _edges(G, "funds")}
    assert funds == {(180_000_000, "policy:same-day-access-fund")}


ARTICLE_ITS_CHAIR = """Practices to employ physios directly

NHS England said practices could employ physiotherapists directly from April.

The BMA's General Practitioners Committee said the change was welcome but did nothing for budgets.

Its chair, Dr Katie Bramwell, said practices still could not employ GPs with the money.
"""


def test_extract_its_role_is_at_the_body_not_its_owner(tmp_path: Path) -> None:
    # "The BMA's General Practitioners Committee said ... Its chair": the committee's chair
    G = _graph_of(tmp_path, ARTICLE_ITS_CHAIR)
    bodies = {v for u, v in _edges(G, "holds_role") if u == "person:katie-bramwell"}
    assert bodies == {"body:gpc"}


ARTICLE_SIZED = """Sexual health clinics get £20m boost

Public health minister Andrew Kinsella has announced an extra £20m for sexual health services.

Mr Kinsella said the funding would be added to the public health grant, which totals £3.6bn a year.

He said the repair bill, which now stands at £13.8bn, was a hidden waiting list.
"""


def test_extract_a_size_in_a_relative_clause_funds_but_is_not_announced(tmp_path: Path) -> None:
    # "the grant, which totals £3.6bn": the grant's size, which the minister reports but
    # does not announce; "which now stands at £13.8bn" sizes a bill, not a policy
    G = _graph_of(tmp_path, ARTICLE_SIZED)
    assert _funded(G).get(3.6e9) == {"policy:public-health-grant"}
    announced = {
        G.nodes[v]["amount_gbp"]
        for u, v, d in G.edges(data=True)
        if d["kind"] == "announced" and G.nodes[v]["kind"] == "funding"
    }
    assert 2e7 in announced
    assert not announced & {3.6e9, 1.38e10}


ARTICLE_UNDER_FRAME = """Minister unveils Eye Care Recovery Plan

Health minister Tom Ridley has announced the Eye Care Recovery Plan, worth £30m over two years.

Under the plan, the Community Glaucoma Monitoring Scheme will be rolled out across England \
from April.

College president Dr Anna Price said: 'The glaucoma scheme is sensible, but too few \
consultants will be left to oversee patients.'
"""


def test_extract_a_passive_under_an_announced_plan_is_its_announcers(tmp_path: Path) -> None:
    # "Under the plan, X will be rolled out": the plan's announcer expands X; the plan is
    # the frame, not what is rolled out
    G = _graph_of(tmp_path, ARTICLE_UNDER_FRAME)
    assert _edges(G, "expanded") == {
        ("person:tom-ridley", "policy:community-glaucoma-monitoring-scheme")
    }


def test_extract_a_reaction_to_a_short_form_is_to_the_policy_it_shortens(
    tmp_path: Path,
) -> None:
    # "The glaucoma scheme is sensible, but ..." names the expanded scheme by a short form:
    # the reaction is to that scheme, not to the article's plan
    G = _graph_of(tmp_path, ARTICLE_UNDER_FRAME)
    service = "policy:community-glaucoma-monitoring-scheme"
    assert ("person:anna-price", service) in _edges(G, "supported")
    assert ("person:anna-price", service) in _edges(G, "criticised")


ARTICLE_FUNDER_NEW_POLICY = """Trusts told to cut ambulance waits

Under the new Ambulance Release Standard, which starts in October, trusts will be expected \
to take over patients within 30 minutes, the Department of Health and Social Care said.

The department said the Urgent Care Plan would also cover mental health crises.
"""


def test_extract_a_public_funder_announces_the_new_policy_it_describes(tmp_path: Path) -> None:
    # "Under the new X, trusts will ..., the department said": a lexicon public funder's
    # new policy is its announcement; a policy it names without "new" is not
    G = _graph_of(tmp_path, ARTICLE_FUNDER_NEW_POLICY)
    assert _edges(G, "announced") == {
        ("body:department-of-health", "policy:ambulance-release-standard")
    }


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        (
            "Pharmacies will offer a new Children's Inhaler Check service from October.",
            "Children's Inhaler Check service",
        ),
        ("The council launched a Children's Oral Health Scheme.", "Children's Oral Health Scheme"),
        ("Campaigners welcomed the Women's Health Strategy.", "Women's Health Strategy"),
        # an owner's possessive is not part of the name
        ("The BMA's Contract Review was published.", "Contract Review"),
    ],
)
def test_extract_a_group_a_policy_serves_is_part_of_its_name(text: str, policy: str) -> None:
    # "Children's", "Women's": a capitalised irregular plural's possessive names whom the
    # policy serves, not who owns it
    assert [name for kind, name in _entities_of(text) if kind == "policy"] == [policy]


ARTICLE_EXPANSION_OF = """Pharmacies get new contract deal

Health minister Joe Harlow has announced the Community Pharmacy Settlement, worth £2bn over \
two years.

NHS England also announced an expansion of the Minor Ailments Service to cover ear infections.

The Patients Association welcomed the expansion of the Minor Ailments Service.
"""


def test_extract_an_expansion_of_a_policy_is_about_that_policy(tmp_path: Path) -> None:
    # "announced an expansion of X" expands X; "welcomed the expansion of X" supports X,
    # not the article's settlement
    G = _graph_of(tmp_path, ARTICLE_EXPANSION_OF)
    service = "policy:minor-ailments-service"
    assert ("body:nhs-england", service) in _edges(G, "expanded")
    assert ("body:nhs-england", service) not in _edges(G, "announced")
    assert _edges(G, "supported") == {("body:patients-association", service)}


ARTICLE_FEE = """Pharmacies to check children's inhalers

NHS England said pharmacies would offer a new Inhaler Technique Service from October.

NHS England will pay pharmacies £28 for each consultation.

The National Pharmacy Association said the Inhaler Technique Service was welcome, but that \
cuts to core funding meant a loss of £6,500 for every pharmacy.
"""


def test_extract_a_fee_is_paid_under_the_policy_named_last(tmp_path: Path) -> None:
    # "will pay pharmacies £28 for each consultation": a fee under the service named in
    # the paragraph before; "a loss of £6,500 for every pharmacy" pays for nothing
    G = _graph_of(tmp_path, ARTICLE_FEE)
    assert _funded(G) == {28.0: {"policy:inhaler-technique-service"}}


ARTICLE_RINGFENCED = """£20m boost for sexual health clinics

Public health minister Andrew Kinsella has announced an extra £20m for sexual health services.

The new money is ringfenced for a Clinic Access Fund, which councils can bid for.
"""


def test_extract_money_ringfenced_for_a_policy_pays_for_it(tmp_path: Path) -> None:
    # "the new money is ringfenced for X": the passive of a funding verb, with "the money"
    # the amount announced last
    G = _graph_of(tmp_path, ARTICLE_RINGFENCED)
    assert _funded(G) == {2e7: {"policy:clinic-access-fund"}}


ARTICLE_IT_NOT_PLURAL = """Practices to employ physios directly

NHS England has confirmed that individual practices, not just primary care networks (PCNs), \
can claim back the salaries of physiotherapists.

It is also putting £12m over two years into a Physio Training Fund.
"""


def test_extract_it_is_never_a_plural_kind_of_body(tmp_path: Path) -> None:
    # "It is also putting £12m into X": "it" is NHS England, not the primary care networks
    # named after it
    G = _graph_of(tmp_path, ARTICLE_IT_NOT_PLURAL)
    assert {u for u, _ in _edges(G, "provides")} == {"body:nhs-england"}


ARTICLE_RESERVATION_NAMES = """Pharmacy First to cover eye conditions

Health secretary Tom Ashby has announced that Pharmacy First will be expanded from October.

The National Pharmacy Association said it supported the Pharmacy First expansion \
wholeheartedly. But it said pharmacies had been left with no recovery plan, and that the \
Community Pharmacy Contractual Framework was no longer fit for purpose.
"""


def test_extract_a_reservation_naming_a_policy_is_about_that_policy(tmp_path: Path) -> None:
    # "X supported A. But it said B was no longer fit for purpose": the reservation is
    # about B, which it names, not A; a plan it says is missing ("no recovery plan") is
    # not what it criticises
    G = _graph_of(tmp_path, ARTICLE_RESERVATION_NAMES)
    npa = "body:national-pharmacy-association"
    assert {v for u, v in _edges(G, "criticised") if u == npa} == {
        "policy:community-pharmacy-contractual-framework"
    }


ARTICLE_DEPARTMENTS = """School hubs to open next year

Education secretary Julian Pryce said schools would not pay for the hubs, which the \
Department for Education will fund.

Pharmacy minister Jo Fairbairn said the Department of Health and Social Care would fund \
the nurses.
"""

ARTICLE_ONE_DEPARTMENT = """Pharmacies to offer contraception

Pharmacy minister Jo Fairbairn said the Department of Health and Social Care would fund \
the service.

Education secretary Julian Pryce said schools would tell pupils about it.
"""


def test_extract_a_ministers_role_is_at_the_department_the_article_names(
    tmp_path: Path,
) -> None:
    # "Education secretary NAME" works at the "Department for Education" the article names,
    # not at a body called "Education"; "Pharmacy minister NAME", with no department in
    # her title, at the one department the article names, but an education secretary
    # never at the health department
    roles = _edges(_graph_of(tmp_path / "two", ARTICLE_DEPARTMENTS), "holds_role")
    assert roles == {("person:julian-pryce", "body:department-for-education")}
    roles = _edges(_graph_of(tmp_path / "one", ARTICLE_ONE_DEPARTMENT), "holds_role")
    assert roles == {("person:jo-fairbairn", "body:department-of-health")}


ARTICLE_OFFICIALS_GRIM = """Trusts to call back urgent 111 patients within 30 minutes

NHS England has announced the Clinical Callback Standard for NHS 111 providers.

NHS England national director for urgent care Sarah Keddie said too many patients were still \
being harmed in failing services, and that the standard would reach every provider by 2027.
"""


def test_extract_a_funders_officials_grim_words_are_no_criticism(tmp_path: Path) -> None:
    # an NHS England director describing the problem her body's standard meets is not
    # criticising it, as the body itself would not be
    G = _graph_of(tmp_path, ARTICLE_OFFICIALS_GRIM)
    assert not _edges(G, "criticised")


ARTICLE_OFFICIALS_MONEY = """Pharmacy First to cover sore throats

NHS England has announced an expansion of Pharmacy First.

NHS England's chief pharmaceutical officer, Dr Rhiannon Baptiste, said a further £215m would \
be made available over the next two years.
"""


def test_extract_a_funders_official_announces_its_new_money(tmp_path: Path) -> None:
    # the official of a lexicon public funder commits its money, as the body would
    G = _graph_of(tmp_path, ARTICLE_OFFICIALS_MONEY)
    announced = {(u, G.nodes[v]["kind"]) for u, v in _edges(G, "announced")}
    assert ("person:rhiannon-baptiste", "funding") in announced


ARTICLE_CHAIN = """£20m for faster hip operations

Health minister Kate Lowe has announced £20m over two years for orthopaedic surgery hubs in the north of England, in a speech in Leeds on Monday.

The money will pay for the new Joint Recovery Programme, which aims to cut waiting times for hip and knee operations.

It builds on the acute fracture pathway, which NHS England introduced in 2022 for older patients after a fall.

The programme will open eight hubs by 2027 and treat 40,000 patients a year, officials said.

The British Orthopaedic Association said the plan would fail without more theatre nurses.
"""


def test_extract_the_plan_is_the_policy_referred_to_last_even_by_an_anaphor(
    tmp_path: Path,
) -> None:
    # "the programme" (the Joint Recovery Programme) was referred to after the pathway was
    # named: "the plan" that follows is the programme too, not the pathway
    criticised = _edges(_graph_of(tmp_path, ARTICLE_CHAIN), "criticised")
    boa = "body:british-orthopaedic-association"
    assert (boa, "policy:joint-recovery-programme") in criticised
    assert (boa, "policy:acute-fracture-pathway") not in criticised


ARTICLE_SHADOW = """Minister unveils £40m stroke recovery plan

Health minister Alan Ridge has unveiled the £40m Stroke Recovery Programme, which will fund rehabilitation teams in every region of England from April.

Shadow health minister Nadia Stone said the programme was a gimmick that would fail stroke survivors.

The Stroke Survivors Trust welcomed the plan, saying it would help thousands of families.

The Department of Health and Social Care said the first teams would be recruited this year.
"""


def test_extract_a_shadow_minister_is_no_minister_and_may_criticise(tmp_path: Path) -> None:
    # "Shadow health minister NAME": the opposition's spokesperson, not a minister of the
    # health department, so her words criticise the programme the minister announced
    G = _graph_of(tmp_path, ARTICLE_SHADOW)
    stone = G.nodes["person:nadia-stone"]
    assert stone["minister"] is False
    assert stone["roles"] == ["shadow health minister"]
    assert not any(
        d["kind"] == "holds_role" for _, _, d in G.out_edges("person:nadia-stone", data=True)
    )
    assert ("person:nadia-stone", "policy:stroke-recovery-programme") in _edges(G, "criticised")
    assert G.nodes["person:alan-ridge"]["minister"] is True


def _mentions_of(text: str) -> list[Mention]:
    """A sentence's mentions, with the statistical NER's entities as the pipeline gives them."""
    doc = load_nlp()(text)
    article = Article(
        id="a", path="a.txt", text=text, headline=None, body=[(0, len(text))], comments=[]
    )
    return extract_entities(Segment(article, "body", None, 0, doc), load_lexicon())


def _named_mentions(text: str) -> list[tuple[str, str | None]]:
    """(kind, name) of a sentence's mentions that have a name, in text order."""
    return [(m.kind, m.name) for m in _mentions_of(text) if m.name]


def _people_of(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(name, role, role body) of a sentence's people."""
    return [(m.name, m.role, m.role_body) for m in _mentions_of(text) if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a plural's possessive is a bare apostrophe
        ("The Liberal Democrats' health spokesperson, Jamie Rennie, said so.", "Liberal Democrats"),
        # a nation's branch of a known body holds the role, not the body
        (
            "The Scottish Conservatives' health spokesperson, Jamie Rennie, said so.",
            "Scottish Conservatives",
        ),
        ("Welsh Labour health spokesperson Jamie Rennie said so.", "Welsh Labour"),
    ],
)
def test_extract_a_role_at_a_plural_or_a_nations_branch(text: str, body: str) -> None:
    assert _people_of(text) == [("Jamie Rennie", "spokesperson", body)]


def test_extract_an_amount_before_a_policy_noun_names_no_policy() -> None:
    # "under £215m plan" (a headline, where the NER sees no money): the tokenizer leaves the
    # "m" of the amount before "plan", which is no name
    text = "Pharmacists to take on blood pressure and asthma reviews under £215m plan"
    assert [name for kind, name in _entities_of(text) if kind == "policy"] == []


ARTICLE_YEAR_NAME = """Ministers refresh clean air plan

Health minister Alan Ridge has announced that the Clean Air Strategy 2019 will be replaced next year, in a speech in Leeds on Monday.

He said the Clean Air Strategy had not done enough for children with asthma, and that the Vaccination Strategy for England would also be updated.
"""


def test_extract_a_year_or_nation_after_a_policy_name_is_part_of_its_written_name(
    tmp_path: Path,
) -> None:
    # "the Clean Air Strategy 2019", then "the Clean Air Strategy": one policy, written both
    # ways; "for England" is part of a name, not a place
    G = _graph_of(tmp_path, ARTICLE_YEAR_NAME)
    policies = {n: d for n, d in G.nodes(data=True) if d["kind"] == "policy"}
    air = [d for d in policies.values() if d["label"] == "Clean Air Strategy"]
    assert len(air) == 1
    assert "Clean Air Strategy 2019" in air[0]["aliases"]
    vaccination = [d for d in policies.values() if d["label"] == "Vaccination Strategy"]
    assert len(vaccination) == 1
    assert "Vaccination Strategy for England" in vaccination[0]["aliases"]
    assert "England" not in _labels(G, "place")


ARTICLE_PARTICIPLE = """£250m a year for care workers' pay

Health secretary Marcus Ellery, announcing the Social Care Workforce Fund to MPs on Wednesday, said it would be worth £250m in each of the next two years.

Councils will have to pass the full uplift on to the care providers they commission, officials said.
"""


def test_extract_name_comma_participle_is_the_names_act(tmp_path: Path) -> None:
    # "NAME, announcing the fund to MPs, said ...": the participle's subject is the name
    announced = _edges(_graph_of(tmp_path, ARTICLE_PARTICIPLE), "announced")
    assert ("person:marcus-ellery", "policy:social-care-workforce-fund") in announced


ARTICLE_ECHO = """£40m to speed up stroke rehabilitation

Health minister Alan Ridge has unveiled the £40m Stroke Recovery Programme, which will fund rehabilitation teams in every region of England from April.

The Stroke Survivors Trust welcomed the programme. Its chief executive, Maya Osei, said the teams would see 40,000 families a year in their own homes.

Dr Ben Hale, a stroke physician in Leeds, said the teams would see 40,000 families a year in their own homes.
"""


def test_extract_an_official_with_no_verdict_of_her_own_shares_her_bodys(tmp_path: Path) -> None:
    # "BODY welcomed X. Its chief executive, NAME, said ...": her words have no cue word, but
    # she speaks for the body that welcomed it in the same paragraph; the same words from
    # someone speaking for no body there are no stance
    supported = _edges(_graph_of(tmp_path, ARTICLE_ECHO), "supported")
    programme = "policy:stroke-recovery-programme"
    assert ("body:stroke-survivors-trust", programme) in supported
    assert ("person:maya-osei", programme) in supported
    assert ("person:ben-hale", programme) not in supported


@pytest.mark.parametrize(
    ("text", "policies"),
    [
        # a bill in lower case is a cost, not a law
        ("It will not touch the backlog maintenance bill, which has reached £13.8bn.", []),
        ("The Treasury will cover the drugs bill for the programme.", []),
        # in a name written in capitals it is a law, linking words and all
        (
            "The Tobacco and Vapes Bill will ban sales to anyone born after 2008.",
            ["Tobacco and Vapes Bill"],
        ),
        ("MPs voted for the Health and Care Bill last night.", ["Health and Care Bill"]),
    ],
)
def test_extract_a_bill_is_a_policy_only_in_a_capitalised_name(
    text: str, policies: list[str]
) -> None:
    named = [name for kind, name in _entities_of(text) if kind == "policy" and name]
    assert named == policies  # ("the programme" waits to be resolved: no name yet)


ARTICLE_HYPHEN_FUND = """£22m for same-day GP appointments

Health minister Alan Ridge has announced a £22m Same-Day Access Fund for GP practices in England, in a speech in Leeds on Monday.

The Same-Day Access Fund will run for two years from April, the Department of Health and Social Care said.
"""


def test_extract_a_hyphenated_fund_name_after_an_amount_is_a_name(tmp_path: Path) -> None:
    # "a £22m Same-Day Access Fund for GP practices": a name of its own (hyphen and all),
    # not a description that runs on to what the fund is for; one policy, named twice
    G = _graph_of(tmp_path, ARTICLE_HYPHEN_FUND)
    assert _labels(G, "policy") == {"Same-Day Access Fund"}


ARTICLE_GIVEN = """£22m to speed up GP appointments

Health minister Alan Ridge has announced a £22m Same-Day Access Fund for GP practices in England, in a speech in Leeds on Monday.

The Same-Day Access Fund will run for two years from April and is expected to give each practice around £18,000 to spend on telephony, the department said.

The Scottish Government said it would give its own Learning Disability Health Check Programme, launched in 2022, £4m a year from 2027.
"""


def test_extract_money_given_to_a_policy_or_by_one_pays_for_it(tmp_path: Path) -> None:
    # "The Fund ... is expected to give each practice £18,000": the subject of the clause
    # the verb hangs on; "give its own X Programme, launched in 2022, £4m": the object
    # before the amount
    funded = _funded(_graph_of(tmp_path, ARTICLE_GIVEN))
    assert "policy:same-day-access-fund" in funded[18000.0]
    assert "policy:learning-disability-health-check-programme" in funded[4000000.0]


def test_extract_a_name_in_capitals_of_generic_words_is_still_a_name() -> None:
    # "the NHS Health Check": every word before the head is one that names no policy on
    # its own ("NHS", "health"), but written in capitals, head and all, it is a name
    text = "The minister said the NHS Health Check, offered to adults aged 40 to 74, would grow."
    mentions = _mentions_of(text)
    assert [(m.kind, m.name) for m in mentions if m.name] == [("policy", "NHS Health Check")]


ARTICLE_ACCORDING = """Minister unveils £20m crisis scheme

Health minister Alan Ridge has unveiled the £20m Crisis Connect Programme, which will answer calls from people in mental health crisis from April.

'This programme is a gimmick that will fail patients,' according to Frances Dunmore, the Howard League's head of policy.

According to the Patients Association, the cut to the programme's budget is equivalent to a loss of £6,500 for every practice.
"""


def test_extract_a_quote_according_to_someone_is_theirs(tmp_path: Path) -> None:
    # "'QUOTE,' according to NAME": NAME speaks; a fronted "According to BODY, FACT" cites
    # the body for a fact, which is no stance
    critics = {u for u, _ in _edges(_graph_of(tmp_path, ARTICLE_ACCORDING), "criticised")}
    assert "person:frances-dunmore" in critics
    assert "body:patients-association" not in critics


def test_extract_a_group_a_ministers_title_serves_is_no_body() -> None:
    # "Women's health minister NAME": women are whom the office serves, not an organisation
    # that owns the title (as "Carers' director of policy, NAME" would be)
    text = "Women's health minister Joanna Latimer has announced a £95m Maternity Safety Fund."
    mentions = _mentions_of(text)
    assert not [m for m in mentions if m.kind == "body"]
    # the title's own body, the health department, stands
    assert [m.role_body for m in mentions if m.kind == "person"] == ["Department of Health"]


ARTICLE_DEVOLVED = """Welsh pharmacies get £12m uplift

Cabinet secretary for health and social care Huw Garland has announced a £12m uplift for community pharmacies in Wales, in a speech in Cardiff on Monday.

The Welsh Government said the money would be paid from April.
"""


def test_extract_a_minister_with_no_body_works_for_the_devolved_government_named(
    tmp_path: Path,
) -> None:
    # a devolved minister's title ("Cabinet secretary for health and social care") names no
    # body; the one government the article names, the Welsh Government, is hers
    G = _graph_of(tmp_path, ARTICLE_DEVOLVED)
    assert ("person:huw-garland", "body:welsh-government") in _edges(G, "holds_role")


ARTICLE_URGED = """£240m to rebuild GP surgeries

Primary care minister Tom Quayle announced the £240m GP Estates Renewal Fund during a visit to a surgery in Sunderland on Wednesday.

The Royal College of General Practitioners called the fund "a welcome start" and urged ministers to add £12,000 per practice in each of the next three years for minor works.
"""


def test_extract_money_a_body_urges_others_to_add_is_its_proposal(tmp_path: Path) -> None:
    # "urged ministers to add £12,000 per practice": the college asks for the money, it
    # does not pledge it, whatever else it has put forward in the sentence
    G = _graph_of(tmp_path, ARTICLE_URGED)
    rcgp = "body:rcgp"
    amounts = {v for u, v in _edges(G, "announced") if u == rcgp}
    assert not {v for v in amounts if G.nodes[v]["kind"] == "funding"}
    proposed = {v for u, v in _edges(G, "proposed") if u == rcgp}
    assert any(G.nodes[v].get("amount_gbp") == 12000 for v in proposed)


ARTICLE_SHARE = """£450m to cut ambulance handover delays

Health secretary Marcus Bellingham has announced a new Ambulance Handover Standard for hospitals in England, in a speech in Leeds on Monday.

Mr Bellingham also announced £450m over two years to support the standard, of which £300m will go to hospitals to open assessment areas.
"""


def test_extract_a_share_of_announced_money_is_not_announced_again(tmp_path: Path) -> None:
    # "announced £450m ..., of which £300m will go to hospitals": the whole is announced;
    # the share says where the money goes
    G = _graph_of(tmp_path, ARTICLE_SHARE)
    announced = {
        G.nodes[v].get("amount_gbp")
        for u, v in _edges(G, "announced")
        if u == "person:marcus-bellingham"
    }
    assert 450_000_000 in announced
    assert 300_000_000 not in announced


@pytest.mark.parametrize(
    ("text", "policies"),
    [
        # a register, an investigation, an inquiry, directions: a policy only in a name
        # written in capitals
        (
            "Ministers floated an Associate Roles Register held by the regulator.",
            ["Associate Roles Register"],
        ),
        (
            "The National Maternity Investigation reported in January.",
            ["National Maternity Investigation"],
        ),
        ("The investigation found that the register was out of date.", []),
    ],
)
def test_extract_a_register_or_an_investigation_is_a_policy_only_by_name(
    text: str, policies: list[str]
) -> None:
    assert [m.name for m in _mentions_of(text) if m.kind == "policy" and m.name] == policies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's possessive before a capitalised name is the policy's owner
        (
            "The network forms part of NHS England's Mental Health Urgent Care Plan.",
            [("body", "NHS England"), ("policy", "Mental Health Urgent Care Plan")],
        ),
        # ... but a group the policy serves is part of its name
        (
            "Ministers launched the Children's Oral Health Scheme in May.",
            [("policy", "Children's Oral Health Scheme")],
        ),
    ],
)
def test_extract_a_bodys_possessive_owns_the_capitalised_policy_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _named_mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        (
            "The Welsh Government said it would extend its Every Child Protected scheme.",
            "Every Child Protected scheme",
        ),
        ("The authority will extend its A Bed Every Night scheme.", "A Bed Every Night"),
    ],
)
def test_extract_a_capitalised_determiner_inside_a_sentence_opens_a_name(
    text: str, policy: str
) -> None:
    assert policy in [m.name for m in _mentions_of(text) if m.kind == "policy"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a noun of organisations before a name joined by a linking word
        ("Campaign group Patients for Dentistry backed the contract.", "Patients for Dentistry"),
        (
            "Patient safety charity Action against Medical Accidents welcomed the reforms.",
            "Action against Medical Accidents",
        ),
        # a sentence's first word joined to the name by a linking word is part of it
        (
            "Parents for Immunisation, a patient group set up by mothers, welcomed the fund.",
            "Parents for Immunisation",
        ),
    ],
)
def test_extract_a_bodys_name_runs_over_its_linking_words(text: str, body: str) -> None:
    assert body in [m.name for m in _mentions_of(text) if m.kind == "body"]


def test_extract_an_organisations_name_is_no_policy_whatever_its_last_word() -> None:
    # "Centre for ... Policy": the opening words make it an organisation
    text = "The analysis, by the Centre for Health and Public Policy (CHPP), found a rise."
    found = _named_mentions(text)
    assert found == [("body", "Centre for Health and Public Policy")]


def test_extract_two_policy_nouns_joined_in_one_capitalised_name_are_one_policy() -> None:
    text = "It came from the Local Stop Smoking Services and Support Grant."
    policies = [m.name for m in _mentions_of(text) if m.kind == "policy"]
    assert policies == ["Local Stop Smoking Services and Support Grant"]


def test_extract_a_policy_name_before_a_role_is_no_person() -> None:
    text = (
        "The dental contract is to be replaced by a new Dental Access and Prevention "
        "Contract, health secretary Helen Marchbank announced yesterday."
    )
    assert _people_of(text) == [("Helen Marchbank", "health secretary", "Department of Health")]


ARTICLE_REPORT_LAST = """New dental contract from 2027

The dental contract is to be replaced from April 2027 by a new Dental Access and Prevention Contract, health secretary Helen Marchbank announced yesterday.

The British Dental Association said it would study the detail.
"""


def test_extract_a_report_ending_the_sentence_reports_what_came_before(tmp_path: Path) -> None:
    # "X will be replaced by Y, NAME announced yesterday": the parse may hang the verb on Y
    announced = _edges(_graph_of(tmp_path, ARTICLE_REPORT_LAST), "announced")
    assert ("person:helen-marchbank", "policy:dental-access-and-prevention-contract") in announced


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        # a name after a policy noun, set off by commas
        (
            "A video triage service for ambulance crews, Stroke Link, will also be rolled out.",
            "Stroke Link",
        ),
        (
            "NHS England also announced a £3m advertising campaign, Protect Them Twice, "
            "aimed at parents.",
            "Protect Them Twice",
        ),
        # the policy noun may itself be the object of a preposition
        ("The money pays for a new service, Stroke Link, which runs it.", "Stroke Link"),
        # an organisation's kind of name, when announced in plans, is a policy's
        (
            "NHS England has unveiled plans for a National Stroke Care Network (NSCN) "
            "linking every stroke unit.",
            "National Stroke Care Network",
        ),
    ],
)
def test_extract_a_name_a_policy_noun_or_announced_plans_introduce_is_a_policy(
    text: str, policy: str
) -> None:
    found = [(m.kind, m.name) for m in _mentions_of(text)]
    assert ("policy", policy) in found
    assert ("body", policy) not in found


def test_extract_a_known_body_set_off_after_a_policy_noun_stays_a_body() -> None:
    # "a new service, NHS England, ...": the name between the commas is the body's
    found = _named_mentions("The money pays for a new service, NHS England, which runs it.")
    assert ("body", "NHS England") in found
    assert ("policy", "NHS England") not in found


ARTICLE_TITLE_FIRST = """Whistleblowing overhaul: independent guardians for nurses

Nurses who raise concerns will be able to go to an independent guardian from next year, after the health and social care secretary announced an overhaul of the whistleblowing system.

In a statement to MPs on Monday, Daniel Okafor said the old guardian network had lost the confidence of staff.

Mr Okafor said the Department of Health and Social Care would provide £18m a year for a new Independent Speaking Up Service.

Jo Bright, a ward sister in Leeds, said she would believe it when she saw it.
"""


def test_extract_a_ministers_title_before_an_untitled_name_is_that_persons(
    tmp_path: Path,
) -> None:
    # the lede gives the office, the next paragraph the name: he is the minister, and
    # announces the new money; the next untitled person named is not
    G = _graph_of(tmp_path, ARTICLE_TITLE_FIRST)
    okafor = G.nodes["person:daniel-okafor"]
    assert okafor["minister"] is True
    assert okafor["roles"] == ["health and social care secretary"]
    assert G.nodes["person:jo-bright"]["minister"] is False
    assert ("person:daniel-okafor", "funding:18000000-a-year") in _edges(G, "announced")


ARTICLE_ADD_MONEY = """New dental contract from 2027

Health secretary Helen Marchbank has announced a new Dental Access and Prevention Contract for England, to start in April 2027.

The Department of Health and Social Care said it would add an extra £400m a year to the dental budget once the contract was in place.

The British Dental Association urged ministers to add £12,000 per practice for new surgeries. Its chair added that the contract was a start.
"""


def test_extract_adding_money_provides_it_unless_someone_urges_it(tmp_path: Path) -> None:
    G = _graph_of(tmp_path, ARTICLE_ADD_MONEY)
    provides = _edges(G, "provides")
    assert ("body:department-of-health", "funding:400000000-a-year") in provides
    assert not any(target == "funding:12000-d" for _, target in provides)


ARTICLE_VERDICT_WORDS = """Minister unveils the Rural Pharmacy Fund

Pharmacy minister Ken Ashe unveiled the Rural Pharmacy Fund in York today, with £3m for pharmacies in villages across England.

Jo Bell, chair of the Village Patients Forum, said the fund could be a game changer for villages.

Dr Sam Hale, a GP in Dunmore, said the fund would make a real difference to his patients.

Amy Ross, a pharmacist in Dunmore, said the fund made sense for remote areas.

Tom Reed, of the Pharmacists' Defence Union, said the fund's two staff would be swamped within weeks.

Ann Lowe, of the Rural Practices Alliance, called it an expensive distraction.
"""


def test_extract_everyday_verdict_words_give_a_stance(tmp_path: Path) -> None:
    # "a game changer", "make a real difference", "made sense" praise; "swamped" and
    # "expensive" find fault
    G = _graph_of(tmp_path, ARTICLE_VERDICT_WORDS)
    fund = "policy:rural-pharmacy-fund"
    backers = {u for u, v in _edges(G, "supported") if v == fund}
    critics = {u for u, v in _edges(G, "criticised") if v == fund}
    assert {"person:jo-bell", "person:sam-hale", "person:amy-ross"} <= backers
    assert {"person:tom-reed", "person:ann-lowe"} <= critics


ARTICLE_PLURAL_PLANS = """£85m for a national stroke network

NHS England has unveiled plans for a National Stroke Care Network linking every stroke unit in England, backed by £85m over four years.

The network builds on the NHS Long Term Plan, which promised faster stroke treatment.

The Stroke Association welcomed the plans but said rehabilitation had been left out.
"""


def test_extract_the_plans_are_the_measures_announced_not_a_plan_named_in_passing(
    tmp_path: Path,
) -> None:
    supported = _edges(_graph_of(tmp_path, ARTICLE_PLURAL_PLANS), "supported")
    assert ("body:stroke-association", "policy:national-stroke-care-network") in supported
    assert ("body:stroke-association", "policy:nhs-long-term-plan") not in supported


ARTICLE_SET_ASIDE = """Minister unveils the Rural Pharmacy Fund

Pharmacy minister Ken Ashe unveiled the Rural Pharmacy Fund in York today, with £3m for pharmacies in villages across England.

Jo Bell, chair of the Village Patients Forum, said pharmacists should see the fund as a tool rather than a threat.

Dr Sam Hale, a GP in Dunmore, said: 'For too long villages have had to wait for the fund.'

Amy Ross, a pharmacist in Dunmore, said the fund leaves out the smallest branches.

Tom Reed, of the Pharmacists' Defence Union, said the fund would punish branches that had stayed open.
"""


def test_extract_words_set_aside_or_about_the_past_are_no_verdict_on_the_policy(
    tmp_path: Path,
) -> None:
    # "rather than a threat" sets the threat aside; "for too long" judges the past; "leaves
    # out" and "punish" find fault
    G = _graph_of(tmp_path, ARTICLE_SET_ASIDE)
    fund = "policy:rural-pharmacy-fund"
    critics = {u for u, v in _edges(G, "criticised") if v == fund}
    assert "person:jo-bell" not in critics
    assert "person:sam-hale" not in critics
    assert {"person:amy-ross", "person:tom-reed"} <= critics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a policy noun inside an organisation's name
        (
            "The Chartered Trading Standards Institute backed the scheme.",
            [("body", "Chartered Trading Standards Institute")],
        ),
        # a pathfinder is a programme
        (
            "The two-year Fit for Work Pathfinder will place 300 coaches in practices.",
            [("policy", "Fit for Work Pathfinder")],
        ),
        # an indefinite policy noun that someone launches is a policy ...
        (
            "Care minister Derek Fairlie has launched a national care workforce pathway.",
            [("person", "Derek Fairlie"), ("policy", "care workforce pathway")],
        ),
        # ... but not one that a policy brings in with it
        (
            "The DHSC said the guarantee, which also introduces a national career pathway, "
            "will be paid for from its budget.",
            [("body", "Department of Health")],
        ),
    ],
)
def test_extract_policy_nouns_in_organisations_pathfinders_and_launched_pathways(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _named_mentions(text) == expected


def test_extract_a_local_nhs_body_named_for_a_place_with_of() -> None:
    text = "NHS Cornwall and Isles of Scilly Integrated Care Board said spending had fallen."
    found = _named_mentions(text)
    assert found == [("body", "NHS Cornwall and Isles of Scilly Integrated Care Board")]


ARTICLE_FAULT_WORDS = """Minister unveils the Rural Pharmacy Fund

Pharmacy minister Ken Ashe unveiled the Rural Pharmacy Fund in York today, with £3m for pharmacies in villages across England.

Jo Bell, chair of the Village Patients Forum, said the fund was a blunt instrument.

Dr Sam Hale, a GP in Dunmore, said the sum was modest for so many villages.

Amy Ross, a pharmacist in Dunmore, said the fund had forgotten the smallest branches.
"""


def test_extract_blunt_modest_and_forgotten_find_fault(tmp_path: Path) -> None:
    G = _graph_of(tmp_path, ARTICLE_FAULT_WORDS)
    critics = {u for u, v in _edges(G, "criticised") if v == "policy:rural-pharmacy-fund"}
    assert {"person:jo-bell", "person:sam-hale", "person:amy-ross"} <= critics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ROLE for PORTFOLIO NAME: the portfolio is no body, the last two words a name
        (
            "Cabinet Secretary for Health and Wellbeing Morag Lennie told the Senedd on Tuesday.",
            [("Morag Lennie", "cabinet secretary", None)],
        ),
        (
            "Minister for Rural Care Tomos Rhys said the scheme would grow.",
            [("Tomos Rhys", "minister", None)],
        ),
        # a title's portfolio with no name after it names no one
        (
            "The Minister for Health and Social Care said the scheme would grow.",
            [(None, "minister", None)],
        ),
    ],
)
def test_extract_a_minister_titled_by_a_capitalised_portfolio(
    text: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _people_of(text) == expected  # the Senedd told is no place of work of hers
    assert {name for kind, name in _named_mentions(text) if kind == "body"} <= {"Senedd"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statute's jurisdiction in brackets is a word of its name
        (
            "Section 4 of the Nurse Safe Staffing Levels (Wales) Act 2018, which covers wards, "
            "will apply.",
            [("policy", "Nurse Safe Staffing Levels (Wales) Act")],
        ),
        (
            "Under the changes, the Home Care Service (Scotland) Bill would create a board.",
            [("policy", "Home Care Service (Scotland) Bill")],
        ),
        # "own" and a quoted determiner name nothing
        (
            "The trust set its own 45-minute handover standard.",
            [("policy", "45-minute handover standard")],
        ),
        ('The trust said it had "no plans" to change its rotas.', []),
        # a name quoted before a policy noun is all of the name
        (
            "It is the centrepiece of a “release to respond” protocol, under which crews leave.",
            [("policy", "release to respond protocol")],
        ),
        # an amount before a capitalised name is its money
        (
            "Health minister Karen Ashby has launched a £30m Stroke Recovery Pathway to "
            "train community teams.",
            [("policy", "Stroke Recovery Pathway")],
        ),
        # an unclosed bracket the NER ran into ends the name
        (
            "The DHSC also said the Dispensing Access Scheme (DiAS), which tops up payments to "
            "isolated pharmacies, would be extended.",
            [("policy", "Dispensing Access Scheme")],
        ),
    ],
)
def test_extract_statute_names_quoted_names_and_words_that_name_nothing(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(k, n) for k, n in _named_mentions(text) if k == "policy"] == expected


def test_extract_initials_in_brackets_join_a_name_the_ner_splits() -> None:
    text = "It gave Skills Education and Improvement Cymru (SEIC) £9m for training places."
    found = [(k, n) for k, n in _named_mentions(text) if k == "body"]
    assert found == [("body", "Skills Education and Improvement Cymru")]


def test_extract_a_nation_branch_short_form_in_brackets_is_its_acronym() -> None:
    text = "The Royal College of Nursing Wales (RCN Wales) welcomed the law."
    first = next(m for m in _mentions_of(text) if m.kind == "body")
    assert (first.name, first.attrs.get("acronym")) == (
        "Royal College of Nursing Wales",
        "RCN Wales",
    )


ARTICLE_DEVOLVED_GOVERNMENT = """Scottish Government publishes home care bill

The Scottish Government has published its Home Care Improvement Bill, which would set national standards for care at home.

The government said it would set aside £40m over three years to implement the bill.

Care Scotland chief executive Ailsa Ross said the bill was welcome.
"""


def test_extract_the_government_in_a_story_on_a_devolved_government(tmp_path: Path) -> None:
    G = _graph_of(tmp_path, ARTICLE_DEVOLVED_GOVERNMENT)
    gov = "body:scottish-government"
    assert G.nodes[gov]["label"] == "Scottish Government"
    assert "body:government" not in G
    assert any(
        u == gov and d["kind"] == "announced" and G.nodes[v]["kind"] == "funding"
        for u, v, d in G.edges(data=True)
    )


ARTICLE_UK_GOVERNMENT = """Minister sets out care plan

Care minister Jo Vale set out the Home Care Improvement Plan today, which would set national standards for care at home in England.

In Scotland, the Scottish Government has its own scheme for care at home, published last year.

The government said it would set aside £40m over three years to put the plan into practice.
"""


def test_extract_the_government_stays_the_uks_where_a_uk_minister_comes_first(
    tmp_path: Path,
) -> None:
    G = _graph_of(tmp_path, ARTICLE_UK_GOVERNMENT)
    assert "body:government" in G


ARTICLE_LEDE_AMOUNT = """GP practices to offer hearing checks under £20m pilot

Practices in three areas will start hearing checks from May under a £20m pilot, a health minister has announced.

Health minister Karen Ashby said the Community Hearing Pathway would bring tests closer to home.

The announcement follows NHS England's audiology services review, published in January. The review found waits of up to a year. The review also called for more audiologists, and the review's authors urged faster referrals.

Dr Ben Carr, a GP in Leeds, said the pilot was underfunded and unworkable.
"""


def test_extract_the_lede_amount_stands_for_the_policy_the_next_paragraph_names(
    tmp_path: Path,
) -> None:
    G = _graph_of(tmp_path, ARTICLE_LEDE_AMOUNT)
    criticised = _edges(G, "criticised")
    assert ("person:ben-carr", "policy:community-hearing-pathway") in criticised


ARTICLE_REPORTED_PLAN = """Emergency grant for hospices

Hospices in England are to receive a one-off £30m grant to help them cope with rising costs.

The Hospice Winter Support Grant will be paid through integrated care boards to hospices according to their beds, the Department of Health and Social Care said on Monday.

Hospice leaders said the grant was welcome.
"""


def test_extract_a_department_reporting_what_a_new_policy_will_do_announces_it(
    tmp_path: Path,
) -> None:
    G = _graph_of(tmp_path, ARTICLE_REPORTED_PLAN)
    assert ("body:department-of-health", "policy:hospice-winter-support-grant") in _edges(
        G, "announced"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Campaign group Mothers Matter, set up by parents, said the plan fell short.",
        "The patient group Kidney Matters said the plan fell short.",
    ],
)
def test_extract_a_group_before_a_name_makes_a_body_even_where_the_ner_sees_a_person(
    text: str,
) -> None:
    assert [kind for kind, _ in _named_mentions(text)] == ["body"]


ARTICLE_MIXED_AND_OWN = """Minister opens 40 new children's beds

Health minister Jo Vale has opened 40 new beds under the Young Minds Inpatient Programme, which will add places in six regions.

The Royal College of Nurses in Mental Health said the 40 beds were "welcome but nowhere near enough" and proposed a dedicated Children's Mental Health Staffing Plan.

Its chair, Dr Sam Hale, said: 'Support without a bed is welcome, but not if children are then sent hundreds of miles away.'
"""


def test_extract_a_verdict_beside_a_proposal_and_without_in_its_own_phrase(
    tmp_path: Path,
) -> None:
    # what the speaker proposes in the same sentence is not what she judges; "without"
    # negates only the phrase it governs ("support without a bed is welcome")
    G = _graph_of(tmp_path, ARTICLE_MIXED_AND_OWN)
    programme = "policy:young-minds-inpatient-programme"
    college = "body:royal-college-of-nurses-in-mental-health"
    assert (college, programme) in _edges(G, "supported")
    assert (college, programme) in _edges(G, "criticised")
    assert ("person:sam-hale", programme) in _edges(G, "supported")


ARTICLE_FUNDER_ANNOUNCES = """NHS England unveils stroke rehabilitation fund

NHS England has announced £40m over two years to expand community stroke rehabilitation in England.

The money will pay for therapists to visit patients at home in the weeks after they leave hospital, with the first teams in place by the spring.
"""


def test_extract_money_a_public_funder_announces_it_provides(tmp_path: Path) -> None:
    G = _graph_of(tmp_path, ARTICLE_FUNDER_ANNOUNCES)
    provided = {(u, G.nodes[v]["amount_gbp"]) for u, v in _edges(G, "provides")}
    assert ("body:nhs-england", 40_000_000) in provided


ARTICLE_FUNDED_BY = """Minister launches stroke recovery pathway

Health minister Karen Ashby has launched a £30m Stroke Recovery Pathway to train community teams in England.

The pathway, funded by the Department of Health and Social Care and NHS England, will run in five regions from April.
"""


def test_extract_agents_of_funded_provide_the_described_policys_money(tmp_path: Path) -> None:
    G = _graph_of(tmp_path, ARTICLE_FUNDED_BY)
    providers = {u for u, _ in _edges(G, "provides")}
    assert {"body:department-of-health", "body:nhs-england"} <= providers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of the" inside an NHS trust's name
        (
            "A spokesperson for University Hospitals of the Northfield Coast NHS Foundation "
            "Trust said beds were full.",
            ["University Hospitals of the Northfield Coast NHS Foundation Trust"],
        ),
        # a committee named for a list of subjects
        (
            "The Assembly's Health, Housing and Sport Committee said it could not back the bill.",
            ["Health, Housing and Sport Committee"],
        ),
        # the devolved parliaments and public bodies are known bodies
        ("The minister told the Senedd that Llais had been consulted.", ["Senedd", "Llais"]),
        # national bodies whose last word is a policy noun
        (
            "NHS Property Services and the Scottish Ambulance Service said costs would rise.",
            ["NHS Property Services", "Scottish Ambulance Service"],
        ),
    ],
)
def test_extract_trust_names_with_of_the_listed_committees_and_devolved_bodies(
    text: str, expected: list[str]
) -> None:
    assert [n for k, n in _named_mentions(text) if k == "body"] == expected


ARTICLE_NOT_A_PLAN = """Practices to get £240m for same-day appointments

Health minister Karen Hollis has announced £240m over two years for practices in England, under the Rapid Access Guarantee that every patient with an urgent problem must be seen the same day.

Ms Hollis said the £240m would pay for extra clinical staff, and that the Rapid Access Guarantee would start in April.

The £240m will be shared between practices by list size, she said, and the £240m comes from existing budgets.

Practices that fall short could be paid less under the Quality and Outcomes Framework, she said.

Dr Fiona Mack, who chairs a local medical committee, said: "This is a political slogan, not a workforce plan."

The Royal College of Rural Doctors gave the plan a cautious welcome.
"""


def test_extract_a_plan_denied_is_none_and_the_plan_is_the_main_policy(tmp_path: Path) -> None:
    # "not a workforce plan" names no policy; "the plan", with no plan named, is the
    # policy the article names most, not the one named last
    G = _graph_of(tmp_path, ARTICLE_NOT_A_PLAN)
    assert not [n for n in _labels(G, "policy") if "workforce" in n.lower()]
    college = "body:royal-college-of-rural-doctors"
    assert (college, "policy:rapid-access-guarantee") in _edges(G, "supported")


def test_extract_a_capitalised_name_welcomed_or_criticised_is_a_policy() -> None:
    text = "Community Pharmacy England welcomed the Repeat Order Tracker but said it was late."
    assert ("policy", "Repeat Order Tracker") in _named_mentions(text)


def test_extract_a_role_after_a_body_and_its_bracketed_acronym() -> None:
    text = "Dr Helen Marsh, the British Medical Association (BMA)'s GP lead, said it was late."
    assert _people_of(text) == [("Helen Marsh", "lead", "BMA")]


def test_extract_a_role_of_a_body_named_within_another_is_at_the_inner_one() -> None:
    text = "Dr Tom Fenn, chair of the Commons Housing and Local Services Committee, said so."
    assert _people_of(text) == [("Tom Fenn", "chair", "Housing and Local Services Committee")]
