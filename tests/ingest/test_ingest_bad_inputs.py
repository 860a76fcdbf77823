"""Every kind of bad input becomes a Skip naming the input and the reason; reading goes on."""

from __future__ import annotations

import json
from pathlib import Path

from multivektor.ingest import read_inputs
from multivektor.model import Article, Skip


def _read(*paths: Path | str) -> list[Article | Skip]:
    return list(read_inputs(paths))


def _only_skip(items: list[Article | Skip]) -> Skip:
    [skip] = items
    assert isinstance(skip, Skip), skip
    return skip


def test_missing_path(tmp_path):
    s = _only_skip(_read(tmp_path / "finnes-ikke.txt"))
    assert s.error and s.origin.endswith("finnes-ikke.txt") and "no such file" in s.reason


def test_empty_and_blank_files(tmp_path):
    (tmp_path / "tom.txt").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_text("\n\n  \n", encoding="utf-8")
    a, b = _read(tmp_path / "tom.txt", tmp_path / "blank.jsonl")
    assert a.error and b.error and "empty" in a.reason and "empty" in b.reason


def test_binary_file(tmp_path):
    (tmp_path / "bilde.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    s = _only_skip(_read(tmp_path / "bilde.txt"))
    assert s.error and "binary" in s.reason and s.origin.endswith("bilde.txt")


def test_non_utf8_text_is_decoded_by_its_detected_encoding(samples, tmp_path):
    (tmp_path / "latin1.txt").write_bytes(samples.NB_TEXT.encode("latin-1"))
    [a] = _read(tmp_path / "latin1.txt")
    assert isinstance(a, Article) and a.text == samples.NB_TEXT


def test_latin1_line_among_utf8_lines_is_decoded_and_the_rest_stay_intact(samples, tmp_path):
    good = json.dumps({"id": "ok", "text": samples.NB_TEXT}, ensure_ascii=False).encode()
    latin = json.dumps({"id": "l1", "text": samples.NB_PARAS[1]}, ensure_ascii=False)
    (tmp_path / "blandet.jsonl").write_bytes(
        good + b"\n" + latin.encode("latin-1") + b"\n" + good + b"\n"
    )
    a, b, c = _read(tmp_path / "blandet.jsonl")
    assert (a.id, b.id, c.id) == ("ok", "l1", "ok")
    assert a.text == c.text == samples.NB_TEXT and b.text == samples.NB_PARAS[1]


def test_undecodable_line_in_jsonl_is_reported_and_reading_goes_on(samples, tmp_path, monkeypatch):
    from multivektor.ingest import inputs

    monkeypatch.setattr(inputs, "SNIFF_BYTES", 64)  # the bad line lies beyond the sniffed part
    good = json.dumps({"id": "ok", "text": samples.NB_TEXT}, ensure_ascii=False).encode()
    bad = b'{"id": "bad", "text": "S\xf8rlandet f\xe5r mer penger"}'
    (tmp_path / "blandet.jsonl").write_bytes(good + b"\n" + bad + b"\n" + good + b"\n")
    a, s, b = _read(tmp_path / "blandet.jsonl")
    assert a.id == b.id == "ok"
    assert isinstance(s, Skip) and s.error and s.origin.endswith("blandet.jsonl:2")
    assert "UTF-8" in s.reason


def test_malformed_json_line_names_file_and_line_and_reading_goes_on(samples, tmp_path):
    lines = [
        json.dumps({"id": "a", "text": samples.NB_TEXT}),
        '{"id": "b", "text": ',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "d"}),
        json.dumps({"id": "e", "text": samples.NN_TEXT}),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(tmp_path / "in.jsonl")
    assert [type(x).__name__ for x in items] == ["Article", "Skip", "Skip", "Skip", "Article"]
    assert items[1].origin == f"{tmp_path / 'in.jsonl'}:2" and "malformed JSON" in items[1].reason
    assert items[2].error and "not a JSON object" in items[2].reason
    assert items[3].error and items[3].id == "d" and "text" in items[3].reason
    assert all(x.error for x in items[1:4])


def test_html_without_an_article(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>Forsiden</title></head><body>"
        "<nav><a href='/'>Hjem</a> <a href='/sport'>Sport</a></nav></body></html>"
    )
    (tmp_path / "meny.html").write_text(page, encoding="utf-8")
    s = _only_skip(_read(tmp_path / "meny.html"))
    assert not s.error and "no article" in s.reason


def test_feed_that_does_not_parse(tmp_path):
    (tmp_path / "feed.xml").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><item><title>Brudd", encoding="utf-8"
    )
    items = _read(tmp_path / "feed.xml")
    assert not any(isinstance(x, Article) for x in items)
    assert any(x.error and "feed does not parse" in x.reason for x in items)


def test_truncated_warc_yields_what_it_could_and_a_skip(samples, tmp_path):
    pages = [
        (
            f"https://avisa.no/{i}",
            "text/html",
            samples.html_page(f"Sak nummer {i}", (*samples.NB_PARAS, f"Saken har nummer {i}.")),
        )
        for i in range(3)
    ]
    for gz in (False, True):
        whole = tmp_path / ("whole.warc.gz" if gz else "whole.warc")
        samples.write_warc(whole, pages, gzip=gz)
        data = whole.read_bytes()
        cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
        cut.write_bytes(data[: len(data) * 3 // 4])
        items = _read(cut)
        articles = [x for x in items if isinstance(x, Article)]
        assert 1 <= len(articles) < 3
        assert isinstance(items[-1], Skip) and items[-1].error
        assert "truncated" in items[-1].reason and items[-1].origin == str(cut)


def test_garbage_named_warc(tmp_path):
    (tmp_path / "x.warc").write_text("WARC/1.0\r\nthis is not a record\r\n", encoding="utf-8")
    s = _read(tmp_path / "x.warc")[-1]
    assert isinstance(s, Skip) and s.error


def test_one_bad_input_does_not_stop_the_others(samples, tmp_path):
    (tmp_path / "god.txt").write_text(samples.NB_TEXT, encoding="utf-8")
    (tmp_path / "tom.txt").write_bytes(b"")
    items = _read(tmp_path / "mangler", tmp_path / "tom.txt", tmp_path / "god.txt")
    assert [type(x).__name__ for x in items] == ["Skip", "Skip", "Article"]


def test_unexpected_reader_failure_becomes_a_skip(samples, tmp_path, monkeypatch):
    from multivektor.ingest import inputs

    def boom(*args, **kwargs):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(inputs, "make_article", boom)
    (tmp_path / "a.txt").write_text(samples.NB_TEXT, encoding="utf-8")
    s = _only_skip(_read(tmp_path / "a.txt"))
    assert s.error and "kaboom" in s.reason


def test_a_directory_of_many_files_streams(samples, tmp_path):
    for i in range(300):
        (tmp_path / f"{i:04d}.txt").write_text(f"{samples.NB_PARAS[2]} Sak {i}.", "utf-8")
    stream = read_inputs([tmp_path])
    assert next(stream).origin.endswith("0000.txt")
    assert sum(1 for _ in stream) == 299


def test_text_that_stops_being_utf8_after_the_sniffed_part(samples, tmp_path, monkeypatch):
    from multivektor.ingest import inputs

    monkeypatch.setattr(inputs, "SNIFF_BYTES", 32)
    data = samples.NB_TEXT.encode("utf-8") + "\n\nNæringsministeren får svar.".encode("cp1252")
    (tmp_path / "blandet.txt").write_bytes(data)
    [a] = _read(tmp_path / "blandet.txt")
    assert isinstance(a, Article) and a.text.startswith(samples.NB_PARAS[0][:40])
