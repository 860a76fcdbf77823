"""The resolver on single mentions: dates, transcriptions, capitals."""

from __future__ import annotations

import json

import pytest

from multivektor.actors import load_kb, resolve
from multivektor.actors.translit import cyrillic_to_norwegian, english_to_norwegian


@pytest.mark.parametrize(("mention", "date", "code", "name"), [
    ("Tokajev", "2022-11-28", "KAZ", "Kassym-Jomart Tokajev"),
    ("Kasakhstans president", "2022-11-28", "KAZ", "Kassym-Jomart Tokajev"),
    ("Stoltenberg", "2016-03-01", "NATO", "Jens Stoltenberg"),
    ("Stoltenberg", "2025-04-24", "NOR", "Jens Stoltenberg"),
    ("Russlands forsvarsminister", "2023-01-01", "RUS", "Sergej Sjojgu"),
    ("Russlands forsvarsminister", "2024-09-01", "RUS", "Andrej Belousov"),
    ("Storbritannias statsminister", "2023-06-01", "GBR", "Rishi Sunak"),
    ("Storbritannias statsminister", "2024-09-01", "GBR", "Keir Starmer"),
    ("USAs president", "2024-06-01", "USA", "Joe Biden"),
    ("USAs president", "2025-06-01", "USA", "Donald Trump"),
    ("Irans president", "2025-01-01", "IRN", "Masoud Pezeshkian"),
    ("NATOs generalsekretær", "2025-01-01", "NATO", "Mark Rutte"),
])
def test_dated_offices(mention: str, date: str, code: str, name: str) -> None:
    r = resolve(mention, date)
    assert r is not None
    assert (r.code, r.name) == (code, name)


def test_role_noun_phrase_sectors() -> None:
    assert resolve("russiske styrker", "2023-01-01").sector == "MIL"
    assert resolve("den russiske utenriksministeren", "2023-01-01").sector == "GOV"
    assert resolve("politiet i Georgia", "2024-05-14").code == "GEO"
    assert resolve("opposisjonen i Belarus", "2021-01-01").sector == "OPP"


def test_capital_actor_or_place() -> None:
    actor = resolve("Moskva", "2023-01-01", "Moskva svarte")
    place = resolve("Moskva", "2023-01-01", "flyet landet i Moskva")
    assert actor.code == place.code == "RUS"
    assert not actor.place and place.place
    assert place.confidence < actor.confidence


def test_unknown_and_common_words() -> None:
    assert resolve("Kari Nordmann", "2024-01-01") is None
    assert resolve("bordet", "2024-01-01") is None


def test_transcription() -> None:
    assert english_to_norwegian("Sergey Shoygu") == "Sergej Sjojgu"
    assert english_to_norwegian("Volodymyr Zelenskyy") == "Volodymyr Zelenskyj"
    assert english_to_norwegian("Andriy Yermak") == "Andrij Jermak"
    assert english_to_norwegian("Askhat Kassym-Jomart") == "Askhat Kassym-Jomart"
    assert cyrillic_to_norwegian("Лукашенко") == "Lukasjenko"
    assert cyrillic_to_norwegian("Токаев") == "Tokajev"
    assert cyrillic_to_norwegian("Зеленський", ukrainian=True) == "Zelenskyj"


def test_kb_loads_and_repeated_resolution_is_stable() -> None:
    """Load and resolve without timing (speed is measured in benchmarks/actors.md)."""
    kb = load_kb()
    assert kb.n_people >= 3000
    first = resolve("Tokajev", "2022-11-28")
    assert all(resolve("Tokajev", "2022-11-28") == first for _ in range(50))


def test_coverage() -> None:
    kb = load_kb()
    full = [s for s in kb.states.values() if s["nb"] and s["nn"] and s["adj"]]
    assert len(full) >= 195
    igo_codes = {o[0] for o in kb.orgs if o[2] in ("igo", "court", "ngo")}
    assert len(igo_codes) >= 60


