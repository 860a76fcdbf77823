"""Direct and indirect quotes with speakers, on paragraphs written for these tests (nb, nn)."""

from __future__ import annotations

import pytest

from multivektor.model import Article, Mention
from multivektor.quotes import extract_quotes


def _quotes(text: str, mentions: list[Mention] | None = None, kind: str = "direct"):
    qs = extract_quotes(None, mentions or [], Article(id="t", text=text))
    for q in qs:
        # offsets always point at the quoted words
        assert text[q.start:q.end].startswith(q.text.split()[0])
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(text)
    return [q for q in qs if q.kind == kind]


def _pairs(text: str, kind: str = "direct") -> list[tuple[str, str | None]]:
    return [(" ".join(q.text.split()[:3]), q.speaker) for q in _quotes(text, kind=kind)]


# -- nb ----------------------------------------------------------------------------------

def test_dash_paragraph_with_name_expands_to_first_mention() -> None:
    text = (
        "Statsminister Jonas Gahr Støre (Ap) møtte fredag den svenske statsministeren i "
        "Stockholm.\n\n"
        "– Samarbeidet mellom våre to land har aldri vært viktigere enn nå, sa Støre etter "
        "møtet.\n\n"
        "Han reiser videre til Helsingfors lørdag."
    )
    assert _pairs(text) == [("Samarbeidet mellom våre", "Jonas Gahr Støre")]


def test_pronouns_follow_gender_and_recency() -> None:
    text = (
        "Finansminister Trygve Slagsvold Vedum og klimaminister Andreas Bjelland Eriksen "
        "la fram planen sammen med næringsminister Cecilie Myrseth.\n\n"
        "– Dette er den største satsingen på havvind noensinne i Norge, sa hun.\n\n"
        "Eriksen understreket at staten tar en del av risikoen.\n\n"
        "– Vi kan ikke la markedet ordne alt dette på egen hånd, sa han."
    )
    assert _pairs(text) == [
        ("Dette er den", "Cecilie Myrseth"),
        ("Vi kan ikke", "Andreas Bjelland Eriksen"),
    ]


def test_interrupted_quote_is_one_quote() -> None:
    text = (
        "Forsvarsminister Bjørn Arild Gram besøkte soldatene i Finnmark tirsdag.\n\n"
        "– Vi står skulder ved skulder med våre allierte, sa Gram, – og vi kommer ikke til å "
        "gi oss.\n"
    )
    qs = _quotes(text)
    assert len(qs) == 1
    assert qs[0].speaker == "Bjørn Arild Gram"
    assert "allierte" in qs[0].text and "gi oss" in qs[0].text
    assert "sa Gram" not in qs[0].text


def test_attribution_before_with_colon() -> None:
    text = (
        "Russlands president Vladimir Putin åpnet møtet i Kreml med en kort tale.\n\n"
        "Putin sa: – Vi har alltid ønsket gode forbindelser med alle våre naboland.\n\n"
        "Kasakhstans president Kassym-Jomart Tokajev svarte på russisk og skrev etterpå:\n\n"
        "«Vi ser fram til et enda tettere samarbeid i årene som kommer.»"
    )
    assert _pairs(text) == [
        ("Vi har alltid", "Vladimir Putin"),
        ("Vi ser fram", "Kassym-Jomart Tokajev"),
    ]


def test_attribution_in_next_sentence() -> None:
    text = (
        "Utenriksminister Espen Barth Eide kom til Kyiv mandag morgen.\n\n"
        "– Norge vil stå ved Ukrainas side så lenge det trengs. Det sa Eide til NTB etter "
        "møtet med sin ukrainske kollega."
    )
    assert _pairs(text) == [("Norge vil stå", "Espen Barth Eide")]


def test_multi_paragraph_quote_keeps_speaker() -> None:
    text = (
        "NATOs generalsekretær Mark Rutte advarte mot å undervurdere trusselen.\n\n"
        "– Vi må bruke mer penger på forsvar, og vi må gjøre det raskt, sa Rutte.\n\n"
        "– Ingen av oss kan lene seg tilbake når krigen raser i Europa.\n\n"
        "Møtet fortsetter onsdag."
    )
    assert _pairs(text) == [
        ("Vi må bruke", "Mark Rutte"),
        ("Ingen av oss", "Mark Rutte"),
    ]


