"""What is not an event (issue 6, precision on ordinary news).

Guards that `events.py` calls at the points where a reading is chosen, so that a word that
only looks like an act, an actor that is a thing, a country guessed from far away or a
scheduled or obligatory act is not shown as an asserted PLOVER event:

- `sense_fits`: a trigger sense the sentence's grammar rules out ("exports *declined*": a
  fall, not a refusal; "*struck by* the widespread awareness": a passive whose agent is an
  abstract thing; "*warned* that budget concerns were clouding the outlook": a forecast,
  not a threat; "*helped* their sales": help given to a thing).
- `someone_noun`: whether a plural common noun names people or bodies ("officials",
  "exporters", "creditors"), not things ("exports", "rumours", "sales").
- `backs_off_beyond_phrase`: a company or a thing takes no country from the sentence or
  paragraph around it (where it trades, whom it deals with, the country of the story);
  `is_company`: nor is a company's one-sided act aimed at its own country (PLOVER's domestic
  default is for states).
- `modal_frame`: "is to meet" / "are due to meet" / "set to" (scheduled: future), "has to
  fight" / "need to" (obligation: hypothetical).
- `home_side`: the domestic target PLOVER gives a one-sided act with no other side named is
  the actor's country, not the actor's own mention again.

Pure functions over the spaCy parse; the word lists are data in
`newsgraph/data/event_precision.json`.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from importlib import resources
from types import MappingProxyType

from newsgraph.extract.places import canonical_country_name
from newsgraph.records import Actor


def _read_tables() -> MappingProxyType:
    raw = json.loads(resources.files("newsgraph.data").joinpath("event_precision.json").read_text(encoding="utf-8"))
    return MappingProxyType({k: (tuple(v) if k.endswith("_suffixes") else frozenset(v))
                             for k, v in raw.items() if not k.startswith("_")})


TABLES = _read_tables()
# Plural endings of English agent and member nouns ("exporters", "creditors", "economists",
# "Canadians", "participants", "employees", "representatives", "democrats").
AGENT_SUFFIXES = TABLES["agent_suffixes"]
# Plural nouns of bodies of people with no agent ending ("associations", "militias", "allies").
GROUP_NOUNS = TABLES["group_nouns"]
# Nouns with those endings that name things ("payments", "sectors", "orders"): no one acts.
THING_NOUNS = TABLES["thing_nouns"]
# Nouns naming a business (a company acts where it trades; its country is its own, never guessed).
BUSINESS_HEADS = TABLES["business_heads"]
# The last word of a company's name ("Texaco Inc", "Brierley Investments Ltd").
COMPANY_SUFFIXES = TABLES["company_suffixes"]
# Verbs that also mean "to fall" or "to lessen": the act only with a thing acted on or a
# complement ("declined the offer", "declined to comment"); alone they report a fall.
FALL_VERBS = TABLES["fall_verbs"]
# Heads whose to-infinitive is scheduled ("is to meet", "are due to sign", "is set to visit").
SCHEDULE_HEADS = TABLES["schedule_heads"]
# Heads whose to-infinitive is an obligation or a need, not a fact ("has to fight").
OBLIGATION_HEADS = TABLES["obligation_heads"]
# Relative pronouns that can be a relative clause's object.
RELATIVE_PRONOUNS = frozenset({"which", "that", "whom", "who"})
# Verbs that with a "that" clause share a view ("analysts agree that the plan is flawed", "accepted
# that mistakes were made"), an agreement only when the clause says what will be done.
OPINION_LEMMAS = TABLES["opinion_lemmas"]
# Auxiliaries of a clause that commits to an act ("agreed that troops *would* withdraw").
COMMITMENT_AUX = frozenset({"will", "would", "shall", "should", "must", "'ll", "wo"})
# Verbs of asking: a request only with what is asked for ("asked Japan to withdraw", "asked for
# help", "asked for the ship to be freed", "asked that ..."), a question otherwise ("Asked about the rhetoric, X said", "asked whether").
QUESTION_LEMMAS = TABLES["question_lemmas"]
QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "when", "where", "who"})
# Verbs of expecting: a demand only on someone to act ("expected Yerevan to amend its
# constitution"), a forecast of a thing or a state ("expects earnings to be", "expect it to rise").
EXPECTATION_LEMMAS = TABLES["expectation_lemmas"]
# Verbs of a state or a change of level, whose expected subject does nothing asked of it.
STATE_CHANGE_LEMMAS = TABLES["state_change_lemmas"]
# Verbs of a stance that are a PLOVER act only when a political side takes it through its own phrase
# ("Argentina also objected"; shareholders and companies object to plans as business).
POLITICAL_DOER_LEMMAS = TABLES["political_doer_lemmas"]
# Objects of "attack" that are words or policies: criticism, never an assault.
CRITICISED_THINGS = TABLES["criticised_things"]
# "talk/speak/discuss" is a consultation with a party ("talked with", "spoke to", "X and Y
# discussed"), not a speech about a topic ("talking about retribution").
CONSULT_TALK_LEMMAS = TABLES["consult_talk_lemmas"]
PARTY_PREPS = TABLES["party_preps"]
TOPIC_PREPS = TABLES["topic_preps"]
# A plea in court ("pleaded guilty") is no request.
PLEA_WORDS = TABLES["plea_words"]
# Heads whose to-infinitive was only attempted ("is trying to strike a deal").
ATTEMPT_HEADS = TABLES["attempt_heads"]
# Verbs of permitting: a concession by someone ("the government allowed"), not what a thing
# makes possible ("the rule book allows", "the agreement allows Apollo to market").
PERMISSION_LEMMAS = TABLES["permission_lemmas"]
# Heads that hedge their to-infinitive ("seemed to agree", "appears to have fired").
HEDGE_HEADS = TABLES["hedge_heads"]
# Verbs whose object act is wanted, not done ("he needs the support of the shareholders").
WANT_HEADS = TABLES["want_heads"]
# Categories whose passive with a "by" phrase names the doer: a thing there ("struck by the
# awareness", "hit by a recall scandal") is a figure of speech unless it is a weapon or an attack.
FORCE_CATEGORIES = frozenset({"ASSAULT", "COERCE"})
# Verbs that stop something: a sanction only with what is stopped (an object or a passive
# subject); with neither, the subject itself stopped ("the dollar's slide has halted").
DISCONTINUE_LEMMAS = TABLES["discontinue_lemmas"]
# Nouns whose "of" phrase is an act foreseen, not done ("the risk of Iranian attack", "fears of
# a strike", "the prospect of sanctions").
PROSPECT_HEADS = TABLES["prospect_heads"]
# Verbs of asking that a thing as subject turns into a purpose ("the Iranian budget seeks state
# sell-offs"): a request needs someone asking.
AIM_LEMMAS = TABLES["aim_lemmas"]
# Verbs of killing that, said of a measure, plan or deal, mean defeating it ("will try to kill the
# amendment", "the senate killed the bill"); the objects are listed because a singular noun for a
# person ("killed the deputy chief") cannot be told from a thing by its form.
QUASH_LEMMAS = TABLES["quash_lemmas"]
QUASHED_THINGS = TABLES["quashed_things"]
# Verbs of giving help whose object must be someone helped ("helped Ukraine"), not a thing
# ("helped sales", "help prepare"): the class words of aid given ("send aid") are named by the lexicon.
HELP_LEMMAS = TABLES["help_lemmas"]
# Weapons and attacks that can be the "by" agent of an attack ("killed by a roadside bomb").
WEAPON_NOUNS = TABLES["weapon_nouns"]
# Statements whose "that" clause a threat needs an actor in ("warned that *they* would retaliate");
# a clause about things or about no one ("warned that there was still a lot to do") is a forecast.
WARNING_LEMMAS = TABLES["warning_lemmas"]
# Verbs of naming a source: "asked not to be named" is a wish for anonymity, not a request.
ANONYMITY_VERBS = TABLES["anonymity_verbs"]
# Pronouns of anyone at all: "those who disagree", "anyone who attacks" name no side that acts.
GENERIC_DOERS = frozenset({"those", "anyone", "anybody", "everyone", "everybody", "whoever", "someone", "somebody"})
# Verbs of asking whose "not to be named" complement is that wish.
ASKING_LEMMAS = frozenset({"ask", "request"})


def someone_noun(tok) -> bool:
    """Whether a common noun names people or bodies: a group word, an agent ending with no
    thing reading ("exporters", not "exports" or "payments")."""
    from newsgraph.extract.actors import GROUP_HEADS, QUANTITY_HEADS  # (actors imports events' siblings)
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in QUANTITY_HEADS or lemma in QUANTITY_HEADS:
        # "hundreds of people", "thousands of students": the counted noun; a count alone is of people
        counted = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                   if g.dep_ == "pobj"]
        return not counted or any(someone_noun(g) for g in counted)
    if low in GROUP_HEADS or lemma in GROUP_HEADS or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if low in GROUP_NOUNS or lemma in WEAPON_NOUNS or low in WEAPON_NOUNS:
        return True  # bodies of people; a weapon or an attack stands for its unnamed doers
    if low in THING_NOUNS or lemma in THING_NOUNS:
        return False
    # an irregular plural is people far more often than things ("men", "children", "police"),
    # and a word tagged plural with no -s is a misread name ("Camará")
    return low.endswith(AGENT_SUFFIXES) or not low.endswith("s")


def _is_thing(tok) -> bool:
    """A common noun that names no one (not a group word, a name, a pronoun or an agent noun)."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and not someone_noun(tok)


