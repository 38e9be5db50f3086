"""Every route of the review app over the real demo release, through Flask's test client:
what a reviewer sees, that it is what the CLI answers, who may do what, and that hostile
input in any field is a clear 4xx that writes nothing."""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import logging
import re
import unicodedata
from urllib.parse import quote

import pytest

from lineage.casefile import CSV_COLUMNS
from lineage.takedown import read_log
from tests.lineage_helpers import curate
from tests.review_helpers import TOKEN

ATTACKS = (
    "' OR 1=1 --",
    "x'); DROP TABLE provenance; --",
    "../../../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "<script>alert(1)</script>",
    "a\x00b",
)


def page(response) -> str:
    return response.get_data(as_text=True)


def visible(response) -> str:
    """The page's text as a reader sees it: tags dropped, entities decoded, spacing folded."""
    text = re.sub(r"<[^>]+>", " ", page(response))
    return " ".join(html.unescape(text).split())


def error_of(response) -> str:
    found = re.search(r'id="error-message">([^<]*)<', page(response))
    return html.unescape(found.group(1)) if found else ""


def cli_json(capsys, *args: str) -> dict:
    code, out, err = curate([*args, "--json"], capsys)
    assert code == 0, err
    return json.loads(out)


# --- search ------------------------------------------------------------------------------


def test_search_by_url_finds_the_document_as_the_cli_does(reader, demo, capsys):
    kept, _dup = demo.near_duplicate_pair()
    messy = kept["source"]["url"].replace("https://", "http://www.") + "/"
    response = reader.get("/search", query_string={"kind": "url", "q": messy})
    assert response.status_code == 200
    args = ["lineage", "find", "--release", str(demo.release), "--url", messy]
    code, out, _ = curate(args, capsys)
    assert code == 0
    assert out.splitlines()[0] in visible(response)  # the CLI's own first line
    assert "1 record(s) for url" in visible(response)
    assert f'href="/doc/{kept["doc_id"]}"' in page(response)
    assert f"{kept['release']['shard']} row {kept['release']['row_index']}" in visible(response)


