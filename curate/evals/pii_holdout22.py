# ruff: noqa: E501
"""Hold-out 22: a blind, hand-marked Korean PII set (``h22-ko``).

How it was written. Every record below was typed by hand, blind to the detectors: the only
project files read while writing it were ``curate/evals/marked.py`` (the ``[[value|LABEL]]``
mark syntax, ``SHORT_LABELS``, ``holdout_rows``, ``write_holdout`` and
``STRUCTURED_MINIMUMS``) and the docstring and ``main()``/``records()`` shape of
``curate/evals/pii_holdout21.py`` (to copy the file layout). No recognizer, filter, test,
pipeline, benchmark, README or other eval set or data file was opened, and no scrubber,
``curate`` or scoring command was run on this text. Check digits (RRN/FRN, BRN, Luhn) were
computed with throwaway scripts outside the repository and pasted in as literals.

Genres. 부동산 임대차/매매 계약서 and 중개 문자; 보험 청구서 and 손해사정 회신; 택시·대리·배달
app receipts and driver chats; 교회·성당 주보 연락망 and 구역 명단; 초등학교 알림장, 학부모 단톡,
방과후 신청서; 아파트 관리사무소 민원 and 동대표 공고; 당근 중고거래 chats; 청첩장·부고 문자 with
마음 전하실 곳 accounts; 병원·치과·한의원 예약 문자 and 문진표; airline e-tickets, boarding
passes, MRZ lines and 여행자 보험; 공공기관 민원 회신 공문 (담당자 직통 vs 대표번호); 콜센터
상담 기록 and CRM memos; 학술대회 registrations and 교신저자 blocks; 채용 공고 and 지원자 회신;
동호회 회비 장부; 렌터카 and 주차 위반 notices; 해외 송금·환전 forms and an MT103 snippet;
이삿짐·인테리어 견적서; 반려동물 호텔; server, firewall, SSH, VPN, mail and web logs (IPv4 and
IPv6, documentation and private ranges, with ports and brackets); CSV/JSON/YAML/SQL customer
dumps; 외국인 근로자 고용 서류 (외국인등록번호, passports of many countries); 카드 매출 전표 and
할부 문자.

Hard negatives (the ``-nNNN`` records, and unmarked look-alikes inside positives): public
figures (politicians, athletes, entertainers, CEOs), historical persons, fictional
characters, credited authors and translators, template placeholders (홍길동, 김OO, {name},
010-0000-0000, 000000-0000000), masked values, nationwide service numbers (1588-, 1544-,
1577-, 1600-, 1661-, 1899-, 1330, 120, 112, 114, 1345, 1355), 080 numbers, public institutions'
published and department numbers, order ids, SKUs, tracking, invoice and approval numbers,
coupon and serial codes, IMEI, version strings and IP-shaped versions or OIDs, dates, times,
statistics and amounts, RRN-shaped numbers with impossible dates (Feb 30, Apr 31, Feb 29 of
a non-leap year, month 13), context words across a full stop or past another label, labels
written after the number, team and role senders, and Korean words that are also given names
(하늘, 보람, 미소, 지수, 한결, 다솜, 나라, 소망, 은하, 새봄, 가람, 슬기). Judgment excerpts keep
their parties anonymised and their judges masked (김○○); the only named judicial officer is
the Chief Justice, a public figure.

Labelling policy. Every personal or business phone number is gold (mobile, landline, 070,
050x, foreign, +82 forms); service numbers, 080, short codes, published public-institution
and department numbers, placeholders and masked values are not (a named official's direct
line is gold). A private person's name is gold in form syntax, in correspondence to or from
a private person, or anywhere in a record that also holds a private person's contact or
identity value -- then every occurrence, given names alone, nicknames and other scripts
included. Only the name is marked (not 님/씨/titles/particles/맘/아빠); a ``KIM/MINSU``
PNR name and a ``KIM<<MINSU`` MRZ name are one span. Bank accounts are marked without the
bank name; a driver's licence written with a region name is one span including the region;
foreign passport numbers are KR_PASSPORT; an IP with a port is marked without the port.
Public figures, historical persons, fictional characters and credited authors are never
gold. Order numbers, SKUs, tracking and reference codes, dates, times, versions and
statistics are never gold; RRN/FRN-shaped numbers with impossible dates are never gold.

Validity. All values are fictional: RRNs/FRNs have real calendar dates and valid check
digits (FRN 7th digit 5-8), cards are Luhn-valid with real issuer prefixes, BRNs have valid
check digits, IPs sit in documentation (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
2001:db8::/32) or private ranges, +1 numbers are 555-01xx, Korean passports are M/S/G/R + 8
digits or M + 3 digits + letter + 4 digits. Private persons' names and mail accounts are
invented; public figures are real. A literal ``[`` directly before a mark is written as
``⁅`` and restored by ``records()`` (the mark syntax cannot follow ``[`` itself).

Regenerate: ``.venv/bin/python -m curate.evals.pii_holdout22``
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.marked import STRUCTURED_MINIMUMS, holdout_rows, write_holdout

OUT = Path(__file__).resolve().parent / "data" / "pii_holdout22_ko.jsonl"
PREFIX = "h22-ko"
_OPEN = "\u2045"  # stands for a literal "[" written directly before a mark

POSITIVES: list[str] = []
NEGATIVES: list[str] = []

# 부동산 임대차/매매 계약서와 중개 문자
POSITIVES += [
    "부동산 임대차계약서 (주택)\n임대인: [[박정순|PER]] (주민등록번호 [[521229-1515155|RRN]])\n주소: 서울특별시 마포구 성산로12길 7\n연락처: [[010-4417-2093|TEL]]\n임차인: [[이도윤|PER]] (주민등록번호 [[930613-1919808|RRN]]) 연락처 [[010 3382 5710|TEL]]\n보증금 금 일억오천만원정 (₩150,000,000), 월차임 금 오십만원정\n잔금 입금계좌: 국민은행 [[612301-04-118273|ACC]] 예금주 [[박정순|PER]]",
    "[행복공인중개사] [[정하은|PER]] 고객님, 내일(3/14) 오후 2시 합정동 빌라 302호 방문 예약 확인드립니다. 담당 [[윤재석|PER]] 실장 [[010-2291-4408|TEL]] / 사무실 [[02-332-7815|TEL]]\n중개사무소 등록번호 11440-2019-00231, 사업자등록번호 [[315-67-41167|BRN]]",
    "[특약사항]\n1. 매도인 [[최영길|PER]]은 잔금일까지 근저당(채권최고액 1억2천만원)을 말소한다.\n2. 매수인 [[한소율|PER]]과 공동명의자 [[한상훈|PER]]의 지분은 각 1/2로 한다.\n3. 계약금 3,500만원은 매도인 명의 신한은행 [[110-482-937105|ACC]]로 이체한다.\n매도인 연락처 [[010-7719-3052|TEL]], 매수인 연락처 [[010-5523-8841|TEL]]",
    "[[김순자|PER]] 사모님 안녕하세요, 분당 드림공인 [[오태경|PER]]입니다. 정자동 느티마을 매물 가계약금 500만원은 매도인 계좌 하나은행 [[391-910274-55307|ACC]] (예금주 [[김순자|PER]])로 받기로 했습니다. 매수인 측 문의는 사무실 [[031-715-2290|TEL]] 또는 제 휴대폰 [[010-9034-1176|TEL]]로 넘겨주세요.",
    "전세계약 확인서\n임차인: [[NGUYEN VAN HUNG|PER]] (외국인등록번호 [[830426-5963982|FRN]], 여권번호 [[C4829173|PASS]])\n임대인: [[서경민|PER]] [[010-6628-0417|TEL]]\n보증금 3,000만원 / 계약기간 2027.03.01~2029.02.28\n임차인 연락처: [[010-84170293|TEL]]",
    "중개보수 영수증\n상호: 한강부동산중개 대표 [[문채윤|PER]]\n사업자등록번호: [[289 42 79395|BRN]]\n지급인: [[고민석|PER]]\n금액: 1,980,000원 (부가세 포함)\n결제: 신한카드 [[4130-1898-2956-7706|CARD]] 일시불 / 승인번호 30918274",
    "[[지훈|PER]]씨, 보일러 수리 기사님 번호 남겨요. 제조사 서비스센터 1544-3131 말고 동네 설비 [[조만수|PER]] 사장님 [[010.5521.0398|TEL]] 으로 연락하면 더 빨라요. 수리비 영수증 보내주시면 [[지훈|PER]]씨 계좌 우리은행 [[1002-845-217390|ACC]]로 보내드릴게요. - 집주인 [[배정옥|PER]]",
    "주택 임대차 계약 신고서\n| 구분 | 성명 | 주민등록번호 | 전화번호 |\n| 임대인 | [[장미경|PER]] | [[600614-2034058|RRN]] | [[02-2647-1190|TEL]] |\n| 임차인 | [[권오성|PER]] | [[810929-1837910|RRN]] | [[010-3318-7762|TEL]] |\n| 개업공인중개사 | [[노경환|PER]] | - | [[031-8044-5129|TEL]] |\n접수처: 양천구청 부동산정보과 (대표 02-2620-3114)",
    "[매물 문의 답장] 네 [[은정|PER]]님, 302호는 나갔고 501호(전용 59㎡, 매매 6억 2천)는 아직 있어요. 주말 방문 가능하시면 [[010－7731－2284|TEL]] 로 시간 문자 주세요. 가람공인중개사 [[맹선희|PER]] 드림",
    "부동산 매매계약서 (발췌)\n매도인 성명 [[Robert Chen|PER]] / 외국인등록번호 [[710817-5361254|FRN]] / 여권 [[A38291047|PASS]] (USA)\n매수인 성명 [[유재필|PER]] / 주민등록번호 [[660620-1532860|RRN]]\n매도인 국내 연락처 [[+82 10-2209-4418|TEL]], 미국 [[+1 213-555-0163|TEL]]\n중도금 계좌: SC제일은행 [[330-20-418273|ACC]]",
]

# 보험 청구서와 손해사정 회신
POSITIVES += [
    "보험금 청구서\n피보험자: [[송준혁|PER]]  주민등록번호: [[860716\u20111665386|RRN]]\n청구인(수익자): [[송준혁|PER]]  연락처: [[010-2744-9031|TEL]]\n사고일시: 2027.01.18 19:40 / 사고장소: 경기도 고양시 일산동구\n보험금 수령계좌: 농협 [[351-1184-3307-21|ACC]] (예금주 [[송준혁|PER]])\n이메일: [[jhsong86@naver.com|MAIL]]",
    "[[차은희|PER]] 님께\n손해사정 담당 [[임태호|PER]]입니다. 2027년 2월 3일 접수하신 자동차사고(접수번호 2027-0203-AC-55817) 대물 배상 건 검토 결과를 회신드립니다. 상대 차량 운전자 [[백승우|PER]] 님(연락처 [[010-6672-1048|TEL]]) 과실 80%로 산정되었습니다.\n문의: 직통 [[02-3775-4128|TEL]], 이메일 [[th.lim@sonhae-adj.co.kr|MAIL]]\n보험사 고객센터 1588-5114",
    "실손의료비 청구 (모바일 접수)\n피보험자 [[유서진|PER]] / 생년월일 1994.08.22\n진료기관: 밝은미소치과의원 (사업자 [[581-79-18382|BRN]])\n진료비 합계 412,300원\n수령계좌: 카카오뱅크 [[3333-07-4417281|ACC]]\n연락처 [[+82 10-5123-7740|TEL]]",
    "Travel insurance claim - 증권번호 TRV-27-0049182\nInsured: [[LEE/JIWOO|PER]] (passport [[M48271935|PASS]])\nIncident: baggage delayed at FRA, 2027-02-11\nContact in Korea: [[010-8271-5530|TEL]], email [[jiwoo.lee.travel@gmail.com|MAIL]]\nEmergency contact: [[이정란|PER]] (mother) [[+82-10-4418-2076|TEL]]",
    "현장조사 메모 (화재, 2027-01-29)\n- 계약자 [[남궁진|PER]] ([[731023-2881222|RRN]])\n- 임차인 [[도가영|PER]] 진술: 전기장판 과열 추정\n- 관리소장 [[엄태식|PER]] [[031-957-2281|TEL]]\n- 계약자 휴대전화 [[01042170938|TEL]]\n다음 일정: 감정평가 2/5(월) 10시",
    "우체국보험 해약환급금 지급 안내\n[[임순옥|PER]] 고객님의 환급금 1,284,500원이 우체국 [[013427-02-118390|ACC]] 계좌로 입금되었습니다. 담당 FC [[곽민재|PER]] [[010-2290-4471|TEL]]. 기타 문의 우체국 고객센터 1588-1900",
    "사고접수 (자동차)\n운전자: [[홍석진|PER]]\n운전면허번호: [[서울 14-097321-52|DL]]\n차량번호 12가 3456 / 접수번호 27A0318004\n연락처 [[010 5519 0273|TEL]]\n동승자: [[홍예린|PER]] (딸)",
    "[손해사정 회신] 피해자 [[민상기|PER]] 님 대인 합의금 안내\n치료비 1,940,000원, 위자료 1,500,000원, 휴업손해 2,310,000원\n합의금 입금 예정 계좌: 수협 [[1010-2244-8291|ACC]]\n합의서 서명 후 팩스 대신 [[sg.min@daum.net|MAIL]] 로 스캔 회신 가능\n담당 손해사정사 [[피영훈|PER]] [[070-4418-2093|TEL]]",
    "운전자보험 가입 확인\n계약자 [[계수정|PER]] / 주민번호 [[571220\u20132587501|RRN]]\n피보험자 [[석진우|PER]] / 운전면허 [[11-15-448201-71|DL]]\n설계사 [[어경희|PER]] [[010-4471-2280|TEL]]",
]

# 택시·대리·배달 앱 영수증과 기사 채팅
POSITIVES += [
    "[대리운전] 기사 [[강동철|PER]]님이 배정되었습니다. 기사 연락처(안심번호) [[0504-1127-3388|TEL]]\n출발: 강남역 11번 출구 → 도착: 분당구 정자동\n예상요금 32,000원 / 결제수단: 등록카드 5282-****-****-7040",
    "택시 영수증\n차량번호 서울32바1234 / 사업자번호 [[676-99-52954|BRN]]\n운전자 [[민경호|PER]] 자격번호 서울-2019-008812\n승차 23:41 하차 00:07 / 요금 18,400원\n카드 [[4997 5285 8100 8544|CARD]] 승인 04418302\n분실물 문의 [[010-3381-2094|TEL]]",
    "[기사님 채팅]\n기사: 고객님 혹시 정문 말고 후문이세요?\n나: 후문이에요! 파란 패딩 입었어요. [[수빈|PER]]이라고 부르시면 돼요\n기사: 네 2분 후 도착합니다. 안 보이시면 [[010-7732-0418|TEL]] 로 전화주세요 - 기사 [[황인규|PER]]",
    "[주문 접수]\n주문번호 B1XK0027QW9\n받는 분: [[전소연|PER]]\n연락처: [[0507-1234-4481|TEL]] (안심번호)\n주소: 부산 해운대구 우동 센텀 2로\n요청사항: 문 앞에 두고 벨 눌러주세요. 아기 자요\n라이더 [[탁현우|PER]] [[010-2844-9017|TEL]]",
    "대리운전 운행 기록\n콜번호 D-20270214-0773\n고객 [[류창민|PER]] ([[010-4119-2385|TEL]])\n기사 [[선우진|PER]] 면허 [[경기 13-448201-71|DL]]\n출발 01:12 일산 라페스타 → 도착 01:49 파주 운정\n요금 35,000원 현금",
    "퀵 배송 요청\n보내는 분 [[도상훈|PER]] [[02-2265-3390|TEL]]\n받는 분 [[석지은|PER]] [[010-9920-4413|TEL]]\n물품: 서류 봉투 1\n요금 18,000원(착불)\n배정 기사 연락처 [[010-5540-1273|TEL]]",
    "[분실물센터] 2/9 23시경 하차하신 [[김도희|PER]] 고객님, 차량 내 무선이어폰이 습득되었습니다. 기사님 [[010\u20112281\u20116634|TEL]] 로 연락 바랍니다.",
    "라이더 주간 정산 (2/3~2/9)\n라이더: [[아흐마드 카림|PER]] ([[Ahmad Karim|PER]])\n외국인등록번호 [[900914-5022380|FRN]]\n정산액 612,400원 → 토스뱅크 [[1000-4417-2209|ACC]]\n문의 라이더센터 1600-0987",
    "Taxi receipt - Passenger [[Emily Carter|PER]] ([[+1 415-555-0148|TEL]])\nDriver [[Cho Young-hoon|PER]] / Vehicle 서울31사7722\nFare KRW 23,700 / Visa [[4769 8444 6916 9191|CARD]]\nTrip ID 8f3c-22a1",
    "[기사 채팅] 안녕하세요 배달기사입니다. 아파트 공동현관 비번이 안 맞아요 ㅠ 1층에서 기다릴게요. [[010 6627 3318|TEL]] - [[오민석|PER]]\n고객: 헉 죄송해요 #1357* 이에요! 바로 내려갈게요. [[여은서|PER]]",
    "[대리 호출 영수증] 이용자 [[심재욱|PER]] / 운전기사 [[방태근|PER]] (면허 [[인천 16-220418-39|DL]])\n요금 28,000원 결제: [[5164 1429 3911 7355|CARD]]\n기사 사업자 [[194-77-61357|BRN]]",
]

# 교회·성당 주보 연락망과 구역 명단
POSITIVES += [
    "교회 3교구 2구역 연락망\n구역장 [[김영숙|PER]] 권사 [[010-3345-8812|TEL]]\n권찰 [[이정애|PER]] 집사 [[010-5572-0139|TEL]]\n[[박말순|PER]] 권사 [[02-2691-4470|TEL]]\n[[최동현|PER]]·[[윤미정|PER]] 집사 부부 [[010-8834-2261|TEL]]\n[[정순례|PER]] 권사 [[010 4418 2097|TEL]]\n* 구역예배: 매주 금 오전 10:30",
    "주보 알림 - 성령기도회 새 봉사자\n회장: [[강태오|PER]] [[010-2293-7710|TEL]]\n총무: [[오미란|PER]] [[010-6618-3042|TEL]]\n성가대 지휘: [[안종현|PER]]\n* 이번 주 강론은 교황 레오 14세의 사순 담화를 나눕니다.",
    "구역,이름,직분,휴대폰,생일\n5구역,[[한명수|PER]],장로,[[010-2201-4478|TEL]],03-12\n5구역,[[송귀례|PER]],권사,[[010-7741-2083|TEL]],07-01\n5구역,[[임재완|PER]],집사,[[010-3318-5906|TEL]],11-23\n6구역,[[설미영|PER]],집사,[[031-884-2270|TEL]],02-28\n6구역,[[Grace Park|PER]],청년,[[010-9024-3318|TEL]],09-15",
    "기부금 영수증 (2026년 귀속)\n기부자 성명 [[조성호|PER]] 주민등록번호 [[820801-1819264|RRN]]\n주소 인천 연수구 송도동\n기부금액 3,640,000원 (십일조 및 감사헌금)\n발급 담당 [[염혜숙|PER]] [[032-817-4490|TEL]]",
    "[부고] 본 교회 [[문경자|PER]] 권사님(3구역)께서 2월 10일 소천하셨습니다. 상주: [[이상진|PER]] 집사([[010-4472-1180|TEL]]) 빈소: 서울아산병원 장례식장 15호실. 위로의 기도 부탁드립니다.",
    "청년회 MT 회비 1인 4만원 → 신협 [[131-018-552730|ACC]] 총무 [[권나래|PER]]\n참석: [[김태윤|PER]], [[서하린|PER]], [[정우빈|PER]], [[이소망|PER]]\n차량: [[태윤|PER]] 차에 4명, 나머지 버스\n문의 [[010-9271-3350|TEL]] ([[나래|PER]])",
    "성당 레지오 단원 명부 (2027)\n단장 [[권영애|PER]] [[010-2277-4081|TEL]]\n부단장 [[황보미숙|PER]] [[010-5503-2291|TEL]]\n서기 [[진영란|PER]] [[02-975-3380|TEL]]\n회계 [[우경숙|PER]] [[010-8812-0374|TEL]]\n단원 [[최옥분|PER]], [[강정임|PER]], [[남윤희|PER]]",
    "주보 광고 - 교우 업체 소개\n'은혜 인테리어' 대표 [[양승철|PER]] 집사 (도배·장판·욕실) [[010-3329-4417|TEL]]\n'나라 세무회계' 세무사 [[변정호|PER]] [[02-2068-5531|TEL]]\n* 교우 업체 이용 시 주보 보셨다고 말씀해 주세요.",
]

# 초등학교 알림장, 학부모 단톡, 방과후 신청서
POSITIVES += [
    "2027학년도 1학기 방과후학교 수강 신청서\n학년/반/번호: 3학년 2반 14번\n학생 성명: [[윤서아|PER]]\n보호자 성명: [[윤재민|PER]] (관계: 부)\n보호자 연락처: [[010-7420-3318|TEL]]\n비상 연락처: [[031-912-4470|TEL]]\n신청 강좌: 로봇과학(월·수), 바둑(금)\n수강료 자동이체 계좌: 국민 [[470201-01-338219|ACC]]",
    "[2학년 3반 학부모방]\n[[서연|PER]]맘: 내일 현장체험학습 도시락 싸야 하나요?\n[[지호|PER]]아빠 [[박성진|PER]]: 네 알림장에 있어요. 물도요!\n[[하늘|PER]]맘: [[하늘|PER]]이가 열이 나서 결석해요 ㅠ 선생님 연락처 아시는 분?\n[[서연|PER]]맘: 담임 [[최은정|PER]] 선생님 업무폰 [[010-4190-2273|TEL]]로 문자 주시면 돼요",
    "알림장 (3월 5일 목)\n1. 내일 준비물: 색연필, 풀, 가위\n2. 받아쓰기 5급 (하늘, 바다, 나라, 미소, 슬기롭게)\n3. 우유 급식 신청서 제출\n문의는 업무용 번호 [[010-2271-9054|TEL]] (평일 9시~16시 30분)로 주세요.\n- 2반 담임 [[정보람|PER]]",
    "타임스탬프,학생이름,학부모이름,연락처,상담희망시간\n2027-03-18 21:04:11,[[김도윤|PER]],[[김현정|PER]],[[010-3319-5520|TEL]],3/25 15:00\n2027-03-18 21:17:45,[[이하준|PER]],[[장수진|PER]],[[01088214097|TEL]],3/26 16:00\n2027-03-19 07:52:03,[[Anna Petrova|PER]],[[Olga Petrova|PER]],[[+7 916 204-38-71|TEL]],3/27 14:00",
    "현장체험학습(가족여행) 신청서\n학생: [[오지안|PER]] (2학년 1반)\n기간: 2027.04.14~04.17 / 장소: 제주도\n보호자: [[오상민|PER]] [[010-6630-2251|TEL]]\n동행자: 모 [[김예슬|PER]], 동생 [[오지율|PER]]\n여행자보험 가입용 학생 주민번호: [[140527-3165799|RRN]]",
    "[돌봄교실 하원 안내] [[민재|PER]] 어머님, 오늘 [[민재|PER]]는 16:40에 할머니([[차복순|PER]] 님, [[010-2983-1147|TEL]])와 하원했습니다. 내일 간식은 떡입니다. - 돌봄전담사 [[여수경|PER]]",
    "방과후 강사 연락처 (학부모 배부용)\n영어회화 [[Jason Miller|PER]] [[010-3381-4472|TEL]]\n바이올린 [[백서영|PER]] [[010-9910-2277|TEL]]\n코딩 [[함동욱|PER]] [[070-8824-1193|TEL]]\n※ 결석 연락은 강사에게 직접 해주세요. 방과후 행정실 안내는 학교 누리집 참고.",
    "[학부모 단톡] [[다솜|PER]]엄마: 혹시 체육복 잃어버린 아이 있나요? 이름표에 '[[이가람|PER]]'이라고 적혀 있어요~ 제 번호 [[010-5528-7731|TEL]]\n[[가람|PER]]엄마 [[윤희정|PER]]: 헉 저희 애 거예요!! 감사합니다 내일 찾으러 갈게요",
    "학교폭력 예방 캠페인 학부모 봉사 신청\n성명: [[탁윤정|PER]] / 자녀: [[정다인|PER]] (5-3)\n연락처: [[010 4471 9928|TEL]]\n이메일: [[yunjung.tak@gmail.com|MAIL]]\n가능 요일: 화, 목 (08:10~08:50 교문 지도)",
]

# 아파트 관리사무소 민원과 동대표 공고
POSITIVES += [
    "[민원 접수] 105동 1203호 [[하정민|PER]] 세대 누수 민원\n접수일 2027-02-14 / 접수자 관리과장 [[변상철|PER]]\n내용: 1103호 천장 누수. 윗집 1303호 [[이민재|PER]] 님 연락처 [[010-2248-7103|TEL]] 확인 요청\n민원인 연락처 [[010-5917-2284|TEL]]",
    "제7기 동별 대표자 선출 공고\n선거구: 101동 / 기호 1번 [[신동길|PER]] (101동 5층) / 기호 2번 [[여정미|PER]] (101동 12층)\n투표일: 2027.03.20(토) 09:00~18:00, 관리사무소 2층\n문의: 선거관리위원회 간사 [[공현석|PER]] [[010-3491-2207|TEL]]",
    "관리비 자동납부 신청서\n동/호: 203동 704호\n납부자: [[천은비|PER]]\n생년월일: 880301\n카드번호: [[5327-9371-8464-8234|CARD]]\n유효기간 09/29\n연락처: [[010-4423-1807|TEL]]\n이메일: [[eunbi.cheon@daum.net|MAIL]]",
    "관리사무소 민원 게시판\n제목: 지하 2층 장기주차 차량 (62머 4417)\n작성자: 304동 [[황보석|PER]]\n내용: 3주째 이동 안 하는 차량 있습니다. 차주 연락처가 [[010-9982-3104|TEL]]로 붙어있는데 안 받아요.\n답변(관리사무소): 확인 후 조치하겠습니다.",
    "[공지] 승강기 교체공사 안내 (3/2~3/20, 102동)\n공사업체: 한결엘리베이터 사업자 [[131-11-19866|BRN]]\n현장대리인 [[마동준|PER]] [[010-6612-7419|TEL]]\n관리소장 [[방윤희|PER]] [[031-221-4706|TEL]]\n주민 여러분의 양해 바랍니다.",
    "입주자 카드\n동호수 107-1502 / 입주일 2027.03.01\n세대주 [[염지훈|PER]] [[820619-1141581|RRN]]\n세대원 [[염소희|PER]](배우자), [[염다온|PER]](자녀)\n차량 2대: 12나3456, 45루7789\n연락처 [[010 2290 6618|TEL]] / 직장 [[02-6200-4410|TEL]]",
    "[층간소음 중재 요청서]\n신청 세대 803호 [[구본혁|PER]] ([[010-7720-3318|TEL]])\n상대 세대 903호 [[편은주|PER]]\n발생 시간: 주로 22시~01시, 발망치 및 의자 끄는 소리\n중재 담당 동대표 [[채경섭|PER]] [[010-2281-0093|TEL]]",
    "택배 보관 안내 (경비실)\n[[봉수아|PER]] 님 앞 냉장 택배 1건 보관 중입니다. 송장 5521-8830-2294. 수령 불가 시 [[010-3371-2084|TEL]]로 연락드리겠습니다. - 3초소 경비 [[남상렬|PER]]",
]

# 중고거래(당근) 채팅과 직거래 약속
POSITIVES += [
    "[중고거래 채팅] 게임기 판매\n구매자: 안녕하세요 아직 판매하시나요?\n판매자: 네~ 내일 저녁 7시 역삼역 3번 출구 가능해요\n구매자: 좋아요 혹시 번호 주실 수 있나요? 저는 [[010-2719-4408|TEL]]이에요\n판매자: [[010-8820-1137|TEL]] 문자주세요. [[정미영|PER]]입니다",
    "(채팅) 택배거래 할게요! 입금은 케이뱅크 [[100-128-447301|ACC]] 예금주 [[도준수|PER]]로 부탁드려요. 입금 확인되면 보내드릴게요~ 받으실 주소랑 성함, 연락처 알려주세요\n→ [[김해든|PER]] / 경기 수원시 영통구 광교로 145 / [[010-5221-8740|TEL]]\n→ 발송했어요 송장번호 6892-4417-2283",
    "중고거래 사기 의심 신고 메모\n안내받은 계좌: 새마을금고 [[9002-1948-2270-3|ACC]] 예금주 [[최강석|PER]]\n판매자 연락처 [[010-4472-9963|TEL]]\n피해금액 450,000원 / 거래일 2027-02-08\n신고인 [[윤하늘|PER]] [[010-3318-2906|TEL]]",
    "[나눔] 아기 바운서 나눔해요. 가람마을 5단지 정문에서 8시 괜찮으세요? 늦으면 [[010-7713-2084|TEL]]로 연락주세요. - [[슬기|PER]]엄마",
    "Hi, I'm [[Daniel Okafor|PER]], interested in the bike. Can we meet at 합정역 tomorrow 6pm? My number is [[010-3941-7720|TEL]] (Korean) or WhatsApp [[+44 7700 900418|TEL]].",
    "[동네알바] 카페 주말 알바 구해요 (토·일 10~16시, 시급 10,030원)\n사장 [[백지현|PER]] [[0507-1398-2271|TEL]] (안심번호)\n지원: 이름/나이/가능요일 문자로 보내주세요",
    "직거래 확인 문자: [[이건우|PER]]님 맞으시죠? 식탁 세트 15만원, 토요일 오후 3시 용달 불러서 가져가신대서 주소 보내요. 대전 유성구 봉명동 ○○아파트 110동. 도착 전 집전화 [[042-823-1107|TEL]] 말고 제 폰 [[010-2290-8873|TEL]]으로 연락주세요 - [[추연희|PER]]",
    "판매자 [[강보람|PER]]: 아이패드 에어 5세대 64GB, 배터리 효율 92% 입니다\n구매자 [[Minh Tran|PER]]: 계좌이체 할게요\n판매자: 토스뱅크 [[1000-3318-2047|ACC]] ([[강보람|PER]]) 입니다~ 입금 후 [[010-9902-1184|TEL]]로 문자 부탁해요",
]

# 청첩장·부고 문자와 마음 전하실 곳 계좌
POSITIVES += [
    "신랑 [[이준호|PER]] · 신부 [[김다은|PER]]\n2027년 5월 22일 토요일 오후 1시 20분, 청담 웨딩홀 3층\n마음 전하실 곳\n신랑측: 신한 [[110-239-558104|ACC]] ([[이준호|PER]])\n신랑 아버지 [[이상철|PER]] 국민 [[940302-00-127745|ACC]]\n신부측: 카카오뱅크 [[3333-12-9084415|ACC]] ([[김다은|PER]])\n신부 어머니 [[박윤희|PER]] 하나 [[620-184920-33107|ACC]]",
    "[부고] [[정태섭|PER]]님 부친 故 [[정만석|PER]]님께서 2월 11일 별세하셨기에 알려드립니다.\n빈소: 강남세브란스병원 장례식장 2호실\n발인: 2월 13일 오전 6시\n상주: [[정태섭|PER]], [[정태민|PER]]\n연락처: [[010-2744-1092|TEL]]\n마음 전하실 곳: 농협 [[356-0428-1177-83|ACC]] ([[정태섭|PER]])",
    "[[서윤|PER]]이의 첫 생일에 초대합니다. 3월 6일 토요일 낮 12시, 수원 라마다 2층. 아빠 [[노형준|PER]] · 엄마 [[구혜원|PER]] 드림. 오시는 길 문의 [[010.3318.4402|TEL]]",
    "[부고] 영업2팀 [[권순재|PER]] 과장 빙모상\n故 [[유춘자|PER]] 님 (향년 82세)\n빈소 부산 동래 봉생기념병원 장례식장 5호\n상주 [[유재경|PER]], 사위 [[권순재|PER]]\n조의금: 부산은행 [[101-2034-5578-09|ACC]] ([[권순재|PER]])\n- 인사팀",
    "Wedding of [[Lucas Moreau|PER]] & [[한예지|PER]] - Saturday 12 June 2027, 서울 남산 웨딩홀\nRSVP: [[lucas.moreau@outlook.fr|MAIL]] / [[010-4410-2287|TEL]]\n축의금: 우리 [[1002-558-301928|ACC]] ([[한예지|PER]])",
    "[[정태섭|PER]]입니다. 바쁘신 중에도 부친 장례에 조문해 주셔서 진심으로 감사드립니다. 경황이 없어 일일이 찾아뵙지 못하고 문자로 인사드리는 점 양해 부탁드립니다.",
    "모바일 청첩장 - 신랑 [[황도현|PER]] ♥ 신부 [[Mai Sato|PER]] ([[佐藤舞|PER]])\n예식: 2027.04.24 (토) 11:00 대구 수성구\n신랑측 계좌: 대구은행 [[508-10-228193-1|ACC]] ([[황도현|PER]])\n신부측 계좌: 경남은행 [[207-0123-4567-01|ACC]] ([[Mai Sato|PER]])\n문의 [[+82 10 2290 7731|TEL]]",
    "[訃告] 故 [[남기순|PER]] 여사 (향년 91세) 2월 20일 별세\n상주 장남 [[조덕희|PER]] [[010-5502-1937|TEL]] · 차남 [[조덕수|PER]] [[010-7743-2208|TEL]]\n빈소: 제주대학교병원 장례식장 / 발인 2/22 07:00\n부의금 계좌: 제주은행 [[700-01-128374|ACC]] ([[조덕희|PER]])",
    "[결혼 답례] 와주셔서 감사합니다! 신혼여행 다녀와서 집들이 할게요 :) 새 주소로 선물 보내실 분은 [[010-3328-1190|TEL]]로 주소 물어봐주세요 - [[예지|PER]] & [[Lucas|PER]]",
]

# 병원·치과·한의원 예약 문자와 문진표
POSITIVES += [
    "[연세밝은치과] [[조은서|PER]]님 3/12(금) 14:30 스케일링 예약되었습니다. 변경은 [[02-523-2875|TEL]]",
    "초진 문진표 (한의원)\n성명: [[배수현|PER]]  성별: 여  주민번호: [[650425-2133932|RRN]]\n주소: 대전 서구 둔산로 100\n휴대폰: [[010-2284-6671|TEL]]\n주증상: 허리 통증 (2주), 수면 부족\n복용 중인 약: 혈압약(암로디핀 5mg)\n보호자: [[배민규|PER]] [[010-9913-5527|TEL]]",
    "［하나이비인후과］ [[장윤서|PER]]님 예약확인 ３월 ８일 ０９：３０ 문의 [[０３１－７０４－２２１８|TEL]]",
    "건강검진 예약 확인서\n수검자: [[허준서|PER]] ([[770529.1240311|RRN]])\n검진일: 2027-04-02 07:30 공복\n검진항목: 위내시경(수면), 복부초음파\n회사: 가람테크 사업자등록번호 [[270-10-22510|BRN]]\n연락처: [[010-6628-3307|TEL]] / [[js.heo@garamtech.co.kr|MAIL]]",
    "수술 동의서\n환자: [[임경수|PER]] (남/70세) 병원등록번호 00814472\n주민등록번호 [[560924-1769290|RRN]]\n수술명: 우측 슬관절 전치환술\n집도의: [[성재훈|PER]]\n보호자: [[임지영|PER]] (딸) [[010-4127-8830|TEL]]",
    "International Patient Registration\nName: [[TRAN THI MAI|PER]]\nPassport No.: [[C7742918|PASS]]\nAlien Registration No.: [[950218-6630423|FRN]]\nPhone: [[010-5582-9104|TEL]]\nEmergency: husband [[이성훈|PER]] [[010-3349-7721|TEL]]\nInterpreter requested: Vietnamese",
    "[Smile Dental] Dear [[Sarah Kim|PER]], reminder: implant consult on Mar 9 at 11:00. Reply or call [[+82 2-3442-7810|TEL]]. Cancellation policy applies.",
    "처방전\n환자 성명: [[고은비|PER]]  주민등록번호: [[020320-4745206|RRN]]\n의료기관: 푸른소아청소년과의원 [[02-871-2290|TEL]]\n처방의: [[모현석|PER]] (면허번호 제84417호)\n약품: 아목시실린 시럽 5ml 1일 3회 5일분",
    "[한결한의원] [[도민준|PER]]님, 추나 치료 2/28(토) 10:20 예약. 주차는 건물 뒤편 2시간 무료. 예약변경 [[051-808-2274|TEL]]",
    "소아 문진표\n아이 이름: [[채다솜|PER]] (만 4세)\n보호자: [[채민호|PER]] / [[010 2219 4470|TEL]]\n알레르기: 계란, 땅콩\n어린이집: 새봄어린이집\n예방접종: 완료",
    "[예약 변경 요청] 안녕하세요 [[노지수|PER]]입니다. 3/4 오후 2시 교정 예약을 3/11로 바꿀 수 있을까요? 연락은 [[010-8830-2291|TEL]]이나 [[jisu.noh92@gmail.com|MAIL]]로 부탁드려요.",
]

# 항공 e-티켓, 탑승권, 여행자 보험
POSITIVES += [
    "ELECTRONIC TICKET ITINERARY/RECEIPT\nPassenger: [[PARK/SEOYEON|PER]] MS\nTicket No: 180-2384719203\nBooking Ref: K7QX2P\nFlight: KE 901 ICN-CDG 14MAR27 13:10\nSSR DOCS: P/KOR/[[M71820394|PASS]]/KOR/22AUG94/F\nContact: [[+82-10-2293-0471|TEL]] / [[seoyeon.park@gmail.com|MAIL]]",
    "단체여행 명단 (다낭 3박5일)\nNo | 성명 | 영문 | 여권번호 | 만료\n1 | [[김영호|PER]] | [[KIM YOUNGHO|PER]] | [[M29381047|PASS]] | 2031-05-02\n2 | [[이순애|PER]] | [[LEE SOONAE|PER]] | [[M470B2281|PASS]] | 2034-11-19\n3 | [[박준서|PER]] | [[PARK JUNSEO|PER]] | [[m83017262|PASS]] | 2029-08-30\n4 | [[최하윤|PER]] | [[CHOI HAYUN|PER]] | [[S01928374|PASS]] | 2028-01-15\n인솔자 [[남기철|PER]] [[010-7730-2195|TEL]]",
    "BOARDING PASS\nNAME [[CHOI/MINJAE|PER]]\nFLIGHT OZ 102 / SEAT 32A / GATE 27 / BOARDING 09:15\nFROM SEOUL/INCHEON TO TOKYO/NARITA\nSEQ 114 / ETKT 9882419283746",
    "해외여행자보험 가입 신청서\n피보험자1: [[문수호|PER]] / [[830107-1585684|RRN]]\n피보험자2: [[문지호|PER]] / [[130530-3897906|RRN]]\n여행지: 미국 하와이 / 기간 2027.07.20~07.28\n계약자 연락처: [[010 5582 3307|TEL]]\n보험료 결제: [[2221 1430 6925 4164|CARD]]",
    "From: [[jiyoon.han84@gmail.com|MAIL]]\nTo: 예약센터\nSubject: Name correction PNR 6HXK2Q\n\nHello, my passport name is [[HAN/JIYOON|PER]] but the ticket says [[HAN/JIYUN|PER]]. Passport no. [[M603K1847|PASS]]. Please correct it. - [[Jiyoon Han|PER]], [[+82 10 4471 2290|TEL]]",
    "여권 사본 OCR 결과\nP<KOR[[JUNG<<HAEUN|PER]]<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n[[M58209317|PASS]]4KOR9507148F3205123<<<<<<<<<<<<<<02\n성명 [[정해은|PER]] / 여권번호 [[M58209317|PASS]]",
    "인바운드 단체 명단 (상해 출발)\n1. [[WANG FANG|PER]] [[王芳|PER]] / 여권 [[EA4827193|PASS]]\n2. [[LIU YANG|PER]] [[刘洋|PER]] / [[E58201947|PASS]]\n3. [[ZHANG WEI|PER]] [[张伟|PER]] / [[EB1029384|PASS]]\n가이드 [[진매화|PER]] [[010-2283-4419|TEL]]",
    "予約確認 / 예약 확인\nお客様: [[佐藤 健一|PER]] 様 ([[SATO/KENICHI|PER]])\n旅券番号: [[TR3829104|PASS]]\n電話: [[+81 90-4182-7730|TEL]]\n서울 숙소: 명동, 체크인 3/3",
    "여권 재발급 신청 메모\n신청인 [[구하린|PER]] / 구여권 [[m19283746|PASS]] (분실) / 신여권 [[M294C8817|PASS]] 수령 예정\n연락처 [[010-4429-3381|TEL]]\n여권 민원 문의는 구청 여권과 대표번호로",
    "MRZ (TD3)\nP<USA[[MILLER<<JAMES<ROBERT|PER]]<<<<<<<<<<<<<<<<<<<<\n[[548291736|PASS]]3USA8806125M3109147<<<<<<<<<<<<<<06\nKorean contact: [[010-9921-4408|TEL]]",
    "Group PNR 4ZK8TQ\n1.[[KIM/DOHYUN|PER]] MR 2.[[KIM/YERIN|PER]] MS 3.[[KIM/SIWOO|PER]] MSTR(CHD)\nSSR DOCS KE HK1 P/KOR/[[M82910374|PASS]]/KOR/02MAR85/M/15JAN33/[[KIM/DOHYUN|PER]]\nSSR DOCS KE HK1 P/KOR/[[M82910375|PASS]]/KOR/19JUL87/F/15JAN33/[[KIM/YERIN|PER]]\nCTCM [[821055829910|TEL]]",
    "Travel insurance enrollment (출국 전)\nInsured: [[Nadia Rahman|PER]]\nPassport: [[EF0482917|PASS]] (Bangladesh)\nARC: [[991117-6440606|FRN]]\nBeneficiary: [[Karim Rahman|PER]] (brother) [[+880 1711-482917|TEL]]",
]

# 공공기관 민원 회신 공문
POSITIVES += [
    "민원 회신\n수신: [[김재홍|PER]] 님 (민원번호 2AA-2702-0184472)\n제목: 불법 주정차 단속 요청에 대한 회신\n1. 귀하께서 제기하신 민원에 대하여 현장 확인 결과 단속 카메라 설치를 검토하겠습니다.\n담당부서: 교통행정과 / 담당자: 주무관 [[서지원|PER]] / 직통 [[02-2600-5417|TEL]]\n일반 문의: 120 다산콜센터",
    "국민연금 반환일시금 지급 안내\n[[박종훈|PER]] 님께서 문의하신 반환일시금은 2027.03.10 기업은행 [[213-082941-01-017|ACC]] 계좌로 지급 예정입니다.\n담당: [[함은지|PER]] 차장 [[031-8041-2277|TEL]]\n공단 고객센터 1355",
    "체류민원 처리 결과 통지\n신청인: [[RAHMAN MD HABIB|PER]] (방글라데시)\n외국인등록번호: [[870430-5909201|FRN]]\n여권번호: [[BX0482917|PASS]]\n처리결과: 체류기간연장 허가 (~2028.03.31)\n담당 [[조아라|PER]] [[032-890-6412|TEL]]\n외국인종합안내센터 1345",
    "[회신] 전입신고 서류 보완 요청\n[[이태경|PER]] 님, 세대주 확인서의 서명이 누락되어 보완 부탁드립니다. 세대주 [[이태경|PER]], 전입자 [[윤소라|PER]](자녀, [[120526-4047032|RRN]]).\n담당 주무관 [[안혜진|PER]] 직통 [[02-3423-7715|TEL]], [[hyejin.ahn@korea.kr|MAIL]]",
    "정보공개 청구 결과 통지서\n청구인: [[마서준|PER]] ([[010-4481-2097|TEL]], [[seojun.ma@proton.me|MAIL]])\n청구내용: 2026년 관내 CCTV 설치 현황\n결정: 부분공개\n담당자 [[지은숙|PER]] ([[044-201-3372|TEL]])",
    "민원 처리 결과 (환경과)\n[[Olivia Brown|PER]] 님께서 영문으로 접수하신 소음 민원(공사장 야간작업)에 대해 현장 점검을 실시하였습니다. 추가 문의는 담당 [[남궁민|PER]] 주무관 [[+82-2-2133-7719|TEL]]로 연락 바랍니다. 긴급 상황은 112 또는 119.",
]

# 콜센터 상담 기록과 CRM 메모
POSITIVES += [
    "[상담이력] 2027-02-03 14:22 인바운드\n고객명: [[윤정호|PER]] / 회원번호 A0048172\n연락처: [[010-2239-8817|TEL]]\n문의: 카드 분실 신고 및 재발급. 분실 카드 [[4035 8541 4875 2604|CARD]] 정지 처리 완료.\n본인확인(생년월일 770818) 완료\n상담원: [[하지은|PER]](사번 C2093)",
    "CRM 메모 - VIP 고객 [[Kwon Hyuk|PER]] ([[권혁|PER]])\n- 선호 연락 시간: 평일 오전\n- 휴대폰 [[+821045172230|TEL]], 회사 [[02-6951-3320|TEL]] 내선 204\n- 배우자 [[민서영|PER]] 생일 4/17 꽃 발송\n- 담당 PB [[석태준|PER]]",
    "[상담메모] 번호이동 문의. 고객 [[전은숙|PER]] 님 명의 회선 [[010-4419-2258|TEL]], 자녀 [[전하람|PER]] 회선 [[010-7428-3390|TEL]] 결합할인 확인. 요금 자동이체: 새마을금고 [[9003-2284-1937-2|ACC]]. 단말 IMEI 356938035643809 할부잔여 14회. 해지 문의는 114.",
    "[환불처리 요청] 고객 [[노은지|PER]] / 주문번호 20270211-0048812 / 결제카드 [[5424-7440-5153-9591|CARD]] / 부분취소 23,000원 / 고객 이메일 [[eunji.noh@kakao.com|MAIL]] / 처리자 CS팀 [[봉민혁|PER]]",
    "녹취 요약: 고객 [[여상철|PER]] ([[530405-1691188|RRN]]) 본인 확인 후 해지 의사 확인. 아들 [[여준기|PER]] ([[010-3319-4470|TEL]])에게 대리 처리 위임 의사 있음. 위임장 제출 안내.",
    "콜백 요청 목록 (2/15 오후)\n1) [[심보영|PER]] [[010-2281-3094|TEL]] 배송지 변경\n2) [[Lee Ga-eun|PER]] [[010-6672-4418|TEL]] 영문 인보이스 요청\n3) [[탁정민|PER]] [[02-517-2209|TEL]] 세금계산서, 사업자 [[480-34-88435|BRN]]\n4) [[편지호|PER]] [[0505-821-3374|TEL]] 반품 회수",
    "[VOC] 고객 [[안미란|PER]]: 상담원 [[주현아|PER]] 님 친절했어요. 다만 ARS 1577-2200 연결이 너무 오래 걸립니다. 회신은 [[miran.ahn@hanmail.net|MAIL]]로 주세요.",
]

# 학술대회 등록 명단과 논문 저자 교신처
POSITIVES += [
    "딥러닝 기반 한국어 형태소 분석기의 오류 유형 연구\n[[이수정|PER]]¹, [[조현우|PER]]², [[Maria Gonzalez|PER]]³\n¹대학교 컴퓨터공학과 ²정보통신연구원 ³Universidad de Sevilla\n* 교신저자: [[조현우|PER]], [[hwcho@nlp-lab.re.kr|MAIL]], [[042-869-5521|TEL]]",
    "동계학술대회 사전등록 명단 (일부)\n등록번호,성명,소속,구분,이메일\nKCC27-0412,[[한도윤|PER]],대학원,학생,[[doyoon.han@korea.ac.kr|MAIL]]\nKCC27-0413,[[Wei Zhang|PER]],Tsinghua Univ.,일반,[[wzhang21@mails.tsinghua.edu.cn|MAIL]]\nKCC27-0414,[[설지민|PER]],연구소,일반,[[jimin.seol@etri.re.kr|MAIL]]\nKCC27-0415,[[오하은|PER]],학부,학생,[[haeun.oh03@yonsei.ac.kr|MAIL]]",
    "Invitation Letter\nDear Dr. [[Aditya Kumar Sharma|PER]] (Passport No. [[Z4827193|PASS]], India),\nWe are pleased to invite you as a keynote speaker at the 2027 Workshop on Speech Processing in Daejeon.\nContact: Prof. [[Jeong Minho|PER]], [[+82-42-350-7714|TEL]], [[mhjeong@ee.kaist.ac.kr|MAIL]]",
    "학회 숙소 배정표 (2인 1실)\n301호: [[김상윤|PER]] / [[박재현|PER]]\n302호: [[이슬기|PER]] / [[최아름|PER]]\n303호: [[Kenji Watanabe|PER]] / [[양민혁|PER]]\n숙소 담당 [[고유리|PER]] [[010-7703-2918|TEL]]",
    "Corresponding author: [[Seo-yeon Ha|PER]], Department of Chemistry, Pusan National University, Busan 46241, Korea. E-mail: [[syha@pusan.ac.kr|MAIL]]; Tel: [[+82-51-510-2274|TEL]].",
    "발표자 변경 요청\n세션 B-3 발표자를 [[문태원|PER]]에서 공동저자 [[황지현|PER]]으로 변경 요청드립니다. [[황지현|PER]] 연락처 [[010-3382-9917|TEL]], [[jh.hwang@skku.edu|MAIL]]. 등록비는 [[문태원|PER]] 명의 카드 [[5247 7757 0240 8625|CARD]]로 결제 완료했습니다.",
]

# 채용 공고와 지원자 회신
POSITIVES += [
    "[채용] 다솜푸드 생산관리 경력직 모집\n근무지: 충북 음성 / 연봉 협의 / 마감 3월 15일\n접수: [[recruit.dasomfood@gmail.com|MAIL]]\n담당: 인사팀 [[최윤아|PER]] 대리 [[043-881-2274|TEL]]",
    "[[김하람|PER]] 님 안녕하세요, 소망테크 인사담당 [[옥진우|PER]]입니다. 1차 서류전형에 합격하셨음을 알려드립니다. 면접: 3/18(목) 10:00, 본사 7층. 참석 여부를 [[jw.ok@somangtech.co.kr|MAIL]] 또는 [[02-6093-4418|TEL]]로 회신 부탁드립니다.",
    "입사지원서\n성명: [[변지수|PER]] ([[Byeon Jisu|PER]])\n생년월일: 1998.02.18\n연락처: [[010-4927-1835|TEL]]\n이메일: [[jisu.byeon98@naver.com|MAIL]]\n운전면허: 1종 보통 [[13-18-224917-40|DL]]\n병역: 해당없음",
    "후보자 추천서\n후보자: [[Park, Seung-hyun|PER]] (현 직장 8년차, 반도체 공정)\n연락처: [[+82 10-2918-4403|TEL]]\n희망연봉: 9,500만원 / 입사가능: 2개월 후\n추천 헤드헌터: [[노은채|PER]] [[070-7734-2281|TEL]]",
    "면접 일정 회신\n안녕하세요 [[옥진우|PER]]님, 지원자 [[김하람|PER]]입니다. 3/18 10시 면접 참석하겠습니다. 혹시 주차 가능한지요? 연락은 [[010-2274-3398|TEL]]로 주세요. 감사합니다.",
    "채용 서류 체크리스트 (배송기사)\n성명 [[마정훈|PER]] / 운전면허 [[충남 09-771203-18|DL]] (1종 대형) / 연락처 [[010-5571-2093|TEL]]\n성명 [[염태일|PER]] / 운전면허 [[25-11-302918-44|DL]] (1종 보통) / 연락처 [[010 8827 1134|TEL]]\n화물운송 자격증 사본 제출 필요",
    "[불합격 안내] [[Chloe Dubois|PER]] 님, 지원해 주셔서 감사합니다. 아쉽게도 이번 포지션에는 함께하지 못하게 되었습니다. 문의: [[talent@hanbitsoft.co.kr|MAIL]] / 채용담당 [[우지안|PER]]",
]

# 스포츠 동호회 회비 장부
POSITIVES += [
    "FC 2027 상반기 회비 장부\n회비 계좌: 토스뱅크 [[1000-2281-4470|ACC]] (총무 [[권태양|PER]])\n| 이름 | 1월 | 2월 | 3월 | 연락처 |\n| [[김준영|PER]] | O | O | X | [[010-4480-2291|TEL]] |\n| [[박성민|PER]] | O | O | O | [[010-7714-9028|TEL]] |\n| [[이재혁|PER]] | O | X | X | [[010-2219-8836|TEL]] |\n| [[정한결|PER]] | O | O | O | [[010-9028-4417|TEL]] |",
    "[[상우|PER]]: 이번주 토요일 체육관 대관 확정! 코트비 1인 8천원 → 우체국 [[310498-02-148273|ACC]] ([[한상우|PER]])\n[[미경|PER]]: 입금했어요~\n[[도현|PER]]: 저 늦게 갈게요 ㅠ\n[[상우|PER]]: 늦으면 [[010-2290-4418|TEL]]로 전화",
    "러닝크루 가입신청\n이름: [[오승민|PER]]\n닉네임: [[바람돌이|PER]]\n연락처: [[010-5529-4471|TEL]]\n비상연락처: [[오정숙|PER]](모) [[010-3381-0074|TEL]]\n10km 기록: 52:30",
    "테니스 동호회 회비 미납자 안내\n[[곽도윤|PER]] 2개월 / [[나현진|PER]] 1개월 / [[Steve Johnson|PER]] 3개월\n입금: 광주은행 [[1107-021-448219|ACC]] (회계 [[진혜린|PER]])\n문의 [[062-371-2209|TEL]]",
    "등산모임 3월 정기산행 참가자\n[[김말자|PER]] [[010-2284-9011|TEL]]\n[[박춘식|PER]] [[010-4471-3302|TEL]]\n[[이영배|PER]] [[010-6630-1187|TEL]]\n[[최순남|PER]] [[010-9917-2285|TEL]]\n[[정해룡|PER]] [[010 7728 4409|TEL]]\n회비 2만원 전북은행 [[1021-01-2283947|ACC]] 산악대장 [[정해룡|PER]]",
    "야구 동호회 용품 공동구매 정산\n유니폼 12벌 x 45,000원 = 540,000원\n업체 사업자 [[379-88-93081|BRN]] 대표 [[석민호|PER]] [[031-405-2271|TEL]]\n결제 카드 [[4682 6195 3077 4151|CARD]] (회장 [[유태성|PER]])",
]

# 렌터카·주차 위반 고지서
POSITIVES += [
    "렌터카 임대차 계약서\n임차인: [[주재원|PER]] / 생년월일 1984.11.02\n운전면허: [[부산 12-334812-90|DL]] (1종보통)\n제2운전자: [[주하영|PER]] 면허 [[12 09 557201 33|DL]]\n연락처: [[010-6609-1172|TEL]]\n결제: [[5510 8172 6652 8917|CARD]] 보증금 100,000원\n차량: 아반떼 / 123하4567",
    "과태료 부과 사전통지서\n차량번호: 34누 7721\n소유자: [[남상욱|PER]]\n위반일시: 2027.01.22 14:31 / 장소: 강서구 화곡로\n과태료: 40,000원 (의견진술기한 내 납부 시 32,000원)\n문의: 주차관리팀 (구청 대표번호로 연결)",
    "Rental agreement - Driver: [[Thomas Becker|PER]], Passport [[C01X7T4K2|PASS]] (Germany), International Driving Permit. Phone [[+49 151 2748 3310|TEL]], email [[t.becker@web.de|MAIL]]. Card [[3528 7440 6204 1827|CARD]].",
    "월 정기주차 신청서\n성명 [[하태준|PER]] / 차량 58너 1192 / 연락처 [[010 7713 4402|TEL]] / 소속 3층 세무회계 / 결제카드 [[4285-3109-0882-7414|CARD]]",
    "제주 렌터카 예약 확인\n예약자 [[양지혜|PER]] / 운전자 [[양지혜|PER]], [[강현우|PER]]\n면허번호: [[제주 21-118293-07|DL]], [[경기 19-228104-62|DL]]\n연락처 [[010-2838-4470|TEL]] / 인수 3/21 09:00 제주공항\n현장 문의 [[064-711-2290|TEL]]",
    "주정차위반 의견진술서\n진술인: [[권민서|PER]] ([[960305-1879211|RRN]])\n차량 소유자와의 관계: 본인\n사유: 응급환자 이송 중 일시 정차\n연락처: [[010-4418-9920|TEL]]",
    "렌터카 사고 경위서\n운전자 [[곽태민|PER]] (면허 [[서울 18 224193 50|DL]])\n상대방 [[Ana Souza|PER]] (국제면허, 여권 [[FY482917|PASS]], Brazil) [[010-5517-3308|TEL]]\n사고일시 2027.02.19 17:40 / 장소 서귀포 중문",
]

# 해외 송금·환전 신청서
POSITIVES += [
    "해외송금 신청서 (Outward Remittance)\n송금인: [[장현수|PER]] / [[JANG HYUNSU|PER]]\n주민등록번호: [[750807 1857301|RRN]]\n여권번호: [[M31028475|PASS]]\n출금계좌: 우리 [[1002-773-184920|ACC]]\n수취인: [[JANG MINSEO|PER]] (자녀, 유학생)\n수취인 연락처: [[+1 617-555-0132|TEL]]",
    "해외송금 등록 정보\n성명: [[RAI BIKASH|PER]]\n국적: NEPAL / 여권: [[PA0482917|PASS]]\n외국인등록번호: [[890715\u20135699667|FRN]]\n연락처: [[010-3821-5570|TEL]]\n수취인: [[RAI SUSHILA|PER]] (배우자) / [[+977 9841-275530|TEL]]",
    "외화 환전 예약 - 신청인 [[공서윤|PER]], 통화 JPY 200,000, 수령지점 인천공항 T1, 수령일 3/2, 연락처 [[010-8823-1704|TEL]], 원화 출금: 케이뱅크 [[100-204-881937|ACC]]",
    ":20:REF270214KR0041\n:32A:270214USD5000,\n:50K:/[[1002662017483|ACC]]\n[[KIM SOHEE|PER]]\nSEOUL KOREA\n:59:[[CHEN JIALE|PER]]\nTAIPEI\n:70:TUITION FEE SPRING 2027",
    "해외 송금 수취 확인 요청\n[[Maria Santos|PER]] 님(필리핀)께서 보내신 USD 1,200이 수취인 [[이정훈|PER]] 님 농협 [[302-1184-2290-71|ACC]]에 입금되었습니다. 송금인 연락처 [[+63 917 482 9173|TEL]]",
    "외국환 신고서 (증여성 송금)\n신고인 [[한미숙|PER]] / 주민번호 [[550923-2077016|RRN]]\n송금액 USD 30,000 / 수취인 [[한지우|PER]] (손녀, 캐나다 유학)\n신고인 연락처 [[010-2218-4473|TEL]]",
]

# 이삿짐·인테리어 견적서
POSITIVES += [
    "이사 견적서\n고객: [[소영진|PER]] 님 / [[010-2274-8819|TEL]]\n출발: 서울 노원구 상계동 (엘리베이터 있음) → 도착: 경기 남양주 다산동\n작업일 2027.03.27 (토)\n포장이사 5톤 1대 + 인부 4명: 1,650,000원\n계약금 100,000원: 국민 [[820401-04-227193|ACC]] (대표 [[임창수|PER]])\n업체 사업자 [[440-00-52064|BRN]] / [[02-951-7740|TEL]]",
    "[인테리어 견적] 34평 아파트 전체 리모델링\n고객명: [[모지혜|PER]]\n현장: 분당 108동\n총액: 48,700,000원 (VAT 별도)\n현장소장 [[천대호|PER]] [[010-4418-7290|TEL]]\n업체 사업자번호 [[343 30 99557|BRN]] / [[031-707-4429|TEL]] / [[design.hanul@naver.com|MAIL]]",
    "안녕하세요 욕실 타일 견적 문의드려요. [[김보람|PER]]이고 화성 동탄이에요. 주말에 실측 가능하시면 [[010-6620-1833|TEL]]으로 연락 부탁드립니다~",
    "용달 이사 계약 확인\n의뢰인 [[Nguyen Thi Hoa|PER]] / [[010-2293-5571|TEL]]\n기사 [[윤만식|PER]] [[010-8830-1146|TEL]] / 화물차 1톤\n요금 180,000원 현장 결제 (카드 [[4526 0181 5908 3012|CARD]])",
    "도배·장판 시공 계약서\n시공사: 새봄인테리어 / 사업자등록번호 [[522-30-74372|BRN]] / 대표 [[하경태|PER]]\n건축주: [[남기현|PER]] [[010-4480-1172|TEL]]\n공사기간 4/1~4/5 / 금액 6,800,000원\n잔금 계좌: 하나 [[157-910284-11207|ACC]]",
]

# 반려동물 호텔 예약
POSITIVES += [
    "[펫호텔 예약확인]\n보호자: [[송하나|PER]] / [[010-2284-7719|TEL]]\n반려견: 초코 (푸들, 4살, 5.2kg)\n기간: 2/20 15:00 ~ 2/23 11:00\n비상연락처: [[송재욱|PER]] [[010-5541-0392|TEL]]\n예약금 30,000원 → 카카오뱅크 [[3333-21-7749026|ACC]] ([[엄지수|PER]], 호텔 대표)",
    "진료 기록지\n보호자 [[탁민영|PER]] ([[010-9941-2087|TEL]])\n환자: 보리 (코숏, 7세, 중성화 M)\n주치의 [[편승호|PER]]\n진단: 구내염\n결제 [[3589 3564 7972 4519|CARD]] 187,000원",
    "Pet boarding intake - Owner: [[Jessica Moore|PER]], phone [[010-2298-4417|TEL]], US mobile [[+1 (206) 555-0177|TEL]], email [[jess.moore@icloud.com|MAIL]]. Dog: Max (Golden Retriever). Vet: 해피동물병원 [[02-3445-2091|TEL]].",
    "[호텔 알림] 루이 보호자 [[채윤아|PER]]님, 오늘 산책 사진 보내드려요 🐶 체크아웃은 일요일 11시입니다. 변경은 [[070-4823-1190|TEL]]로 연락주세요.",
    "고양이 위탁 계약서\n위탁자 [[임세린|PER]] ([[010-3327-8840|TEL]], [[serin.lim@gmail.com|MAIL]])\n수탁자(펫시터) [[오가은|PER]] ([[010-9921-0073|TEL]])\n기간 3/1~3/7 / 1일 25,000원\n입금 신한 [[110-538-204917|ACC]]",
]

# 서버·방화벽·SSH·웹 로그
POSITIVES += [
    "Feb 14 03:12:44 web01 sshd[21947]: Failed password for invalid user admin from [[203.0.113.77|IP]] port 51432 ssh2\nFeb 14 03:12:47 web01 sshd[21947]: Failed password for invalid user admin from [[203.0.113.77|IP]] port 51432 ssh2\nFeb 14 03:13:02 web01 sshd[21951]: Accepted publickey for deploy from [[10.20.4.18|IP]] port 60122 ssh2: ED25519 SHA256:Qm3xvT0dKp",
    "[[198.51.100.23|IP]] - - [14/Feb/2027:10:22:31 +0900] 'GET /api/v2/orders?page=3 HTTP/1.1' 200 5120 '-' 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)'\n[[2001:db8:4a1::2c|IP]] - - [14/Feb/2027:10:22:33 +0900] 'POST /login HTTP/2.0' 302 0 '-' 'curl/8.5.0'",
    "Feb 14 11:02:18 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=[[192.0.2.141|IP]] DST=[[172.16.8.20|IP]] LEN=60 TOS=0x00 PROTO=TCP SPT=44312 DPT=22 WINDOW=64240",
    "2027-02-14T12:00:03Z WARN upstream timeout connecting to \u2045[[2001:db8:85a3::8a2e:370:7334|IP]]]:8443 (attempt 3/5)\n2027-02-14T12:00:04Z INFO failover to [[10.0.7.31|IP]]:8443",
    "[Sun Feb 14 13:45:02.118273 2027] [php:error] [pid 8812] [client [[198.51.100.87|IP]]:53310] PHP Fatal error: Uncaught TypeError in /var/www/shop/cart.php:214",
    '{"ts":"2027-02-14T14:02:11+09:00","event":"login_success","user_id":88213,"email":"[[minseo.kang@gmail.com|MAIL]]","ip":"[[203.0.113.201|IP]]","ua":"Chrome/121.0.6167.85"}',
    "2027-02-14 08:59:12 openvpn[1422]: [[203.0.113.54|IP]]:51820 [client_laptop07] Peer Connection Initiated\n2027-02-14 08:59:12 openvpn[1422]: MULTI: Learn: [[10.8.0.6|IP]] -> client_laptop07/[[203.0.113.54|IP]]:51820",
    "Feb 15 02:11:09 bastion sshd[4410]: Connection closed by authenticating user ubuntu [[2001:db8:ffff::1f4|IP]] port 40222 [preauth]",
    "audit: 관리자 계정 [[최예린|PER]]([[yerin.choi@hanbit-soft.co.kr|MAIL]])이 고객 [[양동수|PER]]의 주소 정보를 조회함 (접속 IP [[10.0.12.44|IP]], 세션 8f2c1a)",
    "rule_id,direction,protocol,port,source,description\nsgr-0a1,ingress,tcp,22,[[203.0.113.10|IP]],bastion-admin\nsgr-0a2,ingress,tcp,443,any,public-https\nsgr-0a3,ingress,tcp,5432,[[10.0.3.25|IP]],app-to-db",
    ";; ANSWER SECTION:\nmail.example.net. 300 IN A [[198.51.100.14|IP]]\nmail.example.net. 300 IN AAAA [[2001:db8:10::25|IP]]\n;; SERVER: [[192.168.0.1|IP]]#53([[192.168.0.1|IP]])",
    "Subject: [Fail2Ban] sshd: banned [[192.0.2.66|IP]] from web02\nHi, The IP [[192.0.2.66|IP]] has just been banned by Fail2Ban after 5 attempts against sshd. Regards, Fail2Ban",
    "DHCP lease table\n[[192.168.0.21|IP]]  a4:83:e7:12:9f:30  Galaxy-S24  23:59:12\n[[192.168.0.34|IP]]  3c:22:fb:08:11:aa  webOS-TV  23:58:40\n[[fd12:3456:789a::21|IP]]  a4:83:e7:12:9f:30  Galaxy-S24",
    "Feb 15 07:21:44 mx1 postfix/smtpd[3381]: connect from unknown\u2045[[203.0.113.90|IP]]]\nFeb 15 07:21:45 mx1 postfix/smtp[3390]: 4F1A22C: to=<[[dahee.seo@hanmail.net|MAIL]]>, relay=mx1.example.net\u2045[[198.51.100.25|IP]]]:25, status=sent (250 OK)",
    "time=2027-02-15T10:02:44Z method=GET path=/healthz status=200 remote=[[192.168.50.4|IP]]:38812 xff='[[2001:db8:cafe::17|IP]], [[198.51.100.200|IP]]'",
    "이벤트 ID 4625: 계정 로그온 실패\n계정 이름: Administrator\n원본 네트워크 주소: [[192.0.2.199|IP]]\n원본 포트: 50112\n워크스테이션 이름: DESKTOP-7Q2KLM",
    "pod/api-7d9c-xk2lp  Running  IP: [[10.244.3.17|IP]]  Node: worker-2 ([[172.20.0.12|IP]])  image: api:2.14.3",
    "[보안관제 보고] 2/16 02:14 외부 IP [[203.0.113.166|IP]]에서 관리자 페이지 대입공격 1,204회 탐지. 내부 대상 [[10.10.1.5|IP]] (WAS). 담당 [[류진호|PER]] 선임 [[010-2281-4493|TEL]] 조치 완료.",
    "sshd_config 변경 이력\nAllowUsers deploy@[[10.20.4.18|IP]] backup@[[192.168.100.7|IP]]\nListenAddress [[fd00:ab::10|IP]]\n# 변경자: 인프라팀",
    "curl -v https://\u2045[[2001:db8::1|IP]]]:8443/status\n*   Trying \u2045[[2001:db8::1|IP]]]:8443...\n* Connected to [[2001:db8::1|IP]] port 8443",
    "nginx upstream 설정\nupstream app {\n  server [[10.0.5.11|IP]]:8080 weight=3;\n  server [[10.0.5.12|IP]]:8080;\n  server \u2045[[fd00:5::13|IP]]]:8080 backup;\n}",
]

# CSV/JSON/YAML/SQL 고객 데이터 덤프
POSITIVES += [
    "customer_id,name,phone,email,birth,card\n10021,[[김나연|PER]],[[010-2837-4410|TEL]],[[nayeon.kim@gmail.com|MAIL]],1995-04-12,[[5156 9284 1889 0490|CARD]]\n10022,[[Ivan Petrov|PER]],[[+7 925 118-40-27|TEL]],[[ivan.petrov@yandex.ru|MAIL]],1989-11-03,[[4512 6379 9082 1219|CARD]]\n10023,[[오유진|PER]],[[01044180293|TEL]],[[yujin_oh@daum.net|MAIL]],2001-07-22,[[6267 7605 2296 7375|CARD]]",
    '{"members":[{"id":"m-204","name":"[[하예린|PER]]","rrn":"[[000812-4520370|RRN]]","phone":"[[+82-10-7723-1184|TEL]]","bank":{"name":"카카오뱅크","account":"[[3333-09-2281746|ACC]]"}},{"id":"m-205","name":"[[표승원|PER]]","rrn":"[[820926-1304167|RRN]]","phone":"[[010-2204-9917|TEL]]","bank":{"name":"신협","account":"[[132-084-229174|ACC]]"}}]}',
    "customers:\n  - name: [[Tanaka Yui|PER]]\n    passport: [[TZ1048392|PASS]]\n    phone: '[[+81 80-3321-7740|TEL]]'\n  - name: [[배상민|PER]]\n    passport: [[M09283714|PASS]]\n    phone: '[[010-3318-2094|TEL]]'\n    email: [[sangmin.bae@naver.com|MAIL]]",
    "INSERT INTO users (name, rrn, phone, email) VALUES ('[[차민석|PER]]', '[[780818-1810953|RRN]]', '[[010-9903-2271|TEL]]', '[[mg.cha@nate.com|MAIL]]');\nINSERT INTO users (name, rrn, phone, email) VALUES ('[[길준수|PER]]', '[[8001281949829|RRN]]', '[[010-4471-0028|TEL]]', '[[junsu.gil@gmail.com|MAIL]]');",
    '{"driver":"[[기성훈|PER]]","license":"[[대구 17-228193-04|DL]]","vehicle":"대구80바2217","company_brn":"[[602-81-94448|BRN]]","phone":"[[053-742-1180|TEL]]"}',
    "회원명부.tsv\n이름\t외국인등록번호\t국적\t전화\n[[ALIEV RUSTAM|PER]]\t[[010330-7058331|FRN]]\t우즈베키스탄\t[[010-3319-2274|TEL]]\n[[NURLAN BEKOV|PER]]\t[[520911-5043460|FRN]]\t카자흐스탄\t[[010-7720-1184|TEL]]",
    "crm_export_2027-02.csv (발췌)\nid|name|mobile|addr|memo\n771|[[성다은|PER]]|[[010.4482.1173|TEL]]|인천 부평구|VIP\n772|[[Jonas Weber|PER]]|[[+49 170 4482 117|TEL]]|서울 용산구|영문 안내\n773|[[어민지|PER]]|[[010 2298 7741|TEL]]|울산 남구|[[minji.eo@kakao.com|MAIL]]",
    "- id: 3381\n  holder: [[맹준호|PER]]\n  card: [[5599 6030 8246 2810|CARD]]\n  brn: [[616-08-83520|BRN]]\n  tel: [[055-232-4471|TEL]]\n- id: 3382\n  holder: [[어수빈|PER]]\n  card: [[4948-2199-3518-1902|CARD]]\n  tel: [[010-8820-3391|TEL]]",
]

# 외국인 근로자 고용 서류
POSITIVES += [
    "외국인근로자 고용허가 신청 - 근로자 명단\n1. [[NGUYEN VAN NAM|PER]] / 베트남 / 여권 [[C5821937|PASS]] / 외국인등록번호 [[950724-5419770|FRN]]\n2. [[CHEA SREYMOM|PER]] / 캄보디아 / 여권 [[N01928374|PASS]] / [[800818-6793307|FRN]]\n3. [[BAYARMAA GANBOLD|PER]] / 몽골 / 여권 [[E1928374|PASS]] / [[781017-5956283|FRN]]\n사업주: 은하정밀 대표 [[탁성규|PER]] 사업자등록번호 [[501-46-91415|BRN]] / [[031-8059-2207|TEL]]",
    "기숙사 입실자 명단\n[[TOSHMATOV JASUR|PER]] / 우즈베키스탄 / [[FA4820193|PASS]] / [[010-5829-1174|TEL]]\n[[GURUNG PRAKASH|PER]] / 네팔 / [[PA1928374|PASS]] / [[010-3319-7702|TEL]]\n[[DELA CRUZ MARK ANTHONY|PER]] / 필리핀 / [[P4829173A|PASS]] / [[010-2288-0419|TEL]]\n[[SOMCHAI KAEWMANEE|PER]] / 태국 / [[AA4829173|PASS]] / [[010 9921 3371|TEL]]\n관리자: [[지상철|PER]] 반장 [[010-6670-2913|TEL]]",
    "외국인근로자 고용변동 신고서\n근로자: [[KYAW ZIN HTET|PER]] (미얀마)\n여권번호: [[MA482917|PASS]]\n외국인등록번호: [[080917-7840072|FRN]]\n변동사유: 사업장 변경\n사업주 확인: [[윤덕수|PER]] [[041-552-3380|TEL]]",
    "[OCR] 외국인등록증\n성명 [[ZHAO LIHUA|PER]]\n국가 CHINA\n등록번호 [[６６０４０５－６９７７５９５|FRN]]\n체류자격 F-4\n발급일 2019.05.14",
    "2027년 2월 급여명세서\n성명: [[NGUYEN THI LAN|PER]]\n외국인등록번호: [[770616\uff0d6664344|FRN]]\n지급계좌: 우리은행 [[1002-938-112047|ACC]] / 실지급액 2,284,310원\n문의: 총무 [[손지연|PER]] [[031-355-9041|TEL]]",
    "Employer: Haneul Tech Co., Ltd. (BRN [[155-40-38006|BRN]])\nEmployee: [[Rahul Verma|PER]], Indian passport [[K8291034|PASS]], ARC [[060304-7203655|FRN]]\nHR contact: [[Park Eunji|PER]], [[+82 31-8017-2245|TEL]]",
    "표준근로계약서\n사업주: 나라산업 / 대표 [[허만식|PER]] / 사업자등록번호 [[416-79-70385|BRN]] / [[055-283-4471|TEL]]\n근로자: [[SITI RAHAYU|PER]] / 여권 [[B4829173|PASS]] / 외국인등록번호 [[770826\ufe636616851|FRN]]\n근로기간 2027.03.01~2030.02.28 / 월 통상임금 2,156,880원",
    "출국만기보험 청구서\n피보험자 [[DOSTON KARIMOV|PER]] / 외국인등록번호 [[800328 5586760|FRN]] / 여권 [[FA9918273|PASS]]\n귀국 예정일 2027.04.02\n수령계좌: 국민 [[940201-00-448217|ACC]]\n연락처 [[010-7730-4481|TEL]]",
    "외국인 근로자 숙소 점검표\n점검자: [[소재형|PER]] ([[010-3381-2290|TEL]])\n입주자: [[HOSSAIN RAKIB|PER]] (방글라데시, [[071008‐7447380|FRN]]), [[MIAH SHAKIL|PER]] (방글라데시, [[060314.7341093|FRN]])\n특이사항: 보일러 점검 필요",
    "E-9 근로자 입국 명단 (2027-03 배정)\n[[SANJAYA PERERA|PER]] / SRI LANKA / [[N8291037|PASS]]\n[[ZAW MIN OO|PER]] / MYANMAR / [[MC392817|PASS]]\n[[BOLD ERDENE|PER]] / MONGOLIA / [[E2291834|PASS]]\n[[HUYNH VAN TAI|PER]] / VIETNAM / [[C9028174|PASS]]\n인수 담당 [[금선영|PER]] [[010-4427-1108|TEL]]",
]

# 카드 매출 전표와 할부 문자
POSITIVES += [
    "카드 매출전표 (고객용)\n가맹점: 소망한의원 / 사업자번호 [[296-70-67342|BRN]] / 대표 [[표진만|PER]] / [[02-2291-4470|TEL]]\n카드번호: [[5389-4230-2557-1823|CARD]]\n거래일시: 2027/02/16 15:22:08\n할부: 3개월 / 승인번호: 28471903\n금액: 420,000원\n서명: [[김연주|PER]]",
    "[카드승인] [[유민호|PER]]님 02/16 15:22 3개월 할부 420,000원 승인 (5389-****-****-1823) 누적 1,284,300원. 분실신고 1588-1688",
    "영수증\n[[2720 3193 7019 6593|CARD]]  MASTER 일시불\n승인 41029384 / 가맹점번호 00918273\n사업자 [[324-70-55840|BRN]] 카페 은하수 대표 [[노은하|PER]]\nTEL [[064-752-3319|TEL]]",
    "부정사용 이의신청서\n카드회원: [[조윤미|PER]]\n카드번호 [[9410-2738-2263-4174|CARD]]\n이의 거래: 2027.02.10 해외 온라인 USD 389.00 (승인번호 771820)\n회원 연락처 [[010-2930-4481|TEL]]\n본인 확인: 생년월일 850312",
    "법인카드 사용내역 (2월)\n카드: [[3454 465426 12162|CARD]] (AMEX, 사용자 [[여민재|PER]])\n2/03 KTX 서울-부산 59,800\n2/04 식당 128,000 (참석: [[여민재|PER]], [[권소연|PER]], 거래처 [[Tom Harris|PER]])",
    "신용카드 발급 신청서\n성명 [[신유나|PER]] 영문 [[SHIN YUNA|PER]]\n주민등록번호 [[760609\u20142199734|RRN]]\n휴대폰 [[010-8820-4417|TEL]] 직장 [[02-555-0173|TEL]]\n결제계좌: 대구은행 [[508-10-441827-2|ACC]]",
    "가맹점 매출 정산 내역\n가맹점 [[227-05-61121|BRN]] 한울분식 대표 [[성복희|PER]]\n2/16 카드매출 42건 1,184,000원\n취소 1건: [[6212 0441 1462 4611|CARD]] 12,000원\n입금계좌 농협 [[351-0928-4417-03|ACC]]\n담당 [[010-2214-8839|TEL]]",
    "[할부 안내] [[마은영|PER]] 고객님, 가전매장 결제 2,390,000원 12개월 무이자 할부가 적용되었습니다. 카드 [[3787 222283 76896|CARD]]. 문의 고객센터 1577-6000",
    "결제 실패 알림 (정기구독)\n고객 [[Hannah Lee|PER]] ([[hannah.lee@icloud.com|MAIL]])\n카드 [[4238 1683 5032 8598|CARD]] 잔액 부족\n재시도 예정 2/20 09:00",
    "현금영수증·카드전표 분실 재발행 요청\n요청인 [[방미숙|PER]] [[010-6627-1190|TEL]]\n거래 카드 [[2221-5490-2386-0716|CARD]] / 거래일 2/11\n가맹점 사업자 [[160-58-38435|BRN]]",
]

# 운전면허·사업자·외국인등록 보강 (여러 장르)
POSITIVES += [
    "카셰어링 회원 면허 등록 내역\n[[윤가은|PER]] / [[강원 20-118372-41|DL]] / [[010-2281-7740|TEL]]\n[[서민혁|PER]] / [[대전 15-220817-93|DL]] / [[010-4471-8820|TEL]]\n[[Kim Taeyang|PER]] / [[28-21-004718-66|DL]] / [[010 5530 2219|TEL]]",
    "대리운전 기사 등록 신청\n성명 [[한만호|PER]]\n운전면허 [[전남 07-331928-20|DL]]\n개인사업자 [[649-96-92948|BRN]]\n연락처 [[010-3920-1184|TEL]]\n정산계좌 광주은행 [[1107-118-229174|ACC]]",
    "택배 대리점 기사 명부\n[[오경준|PER]] 면허 [[경북 16-448192-35|DL]] [[010-2283-9017|TEL]]\n[[진우석|PER]] 면허 [[19-13-228401-72|DL]] [[010-6617-3302|TEL]]\n대리점 사업자 [[353-05-20943|BRN]] (배송 문의는 본사 1588-1255)",
    "[방과후 셔틀 안내] 운전기사 [[곽만수|PER]] 님 (면허 [[울산 10-552918-14|DL]]), 동승 보호자 [[남정희|PER]] 님 [[010-4482-1937|TEL]]. 차량 등록증 사본은 학교에 제출 완료했습니다.",
    "운전면허 진위확인 요청 (렌터카 카운터)\n성명: [[조하늘|PER]]\n면허번호: [[충북 22-019283-57|DL]]\n암호일련번호: 8K2J4L\n조회결과: 일치",
    "자동차보험 운전자 범위 변경\n추가 운전자: [[이한결|PER]] (배우자) 면허 [[23-17-884120-31|DL]]\n계약자 [[박미소|PER]] [[010-9928-4410|TEL]]\n변경 보험료 추가 52,300원",
    "화물차 운송 계약 (이사)\n차주 [[변기태|PER]] / 면허 [[경남 05 228173 92|DL]] / 사업자 [[194-83-77603|BRN]] / [[055-761-2290|TEL]]\n의뢰인 [[염수정|PER]] [[010-2209-3318|TEL]]",
    "교통범칙금 통고처분 이의신청\n운전자 [[육성진|PER]] 면허번호 [[대구 11-902817-33|DL]]\n범칙금 60,000원 / 위반 2027.01.30\n연락처 [[010-8817-2204|TEL]]",
    "외국인 유학생 기숙사 입사 명단\n[[LI MING|PER]] / [[000301-7041928|FRN]] / [[010-2284-3319|TEL]]\n[[Nguyen Thu Ha|PER]] / [[061122\u20118665016|FRN]] / [[010-7710-2284|TEL]]\n[[Bekzat Omarov|PER]] / [[051205-7693952|FRN]] / [[010-9921-4471|TEL]]\n[[Yuki Tanaka|PER]] / [[811217-6775691|FRN]] / [[yuki.tanaka.kr@gmail.com|MAIL]]",
    "어린이집 입소 신청서\n원아: [[TRAN GIA BAO|PER]] ([[180204-7369503|FRN]])\n보호자: [[LE THI HUONG|PER]] ([[890415.6197862|FRN]])\n연락처 [[010-3319-8827|TEL]]\n등원 차량 이용: 예",
    "출입국 사실증명 발급 신청\n신청인 [[Sofia Ivanova|PER]]\n외국인등록번호 [[6008256569224|FRN]]\n여권 [[754829173|PASS]] (RUS)\n연락처 [[010-2294-1108|TEL]]",
    "세금계산서\n공급자 등록번호 [[519-01-73945|BRN]] 상호 가람인쇄 성명 [[조태식|PER]]\n공급받는자 등록번호 [[221 67 16927|BRN]] 상호 달빛카페 성명 [[윤슬기|PER]]\n품목 메뉴판 인쇄 / 공급가액 330,000 / 세액 33,000\n담당자 이메일 [[garam.print@naver.com|MAIL]]",
    "입점 신청서\n상호: 은빛상회 / 사업자등록번호: [[187-42-19198|BRN]] / 대표: [[민보람|PER]] / 연락처: [[010-3372-1190|TEL]] / 정산계좌: 경남은행 [[207-0228-4417-01|ACC]]",
    "다문화가족 방문교육 신청\n자녀 [[NGUYEN MINH KHANG|PER]] ([[181025\u20147399741|FRN]])\n누나 [[NGUYEN BAO NGOC|PER]] ([[120815-8767158|FRN]])\n어머니 [[NGUYEN THI NGA|PER]] [[010-4472-8831|TEL]]\n희망 요일: 화·목 오전",
]
POSITIVES += [
    "주일 차량봉사 명단 (교회 승합차 운전자 보험 등록용)\n[[김석두|PER]] 집사 [[서울 03-118274-60|DL]] [[010-2281-3390|TEL]]\n[[이창렬|PER]] 장로 [[11 98 229183 40|DL]] [[010-7730-2214|TEL]]\n[[Peter Yoon|PER]] 집사 [[인천 12-004917-22|DL]] [[010-5519-2083|TEL]]",
]

# 하드 네거티브: 공인·역사·허구 인물, 저작 크레딧
NEGATIVES += [
    "손흥민이 2026-27 시즌 개막전에서 시즌 첫 골을 기록했다. 경기 후 인터뷰에서 그는 '팬들의 응원 덕분'이라고 말했다.",
    "이재명 대통령은 14일 국무회의에서 저출산 대책 예산 증액을 지시했다. 회의에는 국무위원 19명이 참석했다.",
    "김연아 이후 한국 피겨의 계보를 잇는 선수로 신지아와 김채연이 꼽힌다. 두 선수는 2026 밀라노·코르티나 올림픽에 출전했다.",
    "삼성전자 이재용 회장과 현대차그룹 정의선 회장이 15일 전경련 회관에서 열린 간담회에 참석했다.",
    "세종대왕은 1443년 훈민정음을 창제하고 1446년 반포하였다. 집현전 학자 정인지, 신숙주, 성삼문 등이 해례본 편찬에 참여했다.",
    "이순신 장군은 1597년 명량에서 13척의 배로 일본 수군 133척을 물리쳤다. (출처: 초등 사회 5-2 교과서 48쪽)",
    "오늘의 독서 - 한강 『소년이 온다』(창비, 2014). 영어판은 데버라 스미스가 번역했다. 2024년 노벨문학상 수상 이후 판매량이 급증했다.",
    "지은이 김영하 / 옮긴이 없음 / 펴낸곳 문학동네 / 초판 1쇄 2013년 7월 / ISBN 978-89-546-2182-7 / 정가 13,000원",
    "해리 포터와 론 위즐리는 헤르미온느 그레인저의 도움으로 비밀의 방을 찾아냈다. (J.K. 롤링, 『해리 포터와 비밀의 방』, 김혜원 옮김)",
    "아기공룡 둘리에서 고길동은 둘리, 도우너, 또치를 집에 들이고 늘 골머리를 앓는다. 김수정 작가의 원작은 1983년 보물섬에 연재되었다.",
    "봉준호 감독의 『기생충』은 2020년 아카데미 작품상을 받았다. 송강호, 이선균, 조여정, 최우식, 박소담이 출연했다.",
    "아이유(이지은)의 새 앨범이 발매 첫 주 42만 장 판매를 기록했다. 타이틀곡 뮤직비디오 조회수는 1,870만 회.",
    "셜록 홈즈와 왓슨 박사가 베이커 가 221B에 산다는 설정은 아서 코난 도일의 『주홍색 연구』에서 처음 등장한다.",
    "춘향전에서 성춘향과 이몽룡은 광한루에서 처음 만난다. 변학도는 남원 부사로 부임해 춘향에게 수청을 강요한다.",
    "류현진은 KBO 복귀 후 통산 30승을 달성했다. 한화 이글스 김경문 감독은 '에이스다운 투구'라고 평가했다.",
    "유관순 열사는 1919년 4월 1일 아우내 장터 만세운동을 이끌었다. 천안 병천면에 유관순 열사 기념관이 있다.",
    "안중근 의사의 유해 발굴은 아직 이뤄지지 않았다. 국가보훈부는 중국 정부와 협의를 계속하고 있다고 밝혔다.",
    "저자 소개: 유발 하라리는 이스라엘의 역사학자로 『사피엔스』, 『호모 데우스』를 썼다. 한국어판 번역은 조현욱.",
    "[서평] 정유정의 『종의 기원』 속 한유진은 독자가 가장 오래 기억할 화자 중 하나다. 은행나무, 2016.",
    "BTS 정국과 뷔가 전역 후 첫 공식 일정으로 팬미팅을 연다. 예매는 인터파크에서 3월 2일 20시 오픈.",
]

# 템플릿 자리표시자, 마스킹 값
NEGATIVES += [
    "[양식] 성명: 홍길동 / 주민등록번호: 000000-0000000 / 연락처: 010-0000-0000 / 이메일: (입력)",
    "계약서 작성 예시\n임대인: 김OO (인)\n임차인: 이OO (인)\n보증금: 금 ______원\n※ 실제 계약 시 당사자 정보를 기재하십시오.",
    "안녕하세요 {name}님, {date}에 예약하신 {service} 일정을 안내드립니다. 변경은 {phone}으로 문의하세요.",
    "본인인증 완료: 010-****-5678 / 생년월일 880101-1****** / 카드 **** **** **** 3381",
    "당첨자 명단: 김*수(010-****-2291), 이*영(010-****-0418), 박*진(010-****-7730). 경품은 3월 중 개별 발송됩니다.",
    "회원정보 수정 완료. 휴대폰 010-12**-**78, 이메일 ab***@n***.com 으로 변경 내역이 발송됩니다.",
    "청첩장 템플릿 - 신랑 ○○○ · 신부 ○○○ / 마음 전하실 곳: ○○은행 000-000-000000 (예금주 ○○○)",
    "[부고 양식] 故 ○○○님께서 ○월 ○일 별세하셨기에 삼가 알려드립니다. 빈소: ○○병원 장례식장 ○호실. 상주: ○○○",
    "여권번호 입력 예: M12345678 (영문 1자리 + 숫자 8자리). 실제 번호를 입력해 주세요.",
    "카드번호 형식: XXXX-XXXX-XXXX-XXXX (16자리). 유효기간 MM/YY. CVC는 저장되지 않습니다.",
    "문진표 양식 v3\n성명: __________\n주민번호: ______-_______\n연락처: ___-____-____\n보호자: __________",
    "출금계좌 국민 ******-**-***219 에서 자동이체 52,000원이 처리되었습니다.",
]

# 전국 대표번호, 080, 공공기관 공개번호, 단축번호
NEGATIVES += [
    "분실·도난 신고는 24시간 고객센터 1588-8100, 해외에서는 현지 ARS 안내에 따릅니다.",
    "수신거부 080-870-1234 / 고객센터 1544-7000 (평일 09:00~18:00)",
    "관광통역안내 1330, 다산콜센터 120, 범죄신고 112, 화재·구급 119, 해양사고 122",
    "국민건강보험공단 고객센터 1577-1000 / 건강보험심사평가원 1644-2000 / 국민연금 1355",
    "택배 배송 문의는 1588-1255, 반품 접수는 1577-1287로 연락 바랍니다. 상담 가능 시간 평일 9시~18시.",
    "해외 체류 중 긴급상황 시 외교부 영사콜센터 +82-2-3210-0404 (24시간)로 연락하세요.",
    "출입국·외국인 민원은 외국인종합안내센터 1345, 고용허가제 문의는 고용노동부 1350.",
    "보이스피싱 의심 전화는 112 또는 금융감독원 1332로 신고하세요. 정부기관은 전화로 계좌이체를 요구하지 않습니다.",
    "배달앱 고객센터 1600-0987 / 라이더 지원센터 1661-5270 / 입점 문의 1899-3007",
    "무료 상담 080-023-5500 (수신자 부담). 광고 수신 거부 무료 080-500-4411",
    "세금 관련 상담은 국세청 126, 전기 고장 신고는 한국전력 123, 가스 누출은 1544-4500.",
    "청소년 상담 1388, 여성긴급전화 1366, 자살예방 상담 109 (24시간).",
    "이사 업체 선정 전 소비자상담센터 1372에서 피해 사례를 확인하세요.",
    "질병관리청 콜센터 1339 / 정부민원안내 110 / 법률구조공단 132",
]

# 주문·송장·승인·쿠폰·시리얼·IMEI
NEGATIVES += [
    "주문번호 20270214-0048812 / 상품코드 SKU-KR-883201 / 수량 2 / 결제금액 58,400원 / 배송예정 2/17",
    "송장번호 6892-4417-2283 (CJ대한통운) 배송 출발. 예상 도착 2/15 18시 이전.",
    "승인번호 30918274 / 가맹점번호 00918273 / 단말기번호 1047328819 / 거래일시 2027.02.16 15:22:08",
    "쿠폰코드 NEWBIE-2027-KR10 / 사용기한 2027-03-31 / 최소 주문금액 20,000원",
    "제품 시리얼 SN: K4Z9-22TQ-88WL-0317 / 모델명 AX-7200 / 제조일 2026.11",
    "단말 정보: IMEI 356938035643809 / 모델 SM-S928N / 펌웨어 S928NKSU2AXB3",
    "접수번호 2AA-2702-0184472 / 처리기한 2027.03.02 / 처리상태: 담당부서 이송",
    "예약번호 K7QX2P / 항공권번호 180-2384719203 / 좌석 32A / 수하물 23kg 1개",
    "인보이스 INV-2027-000418 / PO 4500182931 / 납기 2027-03-15 / 금액 USD 12,480.00",
    "환불 참조번호 RF-88120-3371. 카드사 처리까지 영업일 기준 3~5일 소요됩니다.",
    "차량번호 12가 3456 / 차대번호 KMHD341CBNU123456 / 최초등록 2022.05.10",
    "등기번호 1101-2019-004817 / 건물 관리번호 11440-10400-1002 / 지번 합정동 417-3",
    "바코드 8801043014809 / 유통기한 2027.08.30 / 로트 L2702A",
    "콜번호 D-20270214-0773 / 운행거리 21.4km / 소요시간 37분 / 요금 35,000원",
]

# 버전 문자열, IP 모양 숫자, OID
NEGATIVES += [
    "릴리스 노트 v2.14.3 (빌드 2.14.3.1187): 로그인 오류 수정, 메모리 누수 개선. 최소 지원 버전 1.9.0.",
    "Chrome 121.0.6167.85 및 Edge 121.0.2277.83에서 재현되지 않음. Windows 10.0.19045.3803 환경.",
    "SNMP sysUpTime OID 1.3.6.1.2.1.1.3.0, 벤더 OID 1.3.6.1.4.1.9.9.13 조회 결과 정상.",
    "펌웨어 업데이트 4.2.10.7 → 4.3.0.2 배포 예정 (2월 20일 02:00~04:00, 약 2시간 서비스 중단)",
    "npm 패키지 의존성: react 18.2.0, typescript 5.3.3, node 20.11.1 LTS",
    "표준 문서 RFC 5737은 문서용 IPv4 주소 블록 세 개를, RFC 3849는 IPv6 문서용 접두사를 정의한다. 예시에 실제 주소를 쓰지 말 것.",
    "ISBN 978-89-364-3823-5, DOI 10.1000/182, ISSN 1225-0163",
    "섹션 3.2.1.4에 따라 점검 항목 1.1.2.3을 재확인할 것.",
    "안드로이드 앱 버전 7.12.0.305 / iOS 앱 버전 7.12.0 (305)",
    "Docker 이미지 postgres:16.1.0-alpine3.19, redis:7.2.4",
]

# 날짜·시간·통계·금액, 불가능한 날짜의 주민번호 모양
NEGATIVES += [
    "2026년 4분기 가계대출 잔액은 1,886조 4,000억원으로 전 분기 대비 0.8% 증가했다. 주택담보대출 비중 62.3%.",
    "2027-02-14 09:00:00 ~ 2027-02-14 18:30:00 정기 점검. 점검 시간 중 결제 불가.",
    "2026년 출생아 수는 238,300명, 합계출산율 0.75명으로 집계됐다(통계청 잠정).",
    "[오류] 주민등록번호 850230-1048217 은 존재하지 않는 날짜(2월 30일)입니다. 다시 입력하세요.",
    "입력값 검증 실패 사례: 910431-2381742 (4월 31일), 881301-1920384 (13월), 770632-2019384 (32일)",
    "생년월일 오류: 010229-3184720 - 2001년은 윤년이 아니어서 2월 29일이 없습니다.",
    "테스트 데이터 990229-1203948 은 1999년 2월 29일로 유효하지 않으므로 거부되어야 한다.",
    "아파트 매매 실거래가 12억 3,500만원 (전용 84.97㎡, 15층), 전년 대비 4.2% 상승",
    "관리비 내역: 일반관리비 48,210원 / 경비비 31,500원 / 청소비 12,800원 / 승강기유지비 6,300원 / 합계 248,910원",
    "회비 정산: 총 수입 1,240,000원, 지출 1,185,500원 (구장 대여 900,000 / 음료 85,500 / 공 200,000), 잔액 54,500원",
    "환율 고시(2/14 09:00): USD 1,338.50 / JPY(100) 902.14 / EUR 1,441.20 / CNY 184.32",
    "출발 14MAR27 13:10 ICN → 도착 14MAR27 18:25 CDG / 비행시간 13시간 15분",
]

# 문장 경계·다른 레이블 뒤의 문맥어, 레이블이 숫자 뒤
NEGATIVES += [
    "주문번호는 마이페이지에서 확인하세요. 2027021400488 건은 이미 출고되었습니다.",
    "상품코드. 8801043014809 이 바코드는 박스 측면에 있습니다.",
    "참조번호 RF-88120-3371 외 금액 1,284,500원 중 수수료 3,300원 공제",
    "코드: A-17 / 4417-2093-1180 은 해당 창고 선반 위치 코드입니다.",
    "4500182931 (구매발주번호), 1047328819 (단말기번호), 00918273 (가맹점번호)",
]

# 팀·역할 발신자
NEGATIVES += [
    "[운영팀] 2월 정기 점검 안내: 2/20(토) 02:00~06:00 서비스 일시 중단. 불편을 드려 죄송합니다. - 운영팀 드림",
    "[고객센터] 문의하신 환불 건은 영업일 기준 3일 내 처리됩니다. 추가 문의는 1:1 문의 게시판을 이용해 주세요.",
    "관리사무소 알림: 3월 1일 저수조 청소로 09:00~15:00 단수됩니다. - 관리자",
    "담당부서: 교통행정과 / 처리기한: 7일 / 회신방법: 전자우편 (담당부서에서 별도 안내 예정)",
    "[인사팀] 2027년 상반기 공채 서류 접수가 마감되었습니다. 결과는 3월 10일 채용 홈페이지에 게시됩니다.",
    "보낸 사람: 학교 행정실 / 제목: 방과후학교 1분기 수강료 납부 안내 (납부기간 3/2~3/10)",
    "[보안관제센터] 금일 02:14 탐지된 대입공격은 자동 차단되었습니다. 조치 상태: 완료 / 위험도: 중",
    "교구 사무실 공지: 사순 특강은 매주 수요일 19:30 교육관 2층에서 진행됩니다.",
]

# 이름이기도 한 한국어 낱말
NEGATIVES += [
    "하늘이 맑고 바람이 시원해서 한결 걷기 좋았다. 새봄을 맞아 공원에는 미소 띤 얼굴들이 많았다.",
    "물가지수와 주가지수가 동반 하락했다. 소비자심리지수는 91.4로 석 달 연속 기준치 100을 밑돌았다.",
    "봉사활동을 마치고 나니 보람이 컸다. 다솜(사랑의 옛말)이라는 이름의 나눔 행사였다.",
    "은하수가 보이는 밤하늘 아래에서 우리 나라의 미래를 이야기했다. 소망을 적은 종이를 모아 태웠다.",
    "가람(강의 옛말)을 따라 걷는 둘레길 3코스는 8.4km, 약 3시간 소요된다.",
    "슬기롭게 위기를 넘긴 선조들의 지혜를 배우는 체험 프로그램 - 초등 4~6학년 대상, 회당 20명.",
    "새봄맞이 대청소 안내: 3월 셋째 주 토요일, 각 세대 베란다 배수구 점검 부탁드립니다.",
    "한결같은 마음으로 30년을 지켜 온 동네 빵집이 문을 닫는다. 단골손님들이 아쉬움을 전했다.",
    "미소를 잃지 않는 서비스가 우리 매장의 목표입니다. 나라사랑 카드 결제 시 10% 할인.",
    "우리 은하의 지름은 약 10만 광년이다. 하늘에서 가장 밝은 별은 시리우스.",
]

# 판결문 발췌 (익명화 당사자)
NEGATIVES += [
    "서울중앙지방법원 판결\n사건 2026가단51827 손해배상(기)\n원고 A\n피고 B\n주문 1. 피고는 원고에게 12,000,000원 및 이에 대하여 2026. 3. 4.부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n판사 김○○",
    "대법원 2025다218847 판결 요지: 임대인이 보증금 반환을 지체한 경우 임차인은 임차권등기명령을 신청할 수 있다. (재판장 대법원장 조희대)",
    "피고인은 2026. 5. 12. 22:40경 서울 마포구 소재 주점에서 피해자 C(여, 31세)의 휴대전화를 절취하였다. 재판장 판사 이○○, 판사 박○○, 판사 최○○",
    "원고 주식회사 D의 청구를 기각한다. 소송비용은 원고가 부담한다. (수원지방법원 2026나10442)",
]

# 기타: 공고·통계·안내
NEGATIVES += [
    "동대표 선거 결과: 101동 투표율 58.2%, 102동 61.7%. 당선자는 관리사무소 게시판에 공고됩니다.",
    "방과후학교 강좌 안내: 로봇과학(월·수 14:00), 바둑(금 13:30), 코딩(화·목 14:00). 정원 각 16명.",
    "부동산 중개보수 상한요율: 매매 5억~9억 0.4%, 임대차 3억~6억 0.3% (2021.10.19 개정)",
    "여행자보험 보장 내용: 해외 상해 의료비 최대 3,000만원, 휴대품 손해 1품목당 20만원 한도, 자기부담금 1만원",
    "항공사 수하물 규정: 일반석 23kg 1개, 프레스티지 32kg 2개. 초과 시 구간별 요금 부과.",
    "반려동물 호텔 이용 요금: 소형견 1박 35,000원, 중형견 45,000원, 고양이 30,000원 (부가세 포함)",
    "이사 성수기(2~3월) 포장이사 평균 견적 84평형 기준 180만~240만원, 비수기 대비 15% 높음.",
    "외국인 근로자 고용허가제(E-9) 2027년 도입 규모 16만 5천 명, 업종별 배분: 제조업 72%, 농축산업 10%.",
    "서버 증설 계획: 웹 4대 → 6대, DB 레플리카 2대 추가. 예상 비용 월 3,400,000원.",
    "교회 창립 50주년 기념 예배: 2027년 5월 9일(주일) 오전 11시, 본당. 다과는 교육관 1층.",
    "카드 할부 수수료율: 2~3개월 무이자, 4~6개월 연 12.9%, 7~12개월 연 15.4% (2027.01 기준)",
    "택시 기본요금 4,800원(1.6km), 거리요금 131m당 100원, 심야할증 22:00~04:00 최대 40%.",
    "학술대회 일정: 사전등록 마감 2027.11.30 / 논문 제출 마감 2027.10.15 / 개최 2027.12.18~20 (평창)",
    "중고거래 안전수칙: 직거래는 공공장소에서, 선입금 요구 시 주의. 사기 의심 계좌는 경찰청 사이버안전지킴이에서 조회하세요.",
]


def records() -> list[dict]:
    """The hold-out's records, as ``main`` writes them (``⁅`` restored to ``[``)."""
    rows = holdout_rows(POSITIVES, NEGATIVES, PREFIX)
    for row in rows:
        row["text"] = row["text"].replace(_OPEN, "[")
    return rows


def main() -> None:
    rows = records()
    minimums = {label: max(least, 25) for label, least in STRUCTURED_MINIMUMS.items()}
    minimums["KR_PASSPORT"] = max(minimums["KR_PASSPORT"], 30)
    minimums["IP_ADDRESS"] = max(minimums["IP_ADDRESS"], 30)
    minimums["PERSON"] = 450
    write_holdout(rows, OUT, minimums)


if __name__ == "__main__":
    main()