def _thing_strict(tok) -> bool:
    """A common noun, singular or plural, that names no one: `_is_thing`, and a singular noun whose
    plural is neither an agent noun nor a body of people ("book", "package", "agreement"; not
    "committee", "negotiator", "government")."""
    from newsgraph.extract.actors import GROUP_HEADS
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    if tok.tag_ != "NN":
        return _is_thing(tok)
    low = tok.lower_
    plural = low + ("es" if low.endswith(("s", "sh", "ch", "x")) else "s")
    if low in GROUP_HEADS or tok.lemma_.lower() in GROUP_HEADS or plural in GROUP_NOUNS or plural in GROUP_HEADS:
        return False
    return plural in THING_NOUNS or not plural.endswith(AGENT_SUFFIXES)


def sense_fits(tok, pos: str, category: str, *, is_trigger_noun) -> bool:
    """Whether the grammar around a trigger allows the sense of `category` (see module doc)."""
    if pos != "V":
        return True
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if tok.dep_ == "relcl" and tok.head.lower_ in GENERIC_DOERS and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in kids):
        return False  # "even between those who disagree deeply": anyone, no side
    if lemma in FALL_VERBS and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in kids) \
            and not any(c.dep_ == "prep" and c.lower_ in ("to", "on") and any(
                g.dep_ == "pcomp" for g in c.children) for c in kids):
        return False  # "exports declined", "prices eased": a fall
    if category in FORCE_CATEGORIES and any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        agents = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents and all(_is_thing(a) and a.lemma_.lower() not in WEAPON_NOUNS and not is_trigger_noun(a)
                          for a in agents):
            return False  # "struck by the awareness", "hit by a recall scandal"
    if lemma in WARNING_LEMMAS and category == "THREATEN":
        clauses = [c for c in kids if c.dep_ == "ccomp"]
        if clauses and not any(c.dep_ in ("dobj", "dative") for c in kids) and all(
                _forecast_clause(c) for c in clauses):
            return False  # "warned that things are likely to get tricky": a forecast
    if lemma in OPINION_LEMMAS and category in ("AGREE", "CONCEDE"):
        clauses = [c for c in kids if c.dep_ == "ccomp"]
        if clauses and not any(c.dep_ in ("xcomp", "dobj") for c in kids) and not any(
                a.dep_ == "aux" and a.lower_ in COMMITMENT_AUX for c in clauses for a in c.children):
            return False  # "not everyone agrees that it would be the best way": an opinion
    if lemma in QUESTION_LEMMAS and category == "REQUEST" and not (
            any(c.dep_ in ("xcomp", "dobj") and c.lower_ not in QUESTION_WORDS and not (
                c.dep_ == "dobj" and (c.pos_ == "PRON" or someone_noun(c) or c.pos_ == "PROPN"))
                for c in kids)
            or any(c.dep_ == "prep" and c.lower_ == "for" for c in kids)
            or any(c.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ == "for"
                                                                 for m in c.children) for c in kids)
            or any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   for c in kids)):
        return False  # "Asked about the rhetoric, X said", "asked whether": a question, not a request
    if lemma in ASKING_LEMMAS and category == "REQUEST" and any(
            c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ANONYMITY_VERBS and any(
                g.dep_ == "auxpass" for g in c.children) for c in kids):
        return False  # "a diplomat, who asked not to be named": anonymity, no request of anyone
    if lemma in EXPECTATION_LEMMAS and category == "REQUEST":
        clauses = [c for c in kids if c.dep_ in ("ccomp", "xcomp")]
        doers = [d for c in clauses for d in c.children if d.dep_ in ("nsubj", "nsubjpass")] + [
            c for c in kids if c.dep_ == "dobj"]
        if not clauses or any(c.lemma_.lower() in STATE_CHANGE_LEMMAS for c in clauses) or not doers or any(
                (d.pos_ == "PRON" and d.lower_ in ("it", "there")) or _is_thing(d) or d.pos_ == "NUM"
                for d in doers):
            return False  # "expects 1987 earnings to be ...", "expect it to rise": a forecast
    if lemma == "attack" and category == "ASSAULT" and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in CRITICISED_THINGS or c.lower_ in CRITICISED_THINGS)
            for c in kids):
        return False  # "attacked the government's failure", "attacked Tory plans": words, not force
    if lemma in CONSULT_TALK_LEMMAS and category == "CONSULT" and any(
            c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for c in kids) and not any(
            c.dep_ == "prep" and c.lower_ in PARTY_PREPS for c in tok.subtree if c.i != tok.i) and not any(
            c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children) for c in kids):
        return False  # "I am talking about retribution": speech about a topic, no one consulted
    if category == "REQUEST" and any(c.lower_ in PLEA_WORDS for c in kids):
        return False  # "pleaded guilty to fraud"
    if lemma in PERMISSION_LEMMAS and category == "CONCEDE" and any(
            c.dep_ == "nsubj" and _thing_strict(c) for c in kids):
        return False  # "the rule book allows", "the agreement allows Apollo to market": a thing that permits
    if lemma in DISCONTINUE_LEMMAS and category == "SANCTION" and not any(
            c.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp", "pcomp") for c in kids) and not any(
            c.dep_ == "prt" for c in kids):
        return False  # "the dollar's slide has halted", "production stopped": a thing stopped
    if lemma in AIM_LEMMAS and category == "REQUEST" and any(
            c.dep_ == "nsubj" and _thing_strict(c) and not is_trigger_noun(c) for c in kids):
        return False  # "the budget seeks state sell-offs": a purpose, no one asks
    if lemma in QUASH_LEMMAS and category in ("ASSAULT", "THREATEN", "COERCE"):
        objs = [c for c in kids if c.dep_ == "dobj"]
        if objs and all(o.lower_ in QUASHED_THINGS or o.lemma_.lower() in QUASHED_THINGS for o in objs):
            return False  # "will try to kill the amendment", "killed the bill": a thing defeated
    if lemma in HELP_LEMMAS and category == "AID":
        objs = [c for c in kids if c.dep_ == "dobj"]
        if (objs and all(_is_thing(o) for o in objs)) or (not objs and any(
                c.dep_ in ("xcomp", "ccomp") for c in kids)):
            return False  # "helped their sales", "will help prepare": no one is given help
    return True


