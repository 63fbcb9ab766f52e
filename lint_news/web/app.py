"""``lint-news serve``: the editor's page and its JSON API, on Starlette and uvicorn.

Routes:
  GET  /                      the page
  GET  /static/{name}         its script and style sheet (nothing is loaded from elsewhere)
  POST /api/check             {"text": str, "markdown": bool, "path"?: str}
                              -> the JSON of ``lint-news check --format json``
  POST /api/fix               {"text": str, "markdown": bool, "only"?: [{"rule","line","column"}]}
                              -> {"text": fixed text, "applied": number of fixes}
  POST /api/docx              the bytes of a Word file -> {"text": its text as Markdown}
                              (headings as # lines; needs the docx extra)
Requests above MAX_BODY bytes get 413, malformed ones 400, each with {"error": message}.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from . import STATIC_FILES, asset, render_page
from .service import Linter

MAX_BODY = 1_000_000  # bytes of a request: about 330,000 Chinese characters, documented
DEFAULT_PORT = 8750


class BadRequest(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


async def _read_json(request: Request) -> dict[str, Any]:
    body = await _read_body(request)
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadRequest(400, "request body is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise BadRequest(400, f"request body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise BadRequest(400, "request body must be a JSON object")
    if not isinstance(data.get("text"), str):
        raise BadRequest(400, 'field "text" (a string) is required')
    if not isinstance(data.get("markdown", False), bool):
        raise BadRequest(400, 'field "markdown" must be true or false')
    if not isinstance(data.get("path", "-"), str):
        raise BadRequest(400, 'field "path" must be a string')
    return data


async def _read_body(request: Request) -> bytes:
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > MAX_BODY:
        raise BadRequest(413, f"request body over the limit of {MAX_BODY} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise BadRequest(413, f"request body over the limit of {MAX_BODY} bytes")
    return bytes(body)


def _only(data: dict[str, Any]) -> list[tuple[str, int, int]] | None:
    only = data.get("only")
    if only is None:
        return None
    try:
        return [(str(o["rule"]), int(o["line"]), int(o["column"])) for o in only]
    except (TypeError, KeyError, ValueError):
        raise BadRequest(
            400, 'field "only" must be a list of {"rule", "line", "column"} objects'
        ) from None


def create_app(linter: Linter) -> Starlette:
    """The application for one linter (its configuration is fixed for the server's life)."""
    page = render_page("serve", {"config": linter.describe()}, inline=False)

    async def index(request: Request) -> Response:
        return HTMLResponse(page)

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC_FILES:
            return JSONResponse({"error": f"no such file: {name}"}, status_code=404)
        return Response(asset(f"static/{name}"), media_type=STATIC_FILES[name] + "; charset=utf-8")

    async def api_check(request: Request) -> Response:
        try:
            data = await _read_json(request)
        except BadRequest as exc:
            return JSONResponse({"error": exc.message}, status_code=exc.status)
        result = await run_in_threadpool(
            linter.check_json, data["text"], data.get("markdown", False), data.get("path", "-")
        )
        return Response(result, media_type="application/json")

    async def api_fix(request: Request) -> Response:
        try:
            data = await _read_json(request)
            only = _only(data)
        except BadRequest as exc:
            return JSONResponse({"error": exc.message}, status_code=exc.status)
        text, applied = await run_in_threadpool(
            linter.fix, data["text"], data.get("markdown", False), only
        )
        return JSONResponse({"text": text, "applied": applied})

    async def api_docx(request: Request) -> Response:
        from ..readers.docx_reader import docx_markdown
        from ..source import InputError

        try:
            body = await _read_body(request)
            if not body:
                raise BadRequest(400, "request body is empty: send the bytes of a .docx file")
            text = await run_in_threadpool(docx_markdown, body)
        except BadRequest as exc:
            return JSONResponse({"error": exc.message}, status_code=exc.status)
        except InputError as exc:
            status = 501 if "python-docx" in str(exc) else 400
            return JSONResponse({"error": str(exc)}, status_code=status)
        return JSONResponse({"text": text, "markdown": True})

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code)

    async def server_error(request: Request, exc: Exception) -> Response:
        return JSONResponse(
            {"error": f"internal error: {type(exc).__name__}: {exc}"}, status_code=500
        )

    return Starlette(
        routes=[
            Route("/", index),
            Route("/static/{name}", static),
            Route("/api/check", api_check, methods=["POST"]),
            Route("/api/fix", api_fix, methods=["POST"]),
            Route("/api/docx", api_docx, methods=["POST"]),
        ],
        exception_handlers={HTTPException: http_error, 500: server_error},
    )


def serve(linter: Linter, host: str, port: int, announce: Any = print) -> None:
    """Bind ``host:port`` (0: any free port), warm the linter up, then serve until interrupted.

    Raises OSError when the address cannot be bound.
    """
    import socket

    import uvicorn

    info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    # proto IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on accepted sockets only then; without
    # it, answers on a kept-alive connection wait ~40 ms for a delayed ACK (Nagle's algorithm)
    sock = socket.socket(info[0], socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(info[4])
        sock.listen(128)  # connections wait in the backlog until uvicorn accepts them
    except OSError:
        sock.close()
        raise
    linter.warm_up()  # after binding, so that a busy port is reported at once
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    announce(f"lint-news: serving the editor's page on http://{shown}:{bound_port}/ (Ctrl+C stops)")
    server = uvicorn.Server(uvicorn.Config(create_app(linter), log_level="warning"))
    server.run(sockets=[sock])
