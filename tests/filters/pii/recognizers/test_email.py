"""E-mail addresses end before a Korean particle or a full stop; file names with an @ stay."""

from tests.pii_helpers import finds_exactly, untouched

FOUND = [
    ("이메일 hong@example.com입니다", "hong@example.com"),
    ("자료는 s.park+news@mail.example.co.kr으로 보내 주세요.", "s.park+news@mail.example.co.kr"),
    ("문의 사항은 team.lead@example.org.", "team.lead@example.org"),
]


test_span_covers_exactly_the_address = finds_exactly("EMAIL_ADDRESS", FOUND)


def test_a_file_name_with_an_at_sign_stays():
    assert untouched("파일 logo@2x.png")
