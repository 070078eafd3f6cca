"""Events across clauses and sentences: who a pronoun or a coordinated verb stands for, what a
report of harm done to the speaker's side amounts to, and when an act the next sentence dates
("The incident happened on Tuesday") took place.

Pure functions over the spaCy parse and the events already built; `events.extract_events` and
`actors.ActorResolver` call them (rules are named in each event's evidence):

- `possessive_antecedent`: "Argentina objected. *Its* foreign ministry said ...": a possessive
  "its"/"their" on a phrase naming people or a body refers back to the nearest subject before it
  (in its own sentence, else the main subject of the sentence before).
- `object_pronoun_antecedent`: "... that Brasília had failed to consult ... and accused *it* of
  ...": a non-reflexive object pronoun is not its own clause's subject; it refers to the nearest
  other subject before it in the sentence.
- `report_continued_by`: "Guo said the Philippines had violated ... and *urged* Manila to stop":
  a verb of saying, asking or charging coordinated with the head of a reported clause continues
  the speaker's report when the tense shifts (a past perfect "had violated" and a simple past
  "urged", the tense of "said") or when its object is a pronoun for the reported clause's subject.
- `temporal_shift_clause`: "lodged a protest on Thursday *after* vessels fired ...": a clause
  opened by after/before/since/until is dated apart from the clause it hangs on.
- `incident_redating`: "The incident happened on Tuesday morning": a definite act noun as the
  subject of happen/occur/take place with a time expression re-dates the latest fitting act
  reported before it (undated, or dated only by its report).
- `speaker_is_target`: a reported hostile act whose victim is the speaker's own side ("Guo said
  the Philippines had violated *China's* sovereignty"; "... injuring *our* crew," Basco said) is
  the speaker's ACCUSE against the doer, made when the report is made (rule
  ``accusation-in-report``); the act itself becomes the speaker's claim (status ``alleged``).
"""
from __future__ import annotations

from newsgraph.extract.plover_lexicon import CHARGES, EVALUATIONS, SPEECH_VERBS, VERBAL_CATEGORIES, senses_for

# Possessive pronouns that can stand for a state or a body ("its foreign ministry").
# ("*his* government", "*her* ministry": the person the nearest subject before names)
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
# Bodies of a state named by "its"/"their" ("its security service", "their interior department").
POSSESSED_BODY_NOUNS = frozenset({"service", "services", "department", "office", "council", "commission",
                                  "command", "committee", "guard", "intelligence", "embassy", "mission",
                                  "consulate", "navy", "coastguard",
                                  "government", "administration", "ministry", "cabinet"})  # "his government"
# Object pronouns that stand for a state or a body ("accused it of ..."); reflexives
# ("itself") are bound by their own subject and are left alone.
OBJECT_PRONOUNS = frozenset({"it", "them"})
# Nouns of a relation to others: "its partners", "their allies" are other sides, not the owner.
RELATION_NOUNS = frozenset({"partner", "partners", "ally", "allies", "neighbour", "neighbours", "neighbor",
                            "neighbors", "rival", "rivals", "enemy", "enemies", "adversary", "adversaries",
                            "counterpart", "counterparts", "opponent", "opponents", "critic", "critics", "foe",
                            "foes", "creditor", "creditors", "donor", "donors"})
