"""newsgraph: news articles -> structured, verifiable data.

    >>> import newsgraph
    >>> analysis = newsgraph.analyze(open("article.txt").read())
    >>> [e.name for e in analysis.entities]
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["analyze", "Analysis", "to_json", "__version__"]


def __getattr__(name):  # keep `import newsgraph` light: spaCy loads on first use
    if name == "analyze":
        from newsgraph.pipeline import analyze

        return analyze
    if name in {"Analysis", "to_json"}:
        from newsgraph import records

        return getattr(records, name)
    raise AttributeError(name)
