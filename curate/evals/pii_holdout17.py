# ruff: noqa: E501
"""Blind Korean PII hold-out set no. 17 (``pii_holdout17_ko.jsonl``).

How it was written: blind. While writing it only curate/evals/marked.py was opened (to see
how inline marks are parsed and written); no other file of the project (filters, tests, other
eval sets or hold-outs, README, benchmarks, data files, git history) was read, and neither the
scrubber nor any scoring command was run. RRN/FRN, card and BRN check digits were computed with
throwaway scripts under /tmp. The set is meant to be scored once, as an honest estimate; do not
tune filters, thresholds or patterns against it.

Genres: apartment management notices and forms (automatic debit, vehicle registration, CCTV
viewing, interior-work consent, community centre, resident-representative election, 반상회),
housing subscription (청약) forms and e-mails, scholarship applications, recommendations and
award lists, wedding invitations, guest books and hall contracts, funeral notices, condolence
books and funeral bills, church rosters, new-member cards, mission-trip passports, weddings and
vehicle duty, temple registrations, lantern and 49재 requests, templestay, farming co-op ledgers,
membership and machinery rental, seasonal-worker assignments, village and 마을기업 papers, taxi
dispatch logs, call records, lost-item reports, LPG cards and licence transfers, hair salon
bookings, staff lists and receipts, pet hospital records, surgery consents, pet insurance,
grooming and pet-hotel bookings, animal registration, after-school care and 지역아동센터
messages, kindergarten pick-up consents, after-school instructor lists, military reserve
notices, rosters and mobilisation receipts, tutoring matches and parent chats, carpool groups
and settlements, alumni association dues, e-mails and directories, internship applications,
offers and portal alerts, lost-and-found reports, library overdue notices, login logs,
interlibrary loans, wish-list books, volunteer rosters and PC logs, elevator repair,
entrapment and maintenance records, bike-sharing complaints and licence checks, moving-company
quotes, chats, crew sheets and consumer complaints, recruiting mails and interview schedules,
onboarding papers, airline rebooking and baggage reports (English), hostel check-ins, guest
registers, handovers and long-stay lists, power of attorney, IOU with witness, marriage-report
witnesses, employment contracts, social-insurance enrolments, nursing-home visits, school
field-trip contact lists, referral events, gym PT contracts, photo studio and camping bookings,
car-rental agreements (Korean and English), internet installation, shared offices, appliance
repair, volunteer certificates, hiking-club rosters, allotment gardens, second-hand trade chats,
car service, piano lessons, car-accident notes, expatriate leases and campus messages, study
group chats, yoga class sign-ups, designated-driver registration.
Hard negatives: public figures in news and sport, historical persons, fiction and drama
characters, credited authors, recipes, form templates with placeholders (홍길동, 김OO, ○○○,
{고객명}), placeholder numbers, statistics, order, tracking, approval and SKU numbers, version
strings shaped like IP addresses, masked phone, RRN, card, passport and name values, nationwide
service numbers, 080 toll-free and short codes, public institutions' published numbers,
RRN-shaped numbers with impossible dates, team and role names, schedules and dates.

Labelling policy:
* Types: KR_RRN, KR_FRN, PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, KR_BANK_ACCOUNT, KR_BRN,
  KR_PASSPORT, KR_DRIVER_LICENSE, IP_ADDRESS, PERSON.
* Every personal or business phone line is gold (mobile, landline, 070, 050x safe numbers,
  foreign mobiles); nationwide service numbers (1588-, 1544-, 1577-, 1600- ...), 080 toll-free,
  short codes, public institutions' published numbers and placeholders (010-0000-0000) are not.
  Masked values (010-****-1234, 900101-1******) are not gold. RRN/FRN-shaped numbers with
  impossible dates are not gold. Business registration numbers are gold, and so are business and
  role e-mail addresses.
* A driver's licence written with a region name (서울 11-19-..., 서울 22-401837-19) is one span
  including the region name. Passport numbers of foreign passports are labelled KR_PASSPORT too.
* PERSON: a private person's name in form/label syntax, in correspondence to or from a private
  person, or anywhere in a record that also holds a private person's contact or identity value
  (then every occurrence of every private person's name in it is gold). Never public figures,
  historical persons, fictional characters, credited authors, companies, brands, teams or
  template names (홍길동 in a 작성 예시). Names in running prose without contact values are not
  gold. Only the name is marked, not 님/씨/titles or particles (mark 김민수 in 김민수님, 김민수는,
  김민수 교수님).
* Order numbers, SKUs, tracking numbers, reference and approval codes, dates, times, version
  numbers and statistics are never gold, even when they contain phone-like runs.
* Spellings: identifiers are written in the many ways Korean documents really write them
  (hyphens, spaces, dots, no separator, full-width digits, en dashes, +82 forms, lower-case
  passport letters, etc.), in realistic proportions.

All values are fictional: RRN/FRN use real calendar dates and valid check digits, card numbers
are Luhn-valid with real issuer prefixes, BRNs have valid check digits, e-mail addresses use
example/test domains, IP addresses are documentation (192.0.2.0/24, 198.51.100.0/24,
203.0.113.0/24, 2001:db8::/32) or private ranges, and names are invented.

Regenerate: ``.venv/bin/python -m curate.evals.pii_holdout17``
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.marked import STRUCTURED_MINIMUMS, holdout_rows, write_holdout

OUT = Path(__file__).resolve().parent / "data" / "pii_holdout17_ko.jsonl"
MINIMUMS = {**STRUCTURED_MINIMUMS, "PERSON": 130}

POSITIVES = [
    # apartment management
    "[관리비 자동이체 신청서]\n동/호수: 103동 1502호\n세대주: [[탁민호|PER]]\n연락처: [[010-4821-7730|TEL]]\n출금은행: 국민은행\n계좌번호: [[412302-01-558216|ACC]]\n예금주: [[탁민호|PER]]\n신청일: 2024.03.02",
    "[공지] 103동 승강기 정기점검 안내\n일시: 4월 9일(화) 10:00~15:00\n점검 중 문의: 관리사무소 [[031-712-4408|TEL]] / 관리소장 [[남궁현철|PER]] [[010-9931-2054|TEL]]\n입주민 여러분의 양해 부탁드립니다.",
    "입주민 차량 등록 신청\n동호수: 207동 803호\n신청인: [[남궁민아|PER]] (세입자)\n임대인: [[최창덕|PER]]\n차량번호: 12가 3456 / 차종: 아반떼\n연락처: [[010-8817-2203|TEL]]\n방문차량 QR 발급 이메일: [[mina.ng@example.com|MAIL]]",
    "관리비 정산 및 입주 확인서\n임차인: [[구하진|PER]] ([[940415-2205776|RRN]])\n임대인: [[방석주|PER]] ([[600803-1403277|RRN]])\n이사 당일 엘리베이터 사용 예약: 9/14 09:00~13:00\n연락처: 임차인 [[010-3344-7152|TEL]] / 임대인 [[(02) 927-4481|TEL]]",
    "[동대표 선출 공고]\n제5기 입주자대표회의 동대표 후보자 등록 결과\n101동: [[유재필|PER]] (연락처 [[010-2251-9083|TEL]])\n102동: [[변수정|PER]] (연락처 [[010-4478-1206|TEL]])\n선거관리위원장 [[석경애|PER]]",
    "[○○아파트] 102동 1101호 [[길하율|PER]]님 9월분 관리비 218,430원이 부과되었습니다. 납부기한 10/25, 가상계좌 기업 [[563-028174-01-011|ACC]]",
    "커뮤니티센터 이용 등록\n동호수 | 이용자 | 연락처 | 결제\n105-302 | [[남궁윤서|PER]] | [[010-9914-2280|TEL]] | 카드 [[4579-3998-5156-0234|CARD]]\n108-1201 | [[탁동건|PER]] | [[010-4472-3019|TEL]] | 관리비 합산",
    "CCTV 열람 신청서\n신청인: [[모경택|PER]] (105동 904호)\n연락처: [[010-4471-2093|TEL]]\n열람 사유: 차량 접촉 사고 확인 (B2 주차장, 11/3 18시경)\n열람 장비: NVR [[192.168.10.200|IP]]\n입회자: 관리과장 [[기윤성|PER]]",
    "인테리어 공사 동의서 (1204호)\n공사 기간: 3/4~3/15 / 시공사: 바른인테리어 ([[122-75-45907|BRN]], [[010-7741-2288|TEL]])\n동의 세대 서명:\n1104호 [[여상민|PER]] (서명)\n1304호 [[Sun Li|PER]] (서명)\n1203호 [[우나연|PER]] (서명)\n1205호 부재",
    "○○빌라 반상회 회의록\n참석: 101호 [[어정호|PER]], 201호 [[탁미라|PER]], 202호 [[Olga Petrova|PER]], 301호 [[남궁석|PER]]\n건의: 옥상 방수 공사 — 업체 견적 [[010-6633-9012|TEL]] (○○방수 사장님)\n관리비 계좌: 우리 [[1002-947-338102|ACC]] (총무 [[탁미라|PER]])",
    # housing subscription
    "■ 국민주택 특별공급 신청서(신혼부부)\n신청자 성명: [[어다은|PER]]   주민등록번호: [[920707-2839289|RRN]]\n배우자 성명: [[모준혁|PER]]   주민등록번호: [[850314-1233107|RRN]]\n휴대전화: [[010 3318 4072|TEL]]\n전자우편: [[eodaeun92@example.com|MAIL]]\n환불계좌: 신한 [[110-482-917305|ACC]]",
    "세대원 현황\n관계 | 성명 | 주민등록번호\n본인 | [[황보진우|PER]] | [[780225-1487752|RRN]]\n배우자 | [[나윤정|PER]] | [[730101-2361331|RRN]]\n자녀 | [[황보서연|PER]] | [[030717-4589496|RRN]]",
    "[○○더퍼스트 분양사무소] [[곽지윤|PER]]님 특별공급 당첨을 축하드립니다. 서류 제출 기한: 7/8~7/10. 계약금 입금 계좌: 우리 [[1005-804-229137|ACC]] (예금주: ○○건설 분양대금). 문의 1600-8271",
    "세대 구성원 확인서\n세대주: [[소재혁|PER]] [[8705061515830|RRN]]\n배우자: [[Nguyen Thi Mai|PER]] ([[응우옌 티 마이|PER]]) 외국인등록번호 [[920317-6741966|FRN]]\n자녀: [[소하윤|PER]] ([[200412–4332144|RRN]])",
    "제목: 다자녀 특별공급 서류 문의\n\n안녕하세요. 청약 신청자 [[엄재형|PER]]입니다 (신청번호 2024-0381).\n세대원 중 배우자 [[Rosa Mendoza|PER]]는 외국인이라 외국인등록번호 [[830516-6266688|FRN]]으로 기재했는데 맞는지 문의드립니다.\n회신은 [[jaehyung.eom@example.com|MAIL]]으로 부탁드립니다.\n[[엄재형|PER]] 올림",
    # scholarships
    "2024학년도 2학기 ○○장학재단 장학금 신청서\n학생 성명: [[제갈승민|PER]]\n주민등록번호: [[0111193257609|RRN]]\n학과: 기계공학과 3학년\n연락처: [[01057302281|TEL]]\n이메일: [[sm.jegal@example.ac.kr|MAIL]]\n장학금 수령계좌: 카카오뱅크 [[3333-08-4719265|ACC]] (예금주 [[제갈승민|PER]])\n보호자: [[제갈영수|PER]] ([[010-2284-9107|TEL]])",
    "[외국인 유학생 장학금 신청서]\n성명(영문): [[NGUYEN THI THU HA|PER]]\n성명(한글): [[응우옌 티 투 하|PER]]\n국적: 베트남\n외국인등록번호: [[930120-6421398|FRN]]\n여권번호: [[C4827165|PASS]]\n연락처: [[010-7720-3361|TEL]]\nE-mail: [[thuha.nguyen@example.com|MAIL]]\n지도교수: [[선우정민|PER]] 교수",
    "2024-1 ○○동문장학금 선정자 명단 (지급 계좌 확인 요망)\n1. [[방예나|PER]] (경영 3) 신한 [[110-472-309184|ACC]]\n2. [[독고휘|PER]] (화공 2) 국민 [[043201-04-297714|ACC]]\n3. [[Bui Minh Anh|PER]] (국문 4) 하나 [[391-910284-11207|ACC]]\n문의: 장학담당 [[어혜진|PER]] [[031-219-3370|TEL]]",
    "추천서\n피추천인: [[나도윤|PER]] (사회학과 4학년, 학번 201912345)\n추천인: [[이경란|PER]] 교수 (사회학과, [[krlee@example.ac.kr|MAIL]])\n위 학생은 4년간 학회장을 맡아 성실하게 활동하였기에 적극 추천합니다.",
    "[장학재단 시스템] 지원서 제출 완료\n지원자: [[Sabina Gurung|PER]]\n여권: [[PA1827364|PASS]]\n제출 IP: [[198.51.100.77|IP]]\n제출 시각: 2024-04-30 23:58:41",
    "다문화가정 자녀 장학금 신청\n학생: [[Sharma Anjali|PER]] (외국인등록번호 [[041010-8180363|FRN]])\n보호자(모): [[Sharma Sunita|PER]] (외국인등록번호 [[790714-6420289|FRN]])\n연락처: [[010-6628-4471|TEL]]\n담임교사 확인: [[곽은정|PER]]",
    # weddings
    "[모바일 청첩장]\n신랑 [[도경환|PER]] · 신부 [[남궁예린|PER]]\n2024년 5월 18일 토요일 오후 1시 라온웨딩홀 3층\n마음 전하실 곳\n신랑측: 하나은행 [[253-910384-72107|ACC]] (예금주 [[도경환|PER]])\n신부측: 우리은행 [[1002-358-471920|ACC]] (예금주 [[남궁예린|PER]])\n혼주: [[도상철|PER]]·[[김말순|PER]] / [[남궁식|PER]]·[[이현자|PER]]",
    "축의금 방명록 (신부측)\n1. [[권나래|PER]] 100,000 [[010-3342-8810|TEL]]\n2. [[서하늘|PER]] 50,000\n3. [[어수빈|PER]] 100,000 [[010-5517-2093|TEL]]\n4. (주)한빛디자인 200,000\n5. [[표지훈|PER]]·[[표은별|PER]] 100,000",
    "웨딩홀 계약서\n계약자: [[남궁예린|PER]] ([[010-5537-2201|TEL]])\n계약금 결제: 신한카드 [[4265-7842-4588-3286|CARD]]\n웨딩홀: 라온웨딩홀 (사업자 [[534-84-22623|BRN]])\n담당 플래너: [[진하나|PER]]",
    "You're invited!\n[[Jiho Nam|PER]] & [[Sarah Whitfield|PER]]\nSaturday, 12 October 2024, 12:30 PM, Grand Hall, Seoul\nRSVP to [[jiho.sarah.wedding@example.com|MAIL]] or [[+82 10 8815 2290|TEL]]\nGift account: KB [[557801-04-219930|ACC]] ([[Nam Jiho|PER]])",
    "혼인신고서 증인란\n증인1 성명 [[도민철|PER]] 주민등록번호 [[6709121818388|RRN]] (서명)\n증인2 성명 [[봉은숙|PER]] 주민등록번호 [[640420 2663925|RRN]] (서명)",
    "교회 예식 신청서\n신랑: [[어진혁|PER]] ([[010-5517-2038|TEL]]) / 신부: [[Angelica Bautista|PER]] ([[+63 917 482 1093|TEL]])\n주례: [[명성훈|PER]] 목사\n예식일: 2024.11.23 13:00 / 본당",
    # funerals
    "부의금 명부 — 故 [[석정호|PER]]님 빈소\n[[변미경|PER]] 50,000원 (연락처 [[010.2219.4473|TEL]])\n[[봉태식|PER]] 100,000원\n[[연보라|PER]] 30,000원\n상주 [[석민규|PER]] 계좌: 농협 [[302-1184-5567-21|ACC]]",
    "[부고] [[위지호|PER]]님의 부친 故 [[위상덕|PER]]님께서 별세하셨기에 삼가 알려드립니다.\n빈소: 한마음병원 장례식장 2호실\n발인: 3월 14일 오전 7시\n상주 연락처: [[010-6603-1129|TEL]]\n마음 전하실 곳: 국민 [[631202-04-118347|ACC]] [[위지호|PER]]",
    "온라인 조문록\n[[윤서진|PER]]: 삼가 고인의 명복을 빕니다.\n[[탁경미|PER]]: 힘내세요 [[은지|PER]]야\n[[이찬|PER]]: 늦게 소식 들었습니다. 명복을 빕니다.\n상주 [[은지|PER]] 계좌 안내: 카카오뱅크 [[3333-02-8819204|ACC]] [[곽은지|PER]]",
    "장례비 정산서\n상주: [[위지호|PER]]\n결제: [[4673624752276688|CARD]] 4,850,000원 / 잔액 현금\n장례지도사: [[감재형|PER]] ([[010-2281-3309|TEL]])",
    # church / temple
    "○○교회 3교구 구역장 명단\n| 구역 | 구역장 | 연락처 |\n| 1구역 | [[인정숙|PER]] 권사 | [[010-8812-3370|TEL]] |\n| 2구역 | [[명재훈|PER]] 집사 | [[010-4457-0912|TEL]] |\n| 3구역 | [[하은혜|PER]] 집사 | [[010-2903-6641|TEL]] |\n| 4구역 | [[계한솔|PER]] 성도 | [[010-7175-2280|TEL]] |",
    "2024 필리핀 단기선교 참가자 여권 정보\n1. [[마성훈|PER]] / [[M72814563|PASS]] / 만료 2031.02.11\n2. [[용하람|PER]] / [[m39017452|PASS]] / 만료 2029.08.30\n3. [[진소망|PER]] / [[M481K2093|PASS]] / 만료 2033.05.02\n인솔자: [[함동규|PER]] 목사 ([[+82 10-3381-2047|TEL]])",
    "◎ 대웅사 신도 등록 카드\n성명: [[편옥순|PER]]\n생년월일: 1951년 4월 3일\n주소: 경북 영주시 풍기읍\n연락처: [[054-632-7719|TEL]] / [[010-3320-8817|TEL]]\n등록 접수: 종무소 [[지민석|PER]]",
    "연등 접수 내역\n신청자: [[육희정|PER]]\n가족 축원: [[육희정|PER]], [[차동민|PER]], [[차유나|PER]], [[차유찬|PER]]\n등 종류: 가족등 1 (100,000원)\n결제: 신용카드 [[4518-0889-8126-6655|CARD]] (일시불)\n승인번호 30128847",
    "새가족 등록카드\n이름: [[변하람|PER]] / 생년월일: 1993.06.02\n가족: 배우자 [[정예은|PER]], 자녀 [[변시온|PER]](5세)\n휴대폰: [[０１０－４４１８－２６７０|TEL]]\n이메일: [[haram.byun@example.com|MAIL]]\n인도자: [[김순복|PER]] 권사",
    "청년부 단톡방\n[오후 8:01] [[조하늘|PER]]: 이번주 수련회 회비 받습니다~\n[오후 8:02] [[조하늘|PER]]: 카뱅 [[3333-14-2290187|ACC]] [[조하늘|PER]]\n[오후 8:05] [[모은찬|PER]]: 보냈어요!\n[오후 8:06] [[도예준|PER]]: [[하늘|PER]] 누나 저 내일 보낼게요ㅠ",
    "주일 차량 봉사 배차표\n1호차(스타렉스) 운전 [[권대웅|PER]] 집사 면허 [[23-09-712043-81|DL]] [[010-3318-5527|TEL]]\n2호차(카니발) 운전 [[임성실|PER]] 장로 면허 [[인천 14-029381-22|DL]] [[010-7702-1149|TEL]]",
    "49재 접수\n영가: 故 [[모태순|PER]]\n재주(신청인): [[모정훈|PER]] / 연락처 [[010-2218-3347|TEL]]\n재비: 입금 완료 (농협 [[301-0192-8847-21|ACC]])",
    "템플스테이 참가 신청\n대표 신청자: [[Anna Kowalczyk|PER]] (Poland)\nPassport: [[EA4918273|PASS]]\n동반자: [[Marta Nowak|PER]]\nPhone: [[+48 512 384 209|TEL]]\nE-mail: [[anna.k@example.com|MAIL]]\n접수: 종무원 [[배성연|PER]]",
    "외국인 예배부 교인 명부\n[[Pham Van Hieu|PER]] | 외국인등록 [[000101-7460486|FRN]] | [[010-3392-1184|TEL]]\n[[Sunita Tamang|PER]] | 외국인등록 [[861224-6025496|FRN]] | [[010-8841-2293|TEL]]\n[[Ly Thi Thanh|PER]] | 외국인등록 [[020430-8389794|FRN]] | -\n담당 전도사: [[지하은|PER]] [[010-4418-2270|TEL]]",
    # farming co-op / village
    "○○농협 작목반 출하 정산표 (사과)\n조합원 | 출하량(kg) | 정산액 | 입금계좌\n[[옥상범|PER]] | 1,240 | 3,968,000 | [[351-0928-4471-03|ACC]]\n[[금순례|PER]] | 860 | 2,752,000 | [[351-1147-2290-13|ACC]]\n[[빈재석|PER]] | 2,015 | 6,448,000 | [[302-0412-8836-51|ACC]]\n작목반장 [[옥상범|PER]] ([[010-9417-2283|TEL]])",
    "농기계 임대 신청서\n신청인: [[염기태|PER]]\n운전면허: [[경북 19-417283-62|DL]]\n임대 기계: 트랙터(55마력) 2일\n연락처: [[010-2745-9036|TEL]]\n사업자등록번호(영농법인): [[408-97-22848|BRN]]",
    "조합원 가입신청서\n성명: [[금동출|PER]]  주민등록번호: [[580119-1356325|RRN]]\n영농형태: 벼·고추 / 경작면적 4,200㎡\n연락처: [[063-542-1187|TEL]] (자택), [[010-7718-4026|TEL]]\n출자금 납입계좌: 농협 [[352-0471-2209-13|ACC]]\n추천 조합원: [[나말례|PER]], [[도판석|PER]]",
    "계절근로자 배정표 (괴산)\n농가주 | 근로자 | 여권번호 | 연락처\n[[염재근|PER]] | [[Ganbaatar Bat-Erdene|PER]] | [[E1928374|PASS]] | [[010-2241-7093|TEL]]\n[[모순희|PER]] | [[Tserendorj Oyun|PER]] | [[E2047716|PASS]] | [[010-2241-7118|TEL]]\n[[봉길수|PER]] | [[Juan dela Peña|PER]] | [[P6192038A|PASS]] | [[010-2241-7152|TEL]]",
    "○○리 마을총회 회의록\n일시: 2024. 2. 3.(토) 14:00 / 장소: 마을회관\n참석: 이장 [[봉만수|PER]], 새마을지도자 [[우정애|PER]], 부녀회장 [[노금자|PER]] 외 23명\n안건 1. 마을 공동기금 계좌 변경 → 농협 [[351-2280-4417-93|ACC]] (예금주 [[봉만수|PER]])\n안건 2. 경로당 보일러 교체 견적: [[031-884-2019|TEL]] 대성설비\n기록: 총무 [[지상훈|PER]]",
    "마을기업 지원 신청서\n단체명: 솔뫼마을 영농조합법인 / 사업자등록번호 [[416-84-16333|BRN]]\n대표자: [[우만식|PER]] ([[010-3372-9018|TEL]])\n실무자: [[봉미선|PER]] ([[solmoe.office@example.org|MAIL]])\n보조금 수령 계좌: 농협 [[301-2291-4472-81|ACC]]",
    "2024 주말농장 분양 추첨 결과\n구획 | 분양자 | 연락처\nA-01 | [[채소라|PER]] | 010-****-2271\nA-02 | [[길상철|PER]] | [[010-4417-3308|TEL]]\nA-03 | [[라봄이|PER]] | [[010.6620.1893|TEL]]\n관리: 농장 대표 [[여만수|PER]] (사업자 [[460-94-01307|BRN]])",
    # taxi
    "[○○운수 배차일지 2024-06-11]\n06:00 1조 출고 — 기사 [[곽태윤|PER]] (면허 [[11-18-304927-51|DL]], [[010-3017-6624|TEL]]) 차량 서울32바4417\n06:10 기사 [[성봉구|PER]] (면허 [[서울 13-550182-40|DL]], [[010-8804-1173|TEL]]) 차량 서울32바4420\n배차 담당: [[추명숙|PER]]",
    "콜 접수 14:32 / 고객 [[엄다온|PER]] / 픽업 연남동 ○○빌라 앞 / 콜백번호 [[0505-218-4470|TEL]] (안심번호) / 배차 기사 [[민경석|PER]] 5분 도착",
    "택시 분실물 접수\n승객: [[구혜원|PER]] ([[010-7734-1188|TEL]])\n승차: 23:40 강남역 → 하차 00:05 성수동\n차량: 서울31자1042 / 기사 [[염동수|PER]]\n분실물: 에어팟 프로 (흰색)",
    "[[표만석|PER]] 기사님께\n개인택시 양수 관련 서류 안내드립니다. 운전면허증 사본(면허번호 [[26-12-384019-25|DL]] 확인), 운전경력증명서 제출 바랍니다.\n담당: 운수팀 [[조선희|PER]] ([[052-274-3316|TEL]])",
    "법인택시 LPG 충전 카드 배정\n기사 [[송동길|PER]] — 충전카드 [[4048-4270-6331-7243|CARD]] / 면허 [[광주 24-118273-06|DL]]\n기사 [[Bahrom Tursunov|PER]] — 충전카드 [[5409-2290-6005-8386|CARD]] / 면허 [[24-17-627381-93|DL]], 외국인등록 [[900710-5905367|FRN]]",
    # hair salon
    "[헤어살롱 라일락 예약표 - 7/6 토]\n10:00 [[송하람|PER]]님 커트+펌 (디자이너 [[유리|PER]]) [[010-2231-4480|TEL]]\n11:30 [[왕수정|PER]]님 뿌리염색 (디자이너 [[나래|PER]]) [[010-5590-1127|TEL]]\n13:00 [[오세찬|PER]]님 남성커트 (디자이너 [[유리|PER]]) [[010-7748-3305|TEL]]",
    "[Web발신] [[채은|PER]]님, 내일(토) 오후 2시 뷰티앤헤어 예약이 확정되었습니다. 변경은 [[02-335-8870|TEL]]로 연락주세요.",
    "정기권 결제 내역\n고객: [[계소연|PER]] / 정기권 30만원권\n결제카드: JCB [[3565-5862-0470-9819|CARD]]\n담당: 원장 [[편한결|PER]]\n사업자: 헤어담 [[640-33-45254|BRN]]",
    "헤어살롱 라온 직원 연락망 (사업자 [[960-42-20483|BRN]])\n원장 [[백승희|PER]] [[010-3327-8810|TEL]]\n실장 [[모다정|PER]] [[010-9914-0381|TEL]]\n디자이너 [[하율|PER]] [[010-5520-7164|TEL]]\n인턴 [[준|PER]] [[010-2288-4073|TEL]]",
    "[매출전표]\n가맹점: 헤어 드 모아 / 사업자 [[181-45-11812|BRN]]\n대표: [[모아름|PER]]\n고객: [[Trinh Mai Anh|PER]]\n카드번호: [[3560 6229 2262 5857|CARD]]\n금액: 88,000원 / 승인번호 71820394",
    # pets
    "진료기록부 — 24-0731\n환자명: 콩이 (말티즈, 5세, 암)\n보호자: [[도하윤|PER]]\n연락처: [[010-6631-2028|TEL]]\n주소: 서울 마포구 망원동\n주치의: [[임재경|PER]] 원장\n진단: 슬개골 탈구 2기",
    "해피동물병원 진료비 영수증\n사업자번호: [[542-02-07118|BRN]]\n보호자: [[반지훈|PER]] / 반려동물: 보리(코숏)\n진료비 합계 187,000원\n카드: 현대 [[4015 1491 7732 9620|CARD]]\n승인: 00418273 / 할부: 일시불",
    "수술 동의서\n동물명: 나비 (코리안숏헤어, 중성화)\n보호자 성명: [[Lê Thị Hương|PER]]\n외국인등록번호: [[010202-8645890|FRN]]\n연락처: [[010-5581-3372|TEL]]\n집도의: [[하재민|PER]]\n위 수술에 동의합니다. 보호자 [[Lê Thị Hương|PER]] (서명)",
    "펫호텔 예약\n보호자: [[선우나리|PER]] / [[010 7729 3348|TEL]]\n반려견: 두부(비숑, 3세)\n입실 8/1 ~ 퇴실 8/4\n비상연락처: [[선우경|PER]] [[010-2207-6613|TEL]]",
    "[펫살롱 멍멍] [오후 2:14] 네 [[연희|PER]]님~ 토요일 11시 초코 미용 예약됐어요!\n[오후 2:15] [[박연희|PER]]: 감사합니다~ 혹시 당일 변경되면 이 번호로 연락 주세요 [[010.7739.2046|TEL]]",
    "동물등록 변경신고서\n소유자 성명: [[탁영순|PER]] / 주민등록번호 [[710808-2523271|RRN]]\n변경 후 소유자: [[탁지웅|PER]] / 주민등록번호 [[990101-1928205|RRN]]\n동물등록번호: 410100012345678 / 이름: 백구 (진돗개)\n연락처: [[010-3341-7720|TEL]]",
    "펫보험 보험금 청구서\n피보험자(보호자): [[윤하람|PER]] / 주민등록번호 [[８３０７１１－２７３６９９７|RRN]]\n반려동물: 망고 (포메라니안)\n진료기관: 온누리동물병원 (사업자 [[451-83-82580|BRN]])\n수령계좌: 우리 [[1002-738-412906|ACC]]\n연락처: [[010-9911-4023|TEL]]",
    "강아지를 찾습니다!\n이름: 복실이 (흰색 진돗개 믹스, 7kg)\n잃어버린 곳: 은행동 공원 근처 (5/12 저녁)\n보신 분은 꼭 연락 주세요. 사례하겠습니다.\n보호자 [[이서하|PER]] [[010-9218-3304|TEL]]",
    # after-school care / kindergarten
    "초등 돌봄교실 이용 신청서\n아동 성명: [[독고준|PER]] (2학년 3반)\n보호자 성명: [[독고성재|PER]] (관계: 부)\n보호자 연락처: [[010-4112-3079|TEL]]\n비상 연락처: [[031-904-2217|TEL]] (할머니 [[신옥자|PER]])\n귀가 방법: 보호자 동행 / 동행인 [[신옥자|PER]]",
    "[돌봄교실 알림방]\n[오후 3:12] 선생님 [[차예슬|PER]]: 하원 시간 변경 있으신 분 말씀 주세요~\n[오후 3:15] [[서준|PER]]맘: [[서준|PER]]이 오늘 4시에 할아버지가 데리러 가세요. 할아버지 번호 [[010-2290-6654|TEL]]입니다\n[오후 3:16] 선생님 [[차예슬|PER]]: 네 [[서준|PER]]이 4시 확인했습니다",
    "귀가 동의서\n원아명: [[남궁하율|PER]] (햇님반)\n귀가 보호자 1: [[남궁진석|PER]] (부) [[010-2217-4493|TEL]]\n귀가 보호자 2: [[최미숙|PER]] (외조모) [[010-6608-1124|TEL]]\n위 보호자 외에는 아동을 인계하지 않습니다.\n보호자 서명: [[남궁진석|PER]]",
    "방과후학교 강사 명단\n과목 | 강사 | 연락처 | 이메일\n로봇과학 | [[편성우|PER]] | [[010-6639-1028|TEL]] | [[robot.pyeon@example.com|MAIL]]\n바둑 | [[국승철|PER]] | [[010-2277-5504|TEL]] | [[baduk.kook@example.com|MAIL]]\n요리 | [[모하나|PER]] | [[010-8812-9930|TEL]] | -",
    "[햇살지역아동센터] [[도윤|PER]] 어머님, 오늘 [[도윤|PER]]이가 조금 열이 있어 5시에 귀가시킬 예정입니다. 확인 후 회신 부탁드립니다. 센터 [[032-505-2281|TEL]]",
    "2024 현장체험학습 비상연락망\n인솔자: 2학년 부장 [[소태호|PER]] 선생님 [[010-7718-2043|TEL]]\n1반 담임 [[유다솜|PER]] [[010-2236-9017|TEL]]\n2반 담임 [[권바다|PER]] [[010-4491-3380|TEL]]\n보건 [[양은비|PER]] [[010-5570-1242|TEL]]\n여행사 가이드: [[마준기|PER]] (하늘여행) [[010-8836-1095|TEL]]",
    # military reserve
    "[예비군 훈련 통지]\n[[변주혁|PER]]님, 2024년 동원훈련 2형(출퇴근)이 5월 21일~23일 ○○과학화예비군훈련장에서 실시됩니다.\n문의: 영등포구 예비군 동대 (02-2670-3341)\n본 문자는 발신전용입니다.",
    "예비군 소집 점검표 (3소대)\n번호 | 성명 | 생년월일 | 연락처\n1 | [[은동혁|PER]] | 95.03.12 | [[010-3381-0927|TEL]]\n2 | [[어성진|PER]] | 94.11.02 | [[010-6612-4409|TEL]]\n3 | [[기민우|PER]] | 96.07.28 | [[010-9208-7713|TEL]]\n소대장: [[탁준영|PER]]",
    "병력동원소집 통지서 수령 확인\n대상자: [[예준석|PER]] ([[951203-1688191|RRN]])\n수령인: [[예경희|PER]] (모, 동거가족)\n수령일: 2024.02.14 / 전달자: 통장 [[하만기|PER]]",
    "[동원 지정 운전 요원 확인]\n[[국승민|PER]]님은 차량 운전 요원으로 지정되었습니다. 보유 면허 확인: 1종 대형 [[대전 18-092837-41|DL]]. 이의가 있으시면 답장 주세요. — 동대장",
    "예비군 전입 신고 확인\n[[강태우|PER]]님, 전입 신고가 정상 접수되었습니다. 소속: ○○동대 3소대. 등록된 연락처 [[010-5582-9913|TEL]]이(가) 바뀌면 예비군 홈페이지에서 수정 바랍니다.",
    # tutoring / study
    "[과외 매칭 완료]\n학생: [[한별|PER]] (중2, 수학) / 학부모 [[윤미라|PER]] [[010-4470-2316|TEL]]\n선생님: [[주하은|PER]] (○○대 수학교육과) [[010-8136-5592|TEL]]\n첫 수업: 3/12(화) 19:00\n수업료 입금: 토스뱅크 [[1000-4417-2903|ACC]] [[주하은|PER]]",
    "튜터 가입 심사 로그\ntutor_name=[[Dilnoza Yusupova|PER]] email=[[dilnoza.y@example.org|MAIL]] signup_ip=[[203.0.113.47|IP]] nationality=UZ passport=[[FA4172839|PASS]] status=pending",
    "2024년 3월 5일 화요일\n[[정미영|PER]] [오후 9:02] 선생님 [[수호|PER]]가 오늘 숙제를 못 했다고 하네요 ㅠ\n[[안세라|PER]] 선생님 [오후 9:05] 괜찮습니다 어머님~ 목요일에 같이 봐요\n[[정미영|PER]] [오후 9:06] 네 감사합니다. 혹시 급하시면 아빠 번호로 주세요 [[010-6612-0092|TEL]]",
    "[토익 스터디 6기]\n[[가은|PER]]: 내일 9시 ○○카페 맞죠?\n[[태오|PER]]: 넵! 저 조금 늦을 수도\n[[다빈|PER]]: [[태오|PER]]야 늦으면 전화해 [[010-4481-7203|TEL]]\n[[가은|PER]]: [[다빈|PER]]아 자료 내가 뽑아갈게",
    "[피아노 레슨 안내] 5월 레슨비 160,000원을 5/5까지 보내주세요.\n[[아린|PER]] 어머님께 — 계좌: 국민 [[942802-00-471183|ACC]] ([[방수아|PER]]) / 문의 [[010-3398-2267|TEL]]",
    "교육비 결제 확인\n수강생: [[탁유진|PER]] (초등 5)\n과목: 코딩 심화반 3개월\n결제 카드: [[2221-9786-4460-3488|CARD]]\n운영: 두드림코딩교실 (사업자 [[803-61-39792|BRN]])",
    # carpool
    "판교 카풀방 공지\n운전: [[선우태경|PER]] (면허 [[경기 18-230847-11|DL]]) 차량 K5 흰색\n탑승: [[길수아|PER]], [[어민혁|PER]], [[Tran Van Duc|PER]]\n픽업: 07:40 수지구청역 2번 출구\n유류비 정산: [[선우태경|PER]] 국민 [[473701-01-228190|ACC]]",
    "[오전 7:32] [[지수|PER]]: [[민재|PER]] 씨 오늘 타세요?\n[오전 7:33] [[민재|PER]]: 네 저 5분 늦어요 ㅠ\n[오전 7:33] [[지수|PER]]: 도착하면 전화 주세요 [[010-5528-1730|TEL]]\n[오전 7:40] [[민재|PER]]: [[지수|PER]]야 나 도착!",
    "카풀 정산 (6월)\n이름 | 탑승일수 | 금액 | 송금\n[[도민|PER]] | 20 | 60,000 | 완료\n[[제갈현|PER]] | 12 | 36,000 | 미\n[[Aziz Karimov|PER]] | 15 | 45,000 | 완료\n입금 계좌: 토스뱅크 [[1001-2284-7719|ACC]] (운전자 [[나래|PER]])",
    # alumni
    "○○고 32회 동문회 회비 납부 현황\n[[봉재영|PER]] 완납 / [[육성민|PER]] 완납 / [[하동훈|PER]] 미납 / [[어정아|PER]] 완납\n회비 계좌: 기업 [[014-228190-01-017|ACC]] (총무 [[예정윤|PER]])\n총무 연락처 [[010 2283 5109|TEL]]",
    "제목: 32회 동문 송년회 참석 여부 회신 부탁드립니다\n\n[[석하린|PER]] 선배님께,\n안녕하세요, 총무 [[예정윤|PER]]입니다. 12월 14일 송년회 참석 여부를 12/5까지 회신 부탁드립니다.\n문의: [[jungyoon.ye@example.net|MAIL]] / [[010-7731-2290|TEL]]\n\n[[예정윤|PER]] 드림",
    "| 기수 | 이름 | 직장 | 이메일 |\n| 27 | [[곽도윤|PER]] | ○○전자 | [[doyun.kwak@example.com|MAIL]] |\n| 27 | [[선우하영|PER]] | 프리랜서 | [[hayoung.sw@example.org|MAIL]] |\n| 28 | [[황보태민|PER]] | 공무원 | [[taemin.hb@example.net|MAIL]] |",
    "Hi [[Seo-yeon|PER]],\nThanks for registering for the Class of 2014 reunion! Your payment by card ending 4488 was received.\nYour table partner is [[Marcus Lee|PER]] ([[marcus.lee@example.com|MAIL]]).\nCheers,\n[[Jae-won Bae|PER]], Alumni Committee",
    # internships / recruiting
    "2024 하계 인턴십 지원서\n성명: [[두민서|PER]]\n주민등록번호: [[990830-2770023|RRN]]\n휴대폰: [[010-3385-6170|TEL]]\n이메일: [[minseo.doo@example.com|MAIL]]\n운전면허: 1종 보통 ([[12-19-028341-70|DL]])\n추천인: [[맹성호|PER]] 교수 ([[051-510-2273|TEL]])",
    "[알림] 인턴 지원 포털 로그인 알림\n[[두민서|PER]]님 계정으로 새 기기에서 로그인되었습니다.\n- 일시: 2024-05-02 23:17\n- IP: [[198.51.100.23|IP]]\n본인이 아니면 비밀번호를 변경하세요.",
    "Internship offer — Global Business Team\nDear [[Maria Santos Reyes|PER]],\nWe are pleased to offer you a summer internship in Seoul. Please bring your passport ([[P3827165A|PASS]]) and your alien registration card ([[870222-6200171|FRN]]) on your first day.\nYour mentor is [[Ko Eunbi|PER]] ([[eunbi.ko@example.com|MAIL]], [[+82-2-6050-1182|TEL]]).\nBest regards,\n[[Park Joonseo|PER]], HR",
    "인턴 지원서\n성명: [[刘洋|PER]] ([[류양|PER]])\n국적: 중국\n여권번호: [[E61829407|PASS]]\n외국인등록번호: [[960909-5863683|FRN]]\n연락처: [[+86 138 1127 4096|TEL]] / [[010-4429-7705|TEL]]\n이메일: [[liuyang96@example.com|MAIL]]",
    "제목: [○○테크] 백엔드 개발자 포지션 제안드립니다\n\n[[진서우|PER]]님 안녕하세요,\n○○테크 인재영입팀 [[라혜원|PER]]입니다. 링크드인 프로필을 보고 연락드립니다. 편하신 시간에 [[hyewon.ra@example.com|MAIL]] 또는 [[010-9024-3318|TEL]]로 회신 부탁드립니다.\n\n[[라혜원|PER]] 드림\n인재영입팀 | [[02-6205-7741|TEL]]",
    "From: [[Seo-woo Jin|PER]] <[[swjin.dev@example.net|MAIL]]>\nTo: [[hyewon.ra@example.com|MAIL]]\n\n[[혜원|PER]]님, 제안 감사합니다. 이력서 첨부드립니다. 다음 주 화요일 오후 통화 가능합니다.\n[[진서우|PER]] 드림",
    "면접 일정 (10/16)\n시간 | 지원자 | 연락처 | 면접관\n10:00 | [[강다인|PER]] | [[010-2019-8834|TEL]] | [[어재훈|PER]], [[Priya Sharma|PER]]\n10:40 | [[위승준|PER]] | [[010-7732-4410|TEL]] | [[어재훈|PER]]\n11:20 | [[Karimov Sherzod|PER]] | [[010-5518-2291|TEL]] | [[Priya Sharma|PER]]",
    "입사 서류 제출 확인\n성명: [[위승준|PER]]\n주민등록번호: [[930602 1358178|RRN]]\n급여계좌: 신한 [[110-227-491823|ACC]]\n회사 메일 계정 발급: [[sj.wi@example.com|MAIL]]\n사내 VPN 할당 IP: [[10.8.0.142|IP]]\n인사담당: [[추은영|PER]]",
    # lost and found
    "분실물 신고서\n신고인: [[모지혜|PER]]\n연락처: [[010–4472–9031|TEL]]\n분실 일시: 6/3 18:20경 / 장소: 2호선 ○○역 → ○○역 구간\n분실물: 검정 반지갑 (신분증·체크카드 포함)\n분실 카드: 국민 체크 [[5578-4630-6692-6842|CARD]] (정지 완료)\n접수자: 유실물센터 [[주경호|PER]]",
    "습득물 보관 안내\n습득물: 여권 1개 (대한민국, 성명 [[JANG SEOYEON|PER]], 여권번호 [[M12690348|PASS]])\n습득 장소: 3층 출국장 벤치 / 습득자: 청소 용역 [[나경순|PER]]\n본인께서는 신분증 지참 후 유실물 보관소로 오시기 바랍니다.",
    "유실물 신고 접수증\n신고인: [[Nguyen Huu Phuoc|PER]] (외국인등록번호 [[940628-5285880|FRN]])\n분실물: 휴대폰(갤럭시 S23, 검정)\n접수 경찰관: 순경 [[주태민|PER]]\n문의: ○○지구대 (국번없이 182)",
    # library
    "[○○시립도서관] [[황보은서|PER]] 회원님, 대출하신 『어린 왕자』 외 1권의 반납 기한(5/20)이 3일 지났습니다. 연체 시 대출이 정지됩니다.",
    "도서관 회원 로그인 이력\n회원명 [[탁수연|PER]] (ID: suyeon_t)\n2024-04-01 09:12 [[192.0.2.114|IP]] 성공\n2024-04-01 09:13 [[2001:db8:3f1:22::15|IP]] 성공\n2024-04-03 22:41 [[10.12.7.33|IP]] 실패(비밀번호)",
    "From: [[hyunwoo.eo@example.com|MAIL]]\nTo: 상호대차 담당\n안녕하세요, [[어현우|PER]]입니다. 『사피엔스』 상호대차 신청합니다. 회원번호 20240117 / 연락처 [[010-2207-4196|TEL]]\n감사합니다.",
    "희망도서 신청 결과 안내\n신청자: [[공민지|PER]] ([[minji.gong@example.com|MAIL]])\n신청 도서: 『채식주의자』 (한강 저)\n결과: 구입 결정 — 입고 후 문자 안내 예정",
    "도서관 자원봉사자 근무표\n월 [[탁은비|PER]] [[010-2208-3391|TEL]]\n화 [[어지호|PER]] [[010-7713-2285|TEL]]\n수 [[Nilufar Tosheva|PER]] [[010-4409-6612|TEL]]\n목 [[남궁솔|PER]] [[010-5524-9018|TEL]]",
    "공용 PC 이용 기록 (어린이자료실)\nPC | 이용자 | IP | 시간\nPC-07 | [[지상욱|PER]] | [[172.16.4.27|IP]] | 14:02~15:40\nPC-08 | [[Hoang Thi Lan|PER]] | [[172.16.4.28|IP]] | 14:10~14:55",
    # elevator
    "승강기 고장 수리 보고서\n현장: ○○아파트 105동 2호기\n접수: 09:12 관리실 [[계미정|PER]] 주임 ([[031-944-7120|TEL]])\n출동 엔지니어: [[도지환|PER]] ([[010-4408-1326|TEL]])\n원인: 도어 스위치 접점 불량 → 교체\n원격감시 단말 IP: [[192.168.30.21|IP]]\n완료: 10:47 / 확인자 [[계미정|PER]]",
    "승강기 유지보수 계약서\n수급인: (주)동진엘리베이터 / 사업자등록번호 [[851-45-72276|BRN]] / 대표 [[함정수|PER]]\n도급인: ○○빌딩 관리단 / 관리인 [[엄태희|PER]] ([[02-2138-5540|TEL]])\n월 유지보수료: 385,000원 (VAT 별도)",
    "[승강기 갇힘 사고 보고]\n일시: 2024.11.02 21:14 / 장소: ○○오피스텔 1호기\n갇힌 승객: [[우태성|PER]]([[010-2248-9017|TEL]]), [[Sandeep Rai|PER]]\n구출: 21:38 / 출동 [[염재석|PER]] 기사\n보고자: 관리인 [[구정민|PER]]",
    "승강기 안전교육 이수자 명단\n| 성명 | 소속 | 자격번호 | 연락처 |\n| [[도형석|PER]] | ○○엘리베이터 | 제23-1234호 | [[010-4402-8817|TEL]] |\n| [[Nurlan Abenov|PER]] | ○○엘리베이터 | - | [[010-6613-4427|TEL]] |",
    # bike sharing
    "[고객 문의 #B-240611-0087]\n작성자: [[여윤슬|PER]]\n내용: 반납했는데 계속 대여 중으로 떠서 요금이 3,800원 나갔어요. 확인 부탁드립니다.\n회원 연락처 [[010-6120-3358|TEL]] / 접속 IP [[203.0.113.9|IP]] / 자전거 번호 SPB-41872 / 대여소 1523번",
    "PM 면허 인증 요청\n이용자: [[Bekzod Rakhimov|PER]]\n면허번호: [[서울 21-603914-52|DL]]\n외국인등록번호: [[880412-5563087|FRN]]\n휴대폰: [[+82 10 7713 4092|TEL]]\n처리자: CS [[곽하영|PER]]",
    "Complaint ref SB-2410-1177\nUser: [[Daniel Kowalski|PER]]\nI was charged twice for one ride. Card [[4364 1182 0591 9774|CARD]]. App version 4.2.1. My number is [[010-3371-0925|TEL]].\nHandled by: [[Yoon Seul-gi|PER]] (CS)",
    "[보안 알림] [[Han Seo-jun|PER]] 님, 공공자전거 계정에 새 로그인이 있었습니다. 위치: 서울 / IP [[2001:db8:aa10::7|IP]] / 2024-09-22 07:41",
    # moving
    "이사 견적서\n고객명: [[표승우|PER]] 고객님\n연락처: [[010.5523.8107|TEL]]\n출발지: 서울 노원구 (엘리베이터 有) → 도착지: 경기 남양주시\n이사일: 2024.08.24(토) / 포장이사 5톤\n견적 금액: 1,650,000원 (VAT 별도)\n담당 실장: [[어경민|PER]] [[010-3317-2260|TEL]]\n업체: 한결이사 / 사업자 [[739-98-61140|BRN]]",
    "[한결이사] [[표승우|PER]] 고객님 계약금 100,000원 입금 확인되었습니다. 잔금은 작업 완료 후 신한 [[140-013-822917|ACC]] (예금주 [[어경민|PER]])로 보내주세요.",
    "[고객] 안녕하세요 9월 7일 원룸 이사 견적 부탁드려요. [[반서현|PER]]입니다\n[한빛이사 실장 [[도건우|PER]]] 네 [[서현|PER]]님 짐 사진 보내주시면 견적 드릴게요. 제 번호 [[010-5019-3382|TEL]]로 문자 주셔도 됩니다",
    "작업 배정 (9/21 포장이사)\n팀장: [[노상철|PER]] ([[010-3347-1182|TEL]])\n5톤 차량 운전: [[하근수|PER]] 면허 [[12-15-902831-40|DL]]\n사다리차: 외부 협력 [[070-7781-2033|TEL]]",
    "소비자 피해 접수\n신청인: [[황보경|PER]] ([[010-2219-3384|TEL]])\n피신청인: ○○익스프레스이사 (사업자등록번호 [[589-95-36496|BRN]])\n피해 내용: 냉장고 파손, 배상 거부\n결제 수단: [[5253 4162 6550 9886|CARD]] (1,200,000원)",
    "이사 예약 확인\n고객: [[王芳|PER]] ([[왕팡|PER]])\n결제: 은련카드 [[6250284328693902|CARD]]\n연락처: [[010-7218-3390|TEL]]\n업체: 바로이사 (사업자 [[625-39-99258|BRN]])",
    # airline
    "Subject: Your flight has been rebooked — Booking ref K7XQ2M\n\nDear Ms [[Han Yuna|PER]],\nDue to a typhoon, flight KE0623 (ICN–MNL) on 14 Aug has been cancelled. You have been rebooked on KE0621 departing 15 Aug 09:05.\nPassenger: [[HAN/YUNA|PER]] MS — Passport [[M51837260|PASS]]\nContact on file: [[+82 10-4418-2297|TEL]], [[yuna.han@example.com|MAIL]]\nFare difference charged to AMEX [[3711 029573 04996|CARD]]",
    "Rebooking request — Group 24-PH-088\nPax 1: [[DELA CRUZ/JOSEPHINE|PER]] PP [[P5527190B|PASS]]\nPax 2: [[DELA CRUZ/MARK ANTHONY|PER]] PP [[P5527188C|PASS]]\nPax 3: [[VILLANUEVA/ROSALIE|PER]] PP [[P4098213A|PASS]]\nAgent: [[Kim Dohyun|PER]], Hanul Travel ([[dohyun.kim@example.com|MAIL]], [[02-775-3108|TEL]])\nPNR: 6TQ8RW",
    "[○○항공] [[SONG/MINHO|PER]]님, 7C1102편(김포→제주) 결항으로 7C1106편 15:40 출발로 변경되었습니다. 예약번호 QX7P2R. 변경 문의 1588-3721",
    "Property Irregularity Report — ICN\nFile reference: ICNKE71823\nPassenger: Ms. [[Lim Hyejin|PER]]\nPhone: [[+82 (0)10 2294 7718|TEL]]\nEmail: [[hyejin.lim@example.com|MAIL]]\nPassport: [[m48192736|PASS]]\nBag: black hard case, tag KE 482917",
    # hostels
    "GUEST REGISTRATION — Seoul Maru Hostel\nName: [[Ivan Sokolov|PER]]\nNationality: Russia\nPassport No.: [[75 3829174|PASS]]\nPhone: [[+7 912 345-67-89|TEL]]\nEmail: [[i.sokolov@example.com|MAIL]]\nRoom: 4-bed dorm #2, 3 nights\nWi-Fi assigned IP: [[192.168.0.57|IP]]\nStaff: [[Minji|PER]]",
    "투숙객 명부 (8/2)\n1. [[Ram Bahadur Thapa|PER]] / 네팔 / 여권 [[PA0917283|PASS]] / [[+977 984-1527730|TEL]]\n2. [[이소윤|PER]] / 한국 / [[010-2118-4408|TEL]]\n3. [[Chen Jing|PER]] ([[陈静|PER]]) / 중국 / 여권 [[EH3017264|PASS]]\n체크인 담당: [[마윤호|PER]]",
    "Hi, this is [[Aigerim Bekova|PER]]. I booked 2 nights from 3 May (booking 5521873). I'll arrive around midnight — is late check-in ok? My WhatsApp: [[+7 701 284 3390|TEL]]. Thanks!",
    "인수인계 (야간)\n- 203호 [[Luca Romano|PER]] 여권 [[YA5182934|PASS]] 복사 완료, 보증금 현금 2만원\n- 도미토리 B [[Hoang Anh Tuan|PER]] 와이파이 안 된다고 함 → 공유기 [[192.168.1.1|IP]] 재부팅\n- 체크아웃 연장 요청: 305호 [[Sakura Ito|PER]]\n작성: [[유병철|PER]]",
    "게스트하우스 영업신고 사항\n상호: 바람소리 게스트하우스 / 사업자등록번호 [[715-03-48257|BRN]]\n대표자: [[고바람|PER]] (생년월일 1985.04.20)\n영업장 전화: [[064-782-3319|TEL]]\n예약 메일: [[stay@baramsori.example|MAIL]]",
    "장기투숙 외국인 명단 (월간)\n[[Bolat Nurlanovich|PER]] | 외국인등록 [[780627-5943169|FRN]] | 301호\n[[Ayesha Khan|PER]] | 외국인등록 [[850927-6924074|FRN]] | 302호\n[[Pham Quoc Bao|PER]] | 외국인등록 [[9808045249193|FRN]] | 305호\n작성: 운영자 [[허은실|PER]]",
    "Booking confirmation — Namsan Guesthouse\nGuest: [[Thomas Müller|PER]]\nCard guarantee: VISA [[4906 7290 0944 1370|CARD]], exp 09/27\nContact: [[thomas.mueller@example.com|MAIL]]\nArrival: 2 Nov, 2 nights, twin room",
    # legal forms
    "위 임 장\n위임인 성명: [[어윤희|PER]]  주민등록번호: [[690518-2113888|RRN]]\n주소: 부산광역시 해운대구 우동\n대리인 성명: [[어소정|PER]]  주민등록번호: [[971126-2081779|RRN]]\n관계: 자녀\n위임 내용: 인감증명서 발급 신청\n2024년 3월 4일 위임인 [[어윤희|PER]] (인)",
    "차 용 증\n채권자: [[백도현|PER]] (연락처 [[010-6671-0294|TEL]])\n채무자: [[탁성희|PER]] (주민등록번호 [[911011-2864275|RRN]])\n차용금액: 금 오백만원정 (₩5,000,000)\n변제기일: 2024년 12월 31일\n입금계좌: 채권자 명의 하나 [[620-194028-33107|ACC]]\n증인: [[연재호|PER]] ([[010-2946-7718|TEL]])",
    "표준근로계약서(단시간근로자)\n사업주: 꽃담베이커리 대표 [[하성진|PER]] (사업자등록번호 [[906-83-91217|BRN]], 전화 [[02-332-7165|TEL]])\n근로자: [[Phan Thi Hoa|PER]] (외국인등록번호 [[970315-6764183|FRN]], 연락처 [[010-2871-5590|TEL]])\n근로시간: 주 4일, 09:00~14:00 / 시급 10,000원\n임금 지급: 매월 10일, 근로자 명의 농협 [[352-1847-2291-63|ACC]]",
    "사업장: 도담식당 (사업자 [[330-50-09815|BRN]]) / 사업주 [[노경태|PER]]\n| 성명 | 주민(외국인)등록번호 | 취득일 |\n| [[이서진|PER]] | [[881230-1667862|RRN]] | 2024-03-01 |\n| [[Zhang Wei|PER]] | [[820101-5464698|FRN]] | 2024-03-04 |\n| [[Gurung Sita|PER]] | [[890514-6246368|FRN]] | 2024-03-11 |",
    "면회 신청서 (요양원)\n면회 대상: [[명순자|PER]] 어르신 (2층 7호)\n신청인: [[명재석|PER]] (관계: 아들)\n동행인: [[김다현|PER]], [[명시우|PER]]\n연락처: [[010-3025-8814|TEL]]\n면회 희망일시: 9/15(일) 15:00\n체온 확인자: 간호조무사 [[국미란|PER]]",
    "[친구 추천 이벤트 당첨 안내]\n추천인: [[한가람|PER]] (gar***@example.com)\n피추천인: [[탁나은|PER]] ([[010-2290-1837|TEL]])\n적립금 5,000P가 각각 지급되었습니다.",
    # misc services
    "PT 회원 계약서\n회원명: [[국지완|PER]]\n생년월일: 1996.02.14 / 성별: 여\n연락처: [[010 9923 4410|TEL]]\n담당 트레이너: [[석준호|PER]]\nPT 20회 1,400,000원 / 결제: 삼성카드 [[5310-9660-2032-0541|CARD]] 6개월 할부\n추천인: [[국지성|PER]]",
    "[달빛사진관] 가족사진 예약 확인\n예약자: [[빈하나|PER]]\n촬영일: 10/5(토) 11:00 / 인원 6명\n예약금 50,000원 입금 계좌: 기업 [[221-048823-01-019|ACC]] (달빛사진관, 사업자 [[898-84-89305|BRN]])\n문의: [[070-4128-3390|TEL]]",
    "캠핑장 예약 현황 (10/12 토)\nA-3 [[제갈윤|PER]] [[010-6614-2273|TEL]] 2박\nA-4 [[어승희|PER]] [[010-7729-0431|TEL]] 1박\nB-1 [[Nguyen Van Long|PER]] [[010-2287-6695|TEL]] 1박\n관리인 [[기동석|PER]] [[010-4130-9952|TEL]]",
    "자동차 대여 계약서\n임차인(제1운전자): [[용민혁|PER]] / 면허번호 [[서울 11-19-048271-33|DL]] / 생년월일 1991.06.30\n제2운전자: [[용서희|PER]] / 면허번호 [[13-20-551038-82|DL]]\n연락처: [[010-3902-7415|TEL]]\n결제카드: [[4092 5605 7308 8774|CARD]]\n차량: 아반떼 CN7 (123하4567)",
    "RENTAL AGREEMENT — Jeju\nDriver: [[Oliver Bennett|PER]]\nPassport: [[538109274|PASS]] (GBR)\nMobile: [[+44 7700 900418|TEL]]\nEmail: [[o.bennett@example.co.uk|MAIL]]\nDeposit hold: [[5159 1610 2149 1731|CARD]]\nReturn: Jeju Airport, 18 Sep 10:00",
    "[인터넷 개통 완료 안내]\n고객명: [[민서윤|PER]]\n설치 주소: 인천 연수구 송도동\n고정 IP: [[203.0.113.185|IP]] / 게이트웨이 [[203.0.113.1|IP]]\n설치 기사: [[탁재웅|PER]] ([[010-4426-1170|TEL]])",
    "[스페이스원 입주 계약 요약]\n입주사: 온새미로랩 / 사업자등록번호 [[955-39-98484|BRN]]\n대표자: [[나하람|PER]]\n담당자: [[송지유|PER]] ([[jiyu.song@example.com|MAIL]], [[010-5581-2047|TEL]])\n할당 IP: [[10.40.12.31|IP]], [[10.40.12.32|IP]]\n월 이용료: 1,320,000원",
    "서비스 접수증\n접수번호: 2407150338\n고객명: [[모상현|PER]] 님\n제품: 드럼세탁기 (모델 WD-21K8) / 증상: 탈수 시 소음\n방문 예정: 7/17 오후 2~4시\n담당 엔지니어: [[황보민|PER]] ([[010-9037-4481|TEL]])\n고객 연락처: [[031-8017-2204|TEL]]",
    "봉사활동 확인서\n성명: [[어여름|PER]]\n학교: ○○고등학교 2학년\n봉사 내용: 무료급식소 배식 보조 (총 12시간)\n확인자: 사회복지사 [[편재원|PER]] ([[02-2038-7145|TEL]])",
    "○○산악회 10월 정기산행 (설악산) 탑승 명단\n1호차: [[감정우|PER]]([[010-3357-2019|TEL]]), [[노봄|PER]]([[010-7712-0945|TEL]]), [[위강철|PER]]([[010-5518-3307|TEL]])\n회비 35,000원 입금: 새마을금고 [[9002-1847-2209-3|ACC]] (총무 [[감정우|PER]])\n산행대장: [[우다래|PER]] [[010-2249-8813|TEL]]",
    "[당근] 거래 채팅\n판매자 봄날: 내일 7시 ○○역 3번출구 가능하세요?\n구매자: 네 가능해요. 혹시 늦으면 여기로 연락주세요 [[010-8802-4417|TEL]] 저는 [[선주연|PER]]이에요\n판매자 봄날: 넵 [[주연|PER]]님 내일 뵐게요",
    "정비 접수증\n차주: [[고영호|PER]] / 차량번호 34머 2817 / 주행거리 128,400km\n연락처: [[010 4482 1930|TEL]]\n정비 내역: 엔진오일·필터 교환, 브레이크 패드 앞\n결제: [[5433951425349818|CARD]] (일시불) 187,000원\n정비사: [[옥진수|PER]]",
    "사고 접수 메모\n피보험자: [[조은결|PER]] ([[010-7723-5591|TEL]])\n상대 운전자: [[마동희|PER]] ([[010-3310-8846|TEL]]), 운전면허 [[부산 23-318274-50|DL]]\n사고 장소: 해운대구 ○○사거리\n목격자: [[Rahimov Jasur|PER]] ([[+998 93 418 27 06|TEL]])",
    "LEASE SUMMARY — Hannam-dong\nTenant: [[Emily Carter|PER]] (ARC [[940909-6560182|FRN]])\nLandlord: [[Kwon Soon-ja|PER]] ([[010-5510-2384|TEL]])\nDeposit: KRW 50,000,000 to Shinhan [[110-394-882017|ACC]]\nTenant email: [[emily.carter@example.com|MAIL]]",
    "Hi [[Aziz|PER]], your dorm key is ready at the front desk. Please bring your ARC ([[030826-7246994|FRN]]) when you pick it up. — [[Sora|PER]], International Office",
    "주민센터 요가 교실 수강 신청 (선착순 15명)\n1. [[도미란|PER]] [[010-2284-7716|TEL]]\n2. [[Tran Thi Bich|PER]] [[010-8820-1492|TEL]]\n3. [[어금순|PER]] [[02-916-4482|TEL]]\n4. [[나경애|PER]] [[010 4418 2295|TEL]]\n담당 강사: [[소희정|PER]]",
    "대리운전 기사 등록 신청\n성명: [[배준혁|PER]]\n주민등록번호: [[820904-1320270|RRN]]\n운전면허: [[28 21 004817 36|DL]] (1종 보통)\n휴대폰: [[010-3398-1742|TEL]]\n수수료 정산 계좌: 케이뱅크 [[100-142-883017|ACC]]",
    "아파트 경비원 근무 교대표\n주간: [[지복남|PER]] ([[010-2271-8830|TEL]])\n야간: [[황보철|PER]] ([[010-6604-1193|TEL]])\n대근자: [[Sultanov Rustam|PER]] (외국인등록 [[990303-5423493|FRN]])\n작성: 관리소장 [[남궁현철|PER]]",
    "자원봉사 김장 나눔 참가자 (마을 부녀회)\n[[구말자|PER]] [[010-7719-2248|TEL]]\n[[어순덕|PER]] [[010-4430-1187|TEL]]\n[[Lee Anh Thu|PER]] [[010-9917-3302|TEL]]\n[[모정란|PER]] 집전화 [[043-835-2217|TEL]]\n총괄: 부녀회장 [[노금자|PER]]",
    "선교 후원 약정서\n후원자: [[독고은혜|PER]]\n주민등록번호(연말정산용): [[890927-2817569|RRN]]\n후원 방법: 카드 자동결제 [[4854-1509-8409-5648|CARD]] 매월 30,000원\n연락처: [[010-2213-8874|TEL]]\n담당: 선교부 간사 [[길예찬|PER]]",
]

NEGATIVES = [
    "[작성 예시]\n신청인 성명: 홍길동\n주민등록번호: 000000-0000000\n연락처: 010-0000-0000\n주소: 서울특별시 ○○구 ○○로 00",
    "※ 보호자 성명란에는 실명을 기재하세요 (예: 김OO, 이OO). 연락처는 010-XXXX-XXXX 형식으로 적어 주시기 바랍니다.",
    "임 대 차 계 약 서\n임대인: ○○○ (인)\n임차인: ○○○ (인)\n보증금: 금 ________원정\n계좌번호: 000-000000-00-000",
    "[공지] 단지 내 방역 소독 실시 안내\n일시: 6월 12일(수) 09:00~17:00\n세대 내 소독을 원하시는 세대는 관리사무소로 신청해 주시기 바랍니다. — 관리사무소장",
    "[공지] 지하주차장 물청소로 인해 5/20(월) 10시~16시 B1 주차가 제한됩니다. 차량은 지상 또는 B2로 이동해 주세요. 관리사무소 드림",
    "청약 가점 계산 예시: 무주택기간 15년(32점) + 부양가족 3명(20점) + 청약통장 가입기간 15년(17점) = 69점",
    "2024년 상반기 특별공급 경쟁률: 신혼부부 48.2:1, 생애최초 61.7:1, 다자녀 3.1:1 (전국 평균)",
    "장학금 신청 시 유의사항\n1. 성적증명서(직전학기 평점 3.0 이상)\n2. 가족관계증명서 1부\n3. 통장 사본 1부\n문의는 학생지원팀으로 해 주세요.",
    "결혼식 축사 예시: 오늘 이 자리에 서게 되어 영광입니다. 신랑 ○○○군과 신부 ○○○양의 앞날에 ...",
    "웨딩홀 상담 문의 1577-2380 (평일 10시~19시, 주말 예약 상담 가능)",
    "부고 문자 작성 예시: [부고] 故 ○○○님께서 별세하셨기에 삼가 알려드립니다. 빈소: ○○장례식장 ○호실",
    "장례 절차 안내: 1일차 임종·안치, 2일차 입관, 3일차 발인 및 장지 이동. 문의 사항은 장례지원팀에 연락 바랍니다.",
    "주일 예배 순서: 묵도 — 찬송 — 대표기도 — 성경봉독(요한복음 3장 16절) — 설교 — 헌금 — 축도",
    "석가모니는 보리수 아래에서 깨달음을 얻었고, 부처님 오신 날은 음력 4월 8일이다.",
    "2023년 사과 재배면적은 3만 3,800ha로 전년 대비 1.2% 줄었고, 생산량은 39만 4천 톤으로 집계됐다.",
    "농협 고객행복센터 1588-2100 / 1544-2100 (평일 09:00~18:00)",
    "택시 기본요금 안내: 4,800원(1.6km), 거리요금 131m당 100원, 심야할증 22시~04시 최대 40%",
    "차량번호 서울32바4417, 운행기록 2024-06-11 06:00~14:30, 주행거리 212km, 수입 187,400원",
    "헤어살롱 가격표: 남성 커트 18,000원 / 여성 커트 25,000원 / 디지털펌 120,000원~ / 뿌리염색 60,000원",
    "반려견 예방접종 일정: 종합백신(DHPPL) 생후 6주부터 2주 간격 5회, 광견병 생후 3개월 이후 1회",
    "동물병원 진료시간: 평일 10:00~20:00, 토요일 10:00~17:00, 일·공휴일 휴진. 야간 응급은 24시 동물메디컬센터를 이용하세요.",
    "진료비 영수증 재발급은 고객센터 1544-7588 또는 앱에서 가능합니다. 카드번호 4518-44**-****-1234 / 승인번호 30128847",
    "돌봄교실 운영 시간: 방과 후 ~ 19:00 / 간식 제공 / 신청 기간 2/19~2/23 / 문의는 교무실(담당 부서)로",
    "예비군 훈련 일정은 예비군 홈페이지 또는 국번없이 1588-9090에서 확인할 수 있습니다. 동원훈련 2박3일, 작계훈련 2회.",
    "○○구 예비군 동대 대표전화 02-2670-3300 (평일 09:00~18:00), 국방부 민원상담 1577-9090",
    "이순신 장군은 1597년 명량해전에서 13척의 배로 133척의 왜선을 물리쳤다.",
    "세종대왕은 1443년 훈민정음을 창제하였고, 집현전 학자 정인지·신숙주·성삼문 등이 해례본 편찬에 참여했다.",
    "『홍길동전』에서 홍길동은 서자 출신으로 활빈당을 이끌고 율도국을 세운다.",
    "드라마 속 변호사 우영우는 고래를 좋아하고, 동료 최수연·권민우와 함께 한바다 법무법인에서 일한다.",
    "『채식주의자』(한강 지음, 창비, 2007)는 2016년 맨부커 인터내셔널상을 받았다.",
    "손흥민은 토트넘 홋스퍼와의 재계약 이후 시즌 12호 골을 기록했다.",
    "LG 트윈스가 두산 베어스를 5-3으로 꺾고 3연승을 달렸다. 오지환이 결승타를 쳤다.",
    "뽀로로와 크롱, 에디, 루피는 눈 덮인 숲속 마을에서 함께 산다.",
    "김치찌개 레시피: 돼지고기 200g, 신김치 1/4포기, 두부 1/2모, 고춧가루 1큰술, 국간장 1큰술, 물 600ml. 센 불에 10분, 중불에 15분 끓인다.",
    "미역국 끓이는 법: 불린 미역 20g을 참기름에 볶다가 물 1L를 붓고 국간장 2큰술로 간한다.",
    "주문번호 20240611-01045872213 / 운송장번호 6892-1034-5521 / 상품코드 SKU-KR-0101-2234",
    "[배송 조회] 송장번호 0102-3845-5210 — 간선 상차 완료 (2024.06.12 03:41)",
    "결제 승인 완료\n승인번호 01045821 / 거래일시 2024.06.01 14:22:31 / 금액 58,000원 / 할부 일시불",
    "고객님의 예약번호 QX7P2R, 항공편 KE0623 (ICN 09:05 → MNL 12:20). 좌석 32A.",
    "Dear [Customer Name],\nYour booking {BOOKING_ID} is confirmed. Please present your passport at check-in.\nThe Reservations Team",
    "[회원명]님, 대출하신 [도서명]의 반납 기한이 [반납일]입니다. — ○○도서관",
    "도서관 휴관 안내: 매월 둘째·넷째 월요일 및 법정공휴일 휴관. 자료 반납은 무인반납기를 이용하세요.",
    "승강기 정기검사 결과: 합격 (검사일 2024.04.09, 차기 검사 2025.04.08). 승강기 고유번호 2114-281. 비상통화는 승강기 내 인터폰을 이용하세요.",
    "Chrome 124.0.6367.91 / 펌웨어 v2.0.113.5 / 앱 버전 10.2.3 (빌드 2024.05.13)",
    "공공자전거 이용요금: 1시간권 1,000원, 2시간권 2,000원, 정기권 30일 5,000원. 고객센터 1599-0120",
    "이사 비용 통계: 2024년 수도권 포장이사 평균 비용은 원룸 52만 원, 25평 기준 148만 원이었다.",
    "본인확인 완료: 900101-1****** / 010-****-1234 고객님 / 카드 5310-****-****-0541",
    "이벤트 당첨자 발표: 김*수(010-****-2231), 이*영(010-****-8812), 박*준(010-****-4406)",
    "주민등록번호 입력 오류: 881332-1523416 (존재하지 않는 날짜입니다. 다시 입력해 주세요)",
    "외국인등록번호 형식 검증 실패: 990231-5428812 — 생년월일을 확인하세요.",
    "수신거부 무료 080-855-1234 / 해지 문의 114 / 분실신고 #1004",
    "문의는 운영팀 또는 고객센터로 부탁드립니다. 관리자 확인 후 담당자가 순차적으로 답변드립니다.",
    "인사팀, 총무팀, 재무팀 담당자는 6월 20일 14시 3층 대회의실에서 열리는 예산 회의에 참석해 주시기 바랍니다.",
    "2024년 합계출산율은 0.72명, 혼인 건수는 19만 3천 건으로 전년 대비 1.0% 감소했다.",
    "연령대별 응답자: 20대 412명(21.3%), 30대 388명(20.1%), 40대 401명(20.8%), 50대 이상 729명(37.8%)",
    "여권 재발급 시 필요 서류: 여권용 사진 1매, 신분증, 기존 여권(M1234****). 수수료 53,000원(10년 복수).",
    "입국 안내: 외국인 등록은 입국 후 90일 이내에 관할 출입국·외국인관서에서 해야 합니다. 외국인종합안내센터 국번없이 1345",
    "추석 연휴(9/16~9/18) 기간 고객센터 휴무. 긴급 문의는 1600-1522로 연락 바랍니다.",
    "President Yoon Suk Yeol and Prime Minister Fumio Kishida held a summit in Seoul on 7 May.",
    "Hostel rules: quiet hours 23:00–07:00, check-in from 15:00, check-out by 11:00. Breakfast 08:00–10:00 in the lobby.",
    "마을총회 안건: 1) 2024년 예산 승인 2) 경로당 보일러 교체 3) 마을 안길 포장. 참석 대상: 전 세대주 (위임장 제출 가능)",
    "카풀 규칙: 1) 출발 5분 전 도착 2) 차량 내 음식 섭취 금지 3) 유류비는 월말 일괄 정산",
    "개인정보 수집 이용 동의서 (양식)\n성명: __________ 생년월일: ____년 __월 __일\n휴대전화: 010-____-____\n서명: __________",
]


def records() -> list[dict]:
    return holdout_rows(POSITIVES, NEGATIVES, "holdout17")


def main() -> None:
    write_holdout(records(), OUT, MINIMUMS)


if __name__ == "__main__":
    main()
