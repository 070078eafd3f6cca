"""The pasted-text cleaner, piece by piece: bylines, dates, captions, furniture, datelines, outlets."""
from __future__ import annotations

import pytest

from newsgraph.clean.bylines import parse_byline, parse_name_line
from newsgraph.clean.captions import clean_caption
from newsgraph.clean.dates import parse_dated_line
from newsgraph.clean.furniture import furniture_reason
from newsgraph.clean.paste import clean_pasted


@pytest.mark.parametrize("line, names", [
    ("By Ji Da-gyum", ["Ji Da-gyum"]),
    ("By Park Min-ji and Daniel Ortega-Hale, Diplomatic Correspondent", ["Park Min-ji", "Daniel Ortega-Hale"]),
    ("By A. B. Smith, Senior Correspondent and John Roe, Staff Writer", ["A. B. Smith", "John Roe"]),
    ("By Maria de la Cruz in Manila", ["Maria de la Cruz"]),
    ("By Kim Yoo-chul, Lee Ho-seung", ["Kim Yoo-chul", "Lee Ho-seung"]),
    ("By Yonhap", ["Yonhap"]),
    ("Staff, Reporters", None),
    ("By the numbers", None),
])
def test_clean_paste_byline_gives_names_only(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line, names", [
    ("Kim Arin (arin@heraldcorp.com)", ["Kim Arin"]),
    ("Jane Doe, Staff Writer", ["Jane Doe"]),
    ("Seoul tightens rules on crypto exchanges", None),
])
def test_clean_paste_name_line_needs_role_or_email(line, names):
    assert parse_name_line(line) == names


@pytest.mark.parametrize("line, published, updated", [
    ("Published : July 9, 2024 - 17:42", "2024-07-09T17:42:00", None),
    ("Published : March 12, 2025 - 09:15 KST", "2025-03-12T09:15:00+09:00", None),
    ("09 Jul 2024, 10:15 CET", "2024-07-09T10:15:00+01:00", None),
    ("Updated: 2024-07-09 18:02 | Published: 2024-07-09 09:15 (GMT+8)", "2024-07-09T09:15:00+08:00", "2024-07-09T18:02:00"),
    ("Wed 10 Jul 2024 09.15 BST", "2024-07-10T09:15:00+01:00", None),
    ("July 9, 2024 5:42 PM EDT", "2024-07-09T17:42:00-04:00", None),
    ("Updated July 9, 2024 6:05 am ET", None, "2024-07-09T06:05:00-04:00"),
    ("Dec 9, 2024 6:05 am ET", "2024-12-09T06:05:00-05:00", None),
    ("Published: 9:15pm, 9 Jul 2024", "2024-07-09T21:15:00", None),
    ("Updated 6:05 AM GMT+9, July 9, 2024", None, "2024-07-09T06:05:00+09:00"),
    ("10:05 PM ET, Jul 9, 2024", "2024-07-09T22:05:00-04:00", None),
    ("Posted on 2024.07.09 17:42 JST", "2024-07-09T17:42:00+09:00", None),
    ("2024. 7. 9. 17:42", "2024-07-09T17:42:00", None),
    ("2024-07-09T17:42:00+09:00", "2024-07-09T17:42:00+09:00", None),
    ("Updated 2 hours ago", None, None),
])
def test_clean_paste_dates_keep_stated_zone_only(line, published, updated):
    assert parse_dated_line(line) == (published, updated)


@pytest.mark.parametrize("line, text, credit", [
    ("A man walks past a screen in Seoul on Tuesday. (Yonhap) A man walks past a screen in Seoul on Tuesday. (Yonhap)",
     "A man walks past a screen in Seoul on Tuesday.", "Yonhap"),
    ("Protesters gather outside the embassy in Manila on March 11. REUTERS/Eloisa Lopez",
     "Protesters gather outside the embassy in Manila on March 11.", "REUTERS/Eloisa Lopez"),
    ("Prime Minister Kishida speaks in Tokyo. Photo: Kyodo", "Prime Minister Kishida speaks in Tokyo.", "Kyodo"),
    ("Firefighters battle a blaze near Athens on Monday. / AFP", "Firefighters battle a blaze near Athens on Monday.", "AFP"),
    ("The minister arrives for talks in Brussels. (AP Photo/Virginia Mayo)", "The minister arrives for talks in Brussels.", "AP Photo/Virginia Mayo"),
    ("Smoke rises over the city on Sunday. AFP via Getty Images", "Smoke rises over the city on Sunday.", "AFP via Getty Images"),
    ("Rescue workers search the debris in Chongqing on Tuesday. [Photo/Xinhua]", "Rescue workers search the debris in Chongqing on Tuesday.", "Xinhua"),
])
def test_clean_paste_caption_credit_is_split_off(line, text, credit):
    assert clean_caption(line)[:2] == (text, credit)