def test_quote_before_its_attributed_continuation() -> None:
    text = (
        "Helseminister Jan Christian Vestre besøkte sykehuset i Tromsø.\n\n"
        "– Køene er for lange, og det skal vi gjøre noe med.\n\n"
        "– Pasientene fortjener bedre enn dette, sa Vestre."
    )
    assert [s for _, s in _pairs(text)] == ["Jan Christian Vestre", "Jan Christian Vestre"]


def test_guillemets_with_institution_speaker() -> None:
    text = (
        "Den kinesiske ambassaden i Oslo reagerer kraftig på vedtaket i Stortinget.\n\n"
        "«Vedtaket er en grov innblanding i Kinas indre anliggender», skriver ambassaden i "
        "en uttalelse."
    )
    qs = _quotes(text)
    assert len(qs) == 1
    assert qs[0].speaker == "Den kinesiske ambassaden i Oslo"
    assert qs[0].speaker_text.startswith("skriver ambassaden")


def test_double_quotes_and_role_noun() -> None:
    text = (
        "Kremls talsperson Dmitrij Peskov ble spurt om forhandlingene på en pressekonferanse.\n\n"
        "\"Vi har ingen planer om å trekke oss fra samtalene nå\", sa talspersonen."
    )
    assert _pairs(text) == [("Vi har ingen", "Dmitrij Peskov")]


def test_role_noun_resolves_to_most_recent_holder() -> None:
    text = (
        "Utenriksminister Espen Barth Eide møtte sin tyske kollega Annalena Baerbock i Berlin."
        "\n\nSenere på dagen snakket han med den franske utenriksministeren.\n\n"
        "– Europa må stå samlet i denne krevende tiden, sa utenriksministeren."
    )
    assert _pairs(text) == [("Europa må stå", "Espen Barth Eide")]


def test_role_noun_before_the_name_is_given() -> None:
    text = (
        "Våpenhvilen brøt sammen natt til søndag. – En tragedie for sivile på begge sider, "
        "sier FNs generalsekretær.\n\n"
        "FNs generalsekretær António Guterres ba partene om å vende tilbake til "
        "forhandlingsbordet."
    )
    assert _pairs(text) == [("En tragedie for", "António Guterres")]


def test_question_mark_before_attribution() -> None:
    text = (
        "Opposisjonsleder Ine Eriksen Søreide var kritisk til budsjettet.\n\n"
        "– Hvordan kan regjeringen forsvare så store kutt i forsvaret? spurte hun i Stortinget."
    )
    qs = _quotes(text)
    assert len(qs) == 1 and qs[0].speaker == "Ine Eriksen Søreide"
    assert qs[0].text.endswith("?")


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    text = (
        "Russland kaller krigen en «spesiell militær operasjon». Filmen «Den siste dagen i "
        "Kyiv og Kharkiv» vises på kino fra fredag, og romanen «Sult» kommer i ny utgave.\n\n"
        "Operasjonen fikk navnet «Jernmuren». Kritikerne kaller loven «den russiske loven»."
    )
    assert _quotes(text) == []


def test_embedded_partial_quote_is_a_quote() -> None:
    text = (
        "Irans øverste leder Ali Khamenei holdt tale i Teheran torsdag. Han lovet at fienden "
        "vil få «et svar som den aldri vil glemme» dersom angrepene fortsetter."
    )
    assert _pairs(text) == [("et svar som", "Ali Khamenei")]


def test_speaker_in_apposition_after_role() -> None:
    text = (
        "– Situasjonen ved grensen er under full kontroll, sa talspersonen for det polske "
        "grensevaktvesenet, Anna Michalska, til journalister."
    )
    assert _pairs(text) == [("Situasjonen ved grensen", "Anna Michalska")]


def test_statement_attributed_to_ministry() -> None:
    text = (
        "Det tyrkiske utenriksdepartementet har kalt inn Sveriges ambassadør.\n\n"
        "– Vi fordømmer denne provokasjonen på det sterkeste, heter det i en uttalelse fra "
        "departementet."
    )
    assert _pairs(text) == [("Vi fordømmer denne", "Det tyrkiske utenriksdepartementet")]


def test_speaker_code_comes_from_actor_mentions() -> None:
    text = "– Vi vil aldri godta annekteringen av våre områder, sa Volodymyr Zelenskyj i Kyiv."
    s = text.index("Volodymyr")
    m = Mention(start=s, end=s + len("Volodymyr Zelenskyj"), text="Volodymyr Zelenskyj",
                kind="person", code="UKR", sector="GOV", name="Volodymyr Zelenskyj")
    q = _quotes(text, [m])[0]
    assert (q.speaker, q.code, q.sector) == ("Volodymyr Zelenskyj", "UKR", "GOV")


