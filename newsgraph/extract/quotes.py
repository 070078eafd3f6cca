"""Quotes with speakers: direct, mixed and indirect statements, who made them, and when.

The extractor works in four steps over the parsed article:

1. ``find_quote_regions``: the stretches inside quotation marks, paragraph by
   paragraph (straight and curly marks; a paragraph that leaves a quote open and the
   next paragraph that reopens it; single quotes nested inside stay in the content).
2. ``find_cues``: reporting cues from the lexicon in ``newsgraph/data/cues.tsv`` (verbs,
   nominal cues, "according to"), each with its speaker phrase (subject, passive agent,
   the subject a participle inherits, a possessor) and its content span (complement
   clause, object, "to"-infinitive, the clause a parenthetical "he said" interrupts).
3. Assembly: a cue whose content is (almost) all quotation is a *direct* quote; one
   whose content carries quoted words is *mixed*; one without quotation marks is
   *indirect*. A quotation that is nobody's complement takes the cue right after it
   (``"...," Lim added``) or right before it (``Peskov told media: "..."``), else the
   speaker of the previous quotation in its paragraph (a quote split by its cue), else
   that of the previous paragraph (a quote-only paragraph continuing the speaker).
   Quoted noun phrases that are no one's statement (titles, scare quotes) are dropped.
4. Dates: a time expression governing the cue (or the verb a participle cue hangs
   from), else the date of the same speaker's statement shortly before, else null.

Every quote carries evidence: the assembly rule, the speaker rule and the date rule.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.extract.context import Context
from newsgraph.extract.speakers import Resolved, SpeakerResolver
from newsgraph.records import Evidence, Quote, Span

try:  # the time engineer's shared helpers; fall back to our own walk over the parse
    from newsgraph.extract.timexes import timex_date as _timex_date  # type: ignore
    from newsgraph.extract.timexes import timex_governing as _timex_governing  # type: ignore
except ImportError:  # pragma: no cover - depends on the timexes module's progress
    _timex_governing = None
    _timex_date = None

REQUIRES = ("doc.sents", "token.dep", "token.lemma", "doc.ents", "ctx.entities", "ctx.timexes")

OPEN_MARKS = "\u201c\u00ab\u201e"
CLOSE_MARKS = "\u201d\u00bb"
STRAIGHT_MARK = '"'
# Quotation marks typed in ASCII as two characters (PTB and wire style): ``...'' or ''...''.
ASCII_OPEN = "``"
ASCII_CLOSE = "''"
OPENING_TOKENS = {*OPEN_MARKS, STRAIGHT_MARK, ASCII_OPEN, ASCII_CLOSE}
CLOSING_TOKENS = {*CLOSE_MARKS, STRAIGHT_MARK, ASCII_CLOSE}
# A cue's content counts as a direct quote when quotation covers at least this share of
# its letters; below it the paraphrase merely carries quoted words (a mixed quote).
DIRECT_COVERAGE = 0.8
# A quotation opened right after one of these words is carried by the reporter's own clause
# ("emphasized that "...", "urged them to "go further"", "accused X of "acting with zeal""):
# a mixed quote however much of the content it covers.
QUOTE_FRAME_WORD = re.compile(r"\b(?:that|of|to|as|for|about|against|whether)\s*$", re.IGNORECASE)
# A cue right after a closing mark is the quote's cue when at most this many characters
# of other words lie between them (``," Kremlin spokesperson Dmitry Peskov said``).
AFTER_GAP = 80
# A cue before an opening mark: at most this many characters between the cue and the
# quotation (``Peskov told reporters on Monday: "``).
BEFORE_GAP = 100
# A quotation nobody introduces is still a statement when it reads as a sentence: at
# least this many words and a finite verb. Shorter quoted phrases are titles or scare
# quotes ("often referred to as "Kim Il Sung Military Academy"").
MIN_STANDALONE_WORDS = 8
# A quotation no cue introduces continues the previous speaker ("A," said X. "B.") only when it
# has at least this many words or a finite verb ("We waited too long."); shorter verbless ones
# are titles and scare quotes ("an "absolute necessity"", "on CNN's "State of the Union"").
# PolNeAR train: short continuations matched gold 11% of the time (131 quotes).
MIN_CONTINUATION_WORDS = 5
# A cue hanging from the clause it reports ("..., officials said on Tuesday") is at most
# this many tokens with its subject and modifiers; a longer one is a clause of its own.
PARENTHETICAL_MAX_TOKENS = 12
# "X's call for ...", "X's criticism of ...", "X's remarks about ...": a nominal cue with a
# possessor as speaker takes the object of one of these prepositions as content.
NOUN_CONTENT_PREPS = {"of", "for", "about", "on", "to", "against"}
# Light verbs whose object is a nominal cue ("expressed support for", "voiced concern that").
LIGHT_VERBS = {"express", "voice", "make", "offer", "give", "issue", "raise", "register", "reiterate", "repeat",
               "renew", "deliver", "lodge", "air", "signal", "declare", "announce", "extend"}
# Verbs whose that-clause is not a statement of their subject ("made sure that").
NOT_REPORTING = {"make", "ensure", "see", "mean", "seem", "appear", "happen", "be", "have", "do", "get", "take",
                 "require", "cause", "prove", "turn", "matter"}
# Modifiers that, after a comma, add to the content rather than belong to it.
# "agree to + infinitive" reports an act (agreeing to resume talks), not a statement;
# "agree that ..." stays a cue
ACT_INFINITIVE_VERBS = {"agree"}
# A bare noun-phrase object of a stance verb ("condemned the incident": determiner +
# noun) names what is judged, not what is said. Longer objects ("denied the report's
# central findings") stay content: PolNeAR annotates them, and dropping every object NP
# cost 2.6 points of content F1 on train; dropping only these two-token ones cost 0.1.
BARE_OBJECT_MAX_TOKENS = 2
# ... except when the determiner points back to something said or quantifies over it: "rejected
# that idea", "echoed those comments", "denied any wrongdoing", "reported no arrests" state the
# speaker's position on a thing the story has told (PolNeAR train: 25 of 30 such objects are gold
# contents, against 55 of 124 for "the"/"a").
BARE_OBJECT_POINTING_DETS = {"that", "those", "this", "these", "any", "no", "both", "either", "neither", "every",
                             "all"}
# Comma-set modifiers of a content head that are not part of what was said ("the deal, which
# would ..."). An adverbial clause is not among them: "said Trump leads narrowly, while other
# surveys show Clinton ahead" reports both (PolNeAR train: keeping it +0.08 points of content F1).
NON_RESTRICTIVE_DEPS = {"relcl", "acl", "appos"}
# Prepositions whose object is what was said or judged ("accused X of ...", "called for ...").
CONTENT_PREPS = {"of", "for", "about"}
ON_VERBS = {"comment", "call", "remark", "reflect", "weigh", "focus", "elaborate", "insist"}
TO_VERBS = {"refer", "allude", "point", "respond", "reply", "object"}
# "Trump: ..." at the start of a line: a name of at most this many tokens before the colon.
COLON_NAME_MAX_TOKENS = 5
# A title-case line ("Trump Says His Plan Will Work"): at least this many words, this
# share of them capitalised, and the speaker in at most this many words before the verb.
TITLE_MIN_WORDS = 4
TITLE_CASE_SHARE = 0.7
TITLE_MAX_SPEAKER_WORDS = 5
# ... or an untagged proper name of at most this many tokens, unless it is a section label
# ("UPDATE:", "WATCH:", "Editor's Note:").
COLON_BARE_NAME_MAX_TOKENS = 3
COLON_LABELS = {"update", "updated", "watch", "note", "editor", "related", "video", "photo", "photos", "breaking",
                "exclusive", "analysis", "opinion", "live", "correction", "source", "sources", "credit", "read",
                "listen", "advertisement", "q", "a", "question", "answer", "transcript", "guide", "summary",
                "recap", "timeline", "poll", "fact", "check", "media", "news", "review", "preview", "report"}
COLON_LINE = re.compile(r"^\s*([A-Z][^:\n]{0,60}?)\s*:[ \t]+(\S)")
# "The ministry had no comment": a refusal to comment is a statement too.
NO_COMMENT_VERBS = {"have", "offer", "make"}
# Indirect content shorter than this many words is not a statement ("said so").
MIN_INDIRECT_WORDS = 2
# A date is carried from the same speaker's dated statement at most this many
# characters back (about three short news paragraphs).
CARRY_WINDOW = 1500
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# How a quotation that ends its clause ends: with punctuation inside the marks.
QUOTE_END_PUNCT = re.compile(r"[,.!?\u2026\u2014-]\W*$")
# What lies between a cue and a quotation it introduces: nothing, "that", or words of the
# cue's clause set off by a colon or comma.
QUOTE_INTRO = re.compile(r"^(\s*(that\s*)?|.*[,:]\s*)$", re.S)
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# Full stops that end an abbreviation before a name, not a sentence ("," Mr. Kosa told ...");
# with the titles of newsgraph/data/title_abbreviations.txt.
NAME_ABBREVIATIONS = {"mr.", "mrs.", "ms.", "messrs.", "mmes.", "jr.", "sr.", "st."}
WORD_BEFORE_STOP = re.compile(r"(\S+)[.!?](?:\s|$)")


def _ends_sentence(s: str) -> bool:
    """Does the stretch `s` between a quotation and a cue hold a sentence end (a full stop,
    question or exclamation mark before a space), an abbreviated title not counting?"""
    from newsgraph.nlp import title_abbreviations

    titles = NAME_ABBREVIATIONS | {t.lower() for t in title_abbreviations()}
    for m in WORD_BEFORE_STOP.finditer(s):
        word = m.group(0).rstrip().lower()
        if not (word.endswith(".") and word.lstrip("\"'“”(") in titles):
            return True
    return bool(SENTENCE_END.match(s))
# Nouns that name a statement: a participle after "X's remarks" belongs to X's remarks,
# and such a noun as the object of a stance verb is someone else's words, not content.
SPEECH_NOUNS = {"remark", "remarks", "statement", "comment", "comments", "word", "words", "speech", "claim",
                "claims", "assertion", "announcement", "interview", "message", "address", "testimony", "tweet",
                "post", "letter", "warning", "threat", "accusation", "allegation", "criticism"}
# "his speech to the convention", "her response to the ruling": after a statement or a reply,
# "to" names the audience or what is answered, not what was said.
REPLY_NOUNS = {"response", "reaction", "answer", "reply"}
PARTICIPLE_MAKERS = {"make", "give", "deliver", "publish", "post", "issue", "offer"}
# Prepositions after a stance verb's object that say what the object is blamed, praised or
# taken for: "blasted the media for being dishonest", "warned China against provocations",
# "described X as Y".
OBJECT_PREPS = {"as", "for", "over", "against"}
# Verbs of asking: the question they report is content even when the asker is unnamed.
QUESTION_VERBS = {"ask", "wonder", "inquire", "question"}
# Subjects that do not name anyone.
NON_SPEAKERS = {"that", "which", "what", "this", "there", "who", "it's"}
RELATIVE_PRONOUNS = {"who", "that", "which"}
NON_AGENT_ENTS = {"DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL"}  # "43 said", "49 percent say" are speakers
FIRST_SECOND_PERSON = {"i", "we", "you", "me", "us"}
AGENT_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


@dataclass(frozen=True)
class CueEntry:
    lemma: str
    pos: str
    frame: str
    klass: str


@functools.lru_cache(maxsize=1)
def load_cues() -> dict[tuple[str, str], CueEntry]:
    """The reporting-cue lexicon: (lemma, pos) -> entry."""
    out = {}
    text = (Path(__file__).resolve().parent.parent / "data" / "cues.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, pos, frame, klass = line.split("\t")[:4]
        out.setdefault((lemma, pos), CueEntry(lemma, pos, frame, klass))
    return out


@dataclass
class Region:
    """Text inside one pair of quotation marks (inner span) and with its marks (outer)."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    para: int
    open_end: bool = False  # the paragraph ended before the quote closed
    continues: bool = False  # opens a paragraph continuing the previous one's open quote


@dataclass
class Cue:
    token: object  # the spaCy token of the cue word
    start: int
    end: int
    text: str
    rule: str
    speaker_head: object | None
    content: tuple[int, int] | None = None
    frame: str = "clause"
    date_tokens: tuple = ()  # tokens whose governing time expression dates the statement
    resolved: Resolved | None = None
    date: str | None = None
    date_rule: str | None = None
    regions: list = field(default_factory=list)


# -- 1. quotation marks -----------------------------------------------------------------

