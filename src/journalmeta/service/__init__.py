"""The parsing service: ``journalmeta serve`` (FastAPI on uvicorn) with a review page for curators."""

from journalmeta.service.app import create_app

__all__ = ["create_app"]
