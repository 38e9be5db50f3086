"""The review app as a reviewer uses it: ``curate review`` started on a copy of the demo
release, driven in a real headless Chromium — sign in, search, open a document, read its text,
take it down, make the new release and see it."""

from __future__ import annotations

import json

import pytest

from lineage.takedown import read_log
from tests.review_helpers import TOKEN, ReviewServer, chromium, copy_release, require_browser


@pytest.fixture
def browser():
    require_browser()
    with chromium() as driver:
        yield driver


def _find(browser, by: str, value: str):
    """The element once the page that holds it has loaded: a click on a submit button returns
    before the next page is there, and a loaded machine makes that visible."""
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    located = expected_conditions.presence_of_element_located((by, value))
    return WebDriverWait(browser, 30).until(located)


def _text(browser, css: str) -> str:
    from selenium.webdriver.common.by import By

    return _find(browser, By.CSS_SELECTOR, css).text


def _fill(browser, fields: dict[str, str]) -> None:
    from selenium.webdriver.common.by import By

    for name, value in fields.items():
        element = _find(browser, By.ID, name)
        element.clear()
        element.send_keys(value)


def _click(browser, element_id: str) -> None:
    from selenium.webdriver.common.by import By

    _find(browser, By.ID, element_id).click()


def test_search_document_takedown_new_release(browser, demo, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    kept, dup = demo.near_duplicate_pair()
    releases = tmp_path / "releases"
    releases.mkdir()
    release = copy_release(demo.release, releases)
    log = tmp_path / "takedowns.jsonl"
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    token_file.chmod(0o600)
    server = ReviewServer(
        ["--release", str(releases), "--log", str(log), "--token-file", str(token_file)]
    )
    try:
        # Every page needs the token: the first visit lands on the sign-in form.
        browser.get(f"{server.url}/search")
        assert browser.title.startswith("Sign in")
        _fill(browser, {"token": TOKEN})
        _click(browser, "sign-in")

        # Search by the URL as a complaint would paste it.
        Select(_find(browser, By.ID, "kind")).select_by_value("url")
        _fill(browser, {"q": kept["source"]["url"].replace("https://", "http://www.") + "/"})
        _click(browser, "search")
        assert _text(browser, "#headline").startswith("1 record(s) for url")
        browser.find_element(By.LINK_TEXT, kept["doc_id"]).click()

        # The document: kept, its near duplicate linked; text only on request.
        assert _text(browser, "#doc-id") == kept["doc_id"]
        assert "Release v1: kept" in _text(browser, "#release-v1 h2")
        assert dup["doc_id"] in _text(browser, "#release-v1 .near-cluster")
        assert not browser.find_elements(By.ID, "shard-text")
        _click(browser, "show-text-v1")
        assert _text(browser, "#shard-text").startswith(demo.texts()[kept["doc_id"]][:40])

        # Take it down: the preview lists what goes, nothing is logged before confirming.
        _click(browser, "takedown-doc")
        Select(_find(browser, By.ID, "kind")).select_by_value("url")
        _fill(
            browser,
            {
                "q": kept["source"]["url"],
                "reason": "ticket LEG-7: copyright claim",
                "requester": "Example Publishing",
                "reviewer": "J. Kim",
            },
        )
        _click(browser, "preview")
        assert _text(browser, "#named-v1") == kept["doc_id"]
        assert _text(browser, "#near-v1") == dup["doc_id"]
        assert not log.exists()
        _click(browser, "confirm")
        takedown_id = _text(browser, "#takedown-id")
        (entry,) = read_log(log)[0].entries
        assert entry.id == takedown_id and entry.reviewer == "J. Kim"
        command = _text(browser, "#release-command")
        assert command == (f"curate release --from {release} --version v1.1 --takedowns {log}")

        # The button makes that release; the app shows it without a restart.
        _click(browser, "make-release")
        assert "1 document(s) removed by 1 takedown(s)" in _text(browser, "#release-made")
        manifest = json.loads((releases / "v1.1" / "manifest.json").read_text())
        assert _text(browser, "#release-id") and manifest["derived_from"]["version"] == "v1"
        _click(browser, "to-releases")
        _find(browser, By.CSS_SELECTOR, "#releases .version")
        versions = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#releases .version")]
        assert versions == ["v1", "v1.1"]
        _click(browser, "compare")
        assert "v1 → v1.1: 0 added, 1 removed" in _text(browser, "#headline")
        browser.find_element(By.LINK_TEXT, kept["doc_id"]).click()
        assert "Release v1.1: dropped at takedown" in _text(browser, "#release-v1\\.1 h2")
        assert takedown_id in _text(browser, ".takedown-note")
    finally:
        log_lines = server.stop()
    # The request log names routes, never what was searched for or the token.
    assert "GET search 200" in log_lines
    assert kept["source"]["url"] not in log_lines and TOKEN not in log_lines