def find_quote_regions(text: str, paragraphs) -> list[Region]:
    """Quotation regions, paragraph by paragraph; quote state never leaks across paragraphs
    except as an open quote the next paragraph reopens."""
    spans = [(p.start, min(p.end, len(text))) for p in paragraphs] or [(0, len(text))]
    regions: list[Region] = []
    prev_open = False
    for pi, (ps, pe) in enumerate(spans):
        open_at = None
        open_len = 1
        first_region = True
        para_regions = []
        i = ps
        while i < pe:
            ch = text[i]
            # ASCII typesetting writes the marks as two characters: ``...'' or ''...''
            width = 2 if text.startswith(ASCII_CLOSE, i) or text.startswith(ASCII_OPEN, i) else 1
            mark = text[i:i + width] if width == 2 else ch
            if mark in OPEN_MARKS or mark == ASCII_OPEN:
                if open_at is None:
                    open_at, open_len = i, width
            elif mark in CLOSE_MARKS or mark in (STRAIGHT_MARK, ASCII_CLOSE):
                if open_at is None:
                    # a straight mark opens unless it can only close: after a word or
                    # punctuation and before a space or the paragraph's end
                    after = text[i + width] if i + width < pe else " "
                    before = text[i - 1] if i > ps else " "
                    if mark in (STRAIGHT_MARK, ASCII_CLOSE) and not (after.isspace() and not before.isspace()):
                        open_at, open_len = i, width
                    i += width
                    continue
                para_regions.append(Region(open_at + open_len, i, open_at, i + width, pi))
                open_at = None
            i += width
        if open_at is not None:
            end = pe
            while end > open_at + 1 and text[end - 1].isspace():
                end -= 1
            para_regions.append(Region(open_at + open_len, end, open_at, end, pi, open_end=True))
        for r in para_regions:
            if first_region and prev_open and not text[ps:r.outer_start].strip():
                r.continues = True
            first_region = False
        prev_open = bool(para_regions) and para_regions[-1].open_end
        regions.extend(r for r in para_regions if text[r.start:r.end].strip())
    regions = _merge_continued(regions)
    for r in regions:  # trim white space inside the marks
        while r.start < r.end and text[r.start].isspace():
            r.start += 1
        while r.end > r.start and text[r.end - 1].isspace():
            r.end -= 1
    return regions


def _merge_continued(regions: list[Region]) -> list[Region]:
    """A quotation left open at a paragraph's end and reopened by the next paragraph is
    one quotation across both paragraphs (news style for a long statement)."""
    out: list[Region] = []
    for r in regions:
        if r.continues and out and out[-1].open_end:
            last = out[-1]
            out[-1] = Region(last.start, r.end, last.outer_start, r.outer_end, r.para, r.open_end, last.continues)
        else:
            out.append(r)
    return out


# -- 2. cues ------------------------------------------------------------------------------

def _char_span(tokens) -> tuple[int, int]:
    toks = sorted(tokens, key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _in_regions(offset: int, regions: list[Region]) -> bool:
    return any(r.outer_start <= offset < r.outer_end for r in regions)


def _is_passive(tok) -> bool:
    """'was asked', 'when asked', 'remarks made': no one is named as the doer."""
    deps = {c.dep_ for c in tok.children}
    if deps & {"nsubjpass", "auxpass"}:
        return True
    return tok.tag_ == "VBN" and tok.dep_ in {"advcl", "acl", "relcl"} and not deps & {"aux", "nsubj"}


# A comma-set speaker phrase (or its apposition) before a sentence-final verb of saying is at
# most this many tokens long ("the military's media wing", "Inter-Services Public Relations").
TRAILING_SPEAKER_MAX_TOKENS = 8


def _np_segment(doc, start: int, end: int):
    """The head noun of doc[start:end] when it reads as a bare noun phrase, else None."""
    toks = [t for t in doc[start:end] if not t.is_space]
    if not toks or len(toks) > TRAILING_SPEAKER_MAX_TOKENS:
        return None
    if any(t.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} and t.tag_ != "VBN" for t in toks):
        return None
    nouns = [t for t in toks if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "poss"]
    return nouns[-1] if nouns else None


def _trailing_speaker(tok):
    """"..., the military's media wing, Inter-Services Public Relations, said.": the parser hung
    the speaker inside the reported clause and left the sentence-final verb of saying without a
    subject. The speaker is the comma-set noun phrase before it (the first of a phrase and its
    apposition); the content is the sentence up to that phrase. Returns (head, content) or None."""
    doc, sent = tok.doc, tok.sent
    after = [t for t in doc[tok.i + 1:sent.end] if not t.is_space]
    if any(not t.is_punct for t in after) or tok.i - 1 <= sent.start or doc[tok.i - 1].text != ",":
        return None
    commas = [t.i for t in doc[sent.start:tok.i - 1] if t.text == ","]
    if not commas:
        return None
    last = _np_segment(doc, commas[-1] + 1, tok.i - 1)
    if last is None:
        return None
    head, cut = last, commas[-1]
    if len(commas) >= 2:
        first = _np_segment(doc, commas[-2] + 1, commas[-1])
        if first is not None:  # "the media wing, Inter-Services Public Relations,": a phrase and its apposition
            cut = commas[-2]
            head = last if last.pos_ == "PROPN" else first  # the apposition's proper name names it best
    content = _strip_content(doc, list(doc[sent.start:cut]))
    if content is None or len(doc.text[content[0]:content[1]].split()) < MIN_INDIRECT_WORDS:
        return None
    return head, content


def _subject(tok, depth: int = 0):
    """The token naming who performs `tok` (a verb): its subject, a passive agent, the
    subject a participle or coordinated verb inherits, or the noun a relative clause
    modifies. Returns (token or None, via) where via is the verb it was inherited from."""
    for c in tok.children:
        if c.dep_ == "nsubj":
            return c, None
    for c in tok.children:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            return (objs[0] if objs else None), None
    if _is_passive(tok):
        return None, None
    if depth < 3 and tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and tok.head.head.pos_ in {"VERB", "AUX"}:
        # "told reporters her group never worked with him and said ...": the parser hangs the
        # speaker's next verb from the complement; it is the speaker's (see _speaker_conjunct)
        stop = _speaker_conjunct(tok.head.head, tok.head)
        if stop is not None and stop <= tok.i:
            subj, _ = _subject(tok.head.head, depth + 1)
            return subj, tok.head.head
    if depth < 3 and tok.dep_ in {"advcl", "xcomp", "conj"} and tok.head.i != tok.i and tok.head.pos_ in {"VERB", "AUX"}:
        subj, _ = _subject(tok.head, depth + 1)
        return subj, tok.head
    # "a group backing Bush", "officials speaking at the summit": the noun a participle modifies
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i < tok.i \
            and _is_agent(tok.head):
        return tok.head, None
    # "Governor Bassey Otu, who visited survivors on Monday, called on ...": after a comma-set
    # relative clause the parser may make the name the root and the finite verb its modifier
    if tok.dep_ == "acl" and tok.tag_ in {"VBD", "VBZ"} and tok.head.dep_ == "ROOT" and tok.head.i < tok.i \
            and tok.head.pos_ in {"NOUN", "PROPN"} and _is_agent(tok.head):
        return tok.head, None
    # "... picked up from his daughter by saying he is ready": the gerund after a preposition
    if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in QUOTED_AS_VERBS:
        # "Mansoor was quoted by the state news agency as saying ...": the one quoted speaks,
        # the agency only carries the words
        # ("State news agency BelTA quoted the ministry's press service as saying ...")
        quoted = [c for c in tok.head.head.children if c.dep_ in {"nsubjpass", "dobj"}]
        if quoted:
            return quoted[0], tok.head.head
    if depth < 3 and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in {"VERB", "AUX"}:
        subj, _ = _subject(tok.head.head, depth + 1)
        return subj, tok.head.head
    return None, None


def _stray_that_clause(tok):
    """"told reporters after the ceremony that officials had assured him ...": the parser read
    the that-clause as a relative clause of the occasion noun and the rest as an adverbial; when a
    verb of speech has no content of its own, a complementiser "that" in its own subtree, after
    at most `STRAY_THAT_MAX_GAP` tokens, opens what was said, up to the end of the subtree."""
    sub = [t for t in tok.subtree if t.i > tok.i]
    that = next((t for t in sub if t.lower_ == "that" and t.dep_ == "mark" and t.i - tok.i <= STRAY_THAT_MAX_GAP), None)
    if that is None or any(t.is_punct and t.text not in {"-", "'s"} for t in tok.doc[tok.i:that.i]):
        return None
    return _strip_content(tok.doc, [t for t in sub if t.i > that.i])


def _misparsed_subject(tok):
    """The name right before a finite reporting verb the parser left without a subject: "Sen.
    Elizabeth Warren (D-MA) said Trump was ...", "..., former president Bill Clinton said his wife
    was ..." (the name read as an apposition of an earlier noun). Only for a main verb with a
    complement clause after it; a parenthesis between the name and the verb is skipped."""
    if tok.dep_ != "ROOT" or tok.tag_ not in {"VBD", "VBZ", "VBP"} \
            or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in tok.children) \
            or not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    doc, i = tok.doc, tok.i - 1
    if i >= tok.sent.start and doc[i].text == ")":
        while i >= tok.sent.start and doc[i].text != "(":
            i -= 1
        i -= 1
    comma = i >= tok.sent.start and doc[i].text == ","
    if comma:  # "the Commission, whose commissioner, Anja Kovac, said ...": a name set off by commas
        i -= 1
    if i < tok.sent.start:
        return None
    cand = doc[i]
    if cand.pos_ == "PROPN" and cand.ent_type_ in AGENT_LABELS and cand.head.i != tok.i \
            and (not comma or cand.dep_ == "appos"):
        return cand
    return None


# A stray "that" opens a verb of speech's content when it stands at most this many tokens after
# the verb ("told reporters after the signing ceremony that": the addressee and an occasion).
STRAY_THAT_MAX_GAP = 8


# "X was quoted (by Y) as saying ...", "X was cited as saying ...": X is the speaker.
QUOTED_AS_VERBS = {"quote", "cite"}


def _strip_content(doc, toks) -> tuple[int, int] | None:
    """Char span of content tokens: no leading complementiser, no trailing punctuation."""
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].dep_ == "mark" and toks[0].lower_ in {"that", "whether", "if"} or toks[0].is_punct
                    and toks[0].text not in OPENING_TOKENS or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct and toks[-1].text not in CLOSING_TOKENS or toks[-1].is_space):
        toks = toks[:-1]
    if toks and toks[-1].dep_ == "cc" and toks[-1].i + 1 < len(doc):
        # "offered no specifics about targets or why their approach would work": the parser hung
        # the second conjunct from the verb and left its conjunction in the object: the content
        # takes that conjunct; a conjunction with nothing to take after it is dropped
        cc = toks[-1]
        nxt = [t for t in doc[cc.i + 1:cc.i + 2] if t.dep_ != "cc"]
        conj = next((a for a in nxt[0].ancestors if a.dep_ == "conj" and a.left_edge.i == cc.i + 1), None) \
            if nxt else None
        if conj is None and nxt and nxt[0].dep_ == "conj":
            conj = nxt[0] if nxt[0].left_edge.i == cc.i + 1 else None
        # ("..., and 60 percent said ...": a conjunct that is a report of its own stays out)
        if conj is not None and conj.sent.start == cc.sent.start \
                and (conj.lemma_.lower(), "verb") not in load_cues():
            toks = toks + [t for t in conj.subtree if t.i > cc.i]
            while toks and (toks[-1].is_punct and toks[-1].text not in CLOSING_TOKENS or toks[-1].is_space):
                toks = toks[:-1]
        else:
            toks = toks[:-1]
    if not toks:
        return None
    return _char_span(toks)


SET_OFF_MARKS = {",", "\u2014", "\u2013", "--"}


def _set_off(doc, first: int) -> bool:
    """Is the phrase starting at token `first` set off by a comma or a dash (a closing
    quotation mark may stand between: 'has "expanded the party," claiming that ...')?"""
    k = first - 1
    while k >= 0 and doc[k].text in CLOSING_TOKENS:
        k -= 1
    return k >= 0 and doc[k].text in SET_OFF_MARKS


def _restrictive_subtree(head) -> list:
    """The subtree of `head` without its non-restrictive trailing modifiers: a relative or
    adverbial clause or an apposition set off by a comma ("the deal, which would ...")."""
    doc = head.doc
    drop: set[int] = set()
    for c in head.children:
        if c.i > head.i and c.dep_ in NON_RESTRICTIVE_DEPS:
            first = c.left_edge.i
            if first > 0 and _set_off(doc, first):
                drop.update(t.i for t in c.subtree)
                drop.add(first - 1)
    # deeper down, a relative clause set off by a comma that runs to the end of the phrase
    # ("acknowledged the reality of climate change, which makes him an outlier")
    last = head.right_edge.i
    for t in head.subtree:
        if t.i <= head.i or t.i in drop or t.right_edge.i < last - 1:
            continue
        first = t.left_edge.i
        if first <= head.i or not _set_off(doc, first):
            continue
        if (t.dep_ == "relcl" and t.left_edge.lower_ in {"which", "who", "whom", "whose", "where", "when"}) \
                or (t.dep_ in {"acl", "advcl"} and t.tag_ in {"VBG", "VBN"}) \
                or (t.dep_ == "appos" and t.pos_ in {"NOUN", "PROPN"} and t.left_edge.lower_ in {"a", "an", "the"}) \
                or (t.lower_ == "according" and t.dep_ == "prep"):
            # ", raising the sense that ...", ", considered sacrosanct by ...", ", according to ..."
            drop.update(x.i for x in t.subtree)
            drop.add(first - 1)
    return [t for t in head.subtree if t.i not in drop]


