"""Errors as RFC 9457 problem details (``application/problem+json``) with the right status."""

from __future__ import annotations

from starlette.responses import JSONResponse

TITLES = {400: "Bad input", 413: "Payload too large", 415: "Unsupported media type", 422: "No bibliographic metadata",
          404: "Not found", 502: "Upstream fetch failed", 504: "Timed out", 503: "Unavailable",
          500: "Internal error"}


class Problem(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def problem_response(problem: Problem) -> JSONResponse:
    body = {"type": "about:blank", "title": TITLES.get(problem.status, "Error"), "status": problem.status,
            "detail": problem.detail}
    return JSONResponse(body, status_code=problem.status, media_type="application/problem+json")
