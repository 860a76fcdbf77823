"""Sentences the parser cut in two are joined again before coding."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from multivektor.events import code_events
from multivektor.events.coder import mend_sentences

from .annotated import annotated


def _doc(words: list[str], starts: list[int], spaces: list[bool] | None = None) -> Doc:
    sent_starts = [i in starts for i in range(len(words))]
    return Doc(spacy.blank("nb").vocab, words=words, spaces=spaces, sent_starts=sent_starts)


def test_a_subject_cut_from_its_verb_is_joined():
    doc = _doc(["Kinesiske", "soldater", "beslagla", "våpnene", "."], [0, 2])
    assert [s.text for s in mend_sentences(list(doc.sents))] == \
        ["Kinesiske soldater beslagla våpnene ."]


def test_real_sentence_ends_stay():
    doc = _doc(["Russland", "angrep", ".", "Ukraina", "svarte", "."], [0, 3])
    assert len(mend_sentences(list(doc.sents))) == 2
    # no punctuation, but the next sentence opens with a capital (a heading): kept apart
    doc = _doc(["Krigen", "i", "Sudan", "Hæren", "angrep", "byen", "."], [0, 3])
    assert len(mend_sentences(list(doc.sents))) == 2
    # a paragraph break ends the piece before it
    doc = _doc(["Sudan", "\n\n", "hæren", "angrep", "."], [0, 2], [False, False, True, False,
                                                                    False])
    assert len(mend_sentences(list(doc.sents))) == 2


def test_a_cut_parse_gets_its_actor():
    # the subject and the verb each head a sentence of their own
    doc, mentions, article = annotated(
        "Kinesiske/ADJ@2=ATR soldater#CHN.MIL beslagla:beslaglegge/VERB "
        "våpnene:våpen@3=DOBJ til/ADP@4=ATR grensevaktene#IND.POL@5=PUTFYLL .@3=IP")
    events = code_events(doc, mentions, article, check_scope=False)
    assert [(e.event, e.actor[0].code, [r.code for r in e.recipient]) for e in events] == \
        [("COERCE", "CHN", ["IND"])]