def _content(tok, entry) -> tuple[tuple[int, int] | None, str]:
    """The content span of a verb cue and the frame that gave it."""
    doc = tok.doc
    kids = list(tok.children)
    if entry.frame == "as":  # "see X as Y" is a judgement; "see X" and "see that" are perception
        objs = [c for c in kids if c.dep_ == "dobj" and c.i > tok.i]
        as_phrase = _as_complement(tok, objs[0], {"as"}) if objs else []
        return (_strip_content(doc, _restrictive_subtree(objs[0]) + as_phrase), "object") if as_phrase else (None, "object")
    ccomps = [c for c in kids if c.dep_ == "ccomp" and c.i > tok.i] or [c for c in kids if c.dep_ == "ccomp"]
    if ccomps:
        c = max(ccomps, key=lambda c: len(list(c.subtree)))
        toks = _restrictive_subtree(c)
        tail = _speaker_conjunct(tok, c)
        if tail is not None:
            toks = [t for t in toks if t.i < tail]
        # "said the plan had worked, but that more was needed": a second that-clause coordinated
        # with the complement (the parser may hang it from the verb) is said too
        seconds = [k for h in (tok, c) for k in h.children if k.dep_ == "conj" and k.i > c.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == k.left_edge.i for m in k.children)]
        if seconds and tail is None:
            toks = toks + [t for k in seconds for t in k.subtree]
            toks = toks + [t for t in doc[min(x.i for x in toks):max(x.i for x in toks) + 1] if t.dep_ == "cc"]
        # "said on Wednesday it had received ...": a time phrase the parser hangs from the
        # complement, between the cue and the complement's subject, says when it was said
        subj = next((k for k in c.children if k.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
        if subj is not None and c.i > tok.i:
            lead = [k for k in c.children if k.i < subj.i and k.i > tok.i and k.left_edge.i == tok.i + 1
                    and k.dep_ in {"prep", "npadvmod"} and any(g.ent_type_ in TIME_ENTS for g in k.subtree)]
            if lead:
                cut = {t.i for t in lead[0].subtree}
                toks = [t for t in toks if t.i not in cut]
        if c.i > tok.i:
            # "a wall, which he said the government should pay for": the relative pronoun the
            # parser hangs from the complement stands before the cue; the content is what follows
            toks = [t for t in toks if t.i > tok.i]
        return _strip_content(doc, toks), "clause"
    # "says in a statement that the race ...", "said during a news conference that ...": the
    # parser hangs the that-clause from the noun of the verb's prepositional phrase
    # ("said in one of a series of messages that ...": at any depth of the phrase)
    for c in kids:
        if c.dep_ != "prep" or c.i < tok.i:
            continue
        clauses = [k for k in c.subtree if k.dep_ in {"acl", "relcl", "ccomp"} and k.head.pos_ in {"NOUN", "PROPN", "PRON"}
                   and k.i > k.head.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children)]
        # "told reporters before flying home that ...": the that-clause hung from the gerund of
        # a phrase of time is what was told
        gerunds = [g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG" and c.lower_ in {"before", "after"}]
        clauses += [k for g in gerunds for k in g.children if k.dep_ == "ccomp"
                    and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == k.left_edge.i for m in k.children)]
        if clauses:
            return _strip_content(doc, list(clauses[0].subtree)), "clause"
    xcomps = [c for c in kids if c.dep_ == "xcomp" and c.i > tok.i]
    objs = [c for c in kids if c.dep_ in {"dobj", "dative"} and c.i > tok.i]
    if xcomps and entry.lemma in ACT_INFINITIVE_VERBS:
        return None, "infinitive"  # "agreed to resume talks": an act, not reported speech
    if xcomps and entry.frame in {"clause", "object"}:
        # "called on the rebels to lay down their arms": the addressee belongs to the request
        ons = [c for c in kids if c.dep_ == "prep" and c.lower_ == "on" and entry.lemma in ON_VERBS
               and tok.i < c.i < xcomps[0].i]
        toks = [t for c in objs + ons for t in c.subtree if t.i != (ons[0].i if ons else -1)]
        # "wants to sign up 5 million people, focusing on the young": a comma-set participle or
        # relative clause closing the infinitive stays out, as in a complement clause
        toks += _restrictive_subtree(xcomps[0]) + [t for c in xcomps[1:] for t in c.subtree]
        return _strip_content(doc, toks), "infinitive"
    # "called for all candidates to lay out ...": the parser reads a for-to clause as an
    # adverbial clause opened by "for"
    for c in kids:
        if c.dep_ == "advcl" and c.i > tok.i and entry.frame != "quote" \
                and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == c.left_edge.i for m in c.children) \
                and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
            return _strip_content(doc, [t for t in c.subtree if t.i != c.left_edge.i]), "clause"
    # "accused Obama of ...", "called for ...", "warned about ...", "commented on ..."
    # ("talked to voters about health care": the topic can hang from the addressee)
    addressees = [g for c in kids if c.dep_ == "prep" and c.i > tok.i and c.lower_ in {"to", "with"}
                  for g in c.children if g.dep_ == "pobj"]
    preps = [c for c in kids + [k for a in addressees for k in a.children]
             if c.dep_ == "prep" and c.i > tok.i and (c.lower_ in CONTENT_PREPS or
             (c.lower_ == "on" and entry.lemma in ON_VERBS) or (c.lower_ == "to" and entry.lemma in TO_VERBS)
             or (c.lower_ == "against" and entry.klass == "stance"))]
    preps = [c for c in preps if any(g.dep_ in {"pobj", "pcomp"} and g.ent_type_ not in {"DATE", "TIME"}
                                     for g in c.children)]
    if preps and entry.lemma not in {"say", "tell"}:
        toks = [t for g in preps[0].children if g.dep_ in {"pobj", "pcomp"} for t in _restrictive_subtree(g)]
        if preps[0].lower_ in OBJECT_PREPS and entry.frame == "object":
            # "blasted the media for its coverage": who is blamed belongs to the judgement
            toks += [t for o in objs if o.i < preps[0].i for t in _restrictive_subtree(o)]
        # "called on Iran to reverse course": the infinitive (which the parser may hang from
        # the verb) says what the addressee is asked to do
        toks += [t for c in kids if c.dep_ in {"advcl", "xcomp"} and c.i > preps[0].i
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for t in c.subtree]
        return _strip_content(doc, toks), "prepositional"
    if entry.lemma == "call":
        preps = [c for c in kids if c.dep_ == "prep" and c.lower_ in {"for", "on"} and c.i > tok.i]
        oprd = [c for c in kids if c.dep_ == "oprd"]
        if len(objs) >= 2 and not preps and not oprd:
            # "calling it "a brutal act"", "called him a liar": the parser reads the name given as
            # a second object; it is what was said of the first
            return _strip_content(doc, _restrictive_subtree(objs[-1])), "object"
        if preps or oprd:
            toks = [t for c in objs + preps + oprd for t in c.subtree]
            return _strip_content(doc, toks), "object"
        # 'called the accord "a model of good-neighbourliness"': the parser reads the name given
        # as an apposition of the object; no comma sets it off (", a bold step," is an apposition)
        named = [a for o in objs[:1] for a in o.children if a.dep_ == "appos" and a.i > o.i
                 and not _set_off(doc, a.left_edge.i)]
        if named:
            return _strip_content(doc, _restrictive_subtree(named[0])), "object"
        return None, "clause"
    if entry.lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
        return None, "clause"
    if not objs and entry.frame in {"object", "as"} and (tok.dep_ == "relcl" or any(
            c.dep_ == "dobj" and c.i < tok.i for c in kids)):
        # "a charge the spokeswoman dismissed as "pure fabrication"", "in what he described as
        # "sovereign territory"": the object stands before the verb; the judgement is the as-phrase
        as_phrase = [t for t in _as_complement(tok, tok, {"as"}) if t.lower_ != "as" or t.dep_ != "prep"]
        if as_phrase:
            return _strip_content(doc, as_phrase), "object"
    if objs and entry.frame == "object":
        obj = objs[0]
        # "described his skills as a work in progress", "see Clinton as the stronger candidate":
        # the judgement is the object with its "as" complement
        as_phrase = _as_complement(tok, obj)
        if as_phrase:
            return _strip_content(doc, _restrictive_subtree(obj) + as_phrase), "object"
        # "dismissed Yoon's remarks": someone else's words, not this speaker's content
        if (obj.lemma_.lower() in SPEECH_NOUNS or obj.lower_ in SPEECH_NOUNS) and any(
                c.dep_ in {"poss", "acl"} for c in obj.children):
            return None, "object"
        if obj.pos_ == "PRON" or obj.ent_type_ in NON_AGENT_ENTS:
            return None, "object"  # a pronoun says nothing; "promised Sunday" names a time
        words = [t for t in _restrictive_subtree(obj) if not t.is_punct]
        bare = obj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ not in BARE_OBJECT_POINTING_DETS
                                          for c in obj.children) and len(words) <= BARE_OBJECT_MAX_TOKENS
        stance_pp = _stance_noun_phrase(obj)
        if stance_pp is not None:
            # "showed limited enthusiasm for Mr. Trump", "offered kind words about Bush": the
            # noun says how the speaker stands; what is said is about the phrase's object
            return _strip_content(doc, stance_pp), "object"
        if (obj.lemma_.lower(), "noun") in load_cues():
            # "condemned Trump's call for a ban", "expressed their support for Trump": the
            # judged position is the whole phrase (its own cue is inside this statement);
            # "condemned the attack" names the thing judged, not a statement
            return (None if bare else _strip_content(doc, _restrictive_subtree(obj))), "object"
        if not bare or any(c.dep_ in {"acl", "relcl"} and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in obj.children):
            # "chides Turkey and praises Trump": a verb the parser coordinated with the object
            # is the speaker's next act
            acts = [c for c in obj.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > obj.i]
            toks = _restrictive_subtree(obj) + _object_tail(tok, obj)
            if acts:
                toks = [t for t in toks if t.i < acts[0].left_edge.i and not (t.dep_ == "cc" and t.head.i == obj.i)]
            return _strip_content(doc, toks), "object"
        return None, "object"  # "condemned the incident": the thing judged, not a statement
    # "The plan, he said, will fail" / "..., state media reported on Tuesday": the cue
    # with its own subject hangs from the clause it reports
    # "As Crane said, the two candidates ...": the as-clause reports its main clause
    if tok.dep_ == "advcl" and tok.head.i != tok.i and any(c.dep_ == "mark" and c.lower_ == "as" for c in kids) \
            and any(c.dep_ == "nsubj" for c in kids) and entry.klass in {"speech", "writing"}:
        inner = {t.i for t in tok.subtree}
        toks = [t for t in tok.head.subtree if t.i not in inner]
        return _strip_content(doc, toks), "parenthetical"
    left = min((t.i for t in tok.subtree if not t.is_punct), default=tok.i)
    # ("..., Home Affairs Minister Semi Vuniwai told parliament": the parser may join the cue to the
    # clause it reports as a conjunct; with no conjunction between them it is the same aside)
    prev = max([c.i for c in tok.head.children if c.dep_ == "conj" and c.i < tok.i] + [tok.head.i])
    asyndetic = tok.dep_ == "conj" and not any(c.dep_ == "cc" and prev < c.i < tok.i for c in tok.head.children)
    if (tok.dep_ in {"parataxis", "ccomp", "advcl"} or asyndetic) and tok.head.i != tok.i \
            and tok.head.left_edge.i < left \
            and any(c.dep_ == "nsubj" for c in kids) and entry.klass in {"speech", "writing"} \
            and left > 0 and doc[left - 1].text in {",", "\u2014", "\u2013", "-"} \
            and len(list(tok.subtree)) <= PARENTHETICAL_MAX_TOKENS:
        inner = {t.i for t in tok.subtree}
        toks = [t for t in tok.head.subtree if t.i not in inner]
        return _strip_content(doc, toks), "parenthetical"
    return None, "clause"


# What a verb says of its object after it: "announced a concert in support of Sanders", "polls
# show Johnson at 10 percent", "credited the governor with saving the plant".
OBJECT_TAIL_DEPS = {"prep", "advcl", "oprd", "xcomp", "acomp"}
TIME_ENTS = {"DATE", "TIME"}


# Prepositions of setting and the objects that make them a where or a medium, not part of what
# is said ("on Twitter", "in an op-ed", "in Virginia", "at a rally").
SETTING_PREPS = {"in", "on", "at", "during", "via", "through", "from"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
MEDIUM_NOUNS = {"twitter", "facebook", "instagram", "media", "television", "tv", "radio", "interview", "statement",
                "op", "op-ed", "oped", "email", "e-mail", "letter", "post", "tweet", "speech", "rally", "debate",
                "conference", "briefing", "event", "appearance", "hearing", "column", "editorial", "article",
                "video", "ad", "advertisement", "message", "call", "meeting", "session", "forum", "town",
                "program", "show", "broadcast", "podcast", "blog", "website", "page", "account", "network",
                "channel", "newspaper", "magazine", "book", "memo", "floor", "stage", "campaign", "stop", "trail",
                "condition", "ground", "grounds", "basis", "behalf"}


def _object_tail(tok, obj) -> list:
    """The phrases of verb `tok` after its noun-phrase object `obj` that complete what is said
    of it, up to the first comma or dash; a phrase of time ("endorsed Trump in June") says
    when, not what (PolNeAR train: +0.23 points of content F1)."""
    out = []
    for c in tok.children:
        if c.i <= obj.i or c.dep_ not in OBJECT_TAIL_DEPS or _set_off(tok.doc, c.left_edge.i):
            continue
        if any(g.ent_type_ in TIME_ENTS for g in c.children if g.dep_ == "pobj"):
            continue
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.i == c.left_edge.i for g in c.children):
            continue  # "opposed it as he positioned himself ...": when or why, not what
        if c.dep_ == "prep" and c.lower_ in SETTING_PREPS and any(
                g.dep_ == "pobj" and (g.ent_type_ in PLACE_ENTS or g.lemma_.lower() in MEDIUM_NOUNS)
                for g in c.children):
            continue  # "mocked Trump on Twitter", "supported Sanders in Virginia": where, not what
        out.extend(c.subtree)
    return out


