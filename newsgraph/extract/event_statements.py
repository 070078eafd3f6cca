"""What a statement DOES, typed from its content (issue 6, round 7).

A side's speaker quoted in the article takes a stance the reader codes by the words said, not by
the verb of saying: '"Those who interfere in our internal affairs will receive an appropriate
answer," the president said' is a THREATEN; '"There is no scientific basis for this decision,"
the minister told reporters' a REJECT; the ministry said Japan "must lift the ban" a REQUEST.
The narrow builders in `events` (`_evaluation_event`, `_charge_event`, `_report_accusation`) each
read one construction; this module reads the QUOTE LAYER (`ctx.quotes`) instead:

1. **Statements** (`statements`): a quote, or the quotes of one speaker continuing each other
   (a split direct quote, a quote-only paragraph going on with the speaker) are one statement.
2. **Speaker side**: the speaker's entity's country (or its affiliation's); a supranational body
   (`actors.igo_code`) speaks with no country.
3. **Stance** (`stance_hits`): the content's tokens are matched against the table
   ``newsgraph/data/statement_stance.tsv`` (a lemma or short phrase, its part of speech, a
   condition and a PLOVER category). A word in a condition ("if ...", "unless ...") or in a
   question counts for nothing; a charge or approval word negated ("this is not a provocation")
   counts for nothing, a refusal word counts only negated ("we will not accept"), a retaliation
   word only with a future frame ("will respond", "reserves the right to respond"), a modal of
   obligation only when its clause's subject is another side ("Japan must ..."). When several
   categories fire the most committal wins (`PRECEDENCE`).
   A verb of stance ("support", "accept", "urge") counts only as the speaker's own act: not when
   its subject names someone else ("Latvia supports ...", said by Estonia). An evaluative
   adjective counts when said of a particular act ("this is illegal", "an illegal decision"), not
   of a kind of thing ("against illegal mining").
4. **Target**: the side the stance word's own clause names (its subject, its possessor, its
   object; for a refusal not its subject, which is the speaker's side or the thing refused), else
   (ACCUSE, THREATEN) any other side the content names, else (ACCUSE, THREATEN, REJECT)
   the other side of the latest dispute or conflict event before the statement that involves the
   speaker's side: the exchange the statement answers. A speaker must be a side's voice: a named
   person with an office or body in the article, an organisation, or an unnamed official body
   ("the foreign ministry"); "traders", "analysts" or a person with no office speak for none. A REQUEST needs the side asked named on its
   clause ("Japan must ...", "we urge Tokyo to ..."), a SUPPORT the side backed ("Finland has
   our solidarity").
5. **Date**: the quote's date, else the verb of saying's (`date_of`).
6. **Only what is missing**: no event when the verb of saying already types the statement
   ("accused", "warned", "urged" carry an event of a stance type), when one already present has
   the same source and target sides, day and family (`FAMILIES`), or when the statement is dated
   in an earlier year than publication (background).

Pure functions of (doc, ctx, the events found so far, the actor resolver); the record is built by
the caller's `_statement_event`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsgraph.extract.actors import Resolved, igo_code, is_media
from newsgraph.records import Actor

# Categories the table gives; when several fire in one statement the first listed wins: a threat
# of retaliation is the statement's act even when it also names the wrong it answers ("those who
# interfere will receive an appropriate answer"), a charge outranks the refusal that goes with it
# ("is trying to intimidate our citizens, and we will not accept it"), a demand outranks approval.
PRECEDENCE = ("THREATEN", "ACCUSE", "REJECT", "REQUEST", "SUPPORT")

# Types counted as the same act when deciding whether the statement is already covered: a charge
# and a protest are one act; a refusal and a threat are acts of their own (a side that accused the
# other on Monday and then said "there is no basis for this decision" did two things).
FAMILIES = (
    frozenset({"ACCUSE", "PROTEST", "DISAPPROVE"}),
    frozenset({"REJECT"}),
    frozenset({"THREATEN"}),
    frozenset({"REQUEST", "DEMAND"}),
    frozenset({"SUPPORT", "AGREE", "COOPERATE", "AID"}),
)

# Verbs of saying that say nothing of what the statement does: an event another rule built on one
# ("said" + a charge in the clause) does not type the whole statement.
NEUTRAL_CUES = frozenset({"say", "tell", "add", "state", "write", "explain", "comment", "note", "reply", "respond",
                          "answer", "post", "tweet", "confirm", "insist", "stress", "repeat", "reiterate"})
STANCE_TYPES = frozenset().union(*FAMILIES) - {"COOPERATE", "AID"}

# Rule name of the events this module adds.
RULE = "statement-content"

# A phrase of the table may skip this many adjectives/adverbs between its words ("no *scientific*
# basis", "an *entirely* appropriate answer"): modifiers do not change what the phrase does.
PHRASE_GAP = 2

# Quotes of one speaker at most this many paragraphs apart continue one statement (a quote-only
# paragraph right after the one naming the speaker); further apart they are separate statements.
CONTINUE_PARAGRAPHS = 1

# How far a word's clause is climbed looking for its negation, future frame or condition: enough
# for "will not be lectured about history", bounded so a long sentence stays linear.
MAX_CLIMB = 6

# Words that make the clause below them a condition or a question, not an act.
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# Modals that make a charge a possibility ("could be seen as interference"): no charge.
HEDGE_MODALS = frozenset({"could", "might", "may"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
# Heads whose complement is a readiness to act ("ready to respond", "reserves the right to retaliate").
READINESS_HEADS = frozenset({"ready", "prepared", "reserve", "determined", "right"})
NEGATORS = frozenset({"not", "n't", "never", "no", "nothing", "nobody", "none"})
# Words that, on the way from a stance word to its clause, put it outside what is done: "can solve
# their problems *without* foreign interference", "*rather than* demanding payment".
EXCLUDING_WORDS = frozenset({"without", "than", "instead"})
# Verbs that report a statement: a quote the quote layer cues with another verb ("sought to bring
# the case before the court", "according to a communique") is narration, not a stance taken.
STATEMENT_CUES = frozenset({
    "say", "tell", "state", "declare", "add", "claim", "stress", "emphasize", "emphasise", "insist", "reiterate",
    "write", "explain", "argue", "assert", "maintain", "comment", "respond", "reply", "repeat", "warn", "urge",
    "accuse", "call", "describe", "deny", "reject", "condemn", "criticise", "criticize", "demand", "vow", "pledge",
    "promise", "threaten", "underline", "tweet", "post", "charge", "complain", "protest", "dismiss", "welcome",
    "praise", "ask", "appeal", "answer", "retort", "counter", "note", "confirm",
})
# Verbs a retaliation noun is the object of when it is a threat ("will *face* consequences",
# "will *take* countermeasures"); "study the ruling's consequences" is none.
RETALIATION_VERBS = frozenset({"have", "face", "take", "bear", "suffer", "pay", "adopt", "draw", "entail", "carry"})
# Heads of a subject that name a side an obligation can be put on ("the two *governments* must",
# "*Tokyo* must"); "farmers from both countries should be able to" puts none on a state.
OBLIGED_HEADS = frozenset({"government", "side", "party", "country", "authority", "administration", "leadership",
                           "regime", "state", "nation", "ministry", "neighbour", "neighbor", "capital", "leader",
                           "president", "army", "force", "military", "council", "parliament", "cabinet"})
# First words of table phrases whose subject is the one taking the stance ("*we* reserve the right",
# "*we* stand with", "*we* call on"), as for every verb entry.
STANCE_TAKING_HEADS = frozenset({"reserve", "stand", "call"})
THIRD_PERSONS = frozenset({"they", "he", "she", "them"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})
# Verbs whose subject gives what their object noun says ("Latvia *has shown* solidarity with ..."):
# the noun's stance is the subject's, as for a verb of stance.
GIVING_VERBS = frozenset({"show", "express", "offer", "declare", "extend", "voice", "pledge", "reiterate"})
# Words of an unnamed speaker's mention that make it a side's voice ("the foreign ministry said",
# "officials said"); "traders", "analysts", "residents" speak for none.
OFFICIAL_WORDS = frozenset({"ministry", "government", "spokesman", "spokeswoman", "spokesperson", "official",
                            "officials", "minister", "president", "embassy", "office", "department", "army",
                            "military", "presidency", "cabinet", "authorities", "diplomat", "diplomats",
                            "ambassador", "envoy", "commission", "council", "kremlin", "palace"})
# Types of an earlier event that make its other side the one a statement answers (a dispute, not a deal).
ANSWERED_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "DISAPPROVE", "SANCTION", "COERCE", "ASSAULT",
                            "REQUEST", "DEMAND", "MOBILIZE", "FIGHT"})
# A statement dated in an earlier year than publication is background ("last year Russia said it
# did not accept ..."), not the article's news.

# Dependencies that open a new clause: the climb from a word to its clause stops there.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "acl"})
# Deps of a stance word's own clause that name the side it is about.
SIDE_DEPS = ("nsubj", "nsubjpass", "poss", "agent", "dobj", "pobj")

# Titles of occupations, not offices (`data/roles.txt` reads them around names too): a person the
# article gives only such titles ("Gao Junlan, a lawyer from Sichuan") speaks for no side; the
# precision audit found a lawyer's "the American government should tighten its gun control" coded
# as China's REQUEST.
PRIVATE_TITLES = frozenset({"lawyer", "attorney", "analyst", "economist", "professor", "researcher", "scientist",
                            "expert", "fellow", "editor", "correspondent", "reporter", "journalist", "columnist",
                            "coach", "manager", "striker", "goalkeeper", "player", "activist", "dissident",
                            "defector", "executive", "owner", "partner", "principal", "dean", "rector", "candidate",
                            "nominee", "member", "resident", "student", "teacher", "farmer", "driver"})


@dataclass(frozen=True)
class StanceEntry:
    words: tuple[str, ...]
    pos: str  # V, N, A or *
    when: str  # plain, neg, fut, oblig
    category: str


@dataclass(frozen=True)
class Hit:
    entry: StanceEntry
    first: object  # the first token of the match
    last: object


POS_OF = {"V": ("VERB", "AUX"), "N": ("NOUN", "PROPN"), "A": ("ADJ", "ADV")}


@lru_cache(maxsize=1)
def stance_table() -> tuple[StanceEntry, ...]:
    text = resources.files("newsgraph.data").joinpath("statement_stance.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4:
            continue
        out.append(StanceEntry(tuple(cols[0].split()), cols[1], cols[2], cols[3]))
    return tuple(out)


@lru_cache(maxsize=1)
def _by_first_word() -> dict:
    idx: dict[str, list[StanceEntry]] = {}
    for e in stance_table():
        idx.setdefault(e.words[0], []).append(e)
    return idx


# -- statements ---------------------------------------------------------------------------------
def _paragraph_of(ctx, offset: int) -> int:
    for i, p in enumerate(ctx.article.paragraphs):
        if p.start <= offset < p.end:
            return i
    return -1


def statements(ctx) -> list[tuple]:
    """The article's statements: runs of quotes of one speaker continuing each other (no other
    speaker's quote between, at most CONTINUE_PARAGRAPHS apart, no two dates), in text order."""
    groups: list[list] = []
    last_key = None
    for q in sorted((q for q in ctx.quotes if q.speaker is not None), key=lambda q: q.start):
        key = q.speaker.entity or q.speaker.name
        if groups and key == last_key:
            prev = groups[-1][-1]
            near = 0 <= _paragraph_of(ctx, q.start) - _paragraph_of(ctx, prev.start) <= CONTINUE_PARAGRAPHS
            dates = {x.date for x in groups[-1] if x.date} | ({q.date} if q.date else set())
            if near and len(dates) <= 1:
                groups[-1].append(q)
                continue
        groups.append([q])
        last_key = key
    return [tuple(g) for g in groups]


