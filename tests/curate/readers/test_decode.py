import pytest

from curate.readers.decode import DecodeError, canonical_encoding, decode_bytes, detect_encoding

KOREAN = "대한민국은 민주공화국이다.\n모든 권력은 국민으로부터 나온다.\n"


def test_utf8_is_detected():
    assert detect_encoding(KOREAN.encode("utf-8")) == "utf-8"


def test_cp949_and_euc_kr_are_detected_as_cp949():
    assert detect_encoding(KOREAN.encode("cp949")) == "cp949"
    assert detect_encoding(KOREAN.encode("euc-kr")) == "cp949"
    assert decode_bytes(KOREAN.encode("euc-kr"), "cp949") == KOREAN


def test_bom_wins():
    assert detect_encoding(b"\xef\xbb\xbf" + KOREAN.encode()) == "utf-8-sig"


def test_one_corrupt_line_does_not_flip_a_utf8_file():
    sample = (KOREAN * 5).encode() + b"\xff\xfe\xc3\x28\n" + (KOREAN * 5).encode()
    assert detect_encoding(sample) == "utf-8"


def test_declared_charset_is_used_when_bytes_fit_it():
    assert detect_encoding(KOREAN.encode("cp949"), declared="EUC-KR") == "cp949"
    assert canonical_encoding("ks_c_5601-1987") == "cp949"


def test_decode_error_names_offset_not_content():
    with pytest.raises(DecodeError) as info:
        decode_bytes("비밀번호".encode() + b"\xff", "utf-8")
    assert "offset 12" in str(info.value)
    assert "비밀" not in str(info.value)
