"""E-mail addresses end before a Korean particle or a full stop; file names with an @ stay."""

from tests.pii_helpers import finds_exactly, untouched

FOUND = [
    ("이메일 hong@example.com입니다", "hong@example.com"),
    ("자료는 s.park+news@mail.example.co.kr으로 보내 주세요.", "s.park+news@mail.example.co.kr"),
    ("문의 사항은 team.lead@example.org.", "team.lead@example.org"),
    ("테스트 계정 tester01@mail.test 로 로그인", "tester01@mail.test"),
    ("사내 메일 j.kim@hq.corp.internal으로 회신", "j.kim@hq.corp.internal"),
    ("Contact: admin@Server.LOCAL", "admin@Server.LOCAL"),
]


test_span_covers_exactly_the_address = finds_exactly("EMAIL_ADDRESS", FOUND)


def test_a_file_name_with_an_at_sign_stays():
    assert untouched("파일 logo@2x.png")
    assert untouched("아이콘 icon@3x.webp, 백업 db@2024.tar")