def test_cli_resolve_prints_json() -> None:
    from typer.testing import CliRunner

    from multivektor.actors.commands import actors_app

    result = CliRunner().invoke(actors_app, ["resolve", "Tokajev", "--date", "2022-11-28"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["resolved"]["code"] == "KAZ"
    shown = CliRunner().invoke(actors_app, ["show", "KAZ", "--limit", "3"])
    assert shown.exit_code == 0 and "Kasakhstan" in shown.output


def test_bare_surname_of_a_minor_foreign_minister_is_not_resolved() -> None:
    # "Hansen" is far likelier a Norwegian nobody than Luxembourg's minister Marc Hansen
    assert resolve("Hansen", "2023-01-01") is None
    assert resolve("Marc Hansen", "2023-01-01").code == "LUX"


def test_armed_groups_belong_to_their_state_and_change_with_time() -> None:
    assert (resolve("FARC", "2016-09-27").code, resolve("FARC", "2016-09-27").sector) == (
        "COL", "REB")
    assert resolve("FARC", "2019-01-01").sector == "PTY"


def test_later_bare_surname_links_to_the_earlier_full_name_not_a_namesake() -> None:
    from multivektor import nlp
    from multivektor.actors import find_mentions
    from multivektor.model import Article

    text = ("Colombias president Juan Manuel Santos skreiv under avtalen. "
            "Santos sa at krigen var over.")
    doc = nlp.load("nb")(text)  # the name comes from NER here
    mentions = find_mentions(doc, Article(id="t", text=text, date="2016-09-27"))
    santos = [m for m in mentions if m.text == "Santos"]
    assert santos and santos[0].code == "COL" and santos[0].name == "Juan Manuel Santos"


def test_a_two_word_surname_links_to_the_earlier_full_name() -> None:
    from multivektor import nlp
    from multivektor.actors import find_mentions
    from multivektor.model import Article

    text = ("Utenriksminister Ola Brede Hansen reiste til Kairo. "
            "– Vi er bekymret, sa Brede Hansen til NTB.")
    doc = nlp.load("nb")(text)
    mentions = find_mentions(doc, Article(id="t", text=text, date="2023-09-27"))
    later = [m for m in mentions if m.text == "Brede Hansen"]
    assert later and later[0].name == "Ola Brede Hansen" and later[0].source == "memory"


def test_a_full_name_without_one_of_its_middle_names_is_known() -> None:
    # Wikidata: "Ine Marie Eriksen Søreide"; the news: "Ine Eriksen Søreide", "Eriksen Søreide"
    assert resolve("Ine Eriksen Søreide", "2019-10-10").code == "NOR"
    assert resolve("Eriksen Søreide", "2019-10-10").code == "NOR"


def test_a_bare_government_role_before_any_state_is_norways() -> None:
    from multivektor.actors.memory import ArticleActors

    home = ArticleActors.from_text("Regjeringen stanser eksporten til Tyrkia.", "2019-10-10")
    assert [(m.text, m.code) for m in home.mentions][0] == ("Regjeringen", "NOR")
    pm = ArticleActors.from_text("Statsministeren reiser til Brussel.", "2019-10-10")
    assert pm.mentions[0].code == "NOR" and pm.mentions[0].name == "Erna Solberg"
    abroad = ArticleActors.from_text("Japan har valgt. Regjeringen vil øke budsjettet.",
                                     "2019-10-10")
    assert [m.code for m in abroad.mentions if m.text == "Regjeringen"] == ["JPN"]


def test_cities_in_the_news_belong_to_their_state_and_qualify_courts_and_police() -> None:
    from multivektor.actors.memory import ArticleActors

    assert resolve("Jekaterinburg", "2024-08-01").code == "RUS"
    assert resolve("Tromsø", "2024-08-01").code == "NOR"
    court = ArticleActors.from_text("En domstol i Jekaterinburg dømte ham.", "2024-08-01")
    assert [(m.text, m.code) for m in court.mentions] == [("domstol i Jekaterinburg", "RUS")]
    troops = ArticleActors.from_text("Styrkene i Kursk rykket fram.", "2024-08-01")
    assert [m.code for m in troops.mentions if m.text == "Styrkene"] == [None]


def test_spanish_names_by_given_name_and_first_surname() -> None:
    r = resolve("Bruno Rodríguez", "2019-11-14")
    assert r is not None and r.code == "CUB"


@pytest.mark.parametrize(("mention", "date", "code"), [
    ("Evo Morales", "2019-11-14", "BOL"),  # heads of state missing from the Wikidata extract,
    ("Jeanine Áñez", "2020-01-01", "BOL"),  # added by hand in people.tsv
    ("Juan Manuel Santos", "2016-09-27", "COL"),
])
def test_hand_curated_heads_of_state(mention: str, date: str, code: str) -> None:
    r = resolve(mention, date)
    assert r is not None and r.code == code


def test_chinese_names_by_family_name_first() -> None:
    r = resolve("Hua", "2021-06-01")  # Hua Chunying: the family name is the first word
    assert r is not None and r.code == "CHN"


@pytest.mark.parametrize(("mention", "date"), [
    ("Juan Carlos Pereira", "2017-06-13"),  # not "Juan Carlos" (someone else's first names)
    ("Amara Kouyaté Wagner", "2025-06-27"),  # not the Wagner group
    ("Jean-Marc Kassi Doumbia", "2021-09-10"),  # not Grand Duke Jean
])
def test_part_of_an_unknown_name_is_not_that_name(mention: str, date: str) -> None:
    assert resolve(mention, date) is None
