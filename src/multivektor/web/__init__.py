"""The REST API (FastAPI, OpenAPI at ``/openapi.json``) and the dashboard pages."""

from multivektor.web.app import create_app

__all__ = ["create_app"]