@pytest.mark.parametrize("line", [
    "He said the plan was approved by the council (NATO).",
    "Officials inspect the site, the ministry said on Tuesday.",
])
def test_clean_paste_body_sentence_is_not_a_caption(line):
    assert clean_caption(line) is None


@pytest.mark.parametrize("line, reason", [
    ("    • Link copied", "share/save widget"),
    ("Save | Share | Comment", "share/save widget"),
    ("지나쌤", "UI text in another script"),
    ("jkim_reader", "user name"),
    ("Home > World > Asia", "breadcrumb"),
    ("Listen to this article · 2 min", "audio player"),
    ("Updated 2 hours ago", "relative timestamp"),
    ("(END)", "end mark"),
    ("Reporting by Jane Doe; Editing by Kim Coghill", "reporting credit"),
    ("Copyright (c) The Harbor Ledger. All rights reserved.", "copyright"),
    ("Read more: Five things to know", "related links"),
    ("dagyumji@heraldcorp.com", "reporter e-mail"),
    ("ADVERTISEMENT", "advertisement"),
    ("Tags: North Korea, Russia", "tags"),
    ("Sign up for our morning briefing", "newsletter prompt"),
    ("The ministry said on Monday that talks would resume next week in Seoul.", None),
])
def test_clean_paste_furniture_reason(line, reason):
    assert furniture_reason(line) == reason


def test_clean_paste_stray_script_kept_in_a_text_of_that_script():
    assert furniture_reason("지나쌤", latin_doc=False) is None


WIRE = """Markets

Oil steadies as traders weigh supply risks in the Middle East

LONDON, March 12 (Reuters) - Oil prices steadied on Wednesday as traders weighed the risk of supply disruption against signs of weaker demand in China.

Brent crude futures were little changed at $81.20 a barrel by 0930 GMT, after falling 1% in the previous session.

Reporting by Ann Lee; Editing by Tom Hogue
"""


def test_clean_paste_dateline_kept_in_body_and_outlet_from_agency():
    art = clean_pasted(WIRE)
    assert art.dateline == "LONDON, March 12 (Reuters)"
    assert art.text[art.dateline_span.start:art.dateline_span.end] == art.dateline
    assert art.body.startswith("LONDON, March 12 (Reuters) - Oil prices")
    assert art.outlet == "Reuters"
    assert art.headline == "Oil steadies as traders weigh supply risks in the Middle East"
    assert any(r.reason == "reporting credit" for r in art.removed)
    assert len(art.paragraphs) == 2


def test_clean_paste_outlet_from_copyright_line_when_no_masthead():
    text = ("Council approves new bus lanes for the city centre\n\nBy Ann Lee\n\n"
            "The city council approved three new bus lanes on Tuesday after a year of consultation with residents.\n\n"
            "Work will begin in September and last about six months, officials said.\n\n"
            "© 2024 The Riverside Gazette. All rights reserved.\n")
    art = clean_pasted(text)
    assert art.outlet == "The Riverside Gazette"
    assert art.authors == ("Ann Lee",)
    assert len(art.paragraphs) == 2


def test_clean_paste_headline_site_suffix_gives_outlet():
    text = ("Japan's exports rise for a seventh month | The Japan Times\n\n"
            "Japan's exports rose 5.4% in June from a year earlier, the seventh straight monthly gain, government data showed.\n")
    art = clean_pasted(text)
    assert art.headline == "Japan's exports rise for a seventh month"
    assert art.outlet == "The Japan Times"


def test_clean_paste_caption_twice_on_two_lines_becomes_one():
    cap = "Workers repair a damaged power line in Kharkiv on Sunday. (Reuters)"
    text = f"Power restored to most of Kharkiv after strikes\n\n{cap}\n{cap}\n\nEngineers restored power to most of Kharkiv on Monday after weekend strikes damaged two substations, the city's mayor said.\n"
    art = clean_pasted(text)
    assert [(c.text, c.credit) for c in art.captions] == [("Workers repair a damaged power line in Kharkiv on Sunday.", "Reuters")]
    assert [r.reason for r in art.removed] == ["duplicate caption"]


def test_clean_paste_author_bio_at_end_removed():
    text = ("Rail strike halts trains across the north\n\nBy Tom Reyes\n\n"
            "Train services across northern England were cancelled on Tuesday as drivers walked out in a dispute over pay.\n\n"
            "The union said further strikes were planned for next month if talks failed.\n\n"
            "Tom Reyes is a transport correspondent based in Manchester.\n")
    art = clean_pasted(text)
    assert art.body.endswith("if talks failed.")
    assert art.removed[-1].reason == "author bio"