def test_names_inside_quotes_are_not_antecedents() -> None:
    text = (
        "USAs president Donald Trump skrev på sin egen plattform søndag kveld.\n\n"
        "«Jeg har snakket med Vladimir og Volodymyr, og begge ønsker fred nå», skrev han."
    )
    assert _pairs(text) == [("Jeg har snakket", "Donald Trump")]


# -- nn ----------------------------------------------------------------------------------

def test_nynorsk_dash_and_pronoun_ho() -> None:
    text = (
        "Kulturminister Lubna Jaffery opna det nye biblioteket i Bergen laurdag.\n\n"
        "– Dette er eit løft for heile regionen og for alle som er glade i bøker, seier ho."
    )
    assert _pairs(text) == [("Dette er eit", "Lubna Jaffery")]


def test_nynorsk_role_and_institution() -> None:
    text = (
        "Den finske statsministeren Petteri Orpo kom til Oslo tysdag.\n\n"
        "– Grensa mot aust må vere trygg for alle innbyggjarane våre, sa statsministeren.\n\n"
        "Det russiske utanriksdepartementet svara med ei skarp fråsegn.\n\n"
        "«Finland vel konfrontasjon i staden for dialog og naboskap», heiter det i fråsegna "
        "frå departementet."
    )
    assert _pairs(text) == [
        ("Grensa mot aust", "Petteri Orpo"),
        ("Finland vel konfrontasjon", "Det russiske utanriksdepartementet"),
    ]


def test_nynorsk_interrupted_and_continued() -> None:
    text = (
        "Fylkesordførar Ingrid Kristine Aspli var nøgd etter vedtaket.\n\n"
        "– Dette har vi kjempa for lenge, sa Aspli, – og no får vi endeleg resultat.\n\n"
        "– Eg vil takke alle som har stått på for saka."
    )
    qs = _quotes(text)
    assert [q.speaker for q in qs] == ["Ingrid Kristine Aspli", "Ingrid Kristine Aspli"]
    assert "endeleg resultat" in qs[0].text


# -- indirect --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Statsminister Jonas Gahr Støre sa torsdag at Norge vil øke støtten til Ukraina.",
         "Norge vil øke", "Jonas Gahr Støre"),
        ("Ifølge Peskov er det ingen planer om et nytt møte mellom presidentene.",
         "er det ingen", "Peskov"),
        ("Kremls talsperson Dmitrij Peskov møtte pressen. Han mener at samtalene har stoppet "
         "helt opp.", "samtalene har stoppet", "Dmitrij Peskov"),
        ("Ho meiner at kommunen må byggje fleire bustader for unge, seier leiaren Kari Nes.",
         None, None),
        ("Eksportane får ikkje meir støtte i år, ifølgje departementet.",
         "Eksportane får ikkje", "Departementet"),
    ],
)
def test_indirect_speech(text: str, start: str | None, speaker: str | None) -> None:
    qs = _quotes(text, kind="indirect")
    if start is None:
        return
    hits = [q for q in qs if q.text.removeprefix("at ").startswith(start)]
    assert hits, [q.text for q in qs]
    assert hits[0].speaker == speaker


# -- more forms ------------------------------------------------------------------------------

def test_guillemet_quote_over_two_paragraphs_is_split_with_one_speaker() -> None:
    text = (
        "Utanriksminister Espen Barth Eide var klar i talen sin.\n\n"
        "«Noreg vil halde fram med å støtte Ukraina så lenge det trengst.\n\n"
        "«Det handlar om folkeretten og om retten til å velje sin eigen veg», sa Eide."
    )
    assert _pairs(text) == [
        ("Noreg vil halde", "Espen Barth Eide"),
        ("Det handlar om", "Espen Barth Eide"),
    ]


def test_quote_inside_a_quote_is_not_separate() -> None:
    text = ("– Han sa til meg «vi gir oss aldri uansett hva som skjer», og det trodde jeg på, "
            "sa Støre.")
    qs = _quotes(text)
    assert len(qs) == 1 and qs[0].text.startswith("Han sa til meg")


