"""Reading news as it arrives: files, directories, JSON Lines, HTML, RSS/Atom and WARC.

:func:`read_inputs` streams :class:`~multivektor.model.Article` records (cleaned of crawl
furniture, written standard detected, stable id) and a :class:`~multivektor.model.Skip`
for every input that yields none, with the reason; it never raises for a bad input.

- ``inputs``   walks paths (directories recursively, sorted by name) and picks the reader
  by content (``sniff``), the file name only breaking ties; gzip files are read through;
- ``jsonl``    one Article or Skip per non-blank line, in order (origin ``path:line``);
- ``html``     trafilatura main text and metadata; ``feed`` feedparser items;
  ``warc``     warcio HTML responses, truncation reported;
- ``clean``    crawl furniture removal, each removal recorded with its raw offset;
- ``standard`` nb/nn/other detection (py3langid + the hand-written ``markers.tsv``);
- ``build``    fields -> Article: cleaning, detection, id (given, else a text hash), date.
"""

from multivektor.ingest.build import article_id, make_article
from multivektor.ingest.clean import Cleaned, clean_text
from multivektor.ingest.inputs import read_file, read_inputs, walk_files
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
    "walk_files",
]
