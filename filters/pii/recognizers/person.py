"""Person names in Korean text, from the cues that say a name is there."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from filters.pii.clause import sentence_start, table_cells
from filters.pii.nlp_engine import LANGUAGE, KiwiArtifacts

# A Hangul name: one of the common surnames, then one to three syllables.
SURNAMES_2 = ("남궁", "제갈", "선우", "황보", "독고", "사공", "서문", "동방", "어금", "망절")
SURNAMES_1 = frozenset(
    "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민진나지"
    "엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉"
    "사부가복태목형피두감음빈동온시호범좌팽승간상갈단견당화창옹순빙묵계류엽탄"
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
        # titles and offices, which prose puts where a name could be (대통령, 국왕 전하…)
        "대통",
        "총리",
        "장관",
        "국왕",
        "왕비",
        "왕후",
        "왕자",
        "공주",
        "여왕",
        "황제",
        "황후",
        "장군",
        "대군",
        "부인",
        "국가",
        "국민",
        "정부",
        "정당",
        "주석",
        "의장",
        "위원",
    ]
)
# Countries in Korean: words that pass the surname test ("(국가)의 브리핑") and the
# nationality column of a list of foreign workers or travellers.
_COUNTRIES_TEXT = """
    한국 남한 북한 인도 이란 이라크 이집트 이스라엘 이탈리아 인도네시아 호주 태국 대만 우크라이나
    우간다 오만 오스트리아 예멘 가나 가봉 남아공 남수단 노르웨이 마케도니아 말레이시아 몽골
    모로코 모나코 방글라데시 베트남 베네수엘라 부탄 브라질 서사하라 수단 스위스 스페인 시리아
    싱가포르 소말리아 조지아 지부티 차드 칠레 콩고 쿠바 쿠웨이트 카타르 케냐 탄자니아 터키 튀르키예
    페루 포르투갈 폴란드 피지 필리핀 헝가리 라오스 레바논 리비아 루마니아 미얀마 캐나다 러시아
    독일 영국 미국 중국 일본 프랑스 아일랜드 카자흐스탄 우즈베키스탄 키르기스스탄 타지키스탄 네팔
    캄보디아 뉴질랜드 아르헨티나 멕시코 콜롬비아 네덜란드 벨기에 덴마크 스웨덴 핀란드 그리스
    파키스탄 스리랑카 체코 동티모르 브루나이 투르크메니스탄 아프가니스탄 에티오피아 나이지리아
    사우디아라비아 아랍에미리트 요르단 튀니지 알제리 남아프리카공화국 에콰도르 볼리비아 파라과이
    우루과이 과테말라 도미니카 자메이카 불가리아 벨라루스 아르메니아 아제르바이잔 홍콩 마카오
    아이슬란드 세르비아 크로아티아 슬로바키아 슬로베니아 리투아니아 라트비아 에스토니아 몰도바
"""
COUNTRIES = frozenset(_COUNTRIES_TEXT.split())
# Countries as lists and forms write them in English, in capitals: a passport list's nationality
# column, and no part of a person's name.
_COUNTRIES_EN_TEXT = """
    VIETNAM, VIET NAM, CHINA, PHILIPPINES, THAILAND, INDONESIA, CAMBODIA, MYANMAR, NEPAL,
    SRI LANKA, BANGLADESH, PAKISTAN, UZBEKISTAN, KYRGYZSTAN, KAZAKHSTAN, TAJIKISTAN, MONGOLIA,
    TIMOR-LESTE, EAST TIMOR, LAOS, RUSSIA, INDIA, JAPAN, TAIWAN, MALAYSIA, SINGAPORE,
    UNITED STATES, CANADA, AUSTRALIA, UNITED KINGDOM, GERMANY, FRANCE, ITALY, SPAIN, BRAZIL,
    MEXICO, TURKEY, EGYPT, NIGERIA
"""
COUNTRIES_EN = tuple(name.strip() for name in _COUNTRIES_EN_TEXT.split(","))
_COUNTRY_NAMES_EN = frozenset(COUNTRIES_EN)
# Other whole words that pass the surname test but name a people's past state, a (Japanese
# or Korean) clan or a kind of place: "도쿠가와 씨(徳川氏)", "김해 김씨", "배송지"; a field
# left unfilled (미기재).
_NOT_PERSON_TEXT = """
    조선 고려 신라 백제 가야 발해 고구려 명나라 청나라 당나라
    서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주
    도쿠가와 도요토미 오다 아시카가 호조 다케다 우에스기 모리 시마즈 마쓰다이라 미나모토 다이라
    후지와라 소가 아케치 이마가와 다테 마에다 이시다 아사쿠라 사이토 오토모 가토 하시바 아자이
    배송지 수령지 발송지 주소지 거주지 소재지 근무지 출발지 도착지 목적지 동호수
    신여권 구여권 미기재 미입력 미확인
    빙모상 빙부상 모친상 부친상 조모상 조부상 본인상 장인상 장모상 시모상 시부상 배우자상