# Nouns that, as the object of a reporting verb, say how the speaker stands toward what follows
# them ("offered kind words about Bush", "showed no sign of backing down").
STANCE_OBJECT_NOUNS = {"word", "words", "enthusiasm", "responsibility", "sign", "signs", "interest", "sympathy",
                       "appreciation", "admiration", "respect", "contempt", "disdain", "regret", "sorrow", "shock",
                       "alarm", "dismay", "skepticism", "scepticism", "solidarity", "willingness", "readiness",
                       "reluctance", "openness", "understanding", "knowledge", "awareness", "preference"}


def _stance_noun_phrase(obj):
    """The object of the "for/of/about/on/against" phrase after a noun object that states a stance
    ("their support for the candidate", "limited enthusiasm for Trump"), as tokens; None when the
    noun is someone else's (a possessor other than a pronoun: "the mayor's call for a curfew")."""
    low = obj.lemma_.lower()
    if obj.pos_ != "NOUN" or not (low in STANCE_OBJECT_NOUNS or obj.lower_ in STANCE_OBJECT_NOUNS):
        return None
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children):
        return None
    for c in obj.children:
        if c.dep_ == "prep" and c.i > obj.i and c.lower_ in STANCE_PREPS:
            objs = [g for g in c.children if g.dep_ in {"pobj", "pcomp"}]
            if objs:
                return [t for g in objs for t in _restrictive_subtree(g)]
        if c.dep_ == "prep":
            break
    return None


STANCE_PREPS = {"for", "of", "about", "on", "against", "toward", "towards", "with"}


def _inverted_speaker(tok):
    """'"Is he running against us?" asked Mr. Manafort': right after a closing quotation mark
    (and its comma) the speaker follows the verb, and the parser may read the name as its
    object. Returns that name's head, else None."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and (doc[k].is_space or doc[k].text == ","):
        k -= 1
    if k < 0 or doc[k].text not in CLOSING_TOKENS:
        return None
    objs = [c for c in tok.children if c.dep_ in {"dobj", "attr"} and c.left_edge.i == tok.i + 1]
    if objs and (objs[0].pos_ == "PROPN" or objs[0].ent_type_ in AGENT_LABELS):
        return objs[0]
    return None


def _that_marked(clause) -> bool:
    """Does the complement clause open with the complementiser "that"?"""
    return any(m.dep_ == "mark" and m.lower_ == "that" and m.i == clause.left_edge.i for m in clause.children)


# Past modals that, negated, carry a subjectless coordinated verb in the cue's past tense.
PAST_NEGATED_AUX = {"would", "could"}


def _speaker_conjunct(cue, clause) -> int | None:
    """Where the complement stops when the parser hangs the speaker's next act from it:
    "She said she has released her returns and called on Sanders to do the same": a
    subjectless past-tense verb coordinated with a complement that is not itself in the past
    tense continues the speaker's sentence (the cue's tense), not the reported clause.
    Returns the token index the content ends before (the conjunction), or None."""
    lex = load_cues()
    for c in clause.children:
        if c.dep_ != "conj" or c.i < clause.i or c.pos_ != "VERB" \
                or any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
            continue
        # "said she has no plans to change her vote and would not identify ...", "said ..., but
        # did not discuss their terms": a negated verb whose finite word is "did" or a past modal
        # is the speaker's refusal in the cue's tense, like a past-tense verb; a passive one is
        # said of the clause's subject ("said the boats had been seized and would not be returned")
        c_tag = c.tag_
        auxes = sorted((g for g in c.children if g.dep_ in {"aux", "auxpass"} and g.i < c.i), key=lambda g: g.i)
        if auxes:
            if any(g.dep_ == "auxpass" for g in auxes) or not any(g.dep_ == "neg" for g in c.children) or not (
                    auxes[0].lower_ in PAST_NEGATED_AUX or (auxes[0].lemma_ == "do" and auxes[0].tag_ == "VBD")):
                continue
            c_tag = "VBD"
        # "told reporters her group never worked with him and said the group ...": a second
        # reporting verb in the cue's own form is the speaker's next statement
        # ("said that it stood with Lithuania and shared its concerns": after an explicit "that"
        # a verb without a complement of its own continues the reported clause)
        again = (c.lemma_.lower(), "verb") in lex and c.tag_ == cue.tag_ and cue.tag_ in {"VBD", "VBZ"} \
            and (not _that_marked(clause) or any(g.dep_ in {"ccomp", "xcomp"} for g in c.children))
        # (a complement in the past perfect or past progressive is in the past: "said Ukraine had
        # shared data with Romania and remained open to monitoring" is one statement)
        clause_past = clause.tag_ == "VBD" or any(g.dep_ in {"aux", "auxpass"} and g.tag_ == "VBD"
                                                  for g in clause.children)
        past = cue.tag_ in {"VBD", "VBZ", "VBP"} and c_tag == "VBD" and not clause_past
        # "..., stating that it was a "disaster" and asking, "How can ...?"": a participle cue's
        # coordinated participle is the speaker's next act when the complement is no participle
        gerund = cue.tag_ == "VBG" and c.tag_ == "VBG" and clause.tag_ != "VBG"
        if again or past or gerund:
            ccs = [g for g in clause.children if g.dep_ == "cc" and g.i < c.i]
            return ccs[-1].i if ccs else c.i
    return None


def _as_complement(tok, obj, preps=None) -> list:
    """The "as" phrase (or object predicate) that says what the object of `tok` is taken to
    be: "described his skills [as a work in progress]", "see Trump [as most unfair]"."""
    out = []
    for c in tok.children:
        if c.i <= obj.i:
            continue
        if c.dep_ in {"advcl", "acomp", "xcomp"} and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
            continue  # "criticized the budget as lawmakers gathered": a clause of its own, when
        if (c.dep_ == "prep" and c.lower_ in (preps or OBJECT_PREPS)) or (c.dep_ in {"advcl", "acomp", "xcomp"} and c.left_edge.lower_ == "as"):
            out.extend(_restrictive_subtree(c))
    return out


def _question_clause(tok):
    """The question a verb of asking reports: a clause after it opened by "if"/"whether" or
    a wh-word ("asked workers if they planned to ...", "wondered why she had not ...")."""
    for c in tok.children:
        if c.i <= tok.i or c.dep_ not in {"ccomp", "advcl", "xcomp"}:
            continue
        if any(m.dep_ == "mark" and m.lower_ in {"if", "whether"} for m in c.children) \
                or c.left_edge.tag_ in {"WDT", "WP", "WP$", "WRB"}:
            return c
    return None


def _speech_noun_owner(tok, via):
    """'X dismissed Y's remarks made in ..., stating that "..."': a participle cue whose
    verb's object is a possessed statement noun reports that statement -> (owner, noun)."""
    if via is None or tok.tag_ != "VBG":
        return None
    for obj in via.children:
        if obj.dep_ == "dobj" and (obj.lemma_.lower() in SPEECH_NOUNS or obj.lower_ in SPEECH_NOUNS) and obj.i < tok.i:
            owners = [c for c in obj.children if c.dep_ == "poss"]
            if owners:
                return owners[0], obj
    return None


def _is_agent(tok) -> bool:
    """Can this noun phrase head speak? People, organisations, countries, groups and
    documents can; "the database" or "the figures" cannot."""
    from newsgraph.extract.speakers import DOCUMENT_NOUNS, GROUP_NOUNS

    if tok.ent_type_ in AGENT_LABELS or tok.pos_ == "PRON":
        return True
    return tok.lower_ in GROUP_NOUNS or tok.lemma_.lower() in GROUP_NOUNS | DOCUMENT_NOUNS


# Nouns naming a finding or a statement that "according to" attributes to ("the results",
# "a count by", "a new poll"); a data store ("the database", "the figures") states nothing.
FINDING_NOUNS = {"result", "poll", "survey", "count", "tally", "estimate", "projection", "study", "report",
                 "analysis", "assessment", "statement", "account", "interview", "transcript", "ruling",
                 "review", "investigation", "audit", "filing", "memo", "letter", "complaint", "indictment",
                 "finding", "testimony", "forecast", "release", "document", "source"}


# Nouns after "according to" that name a rule or a store of records, not the source of a
# statement: "according to plan", "according to the city database".
NON_SOURCE_NOUNS = {"plan", "schedule", "script", "design", "tradition", "custom", "rule", "law", "database",
                    "record", "records", "data", "figure", "figures", "file", "archive", "registry", "register",
                    "list", "standard", "formula", "protocol", "procedure", "timetable", "size", "age", "need"}
# Findings a sentence can open with to report what follows: "In a new poll, 50 percent chose ...".
# (Not "in an interview": the verb of such a sentence is the statement or an act, and
# "leads in the polls" is an idiom.)
FINDING_CONTAINERS = {"poll", "survey", "study", "report", "analysis", "letter", "memo", "op-ed", "editorial",
                      "filing", "complaint", "ruling"}


# A sentence adverbial before "according to X" of at most this many words and no verb ("In
# addition, according to ...", "Still, according to ...") does not belong to the statement.
LEAD_ADVERBIAL_MAX_TOKENS = 3


DASHES = {"-", "--", "\u2013", "\u2014", "\u2015"}


def _around_phrase(doc, phrase: set[int]) -> tuple[int, int] | None:
    """The statement a sentence adverbial attributes ("..., according to the AP", "According
    to the survey, ..."): the rest of its sentence. A phrase opening the sentence (after at
    most a conjunction) gives what follows it; one closing it gives what precedes it; one
    in the middle gives the whole sentence around it."""
    first, last = min(phrase), max(phrase)
    sent = doc[first].sent
    toks = [t for t in sent if t.i not in phrase]
    before = [t for t in toks if t.i < first and not (t.is_punct or t.is_space)]
    after = [t for t in toks if t.i > last and not (t.is_punct or t.is_space)]
    if all(t.dep_ == "cc" for t in before) or (
            len(before) <= LEAD_ADVERBIAL_MAX_TOKENS and not any(t.pos_ in {"VERB", "AUX"} or t.dep_.startswith("nsubj")
                                                                 for t in before)):
        # "According to X, ...", "But according to X, ...", "In addition, according to X, ..."
        toks = [t for t in toks if t.i > last]
    elif not after or after[0].dep_ == "cc" or (last + 1 < sent.end and doc[last + 1].text in DASHES):
        # "..., according to X." / "..., according to X, but he needs more": what precedes it
        # ("..., according to the Tax Policy Center - half a percentage point of GDP": a dash
        # sets off the writer's own gloss)
        toks = [t for t in toks if t.i < first]
    return _strip_content(doc, toks) if toks else None


