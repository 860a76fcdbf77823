"""Modes of PLOVER categories, on Nynorsk sentences (hand-annotated, written for the tests)."""

from __future__ import annotations

import pytest

from .test_coder import code

MODE_CASES = [
    # CONSULT modes
    ("Biden#USA@2=SUBJ ringde:ringe/VERB Netanyahu#ISR@2=DOBJ .@2=IP", "CONSULT", "phone"),
    ("Støre#NOR@2=SUBJ vitja:vitje/VERB Kyiv#UKR@2=DOBJ .@2=IP", "CONSULT", "visit"),
    ("Noreg#NOR@2=SUBJ mekla:mekle/VERB mellom@2=ADV Israel#ISR@3=PUTFYLL og/CCONJ@6=KONJ "
     "Hamas#PSE@4=KOORD .@2=IP", "CONSULT", "third-party"),
    ("Leiarane:leiar@8=SUBJ frå@1=ATR Noreg#NOR@2=PUTFYLL ,/PUNCT@3=IK Sverige#SWE@3=KOORD "
     "og/CCONJ@7=KONJ Danmark#DNK@3=KOORD møttest:møtast/VERB .@8=IP", "CONSULT",
     "multilateral"),
    # REQUEST modes
    ("Ukraina#UKR@2=SUBJ bad:be/VERB om@2=ADV eit/DET@5=DET hastemøte@3=PUTFYLL i@5=ATR "
     "FN#UN@6=PUTFYLL .@2=IP", "REQUEST", "meet"),
    ("Zelenskyj#UKR@2=SUBJ bad:be/VERB Noreg#NOR@2=DOBJ om@2=ADV meir/DET@6=DET "
     "luftvern@4=PUTFYLL .@2=IP", "REQUEST", "assist"),
    ("FN#UN@2=SUBJ kravde:krevje/VERB våpenkvile@2=DOBJ i@3=ATR Sudan#SDN@4=PUTFYLL .@2=IP",
     "REQUEST", "yield"),
    # ACCUSE modes
    ("Polen#POL@2=SUBJ skulda:skulde/VERB Belarus#BLR@2=DOBJ for@2=ADV sabotasje@4=PUTFYLL "
     ".@2=IP", "ACCUSE", "allege"),
    ("ICC#ICC@2=SUBJ etterforskar:etterforske/VERB Russland#RUS@2=DOBJ .@2=IP", "ACCUSE",
     "investigate"),
    ("Noreg#NOR@2=SUBJ fordømde:fordømme/VERB Iran#IRN@2=DOBJ .@2=IP", "ACCUSE", "disapprove"),
    # SANCTION modes
    ("Litauen#LTU@2=SUBJ utviste:utvise/VERB russiske/ADJ@4=ATR#RUS diplomatar:diplomat@2=DOBJ "
     ".@2=IP", "SANCTION", "expel"),
    ("EU#EU@2=SUBJ stansa:stanse/VERB støtta:støtte@2=DOBJ til@3=ATR Niger#NER@4=PUTFYLL .@2=IP",
     "SANCTION", "discontinue"),
]


@pytest.mark.parametrize(("sentence", "event", "mode"), MODE_CASES)
def test_modes(sentence, event, mode):
    events = code(sentence)
    assert (event, mode) in {(e.event, e.mode) for e in events}, \
        [(e.event, e.mode) for e in events]
