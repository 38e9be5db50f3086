"""Hold-out 10 for the Korean PII scrubber: ``pii_holdout10_ko.jsonl``.

How it was written
------------------
Blind. The writer read only ``curate/evals/marked.py`` (the inline-mark helper used here) and
the README sections "Copyright and PII", "Names: the policy" and "Spellings, look-alikes and
what is left alone" (for the labelling policy). Nothing under ``filters/``, ``tests/`` or
``benchmarks/``, no earlier hold-out generator or data file, and no git history was read; the
scrubber and its recognizers were never run on this text. It is meant to be scored once.

Genres (none used by the earlier hold-outs): university admission forms, scholarship
applications, national-exam admission tickets, reserve-forces notices, campsite and golf
bookings, marriage-agency profiles, daycare-teacher hiring, courier drivers' delivery memos,
study-group posts, exchange-student paperwork, travel insurance, car-rental contracts,
parking-ticket appeals, lost-and-found desks, library sign-ups, fan-club sign-ups, sports
tournament rosters, photo-studio bookings, flower orders, family-meeting restaurant bookings,
nursing-home intake, caregiver matching, tutoring-app profiles, online-course certificates,
disaster-relief and youth-rent applications, certificate-issue proxies, adoption counselling,
overseas-remittance receipts, international-student counselling, and running prose (news,
columns, blogs).

Labelling policy (README, ``pii.person: contact``, the default)
---------------------------------------------------------------
Structured values (RRN, FRN, phone, e-mail, card, bank account, business number, passport,
driver's licence, IP) are gold wherever they are a real-shaped value. In a record that holds a
private person's contact or identity data, or a form with name fields, every private
person's name is gold PERSON: names in passing, family members, speakers, Latin-script names,
foreign names in Hangul, given names alone. Only the name is marked (no 님/씨/titles/particles).
Public figures, historical persons, fictional characters, companies, brands and teams are
never PERSON. Look-alikes (order ids, tracking numbers, dates, versions, prices, 1588-style
numbers, public offices' numbers, zero placeholders, ISBNs, coordinates, law articles, case
numbers) are left unmarked; records with no PII at all carry ``"hard_negative": true``.

Every value is fictional: RRN/FRN dates are real calendar days with valid check digits, cards
pass Luhn with real network prefixes, business numbers carry their check digit, e-mails use
example/test domains, IPs are documentation or private ranges. All check digits are computed
below, and offsets come from the inline ``[[value|TYPE]]`` marks via ``marked.py``.

Regenerate::

    .venv/bin/python -m curate.evals.pii_holdout10
"""

# ruff: noqa: E501  (hand-written records read best one per line)
from __future__ import annotations

from collections import Counter
from pathlib import Path

from curate.evals.marked import typed_spans, write_jsonl

OUT = Path(__file__).parent / "data" / "pii_holdout10_ko.jsonl"

# --------------------------------------------------------------------------- value makers

_W = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def _reg(front: str, back6: str, sep: str) -> str:
    digits = front + back6
    assert len(digits) == 12 and digits.isdigit()
    check = (11 - sum(int(d) * w for d, w in zip(digits, _W, strict=True)) % 11) % 10
    return f"{front}{sep}{back6}{check}"


def rrn_v(front: str, back6: str, sep: str = "-") -> str:
    assert back6[0] in "1234"
    return _reg(front, back6, sep)


def frn_v(front: str, back6: str, sep: str = "-") -> str:
    assert back6[0] in "5678"
    return _reg(front, back6, sep)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card_v(body: str, groups: tuple[int, ...] = (4, 4, 4, 4), sep: str = "-") -> str:
    full = body + _luhn_digit(body)
    assert len(full) == sum(groups)
    out, i = [], 0
    for g in groups:
        out.append(full[i : i + g])
        i += g
    return sep.join(out)


def brn_v(nine: str, sep: str = "-") -> str:
    assert len(nine) == 9
    w = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    total = sum(int(d) * k for d, k in zip(nine, w, strict=True)) + (int(nine[8]) * 5) // 10
    full = nine + str((10 - total % 10) % 10)
    return f"{full[:3]}{sep}{full[3:5]}{sep}{full[5:]}" if sep is not None else full


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s: str) -> str:
    return s.translate(_FW)


def m(value: str, kind: str) -> str:
    return f"[[{value}|{kind}]]"


def N(v: str) -> str:
    return m(v, "PERSON")


def PH(v: str) -> str:
    return m(v, "PHONE_NUMBER")


def EM(v: str) -> str:
    return m(v, "EMAIL_ADDRESS")


def AC(v: str) -> str:
    return m(v, "KR_BANK_ACCOUNT")


def IP(v: str) -> str:
    return m(v, "IP_ADDRESS")


def PP(v: str) -> str:
    return m(v, "KR_PASSPORT")


def DL(v: str) -> str:
    return m(v, "KR_DRIVER_LICENSE")


def BR(nine: str, sep: str = "-") -> str:
    return m(brn_v(nine, sep), "KR_BRN")


def CC(body: str, groups: tuple[int, ...] = (4, 4, 4, 4), sep: str = "-") -> str:
    return m(card_v(body, groups, sep), "CREDIT_CARD")


def RR(front: str, back6: str, sep: str = "-") -> str:
    return m(rrn_v(front, back6, sep), "KR_RRN")


def FR(front: str, back6: str, sep: str = "-") -> str:
    return m(frn_v(front, back6, sep), "KR_FRN")


# --------------------------------------------------------------------------- positives