def _is_source_phrase(tok) -> bool:
    """'according to early results of exit polls', 'according to a count by the AP': a
    determined or modified finding noun is a source; 'according to plan' or a mere store of
    records ('according to the database') is not."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in FINDING_NOUNS and any(
        c.dep_ in {"det", "poss", "amod", "compound", "prep"} for c in tok.children)


def _can_speak(subj) -> bool:
    """A subject that names someone: not "there"/"this", not a date or a number; a relative
    pronoun only when it stands for the noun its clause modifies ("Barkley, who said ...")."""
    if subj.lower_ in RELATIVE_PRONOUNS:
        return subj.head.dep_ == "relcl" and subj.head.head.pos_ in {"NOUN", "PROPN", "PRON"}
    if subj.lower_ in NON_SPEAKERS:
        return False
    return subj.ent_type_ not in NON_AGENT_ENTS


# Evidentials: "The court seemed to send a signal", "The deal appears likely to pass": the
# writer reports how a state of affairs looks; what looks so (subject and complement) is the
# content, and nobody is named as its source.
EVIDENTIAL_VERBS = {"seem", "appear"}
# "The sale is expected to close in March", "He is believed to have fled": an unnamed
# source's expectation or belief, reported in the passive with an infinitive.
UNNAMED_PASSIVE_VERBS = {"expect", "believe", "think", "say", "report", "rumor", "rumour", "project", "predict",
                         "forecast", "anticipate"}
EVIDENTIAL_COMPLEMENTS = {"xcomp", "oprd", "acomp", "attr", "ccomp"}
# "The drafting process is seen as one way to win concessions", "She is widely regarded as the
# favourite": an unnamed judgement, reported in the passive with an "as" complement (or, for
# "consider", a predicate: "is considered the favourite").
AS_PASSIVE_VERBS = {"see", "view", "regard", "consider", "perceive", "portray", "characterize", "characterise",
                    "depict", "brand", "cast", "paint"}


# What an unnamed judge blames or praises someone for in the passive ("was criticized for",
# "was accused of").
PASSIVE_STANCE_PREPS = {"for", "of"}


def _stance_verb(lemma: str) -> bool:
    entry = load_cues().get((lemma, "verb"))
    return entry is not None and entry.klass == "stance"


def _evidential_cue(doc, tok, regions: list[Region]) -> Cue | None:
    """'X seems/appears to Y', 'X is expected/believed to Y' (no agent): a sourceless
    report whose content is the subject with its complement."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    if lemma in EVIDENTIAL_VERBS:
        subjs = [c for c in tok.children if c.dep_ == "nsubj"]
    elif lemma in UNNAMED_PASSIVE_VERBS and _is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children):
        subjs = [c for c in tok.children if c.dep_ == "nsubjpass"]
    elif (lemma in AS_PASSIVE_VERBS or _stance_verb(lemma)) and _is_passive(tok) \
            and not any(c.dep_ == "agent" for c in tok.children):
        # ("He was criticized for his remarks", "She was accused of lying": a stance verb's
        # passive with what the unnamed judges blame or praise)
        preps = {"as"} | (PASSIVE_STANCE_PREPS if _stance_verb(lemma) else set())
        subjs = [c for c in tok.children if c.dep_ == "nsubjpass"]
        comps = [c for c in tok.children if c.i > tok.i and (c.dep_ == "prep" and c.lower_ in preps and any(
            g.dep_ in {"pobj", "pcomp"} for g in c.children) or lemma == "consider" and c.dep_ in {"oprd", "attr"})]
        if not subjs or not comps or _in_regions(subjs[0].idx, regions) \
                or subjs[0].lower_ in RELATIVE_PRONOUNS or subjs[0].tag_ in {"WP", "WDT"}:
            return None
        toks = list(doc[subjs[0].left_edge.i:max(t.i for t in _restrictive_subtree(comps[0])) + 1])
        content = _strip_content(doc, toks)
        return None if content is None else Cue(tok, tok.idx, tok.idx + len(tok.text), tok.text, "evidential", None,
                                                 content, "parenthetical", (tok,))
    else:
        return None
    comps = [c for c in tok.children if c.dep_ in EVIDENTIAL_COMPLEMENTS and c.i > tok.i]
    if lemma in EVIDENTIAL_VERBS or subjs and subjs[0].lower_ != "it":
        # the infinitive or predicate ("seems stable", "is expected to close"); a that-clause
        # goes with the expletive "it" only
        comps = [c for c in comps if c.dep_ != "ccomp" and (c.dep_ != "xcomp" or c.pos_ != "VERB" or any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children))]
    if not subjs or not comps or _in_regions(subjs[0].idx, regions):
        return None
    subj, comp = subjs[0], comps[0]
    if subj.lower_ in RELATIVE_PRONOUNS or subj.tag_ in {"WP", "WDT"}:
        return None  # "a deal which seems likely to pass": the relative clause describes the deal
    if comp.dep_ == "ccomp":  # "It is expected that the talks will resume"
        toks = list(comp.subtree)
    else:
        toks = list(doc[subj.left_edge.i:max(t.i for t in _restrictive_subtree(comp)) + 1])
    content = _strip_content(doc, toks)
    if content is None:
        return None
    return Cue(tok, tok.idx, tok.idx + len(tok.text), tok.text, "evidential", None, content, "parenthetical", (tok,))


# Adverbs that say the clause is somebody's report, not the writer's finding ("The FBI is
# reportedly making arrangements ...", "the hackers have allegedly infiltrated ...").
EVIDENTIAL_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "reputedly"}


def _adverb_cue(doc, tok, regions: list[Region]) -> Cue | None:
    """'The FBI is reportedly making arrangements to interview X': a sourceless report whose
    content is the clause the adverb modifies (the adverb inside it)."""
    if tok.lower_ not in EVIDENTIAL_ADVERBS or tok.dep_ != "advmod" or tok.head.pos_ not in {"VERB", "AUX"}:
        return None
    head = tok.head
    toks = [t for t in _restrictive_subtree(head) if t.i != tok.i]
    if tok.i == min(t.i for t in head.subtree):  # "Reportedly, he made ...": what follows
        toks = [t for t in toks if t.i > tok.i]
    content = _strip_content(doc, toks)
    if content is None or _in_regions(tok.idx, regions):
        return None
    return Cue(tok, tok.idx, tok.idx + len(tok.text), tok.text, "evidential-adverb", None, content, "parenthetical",
               (head,))


# Verbs an adjectival cue is predicated through ("were optimistic that", "remains critical of").
COPULAS = {"be", "remain", "seem", "appear", "become", "sound", "stay", "grow", "look"}
# Prepositions that carry what an adjectival cue is about ("critical of X", "concerned about X",
# "opposed to X", "happy with X", "interested in X").
ADJ_CONTENT_PREPS = {"of", "about", "to", "with", "over", "at", "in", "on", "for", "by"}


def _adjective_cue(doc, tok, regions: list[Region]) -> Cue | None:
    """'The advisers were optimistic that he would win', 'Her website has been critical of
    the Speaker', 'supporters reluctant to give up': an adjective of attitude predicated of
    someone who can speak reports that attitude; the content is its that-clause, infinitive or
    prepositional object. 'It is unclear whether ...' (an evidential) has no source."""
    if tok.pos_ not in {"ADJ", "VERB"}:
        return None
    entry = load_cues().get((tok.lower_, "adj"))
    if entry is None:
        return None
    subj = None
    if tok.dep_ in {"acomp", "oprd"} and tok.head.lemma_.lower() in COPULAS:
        subj, _ = _subject(tok.head)
        frame_heads = (tok, tok.head)
    elif tok.dep_ == "amod" and tok.head.i < tok.i and tok.head.pos_ in {"NOUN", "PROPN"}:
        subj, frame_heads = tok.head, (tok,)  # "supporters reluctant to give up"
    else:
        return None
    if subj is None or _in_regions(subj.idx, regions):
        return None
    expletive = subj.lower_ == "it"
    if expletive != (entry.klass == "evidential"):
        return None  # "it is critical that" is a necessity, "she is clear" a manner
    if not expletive and not (_is_agent(subj) and _can_speak(subj)):
        return None  # "the store is open", "the data are clear"
    toks = None
    for h in frame_heads:
        for c in h.children:
            if c.i <= tok.i:
                continue
            if c.dep_ in {"ccomp", "advcl"} and any(
                    g.dep_ == "mark" and g.lower_ in {"that", "whether", "if"} for g in c.children) \
                    or c.dep_ == "ccomp" and h is tok:
                toks = list(c.subtree)
            elif h is tok and c.dep_ == "xcomp" and entry.klass == "stance" \
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                # "eager to ensure ...", "willing to talk"; "is sure/certain to win" is a forecast
                toks = list(c.subtree)
            elif h is tok and c.dep_ == "prep" and c.lower_ in ADJ_CONTENT_PREPS and not expletive:
                objs = [g for g in c.children if g.dep_ in {"pobj", "pcomp"} and g.ent_type_ not in {"DATE", "TIME"}]
                if objs:
                    toks = _restrictive_subtree(objs[0])
            if toks:
                break
        if toks:
            break
    content = _strip_content(doc, toks) if toks else None
    if content is None:
        return None
    return Cue(tok, tok.idx, tok.idx + len(tok.text), tok.text, "adjective-cue", None if expletive else subj,
               content, "clause", (tok.head,) if tok.head.i != tok.i else ())


# Verbs of refusing: "declined to comment", "refused to say" report a statement withheld;
# "refused to leave" is an act.
REFUSAL_VERBS = {"decline", "refuse"}


