"""Cited sources, on sentences written for these tests."""

from __future__ import annotations

import pytest

from multivektor.model import Article
from multivektor.quotes import extract_sources


def _names(text: str) -> list[str]:
    found = extract_sources(Article(id="t", text=text))
    for s in found:
        assert text[s.start:s.end] == s.text
    return list(dict.fromkeys(s.name for s in found))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Over 40 mennesker er drept i angrepet, melder det russiske nyhetsbyrået TASS.",
         ["TASS"]),
        ("Ifølge Reuters er forhandlingene avbrutt.", ["Reuters"]),
        ("Regjeringen vurderer å trekke seg, skriver VG.", ["VG"]),
        ("Ferja er innstilt resten av dagen, opplyser NTB.", ["NTB"]),
        ("Tre personer ble pågrepet.\n\n(©NTB)", ["NTB"]),
        ("Tre personer ble pågrepet.\n\n(NTB)", ["NTB"]),
        ("NTB-Kari Nordmann\n\nStortinget vedtok budsjettet natt til lørdag.", ["NTB"]),
        ("– Vi er svært bekymret, sier ordfører Per Olsen til NRK.", ["NRK"]),
        ("Brannen er slukket, meldar Reuters. Det skriv òg Framtida.", ["Reuters", "Framtida"]),
        ("Ifølgje den islandske kringkastaren RÚV er vegen stengd.", ["RÚV"]),
        ("Presidenten sa dette i et intervju med Rossija 24 søndag.", ["Rossija 24"]),
        ("Kilder sier til Associated Press at avtalen er klar.", ["AP"]),
        ("Avtalen er klar, melder AP.", ["AP"]),
        ("Streiken er over, melder danske DR og svenske SVT.", ["DR", "SVT"]),
        ("Ifølge nettstedet Axios ble samtalen avsluttet brått.", ["Axios"]),
        ("Ifølge RIA Novosti og Interfax er brua stengt. Xinhua melder det samme.",
         ["RIA Novosti", "Interfax", "Xinhua"]),
        ("Tre er drept i skredet.\n\n(NTB-Reuters)", ["NTB", "Reuters"]),
        ("Tre er drept i skredet. (©NTB/AFP)", ["NTB", "AFP"]),
        ("Ifølge VGs opplysninger er mannen pågrepet.", ["VG"]),
        ("Det er meldt om skader, opplyser Interfax-Ukraina.", ["Interfax-Ukraina"]),
        ("Fire personer er skadd, meldar NPK.", ["NPK"]),
    ],
)
def test_cited_sources(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Statsminister Jonas Gahr Støre (Ap) på pressekonferansen. Foto: NTB",
        "Soldater ved fronten. (Foto: AP/NTB)",
        "Illustrasjonsfoto: Heiko Junge / NTB",
        "Røyk over byen søndag. Foto: Reuters/NTB",
        "Les også: Dette har NRK avslørt om saken",
        "En BBC-journalist ble pågrepet i Moskva.",
        "Arbeiderpartiet (Ap) og Høyre (H) ble enige.",
        "Dr. Hansen ledet operasjonen, og DR-huset ble evakuert.",
        "Han skrev på X at avtalen var klar.",
        "Bloomberg er en tidligere borgermester i New York.",
    ],
)
def test_not_sources(text: str) -> None:
    assert _names(text) == []


def test_offsets_and_repeated_names() -> None:
    text = "Ifølge Reuters er tre drept. Reuters melder også om skader."
    found = extract_sources(Article(id="t", text=text))
    assert [(s.name, s.start) for s in found] == [("Reuters", 7), ("Reuters", 29)]


def test_unlisted_medium_named_after_its_kind() -> None:
    text = ("Ifølge det slovakiske nyhetsbyrået TASR er en mann siktet. Den serbiske "
            "TV-kanalen Studio B viste bilder fra stedet.")
    assert _names(text) == ["TASR", "Studio B"]


def test_unlisted_medium_with_a_media_word() -> None:
    assert _names("Tre er drept, melder Bangkok Post. Ifølge Radio Free Asia er flere "
                  "savnet.") == ["Bangkok Post", "Radio Free Asia"]
    assert _names("Det melder Meteorologisk institutt.") == []


def test_unlisted_media_named_by_their_kind_and_a_stock_index_is_no_source() -> None:
    text = ("– Vi venter, sa presidenten til radiostasjonen Rádio Gaúcha. Ifølge bransjebladet "
            "Variety er filmen solgt. Aksjeindeksen Nikkei i Tokyo endte ned tre prosent.")
    names = {s.name for s in extract_sources(Article(id="t", text=text))}
    assert {"Rádio Gaúcha", "Variety"} <= names
    assert "Nikkei" not in names
