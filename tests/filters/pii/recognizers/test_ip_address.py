"""IP addresses before Korean particles; loopback, netmasks, ranges and version numbers stay."""

from tests.pii_helpers import finds_exactly, leaves_untouched, spans_of

FOUND = [
    ("서버 IP 203.0.113.77에서 접속", "203.0.113.77"),
    ("IPv6 2001:db8:1a2b::7f로 접속", "2001:db8:1a2b::7f"),
    # a version word later on the line is another thing's version
    ("접속 서버 198.51.100.23 (nginx 버전 1.24) 재시작", "198.51.100.23"),
]

UNTOUCHED = [
    "모델명 SM-S928N, 버전 1.2.3, 펌웨어 2.1.0.5, 빌드 10.0.19045.3693",
    "로컬 127.0.0.1, 마스크 255.255.255.0, 대역 192.168.0.0/16, 파일 logo@2x.png",
]


test_span_covers_exactly_the_address = finds_exactly("IP_ADDRESS", FOUND)

test_addresses_that_identify_no_one_stay = leaves_untouched(UNTOUCHED)


def test_an_address_word_after_a_full_stop_counts_on_every_line():
    """The sentence before an address starts after the last full stop on its own line, on
    the second line as on the first (it started a line's length too late)."""
    first = spans_of("점검 완료. 서버 192.0.2.14 접속")
    assert first == [("IP_ADDRESS", "192.0.2.14")]
    assert spans_of("안내\n점검 완료. 서버 192.0.2.14 접속") == first


def test_a_version_named_right_before_the_number_is_no_address():
    """As a key or a prefix ("app_ver":, ios-, 커널); a word merely ending in ver is none."""
    log = '{"app_ver":"4.12.0.1","ip":"203.0.113.7","app":"ios-4.2.1.0"}'
    assert spans_of(log) == [("IP_ADDRESS", "203.0.113.7")]
    assert spans_of("Ubuntu 22.04.4 LTS / 커널 5.15.0.105") == []
    assert spans_of("server=203.0.113.9 접속") == [("IP_ADDRESS", "203.0.113.9")]
