# ruff: noqa: E501
"""Hold-out 11: a blind Korean PII evaluation set, scored once, later, by someone else.

How it was written. Every record below was written by hand for this set, without looking at
the scrubber: nothing under ``filters/``, ``tests/`` or ``benchmarks/`` was opened, no earlier
hold-out generator or data file (``curate/evals/pii_*``) was read, the scrubber and the
recognizers were never run or imported by the author (``marked.py`` imports the list of entity
types when this module runs; that is the only contact). The files read were
``curate/evals/marked.py`` and the policy sections of ``README.md`` ("Copyright and PII",
"Names: the policy", "Spellings, look-alikes and what is left alone").

Not fully blind (the writer disclosed it): reading "Names: the policy" to its end, the writer
also read the paragraph that describes how names in a record with contact data are found, and
the earlier hold-outs' result tables and the misses they list; several records test those
weak spots. Scores on this set are reported with that caveat; hold-out 12 was written from the
policy alone.

Genres, chosen to differ from earlier sets: apartment-community app notices, school letters'
reply slips, hospital admission pledges, funeral-hall notices, first-birthday invitations,
tenant wanted ads, farm and seafood direct orders, a traditional-market merchants' roster, a
taxi cooperative, hiking and fishing clubs, a church retreat, a temple stay, festival booths and
flea-market sellers, second-hand instruments, a TV show application, prize winners, radio
letters, crowdfunding mail, online-café greetings, a game guild, a fan meeting, blood-donation
and vaccination bookings, pharmacy, optician, hair salon, laundry, car repair, boiler repair,
interior design, storage, shared offices and coworking access, a graduate lab, a conference,
corresponding-author lines, translation requests, freelance contracts and outsourcing
settlements, plus news, columns, essays and fiction. Forms, chat lines, e-mails, notices,
tables and running prose are mixed.

Values are fictional but well-formed: RRN/FRN with real dates and a valid check digit
(FRN seventh digit 5-8), Luhn-valid cards with real issuer prefixes, business numbers with
their check digit, e-mail on example.com / example.kr / .test, IP addresses in documentation
(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) or private ranges, 010 mobiles
and 02/0xx/070/050x landlines, M/S passports, driver's licences with a region code or name.
Spellings vary (dashes, spaces, dots, nothing, full-width digits, Unicode dashes, +82,
parenthesised area codes, each bank's grouping).

Labelling policy (``pii.person: contact``, the documented default). In a record that holds a
private person's contact or identity data (phone, e-mail, RRN/FRN, account, card, passport,
licence) or is a form with name fields, every private person's name is PERSON: names in
passing, family members, speakers, Latin-script names, foreign names in Hangul, given names
alone and nicknames used as names. Only the name is marked, never 님/씨/titles/particles.
Public figures, historical persons, fictional characters, companies, brands and teams are never
PERSON. Business numbers and IP addresses are labelled as their types. Hard negatives
(``"hard_negative": true``) hold no PII but look-alikes: order ids, product codes, tracking
numbers, dates, versions, statistics, prices, 1588-/1544- numbers, public offices' numbers,
placeholders, public figures with 씨/님, historical and fictional persons, titles, team names,
ISBNs, coordinates, statute articles and case numbers. Some positive records carry such
look-alikes unmarked as well.

Regenerate with ``.venv/bin/python -m curate.evals.pii_holdout11``; it writes
``curate/evals/data/pii_holdout11_ko.jsonl`` and prints the gold count per type.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from curate.evals.marked import typed_spans, write_jsonl

OUT = Path(__file__).parent / "data" / "pii_holdout11_ko.jsonl"

_W_RRN = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
_W_BRN = (1, 3, 7, 1, 3, 7, 1, 3, 5)
_FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")


def rrn(birth: str, sex: int, serial: str, sep: str = "-") -> str:
    """A registration number (RRN, or FRN with sex digit 5-8) with its check digit."""
    body = birth + str(sex) + serial
    assert len(body) == 12
    total = sum(int(d) * w for d, w in zip(body, _W_RRN, strict=True))
    full = body + str((11 - total % 11) % 10)
    return full[:6] + sep + full[6:]


def brn(nine: str, sep: str = "-") -> str:
    """A business registration number with its check digit, as NNN-NN-NNNNN."""
    assert len(nine) == 9
    total = sum(int(d) * w for d, w in zip(nine, _W_BRN, strict=True)) + (int(nine[8]) * 5) // 10
    full = nine + str((10 - total % 10) % 10)
    return sep.join((full[:3], full[3:5], full[5:]))


def card(payload: str, sizes: tuple[int, ...] = (4, 4, 4, 4), sep: str = "-") -> str:
    """``payload`` completed with its Luhn digit and grouped by ``sizes``."""
    total = 0
    for i, d in enumerate(reversed(payload)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    full = payload + str((10 - total % 10) % 10)
    assert len(full) == sum(sizes)
    out, pos = [], 0
    for size in sizes:
        out.append(full[pos : pos + size])
        pos += size
    return sep.join(out)


def fw(value: str) -> str:
    """Full-width digits and hyphen, as some phones and word processors type them."""
    return value.translate(_FULL)


# --- Positive records: forms, messages, notices, prose with PII ------------------------------

POSITIVE: list[str] = [
    # 아파트 커뮤니티 앱 공지
    "[한빛마을 3단지 커뮤니티] 동대표 선거 후보 등록 결과 안내\n"
    "101동 [[권태호|PERSON]], 104동 [[Maria Santos|PERSON]], 107동 [[엄기철|PERSON]] 세 분이 등록하셨습니다.\n"
    "문의는 선거관리위원장 [[조미경|PERSON]] ([[010-4821-3357|PHONE_NUMBER]])에게 주세요. "
    "관리사무소 대표번호 1544-7720은 야간에 받지 않습니다.",
    "[공지] 지하주차장 물청소 일정 변경 (11/14 → 11/21)\n차량 이동 요청 시 연락드릴 번호를 "
    "등록해 주세요. 이번 주 미등록 세대: 203동 1102호 ([[이강민|PERSON]] 님), 205동 802호.\n"
    "등록 담당 [[심보라|PERSON]] 주무관 [[031-8044-6120|PHONE_NUMBER]] / [[bora.sim@example.kr|EMAIL_ADDRESS]]",
    "관리비 자동이체 변경 신청합니다. 동호수 108-1504, 세대주 "
    "[[나원호|PERSON]]입니다. 새 계좌는 우리은행 [[1002-483-571920|KR_BANK_ACCOUNT]]이고 "
    "예금주는 배우자 [[유선희|PERSON]]로 해주세요.",
    # 학교 가정통신문 회신
    "<현장체험학습 참가 동의서 회신>\n학생 이름: [[한지우|PERSON]] (3학년 2반 14번)\n"
    "보호자 성명: [[한성민|PERSON]]\n비상연락처: [[010 7734 2290|PHONE_NUMBER]]\n"
    "참가 여부: ☑ 참가  □ 불참\n알레르기: 땅콩\n※ 담임 [[노은정|PERSON]] 선생님께 11월 8일까지 제출",
    "가정통신문 제2024-118호 방과후학교 수강료 환불 신청서\n학생: [[Kim Seoa Grace|PERSON]] (5-3)\n"
    "보호자: [[Jennifer Kim|PERSON]]\n환불 계좌: 국민은행 [[284601-04-119382|KR_BANK_ACCOUNT]] (예금주 [[김정호|PERSON]])\n"
    "환불 사유: 전학",
    "선생님 안녕하세요, [[도하윤|PERSON]] 엄마예요. 회신문에 연락처를 잘못 적어서요. "
    "[[010-2291-6048|PHONE_NUMBER]]이 맞는 번호입니다. 아빠 번호는 [[01088310427|PHONE_NUMBER]]이에요. "
    "[[하윤|PERSON]]이 짝꿍 [[서준|PERSON]]이 어머님께도 전해주시면 감사하겠습니다.",
    # 병원 입원 서약서
    "입 원 서 약 서\n환자 성명: [[맹순자|PERSON]]   주민등록번호: [["
    + rrn("470912", 2, "14573")
    + "|KR_RRN]]\n"
    "보호자(연대보증인): [[맹재훈|PERSON]] (관계: 아들)  연락처: [[010-5530-2718|PHONE_NUMBER]]\n"
    "본인은 병원의 제반 규칙을 준수할 것을 서약합니다. 2024년 3월 2일",
    "입원약정서 (외국인 환자용)\n환자: [[응우옌 반 투언|PERSON]]\n외국인등록번호: [["
    + rrn("880405", 5, "30217")
    + "|KR_FRN]]\n"
    "여권번호: [[M82740163|KR_PASSPORT]]\n통역 보호자: [[쩐 티 마이|PERSON]] [[010-6402-8815|PHONE_NUMBER]]\n"
    "진료비 결제 카드 [[" + card("412345678901234", sep=" ") + "|CREDIT_CARD]]",
    "(병동 인계 메모) 507호 2번 침상 [[구영식|PERSON]] 환자 보호자 교대: 딸 [[구하나|PERSON]] → 사위 [[Daniel Moore|PERSON]]. "
    "사위분 번호 [[+82 10-3381-7764|PHONE_NUMBER]], 영어로 설명 부탁. 수술 동의서 서명은 딸이 함.",
    # 장례식장 안내
    "[부고] 故 [[박상춘|PERSON]]님께서 2024년 5월 3일 별세하셨기에 삼가 알려드립니다.\n"
    "상주: [[박정우|PERSON]], [[박정민|PERSON]]  며느리: [[윤소영|PERSON]]\n빈소: 한빛병원 장례식장 3호실\n"
    "발인: 5월 5일 오전 7시\n마음 전하실 곳\n농협 [[352-1290-4471-83|KR_BANK_ACCOUNT]] [[박정우|PERSON]]",
    "모친상 알림입니다. 저희 어머니([[전옥분|PERSON]])께서 영면하셨습니다. 장지는 선산입니다. "
    "조문이 어려우신 분은 신한 [[110-372-558104|KR_BANK_ACCOUNT]] [[오동규|PERSON]]으로 부탁드리고, "
    "문의는 제 동생 [[오동현|PERSON]] [[010–7720–3149|PHONE_NUMBER]]로 주세요.",
    # 돌잔치 초대
    "우리 [[서윤|PERSON]]이의 첫 생일에 초대합니다 🎂\n일시: 6월 15일(토) 낮 12시\n장소: 라온 웨딩홀 3층\n"
    "아빠 [[김동혁|PERSON]] [[010.5562.1093|PHONE_NUMBER]] · 엄마 [[이수아|PERSON]] [[010.9018.4427|PHONE_NUMBER]]\n"
    "멀리서 축하해 주실 분: 카카오뱅크 [[3333-05-7712904|KR_BANK_ACCOUNT]]",
    "[[준호|PERSON]]이 돌잔치 답례품 주문 건입니다. 수량 40개, 각인 문구 '[[준호|PERSON]] 첫 생일 2024.04.20'. "
    "주문자 [[최유진|PERSON]] [[０１０－４４２１－８０９３|PHONE_NUMBER]], 입금은 기업은행 [[221-048873-01-019|KR_BANK_ACCOUNT]]으로 했어요.",
    # 세입자 모집
    "원룸 세입자 구합니다 (보증금 500 / 월 45, 관리비 5)\n역까지 도보 7분, 2층, 풀옵션. 11월 말 입주 가능.\n"
    "집주인 직접: [[010 3367 9025|PHONE_NUMBER]] ([[황보석진|PERSON]]). 문자 먼저 주세요. 부동산 연락 사절.",
    "가계약금 입금 확인 부탁드립니다. 하나은행 [[391-910274-88305|KR_BANK_ACCOUNT]] 예금주 [[탁은비|PERSON]] 앞으로 "
    "50만원 보냈고, 입금자명은 제 이름 [[Alexei Volkov|PERSON]] 그대로 나올 거예요. 외국인등록번호는 "
    "[[" + rrn("930127", 5, "10554") + "|KR_FRN]] 입니다.",
    "임대차계약서 인적사항\n임대인 성명: [[하태식|PERSON]]  주민등록번호: [["
    + rrn("620318", 1, "04827", " ")
    + "|KR_RRN]]\n"
    "임차인 성명: [[문지아|PERSON]]  주민등록번호: [[" + rrn("010722", 4, "11608") + "|KR_RRN]]\n"
    "공인중개사: 해오름공인중개사사무소 (등록번호 11680-2019-00421)",
    # 농산물 직거래 주문
    "[햇사과 직거래 주문서]\n받는 분: [[장말순|PERSON]]\n주소: 경북 청송군 진보면 …\n전화: [[054-872-3310|PHONE_NUMBER]] / [[010-3309-5572|PHONE_NUMBER]]\n"
    "수량: 5kg 2박스 (가정용)\n보내는 분: [[장현우|PERSON]]\n입금: 농협 [[301-0218-5530-71|KR_BANK_ACCOUNT]] (예금주 [[권오복|PERSON]] 과수원)",
    "사장님~ 절임배추 20kg 두 개요. 받는 사람 우리 시어머니 [[염정례|PERSON]], 번호는 [[(063)552-0918|PHONE_NUMBER]]. "
    "저는 [[남궁유리|PERSON]]이고 입금은 새마을금고 [[9002-1884-3307-2|KR_BANK_ACCOUNT]]로 보냈어요.",
    "감자 주문 마감 안내: 주문번호 20240612-0041부터는 다음 주 발송입니다. 미입금자 명단 — "
    "[[변승호|PERSON]]([[010-6624-0091|PHONE_NUMBER]]), [[Sophie Laurent|PERSON]]([[sophie.l@example.com|EMAIL_ADDRESS]]), "
    "[[추경희|PERSON]](전화 안 받으심). 농장주 [[천봉식|PERSON]] 드림",
    # 수산물 택배 주문
    "어민 직송 대게 주문 확인\n주문자: [[곽민서|PERSON]] / [[0507-1348-2290|PHONE_NUMBER]]\n수령인: [[곽지원|PERSON]] / [[010-8853-1207|PHONE_NUMBER]]\n"
    "송장번호 6842-1177-3390 (CJ대한통운)\n결제: 현대카드 [["
    + card("524353011224876")
    + "|CREDIT_CARD]] 일시불",
    "오늘 물량 전복 30미 남았어요. 어제 주문하신 [[배수정|PERSON]] 님, 수협 [[1010-2293-4471|KR_BANK_ACCOUNT]] "
    "([[박도식|PERSON]])으로 입금 확인됐고 내일 아침 배송 들어갑니다. 문의 [[061 554 7721|PHONE_NUMBER]].",
    # 전통시장 상인회
    "○○전통시장 상인회 임원 명단\n| 직책 | 성명 | 점포 | 사업자등록번호 | 연락처 |\n"
    "| 회장 | [[구본철|PERSON]] | 구씨네 떡방앗간 | [["
    + brn("214860137")
    + "|KR_BRN]] | [[010-2214-5530|PHONE_NUMBER]] |\n"
    "| 총무 | [[하미란|PERSON]] | 미란반찬 | [["
    + brn("606271905")
    + "|KR_BRN]] | [[010-7419-0632|PHONE_NUMBER]] |\n"
    "| 감사 | [[Rahul Sharma|PERSON]] | 인디아 커리 | [["
    + brn("312095548", " ")
    + "|KR_BRN]] | [[010-9102-3385|PHONE_NUMBER]] |",
    "상인회비 납부 계좌가 바뀌었습니다: 대구은행 [[508-12-088314-7|KR_BANK_ACCOUNT]] (예금주 상인회 총무 [[하미란|PERSON]]). "
    "상인회 사업자등록번호는 [["
    + brn("504821123")
    + "|KR_BRN]]입니다. 온누리상품권 가맹 문의는 1588-1234 말고 사무실로.",
    # 택시 협동조합
    "한빛택시협동조합 조합원 가입 신청서\n성명: [[유광수|PERSON]]\n주민등록번호: [["
    + rrn("680204", 1, "27419")
    + "|KR_RRN]]\n"
    "운전면허번호: [[서울 11-92-047713-20|KR_DRIVER_LICENSE]]\n택시운전자격증: 제 2010-0481호\n"
    "출자금 입금 계좌: 국민 [[632901-01-447210|KR_BANK_ACCOUNT]]\n추천인: 조합원 [[임재성|PERSON]]",
    "배차실 공지) 오늘 야간 교대 [[윤기백|PERSON]] 기사님(면허 [[11 96 550213 84|KR_DRIVER_LICENSE]]) 대신 [[남상철|PERSON]] 기사님 운행. "
    "기사님 면허 [[12-04-338127-61|KR_DRIVER_LICENSE]] 갱신 확인 완료, 차량 서울 32바 4417. 연락처 [[010-4417-2083|PHONE_NUMBER]].",
    # 산악회 명단
    "2024 가을 지리산 종주 참가자 명단 (산들산악회)\n1. [[이만복|PERSON]] [[010-3321-7760|PHONE_NUMBER]]\n2. [[성연주|PERSON]] [[010-9984-1102|PHONE_NUMBER]]\n"
    "3. [[Thomas Weber|PERSON]] [[010-7732-0419|PHONE_NUMBER]]\n4. [[하정|PERSON]] (회장님 사모님)\n회비 계좌: 신협 [[131-019-447230|KR_BANK_ACCOUNT]] 총무 [[성연주|PERSON]]",
    "산악회 해외원정(킬리만자로) 여권 정보 취합\n[[김태식|PERSON]] / [[M41827705|KR_PASSPORT]] / 만료 2029.03\n"
    "[[여진희|PERSON]] / [[m305b8821|KR_PASSPORT]] / 만료 2031.11\n[[고석진|PERSON]] / [[M77120345|KR_PASSPORT]] / 만료 2027.06\n"
    "원정대장 [[도정훈|PERSON]]에게 오늘까지 카톡으로 보내 주세요.",
    # 낚시 동호회
    "[바다사랑 낚시회] 11월 정출 공지\n출조지: 태안 안면도, 선비 8만원\n참가비 입금: 케이뱅크 [[100-172-884520|KR_BANK_ACCOUNT]] (총무 [[맹성호|PERSON]])\n"
    "선장님 연락처 [[041–673–5590|PHONE_NUMBER]], 비상시 [[011-9274-3310|PHONE_NUMBER]](회장 [[추동진|PERSON]])",
    "낚싯대 공동구매 결제 링크 대신 카드번호로 결제하신 분 확인: [["
    + card("37681234567890", (4, 6, 5))
    + "|CREDIT_CARD]] "
    "([[배민혁|PERSON]]), [["
    + card("355012345678902", sep=" ")
    + "|CREDIT_CARD]] ([[Yuki Tanaka|PERSON]]). 영수증은 "
    "[[fishing.club@example.kr|EMAIL_ADDRESS]]로 보내드려요.",
    # 교회 수련회 신청
    "2024 청년부 여름수련회 신청서\n이름: [[정다은|PERSON]]\n생년월일: 1999. 8. 21.\n휴대폰: [[010 2258 9931|PHONE_NUMBER]]\n"
    "소속 셀: 요셉 (셀장 [[한승우|PERSON]])\n회비 5만원 → 우체국 [[012345-02-118834|KR_BANK_ACCOUNT]] (예금주 [[안은혜|PERSON]])",
    "중고등부 수련회 참가 동의 — 학생 [[민시우|PERSON]], 부모 [[민경태|PERSON]]/[[지혜원|PERSON]]. 여행자보험 가입용 "
    "주민등록번호 [["
    + rrn("080315", 3, "18825")
    + "|KR_RRN]]. 담당 전도사 [[오세린|PERSON]] [[seryn.oh@church.test|EMAIL_ADDRESS]]",
    # 사찰 템플스테이
    "Templestay Application — 월정사\nName: [[Hannah Fischer|PERSON]]\nNationality: Germany\nPassport No.: [[M58203417|KR_PASSPORT]]\n"
    "E-mail: [[hannah.f@example.com|EMAIL_ADDRESS]]\nCompanion: [[Lukas Fischer|PERSON]]\nProgram: 1박 2일 휴식형",
    "템플스테이 단체 신청 (외국인 근로자 쉼 프로그램)\n대표 신청자: [[라마 프라사드|PERSON]] 외국인등록번호 [["
    + rrn("910606", 5, "21148")
    + "|KR_FRN]]\n"
    "동행: [[수닐 타파|PERSON]] ([["
    + rrn("950211", 5, "31102", "")
    + "|KR_FRN]]), [[다와 셰르파|PERSON]]\n인솔 [[김보현|PERSON]] 사무국장 [[070-4412-8830|PHONE_NUMBER]]",
    # 지역 축제 부스 신청
    "2024 강변 푸드페스타 부스 참가 신청서\n상호: 달빛떡볶이\n대표자: [[여승민|PERSON]]\n사업자등록번호: [["
    + brn("128345679")
    + "|KR_BRN]]\n"
    "연락처: [[010-3045-7781|PHONE_NUMBER]]\n이메일: [[moonlight.tteok@example.kr|EMAIL_ADDRESS]]\n전기 사용: 3kW\n부스 번호 희망: B-12",
    "축제 부스 참가비 환불 요청드립니다. 신청번호 FES-2024-0387, 업체명 '바다내음', 대표 [[손태경|PERSON]]. "
    "사업자번호 [["
    + brn("110812460", " ")
    + "|KR_BRN]], 환불 계좌는 토스뱅크 [[1000-4172-0086|KR_BANK_ACCOUNT]]입니다.",
    "부스 운영 요원 명단 제출 (운영 2일차)\n- [[김나래|PERSON]] 운전면허 [[경기 13-17-552901-42|KR_DRIVER_LICENSE]] (푸드트럭 운전)\n"
    "- [[박상우|PERSON]] 운전면허 [[13.20.118745.03|KR_DRIVER_LICENSE]]\n- [[Chen Wei|PERSON]] (보조, 운전 안 함)",
    # 프리마켓 셀러 모집
    "[마르쉐@한빛 셀러 신청] 이름 [[고은채|PERSON]] / 인스타 @eunchae_craft / 품목 도자기 소품\n"
    "연락처 [[010-9917-0355|PHONE_NUMBER]] 이메일 [[eunchae.ko@example.com|EMAIL_ADDRESS]]\n사업자 없음(개인 작가)",
    "프리마켓 셀러 최종 선정 안내 메일\n\n[[Olivia Bennett|PERSON]] 님, 안녕하세요. 이번 회차 셀러로 선정되셨습니다. 참가비 3만원을 "
    "신한 [[140-011-293847|KR_BANK_ACCOUNT]] (예금주 마켓팀 [[진소율|PERSON]])으로 보내주세요.\n문의: [[market@hanbit-flea.test|EMAIL_ADDRESS]]",
    # 중고 악기 거래
    "판매자: 야마하 U1 업라이트 피아노 250에 팝니다. 조율 기록 있음.\n구매자: 계좌 주시면 계약금 보낼게요\n"
    "판매자: 우리은행 [[1002-871-440356|KR_BANK_ACCOUNT]] [[석지환|PERSON]]입니다. 운반은 [[010 5528 3317|PHONE_NUMBER]] 아저씨 부르시면 돼요",
    "펜더 재즈베이스 직거래 후기: 판매자 [[Jamie Park|PERSON]] 님 친절하셨어요. 원래 가격 120에서 110으로 해주셨고, "
    "시리얼 MX21045772 정품 확인했습니다. 재판매 문의는 제 메일 [[bassman77@example.com|EMAIL_ADDRESS]]로.",
    "[거래 분쟁 접수] 신고자 [[남윤호|PERSON]] / 상대방 [[최보람|PERSON]] (연락처 [[010-2201-7734|PHONE_NUMBER]]) / "
    "거래 품목 바이올린 4/4 / 입금 계좌 카카오뱅크 [[3333-17-5590214|KR_BANK_ACCOUNT]] / 피해 금액 850,000원",
    # 방송 출연 신청서
    "<생활의 고수> 출연 신청서\n성      명: [[마동철|PERSON]]\n나      이: 58세\n운전면허번호: [[19-88-301472-05|KR_DRIVER_LICENSE]]\n연 락 처: [[010-6613-0248|PHONE_NUMBER]]\n"
    "사      연: 30년째 국수를 뽑고 있습니다. 아내 [[정춘자|PERSON]]와 함께 운영합니다.\n추천인: 단골손님 [[이해솔|PERSON]]",
    "퀴즈 프로그램 출연자 확인서 — 본인 확인을 위해 신분증 정보를 기재해 주세요.\n출연자: [[백서현|PERSON]]\n"
    "주민등록번호 앞자리/뒷자리: [["
    + rrn("970528", 2, "05513")
    + "|KR_RRN]]\n출연료 입금 계좌: 하나 [[620-221084-11305|KR_BANK_ACCOUNT]]",
    # 설문 경품 당첨자 발표 (내부용)
    "[내부용] 고객 만족도 설문 경품 당첨자 발송 리스트\n1등 에어프라이어: [[한소망|PERSON]] [[010-3384-2210|PHONE_NUMBER]]\n"
    "2등 커피쿠폰: [[김로운|PERSON]] [[rowoon.k@example.com|EMAIL_ADDRESS]] / [[Ethan Cho|PERSON]] [[ethan.cho@example.kr|EMAIL_ADDRESS]]\n"
    "※ 외부 공지에는 이름 마스킹 처리할 것. 제세공과금 신고용 주민번호는 1등만 수집: [["
    + rrn("860810", 2, "44713", "")
    + "|KR_RRN]]",
    # 라디오 사연
    "안녕하세요, 매일 출근길에 듣는 일산 사는 [[정혜린|PERSON]]입니다. 남편 [[오준석|PERSON]] 씨가 다음 주에 생일인데요, "
    "노래 한 곡 신청합니다. 선물 당첨되면 [[010-4490-1187|PHONE_NUMBER]]로 연락 주세요!",
    "DJ님~ 저는 대구에서 트럭 모는 [[성필규|PERSON]]이라고 합니다. 오늘 딸 [[성예린|PERSON]]이 수능 보는데 응원 한마디만 부탁드려요. "
    "문자 #8000 말고 번호도 남깁니다 [[+821075521904|PHONE_NUMBER]]",
    # 크라우드펀딩 후원자 메일
    "Subject: [리워드 배송지 확인] 종이책 '바다의 시간' 펀딩\n\nDear [[Marcus Lee|PERSON]],\n후원해 주셔서 감사합니다. 배송지와 연락처를 확인해 주세요.\n"
    "- 수령인: [[이마커스|PERSON]]\n- 연락처: [[010-2839-4410|PHONE_NUMBER]]\n- 후원 번호: #A-20931\n문의 [[help@fundbook.test|EMAIL_ADDRESS]] / 제작팀 [[소하람|PERSON]] 드림",
    "펀딩 결제 실패 안내: 등록하신 카드([["
    + card("540926123456781", sep=" ")
    + "|CREDIT_CARD]])의 한도 초과로 결제가 되지 않았습니다. "
    "[[윤채원|PERSON]] 님, 12월 3일까지 결제 수단을 변경해 주세요.",
    # 온라인 카페 가입 인사
    "가입인사 드려요~ 닉네임 '꽃게맘', 본명은 [[류지현|PERSON]]이에요. 초3 아들 [[태오|PERSON]] 키우고 있어요. "
    "공구 연락은 [[jh.ryu@example.kr|EMAIL_ADDRESS]]로 주셔도 돼요. 잘 부탁드립니다 :)",
    "[등업 신청] 1. 이름: [[Nguyen Thi Lan|PERSON]] 2. 거주지: 수원 3. 가입 경로: 지인 추천([[배은영|PERSON]] 님) "
    "4. 연락처: [[010 8821 6630|PHONE_NUMBER]] 5. 각오: 열심히 활동하겠습니다",
    # 게임 길드 모집
    "⚔️ [서버: 아크] 길드 '새벽별' 신입 모집 ⚔️\n길마 [[하람|PERSON]] (디코 DM 환영), 부길마 [[도윤|PERSON]]\n"
    "조건: 레벨 60 이상 / 주 3회 접속\n오프 모임 장소 공지 문자 받으실 분은 길마 번호 [[010-5104-7729|PHONE_NUMBER]]로",
    "[길드 운영 로그] 작업장 의심 계정 차단 — 접속 IP [[198.51.100.77|IP_ADDRESS]], [[198.51.100.102|IP_ADDRESS]] 공유 "
    "계정 3개. 신고자 [[은가람|PERSON]]([[garam.eun@example.kr|EMAIL_ADDRESS]]), 처리 운영진 [[Kevin Ha|PERSON]]. 캐릭터명 달빛검객, 새벽술사는 제재 대상 아님.",
    # 팬미팅 당첨 안내
    "[팬미팅 'HELLO AGAIN' 당첨 안내]\n응모해 주셔서 감사합니다. 아래 당첨자는 신분증(여권 가능)을 지참해 주세요.\n"
    "- [[김하진|PERSON]] ([[hajin0412@example.com|EMAIL_ADDRESS]])\n- [[Tran Bao Ngoc|PERSON]] (여권 [[M903A2218|KR_PASSPORT]])\n"
    "- [[松本さくら|PERSON]] (passport [[S12847730|KR_PASSPORT]])\n현장 문의: 운영팀 [[070-8820-1144|PHONE_NUMBER]]",
    # 헌혈 예약
    "헌혈 예약 확인\n예약자: [[강도윤|PERSON]]\n헌혈의집: 한빛역센터\n일시: 2024-09-14 14:30\n헌혈 종류: 혈장\n"
    "본인 확인용 생년월일 940311, 휴대폰 [[010-2218-0593|PHONE_NUMBER]]\n동반 예약: [[강서진|PERSON]]",
    "단체 헌혈 참여자 명단(외국인 포함) — [[Ahmed Karimov|PERSON]] 외국인등록번호 [["
    + rrn("971122", 5, "42219")
    + "|KR_FRN]], "
    "[[장원석|PERSON]] 주민번호 [["
    + rrn("990101", 1, "07734")
    + "|KR_RRN]]. 담당자 [[선유나|PERSON]].",
    # 예방접종 예약
    "예방접종 사전예약 (영유아 국가필수)\n아동 성명: [[아이샤 칸|PERSON]]\n외국인등록번호: [["
    + rrn("230817", 8, "20156")
    + "|KR_FRN]]\n"
    "보호자: [[모하메드 칸|PERSON]] / [[010-7703-2264|PHONE_NUMBER]]\n접종 백신: MMR 1차\n접종 기관: 한빛소아청소년과",
    "독감 예방접종 예약 문자 회신: 네 [[하윤서|PERSON]] 맞고요, 주민번호 [["
    + rrn("211003", 4, "30219")
    + "|KR_RRN]], 아빠 [[하민준|PERSON]] 같이 갑니다",
    # 약국 처방 문의
    "약사님, 어제 처방전 들고 간 [[임종수|PERSON]] 할아버지 보호자인데요, 혈압약 용량이 바뀌었는지 궁금해서요. "
    "제 번호는 [[010-6681-9922|PHONE_NUMBER]]이고 할머니 [[차영애|PERSON]]도 같은 약 드세요.",
    "[조제 내역 확인 요청]\n환자명: [[Rosa Martinez|PERSON]]\n외국인등록번호: [["
    + rrn("850221", 6, "11823", " ")
    + "|KR_FRN]]\n"
    "처방일: 2024.10.02 / 교부번호 20241002-00173\n회신 이메일: [[rosa.mtz@example.com|EMAIL_ADDRESS]]",
    # 안경원 고객카드
    "고객카드 — 밝은눈 안경원\n성명 [[봉재욱|PERSON]]   생일 5/17   연락처 [[010-3912-0084|PHONE_NUMBER]]\n"
    "R: -3.25 / -0.75 × 180   L: -3.00 / -0.50 × 175   PD 63\n가족: 딸 [[봉하은|PERSON]] (2022년 첫 안경)",
    "안경 맞춘 [[Sarah Kim|PERSON]]이에요. 렌즈 교환 가능할까요? 결제는 [["
    + card("457922103045128", sep="")
    + "|CREDIT_CARD]] 카드로 했고 "
    "영수증 번호 A-0912-331입니다.",
    # 미용실 예약
    "[예약 확정] [[송지유|PERSON]] 고객님, 11/23(토) 15:00 디자이너 [[하은|PERSON]] 원장 뿌리펌 예약되었습니다. 변경은 [[02-3443-7781|PHONE_NUMBER]]",
    "원장님 저 [[배소민|PERSON]]인데 내일 예약 친구 [[연재희|PERSON]]까지 두 명으로 바꿔주세요! [[재희|PERSON]] 번호 [[010 9087 1123|PHONE_NUMBER]]이요",
    # 세탁소 분실 문의
    "세탁소 사장님, 지난주 맡긴 코트 중 하나가 없어서요. 맡긴 사람 [[길민정|PERSON]], 번호표 0431, 전화 [[010-2934-6620|PHONE_NUMBER]]. "
    "남편 [[추성민|PERSON]] 이름으로 된 양복 한 벌도 같이 맡겼어요.",
    "(분실 보상 접수) 접수자: [[Peter Novak|PERSON]] / 연락: [[peter.novak@example.com|EMAIL_ADDRESS]] / 품목: 캐시미어 니트 / "
    "보상 계좌: 국민 [[482101-04-338271|KR_BANK_ACCOUNT]]",
    # 자동차 정비 견적
    "견적서 No. 2024-0918-03\n고객명: [[류상현|PERSON]]   차량번호: 23가 4417   차종: 아반떼 CN7\n연락처: [[010-7734-5590|PHONE_NUMBER]]   대차용 면허: [[서울 11-03-227816-90|KR_DRIVER_LICENSE]]\n"
    "- 브레이크 패드(전) 교체 98,000원\n- 엔진오일 5W-30 4L 62,000원\n정비사: [[하동수|PERSON]]",
    "차량 인수 확인서: 대차 차량(12허 3390)을 아래 운전자에게 인도함.\n운전자 [[임수빈|PERSON]], 운전면허번호 "
    "[[23-18-006541-77|KR_DRIVER_LICENSE]], 인도 주행거리 48,120km.",
    # 보일러 수리 접수
    "보일러 A/S 접수 (에러코드 E-03)\n성함: [[편미숙|PERSON]]\n주소: 한빛아파트 102동 1403호\n전화: [[(031) 245-0917|PHONE_NUMBER]]\n"
    "방문 희망: 평일 오전\n메모: 모델 NCB553-22K, 2019년 설치. 아들 [[편지훈|PERSON]]이 대신 입회",
    "기사님 배정 알림: [[곽성진|PERSON]] 기사님 (사원증 No.1182) 오후 2~4시 방문 예정. 기사님 직통 [[010-5501-9937|PHONE_NUMBER]]",
    # 인테리어 견적 상담
    "인테리어 상담 요청드려요. 32평 아파트 전체 리모델링이고 예산은 5천 정도입니다. 남편 [[함태준|PERSON]]과 저 [[변서영|PERSON]] 둘 다 "
    "주말 상담만 가능해요. 연락은 [[seoyoung.byun@example.kr|EMAIL_ADDRESS]] 또는 [[010-4127-8832|PHONE_NUMBER]]",
    "공사 계약금 영수증\n공급자: 담소인테리어 (사업자등록번호 [["
    + brn("220876451")
    + "|KR_BRN]], 대표 [[모지훈|PERSON]])\n"
    "공급받는자: [[국선아|PERSON]]\n금액: 5,000,000원 / 결제 카드 [["
    + card("558512345678901", sep=" - ")
    + "|CREDIT_CARD]]",
    # 이삿짐 보관
    "이삿짐 보관 계약서\n임차인: [[Isabella Rossi|PERSON]]\n여권번호: [[M51720946|KR_PASSPORT]]\n보관 기간: 2024.12.01 ~ 2025.05.31\n"
    "보관료 자동결제: [["
    + card("510510123456789")
    + "|CREDIT_CARD]]\n비상연락: [[Marco Rossi|PERSON]] [[+82-10-2290-7731|PHONE_NUMBER]]",
    "해외이사 견적 받았습니다. 담당 [[한기석|PERSON]] 과장님 통해서 진행할게요. 제 여권 [[M238C5510|KR_PASSPORT]], "
    "아내 [[신유경|PERSON]] 여권 [[M23917640|KR_PASSPORT]] 보내드립니다. — [[천재민|PERSON]] 드림",
    # 공유오피스 계약
    "공유오피스 입주 계약 정보\n회사명: 주식회사 모아랩\n사업자등록번호: [["
    + brn("491870234", "")
    + "|KR_BRN]]\n대표자: [[장하늘|PERSON]]\n"
    "담당자: [[금유찬|PERSON]] / [[yuchan@moalab.test|EMAIL_ADDRESS]]\n결제 카드: [["
    + card("404825000012345")
    + "|CREDIT_CARD]]\n호실: 7F-12 (4인실)",
    "외국인 대표 입주 서류: [[Liam O'Connor|PERSON]], Alien Registration No. [["
    + rrn("900430", 5, "19902")
    + "|KR_FRN]], "
    "사업자등록번호 [[" + brn("107453320") + "|KR_BRN]]. 계약 담당 [[위소연|PERSON]].",
    # 코워킹 출입 등록
    "코워킹 스페이스 출입 등록\n이름: [[서도현|PERSON]]\n휴대폰: [[010‑2290‑4431|PHONE_NUMBER]]\n본인확인: 운전면허 [[전남 18-12-664309-27|KR_DRIVER_LICENSE]]\n노트북 고정 IP 요청: [[192.168.20.41|IP_ADDRESS]]\n"
    "게스트: [[Aria Patel|PERSON]] (방문 2024-11-05)",
    "출입 로그 이상 징후 보고 — 11월 2일 02:13 [[10.12.0.58|IP_ADDRESS]]에서 관리자 페이지 접속 시도, 출입카드 소지자 [[하명진|PERSON]] "
    "([[010-6629-3015|PHONE_NUMBER]]) 당시 퇴실 상태. 펌웨어 2.4.1.9 출입기.",
    # 대학원 연구실 공지
    "[연구실 공지] GPU 서버 이전\n- 기존: [[172.16.4.21|IP_ADDRESS]] → 신규: [[172.16.8.10|IP_ADDRESS]]\n- 계정 문의: 박사과정 [[윤재하|PERSON]] ([[jaeha.yoon@lab.example.kr|EMAIL_ADDRESS]])\n"
    "- 주간 미팅: 목 10시, 발표 [[Priya Nair|PERSON]], [[조민혁|PERSON]]",
    "연구실 회식비 정산합니다. 총 384,000원 / 8명 = 48,000원. 막내 [[강지온|PERSON]] 계좌로 보내주세요: "
    "카카오뱅크 [[3333-29-8841027|KR_BANK_ACCOUNT]]. [[Tom|PERSON]]이랑 [[수빈|PERSON]]은 이미 냈어요.",
    "학위논문 심사 일정 회신\n심사위원: [[김경태|PERSON]] 교수(위원장), [[이보람|PERSON]] 교수, 외부위원 Dr. [[Akira Sato|PERSON]]\n"
    "외부위원 심사비 지급용 주민등록번호 회신: [["
    + rrn("710219", 1, "38862")
    + "|KR_RRN]] / 계좌 우리 [[1002-114-559820|KR_BANK_ACCOUNT]]",
    # 학회 등록
    "한국언어정보학회 2024 가을 학술대회 등록 확인\n등록자: [[모서윤|PERSON]] (한빛대학교)\n등록 구분: 대학원생\n"
    "결제: 마스터카드 [["
    + card("222300123456789", sep=" ")
    + "|CREDIT_CARD]] / 60,000원\n영수증 발행 이메일: [[seoyun.mo@example.kr|EMAIL_ADDRESS]]",
    "International attendee visa letter request: full name [[Oluwaseun Adeyemi|PERSON]], passport no. [[m40172239|KR_PASSPORT]], "
    "affiliation University of Lagos, e-mail [[seun.adeyemi@example.com|EMAIL_ADDRESS]]. 담당 간사 [[노하경|PERSON]]",
    # 논문 교신저자 표기
    "[[Minji Kang|PERSON]]¹, [[Hyunwoo Lee|PERSON]]¹, [[Soo-ah Park|PERSON]]²*\n¹ Dept. of Linguistics, Hanbit University\n"
    "² Institute for Speech Technology\n* Corresponding author: [[soah.park@univ.example.kr|EMAIL_ADDRESS]], Tel. [[+82-2-3290-1147|PHONE_NUMBER]]",
    "교신저자: [[오태림|PERSON]] (한빛대학교 컴퓨터공학과) 전자우편: [[taerim.oh＠example.kr|EMAIL_ADDRESS]] "
    "본 연구는 한국연구재단(NRF-2022R1A2C1011234)의 지원을 받았음.",
    # 번역 의뢰
    "번역 의뢰서\n의뢰인: [[Camille Dubois|PERSON]]\n원문: 가족관계증명서, 기본증명서 (한→불)\n의뢰인 외국인등록번호: [["
    + rrn("020914", 8, "11047")
    + "|KR_FRN]]\n"
    "가족: 배우자 [[정태민|PERSON]]\n납품 이메일: [[camille.d@example.com|EMAIL_ADDRESS]]",
    "여권 영문명 번역 공증 요청: 성명 [[YOON SEOHYUN|PERSON]] / 여권번호 [[M66128093|KR_PASSPORT]] / 생년월일 1996-02-29 / "
    "의뢰 대행 [[윤서연|PERSON]] 님 어머니([[김미령|PERSON]])",
    # 프리랜서 계약
    "프리랜서 용역 계약서 (일러스트)\n갑: 주식회사 그림숲 (대표이사 [[방현수|PERSON]])\n을: [[채아린|PERSON]]\n"
    "을의 주민등록번호: [["
    + rrn("950707", 2, "24918", ".")
    + "|KR_RRN]] (원천징수용)\n대금 지급: 을 명의 국민 [[471802-01-556213|KR_BANK_ACCOUNT]]",
    "안녕하세요 [[Lucas|PERSON]]님, 영상 편집 외주 계약서 보내드립니다. 사업소득 신고에 필요한 주민등록번호와 계좌만 회신해 주세요. "
    "— 그림숲 PD [[오한결|PERSON]]\n\nRe: 주민번호 [["
    + rrn("931225", 1, "60419")
    + "|KR_RRN]], 하나 [[357-910284-22107|KR_BANK_ACCOUNT]] 입니다.",
    # 외주 정산
    "2024년 10월 외주 정산 내역\n| 작업자 | 사업자/주민번호 | 금액 | 입금 계좌 |\n"
    "| [[변하진|PERSON]] | [["
    + rrn("880130", 2, "70254")
    + "|KR_RRN]] | 1,200,000 | 신한 [[110-448-203715|KR_BANK_ACCOUNT]] |\n"
    "| 픽셀웍스([[진도훈|PERSON]]) | [["
    + brn("617819233")
    + "|KR_BRN]] | 3,300,000 | 기업 [[045-118822-01-017|KR_BANK_ACCOUNT]] |\n"
    "| [[Hana Novak|PERSON]] | [["
    + rrn("910505", 6, "88401")
    + "|KR_FRN]] | 800,000 | 우리 [[1002-559-013482|KR_BANK_ACCOUNT]] |",
    "세금계산서 발행 요청: 공급받는자 사업자번호 [["
    + brn("211881093", " - ")
    + "|KR_BRN]], 담당 [[엄지수|PERSON]] 대리 "
    "([[jisu.eom@example.com|EMAIL_ADDRESS]]). 품목 '웹 리뉴얼 2차', 공급가액 4,500,000원.",
    # 뉴스·칼럼·에세이·소설
    "[독자 투고] 지난주 기사에 소개된 무료 급식소 봉사자 [[이순례|PERSON]] 씨(72)의 연락처를 묻는 분이 많았다. 본인 동의를 받아 "
    "[[010-8813-2074|PHONE_NUMBER]]를 싣는다. 급식소는 한빛동 주민센터(02-2148-5100) 옆 골목에 있다.",
    '칼럼 | 전세사기 피해자 모임에서 만난 [[김서우|PERSON]] 씨는 "집주인 계좌 [[3333-08-1129047|KR_BANK_ACCOUNT]]로 보증금을 보낸 게 '
    '마지막이었다"고 했다. 같은 건물 세입자 [[Olga Ivanova|PERSON]] 씨도 같은 계좌를 기억했다.',
    "에세이 — 아버지의 수첩\n아버지 수첩 맨 뒷장에는 전화번호 세 개가 적혀 있었다. [[고순남|PERSON]] [[02-912-3374|PHONE_NUMBER]], "
    "[[박영배|PERSON]] [[051 465 2290|PHONE_NUMBER]], 그리고 이름 없이 [[010-3302-7718|PHONE_NUMBER]]. 나는 마지막 번호에 한참 동안 전화를 걸지 못했다.",
    "소설 속에서 홍길동은 벽보에 적힌 번호 [[010-4719-2036|PHONE_NUMBER]]로 전화를 건다. 받은 사람은 춘향이었다. "
    "(작가의 말: 이 번호를 알려 준 편집자 [[남기윤|PERSON]] 님께 감사드린다.)",
    '[사회] 보이스피싱 조직에 통장을 넘긴 혐의로 기소된 [[최동민|PERSON]](34)씨는 법정에서 "대포통장인 줄 몰랐다"고 진술했다. '
    "검찰이 제시한 계좌는 국민 [[730201-00-448192|KR_BANK_ACCOUNT]] 등 6개다. 사건번호 2024고단1187.",
    # extra mixed messages
    "보낸사람: [[Grace Yoon|PERSON]] <[[grace.yoon@example.com|EMAIL_ADDRESS]]>\n받는사람: [[윤태평|PERSON]] <[[tp.yoon@example.kr|EMAIL_ADDRESS]]>\n"
    "제목: 아빠 여권 갱신\n아빠, 여권번호 [[M09417725|KR_PASSPORT]] 만료가 다음 달이에요. 사진은 [[은솔|PERSON]]이가 찍어줄 거예요.",
    "렌터카 예약(제주)\n예약자: [[표지호|PERSON]]\n제1운전자 면허: [[제주 21-07-338419-55|KR_DRIVER_LICENSE]]\n제2운전자: [[표민아|PERSON]] 면허 [[21 15 902183 12|KR_DRIVER_LICENSE]]\n"
    "결제: [["
    + card("437799887766554", sep="")
    + "|CREDIT_CARD]] / 연락처 [[010-8847-0091|PHONE_NUMBER]]",
    "캠핑카 동호회 차량 공유 보험 등록: [[우재형|PERSON]] 면허 [[부산 12-98-114452-09|KR_DRIVER_LICENSE]], "
    "[[Ella Brown|PERSON]] 국제운전면허 + 여권 [[M77201856|KR_PASSPORT]]. 총무 [[나은비|PERSON]] 확인.",
    "이삿짐센터 기사 배정표 — 1호차 [[윤필상|PERSON]] (면허 [[11–20–773105–48|KR_DRIVER_LICENSE]]), 2호차 [[권대식|PERSON]] "
    "(면허 [[대구 22-01-557720-31|KR_DRIVER_LICENSE]]). 고객 연락처 [[010-7740-2219|PHONE_NUMBER]] ([[심주연|PERSON]] 고객)",
    "보일러 설치기사 협력사 등록서\n성명: [[Park Gun-woo|PERSON]]\n운전면허번호: [[１３－１９－４４８０２１－６６|KR_DRIVER_LICENSE]]\n"
    "주민등록번호: [[" + fw(rrn("790823", 1, "15526")) + "|KR_RRN]]\n"
    "가스시공 자격번호 2018-경기-0044\n정산 계좌: 농협 [[356-0921-4418-13|KR_BANK_ACCOUNT]]",
    "택배 기사 신규 등록 (하늘택배 한빛대리점)\n기사명: [[하재민|PERSON]]\n운전면허: [[인천 23-11-402918-70|KR_DRIVER_LICENSE]]\n"
    "차량: 1톤 탑차 84버 2231\n주민등록번호: [[" + rrn("860303", 1, "55207", " ") + "|KR_RRN]]",
    "중고 드럼 세트 택배 거래 — 판매자 [[탁규리|PERSON]], 운전면허증 사본으로 본인 인증했습니다 ([[16-22-085531-14|KR_DRIVER_LICENSE]]). "
    "구매자 [[박시온|PERSON]] 님 배송지 문자로 주세요.",
    "게임 대회 참가 서약서: 선수명 [[진서호|PERSON]] (닉네임 [[Seoho|PERSON]]), 생년월일 2006.01.30, 주민번호 [["
    + rrn("060130", 3, "02281", "–")
    + "|KR_RRN]], 보호자 [[진경숙|PERSON]] [[010 4102 7739|PHONE_NUMBER]], "
    "상금 수령 계좌 토스뱅크 [[1000-2219-3381|KR_BANK_ACCOUNT]]",
    "라디오 PD님께: 지난 방송에서 소개된 사연자 [[임보경|PERSON]] 씨 선물 배송지가 반송됐습니다. 송장번호 5521-0087-4413. "
    "새 연락처 [[010-2240-8716|PHONE_NUMBER]]로 재발송 부탁드립니다. — 협찬사 담당 [[계승연|PERSON]]",
    "[서버 점검 알림] 길드 홈페이지 관리자 계정이 [[203.0.113.45|IP_ADDRESS]]에서 로그인되었습니다. 본인이 아니면 [[admin@guild.test|EMAIL_ADDRESS]]로 알려 주세요. "
    "관리자 [[도윤|PERSON]]",
    'Access log excerpt (shared office Wi-Fi)\n[[192.168.0.117|IP_ADDRESS]] - - [05/Nov/2024:09:14:22 +0900] "GET /login" 200\n'
    '[[2001:db8:85a3::8a2e:370:7334|IP_ADDRESS]] - - [05/Nov/2024:09:15:03 +0900] "POST /door/open" 403\nNAS 펌웨어 7.2.1.69',
    "학회 발표 원격 접속 정보: 발표자 PC [[198.51.100.23|IP_ADDRESS]], 좌장 PC [[10.0.3.200|IP_ADDRESS]]. 발표자 [[허민경|PERSON]] 선생님 "
    "휴대폰 [[010-3329-5106|PHONE_NUMBER]].",
    "연구실 NAS 접속 허용 목록 갱신: [[172.20.11.5|IP_ADDRESS]] ([[Emily Chen|PERSON]] 노트북, 분실 시 [[010-4418-2093|PHONE_NUMBER]]), [[2001:db8:1f::25|IP_ADDRESS]] (공용 워크스테이션). "
    "버전 5.10.2.1 업데이트 후 재부팅.",
    "카페 운영진 공지: 도배 글 작성자 IP [[203.0.113.188|IP_ADDRESS]] 차단했습니다. 신고해 주신 [[김단비|PERSON]] 님 감사해요. "
    "차단 해제 문의는 운영자 메일 [[cafe.admin@example.kr|EMAIL_ADDRESS]]",
    "공유기 설정 도와주세요ㅠ 내부 IP가 [[192.168.1.34|IP_ADDRESS]]로 잡히는데 프린터([[192.168.1.250|IP_ADDRESS]])가 안 보여요. "
    "남편 [[Kenji|PERSON]]이 설정했는데 출장 중이라... 제 번호 [[010-5573-2108|PHONE_NUMBER]]로 원격 지원 가능할까요?",
    "크라우드펀딩 후원자 명단 (배송용, 외부 공유 금지)\n[[Julia Santos|PERSON]] [[julia.s@example.com|EMAIL_ADDRESS]]\n[[백도영|PERSON]] [[010-4412-7790|PHONE_NUMBER]]\n"
    "[[문하린|PERSON]] [[harin.moon@example.kr|EMAIL_ADDRESS]]\n"
    "총 후원금 3,482,000원 (달성률 174%)",
    "헌혈 기념품 발송 실패: [[유다온|PERSON]] 님 주소 불명. 카드사 연계 기부 포인트는 [["
    + card("465889123400112", sep=" ")
    + "|CREDIT_CARD]] 로 적립 예정. "
    "확인 전화 [[070-7431-2290|PHONE_NUMBER]]",
    "미용실 정기권 결제 영수증\n고객: [[소예진|PERSON]]\n카드: 롯데 [["
    + card("540447223310098")
    + "|CREDIT_CARD]]\n승인번호 30418827 / 10회권 180,000원\n담당 디자이너 [[유라|PERSON]]",
    "교회 선교 헌금 정기 후원 약정서\n후원자 성명: [[황보은혜|PERSON]]\n출금 계좌: 우체국 [[104417-02-093318|KR_BANK_ACCOUNT]]\n"
    "또는 카드: [[" + card("625900112233445") + "|CREDIT_CARD]]\n월 30,000원 / 매월 25일",
    "낚시 동호회 선상 예약 취소 환불: [[성대호|PERSON]] 님 카드 [["
    + card("356900123456789", sep="-")
    + "|CREDIT_CARD]] 승인 취소 완료, "
    "[[Marie|PERSON]] 님은 현금이라 신협 [[132-088-114720|KR_BANK_ACCOUNT]]으로 보내드렸습니다.",
    "안경원 렌즈 정기배송 신청: 이름 [[남궁하|PERSON]], 카드 [["
    + card("457973102938475", sep=" ")
    + "|CREDIT_CARD]], "
    "휴대전화 [[+82 10 6672 0418|PHONE_NUMBER]], 배송 요청사항 '경비실에 맡겨주세요'",
    "택시협동조합 조합비 카드 자동납부 신청 — 조합원 [[용태석|PERSON]] / 카드 [["
    + card("438676001122334", sep=" ")
    + "|CREDIT_CARD]] / "
    "차량 서울 33아 1027 / 사업자등록번호 [[" + brn("301126640") + "|KR_BRN]]",
    "[사업자 정보 확인] 농장 직거래몰 입점: 상호 초록들농원, 대표 [[연상훈|PERSON]], 사업자등록번호 [["
    + brn("410226385")
    + "|KR_BRN]], "
    "통신판매업 신고 제2023-전남나주-0112호, 정산 계좌 농협 [[351-1142-7739-03|KR_BANK_ACCOUNT]]",
    "수산물 도매 거래처 등록\n상호: 동해청정수산\n사업자등록번호: [["
    + brn("506173908")
    + "|KR_BRN]]\n대표: [[마정식|PERSON]]\n"
    "담당: [[마수빈|PERSON]] [[054-246-7712|PHONE_NUMBER]]\n계좌: 수협 [[207-62-118834|KR_BANK_ACCOUNT]]",
    "지역 축제 푸드트럭 2대 등록 — [["
    + brn("135092846")
    + "|KR_BRN]] (푸드트럭 '불꽃', [[정가온|PERSON]]), "
    "[["
    + brn("603188207")
    + "|KR_BRN]] ('바삭', [[류하은|PERSON]] [[010 6230 9914|PHONE_NUMBER]]). 전기 사용 신청은 별도.",
    "프리마켓 셀러 정산: 셀러 [[Anna Kowalski|PERSON]] 판매액 412,000원, 수수료 10% 공제 후 370,800원을 "
    "국민 [[938802-00-117725|KR_BANK_ACCOUNT]]로 입금. 사업자번호 [["
    + brn("789014562")
    + "|KR_BRN]]",
    "팬클럽 해외 회원 굿즈 배송 — [[Lin Mei|PERSON]] (passport [[M84013397|KR_PASSPORT]], [[linmei@example.com|EMAIL_ADDRESS]]), "
    "[[Chloe Martin|PERSON]] ([[chloe.martin@example.kr|EMAIL_ADDRESS]]). 배송비 결제는 페이팔.",
    "템플스테이 외국인 참가자 출입 명부: [[Jonas Berg|PERSON]] [[M330A7412|KR_PASSPORT]] / [[Aiko Mori|PERSON]] [[m44218830|KR_PASSPORT]] / "
    "사무장 [[최도원|PERSON]] [[033-332-6650|PHONE_NUMBER]]",
    "게스트하우스 겸 이삿짐 단기보관 체크인: [[Pedro Alves|PERSON]] 여권 [[M102B7734|KR_PASSPORT]], 외국인등록번호 [["
    + rrn("000101", 7, "31145")
    + "|KR_FRN]]. "
    "보관 번호 L-0342.",
    "어학원 수강생 보험 가입 명단 — [[Bui Thi Hoa|PERSON]] [["
    + rrn("040618", 8, "22013")
    + "|KR_FRN]], [[Ali Hassan|PERSON]] [["
    + rrn("990925", 5, "63022", "")
    + "|KR_FRN]], "
    "[[Sana Yusuf|PERSON]] [["
    + rrn("011130", 8, "40197", " ")
    + "|KR_FRN]]. 담당 [[민예슬|PERSON]] [[010-8830-4421|PHONE_NUMBER]]",
    "세입자 정보 (외국인): [[Dmitri Sokolov|PERSON]] / 외국인등록번호 [["
    + rrn("870813", 5, "75530")
    + "|KR_FRN]] / 연락처 [[010 3318 2207|PHONE_NUMBER]] / "
    "보증금 입금 하나 [[268-910355-71204|KR_BANK_ACCOUNT]]",
    "농장 계절근로자 숙소 배정: 1호실 [[Batbayar Ganbold|PERSON]] ([["
    + rrn("960502", 5, "48827")
    + "|KR_FRN]]), 2호실 [[바트에르덴|PERSON]] "
    "([["
    + rrn("921018", 5, "48809")
    + "|KR_FRN]]). 농장주 [[곽동팔|PERSON]] [[010-9921-3370|PHONE_NUMBER]]",
    "[인사] 안녕하세요 신입회원 [[Jun|PERSON]]입니다. 원래 이름은 [[김준영|PERSON]]인데 회사에서 [[Jun|PERSON]]으로 불러서요ㅎㅎ "
    "낚시 5년차, 번호는 [[010-6620-3148|PHONE_NUMBER]]입니다. [[민지|PERSON]] 누나 소개로 왔어요!",
    "[세탁 완료 알림] [[Karin|PERSON]] 고객님, 맡기신 이불 2채 세탁이 완료되었습니다. 보관료 발생 전 찾아가 주세요. 한빛크린 [[02)3291-4470|PHONE_NUMBER]]",
    "대학원 연구실 장비 구매 카드 사용 내역 보고: [["
    + card("451842012345678", sep="-")
    + "|CREDIT_CARD]] (연구책임자 [[천수민|PERSON]] 교수 명의), "
    "품목 SSD 2TB × 4, 발주번호 PO-2024-1183.",
]

# --- Hard negatives: look-alikes, public figures, fiction, placeholders ----------------------

NEGATIVE: list[str] = [
    "[공지] 택배 보관함 비밀번호가 2024년 12월 1일부터 변경됩니다. 문의는 관리사무소 대표번호 1544-7720으로 해 주세요.",
    "주문번호 ORD-01048213357-A 상품이 출고되었습니다. 송장번호 5531 2290 4417 (한진택배).",
    "가정통신문 제2024-211호: 겨울방학은 12월 27일부터입니다. 회신서 양식의 '보호자 성명: 홍길동, 연락처: 010-0000-0000'은 작성 예시입니다.",
    "신청서 작성 예시 — 성명: 홍길동 / 주민등록번호: 000000-0000000 / 계좌번호: 000-000-000000",
    "입원 안내: 한빛대학교병원 원무과 02-2072-2114, 야간 응급실 02-2072-0505로 문의하십시오. 면회 시간은 18~20시입니다.",
    "장례식장 이용 요금표: 특실 1일 700,000원, 1호실 450,000원, 안치료 1일 100,000원 (2024.01.01 기준)",
    "돌잔치 답례품 카탈로그 — 상품코드 GF-3333011234567, 각인 떡 세트 12,000원, 최소 주문 30개.",
    "세입자 모집 광고 작성 요령: 보증금/월세는 '500/45'처럼 적고, 연락처 칸에는 예시(010-0000-0000) 대신 실제 번호를 넣으세요.",
    "사과 5kg 가정용 38,000원, 선물용 52,000원. 주문은 홈페이지 또는 1588-3320 (평일 9~18시).",
    "수산물 원산지 표시 안내: 대게(러시아산), 전복(국내산, 완도). 품목코드 SEA-2024-0412, 입고일 2024-11-02.",
    "전통시장 화재 안전 점검 결과: 점포 214곳 중 198곳 적합(92.5%). 관할 소방서 민원실 053-350-4119.",
    "택시 요금 인상안: 기본요금 4,800원(1.6km), 거리요금 131m당 100원. 적용일 2025년 2월 1일.",
    "산악회 산행 기록: 지리산 천왕봉 1,915m, 좌표 35.3370, 127.7306. 총 거리 23.4km, 소요 11시간 20분.",
    "낚시 금어기 안내(수산자원관리법 시행령 제6조): 갈치 7.1~7.31, 참조기 4.22~8.10.",
    "수련회 일정표: 1일차 14:00 개회예배, 19:30 찬양집회 / 2일차 07:00 큐티. 준비물: 성경, 세면도구.",
    "템플스테이 프로그램 코드 TS-2024-1107-01, 참가비 1박 70,000원. 예약 문의 033-339-6800 (월정사 종무소).",
    "축제 부스 배치도 v2.3.1 공개: A-01~A-24 먹거리, B-01~B-18 체험. 부스 번호는 추첨.",
    "프리마켓 셀러 모집 요강: 참가비 30,000원, 테이블 1개(1800×600), 신청 마감 11월 20일.",
    "중고 악기 시세: 야마하 U3 2,500,000원 안팎, 펜더 스트랫 미국산 1,400,000원. 시리얼 JD21045772는 일본산입니다.",
    "방송 출연 신청 안내 — 신청서 양식의 이름 칸에 '성명: (본명)'을 적어 주세요. 접수번호 BC-2024-0391.",
    "경품 당첨자 발표: 총 응모 12,408건 중 50명 당첨. 당첨 확률 0.4%. 개인정보 보호를 위해 명단은 개별 통보합니다.",
    "오늘 라디오 선곡표: 아이유 「밤편지」, 김광석 「서른 즈음에」, 조용필 「여행을 떠나요」.",
    "크라우드펀딩 리워드 배송 일정: 1차 12월 2일, 2차 12월 16일. 후원 번호 #A-20931부터 #A-21400까지 2차.",
    "카페 회칙 제7조(등업): 게시글 5개, 댓글 20개 이상. 닉네임에 전화번호나 실명을 넣지 마세요.",
    "길드 '새벽별' 주간 레이드 결과: 클리어 타임 12:48, DPS 1위 34,201. 서버 점검 v1.12.0.3 이후 재시도.",
    "팬미팅 예매 안내: 인터파크 티켓 1544-1555, 예매번호 T2411-8830-201. 1인 2매 제한.",
    "헌혈의 집 운영시간: 평일 10:00~20:00. 헌혈 가능 연령 만 16~69세, 체중 남 50kg·여 45kg 이상.",
    "예방접종 도우미 사이트 안내: 국가예방접종 문의는 질병관리청 콜센터 1339.",
    "약국 공지: 처방전 보관 기간 3년(약사법 시행규칙 제14조). 조제 번호 20241002-00173은 영수증에 있습니다.",
    "안경 도수표 예시: R -3.25 / -0.75 × 180, L -3.00 / -0.50 × 175, PD 63mm.",
    "미용실 가격표: 커트 18,000원, 뿌리펌 65,000원, 클리닉 40,000원~. 예약은 네이버 예약 전용.",
    "세탁물 보관 기간은 90일입니다(소비자분쟁해결기준). 번호표 0431~0499 고객님은 찾아가 주세요.",
    "정비 견적 예시: 부품번호 58101-AA000 브레이크 패드 98,000원, 엔진오일 5W-30. 차량번호 12가 3456은 예시입니다.",
    "보일러 에러코드 표: E-03 점화 불량, E-10 배기 막힘, E-16 온도센서. 고객센터 1588-7882.",
    "인테리어 평당 단가 2024: 전체 리모델링 평당 180~250만원, 부분 시공 평당 80만원 안팎.",
    "이삿짐 보관 컨테이너 규격: 20ft (5.9 × 2.35 × 2.39m), 월 보관료 150,000원. 보관 번호 L-0342 형식으로 발급.",
    "공유오피스 요금제: 핫데스크 월 250,000원, 전용데스크 350,000원, 4인실 1,600,000원(VAT 별도).",
    "코워킹 와이파이 안내: SSID HANBIT-WORK, 게이트웨이 펌웨어 3.0.12.4로 업데이트 예정. 비밀번호는 리셉션 문의.",
    "연구실 세미나: 「Attention Is All You Need」(Vaswani et al., 2017) 리뷰. 발제 범위 3.2.1절~3.2.3절.",
    "학회 등록비: 정회원 120,000원, 학생 60,000원. 조기등록 마감 2024.09.30 23:59(KST).",
    "Vaswani, A., Shazeer, N., & Parmar, N. (2017). Attention is all you need. NeurIPS 30, 5998–6008.",
    "번역 요금: 한→영 일반 문서 1자당 80원, 공증 별도 30,000원. ISBN 978-89-6626-421-3 도서 번역 문의 환영.",
    "프리랜서 원천징수율은 3.3%(소득세 3% + 지방소득세 0.3%)입니다. 지급액 1,000,000원이면 33,000원 공제.",
    "외주 정산 주기: 월말 마감, 익월 10일 지급. 세금계산서 작성일자는 공급 시기 기준(부가가치세법 제34조).",
    "[칼럼] 세종대왕이 훈민정음을 반포한 1446년 이후, 이순신 장군은 1592년 임진왜란에서 한산도 대첩을 이끌었다.",
    '[정치] 윤석열 대통령은 이날 국무회의에서 예산안을 의결했고, 이재명 대표는 "민생이 먼저"라고 말했다.',
    "[연예] 가수 아이유 씨와 배우 박보검 씨가 새 드라마에서 호흡을 맞춘다. 방송은 2025년 3월 예정.",
    "[스포츠] 손흥민 선수가 시즌 10호 골을 터뜨렸다. 토트넘은 3-1로 이겼고 관중은 61,204명이었다.",
    "소설 『82년생 김지영』은 조남주 작가의 작품으로, 주인공 김지영 씨의 삶을 따라간다.",
    "영화 「헤어질 결심」에서 서래와 해준은 산 정상에서 마지막으로 만난다. 상영시간 138분.",
    "동화 「흥부와 놀부」에서 흥부는 제비 다리를 고쳐 주고 박씨를 얻는다.",
    "〈춘향전〉의 성춘향과 이몽룡, 〈홍길동전〉의 홍길동은 한국 고전소설의 대표 인물이다.",
    "사건번호 2023가단51234 판결 요지: 임대차보증금 반환 청구를 일부 인용한다(민법 제618조).",
    "주택임대차보호법 제3조의2 제2항에 따라 확정일자를 받은 임차인은 우선변제권을 가진다.",
    "[통계] 2023년 전통시장 점포 수는 207,145개로 전년 대비 1.8% 감소했다(중소벤처기업부).",
    "한빛FC는 2024 K3리그에서 14승 6무 8패로 4위. 다음 경기는 11월 9일 한빛종합운동장.",
    "영업팀 발신: 서비스운영팀 드림. 문의는 고객센터 1577-1004 또는 홈페이지 1:1 문의.",
    "예금주: 한빛초등학교 운영위원회 / 납부 기한: 3월 31일 / 문의: 행정실 031-8044-1200",
    "카드번호 입력 예시: 1234-5678-9012-3456 (하이픈 없이 숫자만 입력하세요)",
    "버전 정보: 앱 4.12.0 (빌드 20241105.3), 서버 API v2.3.10.1, 최소 지원 iOS 15.0.",
    "좌표 37.5665, 126.9780은 서울시청, 35.1796, 129.0756은 부산시청이다.",
    "택배 추적: 운송장 6842-1177-3390-21, 현재 위치 옥천HUB, 예상 도착 11/07(목).",
    "상품 바코드 8801234567893, 모델명 NCB553-22K, 제조일 2019.04.",
    "법인등록번호 110111-0001234는 법인을 식별하는 번호이며 개인정보가 아닙니다.",
    "고객센터 안내: 1588-1234(ARS), 1644-0000(상담원), 080-023-4567(수신자부담).",
    "[주민센터 공지] 한빛동 주민센터 02-2148-5100, 팩스 02-2148-5199. 전입신고는 정부24에서도 가능합니다.",
    "날짜 표기 예: 2024-03-15, 24.03.15, 240315. 유통기한 250315까지.",
    "[역사] 안중근 의사는 1909년 하얼빈에서 이토 히로부미를 저격했고, 유관순 열사는 1919년 3·1 운동에 참여했다.",
    "해리 포터와 헤르미온느 그레인저는 호그와트 급행열차 9와 3/4 승강장에서 처음 만났다.",
    "논문 DOI 10.18653/v1/2024.acl-long.123, arXiv:2403.01234v2. 코드 저장소 버전 1.0.3.",
    "안내: 이름 칸에는 본인 성명을, 연락처 칸에는 휴대폰 번호를 적습니다. 예) 이름: OOO, 연락처: 010-XXXX-XXXX",
    "게임 패치노트 1.12.0.3: 캐릭터 '달빛검객' 스킬 쿨타임 12초→10초, 길드 최대 인원 50→60명.",
    "수익률 비교: 적금 연 3.5%, 예금 3.2%, 국고채 3년물 2.89%. 기준일 2024.11.05.",
]


def records() -> list[dict]:
    rows: list[dict] = []
    for i, marked in enumerate(POSITIVE, 1):
        text, spans = typed_spans(marked)
        assert spans, f"positive record without a mark: {marked[:40]!r}"
        rows.append({"id": f"ho11-p{i:03d}", "text": text, "spans": spans})
    for i, marked in enumerate(NEGATIVE, 1):
        text, spans = typed_spans(marked)
        assert not spans, f"hard negative with a mark: {marked[:40]!r}"
        rows.append({"id": f"ho11-n{i:03d}", "text": text, "spans": [], "hard_negative": True})
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
    "PERSON": 150,
}


def main() -> None:
    rows = records()
    count = write_jsonl(rows, OUT)
    gold = Counter(span["type"] for row in rows for span in row["spans"])
    negatives = sum(1 for row in rows if row.get("hard_negative"))
    print(f"{count} records, {negatives} hard negatives -> {OUT}")
    for kind in MINIMUM:
        print(f"  {kind:18s} {gold[kind]}")
    short = {k: gold[k] for k, n in MINIMUM.items() if gold[k] < n}
    assert not short, f"below the minimum: {short}"


if __name__ == "__main__":
    main()