# Auxiliaries of a perfect: "had violated" is older than the "urged" of the report.
PERFECT_AUX = frozenset({"have", "has", "had"})
# Modal auxiliaries: a verb in the simple past coordinated with a modal's verb is no part of it.
MODAL_AUX = frozenset({"must", "should", "would", "could", "might", "may", "can", "will", "shall", "ought"})
# Subordinators that put a clause at another time than its main clause ("after vessels fired").
TEMPORAL_SHIFT_MARKS = frozenset({"after", "before", "since", "until", "till", "following", "once"})
# Verbs saying that an act took place ("The incident happened on Tuesday").
HAPPEN_VERBS = frozenset({"happen", "occur", "take"})
# The particle-less "take" needs "place" as its object ("took place").
TAKE_PLACE_OBJECT = "place"
# Act nouns that point back at a reported act of force, and the categories they fit.
INCIDENT_NOUNS = {
    "incident": frozenset({"ASSAULT", "COERCE"}), "attack": frozenset({"ASSAULT"}),
    "strike": frozenset({"ASSAULT"}), "raid": frozenset({"ASSAULT", "COERCE"}),
    "clash": frozenset({"ASSAULT"}), "shooting": frozenset({"ASSAULT"}), "shelling": frozenset({"ASSAULT"}),
    "bombing": frozenset({"ASSAULT"}), "confrontation": frozenset({"ASSAULT", "COERCE"}),
    "collision": frozenset({"ASSAULT", "COERCE"}), "seizure": frozenset({"COERCE"}),
    "arrest": frozenset({"COERCE"}), "detention": frozenset({"COERCE"}),
}
# Determiners that make an act noun point back ("the incident", "this attack").
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those"})
# How far back (characters) the act a "the incident" sentence dates may be: the same episode,
# told in the last few sentences.
INCIDENT_MAX_CHARS = 1200
# Date rules weaker than a time expression on the act itself: the report's date, a date carried
# from the sentence before. An act dated so may be re-dated by "the incident happened on ...".
WEAK_DATE_RULES = (":speech", "date:previous-sentence", "date:previous-paragraph", "date:next-sentence")
# Wrongs a report charges even with no victim named ("had ignored the concerns", "violated the
# truce", "Thai soldiers had opened fire first", Cambodia's ministry said): the other side's
# act told by a side's official voice is its charge (the act itself stays, `alleged`).
UNAIMED_ACCUSABLE_CATEGORIES = frozenset({"REJECT", "THREATEN", "COERCE", "SANCTION", "ASSAULT"})
# Tokens that end a sentence, and the dashes that close a wire dateline ("PHNOM PENH -").
SENTENCE_END = frozenset({".", "!", "?", '"', "\u201d", "'"})
DATELINE_DASHES = frozenset({"-", "\u2014", "\u2013", "--"})
# A wire dateline is a few words ("PHNOM PENH, June 12 -"): a dash further into a sentence is no dateline's.
MAX_DATELINE_TOKENS = 8
# How many coordination/participle arcs lie at most between a reported act and its clause's head.
MAX_REPORT_ARCS = 4
# Arcs inside a reported clause through which a verb the parser hung a coordinated act on is
# still part of the report ("... was "an operation" that caused harm to states, and accused ...").
REPORT_INNER_DEPS = frozenset({"ccomp", "relcl", "acl", "attr", "dobj", "pobj", "prep", "advcl", "xcomp", "conj"})
# How deep below its reported clause such a verb may sit (clause, relative clause, noun, verb).
REPORT_CLIMB_ARCS = 5
# Hostile acts whose report by their victim is an accusation (REJECT: "violated our sovereignty").
ACCUSABLE_CATEGORIES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "REJECT", "MOBILIZE"})


# Verbs that name what an act is in their object's predicate ("called the drills provocative",
# "described the move as unjustified").
NAMING_VERBS = frozenset({"call", "describe", "brand", "label", "term", "deem", "consider", "denounce"})
# Nouns that point back at an act without naming its kind ("the move", "the decision").
# "This is a hostile act": a demonstrative subject judged as an act of some kind (the predicate noun)
# points at the act told in the sentence before (issue 6, fresh-articles types round 2).
DEMONSTRATIVE_SUBJECTS = frozenset({"this", "that"})
ACT_KIND_NOUNS = frozenset({"act", "step", "move", "action", "provocation", "violation", "breach", "attack",
                            "aggression", "interference", "gesture", "decision", "blow"})
GENERIC_ACT_NOUNS = frozenset({"move", "decision", "step", "action", "measure", "measures", "plan", "deal",
                               "agreement", "accord", "pact", "treaty", "incident", "drill", "drills", "exercise",
                               "exercises", "sanctions", "tariffs", "tariff", "attack", "strike", "strikes"})


def _subjects(verb) -> list:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _main_subject(sent):
    subj = _subjects(sent.root)
    if subj:
        return subj[0]
    return next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)