POSITIVE: list[tuple[str, str]] = [
    # 대학 입시 원서
    (
        "admission-form-1",
        f"2027학년도 수시모집 입학원서\n성명: {N('한지율')}\n주민등록번호: {RR('080314', '432118')}\n"
        f"휴대전화: {PH('010-4472-9183')}\n보호자 성명: {N('한상철')} (관계: 부)\n보호자 연락처: {PH('010 3381 2047')}\n"
        "수험번호 2027-03-118274 / 전형료 55,000원",
    ),
    (
        "admission-form-3",
        f"[입학처 회신] {N('Daniel Cho')} 지원자님, 재외국민 전형 서류 중 여권 사본의 번호({PP('M482K1937')})가 "
        "원서 기재 내용과 다릅니다. 2026. 9. 12.까지 보완해 주십시오. 문의 입학처 1588-0000은 운영하지 않습니다.",
    ),
    # 장학금 신청서
    (
        "scholarship-1",
        f"◆ 2026 희망나눔 장학금 신청서 ◆\n신청자: {N('윤채아')}\n학번: 20231847\n연락처: {PH('(010)5518-2740')}\n"
        f"장학금 입금 계좌: 신한은행 {AC('110-482-339017')} (예금주 {N('윤채아')})\n추천 교수: {N('김영환')} (학과장)",
    ),
    (
        "scholarship-2",
        f"성    명 : {N('마동현')}\n생년월일 : 2004년 2월 29일\n주민번호 : {RR('040229', '318442', ' ')}\n"
        f"가구원 : 모 {N('정선희')}, 동생 {N('마서현')}\n수령 계좌 : 국민은행 {AC('482301-01-228714')}",
    ),
    (
        "scholarship-3",
        f"장학재단 담당자님, 저는 {N('이나래')}입니다. 어제 메일로 보낸 소득증빙 서류가 반송되어 다시 보냅니다. "
        f"회신은 {EM('narae.lee＠example.com')}으로 부탁드립니다. 연락처 {PH(fw('010-7731-2098'))}",
    ),
    # 국가시험 응시표
    (
        "exam-ticket-1",
        f"제61회 공인중개사 자격시험 응시표\n응시번호 11-0042817\n성명 {N('차윤호')}\n"
        f"생년월일 1979.06.03\n주민등록번호 {RR('790603', '112458')}\n시험장: 서울 ○○중학교 제12시험실\n"
        "※ 응시표 분실 시 Q-Net 고객센터 1644-8000",
    ),
    (
        "exam-ticket-2",
        f"간호사 국가시험 응시원서 접수 확인 — 응시자 {N('Nguyen Thi Hoa')} (외국인등록번호 {FR('960817', '682035')}), "
        f"연락처 {PH('010-2281-6630')}, 이메일 {EM('hoa.nguyen96@test.co.kr')}",
    ),
    (
        "exam-ticket-3",
        f"운전면허 필기시험 재응시 안내\n수신: {N('고태린')} 님\n이전 면허번호: {DL('11-19-384210-52')}\n"
        "접수처: ○○운전면허시험장 (02-2660-0000은 예시 번호)",
    ),
    # 예비군 / 입대
    (
        "reserve-2",
        f"입영 대상자 신상 확인서\n성명: {N('서민혁')}\n주민등록번호: {RR('050922', '319004')}\n"
        f"비상연락: 부 {N('서경수')} {PH('010-4119-0832')}\n입영일: 2026-11-03 / 부대번호 2121부대",
    ),
    (
        "reserve-3",
        f"동원훈련 연기 신청합니다. 이름 {N('남궁현')}, 연락처 {PH('01028374615')}, 사유: 해외 출장 "
        f"(여권 {PP('M70315428')}, 출국 11/2).",
    ),
    # 캠핑장
    (
        "camping-2",
        f"캠핑장 사장님 안녕하세요~ 저희 일행 중 {N('지현')}이랑 {N('승호')}가 늦게 도착해요. 입금은 농협 "
        f"{AC('301-2281-4417-61')} 로 했고 입금자명은 {N('백지현')}입니다. 제 번호 {PH('010 8812 3304')}",
    ),
    (
        "camping-3",
        f"글램핑 취소 환불 요청\n예약자명 : {N('Emily Park')}\n환불 계좌 : 카카오뱅크 {AC('3333-14-2290471')}\n"
        f"메일 : {EM('emily.park@example.com')}",
    ),
    # 골프장
    (
        "golf-1",
        f"[부킹 확정] ○○CC 10/19(일) 07:32 OUT 코스, 4인\n대표자 {N('조성태')} {PH('010-5561-2093')}\n"
        f"동반자: {N('김현규')}, {N('이태식')}, {N('Michael Yoon')}\n그린피 카드 결제 {CC('524353101928447')}",
    ),
    (
        "golf-3",
        f"골프장 연회원 가입신청서\n성명: {N('장윤철')}\n사업자등록번호: {BR('214860173')}\n"
        f"이메일: {EM('yc.jang@golf-test.example.kr')}\n카드번호: {CC('457972014823917', sep=' ')}",
    ),
    # 결혼정보회사
    (
        "matchmaking-1",
        f"[회원 프로필 #A-2291]\n이름: {N('송다인')} (1994년생)\n직업: 초등교사\n부모님: 부 {N('송기철')} / 모 {N('유정애')}\n"
        f"연락처(매니저 경유): {PH('010-6173-2048')}\n키 163cm / 거주 경기 성남",
    ),
    (
        "matchmaking-3",
        f"가입비 결제 영수증\n회원명: {N('Kevin Lim')}\n결제카드: {CC('37651284930127', (4, 6, 5))}\n"
        f"사업자번호: {BR('120871440')}\n승인일시 2026-08-30 14:22",
    ),
    # 보육교사 채용
    (
        "daycare-hiring-1",
        f"○○어린이집 보육교사 지원서\n성명 {N('문가온')}\n주민등록번호 {RR('980412', '218307')}\n"
        f"연락처 {PH('010-3904-5521')}\n이메일 {EM('gaon.moon@example.kr')}\n자격증: 보육교사 2급 (제2019-123456호)",
    ),
    (
        "daycare-hiring-3",
        f"채용 서류 제출 확인: {N('Rahima Akter')} (외국인등록번호 {FR('910203', '582511', ' ')}), "
        f"급여 계좌 하나은행 {AC('630-910274-88305')}.",
    ),
    # 택배 기사 배송 메모
    (
        "courier-memo-1",
        f"기사님 메모) 302호 {N('신유나')} 고객님 부재 시 경비실 X, 문 앞 O. 통화 안 되면 "
        f"{PH('010-2047-8831')} 문자 주세요. 운송장 6892-1134-0572 (조회용)",
    ),
    # 스터디 모집
    (
        "study-recruit-3",
        f"스터디 보증금 3만원은 모임장 {N('황재원')} 통장(토스뱅크 {AC('1000-4128-3392')})으로 보내 주세요. "
        f"{N('미소')}님, {N('준서')}님 아직 미입금이에요!",
    ),
    # 교환학생 서류
    (
        "exchange-1",
        f"교환학생 파견 신청서 (2027-1학기)\n성명(국문): {N('김서우')}\n성명(영문): {N('KIM SEOWOO')}\n"
        f"여권번호: {PP('M123A4567')}\n휴대폰: {PH('+82 10-3381-4072')}\n이메일: {EM('seowoo.kim@univ-test.ac.kr')}",
    ),
    (
        "exchange-2",
        f"Dear Ms. {N('Schneider')}, I am {N('Park Minji')}, an incoming exchange student. My passport number is "
        f"{PP('M90214473')} and my Korean mobile is {PH('+821055208813')}. 감사합니다.",
    ),
    (
        "exchange-3",
        f"교환학생 비자 서류 체크리스트: 여권 사본 ✔ (번호 {PP('m482b1190')}) / 재정보증 — 보증인 {N('이경태')} "
        f"(부), 잔액증명 우리은행 {AC('1002-284-771930')} ✔",
    ),
    # 여행자보험
    (
        "travel-insurance-1",
        f"해외여행자보험 가입 확인서\n피보험자: {N('전예린')}\n주민등록번호: {RR('010711', '418273')}\n"
        f"여행지: 일본 / 기간 2026.12.20~12.27\n보험료 결제: {CC('404825119032781', sep=' ')}",
    ),
    (
        "travel-insurance-2",
        f"가족 여행자보험 피보험자 명단\n1) {N('방준혁')} {RR('780125', '124508')}\n"
        f"2) {N('최윤미')} {RR('811103', '227194')}\n3) {N('방하은')} {RR('120508', '422817')}\n"
        f"계약자 연락처 {PH('010-2290-7714')}",
    ),
    (
        "travel-insurance-3",
        f"보험사 상담원: {N('Sophie Martin')} 고객님, 외국인등록번호 {FR('870930', '612048', '')} 확인되었습니다. "
        "가입 완료 문자는 1566-0000으로 발송됩니다.",
    ),
    # 렌터카 계약
    (
        "rental-1",
        f"렌터카 임대차 계약서\n임차인: {N('도현석')}\n운전면허번호: {DL('12-15-338104-71')}\n"
        f"연락처: {PH('010-5538-2094')}\n제2운전자: {N('도민지')} (면허 {DL('서울 21-447190-33')})\n"
        "차량: 아반떼 123허4567 / 대여 2026-07-01 10:00",
    ),
    (
        "rental-2",
        f"제주 렌터카 예약 문의드립니다. 운전자는 {N('Jason Kwon')}이고 국제면허 말고 한국 면허 "
        f"{DL('13.20.558107.41')} 있어요. 결제는 {CC('539012884417205')}로 하려고요.",
    ),
    # 주차 위반 이의신청
    (
        "parking-appeal-1",
        f"주정차 위반 과태료 의견진술서\n진술인: {N('엄기현')}\n주민등록번호: {RR('690817', '133602')}\n"
        f"전화: {PH('010-4120-9937')}\n위반일시 2026.05.11 14:03 / 차량번호 45나 8812\n"
        "사유: 장애인 보호자 승하차(관련 조항: 도로교통법 제32조)",
    ),
    (
        "parking-appeal-2",
        f"안녕하세요. 딸 {N('엄지우')}가 운전했는데 제 명의로 딱지가 나왔습니다. 딸 면허번호는 {DL('11 21 902817 63')}입니다. "
        f"제 이메일 {EM('khum69@example.kr')}로 결과 알려주세요.",
    ),
    # 분실물 센터
    (
        "lost-found-1",
        f"[분실물 접수] 습득물: 검은색 지갑 / 안에 신분증(성명 {N('현지섭')}, 주민번호 {RR('930227', '100471')}) "
        f"및 카드 1매. 본인 연락처 {PH('010-6619-4402')}로 안내 문자 발송.",
    ),
    (
        "lost-found-2",
        f"지하철 유실물센터 수령 위임장\n위임인: {N('Li Wei')} (외국인등록번호 {FR('951121', '511628')})\n"
        f"수임인: {N('장하람')} ({PH('010-3028-5511')})\n물품: 중국 여권 1부",
    ),
    # 도서관
    (
        "library-1",
        f"○○시립도서관 회원가입 신청서\n이름: {N('석민재')}\n생년월일: 2012.04.19\n보호자: {N('석준영')}\n"
        f"보호자 휴대전화: {PH('010-7720-3391')}\n이메일: {EM('jy.seok@example.com')}",
    ),
    (
        "library-2",
        f"상호대차 도착 알림: {N('감유리')} 님이 신청하신 『82년생 김지영』이 도착했습니다. "
        f"수신 번호 {PH('010 4492 1038')}. ISBN 978-89-374-3708-3",
    ),
    (
        "library-3",
        f"도서관 전자자료 접속 오류 문의 — 회원 {N('모하린')}, 접속 IP {IP('203.0.113.77')}, "
        f"연락 {EM('harin.mo@test.kr')}",
    ),
    # 팬클럽
    (
        "fanclub-1",
        f"공식 팬클럽 5기 가입 신청\n성명: {N('위다솜')}\n휴대폰: {PH('010-8845-2210')}\n이메일: {EM('dasom_wi@example.kr')}\n"
        f"가입비 입금: 우리은행 {AC('1005-803-552190')} (입금자 {N('위다솜')})",
    ),
    (
        "fanclub-2",
        f"팬싸 당첨자 명단(본인 확인용)\n{N('채은별')} 010-****-2231\n{N('Ji-woo Han')} {PH('010-3392-7105')}\n"
        f"{N('남유진')} {PH('01044120987')}",
    ),
    (
        "fanclub-3",
        f"팬클럽 굿즈 공동구매 정산합니다! 총무 {N('라윤서')} 계좌 케이뱅크 {AC('100-148-227390')}로 "
        "28,000원씩 보내주세요. 주문번호 GD-240917-0055",
    ),
    # 대회 참가 명단
    (
        "tournament-1",
        f"제7회 구청장배 배드민턴 대회 참가 명단 (A조)\n| 이름 | 연락처 |\n| {N('오재훈')} | {PH('010-2218-4490')} |\n"
        f"| {N('하민경')} | {PH('010-9927-3301')} |\n| {N('Tran Van Duc')} | {PH('010-5563-0218')} |",
    ),
    (
        "tournament-2",
        f"풋살 대회 참가비 환불 계좌: 기업은행 {AC('010-284471-02-019')} 예금주 {N('금태윤')}. "
        f"팀 주장 {N('차동건')} {PH('010-6624-3380')}.",
    ),
    (
        "tournament-3",
        f"마라톤 참가 신청\n성명: {N('홍세린')}\n주민번호 앞자리 포함: {RR('870506', '225193')}\n"
        f"비상연락처(배우자 {N('김태경')}): {PH('010-3381-9026')}\n배번 10K-4471",
    ),
    # 사진관
    (
        "photo-studio-1",
        f"가족사진 촬영 예약 확인 — 예약자 {N('윤경호')} 님 / {PH('010-2771-4409')} / 11월 2일 오후 3시 / "
        f"구성: 부모님({N('윤태석')}, {N('강명자')}), 형 가족 4명",
    ),
    # 꽃집 주문
    (
        "florist-1",
        f"[꽃 주문서]\n보내는 분: {N('강지호')} ({PH('010-3098-2271')})\n받는 분: {N('이은솔')} ({PH('010-8820-4113')})\n"
        "리본 문구: 생일 축하해 / 상품: 프리저브드 장미 M (FL-0342)",
    ),
    (
        "florist-2",
        f"근조화환 주문합니다. 결제는 법인카드 {CC('553176204418290', sep=' - ')}, 사업자 {BR('605810299')}. "
        f"주문자 {N('봉승현')} 부장.",
    ),
    (
        "florist-3",
        f"사장님~ 어버이날 카네이션 바구니 두 개요. 하나는 저희 엄마 {N('조영숙')}께, 하나는 시어머니 {N('나복희')}께 보내요. "
        f"입금은 부산은행 {AC('101-2034-5678-03')}로 했어요.",
    ),
    # 상견례 식당 예약
    (
        "meeting-dinner-1",
        f"상견례 룸 예약 (6인)\n예약자: {N('송지후')}\n연락처: {PH('010 2239 8841')}\n"
        f"참석: 신랑측 {N('송병국')}·{N('박미라')}, 신부측 {N('권혁')}·{N('이수연')}, 본인들",
    ),
    (
        "meeting-dinner-2",
        f"한정식집 예약금 10만원 입금했습니다. 우체국 {AC('600412-02-337180')}, 입금자 {N('권나연')}. "
        "예약일 2026.10.03 12:00",
    ),
    # 요양원 입소 상담
    (
        "nursing-home-1",
        f"요양원 입소 상담 기록\n어르신 성함: {N('한말순')} (85세)\n주민등록번호: {RR('410219', '228015')}\n"
        f"장기요양등급 3등급 / 보호자: 아들 {N('김동석')} {PH('010-4812-7703')}\n며느리 {N('정혜진')} {PH('010-5520-3318')}",
    ),
    (
        "nursing-home-2",
        f"원장님께. 어머니 {N('최정임')} 입소 관련해서 첫 달 비용은 새마을금고 {AC('9002-1728-3304-1')}에서 "
        f"자동이체 걸어 두었습니다. 아들 {N('이상훈')} 올림",
    ),
    (
        "nursing-home-3",
        f"○○요양원 본관 와이파이 공유기 관리: 게이트웨이 {IP('192.168.10.1')}, 간호사실 PC {IP('192.168.10.24')}. "
        f"담당 {N('국민정')} {PH('010-2290-6618')}",
    ),
    # 간병인 매칭
    (
        "caregiver-1",
        f"[간병인 매칭 완료]\n환자: {N('박용길')} (79세, 남)\n간병인: {N('진메이')} (중국 국적, 외국인등록번호 {FR('720813', '612394')})\n"
        f"간병인 연락처: {PH('010-7331-0582')}\n일당 150,000원 / 입금 수협 {AC('1010-2239-4481')}",
    ),
    (
        "caregiver-2",
        f"간병인 {N('Maria Santos')} 여사님 이번 주 급여는 SC제일은행 {AC('291-20-183744')}로 부탁드려요. "
        f"보호자 {N('박선영')} 드림",
    ),
    (
        "caregiver-3",
        f"간병 교대 일정: 월~수 {N('양순자')}, 목~일 {N('김옥분')}. 급할 땐 센터 말고 제게 직접 {PH('010-6618-2047')} "
        "(센터 대표번호 1577-0000은 주말 미운영)",
    ),
    # 과외 매칭 앱
    (
        "tutoring-1",
        f"[튜터 프로필]\n이름: {N('하윤재')}\n학교: ○○대 수학교육과 3학년\n연락처: {PH('010-4418-9902')}\n"
        f"정산 계좌: 카카오뱅크 {AC('3333-21-0398174')}\n시급 35,000원",
    ),
    (
        "tutoring-2",
        f"안녕하세요 선생님, 학생 {N('민서')} 엄마예요. 이번 달 과외비는 {N('정현주')} 이름으로 보냈어요. "
        f"제 번호 바뀌었어요 → {PH('010-9120-4437')}",
    ),
    (
        "tutoring-3",
        f"튜터 정산 오류 신고: 튜터 {N('Ryan Baek')}, 사업자 {BR('314272001')} (개인과외교습자), "
        f"메일 {EM('ryan.baek@tutor.example.com')}",
    ),
    # 온라인 강의 수강증
    (
        "course-cert-1",
        f"수강증\n수강생: {N('임도은')}\n과정명: 데이터 분석 실무 (2026-3기)\n수강기간: 2026.03.02 ~ 2026.05.31\n"
        f"결제: {CC('536148011927384', sep=' ')} 일시불 / 사업자등록번호 {BR('211870432')}",
    ),
    (
        "course-cert-2",
        f"수강생 {N('피승우')} 님의 계정이 여러 IP({IP('198.51.100.23')}, {IP('198.51.100.201')})에서 "
        f"동시 접속되어 잠겼습니다. 본인 확인 메일: {EM('swpi@example.kr')}",
    ),
    (
        "course-cert-3",
        f"환불 요청서 — 성명 {N('곽나윤')} / 환불계좌 경남은행 {AC('207-0092-1183-05')} / 연락처 {PH('055-281-3394')}",
    ),
    # 재난지원금
    (
        "relief-1",
        f"재난지원금 신청서(대리 신청)\n세대주: {N('유봉수')}\n주민등록번호: {RR('550711', '102934')}\n"
        f"신청인(자녀): {N('유미정')} {PH('010-3392-1106')}\n지급 계좌: 농협 {AC('352-0817-2291-03')}",
    ),
    (
        "relief-2",
        f"지원금 이의신청합니다. 저는 {N('채경민')}이고 외국인 배우자 {N('응우옌 티 마이')}(외국인등록번호 "
        f"{FR('930514', '628113')})도 가구원입니다.",
    ),
    # 청년 월세 지원
    (
        "youth-rent-1",
        f"청년월세 한시 특별지원 신청\n신청인: {N('표지안')}\n주민등록번호: {RR('001231', '422671', '')}\n"
        f"휴대전화: {PH('010–7782–3041')}\n임대인: {N('마경희')}\n월세 입금계좌: 대구은행 {AC('508-10-227194-8')}",
    ),
    (
        "youth-rent-2",
        f"청년 월세 지원 서류 보완 요청 — {N('송하람')} 님, 임대인 {N('진명호')} 님 계좌({AC('110 338 902174')}, 신한)와 "
        f"이체 내역이 일치하지 않습니다. 문의: 주거복지과 02-2133-0000",
    ),
    # 가족관계 서류 발급 위임
    (
        "proxy-1",
        f"위 임 장\n위임인: {N('탁병철')} (주민등록번호 {RR('480305', '127720')})\n"
        f"수임인: {N('탁소연')} (주민등록번호 {RR('820919', '201846')}, 관계: 딸)\n"
        "위임 내용: 가족관계증명서(상세) 발급 1통",
    ),
    # 입양 상담
    (
        "adoption-1",
        f"입양 상담 접수\n신청 부부: {N('노재훈')}, {N('심예지')}\n연락처: {PH('010-3381-2270')} / {EM('jaehoon.noh@example.com')}\n"
        "상담 희망일: 2026-11-18",
    ),
    # 해외송금 영수증
    (
        "remittance-1",
        f"해외송금 영수증\n송금인: {N('Bui Thanh Long')}\n외국인등록번호: {FR('900312', '518402')}\n"
        f"출금계좌: 우리은행 {AC('1002-553-190284')}\n수취인: {N('Bui Thi Thu')}\n송금액 USD 800 / 참조번호 REF2026110400921",
    ),
    (
        "remittance-3",
        f"송금인 정보 변경 요청\n성명: {N('Olga Petrova')}\n여권번호: {PP('M310C4557')}\n"
        f"새 휴대폰: {PH('010-4402-7719')}",
    ),
    # 외국인 유학생 상담
    (
        "intl-student-1",
        f"[유학생 상담 기록] 상담 학생: {N('Zhang Yutong')}({N('장위퉁')}) / 외국인등록번호 {FR('030825', '718203')} / "
        f"지도교수 {N('민상욱')} / 연락 {EM('yutong.z@student.example.ac.kr')}",
    ),
    (
        "intl-student-2",
        f"선생님, 저 {N('Aigerim')}이에요. 기숙사 말고 원룸 계약하려는데 보증금은 집주인 {N('한정호')} 씨 계좌 "
        f"광주은행 {AC('107-121-449038')}로 보내면 돼요? 제 번호 {PH('010-2281-3309')}.",
    ),
    (
        "intl-student-3",
        f"유학생 건강보험 상담: 학생 {N('Pham Minh Khoa')}, 여권 {PP('M55203981')}, 휴대폰 {PH('010.3310.7729')}",
    ),
    # 산문: 뉴스·칼럼·블로그
    (
        "prose-blog-1",
        f"캠핑 3년 차 블로그 글. 이번엔 강원도 홍천으로 다녀왔다. 같이 간 {N('태민')}이가 텐트를 치는 동안 나는 "
        f"장을 봤다. 캠핑장 사장님 번호({PH('010-5571-2234')})를 미리 저장해 둔 게 신의 한 수였다.",
    ),
    (
        "prose-news-1",
        f"[독자 제보] 분실한 지갑을 찾아준 택시 기사 {N('이만수')}(61) 씨에게 감사 인사를 전하고 싶다는 사연이 왔다. "
        f"제보자 {N('김예나')} 씨는 기사에게 연락하고 싶다며 {EM('yena.kim@example.com')}로 연락을 달라고 했다.",
    ),
    (
        "prose-column-1",
        f"칼럼을 쓰는 나에게 독자 {N('신동욱')} 씨가 메일({EM('dw.shin@example.kr')})을 보냈다. 그는 자신의 "
        "아버지가 6·25 때 이순신 장군 동상 앞에서 찍은 사진을 보내왔다.",
    ),
    (
        "prose-news-2",
        f'요양원 집단 감염 이후 보호자 모임 대표 {N("오경란")}(54) 씨는 "연락이 닿지 않는다"며 '
        f"자신의 번호({PH('010-6602-1840')})를 공개하고 제보를 받고 있다. 윤석열 전 대통령 시절 만든 지침이 원인이라는 주장도 나왔다.",
    ),
    (
        "prose-blog-3",
        f"렌터카 사기 당할 뻔한 후기. 업체 측 '박 실장'이라는 사람이 계약금을 개인 계좌(국민 {AC('940202-00-118374')})로 "
        "보내라고 했다. 다행히 법인 계좌가 아니어서 이상하다고 느꼈다.",
    ),
    (
        "prose-news-3",
        f"이주노동자 {N('Sunil Perera')}(34) 씨는 송금 수수료가 부담이라고 했다. 그가 보여준 영수증에는 외국인등록번호 "
        f"{FR('920407', '582031')}가 그대로 찍혀 있었다.",
    ),
    # 기타 폼, 목록, 메일
    (
        "misc-insurance-email",
        f"보낸 사람: {N('Hannah Jung')} <{EM('hannah.jung@example.com')}>\n받는 사람: 여행자보험 고객지원팀\n"
        f"제목: 증권 재발급\n남편 {N('David Lee')}의 여권번호 {PP('M20384715')}로 증권을 다시 발급해 주세요.",
    ),
    (
        "misc-golf-invoice",
        f"골프 동호 대회 협찬사 정산\n협찬사: (주)그린필드 사업자등록번호 {BR('105871214', ' ')}\n"
        f"담당자: {N('석주원')} 과장 / {PH('02-3452-7781')} / {EM('jw.seok@greenfield.example.kr')}",
    ),
    (
        "misc-server-log",
        f"캠핑장 예약 시스템 장애 보고: 예약자 {N('권나은')}의 결제 요청이 {IP('10.20.31.44')} → {IP('172.16.5.12')} "
        f"구간에서 타임아웃. 고객 회신 {PH('010-7731-6620')}.",
    ),
    (
        "misc-ipv6",
        f"도서관 좌석예약 키오스크 설정표\n1층: {IP('2001:db8:10::21')}\n2층: {IP('2001:db8:10::22')}\n"
        f"관리자: {N('은지효')} 주무관 ({EM('jihyo.eun@library.example.kr')})",
    ),
    (
        "misc-license-list",
        f"렌터카 제2운전자 등록 명단\n- {N('변상우')} / {DL('14-18-229031-80')}\n- {N('변지윤')} / {DL('11-22-700418-25')}\n"
        f"- {N('Anna Kowalski')} / 국제면허 (여권 {PP('M66120394')})\n대표 연락처 {PH('010-8812-0394')}",
    ),
    (
        "misc-license-2",
        f"주차 이의신청 보완: 운전자 {N('윤재경')}, 면허 {DL('16·19·440127·90')}, 연락처 {PH('010 3340 2218')}",
    ),
    (
        "misc-license-3",
        f"렌터카 사고 접수 — 운전자 성명 {N('길현우')}, 운전면허 {DL('대구 22-118943-07')}, 상대 차량 운전자 {N('도경수')} "
        f"({PH('010-2240-9183')})",
    ),
    (
        "misc-license-4",
        f"운전 경력 증명 요청 (보육교사 차량 운행 지원자)\n성명: {N('주하진')}\n면허번호: {DL('28-17-003812-44')}\n"
        f"이메일: {EM('hajin.ju@example.kr')}",
    ),
    (
        "misc-license-5",
        f"택배 기사 채용 서류 접수: {N('맹철호')} 기사님 면허 {DL('12 09 553017 62')}, 차량 1톤, 연락 {PH('010-9943-2817')}",
    ),
    (
        "misc-brn-1",
        f"꽃집 정기 납품 계약 — 공급자 {N('나예슬')} (플라워스튜디오 예슬, 사업자 {BR('318920447', '')}), "
        f"대금 입금 하나 {AC('391-910228-41107')}",
    ),
    (
        "misc-brn-2",
        f"사진관 제휴 신청서\n상호: 빛담스튜디오\n대표자: {N('설준호')}\n사업자등록번호: {BR('220815559')}\n"
        f"대표 전화: {PH('02-543-2093')}",
    ),
    (
        "misc-brn-3",
        f"캠핑장 위탁운영 견적서 — 수신 {N('허윤석')} 대표님 / 발신 솔숲레저 사업자 {BR('502812774')} / "
        f"담당 {N('마진우')} {PH('010-2284-7730')}",
    ),
    (
        "misc-brn-4",
        f"요양원 식자재 공급업체 변경 통보: 신규 업체 사업자등록번호 {BR('617230185', ' ')}, 대표 {N('오상민')}, "
        f"{EM('order@food-test.example.kr')}",
    ),
    (
        "misc-brn-5",
        f"과외 교습자 등록증 사본 첨부합니다. 교습자 {N('류다은')} / 사업자 {BR('129812660')} / 휴대폰 {PH('010 6631 0923')}",
    ),
    (
        "misc-card-1",
        f"결혼정보회사 환불 청구: 회원 {N('진세아')}, 결제 카드 {CC('447920118273604')}, 부분 환불 990,000원. "
        f"연락처 {PH('010-2094-7738')}",
    ),
    (
        "misc-card-2",
        f"골프 레슨 10회권 결제 오류. 카드번호 {CC('531277018823410', sep=' ')} 로 두 번 결제됐어요. "
        f"회원 {N('감태호')}",
    ),
    (
        "misc-card-3",
        f"여행자보험 자동갱신 카드 변경\n피보험자: {N('Chloe Kim')}\n새 카드: {CC('356911204483772', sep='')}\n"
        "유효기간 09/29 (CVC 미기재)",
    ),
    (
        "misc-card-4",
        f"사진관 액자 주문 결제 — {N('편서연')} 님 / {CC('37942018837715', (4, 6, 5))}",
    ),
    (
        "misc-card-5",
        f"캠핑용품 공동구매 카드 결제 명단: {N('성지환')} {CC('458210392177466', sep=' - ')}, "
        f"{N('봉하윤')} {CC('222103948812207')}",
    ),
    (
        "misc-email-1",
        f"팬클럽 운영진 연락망: 회장 {N('소예진')} {EM('yejin.so@fan.example.com')}, 총무 {N('탁서윤')} {EM('seoyun.tak@example.com')}",
    ),
    (
        "misc-ip-1",
        f"온라인 강의 부정 수강 의심 건: 수강생 {N('차예준')} 계정이 {IP('203.0.113.14')}과 {IP('203.0.113.250')}에서 동시 재생. "
        f"본인 번호 {PH('010-4421-0098')}",
    ),
    (
        "misc-ip-2",
        f"과외 앱 관리자 메모: 튜터 {N('정민호')} 로그인 {IP('192.0.2.18')} (2026-09-01 21:14), 연락 {EM('minho.j@example.com')}",
    ),
    (
        "misc-ip-3",
        f"입시 원서 접수 서버 점검 — 웹 {IP('10.0.3.15')}, DB {IP('10.0.3.16')} (버전 4.2.11.7 배포). 당직 {N('노승재')} {PH('010-5523-1908')}",
    ),
    (
        "misc-rrn-1",
        f"사진관 증명사진 주민등록증 재발급 동행: 할머니 {N('김복례')} ({RR('380911', '201537', '.')})",
    ),
    (
        "misc-passport-1",
        f"교환학생 항공권 발권 정보\nPASSENGER: {N('LEE SOOAH')}\nPASSPORT NO.: {PP('M81402267')}\n"
        f"E-MAIL: {EM('sooah.lee@example.com')}",
    ),
    (
        "misc-passport-2",
        f"해외 봉사 여행자보험 단체 명단 — {N('국한별')} 여권 {PP('M402C8817')}, {N('엄소희')} 여권 {PP('M77120384')}",
    ),
    (
        "misc-passport-3",
        f"렌터카(괌) 예약: 운전자 {N('하태양')}, 여권 {PP('M17293045')}, 한국 면허 {DL('13-24-119374-01')}",
    ),
    (
        "misc-frn-1",
        f"보육교사 보조 인력 명단: {N('Tran Thi Lan')} 외국인등록번호 {FR('950601', '612740', ' ')}",
    ),
    (
        "misc-frn-2",
        f"유학생 장학금 지급 대상: {N('Batbayar Enkh')} ({FR('010315', '718024')}), {N('Oyuna Dorj')} ({FR('000927', '822190')})",
    ),
    (
        "misc-frn-3",
        f"간병인 등록 서류 — 성명: {N('린샤오')} / 외국인등록번호: {FR('780222', '628315', '.')} / 계좌: 신협 {AC('132-098-441820')}",
    ),
    (
        "misc-frn-4",
        f"해외송금 한도 증액 신청: {N('Nimal Silva')}, 외국인등록번호 {FR('880710', '512277')}, 연락처 {PH('010-6628-4410')}",
    ),
    # 추가: 여권, 카드, 사업자, 면허, IP, 외국인등록번호가 더 필요한 서식들
    (
        "extra-passport-1",
        f"여행자보험 단체 가입 (봉사단 3명)\n| 성명 | 여권번호 |\n| {N('정다온')} | {PP('M20418836')} |\n"
        f"| {N('봉예림')} | {PP('M739D2204')} |\n| {N('Kim Aram')} | {PP('M44017729')} |\n담당 교사 {N('송영민')} {PH('010-3301-8824')}",
    ),
    (
        "extra-passport-2",
        f"교환학생 기숙사 배정 확인: {N('Lukas Weber')} (passport {PP('M08823145')}) — 룸메이트 {N('최강준')}",
    ),
    (
        "extra-passport-3",
        f"입양 상담(국외 입양인 뿌리찾기) 신청: {N('Sarah Miller')}, 한국 이름 {N('김은정')}, 한국 여권 {PP('M602E1187')}, "
        f"메일 {EM('sarah.m@example.com')}",
    ),
    (
        "extra-card-1",
        f"렌터카 보증금 카드 승인 내역\n임차인: {N('표태건')}\n카드: {CC('455901732210948')}\n사업자: 제주드림렌트 {BR('616812093')}",
    ),
    (
        "extra-card-2",
        f"결혼정보회사 재가입 결제 — {N('심서윤')} 회원님 카드 {CC('518842007733190', sep=' ')} (할부 6개월)",
    ),
    (
        "extra-card-3",
        f"요양원 월 이용료 카드 자동결제 등록: 보호자 {N('하정수')}, 카드번호 {CC('426583019928311')}",
    ),
    (
        "extra-brn-1",
        f"스터디 카페 제휴 계약서\n갑: 스터디룸 온 (사업자등록번호 {BR('137208821')}) 대표 {N('임채린')}\n"
        f"을: 스터디 모임장 {N('윤태오')} ({PH('010-4388-1290')})",
    ),
    (
        "extra-brn-2",
        f"상견례 식당 세금 영수 정보 — 상호 한옥정, 사업자 {BR('211082736', ' ')}, 예약자 {N('권혁')}",
    ),
    (
        "extra-brn-3",
        f"보육교사 파견 업체 등록: 사업자번호 {BR('408819004', '')} / 대표 {N('노정아')} / {EM('jungah.noh@care.example.kr')}",
    ),
    (
        "extra-brn-4",
        f"꽃집 입점 신청서\n상호: 봄날플라워\n사업자등록번호: {BR('120452271')}\n대표자: {N('하보람')}\n휴대전화: {PH('010-5540-2219')}",
    ),
    (
        "extra-brn-5",
        f"캠핑장 예약 플랫폼 정산 대상 사업자: {BR('314810062')} (솔숲오토캠핑장, 대표 {N('변영철')}), 정산 계좌 기업 {AC('221-048213-01-017')}",
    ),
    (
        "extra-license-1",
        f"택배 기사 계약서 (위수탁)\n수탁자: {N('곽동진')}\n운전면허: {DL('11-20-418836-02')}\n연락처: {PH('010-2298-4401')}\n"
        f"정산 계좌: 국민 {AC('040701-04-118273')}",
    ),
    (
        "extra-license-2",
        f"주차 위반 이의신청 — 실제 운전자 지정: {N('남윤서')} (면허번호 {DL('15-21-337702-18')}), 차주 {N('남기혁')}",
    ),
    (
        "extra-license-3",
        f"골프장 셔틀 기사 채용 지원: {N('어경환')}, 1종 대형 {DL('26－08－771420－33')}, 연락처 {PH('010 4420 7718')}",
    ),
    (
        "extra-license-4",
        f"렌터카 추가 운전자: {N('빈하율')} / {DL('부산 12-203381-44')} / {PH('010-7718-3302')}",
    ),
    (
        "extra-ip-1",
        f"팬클럽 가입 폼 중복 신청 차단 기록\n신청자 {N('연하은')} — {IP('198.51.100.77')}\n신청자 {N('Yuki Tanaka')} — {IP('2001:db8:ab::7')}\n"
        f"운영진 메모: 두 분 모두 {EM('fanclub-ops@example.com')}으로 해명 요청",
    ),
    (
        "extra-ip-2",
        f"재난지원금 접수 시스템 장애: 민원인 {N('소병태')} 님 접속({IP('203.0.113.9')})에서 본인인증 실패. 회신 {PH('010-2210-4478')}",
    ),
    (
        "extra-frn-1",
        f"외국인 유학생 상담 신청서\n성명: {N('Nurlan Abenov')}\n외국인등록번호: {FR('040119', '718322')}\n"
        f"지도교수: {N('손정은')}\n이메일: {EM('nurlan.a@student.example.ac.kr')}",
    ),
]

