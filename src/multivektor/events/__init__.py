"""PLOVER event coder for Norwegian news (Bokmål and Nynorsk).

``code_events(doc, mentions, article)`` returns the deduplicated PLOVER events of one article:
lexicon cues (``lexicon/*.tsv``) matched on lemmas and forms, actors and recipients from the
dependency parse and the actor mentions, negation / hypothetical / future rules, context,
CAMEO root, quad class, score, confidence and the lexicon rule that produced each event.

Modules: ``lexicon`` (load and index the hand-written lexicon), ``match`` (find cues in a
sentence), ``syntax`` (NDT parse helpers), ``arguments`` (actor and recipient of a cue),
``modality`` (negation, conditionals, future), ``story`` (article-level salience, implicit
recipients, quote speakers), ``rules`` (rule tables), ``context`` (article scope and context
labels), ``dedup``, ``coder`` (the orchestration), ``explain`` and ``commands`` (the
``multivektor explain`` command), ``evaluate`` (per-category figures and speed).
"""

from multivektor.events.coder import Trace, code_events
from multivektor.events.lexicon import load_lexicon

__all__ = ["Trace", "code_events", "load_lexicon"]
