"""The review page: paste a page, upload a file or give a URL; see each language side by side with where every
value came from, the warnings, and download links for every export format. Plain HTML, no JavaScript."""

from __future__ import annotations

import hashlib
from html import escape
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse

from journalmeta.exporters import FORMATS, export_string
from journalmeta.exporters.base import by_language
from journalmeta.readers.sources import Job
from journalmeta.record import Record
from journalmeta.service.problems import Problem

if TYPE_CHECKING:
    from journalmeta.service.app import Service

_KEEP = 200  # reviewed records kept for their download links
STYLE = """body{font-family:system-ui,sans-serif;margin:2rem;max-width:90rem}textarea{width:100%;height:12rem}
table{border-collapse:collapse;width:100%;margin-top:1rem}td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top}
th{background:#f4f4f4;text-align:left}.src{color:#777;font-size:.8em}.warn{color:#a40}form p{margin:.5rem 0}"""
FORM = """<form method="post" action="/review" enctype="multipart/form-data">
<p><label>Page (HTML or text)<br><textarea name="page" id="page"></textarea></label></p>
<p><label>or a file <input type="file" name="file"></label></p>
<p><label>or a URL <input type="url" name="url" size="60"></label></p>
<p><button type="submit" id="submit">Parse</button></p></form>"""
FIELDS = ("title", "authors", "abstract", "keywords", "citation", "journal")


def _page(body: str) -> HTMLResponse:
    return HTMLResponse(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>journalmeta review</title>"
                        f"<style>{STYLE}</style></head><body><h1>journalmeta review</h1>{body}</body></html>")


def render(record: Record, key: str) -> str:
    langs: list[str] = []
    for field in FIELDS:
        langs.extend(k for k in by_language(record, field) if k not in langs)
    head = "".join(f"<th>{escape(lang)}</th>" for lang in langs)
    rows = []
    for field in FIELDS:
        values = by_language(record, field)
        cells = []
        for lang in langs:
            source = record.provenance.get(f"{field}.{lang}", "")
            text = values.get(lang, "")
            cells.append(f"<td class='value' data-field='{field}' data-lang='{escape(lang)}'>{escape(text)}"
                         f"{f'<div class=src>{escape(source)}</div>' if source and text else ''}</td>")
        rows.append(f"<tr><th>{field}</th>{''.join(cells)}</tr>")
    plain = [("doi", record.doi), ("year", record.year), ("volume", record.volume), ("issue", record.issue),
             ("pages", record.pages), ("platform", record.platform)]
    facts = "".join(f"<li>{k}: {escape(str(v))} <span class=src>{escape(record.provenance.get(k, ''))}</span></li>"
                    for k, v in plain if v)
    warnings = "".join(f"<li class='warn'>{escape(w)}</li>" for w in record.warnings) or "<li>none</li>"
    links = " · ".join(f"<a href='/review/{key}.{fmt}'>{fmt}</a>" for fmt in FORMATS)
    return (f"<table id='record'><tr><th>field</th>{head}</tr>{''.join(rows)}</table><ul>{facts}</ul>"
            f"<h2>Warnings</h2><ul id='warnings'>{warnings}</ul><h2>Download</h2><p>{links}</p>"
            f"<h2>Parse another</h2>{FORM}")


def add_routes(app: FastAPI, service: Service) -> None:
    from journalmeta.service.app import outcome_record

    @app.get("/", response_class=HTMLResponse)
    async def index() -> HTMLResponse:
        return _page(FORM)

    @app.post("/review", response_class=HTMLResponse)
    async def review(request: Request) -> HTMLResponse:
        form = await request.form(max_files=1, max_part_size=service.config.max_bytes)
        upload: Any = form.get("file")
        text, url = form.get("page"), form.get("url")
        if upload is not None and hasattr(upload, "read") and upload.filename:
            job = Job(locator="upload", kind="request", data=await upload.read(),
                      content_type=getattr(upload, "content_type", None))
        elif isinstance(text, str) and text.strip():
            job = Job(locator="pasted", kind="request", data=text.encode("utf-8"))
        elif isinstance(url, str) and url.strip():
            job = await service.fetch(url.strip())
        else:
            raise Problem(400, "paste a page, choose a file or give a URL")
        record = outcome_record(await service.run(job))
        key = hashlib.sha1(repr(record.to_dict()).encode("utf-8")).hexdigest()[:16]
        service.reviewed[key] = record
        while len(service.reviewed) > _KEEP:
            service.reviewed.pop(next(iter(service.reviewed)))
        return _page(render(record, key))

    @app.get("/review/{key}.{fmt}")
    async def download(key: str, fmt: str) -> PlainTextResponse:
        record = service.reviewed.get(key)
        if record is None or fmt not in FORMATS:
            raise Problem(404, "no such reviewed record or format")
        return PlainTextResponse(export_string([record], fmt), headers={
            "Content-Disposition": f'attachment; filename="record.{fmt}"'})