def private_person(ent) -> bool:
    """Whether an entity is a person the article gives no office nor body: no affiliation and no title
    but occupations (`PRIVATE_TITLES`)."""
    return ent.type == "PERSON" and not ent.affiliation and all(
        t.lower().split()[-1] in PRIVATE_TITLES for t in ent.titles if t.split())


def speaker_side(quote, ctx, *, doc=None, resolver=None) -> Actor | None:
    """The side a quote's speaker speaks for: its entity's country (or its affiliation's, or what
    the actor resolver reads on the speaker's mention: "Togolese Trade Minister Koffi Ameh"); a
    supranational body with no country; None when the speaker is placed nowhere or is a medium."""
    sp = quote.speaker
    ent = ctx.entity_by_id(sp.entity)
    name = ent.name if ent is not None else sp.name
    if not name or is_media(name):
        return None
    if ent is None and not (set((sp.text or sp.name or "").lower().replace("'s", "").split()) & OFFICIAL_WORDS):
        return None  # "the traders said", "analysts said": people of no side
    if ent is not None and private_person(ent):
        return None  # a person the article gives no office or body ("Ms. Gao, a lawyer, said") speaks for no side
    country = ent.country if ent is not None else None
    if country is None and ent is not None and ent.affiliation:
        aff = ctx.entity_by_id(ent.affiliation)
        country = aff.country if aff is not None else None
    if country is None and resolver is not None and sp.start is not None and sp.end is not None:
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        placed = [r for r in resolver.resolve_all(span.root)] if span is not None else []
        if placed and placed[0].actor.country and not is_media(placed[0].actor.name) and placed[0].sector != "IGO":
            country = placed[0].actor.country
    if country is None and igo_code(name) is None and not (ent is not None and ent.affiliation and igo_code(
            (ctx.entity_by_id(ent.affiliation) or ent).name)):
        return None
    return Actor(name=name, entity=ent.id if ent is not None else None, country=country,
                 start=sp.start, end=sp.end)