def possessive_antecedent(poss, *, relation: bool = False):
    """The head of the phrase a possessive "its"/"their" refers back to, or None; None also when
    it owns a relation noun ("its allies": not the owner's own side), unless `relation` is asked
    for (the caller reads the relation itself: "its neighbour")."""
    if poss.lower_ not in POSSESSIVE_PRONOUNS or poss.dep_ != "poss":
        return None
    owner = poss.head
    if not relation and (owner.lower_ in RELATION_NOUNS or owner.lemma_.lower() in RELATION_NOUNS):
        return None
    if owner.dep_ == "conj" and owner.head.pos_ in ("NOUN", "PROPN") and owner.head.i < poss.i and any(
            c.dep_ == "cc" and c.lower_ == "and" for c in owner.head.children):
        # "a fishing boat and its 11 crew members", "Russia and its allies": the phrase it is joined to
        return owner.head
    own_phrase = {t.i for t in owner.subtree}
    sent = poss.sent
    # (never the phrase "its" sits in: "a guard at its embassy" is not the guard's embassy)
    before = [t for t in sent if t.i < poss.i and t.dep_ in ("nsubj", "nsubjpass") and t.i not in own_phrase
              and t.pos_ != "PRON" and not (t.left_edge.i <= poss.i <= t.right_edge.i)]
    cand = before[-1] if before else None
    if cand is None and sent.start > 0:
        prev = poss.doc[sent.start - 1].sent
        cand = _main_subject(prev)
        if cand is not None and cand.pos_ == "PRON":
            cand = None
    if cand is None:
        return None
    if poss.lower_ == "its" and cand.ent_type_ == "PERSON":
        return None  # "its" is no person
    return cand


def object_pronoun_antecedent(pron):
    """The subject before a non-reflexive object pronoun ("accused *it*") that is not its own
    clause's subject, or None."""
    if pron.lower_ not in OBJECT_PRONOUNS or pron.dep_ not in ("dobj", "pobj", "dative"):
        return None
    verb = pron.head if pron.dep_ != "pobj" else pron.head.head
    own = {t.i for t in _subjects(verb)}
    speech = report_continued_by(verb)
    if not own and verb.dep_ == "conj" and speech is None:
        own = {t.i for t in _subjects(verb.head)}  # "X failed and accused it": X is the accuser
    if speech is not None:
        own = {t.i for t in _subjects(speech)}
    cands = [t for t in pron.sent if t.i < pron.i and t.dep_ in ("nsubj", "nsubjpass") and t.i not in own]
    if not cands and pron.lower_ == "them":
        # '"Georgians have been on the streets for a year ..." / "We are standing with *them*"':
        # no subject before it in its sentence, the people the sentence before (same paragraph) is about
        return _plural_subject_before(pron.sent)
    if not cands or cands[-1].pos_ == "PRON":
        return None  # the nearest subject is itself a pronoun: its antecedent is unknown here
    cand = cands[-1]
    plural = cand.tag_ in ("NNS", "NNPS") and cand.ent_type_ not in ("GPE", "ORG") or any(
        c.dep_ == "conj" for c in cand.children)
    if (pron.lower_ == "them") != plural:
        return None  # "them" for a plural, "it" for a singular (a state named in the plural is one)
    return cand


def _plural_subject_before(sent):
    """The last plural noun subject of the sentence before `sent` in its paragraph, or None."""
    if sent.start == 0:
        return None
    prev = sent.doc[sent.start - 1].sent
    if "\n\n" in sent.doc[prev.end - 1:sent.start + 1].text:
        return None
    subjects = [t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")
                and t.tag_ in ("NNS", "NNPS") and t.ent_type_ not in ("GPE", "ORG")]
    return subjects[-1] if subjects else None


def _says_or_charges(verb) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in SPEECH_VERBS or any(s.category in VERBAL_CATEGORIES for s in senses_for(lemma, "V"))


# What closes a reported clause before ", and <simple past>": a comma or a closing quotation mark.
REPORT_CLOSING_MARKS = frozenset({",", '"', "\u201d"})


