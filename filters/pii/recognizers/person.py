"""Person names in Korean text, from the cues that say a name is there."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from filters.pii.nlp_engine import LANGUAGE, KiwiArtifacts

# A Hangul name: one of the common surnames, then one to three syllables.
_SURNAMES_2 = ("남궁", "제갈", "선우", "황보", "독고", "사공", "서문", "동방", "어금", "망절")
_SURNAMES_1 = frozenset(
    "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민진나지"
    "엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉"
    "사부가복태목형피두감음빈동온시호범좌팽승간상갈단견당화창옹순빙묵계"
)
_NOT_NAMES = frozenset(
    [
        "하나",
        "예수",
        "부처",
        "석가",
        "알라",
        "주님",
        "고객",
        "회원",
        "선생",
        "사장",
        "부장",
        "과장",
        "대리",
        "대표",
        "교수",
        "원장",
        "손님",
        "기사",
        "여사",
        "사모",
        "형님",
        "누님",
        "아버",
        "어머",
        "부모",
        "할머",
        "할아",
        "신랑",
        "신부",
        "도련",
        "아가",
        "아저",
        "미상",
        "없음",
        "익명",
        "본인",
        "해당",
        "동일",
        "상동",
        "기타",
        "미정",
        "관리",
        "운영",
    ]
)
# Nouns for roles (구매자, 조합원, 수강생, 간호사…) and organisations (홍보팀) look like names
# to a surname check; without a proper-noun tag from Kiwi they are not taken for one.
_ROLE_ENDINGS = tuple("자원생사관객장인님부들") + (
    "팀",
    "과",
    "실",
    "처",
    "국",
    "청",
    "센터",
    "본부",
)
# A word before a team or role noun is part of that team's name (서비스 운영팀, 영업 관리자).
_TEAM_AFTER_RE = re.compile(
    r"[ \u00a0]+[가-힣]*(?:팀|센터|본부|사업부|관리자|운영자|상담원)(?![가-힣])"
)
# Given names that end like a role noun (김혜원 is not a 회원, 이순자 not a 구매자).
_ROLE_LIKE_GIVEN_NAMES = frozenset(
    [
        "혜원",
        "채원",
        "지원",
        "서원",
        "예원",
        "가원",
        "하원",
        "주원",
        "도원",
        "태원",
        "재원",
        "승원",
        "세원",
        "영자",
        "미자",
        "순자",
        "정자",
        "옥자",
        "숙자",
        "경자",
        "춘자",
        "명자",
        "희자",
        "말자",
        "예인",
        "세인",
    ]
)
_TITLES = (
    "과장",
    "대리",
    "부장",
    "차장",
    "팀장",
    "사원",
    "주임",
    "실장",
    "이사",
    "본부장",
    "매니저",
    "주무관",
    "계장",
    "반장",
)
# Someone addressed by their role: 박은서 고객님, 김하준 회원님, 이서윤 환자분.
_ROLE_HONORIFICS = ("고객", "회원", "환자", "학부모", "보호자")
# Labels after which a name is the very next word. Strong ones (성명, 이름…) name a name
# field; weak ones (담당자, 신청인…) are also followed by 연락처, 이메일, 주소…, so after them
# (without a colon) only a word Kiwi tags as a proper noun counts.
_STRONG_LABELS = (
    "성명",
    "이름",
    "성함",
    "예금주",
    "본명",
    "실명",
    "고객명",
    "환자명",
    "수취인",
    "수령인",
    "받는 분",
    "받는분",
    "보내는 분",
    "보내는분",
    "받는 사람",
    "받는사람",
    "보낸 사람",
    "보낸사람",
    "보내는 사람",
)
_WEAK_LABELS = (
    "담당자",
    "작성자",
    "신청인",
    "신청자",
    "보호자",
    "대표자",
    "수신인",
    "수신자",
    "발신인",
    "발신자",
    "민원인",
    "피해자",
    "지원자",
    "의뢰인",
    "접수자",
    "담당",
    "피보험자",
    "계약자",
    "수험생",
    "참석자",
    "수신",
    "발신",
    "작성",
    "대표",
    "개인사업자",
    "보증인",
    "임차인",
    "임대인",
    "채무자",
    "채권자",
)
_LABEL_RE = re.compile(
    r"(?P<label>"
    + "|".join(sorted((*_STRONG_LABELS, *_WEAK_LABELS), key=len, reverse=True))
    + r")(?P<sep>[ \u00a0]*[:：][ \u00a0]*|[ \u00a0]*[)\]】][ \u00a0]*|[ \u00a0]+"
    + r"|(?:은|는)[ \u00a0]+)"
)
_LIST_SEP_RE = re.compile(r"[ \u00a0]*[,，、·/][ \u00a0]*")
# Cheap whole-text test (a literal alternation: stdlib re) before any name rule runs.
_CUE_RE = re.compile(
    "|".join(
        (
            *("씨", "님", "드림", "올림", "배상", "귀하", "안녕하세요", "저는", "제 이름은"),
            *_TITLES,
            *_ROLE_HONORIFICS,
        )
    )
)
_TITLE_RE = re.compile(
    r"[ \u00a0](?:" + "|".join(_TITLES) + r"|(?:" + "|".join(_ROLE_HONORIFICS) + r")(?:님|분))"
)
# An age or sex between a name and 씨 in news copy: 성수아(45) 씨, 김민준(32·회사원) 씨.
_ASIDE_RE = re.compile(r"\((?:\d{1,3}|[남여])(?:[·,/][ \u00a0]?[가-힣\d]{1,4})?\)$")
_CLOSING_RE = re.compile(r"[ \u00a0](?:드림|올림|배상|귀하)(?![가-힣])")
_INTRO_RE = re.compile(r"(?:안녕하세요|저는|제 이름은)[,.!]?[ \u00a0]+")
_INTRO_END = ("입니다", "이에요", "예요", "이라고", "라고")
# Morphemes that end a name inside its word: particles, endings, copula, 씨/님.
_SUFFIX_TAGS = ("J", "E", "VCP", "XSN")


def _is_hangul(char: str) -> bool:
    return "가" <= char <= "힣"


def _plausible_name(name: str) -> bool:
    if not 2 <= len(name) <= 4 or not all(_is_hangul(c) for c in name):
        return False
    if name[:2] in _NOT_NAMES:
        return False
    if name[:2] in _SURNAMES_2:
        return len(name) >= 3
    return name[0] in _SURNAMES_1


class KoPersonRecognizer(EntityRecognizer):
    """Person names, only where the text says a name is there (precision first):

    - after a label: 성명: 홍길동, 이름 홍길동, 담당자: 김민준, 참석자: 임정숙, 주다은,
      [보낸 사람] 성보람;
    - before 씨/님: 박서연 씨가, 윤서준 님께서, past an age or sex aside: 성수아(45) 씨;
    - before a job title (김민준 과장), a role addressed with 님/분 (박은서 고객님), a letter
      closing or address (남민준 드림, 신태윤 귀하), and in a self-introduction
      (안녕하세요, 강소윤입니다).

    The name is the Hangul word at that place minus its particles and endings (Kiwi's
    morphemes say where those start: 홍길동입니다 → 홍길동), two to four syllables after a
    common surname. Kiwi splits unseen names unpredictably (김/NNP 승/NNG 민/NNG, or one
    NNG), so a proper-noun (NNP) morpheme inside the word is strong evidence; without one the
    word needs a strong cue (a name label, a colon, 씨) and three or four syllables that do
    not end like a role noun (구매자, 조합원, 간호사) or an organisation (홍보팀).
    """

    def __init__(self, strong_score: float = 0.85, weak_score: float = 0.8):
        self.strong_score = strong_score
        self.weak_score = weak_score
        super().__init__(
            supported_entities=["PERSON"], supported_language=LANGUAGE, name="KoPersonRecognizer"
        )

    def load(self) -> None:
        """Nothing to load: the morphemes come with the NLP artifacts."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        labels = list(_LABEL_RE.finditer(text))
        cued = _CUE_RE.search(text) is not None
        if not isinstance(nlp_artifacts, KiwiArtifacts) or not (labels or cued):
            return []
        analysis = nlp_artifacts.analysis
        found: dict[tuple[int, int], float] = {}

        def add(candidate: tuple[int, int, bool] | None, plain_ok: bool, score: float) -> bool:
            if candidate is None or not (
                candidate[2] or plain_ok and self._plain_ok(text, candidate)
            ):
                return False
            span = candidate[:2]
            found[span] = max(found.get(span, 0.0), score)
            return True

        for match in labels:
            strong = match["label"] in _STRONG_LABELS
            colon = ":" in match["sep"] or "：" in match["sep"]
            score = self.strong_score if strong else self.weak_score
            candidate = self._candidate_at(text, analysis, match.end())
            while add(candidate, strong or colon, score) and colon:
                separator = _LIST_SEP_RE.match(text, candidate[1])
                if not separator:
                    break
                candidate = self._candidate_at(text, analysis, separator.end())
        if not cued:
            return self._results(found)
        for j in self._honorifics(text, analysis):
            end = analysis.starts[j]
            end -= text[end - 1 : end] in (" ", "\u00a0")
            aside = _ASIDE_RE.search(text, max(0, end - 12), end)
            end = aside.start() if aside else end
            plain_ok = analysis.forms[j] == "씨"
            add(self._candidate_before(text, analysis, end), plain_ok, self.weak_score)
        for cue in (*_TITLE_RE.finditer(text), *_CLOSING_RE.finditer(text)):
            plain = cue.group().strip() not in _TITLES
            add(self._candidate_before(text, analysis, cue.start()), plain, self.weak_score)
        for intro in _INTRO_RE.finditer(text):
            candidate = self._candidate_at(text, analysis, intro.end())
            if candidate and text.startswith(_INTRO_END, candidate[1]):
                add(candidate, True, self.weak_score)
        return self._results(found)

    def _results(self, found: dict[tuple[int, int], float]) -> list[RecognizerResult]:
        return [
            RecognizerResult(
                "PERSON",
                start,
                end,
                score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for (start, end), score in sorted(found.items())
        ]

    @staticmethod
    def _honorifics(text: str, analysis: Any) -> Iterator[int]:
        """Indexes of the 씨/님 morphemes (bound noun or suffix), found via the text."""
        for char in ("씨", "님"):
            position = text.find(char)
            while position >= 0:
                j = bisect_left(analysis.starts, position)
                if (
                    j < len(analysis)
                    and analysis.starts[j] == position
                    and analysis.forms[j] == char
                    and analysis.tags[j] in ("NNB", "XSN")
                ):
                    yield j
                position = text.find(char, position + 1)

    @staticmethod
    def _plain_ok(text: str, candidate: tuple[int, int, bool]) -> bool:
        """A name without a proper-noun tag: surname plus two syllables (three after a
        two-syllable surname), not ending like a role noun."""
        name = text[candidate[0] : candidate[1]]
        full_length = 4 if name[:2] in _SURNAMES_2 else 3
        return len(name) == full_length and (
            not name.endswith(_ROLE_ENDINGS) or name[-2:] in _ROLE_LIKE_GIVEN_NAMES
        )

    @staticmethod
    def _candidate_at(text: str, analysis: Any, start: int) -> tuple[int, int, bool] | None:
        """The name-like word starting at ``start``: the Hangul run minus the particles and
        endings Kiwi found at its end (a three-syllable word keeps its last syllable, which
        Kiwi often mistakes for a particle: 한윤+아, 김하+은)."""
        if start >= len(text) or not _is_hangul(text[start]):
            return None
        end = start
        while end < len(text) and _is_hangul(text[end]):
            end += 1
        starts, tags = analysis.starts, analysis.tags
        first = bisect_left(starts, start)
        last = bisect_left(starts, end)
        cut = end
        for i in range(last - 1, first, -1):
            if not tags[i].startswith(_SUFFIX_TAGS) and not (
                tags[i] == "NNB" and analysis.forms[i] in ("씨", "님")
            ):
                break
            cut = starts[i]
        if cut - start == 2 and end - start == 3:
            cut = end
        if text[cut - 1] in "님씨" and cut - start > 2:
            cut -= 1  # Kiwi read 백승아님 as 백승 + 아니 + ㅁ: no name ends in an honorific
        if not _plausible_name(text[start:cut]) or _TEAM_AFTER_RE.match(text, end):
            return None
        proper = any(
            tags[i] == "NNP" and starts[i] < cut and analysis.ends[i] > start
            for i in range(max(first - 1, 0), last)
        )
        return start, cut, proper

    @classmethod
    def _candidate_before(cls, text: str, analysis: Any, end: int) -> tuple[int, int, bool] | None:
        """The name-like word ending exactly at ``end``."""
        start = end
        while start > 0 and _is_hangul(text[start - 1]):
            start -= 1
        candidate = cls._candidate_at(text, analysis, start)
        return candidate if candidate and candidate[1] == end else None
