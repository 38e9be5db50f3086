"""No planted personal value, of any type the scrubber knows (names included), reaches a
release's provenance, stats, card or manifest, the run's logs, or its error messages: only
types, offsets and counts do. The planted values are read from this file, not from the
recognizers under test; every one of them must also be masked in the shards."""

import io
import json
import logging
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from curate.commands.main import main
from filters.pii.recognizers import ENTITY_TYPES
from tests.conftest import jsonl_line

# type → (a line of a form that plants it, the planted value, its placeholder)
PLANTED = {
    "KR_RRN": ("주민등록번호 850317-1234561 확인", "850317-1234561", "rrn"),
    "KR_FRN": ("외국인등록번호 910214-5123457 확인", "910214-5123457", "frn"),
    "PHONE_NUMBER": ("연락처: 010-3141-5926", "010-3141-5926", "phone"),
    "EMAIL_ADDRESS": ("이메일 minji.kwon@example.org 로 회신", "minji.kwon@example.org", "email"),
    "CREDIT_CARD": ("카드번호 4111-1111-1111-1111로 결제", "4111-1111-1111-1111", "card"),
    "KR_BANK_ACCOUNT": (
        "입금 계좌: 신한은행 110-987-654321 (예금주 확인)",
        "110-987-654321",
        "account",
    ),
    "KR_BRN": ("사업자등록번호 220-81-62517", "220-81-62517", "brn"),
    "KR_PASSPORT": ("여권번호 M987B6543", "M987B6543", "passport"),
    "KR_DRIVER_LICENSE": ("운전면허번호 12-20-654321-90", "12-20-654321-90", "driver_license"),
    "IP_ADDRESS": ("접속 IP 198.51.100.23에서 로그인", "198.51.100.23", "ip"),
    "PERSON": ("성명: 권민지", "권민지", "name"),
}
FORM = "\n".join(
    [
        "개인정보 수집 동의서 작성 예시입니다.",
        *(line for line, _, _ in PLANTED.values()),
        "위 내용을 확인하였습니다.",
    ]
)
# The same form inside a letter long enough to stay under the PII density limit: kept, masked.
LETTER = "\n".join(
    [
        "안녕하세요. 지난주에 요청하신 서류를 정리하여 보내 드립니다. " * 6,
        FORM,
        "검토 후 문제가 없으면 다음 주 월요일까지 회신해 주시기 바랍니다. " * 6,
    ]
)
STAGES = [
    "quality.enabled=false",
    "copyright.enabled=false",
    "near_dedup.enabled=false",
    "pii.enabled=true",
]


def spellings(value: str) -> set[str]:
    """The value as planted and, for numbers, its bare digits: a normalized copy leaks too."""
    digits = re.sub(r"\D", "", value)
    return {value, digits} if len(digits) >= 6 else {value}


def leaked(text: str) -> list[str]:
    return sorted(
        kind for kind, (_, value, _) in PLANTED.items() if any(s in text for s in spellings(value))
    )


def release_text(release: Path) -> dict[str, str]:
    """Every file of the release as text: Parquet decoded, every column, every row."""
    texts = {}
    for path in sorted(release.rglob("*")):
        if path.suffix == ".parquet":
            rows = pq.read_table(path).to_pylist()
            texts[str(path.relative_to(release))] = json.dumps(
                rows, ensure_ascii=False, default=str
            )
        elif path.is_file():
            texts[str(path.relative_to(release))] = path.read_text(encoding="utf-8")
    return texts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("privacy")
    (root / "in").mkdir()
    (root / "in" / "forms.jsonl").write_bytes(
        jsonl_line({"text": LETTER, "url": "https://forms.example.kr/a/1"})
        + jsonl_line({"text": LETTER, "url": "https://forms.example.kr/a/2"})
        + jsonl_line({"text": FORM, "url": "https://forms.example.kr/a/3"})
    )
    broken = json.dumps({"text": FORM}, ensure_ascii=False)[:-2].encode("utf-8")
    (root / "in" / "bad.jsonl").write_bytes(
        broken
        + b"\n"
        + jsonl_line({"text": [FORM]})
        + jsonl_line({"text": {"form": FORM}})
        + b'{"text": "\xff '
        + FORM.replace("\n", " ").encode("utf-8")
        + b'"}\n'
    )
    (root / "in" / "form.txt").write_bytes(FORM.encode("cp949"))
    return root


@pytest.fixture
def debug_log():
    """Everything our own packages log, down to DEBUG (stderr shows INFO and up)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    loggers = [logging.getLogger(name) for name in ("curate", "filters", "pipelines", "lineage")]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    yield stream
    for logger in loggers:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)


def test_every_planted_type_is_masked_and_never_recorded(run, capsys, debug_log):
    assert set(PLANTED) == set(ENTITY_TYPES)
    args = [
        "run",
        "--input",
        str(run / "in" / "*"),
        "--output",
        str(run / "out"),
        "--version",
        "v1",
    ]
    code = main([*args, *(a for s in STAGES for a in ("--set", s))])
    out, err = capsys.readouterr()
    assert code == 0
    release = run / "out" / "v1"
    provenance = pq.read_table(release / "provenance").to_pylist()
    outcomes = sorted(f"{r['status']}:{r['stage'] or ''}" for r in provenance)
    assert outcomes == [
        "dropped:exact_dedup",
        "dropped:exact_dedup",
        "dropped:pii",
        "error:ingest",
        "error:ingest",
        "error:ingest",
        "error:ingest",
        "kept:",
    ]
    shard = pq.read_table(release / "data").to_pylist()
    assert len(shard) == 1
    assert leaked(shard[0]["text"]) == []
    for _, _, placeholder in PLANTED.values():
        assert f"<|{placeholder}|>" in shard[0]["text"]
    kept = next(r for r in provenance if r["status"] == "kept")
    assert sorted(c["type"] for c in kept["pii"]["counts"]) == sorted(ENTITY_TYPES)
    assert [e for e in provenance if e["status"] == "error" and not e["reason"]] == []
    texts = release_text(release)
    assert {"manifest.json", "stats.json", "config.json", "README.md"} <= set(texts)
    assert json.loads(texts["config.json"])["pii"]["person"] == "contact"  # the name policy
    assert "Name policy `pii.person: contact`" in texts["README.md"]
    texts.pop(str(next(release.glob("data/*.parquet")).relative_to(release)))
    texts["stdout"], texts["stderr"], texts["log"] = out, err, debug_log.getvalue()
    assert "wrote data/part-00000-of-00001.parquet (1 rows" in texts["log"]
    assert "INFO pipelines.curation: run" in err
    assert {name: leaked(text) for name, text in texts.items() if leaked(text)} == {}
