"""The hand-written lexicon loads, covers every PLOVER category and both written standards."""

from __future__ import annotations

from multivektor.events.lexicon import load_lexicon, noun_forms, verb_forms
from multivektor.model import PLOVER_EVENTS


def _verb_events(lex):
    """form -> the categories of the verb cues it is indexed under."""
    return lambda form: {c.event for c in lex.verb_cues(form)}


def test_every_category_has_verb_cues_and_defaults():
    lex = load_lexicon()
    verb_events = {c.event for c in lex.verbs}
    assert set(PLOVER_EVENTS) <= verb_events
    for name in PLOVER_EVENTS:
        cat = lex.categories[name]
        assert cat.quad in (1, 2, 3, 4)
        assert -10 <= cat.score <= 10
        assert len(cat.cameo) == 2


def test_lexicon_is_broad():
    lex = load_lexicon()
    assert len(lex.verbs) + len(lex.nouns) >= 400
    assert sum(c.lang == "nn" for c in lex.verbs + lex.nouns) >= 30


def test_inflected_and_nynorsk_forms_are_indexed():
    lex = load_lexicon()
    events = _verb_events(lex)
    assert "REQUEST" in events("kravde")  # nn past of krevje
    assert "ACCUSE" in events("skulda")  # nn
    assert "REQUEST" in events("bad")  # nn past of be
    assert "SANCTION" in events("utviste")
    assert "COERCE" in events("pågrep")
    assert "ASSAULT" in events("beskjøt")
    assert "SUPPORT" in events("ønskte")
    assert {c.event for c in lex.noun_cues("sanksjonane")} == {"SANCTION"}
    assert {c.event for c in lex.noun_cues("droneangrepa")} == {"ASSAULT"}  # compound


def test_regular_forms():
    assert {"kritiserer", "kritiserte", "kritisert"} <= verb_forms("kritisere")
    assert "fordømte" in verb_forms("fordømme")
    assert {"invasjonen", "invasjoner"} <= noun_forms("invasjon")


def test_rules_name_their_source_line():
    lex = load_lexicon()
    cue = lex.verb_cues("fordømte")[0]
    assert cue.rule.startswith("verbs.tsv:") and "fordømme" in cue.rule


def test_newsroom_synonyms_beyond_the_dev_set():
    lex = load_lexicon()
    events = _verb_events(lex)
    assert "SUPPORT" in events("hedret")
    assert "REJECT" in events("trosset") and "REJECT" in events("bestrider")
    assert "ACCUSE" in events("fordømer")  # nn present of fordøme
    assert "AID" in events("innvilget") and "AID" in events("lånte")
    assert {"ASSAULT", "MOBILIZE"} <= events("avfyrte")
    assert "CONSULT" in events("var")  # "var vertskap for"
    attack = next(c for c in lex.verb_cues("gikk") if c.event == "ASSAULT" and c.particles
                  and "angrep" in c.particles[-1])
    assert "motangrep" in attack.particles[-1]


def test_nynorsk_forms_of_common_cues():
    lex = load_lexicon()
    events = _verb_events(lex)
    assert "RETREAT" in events("lausleit")
    assert "AGREE" in events("semjast") and "AGREE" in events("einast")
    assert "CONCEDE" in events("orsaka")
    assert "SANCTION" in events("frys")
    assert "RETREAT" in events("bytte")  # nn "bytte fangar"


def test_lifting_restrictions_allowing_and_intercepting():
    lex = load_lexicon()
    assert {"avgrensing", "begrensning"} <= set(lex.keywords["lift"])
    assert "RETREAT" in {c.event for c in lex.verb_cues("tillot")}
    assert "MOBILIZE" in {c.event for c in lex.verb_cues("fanga")}
    assert "utdeling" in lex.keywords["flows"]  # "stanset matutdelingen": aid suspended


def test_stepping_down_and_taking_in_refugees():
    lex = load_lexicon()
    step_down = [c for c in lex.verb_cues("trakk") if c.particles == (("seg",),)]
    assert step_down and step_down[0].event == "RETREAT"
    refugees = [c for c in lex.verb_cues("tar") if c.event == "AID"]
    assert refugees and "flyktninger" in refugees[0].particles[-1]


def test_remembered_lookups_stay_right_when_the_memo_is_emptied(monkeypatch):
    import multivektor.events.lexicon as lexicon_mod

    monkeypatch.setattr(lexicon_mod, "_MEMO_SIZE", 1)
    lex = load_lexicon()
    for _ in range(2):  # the second round reads what the first remembered
        assert {c.event for c in lex.noun_cues("droneangrepa")} == {"ASSAULT"}
        assert lex.noun_cues("fotballkampen") == []
        assert "military" in lex.context_hits("artilleriangrep")
        assert lex.context_hits("og") == {}
    assert len(lex._tails) <= 2 and len(lex._context_hits) <= 2