def test_ifolge_attribution_after_dash_quote() -> None:
    text = ("Kremls talsperson Dmitrij Peskov ble spurt.\n\n"
            "– Dette er ikke akseptabelt, ifølge Peskov.")
    assert _pairs(text) == [("Dette er ikke", "Dmitrij Peskov")]
    assert _quotes(text, kind="indirect") == []


def test_hyphen_as_dialogue_dash_and_colon_paragraph() -> None:
    text = (
        "- Vi er svært fornøyde med resultatet, sier daglig leder Hanne Moe.\n\n"
        "Den ukrainske presidenten Volodymyr Zelenskyj var tydelig i kveldstalen sin:\n\n"
        "– Vi vil aldri overgi oss til okkupantene.\n\n"
        "Talen ble sendt på nasjonalt fjernsyn."
    )
    assert _pairs(text) == [
        ("Vi er svært", "Hanne Moe"),
        ("Vi vil aldri", "Volodymyr Zelenskyj"),
    ]


def test_two_roles_two_holders() -> None:
    text = (
        "Statsminister Mette Frederiksen og president Joe Biden møttes i Washington.\n\n"
        "– Grønland er ikke til salgs, sa statsministeren.\n\n"
        "– Vi respekterer Danmarks suverenitet, svarte presidenten."
    )
    assert _pairs(text) == [
        ("Grønland er ikke", "Mette Frederiksen"),
        ("Vi respekterer Danmarks", "Joe Biden"),
    ]


def test_unnamed_speaker_keeps_the_words() -> None:
    text = "– Det ble et voldsomt smell, forteller naboen, som ikke vil stå fram med navn."
    assert _pairs(text) == [("Det ble et", "naboen")]


def test_indefinite_role_is_not_resolved_to_a_known_person() -> None:
    text = (
        "Kremls talsperson Dmitrij Peskov har ikke kommentert saken.\n\n"
        "– Vi ser på saken, sier en talsperson for utenriksdepartementet i Washington."
    )
    assert _pairs(text) == [("Vi ser på", "en talsperson")]


def test_fact_box_dashes_and_link_lines_are_not_quotes() -> None:
    text = (
        "Les også: «Vi må forberede oss på en lang krig i Europa»\n\n"
        "Fakta om alliansen:\n\n– Stiftet i 1949\n\n– Har 32 medlemsland\n\n"
        "– Hovedkvarter i Brussel"
    )
    assert _quotes(text) == []


def test_la_til_with_pronoun_inside() -> None:
    text = (
        "Helseminister Jan Christian Vestre besøkte sykehuset.\n\n"
        "– Vi skal korte ned køene, og det skal skje i år, la han til."
    )
    qs = _quotes(text)
    assert [q.speaker for q in qs] == ["Jan Christian Vestre"]
    assert "la han til" not in qs[0].text


def test_cataphoric_pronoun_and_source() -> None:
    text = ("– Vi har gjort alt vi kan for å finne ham, sa hun til VG søndag. Politimester "
            "Ingrid Lund sier at etterforskningen fortsetter.")
    assert _pairs(text) == [("Vi har gjort", "Ingrid Lund")]


def test_first_person_aside_inside_quote_is_not_attribution() -> None:
    text = ("Statsminister Jonas Gahr Støre svarte på kritikken.\n\n"
            "– Dette er, tror jeg, et viktig skritt for hele landet, sa Støre.")
    qs = _quotes(text)
    assert len(qs) == 1 and qs[0].speaker == "Jonas Gahr Støre"
    assert "viktig skritt" in qs[0].text


def test_opinion_verbs_attribute_quotes() -> None:
    text = ("Seniorforsker Per Hansen (54) følger konflikten tett.\n\n"
            "– Partene står langt fra hverandre og kan ikke gi etter nå, tror Hansen.")
    assert _pairs(text) == [("Partene står langt", "Per Hansen")]


def test_reported_clause_before_speech_verb_is_indirect() -> None:
    text = ("Forhandlingene i Genève ble avbrutt. Ingen av partene var villige til å gi etter, "
            "sa FN-utsending Geir Pedersen, som ledet samtalene.")
    qs = _quotes(text, kind="indirect")
    assert [(q.text[:20], q.speaker) for q in qs] == [("Ingen av partene var", "Geir Pedersen")]


def test_subject_apposition_is_not_a_reported_clause() -> None:
    text = ("Den ukrainske hærsjefen, general Oleksandr Syrskyj, rapporterte mandag til "
            "president Volodymyr Zelenskyj om situasjonen ved fronten.")
    assert _quotes(text, kind="indirect") == []


