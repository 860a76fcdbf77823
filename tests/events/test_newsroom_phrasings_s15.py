"""Phrasings handled in session 15, end to end (sentences written for this test)."""

from __future__ import annotations

import pytest

from .test_pipeline_events import events_of, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "fra X" right after the object, hung on the verb by the parse: the act's author is the
    # target of the rejection, every conjunct of the list
    ("nb", "Kreml avviste onsdag kravene fra Estland, Latvia og Litauen.",
     ("REJECT", ("RUS",), ("EST", "LTU", "LVA"))),
    ("nb", "Caracas avviste ultimatumet fra Spania, Frankrike og Tyskland.",
     ("REJECT", ("VEN",), ("DEU", "ESP", "FRA"))),
    ("nn", "Teheran fordømde sanksjonane frå Storbritannia, Canada og Australia.",
     ("ACCUSE", ("IRN",), ("AUS", "CAN", "GBR"))),
    ("nb", "Beijing kritiserte tollsatsene fra Canada og Mexico.",
     ("ACCUSE", ("CHN",), ("CAN", "MEX"))),
    # ... and the rejected demand, threat or sanction was aimed at the one who rejects it
    ("nb", "Kreml avviste onsdag kravene fra Estland, Latvia og Litauen.",
     ("REQUEST", ("EST", "LTU", "LVA"), ("RUS",))),
    ("nn", "Teheran fordømde sanksjonane frå Storbritannia, Canada og Australia.",
     ("SANCTION", ("AUS", "CAN", "GBR"), ("IRN",))),
    ("nb", "Minsk avviste anklagene fra Vilnius.", ("ACCUSE", ("LTU",), ("BLR",))),
    # complaints; members of a congress
    ("nb", "Japans handelsminister klaget over at Kina stanset importen av sjømat.",
     ("ACCUSE", ("JPN",), ("CHN",))),
    ("nn", "Den litauiske utanriksministeren klaga over tollsatsane frå Kina.",
     ("ACCUSE", ("LTU",), ("CHN",))),
    ("nb", "Amerikanske kongressmedlemmer kritiserte Kina for behandlingen av uigurene.",
     ("ACCUSE", ("USA",), ("CHN",))),
    # the subject before a relative clause the parse left out of the main clause
    ("nb", "Frankrike, som lenge har støttet Marokko i striden, gratulerte Rabat med avtalen.",
     ("SUPPORT", ("FRA",), ("MAR",))),
    ("nn", "Japan, som har sendt naudhjelp til landet, kritiserte Myanmar for valdsbruken.",
     ("ACCUSE", ("JPN",), ("MMR",))),
    # readiness and determination are offers (AGREE); a hostile act they promise, a threat
    ("nb", "Vietnam er klar til å utdype samarbeidet med Japan.", ("AGREE", ("VNM",), ("JPN",))),
    ("nn", "Chile er klare til å forhandle med Bolivia om tilgangen til havet.",
     ("AGREE", ("CHL",), ("BOL",))),
    ("nb", "Mexico er fast bestemt på å gjenoppta samtalene med Ecuador.",
     ("AGREE", ("MEX",), ("ECU",))),
    ("nb", "Nord-Korea er klar til å angripe Sør-Korea, advarer Pyongyang.",
     ("THREATEN", ("PRK",), ("KOR",))),
    # welcomes in Nynorsk spelling variants
    ("nn", "Noreg ønskte avgjerda til Sverige velkome.", ("SUPPORT", ("NOR",), ("SWE",))),
    ("nn", "Kenya ønskte dei nye amerikanske pakkane velkomne.", ("SUPPORT", ("KEN",), ("USA",))),
    # opening embassies, resuming flights, coordinating: relations and cooperation (AGREE when
    # only promised)
    ("nb", "Marokko og Israel åpnet ambassader i hverandres hovedsteder i fjor.",
     ("SUPPORT", ("MAR",), ("ISR",))),
    ("nn", "Qatar og Bahrain skal opne ambassadane att.", ("AGREE", ("BHR", "QAT"), ())),
    ("nb", "Kina og India vil gjenoppta direkte flyvninger mellom landene.",
     ("AGREE", ("CHN", "IND"), ())),
    ("nb", "Finland og Estland skal samordne beredskapen i Finskebukta.",
     ("AGREE", ("EST", "FIN"), ())),
    # an answer given in an at-clause is said: its content is reported speech
    ("nn", "Kreml svara i ei fråsegn at Russland vil setje i verk mottiltak dersom Finland "
           "stengjer grensa.", ("THREATEN", ("RUS",), ("FIN",))),
    ("nb", "Trump svarte på nettsiden sin at USA straks vil heve tollen på stål dersom Mexico "
           "innfører mottoll.", ("THREATEN", ("USA",), ("MEX",))),
    # a keyword past "dersom" belongs to the condition, not to the cue
    ("nb", "Egypt vil stanse handelen dersom Israel ikke stanser angrepene, sa Sisi.",
     ("THREATEN", ("EGY",), ("ISR",))),
    # tariffs lowered, halved, removed (announced: CONCEDE); an embassy's work halted
    ("nb", "Japan senket tollen på amerikansk storfekjøtt i fjor.",
     ("RETREAT", ("JPN",), ("USA",))),
    ("nn", "Canada skal halvere tollsatsane på kinesiske elbilar.",
     ("CONCEDE", ("CAN",), ("CHN",))),
    ("nb", "Litauen stanser driften av ambassaden sin i Minsk.", ("SANCTION", ("LTU",), ("BLR",))),
    # unilateral steps and a "brain-dead" ally are reproaches
    ("nb", "Serbia kalte Kosovos vedtak et ensidig skritt.", ("ACCUSE", ("SRB",), ("XKX",))),
    # a proposed sanction is held out as a threat; regret over another's act is a reproach,
    # regret over an incident an apology
    ("nb", "EU-kommisjonen foreslo tirsdag straffetoll på russisk gjødsel.",
     ("THREATEN", ("EU",), ("RUS",))),
    ("nb", "Japan uttrykte dyp beklagelse over den kinesiske rakettoppskytingen.",
     ("ACCUSE", ("JPN",), ("CHN",))),
    ("nn", "Tyrkia uttrykte beklaging over hendinga overfor Hellas.",
     ("CONCEDE", ("TUR",), ("GRC",))),
    # coups, emergencies, conceded defeats, lists and ambassadors sent back
    ("nb", "Hæren i Burkina Faso tok makten i et kupp i januar.", ("COERCE", ("BFA",), ("BFA",))),
    ("nb", "Perus regjering erklærte unntakstilstand i Lima.", ("COERCE", ("PER",), ("PER",))),
    ("nn", "Ghanas president John Mahama vedgjekk nederlaget.", ("CONCEDE", ("GHA",), ())),
    ("nb", "USA tok Nord-Korea av terrorlisten i 2008.", ("RETREAT", ("USA",), ("PRK",))),
    ("nb", "USA satte Syria på terrorlisten i 1979.", ("SANCTION", ("USA",), ("SYR",))),
    ("nn", "Bahrain sende ambassadøren tilbake til Doha.", ("SUPPORT", ("BHR",), ("QAT",))),
    ("nb", "Kina kuttet kommunikasjonslinjene til Taiwan.", ("SANCTION", ("CHN",), ("TWN",))),
    # statements issued in support; mockery; recognition as an office of a named state
    ("nn", "Chile og Uruguay gav ut ei felles fråsegn til støtte for Paraguay.",
     ("SUPPORT", ("CHL", "URY"), ("PRY",))),
    ("nb", "Irans president gjorde narr av Israel i talen.", ("ACCUSE", ("IRN",), ("ISR",))),
    ("nb", "Brasil anerkjente Ortiz som Paraguays nye president.", ("SUPPORT", ("BRA",), ("PRY",))),
    # renouncing a claim; a foreign leader declared unwelcome; an embassy to be opened
    ("nb", "Ungarn ga avkall på kravet om erstatning fra Slovakia.",
     ("CONCEDE", ("HUN",), ("SVK",))),
    ("nb", "Ukraina erklærte Belarus' president uønsket i landet.",
     ("SANCTION", ("UKR",), ("BLR",))),
    ("nn", "Rwanda vil opne ambassade i Israel.", ("AGREE", ("RWA",), ("ISR",))),
    # hitting back in words; a trade blockade; "illegitimate"; a promise not to attack
    ("nb", "Russland slo tirsdag tilbake mot EU-landene.", ("ACCUSE", ("RUS",), ("EU",))),
    ("nb", "Israel slo tilbake mot Hizbollah med luftangrep.", ("ASSAULT", ("ISR",), ("LBN",))),
    ("nn", "USA har halde oppe ein handelsblokade mot Nord-Korea i fleire tiår.",
     ("SANCTION", ("USA",), ("PRK",))),
    ("nb", "EU kalte valget i Belarus ulegitimt.", ("ACCUSE", ("EU",), ("BLR",))),
    ("nb", "Aserbajdsjan forplikter seg til ikke å angripe Armenia.",
     ("CONCEDE", ("AZE",), ("ARM",))),
    # asylum received from the state that gives it; a Nynorsk passive participle
    ("nb", "Bolivias tidligere president fikk politisk asyl i Argentina.",
     ("AID", ("ARG",), ("BOL",))),
    ("nn", "Den russiske spionen vart pågripen av norsk politi i Tromsø.",
     ("COERCE", ("NOR",), ("RUS",))),
    # one's own named envoy recalled: the recall is aimed at the host state
    ("nb", "Russland kalte i mars hjem sin ambassadør Anatolij Antonov etter uttalelsen fra USA.",
     ("SANCTION", ("RUS",), ("USA",))),
])
def test_phrasing(pipeline, lang, text, expected):
    assert expected in triples(events_of(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "category", "actor"), [
    # a place left is no author: "trekke styrkene ut fra X" keeps X as where from
    ("nb", "Frankrike trakk soldatene sine ut fra Mali i fjor.", "RETREAT", ("FRA",)),
    # a third party's condemnation of an attack does not make it the attack's target
    ("nb", "Norge fordømte angrepet fra Hamas mot Israel.", "ASSAULT", ("PSE",)),
])
def test_the_act_keeps_its_own_parties(pipeline, lang, text, category, actor):
    found = [t for t in triples(events_of(pipeline, text, lang)) if t[0] == category]
    assert found and all(t[1] == actor for t in found)
    assert all("NOR" not in t[2] for t in found)


