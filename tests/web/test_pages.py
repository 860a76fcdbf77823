"""The dashboard pages and their assets are served, and nothing is fetched from elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from multivektor.web.app import PAGES, STATIC
from multivektor.web.commands import register

#: The SVG namespace name is an identifier that is never fetched.
ALLOWED_URLS = {"http://www.w3.org/2000/svg"}
URL = re.compile(r"""(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s"'`)<>]*""")
LOCAL_REF = re.compile(r"""(?:src|href)="(/static/[^"]+)\"""")


@pytest.mark.parametrize("route", sorted(PAGES))
def test_pages_are_served_as_utf8_html(client: TestClient, route: str) -> None:
    response = client.get(route)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    html = response.text
    assert '<meta charset="utf-8">' in html
    refs = LOCAL_REF.findall(html)
    assert "/static/app.css" in refs and "/static/common.js" in refs
    for ref in refs:
        asset = client.get(ref)
        assert asset.status_code == 200, ref


def test_static_files_reference_no_external_url() -> None:
    files = [p for p in STATIC.rglob("*") if p.is_file()]
    assert {p.suffix for p in files} >= {".html", ".css", ".js"}
    for path in files:
        found = set(URL.findall(path.read_text(encoding="utf-8"))) - ALLOWED_URLS
        assert not found, f"{path.name} references {found}"
        assert "@import" not in path.read_text(encoding="utf-8")


def test_url_pattern_would_catch_a_cdn() -> None:
    assert URL.findall('<script src="https://cdn.jsdelivr.net/npm/x.js">')
    assert URL.findall("<link href='//fonts.googleapis.com/css'>")


def test_docs_page_is_local_and_openapi_is_served(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/static/docs.js" in html and "swagger" not in html.lower()
    assert client.get("/openapi.json").status_code == 200
    assert client.get("/redoc").status_code == 404


def test_every_page_script_exists() -> None:
    for filename in PAGES.values():
        html = (STATIC / filename).read_text(encoding="utf-8")
        for ref in LOCAL_REF.findall(html):
            assert (STATIC / Path(ref).name).is_file(), ref


def test_serve_command(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> None:
    calls = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append((app, kw)))
    app = typer.Typer()
    register(app)

    @app.command()
    def other() -> None:  # a second command, so typer keeps "serve" as a subcommand
        pass

    result = CliRunner().invoke(app, ["serve", "--db", str(db_path), "--port", "8123"])
    assert result.exit_code == 0, result.output
    (served, kw), = calls
    assert kw == {"host": "127.0.0.1", "port": 8123, "log_level": "warning"}
    assert served.state.db == db_path
