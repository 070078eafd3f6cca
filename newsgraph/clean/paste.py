"""Text pasted from a browser -> Article.

A paste is a column of lines: masthead, menus and user names, the headline, a
standfirst, the byline and dates, share toolbars, captions (often twice), the
story, then a tail of tags, related links and copyright. The cleaner reads it
from structure, not from any one site's words:

1. every line is tested alone against the furniture lexicons and shapes
   (`furniture.py`): toolbars, bullets, ads, prompts, e-mails, stray scripts;
2. a forward scan through the header finds the masthead, the headline, the
   bylines and date lines, captions and the standfirst, until the first line
   shaped like story prose (a sentence of several words);
3. the body scan keeps prose paragraphs, pulls captions out, and after a tail
   header ("Related stories", "Tags") drops the link lists that follow;
4. a last pass trims a trailing run of non-prose lines and an author bio, and
   recognises a wire dateline ("SEOUL, July 9 (Yonhap) --") in the first paragraph.

Every dropped line is listed in `Article.removed` with its reason and line number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.clean.assemble import assemble_article
from newsgraph.clean.bylines import BYLINE_LEAD, is_role, parse_bare_names, parse_byline, parse_name_line, parse_names
from newsgraph.clean.captions import MAX_CAPTION_WORDS, MIN_CAPTION_WORDS, clean_caption, credit_only, is_credit
from newsgraph.clean.dates import find_date, parse_dated_line
from newsgraph.clean.furniture import furniture_reason, latin_share
from newsgraph.clean.lexicons import furniture, normalize_line, outlets
from newsgraph.records import Article, Removed

# A line counts as story prose with at least this many words and a sentence end.
PROSE_MIN_WORDS = 8
# ... or with this many words whatever its end (a paragraph pasted without its full stop).
PROSE_LONG_WORDS = 30
# A headline has at least this many words unless nothing longer is on offer
# (shorter lines before it are section labels).
HEADLINE_MIN_WORDS = 3
# A headline longer than this is a paragraph.
HEADLINE_MAX_WORDS = 30
# A masthead line is a name: at most this many words.
MASTHEAD_MAX_WORDS = 6
# A header prose line is a standfirst when a byline or date line follows within this many content lines.
STANDFIRST_LOOKAHEAD = 3
# A date line is a date with at most this many other words (labels, "at", a city).
DATE_LINE_MAX_OTHER_WORDS = 5
# After a tail header ("Related stories"), a line this long is prose again.
TAIL_PROSE_MIN_WORDS = 18
# Furniture printed under a headline (not above it, as menus are): seen between two
# title-shaped lines, it means the first one was the headline.
FURNITURE_BELOW_HEADLINE = frozenset({
    "share/save widget", "relative timestamp", "reading time", "audio player", "image widget", "reporter e-mail",
})
# Hard wrapping: at least this many lines of 5+ words, none wider than 100
# characters, 40% of them ending mid-sentence; a line filling 60% of the width runs on.
WRAP_MIN_WORDS = 5
WRAP_MIN_LINES = 6
WRAP_MAX_WIDTH = 100
WRAP_MIN_OPEN_SHARE = 0.4
WRAP_FILL_SHARE = 0.6
# Wrapping tools leave up to a few columns free at the end of a line.
WRAP_SLACK = 3
# Lines over the width limit allowed in a hard-wrapped paste (its unwrapped header lines).
WRAP_MAX_OVER_SHARE = 0.25
# Leading spaces that mark a new paragraph in indented wire copy.
WRAP_INDENT = 2
# Under this share of blank-line gaps, paragraphs are separated by line breaks alone.
WRAP_MIN_GAP_SHARE = 0.1
# Words of a publication's description of itself.
TAGLINE_WORDS = frozenset(
    "daily newspaper newspapers since est established edition blog magazine journal independent voice trusted "
    "source official news website podcast newsletter".split()
)
CONTINUING_WORDS = frozenset(
    "the a an of in on at to for from by with and or but as that which who whose its his her their our is was "
    "were are be been has have had said says than into over after before about between including during".split()
)
# A tail header is a label: "More from The Manila Tribune" has 5 words.
TAIL_HEADER_MAX_WORDS = 7
# An author bio ("Jane Doe is a correspondent ...") is a short paragraph.
BIO_MAX_WORDS = 60
# Share of Latin letters over which the whole paste is in a Latin script.
LATIN_DOC_MIN_SHARE = 0.6
# Words typical of newspaper names, for mastheads missing from the outlet list.
MASTHEAD_WORDS = frozenset(
    "times herald post news daily journal ledger tribune gazette chronicle star observer guardian telegraph "
    "express mail review report standard inquirer record courier press sun mirror wire today weekly monitor "
    "globe examiner bulletin dispatch ilbo shimbun magazine insider digest register sentinel beacon leader voice "
    "enquirer network media agency broadcasting radio tv blog notes dispatches letter newsletter weekly quarterly "
    "reporter advocate independent economist nation republic world".split()
)
MASTHEAD_CONNECTORS = frozenset("the of and & de la le from on in for at to a an".split())
# A sentence ends in a stop (not an ellipsis: "calls an end to gun..." is a cut title),
# possibly inside quotes or brackets, or in a closing quote.
SENTENCE_END = re.compile(r"(?:(?<!\.\.)[.!?]|[.!?]?['\"”’)\]]+)$")
# A full stop (inside closing quotes or not): a first line ending so is story, not headline.
FULL_STOP_END = re.compile(r"(?<!\.\.)\.['\"”’)\]]*$")
# A stop proper: the twin-caption test needs more than a closing quote.
SENTENCE_STOP_END = re.compile(r"(?<!\.\.)[.!?]['\"”’)\]]*$")
WORD = re.compile(r"\S+")
DATELINE = re.compile(
    r"^(?P<dateline>"
    r"(?P<place>[A-Z][A-Z'’.\-]+(?:[ \-/][A-Z][A-Z'’.\-]+){0,3}(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2})?"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?=,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))"
    r"(?:,\s+(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?))?"
    r"(?:\s*\((?P<agency>[^()]{1,40})\))?"
    r")\s*(?:(?:--|—|–)\s*|-\s+)(?=\S)"
)
# A date line opening with a place in capitals ("JAKARTA, Wednesday, December 3, 2025",
# "KYIV - 12 March 2025"): a wire dateline printed on its own line
DATE_LINE_PLACE = re.compile(r"^(?P<place>[A-Z][A-Z'’.\-]{2,}(?:[ \-/][A-Z][A-Z'’.\-]+){0,3})\s*(?:,|--|—|–|-\s)")
BIO_CUE = re.compile(
    r"\b(?:is an? |is the |covers |writes about|can be reached|reports on|has reported|joined (?:the|us)|"
    r"correspondent|reporter|columnist|editor|follow (?:her|him|them) on)\b",
    re.I,
)
COPYRIGHT_STRIP = re.compile(r"(?:copyright|©|\(c\)|all rights reserved\.?|\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b)", re.I)
TITLE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::)\s+(?P<site>[^|–—]{2,60})$")
DATE_LABEL = re.compile(r"\b(?:published|posted|updated|modified|last updated)\b", re.I)
UI_SUFFIX = re.compile(r"(?:\s*Purchase Licensing Rights)?,?\s*opens new tab\s*$", re.I)
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
EMBEDDED_BY = re.compile(r"\bby\s+([A-Z].+)$")
SEGMENT_SEPS = re.compile(r"\s+(?:\||·|•)\s+|\s{3,}")


@dataclass(slots=True)
class Line:
    no: int  # 1-based line number in the input
    text: str  # stripped
    last: int | None = None  # the last input line it spans, when hard-wrapped lines were joined
    indent: int = 0  # leading white space in the input (a paragraph mark in wire copy)
    raw: str | None = None  # the input line as it was, when markdown marks were taken off `text`

    @property
    def words(self) -> int:
        return len(WORD.findall(self.text))


@dataclass(slots=True)
class State:
    outlet: str | None = None
    outlet_rank: int = 99  # lower is surer: 0 masthead, 1 title suffix, 2 copyright, 3 dateline, 4 credit
    headline: str | None = None
    headline_line: int | None = None
    headline_index: int = 0
    headline_after_masthead: bool = False
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    captions: list[tuple[str, str | None]] = field(default_factory=list)
    paragraphs: list[Line] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    # "JAKARTA, Wednesday, December 3, 2025" on a line of its own: the dateline's place
    dateline_place: str | None = None

    def drop(self, line: Line, reason: str) -> None:
        self.removed.append(Removed(text=line.raw or line.text, reason=reason, line=line.no))

    def set_outlet(self, name: str | None, rank: int) -> None:
        if name and rank < self.outlet_rank:
            self.outlet, self.outlet_rank = name.strip(), rank

    def add_authors(self, names: list[str]) -> None:
        for n in names:
            if n not in self.authors:
                self.authors.append(n)


def is_prose(line: Line) -> bool:
    n = line.words
    return n >= PROSE_LONG_WORDS or (n >= PROSE_MIN_WORDS and bool(SENTENCE_END.search(line.text)))


def split_lines(text: str) -> list[Line]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    out = []
    markdown = bool(re.search(r"(?m)^#{1,6} \S|\*\*\S[^*\n]*\S\*\*", text))
    for i, raw in enumerate(text.split("\n"), 1):
        s = raw.strip().strip("\ufeff\u200b\u200c\u200d\u2060").strip()
        original = s
        # screen-reader text glued to a link: "... Purchase Licensing Rights, opens new tab"
        s = UI_SUFFIX.sub("", s).strip()
        if markdown:
            # Markdown from a reader view or a notes app: "# Headline", "**By Jane Doe**"
            s = MARKDOWN_HEADING.sub("", s).replace("**", "").replace("__", "").strip()
            m = MARKDOWN_EMPHASIS.fullmatch(s)
            if m:
                s = m.group(2).strip()
        if s:
            out.append(Line(no=i, text=s, indent=len(raw) - len(raw.lstrip(" \t")), raw=original if s != original else None))
    return out


def join_wrapped(lines: list[Line]) -> list[Line]:
    """Undo hard wrapping (text pasted from e-mail or a terminal, cut at ~72 columns).

    A paste is hard-wrapped when its long lines all stop short of a common width
    and many of them end mid-sentence. Then a line that fills most of that width
    runs on into the next line, unless the next line starts something else (a
    byline, a date, furniture) or a blank line separates them.
    """
    long_lines = [ln for ln in lines if ln.words >= WRAP_MIN_WORDS]
    if len(long_lines) < WRAP_MIN_LINES:
        return lines
    # The wrap width: a long line within the usual limit; a few unwrapped lines
    # (a long headline or standfirst) may pass the limit and are never joined.
    within = [ln for ln in long_lines if len(ln.text) <= WRAP_MAX_WIDTH]
    if len(long_lines) - len(within) > WRAP_MAX_OVER_SHARE * len(long_lines) or len(within) < WRAP_MIN_LINES:
        return lines
    # the second longest: one unwrapped line under the limit (a caption) does not set it
    width = sorted((len(ln.text) for ln in within), reverse=True)[1]
    open_ended = sum(1 for ln in within if not SENTENCE_END.search(ln.text))
    if open_ended / len(within) < WRAP_MIN_OPEN_SHARE:
        return lines
    # Paragraphs one per line with no blank lines between them: only a line that
    # starts in lower case (or with a digit), or follows a line cut mid-phrase,
    # can be the rest of the line above.
    gaps = sum(1 for a, b in zip(lines, lines[1:]) if b.no > a.no + 1)
    line_paragraphs = gaps < WRAP_MIN_GAP_SHARE * len(lines)
    # Wire copy marks a paragraph by indenting its first line.
    indented = sum(1 for a, b in zip(lines, lines[1:]) if b.indent >= WRAP_INDENT and a.indent < WRAP_INDENT and b.no == a.no + 1)
    indent_paragraphs = indented >= 2
    out: list[Line] = []
    last_piece = 0  # length of the last physical line joined into out[-1]
    for ln in lines:
        prev = out[-1] if out else None
        if indent_paragraphs and prev is not None:
            if (ln.indent < WRAP_INDENT and ln.no == prev.last + 1 and furniture_reason(ln.text) is None
                    and furniture_reason(prev.text) is None):
                out[-1] = Line(no=prev.no, text=_join(prev.text, ln.text), last=ln.no, indent=prev.indent)
            else:
                out.append(Line(no=ln.no, text=ln.text, last=ln.no, indent=ln.indent, raw=ln.raw))
            continue
        if line_paragraphs and prev is not None and not (ln.text[:1].islower() or ln.text[:1].isdigit()
                                                          or _ends_mid_phrase(prev.text)):
            out.append(Line(no=ln.no, text=ln.text, last=ln.no, raw=ln.raw))
            last_piece = len(ln.text)
            continue
        # Greedy wrapping broke the line here: the next word did not fit on it.
        broke_here = prev is not None and last_piece + 1 + len(ln.text.split()[0]) > width - WRAP_SLACK
        if (prev is not None and ln.no == prev.last + 1 and WRAP_FILL_SHARE * width <= last_piece <= width + WRAP_SLACK
                and broke_here
                and len(ln.text) <= width + WRAP_SLACK and furniture_reason(ln.text) is None
                and not BYLINE_LEAD.match(ln.text) and date_line(ln) is None and not parse_name_line(ln.text)):
            out[-1] = Line(no=prev.no, text=_join(prev.text, ln.text), last=ln.no)
        else:
            out.append(Line(no=ln.no, text=ln.text, last=ln.no, raw=ln.raw))
        last_piece = len(ln.text)
    return out


def _join(first: str, rest: str) -> str:
    """Two wrapped pieces: "Non-" + "Proliferation" joins without a space, words with one."""
    if re.search(r"[^\W\d_]-$", first):
        return first + rest
    return first + " " + rest


def _ends_mid_phrase(text: str) -> bool:
    """Cut mid-phrase: after a comma, a function word, or inside a capitalised name ("the National")."""
    last = text.rsplit(None, 1)[-1] if text.split() else ""
    return last.endswith(",") or last.lower() in CONTINUING_WORDS or (last[:1].isupper() and last.isalpha() and len(text.split()) > 1)


def masthead_name(line: Line, *, first: bool) -> str | None:
    """The outlet a masthead line names (a known outlet, or a newspaper-shaped name on the first line)."""
    text = line.text
    known = outlets().lookup(text)
    if known:
        return text.strip(" .|")
    segments = SEGMENT_SEPS.split(text)
    for seg in segments:
        # "The Korea Herald | Politics" is a masthead; "Headline words | The Japan Times" a title.
        others_short = all(len(o.split()) < HEADLINE_MIN_WORDS for o in segments if o is not seg)
        if outlets().lookup(seg) and others_short:
            return seg.strip(" .|")
    if not first or line.words > MASTHEAD_MAX_WORDS or SENTENCE_END.search(text) or any(c.isdigit() for c in text):
        return None
    words = [w.strip(".,'’") for w in text.split()]
    if not all(w[:1].isupper() or w.lower() in MASTHEAD_CONNECTORS for w in words if w):
        return None
    if {w.lower() for w in words} & MASTHEAD_WORDS or re.search(r"\w\.(?:com|net|org|co|kr|jp|cn)\b", text, re.I):
        return text
    return None


def date_line(line: Line) -> tuple[str | None, str | None] | None:
    """(published, updated) when the line is mostly a date (plus labels), else None."""
    found = find_date(line.text)
    if not found:
        return None
    other = line.text[:found.start] + " " + line.text[found.end:]
    other = re.sub(
        r"\b(?:first|last|published|posted|updated?|modified|edited|revised|date|on|at|in|:|time|local|"
        r"publication|released|issued|created|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
        " ", other, flags=re.I,
    )
    other_words = [w for w in re.findall(r"[^\W\d_]+", other)]
    if len(other_words) > DATE_LINE_MAX_OTHER_WORDS:
        return None
    pub, upd = parse_dated_line(line.text)
    if pub is None and upd is None:
        pub = found.iso
    return pub, upd


def metadata_segments(line: Line, state: State) -> bool:
    """Read a byline/date line, possibly several fields joined by '|' or '·'. True when it was metadata."""
    if not BYLINE_LEAD.match(line.text):
        dl = date_line(line)
        if dl is not None:
            pub, upd = dl
            state.published = state.published or pub
            state.updated = state.updated or upd
            place = DATE_LINE_PLACE.match(line.text)
            if place and state.dateline_place is None and not find_date(place.group("place")):
                state.dateline_place = place.group("place")
            by = EMBEDDED_BY.search(line.text)
            names = parse_names(by.group(1)) if by else []
            if not names:
                # "Shreyas Reddy   July 9, 2024": a name printed beside the date
                found = find_date(line.text)
                rest = (line.text[:found.start] + " " + line.text[found.end:]) if found else ""
                rest = DATE_LABEL.sub(" ", re.sub(r"[|·•,:]", " ", rest))
                rest = re.sub(r"\b(?:on|at|first|last)\b", " ", rest, flags=re.I)
                names = parse_bare_names(re.sub(r"\s+", " ", rest).strip()) or []
            for seg in re.split(r"\s+[-–|/]\s+|\s*\|\s*", line.text):
                seg = seg.strip()
                state.set_outlet(outlets().lookup(seg) and seg or outlets().lookup_domain(seg), 1)
            state.add_authors(names)
            state.drop(line, "byline and date line" if names else "date line")
            return True
    segments = [s for s in SEGMENT_SEPS.split(line.text) if s.strip()]
    if not segments:
        return False
    if len(segments) == 1 and BYLINE_LEAD.match(line.text):
        # "By Kim So-hyun  Published : Jul 9, 2024 - 17:42": cut before the date's label or the date
        label = DATE_LABEL.search(line.text)
        found = find_date(line.text)
        cut = min([m for m in (label.start() if label else None, found.start if found else None) if m is not None], default=None)
        if cut:
            segments = [line.text[:cut], line.text[cut:]]
    found_meta = False
    kinds = []
    for seg in segments:
        sl = Line(no=line.no, text=seg.strip())
        names = parse_byline(sl.text)
        if names is not None:
            state.add_authors(names)
            if not names:
                state.set_outlet(outlets().lookup(BYLINE_LEAD.sub("", sl.text).strip(" .")), 4)
            kinds.append("byline")
            found_meta = True
            continue
        dl = date_line(sl)
        if dl is not None:
            pub, upd = dl
            state.published = state.published or pub
            state.updated = state.updated or upd
            kinds.append("date line")
            found_meta = True
            continue
        if outlets().lookup_domain(sl.text):
            state.set_outlet(outlets().lookup_domain(sl.text), 1)
        if furniture_reason(sl.text) or outlets().lookup(sl.text) or is_role(sl.text) or re.fullmatch(r"[\w.-]+\.[a-z]{2,3}", sl.text):
            kinds.append("page furniture")
            continue
        if found_meta or len(segments) > 1:
            names = parse_name_line(sl.text)
            if names:
                state.add_authors(names)
                kinds.append("byline")
                found_meta = True
                continue
        # a segment that is no metadata: the line is metadata only if an earlier segment was
        return _finish(line, state, kinds) if found_meta else False
    return _finish(line, state, kinds) if found_meta else False


def _finish(line: Line, state: State, kinds: list[str]) -> bool:
    """Record a byline/date line as removed, under what it held."""
    reason = "byline" if "byline" in kinds else "date line"
    if "byline" in kinds and "date line" in kinds:
        reason = "byline and date line"
    state.drop(line, reason)
    return True


def is_metadata_line(line: Line) -> bool:
    """Byline or date line, without reading it into a state (for lookahead)."""
    probe = State()
    return metadata_segments(line, probe) or bool(parse_name_line(line.text))


def copyright_holder(text: str) -> str | None:
    """"© 2024 The Japan Times. All rights reserved." -> "The Japan Times" (a short name, else None)."""
    core = COPYRIGHT_STRIP.sub(" ", text)
    core = re.split(r"(?<=[a-z0-9])\.\s+(?=[A-Z])|\.$|\s[|]\s", core.strip())[0]
    core = re.sub(r"\s+", " ", core).strip(" .,;:-–—")
    core = re.sub(r"^(?:by|the copyright holder)\s+", "", core, flags=re.I)
    if not core or len(core.split()) > MASTHEAD_MAX_WORDS:
        return None
    return core


def clean_pasted(text: str) -> Article:
    lines = join_wrapped(split_lines(text))
    share = latin_share(text[:20000])
    latin_doc = share is None or share >= LATIN_DOC_MIN_SHARE
    state = State()
    reasons = [furniture_reason(ln.text, latin_doc=latin_doc) for ln in lines]
    body_from = _read_header(lines, reasons, state)
    _read_body(lines[body_from:], reasons[body_from:], state)
    _trim_tail(state)
    if not state.paragraphs:
        # Nothing but a standfirst: then it is the story.
        kept = [r for r in state.removed if r.reason == "standfirst"]
        state.paragraphs = [Line(no=r.line or 0, text=r.text) for r in kept]
        state.removed = [r for r in state.removed if r.reason != "standfirst"]
    _strip_title_suffix(state)
    dateline = None
    if state.paragraphs:
        m = DATELINE.match(state.paragraphs[0].text)
        if m:
            dateline = m.group("dateline").strip()
            agency = m.group("agency")
            if agency and (outlets().lookup(agency) or is_credit(agency)):
                state.set_outlet(outlets().lookup(agency) or agency, 3)
    if dateline is None and state.dateline_place:
        dateline = state.dateline_place
    published = state.published or state.updated
    return assemble_article(
        headline=state.headline,
        paragraphs=[p.text for p in state.paragraphs],
        captions=state.captions,
        outlet=state.outlet,
        authors=state.authors,
        published=published,
        published_source="text" if published else None,
        dateline=dateline,
        removed=sorted(state.removed, key=lambda r: r.line or 0),
    )


def _content_ahead(lines: list[Line], reasons: list, i: int, n: int) -> list[Line]:
    """The next n lines after i that are not furniture."""
    out = []
    for j in range(i + 1, len(lines)):
        if reasons[j] is None:
            out.append(lines[j])
            if len(out) >= n:
                break
    return out


def is_tail_header(line: Line) -> bool:
    """"Related stories", "More from The Manila Tribune", "Most Viewed in 24 Hours": a tail opens."""
    norm = normalize_line(line.text)
    if line.words > TAIL_HEADER_MAX_WORDS:
        return False
    return any(norm == h or norm.startswith(h + " ") for h in furniture().tail_headers)


def _take_byline(line: Line, state: State) -> bool:
    """A byline that carries an e-mail ("BY LEE SOO-JIN [lee@x.com]", "Kim Arin (arin@x.com)")."""
    names = parse_byline(line.text)
    if names is None:
        names = parse_name_line(line.text)
    if not names:
        return False
    state.add_authors(names)
    state.drop(line, "byline")
    return True


def _take_caption(line: Line, nxt: Line | None, state: State) -> int:
    """Read a caption at `line`; returns how many lines it used (0: not a caption)."""
    credit_line = credit_only(line.text)
    if credit_line and nxt is not None and _caption_shaped(nxt):
        # "Getty Images" above "A balloon lands in a field near the border": credit first.
        state.captions.append((nxt.text, credit_line))
        state.drop(line, "photo credit")
        return 2
    if nxt is not None and nxt.text.startswith(line.text) and nxt.text != line.text and line.words >= MIN_CAPTION_WORDS:
        second = clean_caption(nxt.text, outlet=state.outlet)
        if second is not None and second[0].rstrip(" .") == line.text.rstrip(" ."):
            # the alt text, then the caption with its credit
            state.captions.append((second[0], second[1]))
            state.drop(line, "duplicate caption")
            return 2
    cap = clean_caption(line.text, outlet=state.outlet)
    if (cap is None and nxt is not None and credit_only(nxt.text) and MIN_CAPTION_WORDS <= line.words <= MAX_CAPTION_WORDS
            and furniture_reason(line.text) is None and not DATELINE.match(line.text)):
        cap = (line.text, None, False)  # "... near the border." above "Credit: Depositphotos"
    if cap is not None and cap[1] is None and nxt is not None and credit_only(nxt.text):
        state.captions.append((cap[0], credit_only(nxt.text)))
        state.drop(nxt, "photo credit")
        return 2
    # Two identical lines: a caption pasted twice, unless the headline is still to come
    # (a page title printed above the article's own headline).
    twin = (nxt is not None and nxt.text == line.text and line.words >= MIN_CAPTION_WORDS
            and (state.headline is not None or SENTENCE_STOP_END.search(line.text) is not None))
    if cap is None and twin and not is_prose(line):
        cap = (line.text, None, True)
    if cap is None and twin:
        cap = clean_caption(line.text + " " + line.text, outlet=state.outlet)
    if cap is None:
        return 0
    text, credit, _doubled = cap
    if any(c[0] == text for c in state.captions):
        state.drop(line, "duplicate caption")
    else:
        state.captions.append((text, credit))
    if twin:
        state.drop(nxt, "duplicate caption")
        return 2
    return 1


def _caption_shaped(line: Line) -> bool:
    """A caption printed without its credit: a line of several words that is not a sentence of the story."""
    return (line.words >= MIN_CAPTION_WORDS and not is_prose(line) and furniture_reason(line.text) is None
            and not BYLINE_LEAD.match(line.text) and date_line(line) is None)


def _drop_furniture(line: Line, reason: str, state: State) -> None:
    """Drop a line the furniture lexicon recognised; a copyright line also names the outlet."""
    if reason == "copyright":
        state.set_outlet(copyright_holder(line.text), 2)
    state.drop(line, reason)


def _drop_repeated_headline(line: Line, state: State) -> bool:
    """The headline pasted again (page title, share card): drop it and say so."""
    if state.headline and line.text == state.headline:
        state.drop(line, "duplicate headline")
        return True
    return False


def _read_header(lines: list[Line], reasons: list, state: State) -> int:
    """Scan the header; return the index of the first body line."""
    seen_content = False
    i = 0
    while i < len(lines):
        line, reason = lines[i], reasons[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if reason == "reporter e-mail" and _take_byline(line, state):
            i += 1
            continue
        if reason:
            _drop_furniture(line, reason, state)
            i += 1
            continue
        if _drop_repeated_headline(line, state):
            i += 1
            continue
        if not seen_content and state.outlet is None:
            name = masthead_name(line, first=i == 0)
            if name and _headline_follows(lines, reasons, i):
                state.set_outlet(name, 0)
                state.drop(line, "masthead")
                i += 1
                continue
        seen_content = True
        if state.headline is None and outlets().lookup(line.text):
            state.set_outlet(line.text, 0)
            state.drop(line, "masthead")
            i += 1
            continue
        used = _take_caption(line, nxt, state)
        if used:
            i += used
            continue
        if metadata_segments(line, state):
            i += 1
            continue
        if state.headline is None:
            ahead = _content_ahead(lines, reasons, i, STANDFIRST_LOOKAHEAD)
            meta_ahead = any(is_metadata_line(a) for a in ahead)
            if is_prose(line) and (line.words > HEADLINE_MAX_WORDS or not meta_ahead) and FULL_STOP_END.search(line.text):
                return i  # no headline: the paste starts with the story
            if line.words < HEADLINE_MIN_WORDS and ahead and not is_metadata_line(ahead[0]) and ahead[0].words > line.words:
                state.drop(line, "section label")
                i += 1
                continue
            state.headline, state.headline_line, state.headline_index = line.text, line.no, i
            state.headline_after_masthead = bool(state.removed) and state.removed[-1].reason == "masthead"
            i += 1
            continue
        # after the headline
        names = parse_name_line(line.text)
        if not names and _next_is_metadata(lines, reasons, i):
            names = parse_bare_names(line.text)
        if names:
            state.add_authors(names)
            state.drop(line, "byline")
            i += 1
            continue
        between = {reasons[j] for j in range(state.headline_index + 1, i) if reasons[j]}
        furniture_between = bool(between) and not between & FURNITURE_BELOW_HEADLINE
        # "The Mainichi" / "Japan's National Daily Since 1922": a line describing the paper
        # right under its masthead is its tagline, not the headline.
        furniture_between = furniture_between or (state.headline_after_masthead and is_tagline(state.headline))
        if (line.words >= HEADLINE_MIN_WORDS and not (state.authors or state.published) and furniture_between
                and not is_prose(line) and not SENTENCE_STOP_END.search(line.text) and not DATELINE.match(line.text)):
            # A later title-shaped line, past menus, before any byline: the earlier one was
            # a site tagline or section label; the headline is the one nearest the story.
            state.removed.append(Removed(text=state.headline, reason="section label or tagline", line=state.headline_line))
            state.headline, state.headline_line, state.headline_index = line.text, line.no, i
            i += 1
            continue
        if DATELINE.match(line.text) and line.words >= PROSE_MIN_WORDS:
            return i  # "WASHINGTON, Feb 26 - ...": the story starts here
        ahead = _content_ahead(lines, reasons, i, STANDFIRST_LOOKAHEAD)
        meta_ahead = any(is_metadata_line(a) for a in ahead)
        short_sentence = bool(SENTENCE_END.search(line.text)) and line.words >= HEADLINE_MIN_WORDS and bool(ahead) and is_prose(ahead[0])
        if is_prose(line) or short_sentence or (line.words >= PROSE_MIN_WORDS and not meta_ahead and ahead and is_prose(ahead[0])):
            if meta_ahead and not (state.authors or state.published):
                state.drop(line, "standfirst")
                i += 1
                continue
            return i
        if state.authors and is_role(line.text):
            state.drop(line, "byline")
        else:
            state.drop(line, "standfirst" if line.words >= PROSE_MIN_WORDS else "page furniture")
        i += 1
    return len(lines)


def _next_is_metadata(lines: list[Line], reasons: list, i: int) -> bool:
    """Is the next content line a date line or a job title ("Seoul correspondent")?"""
    ahead = _content_ahead(lines, reasons, i, 1)
    return bool(ahead) and (date_line(ahead[0]) is not None or is_role(ahead[0].text))


def is_tagline(text: str) -> bool:
    """A line about the publication: "Japan's National Daily Since 1922", "A blog about Korean politics"."""
    words = {w.strip(".,'’!").lower() for w in text.split()}
    return bool(words & TAGLINE_WORDS) and len(text.split()) <= HEADLINE_MAX_WORDS // 2


def _headline_follows(lines: list[Line], reasons: list, i: int) -> bool:
    """After a candidate masthead, does a longer, headline-shaped line come before any metadata?"""
    for ln in _content_ahead(lines, reasons, i, 3):
        if is_metadata_line(ln):
            return False
        if ln.words >= HEADLINE_MIN_WORDS:
            return not is_prose(ln)  # story prose next: the candidate was the headline
    return False


def _read_body(lines: list[Line], reasons: list, state: State) -> None:
    tail_reason = None
    f = furniture()
    i = 0
    while i < len(lines):
        line, reason = lines[i], reasons[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if tail_reason and not reason and not is_tail_header(line):
            # Prose after a list of links is the story again; after "Comments" or "About
            # the author" it is a reader's comment or the bio, and the tail goes on.
            if is_prose(line) and line.words >= TAIL_PROSE_MIN_WORDS and tail_reason not in ("comments", "author bio"):
                tail_reason = None
            else:
                state.drop(line, tail_reason)
                i += 1
                continue
        if reason == "reporter e-mail" and _take_byline(line, state):
            i += 1
            continue
        if reason == "reporter e-mail" and state.paragraphs and len(state.paragraphs) > 1:
            # "Kim Arin" on the line above "arin@heraldcorp.com": the reporter's sign-off
            names = parse_bare_names(state.paragraphs[-1].text) if not is_prose(state.paragraphs[-1]) else None
            if names:
                if not state.authors:
                    state.add_authors(names)
                state.drop(state.paragraphs.pop(), "byline")
        if reason or is_tail_header(line):
            reason = reason or "related links"
            norm = normalize_line(line.text)
            if is_tail_header(line):
                tail_reason = {"tags": "tags", "comments": "comments"}.get(reason, reason)
                if norm.startswith("about the author"):
                    tail_reason = "author bio"
            elif reason == "newsletter prompt" and not any(
                    is_prose(rest) and rest.words >= TAIL_PROSE_MIN_WORDS for rest in lines[i + 1:]):
                # a sign-up box after the story: its blurb lines go with it
                tail_reason = "newsletter prompt"
            _drop_furniture(line, reason, state)
            i += 1
            continue
        if _drop_repeated_headline(line, state):
            i += 1
            continue
        if any(line.text == c[0] for c in state.captions):
            state.drop(line, "duplicate caption")
            i += 1
            continue
        used = _take_caption(line, nxt, state)
        if used:
            i += used
            continue
        if not is_prose(line) and line.words <= HEADLINE_MAX_WORDS and metadata_segments(line, state):
            i += 1
            continue
        if not is_prose(line) and outlets().lookup(line.text):
            state.set_outlet(outlets().lookup(line.text), 4)
            state.drop(line, "agency credit")
            i += 1
            continue
        if (not state.paragraphs and not is_prose(line) and line.words < PROSE_MIN_WORDS and not DATELINE.match(line.text)
                and not SENTENCE_END.search(line.text)):
            state.drop(line, "page furniture")
            i += 1
            continue
        state.paragraphs.append(line)
        i += 1


def _trim_tail(state: State) -> None:
    """Drop a trailing run of lines that are no sentences (link lists, signatures) and an author bio."""
    while (state.paragraphs and len(state.paragraphs) > 1 and not is_prose(state.paragraphs[-1])
           and not SENTENCE_END.search(state.paragraphs[-1].text)):
        state.drop(state.paragraphs.pop(), "related links")
    if len(state.paragraphs) > 1:
        last = state.paragraphs[-1]
        surnames = {a.split()[-1].lower() for a in state.authors if a.split()} | {
            a.split()[0].lower() for a in state.authors if a.split()}
        first_word = last.text.split()[0].strip(",.").lower() if last.text.split() else ""
        if last.words <= BIO_MAX_WORDS and first_word in surnames and BIO_CUE.search(last.text):
            state.drop(state.paragraphs.pop(), "author bio")


def _strip_title_suffix(state: State) -> None:
    """"Headline | The Outlet" (a browser tab title): keep the headline, read the outlet."""
    if not state.headline:
        return
    m = TITLE_SUFFIX.search(state.headline)
    if not m:
        return
    site = m.group("site").strip()
    known = outlets().lookup(site)
    if known or (state.outlet and site.casefold() == state.outlet.casefold()):
        state.set_outlet(site, 1)
        state.headline = state.headline[:m.start()].rstrip()