def test_clean_paste_byline_and_date_on_one_line():
    text = ("Seoul to expand child care subsidies for working parents\n\n"
            "By Kim So-hyun  Published : Jul 9, 2024 - 17:42\n\n"
            "The government will expand child care subsidies for working parents from next year, the ministry said.\n")
    art = clean_pasted(text)
    assert art.authors == ("Kim So-hyun",)
    assert art.published == "2024-07-09T17:42:00"


def test_clean_paste_sign_off_name_above_email_is_the_author():
    text = ("Seoul to expand child care subsidies for working parents\n\nPublished : Jul 9, 2024 - 17:42\n\n"
            "The government will expand child care subsidies for working parents from next year, the ministry said.\n\n"
            "The ministry said the budget would rise by 20 percent next year.\n\nKim Arin\narin@heraldcorp.com\n")
    art = clean_pasted(text)
    assert art.authors == ("Kim Arin",)
    assert art.body.endswith("rise by 20 percent next year.")


def test_clean_paste_numeric_dates_day_first_unless_american():
    assert parse_dated_line("Published 09/07/2024 17:42")[0] == "2024-07-09T17:42:00"
    assert parse_dated_line("07/09/2024 05:42 PM EDT")[0] == "2024-07-09T17:42:00-04:00"


def test_clean_paste_indented_wire_copy_rejoined_by_paragraph():
    text = ("STANDARD FIBRE TO FORM FINANCE UNIT\n\nCLEVELAND, Feb 26 - Standard Fibre Co and its partner\n"
            "said they plan to form a venture to manage the money market\nactivities of both companies.\n"
            "    The venture will be called Fibre Financial Trading\nand will be run by Standard Fibre.\n"
            "    It will start work in April.\n Reuter\n")
    art = clean_pasted(text)
    assert art.headline == "STANDARD FIBRE TO FORM FINANCE UNIT"
    assert art.dateline == "CLEVELAND, Feb 26"
    assert art.body.split("\n\n") == [
        "CLEVELAND, Feb 26 - Standard Fibre Co and its partner said they plan to form a venture to manage the money market activities of both companies.",
        "The venture will be called Fibre Financial Trading and will be run by Standard Fibre.",
        "It will start work in April.",
    ]


def test_clean_paste_lower_case_line_is_never_a_label():
    assert furniture_reason("tags and ticket printers and terminals.") is None
    assert furniture_reason("Tags: printers, terminals") == "tags"


def test_clean_paste_reader_comments_never_become_body():
    text = ("Council approves new bus lanes for the city centre\n\nBy Ann Lee\n\n"
            "The city council approved three new bus lanes on Tuesday after a year of consultation with residents.\n\n"
            "Work will begin in September and last about six months, officials said.\n\n"
            "Comments\n\nriverfan88\n\nThis is a complete waste of money and the council should have spent it on fixing "
            "the potholes on every road in the north of the city first.\n\nReply\n")
    art = clean_pasted(text)
    assert art.body.endswith("officials said.")
    assert {r.reason for r in art.removed if "waste of money" in r.text} == {"comments"}


def test_clean_paste_names_stop_at_the_date_but_may_and_june_are_names():
    from newsgraph.clean.bylines import parse_names

    assert parse_names("Mike Wuerthele and Malcolm Owen Monday, November 18, 2019") == ["Mike Wuerthele", "Malcolm Owen"]
    assert parse_names("June Park and May Kim") == ["June Park", "May Kim"]


def test_clean_paste_markdown_marks_are_not_text():
    text = ("# Seoul to expand child care subsidies for working parents\n\n**By Jane Doe** | July 9, 2024\n\n"
            "The government will expand child care subsidies for working parents from next year, the ministry said.\n\n"
            "*The ministry said the budget would rise by 20 percent next year.*\n")
    art = clean_pasted(text)
    assert art.headline == "Seoul to expand child care subsidies for working parents"
    assert art.authors == ("Jane Doe",)
    assert art.published == "2024-07-09"
    assert art.body.endswith("\n\nThe ministry said the budget would rise by 20 percent next year.")


def test_clean_paste_outlet_after_a_name_without_comma_and_tight_dashes():
    from newsgraph.clean.paste import DATELINE

    assert parse_byline("By ANN LEE Associated Press") == ["ANN LEE"]
    assert DATELINE.match("WASHINGTON—The Senate voted on Tuesday.").group("dateline") == "WASHINGTON"