def _forecast_clause(clause) -> bool:
    """A reported clause whose subject names no one ("budget concerns were clouding", "there
    was", "things are likely to"): what is foreseen, not what the speaker's side will do."""
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if not subj:
        return False
    return all(s.dep_ in ("expl", "csubj") or _is_thing(s) for s in subj)


def modal_frame(verb, tok=None) -> tuple[str, list] | None:
    """Status from the head a to-infinitive depends on: scheduled (future), obliged, attempted or
    judged by an adjective ("it would have been safer to seek") (hypothetical); for an event noun,
    wanted ("needs the support of"; hypothetical); None when it says none of these."""
    if tok is not None and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and \
            tok.head.lemma_.lower() in WANT_HEADS:
        return "hypothetical", [f"wanted:{tok.head.lemma_.lower()}"]
    if tok is not None and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lemma_.lower() in PROSPECT_HEADS:
        return "hypothetical", [f"prospect:{tok.head.head.lemma_.lower()}"]  # "the risk of Iranian attack"
    if verb is not None and verb.dep_ == "advcl" and verb.head.pos_ == "ADJ" and verb.head.dep_ in (
            "acomp", "ccomp", "oprd") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "to make it difficult to blame Iran", "it is hard to negotiate": judged, not done
        return "hypothetical", [f"judged:{verb.head.lemma_.lower()}"]
    if verb is not None and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) \
            and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in verb.head.children):
        # "it would be safer for Britain to seek ...": judged, not done
        return "hypothetical", [f"judged:{next(c.lemma_.lower() for c in verb.head.children if c.dep_ == 'acomp')}"]
    if verb is None or verb.dep_ != "xcomp":
        return None
    head = verb.head
    lemma = head.lemma_.lower()
    if lemma in ATTEMPT_HEADS:
        return "hypothetical", [f"attempted:{lemma}"]
    if lemma in HEDGE_HEADS:
        return "hypothetical", [f"hedged:{lemma}"]  # "critics seemed to agree", "appears to have fired"
    if head.pos_ == "ADJ" and head.dep_ in ("acomp", "ROOT", "conj", "ccomp"):
        return "hypothetical", [f"judged:{lemma}"]
    if lemma in SCHEDULE_HEADS and (lemma != "be" or (head.pos_ == "AUX" and not any(
            c.dep_ in ("attr", "acomp", "expl") for c in head.children))):
        return "future", [f"scheduled:{lemma}"]
    if lemma in OBLIGATION_HEADS and not any(c.dep_ == "dobj" for c in head.children):
        return "hypothetical", [f"obliged:{lemma}"]
    return None


