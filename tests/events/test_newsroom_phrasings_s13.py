"""Newsroom phrasings added in session 13, end to end (sentences written for this test)."""

from __future__ import annotations

import pytest

from .test_pipeline_events import events_of, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a reported "X må <act>" is the speaker's demand on X
    ("nb", "Statsminister Jonas Gahr Støre sa at Israel må stanse bombingen av Gaza.",
     ("REQUEST", ("NOR",), ("ISR",))),
    ("nn", "Kanslar Olaf Scholz meiner at Russland må trekkje styrkane ut av Ukraina.",
     ("REQUEST", ("DEU",), ("RUS",))),
    # a that-clause judging an act is criticism of its author
    ("nb", "Russland stengte grensen mot Finland. Finlands president Sauli Niinistö sa at "
     "stengingen er grunnløs.", ("ACCUSE", ("FIN",), ("RUS",))),
    ("nn", "Kina stansa importen av vin frå Australia. Statsminister Scott Morrison meiner at "
     "stansen er uansvarleg.", ("ACCUSE", ("AUS",), ("CHN",))),
    # a verdict on an act in a direct quote is the speaker's criticism
    ("nb", "Serbia stengte grensen mot Kosovo. – Dette er et klart brudd på avtalen, sa Kosovos "
     "statsminister Albin Kurti.", ("ACCUSE", ("XKX",), ("SRB",))),
    ("nn", "Kina innførte toll på vin frå Australia. – Tiltaka er urettferdige, sa Australias "
     "statsminister Scott Morrison.", ("ACCUSE", ("AUS",), ("CHN",))),
    # being or having been in contact with: talks
    ("nb", "Tyrkia har vært i kontakt med myndighetene i Sverige.",
     ("CONSULT", ("TUR",), ("SWE",))),
    ("nn", "Noreg har hatt kontakt med styresmaktene i Iran heile veka.",
     ("CONSULT", ("NOR",), ("IRN",))),
    # refusing to compromise or to change one's position: REJECT
    ("nb", "Georgia vil ikke inngå kompromisser med Russland om Abkhasia.",
     ("REJECT", ("GEO",), ("RUS",))),
    ("nn", "Sverige kjem ikkje til å endre standpunkt etter krava frå Tyrkia.",
     ("REJECT", ("SWE",), ("TUR",))),
    # intelligence sharing; halting transfers of money
    ("nb", "Storbritannia gjenopptok etterretningsdelingen med Frankrike i går.",
     ("COOPERATE", ("GBR",), ("FRA",))),
    ("nb", "Israel stanser overføringen av skattepenger til selvstyremyndighetene.",
     ("SANCTION", ("ISR",), ("PSE",))),
    # the warned party is the subject of the condition, not a name inside it
    ("nb", "Russland advarte om alvorlige konsekvenser hvis Sverige blir med i NATO.",
     ("THREATEN", ("RUS",), ("SWE",))),
    # a rejection announced on a condition is a threat
    ("nn", "Ungarn vil blokkere Ukrainas EU-søknad dersom Kyiv ikkje endrar språklova.",
     ("THREATEN", ("HUN",), ("UKR",))),
    # an unaddressed punishment answers the attack beside it
    ("nb", "Etter at Aserbajdsjan angrep Armenia, innførte Canada sanksjoner.",
     ("SANCTION", ("CAN",), ("AZE",))),
    ("nn", "Etter at Israel bomba Libanon, innførte Spania sanksjonar.",
     ("SANCTION", ("ESP",), ("ISR",))),
    # a government accusing its own opposition: aimed at home
    ("nb", "Regjeringen i Serbia har stemplet opposisjonen som utenlandske agenter.",
     ("ACCUSE", ("SRB",), ("SRB",))),
    ("nn", "Nicaragua skuldar opposisjonsleiarane for å planleggje kupp.",
     ("ACCUSE", ("NIC",), ("NIC",))),
    # a person handed over in the passive: "fra X" did it, "til Y" received the person
    ("nb", "Den mistenkte ble fredag utlevert fra Brasil til Italia.",
     ("COOPERATE", ("BRA",), ("ITA",))),
    ("nn", "Ein kinesisk statsborgar vart utlevert frå Thailand til Kina måndag.",
     ("COOPERATE", ("THA",), ("CHN",))),
    # the parse reads "angrep" as a noun; the V2 fallback takes all the coordinated names
    ("nb", "USA og Frankrike angrep over 30 mål i Irak.", ("ASSAULT", ("FRA", "USA"), ("IRQ",))),
    # a build-up at a named border is aimed at the state across it
    ("nb", "Aserbajdsjan har samlet store styrker og tungt artilleri ved grensen til Armenia.",
     ("MOBILIZE", ("AZE",), ("ARM",))),
    ("nn", "Kina har flytta tusenvis av soldatar og mykje utstyr nærare grensa mot India.",
     ("MOBILIZE", ("CHN",), ("IND",))),
    # forces stationed in another state
    ("nb", "Tyrkia har flere tusen soldater i Irak.", ("MOBILIZE", ("TUR",), ("IRQ",))),
    ("nn", "USA har hatt ein militærbase på Island sidan 1951.",
     ("MOBILIZE", ("USA",), ("ISL",))),
    # a crowd protesting a visit: coded by its place, aimed at the visitor
    ("nb", "Tusenvis av demonstranter protesterte mot Biden-besøket i Jakarta søndag.",
     ("PROTEST", ("IDN",), ("USA",))),
    # a truce entering into force (in its clause or a relative clause): both sides retreat
    ("nb", "Thailand og Kambodsja har skutt mot hverandre i flere dager. Våpenhvilen trådte i "
     "kraft ved midnatt.", ("RETREAT", ("KHM", "THA"), ())),
    ("nb", "Thailand og Kambodsja har skutt mot hverandre i flere dager. Våpenhvilen som trådte "
     "i kraft søndag, holder foreløpig.", ("RETREAT", ("KHM", "THA"), ())),
    # a state visit paid; a case opened against a state; regret; a military presence raised
    ("nb", "Italias president avla et statsbesøk i Egypt i mai.",
     ("CONSULT", ("ITA",), ("EGY",))),
    ("nn", "EU-kommisjonen har opna sak mot Ungarn for brot på rettsstaten.",
     ("ACCUSE", ("EU",), ("HUN",))),
    ("nb", "Japan angrer på beslutningen om å stenge ambassaden i Kyiv.",
     ("CONCEDE", ("JPN",), ("UKR",))),
    ("nn", "Russland har auka militærnærværet rundt Kaliningrad.", ("MOBILIZE", ("RUS",), ())),
    # a present tense with "neste uke", "i morgen": planned
    ("nb", "Den tyske kansleren besøker Japan neste uke.", ("AGREE", ("DEU",), ("JPN",))),
    # summoning an envoy; leaving an agreement; a joint patrol
    ("nb", "Litauen har innbestilt Kinas ambassadør.", ("ACCUSE", ("LTU",), ("CHN",))),
    ("nn", "USA trekkjer seg frå klimaavtala.", ("REJECT", ("USA",), ())),
    ("nb", "Norge og Danmark gjennomfører felles patruljer i Nordsjøen.",
     ("COOPERATE", ("DNK", "NOR"), ())),
    # received weapons "frå" a state; a nominal criticism with both parties named
    ("nn", "Ukraina har fått nye stridsvognar frå Tyskland.", ("AID", ("DEU",), ("UKR",))),
    ("nb", "Tysklands kritikk av Ungarn kom etter vetoet.", ("ACCUSE", ("DEU",), ("HUN",))),
    # support counted in money is aid
    ("nb", "Sveriges støtte til Moldova er på over to milliarder kroner.",
     ("AID", ("SWE",), ("MDA",))),
    # police sent to a state
    ("nn", "Rwanda har sendt 300 politifolk til Mosambik.", ("AID", ("RWA",), ("MOZ",))),
    # a document speaks for whoever adopted it; a clash
    ("nb", "EU-parlamentet vedtok en resolusjon som fordømmer Russland.",
     ("ACCUSE", ("EU",), ("RUS",))),
    ("nn", "Armenske og aserbajdsjanske soldatar støytte saman ved grensa.",
     ("ASSAULT", ("ARM", "AZE"), ())),
    # an envoy summoned in the passive: the state of the ministry or capital named
    ("nb", "Den iranske ambassadøren ble kalt inn på teppet i Utenriksdepartementet i "
     "København.", ("ACCUSE", ("DNK",), ("IRN",))),
    ("nn", "Den russiske ambassadøren vart kalla inn til UD i Helsingfors.",
     ("ACCUSE", ("FIN",), ("RUS",))),
    # lending money; returning people; branding an outlet undesirable; stripping citizenship
    ("nb", "Kina låner Sri Lanka to milliarder dollar.", ("AID", ("CHN",), ("LKA",))),
    ("nn", "Russland har levert tilbake 30 ukrainske soldatar.", ("RETREAT", ("RUS",), ("UKR",))),
    ("nb", "Belarus har stemplet nettavisen som uønsket organisasjon.",
     ("COERCE", ("BLR",), ("BLR",))),
    ("nb", "Bahrain fratok 138 aktivister statsborgerskapet.", ("COERCE", ("BHR",), ("BHR",))),
    # a frigate sent; support expressed; a summit opened (nn "opne" as a light verb)
    ("nn", "Danmark sender ein fregatt til Raudehavet.", ("MOBILIZE", ("DNK",), ())),
    ("nb", "Litauens president har gitt uttrykk for støtte til Georgia.",
     ("SUPPORT", ("LTU",), ("GEO",))),
    ("nn", "Sør-Afrikas president opna toppmøtet i Johannesburg.",
     ("CONSULT", ("ZAF",), ())),
    # a verbless at-clause: the parse took "angrep" for a noun
    ("nb", "Pentagon opplyser at amerikanske styrker angrep tre mål i Syria natt til fredag.",
     ("ASSAULT", ("USA",), ("SYR",))),
    # a case brought before the WTO is against the other party, not the court
    ("nb", "Kina innførte nye toller på australsk vin. Australia klaget saken inn for WTO.",
     ("ACCUSE", ("AUS",), ("CHN",))),
    # aircraft flown into an air defence zone
    ("nb", "Russiske bombefly fløy inn i Japans luftforsvarssone.",
     ("MOBILIZE", ("RUS",), ("JPN",))),
    # nn deponent "einast" is no passive
    ("nn", "Island og Færøyane har einast om ein ny fiskeriavtale.",
     ("AGREE", ("FRO", "ISL"), ())),
    # ordering the army to prepare for war
    ("nb", "Nord-Koreas leder har beordret hæren å forberede seg på krig.",
     ("MOBILIZE", ("PRK",), ())),
    # nominal threats and rejections with both parties named
    ("nb", "Russlands trusler mot Moldova har økt.", ("THREATEN", ("RUS",), ("MDA",))),
    # the states a vague group subject names ("blant dem", "blant andre")
    ("nb", "Flere land, blant dem Spania og Italia, har fordømt angrepet.",
     ("ACCUSE", ("ESP", "ITA"), ())),
    ("nb", "Gruppen, der blant andre Chile, Peru og Ecuador er med, møttes i Lima.",
     ("CONSULT", ("CHL", "ECU", "PER"), ())),
    # the doer of an event noun in a relative clause on it
    ("nb", "Tollen, som USA innførte i fjor, rammer kinesiske eksportører.",
     ("SANCTION", ("USA",), ("CHN",))),
    # cutting gas, freezing assets, stationing troops, a hit (nn), relations upgraded
    ("nn", "Russland har stengt gasskranane til Latvia.", ("SANCTION", ("RUS",), ("LVA",))),
    ("nb", "Frankrike har innefrosset eiendelene til tre russiske banker.",
     ("SANCTION", ("FRA",), ("RUS",))),
    ("nb", "Marokko har plassert tropper ved grensen til Algerie.",
     ("MOBILIZE", ("MAR",), ("DZA",))),
    ("nn", "Russiske missil har råka ein ukrainsk flyplass.", ("ASSAULT", ("RUS",), ("UKR",))),
    ("nb", "India og Frankrike har oppgradert forholdet til et strategisk partnerskap.",
     ("SUPPORT", ("FRA", "IND"), ())),
    ("nb", "Tyrkia og Israel har gjenopprettet samarbeidet om energi.",
     ("COOPERATE", ("ISR", "TUR"), ())),
    # withdrawing from a place is a retreat ("trekke seg fra" talks stays a sanction);
    # a field hospital sent is aid
    ("nb", "Russland har trukket seg tilbake fra Kherson.", ("RETREAT", ("RUS",), ("UKR",))),
    ("nn", "Qatar har sendt eit feltsjukehus til Libanon.", ("AID", ("QAT",), ("LBN",))),
    # rockets fired "fra" a state in the passive; a yes received "frå" a state
    ("nb", "Det ble avfyrt flere raketter mot Israel fra Syria.",
     ("ASSAULT", ("SYR",), ("ISR",))),
    ("nn", "Finland fekk ja frå Ungarn til søknaden.", ("SUPPORT", ("HUN",), ("FIN",))),
    # "komme med" a threat or criticism; permission and guarantees given
    ("nb", "Russland har kommet med nye trusler mot Litauen.", ("THREATEN", ("RUS",), ("LTU",))),
    ("nn", "Tyrkia har kome med skarp kritikk av Hellas.", ("ACCUSE", ("TUR",), ("GRC",))),
    ("nb", "USA har gitt Ukraina tillatelse til å bruke våpnene mot mål i Russland.",
     ("SUPPORT", ("USA",), ("UKR",))),
    ("nb", "Storbritannia har gitt Finland garantier om militær støtte.",
     ("AGREE", ("GBR",), ("FIN",))),
    # export controls, easing sanctions, arms sales, blocking trade
    ("nn", "USA har innført eksportkontroll på avanserte brikker til Kina.",
     ("SANCTION", ("USA",), ("CHN",))),
    ("nn", "Storbritannia har lempa på sanksjonane mot Syria.", ("RETREAT", ("GBR",), ("SYR",))),
    ("nb", "Sør-Korea har solgt 48 kampfly til Polen.", ("COOPERATE", ("KOR",), ("POL",))),
    ("nb", "Russland har blokkert import av moldovske varer.", ("SANCTION", ("RUS",), ("MDA",))),
    # refusing to give up territory; a strike; a parliament stormed
    ("nb", "Armenia vil aldri gi fra seg territorium.", ("REJECT", ("ARM",), ())),
    ("nb", "Fagforeningene i Belgia har gått til streik mot regjeringen.",
     ("PROTEST", ("BEL",), ("BEL",))),
    ("nb", "Demonstranter stormet parlamentet i Sri Lanka.", ("PROTEST", ("LKA",), ("LKA",))),
    # an exchange of fire; razing; an internet shutdown
    ("nb", "Indiske og pakistanske soldater utvekslet skudd i Kashmir.",
     ("ASSAULT", ("IND", "PAK"), ())),
    ("nn", "Russland har jamna landsbyen med jorda.", ("ASSAULT", ("RUS",), ("UKR",))),
    ("nb", "Iranske myndigheter har stengt internett i flere provinser.",
     ("COERCE", ("IRN",), ("IRN",))),
    # met with criticism from a state: that state's criticism of the subject
    ("nb", "Ungarn har møtt kraftig kritikk fra Nederland.", ("ACCUSE", ("NLD",), ("HUN",))),
    # reciprocal fire: both ways; expecting a named party to act is a demand
    ("nb", "Thailand og Kambodsja har skutt mot hverandre i flere dager.",
     ("ASSAULT", ("THA",), ("KHM",))),
    ("nb", "Tyskland forventer at Polen overholder avtalen.", ("REQUEST", ("DEU",), ("POL",))),
])
def test_phrasing(pipeline, lang, text, expected):
    got = triples(events_of(pipeline, text, lang))
    assert expected in got, got