def report_continued_by(verb):
    """The verb of saying whose report a coordinated verb continues, or None.

    "X said [Y had violated ...] and urged Z": spaCy attaches "urged" to "violated"; the
    shift from a perfect to the simple past of the report, or an object pronoun standing for
    Y ("... that Y had failed ... and accused it of ..."), says the speaker urged."""
    if verb.dep_ != "conj" or _subjects(verb) or not _says_or_charges(verb):
        return None
    first = verb.head
    own_aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if first.dep_ != "ccomp" or first.head.lemma_.lower() not in SPEECH_VERBS:
        # "said the filling was "a routine operation" that caused no harm to downstream states, and
        # accused Cairo of ...": the parser hangs the conjunct on a verb deep inside the report; a
        # simple past after ", and" under a simple past of saying goes on with the speaker's acts (so
        # does one after a closing quote: 'said Mexico had "chosen not to deliver water" and called on')
        report = _report_clause_above(first)
        if report is None or own_aux or verb.tag_ != "VBD" or report.head.tag_ != "VBD" or not any(
                c.dep_ == "cc" and c.i < verb.i and c.nbor(-1).text in REPORT_CLOSING_MARKS
                for c in first.children if c.i > 0):
            return None
        return report.head
    if not _subjects(first):
        return None
    speech = first.head
    if speech.lemma_.lower() not in SPEECH_VERBS:
        return None
    first_perfect = any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in first.children)
    if first_perfect and not own_aux and verb.tag_ == "VBD" and speech.tag_ == "VBD":
        return speech
    if any(c.dep_ == "dobj" and c.lower_ in OBJECT_PRONOUNS for c in verb.children):
        return speech
    if not own_aux and verb.tag_ == "VBD" and speech.tag_ == "VBD" and any(
            c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in first.children):
        # "said disputes 'must be resolved through dialogue' and offered to host talks": a simple
        # past cannot share the report's modal, so the speaker offered
        return speech
    return None


def _report_clause_above(tok):
    """The reported clause (a ccomp with its own subject under a verb of saying) that holds `tok`
    below it, climbing at most MAX_REPORT_ARCS arcs through clauses and phrases; None."""
    cur = tok
    for _ in range(MAX_REPORT_ARCS):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in SPEECH_VERBS and _subjects(cur):
            return cur if cur.i != tok.i else None
        if cur.dep_ not in REPORT_INNER_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def temporal_shift_clause(tok, stop) -> bool:
    """Whether `tok` sits in a clause opened by after/before/since/until below `stop` (the verb
    a time expression dates): "lodged a protest on Thursday after vessels *fired*"."""
    cur = tok
    for _ in range(8):
        if cur.i == stop.i or cur.head.i == cur.i:
            return False
        if cur.dep_ in ("advcl", "pcomp") and (
                any(c.dep_ == "mark" and c.lower_ in TEMPORAL_SHIFT_MARKS for c in cur.children)
                or (cur.dep_ == "pcomp" and cur.head.lower_ in TEMPORAL_SHIFT_MARKS)):
            return True
        cur = cur.head
    return False


def incident_sentence(sent):
    """(the act noun, the verb) of "The incident happened/occurred/took place ...", or None."""
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in HAPPEN_VERBS:
            continue
        if verb.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == TAKE_PLACE_OBJECT
                                                     for c in verb.children):
            continue
        for s in _subjects(verb):
            if s.lemma_.lower() in INCIDENT_NOUNS and any(
                    c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in s.children):
                return s, verb
    return None


def incident_target(events, noun, *, sent_start: int):
    """Index of the latest event before `sent_start` (within INCIDENT_MAX_CHARS) of a category
    the act noun fits, or None."""
    fits = INCIDENT_NOUNS.get(noun.lemma_.lower(), frozenset())
    for i in range(len(events) - 1, -1, -1):
        ev = events[i]
        if ev.sentence is None or ev.start >= sent_start:
            continue
        if sent_start - ev.sentence.start > INCIDENT_MAX_CHARS:
            return None
        if ev.type in fits:
            return i
    return None


def weakly_dated(ev) -> bool:
    """Whether an event has no date or one taken from its report or a neighbouring sentence."""
    if ev.date is None:
        return True
    rule = ev.evidence[0].rule if ev.evidence else ""
    return any(w in rule for w in WEAK_DATE_RULES)