def test_possessed_role_is_not_resolved() -> None:
    text = ("Kirby svarte på spørsmål fra pressen. FNs generalsekretær António Guterres ønsket "
            "også avtalen velkommen, opplyser talspersonen hans.")
    qs = _quotes(text, kind="indirect")
    assert all(q.speaker != "Kirby" for q in qs)


def test_person_entities_of_the_doc_are_used() -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import Span

    text = ("Kommissær Wopke Hoekstra og Saltanat Omarova møttes i Brussel.\n\n"
            "Omarova var tydelig.\n\n– Vi trenger mer tid til å forhandle fram en avtale, "
            "sa hun.")
    nlp = spacy.blank("nb")
    doc = nlp(text)
    s = text.index("Saltanat")
    doc.ents = [doc.char_span(s, s + len("Saltanat Omarova"), label="PER")]
    assert isinstance(doc.ents[0], Span)
    qs = [q for q in extract_quotes(doc, [], Article(id="t", text=text)) if q.kind == "direct"]
    assert [q.speaker for q in qs] == ["Saltanat Omarova"]


def test_apposition_with_party_after_role_phrase() -> None:
    text = ("– Regjeringen må ta ansvar for dette, sa lederen av Stortingets utenrikskomité, "
            "Ine Eriksen Søreide (H).")
    assert _pairs(text) == [("Regjeringen må ta", "Ine Eriksen Søreide")]


def test_nynorsk_colon_and_press_release() -> None:
    text = ("Kommunalminister Erling Sande (Sp) la fram planen i dag. Han seier: – Vi må "
            "byggje fleire bustader i distrikta, og det hastar.\n\n"
            "«Dette er ein historisk dag for kommunane», skriv departementet i ei "
            "pressemelding.")
    assert _pairs(text) == [("Vi må byggje", "Erling Sande"),
                            ("Dette er ein", "Departementet")]


def test_bare_surname_takes_the_resolved_full_name() -> None:
    text = "Putin sa: – Vi vil svare på enhver provokasjon fra Vesten med full styrke."
    m = Mention(start=0, end=5, text="Putin", kind="person", code="RUS", sector="GOV",
                name="Vladimir Putin")
    q = _quotes(text, [m])[0]
    assert (q.speaker, q.code) == ("Vladimir Putin", "RUS")


def test_actor_resolution_fills_an_unresolved_role() -> None:
    text = "– Vi gir oss aldri, og vi vinner denne krigen til slutt, sa den ukrainske presidenten."
    s = text.index("den ukrainske")
    m = Mention(start=s, end=len(text) - 1, text=text[s:-1], kind="role", code="UKR",
                sector="GOV", name="Volodymyr Zelenskyj", role="HOS")
    q = _quotes(text, [m])[0]
    assert (q.speaker, q.code) == ("Volodymyr Zelenskyj", "UKR")
    assert _quotes(text)[0].speaker == "den ukrainske presidenten"


def test_time_line_dashes_are_not_quotes() -> None:
    text = ("Tidslinje:\n\n– 2014: Russland annekterer Krim-halvøya.\n\n"
            "– 24. februar 2022: Russland går til fullskala invasjon av Ukraina.\n\n"
            "– Juni 2023: Ukraina starter en motoffensiv i sør.")
    assert _quotes(text) == []


def test_korean_names_statsraad_and_lowercase_organisation() -> None:
    text = ("Kommunal- og distriktsminister Bjørnar Skjæran (Ap) vil flytte statlige "
            "arbeidsplasser.\n\n– Hele landet skal ha glede av disse arbeidsplassene, sier "
            "statsråden.\n\nNord-Koreas leder Kim Jong-un har besøkt en fabrikk.\n\n"
            "– Vi skal produsere mer enn noen gang før, sa Kim.\n\n"
            "«Fartøyene seilte gjennom internasjonalt farvann i tråd med folkeretten», skriver "
            "Sjuende flåte i en pressemelding.")
    assert [s for _, s in _pairs(text)] == ["Bjørnar Skjæran", "Kim Jong-un", "Sjuende flåte"]