# --------------------------------------------------------------------------- hard negatives

NEGATIVE: list[tuple[str, str]] = [
    (
        "neg-admission-notice",
        "2027학년도 수시모집 원서접수는 9월 8일(월)부터 12일(금) 18:00까지입니다. 전형료 문의는 입학처(1588-1234)로 하시기 바랍니다.",
    ),
    (
        "neg-admission-template",
        "[작성 예시] 성명: 홍길동 / 주민등록번호: 000000-0000000 / 휴대전화: 010-0000-0000",
    ),
    (
        "neg-scholarship-stats",
        "올해 희망나눔 장학금은 지원자 1,482명 중 312명(21.05%)이 선정됐으며, 평균 지급액은 2,350,000원이다.",
    ),
    (
        "neg-scholarship-law",
        "장학금 지급 기준은 「한국장학재단 설립 등에 관한 법률」 제50조 및 같은 법 시행령 제12조의2에 따른다.",
    ),
    (
        "neg-exam-ticket",
        "응시번호 11-0042817 / 시험장 제12시험실 / 시험일 2026-10-25 / 입실 09:00까지. 신분증 미지참 시 응시 불가.",
    ),
    (
        "neg-exam-stats",
        "제35회 공인중개사 시험 합격률은 1차 20.4%, 2차 22.1%로 집계됐다. 응시자는 모두 154,669명이었다.",
    ),
    (
        "neg-reserve",
        "예비군 훈련 관련 문의는 국방부 민원상담센터(1577-9090) 또는 관할 예비군 동대로 연락 바랍니다.",
    ),
    (
        "neg-reserve-unit",
        "부대번호 2121부대, 훈련장 좌표 37.5665, 126.9780, 집결 시각 08:30. 우천 시 실내 교육으로 대체한다.",
    ),
    (
        "neg-camping",
        "솔숲오토캠핑장 이용 안내: 입실 14:00 / 퇴실 11:00 / 매너타임 22:00~07:00. 예약번호 CP2026091400231은 취소 시 필요합니다.",
    ),
    (
        "neg-camping-price",
        "사이트 요금표 — A구역 45,000원, B구역(전기) 55,000원, 글램핑 129,000원. 성수기(7.15~8.20) 20% 할증.",
    ),
    (
        "neg-golf",
        "○○CC 코스 리뉴얼 공지: OUT 코스 3번 홀 파4 → 파5 변경(전장 512m). 문의는 예약실 1644-2345.",
    ),
    ("neg-golf-pro", "박인비 프로가 은퇴 후 처음으로 연 클리닉에는 주니어 선수 40명이 참가했다."),
    (
        "neg-matchmaking-stats",
        "결혼정보회사 회원의 평균 연령은 남성 36.2세, 여성 33.8세였고, 성혼율은 12.7%로 나타났다.",
    ),
    (
        "neg-daycare-posting",
        "○○어린이집 보육교사 채용 공고: 모집 인원 2명, 근무 09:00~18:00, 급여 2,420,000원. 문의: 원장실 (담당: 운영팀)",
    ),
    (
        "neg-daycare-office",
        "어린이집 보조금 관련 문의는 ○○구청 보육정책과(02-2286-5540)로 하시면 됩니다.",
    ),
    (
        "neg-courier",
        "운송장번호 6892-1134-0572 / 집하 2026-09-12 08:14 / 간선상차 / 배송출발 14:02. 고객센터 1588-1255",
    ),
    (
        "neg-courier-codes",
        "상품코드 GS-2026-01077881, 주문번호 20260912-00483291, 박스 규격 60×40×40cm, 무게 4.2kg",
    ),
    (
        "neg-study",
        "정보처리기사 실기 스터디 커리큘럼: 1주차 SQL, 2주차 디자인 패턴, 3주차 기출 2020~2025. 교재 ISBN 979-11-6224-512-4.",
    ),
    (
        "neg-study-fiction",
        "스터디 첫날 발제는 『해리 포터』의 헤르미온느와 론이 시험을 준비하는 장면이었다. 모두 웃었다.",
    ),
    (
        "neg-exchange",
        "교환학생 파견 인원은 2026-1학기 기준 18개국 94명이며, 서류 마감은 11월 14일이다. 국제교류팀 문의 바람.",
    ),
    (
        "neg-exchange-checklist",
        "여권번호 기재란에는 M으로 시작하는 9자리를 쓰되, 예시(M00000000)를 그대로 쓰지 마세요.",
    ),
    (
        "neg-insurance",
        "여행자보험 상해사망 보장 1억원, 해외 의료비 3,000만원 한도. 보험료는 7일 기준 12,400원부터.",
    ),
    (
        "neg-insurance-product",
        "상품코드 TRV-2026-0411 (약관 버전 3.2.1). 청약 철회는 청약일로부터 15일 이내 가능.",
    ),
    (
        "neg-rental",
        "렌터카 대여 조건: 만 26세 이상, 면허 취득 1년 이상. 차량번호 123허4567 아반떼 CN7, 주행거리 18,220km.",
    ),
    (
        "neg-rental-fuel",
        "반납 시 주유량 부족분은 리터당 1,920원으로 정산합니다. 제주공항점 운영 07:00~22:00.",
    ),
    (
        "neg-parking",
        "주정차 위반 과태료는 승용차 40,000원이며 의견진술 기한 내 자진 납부 시 20% 감경됩니다(도로교통법 제160조 제3항).",
    ),
    (
        "neg-parking-case",
        "행정심판 사건번호 2026-12345, 처분청 ○○시장. 청구 기각 재결(2026. 8. 14.).",
    ),
    (
        "neg-lostfound",
        "지하철 유실물센터 운영 시간은 평일 07:00~22:00입니다. 접수번호 LF-20260912-0047로 조회하세요.",
    ),
    (
        "neg-lostfound-model",
        "습득물: 노트북 1대(모델명 15Z90S-GA5PK, 시리얼 S/N 402NZPX119283), 충전기 1개.",
    ),
    (
        "neg-library",
        "상호대차 신청은 1인 5권까지 가능하며 대출 기간은 14일입니다. 『82년생 김지영』 ISBN 978-89-374-3708-3.",
    ),
    (
        "neg-library-classic",
        "이번 달 추천 도서는 허균의 『홍길동전』과 박지원의 『열하일기』입니다.",
    ),
    (
        "neg-fanclub",
        "공식 팬클럽 5기 모집 기간은 2026.03.01~03.15, 가입비 33,000원. 문의는 팬클럽 운영팀 메일로.",
    ),
    (
        "neg-fanclub-idol",
        "방탄소년단 정국 씨가 전역 후 첫 무대에서 신곡을 공개했다. 소속사는 공식 입장을 내지 않았다.",
    ),
    (
        "neg-tournament",
        "제7회 구청장배 배드민턴 대회 결과: 1위 ○○동 클럽, 2위 ○○스매시, 3위 셔틀콕팀. 총 48개 팀 참가.",
    ),
    ("neg-tournament-score", "결승 스코어 21-19, 18-21, 21-17. 경기 시간 01:12:40. 관중 1,204명."),
    (
        "neg-photo",
        "가족사진 패키지: 8×10 액자 1개 + 4×6 인화 10장 = 189,000원. 촬영 후 2주 내 보정본 발송.",
    ),
    (
        "neg-florist",
        "꽃 주문 마감은 당일 오후 2시입니다. 상품: 프리저브드 장미 M (FL-0342), 카네이션 바구니 (FL-0508).",
    ),
    ("neg-florist-history", "세종대왕과 정조의 능에는 매년 제향일에 국화가 헌화된다."),
    (
        "neg-dinner",
        "상견례 코스 A 1인 68,000원, B 1인 88,000원. 룸 6인실 4개, 10인실 2개. 주차 2시간 무료.",
    ),
    (
        "neg-nursing",
        "장기요양등급 판정 결과는 신청일로부터 30일 이내 통보됩니다. 문의: 국민건강보험공단 1577-1000.",
    ),
    (
        "neg-nursing-stats",
        "전국 요양시설 입소 대기자는 2025년 말 기준 31,204명이며, 평균 대기 기간은 7.4개월이다.",
    ),
    (
        "neg-caregiver",
        "간병인 일당은 지역별로 130,000~160,000원 수준이며 주말·공휴일은 10% 가산된다.",
    ),
    (
        "neg-tutoring",
        "과외 매칭 앱 v3.12.0 업데이트: 튜터 검색 필터 추가, 결제 오류 수정(빌드 3120045).",
    ),
    (
        "neg-tutoring-office",
        "개인과외교습자 신고는 관할 교육지원청 평생교육건강과(031-820-0000 아님, 각 청 대표번호 참조)에서 받습니다.",
    ),
    (
        "neg-course",
        "데이터 분석 실무 과정 (2026-3기) 수강료 390,000원, 환급 과정 코드 AIG20260312-07. 총 48시간.",
    ),
    (
        "neg-course-version",
        "강의 플레이어 버전 2.14.3.1, 권장 브라우저 Chrome 128.0.6613.120 이상.",
    ),
    (
        "neg-relief",
        "재난지원금 신청 기간은 요일제로 운영됩니다. 출생연도 끝자리 1·6 월요일, 2·7 화요일. 문의 행정안전부 콜센터 110.",
    ),
    ("neg-relief-office", "지원금 관련 방문 상담은 ○○동 주민센터(02-2133-5611)에서 가능합니다."),
    (
        "neg-youth-rent",
        "청년월세 한시 특별지원: 월 최대 20만원, 최장 12개월. 소득 기준 중위 60% 이하(1인 가구 1,337,067원).",
    ),
    ("neg-youth-rent-law", "근거: 주거기본법 제15조, 국토교통부 고시 제2026-418호."),
    (
        "neg-proxy",
        "가족관계증명서 발급 수수료는 1통 1,000원(인터넷 무료)입니다. 위임장 서식은 대법원 전자가족관계등록시스템에서 받을 수 있습니다.",
    ),
    (
        "neg-proxy-template",
        "위임인 성명: (서명) ____ / 주민등록번호: ______-_______ / 수임인 관계: ____",
    ),
    (
        "neg-adoption",
        "유기견 입양 희망 개체 번호 448-2026-00187 (믹스, 2세, 중성화 완료). 입양 전 교육 2시간 필수.",
    ),
    (
        "neg-remittance",
        "해외송금 수수료: USD 5,000 이하 8,000원, 초과 시 15,000원. 참조번호 REF2026110400921, 환율 1,389.40원.",
    ),
    (
        "neg-remittance-swift",
        "수취 은행 SWIFT 코드 BFTVVNVX, 중개은행 CITIUS33. 영업일 기준 1~2일 소요.",
    ),
    (
        "neg-intl",
        "외국인 유학생 건강보험 당연가입 제도는 2021년 3월 시행되었으며 월 보험료는 약 70,000원이다.",
    ),
    (
        "neg-prose-history",
        "이순신은 1597년 명량에서 13척의 배로 일본 수군을 물리쳤다. 도요토미 히데요시는 이듬해 사망했다.",
    ),
    (
        "neg-prose-news",
        "윤석열 전 대통령과 이재명 대통령은 이날 각각 다른 일정을 소화했다. 한동훈 전 대표는 출판기념회를 열었다.",
    ),
    (
        "neg-prose-fiction",
        "춘향은 이몽룡을 기다렸고, 변학도는 끝내 그 마음을 얻지 못했다. 심청은 인당수에 몸을 던졌다.",
    ),
    (
        "neg-prose-column",
        "봉준호 감독의 신작은 개봉 첫 주 관객 1,023,441명을 모았다. 배급사 CJ ENM은 해외 판매도 순조롭다고 밝혔다.",
    ),
    (
        "neg-prose-blog",
        "오늘 캠핑장에서 먹은 라면은 1인분 1,500원짜리였다. 영하 3도, 습도 41%, 고도 640m.",
    ),
    (
        "neg-prose-stats",
        "통계청에 따르면 2025년 1인 가구는 7,829,035가구로 전체의 35.5%였다. 010으로 시작하는 휴대전화 번호 가입자는 5,600만 명을 넘었다.",
    ),
    (
        "neg-phone-placeholder",
        "연락처 입력 형식: 010-0000-0000 (숫자만 입력 시 01000000000). 잘못 입력하면 인증번호가 발송되지 않습니다.",
    ),
    ("neg-coords-gps", "골프장 클럽하우스 위치: 북위 37.2411, 동경 127.1776. 해발 112m."),
    (
        "neg-versions-ip-like",
        "펌웨어 1.2.0.5에서 2.0.10.3으로 업데이트하면 키오스크 재부팅이 필요합니다.",
    ),
    (
        "neg-team-names",
        "발신: 입학처 운영팀 / 수신: 전체 지원자 / 참조: 고객센터. 원서 마감 3일 전 안내드립니다.",
    ),
    (
        "neg-common-nouns",
        "이름: 반드시 실명으로 기재 / 성명란 공백 금지 / 연락처란은 휴대전화 우선.",
    ),
    (
        "neg-corp-number",
        "(주)그린필드 법인등록번호 110111-0012345, 본점 서울특별시 중구 세종대로 110.",
    ),
    (
        "neg-price-card-like",
        "이번 시즌 그린피는 주중 189,000원, 주말 249,000원이며 카트비 120,000원(팀당)은 별도입니다. 결제 승인번호 30018273.",
    ),
    ("neg-masked", "결제 카드: 5409-20**-****-7812 / 승인 2026.09.14 19:02 / 할부 3개월."),
    (
        "neg-service-numbers",
        "택배 조회 1588-1255, 렌터카 사고 접수 1544-2255, 보험 상담 1566-7711, 수신자 부담 080-023-0000.",
    ),
    (
        "neg-public-office",
        "분실 신고는 가까운 경찰서 민원실(02-3150-2114) 또는 경찰민원콜센터 182로 접수하세요.",
    ),
]