@pytest.mark.parametrize(("lang", "text"), [
    ("nn", "Sidan han tok over makta i 2019, har Ukraina fått nye venner."),
    ("nb", "Statsministeren tok makten etter valget i fjor."),
])
def test_taking_office_is_no_coup(pipeline, lang, text):
    assert not any(e.event == "COERCE" for e in events_of(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("nb", "Amerikanske kongressmedlemmer kritiserte Kina for behandlingen av uigurene."),
    ("nn", "Britiske parlamentsmedlemmar fordømde Russland."),
])
def test_members_of_a_legislature_act_for_it(pipeline, lang, text):
    accusations = [e for e in events_of(pipeline, text, lang) if e.event == "ACCUSE"]
    assert accusations and all(a.sector == "LEG" for e in accusations for a in e.actor)


def test_a_title_and_its_name_are_one_voice_in_the_vote(pipeline):
    # "Nigerias utanriksminister Yusuf Tuggar" counts once: the junta is the story's country's
    text = ("Offiserar tok makta i Niger onsdag. Nigerias utanriksminister Yusuf Tuggar kom "
            "laurdag til Niamey. Juntaen har lova å halde val innan tre år.")
    promises = [e for e in events_of(pipeline, text, "nn") if e.event == "AGREE"]
    assert promises and all(a.code == "NER" for e in promises for a in e.actor)


def test_a_body_with_a_possessive_is_that_persons_states(pipeline):
    text = ("Latvias statsminister Evika Siliņa vil at alle EU-land gir mer til Ukraina. "
            "Mandag sendte regjeringen hennes nye droner til Kyiv.")
    aid = [e for e in events_of(pipeline, text, "nb") if e.event == "AID"]
    assert aid and all(a.code == "LVA" for e in aid for a in e.actor)


def test_an_act_under_a_plain_verb_under_a_request_is_not_done(pipeline):
    # "slutte å støtte" is coordinated with the requested withdrawal: requested, not done
    text = "EU oppmoda Russland om å trekkje styrkane ut og slutte å støtte separatistane."
    events = events_of(pipeline, text, "nn")
    assert ("REQUEST", ("EU",), ("RUS",)) in triples(events)
    assert not any(e.event == "SUPPORT" for e in events)
