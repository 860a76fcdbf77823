"""Every reader on small files written by the tests, and the walk over directories."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from multivektor.ingest import article_id, read_inputs
from multivektor.model import Article, Skip


def _read(*paths: Path | str) -> list[Article | Skip]:
    return list(read_inputs(paths))


def test_plain_text_file_with_title_line(samples, tmp_path):
    (tmp_path / "a.txt").write_text(f"{samples.TITLE}\n\n{samples.NB_TEXT}\n", encoding="utf-8")
    [a] = _read(tmp_path / "a.txt")
    assert isinstance(a, Article)
    assert a.title == samples.TITLE and a.text == samples.NB_TEXT and a.lang == "nb"
    assert a.origin == str(tmp_path / "a.txt")
    assert a.id == article_id(samples.NB_TEXT)


def test_plain_text_without_extension_is_read_by_content(samples, tmp_path):
    (tmp_path / "notat").write_text(samples.NN_TEXT, encoding="utf-8")
    [a] = _read(tmp_path / "notat")
    assert a.lang == "nn" and a.title == "" and a.text == samples.NN_TEXT


def test_jsonl_keeps_given_ids_fields_and_line_order(samples, tmp_path):
    rows = [
        {
            "id": "n1",
            "date": "2024-03-05T08:00:00Z",
            "title": samples.TITLE,
            "text": samples.NB_TEXT,
            "url": "https://avisa.no/1",
            "publisher": "Avisa Nord",
        },
        {"id": 7, "date": "2024-03-06", "title": "Kutt i skulane", "text": samples.NN_TEXT},
        {"title": "Uten id", "text": samples.NB_TEXT},
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    a, b, c = _read(tmp_path / "in.jsonl")
    assert (a.id, a.date, a.title, a.url, a.publisher, a.lang) == (
        "n1",
        "2024-03-05",
        samples.TITLE,
        "https://avisa.no/1",
        "Avisa Nord",
        "nb",
    )
    assert (b.id, b.lang, b.origin) == ("7", "nn", f"{tmp_path / 'in.jsonl'}:2")
    assert c.id == article_id(samples.NB_TEXT)


def test_jsonl_text_is_cleaned_with_removals_recorded(samples, tmp_path):
    raw = f" date 2024-03 annonse\n\n{samples.NB_PARAS[0]}\n\nannonse\n\n{samples.NB_PARAS[1]}"
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "x", "text": raw}) + "\n", "utf-8")
    [a] = _read(tmp_path / "in.jsonl")
    assert a.text == f"{samples.NB_PARAS[0]}\n\n{samples.NB_PARAS[1]}"
    assert a.date == "2024-03"  # from the date line, as no date was given
    assert [r.reason for r in a.removed] == ["date line", "advertisement marker"]
    for r in a.removed:
        assert raw[r.raw_start : r.raw_start + len(r.text)] == r.text


def test_gzipped_jsonl_and_json_array(samples, tmp_path):
    line = json.dumps({"id": "g1", "text": samples.NB_TEXT}) + "\n"
    with gzip.open(tmp_path / "in.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(line)
    (tmp_path / "arr.json").write_text(
        json.dumps([{"id": "j1", "text": samples.NN_TEXT}], indent=2), "utf-8"
    )
    ids = [x.id for x in _read(tmp_path / "in.jsonl.gz", tmp_path / "arr.json")]
    assert ids == ["g1", "j1"]


def test_html_page_main_text_title_date_author(samples, tmp_path):
    (tmp_path / "side.html").write_text(samples.html_page(), encoding="utf-8")
    [a] = _read(tmp_path / "side.html")
    assert a.title == samples.TITLE
    assert a.text == samples.NB_TEXT  # no menu, no footer, headline not repeated
    assert (a.date, a.author, a.publisher, a.lang) == (
        "2024-03-05",
        "Kari Nordmann",
        "Avisa Nord",
        "nb",
    )


def test_html_is_recognised_by_content_whatever_the_name(samples, tmp_path):
    (tmp_path / "side.dat").write_text(samples.html_page(), encoding="utf-8")
    [a] = _read(tmp_path / "side.dat")
    assert a.text == samples.NB_TEXT


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Avisa Nord</title>
<item><title>Kutt i skulane</title><link>https://avisa.no/1</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 +0100</pubDate><description>Kort.</description>
<content:encoded><![CDATA[{content}]]></content:encoded></item>
<item><title>Beredskap i nord</title><link>https://avisa.no/2</link>
<pubDate>Wed, 06 Mar 2024 09:00:00 +0100</pubDate>
<description>&lt;p&gt;{summary}&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Nyheter</title>
<entry><title>Beredskap i nord</title><link href="https://x.no/3"/><id>urn:x:3</id>
<updated>2024-01-02T12:00:00Z</updated><summary>{summary}</summary></entry></feed>"""


