"""The review app: Flask routes over ``lineage`` (the functions behind ``curate lineage`` and
``curate diff|release``), server-rendered pages, no JavaScript.

Who may do what:

- With a reviewer token configured (``--token-file`` or ``CURATE_REVIEW_TOKEN``), every page
  needs it: given once on ``/login`` (a signed, HttpOnly, SameSite=Strict session cookie) or
  as ``Authorization: Bearer TOKEN``. Without one, reading is open to whoever reaches the
  port (127.0.0.1 by default) and writing is off.
- Writes (logging a takedown, making a release) need the token always, a CSRF token from the
  form the app served (or the bearer header, which a browser never sends on its own), and
  record the reviewer named in the form.
- Shard text is shown only for a kept document and only after a click (a POST with the CSRF
  token). Provenance holds no document text; no page, log line or error adds any: errors are
  one line without a traceback, the request log holds method, route, status and time only.
"""

from __future__ import annotations

import hmac
import logging
import math
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flask import (
    Flask,
    Response,
    abort,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.exceptions import HTTPException

from lineage.errors import LineageError, ReleaseError
from lineage.index import ProvenanceIndex
from lineage.keys import MIN_TAKEDOWN_TEXT_CHARS, SELECTOR_KINDS
from review import forms
from review.chart import bar_chart
from review.sources import Sources

log = logging.getLogger("curate.review")

PER_PAGE = 50
DIFF_SHOWN = 200
LOOPBACK = ("127.0.0.1", "localhost", "::1")
_OPEN_ENDPOINTS = {"login", "static"}


@dataclass(frozen=True)
class ReviewSettings:
    """What ``curate review`` was started with."""

    releases: list[str] | None = None
    index: str | None = None
    log: str | None = None
    token: str | None = None
    allowed_hosts: tuple[str, ...] | None = LOOPBACK
    per_page: int = PER_PAGE


class Forbidden(LineageError):
    """A request the reviewer may not make (no token, a bad CSRF token); answered with 403."""


def _host_name(host: str) -> str:
    """``Host`` header without its port (``[::1]:8080`` → ``::1``)."""
    if host.startswith("["):
        return host[1 : host.find("]")]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _local_path(target: str | None) -> str:
    """A redirect target after login: a path on this app, never another site."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return "/search"
    parts = urlsplit(target)
    return parts.path + (f"?{parts.query}" if parts.query else "") if not parts.netloc else "/"


def create_app(settings: ReviewSettings, sources: Sources | None = None) -> Flask:
    """The app over ``settings``' releases or index (opened here, so a bad path fails at
    start)."""
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=secrets.token_bytes(32),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_NAME="curate_review",
        MAX_CONTENT_LENGTH=64 * 1024,
        TRAP_HTTP_EXCEPTIONS=False,
    )
    app.jinja_env.autoescape = True
    source = sources or Sources(settings.releases, settings.index)
    app.extensions["curate_review"] = source

    def index() -> ProvenanceIndex:
        return source.index()

    # --- who may do what ---------------------------------------------------------------

    def bearer_ok() -> bool:
        header = request.headers.get("Authorization", "")
        if not settings.token or not header.startswith("Bearer "):
            return False
        return hmac.compare_digest(header[7:].encode(), settings.token.encode())

    def signed_in() -> bool:
        return bool(settings.token) and (session.get("reader") is True or bearer_ok())

    def check_csrf() -> None:
        if bearer_ok():
            return  # not sent by a browser on its own, so not forgeable by another site
        sent = request.form.get("csrf", "")
        if not hmac.compare_digest(sent.encode(), session.get("csrf", "").encode()):
            raise Forbidden("the form expired or came from another site (CSRF token); reload")

    def require_writer() -> None:
        if not settings.token:
            raise Forbidden(
                "writes need a reviewer token: start curate review with --token-file FILE or "
                "CURATE_REVIEW_TOKEN set"
            )
        if not signed_in():
            raise Forbidden("sign in with the reviewer token first")
        check_csrf()

    def require_log() -> str:
        if not settings.log:
            raise Forbidden("no takedown log: start curate review with --log FILE")
        return settings.log

    @app.before_request
    def guard() -> Response | None:
        g.started = time.perf_counter()
        hosts = settings.allowed_hosts
        if hosts is not None and _host_name(request.host) not in hosts:
            abort(400, "unexpected Host header (this app answers on localhost only)")
        if "csrf" not in session:
            session["csrf"] = secrets.token_urlsafe(32)
        if settings.token and request.endpoint not in _OPEN_ENDPOINTS and not signed_in():
            if request.method == "GET":
                return redirect(url_for("login", next=request.full_path.rstrip("?")))
            abort(401, "sign in with the reviewer token first")
        return None

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            "frame-ancestors 'none'; base-uri 'none'"
        )
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        if request.endpoint != "static":
            response.headers["Cache-Control"] = "no-store"
        elapsed = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        # No query string, no form: a text search or a takedown reason stays out of the log.
        log.info(
            "%s %s %d %.1f ms", request.method, request.endpoint, response.status_code, elapsed
        )
        return response

    @app.context_processor
    def common() -> dict[str, Any]:
        return {
            "csrf": session.get("csrf", ""),
            "signed_in": signed_in(),
            "token_configured": bool(settings.token),
            "kinds": forms.KIND_LABELS,
            "takedown_log": settings.log,
        }

    # --- errors: one line, never a traceback ---------------------------------------------

    def error_page(status: int, message: str) -> tuple[str, int]:
        return render_template("error.html", status=status, message=message), status

    @app.errorhandler(LineageError)
    def lineage_error(err: LineageError) -> tuple[str, int]:
        message = " ".join(str(err).split())
        if isinstance(err, Forbidden):
            return error_page(403, message)
        return error_page(404 if message.startswith("unknown doc id") else 400, message)

    @app.errorhandler(ReleaseError)
    def release_error(err: ReleaseError) -> tuple[str, int]:
        return error_page(409, " ".join(str(err).split()))

    @app.errorhandler(HTTPException)
    def http_error(err: HTTPException) -> tuple[str, int]:
        return error_page(err.code or 500, err.description or err.name)

    @app.errorhandler(Exception)
    def unexpected(err: Exception) -> tuple[str, int]:
        ref = secrets.token_hex(4)
        # The type only: an exception's message or traceback may quote a value.
        log.error("error %s in %s: %s", ref, request.endpoint, type(err).__name__)
        return error_page(500, f"internal error (reference {ref} in the server log)")

    # --- sign in -----------------------------------------------------------------------

    @app.route("/login", methods=["GET", "POST"])
    def login() -> Any:
        target = _local_path(request.values.get("next"))
        if request.method == "POST":
            check_csrf()
            sent = request.form.get("token", "")
            if not settings.token or not hmac.compare_digest(
                sent.encode(), settings.token.encode()
            ):
                return render_template("login.html", next=target, failed=True), 403
            session.clear()
            session["reader"] = True
            session["csrf"] = secrets.token_urlsafe(32)
            return redirect(target)
        return render_template("login.html", next=target, failed=False)

    @app.post("/logout")
    def logout() -> Response:
        check_csrf()
        session.clear()
        return redirect(url_for("login") if settings.token else url_for("search"))

    # --- reading -----------------------------------------------------------------------

    @app.get("/")
    def home() -> Response:
        return redirect(url_for("search"))

    @app.get("/search")
    def search() -> str:
        from lineage.queries import find
        from lineage.render import find_headline

        kind = request.args.get("kind", "url")
        raw = request.args.get("q", "")
        context: dict[str, Any] = {"kind": kind, "q": raw, "found": None}
        if raw.strip():
            selector = forms.selector(kind, raw)
            page = _page(request.args.get("page"))
            per_page = settings.per_page
            idx = index()
            found = find(idx, selector, per_page, (page - 1) * per_page)
            searched = [r.version for r in idx.releases]
            pages = max(1, math.ceil(found.total / per_page))
            if page > pages:
                abort(404, f"page {page} of a search with {pages} page(s)")
            context.update(
                found=found,
                headline=find_headline(found, searched),
                page=page,
                pages=pages,
                first=(page - 1) * per_page + 1,
            )
        return render_template("search.html", **context)

    @app.get("/doc/<doc_id>")
    def document(doc_id: str) -> str:
        return _document(forms.doc_id(doc_id))

    @app.post("/doc/<doc_id>/text")
    def document_text(doc_id: str) -> str:
        from lineage.queries import shard_text

        check_csrf()
        doc = forms.doc_id(doc_id)
        version = request.form.get("release", "")
        idx = index()
        idx.release(version)  # only a release this app serves; refused otherwise
        return _document(doc, shown=(version, shard_text(idx, version, doc)))

    def _document(doc_id: str, shown: tuple[str, str] | None = None) -> str:
        from lineage.queries import explain
        from lineage.render import fact_pairs, verdict

        trail = explain(index(), doc_id)
        if settings.log and Path(settings.log).exists():
            from lineage.takedown import load_takedowns, takedowns_named

            trail["takedowns"] = takedowns_named(load_takedowns(settings.log), trail["releases"])
        return render_template(
            "document.html",
            trail=trail,
            facts={row["release_version"]: fact_pairs(row) for row in trail["releases"]},
            verdicts={row["release_version"]: verdict(row) for row in trail["releases"]},
            shown=shown,
        )

    @app.get("/releases")
    def releases() -> str:
        from lineage.releases import version_summary

        idx = index()
        rows = [version_summary(r.manifest, _release_id(r.path), r.path) for r in idx.releases]
        return render_template("releases.html", rows=rows, versions=[r["version"] for r in rows])

    @app.get("/diff")
    def diff() -> str:
        from lineage.releases import diff as diff_releases

        idx = index()
        versions = [r.version for r in idx.releases]
        a, b = request.args.get("a", ""), request.args.get("b", "")
        result = None
        if a or b:
            # Versions the app serves, never paths from the request.
            result = diff_releases(idx.release(a).path, idx.release(b).path)
        return render_template(
            "diff.html", versions=versions, a=a, b=b, result=result, shown=DIFF_SHOWN
        )

    @app.get("/stats")
    def stats() -> str:
        from lineage.queries import stats as stats_query

        top = _page(request.args.get("top", "15"), limit=200)
        result = stats_query(index(), top)
        series = ("kept", "dropped", "error")
        charts = {
            "by_release": bar_chart(
                [(r["release_version"], [r[s] for s in series]) for r in result["by_release"]],
                series,
                "records by release",
            ),
            "by_domain": bar_chart(
                [
                    (f"{r['release_version']} · {r['domain']}", [r[s] for s in series])
                    for r in result["by_domain"]
                ],
                series,
                "top sites",
            ),
            "by_stage_reason": bar_chart(
                [
                    (f"{r['release_version']} · {r['stage']} · {r['reason']}", [r["count"]])
                    for r in result["by_stage_reason"]
                ],
                ("count",),
                "not kept, by stage and reason",
            ),
        }
        return render_template("stats.html", stats=result, charts=charts, top=top)

    @app.get("/export")
    def export() -> Response:
        from lineage.casefile import case_file

        fmt = request.args.get("format", "csv")
        if fmt not in ("csv", "json"):
            abort(400, "format must be csv or json")
        selector = forms.selector(request.args.get("kind"), request.args.get("q"))
        text, _count = case_file(index(), selector, fmt)
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        mime = "text/csv" if fmt == "csv" else "application/json"
        return Response(
            text,
            mimetype=mime,
            headers={
                "Content-Disposition": f'attachment; filename="case-{selector.kind}-{stamp}.{fmt}"'
            },
        )

    # --- takedowns -----------------------------------------------------------------------

    def takedown_fields() -> dict[str, Any]:
        form = request.form
        return {
            "selector": forms.selector(
                form.get("kind"), form.get("q"), min_text_chars=MIN_TAKEDOWN_TEXT_CHARS
            ),
            "kind": form.get("kind"),
            "q": form.get("q", ""),
            "reason": forms.field(form.get("reason"), "reason"),
            "requester": forms.field(form.get("requester"), "requester"),
            "reviewer": forms.field(form.get("reviewer"), "reviewer", limit=200),
        }

    @app.get("/takedown")
    def takedown() -> str:
        kind = request.args.get("kind", "url")
        return render_template(
            "takedown_form.html",
            kind=kind if kind in SELECTOR_KINDS else "url",
            q=request.args.get("q", ""),
        )

    @app.post("/takedown/preview")
    def takedown_preview() -> str:
        from lineage.queries import plan_takedown

        require_writer()
        require_log()
        fields = takedown_fields()
        plan = plan_takedown(index(), fields["selector"])
        plan.require_match()
        return render_template("takedown_preview.html", plan=plan, **fields)

    @app.post("/takedown/confirm")
    def takedown_confirm() -> str:
        from lineage.queries import log_takedown, plan_takedown

        require_writer()
        path = require_log()
        fields = takedown_fields()
        idx = index()
        # Planned again, not taken from the preview form: what is logged is what the
        # releases say now.
        plan = plan_takedown(idx, fields["selector"])
        entry = log_takedown(
            path,
            plan,
            reason=fields["reason"],
            requester=fields["requester"],
            reviewer=fields["reviewer"],
        )
        log.info(
            "takedown %s logged by %s (%d document(s))",
            entry.id,
            fields["reviewer"],
            len(entry.doc_ids),
        )
        latest = idx.releases[-1]
        suggested = _next_version(latest.version, {r.version for r in idx.releases})
        return render_template(
            "takedown_done.html",
            entry=entry,
            plan=plan,
            latest=latest,
            suggested=suggested,
            command=_release_command(latest.path, suggested, path),
            **fields,
        )

    @app.post("/release")
    def make_release() -> str:
        from lineage.releases import make_release as make

        require_writer()
        path = require_log()
        idx = index()
        source_ref = idx.release(request.form.get("from", ""))
        version = request.form.get("version", "")
        _check_version(version)
        made = make(source_ref.path, version, path)
        manifest = made.manifest
        removed = sum(t["removed"] for t in manifest["takedowns"]["applied"])
        log.info("release %s made from %s", version, source_ref.version)
        return render_template(
            "release_done.html",
            made=made,
            manifest=manifest,
            removed=removed,
            source=source_ref,
            in_index=source.is_index,
            index_path=settings.index,
        )

    return app


def _check_version(version: str) -> None:
    from lineage.manifest_check import check_version_name

    check_version_name(version, "new version")


def _release_command(source: str, version: str, log_path: str) -> str:
    """The ``curate release`` line that applies the log to ``source``, as a reviewer would
    type it (the app's button runs the same function)."""
    import shlex

    return shlex.join(
        ["curate", "release", "--from", source, "--version", version, "--takedowns", log_path]
    )


def _next_version(version: str, taken: set[str]) -> str:
    """``v1`` → ``v1.1`` (``v1.2`` if taken…): a suggestion the reviewer may change."""
    n = 1
    while f"{version}.{n}" in taken:
        n += 1
    return f"{version}.{n}"


def _release_id(path: str) -> str | None:
    from lineage.manifest import MANIFEST
    from lineage.manifest_check import release_id

    try:
        return release_id((Path(path) / MANIFEST).read_bytes())
    except OSError:
        return None


def _page(value: str | None, limit: int = 1_000_000) -> int:
    """A positive page number (or count) from a query string; 400 otherwise."""
    if value is None or value == "":
        return 1
    if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= limit:
        abort(400, f"not a number between 1 and {limit}")
    return int(value)