def test_nationality_qualifier_picks_the_right_president() -> None:
    text = ("Frankrikes president Emmanuel Macron og Brasils president Luiz Inácio Lula da Silva "
            "møttes i Paris.\n\nMacron var kritisk til avtalen.\n\n– Vi har forhandlet i over "
            "tjue år, og nå må vi bli ferdige, sa den brasilianske presidenten.")
    assert _pairs(text) == [("Vi har forhandlet", "Luiz Inácio Lula da Silva")]


def test_nynorsk_chancellor_and_title_noun_two_words_back() -> None:
    text = ("Den tyske forbundskanslaren Friedrich Merz møtte statsminister Jonas Gahr Støre.\n\n"
            "– Noreg er ein av dei viktigaste partnarane våre i Europa, sa kanslaren.\n\n"
            "Juryen skriv at boka er «ei nådelaus og vakker skildring av kjærleik og tap».")
    assert [s for _, s in _pairs(text)] == ["Friedrich Merz", "Juryen"]


def test_skal_ha_sagt_and_states_are_not_people() -> None:
    text = ("Kinas utanriksminister Wang Yi møtte Eide. Wang Yi sa at Kina ønskjer eit stabilt "
            "forhold til Noreg.\n\n«Kina og Noreg bør vere partnarar, ikkje rivalar», skal Wang "
            "ha sagt under møtet.")
    s = text.index("Kina ønskjer")
    m = Mention(start=s, end=s + 4, text="Kina", kind="state", code="CHN")
    assert [q.speaker for q in _quotes(text, [m])] == ["Wang Yi"]


@pytest.mark.slow
def test_parsed_subject_wins_for_pronouns() -> None:
    from multivektor import nlp

    try:
        model = nlp.load("nb")
    except nlp.ModelMissingError:
        pytest.skip("no trained nb model")
    text = ("Etter møtet med Recep Tayyip Erdoğan sa Volodymyr Zelenskyj at samarbeidet er "
            "godt.\n\n– Vi er takknemlige for all hjelpen fra våre venner, sa han.")
    qs = extract_quotes(model(text), [], Article(id="t", text=text))
    assert [q.speaker for q in qs if q.kind == "direct"] == ["Volodymyr Zelenskyj"]


def test_a_cited_medium_is_not_the_speaker() -> None:
    text = ("Kremls talsperson Dmitrij Peskov kalte utplasseringen «en provokasjon som vil få "
            "konsekvenser for hele Europa».\n\nDette skriver The Guardian.\n\n"
            "Statsminister Jonas Gahr Støre var på besøk i Kyiv.\n\n"
            "– Vi står sammen med Ukraina hele veien. Dette skriver NRK.")
    assert [s for _, s in _pairs(text)] == ["Dmitrij Peskov", "Jonas Gahr Støre"]


def test_sender_of_a_statement_speaks() -> None:
    text = "– Alliansen står samlet bak Ukraina, ifølge en pressemelding fra NATO."
    assert _pairs(text) == [("Alliansen står samlet", "NATO")]


def test_hyphen_and_bar_dashes() -> None:
    text = ("Avtalen ble signert i Genève fredag. - En viktig dag for hele regionen, sa "
            "FN-utsending Geir Pedersen.\n\n― Vi har ventet lenge på dette, sa han, - og nå er "
            "den her.")
    qs = _quotes(text)
    assert [(q.text[:10], q.speaker) for q in qs] == [("En viktig ", "Geir Pedersen"),
                                                      ("Vi har ven", "Geir Pedersen")]
    assert "nå er den her" in qs[1].text


@pytest.mark.parametrize(
    "text", ["", " ", "\n\n", "–", "«", "»", "«»", "– ,sa", "\"", "“”", "sa han", "– Hei, sa",
             "Foto:", "(NTB)", "NTB-", "ifølge", "«a b c d e f»", "– «», sa «", ", sa , sa"])
def test_degenerate_texts_do_not_crash(text: str) -> None:
    m = Mention(start=0, end=len(text), text=text, kind="person", name=" ", code="NOR")
    for q in extract_quotes(None, [m], Article(id="t", text=text)):
        assert 0 <= q.start <= q.end <= len(text)


def test_gender_learned_from_resolved_pronouns() -> None:
    text = ("Statsråd Wenjing Zhao møtte pressen. Zhao sa at hun var fornøyd.\n\n"
            "Direktør Pavlo Bondar og Zhao la fram avtalen sammen.\n\n"
            "– Vi har kommet langt i dag, og vi fortsetter i morgen, sa hun.")
    s = text.index("hun var")
    m = Mention(start=s, end=s + 3, text="hun", kind="pronoun", name="Wenjing Zhao")
    assert [q.speaker for q in _quotes(text, [m])] == ["Wenjing Zhao"]