def test_rss_items_use_content_else_summary(samples, tmp_path):
    content = "".join(f"<p>{p}</p>" for p in samples.NN_TEXT.split("\n\n")) + "<p>Foto: NTB</p>"
    rss = RSS.format(content=content, summary=samples.NB_PARAS[0])
    (tmp_path / "feed.xml").write_text(rss, encoding="utf-8")
    a, b = _read(tmp_path / "feed.xml")
    assert (a.title, a.date, a.url, a.publisher, a.lang) == (
        "Kutt i skulane",
        "2024-03-05",
        "https://avisa.no/1",
        "Avisa Nord",
        "nn",
    )
    assert a.text == samples.NN_TEXT and a.removed[0].reason == "photo credit"
    assert b.text == samples.NB_PARAS[0] and b.date == "2024-03-06"
    assert a.origin.endswith("feed.xml#item1")


def test_atom_feed(samples, tmp_path):
    (tmp_path / "nyheter.atom").write_text(
        ATOM.format(summary=samples.NB_PARAS[1]), encoding="utf-8"
    )
    [a] = _read(tmp_path / "nyheter.atom")
    assert (a.title, a.date, a.url, a.text) == (
        "Beredskap i nord",
        "2024-01-02",
        "https://x.no/3",
        samples.NB_PARAS[1],
    )


def test_warc_html_responses_go_through_the_html_reader(samples, tmp_path):
    pages = [
        ("https://avisa.no/1", "text/html; charset=utf-8", samples.html_page()),
        ("https://avisa.no/logo.png", "image/png", "not really a png"),
        (
            "https://avisa.no/2",
            "text/html",
            samples.html_page("Kutt i skulane", tuple(samples.NN_TEXT.split("\n\n"))),
        ),
    ]
    for gz in (False, True):
        path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
        samples.write_warc(path, pages, gzip=gz)
        a, b = _read(path)
        assert (a.url, a.text, a.lang) == ("https://avisa.no/1", samples.NB_TEXT, "nb")
        assert (b.url, b.lang) == ("https://avisa.no/2", "nn")
        assert a.origin.startswith(f"{path}#<urn:uuid:")


def test_same_article_from_html_and_warc_has_the_same_id(samples, tmp_path):
    (tmp_path / "side.html").write_text(samples.html_page(), encoding="utf-8")
    samples.write_warc(
        tmp_path / "c.warc", [("https://avisa.no/1", "text/html", samples.html_page())], gzip=False
    )
    a, b = _read(tmp_path / "side.html", tmp_path / "c.warc")
    assert a.id == b.id


def test_directories_are_walked_recursively_in_name_order(samples, tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(samples.NN_TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(samples.NB_TEXT, encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        samples.NB_PARAS[1] + "\n\n" + samples.NB_PARAS[2], encoding="utf-8"
    )
    (tmp_path / ".hidden").write_text(samples.NB_TEXT, encoding="utf-8")
    origins = [x.origin for x in _read(tmp_path)]
    assert origins == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "2.txt"),
        str(tmp_path / "c.txt"),
    ]


def test_read_inputs_is_lazy(samples, tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(samples.NB_TEXT + f" Sak nummer {i}.", encoding="utf-8")
    stream = read_inputs([tmp_path])
    first = next(stream)
    assert first.origin == str(tmp_path / "0.txt")


def test_big_directory_streams_without_sorting(samples, tmp_path, monkeypatch):
    from multivektor.ingest import inputs

    monkeypatch.setattr(inputs, "SORT_LIMIT", 2)
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"{samples.NB_TEXT} Sak {i}.", encoding="utf-8")
    assert sorted(x.origin for x in _read(tmp_path)) == [
        str(tmp_path / f"{i}.txt") for i in range(5)
    ]