# -- stance ---------------------------------------------------------------------------------------
def _clause_verb(tok):
    """The verb of the clause a word belongs to (the word itself when it is one)."""
    node = tok
    for _ in range(MAX_CLIMB):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
            return node
        if node.head is node:
            return node
        if node.dep_ in CLAUSE_DEPS:
            return node.head if node.head.pos_ in ("VERB", "AUX") else node
        node = node.head
    return node


def _chain(tok):
    """The word, then its heads up to and including its clause's verb (bounded)."""
    out, node = [tok], tok
    for _ in range(MAX_CLIMB):
        if (node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass", "xcomp")) \
                or node.head is node or node.dep_ in CLAUSE_DEPS:
            break
        node = node.head
        out.append(node)
    return out


def negated(tok) -> bool:
    """'we will *not* accept', '*no* provocation', '*never* for sale': a negator on the word or on
    the heads up to its clause's verb; 'without interference', 'rather than demanding'."""
    chain = _chain(tok)
    return any(c.lower_ in NEGATORS and c.dep_ in ("neg", "det", "advmod", "npadvmod")
               for n in chain for c in n.children) or any(n.lower_ in EXCLUDING_WORDS for n in chain[1:])


def _future(tok) -> bool:
    """'will respond', 'would have consequences', 'ready to retaliate', 'reserves the right to respond'."""
    for n in _chain(tok):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in n.children):
            return True
        if n.dep_ in ("xcomp", "acl") and n.head.lemma_.lower() in READINESS_HEADS:
            return True
    verb = _clause_verb(tok)
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children) or (
        verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in READINESS_HEADS)


