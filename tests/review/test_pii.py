"""The document page of a release whose PII stage ran: types, counts and offsets, never a
value — neither on the page nor in the text shown, which is the shard's masked text."""

from __future__ import annotations

import html
import re

import pytest

from review.app import ReviewSettings, create_app
from tests.conftest import DOC, curate_into, jsonl_line
from tests.pii_helpers import TEXT, VALUES


@pytest.fixture(scope="module")
def pii_release(tmp_path_factory):
    root = tmp_path_factory.mktemp("review-pii")
    (root / "in").mkdir()
    body = f"{TEXT}\n{DOC}\n{DOC[::-1]}"
    (root / "in" / "a.jsonl").write_bytes(
        jsonl_line({"id": "form", "text": body, "url": "https://gov.example.kr/form/1"})
    )
    result = curate_into([str(root / "in" / "*")], root / "out", overrides=["pii.enabled=true"])
    return result.release


def test_pii_types_counts_and_offsets_but_no_values(pii_release):
    client = create_app(ReviewSettings(releases=[pii_release])).test_client()
    found = client.get("/search?kind=url&q=gov.example.kr/form/1")
    doc_id = re.search(r'class="doc-link">([^<]+)<', found.get_data(as_text=True)).group(1)
    body = html.unescape(client.get(f"/doc/{doc_id}").get_data(as_text=True))
    counts = re.search(r'class="pii-counts">([^<]+)<', body).group(1)
    assert "PHONE_NUMBER: 1" in counts and "EMAIL_ADDRESS: 1" in counts
    spans = re.findall(r"<tr><td>([A-Z_]+)</td><td>(\d+)</td><td>(\d+)</td>", body)
    assert len(spans) >= 4
    for _kind, start, end in spans:
        assert int(start) < int(end)
    assert not [v for v in VALUES if v in body]
    with client.session_transaction() as session:
        csrf = session["csrf"]
    shown = client.post(f"/doc/{doc_id}/text", data={"release": "v1", "csrf": csrf})
    text = html.unescape(shown.get_data(as_text=True))
    assert "민원 접수 안내" in text and "<|phone|>" in text
    assert not [v for v in VALUES if v in text]
