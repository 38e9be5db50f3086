"""IPv4 and IPv6 addresses."""

from __future__ import annotations

import ipaddress
import re

from presidio_analyzer.predefined_recognizers import IpRecognizer

from filters.pii.clause import sentence_start
from filters.pii.recognizers.base import (
    KoPattern,
    KoreanPatternMixin,
    longest_digit_run,
)


def _may_hold_ipv6(text: str) -> bool:
    return "::" in text or text.count(":") >= 7


# A numbered section, clause or edition, not a host: 문서 3.1.2.4절의 표, 4.2.1.0판.
# (Only with a particle after it: 1.2.3.4 차단 blocks an address, 3.1.2.4절에서 cites a section.)
_SECTION_AFTER = re.compile(
    r"[ ]?(?:절|장|항|조|편|판|단계|차)(?:에서|으로|[은는이가을를의에로와과도])?(?![가-힣])"
)
# A version compared or named right after the number: 1.2.10.4 이하 펌웨어, 2.0.10.3 버전.
_VERSION_AFTER = re.compile(r"[ ]?(?:이하|이상|미만|초과|버전|펌웨어|빌드|패치)")
# …or named right before it, as a key or a prefix: "app_ver":"4.12.0.1", ios-4.2.1.0,
# 커널 5.15.0.105, Build 10.0.19045.3.
_VERSION_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:ver|version|build|kernel|커널|ios|android|sdk|firmware|fw|v)[\"'=:\- ]{0,4}$"
)
_DOTTED = re.compile(r"[\d.]+")


def _small_parts(dotted: str) -> bool:
    """Four small numbers (5.6.10.13: a list of allergen, section or item numbers), outside
    the private 10.x range: an address only where the clause says so (IP, 서버, 접속)."""
    parts = dotted.split("/")[0].split(".")
    return len(parts) == 4 and parts[0] != "10" and all(int(p) < 20 for p in parts if p)


def _end_of(text: str, start: int) -> int:
    """Where the dotted number starting at ``start`` ends."""
    match = _DOTTED.match(text, start)
    return match.end() if match else start


class KoIpRecognizer(KoreanPatternMixin, IpRecognizer):
    """IPv4 and IPv6 addresses, followed by Korean particles or not. Loopback, unspecified,
    broadcast, multicast, netmask values and network ranges (192.168.0.0/16) identify no one
    and are left alone; four-part version numbers in a sentence about a version, firmware or
    build or a dependency (펌웨어 1.2.0.5 와 2.0.10.3 중 최신은 2.0.10.3, updated dependency
    libfoo 1.2.13.4), compared or named right after (1.2.10.4 이하 펌웨어) or named right
    before, as a key or a prefix ("app_ver":"4.12.0.1", ios-4.2.1.0, 커널 5.15.0.105) are not
    addresses, nor four small numbers outside 10.x without an address word in their clause
    (제육볶음(5.6.10.13): allergen numbers)."""

    NEGATIVE_CONTEXT = (
        "버전",
        "version",
        "ver.",
        "펌웨어",
        "firmware",
        "빌드",
        "build",
        "릴리스",
        "release",
        "dependency",
        "의존성",
        "updated",
        "upgrade",
        "downgrade",
        "업그레이드",
        "다운그레이드",
    )
    STANDALONE = False  # an address in a URL is still one
    CONTEXT_WORDS = ["ip", "아이피", "접속", "서버", "주소", "address", "host"]

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        octet = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
        # after an ellipsis too: strongSwan's "between 203.0.113.2[…]...198.51.100.97[…]"
        v4 = (
            rf"(?:(?<=\.\.\.)|(?<![\d.A-Za-z])){octet}(?:\.{octet}){{3}}"
            r"(?:/(?:3[0-2]|[12]?\d))?(?!\d|\.\d)"
        )
        v6 = (
            r"(?<![0-9A-Za-z_:.])(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){2,7}"
            rf"(?:(?<=:){octet}(?:\.{octet}){{3}})?(?:%[0-9A-Za-z]+)?(?:/\d{{1,3}})?"
            r"(?![0-9A-Za-z_:]|\.\d)"
        )
        return [
            KoPattern(
                "IPv4", v4, 0.6, gate=lambda text: "." in text and longest_digit_run(text) > 0
            ),
            KoPattern("IPv6", v6, 0.6, gate=_may_hold_ipv6),
        ]

    def _negated(self, text: str, start: int) -> bool:
        end = _end_of(text, start)
        if (
            super()._negated(text, start)
            or _SECTION_AFTER.match(text, end)
            or _VERSION_AFTER.match(text, end)
            or _VERSION_BEFORE.search(text, max(0, start - 12), start)
        ):
            return True
        sentence = text[sentence_start(text, start) : start].lower()
        if any(word in sentence for word in self.NEGATIVE_CONTEXT):
            return True
        return _small_parts(text[start:end]) and not any(
            word in sentence for word in self.CONTEXT_WORDS
        )

    def _end(self, text: str, end: int) -> int:
        """An address's end, a host's prefix length left out: in ``10.66.0.12/32`` the
        address is the host's, the ``/32`` only says it is one."""
        slash = text.rfind("/", end - 4, end)
        return slash if slash > 0 else end

    def invalidate_result(self, pattern_text: str) -> bool:
        try:
            interface = ipaddress.ip_interface(pattern_text)
        except ValueError:
            return True
        address = interface.ip
        netmask = address.version == 4 and pattern_text.startswith("255.")
        network = (  # a /32 or /128 (WireGuard's allowed ips) is one host
            "/" in pattern_text
            and interface.network.num_addresses > 1
            and address == interface.network.network_address
        )
        return (
            netmask
            or network
            or address.is_loopback
            or address.is_unspecified
            or address.is_multicast
            or address.is_link_local
            and address.version == 6
        )