def _conditional_or_question(tok, *, threat: bool) -> bool:
    """A word inside an 'if'/'unless' clause, or in a sentence that asks: no act is done; nor
    (but for a threat, whose condition is what it threatens over) in a clause an 'if' clause
    bounds ("ready to support an inquiry if Athens requested it")."""
    if tok.sent[-1].text == "?" or tok.sent.text.rstrip(' "\u201d\'').endswith("?"):
        return True
    node = tok
    for _ in range(MAX_CLIMB * 2):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children):
            return True
        if not threat and any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS
                                                        for g in c.children) for c in node.children):
            return True
        if node.head is node:
            break
        node = node.head
    return False


# Verbs that open another report inside a statement ("Tusk had *assured* him Poland would ..."):
# the verbs of saying and these.
INNER_REPORT_VERBS = STATEMENT_CUES | {"assure", "announce", "report"}


def _embedded(tok, content: set) -> bool:
    """A word in a relative clause or in another report inside the statement ("a move *that Bangkok
    has rejected*", "Tusk had assured him Poland would not tolerate ..."): not the speaker's act."""
    node = tok
    for _ in range(MAX_CLIMB * 2):
        if node.head is node or node.head.i not in content:
            return False
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        node = node.head
        if node.lemma_.lower() in INNER_REPORT_VERBS and node.pos_ == "VERB":
            return True
    return False


