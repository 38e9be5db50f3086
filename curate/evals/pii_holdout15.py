# ruff: noqa: E501
"""Blind Korean PII hold-out set no. 15 (``pii_holdout15_ko.jsonl``).

How it was written: blind. The only repository file opened while writing it was
``curate/evals/marked.py`` (the helper that turns inline marks into JSONL); no scrubber
code, tests, earlier hold-outs, benchmarks, README or git history were read, and the
scrubber was never run on these texts. Check digits were computed with a throwaway script
under /tmp. This set is meant to be scored once: do not tune rules against it.

Genres: self-storage / moving-storage contracts, EV charging memberships and support chats,
campus club MT rosters and chats, church retreat rosters and insurance lists, marathon
registration (Korean and English, crews, foreign runners), blood-donation bookings, delivery
rider settlements and registrations, designated-driver call logs and driver registration,
parking season passes, craft workshop classes, yoga studio members and chats, home-visit
nursing notes, disability support-worker records, military visit requests, prison visit
bookings, immigration office appointments (e-mails, agency tables), translation and
interpreting requests and invoices, kindergarten waiting lists, school-violence counselling
records, local festival booths, food-truck permits, farm help matching and seasonal workers,
fishing-village experience bookings, boat passenger and crew lists, group air ticketing,
cruise manifests (English), international conference registration (English/Korean),
open-source CONTRIBUTORS and maintainer e-mails, court auction bids, used piano sales,
piano movers and furniture assembly assignments, water-purifier rental checks, security
guard rosters, call-centre histories, bank loan consultations, card-loss reports, brokerage
account openings, login alerts (IP), VPN approval requests and logs (IP), remote support
session records (IP), firewall requests, CCTV installation reports.
Hard negatives: news about public figures, sports results, fiction, interviews, recipes,
notices, templates with placeholders, release notes and logs, statistics, order ids, SKUs,
tracking numbers, approval codes, masked values, service numbers and public numbers.

Labelling policy:
* Types: KR_RRN, KR_FRN, PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, KR_BANK_ACCOUNT, KR_BRN,
  KR_PASSPORT, KR_DRIVER_LICENSE, IP_ADDRESS, PERSON.
* Every personal or business phone line is gold (mobile, landline, 070, 050x safe numbers,
  foreign mobiles); nationwide service numbers (1588-, 1544-, 1577-, 1600- ...), 080
  toll-free, short codes, public institutions' published numbers and placeholders
  (010-0000-0000) are not. Masked values (010-****-1234, 900101-1******) are not gold.
  RRN/FRN-shaped numbers with impossible dates are not gold. Business registration numbers
  are gold, and so are business and role e-mail addresses.
* A driver's licence written with a region name (서울 11-19-..., 서울 22-401837-19) is one
  span including the region name. Passport numbers of foreign passports are labelled
  KR_PASSPORT too (the only passport type).
* PERSON: a private person's name in form/label syntax, in correspondence to or from a
  private person, or anywhere in a record that also holds a private person's contact or
  identity value (then every occurrence of every private person's name in it is gold).
  Never public figures, historical persons, fictional characters, credited authors,
  companies, brands, teams or template names (홍길동 in a 작성 예시). Names in running prose
  without contact values are not gold. Only the name is marked, not 님/씨/titles or
  particles (mark 김민수 in 김민수님, 김민수는, 김민수 교수님).
* Order numbers, SKUs, tracking numbers, reference and approval codes, dates, times,
  version numbers and statistics are never gold, even when they contain phone-like runs.
* Spellings: identifiers are written the many ways Korean documents really write them
  (hyphens, spaces, dots, no separator, full-width digits, en dashes, +82 forms, lower-case
  passport letters, etc.), in realistic proportions.

All values are fictional: RRN/FRN use real calendar dates and valid check digits, card
numbers are Luhn-valid with real issuer prefixes, BRNs carry valid check digits, e-mail
addresses are on example/test domains, IP addresses are in documentation ranges
(192.0.2.x, 198.51.100.x, 203.0.113.x, 2001:db8::) or private ranges; names, phone numbers,
accounts, passports and licences are invented.

Regenerate: ``.venv/bin/python -m curate.evals.pii_holdout15``
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.marked import STRUCTURED_MINIMUMS, holdout_rows, write_holdout

OUT = Path(__file__).resolve().parent / "data" / "pii_holdout15_ko.jsonl"
MINIMUMS = {**STRUCTURED_MINIMUMS, "PERSON": 120}

POSITIVES = [
    "[보관이사 창고 임대 계약서]\n계약번호: WH-2024-0611-07\n임차인: [[박정은|PER]] (주민등록번호 [[900217-2818941|RRN]])\n연락처: [[010-4821-7735|TEL]] / 비상연락 [[02-2637-4410|TEL]]\n보관 물품: 10피트 컨테이너 1기 (C-17), 보관기간 2024.06.15~2024.09.14\n보관료 자동이체: 신한 [[110-482-193755|ACC]]\n임대인: 한빛물류센터 (사업자등록번호 [[225-19-59344|BRN]])",
    "[Web발신]\n[한빛물류] [[박정은|PER]] 고객님, 보관 컨테이너 C-17 출고 예약(9/14 09:00)이 확인되었습니다. 출고 시 차량 기사님 운전면허증을 확인합니다. 배정 기사: [[윤창호|PER]] [[010-3380-5127|TEL]] / 면허 [[경기 13-09-441872-20|DL]]",
    "EV충전 멤버십 가입 확인\n회원명: [[Lee Soyoung|PER]]\n휴대폰: [[+82 10-3391-2087|TEL]]\n이메일: [[soyoung.lee@example.com|MAIL]]\n결제카드: [[4996 5493 9086 3037|CARD]]\n회원카드 번호: EVM-2024-008812 (재발급 시 기존 번호 폐기)\n충전 요금제: 그린플랜 월 9,900원",
    "[충전소 고객센터 채팅]\n14:02 고객: 충전기가 멈췄어요. 회원번호는 EVM-2023-114507이고 제 번호는 [[010 5527 0913|TEL]]입니다\n14:03 상담원 [[지은|PER]]: 네 [[김태호|PER]] 고객님, 확인해 보겠습니다.\n14:05 상담원 [[지은|PER]]: 원격으로 재시작했습니다. 충전기 ID CP-0417-B, 추가 문의는 1661-0970으로 주세요.",
    "전기차 충전 법인회원 신청서\n법인명: 주식회사 그린모빌리티 / 사업자등록번호 [[151-00-46094|BRN]]\n담당자: [[노태윤|PER]] 대리\n전화: [[02-6952-3318|TEL]] / 휴대폰 [[010-8814-2270|TEL]]\n세금계산서 메일: [[tax@greenmobility.example.com|MAIL]]\n결제 법인카드: [[5264-5631-3406-6908|CARD]]\n등록 차량 12대 (목록 별첨)",
    "2024 산악동아리 '오름' 봄 MT 참가자 명단\n| 이름 | 학번 | 연락처 | 비고 |\n|---|---|---|---|\n| [[정유진|PER]] | 21학번 | [[010-2846-3391|TEL]] | 총무 |\n| [[한도윤|PER]] | 20231147 | [[010-7714-0286|TEL]] | 차량 |\n| [[오세린|PER]] | 20240392 | [[01093370418|TEL]] | 채식 |\n| [[Nguyen Thi Lan|PER]] | 20229981 | [[010-3082-5516|TEL]] | 교환학생 |\n회비 3만원: 카카오뱅크 [[3333-05-8821746|ACC]] (예금주 [[정유진|PER]])",
    "[오름 MT 단톡]\n[[유진|PER]]: 내일 9시 정문 집합! 늦으면 [[도윤|PER]]이한테 전화 ㄱㄱ [[010-7714-0286|TEL]]\n[[세린|PER]]: 넵 ㅎㅎ 근데 숙소 주소 다시 알려줄 수 있어?\n[[유진|PER]]: 가평 청평면 솔숲펜션, 사장님 번호 [[031-584-2290|TEL]]\n[[란|PER]]: 저 렌터카 운전할게요! 면허 [[서울 22-401837-19|DL]] 보내드렸어요",
    "MT 단체보험 가입 명단 (동아리 '오름')\n[[정유진|PER]] [[950902-2817368|RRN]]\n[[한도윤|PER]] [[020830-3561209|RRN]]\n[[오세린|PER]] [[040601-4891663|RRN]]\n[[Nguyen Thi Lan|PER]] [[011017-8612041|FRN]]\n※ 제출 후 원본 파기, 명단 보관본은 950902-2****** 형식으로 마스킹",
    "2024 청년부 여름 수련회 등록 명단 (새빛교회)\n1. [[김하람|PER]] 자매 / [[010-9921-3064|TEL]] / 회비 납부\n2. [[이준서|PER]] 형제 / [[010-2290-7418|TEL]] / 미납\n3. [[박성민|PER]] 전도사님 / [[010-5573-8820|TEL]] / 인솔\n4. [[최다은|PER]] 자매 / [[010-6145-2937|TEL]] / 차량봉사\n5. [[Grace Oh|PER]] 자매 / [[+1 213-555-0148|TEL]] / 방문\n회비 입금: 국민 [[472801-04-118293|ACC]] 새빛교회",
    "수련회 여행자보험 가입자 (담당: [[박성민|PER]] 전도사)\n- [[김하람|PER]] [[720506-2088411|RRN]]\n- [[이준서|PER]] [[910316-1953534|RRN]]\n- [[최다은|PER]] [[970520-2845641|RRN]]\n- [[Grace Oh|PER]] 여권 [[548120937|PASS]] (미국)\n보험료 1인 4,800원, 총 19,200원 교회카드 결제",
    "[[하람|PER]] 자매님~ 수련회 숙소 배정 나왔어요. 3호실이고 룸메이트는 [[다은|PER]] 자매예요. 출발 전날 밤 10시까지 회비 4만원 보내주시면 돼요 (국민 [[472801-04-118293|ACC]]). 궁금한 거 있으면 [[010-5573-8820|TEL]] 로 연락주세요. - [[성민|PER]] 전도사",
    "2024 한강 하프마라톤 접수 확인서\n참가번호: 21047\n성명: [[윤서준|PER]] ([[Yoon Seojun|PER]])\n생년월일: 1988.03.19 / 성별: 남\n휴대전화: [[010.3348.9021|TEL]]\n비상연락처: [[윤미경|PER]] (배우자) [[010.7782.4410|TEL]]\n기념품 사이즈: L / 코스: 하프 21.0975km\n참가비 결제: 승인번호 30018842, 카드 [[5117-2300-7668-8862|CARD]]",
    "Registration — Seoul Half Marathon 2024\nName: [[Daniel Okafor|PER]]\nNationality: Nigeria\nPassport No.: [[A07718423|PASS]]\nAlien Registration No.: [[860821-5768335|FRN]]\nPhone in Korea: [[010-4417-2083|TEL]]\nE-mail: [[d.okafor@example.org|MAIL]]\nBib: 30112 | Wave: C | Target 1:55:00",
    "마라톤 단체 접수 (러닝크루 '새벽질주')\n| 이름 | 코스 | 연락처 | 티셔츠 |\n|---|---|---|---|\n| [[권혁재|PER]] | 풀 | [[010-2231-0984|TEL]] | 100 |\n| [[민채원|PER]] | 10K | [[010-4450-7736|TEL]] | 90 |\n| [[Tomás Ruiz|PER]] | 하프 | [[010-8862-1043|TEL]] | 105 |\n| [[우지안|PER]] | 10K | [[010–5513–2207|TEL]] | 85 |\n단체 참가비 일괄 입금: 토스뱅크 [[1000-4471-2285|ACC]] (크루장 [[권혁재|PER]])",
    "[헌혈의집 예약 안내] [[최윤아|PER]]님, 6월 14일(금) 15:30 헌혈의집 강남센터 전혈 예약이 완료되었습니다. 예약번호 BD240614-0873. 변경은 앱 또는 1600-3705. 본 문자는 [[010-8830-1246|TEL]] 번호로 발송되었습니다.",
    "단체헌혈 신청서\n신청기관: 대원중공업(주) 울산공장 / 사업자번호 [[339-10-37044|BRN]]\n담당자: 총무팀 [[강동석|PER]] 과장\n전화: [[052-231-7740|TEL]] (내선 214)\n이메일: [[ds.kang@daewon.example.co.kr|MAIL]]\n희망일: 2024-07-03 / 예상 인원 80명 / 헌혈버스 2대",
    "헌혈자 등록 (신규)\n성명: [[Svetlana Kim|PER]] ([[김 스베틀라나|PER]])\n외국인등록번호: [[740303-6906976|FRN]]\n국적: 우즈베키스탄\n연락처: [[010-6734-2281|TEL]]\n문진 결과: 적격 / 혈액형 A+ / 헌혈 종류: 혈장",
    "[라이더 주간 정산 내역] 6/3~6/9\n라이더: [[송민재|PER]] (ID rider_88213)\n완료 건수 142건 / 정산액 1,184,500원\n입금계좌: 농협 [[352-1184-7720-13|ACC]]\n사업소득 원천징수용 주민등록번호: [[820602-1315003|RRN]]\n연락처: [[010-2218-6604|TEL]]",
    "[배달 상점 ↔ 라이더]\n19:41 상점(역삼김밥): 기사님 주문번호 B2406-1193-0421 픽업 부탁드려요\n19:42 라이더 [[민재|PER]]: 3분 후 도착합니다\n19:50 고객 요청사항: 문 앞에 두고 [[010-5531-7208|TEL]]로 문자 주세요\n19:58 라이더 [[민재|PER]]: 배달완료 사진 전송했습니다",
    "배달 라이더 신규 등록 서류 확인\n성명: [[Bui Quang Hieu|PER]]\n외국인등록번호: [[760601-5082064|FRN]]\n이륜차 운전면허: [[23-15-208814-56|DL]]\n보험증권번호: 2024-M-0038217\n연락처: [[+82-10-9207-3145|TEL]]\n정산계좌: 하나 [[620-218834-55107|ACC]]",
    "대리운전 호출 로그\n2024-05-18 23:47:12 호출 접수 / 고객 [[010-9013-4471|TEL]] / 출발 신논현역 → 도착 분당 정자동\n2024-05-18 23:49:05 기사 배정: [[황인성|PER]] 기사 ([[010-3327-8840|TEL]]), 면허 [[서울 12-07-338214-71|DL]]\n2024-05-19 00:36:40 운행 완료 / 요금 32,000원 / 카드 승인 70231885",
    "대리운전 기사 등록 신청서\n성명: [[Tran Van Hung|PER]] ([[쩐 반 흥|PER]])\n외국인등록번호: [[671208-5390710|FRN]]\n운전면허번호: [[11-22-095531-43|DL]]\n연락처: [[010-6608-1925|TEL]]\n정산 계좌: 기업 [[214-098765-01-013|ACC]]\n보증보험 가입번호: GB-77120-0418",
    "[대리운전 기사 커뮤니티 쪽지]\n보낸이: [[정광수|PER]]\n내용: 내일 판교 콜 같이 받을 분? 저는 면허 [[경기 19-552013-08|DL]]라 수원 쪽 셔틀도 가능. 연락 [[010 2245 8830|TEL]]",
    "○○빌딩 주차장 월정기권 신청\n차량번호: 12가 3456 / 차종: 쏘나타\n신청인: [[임재현|PER]]\n소속: 3층 (주)하늘세무 (사업자번호 [[580-42-22887|BRN]])\n연락처: [[02-555-0184|TEL]] / [[010-4470-9235|TEL]]\n요금: 월 150,000원, 자동결제 카드 [[5372 8642 5756 9424|CARD]]",
    "[Web발신] 정기주차 만료 안내 - [[임재현|PER]]님 차량(12가3456) 정기권이 06/30 만료됩니다. 연장 문의는 관리실 [[02-555-0190|TEL]]",
    "공영주차장 거주자우선주차 신청\n신청인: [[서경숙|PER]] / 주민등록번호: [[470311-2019578|RRN]]\n대리 신청: 아들 [[김재훈|PER]] ([[010-7301-4426|TEL]])\n구획번호: 마포-연남-114 / 배정기간 2024 하반기\n감면: 경로 50%",
    "[도자기 공방 '흙과손' 원데이 클래스 예약]\n예약자: [[서하윤|PER]] 외 1명 ([[배지호|PER]])\n일시: 7/6(토) 14:00~16:30\n연락처: [[010-2737-5198|TEL]]\n예약금 2만원 입금 확인 (하나 [[391-910412-77807|ACC]] 흙과손 [[장민영|PER]])\n※ 완성품은 3주 후 택배 발송, 송장번호 6891-2233-4410 별도 안내",
    "Hi [[Sophie|PER]], thanks for booking the leather workshop (Sat 13 July, 2pm). Please transfer the deposit to KB [[940202-00-361128|ACC]] (account holder [[Kim Haneul|PER]]) and text me at [[+82 10 5183 2046|TEL]] if you're running late.\n— [[Haneul|PER]]",
    "가죽공방 정규반 수강 등록\n수강생: [[차예슬|PER]]\n과정: 8주 입문반 (화 19:00)\n수강료: 520,000원 / 카드 [[4047 7699 1411 5180|CARD]] 일시불\n연락처: [[010-3925-6617|TEL]] / [[yeseul.cha@example.net|MAIL]]\n공방 사업자: 하늘가죽 [[648-84-77034|BRN]]",
    "요가원 회원카드\n이름: [[문수아|PER]] / 생년월일 1992-11-04\nHP: [[010-3390-6721|TEL]]\n등록: 3개월 (48만원), 카드 [[4559-5904-2586-7543|CARD]] 3개월 할부\n담당 강사: [[Priya|PER]] 선생님\n락커 번호: 27",
    "[요가원 공지방]\n원장 [[하린|PER]]: 이번 주 토요일 아쉬탕가 특강은 마감됐어요 🙏 대기 원하시면 [[010-7725-0391|TEL]] 로 문자 주세요\n[[수아|PER]]: 대기 1번 부탁드려요!\n[[정민|PER]]: 저도요~\n원장 [[하린|PER]]: 네 두 분 다 접수했어요 😊",
    "요가 강사 채용 서류\n성명: [[Priya Nair|PER]] ([[프리야 나이르|PER]])\n외국인등록번호: [[870220-6833761|FRN]]\n여권번호: [[Z6104372|PASS]]\n휴대폰: [[010-5820-3317|TEL]]\n급여계좌: 신한 [[110-517-330284|ACC]]",
    "방문간호 기록지\n대상자: [[염태식|PER]] (남, 73세) / 주민등록번호 [[510809-1491854|RRN]]\n보호자: 딸 [[염지혜|PER]] [[010-9104-2273|TEL]]\n방문일시: 2024.06.11 10:00~10:50\n혈압 142/88, 혈당 168mg/dL, 욕창 2단계 드레싱 교환\n간호사: [[노은비|PER]]",
    "6/13 방문. [[염태식|PER]] 어르신 식사량 감소. 보호자 [[염지혜|PER]]님께 통화([[010 9104 2273|TEL]]) 후 주치의 진료 예약 권유함. 다음 방문 6/18. — [[노은비|PER]]",
    "방문간호 일정 변경 요청\n보낸사람: [[은비|PER]] 간호사 <[[eunbi.noh@homecare.example.org|MAIL]]>\n[[염지혜|PER]] 보호자님, 18일 방문을 19일 오전 10시로 변경해도 될까요? 센터 대표번호 [[031-719-2280|TEL]]로 답 주셔도 됩니다.",
    "장애인활동지원 제공기록 (6월 2주차)\n수급자: [[김도현|PER]] / 활동지원사: [[박현숙|PER]] (연락처 [[010-6641-0028|TEL]])\n| 일자 | 시간 | 내용 |\n|---|---|---|\n| 6/10 | 09:00-13:00 | 등교 지원, 점심 보조 |\n| 6/11 | 09:00-13:00 | 복지관 이동 지원 |\n결제: 바우처 승인번호 00482319, 00482977",
    "활동지원사 신규 등록\n성명 [[Aziz Karimov|PER]] ([[아지즈 카리모프|PER]])\n외국인등록번호 [[560127-5555549|FRN]]\n여권번호 [[FA4417208|PASS]]\n휴대폰 [[010-2094-6631|TEL]]\n급여계좌 우리 [[1002-744-281930|ACC]]",
    "활동지원 급여 변경 신청\n수급자 [[김도현|PER]] (주민등록번호 [[140724-4381821|RRN]])\n법정대리인 [[김은주|PER]] / [[010-7128-5540|TEL]]\n변경 사유: 주간보호센터 이용시간 증가",
    "면회 신청서 (제○○사단 ○○연대)\n면회 대상: 일병 [[정해성|PER]]\n신청자: [[정미란|PER]] (모) / 생년월일 680913\n연락처: [[010-8271-3345|TEL]]\n동행: [[정해원|PER]] (동생), [[이수빈|PER]] (지인)\n차량: 34나 7781 / 운전자 면허번호 [[13-16-720418-35|DL]]\n면회일: 2024.07.13(토) 10:00",
    "[[해성|PER]]아 엄마야. 토요일에 면회 간다! 부대 앞 도착하면 [[010-8271-3345|TEL]]로 전화할게. [[해원|PER]]이도 같이 가고 [[수빈|PER]]이도 온대. 먹고 싶은 거 있으면 말해~ - 엄마",
    "군 면회 사전 등록 (외부인 출입)\n성명: [[이수빈|PER]] / 주민등록번호: [[990214-2633182|RRN]]\n휴대폰: [[010-4025-1186|TEL]]\n신분증: 운전면허증 [[서울 17-331920-62|DL]]\n관계: 지인 / 면회 대상 [[정해성|PER]] 일병",
    "접견 예약 확인\n수용자번호 2417 [[조민혁|PER]]\n접견 신청인: [[한소라|PER]] (관계: 배우자)\n주민등록번호: [[880319-2333554|RRN]]\n연락처: [[010-3019-7742|TEL]]\n접견일시: 2024-06-20 14:30 / 스마트접견\n※ 신분증 미지참 시 접견 불가",
    "변호인 접견 신청서\n신청 변호사: [[남궁윤|PER]] (대한변협 등록번호 21884)\n사무소: 법무법인 바른길 / 사업자번호 [[453-01-89128|BRN]]\n전화 [[02-535-7702|TEL]] / [[yoon.namgung@bareungil.example|MAIL]]\n피접견인: [[조민혁|PER]] (수용번호 2417)\n희망일시: 6/24 10:00",
    "[하이코리아 방문예약] 예약번호 R2406-55123\n성명: [[NGUYEN VAN MINH|PER]]\n외국인등록번호: [[621101-5058289|FRN]]\n여권번호: [[C8812045|PASS]]\n방문일: 2024-07-02 10:20 / 서울남부출입국 / 체류기간 연장\n연락처: [[010-5590-2281|TEL]]",
    "From: [[maria.santos@example.net|MAIL]]\nTo: [[visa-help@migrant-center.example.com|MAIL]]\nSubject: ARC renewal appointment\n\nHello, my name is [[Maria Santos|PER]]. My ARC number is [[900726-6766762|FRN]] and my passport is [[P4471208A|PASS]]. Could you book me for the Suwon office next week? My phone is [[010-7743-1128|TEL]].\n\nThanks,\n[[Maria|PER]]",
    "출입국 민원 대행 의뢰 목록 (행정사 사무소)\n| 의뢰인 | 국적 | 외국인등록번호 | 업무 |\n|---|---|---|---|\n| [[Ahmed Hassan|PER]] | 이집트 | [[981113-5200471|FRN]] | 체류자격 변경 |\n| [[Li Mei|PER]] ([[리메이|PER]]) | 중국 | [[930628-6415528|FRN]] | 재입국허가 |\n| [[Sanjar Tursunov|PER]] | 우즈베키스탄 | [[040327-7244554|FRN]] | 등록증 재발급 |\n담당 행정사 [[백지훈|PER]] [[010-3364-0917|TEL]]",
    "번역 의뢰서\n의뢰인: [[윤재경|PER]] 변호사 (법무법인 해솔)\n연락처: [[02-3477-5120|TEL]] / [[jk.yoon@haesol.example|MAIL]]\n내용: 중국어 판결문 12쪽 → 한국어, 공증 포함\n견적: 480,000원 (VAT 별도)\n담당 번역사: [[왕리|PER]] ([[王丽|PER]])",
    "통역사 등록 카드\nName: [[Elena Petrova|PER]] / [[엘레나 페트로바|PER]]\nLanguages: RU↔KO, EN↔KO\nMobile: [[010-4122-9087|TEL]] / Telegram [[+7 916 555 0142|TEL]]\nE-mail: [[e.petrova@mail.example|MAIL]]\n외국인등록번호: [[820115-6584404|FRN]]\n통번역비 입금: 신한 [[110-392-847126|ACC]]",
    "견적 요청드립니다.\n안녕하세요, 병원 진료 동행 베트남어 통역 가능하실까요? 7월 3일 오전 10시, 일산 쪽입니다. 통역 대상은 장모님 [[Pham Thi Hoa|PER]] 씨이고 저는 사위 [[김준호|PER]]입니다. 연락은 [[010-2964-3308|TEL]] 또는 [[junho.kim@example.com|MAIL]]로 부탁드립니다.",
    "번역 세금계산서 발행 정보\n공급자: 링구아브릿지 통번역 / 등록번호 [[411-68-46507|BRN]] / 대표 [[설지원|PER]]\n공급받는자: 법무법인 해솔 / 등록번호 [[146-69-47690|BRN]]\n담당: [[윤재경|PER]] / [[jk.yoon@haesol.example|MAIL]]\n공급가액 480,000원 / 세액 48,000원",
    "유치원 입학 대기 현황 (만 3세반)\n| 대기번호 | 원아명 | 보호자 | 연락처 |\n|---|---|---|---|\n| 1 | [[이서아|PER]] | [[이동훈|PER]] | [[010-2258-7014|TEL]] |\n| 2 | [[Kaito Tanaka|PER]] | [[Tanaka Yui|PER]] | [[010-6312-0987|TEL]] |\n| 3 | [[김로운|PER]] | [[최유리|PER]] | [[010-9046-3318|TEL]] |\n| 4 | [[박시우|PER]] | [[박상철|PER]] | [[010 4471 2092|TEL]] |",
    "[해님유치원] [[이서아|PER]] 어머님, 대기 1번 순서가 되어 입학 안내드립니다. 6/21까지 입학원서와 아동 주민등록번호([[210907-3115825|RRN]] 맞는지 확인 부탁드립니다)를 회신해 주세요. 문의 [[032-812-0471|TEL]]",
    "입학 원서\n원아: [[타나카 카이토|PER]] ([[Kaito Tanaka|PER]])\n외국인등록번호: [[210410-8281563|FRN]]\n보호자: [[Tanaka Yui|PER]] / 여권번호 [[TR4471902|PASS]]\n연락처: [[010-6312-0987|TEL]]\n희망반: 만 3세 해바라기반",
    "상담 기록지 (학교폭력 신고 상담)\n상담일: 2024-05-27 16:10\n내담자: [[강예린|PER]] (2학년 3반) / 보호자 [[강성우|PER]] [[010-3371-0426|TEL]]\n관련 학생: [[유태민|PER]], [[오지후|PER]] (2학년 5반)\n내용: 4월부터 단톡방에서 지속적인 따돌림 호소, 캡처본 14매 제출\n조치: 학교폭력 전담기구 회부 예정, 117 신고 안내\n상담교사: [[권나영|PER]]",
    "[위클래스] [[강성우|PER]] 아버님, 상담교사 [[권나영|PER]]입니다. 내일 16시 2차 상담 가능하신지요? 학교 상담실 직통 [[051-709-3342|TEL]]입니다.",
    "2024 가을 축제 플리마켓 부스 신청서\n상호: 달빛베이커리 / 사업자등록번호 [[552-20-76163|BRN]]\n대표자: [[홍수민|PER]]\n연락처: [[010-8812-0355|TEL]]\n이메일: [[moonbakery@example.com|MAIL]]\n판매품목: 수제 쿠키, 마들렌\n부스 희망 위치: A구역 / 전기 사용 2kW",
    "축제 부스 배정 결과\n| 부스 | 상호 | 대표 | 사업자번호 | 연락처 |\n|---|---|---|---|---|\n| A-3 | 달빛베이커리 | [[홍수민|PER]] | [[552-20-76163|BRN]] | [[010-8812-0355|TEL]] |\n| A-4 | 손뜨개방 | [[유경희|PER]] | [[4190313831|BRN]] | [[010-4477-1902|TEL]] |\n| B-1 | 제주감귤농원 | [[고태현|PER]] | [[429 11 24290|BRN]] | [[064-782-3315|TEL]] |\n※ 부스비 5만원은 6/30까지 납부",
    "푸드트럭 영업장소 사용허가 신청\n신청인: [[류경민|PER]] / 주민등록번호 [[830801-2531267|RRN]]\n차량번호 81수 2047 / 운전면허 [[부산 12-11-604517-38|DL]]\n영업신고번호 제2024-0031호\n사업자등록번호: [[296-12-30321|BRN]]\n전화: [[010-2671-9034|TEL]]\n허가구역: 시민공원 남문 광장, 2024.08.01~2024.10.31",
    "[푸드트럭 운영자 단톡]\n[[경민|PER]]: 내일 시청 행사 전기 끌어다 쓰는 거 되나요?\n[[태오|PER]]: 담당 주무관님이 된대요. 공원관리사무소 [[051-888-7704|TEL]] 로 미리 말하래요\n[[경민|PER]]: 감사해요 ㅎㅎ",
    "[농촌 일손돕기 매칭 결과]\n농가: 충남 예산 사과농장 ([[신병철|PER]] 농장주, [[041-335-2718|TEL]])\n참여자: [[양지수|PER]] ([[010-5520-1497|TEL]]), [[Brian Cole|PER]] ([[010-3398-6604|TEL]])\n일정: 9/14(토) 08:00~17:00, 적과 작업\n교통: 예산역 픽업 07:40",
    "계절근로자 배치 명단 (영농조합법인 예산들녘)\n법인 사업자번호: [[544-76-86221|BRN]]\n| 성명 | 외국인등록번호 | 숙소 |\n|---|---|---|\n| [[Dela Cruz, Jomar|PER]] | [[560625-5253624|FRN]] | 1동 |\n| [[Batbayar Enkh|PER]] | [[590723-6296211|FRN]] | 2동 |\n관리 책임자 [[신병철|PER]] [[010-6302-4471|TEL]]",
    "갯벌체험 예약 문자: 안녕하세요 어촌계입니다. [[남궁현|PER]]님 가족 4인 7/27(토) 물때 13:40 갯벌체험 예약 완료. 장화 대여 포함, 체험비 4인 80,000원 현장결제. 당일 연락 [[010-4419-7720|TEL]] (사무장 [[고영철|PER]])",
    "어촌체험마을 단체 예약서\n단체명: 초록초등학교 5학년\n인솔 교사: [[문하영|PER]] ([[010-8847-3029|TEL]])\n인원: 학생 62명, 교사 4명\n체험: 조개잡이, 통발체험\n계좌이체: 수협 [[1010-2284-7719|ACC]] (예금주 [[고영철|PER]])",
    "승선자 명부 (제3해성호, 낚시어선)\n출항: 2024-06-15 05:00 / 입항 예정 14:00\n| 번호 | 성명 | 생년월일 | 연락처 |\n|---|---|---|---|\n| 1 | [[조현우|PER]] | 1979.04.02 | [[010-7730-2241|TEL]] |\n| 2 | [[배상훈|PER]] | 1985.11.17 | [[010-2283-9106|TEL]] |\n| 3 | [[Michael Brandt|PER]] | 1990.02.08 | [[+49 151 2345 6789|TEL]] |\n선장: [[김말수|PER]] / 비상연락 [[061-552-7041|TEL]]",
    "여객선 승선권 (목포→제주, 2024.07.20 09:00)\n승객1: [[장은호|PER]] [[950708-1008516|RRN]] 좌석 2등 114\n승객2: [[송하연|PER]] [[841215-2148867|RRN]] 좌석 2등 115\n차량 선적: 27러 4410 (운전자 [[장은호|PER]], 면허 [[전남 16-481207-93|DL]])\n결제: [[3528-4482-9284-4667|CARD]]\n예약자 연락처 [[010-9187-2203|TEL]]",
    "[단체 발권 요청] 여행사 → 항공사\n단체명: 초록초등학교 교직원 연수 (5명)\n구간: ICN-NRT 8/5, NRT-ICN 8/8\n명단 (여권 영문명 / 여권번호 / 만료일):\n1. [[KIM MINJI|PER]] / [[M71204586|PASS]] / 2031-03-02\n2. [[PARK JIWOO|PER]] / [[M29918037|PASS]] / 2029-11-17\n3. [[LEE SANGHO|PER]] / [[m48210933|PASS]] / 2027-06-30\n4. [[CHOI EUNBI|PER]] / [[M102A4417|PASS]] / 2033-01-09\n5. [[MOON HAYOUNG|PER]] / [[M 5530 2718|PASS]] / 2030-08-21\n담당: 여행사 [[오승준|PER]] 과장 [[02-736-4418|TEL]]\n결제: 법인카드 [[4477-7639-0907-6373|CARD]]",
    "항공 단체 예약 변경 메일\nFrom: [[sj.oh@greentour.example.com|MAIL]]\nTo: [[groupdesk@airline.example.com|MAIL]]\n\n안녕하세요, PNR 6K2M9Q 단체건 관련입니다. 3번 [[LEE SANGHO|PER]]님 여권 재발급으로 번호가 [[M83920114|PASS]]로 변경되었습니다. 여행사 등록번호 [[256-79-35243|BRN]], 회신은 [[02-736-4418|TEL]] [[오승준|PER]] 앞으로 부탁드립니다.",
    "CRUISE MANIFEST — MS Aurora Pacific, Busan embarkation 2024-09-02\nCabin 7121: [[HWANG, JIYEON|PER]] / KOR / Passport [[M55012873|PASS]] / Tel [[+82 10 8841 2207|TEL]]\nCabin 7121: [[HWANG, TAEKYUN|PER]] / KOR / Passport [[M60217745|PASS]]\nCabin 8004: [[MILLER, ROBERT J.|PER]] / USA / Passport [[568301947|PASS]] / Tel [[+1 (503) 555-0172|TEL]]\nCabin 8004: [[MILLER, ANNE|PER]] / USA / Passport [[568301952|PASS]]\nEmergency contact for 8004: [[Sarah Miller|PER]], [[sarah.miller@example.com|MAIL]]",
    "Onboard account setup\nGuest: [[Jiyeon Hwang|PER]] (Cabin 7121)\nCard on file: [[3789 287293 23994|CARD]] (exp 11/27)\nFolio e-mail: [[jiyeon.hwang@example.co.kr|MAIL]]\nShore excursion: Nagasaki city walk, 2 pax, ref EXC-2209-118",
    "ICKL 2024 Registration Confirmation\n\nDear Dr. [[Hyejin Cho|PER]],\n\nThank you for registering for the International Conference on Korean Linguistics (Registration ID ICKL24-0318). Your invoice has been sent to [[h.cho@univ.example.ac.kr|MAIL]]. Your card ending 4471 was charged USD 350.00 (auth 882019). For visa letters contact [[visa@ickl.example.org|MAIL]].\n\nRegards,\n[[Daniel Weber|PER]], Registration Chair",
    "국제학술대회 해외 발표자 초청장 발급 정보\n성명: [[Rahul Mehta|PER]] / 소속: Indian Institute of Science\n여권번호: [[Z4417290|PASS]] (India)\n생년월일: 1984-02-11\n연락처: [[+91 98200 41173|TEL]] / [[rahul.mehta@example.org|MAIL]]\n국내 초청 책임자: [[서민경|PER]] 교수 ([[010-5578-3021|TEL]])",
    "학술대회 현장등록 명단 (일부)\n| 성명 | 소속 | 이메일 | 등록비 |\n|---|---|---|---|\n| [[안소희|PER]] | 한국대 | [[sohee.ahn@example.ac.kr|MAIL]] | 카드 [[5556-6955-1647-6516|CARD]] |\n| [[Lukas Meyer|PER]] | TU Berlin | [[l.meyer@example.net|MAIL]] | 현금 |\n| [[정하은|PER]] | 미래연구원 | [[haeun@futurelab.example|MAIL]] | 계좌이체 |",
    "# CONTRIBUTORS\n\nThanks to everyone who helped. Reach maintainers below for security or licensing questions.\n\n- [[Seo Jiwon|PER]] <[[jiwon.seo@example.com|MAIL]]> — tokenizer, CI\n- [[Marek Nowak|PER]] <[[marek@nowak.example|MAIL]]> — docs, Polish locale\n- [[정다운|PER]] (@dawoon) <[[dawoon.jung@example.org|MAIL]]> — 형태소 사전\n\nSecurity contact: [[security@hangul-nlp.example|MAIL]]",
    "Hi [[Marek|PER]],\n\nI'm [[Yuna Park|PER]], maintaining the kor-spell fork. Before we can merge PR #412 could you sign the CLA? Reply to [[yuna.park@example.net|MAIL]] or ping me on Signal at [[+82 10-2750-6613|TEL]].\n\nBest,\n[[Yuna|PER]]",
    "기일입찰표\n사건번호: 2023타경10472\n입찰자 성명: [[문성호|PER]] / 주민등록번호: [[630815-1960610|RRN]]\n전화번호: [[031-204-7781|TEL]]\n대리인: [[김현정|PER]] (법무사) / 전화 [[031-211-0045|TEL]]\n입찰가격: 427,500,000원 / 보증금액 38,200,000원",
    "보증금 반환 계좌 신고서: 사건 2023타경10472, 입찰자 [[문성호|PER]], 반환계좌 농협 [[301-0247-8815-21|ACC]]. 공동입찰자 [[문지영|PER]] (주민등록번호 [[950902-2817368|RRN]]) 지분 1/2. 문의는 경매계 031-210-1114 (법원 안내번호).",
    "[중고거래] 영창 업라이트 피아노 U-121 팝니다\n2008년식, 조율 작년 12월, 120만원 (운반비 별도)\n직거래 우선, 서울 노원구\n연락: [[010-6633-2184|TEL]] ([[수정|PER]])\n입금은 거래 확정 후 우리 [[1002-551-038277|ACC]] [[한수정|PER]]",
    "피아노 운반 기사 배정 안내\n기사: [[오재석|PER]] ([[010-9941-3052|TEL]]) / 5톤 윙바디 / 면허 [[11-19-778203-55|DL]]\n도착 예정: 6/22 10시\n고객: [[이경아|PER]]님 [[010-2273-6018|TEL]]\n운반업체: 소리이사 (사업자 [[125-07-17172|BRN]])",
    "[가구 조립 서비스] 기사 배정 완료\n주문번호: 2024061188421\n고객명: [[Jessica Lim|PER]]\n방문일: 6/15(토) 오전\n담당 기사: [[탁준영|PER]] 기사님 [[0507-1420-8835|TEL]] (안심번호)\n조립품목: 옷장 3도어, 서랍장 1",
    "가구 조립 기사 협력사 등록\n업체명: 바른조립 / 사업자등록번호: [[561-36-63362|BRN]]\n대표: [[탁준영|PER]] / 휴대폰 [[010-3381-0942|TEL]]\n차량 운전자 면허: [[인천 23-14-095520-17|DL]]\n정산계좌: 케이뱅크 [[100-148-552019|ACC]]",
    "정수기 렌털 계약 정보\n고객명: [[배은정|PER]] / 주민등록번호 [[841215-2148867|RRN]]\n자동이체 카드: [[9410 1795 9003 0794|CARD]]\n점검 담당 코디: [[안지현|PER]] [[010-3846-2271|TEL]]\n다음 점검일 2024-08-12 / 모델 WP-520C / 렌털료 월 29,900원",
    "[Web발신] [[배은정|PER]] 고객님, 코디 [[안지현|PER]]입니다. 내일 14시 정수기 필터 교체 방문 예정입니다. 시간 변경은 [[010-3846-2271|TEL]] 로 연락 주세요.",
    "정수기 렌털 법인 계약 (사무실용 6대)\n계약사: 주식회사 온누리회계 ([[650-91-77883|BRN]])\n담당: [[피승현|PER]] 주임 / [[02-2138-4406|TEL]] / [[shpi@onnuri.example.co.kr|MAIL]]\n결제: 계좌이체 국민 [[837-25-0049-318|ACC]]",
    "한강타워 보안 근무표 (6월 3주)\n| 근무조 | 성명 | 연락처 | 비고 |\n|---|---|---|---|\n| A(주간) | [[김성철|PER]] 반장 | [[010-4410-6677|TEL]] | |\n| A(주간) | [[Olumide Adeyemi|PER]] | [[010-2830-4491|TEL]] | |\n| B(야간) | [[이광호|PER]] | [[010.9127.3304|TEL]] | 순찰 |\n| B(야간) | [[정태웅|PER]] | [[010 5518 3920|TEL]] | 신입 |\n방재실 직통: [[02-6203-1199|TEL]]",
    "경비원 신규 배치 신고 서류\n경비업체: (주)세이프가드 / 사업자등록번호 [[223-36-95341|BRN]]\n경비원: [[정태웅|PER]] / 주민등록번호 [[780419-1466055|RRN]]\n신임교육 이수번호: 제2024-서울-0881호\n배치일: 2024-06-17 / 근무지: 한강타워\n업체 연락처: [[02-3665-7120|TEL]]",
    "상담이력 #CS-240611-00419\n고객: [[한지윤|PER]] (회원번호 7730 1124 9902)\n인입번호: [[010-7745-0321|TEL]]\n상담유형: 요금 이의제기\n상담내용: 5월 청구서 부가서비스 4,400원 미신청 주장 → 환불 처리\n콜백 요청 번호: [[02-2088-4417|TEL]] (직장)\n상담사: [[윤슬기|PER]] (사번 C20418)",
    "[콜센터 상담 메모]\n고객 [[Ivan Sokolov|PER]]님 (외국인등록번호 [[680222-5409134|FRN]]) 요금제 변경 요청. 한국어 서툴러 영어 상담 진행. 자동이체 카드 [[5197 2494 0607 6013|CARD]] 로 변경. 재연락 [[010-3317-5208|TEL]], 통화 가능 시간 18시 이후. 상담사 [[Chloe|PER]] (영어전담)",
    "상담 품질 평가 대상 콜 목록\n| 콜ID | 상담사 | 고객번호 | 점수 |\n|---|---|---|---|\n| C-0612-0031 | [[윤슬기|PER]] | [[010-7745-0321|TEL]] | 92 |\n| C-0612-0047 | [[마동희|PER]] | [[0505-318-2207|TEL]] | 85 |\n| C-0612-0102 | [[Chloe Bennett|PER]] | [[010-3317-5208|TEL]] | 97 |\n위탁사: 스마일콜 (사업자 [[616-14-46069|BRN]])",
    "대출 상담 신청 내역\n성명: [[구본석|PER]]\n주민등록번호: [[760109-1621598|RRN]]\n직장: (주)대성정밀 / 사업자번호 [[623-45-03330|BRN]]\n연소득: 5,800만원 / 희망금액: 1억 2천만원 (전세자금)\n연락처: [[010-9032-1184|TEL]]\n급여계좌: 국민 [[123401-04-557812|ACC]]\n본인확인: 운전면허증 [[대구 22-05-117348-82|DL]]",
    "보낸사람: 여신상담팀 <[[loan.desk@bank.example.com|MAIL]]>\n받는사람: [[bonsuk.koo@example.com|MAIL]]\n제목: 전세자금대출 서류 안내\n\n[[구본석|PER]] 고객님, 재직증명서와 임대차계약서 사본을 회신 부탁드립니다. 심사 접수번호는 LN-2406-33187입니다.\n담당: [[채연주|PER]] 대리 (직통 [[02-3702-5571|TEL]])",
    "외국인 신용대출 상담 기록\n고객: [[Rosa Delgado|PER]] ([[로사 델가도|PER]])\n외국인등록번호 [[850722-6073957|FRN]] / 체류자격 E-7\n여권 [[XDA881204|PASS]]\n재직: 글로벌테크코리아 ([[400-56-20993|BRN]])\n휴대폰 [[010-2291-4086|TEL]]\n결과: 한도 부족으로 보류, 3개월 후 재상담",
    "카드 분실 신고 접수\n신고인: [[Kim Do-yeon|PER]]\n카드번호: [[5466-8879-3324-8110|CARD]]\n분실일시: 2024-06-09 22시경 (이태원역 인근)\n연락처: [[010-2906-7741|TEL]]\n본인확인: 주민등록번호 [[990214-2633182|RRN]]\n접수번호: LS24060900173 / 상담 1588-8100",
    "[[도연|PER]]: 언니 나 지갑 잃어버렸어 ㅠㅠ 카드 정지 어떻게 해?\n[[수빈|PER]]: 앱에서 분실신고 누르면 돼. 안되면 카드사 전화해\n[[도연|PER]]: 했어, 카드번호 [[5466 8879 3324 8110|CARD]] 이거 맞지? 캡쳐 보냄\n[[수빈|PER]]: ㅇㅇ 재발급 주소 우리집으로 해 ㅋㅋ",
    "도난 카드 부정사용 이의신청서\n신청인: [[하승우|PER]] / 연락처 [[010-7302-1164|TEL]]\n카드번호: [[4918807819170094|CARD]]\n부정사용 내역: 2024-06-10 03:12 해외 온라인 USD 412.00 (승인번호 441027)\n2024-06-10 03:15 해외 온라인 USD 97.50 (승인번호 441088)\n신청일: 2024-06-11",
    "[증권] [[허윤호|PER]]님 비대면 계좌개설이 완료되었습니다.\n종합매매 계좌번호: [[56012874-01|ACC]]\n연결 은행계좌: 카카오뱅크 [[3333-12-4470918|ACC]]\n신분증 진위확인: 운전면허 [[26-18-402281-60|DL]]\n문의는 고객센터로 연락 바랍니다.",
    "증권계좌 개설 신청 (미성년자, 법정대리인 방문)\n자녀: [[오하린|PER]] / 주민등록번호 [[200315-4182730|RRN]]\n법정대리인: [[오준택|PER]] / [[681019-1922706|RRN]]\n연락처 [[010-5124-9930|TEL]]\n이메일 [[jt.oh@example.com|MAIL]]",
    "새로운 로그인 알림\n[[jiho.shin@example.com|MAIL]] 계정에 새 기기에서 로그인했습니다.\n시간: 2024-06-12 03:14 (KST)\n위치: 서울, 대한민국 (추정)\nIP 주소: [[203.0.113.47|IP]]\n기기: Chrome 125 on Windows 11\n본인이 아니라면 즉시 비밀번호를 변경하세요.",
    "Hi [[Minseo|PER]], we noticed a sign-in to your account from a new device.\nIP: [[198.51.100.23|IP]] (Busan, KR)\nTime: Jun 12, 2024 11:02 PM\nIf this was you, no action is needed. Reference: SEC-77120-KX",
    "[보안 알림] [[최가은|PER]]님, 해외 IP([[2001:db8:85a3::8a2e:370:7334|IP]])에서 로그인 시도가 차단되었습니다. 본인이 아니면 비밀번호를 변경하세요. 등록된 휴대폰 010-****-2271",
    "[VPN 접속 승인 요청]\n요청자: 개발2팀 [[최준혁|PER]] 선임 (사번 20190417)\n접속 IP: [[192.0.2.118|IP]] (재택)\n할당 내부 IP: [[10.20.4.77|IP]]\n사유: 야간 배포 대응 (릴리스 v3.8.2)\n승인자: [[도건우|PER]] 팀장\n요청자 연락처: [[010-4127-3390|TEL]]",
    "2024-06-14T22:41:03+09:00 vpn-gw01 auth: user=hs.kwon src=[[198.51.100.77|IP]] assigned=[[172.16.8.45|IP]] result=ACCEPT mfa=push\n2024-06-14T22:41:09+09:00 vpn-gw01 session: user=hs.kwon bytes_in=0 build=4.2.1-r7",
    "Subject: VPN access request — contractor\nFrom: [[it-helpdesk@orbit.example.com|MAIL]]\n\nPlease approve temporary VPN access for [[Ananya Rao|PER]] ([[ananya.rao@vendor.example.net|MAIL]]). Source address: [[203.0.113.150|IP]]. Valid until 2024-07-31. Requested by [[James Park|PER]], ext. 4417.",
    "원격지원 세션 기록\n세션 ID: RS-88104-2291\n고객: [[남기현|PER]] ([[010-6627-4803|TEL]]) / (주)미래회계 [[02-868-3041|TEL]]\n고객 PC IP: [[203.0.113.201|IP]]\n지원자 PC: [[192.168.10.24|IP]]\n작업: 회계프로그램 v12.4.0 재설치, 프린터 드라이버 갱신\n엔지니어: [[심재민|PER]]\n시작 14:05 종료 14:52",
    "Remote support session log\nAgent: [[Carlos Mendes|PER]] <[[c.mendes@support.example.com|MAIL]]>\nClient host: FIN-LAPTOP-07, address [[2001:db8:4a1c::1f|IP]]\nRelay: [[2001:0db8:0000:0000:0000:ff00:0042:8329|IP]]\nDuration 00:37:12, ticket INC0041827",
    "관리자 로그인 이력 (최근 3건)\n| 일시 | 계정 | IP | 결과 |\n|---|---|---|---|\n| 06-14 09:02 | admin_hj | [[10.0.3.15|IP]] | 성공 |\n| 06-14 02:47 | admin_hj | [[198.51.100.190|IP]] | 실패 |\n| 06-13 18:20 | [[yoonhj@example.co.kr|MAIL]] | [[192.168.0.31|IP]] | 성공 |\n담당: [[윤혜진|PER]] [[010-3308-1952|TEL]]",
    "방범 CCTV 설치 완료 보고서\n고객: 세븐마트 신림점 ([[162-01-69610|BRN]]), 점주 [[구자영|PER]] [[010-8840-2315|TEL]]\nNVR 내부 IP: [[192.168.1.108|IP]] / 외부 접속: [[203.0.113.88|IP]]:8000\n카메라 8채널, 보관 30일\n설치기사: [[엄태식|PER]]",
    "원격 지원 요청합니다. 어머니([[박영자|PER]]) 컴퓨터가 이상해서요. 팀뷰어 ID는 1 284 557 903이고, 공유기 화면에 IP가 [[192.168.0.5|IP]]라고 나와요. 제 번호로 연락 주세요 [[010-4481-2290|TEL]] - [[이상진|PER]] 드림",
    "창고 출입 차량 등록 (셀프스토리지 24시)\n| 호실 | 이용자 | 차량 | 운전면허번호 |\n|---|---|---|---|\n| B-12 | [[탁소연|PER]] | 48루 2209 | [[서울 15-224819-37|DL]] |\n| B-15 | [[Owen Price|PER]] | 152허 3318 | [[13-21-004417-92|DL]] |\n| C-02 | [[마은결|PER]] | 29오 7741 | [[131708815260|DL]] |\n이용자 연락처는 관리 앱에 등록 (비상 [[070-4417-2290|TEL]])",
    "[대리운전 기사 정산 내역]\n기사: [[Sultanov Rustam|PER]] / 외국인등록번호 [[630417-6945944|FRN]] / 면허 [[경남 20-13-771025-04|DL]]\n6월 1주 운행 38건, 수수료 차감 후 812,400원\n입금: 새마을금고 [[9002-1837-5542-1|ACC]]",
    "요가원 결제 영수증 재발행 요청\n회원: [[Hannah Becker|PER]] / [[hannah.becker@example.org|MAIL]]\n결제일: 2024-05-30 / 금액 330,000원 / 카드 [[5336 3700 5823 7943|CARD]]\n승인번호 51820047 / 가맹점번호 00917728411\n회원 연락처 [[+82 10 2285 7714|TEL]]",
    "공방 클래스 단체 결제\n기업 워크숍: (주)한결디자인 12명 (사업자 [[492-03-52407|BRN]])\n담당 [[선우진|PER]] 매니저 [[010-5561-8803|TEL]]\n결제카드 [[5421-7315-7205-6422|CARD]] (법인)\n일정: 7/19(금) 15:00 캔들 만들기",
    "헌혈 기념품 배송 정보 / 수령인 [[윤서영|PER]] / 연락처 [[０１０－２２８４－７７１３|TEL]] / 주소 인천 연수구 송도동",
    "마라톤 해외 참가자 숙박 연계 신청\nRunner: [[Keiko Sato|PER]] ([[사토 케이코|PER]])\nPassport: [[TK4082217|PASS]]\nMobile: [[+81 90-4417-2280|TEL]]\nCard: [[3566 9379 7748 2226|CARD]]\nHotel: 2 nights from 10/4",
    "교도소 접견 대기 명단 (6/21 오후)\n14:00 [[구미선|PER]] ([[010-7719-4402|TEL]]) → 수용자 [[박건우|PER]]\n14:30 [[Andrei Popescu|PER]] (외국인등록 [[610206-6417546|FRN]]) → 수용자 [[Ion Vasile|PER]]\n15:00 [[정예나|PER]] ([[010-2210-5593|TEL]]) → 수용자 [[정민석|PER]]\n※ 대기번호 순 입장, 신분증 지참",
    "출입국사무소 동행 예약 (외국인노동자지원센터)\n| 이름 | 외국인등록번호 | 여권 | 예약시간 |\n|---|---|---|---|\n| [[Kumar Thapa|PER]] | [[590803-6342399|FRN]] | [[PA0981274|PASS]] | 09:40 |\n| [[Sok Dara|PER]] | [[070210-8651097|FRN]] | [[N01724488|PASS]] | 10:00 |\n| [[Htet Aung|PER]] | [[520711-6374913|FRN]] | [[MC448172|PASS]] | 10:20 |\n동행 활동가 [[한가람|PER]] [[010-6640-3318|TEL]]",
    "통역 의뢰 확정 메일\nFrom: [[booking@lingua-bridge.example|MAIL]]\nTo: [[hr@samhwa-steel.example.co.kr|MAIL]]\n\n삼화철강 인사팀 [[곽민지|PER]] 님, 7/8 노사 간담회 우즈베크어 통역사로 [[Dilnoza Yusupova|PER]] 통역사가 배정되었습니다. 현장 연락처 [[010-8231-0075|TEL]]. 청구 카드 [[4039-0598-7137-1137|CARD]]로 결제 예정입니다.",
    "유치원 통학버스 운전원 서류\n성명: [[채규식|PER]] / 주민등록번호 [[580805-1542149|RRN]]\n운전면허: 1종 대형 [[충북 15-92-118402-66|DL]]\n어린이통학버스 안전교육 이수 2024-03-12\n연락처 [[043-264-1180|TEL]] / [[010 9120 4427|TEL]]",
    "[선박 승선 신고] 어선 동진호 선원 명부\n선주: [[김진복|PER]] (사업자 [[161-64-53686|BRN]])\n선원: [[Agus Santoso|PER]] (외국인등록번호 [[630128-6667642|FRN]]), [[Budi Hartono|PER]] (외국인등록번호 [[881103-5412063|FRN]])\n출항 신고 2024-06-18 04:30, 입항 예정 06-20",
    "크루즈 승선 사전등록 (한국어 안내)\n대표자: [[백승희|PER]] / 여권 [[M92207841|PASS]]\n동반자: [[백도하|PER]] / 여권 [[M38817206|PASS]]\n연락처 [[+82-10-5527-3380|TEL]]\n선내 결제 등록 카드: [[4753 5214 7543 3138|CARD]]",
    "Conference badge pickup list (Hall B)\n- [[Yusuf Demir|PER]] — [[yusuf.demir@example.com|MAIL]] — Passport [[U27418805|PASS]] — paid by card [[4340 7375 1184 4969|CARD]]\n- [[Nadia Haddad|PER]] — [[n.haddad@example.net|MAIL]] — paid by transfer\n- [[권도윤|PER]] — [[doyun.kwon@example.ac.kr|MAIL]] — invited speaker",
    "게임 계정 보호조치 안내\n[[kimjh92@example.com|MAIL]] 님의 계정이 비정상 접속으로 보호조치되었습니다.\n접속 IP: [[203.0.113.9|IP]], [[198.51.100.212|IP]]\n발생 시각: 2024-06-15 04:11:52\n해제 문의는 고객센터 1:1 문의로 접수해 주세요.",
    "방화벽 예외 등록 요청서\n요청 부서: 재무팀 / 요청자 [[한결|PER]] 대리 ([[010-2971-6618|TEL]])\n출발지: [[10.40.12.17|IP]]\n목적지: [[192.0.2.44|IP]] (외부 ERP)\n포트: TCP 443\n기간: 2024-06-20 ~ 2024-12-31\n승인: 정보보안팀 [[오수현|PER]]",
    "원격 지원 연결 정보\n고객명: [[노영란|PER]] 원장님 (열린치과, 사업자 [[623-08-60618|BRN]])\n병원 전화 [[02-3144-0275|TEL]]\n접속 대상 PC: 데스크-02 ([[172.30.1.21|IP]])\n공인 IP: [[198.51.100.4|IP]]\n작업: 전자차트 DB 백업 경로 재설정",
    "주차장 정기권 결제 변경\n[[Park Sung-min|PER]] 님 요청으로 결제카드가 [[6266 6856 8289 2686|CARD]] (은련)로 변경되었습니다. 변경 확인 문자는 [[010-6617-2094|TEL]] 로 발송됨.",
    "전기차 충전 요금 환불 신청\n회원: [[공지훈|PER]]\n환불계좌: 부산은행 [[101-2034-5587-01|ACC]]\n결제 카드: [[4279 2043 6178 2703|CARD]] (승인 취소 불가 건)\n연락: [[jihoon.gong@example.com|MAIL]]",
    "[Web발신] 농촌일손돕기 참여 확정: [[표은서|PER]]님, 6/29(토) 충북 괴산 옥수수 수확. 집결 07:30 괴산터미널. 농장주 [[010.5214.8830|TEL]]",
    "마라톤 완주 기록증 재발급 요청합니다. 이름 [[진선우|PER]], 배번 41183, 휴대폰 [[+82 10 4018 2276|TEL]], 이메일 [[swjin@example.com|MAIL]]. 기록증 이름 영문은 JIN SEONWOO로 해주세요.",
    "보안요원 출입카드 발급 대장\n| 발급일 | 성명 | 면허/신분 | 비고 |\n|---|---|---|---|\n| 06-03 | [[Olumide Adeyemi|PER]] | 외국인등록 [[911009-6233187|FRN]] | |\n| 06-05 | [[이광호|PER]] | 운전면허 [[경북 19-04-551832-70|DL]] | 차량 출입 |",
    "헌혈 예약 변경 (단체) 담당자 메일: [[blood-drive@hanil.example.co.kr|MAIL]] / 담당 [[최보람|PER]] / [[055-282-4430|TEL]]. 7/3 → 7/10 변경 요청. 참여 예상 인원 54명.",
]

NEGATIVES = [
    "[스포츠] 손흥민, 시즌 17호골… 토트넘 3-1 승리. 손흥민은 후반 12분 왼발 슛으로 골망을 흔들었고, 평점 8.4를 받았다. 관중 61,772명.",
    "프로야구 6월 14일 결과: LG 7-4 두산, KIA 3-2 삼성(연장 11회), SSG 5-5 롯데(12회 무승부). 김도영은 4타수 2안타 1홈런, 시즌 타율 0.341.",
    "윤석열 대통령은 14일 국무회의에서 저출생 대책을 논의했다. 한덕수 국무총리와 관계 부처 장관들이 참석했으며, 회의는 오전 10시부터 1시간 40분간 이어졌다.",
    "배우 송강호가 주연한 영화가 개봉 첫 주 관객 112만 명을 동원했다. 배급사는 14일 '누적 매출액 108억 원을 기록했다'고 밝혔다.",
    "[마라톤] 2024 서울마라톤 남자부 우승은 케냐의 제이슨 키프로노(2:05:27)가 차지했다. 국내 남자부 1위는 오주한(2:11:42). 참가자 총 38,000명.",
    "소설 『파도의 끝』 7장 중에서 — 민서는 창고 문을 열고 오래된 피아노 앞에 앉았다. 할머니가 치던 곡이 손끝에서 흘러나오자, 준혁은 말없이 창밖만 바라보았다.",
    "[작성 예시] 성명: 홍길동 / 주민등록번호: 900101-1****** / 연락처: 010-0000-0000 / 이메일: hong@example.com ※ 예시를 참고하여 실제 정보를 기입하십시오.",
    "신청서 양식\n성명: ____________\n생년월일: ____년 __월 __일\n휴대전화: 010-XXXX-XXXX\n계좌번호: (은행명) ___-____-____\n사업자등록번호: ___-__-_____",
    "헌혈 예약 및 문의: 대한적십자사 혈액관리본부 1600-3705 (평일 09:00~18:00). 헌혈 가능 연령 만 16~69세, 체중 남 50kg·여 45kg 이상.",
    "카드 분실 신고는 24시간 접수됩니다. 고객센터 1588-8900 / 해외 +82-2-1588-8900 (유료). ARS 1번 → 2번 선택 후 본인 인증을 진행하세요.",
    "Release notes v3.8.2 (2024-06-14)\n- Fix: VPN client reconnect loop on build 4.2.1-r7\n- Bump openssl to 3.0.13\n- Known issue #4412: IPv6 fallback disabled by default\nChecksum sha256: 9f2c1e…a41b",
    "[주문 완료] 주문번호 2024061511847302 / 상품: 요가매트 6mm 퍼플 (SKU YM-06-PR-183) 1개 / 결제금액 29,800원 / 배송 예정 6/18(화). 운송장 번호는 출고 후 안내됩니다.",
    "배송 조회: CJ대한통운 운송장 6891 2274 4102 / 현재 위치: 곤지암 Hub / 2024-06-15 03:22 간선상차. 문의 1588-1255.",
    "카드 승인 안내: 승인번호 30018842 / 일시 06/14 19:42 / 금액 54,000원 / 가맹점 한강러닝샵 / 카드 5117-****-****-8862 / 누적 1,284,300원",
    "전기차 충전기 현황 (6월 기준): 급속 3,482기, 완속 21,907기. 충전기 ID 체계 CP-0417-B 중 앞 4자리는 시군구 코드, 뒤 1자리는 설치 순서를 뜻한다.",
    "통계청에 따르면 2024년 5월 고용률은 63.5%로 전년 동월 대비 0.2%p 상승했다. 15~29세 청년층 고용률은 46.1%, 실업률은 2.8%를 기록했다.",
    "된장찌개 레시피: 멸치육수 500ml, 된장 2큰술, 애호박 1/3개, 두부 반 모, 청양고추 1개. 센 불에서 5분, 중불로 줄여 10분 끓인다. 2~3인분.",
    "[공지] 요가원 6월 휴무 안내: 6/6(목) 현충일 휴무, 6/15(토) 정상 운영. 수업 시간표 변경 문의는 카운터로 부탁드립니다. 회원님들 늘 감사합니다 🙏",
    "서버 로그 2024-06-14 03:12:55 INFO worker-7 job=reindex batch=20240614-0312 processed=48213 elapsed=00:04:17 version=12.4.0",
    "인터뷰 — 요리연구가 백종원은 '푸드트럭 창업은 메뉴를 세 개 이하로 줄이는 것이 핵심'이라고 말했다. 그는 지역 축제 상권 분석의 중요성도 강조했다.",
    "[블로그] 예산 사과농장 일손돕기 후기 🍎 아침 7시 반 역 앞 집합, 사장님이 직접 픽업해 주셨다. 점심은 국수! 다음 달에 친구들이랑 또 가기로 했다.",
    "갯벌체험 안내: 물때표 7/27(토) 간조 13:40 (조위 48cm). 체험 시간 12:30~15:30. 준비물: 장화, 모자, 여벌옷. 체험비 성인 20,000원 / 어린이 15,000원.",
    "Cruise itinerary: Day 1 Busan 18:00 depart → Day 2 Nagasaki 08:00–17:00 → Day 3 at sea → Day 4 Busan 07:00. Deck 7 cabins 7101–7148, Deck 8 cabins 8001–8052.",
    "국제학술대회 일정: 6/27(목) 09:30 개회식, 10:00 기조강연 (Noam Chomsky 영상 강연), 13:00 세션 A~D 병행. 등록 마감 6/20 23:59 (KST).",
    "MIT License\n\nCopyright (c) 2024 hangul-nlp contributors\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software...",
    "경매 통계: 2024년 5월 전국 아파트 경매 진행 2,913건, 낙찰률 41.2%, 낙찰가율 85.7%. 사건번호 2023타경10472 등 수도권 물건 평균 응찰자 수 7.1명.",
    "중고 피아노 시세 (2024 상반기): 영창 U-121 80~130만원, 삼익 SU-118 70~110만원, 야마하 U3 250~400만원. 조율 비용 회당 10~15만원.",
    "가구 조립 설명서 STEP 3: 측판(B) 2개를 하판(D)에 M6×30 볼트 8개로 고정하세요. 부품 코드 WR-3D-2210-B. 조립 예상 시간 90분, 2인 작업 권장.",
    "정수기 필터 교체 주기: 세디먼트 4개월, 프리카본 6개월, UF멤브레인 24개월. 모델 WP-520C 권장 수질 TDS 30~80ppm.",
    "경비원 근무 수칙 3조: 근무 교대 시 순찰 일지(양식 SG-07)를 인계하고, 방재 설비 점검 결과를 00:00, 03:00, 06:00에 기록한다.",
    "콜센터 운영 현황: 6월 2주 인입 콜 41,228건, 응대율 92.4%, 평균 통화시간 3분 48초, 재문의율 8.7%. 상담사 186명 근무.",
    "금리 안내 (2024.06.14 기준): 전세자금대출 연 3.62~5.11%, 신용대출 연 4.87~8.90%. 중도상환수수료 1.2%. 상품코드 LN-JS-2406.",
    "[보안 공지] 최근 '카드 분실 신고 접수' 문자를 사칭한 스미싱이 늘고 있습니다. 문자 속 링크를 누르지 말고 공식 번호 1588-1688로 확인하세요.",
    "증권 시황: 코스피 2,758.42 (+0.63%), 코스닥 861.17 (-0.21%). 외국인 순매수 4,218억 원. 삼성전자 종가 79,600원.",
    "IP 주소 설정 가이드: 공유기 관리 페이지(기본 게이트웨이) 접속 → DHCP 범위를 .100~.200으로 지정 → 고정 할당은 MAC 주소 기준으로 등록하세요. 서브넷 마스크 255.255.255.0.",
    "Status page: API latency p95 212ms, p99 480ms. Incident INC0041827 resolved at 14:52 UTC. Affected versions 4.2.0–4.2.1. Uptime 99.982% (30 days).",
    "원격지원 프로그램 설치 안내: 1) 홈페이지에서 설치파일 다운로드 2) 화면에 뜨는 9자리 접속번호를 상담원에게 알려주세요 3) 상담 종료 후 자동 삭제됩니다.",
    "군 면회 안내: 면회는 주말·공휴일 09:00~16:00. 사전 신청 필수. 반입 금지 물품: 주류, 흡연물품. 부대 위치 및 면회 신청은 국방부 홈페이지 참고.",
    "교정시설 접견 안내: 일반접견 1일 1회 10분, 스마트접견 월 4회. 예약은 법무부 교정본부 누리집에서 접견일 전일 16시까지 가능합니다.",
    "출입국·외국인청 방문 예약 시 유의사항: 예약번호(R로 시작 10자리)를 지참하고, 예약시간 10분 전까지 도착하세요. 외국인종합안내센터 1345 (다국어 상담).",
    "통번역 요금표: 영어 A4 1장 25,000원, 중국어 28,000원, 베트남어 32,000원. 공증 추가 50,000원. 긴급(24시간 내) 50% 할증.",
    "유치원 입학 관리 시스템 '처음학교로' 일정: 일반모집 접수 11/28~12/1, 결과 발표 12/6 10:00. 대기 순번은 매일 09:00 갱신됩니다.",
    "학교폭력 신고 및 상담: 117 (24시간), 문자 #0117. 위(Wee)센터 등 상담기관 안내는 교육청 누리집에서 확인하세요.",
    "2024 가을 축제 부스 운영 규정: 부스 크기 3m×3m, 전기 최대 2kW, 취사 시 소화기 1대 비치 필수. 부스 번호 A-1~A-20, B-1~B-15.",
    "[연재소설] 갯마을 사람들 12화 — 고영철 노인은 새벽 네 시에 배를 띄웠다. 옆집 남궁현은 그물을 손질하며 '올해는 전어가 늦네' 하고 중얼거렸다.",
    "항공편 운항 정보: KE703 ICN 09:00 → NRT 11:25 (B777-300ER), 게이트 27. 단체 PNR 6K2M9Q 총 5석, 좌석 34A~34E 배정 완료.",
    "선박 운항 정보: 목포→제주 퀸제누비아호 09:00 출항, 소요 4시간 30분. 차량 선적 마감 08:00. 여객 정원 1,284명, 차량 480대.",
    "수련회 일정표: 1일차 14:00 도착·개회예배, 18:00 저녁, 19:30 찬양집회 / 2일차 07:00 QT, 10:00 조별활동 / 3일차 11:00 폐회. 준비물: 성경, 세면도구.",
    "요즘 러닝크루 얘기 — 새벽 5시 반 한강에서 10km 달리고 출근하는 사람이 꽤 많다. 페이스는 대부분 5분 30초대. 나도 다음 달엔 하프에 도전해 볼 생각이다.",
    "제품 시리얼: SN 4471-2092-8833-1045 / 보증기간 2026-06-14 / 모델 EV-CHG-7KW / 펌웨어 2.3.14. 시리얼 번호는 제품 하단 라벨 참고.",
    "마스킹된 회원 정보: 성명 김**, 휴대폰 010-****-7714, 이메일 ye***@example.com, 주민번호 950902-2******, 카드 4477-****-****-6373",
    "계좌 예시 형식: 은행별 계좌번호 자릿수는 국민 14자리, 신한 12자리, 우리 13자리, 농협 13자리이며 하이픈 위치는 은행마다 다릅니다.",
    "사업자등록번호 조회는 국세청 홈택스에서 가능합니다. 형식은 3-2-5자리(예: 000-00-00000)이며, 가운데 2자리는 개인·법인 구분 코드입니다.",
    "주민등록번호 검증 오류: 입력값 991332-1234567 은 존재하지 않는 날짜입니다. 생년월일 6자리를 다시 확인하세요. (오류코드 E-RRN-02)",
    "외국인등록번호 형식 안내: 앞 6자리 생년월일, 뒤 7자리 중 첫 자리 5~8. 예시 표기는 XXXXXX-5XXXXXX이며 실제 번호를 입력하지 마세요.",
    "대리운전 요금표 (서울 기준): 강남→분당 30,000원, 강남→일산 40,000원, 심야(00~05시) 5,000원 할증. 호출 앱 평균 배정 시간 2분 14초.",
    "주차요금 안내: 최초 30분 3,000원, 이후 10분당 1,000원, 일 최대 30,000원. 월정기권 150,000원. 출차 시 차량번호 인식(LPR) 자동 정산.",
    "배달 라이더 안전교육 공지: 6/20(목) 14:00 온라인 진행, 교육코드 RS-2406-20. 미이수 시 배차 제한. 헬멧 착용률 98.2% (5월).",
    "Open-source roadmap Q3: tokenizer v2 (#389), faster dictionary loading (#402), drop Python 3.8 (#415). Contributions welcome via pull request.",
    "뉴스 — 김연아 전 피겨 국가대표가 유소년 스포츠 재단에 1억 원을 기부했다. 재단 측은 '기부금은 장학 사업에 쓰일 것'이라고 밝혔다.",
    "[국회] 여야는 14일 본회의에서 전세사기 특별법 개정안을 재석 289명 중 찬성 178명으로 통과시켰다. 이재명 대표와 한동훈 전 위원장은 각각 입장을 냈다.",
    "보험금 지급 통계: 2023년 여행자보험 청구 18,422건, 평균 지급액 312,000원. 휴대품 손해가 41%로 가장 많았다.",
    "네트워크 문서 작성 시에는 RFC 5737의 TEST-NET-1·2·3 대역과 RFC 3849의 IPv6 문서용 접두어를 쓰는 것이 관례다. 내부망 예시는 RFC 1918 사설 대역을 사용한다.",
    "어린이 요리 교실 공지: 7월 주제는 '주먹밥 도시락'. 수업료 15,000원, 정원 12명, 접수번호 순 마감. 알레르기 여부는 신청서 3번 문항에 표시.",
    "행사 사회 멘트 초안: '지금부터 제15회 한마음 마라톤 시상식을 시작하겠습니다. 남자부 1위 배번 1024번, 여자부 1위 배번 2207번 선수 앞으로 나와 주십시오.'",
    "에러 로그: PaymentError code=CARD_DECLINED ref=PG-20240614-118273 amount=48000 retry=3 gateway=v2.7.1 latency_ms=812",
    "공공기관 연락처: 국민건강보험공단 1577-1000, 국민연금공단 1355, 정부민원안내 110, 경찰 민원 182. (평일 09:00~18:00)",
    "[공지] 동아리 MT 준비물: 침낭, 개인컵, 상비약. 회비는 3만원이며 총무에게 개별 안내된 방법으로 납부해 주세요. 출발 9시, 정문 앞.",
    "영화 리뷰 — '파묘'에서 최민식이 연기한 풍수사 김상덕은 극의 무게중심이다. 김고은의 무당 화림과의 호흡도 인상적이었다. 별점 4.5/5.",
    "Sample form (do not submit): Name: John Doe / Phone: 555-0100 / Email: name@domain / Passport No.: X00000000 / Date of birth: DD/MM/YYYY",
]


def records() -> list[dict]:
    return holdout_rows(POSITIVES, NEGATIVES, "holdout15")


def main() -> None:
    write_holdout(records(), OUT, MINIMUMS)


if __name__ == "__main__":
    main()