def test_clean_paste_wire_caption_with_file_photo_and_licensing_link():
    line = ("A man watches a TV broadcast in Seoul, South Korea, July 9, 2024. "
            "REUTERS/Kim Hong-Ji/File Photo Purchase Licensing Rights, opens new tab")
    text = (f"North Korea launches ballistic missile, South Korea says\n\nBy Hyonhee Shin\n\n{line}\n\n"
            "SEOUL, July 9 (Reuters) - North Korea fired a ballistic missile off its east coast on Tuesday, the military said.\n")
    art = clean_pasted(text)
    assert [(c.text, c.credit) for c in art.captions] == [
        ("A man watches a TV broadcast in Seoul, South Korea, July 9, 2024.", "REUTERS/Kim Hong-Ji")]


def test_clean_paste_headline_ending_in_a_quote_is_still_the_headline():
    text = ('Seoul warns Moscow over arms deal: "Crossing a red line"\n\n'
            "South Korea warned Russia on Tuesday that any transfer of weapons technology to North Korea would be met firmly.\n")
    art = clean_pasted(text)
    assert art.headline == 'Seoul warns Moscow over arms deal: "Crossing a red line"'
    assert len(art.paragraphs) == 1


@pytest.mark.parametrize("line", [
    "The delegation departs Pyongyang on Monday. The delegation departs Pyongyang on Monday. (Yonhap)",
    "The delegation departs Pyongyang on Monday. (Yonhap) The delegation departs Pyongyang on Monday.",
])
def test_clean_paste_caption_twice_with_one_credit_becomes_one(line):
    assert clean_caption(line) == ("The delegation departs Pyongyang on Monday.", "Yonhap", True)


def test_clean_paste_sign_up_box_after_the_story_goes_whole():
    text = ("Why Seoul's housing market is cooling\n\nDana Whitfield\nMar 3, 2025\n\n"
            "Apartment prices in Seoul fell for a third straight month in February, the real estate board said.\n\n"
            "Transactions dropped by a fifth from a year earlier, the board said.\n\n"
            "Subscribe to Notes on Seoul\nLaunched 2 years ago\nWeekly notes on Korean politics and money.\n")
    art = clean_pasted(text)
    assert art.authors == ("Dana Whitfield",)
    assert art.body.endswith("the board said.")
    assert [r.reason for r in art.removed][-3:] == ["newsletter prompt", "relative timestamp", "newsletter prompt"]


def test_clean_paste_caption_with_copyright_mark_credit():
    text = ("Highland Review\n\nThree states seal summer water deal\n\nBy Ana Ruiz\n\nOSH, 2 June 2026, 17:25\n\n"
            "Water flows through the spillway of the dam in the southern region. (c) Highland Review / Ivan Petrov\n\n"
            "Kyrgyzstan agreed on Monday to release more water from its reservoir to farmers downstream, officials "
            "said.\n")
    art = clean_pasted(text)
    assert [c.text for c in art.captions] == ["Water flows through the spillway of the dam in the southern region."]
    assert art.captions[0].credit == "Highland Review / Ivan Petrov"
    assert len(art.paragraphs) == 1 and art.text[art.paragraphs[0].start:].startswith("Kyrgyzstan agreed")
    assert clean_caption("The dam at dusk on Sunday. © AFP")[:2] == ("The dam at dusk on Sunday.", "AFP")


@pytest.mark.parametrize("line, place", [
    ("JAKARTA, Wednesday, December 3, 2025", "JAKARTA"),
    ("KYIV - 12 March 2025", "KYIV"),
    ("Published 3 December 2025", None),
    ("DECEMBER 3, 2025", None),
])
def test_clean_paste_dateline_on_its_own_line_gives_the_place(line, place):
    text = f"The Jakarta Ledger\n\nIndonesia summons envoy\n\n{line}\n\nIndonesia summoned the envoy on Monday, officials said.\n"
    art = clean_pasted(text)
    assert art.published is not None and art.published.startswith(("2025-12-03", "2025-03-12"))
    assert art.dateline == place
    assert art.body.startswith("Indonesia summoned")


def test_clean_body_only_recognises_a_wire_dateline_and_keeps_the_text():
    from newsgraph.clean.body_only import clean_body_only

    text = "TRIPOLI, June 17 - The United Nations envoy on Tuesday called on Egypt to act.\n\nMore text."
    art = clean_body_only(text)
    assert art.text == text
    assert art.dateline == "TRIPOLI, June 17"
    assert text[art.dateline_span.start:art.dateline_span.end] == "TRIPOLI, June 17"
    assert clean_body_only("The envoy called on Egypt to act.").dateline is None
