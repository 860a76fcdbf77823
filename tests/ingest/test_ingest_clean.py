"""Cleaning of crawl furniture: what goes, what stays, and the record of removals."""

from __future__ import annotations

from multivektor.ingest import clean_text

BODY_1 = "Fylkestinget vedtok onsdag å legge ned to videregående skoler i distriktet."
BODY_2 = "– Dette er en trist dag for bygda vår, sier ordføreren til lokalavisen."
BODY_3 = "Vedtaket kan ankes til departementet innen tre uker."


def _check_offsets(raw: str, cleaned) -> None:
    for r in cleaned.removed:
        assert raw[r.raw_start:r.raw_start + len(r.text)] == r.text, r


def test_leading_date_line_with_glued_annonse_is_removed_and_gives_a_date_hint():
    raw = f" date 2021-09 annonse\n\n{BODY_1}\n\n{BODY_2}"
    c = clean_text(raw)
    assert c.text == f"{BODY_1}\n\n{BODY_2}"
    assert c.date_hint == "2021-09"
    assert [r.reason for r in c.removed] == ["date line"]
    _check_offsets(raw, c)


def test_date_line_is_only_furniture_at_the_start():
    raw = f"{BODY_1}\n\ndate 2021-09\n\n{BODY_3}"
    assert "date 2021-09" in clean_text(raw).text


def test_lone_annonse_lines_are_removed_and_paragraphs_stay_separated():
    raw = f"{BODY_1}\n\nannonse\n\n{BODY_2}\n\nAnnonse\n\n{BODY_3}\n"
    c = clean_text(raw)
    assert c.text == f"{BODY_1}\n\n{BODY_2}\n\n{BODY_3}"
    assert [r.reason for r in c.removed] == ["advertisement marker"] * 2
    _check_offsets(raw, c)


def test_annonse_glued_to_the_end_of_a_paragraph_is_cut_off():
    raw = f"{BODY_1} annonse\n\n{BODY_2}"
    c = clean_text(raw)
    assert c.text == f"{BODY_1}\n\n{BODY_2}"
    assert c.removed[0].text.strip() == "annonse"
    _check_offsets(raw, c)


def test_the_word_annonse_inside_a_sentence_stays():
    raw = "Bedriften satte inn en annonse i avisen for å finne nye ansatte."
    assert clean_text(raw).text == raw


def test_related_article_links_are_removed_in_both_standards():
    raw = (f"{BODY_1}\n\nLes også: Slik stemte partiene i fylkestinget\n\n{BODY_2}\n\n"
           f"Sjå òg: Dette er skulane som blir lagde ned\n\n{BODY_3}")
    c = clean_text(raw)
    assert c.text == f"{BODY_1}\n\n{BODY_2}\n\n{BODY_3}"
    assert [r.reason for r in c.removed] == ["related-article link"] * 2
    _check_offsets(raw, c)


def test_photo_captions_and_credits_are_removed():
    raw = (f"Elever demonstrerte utenfor fylkeshuset onsdag. Foto: Kari Nordmann / NTB\n\n"
           f"{BODY_1}\n\nFoto: NTB\n\n{BODY_2}\n\n(Foto: Reuters)\n\n{BODY_3}")
    c = clean_text(raw)
    assert c.text == f"{BODY_1}\n\n{BODY_2}\n\n{BODY_3}"
    assert [r.reason for r in c.removed] == ["photo caption", "photo credit", "photo credit"]
    _check_offsets(raw, c)


def test_a_credit_glued_to_a_long_paragraph_loses_only_the_credit():
    long_para = " ".join([BODY_1, BODY_3] * 5)
    raw = f"{long_para} Foto: NTB\n\n{BODY_2}"
    c = clean_text(raw)
    assert c.text == f"{long_para}\n\n{BODY_2}"
    _check_offsets(raw, c)


def test_byline_without_agency_is_removed_and_kept_as_author():
    raw = f"Av Kari Nordmann og Per Hansen\n\n{BODY_1}\n\n{BODY_2}"
    c = clean_text(raw)
    assert c.text == f"{BODY_1}\n\n{BODY_2}"
    assert c.author == "Kari Nordmann og Per Hansen"
    assert c.removed[0].reason == "byline"


def test_agency_credits_and_agency_bylines_stay_for_the_sources_extractor():
    raw = f"Av Kari Nordmann, NTB\n\n{BODY_1}\n\nNTB-Per Hansen\n\n{BODY_2}\n\n(©NTB)\n\n(NTB)"
    c = clean_text(raw)
    assert c.text == raw
    assert c.removed == []


def test_timestamp_lines_are_removed():
    raw = f"Publisert 12.03.2023 14:02\n\n{BODY_1}"
    assert clean_text(raw).text == BODY_1


def test_article_text_is_untouched_when_there_is_no_furniture():
    raw = f"{BODY_1}\n\n{BODY_2}\n\n{BODY_3}"
    c = clean_text(raw)
    assert c.text == raw and c.removed == []


def test_title_is_taken_from_a_title_like_first_line_only_when_asked():
    raw = f"Skolene i distriktet legges ned\n\n{BODY_1}\n\n{BODY_2}"
    c = clean_text(raw, find_title=True)
    assert c.title == "Skolene i distriktet legges ned"
    assert c.text == f"{BODY_1}\n\n{BODY_2}"
    assert clean_text(raw).title is None


def test_a_sentence_or_a_quote_is_not_a_title():
    for first in (BODY_1, BODY_2, "«Vi gir oss ikke», sier lederen"):
        c = clean_text(f"{first}\n\n{BODY_3}", find_title=True)
        assert c.title is None
        assert c.text.startswith(first)


def test_a_lone_line_is_text_not_title():
    c = clean_text("Skolene i distriktet legges ned", find_title=True)
    assert c.title is None and c.text == "Skolene i distriktet legges ned"


def test_windows_line_endings_and_blank_runs_are_normalised():
    raw = f"{BODY_1}\r\n\r\n\r\n\r\nannonse\r\n{BODY_2}\r\n"
    c = clean_text(raw)
    assert c.text == f"{BODY_1}\n\n{BODY_2}"
    _check_offsets(raw, c)
