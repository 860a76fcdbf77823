"""The REST API over a database the tests wrote (see conftest.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from multivektor.store import Store
from multivektor.web import create_app


def ids(data: dict) -> list[str]:
    return [e["event_id"] for e in data["events"]]


def test_stats(client: TestClient) -> None:
    data = client.get("/api/stats").json()
    assert data["counts"] == {"articles": 3, "events": 6, "quotes": 2, "sources": 3,
                              "mentions": 1}
    by_cat = {r["event"]: r["n"] for r in data["events_by_category"]}
    assert by_cat == {"CONSULT": 2, "ACCUSE": 1, "AGREE": 1, "AID": 1}  # negated one left out
    dyads = {(r["actor"], r["event"], r["recipient"]): r["n"] for r in data["top_dyads"]}
    assert len(dyads) == 5 and dyads[("NOR", "ACCUSE", "RUS")] == 1
    assert data["dates"]["first"] == "2023-11-20" and data["dates"]["last"] == "2024-05-03"
    assert {r["lang"]: r["n"] for r in data["dates"]["languages"]} == {"nb": 2, "nn": 1}


def test_events_newest_first_with_actors_and_evidence(client: TestClient) -> None:
    data = client.get("/api/events").json()
    assert data["total"] == 6 and data["offset"] == 0
    assert [e["date"] for e in data["events"]] == sorted(
        (e["date"] for e in data["events"]), reverse=True)
    consult = next(e for e in data["events"] if e["event_id"] == "art-1-0")
    assert consult["actor"][0]["code"] == "NOR" and consult["actor"][0]["sector"] == "GOV"
    assert consult["recipient"][0]["code"] == "RUS"
    assert consult["evidence"][0]["cue"] == "møtte"
    assert consult["title"] == "Eide møtte russisk kollega"


def test_event_offsets_point_into_the_article_text(client: TestClient, sample: list) -> None:
    texts = {r.article.id: r.article.text for r in sample}
    for ev in client.get("/api/events").json()["events"]:
        text = texts[ev["article_id"]]
        assert text[ev["start"]:ev["end"]] == ev["text"]
        evidence = ev["evidence"][0]
        assert text[evidence["cue_start"]:evidence["cue_end"]] == evidence["cue"]
        for a in ev["actor"] + ev["recipient"]:
            assert text[a["start"]:a["end"]] == a["text"]


@pytest.mark.parametrize(("params", "expected"), [
    ({"actor": "NOR"}, ["art-2-0", "art-1-0", "art-1-1"]),
    ({"actor": "nor", "recipient": "RUS"}, ["art-1-0", "art-1-1"]),
    ({"recipient": "NOR"}, ["art-2-1", "art-3-0", "art-3-1"]),
    ({"event": "consult"}, ["art-1-0", "art-3-0"]),
    ({"from": "2024-02", "to": "2024-02-28"}, ["art-1-0", "art-1-1"]),
    ({"from": "2024"}, ["art-2-0", "art-2-1", "art-1-0", "art-1-1"]),
    ({"to": "2023"}, ["art-3-0", "art-3-1"]),
    ({"article": "art-3"}, ["art-3-0", "art-3-1"]),
    ({"negated": "true"}, ["art-3-1"]),
    ({"negated": "false", "to": "2023-12"}, ["art-3-0"]),
    ({"actor": "SWE"}, []),
    ({"actor": "NOR", "recipient": "CHN", "either": "true"}, ["art-2-0", "art-2-1"]),
    ({"actor": "CHN", "recipient": "NOR"}, ["art-2-1"]),
    ({"actor": "NOR", "either": "true", "to": "2023"}, ["art-3-0", "art-3-1"]),
])
def test_event_filters(client: TestClient, params: dict, expected: list[str]) -> None:
    data = client.get("/api/events", params=params).json()
    assert ids(data) == expected
    assert data["total"] == len(expected)


def test_event_paging(client: TestClient) -> None:
    every = ids(client.get("/api/events").json())
    page = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 6 and ids(page) == every[2:4]
    assert ids(client.get("/api/events", params={"offset": 10}).json()) == []


@pytest.mark.parametrize(("params", "status", "words"), [
    ({"event": "HUG"}, 400, "not a PLOVER category"),
    ({"from": "14.02.2024"}, 400, "not a date"),
    ({"actor": "NO R"}, 400, "not an actor code"),
    ({"limit": 0}, 422, "limit"),
    ({"limit": 5000}, 422, "limit"),
    ({"offset": -1}, 422, "offset"),
    ({"negated": "maybe"}, 422, "negated"),
])
def test_event_parameter_errors(client: TestClient, params: dict, status: int,
                                words: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == status
    assert words in response.json()["detail"]


def test_article_in_full(client: TestClient) -> None:
    response = client.get("/api/articles/art-3")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    art = response.json()
    assert art["title"] == "Øvelse i nord – «provokasjon»"  # UTF-8 survives
    assert "Æsa Øyen" in response.content.decode("utf-8")
    text = art["text"]
    assert [e["event"] for e in art["events"]] == ["CONSULT", "THREATEN"]
    assert art["events"][1]["negated"] is True
    q = art["quotes"][0]
    assert text[q["start"]:q["end"]] == q["text"] == "Dette er en provokasjon"
    assert text[q["speaker_start"]:q["speaker_end"]] == "sa talspersonen"
    s = art["sources"][0]
    assert s["name"] == "Reuters" and text[s["start"]:s["end"]] == "Reuters"
    # offsets count code points: the emoji at the start is one character
    ev = art["events"][0]
    assert text[ev["start"]:ev["end"]] == "USA og Norge øvde sammen i nord."


def test_article_mentions(client: TestClient) -> None:
    art = client.get("/api/articles/art-1").json()
    m = art["mentions"][0]
    assert m["code"] == "NOR" and art["text"][m["start"]:m["end"]] == "Norge"


def test_unknown_article_is_404(client: TestClient) -> None:
    response = client.get("/api/articles/no-such-id")
    assert response.status_code == 404
    assert "no-such-id" in response.json()["detail"]


def test_article_list(client: TestClient) -> None:
    data = client.get("/api/articles").json()
    assert [a["id"] for a in data["articles"]] == ["art-2", "art-1", "art-3"]
    assert data["articles"][1]["events"] == 2 and data["articles"][1]["quotes"] == 1
    found = client.get("/api/articles", params={"q": "øvelse"}).json()
    assert [a["id"] for a in found["articles"]] == ["art-3"] and found["total"] == 1


def test_quotes_by_speaker(client: TestClient) -> None:
    every = client.get("/api/quotes").json()["quotes"]
    assert [q["speaker"] for q in every] == ["Espen Barth Eide", "Æsa Øyen"]
    eide = client.get("/api/quotes", params={"speaker": "eide"}).json()["quotes"]
    assert len(eide) == 1 and eide[0]["text"] == "Vi må snakke sammen"
    assert eide[0]["article_id"] == "art-1" and eide[0]["end"] - eide[0]["start"] == 19
    assert client.get("/api/quotes", params={"speaker": "Putin"}).json()["quotes"] == []


def test_dyads(client: TestClient) -> None:
    data = client.get("/api/dyads", params={"a": "nor", "b": "rus", "period": "month"}).json()
    assert data["a"] == "NOR" and data["b"] == "RUS"
    assert [(r["period"], r["cooperation"], r["conflict"]) for r in data["series"]] == [
        ("2024-02-01", 1, 1)]
    assert client.get("/api/dyads", params={"a": "NOR", "b": "SWE"}).json()["series"] == []


@pytest.mark.parametrize(("params", "status", "words"), [
    ({"a": "NOR", "b": "RUS", "period": "decade"}, 400, "period"),
    ({"a": "NOR"}, 422, "b"),
    ({"a": "NOR", "b": "R-U"}, 400, "b:"),
])
def test_dyad_errors(client: TestClient, params: dict, status: int, words: str) -> None:
    response = client.get("/api/dyads", params=params)
    assert response.status_code == status and words in response.json()["detail"]


def test_balance(client: TestClient) -> None:
    data = client.get("/api/balance/nor", params={"period": "year"}).json()
    assert data["country"] == "NOR" and data["partners"] == ["RUS", "CHN", "USA", "EU"]
    by_year = {r["period"][:4]: r for r in data["periods"]}
    assert by_year["2023"]["partners"]["USA"]["cooperation"] == 1  # negated threat left out
    y24 = by_year["2024"]
    assert y24["partners"]["CHN"]["cooperation"] == 2
    assert y24["partners"]["RUS"]["conflict"] == 1
    assert y24["coop_share"]["CHN"] == pytest.approx(0.667, abs=1e-3)
    some = client.get("/api/balance/NOR", params={"partners": "chn, usa"}).json()
    assert some["partners"] == ["CHN", "USA"]
    assert all(set(r["partners"]) == {"CHN", "USA"} for r in some["periods"])


@pytest.mark.parametrize(("path", "params", "words"), [
    ("/api/balance/NOR", {"period": "fortnight"}, "period"),
    ("/api/balance/NOR", {"partners": " , "}, "partners"),
    ("/api/balance/NOR", {"partners": "RUS,NOR"}, "own partner"),
    ("/api/balance/N%20O", {}, "country"),
])
def test_balance_errors(client: TestClient, path: str, params: dict, words: str) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 400 and words in response.json()["detail"]


def test_missing_database_is_503_until_it_exists(tmp_path: Path, sample: list) -> None:
    path = tmp_path / "later.duckdb"
    client = TestClient(create_app(path))
    response = client.get("/api/stats")
    assert response.status_code == 503
    assert "no database" in response.json()["detail"] and str(path) in response.json()["detail"]
    assert client.get("/").status_code == 200  # the dashboard itself still loads
    with Store(path) as store:
        store.write(sample[:1])
    assert client.get("/api/stats").json()["counts"]["articles"] == 1


def test_a_file_that_is_no_database_is_503(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database", encoding="utf-8")
    response = TestClient(create_app(path)).get("/api/events")
    assert response.status_code == 503 and "unavailable" in response.json()["detail"]


def test_database_locked_by_a_writer_is_503(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "busy.duckdb"
    path.write_bytes(db_path.read_bytes())
    holder = subprocess.Popen(  # another process writing: holds DuckDB's file lock
        [sys.executable, "-c", "import sys; from multivektor.store import Store; "
         f"s = Store({str(path)!r}); print('open', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        response = TestClient(create_app(path)).get("/api/stats")
    finally:
        holder.communicate("")
    assert response.status_code == 503 and "locked" in response.json()["detail"]
    assert response.headers["retry-after"] == "10"
    assert TestClient(create_app(path)).get("/api/stats").status_code == 200


def test_openapi_lists_the_endpoints(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/stats", "/api/events", "/api/articles/{article_id}", "/api/quotes",
                 "/api/dyads", "/api/balance/{country}"):
        assert path in spec["paths"]
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "recipient", "event", "from", "to", "article", "limit", "offset"} <= params
