"""PolNeAR round 3: what a verb says of its object after it, comma-set adverbial clauses in
the complement, and the cue verbs learned from PolNeAR train (scripts/cue_candidates.py)."""
from newsgraph.extract.quotes import load_cues
from newsgraph.pipeline import analyze

PUBLISHED = "2024-07-09"


def quotes_of(text: str):
    analysis = analyze(text, published=PUBLISHED, body_only=True)
    for q in analysis.quotes:
        assert analysis.article.text[q.start:q.end] == q.text
    return analysis.quotes


def one(text: str):
    quotes = quotes_of(text)
    assert len(quotes) == 1, [(q.cue, q.text) for q in quotes]
    return quotes[0]


def test_quotes_object_keeps_what_the_verb_says_of_it():
    q = one("The union announced a strike in support of the dismissed drivers.")
    assert q.cue == "announced" and q.text == "a strike in support of the dismissed drivers"
    q = one("New polls show Mayor Ana Ruiz at 41 percent.")
    assert q.text == "Mayor Ana Ruiz at 41 percent"


def test_quotes_object_tail_leaves_out_when():
    q = one("The governor endorsed Mayor Ana Ruiz on Tuesday.")
    assert q.text == "Mayor Ana Ruiz"


def test_quotes_object_tail_stops_at_a_comma():
    q = one("The governor endorsed Mayor Ana Ruiz, who faces a runoff next month.")
    assert q.text == "Mayor Ana Ruiz"


def test_quotes_comma_set_adverbial_clause_stays_in_the_complement():
    q = one("Analysts said exports grew in March, while imports fell sharply.")
    assert q.text == "exports grew in March, while imports fell sharply"


def test_quotes_learned_cue_verbs_report():
    q = one("Mayor Ana Ruiz offered few details about the new tax.")
    assert q.cue == "offered" and q.text == "few details about the new tax" and q.speaker.name.endswith("Ana Ruiz")
    q = one("The court ruled that the election law was unconstitutional.")
    assert q.cue == "ruled" and q.text == "the election law was unconstitutional"
    q = one("Investigators determined that the fire was caused by faulty wiring.")
    assert q.cue == "determined" and q.text == "the fire was caused by faulty wiring"
    q = one("The council member ripped the budget plan.")
    assert q.cue == "ripped" and q.text == "the budget plan"
    q = one("The senator's desire to cut taxes worried the mayor.")
    assert q.cue == "desire" and q.text == "to cut taxes" and q.speaker.name.endswith("senator")


def test_quotes_learned_block_leaves_acts_out():
    lex = load_cues()
    assert ("offer", "verb") in lex and ("rule", "verb") in lex and ("mention", "noun") in lex
    for act in ("release", "sign", "launch", "decide", "introduce"):
        assert (act, "verb") not in lex
    assert quotes_of("The company released a new phone and signed a supply deal.") == ()


def test_quotes_infinitive_leaves_out_a_comma_set_participle():
    q = one("The campaign wants to sign up five million voters, focusing on people under 30.")
    assert q.cue == "wants" and q.text == "to sign up five million voters"
    q = one("The campaign wants to sign up five million voters in Ohio and Texas.")
    assert q.text == "to sign up five million voters in Ohio and Texas"


def test_quotes_report_adverb_gives_a_sourceless_report():
    q = one("The FBI is reportedly making arrangements to interview the senator.")
    assert q.cue == "reportedly" and q.speaker is None
    assert q.text == "The FBI is reportedly making arrangements to interview the senator"
    q = one("Reportedly, the minister made the remarks at a private dinner.")
    assert q.text == "the minister made the remarks at a private dinner"
    # the writer's own hedge is no report
    assert quotes_of("The minister apparently made the remarks at a private dinner.") == ()


def test_quotes_prepositional_content_leaves_out_a_comma_set_relative_clause():
    q = one("The union complained about the new schedule, which starts next week.")
    assert q.cue == "complained" and q.text == "the new schedule"
    q = one("Senator Tom Hale's criticism of the new tax, which passed in May, angered farmers.")
    assert q.cue == "criticism" and q.text == "the new tax"


def test_quotes_title_abbreviation_is_no_sentence_end_before_the_cue():
    text = ("The party leader spoke on Friday.\n\n''Uncontrolled migration comes with enormous dangers "
            "for the whole region,'' Mr. Kosa told reporters.")
    q = one(text)
    assert q.kind == "direct" and q.cue == "told" and q.speaker.name.endswith("Kosa")


def test_quotes_inverted_speaker_read_as_object():
    text = ("Paul Manafort spoke to the party officials on Thursday.\n\n''Is Donald Trump running against "
            "the Republican National Committee?'' asked Mr. Manafort, referring to the candidate's attacks.")
    q = one(text)
    assert q.cue == "asked" and q.speaker.name == "Paul Manafort"


def test_quotes_both_halves_of_a_split_quote_have_the_speaker():
    text = ("Richard Trumka spoke in March.\n\n\"Trump says he is with the American working class,\" "
            "Trumka said in March, \"but when you look close, it is just hot air.\"")
    quotes = quotes_of(text)
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert all(q.cue == "said" and q.speaker and q.speaker.name == "Richard Trumka" for q in quotes)