def _hedged(tok) -> bool:
    verb = _clause_verb(tok)
    return any(c.dep_ == "aux" and c.lower_ in HEDGE_MODALS for c in verb.children)


def _judges_an_act(adj) -> bool:
    """An evaluative adjective judges a particular act when it is said of it ("this is illegal",
    "called the lease illegal", "it is an illegal decision", "this unfriendly step", "Japan's
    reckless move"), not when it names a kind of thing ("against illegal mining", "deport the
    11 million illegal immigrants")."""
    if adj.dep_ != "amod":
        return True
    noun = adj.head
    if noun.dep_ == "pobj":
        return False
    return noun.dep_ in ("attr", "oprd", "appos", "ROOT") or any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEMONSTRATIVES) for c in noun.children)


def _matches(tokens, i: int, entry: StanceEntry):
    """The last token of `entry`'s phrase starting at tokens[i], or None."""
    first = tokens[i]
    if entry.pos != "*" and first.pos_ not in POS_OF[entry.pos]:
        return None
    j, k = i, 1
    while k < len(entry.words):
        gap = 0
        j += 1
        while j < len(tokens) and gap < PHRASE_GAP and tokens[j].pos_ in ("ADJ", "ADV") \
                and tokens[j].lemma_.lower() != entry.words[k]:
            j += 1
            gap += 1
        if j >= len(tokens) or entry.words[k] not in (tokens[j].lemma_.lower(), tokens[j].lower_):
            return None
        k += 1
    return tokens[j]