def test_a_reaction_to_a_definite_act_noun_is_aimed_at_the_earlier_acts_author(pipeline):
    # "fordømte øvelsene" refers back to "militærøvelser": China's, whoever the story is about
    got = triples(events_of(pipeline, "Frankrikes president Emmanuel Macron får kritikk etter "
                            "besøket i Kina. Macron sa at Europa ikke må følge USA. Samtidig "
                            "holdt Kina store militærøvelser rundt Taiwan. Macron ble kritisert "
                            "av flere allierte. Taiwans regjering fordømte øvelsene.", "nb"))
    assert ("ACCUSE", ("TWN",), ("CHN",)) in got, got
    assert ("ACCUSE", ("TWN",), ("FRA",)) not in got, got


@pytest.mark.parametrize(("lang", "text", "category"), [
    # reciprocal fire is a fight, not a show of force; nor is a missile fired at a ship
    ("nb", "Thailand og Kambodsja har skutt mot hverandre i flere dager.", "MOBILIZE"),
    ("nn", "Iran skaut ein rakett mot eit tankskip i Omanbukta.", "MOBILIZE"),
    # a forecast is no demand
    ("nn", "Regjeringa i Sverige forventar at prisane går ned.", "REQUEST"),
    # a verdict outside a quote, or a verdict-like word as the subject, is no criticism
    ("nb", "Bosetningene er ulovlige etter folkeretten.", "ACCUSE"),
    ("nb", "Algerie brøt forbindelsene med Spania. Bruddet er et svar på at Spania gikk over "
     "til å støtte Marokkos plan.", "ACCUSE"),
    # "har" is no stationing at home or as an auxiliary
    ("nb", "Norge har mange soldater i Norge.", "MOBILIZE"),
    ("nb", "Amnesty har skuldet eritreiske soldater for overgrep i Etiopia.", "MOBILIZE"),
    # "kalte angrepet på Israel et terrorangrep": "på" belongs to the act, not to "kalle på"
    ("nb", "Frankrike kalte angrepet på Israel et terrorangrep.", "REQUEST"),
    # a document only threatened speaks for no one
    ("nb", "USA har truet med å legge fram en resolusjon som fordømmer Iran.", "ACCUSE"),
    # meeting with criticism is no meeting
    ("nb", "Ungarn har møtt kraftig kritikk fra Nederland.", "CONSULT"),
])
def test_no_such_event(pipeline, lang, text, category):
    got = triples(events_of(pipeline, text, lang))
    assert not any(g[0] == category for g in got), got


@pytest.mark.parametrize(("lang", "text", "category", "actor"), [
    ("nb", "Thailand og Kambodsja har skutt mot hverandre i flere dager.", "ASSAULT", ("THA",)),
    ("nn", "Iran skaut ein rakett mot eit tankskip i Omanbukta.", "ASSAULT", ("IRN",)),
    ("nb", "Frankrike kalte angrepet på Israel et terrorangrep.", "ACCUSE", ("FRA",)),
    # a passive relative clause names the attacker
    ("nb", "Angrepet, som ble utført av Hizbollah, drepte tolv barn.", "ASSAULT", ("LBN",)),
])
def test_the_act_and_its_actor(pipeline, lang, text, category, actor):
    # (the recipient left to the story, which these one-sentence texts do not have)
    got = triples(events_of(pipeline, text, lang))
    assert any(g[0] == category and g[1] == actor for g in got), got


def test_forecasts_and_poll_findings_are_no_events(pipeline):
    for text in ("Ifølge analytikere kan Russland komme til å angripe Moldova.",
                 "En ny måling viser at flertallet av finnene støtter NATO-medlemskap."):
        got = triples(events_of(pipeline, text, "nb"))
        assert not got, (text, got)
