"""Seeded generators of the junk a Korean crawl is full of, one function per kind.

They feed the quality evaluation (`curate quality eval`) and the negatives of the bundled
quality model (`curate quality train --builtin`); the two use different seeds. All strings are
written for this project; hosts use reserved ``example`` domains.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from curate.sample import noise, snippets
from curate.sample.texts import split_sentences

UI_STRINGS = (
    "확인",
    "취소",
    "저장",
    "저장하기",
    "삭제",
    "수정",
    "편집",
    "닫기",
    "더보기",
    "접기",
    "로그인",
    "로그아웃",
    "회원가입",
    "아이디 찾기",
    "비밀번호 찾기",
    "비밀번호 변경",
    "비밀번호를 입력하세요",
    "아이디를 입력하세요",
    "검색어를 입력해 주세요",
    "검색",
    "장바구니 담기",
    "바로 구매",
    "주문하기",
    "결제하기",
    "배송 조회",
    "쿠폰 받기",
    "다음 단계",
    "이전 단계",
    "처음으로",
    "목록으로",
    "맨 위로",
    "공유하기",
    "신고하기",
    "좋아요",
    "구독",
    "알림 설정",
    "설정",
    "환경설정",
    "내 정보",
    "고객센터",
    "공지사항",
    "자주 묻는 질문",
    "1:1 문의",
    "이용약관",
    "개인정보처리방침",
    "파일 선택",
    "첨부파일",
    "업로드",
    "다운로드",
    "새로고침",
    "전체 선택",
    "선택 삭제",
    "필수 입력 항목입니다",
    "올바른 형식이 아닙니다",
    "잠시 후 다시 시도해 주세요",
    "네트워크 오류",
    "완료",
)
SEO_KEYWORDS = (
    "강남 맛집",
    "강남역 맛집",
    "맛집 추천",
    "데이트 코스",
    "홍대 카페",
    "분위기 좋은 카페",
    "다이어트 보조제",
    "다이어트 한약",
    "최저가",
    "무료 배송",
    "할인 쿠폰",
    "당일 배송",
    "중고차 시세",
    "중고차 매입",
    "대출 상담",
    "무직자 대출",
    "신용 대출",
    "저금리",
    "원룸 이사",
    "포장 이사",
    "이사 견적",
    "에어컨 청소",
    "입주 청소",
    "인테리어 견적",
)
GAMBLING = (
    "바카라",
    "카지노",
    "토토",
    "사설토토",
    "먹튀검증",
    "안전놀이터",
    "메이저사이트",
    "파워볼",
    "슬롯",
    "홀덤",
    "스포츠토토",
    "온라인카지노",
    "토토사이트",
    "꽁머니",
    "환전",
    "첫충",
)
ADULT = ("성인방송", "조건만남", "출장안마", "출장마사지", "만남사이트", "즉석만남", "야동")
CALLS = (
    "지금 바로 클릭",
    "가입 즉시 지급",
    "24시간 상담",
    "텔레그램 문의",
    "카톡 상담",
    "가입코드 7777",
    "첫충 20%",
    "매충 10%",
    "★바로가기★",
    "▶ 클릭 ◀",
)
CHAT = (
    "ㅋㅋㅋㅋㅋㅋ",
    "ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ",
    "ㅎㅎㅎㅎㅎ",
    "ㅠㅠㅠㅠㅠ",
    "ㄷㄷㄷㄷ",
    "헐",
    "대박",
    "ㄹㅇ",
    "ㅇㅈ",
    "ㄱㄱ",
    "ㅇㅋ",
    "레알",
    "개웃기네",
    "미쳤다",
    "아 진짜",
    "와 씨",
    "ㅋㅋ 인정",
    "나만 그럼?",
    "ㅇㅇ",
    "뭐임",
    "ㄴㄴ",
    "킹받네",
    "!!!!!!",
    "??????",
    "ㅜㅜ",
)
NAV_SECTIONS = (
    "회사소개",
    "인사말",
    "연혁",
    "조직도",
    "오시는 길",
    "사업분야",
    "제품소개",
    "고객지원",
    "공지사항",
    "보도자료",
    "채용정보",
    "자료실",
    "갤러리",
    "이벤트",
    "자주 묻는 질문",
    "정치",
    "경제",
    "사회",
    "문화",
    "국제",
    "스포츠",
    "연예",
    "오피니언",
    "포토",
    "영상",
)
TABLE_HEADERS = (
    ("구분", "2021년", "2022년", "2023년", "증감률"),
    ("지역", "인구", "세대수", "면적(㎢)", "밀도"),
    ("품목", "단가", "수량", "금액", "비고"),
    ("순위", "종목", "현재가", "전일비", "등락률"),
)
COOKIE_NOTICES = (
    "이 웹사이트는 더 나은 서비스 제공을 위해 쿠키를 사용합니다.",
    "사이트를 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.",
    "쿠키 설정은 브라우저 설정에서 언제든지 변경하실 수 있습니다.",
    "필수 쿠키는 사이트 기능을 위해 항상 활성화되어 있습니다.",
    "분석 쿠키와 광고 쿠키는 이용자의 동의를 받은 경우에만 사용됩니다.",
    "자세한 내용은 개인정보처리방침을 확인해 주세요.",
    "모든 쿠키 허용 | 필수 쿠키만 허용 | 쿠키 설정",
    "본 사이트는 이메일 주소 무단 수집을 거부합니다.",
    "Copyright © example.co.kr All rights reserved.",
)

# Sino-Korean words of statute text and their Hanja, to write the mixed script (국한문혼용) of
# older statutes and newspapers, where Hangul is left mostly for particles and endings.
_HANJA_PAIRS = (
    "대한민국:大韓民國 국민:國民 국가:國家 헌법:憲法 법률:法律 대통령:大統領 국회:國會 "
    "정부:政府 권리:權利 의무:義務 자유:自由 주권:主權 권력:權力 보장:保障 행정:行政 "
    "법원:法院 재판:裁判 선거:選擧 정당:政黨 조약:條約 경제:經濟 사회:社會 문화:文化 "
    "교육:敎育 노동:勞動 재산:財産 공공:公共 복리:福利 지방:地方 자치:自治 위원회:委員會 "
    "법인:法人 개정:改正 시행:施行 규정:規定 조례:條例 기관:機關 공무원:公務員 의원:議員 "
    "총리:總理 국무:國務 위원:委員 각부:各部 법관:法官 중앙:中央 관리:管理 감사:監査 "
    "입법권:立法權 선출:選出 구성:構成 예산:豫算 심의:審議 확정:確定 회계:會計 연도:年度 "
    "편성:編成 개시:開始 이유:理由 경시:輕視 설립:設立 목적:目的 조직:組織 활동:活動 "
    "민주:民主 보통:普通 평등:平等 직접:直接 비밀:秘密 국정:國政 처리:處理 상황:狀況 "
    "보고:報告 의견:意見 진술:陳述 출석:出席 질문:質問 요구:要求 제출:提出 공포:公布 "
    "효력:效力 발생:發生 일부:一部 대표:代表 발의:發議 의안:議案 번호:番號 제안:提案 "
    "주요:主要 내용:內容 현행:現行 사항:事項 필요:必要 조치:措置 경우:境遇 임기:任期 "
    "직무:職務 집행:執行 범위:範圍 요건:要件 국적:國籍 영토:領土 통일:統一 평화:平和 "
    "정책:政策 수립:樹立 추진:推進 군인:軍人 국군:國軍 파견:派遣 동의:同意 기간:期間 "
    "연장:延長 계약:契約 거래:去來 공정:公正 업무:業務 신고:申告 등록:登錄 취소:取消 "
    "처분:處分 절차:節次 행위:行爲 청구:請求 심판:審判 판결:判決 형사:刑事 민사:民事 "
    "부대:部隊 결혼:結婚 이하:以下 예고:豫告 기타:其他 이상:以上 지원:支援 신설:新設 "
    "훈련:訓練 회의:會議 국제:國際 자녀:子女 법령:法令 입법:立法 군사:軍事 단체:團體 "
    "임명:任命 의결:議決 보호:保護 안전:安全 생활:生活 이내:以內 해역:海域 노력:努力 "
    "인정:認定 정보:情報 협의:協議 협력:協力 관계:關係 중개:仲介 관련:關聯 계획:計劃 "
    "비용:費用 유지:維持 중요:重要 집회:集會 권한:權限 찬성:贊成 자문:諮問 결정:決定 "
    "제공:提供 기본:基本 해당:該當 범죄:犯罪 공개:公開 포함:包含 특별:特別 탄핵:彈劾 "
    "위반:違反 참여:參與 운영:運營 부담:負擔 변경:變更 질서:秩序 정치:政治 체포:逮捕 "
    "재정:財政 근로:勤勞 명령:命令 결과:結果 제정:制定 책임:責任 발전:發展 제도:制度 "
    "구속:拘束 손해:損害 투표:投票 의장:議長 사무:事務 지역:地域 승인:承認 확인:確認 "
    "신청:申請 심사:審査 제한:制限 침해:侵害 배상:賠償 사유:事由 국방:國防 체결:締結 "
    "방법:方法 기준:基準"
)
HANJA = dict(pair.split(":") for pair in _HANJA_PAIRS.split())
_ARTICLE = re.compile(r"제(\d+)([조항장절호])")
_ARTICLE_HANJA = {"조": "條", "항": "項", "장": "章", "절": "節", "호": "號"}


def _lines(rng: random.Random, make: Callable[[], str], low: int, high: int) -> str:
    return "\n".join(make() for _ in range(rng.randint(low, high)))


def ui_strings(rng: random.Random) -> str:
    """An app's string table scraped as a page: one short label per line."""
    return "\n".join(rng.sample(UI_STRINGS, rng.randint(15, 40)))