def _refusal_cue(doc, tok, regions: list[Region]) -> Cue | None:
    """'The ministry declined to comment.': a refusal whose infinitive is a verb of the cue
    lexicon that reports nothing of its own (a bare 'to comment', 'to say') is the subject's
    statement, the infinitive its content. 'declined to say whether ...' stays the inner
    verb's statement ('say' inherits the subject)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in REFUSAL_VERBS:
        return None
    lex = load_cues()
    comps = [c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and (c.lemma_.lower(), "verb") in lex
             and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    if not comps or _content(comps[0], lex[(comps[0].lemma_.lower(), "verb")])[0] is not None:
        return None
    subj, via = _subject(tok)
    if subj is None or not _can_speak(subj) or _in_regions(subj.idx, regions):
        return None
    content = _strip_content(doc, list(comps[0].subtree))
    if content is None:
        return None
    return Cue(tok, tok.idx, tok.idx + len(tok.text), tok.text, "refusal", subj, content, "infinitive",
               (tok,) + ((via,) if via is not None else ()))


# The first person who states a belief of their own ("I think the deal is dead", "We hope the
# talks resume"); "you know" speaks to the reader.
BELIEF_PERSONS = {"i", "we"}
# Verbs by which the first person states an opinion; "I guess", "we know", "I learned" hedge,
# appeal to common ground or narrate.
BELIEF_VERBS = {"think", "believe", "hope", "fear", "doubt", "expect", "suspect", "feel", "wish", "worry", "trust"}


def _first_person_belief(tok, subj, frame: str, content) -> bool:
    """'I think the plan will fail.': a first-person cognition verb heading its sentence with a
    complement clause after it is the writer's (or interviewee's) stated belief, a report
    (PolNeAR train: 22 of 30 such cues are gold contents); asides ("..., I guess", "we know"),
    questions ("Do you think ...?") and "you know" are not."""
    return (frame == "clause" and content is not None and content[0] > tok.idx and tok.dep_ == "ROOT"
            and subj.lower_ in BELIEF_PERSONS and tok.lemma_.lower() in BELIEF_VERBS
            and not any(t.text == "?" for t in tok.sent[-3:]))


def find_cues(doc, regions: list[Region]) -> list[Cue]:
    """Reporting cues outside quotations, with speaker phrase heads and content spans."""
    lex = load_cues()
    text = doc.text  # Doc.text rebuilds the string on every access: read it once
    cues: list[Cue] = []
    for tok in doc:
        if _in_regions(tok.idx, regions):
            continue
        evidential = _evidential_cue(doc, tok, regions) or _adjective_cue(doc, tok, regions) \
            or _refusal_cue(doc, tok, regions) or _adverb_cue(doc, tok, regions)
        if evidential is not None:
            cues.append(evidential)
            continue
        low, lemma = tok.lower_, tok.lemma_.lower()
        if tok.pos_ == "VERB" and (lemma, "verb") not in lex and low.endswith("ing") \
                and (low[:-3] + "e", "verb") in lex:
            lemma = low[:-3] + "e"  # the lemmatizer reads "hoping" as "hop"
        elif tok.pos_ == "VERB" and (lemma, "verb") not in lex and (lemma + "e", "verb") in lex \
                and low.startswith(lemma) and low[len(lemma):] in {"es", "ed", "e"}:
            lemma += "e"  # ... and "hopes" / "hoped" as "hop"
        if lemma == "make" and tok.pos_ == "VERB":
            # "made clear that ...", "made it clear that ...": a stance cue
            clear = [c for c in tok.children if c.lower_ == "clear" and c.dep_ in {"ccomp", "oprd", "acomp", "xcomp"}]
            subj, via = _subject(tok)
            if clear and subj is not None and _can_speak(subj) and not _in_regions(subj.idx, regions):
                thats = [c for h in (tok, clear[0]) for c in h.children if c.dep_ in {"ccomp", "advcl"}
                         and c is not clear[0] and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
                if thats:
                    content = _strip_content(doc, list(thats[0].subtree))
                    end = clear[0].idx + len(clear[0].text)
                    cues.append(Cue(tok, tok.idx, end, text[tok.idx:end], "made-clear", subj, content, "clause",
                                    (tok,) + ((via,) if via is not None else ())))
                    continue
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if not objs or not (_is_agent(objs[0]) or _is_source_phrase(objs[0]) or (
                    objs[0].pos_ in {"NOUN", "PROPN"} and objs[0].lemma_.lower() not in NON_SOURCE_NOUNS
                    and objs[0].lower_ not in NON_SOURCE_NOUNS)):
                continue
            head = tok.head if tok.head.i != tok.i else None
            if head is None:
                continue
            inner = {t.i for t in tok.subtree} | {t.i for t in to.subtree}
            content = _around_phrase(doc, inner)
            # in the middle of its sentence the phrase wraps the clause it attributes ("Notably
            # absent, according to members, was any mention of ..."): the whole sentence
            wraps = content is not None and content[0] <= tok.idx < content[1]
            cues.append(Cue(tok, tok.idx, to.idx + len(to.text), text[tok.idx:to.idx + len(to.text)],
                            "according-to", objs[0], content, "parenthetical" if wraps else "clause", (head,)))
            continue
        if low == "in" and tok.dep_ == "prep" and tok.head.pos_ in {"VERB", "AUX"} \
                and (tok.head.lemma_.lower(), "verb") not in lex:
            # "In a new poll, 50 percent chose Clinton": a finding opening the sentence reports it
            objs = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in FINDING_CONTAINERS
                    and any(g.dep_ in {"det", "poss", "amod", "compound"} for g in c.children)]
            inner = {t.i for t in tok.subtree}
            if objs and all(t.dep_ == "cc" or t.is_punct for t in doc[tok.sent.start:tok.i]):
                content = _around_phrase(doc, inner)
                cues.append(Cue(tok, tok.idx, objs[0].idx + len(objs[0].text), text[tok.idx:objs[0].idx + len(objs[0].text)],
                                "in-finding", objs[0], content, "clause", (tok.head,)))
                continue
        if lemma in NO_COMMENT_VERBS and tok.pos_ in {"VERB", "AUX"}:
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "comment"
                    and any(g.lower_ in {"no", "little"} for g in c.children)]
            subj, _ = _subject(tok)
            if objs and subj is not None and _can_speak(subj) and not _in_regions(subj.idx, regions):
                content = _strip_content(doc, list(objs[0].subtree))
                cues.append(Cue(tok, tok.idx, tok.idx + len(tok.text), tok.text, "no-comment", subj, content,
                                "object", (tok,)))
                continue
        if tok.pos_ in {"VERB", "AUX"} and (lemma, "verb") in lex:
            entry = lex[(lemma, "verb")]
            passive = _is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children)
            question = _question_clause(tok) if lemma in QUESTION_VERBS else None
            if question is not None:
                # "asked workers if they planned to attend", "when asked whether he would ...":
                # the question is the statement; the asker is unnamed when the verb is passive
                subj, via = (None, None) if passive else _subject(tok)
                if subj is not None and (not _can_speak(subj) or _in_regions(subj.idx, regions)):
                    subj = None
                cues.append(Cue(tok, tok.idx, tok.idx + len(tok.text), tok.text, "question", subj,
                                _strip_content(doc, list(question.subtree)), "clause",
                                (tok,) + ((via,) if via is not None else ())))
                continue
            if passive:
                continue
            if lemma in QUOTED_AS_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" and any(
                    g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in tok.children):
                continue  # "BelTA quoted the ministry as saying ...": the saying is the statement
            subj, via = _subject(tok)
            rule = "verb-cue"
            date_tokens = (tok,) + ((via,) if via is not None else ())
            if subj is None:
                subj = _inverted_speaker(tok)
            if subj is None:
                subj = _misparsed_subject(tok)
            if subj is None:
                trailing = _trailing_speaker(tok)
                if trailing is not None and _can_speak(trailing[0]) and not _in_regions(trailing[0].idx, regions):
                    cues.append(Cue(tok, tok.idx, tok.idx + len(tok.text), tok.text, "verb-cue-trailing", trailing[0],
                                    trailing[1], "parenthetical", date_tokens))
                    continue
            owned = _speech_noun_owner(tok, via)
            if owned is not None:
                subj, noun = owned
                makers = [c for c in noun.children if c.dep_ == "acl"]
                date_tokens = tuple(makers) + (via,)
                rule = "verb-cue-statement-owner"
            if subj is not None and _in_regions(subj.idx, regions):
                # '"..., not just another promise," Rubinyan, who is ..., told reporters': the
                # parser made a word of the quotation the subject and the speaker its apposition
                subj = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i
                             and not _in_regions(c.idx, regions) and _can_speak(c)), subj)
            if subj is None or not _can_speak(subj) or _in_regions(subj.idx, regions):
                continue
            content, frame = _content(tok, entry)
            if entry.klass == "cognition" and subj.lower_ in FIRST_SECOND_PERSON \
                    and not _first_person_belief(tok, subj, frame, content):
                continue  # "I guess", "we know": the writer's or speaker's aside, not a report
            if content is None and entry.klass == "speech" and entry.frame != "quote":
                content = _stray_that_clause(tok)
            if entry.frame == "quote":
                frame = "quote"
            end = tok.idx + len(tok.text)
            for c in tok.children:  # the particle belongs to the cue: "pointed out", "called for"
                if c.dep_ == "prt" and c.i == tok.i + 1:
                    end = c.idx + len(c.text)
            cues.append(Cue(tok, tok.idx, end, text[tok.idx:end], rule, subj, content, frame, date_tokens))
            continue
        if tok.pos_ == "VERB" and (lemma, "verb") not in lex and lemma not in NOT_REPORTING:
            # an unlisted verb with a that-clause and a speaking subject ("reminded viewers that")
            ccomps = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
                      and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
            subj, via = _subject(tok)
            if ccomps and subj is not None and _is_agent(subj) and subj.lower_ not in NON_SPEAKERS | {"it"} \
                    and not _in_regions(subj.idx, regions):
                content = _strip_content(doc, list(ccomps[0].subtree))
                cues.append(Cue(tok, tok.idx, tok.idx + len(tok.text), tok.text, "that-clause", subj, content,
                                "clause", (tok,) + ((via,) if via is not None else ())))
                continue
        if tok.pos_ == "NOUN" and (lemma, "noun") in lex:
            owner = [c for c in tok.children if c.dep_ == "poss"]
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
                    owner += [g for g in c.children if g.dep_ == "pobj"]
            clauses = [c for c in tok.children if c.dep_ in {"acl", "ccomp", "relcl"}
                       and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
            if not clauses:  # "her decision to run", "Trump's plan to build a wall"
                clauses = [c for c in tok.children if c.dep_ in {"acl", "relcl"} and c.i > tok.i
                           and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
            light = False
            if not owner and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
                # "X expressed support for ...", "X voiced concern that ...": the light verb's subject
                subj, _ = _subject(tok.head)
                if subj is not None and _can_speak(subj) and not _in_regions(subj.idx, regions):
                    owner, light = [subj], True
            if not owner and tok.dep_ == "attr" and tok.head.lemma_.lower() == "be":
                # "The governor is a vocal advocate of charter schools": the copula's subject,
                # when it can speak ("The core of the treaty is a pledge to ..." is no statement)
                subj, _ = _subject(tok.head)
                if subj is not None and _can_speak(subj) and _is_agent(subj) and not _in_regions(subj.idx, regions):
                    owner, light = [subj], True
            if not owner and tok.dep_ == "appos" and _is_agent(tok.head) and _can_speak(tok.head) \
                    and not _in_regions(tok.head.idx, regions):
                # "Sen. Kirsten Gillibrand, a supporter of Hillary Clinton's bid, ...": the
                # phrase the apposition describes
                owner, light = [tok.head], True
            that_clauses = [c for c in clauses if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
            if not owner and that_clauses:
                # "stirred controversy with an assertion that ...", "concerns that the deal
                # would collapse": the noun's content clause is reported; no one is named
                cues.append(Cue(tok, tok.idx, tok.idx + len(tok.text), tok.text, "noun-cue-unowned", None,
                                _strip_content(doc, list(that_clauses[0].subtree)), "clause",
                                (tok.head,) if tok.head.i != tok.i else ()))
                continue
            if not owner:
                continue
            if clauses:
                content = _strip_content(doc, _restrictive_subtree(clauses[0]))
            else:  # "Pence's call for a special prosecutor", "his comments about the vote"
                preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in NOUN_CONTENT_PREPS and c.i > tok.i
                         and not (c.lower_ == "to" and (lemma in SPEECH_NOUNS or low in SPEECH_NOUNS or lemma in REPLY_NOUNS))]
                objs = [g for c in preps[:1] for g in c.children if g.dep_ in {"pobj", "pcomp"}]
                if not objs or not (light or any(o.dep_ == "poss" for o in owner)):
                    continue
                content = _strip_content(doc, [t for o in objs for t in _restrictive_subtree(o)])
            cues.append(Cue(tok, tok.idx, tok.idx + len(tok.text), tok.text, "noun-cue", owner[0], content,
                            "clause", (tok.head,) if tok.head.i != tok.i else ()))
    return cues


# After a quotation closed by a comma, question or exclamation mark, a short clause of a speaker
# and a verb with no object or complement of its own is the quotation's cue, whatever the verb
# ('"...," Oliver barked.', '"...?" she wondered aloud.'): news style leaves no other reading.
AFTER_QUOTE_MAX_TOKENS = 4


def find_after_quote_cues(doc, regions: list[Region]) -> list[Cue]:
    """Cues of verbs outside the lexicon that close a quotation ('"...," Oliver barked')."""
    text = doc.text
    out = []
    for r in regions:
        inner = text[r.start:r.end].rstrip()
        if not inner or inner[-1] not in ",?!" or r.outer_end >= len(text):
            continue
        span = doc.char_span(r.outer_end, min(len(text), r.outer_end + 120), alignment_mode="expand")
        if span is None:
            continue
        toks = [t for t in span if not t.is_space]
        while toks and toks[0].text in CLOSING_TOKENS | {","}:
            toks = toks[1:]
        for t in toks[:AFTER_QUOTE_MAX_TOKENS]:
            if "\n" in text[r.outer_end:t.idx]:
                break
            if t.pos_ != "VERB" or t.tag_ not in {"VBD", "VBZ"} or _in_regions(t.idx, regions):
                continue
            if any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "oprd", "acomp"} and c.i > t.i for c in t.children):
                break  # (the quotation itself may hang from it as its complement)
            subj, _ = _subject(t)
            if subj is None:
                subj = _inverted_speaker(t) or next((c for c in t.children if c.dep_ in {"npadvmod", "dobj"}
                                                     and c.i > t.i and c.pos_ == "PROPN"), None)
            if subj is None or not (_is_agent(subj) or subj.pos_ == "PROPN") or subj.lower_ in NON_SPEAKERS \
                    or subj.ent_type_ in NON_AGENT_ENTS or _in_regions(subj.idx, regions):
                break
            out.append(Cue(t, t.idx, t.idx + len(t.text), t.text, "verb-after-quote", subj, None, "quote", (t,)))
            break
    return out


def find_colon_cues(doc, regions: list[Region]) -> list[Cue]:
    """Headline style 'Trump: I Am the Worst Thing ...': a line opening with a name (an
    entity or a group noun, a few words) and a colon; the rest of the line is content."""
    from newsgraph.extract.speakers import GROUP_NOUNS

    text = doc.text
    cues = []
    pos = 0
    name_words = {t.lower_ for e in doc.ents if e.label_ in {"PERSON", "ORG"} for t in e}
    for line in text.splitlines(keepends=True):
        m = COLON_LINE.match(line)
        if m and not _in_regions(pos, regions):
            colon = pos + m.end(1)
            prefix = doc.char_span(pos + m.start(1), colon, alignment_mode="contract")
            rest_start = pos + m.start(2)
            rest_end = pos + len(line.rstrip())
            if prefix is not None and len(prefix) and rest_end - rest_start > 0:
                head = prefix[-1]
                named = any(t.ent_type_ in AGENT_LABELS for t in prefix) or head.lower_ in GROUP_NOUNS or (
                    # a bare name the tagger left unlabelled ("Lynch: ...", transcript "TAPPER: ..."):
                    # capitalised, and a proper noun or a word of a name the article mentions
                    len(prefix) <= COLON_BARE_NAME_MAX_TOKENS and not any(t.lower_ in COLON_LABELS for t in prefix)
                    and all(t.is_alpha and (t.is_title or t.is_upper) for t in prefix)
                    and (all(t.pos_ == "PROPN" for t in prefix) or head.lower_ in name_words))
                colon_tok = doc.char_span(colon, colon + 1, alignment_mode="expand")
                if named and colon_tok is not None and len(colon_tok) and len(prefix) <= COLON_NAME_MAX_TOKENS:
                    cues.append(Cue(colon_tok[0], colon, colon + 1, ":", "colon-cue", head,
                                    (rest_start, rest_end), "clause", ()))
        elif _is_title_case(line) and not _in_regions(pos, regions):
            cue = _title_case_cue(doc, line, pos)
            if cue is not None:
                cues.append(cue)
        pos += len(line)
    return cues


def _is_title_case(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= TITLE_MIN_WORDS and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


@functools.lru_cache(maxsize=1)
def _title_verb_forms() -> dict[str, str]:
    """'Says' -> 'say', 'Denies' -> 'deny' ...: present-tense forms of the speech verbs."""
    forms = {"said": "say", "told": "tell", "tells": "tell"}
    for (lemma, pos), entry in load_cues().items():
        if pos != "verb" or entry.klass not in {"speech", "stance"}:
            continue
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            forms[lemma[:-1] + "ies"] = lemma
        elif lemma.endswith(("s", "sh", "ch", "x", "z")):
            forms[lemma + "es"] = lemma
        else:
            forms[lemma + "s"] = lemma
    return forms


def _title_case_cue(doc, line: str, pos: int) -> Cue | None:
    """Headline 'Chris Christie Says He Would Issue A Quarantine': the taggers read title
    case poorly, so the speaker is the words before the first speech verb form."""
    forms = _title_verb_forms()
    words = list(re.finditer(r"\S+", line))
    for k, m in enumerate(words[1:TITLE_MAX_SPEAKER_WORDS + 1], 1):
        lemma = forms.get(m.group().lower())
        if lemma is None or k + 1 >= len(words):
            continue
        name = doc.char_span(pos + words[0].start(), pos + words[k - 1].end(), alignment_mode="contract")
        cue_tok = doc.char_span(pos + m.start(), pos + m.end(), alignment_mode="expand")
        if name is None or not len(name) or cue_tok is None:
            return None
        if not any(t.ent_type_ in AGENT_LABELS for t in name):
            return None
        content = (pos + words[k + 1].start(), pos + len(line.rstrip()))
        return Cue(cue_tok[0], pos + m.start(), pos + m.end(), m.group(), "headline-cue", name[-1], content,
                   "clause", ())
    return None


# -- 3. dates -------------------------------------------------------------------------------

def _governing_dates(doc, timexes) -> dict[int, list]:
    """token index of the verb (or noun) each time expression hangs from -> timexes."""
    out: dict[int, list] = {}
    for tx in timexes:
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        t = span.root
        steps = 0
        while t.head.i != t.i and steps < 8 and (t.i in range(span.start, span.end) or t.pos_ not in {"VERB", "AUX"}):
            t = t.head
            steps += 1
        out.setdefault(t.i, []).append(tx)
    return out


def _full_date(tx) -> str | None:
    if _timex_date is not None:
        try:
            v = _timex_date(tx)
        except (TypeError, ValueError, AttributeError):
            v = None
        if v and ISO_DATE.match(str(v)):
            return str(v)[:10]
    value = getattr(tx, "value", None) or ""
    return value[:10] if ISO_DATE.match(value) else None


def _date_of(doc, cue: Cue, governing: dict[int, list], timexes) -> tuple[str | None, str | None]:
    """The date of the statement a cue reports: a time expression governing the cue, or
    the verb it hangs from (the participle's head, the statement noun's verb)."""
    chain = list(cue.date_tokens)
    # "Asked on Wednesday whether ..., Peskov said": the question the statement answers dates it
    chain += [c for c in cue.token.children if c.dep_ == "advcl" and c.i < cue.token.i and c.tag_ == "VBN"
              and c.lemma_.lower() in QUESTION_VERBS]
    # walk up from the last date token through the verbs it hangs from
    t = chain[-1] if chain else cue.token
    for _ in range(3):
        if t.head.i == t.i or t.dep_ not in {"advcl", "conj", "xcomp", "acl", "dobj", "pobj", "prep"}:
            break
        t = t.head
        chain.append(t)
    for tok in chain:
        cands = []
        if _timex_governing is not None:
            try:
                tx = _timex_governing(doc, tok.i, timexes)
            except (TypeError, ValueError, AttributeError, IndexError):
                tx = None
            if tx is not None:
                cands.append(tx)
        cands += governing.get(tok.i, [])
        content = cue.content
        if tok is cue.token and content is not None and cue.end <= content[0]:
            # "said on Wednesday it had received ...": between the cue and what it reports
            cands += [tx for tx in timexes if cue.end <= tx.start and tx.end <= content[0]]
        for tx in cands:
            if content and content[0] <= tx.start < content[1] and tok is not cue.token:
                continue
            d = _full_date(tx)
            if d:
                return d, f"date-governing:{tx.text}"
    return None, None


# -- 4. assembly ----------------------------------------------------------------------------

def _has_finite_verb(doc, region: Region) -> bool:
    span = doc.char_span(region.start, region.end, alignment_mode="expand")
    return span is not None and any(t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in span)


def _letters_words(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def _letters(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def _is_name(doc, start: int, end: int) -> bool:
    """A one-word content that names someone ("endorsed Trump", "attacked Machado") is a
    stance; any other one-word content ("said so", "said yes") is too little to report."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and all(t.pos_ == "PROPN" or t.ent_type_ in AGENT_LABELS for t in span)


