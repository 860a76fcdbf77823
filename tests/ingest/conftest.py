"""Small Norwegian texts written for the ingest tests, and helpers to write input files."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from types import ModuleType

import pytest

NB_PARAS = (
    "Regjeringen vil bruke flere milliarder kroner på å styrke beredskapen i Nord-Norge, "
    "sier forsvarsministeren. Han mener at situasjonen i nordområdene har endret seg mye "
    "de siste årene, og at Norge må være forberedt.",
    "Opposisjonen på Stortinget er ikke fornøyd med forslaget. De mener at regjeringen har "
    "ventet altfor lenge, og at pengene ikke er nok til å dekke behovene langs kysten.",
    "Forslaget skal behandles i Stortinget før sommeren, opplyser departementet.",
)
NN_PARAS = (
    "Kommunestyret vedtok tysdag eit budsjett med store kutt i skulane. Ordføraren seier at "
    "det ikkje var mogleg å unngå, fordi inntektene har gått ned.",
    "Opposisjonen meiner at kutta rammar dei svakaste, og vil ta saka opp att i haust.",
)
NB_TEXT = "\n\n".join(NB_PARAS)
NN_TEXT = "\n\n".join(NN_PARAS)
TITLE = "Regjeringen styrker beredskapen i nord"


def html_page(title: str = TITLE, paras: tuple[str, ...] = NB_PARAS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        "<!DOCTYPE html><html lang=\"nb\"><head>"
        f"<title>{title} - Avisa Nord</title>"
        f"<meta property=\"og:title\" content=\"{title}\">"
        "<meta name=\"author\" content=\"Kari Nordmann\">"
        "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00+01:00\">"
        "<meta property=\"og:site_name\" content=\"Avisa Nord\">"
        "</head><body><nav><a href=\"/\">Forsiden</a> <a href=\"/sport\">Sport</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Kontakt oss | Personvern</footer></body></html>"
    )


def write_warc(path: Path, pages: list[tuple[str, str, str]], gzip: bool) -> None:
    """A WARC of HTTP responses: (url, content type, body) each."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        for url, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", http_headers=headers,
                                               payload=io.BytesIO(body.encode("utf-8")))
            writer.write_record(record)


@pytest.fixture(scope="session")
def samples() -> ModuleType:
    """This module: the sample texts and file helpers above."""
    return sys.modules[__name__]
