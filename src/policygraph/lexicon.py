"""The domain lexicon (``data/lexicon.yaml``), loaded into plain, typed data.

The lexicon is documented data: see the comments in the YAML file. A user adapts
policygraph to another field by passing their own file with ``--lexicon``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import MetadataError

__all__ = ["Body", "Role", "Lexicon", "load_lexicon", "DEFAULT_LEXICON"]

DEFAULT_LEXICON = "data/lexicon.yaml"


@dataclass(frozen=True)
class Body:
    name: str
    aliases: tuple[str, ...]
    government: bool = False
    media: bool = False
    #: a kind of body ("CCGs"): a name before it makes a specific one ("Tower Hamlets CCG")
    kind: bool = False
    #: a whole system ("the NHS", "the government"): a body only where it acts, as the
    #: subject or agent of a verb, not where it qualifies a noun ("NHS dentist")
    system: bool = False
    #: the nation a government governs ("Wales"): "Wales's health minister" is its minister
    nation: str | None = None
    #: a public body that allocates the health service's money ("NHS England"): what it
    #: says it will pay is a pledge, as a government department's is
    funder: bool = False
    #: a public body that judges policy ("National Audit Office"), not one that runs it
    scrutiny: bool = False


@dataclass(frozen=True)
class Role:
    title: str
    minister: bool
    body: str | None
    #: the one office several titles name ("health and social care secretary" and
    #: "secretary of state for health" are the health secretary's); None: the title itself
    office: str | None = None


@dataclass(frozen=True)
class Lexicon:
    """Everything the rules know in advance; see ``data/lexicon.yaml``."""

    bodies: tuple[Body, ...]
    body_heads: frozenset[str]
    roles: tuple[Role, ...]
    honorifics: frozenset[str]
    generic_policy_heads: frozenset[str]
    specific_policy_heads: frozenset[str]
    policy_generic_modifiers: frozenset[str]
    policies: tuple[tuple[str, tuple[str, ...]], ...]
    relation_verbs: dict[str, frozenset[str]]
    speech_verbs: frozenset[str]
    criticism_cues: frozenset[str]
    support_cues: frozenset[str]
    digest: str  # hash of the file's content, so caches notice a changed lexicon
    valence_neutral: frozenset[str] = frozenset()  # subject words, not verdicts
    remedy_verbs: frozenset[str] = frozenset()  # "end the lottery": a cue put right
    #: heads that are everyday nouns too: a policy only with a marked (hyphenated, quoted
    #: or capitalised) modifier ("one-stop shop", not "vape shops")
    weak_policy_heads: frozenset[str] = frozenset()
    #: heads that make a policy only in a name written in capitals, the head included
    #: ("the Dental Access Promise"; not "a promise")
    named_policy_heads: frozenset[str] = frozenset()

    @property
    def policy_heads(self) -> frozenset[str]:
        return self.generic_policy_heads | self.specific_policy_heads

    @cached_property
    def _roles_by_title(self) -> dict[str, Role]:
        """Roles by lower-cased title, worked out once per lexicon: titles are looked up
        for every person mention and every bare title in resolution."""
        by_title: dict[str, Role] = {}
        for r in self.roles:
            by_title.setdefault(r.title.lower(), r)  # the first listed wins, as before
        return by_title

    def role(self, title: str) -> Role | None:
        return self._roles_by_title.get(title.lower())

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Lower-cased words of the job titles ("health", "care", "secretary"): words of a
        minister's portfolio, which no person's name is made of."""
        return frozenset(w for r in self.roles for w in r.title.lower().split())

    def office(self, title: str) -> str:
        """The office a title names: "health and social care secretary" is the health
        secretary; a title the lexicon gives no office is its own."""
        role = self.role(title)
        return role.office if role is not None and role.office else title.lower()

    def government_of(self, nation: str) -> str | None:
        """The government of a nation named in the lexicon ("Wales" -> "Welsh Government")."""
        return next((b.name for b in self.bodies if b.nation == nation), None)

    @cached_property
    def public_funders(self) -> frozenset[str]:
        """Names and aliases of the bodies whose word on future money is a pledge: the
        government departments and `funder`s, not the `scrutiny` bodies (worked out once
        per lexicon, not per article)."""
        return frozenset(
            n
            for b in self.bodies
            if (b.government or b.funder) and not b.scrutiny
            for n in (b.name, *b.aliases)
        )

    @cached_property
    def devolved_governments(self) -> frozenset[str]:
        """Names of the governments of nations ("Welsh Government"), worked out once per
        lexicon."""
        return frozenset(b.name for b in self.bodies if b.nation)

    def body_by_alias(self) -> dict[str, str]:
        """Map every body name and alias to its canonical name."""
        out: dict[str, str] = {}
        for b in self.bodies:
            out[b.name] = b.name
            for a in b.aliases:
                out[a] = b.name
        return out