"""
NOT_PERSON_WORDS = COUNTRIES | frozenset(_NOT_PERSON_TEXT.split())
_DIGIT_SYLLABLES = frozenset("공영일이삼사오육륙칠팔구십백천만")
# A child's given name with its parent's word glued on, as parents sign in group chats
# (하율맘, 도윤엄마): the name is the child's, the speaker the parent.
KIN_GLUED = ("맘", "엄마", "아빠")
# After 씨 these say a clan, not a person: 도쿠가와 씨 정권, 오다 씨(織田氏), 경주 김씨 문중.
_CLAN_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:\([^)]{0,12}氏|[가-힣]*氏|(?:의[ \u00a0]+)?"
    r"(?:가문|일족|일가|정권|막부|가신|왕조|집안|문중|성씨|종가|가계|시조|본관|당주|혈통))"
)
# Nouns for roles (구매자, 조합원, 수강생, 간호사…) and organisations (홍보팀) look like names
# to a surname check; without a proper-noun tag from Kiwi they are not taken for one.
ROLE_ENDINGS = tuple("자원생사관객장인님부들") + (
    "팀",
    "과",
    "실",
    "처",
    "국",
    "청",
    "센터",
    "본부",
    "대표",
)
# A word before a team or role noun is part of that team's name (서비스 운영팀, 영업 관리자),
# one before 주식회사 a company's (한솔관리 주식회사).
_TEAM_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:[가-힣]*(?:팀|센터|본부|사업부|관리자|운영자|상담원)(?![가-힣])"
    r"|(?:주식회사|유한회사|\(주\)|\(유\)))"
)


def _person_sized(name: str) -> bool:
    """As long as a Korean name: a surname and one or two syllables, or a two-syllable surname
    and one or two (a sole trader's name before their business number)."""
    return len(name) <= 3 or len(name) == 4 and name[:2] in SURNAMES_2


# A business number right after a field's value: the party is a business.
_BUSINESS_AFTER_RE = re.compile(r"[ \u00a0]*[(/,][ \u00a0]*(?:사업자|법인등록)")
# Given names that end like a role noun (김혜원 is not a 회원, 이순자 not a 구매자).
ROLE_LIKE_GIVEN_NAMES = frozenset(
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
        "다인",
        "지인",
        "수인",
        "서인",
        "채인",
    ]
)
TITLES = (
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
# Kin words a field's value may open with before the name (보호자: 남편 천성우).
_KIN_BEFORE_NAME_TEXT = "남편 아내 부인 배우자 아들 딸 자녀 어머니 아버지 모 부 형 누나 언니 오빠"
_KIN_BEFORE_NAME = frozenset(_KIN_BEFORE_NAME_TEXT.split())
# Banks named right before their account number (신한 110-…) or in an account holder's field
# (예금주: 신한) look like a surname and a name; how banks' and cooperatives' names end
# (국민은행, 카카오뱅크, 카뱅, 새마을금고, 지역농협).
BANKS_TEXT = "국민 신한 우리 하나 농협 기업 신협 수협 씨티 제일 대구 부산 경남 광주 전북 제주"
BANKS = frozenset(BANKS_TEXT.split())
BANK_ENDINGS = ("은행", "뱅크", "뱅", "금고", "신협", "농협", "수협", "우체국")
# Someone addressed by their role: 박은서 고객님, 김하준 회원님, 이서윤 환자분.
_ROLE_HONORIFICS = (
    *("고객", "회원", "환자", "학부모", "보호자"),
    *("예비군", "수강생", "조합원", "입주민"),
)
# Labels after which a name is the very next word. Strong ones (성명, 이름…) name a name
# field; weak ones (담당자, 신청인…) are also followed by 연락처, 이메일, 주소…, so after them
# (without a colon) only a word Kiwi tags as a proper noun counts.
_CONTACT_LABEL_WORDS = (
    "서명",
    "예금주",
    "수취인",
    "수령인",
    "고객명",
    "환자명",
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
_STRONG_LABELS = ("성명", "이름", "성함", "본명", "실명", *_CONTACT_LABEL_WORDS)
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
    "운전자",
    "학생",
    "원생",
    "어머니",
    "아버지",
    "결제자",
    "서명자",
    "학부모",
    "환자",
    "수진자",
    "예약자",
    "주문자",
    "구매자",
    "가입자",
    "탑승자",
    "투숙객",
    "상주",
    "보낸이",
    "받는이",
    "동행",
    "강사",
    "상담사",
    "번역사",
    "통역사",
    "엔지니어",
    "매니저",
    "코치",
)
# Any field label naming a person by role, before a colon at the start of a line or field:
# 요청자:, 사업주:, 세대주:, 수강생:, 방문객:, and the -인 roles of forms and filings
# (신고인:, 관리인:; 본인:, 외국인:, 원인: head no person). A name must still follow.
_PERSON_IN = (
    "신고|관리|대리|위임|수임|상속|고소|피고소|참고|청구|증|입회|신원보증|연대보증|진술|송금|진정"
    "|피진정|매도|매수|송하|수하|의뢰|명의|양도|양수"
)
_ROLE_IN_RE = re.compile(rf"(?:{_PERSON_IN})인")
_ROLE_SUFFIXES = frozenset("자인주생객")


@functools.lru_cache(maxsize=4096)
def role_label(word: str) -> bool:
    """A form's role word, not a name: a filing's -인 (양수인, 진술인), or a noun Kiwi's
    dictionary makes of a noun and a role suffix (전입+자, 위촉+자, 동의+자)."""
    if _ROLE_IN_RE.fullmatch(word):
        return True
    from filters.analysis import get_kiwi

    tokens = get_kiwi().tokenize(word)
    return (
        len(tokens) == 2
        and tokens[0].tag == "NNG"
        and tokens[0].len >= 2
        and tokens[1].tag == "XSN"
        and tokens[1].form in _ROLE_SUFFIXES
    )


_ROLE_LABEL_RE = re.compile(
    # the lookahead (a colon after at most six syllables) only makes the scan fast
    r"(?=[가-힣]{1,6}[ \u00a0]*[:：])"
    r"(?P<label>(?:[가-힣]{1,5}(?:자|주|생|객)|(?:" + _PERSON_IN + r")인))"
    r"(?P<sep>[ \u00a0]*[:：][ \u00a0]*)"
)
# Role words of bylines and the public (a name after them is credited, not contact data),
# and people no form field names (미성년자: 법정대리인 동의서).
_PUBLIC_ROLE_LABELS = frozenset(
    ("기자", "저자", "진행자", "출연자", "미성년자", "장애인", "유공자", "수급자", "해당자")
)
# Forms print a two-syllable label letter-spaced to line up with longer ones (성   명 :).
_SPACED_LABELS = (r"성[ \u00a0]+명", r"이[ \u00a0]+름", r"성[ \u00a0]+함")
_LABEL_RE = re.compile(
    r"(?P<label>"
    + "|".join((*sorted((*_STRONG_LABELS, *_WEAK_LABELS), key=len, reverse=True), *_SPACED_LABELS))
    + r")(?P<sep>[ \u00a0]*[:：][ \u00a0]*|[ \u00a0]*[)\]】][ \u00a0]*|\t[ \u00a0\t]*|[ \u00a0]+"
    + r"|(?:은|는)[ \u00a0]+)"
)
# Labels that are also ordinary nouns (함수 이름은 간결하게, 파일 이름 바꾸기, 라는 이름은):
# they label a name only in label position (line start, after a bracket or separator),
# before a colon, or in a self-introduction (성함은 윤정숙입니다).
_NOUN_LABELS = frozenset(("이름", "성명", "성함", "본명", "실명"))
# Labels of a form's addressee or account holder: a private person's contact data wherever
# they stand (…(예금주 장유나), 받는 분 김하늘).
_CONTACT_LABELS = frozenset(_CONTACT_LABEL_WORDS)
# Biography labels: 본명: … in an article about a singer names a public figure.
_BIO_LABELS = frozenset(("본명", "실명"))
# Where a label stands as a label: start of the text or line, or after a bracket or separator.
_LABEL_START_RE = re.compile(r"(?:^|[\n\t\[(<【|/·,;•*\-])[ \u00a0]*$")
# What may follow a form's name value on its line: end of line, a separator or bracket.
_VALUE_END_RE = re.compile(r"[ \u00a0]*(?:$|\n|[\t,/|()\[\]<])")
_TABLE_LABELS = frozenset((*_STRONG_LABELS, *_WEAK_LABELS)) - _BIO_LABELS
LABEL_WORDS = frozenset((*_STRONG_LABELS, *_WEAK_LABELS))
# A form field's value that is a name in Hangul words: up to four words, ending the field.
_FIELD_VALUE_RE = re.compile(
    r"[가-힣]{2,6}(?: [가-힣]{1,6}){0,3}(?=[ \u00a0]*(?:$|\n|[\t,/|()\[]))"
)


_NAME_FIELDS = ("성명", "이름", "성함")
# Morphemes of an instruction written where a name goes: adverbs and verbs (endings are
# also what Kiwi makes of foreign names: 응우옌 티/NNG 이/VCP ㄴ/ETM).
_INSTRUCTION_TAGS = ("MAG", "VV", "VA", "VX")
# A letter's words after its addressee's or sender's name: 수신: 신태윤 귀하, 받는 분: … 앞.
_ADDRESS_WORDS = ("귀하", "앞", "님", "씨", "드림", "올림", "배상")
# An account holder or addressee that is an organisation (예금주: 햇살초등학교).
ORGANISATION_ENDINGS = (
    "학교",
    "학원",
    "회사",
    "재단",
    "협회",
    "교회",
    "법인",
    "조합",
    "상사",
    "은행",
    "병원",
    "의원",
    "약국",
    "상회",
    "공사",
    "공단",
    "수산",
    "산업",
    "물산",
    "건설",
    "전자",
    "식품",
    "유통",
    "농장",
    "마트",
    "식당",
    "정밀",
    "공업",
    "기계",
    "화학",
    "물류",
    "제약",
    "무역",
    "금속",
)


def _labels(text: str) -> list[re.Match[str]]:
    """Listed labels, and role labels (``_ROLE_LABEL_RE``) that stand as a field's label
    before a colon where no listed label does."""
    listed = list(_LABEL_RE.finditer(text))
    taken = {match.end("label") for match in listed}
    roles = [
        match
        for match in _ROLE_LABEL_RE.finditer(text)
        if match.end("label") not in taken
        and match["label"] not in _PUBLIC_ROLE_LABELS
        and _LABEL_START_RE.search(text, max(0, match.start() - 20), match.start()) is not None
    ]
    return sorted(listed + roles, key=lambda match: match.start())


def _label_word(label: str) -> str:
    """A label as listed: letter-spaced 성   명 is 성명; 받는 분 keeps its one space."""
    squeezed = "".join(label.split())
    return squeezed if squeezed in _NAME_FIELDS else label


# Labels of a contact or identity value (연락처:, 여권번호, e-mail): where a name's record
# puts its values.
VALUE_LABELS = (
    r"(?:여권(?:번호)?|(?:운전)?면허(?:번호)?|휴대폰|휴대전화|핸드폰|전화(?:번호)?|연락처|폰|내선|직통|"
    r"주민(?:등록)?번호|외국인등록번호|등록번호|계좌(?:번호)?|이메일|메일|카드(?:번호)?|"
    r"(?i:passport(?: no\.?)?|arc(?: no\.?)?|phone|tel|mobile|e-?mail|account(?: no\.?)?))"
)
# A cell or tab-separated value that is itself a field's label: the key column of a
# key-value table (성명⇥김민수⏎연락처⇥…), the next header of a header row (성명⇥은행명⇥비고).
_FIELD_LABEL_RE = re.compile(
    VALUE_LABELS
    + r"|주소|비고|생년월일|성별|나이|직업|소속|국적|은행명|상품명|기관명|회사명|업체명|학교명"
    + r"|지점명|부서명|제품명|단체명|상호명"
)


def field_label(word: str) -> bool:
    """``word`` is a field's label, not its value."""
    return word in LABEL_WORDS or _FIELD_LABEL_RE.fullmatch(word) is not None


# A column of people's names headed by role + 명 (사원명, 학생명, 회원명…); 상품명, 은행명 and
# 기관명 head no person.
_PERSON_COLUMN_RE = re.compile(
    r"(?:사원|직원|학생|회원|고객|환자|신청자|신청인|보호자|대표자|수강생|참가자|참석자|선수|"
    r"담당자|작성자|수령인|수취인|계약자|임차인|임대인|교사|강사|아동|원아|원생)[ ]?명"
)


def name_column(header: str) -> bool:
    return header in _TABLE_LABELS or _PERSON_COLUMN_RE.fullmatch(header) is not None


# Metadata key saying a PERSON result is a private person's contact data by its context
# alone: form or label syntax, or correspondence (pii.person: contact).
CONTACT_KEY = "contact_context"
_LIST_SEP_RE = re.compile(r"[ \u00a0]*[,，、·/][ \u00a0]*")
_LABEL_AHEAD_RE = re.compile(r"[가-힣]*[ \u00a0]*[:：]")
# Cheap whole-text test (a literal alternation: stdlib re) before any name rule runs.
_CUE_RE = re.compile(
    "|".join(
        (
            *("씨", "님", "드림", "올림", "배상", "귀하", "안녕하세요", "저는", "제 이름은"),
            *TITLES,
            *_ROLE_HONORIFICS,
        )
    )
)
_TITLE_RE = re.compile(
    r"[ \u00a0](?:" + "|".join(TITLES) + r"|(?:" + "|".join(_ROLE_HONORIFICS) + r")(?:님|분))"
)
# An age or sex between a name and 씨 in news copy: 성수아(45) 씨, 김민준(32·회사원) 씨.
_ASIDE_RE = re.compile(r"\((?:\d{1,3}|[남여])(?:[·,/][ \u00a0]?[가-힣\d]{1,4})?\)$")
_CLOSING_RE = re.compile(r"[ \u00a0](?:드림|올림|배상|귀하)(?![가-힣])")
_INTRO_RE = re.compile(r"(?:안녕하세요|저는|제 이름은)[,.!]?[ \u00a0]+")
_INTRO_END = ("입니다", "이에요", "예요", "이라고", "라고")
# Morphemes that end a name inside its word: particles, endings, copula, 씨/님.
_SUFFIX_TAGS = ("J", "E", "VCP", "XSN")
_SENTENCE_END_RE = re.compile(r"[.!?。\n]")
# Morphemes of a verb or adjective: inside a name only where Kiwi split an unseen name
# after a proper noun (박/NNP 은/JX 서/VV); a noun + 하다 derivation never is one.
_PREDICATE_TAGS = frozenset(("VV", "VA", "VX", "VV-R", "VV-I", "VA-R", "VA-I"))
DERIVED_TAGS = frozenset(("XSV", "XSA"))
_NOT_NAME_TAGS = _PREDICATE_TAGS | {"MAG", "MAJ"}


def is_hangul(char: str) -> bool:
    return "가" <= char <= "힣"


def _quoted(text: str, position: int) -> bool:
    """Inside quoted speech on its line ("…", “…”, 「…」) or a screenplay's line of dialogue
    (수아: 정우 씨! under S#12.): a character's line in fiction or a quotation in news
    (“서연 님, 회의실로 오시랍니다.”), not a message to the reader."""
    before = text[text.rfind("\n", 0, position) + 1 : position]
    return (
        before.count("“") > before.count("”")
        or before.count("「") + before.count("『") > before.count("」") + before.count("』")
        or before.count('"') % 2 == 1
        or _DIALOGUE_LINE_RE.match(before) is not None
        and _SCENE_HEADING_RE.search(text) is not None
    )


# A screenplay's scene heading (S#12. 병원 복도 / 밤, #41. 편의점) and a line of its dialogue.
_SCENE_HEADING_RE = re.compile(r"(?m)^(?:S#|#)\d{1,3}\.")
_DIALOGUE_LINE_RE = re.compile(r"[가-힣]{1,6}(?: [가-힣]{1,6})?[ ]?:[ ]")


# A chat log's or a script's speaker at line start: 이서연 [오후 2:14] …, 총무 한지우 : … (before a
# colon only a word Kiwi tags as a proper noun: 예금주:, 이메일:, 가맹점: are form labels).
_SPEAKER_RE = re.compile(
    r"^[ \u00a0]*(?:[가-힣]{2,4}[ \u00a0])?(?P<name>[가-힣]{2,4})[ \u00a0]*"
    r"(?:(?P<time>\[(?:오전|오후)[ \u00a0]?\d{1,2}:\d{2}\])|:(?!\d))",
    re.MULTILINE,
)
# What a pet's name is followed by: its breed or kind in brackets.
_PET_AFTER_RE = re.compile(
    r"[ ]?\([^()\n]{0,12}(?:푸들|말티즈|강아지|고양이|진돗개|시바견?|포메라니안|비숑|리트리버"
    r"|코숏|치와와|닥스훈트|웰시코기|믹스견|페르시안|러시안블루|수컷|암컷|중성화"
    r"|숏헤어|앙고라|먼치킨|스코티시|랙돌|벵갈|샴|턱시도|치즈냥|삼색이)"
)
# A table's header cell of a names column (이름,점수 / | 직원명 | 부서 |), which a CSV export
# has without any label's colon.
_NAMES_HEADER_RE = re.compile(
    r"(?m)(?:^[ |]*|[\t|,][ ]*)(?:이름|성명|성함|[가-힣]{1,4}명)[ ]*(?:[\t|,]|$)"
)
# A script's stage direction: a line in brackets, or brackets right after a speaker's colon
# (막내: (문틈으로) 형, 나도 데려가.). A chat or a call transcript has none.
_STAGE_DIRECTION_RE = re.compile(
    r"^[ \u00a0]*(?:[가-힣]{1,6}[ \u00a0]*:[ \u00a0]*)?\([^()\n]{2,60}\)(?=[ \u00a0]*[가-힣…\n]|$)",
    re.MULTILINE,
)
# A name in Latin letters after a name label: SHIP TO: PARK JIHOON, 성명(영문): NGUYEN THI
# LAN, 이름 Batbayar Ganzorig, 영문 이름은 YOON SUA. (A translator's credit is none:
# filters/pii/credits.py.)
_LATIN_NAME_RE = re.compile(
    r"(?:(?:^|[\t|(\[])[ \u00a0]*(?:성명|이름|성함)(?:[ ]?\((?:영문|영어)\))?[ \u00a0]*[:：]?"
    r"|영문[ ]?(?:이름|성명)(?:은|는|[ ]*:)"
    r"|(?i:name|ship to|recipient|attn)[ ]*:"
    r"|^NAME(?=[ ]+[A-Z]{2,}/))[ \u00a0]*"  # a boarding pass: NAME CHOI/MINJAE
    r"(?P<name>[A-Z][A-Za-z'\-]+(?:,?[ ][A-Z][A-Za-z'\-]+){1,3}"
    r"|[A-Z]{2,}/[A-Z]{2,}(?:[ ][A-Z]{2,})?)"
    r"(?=[ \u00a0]*(?:$|<|,|/|\(|\t|\d|[가-힣]))",
    re.MULTILINE,
)
# Template placeholders, not people: Last-Translator: FULL NAME <EMAIL@ADDRESS>.
_LATIN_NOT_NAMES = frozenset(("FULL NAME", "First Last", "Your Name", "YOUR NAME"))
# Capitalised words that are not parts of a person's name: form labels, titles, companies,
# places and the words around them in bookings and forms (an airline booking's element codes).
_LATIN_NOT_NAME_WORDS_TEXT = """
    NAME NAMES GIVEN SURNAME FAMILY FIRST LAST FULL PASSPORT NO NUMBER ALIEN REG ARC DATE DEPT NEW
    PARENTS EVERYONE ALL FRIENDS GUYS MEMBERS COLLEAGUES STUDENTS MADAM FOLKS
    BIRTH SEX MALE FEMALE ADDRESS PHONE MOBILE TEL FAX EMAIL MAIL CONTACT GUEST GUESTS
    SENDER RECIPIENT BENEFICIARY REMITTANCE PASSENGER BOOKING RESERVATION CONFIRMED CONFIRMATION
    CHECK IN OUT ROOM HOTEL FLIGHT SEAT GATE ICN GMP PUS CJU SEL TO FROM DEAR MR MRS MS MISS DR
    AP APM APE SSR OSI DOCS PNR
    PROF SIR MADAM AND OR THE OF FOR YOUR OUR ON AT BY IS ARE WITH TEAM KOREA KOREAN SEOUL
    BUSAN JEJU INCHEON DEVELOPMENT MAILING LIST PROJECT FOUNDATION CENTER CENTRE BANK
    UNIVERSITY SCHOOL COLLEGE STREET ROAD AVENUE STATION INC LTD LLC CORP CO COMPANY GROUP
    GMBH AG PTE PLC ENGINEER MANAGER DIRECTOR DEVELOPER DESIGNER BACKEND FRONTEND SECTION
    APPLICATION FORM REQUEST VISA VPN IT HR PR QA CEO CTO CFO VIP USD KRW EUR OK YES ID PIN
    PIN CODE CARD VISA MASTER AMEX JCB UNION PAY APPLE GOOGLE SAMSUNG KAKAO NAVER TOSS
    ADMIN SUPPORT SERVICE CUSTOMER HELP DESK OFFICE TRANSLATOR TRANSLATION GNOME KDE DEBIAN
    UBUNTU LINUX WINDOWS FREE SOFTWARE OPEN SOURCE HI HELLO HEY
    GIMPO TOKYO NARITA HANEDA OSAKA KANSAI FUKUOKA SAPPORO NAGOYA BEIJING SHANGHAI TAIPEI
    BANGKOK HANOI DANANG MANILA CEBU LONDON PARIS FRANKFURT GUAM SAIPAN"""
LATIN_NOT_NAME_WORDS = frozenset(_LATIN_NOT_NAME_WORDS_TEXT.split()) | frozenset(
    country for country in COUNTRIES_EN if " " not in country
)


def latin_person(name: str) -> bool:
    """Not a template (FULL NAME) and no word of a team, company or label (APT Development
    Team, GNOME Korea, Git Mailing List)."""
    return (
        name not in _LATIN_NOT_NAMES
        and name.upper() not in _COUNTRY_NAMES_EN
        and not any(w.upper() in LATIN_NOT_NAME_WORDS for w in re.split(r"[ /,]+", name))
    )


def in_narration(text: str, position: int) -> bool:
    """The sentence around ``position`` ends in the plain declarative -다 of news, history
    and biography (발표했다, 올라왔다), not the polite endings of messages and notices
    (드립니다, 바랍니다, 하세요): a name there is written about, not written to."""
    stop = _SENTENCE_END_RE.search(text, position)
    sentence = text[position : stop.start() if stop else len(text)].rstrip(" \"'”’)")
    return sentence.endswith("다") and not sentence.endswith("니다")


# Bracketed tags and a greeting before a message's first words: [Web발신] [서울하늘내과]
# 송지아님, …; 안녕하세요 김영모 씨, …
_TAGS_RE = re.compile(
    r"^(?:[ ]*(?:\[[^\]\n]{1,24}\]|「[^」\n]{1,24}」|『[^』\n]{1,24}』|【[^】\n]{1,24}】))*"
    r"[ ]*(?:(?:안녕하세요|안녕하십니까|반갑습니다|Dear|Hi|Hello)[,!.]?[ ]*)?$"
)
_PARTICLE_AFTER_LABEL = ("은", "는", "이", "가")
# A name called by its honorific and a comma (박서연 씨, 회의실로 오세요), names so called in
# a row before it, and the dashes that open an interview's questions (— 송강호 씨, 이번 …).
_VOCATIVE_RE = re.compile(r"[가-힣]{1,5}[ ]?(?:씨|님)[ ]?,")
_ADDRESSED_LIST_RE = re.compile(r"(?:[가-힣]{2,5}[ ]?(?:씨|님)[ ]?,[ ]*)+$")
_TRANSCRIPT_MARKS = ("—", "―", "─", "- ", "Q.", "Q:", "기자:")


def _addressed(text: str, start: int) -> bool:
    """A name before 님/씨 that a message speaks to or of as its subject: it opens its sentence
    (김태리님 댁 앞에 두고 갑니다; [Web발신] 송지아님, …), is called with a comma, or a form's
    role word stands right before it (민원인 황서준 씨의 요청, 환자분 성함은 임도현 님이
    맞으신가요?) or ends a field's label (문의하신 분: 조민재 님); not a third person a post
    tells of (하산길에 최민아 님이, 미대생 이하은 씨가) nor an interview's guest (— 조성진 씨,)."""
    line = text.rfind("\n", 0, start) + 1
    if _VOCATIVE_RE.match(text, start) and not text.startswith(_TRANSCRIPT_MARKS, line):
        return True
    before = _ADDRESSED_LIST_RE.sub("", text[sentence_start(text, start) : start])
    if _TAGS_RE.match(before):
        return True
    words = before.split()
    word = words[-1] if words else ""
    return (
        word.endswith((":", "："))
        or word in LABEL_WORDS
        or (word.endswith(_PARTICLE_AFTER_LABEL) and word[:-1] in LABEL_WORDS)
    )


# The name every Korean form example uses, and the words that say a text is an example.
_EXAMPLE_NAMES = frozenset(("홍길동",))
_EXAMPLE_MARK_RE = re.compile(r"예시|작성[ ]?예|기재[ ]?예|기재례|작성례|샘플|양식|템플릿")


def example_name(text: str, start: int, end: int) -> bool:
    """홍길동 in a text that says it is an example or a template: a placeholder, no person."""
    return text[start:end] in _EXAMPLE_NAMES and _EXAMPLE_MARK_RE.search(text) is not None


def _anonymised(name: str) -> bool:
    return name.endswith("모") and (name[:-1] in SURNAMES_2 or name[:-1] in SURNAMES_1)


# Last syllables of a one-word instruction or value in a name field (기재요, 미기재, 입력함).
_INSTRUCTION_ENDS = tuple("요다오기함음것시재력")


def _name_shaped(word: str) -> bool:
    """A whole field value that can only be a full name: one word, a common surname and a
    given name of the usual length (3 syllables, 4 after a two-syllable surname)."""
    full_length = 4 if word[:2] in SURNAMES_2 else 3
    return (
        len(word) == full_length and plausible_name(word) and not word.endswith(_INSTRUCTION_ENDS)
    )


# Label words and banks' short names; banks' and a parent's nickname's endings (소담맘).
_NEVER_NAMES = LABEL_WORDS | BANKS
_NEVER_NAME_ENDINGS = (*BANK_ENDINGS, *KIN_GLUED)


def plausible_name(name: str) -> bool:
    """Two to four Hangul syllables after a common surname, not a word that only looks like a
    name, nor the surname and 모 that news writes for someone it keeps anonymous (김모 씨)."""
    if not 2 <= len(name) <= 4 or not all(is_hangul(c) for c in name):
        return False
    if name[:2] in _NOT_NAMES or name in NOT_PERSON_WORDS or _anonymised(name):
        return False
    if name in _NEVER_NAMES or name.endswith(_NEVER_NAME_ENDINGS):
        return False  # 예약자 (the label before the name), 신협 (a bank), 소담맘 (a nickname)
    if name[-1] == "인" and _ROLE_IN_RE.fullmatch(name):
        return False  # 진술인: a filing's role label
    if all(c in _DIGIT_SYLLABLES for c in name):
        return False  # a number read aloud: 공칠공-팔이삼일
    if name[:2] in SURNAMES_2:
        return len(name) >= 3
    return name[0] in SURNAMES_1


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

    Each result's metadata says (``CONTACT_KEY``) whether its context alone makes it a
    private person's contact data, for ``pii.person: contact``: form or label syntax (a label
    before a colon, tab or bracket or ending its field, an addressee or account-holder label,
    a table column headed by a name label) or correspondence (님, 씨, a company title or a
    line-start label in a sentence that is not plain -다 narration; a role addressed, a letter
    closing, a self-introduction, an age before 씨). 씨 in narration (news about public
    figures), 본명/실명 (biographies) and a label noun in a sentence are not.
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
        labels = _labels(text)
        cued = _CUE_RE.search(text) is not None
        speakers = list(_SPEAKER_RE.finditer(text)) if ":" in text or "[" in text else []
        latin = [m for m in _LATIN_NAME_RE.finditer(text) if latin_person(m["name"])]
        tabled = _NAMES_HEADER_RE.search(text) is not None
        if not isinstance(nlp_artifacts, KiwiArtifacts) or not (
            labels or cued or latin or tabled or len(speakers) > 1
        ):
            return []
        analysis = nlp_artifacts.analysis
        found: dict[tuple[int, int], float] = {}
        contacts: set[tuple[int, int]] = set()
        fields: set[tuple[int, int]] = set()  # forms and tables: contact data even in a script
        speaker_starts = {speaker.start("name") for speaker in speakers}

        def add(
            candidate: tuple[int, int, bool] | None,
            plain_ok: bool,
            score: float,
            contact: bool = False,
            field: bool = False,
        ) -> bool:
            if candidate is None or not (
                candidate[2] or plain_ok and self._plain_ok(text, candidate)
            ):
                return False
            if text[candidate[0] : candidate[1]].endswith(ORGANISATION_ENDINGS):
                return False  # 예금주: 한빛상사, 수취인: 해림수산
            if _PET_AFTER_RE.match(text, candidate[1]):
                return False  # 이름: 콩이 (갈색 푸들, 4살): a lost dog's poster
            if _BUSINESS_AFTER_RE.match(text, candidate[1]) and not _person_sized(
                text[candidate[0] : candidate[1]]
            ):
                return False  # 매수인: 오토밸류 (사업자등록번호 …), not 선주: 김진복 (사업자 …)
            span = candidate[:2]
            found[span] = max(found.get(span, 0.0), score)
            if contact:
                contacts.add(span)
                if field:
                    fields.add(span)
            return True

        for match in labels:
            label, sep = _label_word(match["label"]), match["sep"]
            strong = label in _STRONG_LABELS
            colon = ":" in sep or "：" in sep
            in_position = (
                _LABEL_START_RE.search(text, max(0, match.start() - 20), match.start()) is not None
            )
            score = self.strong_score if strong else self.weak_score
            # a speaker's label in a script (아버지: 동수야, …) marks a line, not a field
            form_field = match.start("label") not in speaker_starts
            candidate = self._candidate_at(text, analysis, match.end())
            if candidate and "\t" in sep and field_label(text[candidate[0] : candidate[1]]):
                continue  # a header row: 성명⇥은행명⇥비고
            if (
                candidate
                and label in _NOUN_LABELS
                and not (colon or in_position or text.startswith(_INTRO_END, candidate[1]))
            ):
                continue
            boxed = colon or "\t" in sep or sep.strip(" \u00a0") in (")", "]", "】")
            form = label not in _BIO_LABELS and (
                label in _CONTACT_LABELS
                or colon
                or in_position
                and (
                    boxed
                    or self._ends_value(text, candidate)
                    or not in_narration(text, match.end())
                )
            )
            if label not in LABEL_WORDS:
                # a role label (신고인:) is no name field: its value must look like a name
                value = _FIELD_VALUE_RE.match(text, match.end())
                if candidate is None and value is not None and _name_shaped(value.group()):
                    candidate = (match.end(), value.end(), True)
            elif in_position and (colon or self._bracketed(text, match)):
                candidate = self._field_value(text, analysis, match.end()) or candidate
            while add(candidate, strong or colon, score, form, form_field) and colon:
                separator = _LIST_SEP_RE.match(text, candidate[1])
                if not separator:
                    break
                candidate = self._candidate_at(text, analysis, separator.end())
                if candidate and _LABEL_AHEAD_RE.match(text, candidate[1]):
                    break  # 신청인: 표상진 / 신분증: 운전면허 …: the next field's label
        for candidate in self._table_cells(text, analysis):
            add(candidate, True, self.strong_score, True, True)
        for name in latin:
            add((*name.span("name"), True), True, self.strong_score, True, True)
        for speaker in speakers if len(speakers) > 1 else ():
            # a speaker is named, not labelled as contact data: kept in prose (a script)
            # unless the record holds a contact value (pii.person: contact)
            candidate = self._candidate_at(text, analysis, speaker.start("name"))
            if (
                candidate
                and candidate[1] == speaker.end("name")
                and (speaker["time"] or candidate[2])
                and speaker["name"] not in LABEL_WORDS
                and not speaker["name"].endswith(KIN_GLUED)
                and not role_label(speaker["name"])
            ):
                add(candidate, True, self.weak_score)
        # a play or a screenplay: the people its lines address are characters, not contacts
        script = (
            sum(speaker["name"] not in LABEL_WORDS for speaker in speakers) > 1
            and _STAGE_DIRECTION_RE.search(text) is not None
        )
        if not cued:
            return self._results(found, fields if script else contacts)
        for j in self._honorifics(text, analysis):
            end = analysis.starts[j]
            if _CLAN_AFTER_RE.match(text, analysis.ends[j]):
                continue
            end -= text[end - 1 : end] in (" ", "\u00a0")
            aside = _ASIDE_RE.search(text, max(0, end - 12), end)
            end = aside.start() if aside else end
            plain_ok = analysis.forms[j] == "씨"
            # 님/씨 in a message or notice to the person (민원인 황서준 씨의 요청에 따라
            # 처리했습니다), not in narration, where 씨 is also the news's word for a public
            # figure (김대중 씨는 … 선언했다), nor for a third person a post tells of. An age
            # before 씨 (이준호(38) 씨) marks a private citizen, named in a message to him or
            # in a notice; in a news story about him it is prose, not his contact data.
            candidate = self._candidate_before(text, analysis, end)
            contact = (
                not in_narration(text, end)
                and (aside is not None or candidate is None or _addressed(text, candidate[0]))
            ) and not _quoted(text, end)
            add(candidate, plain_ok, self.weak_score, contact)
        for cue in (*_TITLE_RE.finditer(text), *_CLOSING_RE.finditer(text)):
            plain = cue.group().strip() not in TITLES
            # a role addressed (고객님) or a letter's closing: correspondence; a title too,
            # unless in narration (정은경 본부장은 브리핑에서 발표했다)
            candidate = self._candidate_before(text, analysis, cue.start())
            contact = (plain or not in_narration(text, cue.start())) and not _quoted(
                text, cue.start()
            )
            add(candidate, plain, self.weak_score, contact)
        for intro in _INTRO_RE.finditer(text):
            candidate = self._candidate_at(text, analysis, intro.end())
            if candidate and text.startswith(_INTRO_END, candidate[1]):
                add(candidate, True, self.weak_score, not _quoted(text, intro.start()))
        return self._results(found, fields if script else contacts)

    def _results(
        self, found: dict[tuple[int, int], float], contacts: set[tuple[int, int]]
    ) -> list[RecognizerResult]:
        return [
            RecognizerResult(
                "PERSON",
                start,
                end,
                score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    CONTACT_KEY: (start, end) in contacts,
                },
            )
            for (start, end), score in sorted(found.items())
        ]

    @staticmethod
    def _bracketed(text: str, match: re.Match[str]) -> bool:
        """An account holder or addressee in brackets, a name alone: (예금주 지은호)."""
        value = _FIELD_VALUE_RE.match(text, match.end())
        return (
            match["label"] in _CONTACT_LABELS
            and text[match.start() - 1 : match.start()] == "("
            and value is not None
            and " " not in value.group()
            and text.startswith(")", value.end())
        )

    @staticmethod
    def _field_value(text: str, analysis: Any, start: int) -> tuple[int, int, bool] | None:
        """A name field's whole value when it is a name written in Hangul words, as foreign
        names are (성명: 응우옌 티 란, 성명: 왕리웨이), which no surname test knows; not an
        instruction (이름: 반드시 실명으로 기재), which has an adverb or a verb in it."""
        value = _FIELD_VALUE_RE.match(text, start)
        if value is None or value.group()[:2] in _NOT_NAMES or value.group() in NOT_PERSON_WORDS:
            return None
        if value.group() in BANKS or value.group().endswith(BANK_ENDINGS):
            return None  # 예금주: 신한
        first, last = bisect_left(analysis.starts, start), bisect_left(analysis.starts, value.end())
        if any(tag.startswith(_INSTRUCTION_TAGS) for tag in analysis.tags[first:last]):
            # Kiwi reads some names as verbs (나은지: 낫/VV 은지, 도정한: 도정/NNG 하/XSV):
            # a field holding one name-shaped word alone is a name, an instruction is not
            word = value.group()
            return (start, value.end(), True) if _name_shaped(word) else None
        words = value.group().split(" ")
        if len(words) > 1 and words[0] in _KIN_BEFORE_NAME:
            start += len(words[0]) + 1  # 보호자: 남편 천성우 names 천성우
            words = words[1:]
        not_person = ROLE_ENDINGS + ORGANISATION_ENDINGS
        if words[0].endswith(not_person) or _TEAM_AFTER_RE.match(text, value.end()):
            return None
        # a title after the name is not part of it (담당: 김민수 대리); a team or role noun
        # makes the whole value a team's (발신: 서비스 운영팀, 수신: 전체 회원)
        if any(word.endswith(not_person) for word in words[1:]):
            return None
        kept = 1
        while (
            kept < len(words)
            and words[kept] not in (*TITLES, *_ADDRESS_WORDS)
            and not words[kept].startswith(("님", "씨"))  # 김민수 님께, 김민수 씨에게
        ):
            kept += 1
        return start, start + len(" ".join(words[:kept])), True

    @staticmethod
    def _ends_value(text: str, candidate: tuple[int, int, bool] | None) -> bool:
        """The name ends its field (line end, separator, bracket): 이름 오세린⏎, 성명 홍길동 /."""
        if candidate is None:
            return False
        end = candidate[1]
        while end < len(text) and is_hangul(text[end]):
            end += 1  # its particle or honorific (수령인 백승아님)
        return _VALUE_END_RE.match(text, end) is not None

    @classmethod
    def _table_cells(cls, text: str, analysis: Any) -> Iterator[tuple[int, int, bool]]:
        """Names in the column of a table (cells split by | or tabs) whose header cell is a
        name label (이름, 성명, 예금주, 담당자…): form data, one person per row."""
        for start, end, header in table_cells(text):
            cell = text[start:end]
            stripped = cell.strip(" \u00a0")
            if (
                name_column(header)
                and stripped
                and is_hangul(stripped[0])
                and not field_label(stripped)
            ):
                first = start + cell.index(stripped[0])
                candidate = cls._candidate_at(text, analysis, first)
                if candidate and candidate[1] == first + len(stripped):
                    yield candidate

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
        full_length = 4 if name[:2] in SURNAMES_2 else 3
        return len(name) == full_length and (
            not name.endswith(ROLE_ENDINGS) or name[-2:] in ROLE_LIKE_GIVEN_NAMES
        )

    @staticmethod
    def _candidate_at(text: str, analysis: Any, start: int) -> tuple[int, int, bool] | None:
        """The name-like word starting at ``start``: the Hangul run minus the particles and
        endings Kiwi found at its end (a three-syllable word keeps its last syllable, which
        Kiwi often mistakes for a particle: 한윤+아, 김하+은, unless its first two syllables
        are one common noun Kiwi knows: 공간+은)."""
        if start >= len(text) or not is_hangul(text[start]):
            return None
        end = start
        while end < len(text) and is_hangul(text[end]):
            end += 1
        starts, tags = analysis.starts, analysis.tags
        first = bisect_left(starts, start)
        last = bisect_left(starts, end)
        word_tags = set(tags[first:last])
        if word_tags & DERIVED_TAGS or word_tags & _NOT_NAME_TAGS and "NNP" not in word_tags:
            return None  # 가능한, 간결하게, 정하기, 반드시: no name (박/NNP 은 서/VV is)
        cut = end
        for i in range(last - 1, first, -1):
            if not tags[i].startswith(_SUFFIX_TAGS) and not (
                tags[i] == "NNB" and analysis.forms[i] in ("씨", "님")
            ):
                break
            cut = starts[i]
        known_noun = (
            first < len(starts)
            and starts[first] == start
            and analysis.ends[first] == cut
            and tags[first] == "NNG"
        )
        if cut - start == 2 and end - start == 3 and not known_noun:
            cut = end  # but 공간+은 is a noun Kiwi knows, with its particle
        if text[cut - 1] in "님씨" and cut - start > 2:
            cut -= 1  # Kiwi read 백승아님 as 백승 + 아니 + ㅁ: no name ends in an honorific
        if not plausible_name(text[start:cut]) or _TEAM_AFTER_RE.match(text, end):
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
        while start > 0 and is_hangul(text[start - 1]):
            start -= 1
        candidate = cls._candidate_at(text, analysis, start)
        return candidate if candidate and candidate[1] == end else None