def build() -> list[dict]:
    rows: list[dict] = []
    for rid, marked in POSITIVE:
        text, spans = typed_spans(marked)
        assert spans, rid
        rows.append({"id": f"h10-{rid}", "text": text, "spans": spans})
    for rid, marked in NEGATIVE:
        text, spans = typed_spans(marked)
        assert not spans, rid
        rows.append({"id": f"h10-{rid}", "text": text, "spans": [], "hard_negative": True})
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return rows


MINIMUM = {
    "KR_RRN": 15,
    "KR_FRN": 15,
    "PHONE_NUMBER": 15,
    "EMAIL_ADDRESS": 15,
    "CREDIT_CARD": 15,
    "KR_BANK_ACCOUNT": 15,
    "KR_BRN": 15,
    "KR_PASSPORT": 15,
    "KR_DRIVER_LICENSE": 15,
    "IP_ADDRESS": 15,
    "PERSON": 130,
}


def main() -> None:
    rows = build()
    written = write_jsonl(rows, OUT)
    counts = Counter(s["type"] for r in rows for s in r["spans"])
    negatives = sum(1 for r in rows if r.get("hard_negative"))
    print(f"{OUT}: {written} records, {negatives} hard negatives")
    for kind in MINIMUM:
        print(f"  {kind:18} {counts[kind]:4}")
    short = {k: (counts[k], n) for k, n in MINIMUM.items() if counts[k] < n}
    assert not short, f"below minimum: {short}"


if __name__ == "__main__":
    main()
