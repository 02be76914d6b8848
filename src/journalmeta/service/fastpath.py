"""POST /parse straight from ASGI, ahead of the framework.

Pipelines send most of their traffic to POST /parse; FastAPI's middleware, routing and dependency layers cost
the event loop about a fifth of its CPU a request there. This wrapper serves POST /parse itself with the same
:func:`~journalmeta.service.app.parse_response` the FastAPI route uses (the route stays, and documents the
endpoint in the OpenAPI description); every other request, and the lifespan, go to the FastAPI app.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from journalmeta.service.problems import Problem, problem_response

if TYPE_CHECKING:
    from fastapi import FastAPI

    from journalmeta.service.app import Service

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class ParseFastPath:
    """An ASGI app: POST /parse served here, anything else by ``app``."""

    def __init__(self, app: FastAPI, service: Service) -> None:
        from journalmeta.service.app import parse_response, read_body  # app.py builds this wrapper

        self.app, self.service = app, service
        self.parse_response, self.read_body = parse_response, read_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != "/parse":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        try:
            body = await self.read_body(_chunks(receive), headers.get("content-length"), self.service.config.max_bytes)
            response = await self.parse_response(self.service, headers.get("content-type", ""), body,
                                            query.get("format", "json"), query.get("url"))
        except Problem as exc:
            response = problem_response(exc)
        await response(scope, receive, send)


def _headers(scope: Scope) -> dict[str, str]:
    wanted = (b"content-type", b"content-length")
    return {name.decode("latin-1"): value.decode("latin-1")
            for name, value in scope.get("headers", ()) if name.lower() in wanted}


async def _chunks(receive: Receive) -> AsyncIterator[bytes]:
    """The request body's chunks, as Starlette's ``Request.stream`` gives them."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise Problem(400, "the client went away before sending the whole body")
        if message["type"] == "http.request":
            if body := message.get("body", b""):
                yield body
            if not message.get("more_body", False):
                return