def _is_standalone_statement(doc, region: Region) -> bool:
    span = doc.char_span(region.start, region.end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.is_alpha]
    return len(words) >= MIN_STANDALONE_WORDS and any(
        t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in span)


def extract_quotes(doc, ctx: Context) -> list[Quote]:
    """Direct, mixed and indirect quotes with resolved speakers, cues and dates."""
    text = ctx.article.text
    paragraphs = ctx.article.paragraphs or (Span(0, len(text)),)
    regions = find_quote_regions(text, paragraphs)
    cues = find_cues(doc, regions)
    taken = {c.token.i for c in cues}
    cues += [c for c in find_colon_cues(doc, regions) if c.token.i not in taken]
    taken = {c.token.i for c in cues}
    cues += [c for c in find_after_quote_cues(doc, regions) if c.token.i not in taken]
    _clip_to_paragraphs(cues, paragraphs, regions)
    cues = _outside_dateline(cues, ctx.article.dateline_span, ctx.article.text)
    resolver = SpeakerResolver(doc, ctx)
    governing = _governing_dates(doc, ctx.timexes)
    # ("Vucic said Kurti wanted "a war of nerves". He said ...": the verb of another's reported
    # clause is no statement whose speaker a later pronoun refers to; a clause coordinated
    # inside it with a speaker of its own still is: "The association said ..., and its president,
    # Aminu Goronyo, warned that ... "...," he said")
    own = {id(c) for c in _outside_reported_clauses(cues)} | {id(c) for c in cues if c.token.dep_ != "ccomp"}
    for cue in sorted(cues, key=lambda c: c.start):
        if cue.speaker_head is None:  # "when asked whether ...": nobody is named
            cue.date, cue.date_rule = _date_of(doc, cue, governing, ctx.timexes)
            continue
        cue.resolved = resolver.resolve(cue.speaker_head)
        if id(cue) in own:
            resolver.remember(cue.resolved.speaker.start or cue.start, cue.resolved)
        cue.date, cue.date_rule = _date_of(doc, cue, governing, ctx.timexes)
    _frame_dates(doc, cues, governing, ctx.timexes)
    _carry_dates(cues)
    _occasion_dates(doc, cues, governing, ctx)
    _event_anchor_dates(doc, cues, governing)
    _lead_statement_dates(cues, ctx)
    cues = _outside_reported_clauses(cues)

    # (start, end, kind, cue, rule, regions)
    found: list[tuple[int, int, str, Cue | None, str]] = []
    region_cue: dict[int, tuple[Cue, str]] = {}
    consumed: set[int] = set()
    contents = [c.content for c in cues if c.content is not None]
    for cue in cues:
        if cue.content is None:
            continue
        if cue.rule == "no-comment" and any(s <= cue.start < e for s, e in contents):
            continue  # "said it had no comment": the reporting verb already carries it
        cs, ce = cue.content
        inside = [k for k, r in enumerate(regions) if r.start < ce and r.end > cs]
        if not inside:
            if cue.frame == "quote":
                continue
            if (len(text[cs:ce].split()) >= MIN_INDIRECT_WORDS or _is_name(doc, cs, ce)) \
                    and (cue.frame == "parenthetical" or not cs <= cue.start < ce):
                found.append((cs, ce, "indirect", cue, f"indirect-{cue.rule}-{cue.frame}"))
            continue
        if cs <= cue.start < ce:
            # The parser made the quotation the head and the cue its parenthetical
            # ("In response, Peskov said, "We oppose ...""): measure what follows the cue.
            after = [k for k in inside if regions[k].end > cue.end]
            tail = sum(_letters(text[max(cue.end, regions[k].start):min(ce, regions[k].end)]) for k in after)
            if after and tail >= DIRECT_COVERAGE * max(1, _letters(text[cue.end:ce])):
                for k in after:
                    region_cue.setdefault(k, (cue, "direct-complement"))
                continue
        covered = sum(_letters(text[max(cs, regions[k].start):min(ce, regions[k].end)]) for k in inside)
        first = min(inside, key=lambda k: regions[k].outer_start)
        framed = cue.end <= regions[first].outer_start and bool(
            QUOTE_FRAME_WORD.search(text[max(cue.end, regions[first].outer_start - 24):regions[first].outer_start]))
        # 'said Nairobi had "deliberately violated ..."': the reporter's words open the
        # statement, the quotation completes it: a paraphrase carrying quoted words
        framed = framed or (cs < regions[first].outer_start and cue.end <= cs
                            and any(ch.isalpha() for ch in text[cs:regions[first].outer_start]))
        if covered >= DIRECT_COVERAGE * max(1, _letters(text[cs:ce])) and not framed:
            for k in inside:
                prev = region_cue.get(k)
                if prev is None or (prev[0].content and (ce - cs) < prev[0].content[1] - prev[0].content[0]):
                    region_cue[k] = (cue, "direct-complement")
        else:
            s = min([cs] + [regions[k].outer_start for k in inside])
            e = max([ce] + [regions[k].outer_end for k in inside])
            found.append((s, e, "mixed", cue, f"mixed-{cue.rule}"))
            consumed.update(inside)

    # quotations nobody's complement holds: the cue after, the cue before, the previous speaker
    by_para_last: dict[int, tuple[Cue, str]] = {}
    # the last statement of each paragraph, quoted or not ("X said the plan would fail." then a
    # paragraph that is only a quotation)
    last_cue_in_para: dict[int, tuple[Cue, str]] = {}
    para_starts = [p.start for p in paragraphs]
    for cue in sorted(cues, key=lambda c: c.start):
        if cue.content is not None and cue.frame != "quote":
            last_cue_in_para[bisect.bisect_right(para_starts, cue.start) - 1] = (cue, "")
    for k, r in enumerate(regions):
        if k in consumed:
            continue
        got = region_cue.get(k)
        if got is None:
            got = _adjacent_cue(text, r, regions, cues)
        if got is None and _letters_words(text[r.start:r.end]) < MIN_CONTINUATION_WORDS \
                and not _has_finite_verb(doc, r):
            continue  # "an "absolute necessity"", "on CNN's "State of the Union"": a scare quote or title
        if got is None:
            prev = by_para_last.get(r.para)
            if prev is not None:
                got = (prev[0], "direct-split")
            elif r.continues or _quote_only_paragraph(text, r, paragraphs):
                prev = by_para_last.get(r.para - 1) or last_cue_in_para.get(r.para - 1)
                if prev is not None:
                    got = (prev[0], "direct-continues-speaker")
        if got is None:
            if _is_standalone_statement(doc, r):
                found.append((r.start, r.end, "direct", None, "direct-unattributed"))
            continue
        region_cue[k] = got
        by_para_last[r.para] = got
        found.append((r.start, r.end, "direct", got[0], got[1]))

    _quoted_day_dates(found, ctx.timexes)
    quotes = []
    seen_spans = set()
    for s, e, kind, cue, rule in sorted(found, key=lambda x: (x[0], x[1])):
        if (s, e) in seen_spans or s >= e:
            continue
        seen_spans.add((s, e))
        evidence = [Evidence(rule=rule, text=cue.text if cue else None, start=cue.start if cue else None,
                             end=cue.end if cue else None)]
        speaker = None
        date = None
        if cue is not None:
            if cue.resolved is not None:
                speaker = cue.resolved.speaker
                evidence.append(cue.resolved.evidence)
            date = cue.date
            if cue.date_rule:
                evidence.append(Evidence(rule=cue.date_rule.split(":")[0], text=cue.date_rule.partition(":")[2] or None,
                                         anchor=date))
        quotes.append(Quote(
            id=f"q{len(quotes) + 1}", text=text[s:e], start=s, end=e, kind=kind, speaker=speaker,
            cue=cue.text if cue else None, cue_start=cue.start if cue else None, cue_end=cue.end if cue else None,
            date=date, evidence=tuple(evidence),
        ))
    return quotes


# The speaker's own word for the day of speaking ("Today both parties chose dialogue," said X).
SPEAKING_DAY_WORDS = {"today", "tonight", "this morning", "this afternoon", "this evening"}


def _quoted_day_dates(found, timexes) -> None:
    """An undated statement whose own words say "today" (or "tonight", "this morning") was made
    on the day that expression stands for (rule date-quoted-day), when the story itself dates
    something on that day in its own words: "today" is read from the publication date, and a
    story published days after the statement ("Today we took a first step," said X at Monday's
    signing) names no event on the publication day."""
    story_days = {_full_date(t) for t in timexes if t.text.lower() not in SPEAKING_DAY_WORDS
                  and not any(s <= t.start < e for s, e, _, _, _ in found)} - {None}
    for s, e, _, cue, _ in found:
        if cue is None or cue.date:
            continue
        tx = next((t for t in timexes if s <= t.start and t.end <= e and t.text.lower() in SPEAKING_DAY_WORDS
                   and _full_date(t) in story_days), None)
        if tx is not None:
            cue.date, cue.date_rule = _full_date(tx), f"date-quoted-day:{tx.text}"


def _outside_reported_clauses(cues: list[Cue]) -> list[Cue]:
    """A cue inside the complement another cue reports is part of that statement, not a
    statement of its own: in "Clinton said she thinks America is strongest ...", what
    Clinton said is "she thinks America is strongest ..."; "thinks" adds no second quote.
    Only complements to the right of their cue count (a parenthetical or "according to"
    wraps its clause, and the cues there are statements of their own)."""
    outer = [c.content for c in cues if c.content is not None and c.content[0] >= c.end
             and c.frame != "parenthetical" and c.rule != "according-to"]
    return [c for c in cues if not any(s <= c.start < e and (s, e) != c.content for s, e in outer)]


def _clip_to_paragraphs(cues: list[Cue], paragraphs, regions: list[Region]) -> None:
    """Content stays in the cue's paragraph (or the quotation it covers): a parse that runs
    over a blank line (a headline into the first paragraph) must not carry the content along."""
    bounds = sorted((p.start, p.end) for p in paragraphs)
    for cue in cues:
        if cue.content is None:
            continue
        para = next(((s, e) for s, e in bounds if s <= cue.start < e), None)
        if para is None:
            continue
        s, e = para
        for r in regions:  # a quotation across paragraphs widens what the content may cover
            if r.outer_start < e and r.outer_end > s:
                s, e = min(s, r.outer_start), max(e, r.outer_end)
        cs, ce = max(cue.content[0], s), min(cue.content[1], e)
        cue.content = (cs, ce) if cs < ce else None


# What separates a wire dateline from the story ("MANILA - ", "LONDON, May 3 (Reuters) -- "):
# an agency in brackets, dashes, commas, colons and spaces; none of it is anyone's words.
DATELINE_SEPARATOR = re.compile(r"(?:\s*\([^()\n]{1,30}\))?[\s,:\-\u2013\u2014]*")


