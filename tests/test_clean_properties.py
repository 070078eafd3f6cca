"""Property tests of the cleaners: never raise, offsets in range, body is a fixed point."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.clean.body_only import clean_body_only
from newsgraph.clean.paste import clean_pasted

# Neutral words: no furniture, no byline or date cues, so generated prose is prose.
WORDS = ("officials minister said talks would resume city council budget river bridge school farmers "
         "prices rose fell week month report group plan court ruling protest election voters company").split()

sentence = st.lists(st.sampled_from(WORDS), min_size=9, max_size=25).map(lambda ws: " ".join(ws).capitalize() + ".")
# Sentences unique within a paragraph: a line that is one text twice over is, by
# design, read as a caption pasted twice (the browser's alt text + caption).
paragraph = st.lists(sentence, min_size=1, max_size=3, unique=True).map(" ".join)


def assert_offsets(article) -> None:
    n = len(article.text)
    for p in article.paragraphs:
        assert 0 <= p.start <= p.end <= n
    for c in article.captions:
        assert article.text[c.start:c.end] == c.text
    if article.headline_span:
        assert article.text[article.headline_span.start:article.headline_span.end] == article.headline
    if article.dateline_span:
        assert article.text[article.dateline_span.start:article.dateline_span.end] == article.dateline


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_clean_paste_never_raises_and_offsets_in_range(text):
    article = clean_pasted(text)
    assert_offsets(article)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=80), st.sampled_from(
    ["• Link copied", "By Ann Lee", "Published : July 9, 2024 - 17:42", "Share | Save", "(END)",
     "SEOUL, July 9 (Yonhap) -- Talks resumed.", "A man walks. (Yonhap) A man walks. (Yonhap)", "지나쌤", ""])), max_size=30))
def test_clean_paste_handles_furniture_mixtures(lines):
    article = clean_pasted("\n".join(lines))
    assert_offsets(article)


@settings(max_examples=150, deadline=None)
@given(st.lists(paragraph, min_size=1, max_size=6, unique=True))
def test_clean_paste_body_of_plain_prose_is_kept(paragraphs):
    body = "\n\n".join(paragraphs)
    article = clean_pasted(body)
    assert article.body == body
    assert clean_pasted(article.body).body == article.body


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_clean_body_only_keeps_text_unchanged(text):
    article = clean_body_only(text)
    assert article.text == text
    assert_offsets(article)
    assert all(article.text[p.start:p.end].strip() == article.text[p.start:p.end] for p in article.paragraphs)
