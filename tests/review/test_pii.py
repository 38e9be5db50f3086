"""The document page of a release whose PII stage ran: types, counts and offsets, never a
value — neither on the page nor in the text shown, which is the shard's masked text."""

from __future__ import annotations

import html
import re

import pytest

from review.app import ReviewSettings, create_app
from tests.conftest import DOC, curate_into, jsonl_line
from tests.pii_helpers import TEXT, VALUES

NOTE = (
    "접수된 서류는 담당 부서에서 순서대로 검토하며, 보완이 필요한 경우 별도로 안내해 드립니다. "
    "처리 결과는 접수일로부터 영업일 기준 칠 일 이내에 회신됩니다."
)


@pytest.fixture(scope="module")
def pii_release(tmp_path_factory):
    root = tmp_path_factory.mktemp("review-pii")
    (root / "in").mkdir()
    # enough plain prose around the form that its identifiers stay under the density rule
    # (4 or more and over 20 per 1,000 characters drop a record as a contact list)
    body = f"{TEXT}\n{DOC}\n{DOC[::-1]}\n{NOTE}"
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