def _own_act(tok, other_named) -> bool:
    """Whether a verb of stance ("urge", "support", "accept", "respond") is the speaker's own: its
    subject is no side `other_named` says is another's ("Bradley was urging debt relief", told by
    Baker, is Bradley's stance, not Baker's)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_verb(tok)
    for _ in range(MAX_CLIMB):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or verb.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "pobj", "prep", "acomp") \
                or verb.head is verb:
            return not any(other_named(c) for c in subj)
        # "sent battalions to support the rebels", "they are interested in not recognising it":
        # the subject of the verb above takes the stance
        verb = verb.head
    return True


def stance_hits(tokens, *, other_named=lambda tok: False) -> list[Hit]:
    """The table's words in a statement's content tokens that count (see the module doc, 3);
    `other_named(tok)` tells a subject naming someone other than the speaker's side."""
    idx = _by_first_word()
    content = {t.i for t in tokens}
    hits = []
    for i, tok in enumerate(tokens):
        for key in {tok.lemma_.lower(), tok.lower_}:
            for entry in idx.get(key, ()):
                last = _matches(tokens, i, entry)
                if last is None or _conditional_or_question(tok, threat=entry.category == "THREATEN") \
                        or _embedded(tok, content):
                    continue
                if entry.when == "oblig":
                    # (a side named as subject; "should have been the first to recognise it" is a
                    # reproach for the past, no request)
                    if tok.dep_ != "aux" or negated(tok.head) or any(
                            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.head.children) or not any(
                            c.dep_ in ("nsubj", "nsubjpass") and _names_a_side(c)
                            for c in tok.head.children):
                        continue
                elif entry.when == "neg":
                    if not negated(last) and not negated(tok):
                        continue
                elif (negated(tok) and not NEGATORS & set(entry.words)) or (
                        entry.category in ("ACCUSE", "REJECT") and _hedged(tok)):
                    # ("*no* basis", "in *no* position": the phrase holds its own negation)
                    continue
                elif entry.pos == "A" and not _judges_an_act(tok):
                    continue
                elif entry.when == "fut" and (not _future(tok) or tok.pos_ == "NOUN" and not (
                        tok.dep_ in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() in RETALIATION_VERBS)):
                    continue
                if entry.category != "ACCUSE" and (entry.pos == "V" or entry.words[0] in STANCE_TAKING_HEADS or (
                        tok.pos_ == "NOUN" and _clause_verb(tok).lemma_.lower() in GIVING_VERBS)) \
                        and not _own_act(tok, other_named):
                    # (a charge's subject is the side charged, "X has no right" or "X has our solidarity"
                    # names the side the stance is about; a verb of stance's subject is who takes it)
                    continue
                hits.append(Hit(entry, tok, last))
    return hits


# -- target --------------------------------------------------------------------------------------
def _sides_of(tok, resolver, own: str | None) -> list[Actor]:
    if tok.pos_ == "PRON":
        return []  # a pronoun resolved at the end of the article may point anywhere
    return [r.actor for r in resolver.resolve_all(tok)
            if r.actor.country and r.actor.country != own and not is_media(r.actor.name)
            and r.sector != "IGO" and igo_code(r.actor.name) is None]


def _names_a_side(tok) -> bool:
    """A phrase head that can stand for a side asked to act: a name, or a state's noun ("the
    government", "both sides"); "trade volumes", "farmers" are none."""
    return tok.pos_ == "PROPN" or tok.lemma_.lower() in OBLIGED_HEADS


def _clause_sides(hit: Hit, resolver, own: str | None, content: set) -> list[Actor]:
    """The sides the stance word's own clause names: for a modal, its verb's subject; else the
    subject / possessor / agent / object of the word and of the heads up to its clause verb."""
    if hit.entry.when == "oblig":
        verb = hit.first.head
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return _sides_of(c, resolver, own)
        return []
    chain = [n for n in _chain(hit.first) if n.i in content]  # (never the verb of saying around it)
    if hit.entry.category == "REQUEST":
        # "we urge/expect *Tokyo* to reverse ...": the side asked is the subject of what it is asked to do
        for c in hit.first.children:
            if c.dep_ in ("xcomp", "ccomp"):
                found = [a for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and _names_a_side(g)
                         for a in _sides_of(g, resolver, own)]
                if found:
                    return found
        if hit.entry.pos == "V":
            # "we urge *Tokyo* ...": the object asked, when it names a side
            return [a for c in hit.first.children if c.dep_ == "dobj" and _names_a_side(c)
                    for a in _sides_of(c, resolver, own)]
    # a refusal's subject is the speaker's side or the thing refused ("Greenland is not for sale"):
    # the side refused is named on what is refused ("Iran's claims", "threats from Algeria")
    deps = SIDE_DEPS[2:] if hit.entry.category == "REJECT" else SIDE_DEPS
    for dep in deps:
        for n in chain + [hit.last]:
            for c in n.children:
                if c.dep_ == dep:
                    found = _sides_of(c, resolver, own)
                    if not found and dep in ("dobj", "pobj", "nsubj", "nsubjpass"):
                        # "the decision of Fiji", "Japan's plan": the side named on the phrase
                        found = [a for g in c.children if g.dep_ in ("poss", "compound", "amod")
                                 for a in _sides_of(g, resolver, own)]
                    if found:
                        return found
            if dep == "pobj":
                for c in n.children:
                    if c.dep_ == "prep":
                        found = [a for g in c.children if g.dep_ == "pobj" for a in _sides_of(g, resolver, own)]
                        if found:
                            return found
    return []