def speaker_is_target(category: str, source_country: str | None, target_country: str | None,
                      speaker_country: str | None) -> bool:
    """Whether a reported act is harm done by another side to the speaker's own side, or to no
    side named ("Mao said Japan had ignored the concerns of its neighbours")."""
    victims = (speaker_country, None) if category in UNAIMED_ACCUSABLE_CATEGORIES else (speaker_country,)
    return (category in ACCUSABLE_CATEGORIES and bool(source_country) and bool(speaker_country)
            and target_country in victims and source_country != speaker_country)


def _definite_act_noun(tok) -> bool:
    """ "the deal", "China's drills", "these measures", "the Turkish survey": a definite noun naming
    an act, or any definite noun whose owner a modifier names (the events layer then needs a
    country among its modifiers)."""
    if tok.pos_ != "NOUN":
        return False
    if not any((c.dep_ == "det" and c.lower_ in DEFINITE_WORDS) or c.dep_ == "poss" for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    if lemma in GENERIC_ACT_NOUNS or tok.lower_ in GENERIC_ACT_NOUNS or lemma in INCIDENT_NOUNS \
            or senses_for(lemma, "N") or deverbal_act(tok):
        return True
    return any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE") for c in tok.children)


# Endings of a noun made from a verb of doing ("removal", "seizure", "detention", "deployment").
DEVERBAL_ENDINGS = ("al", "ure", "tion", "sion", "ment")
# Letters a deverbal noun and the verb of the act it names share at least ("remov-al" / "remov-ed",
# "seiz-ure" / "seiz-ed", "deten-tion" / "detai-ned" share 4): fewer would join unrelated words.
DEVERBAL_STEM = 4


def deverbal_act(tok) -> bool:
    """ "the removal of the buoys", "the seizure of the tanker": a noun made from a verb, with the
    thing acted on in an "of" phrase; the act it names is one told before with that verb
    (`same_stem`)."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and len(lemma) > DEVERBAL_STEM + 2 and lemma.endswith(DEVERBAL_ENDINGS) \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def same_stem(noun_lemma: str, verb_text: str) -> bool:
    """Whether a deverbal noun and a verb's form begin alike (DEVERBAL_STEM letters)."""
    return noun_lemma[:DEVERBAL_STEM] == verb_text.lower()[:DEVERBAL_STEM]


def _polarity(pred) -> tuple[str, object] | None:
    """The polarity of a predicate phrase ("good news", "provocative", "a dangerous act")."""
    words = [pred] + [c for c in pred.children if c.dep_ in ("amod", "compound", "conj")]
    # "an act of arrogance", "a gesture of goodwill": the kind of act names the judgement
    words += [g for c in pred.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj"]
    for w in words:
        pol = EVALUATIONS.get(w.lower_) or EVALUATIONS.get(w.lemma_.lower())
        if pol:
            return pol, w
    return None


def _copula_evaluation(cl):
    """(the act noun, polarity, word) of a clause "X is <evaluative>" ("the deal was good news"),
    or None; a negated one ("was not an accident") is none."""
    if cl.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in cl.children):
        return None
    subj = next((c for c in cl.children if c.dep_ == "nsubj"), None)
    pointing = subj is not None and subj.pos_ == "PRON" and subj.lower_ in DEMONSTRATIVE_SUBJECTS
    if subj is None or not (_definite_act_noun(subj) or pointing):
        return None
    for pred in (c for c in cl.children if c.dep_ in ("attr", "acomp")):
        if pointing and pred.lemma_.lower() not in ACT_KIND_NOUNS:
            continue  # "this is a dangerous situation" judges no act
        found = _polarity(pred)
        if found:
            return subj, found[0], found[1]
    return None


def evaluations(sent, quote_cue=None) -> list[tuple]:
    """(verb of saying or naming, the act noun, polarity, evaluative word) for each statement in
    `sent` of what an act is: "said [the deal was good news]", "called [the drills] provocative",
    "described [the move] as unjustified", a quoted sentence '"Peru's action is unjustified"'
    (`quote_cue(tok)` gives the verb of saying of the quote holding `tok`). A negated predicate
    ("was not an accident") is none."""
    out = []
    root = sent.root
    if quote_cue is not None and root.dep_ == "ROOT":
        found = _copula_evaluation(root)
        cue = quote_cue(root) if found is not None else None
        if cue is not None and cue.i not in range(sent.start, sent.end):
            out.append((cue, *found))
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if lemma in SPEECH_VERBS:
            for cl in verb.children:
                found = _copula_evaluation(cl) if cl.dep_ == "ccomp" else None
                if found is not None:
                    out.append((verb, *found))
        elif lemma in NAMING_VERBS and not any(c.dep_ == "neg" for c in verb.children):
            # "called [China's drills] provocative": the parser may make the object an oprd too
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "oprd") and _definite_act_noun(c)), None)
            if obj is None:
                continue
            preds = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.i != obj.i]
            preds += [c for c in obj.children if c.dep_ in ("amod",) and c.i > obj.i]
            preds += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                      if g.dep_ in ("pobj", "amod", "acomp")]
            preds += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                      if g.dep_ in ("pobj", "amod", "acomp")]
            for pred in preds:
                found = _polarity(pred)
                if found:
                    out.append((verb, obj, found[0], found[1]))
                    break
    return out


