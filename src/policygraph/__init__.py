"""policygraph: turn news articles about public policy into a knowledge graph.

Data flows one way: :mod:`.articles` (read and split) -> :mod:`.extract` (spaCy and the
extractors) -> :mod:`.resolve` (which mentions are one entity) -> :mod:`.graph` (the
networkx graph) -> :mod:`.exporters` (JSON, RDF, HTML).
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
