"""Written standard detection: nb, nn, and rejection of Swedish, Danish and English."""

from __future__ import annotations

import pytest

from multivektor.ingest import detect
from multivektor.ingest.standard import MARKERS_FILE, SCANDINAVIAN, _markers

BOKMAL = (
    "Regjeringen har bestemt at det ikke blir flere penger til veiprosjektet i år. "
    "Samferdselsministeren sier at han forstår at mange er skuffet, men at det er nødvendig "
    "å prioritere. Hva som skjer med prosjektet neste år, er fortsatt ikke klart."
)
NYNORSK = (
    "Regjeringa har bestemt at det ikkje blir fleire pengar til vegprosjektet i år. "
    "Samferdselsministeren seier at han forstår at mange er skuffa, men at det er naudsynt "
    "å prioritere. Kva som skjer med prosjektet neste år, er framleis ikkje klart."
)
SWEDISH = (
    "Regeringen har beslutat att det inte blir mer pengar till vägprojektet i år. "
    "Infrastrukturministern säger att han förstår att många är besvikna, men att det är "
    "nödvändigt att prioritera. Vad som händer med projektet nästa år är fortfarande oklart."
)
DANISH = (
    "Regeringen har besluttet, at der ikke bliver flere penge til vejprojektet i år. "
    "Transportministeren siger, at han forstår, at mange er skuffede, men at det er "
    "nødvendigt at prioritere. Hvad der sker med projektet efter nytår, er stadig uklart, "
    "og kommunen har ikke fået noget svar."
)
ENGLISH = (
    "The government has decided that there will be no more money for the road project this "
    "year. The transport minister says he understands that many are disappointed, but that "
    "it is necessary to prioritise. What happens to the project next year is still unclear."
)
GERMAN = (
    "Die Regierung hat beschlossen, dass es in diesem Jahr kein weiteres Geld für das "
    "Straßenprojekt gibt. Der Verkehrsminister sagt, er verstehe die Enttäuschung, aber es "
    "sei notwendig, Prioritäten zu setzen."
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [(BOKMAL, "nb"), (NYNORSK, "nn"), (SWEDISH, "sv"), (DANISH, "da"), (ENGLISH, "en"),
     (GERMAN, "de")],
)
def test_detects_the_written_standard_or_language(text, lang):
    assert detect(text).lang == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Eg veit ikkje kva dei meiner om saka.", "nn"),
        ("Jeg vet ikke hva de mener om saken.", "nb"),
        ("Stortinget vedtok budsjettet.", "nb"),
        ("Nytt budsjett", "nb"),
        ("", "nb"),
        ("1234 5678", "nb"),
    ],
)
def test_short_texts_use_markers_or_default_to_bokmal(text, lang):
    assert detect(text).lang == lang


def test_norwegian_with_english_quotes_and_names_stays_norwegian():
    text = (BOKMAL + " Ministeren siterte en engelsk rapport: «The project is not a priority "
            "at this time.» Rapporten ble skrevet av konsulentselskapet Smith & Jones.")
    assert detect(text).lang == "nb"


def test_nynorsk_with_a_bokmal_quote_stays_nynorsk():
    text = NYNORSK + " – Vi er ikke fornøyde med dette, sier en innbygger."
    assert detect(text).lang == "nn"


def test_detection_gives_a_reason():
    d = detect(SWEDISH)
    assert d.lang == "sv" and "Swedish" in d.reason and not d.norwegian


def test_marker_file_is_well_formed():
    words, suffixes = _markers()
    assert MARKERS_FILE.name == "markers.tsv"
    assert len(words) > 100 and suffixes
    for langs in [*words.values(), *suffixes.values()]:
        assert langs and langs <= set(SCANDINAVIAN)
    assert words["ikkje"] == {"nn"} and words["ikke"] == {"nb", "da"}
