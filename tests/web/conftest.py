"""A small database written from records made for these tests (no NLP), and a client."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():  # starlette's notice about its test client's HTTP library
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from multivektor.model import (
    Actor,
    Article,
    ArticleResult,
    Event,
    Evidence,
    Mention,
    Quote,
    Source,
)
from multivektor.store import Store
from multivektor.web import create_app

QUAD = {"CONSULT": 1, "AGREE": 1, "AID": 2, "ACCUSE": 3, "THREATEN": 3, "ASSAULT": 4}


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def actor(text: str, code: str, words: str, sector: str | None = None, after: int = 0) -> Actor:
    start, end = span(text, words, after)
    return Actor(code, sector, words, None, start, end)


def event(text: str, cat: str, sentence: str, cue: str, actors: list[Actor],
          recipients: list[Actor], **kw) -> Event:
    s, e = span(text, sentence)
    cs, ce = span(text, cue, s)
    return Event(event=cat, actor=actors, recipient=recipients, quad_class=QUAD[cat],
                 score=3.0 if QUAD[cat] < 3 else -4.0,
                 evidence=[Evidence(sentence, s, e, cue, cs, ce)], **kw)


def quote(text: str, said: str, speaker: str, code: str, attribution: str) -> Quote:
    s, e = span(text, said)
    ss, se = span(text, attribution)
    return Quote(said, s, e, "direct", speaker, code, "GOV", attribution, ss, se)


def results() -> list[ArticleResult]:
    t1 = ("Utenriksministeren møtte sin russiske kollega i Oslo tirsdag. – Vi må snakke "
          "sammen, sa Eide til NTB. Norge kritiserte samtidig Russland for angrepene.")
    s1a = "Utenriksministeren møtte sin russiske kollega i Oslo tirsdag."
    s1b = "Norge kritiserte samtidig Russland for angrepene."
    a1 = ArticleResult(
        article=Article(id="art-1", text=t1, title="Eide møtte russisk kollega",
                        date="2024-02-14", lang="nb", publisher="Testavisa"),
        mentions=[Mention(*span(t1, "Norge"), "Norge", "state", "NOR")],
        events=[
            event(t1, "CONSULT", s1a, "møtte", [actor(t1, "NOR", "Utenriksministeren", "GOV")],
                  [actor(t1, "RUS", "russiske kollega", "GOV")]),
            event(t1, "ACCUSE", s1b, "kritiserte", [actor(t1, "NOR", "Norge")],
                  [actor(t1, "RUS", "Russland")], mode="disapprove"),
        ],
        quotes=[quote(t1, "Vi må snakke sammen", "Espen Barth Eide", "NOR", "sa Eide")],
        sources=[Source("NTB", "NTB", *span(t1, "NTB"))],
    )
    t2 = ("Noreg og Kina skreiv under ein avtale om handel. Kina lova òg hjelp til "
          "fiskerinæringa, melde Reuters.")
    s2a = "Noreg og Kina skreiv under ein avtale om handel."
    s2b = "Kina lova òg hjelp til fiskerinæringa, melde Reuters."
    a2 = ArticleResult(
        article=Article(id="art-2", text=t2, title="Avtale med Kina", date="2024-05-03",
                        lang="nn"),
        events=[
            event(t2, "AGREE", s2a, "skreiv under", [actor(t2, "NOR", "Noreg")],
                  [actor(t2, "CHN", "Kina")]),
            event(t2, "AID", s2b, "hjelp", [actor(t2, "CHN", "Kina", after=len(s2a))],
                  [actor(t2, "NOR", "Noreg")], mode="economic"),
        ],
        sources=[Source("Reuters", "Reuters", *span(t2, "Reuters"))],
    )
    t3 = ("🙂 USA og Norge øvde sammen i nord. Russland truet ikke med mottiltak. "
          "«Dette er en provokasjon», sa talspersonen Æsa Øyen, ifølge Reuters.")
    s3a = "USA og Norge øvde sammen i nord."
    s3b = "Russland truet ikke med mottiltak."
    a3 = ArticleResult(
        article=Article(id="art-3", text=t3, title="Øvelse i nord – «provokasjon»",
                        date="2023-11-20", lang="nb"),
        events=[
            event(t3, "CONSULT", s3a, "øvde", [actor(t3, "USA", "USA")],
                  [actor(t3, "NOR", "Norge")]),
            event(t3, "THREATEN", s3b, "truet", [actor(t3, "RUS", "Russland")],
                  [actor(t3, "NOR", "Norge")], negated=True),
        ],
        quotes=[quote(t3, "Dette er en provokasjon", "Æsa Øyen", "RUS", "sa talspersonen")],
        sources=[Source("Reuters", "Reuters", *span(t3, "Reuters"))],
    )
    return [a1, a2, a3]


@pytest.fixture
def sample() -> list[ArticleResult]:
    """The records the test database holds."""
    return results()


@pytest.fixture(scope="session")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "test.duckdb"
    with Store(path) as store:
        store.write(results())
    return path


@pytest.fixture(scope="session")
def client(db_path: Path) -> TestClient:
    return TestClient(create_app(db_path))
