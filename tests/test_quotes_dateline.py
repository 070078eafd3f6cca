"""The wire dateline and its separator ("MANILA - ", "LONDON, May 3 (Reuters) -- ") are
nobody's words: an indirect quote that reports the dateline's sentence starts after them."""
import pytest

from newsgraph import analyze

HEAD = "The Harbour Times\n\nPatrol boats collide near reef\n\nBy Rosa Lim\n\nPublished April 16, 2026 - 14:20\n\n"
CAPTION = ("A coast guard vessel sails near the reef in this handout photo released by the navy. "
           "(Navy via AP)\n\n")


@pytest.mark.parametrize("dateline", ["MANILA - ", "MANILA, April 16 - ", "MANILA (Reuters) - ", "MANILA \u2014 "])
@pytest.mark.parametrize("caption", ["", CAPTION])
def test_quotes_dateline_separator_is_not_content(dateline, caption):
    body = (f"{dateline}The Philippines lodged a diplomatic protest with China on Thursday after "
            "coast guard vessels fired water cannon at a supply boat near the reef, officials said.\n\n"
            "The incident happened on Tuesday morning, the navy said in a statement.\n")
    an = analyze(HEAD + caption + body)
    said = [q for q in an.quotes if q.speaker and q.speaker.name == "officials"]
    assert said, [(q.text, q.speaker) for q in an.quotes]
    assert said[0].text.startswith("The Philippines lodged"), said[0].text
    assert an.article.text[said[0].start:said[0].end] == said[0].text


def test_quotes_speaker_glued_to_a_multi_city_dateline_starts_after_it():
    text = (HEAD + "THE HAGUE/GEORGETOWN, Oct 6 - Guyana urged the court on Monday to confirm that the "
            "region belongs to it, accusing Venezuela of trying to \"swallow two-thirds of our country\".\n")
    an = analyze(text)
    q = next(q for q in an.quotes if "court" in q.text or "swallow" in q.text)
    assert q.speaker.text == "Guyana" and q.speaker.name == "Guyana", q.speaker
    assert q.speaker.entity == next(e.id for e in an.entities if e.name == "Guyana")