def keyword_spam(rng: random.Random) -> str:
    """SEO or gambling keyword stuffing: noun lists, no grammar, a call to action per line."""
    vocab = rng.choice((SEO_KEYWORDS, GAMBLING, GAMBLING + ADULT))

    def line() -> str:
        return " ".join(rng.choices(vocab, k=rng.randint(5, 12))) + " " + rng.choice(CALLS)

    return _lines(rng, line, 6, 18)


def gambling_prose_spam(rng: random.Random) -> str:
    """Gambling ads written as sentences, which a grammar check alone would let through."""
    templates = (
        "{a} 찾으시나요? 검증된 {b}에서 안전하게 즐기세요.",
        "{a} 이용 시 {b} 혜택을 드립니다.",
        "믿을 수 있는 {a}, 지금 {b}에 가입하세요.",
        "{a}와 {b}를 한 번에 즐길 수 있는 곳입니다.",
    )

    def sentence() -> str:
        a, b = rng.sample(GAMBLING, 2)
        return rng.choice(templates).format(a=a, b=b)

    return _lines(rng, lambda: " ".join(sentence() for _ in range(3)), 4, 10)


def random_syllables(rng: random.Random) -> str:
    return noise.syllable_spam(rng)


def repeated_lines(rng: random.Random, sentences: Sequence[str]) -> str:
    """A few real sentences cycled many times, as broken pagination or a scraper loop leaves."""
    chosen = rng.sample(list(sentences), rng.randint(1, 3))
    return "\n".join(chosen[i % len(chosen)] for i in range(rng.randint(10, 30)))


