"""Reading news as it arrives: files, directories, JSON Lines, HTML, RSS/Atom and WARC.

:func:`read_inputs` streams :class:`~multivektor.model.Article` records (cleaned of crawl
furniture, written standard detected, stable id) and a :class:`~multivektor.model.Skip`
for every input that yields none, with the reason.
"""

from multivektor.ingest.build import article_id, make_article
from multivektor.ingest.clean import Cleaned, clean_text
from multivektor.ingest.inputs import read_file, read_inputs
from multivektor.ingest.standard import Detection, detect

__all__ = [
    "Cleaned",
    "Detection",
    "article_id",
    "clean_text",
    "detect",
    "make_article",
    "read_file",
    "read_inputs",
]