def _named_sides(tokens, resolver, own: str | None) -> list[Actor]:
    for tok in tokens:
        if tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and tok.ent_iob_ == "B" or (
                tok.pos_ == "PROPN" and not tok.ent_type_):
            head = tok
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            found = _sides_of(head, resolver, own) or _sides_of(tok, resolver, own)
            if found:
                return found
    return []


def _harmed_by(word) -> set:
    """Token indices of what a charge word does harm to when it is itself the doer of its clause
    ('"threats and intimidation will not stop *the Filipino people* from voting"'): the sides named
    there are its victims, never the side charged; empty when the word is not a clause's subject."""
    head = word
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verb = head.head
    return {t.i for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass", "aux", "neg", "punct")
            for t in c.subtree}


def answered_side(events, before: int, own: str | None) -> Actor | None:
    """The other side of the latest two-country event told before `before` that involves `own`."""
    if own is None:
        return None
    best = None
    for ev in events:
        if ev.start >= before or ev.source is None or ev.target is None:
            continue
        src = {a.country for a in (ev.sources or (ev.source,))}
        tgt = {a.country for a in (ev.targets or (ev.target,))}
        other = None
        if own in src and ev.target.country and ev.target.country != own:
            other = ev.target
        elif own in tgt and ev.source.country and ev.source.country != own:
            other = ev.source
        if other is not None and ev.type in ANSWERED_TYPES and (best is None or ev.start > best[0]):
            best = (ev.start, other)
    return best[1] if best else None


# -- the events ----------------------------------------------------------------------------------
def _family(category: str) -> frozenset:
    return next((f for f in FAMILIES if category in f), frozenset({category}))


def _side(actor: Actor) -> str | None:
    """A country, or one key for any supranational body (its events carry no country or its code)."""
    if actor.country is None or len(actor.country) != 3 or igo_code(actor.name) is not None:
        return "IGO" if actor.country is None or igo_code(actor.name) is not None or len(actor.country) != 3 \
            else actor.country
    return actor.country


def _covered(events, source: Actor, target: Actor, category: str, day: str | None, cue) -> bool:
    fam = _family(category)
    if cue is not None and cue.lemma_.lower() not in NEUTRAL_CUES and any(
            ev.start == cue.idx and ev.type in STANCE_TYPES for ev in events):
        return True  # the verb of saying already types the statement ("accused", "warned", "urged")
    for ev in events:
        if ev.type not in fam:
            continue
        if cue is not None and ev.start == cue.idx:
            return True
        if ev.source is None or _side(ev.source) != _side(source):
            continue
        if (ev.target.country if ev.target else None) != target.country:
            continue
        if (ev.date or "")[:10] == (day or "")[:10]:
            return True
    return False


