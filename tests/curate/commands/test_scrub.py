"""``curate scrub`` as outside tooling uses it."""

import json

from curate.commands.main import main

RECORDS = [
    {
        "id": "a",
        "text": "문의는 010-1234-5678로, 메일은 hong@example.com입니다.",
        "url": "https://x.kr/1",
    },
    {"id": "b", "text": "주민등록번호 900101-1234568, 성명: 홍길동", "meta": {"k": [1, 2]}},
    {"id": "c", "text": "고객센터 1588-1234, 2024-03-15 14:30, 12,000원"},
]
SECRETS = ("010-1234-5678", "hong@example.com", "900101-1234568", "홍길동")


def write_lines(path, lines) -> None:
    path.write_bytes(b"".join(line + b"\n" for line in lines))


def encoded(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode()


def scrub(tmp_path, capsys, lines, *extra):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(source, lines)
    code = main(["scrub", "--input", str(source), "--output", str(target), *extra])
    _, err = capsys.readouterr()
    out = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    return code, out, err


def test_records_keep_their_fields_and_spans_point_into_the_input(tmp_path, capsys):
    code, out, err = scrub(tmp_path, capsys, [encoded(r) for r in RECORDS])
    assert code == 0 and "scrubbed 3 record(s), 4 identifier(s)" in err
    for before, after in zip(RECORDS, out, strict=True):
        assert {k: v for k, v in after.items() if k not in ("text", "pii")} == {
            k: v for k, v in before.items() if k != "text"
        }
        for span in after["pii"]:
            assert set(span) == {"type", "start", "end", "score"}
            assert before["text"][span["start"] : span["end"]] in SECRETS
    assert out[0]["text"] == "문의는 <|phone|>로, 메일은 <|email|>입니다."
    assert [(s["type"], s["start"], s["end"]) for s in out[0]["pii"]] == [
        ("PHONE_NUMBER", 4, 17),
        ("EMAIL_ADDRESS", 24, 40),
    ]
    assert {s["type"] for s in out[1]["pii"]} == {"KR_RRN", "PERSON"}
    assert out[2]["pii"] == [] and out[2]["text"] == RECORDS[2]["text"]


def test_malformed_lines_become_error_records_without_their_content(tmp_path, capsys):
    lines = [
        encoded(RECORDS[0]),
        b"",
        b'{"id": "x", "text": "010-9999-8888 \\ud800',
        b'{"id": "y", "text": "hong@example.com", ',
        b"[1, 2]",
        encoded({"id": "z", "body": "010-1234-5678"}),
        encoded({"id": "w", "text": 7}),
        "주민번호 900101-1234568".encode("cp949"),
        encoded(RECORDS[2]),
    ]
    code, out, _ = scrub(tmp_path, capsys, lines)
    assert code == 0 and len(out) == 8
    errors = [o for o in out if "error" in o]
    assert [o["line"] for o in errors] == [3, 4, 5, 6, 7, 8]
    assert errors[1]["error"].startswith("malformed JSON at line 4: ")
    assert errors[2]["error"] == "line 5 is not a JSON object"
    assert errors[3]["error"] == "line 6: field 'text' is missing"
    assert errors[4]["error"] == "line 7: field 'text' is not a string"
    assert errors[5]["error"].startswith("line 8 is not valid UTF-8")
    dumped = json.dumps(errors, ensure_ascii=False)
    assert not any(secret in dumped for secret in (*SECRETS, "010-9999-8888"))
    assert out[-1]["id"] == "c"


def test_text_field_and_mask_policy(tmp_path, capsys):
    lines = [encoded({"body": "전화 010-1234-5678", "text": "010-2222-3333 그대로"})]
    code, out, _ = scrub(
        tmp_path, capsys, lines, "--text-field", "body", "--set", "pii.policy=mask"
    )
    assert code == 0
    assert out[0]["body"] == "전화 *************" and out[0]["text"] == "010-2222-3333 그대로"


def test_usage_errors_are_one_line(tmp_path, capsys):
    missing = tmp_path / "missing.jsonl"
    code = main(["scrub", "--input", str(missing), "--output", str(tmp_path / "o.jsonl")])
    assert code == 2
    assert capsys.readouterr().err == (
        f"curate: error: cannot read {missing}: No such file or directory\n"
    )
    code = main(["scrub", "--input", str(missing), "--output", "o", "--set", "pii.policy=drop"])
    assert code == 2
    assert "pii.policy must be one of placeholder, mask" in capsys.readouterr().err
