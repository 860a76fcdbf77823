"""PLOVER event coder for Norwegian news (Bokmål and Nynorsk).

``code_events(doc, mentions, article)`` returns the deduplicated PLOVER events of one article:
lexicon cues (``lexicon/*.tsv``) matched on lemmas and forms, actors and recipients from the
dependency parse and the actor mentions, negation / hypothetical / future rules, context,
CAMEO root, quad class, score, confidence and the lexicon rule that produced each event.
"""

from multivektor.events.coder import Trace, code_events
from multivektor.events.lexicon import load_lexicon

__all__ = ["Trace", "code_events", "load_lexicon"]