def reported_main_act(verb, speech) -> bool:
    """Whether `verb` is what a report says: the head of the complement of the verb of saying
    `speech` (or of the quoted sentence), or a verb coordinated with it or continuing it in a
    participle ("fired water cannon ..., *injuring* our crew"), not an act inside a relative
    clause ("a helicopter that was *captured*") or a time clause ("after a jet *shot down*")."""
    cur = verb
    for _ in range(MAX_REPORT_ARCS):
        if cur is None:
            return False
        if cur.head.i == speech.i:
            return cur.dep_ in ("ccomp", "parataxis") or (cur.i == speech.i)
        if cur.dep_ == "ROOT":
            return True  # the quoted sentence's own main verb (a cue after the quote)
        if cur.dep_ in ("conj", "xcomp") or (cur.dep_ == "advcl" and cur.tag_ == "VBG" and not any(
                c.dep_ in ("mark", "nsubj") for c in cur.children)):
            cur = cur.head
            continue
        return False
    return False


def split_lead_subject(verb):
    """The subject a wire dateline swallowed: for a main verb with no subject, the head of the
    words between the dateline dash and the verb, whether the splitter cut them off as a fragment
    ending without final punctuation ("PHNOM PENH - Thailand and Cambodia" / "agreed on Thursday")
    or the parser hung them on the dateline ("PHNOM" read as a preposition); else None."""
    sent = verb.sent
    if verb.i != sent.root.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    words = [t for t in sent if not t.is_space and t.i < verb.i]
    dash = next((t for t in words if t.text in DATELINE_DASHES), None)
    if dash is None and sent.start > 0:
        prev = verb.doc[sent.start - 1].sent
        words = [t for t in prev if not t.is_space]
        if not words or words[-1].text in SENTENCE_END or any(
                "\n" in t.text for t in verb.doc[prev.end - 1:sent.start]):
            return None
        dash = next((t for t in reversed(words) if t.text in DATELINE_DASHES), None)
    if dash is None or dash.i - words[0].i > MAX_DATELINE_TOKENS:
        return None
    region = {t.i for t in words if t.i > dash.i}
    heads = [t for t in words if t.i in region and t.head.i not in region and t.pos_ in ("PROPN", "NOUN")]
    return heads[0] if heads else None


# The ending of a noun made from a verb ("the signing", "the freeing"): it names that verb's act.
GERUND_SUFFIX = "ing"