def _outside_dateline(cues: list[Cue], dateline, text: str) -> list[Cue]:
    """The wire dateline opening the body ("YEREVAN, May 14 - ...") is neither a speaker nor
    part of what was said: drop cues whose speaker is the dateline city, start content after it."""
    if dateline is None:
        return cues
    kept = []
    for cue in cues:
        head = cue.speaker_head
        if head is not None and dateline.start <= head.idx < dateline.end:
            continue
        if cue.content is not None and cue.content[0] <= dateline.end < cue.content[1]:
            sep = DATELINE_SEPARATOR.match(text, dateline.end)
            start = sep.end() if sep else dateline.end
            if start < cue.content[1]:
                cue.content = (start, cue.content[1])
        kept.append(cue)
    return kept


def _adjacent_cue(text: str, r: Region, regions: list[Region], cues: list[Cue]):
    """The cue right after the closing mark or right before the opening mark."""
    nxt = min((x.outer_start for x in regions if x.outer_start >= r.outer_end), default=len(text))
    prv = max((x.outer_end for x in regions if x.outer_end <= r.outer_start), default=0)
    after = [c for c in cues if r.outer_end <= c.start < min(nxt, r.outer_end + AFTER_GAP)
             and "\n" not in text[r.outer_end:c.start] and not _ends_sentence(text[r.outer_end:c.start])]
    # the quotation ends its clause ("...," Lim added): punctuation closes it or follows it
    ends_clause = bool(QUOTE_END_PUNCT.search(text[r.start:r.end])) or text[r.outer_end:r.outer_end + 1] in {",", ":"}
    if after and ends_clause:
        c = min(after, key=lambda c: c.start)
        # '"A," Trumka said in March, "but B."': a cue whose content is the quotation that
        # follows it is the speaker of both halves
        split = c.content is not None and any(x.outer_start >= c.end and x.start <= c.content[0] < x.end
                                              for x in regions)
        if c.content is None or not (c.content[0] > r.outer_end) or split:
            return c, "direct-cue-after"
    # the quotation opens after the cue's clause is set off: 'said: "', 'told reporters, "',
    # 'said that "' (a quoted phrase in the middle of a clause is no one's statement)
    before = [c for c in cues if max(prv, r.outer_start - BEFORE_GAP) <= c.end <= r.outer_start
              and "\n" not in text[c.end:r.outer_start] and not _ends_sentence(text[c.end:r.outer_start])
              and QUOTE_INTRO.search(text[c.end:r.outer_start])]
    if before:
        c = max(before, key=lambda c: c.start)
        return c, "direct-cue-before"
    return None


def _quote_only_paragraph(text: str, r: Region, paragraphs) -> bool:
    p = paragraphs[r.para] if r.para < len(paragraphs) else None
    if p is None:
        return False
    rest = text[p.start:r.outer_start] + text[r.outer_end:p.end]
    return _letters(rest) == 0


def _occasion_dates(doc, cues: list[Cue], governing: dict[int, list], ctx: Context) -> None:
    """(After the carry from the same speaker's statements.) An undated statement made by the subject of the sentence just before it, in the same
    paragraph, when that sentence is dated by its own time expression, was made on that
    occasion ("Benali went further in an interview with state television on Tuesday evening.
    "...," he said.")."""
    paragraphs = ctx.article.paragraphs or ()

    def sides(cue) -> set:
        """Entity ids the speaker stands for: its own, the owner of "Its Foreign Ministry"."""
        ids = {cue.resolved.speaker.entity} - {None}
        ev = cue.resolved.evidence
        if ev is not None and ev.rule == "speaker-possessive" and ev.anchor:
            ids.add(ev.anchor)
        return ids

    by_id = {e.id: e for e in ctx.entities}
    for cue in cues:
        if cue.date or cue.resolved is None or not sides(cue):
            continue
        sent = cue.token.sent
        if sent.start == 0:
            continue
        prev = doc[sent.start - 1].sent
        if _paragraph_index(paragraphs, prev.root.idx) != _paragraph_index(paragraphs, cue.token.idx):
            continue  # another paragraph: another occasion
        root = prev.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        ent = ctx.entity_at(subj.idx, subj.idx + len(subj.text)) if subj is not None else None
        if ent is None and subj is not None:
            # "Indonesia's foreign ministry said on Wednesday ...": the state that owns the body
            owner = next((c for c in subj.children if c.dep_ == "poss"), None)
            ent = ctx.entity_at(owner.idx, owner.idx + len(owner.text)) if owner is not None else None
            ent = ent if ent is not None and ent.type == "GPE" else None
        if ent is None:
            continue
        own = sides(cue)
        # "Algeria hit back on Tuesday. The Algerian Foreign Ministry said ...": a state's body
        # speaking right after the state's dated act speaks on that occasion too
        # ("Beijing dismissed the protest on Wednesday. Chinese Foreign Ministry spokesman Lin
        # Weidong said ..."): so does one of its officials
        same_state = ent.type in {"GPE", "ORG"} and ent.country is not None and any(
            by_id[i].country == ent.country and by_id[i].type in {"ORG", "PERSON"} for i in own if i in by_id)
        # ("Ethiopia rejected the accusations on Wednesday. Foreign Ministry spokesperson Meles
        # Alemu said ...": a title of a state body that names no state of its own is that state's,
        # whatever country the entity layer guessed for the person)
        unqualified = ent.type == "GPE" and ent.country is not None and cue.speaker_head is not None and any(
            t.lower_ in STATE_BODY_WORDS for t in cue.speaker_head.subtree if t.i < cue.speaker_head.i) and not any(
            t.ent_type_ in {"GPE", "NORP"} for t in cue.speaker_head.subtree)
        if ent.id not in own and not same_state and not unqualified:
            continue
        cands = list(governing.get(root.i, []))
        if _timex_governing is not None:
            tx = _timex_governing(doc, root.i, ctx.timexes)
            if tx is not None:
                cands.insert(0, tx)
        for tx in cands:
            d = _full_date(tx)
            if d:
                cue.date, cue.date_rule = d, f"date-occasion:{tx.text}"
                break


# Words of a title that make its holder an official of a state body ("Foreign Ministry
# spokesperson Meles Alemu", "government spokesman X").
STATE_BODY_WORDS = {"ministry", "minister", "government", "presidency", "cabinet", "spokesperson", "spokesman",
                    "spokeswoman"}


# Occasions a statement is made at or after ("said at the signing ceremony", "told reporters
# after the talks"), with the verbs and nouns that report the occasion itself earlier.
OCCASION_NOUNS = {
    # a signing ceremony signs what the story says was agreed ("agreed on Monday to ...")
    "signing": {"sign", "signing", "agree"}, "ceremony": {"sign", "signing", "ceremony", "agree"},
    # (a summoned envoy is met: "summoned the charge d'affaires on Wednesday ... after the meeting")
    "talks": {"talk", "talks", "meet", "meeting", "negotiate"},
    "meeting": {"meet", "meeting", "talk", "talks", "summon"},
    "summit": {"summit", "meet", "meeting"}, "conference": {"conference"}, "vote": {"vote"},
    "hearing": {"hearing", "hear"}, "funeral": {"funeral"}, "parade": {"parade"},
}
OCCASION_PREPS = {"at", "after", "during", "following"}
# How far back (characters) the dated report of that occasion may be: the story's lead and a
# few paragraphs.
OCCASION_WINDOW = 2500


# Nouns of the statement or occasion that frames a verb of saying ("In a statement read on
# Monday night, X said", "At a briefing held on Wednesday, X said").
FRAME_NOUNS = {"statement", "interview", "briefing", "conference", "address", "speech", "note", "communique",
               "message", "post", "broadcast", "appearance", "remarks", "letter", "meeting", "session", "hearing"}
FRAME_PREPS = {"in", "at", "during"}


def _frame_dates(doc, cues: list[Cue], governing: dict[int, list], timexes) -> None:
    """An undated statement framed by a dated statement or occasion ("In a statement read on
    state television on Monday night, X said ...") was made then (rule date-frame)."""
    for cue in cues:
        if cue.date:
            continue
        for prep in cue.token.children:
            if prep.dep_ != "prep" or prep.lower_ not in FRAME_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.lemma_.lower() not in FRAME_NOUNS:
                    continue
                txs = [tx for t in obj.subtree for tx in governing.get(t.i, [])]
                if _timex_governing is not None:
                    tx = _timex_governing(doc, obj.i, timexes)
                    txs += [tx] if tx is not None else []
                for tx in txs:
                    d = _full_date(tx)
                    if d:
                        cue.date, cue.date_rule = d, f"date-frame:{obj.text} {tx.text}"
                        break
                if cue.date:
                    break
            if cue.date:
                break


def _event_anchor_dates(doc, cues: list[Cue], governing: dict[int, list]) -> None:
    """An undated statement made at or right after an occasion the article dated before it
    ("Brazil and Mexico signed an agreement on Thursday ... "...," Ferrer said at the signing
    ceremony") takes that occasion's date (rule date-occasion-event)."""
    dated = sorted(((i, tx) for i, txs in governing.items() for tx in txs if _full_date(tx)), key=lambda p: (p[0], p[1].start))
    for cue in cues:
        if cue.date or cue.resolved is None:
            continue
        words: set = set()
        for prep in cue.token.children:
            if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
                continue
            for obj in prep.children:
                key = "talks" if obj.lemma_.lower() == "talk" else obj.lemma_.lower()
                kids = list(obj.children)
                # a bare definite occasion points back ("the talks"); "the meeting of the council" names another
                if obj.dep_ != "pobj" or key not in OCCASION_NOUNS or any(c.dep_ == "prep" for c in kids) \
                        or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
                    continue
                words |= OCCASION_NOUNS[key]
                words |= {c.lower_ for c in kids if c.dep_ in {"compound", "amod"} and c.lower_ in OCCASION_NOUNS}
        if not words:
            continue
        for i, tx in reversed(dated):
            tok = doc[i]
            if tok.idx >= cue.start or tx.start >= cue.start:
                continue
            if cue.start - tok.idx > OCCASION_WINDOW:
                break
            # ("The measures were approved at a meeting in Brussels on Tuesday ... told reporters
            # after the meeting": the dated act's own phrase names the occasion)
            named = tok if tok.lemma_.lower() in words or tok.lower_ in words else next(
                (o for p in tok.children if p.dep_ == "prep" and p.lower_ in OCCASION_PREPS | {"in"}
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in words), None)
            if named is not None:
                cue.date, cue.date_rule = _full_date(tx), f"date-occasion-event:{named.text} {tx.text}"
                break


def _paragraph_index(paragraphs, offset: int) -> int | None:
    """Number of the paragraph holding `offset`, else None."""
    return next((i for i, p in enumerate(paragraphs) if p.start <= offset < p.end), None)


def _lead_statement_dates(cues: list[Cue], ctx: Context) -> None:
    """An undated statement in the paragraph right after the one where its state's statement
    is reported and dated ("Vietnam on Wednesday formally asked Cambodia to share data ... /
    "...," foreign ministry spokeswoman Pham Thi Lan told a regular press briefing") elaborates
    that statement: its date (rule date-lead-statement). The speaker must be an entity of that
    state (a person or body whose country is the state the dated statement names)."""
    paragraphs = ctx.article.paragraphs or ()
    by_id = {e.id: e for e in ctx.entities}

    dated_by_para: dict = {}
    for cue in cues:
        sp = cue.resolved.speaker if cue.resolved is not None else None
        ent = by_id.get(sp.entity) if sp is not None else None
        if cue.date and ent is not None and ent.type in ("GPE", "ORG") and ent.country:
            # ("India's Ministry of External Affairs said on Tuesday": a state's body too)
            para = _paragraph_index(paragraphs, cue.start)
            dated_by_para.setdefault(para, {}).setdefault(ent.country, (cue.date, cue.text))
    for cue in cues:
        sp = cue.resolved.speaker if cue.resolved is not None else None
        ent = by_id.get(sp.entity) if sp is not None else None
        if cue.date or ent is None or ent.type not in ("PERSON", "ORG") or not ent.country:
            continue
        para = _paragraph_index(paragraphs, cue.start)
        if para is None or para == 0:
            continue
        hit = dated_by_para.get(para - 1, {}).get(ent.country)
        if hit is None and para >= 2 and not dated_by_para.get(para - 1):
            # one paragraph of background between ("The agreement was reached on Monday ...")
            hit = dated_by_para.get(para - 2, {}).get(ent.country)
        if hit is not None:
            cue.date, cue.date_rule = hit[0], f"date-lead-statement:{hit[1]}"


def _carry_dates(cues: list[Cue]) -> None:
    """An undated statement takes the date of the same speaker's dated statement shortly
    before it ("Lim added" after "Lim said during Tuesday's briefing")."""
    ordered = sorted(cues, key=lambda c: c.start)
    for i, cue in enumerate(ordered):
        if cue.date or cue.resolved is None:
            continue
        name = cue.resolved.speaker.name
        for prev in reversed(ordered[:i]):
            if cue.start - prev.start > CARRY_WINDOW:
                break
            if prev.date and prev.resolved is not None and prev.resolved.speaker.name == name:
                cue.date, cue.date_rule = prev.date, f"date-carried:{prev.text}"
                break
