"""HTML input: trafilatura's text and metadata into the same Article, plus our refinements."""
from __future__ import annotations

from newsgraph.pipeline import analyze
from newsgraph.clean.html import clean_html, normalize_iso
from newsgraph.records import iter_spans

STORY = [
    "The city council of Riverside voted on Tuesday to close the old Harbor Bridge to cars from next spring, "
    "after engineers warned that corrosion had weakened two of its main supports.",
    "The bridge, which opened in 1931, carries about 18,000 vehicles a day. Buses and bicycles will still be "
    "allowed to use it while a replacement is designed, the council said in a statement.",
    "Mayor Ellen Park said the decision had been difficult but that safety had to come first. "
    "\"We cannot ask people to drive over a structure our own engineers say is failing,\" she told reporters.",
    "Local businesses on the east bank said they feared losing customers and asked the council for help "
    "with parking and signage during the closure, which could last three years.",
]
PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Riverside to close Harbor Bridge to cars | The Riverside Gazette</title>
<meta property="og:title" content="Riverside to close Harbor Bridge to cars">
<meta property="og:site_name" content="The Riverside Gazette">
<meta name="author" content="Ann Lee">
<meta property="article:published_time" content="2024-07-09T17:42:00+09:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Riverside to close Harbor Bridge to cars</h1>
<p class="byline">By Ann Lee</p>
<figure><img src="bridge.jpg" alt="">
<figcaption>Traffic crosses the Harbor Bridge in Riverside on Monday. <span class="credit">Photo: Tom Reyes</span></figcaption></figure>
{''.join(f'<p>{p}</p>' for p in STORY)}
<p>Advertisement</p>
</article>
<footer><p>© 2024 The Riverside Gazette. All rights reserved.</p></footer>
</body></html>"""


def test_clean_html_metadata_and_body():
    art = clean_html(PAGE)
    assert art.headline == "Riverside to close Harbor Bridge to cars"
    assert art.outlet == "The Riverside Gazette"
    assert art.authors == ("Ann Lee",)
    assert art.published == "2024-07-09T17:42:00+09:00"
    assert art.body.split("\n\n") == STORY
    assert [(c.text, c.credit) for c in art.captions] == [("Traffic crosses the Harbor Bridge in Riverside on Monday.", "Tom Reyes")]
    assert "Advertisement" not in art.body


def test_clean_html_through_analyze_keeps_offsets():
    analysis = analyze(PAGE)
    text = analysis.article.text
    for where, start, end, expected in iter_spans(analysis):
        assert 0 <= start <= end <= len(text), where
        if expected is not None:
            assert text[start:end] == expected, where
    assert analysis.article.published_source == "html"


def test_clean_html_without_text_gives_empty_body():
    art = clean_html("<html><body><nav>Home</nav></body></html>")
    assert art.body == ""


def test_clean_html_iso_dates_normalised():
    assert normalize_iso("2024-07-09T08:42:00Z") == "2024-07-09T08:42:00+00:00"
    assert normalize_iso("2024-07-09T17:42:00+0900") == "2024-07-09T17:42:00+09:00"
    assert normalize_iso("2024-07-09") == "2024-07-09"
    assert normalize_iso("last Tuesday") is None


def test_clean_html_file_and_jsonl_html_through_the_command(tmp_path):
    import json

    from conftest import run_cli

    page = tmp_path / "bridge.html"
    page.write_text(PAGE, encoding="utf-8")
    corpus = tmp_path / "pages.jsonl"
    corpus.write_text(json.dumps({"id": "p1", "html": PAGE, "url": "https://example.org/bridge"}) + "\n", encoding="utf-8")
    p = run_cli("analyze", str(page), str(corpus), "--json")
    assert p.returncode == 0, p.stderr
    out = [json.loads(ln) for ln in p.stdout.splitlines()]
    assert [o["source"].get("id") for o in out] == [None, "p1"]
    for o in out:
        assert o["article"]["headline"] == "Riverside to close Harbor Bridge to cars"
        assert o["article"]["published"] == "2024-07-09T17:42:00+09:00"
        assert o["article"]["captions"][0]["credit"] == "Tom Reyes"
        assert len(o["article"]["paragraphs"]) == len(STORY)
    assert out[1]["article"]["url"] == "https://example.org/bridge"


def test_clean_html_title_suffix_names_the_outlet():
    page = PAGE.replace('<meta property="og:title" content="Riverside to close Harbor Bridge to cars">\n', "").replace(
        '<meta property="og:site_name" content="The Riverside Gazette">\n', "").replace("<h1>Riverside to close Harbor Bridge to cars</h1>", "")
    page = page.replace("<title>Riverside to close Harbor Bridge to cars | The Riverside Gazette</title>",
                        "<title>Riverside to close Harbor Bridge to cars | The Japan Times</title>")
    art = clean_html(page)
    assert art.headline == "Riverside to close Harbor Bridge to cars"
    assert art.outlet == "The Japan Times"


def test_clean_html_site_name_and_empty_dates_cleaned():
    from newsgraph.clean.html import clean_sitename

    assert clean_sitename("Autoracing | F1 | Indy") == "Autoracing"
    assert clean_sitename("Copyright 2014") is None
    assert normalize_iso("0001-01-01T00:00:00+00:00") is None