# Nouns naming what a joint act came to ("welcomed the outcome", "the results of the talks"): they
# point back at the latest meeting or agreement, whose other parties a stance on them is aimed at.
OUTCOME_NOUNS = frozenset({"outcome", "outcomes", "result", "results"})
JOINT_CATEGORIES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def act_noun_categories(noun) -> frozenset:
    """PLOVER categories of the act a noun names: its own senses as a trigger noun ("the
    release", "the shelling"), else, for a noun made from a verb with "-ing" ("the signing",
    "the freeing of the hostages", "the closing of the border"), the verb's senses."""
    lemma = noun.lemma_.lower()
    if lemma in OUTCOME_NOUNS or noun.lower_ in OUTCOME_NOUNS:
        # "Beijing welcomed the outcome" after talks it held with India: the result of a joint act;
        # "the outcome of the talks" names one, "the outcome of the election" does not
        of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not of or any(act_noun_categories(g) & JOINT_CATEGORIES for g in of):
            return JOINT_CATEGORIES
        return frozenset()
    fits = frozenset(s.category for s in senses_for(lemma, "N"))
    if fits or noun.pos_ != "NOUN" or not lemma.endswith(GERUND_SUFFIX) or len(lemma) <= len(GERUND_SUFFIX) + 2:
        return fits
    stem = lemma[:-len(GERUND_SUFFIX)]
    # "signing" -> sign, "closing" -> close, "stopping" -> stop
    for verb in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        if verb:
            fits = frozenset(s.category for s in senses_for(verb, "V"))
            if fits:
                return fits
    return frozenset()


# The rule that turns a stated unwillingness ("would not amend", "will not accept") into REJECT.
REFUSAL_RULE = "refusal"


# Nouns that name a refusal itself, said or done ("criticised the refusal"): they may point back
# at a stated one.
REFUSAL_NOUNS = frozenset({"refusal", "rejection"})


def refusal_not_meant(noun, ev) -> bool:
    """Whether `ev` is a refusal stated as an intention ("said his government would not amend
    the constitution") and `noun` names an act done ("the veto", "the blockade"), which never
    points back at such a statement; "the refusal" may."""
    return noun.lemma_.lower() not in REFUSAL_NOUNS and bool(ev.evidence) and \
        REFUSAL_RULE in ev.evidence[0].rule.split("+")


# Words that make what a clause tells no plain statement of fact: a condition or a possibility
# ("if Russia interferes", "could provoke") is no charge.
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should"})


def _charge_word(verb):
    """The charge word of a clause: its verb or that verb's xcomp ("is trying to *intimidate*"),
    or its object or predicate, or their "of" noun ("the path of *intimidation*"), or None."""
    for v in [verb] + [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]:
        if (v.lemma_.lower(), "V") in CHARGES:
            return v
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "attr")):
        nouns = [obj] + [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj"]
        for n in nouns:
            if n.pos_ == "NOUN" and (n.lemma_.lower(), "N") in CHARGES and not any(
                    (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ == "by")
                    for c in n.children):
                return n  # (not "the DPRK's provocation", "aggression by Russia": another side's wrong)
    return None


def _hypothetical(verb) -> bool:
    """Whether a clause, or one it hangs in, is negated, conditional or only possible."""
    cur = verb
    for _ in range(MAX_REPORT_ARCS):
        if any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS)
               or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX) for c in cur.children):
            return True
        if cur.dep_ == "ROOT" or cur.head.lemma_.lower() in SPEECH_VERBS:
            return False
        cur = cur.head
    return False


def charges(sent, quote_cue=None) -> list[tuple]:
    """(verb of saying, the charged side's token, charge word) for each statement in `sent` whose
    content says a named side does a wrong: "said [Venezuela had chosen the path of
    *intimidation*]", '"The regime is trying to *intimidate* our citizens," Kobakhidze said' (the
    quoted clause's cue from `quote_cue(tok)`). The side is the clause's subject, a noun or name
    (never a pronoun); a negated, conditional or modal clause ("would provoke") is none."""
    out = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in SPEECH_VERBS:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            continue
        word = _charge_word(verb)
        if word is None or _hypothetical(verb):
            continue
        if word.pos_ == "NOUN" and senses_for(verb.lemma_.lower(), "V"):
            continue  # "Japan condemned the provocation", "rejected the path of aggression": the subject's own act
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS:
            cue = verb.head
        elif verb.dep_ == "ROOT" and quote_cue is not None:
            cue = quote_cue(verb)
        else:
            continue
        if cue is not None:
            out.append((cue, subj, word))
    return out