def test_ids_are_stable_under_whitespace_and_case(samples, tmp_path):
    assert article_id(samples.NB_TEXT) == article_id(
        "  " + samples.NB_TEXT.replace(" ", "  ").upper() + "\n"
    )
    assert article_id(samples.NB_TEXT) != article_id(samples.NN_TEXT)
    assert len(article_id(samples.NB_TEXT)) == 16


def test_another_language_is_skipped_not_an_error(tmp_path):
    (tmp_path / "en.txt").write_text(
        "The government will spend several billion kroner on strengthening preparedness in "
        "northern Norway, the defence minister said on Tuesday.",
        encoding="utf-8",
    )
    [s] = _read(tmp_path / "en.txt")
    assert isinstance(s, Skip) and not s.error and "English" in s.reason


def test_another_language_in_jsonl_keeps_its_id(tmp_path):
    row = {
        "id": "sv1",
        "text": "Regeringen vill inte ge mer pengar till kommunerna i år, "
        "säger finansministern. Hon menar att det är nödvändigt att spara.",
    }
    (tmp_path / "in.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", "utf-8")
    [s] = _read(tmp_path / "in.jsonl")
    assert isinstance(s, Skip) and s.id == "sv1" and "Swedish" in s.reason


def test_given_lang_is_trusted(tmp_path):
    row = {"id": "k", "lang": "nn", "text": "Stortinget vedtok budsjettet."}
    (tmp_path / "in.jsonl").write_text(json.dumps(row) + "\n", "utf-8")
    [a] = _read(tmp_path / "in.jsonl")
    assert a.lang == "nn"


def test_symlinked_directories_inside_a_walk_are_not_followed(samples, tmp_path):
    (tmp_path / "a.txt").write_text(samples.NB_TEXT, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    items = _read(tmp_path)
    assert [type(x).__name__ for x in items] == ["Article", "Skip"]
    assert not items[1].error and "not followed" in items[1].reason


def test_dates_are_normalised_to_iso():
    from multivektor.ingest.build import iso_date

    assert iso_date("2024-03-05T10:00:00+01:00") == "2024-03-05"
    assert iso_date("2024-03") == "2024-03"
    assert iso_date("5.3.2024") == "2024-03-05"
    assert iso_date("Tue, 05 Mar 2024 10:00:00 +0100") == "2024-03-05"
    assert iso_date("i går") is None and iso_date(None) is None and iso_date("40.13.2024") is None


def test_news_page_furniture_stays_out_of_the_html_text(samples, tmp_path):
    p = samples.NB_PARAS
    page = (
        "<!DOCTYPE html><html lang='nb'><head><title>Beredskap i nord - Avisa</title>"
        "<meta property='og:title' content='Beredskap i nord'></head><body>"
        "<header><nav><ul><li><a href='/'>Nyheter</a></li><li><a href='/s'>Sport</a></li>"
        "</ul></nav></header><main><article><h1>Beredskap i nord</h1>"
        "<div class='byline'>Av <a href='/k'>Kari Nordmann</a></div>"
        "<figure><img src='x.jpg'><figcaption>Soldater på øvelse i Finnmark. "
        "Foto: Ola Hansen / NTB</figcaption></figure>"
        f"<p class='lead'>{p[0]}</p>"
        "<aside class='related'><h3>Les også</h3><a href='/2'>Slik styrkes forsvaret</a></aside>"
        f"<p>{p[1]}</p><div class='ad'>Annonse</div><p>{p[2]}</p>"
        "<p>«Vi må være forberedt», sier ministeren til NTB.</p></article></main>"
        "<section class='comments'><p>Bra sak!</p></section>"
        "<footer>Ansvarlig redaktør: Per Hansen.</footer></body></html>"
    )
    (tmp_path / "sak.html").write_text(page, encoding="utf-8")
    [a] = _read(tmp_path / "sak.html")
    assert a.title == "Beredskap i nord" and a.author == "Kari Nordmann"
    assert a.text.startswith(p[0]) and a.text.endswith("sier ministeren til NTB.")
    for furniture in ("Finnmark", "Les også", "Annonse", "Bra sak", "redaktør", "Sport"):
        assert furniture not in a.text
    assert "\n\n" in a.text