def is_company(heads, named: Actor | None) -> bool:
    """Whether the actor's phrase names a business: a company name ("Texaco Inc", "Brierley
    Investments Ltd") or a business noun ("the firm", "an investment partnership")."""
    names = [named.name] if named is not None and named.name else []
    for h in heads:
        if h.lemma_.lower() in BUSINESS_HEADS or h.lower_ in BUSINESS_HEADS:
            return True
        names += [e.text for e in h.doc.ents if e.start <= h.i < e.end and e.label_ == "ORG"]
    return any(_company_name(n) for n in names)


def _company_name(name: str | None) -> bool:
    words = re.findall(r"[A-Za-z]+", name or "")
    return bool(words) and words[-1].lower() in COMPANY_SUFFIXES


def backs_off_beyond_phrase(heads, named: Actor | None, *, is_trigger_noun) -> bool:
    """Whether an actor the parse left unplaced may take a country from the sentence or the
    paragraph around it: people, bodies and pronouns for them may; a company (its country is
    where it is registered, not where it trades or whom it deals with) and a thing may not."""
    if not heads:
        return True
    if is_company(heads, named):
        return False
    # (an act named as the actor stands for its unnamed doers: "the talks collapsed when ..., accusing")
    return not all(_is_thing(h) and not is_trigger_noun(h) for h in heads)


def relative_object(verb):
    """The noun a relative clause's object pronoun stands for ("Norway, *which* he visited two
    weeks ago" -> Norway), else None."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("PROPN", "NOUN"):
        return None
    if any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return verb.head
    return None


def backed_off_actor(found: Actor, named: Actor | None, *, own_phrase: bool, is_media) -> Actor | None:
    """The actor a back-off gives: a named actor keeps its name and span and gains the country
    found; an unnamed one ("he", "five public sector unions") is shown as that country, not as the
    mention the country was read from ("Gateshead", another person named before), unless that
    mention is in its own phrase. A news outlet ("told BBC News") places no one: None."""
    if is_media(found.name):
        return None
    if named is not None:
        return replace(named, country=found.country)
    return found if own_phrase else home_side(found)


def home_side(actor: Actor) -> Actor:
    """The domestic other side of a one-sided act: the actor's country, named as a country,
    with no mention of its own (not the actor's words again)."""
    name = canonical_country_name(actor.country) if actor.country else None
    return Actor(name=name or actor.country or actor.name, entity=None, country=actor.country)
