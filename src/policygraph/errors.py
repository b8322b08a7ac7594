"""The exceptions policygraph raises, each with a message that says how to fix the problem.

The CLI turns any :class:`PolicygraphError` into one line on standard error and a non-zero
exit status; library users catch the class they care about.
"""

from __future__ import annotations

__all__ = [
    "PolicygraphError",
    "ArticleError",
    "MetadataError",
    "CorpusError",
    "GraphFileError",
    "GoldError",
    "QueryError",
    "RDFFileError",
    "EndpointError",
    "PipelineError",
]


class PolicygraphError(Exception):
    """Base class: a problem the user can fix, described in one line."""

    exit_code = 1

    def __init__(self, where: str | None, problem: str, fix: str | None = None) -> None:
        self.where = where
        self.problem = problem
        self.fix = fix
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [f"{self.where}: {self.problem}" if self.where else self.problem]
        if self.fix:
            parts.append(self.fix)
        return " - ".join(parts)


class ArticleError(PolicygraphError):
    """An article file is empty, binary, not UTF-8 or unreadable."""


class MetadataError(PolicygraphError):
    """``articles.yaml`` is malformed."""


class CorpusError(PolicygraphError):
    """The corpus folder is missing or holds no articles."""


class GraphFileError(PolicygraphError):
    """A ``graph.json`` file is missing or not a policygraph graph."""


class GoldError(PolicygraphError):
    """A gold annotation file is malformed."""


class QueryError(PolicygraphError):
    """A SPARQL query is malformed, or a named query is unknown."""


class RDFFileError(PolicygraphError):
    """A file is not RDF in a format policygraph reads."""


class EndpointError(PolicygraphError):
    """A SPARQL endpoint is unreachable or refuses the request."""


class PipelineError(PolicygraphError):
    """The spaCy pipeline named in the settings cannot be loaded."""