def _other_named(tok, ctx, own: str | None, speaker: Actor, resolver) -> bool:
    """A subject naming an entity that is neither the speaker nor of the speaker's side ("Hong
    Kong authorities welcome ...", said a Japanese banker); in a direct quote "they", "he", "she"
    are others ('"they are interested in not recognising it," the historian said')."""
    if tok.pos_ == "PRON":
        quote = next((q for q in ctx.quotes if q.start <= tok.idx < q.end), None)
        return tok.lower_ in THIRD_PERSONS and quote is not None and quote.kind != "indirect"
    ent = ctx.entity_at(tok.idx, tok.idx + len(tok.text))
    if ent is not None and ent.id == speaker.entity:
        return False
    countries = {r.actor.country for r in resolver.resolve_all(tok) if r.actor.country}
    if countries:
        return own not in countries
    if ent is None:
        return tok.pos_ == "PROPN"
    return ent.country is None or ent.country != own


def _cue_lemma(doc, quote) -> str | None:
    span = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None else None


def statement_events(doc, ctx, events: list, resolver, *, date_of, build) -> list:
    """New events for the article's statements (module doc). `date_of(verb)` dates a verb of
    saying; `build(verb, speaker, targets, category, mode, when, rules, notes)` makes the record."""
    out: list = []
    for group in statements(ctx):
        if ctx.article.zone_of(group[0].start) != "body":
            continue  # a headline or caption quote sums up a statement the body tells
        group = tuple(q for q in group if q.cue is None or q.cue_start is None or _cue_lemma(doc, q) in STATEMENT_CUES)
        if not group:
            continue
        speaker = speaker_side(group[0], ctx, doc=doc, resolver=resolver)
        if speaker is None:
            continue
        cue_q = next((q for q in group if q.cue_start is not None and q.cue_end is not None), None)
        if cue_q is None:
            continue
        cue = doc.char_span(cue_q.cue_start, cue_q.cue_end, alignment_mode="expand")
        if cue is None:
            continue
        cue = cue.root
        tokens = []
        for q in group:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None:
                tokens.extend(t for t in span if not t.is_space)
        own = speaker.country
        hits = stance_hits(tokens, other_named=lambda t, own=own, spk=speaker: _other_named(t, ctx, own, spk, resolver))
        if not hits:
            continue
        rank = {c: i for i, c in enumerate(PRECEDENCE)}
        hits.sort(key=lambda h: (rank.get(h.entry.category, len(rank)), h.first.i))
        best = hits[0]
        category = best.entry.category
        same = [h for h in hits if h.entry.category == category]
        targets, how = [], "target-clause"
        for h in same:
            targets = _clause_sides(h, resolver, own, {t.i for t in tokens})
            if targets:
                break
        if not targets and category == "ACCUSE" and _harmed_by(best.first):
            continue  # the wrong is its clause's doer and names no holder ("threats will not stop X"): X is no culprit
        if not targets and category in ("ACCUSE", "THREATEN"):
            targets, how = _named_sides(tokens, resolver, own), "target-named-in-content"
        if not targets and category not in ("SUPPORT", "REQUEST"):
            side = answered_side(list(events) + out, group[0].start, own)
            targets, how = ([side] if side is not None else []), "target-answered-side"
        if not targets:
            continue
        day = next((q.date for q in group if q.date), None)
        date_rule = "date:quote" if day else None
        if day is None:
            day, date_rule = date_of(cue)
            if day and ctx.published is not None and day[:10] > ctx.published.date().isoformat():
                # a day carried from a deadline told before ("postponed the July 1 deadline") is no
                # day of a statement the story reports as made
                day, date_rule = None, None
        if day and ctx.published is not None and day[:4] < f"{ctx.published.year:04d}":
            continue  # background: a stance of an earlier year
        if _covered(list(events) + out, speaker, targets[0], category, day, cue):
            continue
        words = " ".join(t.text for t in doc[best.first.i:best.last.i + 1])
        notes = (f"stance:{words}:{category}", f"quote:{group[0].id}", "source:quote-speaker", how)
        out.append(build(cue, Resolved(speaker, rule="quote-speaker"), targets, category, "statement", day,
                         [RULE, date_rule], notes))
    return out