def test_indirect_speech_cleanups() -> None:
    text = ("Rektor ved skolen, Frode Haug, sier elevene er sterkt preget. "
            "Kinas utanriksminister Wang Yi sa at Kina ønskjer eit stabilt forhold til Noreg, "
            "melder det kinesiske nyheitsbyrået Xinhua. Merz reiser vidare til Stockholm "
            "tysdag, melder den tyske nyheitsbyrået dpa.")
    qs = _quotes(text, kind="indirect")
    assert [(q.speaker, q.text) for q in qs] == [
        ("Wang Yi", "at Kina ønskjer eit stabilt forhold til Noreg")]


def test_sector_from_the_role_when_the_resolver_has_none() -> None:
    text = ("Forsvarssjef Eirik Kristoffersen talte i Oslo.\n\n"
            "– Vi trenger flere folk og mer materiell nå, sa Kristoffersen.")
    q = _quotes(text)[0]
    assert (q.speaker, q.sector) == ("Eirik Kristoffersen", "MIL")


def test_a_quote_repeated_word_for_word_is_kept_once() -> None:
    text = ("– Vi gir oss aldri i denne saken, sier Støre.\n\n"
            "Statsminister Jonas Gahr Støre var tydelig.\n\n"
            "– Vi gir oss aldri i denne saken, sa han.")
    assert len(_quotes(text)) == 1


def test_embedded_quote_after_an_object_belongs_to_the_subject() -> None:
    text = (
        "Forsvarsminister Bjørn Arild Gram møtte sin svenske kollega Pål Jonson i Narvik. "
        "Jonson kalte Norge «vår nærmeste og viktigste partner i nord» etter møtet."
    )
    assert _pairs(text) == [("vår nærmeste og", "Pål Jonson")]


def test_embedded_quote_in_a_second_coordinated_clause() -> None:
    text = (
        "Ambassaden kritiserte avtalen og anklaget Norge for å gjøre landsdelen til "
        "«et oppmarsjområde for alliansen mot Russland» i en uttalelse fredag."
    )
    (q,) = _quotes(text)
    assert q.speaker is not None and q.speaker.lower().startswith("ambassade")


def test_short_name_inside_a_long_full_name() -> None:
    text = (
        "Brasils president Luiz Inácio Lula da Silva har forsøkt å mekle i konflikten.\n\n"
        "– Vi vil ikke bryte med Venezuela, sa Lula til avisen Folha."
    )
    assert _pairs(text) == [("Vi vil ikke", "Luiz Inácio Lula da Silva")]


def test_name_after_a_kind_noun_is_the_speaker_of_an_embedded_quote() -> None:
    text = ("Menneskerettighetsorganisasjonen Amnesty International tok skarpt avstand fra "
            "avtalen og kalte den «et historisk slag mot menneskerettighetene».")
    assert _pairs(text) == [("et historisk slag", "Amnesty International")]


def test_the_statement_named_with_a_definite_noun_is_the_one_sent_before() -> None:
    # "heiter det i fråsegna" with no "frå X": the sender of the statement named earlier,
    # not the last person named
    text = (
        "Utanriksminister Wopke Hoekstra sa at han vil kalle inn ambassadøren.\n\n"
        "Det russiske utanriksdepartementet skreiv i ei fråsegn at dommen er politisk.\n\n"
        "«Vi vil ikkje akseptere dommen», heiter det i fråsegna, ifølgje Reuters."
    )
    assert _pairs(text) == [("Vi vil ikkje", "Det russiske utanriksdepartementet")]


def test_a_speakers_state_is_not_what_the_speaker_talks_about_or_talks_to() -> None:
    # "Misri sa at Pakistan ...": Pakistan is the topic; "til journalister" the audience
    mentions = [Mention(0, 6, "Indias", "state", "IND", "GOV"),
                Mention(38, 46, "Pakistan", "state", "PAK", "GOV")]
    text = ("Indias utenriksråd Vikram Misri sa at Pakistan har brutt avtalen.\n\n"
            "– Vi står fast, sa Misri til journalister.")
    assert "Pakistan" in text[38:46]
    quotes = _quotes(text, mentions)
    assert [(q.speaker, q.code) for q in quotes] == [("Vikram Misri", "IND")]