def _words(items: Any) -> frozenset[str]:
    return frozenset(str(x) for x in items or ())


def _lower_words(items: Any) -> frozenset[str]:
    return frozenset(str(x).lower() for x in items or ())


def _with_shadow_roles(roles: Iterable[Role]) -> tuple[Role, ...]:
    """The roles, plus "shadow TITLE" for each minister's title, longest title first.

    In Westminster usage a shadow minister ("Shadow health minister NAME") is the
    opposition's spokesperson for that office: no minister, and of no body unless the
    text names one ("Labour's shadow health secretary"), since which party is in
    opposition changes with elections.
    """
    given = list(roles)
    titles = {r.title.lower() for r in given}
    shadows = [
        Role(f"shadow {r.title}", False, None)
        for r in given
        if r.minister and f"shadow {r.title.lower()}" not in titles
    ]
    return tuple(sorted(given + shadows, key=lambda r: -len(r.title)))


def _parse(data: Any, where: str, digest: str) -> Lexicon:
    try:
        return Lexicon(
            bodies=tuple(
                Body(
                    name=str(b["name"]),
                    aliases=tuple(str(a) for a in b.get("aliases") or ()),
                    government=bool(b.get("government", False)),
                    media=bool(b.get("media", False)),
                    kind=bool(b.get("kind", False)),
                    system=bool(b.get("system", False)),
                    nation=str(b["nation"]) if b.get("nation") else None,
                    funder=bool(b.get("funder", False)),
                    scrutiny=bool(b.get("scrutiny", False)),
                )
                for b in data["bodies"]
            ),
            body_heads=_words(data["body_heads"]),
            roles=_with_shadow_roles(
                Role(
                    str(r["title"]),
                    bool(r.get("minister", False)),
                    r.get("body"),
                    str(r["office"]) if r.get("office") else None,
                )
                for r in data["roles"]
            ),
            honorifics=_words(data["honorifics"]),
            generic_policy_heads=_words(data["policy_heads"]["generic"]),
            specific_policy_heads=_words(data["policy_heads"]["specific"]),
            weak_policy_heads=_lower_words(data["policy_heads"].get("weak")),
            named_policy_heads=_lower_words(data["policy_heads"].get("named")),
            policy_generic_modifiers=_lower_words(data["policy_generic_modifiers"]),
            policies=tuple(
                (str(p["name"]), tuple(str(a) for a in p.get("aliases") or ()))
                for p in data["policies"]
            ),
            relation_verbs={k: _words(v) for k, v in data["relation_verbs"].items()},
            speech_verbs=_words(data["speech_verbs"]),
            criticism_cues=_lower_words(data["stance_cues"]["criticism"]),
            support_cues=_lower_words(data["stance_cues"]["support"]),
            digest=digest,
            remedy_verbs=_lower_words(data["stance_cues"].get("remedy")),
            valence_neutral=_lower_words(data["stance_cues"].get("neutral")),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise MetadataError(
            where, f"is not a policygraph lexicon (missing or malformed {exc})", "see its comments"
        ) from exc


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Load the shipped lexicon, or the YAML file at ``path``."""
    if path is None:
        text = resources.files("policygraph").joinpath(DEFAULT_LEXICON).read_text("utf-8")
        where = DEFAULT_LEXICON
    else:
        where = path
        try:
            text = Path(path).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise MetadataError(path, f"cannot be read ({exc})", "check the path") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise MetadataError(where, "is not valid YAML", "fix its syntax") from exc
    if not isinstance(data, dict):
        raise MetadataError(where, "is not a policygraph lexicon", "see data/lexicon.yaml")
    return _parse(data, where, hashlib.sha256(text.encode()).hexdigest()[:16])