def test_search_pages_through_every_match_of_a_site(reader, demo, capsys):
    cli = cli_json(
        capsys, "lineage", "find", "--release", str(demo.release), "--domain", "debian.example",
        "--limit", "0",
    )  # fmt: skip
    assert cli["total"] > 10  # several pages of 5
    seen, number = [], 1
    while True:
        response = reader.get(
            "/search", query_string={"kind": "domain", "q": "debian.example", "page": number}
        )
        assert response.status_code == 200
        seen += re.findall(r'class="doc-link">([^<]+)<', page(response))
        pages = -(-cli["total"] // 5)
        assert f"page {number} of {pages}" in visible(response)
        if 'id="next"' not in page(response):
            break
        number += 1
    assert seen == [r["doc_id"] for r in cli["rows"]]
    assert number == pages
    beyond = reader.get(
        "/search", query_string={"kind": "domain", "q": "debian.example", "page": pages + 1}
    )
    assert beyond.status_code == 404


def test_search_by_text_ignores_unicode_form_and_spacing(reader, demo):
    doc_id, text = next((d, t) for d, t in sorted(demo.texts().items()) if len(t) > 80)
    snippet = unicodedata.normalize("NFD", text[20:60].strip()).replace(" ", "  ")
    response = reader.get("/search", query_string={"kind": "text", "q": snippet})
    assert "kept document(s) contain text snippet" in visible(response)
    assert f'href="/doc/{doc_id}"' in page(response)


def test_search_by_doc_id_and_empty_form(reader, demo):
    _kept, dup = demo.near_duplicate_pair()
    response = reader.get("/search", query_string={"kind": "doc_id", "q": dup["doc_id"]})
    assert "1 record(s) for doc_id" in visible(response)
    assert "near_duplicate" in visible(response)
    empty = reader.get("/search")
    assert empty.status_code == 200 and 'id="results"' not in page(empty)
    assert reader.get("/").headers["Location"].endswith("/search")


# --- the document page ---------------------------------------------------------------------


def test_document_page_shows_every_decision_and_the_duplicates(reader, demo):
    kept, dup = demo.near_duplicate_pair()
    response = reader.get(f"/doc/{dup['doc_id']}")
    assert response.status_code == 200
    text = visible(response)
    assert "Release v1: dropped at near_dedup: near_duplicate" in text
    for decision in dup["decisions"]:
        assert f"{decision['stage']} {decision['rule']}" in text
    assert "FAIL" in text  # the near-duplicate rule
    assert f'id="representative">{kept["doc_id"]}<' in page(response)
    cluster = dup["dedup"]["near_cluster_id"]
    assert f"Near-duplicate cluster {cluster} (size {dup['dedup']['near_cluster_size']}" in text
    assert f'href="/doc/{kept["doc_id"]}"' in page(response)
    assert "PII Not scanned" in text and "Copyright Not assessed" in text
    assert "No text: only kept documents have text" in text
    assert f"{dup['source']['uri']} ({dup['source']['locator']})" in text
    assert dup["content_sha256"] in text


def test_text_is_shown_only_for_kept_documents_on_request(reader, demo):
    kept, dup = demo.near_duplicate_pair()
    text = demo.texts()[kept["doc_id"]]
    first_line = text.splitlines()[0]
    plain = reader.get(f"/doc/{kept['doc_id']}")
    assert first_line not in html.unescape(page(plain))
    assert 'id="show-text-v1"' in page(plain)
    with reader.session_transaction() as session:
        token = session["csrf"]
    shown = reader.post(f"/doc/{kept['doc_id']}/text", data={"release": "v1", "csrf": token})
    assert shown.status_code == 200
    assert first_line in html.unescape(page(shown))
    refused = reader.post(f"/doc/{dup['doc_id']}/text", data={"release": "v1", "csrf": token})
    assert refused.status_code == 400
    assert "only kept documents have text" in error_of(refused)
    forged = reader.post(f"/doc/{kept['doc_id']}/text", data={"release": "v1"})
    assert forged.status_code == 403 and first_line not in html.unescape(page(forged))
    assert reader.get(f"/doc/{kept['doc_id']}/text").status_code == 405


def test_unknown_document_is_a_404_with_one_line(reader):
    response = reader.get("/doc/corpus-000000000000000000000000")
    assert response.status_code == 404
    assert error_of(response).startswith("unknown doc id corpus-000000000000000000000000")


# --- releases, diff, stats, export ---------------------------------------------------------


def test_release_list_shows_counts_and_release_id(reader, demo):
    manifest_bytes = (demo.release / "manifest.json").read_bytes()
    manifest = json.loads(manifest_bytes)
    text = visible(reader.get("/releases"))
    counts = manifest["counts"]
    assert f"v1 {manifest['created_at']} {counts['kept']:,} {counts['dropped']:,}" in text
    assert hashlib.sha256(manifest_bytes).hexdigest() in text


def test_stats_chart_and_tables_match_the_cli(reader, demo, capsys):
    response = reader.get("/stats")
    stats = cli_json(capsys, "lineage", "stats", "--release", str(demo.release))
    body = page(response)
    assert body.count("<svg") == 3
    release = stats["by_release"][0]
    for status in ("kept", "dropped", "error"):
        assert f"<title>{status}: {release[status]:,}</title>" in body
    for row in stats["by_stage_reason"]:
        assert f"{row['stage']} {row['reason']} {row['count']}" in visible(response)
    assert reader.get("/stats?top=0").status_code == 400


def test_export_is_the_cli_case_file(reader, demo, capsys, tmp_path):
    out = tmp_path / "case.csv"
    code, _, err = curate(
        ["lineage", "export", "--release", str(demo.release), "--domain", "debian.example",
         "--out", str(out)], capsys,
    )  # fmt: skip
    assert code == 0, err
    response = reader.get("/export?kind=domain&q=debian.example&format=csv")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith('attachment; filename="case-domain')
    assert response.get_data() == out.read_bytes()
    rows = list(csv.DictReader(io.StringIO(page(response))))
    assert list(rows[0]) == list(CSV_COLUMNS)
    as_json = json.loads(page(reader.get("/export?kind=domain&q=debian.example&format=json")))
    assert as_json["count"] == len(rows) and as_json["query"]["key"] == "debian.example"
    assert reader.get("/export?kind=domain&q=debian.example&format=xml").status_code == 400


# --- takedowns, a new release, diff --------------------------------------------------------


def test_takedown_preview_confirm_release_and_diff(writable, demo, capsys):
    kept, dup = demo.near_duplicate_pair()
    writable.sign_in()
    form = {
        "kind": "url",
        "q": kept["source"]["url"],
        "reason": "ticket LEG-7: copyright claim",
        "requester": "Example Publishing",
        "reviewer": "J. Kim",
        "csrf": writable.csrf(),
    }
    preview = writable.client.post("/takedown/preview", data=form)
    assert preview.status_code == 200
    text = visible(preview)
    assert "v1: 2 document(s)" in text
    assert f"1 named by the takedown {kept['doc_id']}" in text
    assert f"1 near duplicates (same cluster) {dup['doc_id']}" in text
    assert not writable.log.exists()  # nothing recorded before confirming

    done = writable.client.post("/takedown/confirm", data=form)
    assert done.status_code == 200
    takedowns, head = read_log(writable.log)
    (entry,) = takedowns.entries
    assert entry.reviewer == "J. Kim" and entry.requester == "Example Publishing"
    assert sorted(entry.doc_ids) == sorted([kept["doc_id"], dup["doc_id"]])
    assert f"Logged {entry.id}" in visible(done)
    command = f"curate release --from {writable.release} --version v1.1 --takedowns {writable.log}"
    assert command in visible(done)
    code, out, _ = curate(["lineage", "check-log", "--log", str(writable.log)], capsys)
    assert code == 0 and "hash chain intact" in out

    made = writable.client.post(
        "/release", data={"from": "v1", "version": "v1.1", "csrf": writable.csrf()}
    )
    assert made.status_code == 200, error_of(made)
    assert "1 document(s) removed by 1 takedown(s)" in visible(made)
    assert writable.release_folders() == ["v1", "v1.1"]
    listed = visible(writable.client.get("/releases"))
    assert "v1.1" in listed and "v1 1" in listed  # derived from v1, one takedown applied
    diff = writable.client.get("/diff?a=v1&b=v1.1")
    assert "v1 → v1.1: 0 added, 1 removed, 0 changed" in visible(diff)
    assert f"{kept['doc_id']} dropped takedown takedown: {entry.id}" in visible(diff)
    found = writable.client.get("/search", query_string={"kind": "url", "q": kept["source"]["url"]})
    assert "2 record(s) for url" in visible(found)
    doc = visible(writable.client.get(f"/doc/{kept['doc_id']}"))
    assert f"Takedown {entry.id} (url)" in doc and "recorded by reviewer J. Kim" in doc
    assert "Release v1.1: dropped at takedown" in doc


def test_a_takedown_that_matches_nothing_is_refused(writable):
    writable.sign_in()
    form = {
        "kind": "domain", "q": "nowhere.example", "reason": "r", "requester": "q",
        "reviewer": "me", "csrf": writable.csrf(),
    }  # fmt: skip
    for route in ("/takedown/preview", "/takedown/confirm"):
        response = writable.client.post(route, data=form)
        assert response.status_code == 400
        assert "matches nothing in v1; nothing logged" in error_of(response)
    assert not writable.log.exists()


def test_writes_need_the_token_and_the_csrf_token(writable, reader, demo):
    kept, _ = demo.near_duplicate_pair()
    form = {"kind": "url", "q": kept["source"]["url"], "reason": "r", "requester": "q",
            "reviewer": "me"}  # fmt: skip
    with reader.session_transaction() as session:
        csrf = session.get("csrf", "")
    no_token = reader.post("/takedown/confirm", data={**form, "csrf": csrf})
    assert no_token.status_code == 403 and "writes need a reviewer token" in error_of(no_token)
    assert "Takedowns need a reviewer token" in visible(reader.get("/takedown"))
    anonymous = writable.client.post("/takedown/confirm", data=form)
    assert anonymous.status_code == 401
    writable.sign_in()
    forged = writable.client.post("/takedown/confirm", data={**form, "csrf": "guess"})
    assert forged.status_code == 403 and "CSRF" in error_of(forged)
    release = writable.client.post("/release", data={"from": "v1", "version": "v2"})
    assert release.status_code == 403
    assert not writable.log.exists() and writable.release_folders() == ["v1"]
    # A tool may write with the bearer header instead of a session and a form.
    tool = writable.app.test_client()
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    done = tool.post("/takedown/confirm", data=form, headers=bearer)
    assert done.status_code == 200 and writable.log.exists()


def test_reading_needs_the_token_when_one_is_configured(writable):
    client = writable.app.test_client()
    response = client.get("/search?kind=domain&q=debian.example")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")
    assert client.get("/doc/x", headers={"Authorization": "Bearer wrong"}).status_code == 302
    ok = client.get("/search?kind=domain&q=debian.example",
                    headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
    assert ok.status_code == 200
    client.get("/login")
    with client.session_transaction() as session:
        csrf = session["csrf"]
    wrong = client.post("/login", data={"token": "not-it", "csrf": csrf})
    assert wrong.status_code == 403 and "not the reviewer token" in visible(wrong)
    signed = client.post("/login", data={"token": TOKEN, "csrf": csrf, "next": "//evil.example/"})
    assert signed.headers["Location"] == "/search"
    assert client.get("/stats").status_code == 200
    with client.session_transaction() as session:
        csrf = session["csrf"]
    client.post("/logout", data={"csrf": csrf})
    assert client.get("/stats").status_code == 302


def test_pages_carry_security_headers_and_refuse_other_hosts(reader):
    response = reader.get("/search")
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cache-Control"] == "no-store"
    rebound = reader.get("/search", headers={"Host": "attacker.example"})
    assert rebound.status_code == 400 and "Host" in error_of(rebound)
    css = reader.get("/static/review.css")
    assert css.status_code == 200 and css.mimetype == "text/css"
    assert reader.get("/static/../app.py").status_code == 404


def test_request_log_holds_no_query(reader, caplog, demo):
    doc_id, text = next((d, t) for d, t in sorted(demo.texts().items()) if len(t) > 80)
    snippet = text[20:60]
    with caplog.at_level(logging.INFO, logger="curate.review"):
        reader.get("/search", query_string={"kind": "text", "q": snippet})
        reader.get("/search", query_string={"kind": "url", "q": "' OR 1=1 --"})
    lines = [r.getMessage() for r in caplog.records if r.name == "curate.review"]
    assert lines and lines[0].startswith("GET search 200")
    assert not [line for line in lines if snippet[:8] in line or "OR 1=1" in line]


# --- hostile input in every field: a clear 4xx, no traceback, nothing written --------------


def _fields(kept_url: str) -> list[tuple[str, str, dict, str]]:
    """(method, path, data with ATTACK in place of one field, name of that field)."""
    takedown = {"kind": "url", "q": kept_url, "reason": "r", "requester": "q", "reviewer": "me"}
    cases = [
        ("GET", "/search", {"kind": "ATTACK", "q": "x"}, "search kind"),
        ("GET", "/search", {"kind": "url", "q": "ATTACK"}, "search url"),
        ("GET", "/search", {"kind": "domain", "q": "ATTACK"}, "search domain"),
        ("GET", "/search", {"kind": "doc_id", "q": "ATTACK"}, "search doc id"),
        ("GET", "/search", {"kind": "domain", "q": "example.kr", "page": "ATTACK"}, "page"),
        ("GET", "/doc/ATTACK", {}, "doc path"),
        ("POST", "/doc/corpus-x/text", {"release": "ATTACK"}, "text release"),
        ("GET", "/diff", {"a": "ATTACK", "b": "v1"}, "diff a"),
        ("GET", "/diff", {"a": "v1", "b": "ATTACK"}, "diff b"),
        ("GET", "/stats", {"top": "ATTACK"}, "stats top"),
        ("GET", "/export", {"kind": "url", "q": "ATTACK", "format": "csv"}, "export q"),
        ("GET", "/export", {"kind": "ATTACK", "q": "x", "format": "csv"}, "export kind"),
        ("GET", "/export", {"kind": "url", "q": kept_url, "format": "ATTACK"}, "export format"),
        ("POST", "/release", {"from": "ATTACK", "version": "v9"}, "release from"),
        ("POST", "/release", {"from": "v1", "version": "ATTACK"}, "release version"),
    ]
    for route in ("/takedown/preview", "/takedown/confirm"):
        cases += [
            ("POST", route, {**takedown, "kind": "ATTACK"}, "takedown kind"),
            ("POST", route, {**takedown, "q": "ATTACK"}, "takedown url"),
            ("POST", route, {**takedown, "kind": "domain", "q": "ATTACK"}, "takedown domain"),
            ("POST", route, {**takedown, "kind": "doc_id", "q": "ATTACK"}, "takedown doc id"),
            ("POST", route, {**takedown, "kind": "text", "q": "ATTACK"}, "takedown text"),
        ]
    return cases


@pytest.mark.parametrize("attack", ATTACKS, ids=range(len(ATTACKS)))
def test_hostile_input_in_every_field_is_a_clear_4xx(writable, demo, attack):
    kept, _ = demo.near_duplicate_pair()
    writable.sign_in()
    before = writable.release_folders()
    for method, path, data, name in _fields(kept["source"]["url"]):
        data = {k: attack if v == "ATTACK" else v for k, v in data.items()}
        path = path.replace("ATTACK", quote(attack, safe=""))
        if method == "GET":
            response = writable.client.get(path, query_string=data)
        else:
            response = writable.client.post(path, data={**data, "csrf": writable.csrf()})
        body = page(response)
        assert 400 <= response.status_code < 500, (name, response.status_code)
        assert "Traceback" not in body and "<script>alert" not in body, name
        if response.status_code != 405:
            assert error_of(response), name  # one line saying what is wrong
    assert not writable.log.exists()
    assert writable.release_folders() == before


def test_hostile_text_is_data_not_code(writable, demo, reader):
    """Free text (a snippet, a reason) may hold quotes and brackets: it is searched for and
    stored as it is, and shown escaped."""
    response = reader.get("/search", query_string={"kind": "text", "q": "' OR 1=1 --"})
    assert response.status_code == 200 and "0 kept document(s) contain" in visible(response)
    kept, _ = demo.near_duplicate_pair()
    writable.sign_in()
    hostile = "<script>alert(1)</script> '); DROP TABLE provenance; --"
    form = {"kind": "url", "q": kept["source"]["url"], "reason": hostile, "requester": hostile,
            "reviewer": "me", "csrf": writable.csrf()}  # fmt: skip
    done = writable.client.post("/takedown/confirm", data=form)
    assert done.status_code == 200
    assert "<script>alert(1)</script>" not in page(done)
    assert read_log(writable.log)[0].entries[0].reason == hostile
    assert "0 kept document(s)" not in visible(writable.client.get(f"/doc/{kept['doc_id']}"))