def chat(rng: random.Random) -> str:
    """Comment-section chatter: jamo laughter, interjections, runs of punctuation."""
    phrases = CHAT + snippets.CHAT_PHRASES
    return _lines(rng, lambda: " ".join(rng.choices(phrases, k=rng.randint(1, 5))), 20, 60)


def number_table(rng: random.Random) -> str:
    """A statistics table flattened to text: a header, then rows of numbers."""
    header = rng.choice(TABLE_HEADERS)

    def row() -> str:
        cells = [f"{rng.randint(1, 999):,}{rng.choice(('', '.', ','))}{rng.randint(0, 999)}"]
        cells += [
            f"{rng.uniform(-30, 30):.1f}%" if rng.random() < 0.3 else f"{rng.randint(0, 10**6):,}"
            for _ in range(len(header) - 1)
        ]
        return " | ".join(cells)

    return "\n".join((" | ".join(header), *(row() for _ in range(rng.randint(10, 40)))))


def navigation(rng: random.Random) -> str:
    """A site map or menu block: breadcrumbs and link lists, no sentences."""

    def line() -> str:
        kind = rng.random()
        if kind < 0.3:
            return " > ".join(rng.sample(NAV_SECTIONS, rng.randint(2, 4)))
        if kind < 0.6:
            return " | ".join(rng.sample(NAV_SECTIONS, rng.randint(3, 7)))
        return f"› {rng.choice(NAV_SECTIONS)}"

    menu = rng.sample(snippets.MENU_LINES, 2)
    return "\n".join((*menu, _lines(rng, line, 12, 30)))


def foreign_page(rng: random.Random, korean_title: str) -> str:
    """An English or Japanese page with a Korean title line, as a bilingual site serves it."""
    if rng.random() < 0.5:
        body = noise.foreign_text(rng, snippets.ENGLISH_SENTENCES, " ")
    else:
        body = noise.foreign_text(rng, snippets.JAPANESE_SENTENCES, "")
    return f"{korean_title}\n{body}\n{body}" if rng.random() < 0.3 else f"{korean_title}\n{body}"


def cookie_notice(rng: random.Random) -> str:
    """A consent banner and footer, often the only text a client-rendered page has."""
    return "\n".join(rng.sample(COOKIE_NOTICES, rng.randint(4, len(COOKIE_NOTICES))))


def with_hanja(text: str) -> str:
    """Write the Sino-Korean words of ``HANJA`` in Hanja, keeping Hangul particles/endings."""
    for hangul, hanja in sorted(HANJA.items(), key=lambda item: -len(item[0])):
        text = text.replace(hangul, hanja)
    return _ARTICLE.sub(lambda m: f"第{m[1]}{_ARTICLE_HANJA[m[2]]}", text)


def with_chrome(rng: random.Random, text: str) -> str:
    """Prose between a menu header and a cookie/copyright footer: a page to clean, not drop."""
    header = rng.sample(snippets.MENU_LINES, rng.randint(1, 2))
    footer = rng.sample(snippets.PAGE_FOOTERS, rng.randint(1, 2))
    return "\n".join((*header, text, *footer))


def with_foreign_paragraph(rng: random.Random, text: str) -> str:
    """Korean prose with one English paragraph inside: the paragraph goes, the page stays."""
    lines = text.split("\n")
    english = " ".join(rng.sample(snippets.ENGLISH_SENTENCES, 3))
    lines.insert(rng.randint(1, len(lines)), english)
    return "\n".join(lines)


def sentences_of(texts: Sequence[str]) -> list[str]:
    """Sentences of more than 20 characters, for junk built from real sentences."""
    paragraphs = (p for text in texts for p in text.split("\n"))
    return [s for p in paragraphs for s in split_sentences(p) if len(s) > 20]
