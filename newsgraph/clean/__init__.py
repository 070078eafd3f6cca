"""RawDocument -> Article: the cleaners.

- `body_only.py`: the text is the body, unchanged (evaluation corpora).
- `paste.py`: text pasted from a browser, with page furniture to remove.
- `html.py`: an HTML page, through trafilatura, into the same record.
"""
from __future__ import annotations

from newsgraph.clean.body_only import clean_body_only
from newsgraph.clean.paste import clean_pasted

__all__ = ["clean_body_only", "clean_pasted", "clean_raw"]


def clean_raw(raw) -> "Article":  # noqa: F821 - records.Article
    """Dispatch on the RawDocument's format and body_only flag."""
    if raw.body_only:
        return clean_body_only(raw.content)
    if raw.format == "html":
        from newsgraph.clean.html import clean_html

        return clean_html(raw.content, url=raw.url)
    return clean_pasted(raw.content)
