# ruff: noqa: E501
"""Blind Korean PII hold-out set no. 19 (``pii_holdout19_ko.jsonl``).

How it was written: blind. The only project file opened while writing it was
``curate/evals/marked.py`` (mark syntax, short labels, ``holdout_rows``, ``write_holdout``,
``STRUCTURED_MINIMUMS``); no filter code, tests, other eval sets or hold-out generators,
README, benchmarks or data files were opened, and neither the scrubber nor any scoring command
was run. RRN/FRN, card and BRN check digits were computed with throwaway scripts under /tmp.
The set is meant to be scored once, as an honest estimate; do not tune filters, thresholds or
patterns against it.

Genres: banking and loan counselling, credit-card disputes and chargebacks, telecom shops
(개통, 번호이동, 법인 회선, 공유기 설치), government subsidy and voucher applications, elderly care
and 요양원 visits, disability services, military enlistment and veterans, school reunions,
volunteer fire brigades, farming and fishing villages, construction-site daily logs, factory
shift handovers and equipment lists, restaurant reservation books and staff schedules,
catering and wedding-buffet orders, photo and video shoots, music and art lessons, e-sports
and gaming clans, crowdfunding backers, open-source maintainers' private mail, recruitment
agencies and resumes, job interviews, freelancers' invoices and tax documents (세금계산서,
원천징수), donations and receipts, alumni mentoring, matchmaking and blind dates, dormitory and
고시원 boards, lost-pet posts, neighbourhood community apps, religious retreats and mission
trips, hospital visiting logs, tutoring platforms, translation and interpretation requests,
international students' admin, foreign workers' payslips, multicultural family centres,
transcribed handwritten notes, voice-mail and call transcripts, spreadsheets pasted as text,
driver registrations (대리운전, 배달 라이더, 렌터카, 면허 반납), business-trip and travel
passport lists.

Hard negatives: public figures in news, sport and entertainment; historical and religious
figures; fiction and drama characters; credited authors, translators and journalists'
bylines; public open-source credits; form templates with placeholders (홍길동, 김OO, ○○○,
{name}); placeholder numbers; statistics and prices; order, tracking, approval, coupon, SKU,
ticket and booking codes; version and build strings shaped like IP addresses; masked values;
nationwide service numbers, 080 numbers and short codes; public institutions' published
numbers; RRN-shaped numbers with impossible dates; team and role names; schedules and dates;
passport-like product and booking codes without passport context; common words that look like
names (하늘, 보람, 미소, 지수, 한결, 다솜) in ordinary sentences; first names in a diary's running
prose without any contact value.

Labelling policy:
* Types: KR_RRN, KR_FRN, PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, KR_BANK_ACCOUNT, KR_BRN,
  KR_PASSPORT, KR_DRIVER_LICENSE, IP_ADDRESS, PERSON.
* Every personal or business phone line is gold (mobile, landline, 070, 050x safe numbers,
  foreign mobiles); nationwide service numbers (1588-, 1544-, 1577-, 1600- ...), 080
  toll-free, short codes, public institutions' published numbers and placeholders
  (010-0000-0000) are not. Masked values (010-****-1234, 900101-1******) are not gold.
  RRN/FRN-shaped numbers with impossible dates are not gold. Business registration numbers
  are gold, and so are business and role e-mail addresses.
* A driver's licence written with a region name (서울 11-19-...) is one span including the
  region name. Passport numbers of foreign passports are labelled KR_PASSPORT (PASS) too.
* PERSON: a private person's name in form/label syntax, in correspondence to or from a private
  person, or anywhere in a record that also holds a private person's contact or identity value
  (then every occurrence of every private person's name in it is gold, including given names
  alone and the same name in another script). Never public figures, historical persons,
  fictional characters, credited authors, companies, brands, teams or template names (홍길동 in
  a 작성 예시). Names in running prose without contact values are not gold. Only the name is
  marked, not 님/씨/titles or particles (mark 김민수 in 김민수님, 김민수는, 김민수 교수님; mark
  지수 in 지수야).
* Order numbers, SKUs, tracking numbers, reference and approval codes, dates, times, version
  numbers and statistics are never gold, even when they contain phone-like or passport-like
  runs.
* Spellings: identifiers are written in the many ways Korean documents really write them
  (hyphens, spaces, dots, no separator, full-width digits, en dashes, +82 forms, lower-case
  passport letters, etc.), in realistic proportions.

All values are fictional: RRN/FRN use real calendar dates and valid check digits, card numbers
are Luhn-valid with real issuer prefixes, BRNs have valid check digits, e-mail addresses use
example/test domains, IP addresses are documentation or private ranges, foreign phone numbers
use fictional ranges where a country has one, and names are invented (no real public figures in
positives). Korean passports are M/S/G + 8 digits or M + 3 digits + letter + 4 digits; foreign
passports follow their own countries' shapes.

Regenerate: ``.venv/bin/python -m curate.evals.pii_holdout19``
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.marked import STRUCTURED_MINIMUMS, holdout_rows, write_holdout

OUT = Path(__file__).resolve().parent / "data" / "pii_holdout19_ko.jsonl"
MINIMUMS = {**STRUCTURED_MINIMUMS, "PERSON": 150, "KR_PASSPORT": 25}

POSITIVES = [
    # --- banking and loan counselling ---
    "[여신 상담일지] 2024-03-11 14:20 / 강서지점 2번 창구\n고객명: [[반지영|PER]] (주민등록번호 [[721130-2469170|RRN]])\n연락처: [[010-4418-2093|TEL]]\n상담내용: 전세자금대출 한도 문의. 재직증명서, 원천징수영수증 지참 안내함.\n담당: 대리 [[오승엽|PER]] (내선 2217)",
    "상담사: 네, 햇살저축은행 대출상담팀입니다.\n고객: 안녕하세요, 지난주에 햇살론 신청한 [[도해랑|PER]]이에요.\n상담사: [[도해랑|PER]] 고객님, 본인 확인 차 휴대폰 번호 말씀해 주시겠어요?\n고객: [[010-7731-2048|TEL]]이요.\n상담사: 확인되었습니다. 심사 결과는 내일 오후 문자로 안내드릴 예정입니다.",
    "자동이체(CMS) 출금 신청서\n예금주: [[마윤경|PER]]\n생년월일: 1984.04.20\n출금은행: KB국민은행\n계좌번호: [[841202-04-118395|ACC]]\n휴대전화: [[010-2673-5190|TEL]]\n위 계좌에서 매월 25일 출금되는 것에 동의합니다.\n2024년 5월 2일 신청인 [[마윤경|PER]] (서명)",
    "Dear Ms. [[Seo Ha-eun|PER]],\n\nWe received your overseas remittance request (ref. OR-2024-118273). The beneficiary account [[110-482-917365|ACC]] at Shinhan Bank has been verified. If any detail is incorrect, please reply to [[remit.desk@hanulbank.example|MAIL]] or call your branch at [[02-3782-4410|TEL]].\n\nBest regards,\n[[Park Jun-young|PER]]\nForeign Exchange Team",
    "[[윤태식|PER]] 고객님, 5월 대출이자 152,300원이 05/25 출금 예정입니다. 출금계좌: 하나 [[391-910284-17507|ACC]] (잔액 부족 시 연체이자 발생). 문의 1599-1111",
    "소상공인 정책자금 상담 접수표\n상호: 달빛제과 | 대표자: [[표은지|PER]]\n사업자등록번호: [[114-01-47349|BRN]]\n개업일: 2019.08.01 / 업태: 제조 / 종목: 제과\n연락처: [[031-955-2731|TEL]], [[010-8352-6604|TEL]]\n희망금액: 5,000만원 (운전자금)",
    "연대보증인 변경 요청\n차주: [[황보민철|PER]] ([[750923-1037038|RRN]])\n기존 보증인: [[황보선미|PER]]\n신규 보증인: [[이도겸|PER]] ([[810214 1722473|RRN]], [[010-3391-7720|TEL]])\n※ 신규 보증인 소득증빙 서류 미제출",
    # --- credit-card disputes ---
    "[이의제기 접수] 접수번호 CD-240612-00481\n카드번호: [[4229-3098-1932-0328|CARD]]\n회원명: [[채수린|PER]]\n이의 사유: 해외 가맹점(AMZN MKTP) 중복 결제 2건, 각 USD 49.99\n승인번호: 30418822 / 30418823\n회신 연락처: [[010-9183-4407|TEL]]",
    "제목: 부정사용 의심 거래 신고합니다\n\n안녕하세요. 어제 밤 11시 47분에 제가 쓰지 않은 결제 알림이 왔습니다. 카드는 [[5117 0812 7149 9013|CARD]]이고 지금 분실신고는 해둔 상태입니다. 거래내역 확인 후 연락 부탁드립니다.\n\n[[구민재|PER]] 드림\n[[minjae.koo@example.com|MAIL]] / [[010.5527.8160|TEL]]",
    "Chargeback request\nCardholder: [[Ahn Seo-yeon|PER]]\nCard: [[3762 628220 11344|CARD]] (Amex)\nMerchant: Seoul Stay Residence\nAmount: KRW 384,000\nReason: Service not provided - booking cancelled by merchant on 2024-04-02 but charge posted.\nContact: [[seoyeon.ahn@mail.test|MAIL]]",
    "메모: 고객 [[탁윤서|PER]] 님 통화 (14:05~14:22)\n- 카드 [[4480927814782368|CARD]] 해외결제 차단 해제 요청\n- 본인확인 완료 (생년월일, 휴대폰 [[010-6402-1188|TEL]])\n- 3영업일 내 결과 SMS 안내 예정",
    "가맹점 매출취소 요청서\n가맹점명: 소담한정식 (사업자번호 [[138-23-34385|BRN]])\n가맹점 담당: [[어경희|PER]] [[(02) 735-8812|TEL]]\n취소 대상 카드: [[5455-0044-7269-8332|CARD]] / 승인일 2024.06.03 / 승인번호 71820394\n취소 사유: 단체예약 인원 변경(12명→8명)으로 금액 정정",
    "가족카드 발급 신청\n본인회원: [[남궁지환|PER]]\n가족회원: [[남궁하윤|PER]] (관계: 자녀, 주민등록번호 [[010124-4529020|RRN]])\n결제계좌: 신한 [[110-339-402817|ACC]]\n수령지 연락처: [[010 2284 7163|TEL]]",
    "紛失届 / Lost card report\nName: [[Tanaka Yui|PER]]\nCard no.: [[3528 1475 8511 1202|CARD]] (JCB)\nPassport: [[TZ4819207|PASS]]\nLocal phone: [[010-5830-2291|TEL]]\nLost at: Myeongdong, 2024-07-19 evening",
    # --- telecom shops ---
    "[개통 신청서] 번호이동\n가입자명: [[석하늘|PER]]\n주민등록번호: [[980412-2804923|RRN]]\n이동 전 번호: [[010-7320-4158|TEL]] (SKT → KT)\n요금제: 5G 슬림 / 약정 24개월\n자동납부: 카드 [[4194-5740-2519-5928|CARD]]\n판매점: 다온모바일 신림점 (담당 [[권태오|PER]])",
    "외국인 선불폰 개통\n성명: [[NGUYEN THI LAN|PER]]\n외국인등록번호: [[931025-6581515|FRN]]\n여권번호: [[C4829103|PASS]]\n국적: 베트남\n개통번호: [[010-2971-0463|TEL]]\n요금: 선불 3만원 충전",
    "[번호이동 안내] [[곽도윤|PER]] 고객님, 고객님의 번호 [[010-4497-3021|TEL]]의 번호이동이 2024-08-02 15:31 완료되었습니다. 기존 통신사 잔여 할부금은 다음 달 청구서에 합산됩니다. 문의 114",
    "[매장 인수인계] 7/15 마감 - [[지선|PER]]\n1. [[민현우|PER]] 고객 유심 재발급 대기 → 내일 오전 재방문 ([[01098120337|TEL]])\n2. 가족결합 서류 누락: [[우정아|PER]] 고객 가족관계증명서 미제출, 연락 요망 [[010-3317-5084|TEL]]\n3. 반납 공기계 2대 금고 보관\n내일 오픈 [[소라|PER]] 부탁해요~",
    "eSIM activation request\nName: [[Daniel Whitfield|PER]]\nPassport No.: [[546238197|PASS]] (USA)\nARC: [[880102-5582608|FRN]]\nCurrent US number: [[+1 (646) 555-0182|TEL]]\nNew KR number: [[010-9055-7316|TEL]]",
    "법인 회선 계약서 (요약)\n법인명: 주식회사 에이치앤비물류\n사업자등록번호: [[120-81-63405|BRN]]\n담당자: 총무팀 [[변서진|PER]] 과장 / [[seojin.byun@hnblogis.example|MAIL]]\n회선: 업무용 휴대폰 12회선, 인터넷전화 [[070-4823-1190|TEL]] 외 3회선\n고정 IP: [[203.0.113.58|IP]]",
    "[[조미르|PER]]님, 7월 통신요금 68,420원이 미납되었습니다. 가상계좌 기업 [[562-018273-01-014|ACC]] (예금주: 온누리모바일)로 8/10까지 납부 바랍니다.",
    "번호이동 하려는데 대리점에서 주민번호 뒷자리까지 전부 카톡으로 보내래요.. 이거 괜찮은 건가요? 보낸 내용 캡처: '[[이채은|PER]] [[920822-2154875|RRN]] [[010-8823-1946|TEL]]'",
    "인터넷 설치 완료 보고\n고객: [[탁은서|PER]] / [[010-3324-8817|TEL]]\n공유기 관리 IP: [[192.168.35.1|IP]]\n할당 공인 IP: [[198.51.100.214|IP]] (고정, 월 5,500원)\n설치기사: [[노재형|PER]]",
    # --- government subsidies and vouchers ---
    "2024년 청년월세 한시 특별지원 신청서\n신청인: [[홍다원|PER]] (주민등록번호 [[010116-3974997|RRN]])\n주소: 서울특별시 관악구 ○○로 12, 302호\n휴대전화: [[010-4410-9273|TEL]]\n지원금 입금계좌: 카카오뱅크 [[3333-12-8840271|ACC]] (예금주 [[홍다원|PER]])\n임대인: [[연상철|PER]] / [[010-2209-6618|TEL]]",
    "에너지바우처 신청 접수 확인\n세대주: [[맹순덕|PER]] ([[450310-2541325|RRN]])\n대상: 노인세대, 1인 가구\n지급방식: 요금차감\n연락처: [[061-372-4018|TEL]] (자택)\n보호자: [[김옥화|PER]] [[010-6610-2274|TEL]]",
    "소상공인 전기요금 특별지원 신청 내역\n사업자번호 [[410 24 25790|BRN]]\n대표자명 [[육재현|PER]]\n상호 재현이네 분식\n연락처 [[062-514-0937|TEL]] / [[010 5721 3390|TEL]]\n환급계좌 광주은행 [[1107-021-493817|ACC]]",
    "아동수당 지급 신청서\n아동 성명: [[나예린|PER]] / 주민등록번호: [[160308-4343633|RRN]]\n보호자: [[나성훈|PER]] (부) / [[010-3092-7714|TEL]]\n지급 계좌: 농협 [[302-1844-2097-31|ACC]]\n신청일: 2016.04.11",
    "메모: 문화누리카드 재충전 대상자 연락 명단 (복지관 [[하경민|PER]] 주무관 전달)\n- [[추옥순|PER]] 어르신 [[063-852-1174|TEL]]\n- [[변두식|PER]] 어르신 [[010-4901-2385|TEL]]\n- [[성말례|PER]] 어르신 (전화 안 받으심, 방문 필요)",
    "긴급생계지원 (결혼이민자) 신청\n성명: [[LE THI HOA|PER]] ([[레티호아|PER]])\n외국인등록번호: [[971020-6926691|FRN]]\n배우자: [[정구현|PER]] / [[010-7182-3305|TEL]]\n국적: 베트남, 체류자격 F-6",
    "신청번호\t성명\t연락처\t계좌\n2024-0312\t[[문세아|PER]]\t[[010-2281-6730|TEL]]\t우리 [[1002-847-219375|ACC]]\n2024-0313\t[[염지혜|PER]]\t[[010-9403-1158|TEL]]\t국민 [[620102-01-447182|ACC]]\n2024-0314\t[[탁보은|PER]]\t[[010-3305-8822|TEL]]\t토스뱅크 [[1000-4471-2906|ACC]]",
    "고령운전자 면허 자진반납 지원 신청\n신청인: [[탁만수|PER]] (만 78세)\n면허번호: [[제주 18-003317-41|DL]]\n지원 선택: 교통카드 10만원 충전\n연락처: [[064-752-8813|TEL]] (자택)\n대리 신청: 아들 [[탁경민|PER]] [[010-6628-1170|TEL]]",
    # --- elderly care ---
    "○○요양원 면회 신청서\n입소자: [[명순이|PER]] 어르신 (3층 302호)\n면회자: [[명재호|PER]] (아들), [[신유리|PER]] (며느리)\n연락처: [[010-5520-8137|TEL]]\n면회 일시: 9/14(토) 14:00~14:30\n※ 자가진단 결과 지참",
    "장기요양급여 이용계약서 (발췌)\n수급자: [[고말순|PER]] / 주민등록번호 [[390318-2640793|RRN]] / 장기요양등급 3등급\n보호자(대리인): [[고정태|PER]] / [[010-9114-5276|TEL]] / [[jt.ko@example.net|MAIL]]\n본인부담금 납부: 자동이체 농협 [[352-0937-4418-13|ACC]]",
    "방문요양 서비스 일지 2024.10.07\n요양보호사: [[엄소희|PER]]\n수급자: [[피영자|PER]] 님 (자택)\n09:00~12:00 식사보조, 목욕, 약 복용 확인\n특이사항: 오른쪽 무릎 통증 호소 → 보호자 [[피상민|PER]]님께 [[010-6612-4480|TEL]]로 연락드림",
    "[햇살요양원 공지] 보호자님들께\n추석 연휴 면회는 9/16~9/18 오전 10시~오후 4시 가능합니다. 사전 예약은 사무국장 [[진경수|PER]] ([[055-762-3041|TEL]], [[010-2731-9980|TEL]])에게 해주세요.\n※ 음식 반입은 사전 협의 바랍니다.",
    "Hi, I'm [[Grace Min|PER]], daughter of [[Min Bok-hee|PER]] ([[민복희|PER]]) in room 207. I'm in Vancouver and can't visit this month. Could you please video-call me on [[+1 604 555 0139|TEL]] on Sunday morning KST? My email is [[grace.min@example.com|MAIL]]. Thank you so much for taking care of my mom.",
    "안부확인 통화 기록 (노인맞춤돌봄서비스)\n10/21 10:12 [[백금례|PER]] 어르신 [[054-631-7720|TEL]] - 통화됨, 건강 양호\n10/21 10:20 [[이봉수|PER]] 어르신 [[010-7738-0214|TEL]] - 부재, 재통화 예정\n10/21 10:35 [[강순임|PER]] 어르신 [[054-632-1185|TEL]] - 통화됨, 보일러 고장 → 주거지원 연계\n담당 생활지원사: [[윤미경|PER]]",
    "입원약정서 보증인란\n환자: [[송기남|PER]] (주민등록번호 [[430305-2167241|RRN]])\n연대보증인: [[송현아|PER]] (관계: 딸) 주민등록번호 [[690318-2426669|RRN]]\n연락처 [[010–4482–9031|TEL]]",
    "송영차량 운전원 현황\n1호차 [[임만식|PER]] [[25-13-772018-80|DL]] [[010-5529-4418|TEL]]\n2호차 [[노정배|PER]] [[인천 20-118405-62|DL]] [[010-2281-7703|TEL]]\n※ 차량 정기점검 매월 첫째 주 월요일",
    # --- disability services ---
    "장애인 활동지원 서비스 변경 신청\n수급자: [[권서아|PER]] ([[130921-4123409|RRN]])\n보호자: [[권혁진|PER]] [[010-2047-5561|TEL]]\n변경 사유: 활동지원사 [[도민정|PER]] 선생님과 시간 조율 어려움",
    "수어통역 서비스 신청 (문자 접수)\n신청인: [[여상훈|PER]] (청각장애)\n문자 수신 번호: [[010-9921-3048|TEL]]\n일시: 11/5(화) 14:00, 장소: 구청 민원실\n내용: 전세 계약 관련 상담\n배정 통역사: [[남보연|PER]]",
    "보조기기 대여 신청\n이용자 [[최한결|PER]] / 전동휠체어 (모델 WH-2300)\n연락처 [[01033852917|TEL]]\n배송지 연락 보호자 [[최영란|PER]] [[032-431-6620|TEL]]\n대여기간 2024.11.01~2025.04.30",
    "제목: 주간보호센터 이용 상담 요청\n\n안녕하세요, 발달장애가 있는 저희 아들 [[준서|PER]](21세) 주간보호센터 이용 관련 상담 받고 싶습니다. 평일 오후 3시 이후 통화 가능하고, 제 번호는 [[010-6628-0413|TEL]]입니다.\n\n[[함미영|PER]] 드림",
    "[근로지원인 배정 안내] [[구태현|PER]] 님, 근로지원인 [[서은비|PER]] 님이 12/2부터 배정됩니다. 근로지원인 연락처: [[010-4409-7215|TEL]]. 일정 변경은 담당 매니저에게 문의 바랍니다. (한국장애인고용공단 1588-1519)",
    # --- military and veterans ---
    "[훈련소 입영 가족 단톡 - 연락망]\n훈련병 [[길태윤|PER]] 어머니 [[정소영|PER]] [[010-3346-1902|TEL]]\n훈련병 [[박찬|PER]] 아버지 [[박동진|PER]] [[010-8815-2270|TEL]]\n훈련병 [[유건우|PER]] 누나 [[유가은|PER]] [[010-5507-9341|TEL]]",
    "예비군 전입신고서\n성명: [[하준혁|PER]]\n주민등록번호: [[910925-1600844|RRN]]\n전역일: 2013.07.04 / 병과: 보병\n연락처: [[010-7702-4139|TEL]] / [[hjh0925@example.com|MAIL]]",
    "국가유공자 유족 등록 신청서\n고인: [[천상만|PER]] ([[500513-1919647|RRN]]) - 베트남전 참전, 2019년 작고\n신청인: [[오길자|PER]] (배우자)\n연락처: [[033-642-5128|TEL]]\n첨부: 가족관계증명서, 참전 사실 확인서",
    "면회 신청합니다.\n병사: 일병 [[신도윤|PER]] (3중대)\n면회객: [[신경호|PER]](부), [[이혜숙|PER]](모)\n차량번호: 34고 5912\n대표 연락처: [[010 6623 1849|TEL]]\n방문일: 5/18(토) 10시",
    "국외여행허가 신청 메모\n- 신청인: [[배성준|PER]] (현역병 입영 대상)\n- 여권번호: [[M703A5182|PASS]]\n- 여행기간: 2025.01.03~01.10 (일본 오사카)\n- 연락처: [[010-2287-6035|TEL]]",
    "월남전 참전 전우회 ○○지회 회비 납부 현황 (10월)\n[[이춘식|PER]] 30,000 완납 [[010-3381-0274|TEL]]\n[[방경태|PER]] 30,000 완납 [[010-5526-8103|TEL]]\n[[우병철|PER]] 미납 [[041-663-2017|TEL]]\n회비 계좌: 농협 [[351-1128-4473-53|ACC]] (총무 [[방경태|PER]])",
    # --- school reunions and alumni mentoring ---
    "<○○고 33회 졸업 30주년 동창회 안내>\n일시: 11월 23일(토) 오후 6시\n장소: 수원 라온홀 3층\n회비: 5만원 / 입금계좌: 국민 [[553802-01-238190|ACC]] (총무 [[염승호|PER]])\n문의: 회장 [[남기태|PER]] [[010-4721-3386|TEL]], 총무 [[010-9217-0055|TEL]]",
    "3학년 7반 연락처 정리 (찾은 친구들)\n[[권나래|PER]] - [[010-2281-4576|TEL]] (대전 살아요)\n[[도진우|PER]] - [[jinwoo.do@mail.test|MAIL]]\n[[한보람|PER]] - [[010 3947 6211|TEL]]\n[[미소|PER]]랑 [[다솜|PER]]이는 아직 연락 안 됨 ㅠ\n[[강미소|PER]] 연락처 아는 사람?",
    "Hi [[Sungmin|PER]],\n\nThis is [[Jae Lee|PER]] ([[이재원|PER]]) from the class of '98. Saw the reunion notice on the alumni band. I'm flying in from Sydney for it! My Korean number will be [[+82 10-3315-7720|TEL]] from Nov 20. Can you add me to the KakaoTalk group?\n\nCheers,\n[[Jae|PER]]",
    "초등 동창 반창회 정산\n총 지출 412,000원 / 참석 9명 → 1인 45,800원\n[[소윤|PER]]이가 먼저 결제했으니 [[소윤|PER]] 계좌로 보내주세요~\n토스뱅크 [[1000 2394 8817|ACC]] [[류소윤|PER]]",
    "이름,기수,전화,이메일\n[[임재성|PER]],27,[[010-4418-3320|TEL]],[[js.lim@example.org|MAIL]]\n[[봉지현|PER]],27,[[010-7725-1093|TEL]],\n[[탁민호|PER]],28,,[[minho.tak@example.net|MAIL]]",
    "은사님 찾습니다 🙏 1999년 ○○중 2학년 담임 [[설경아|PER]] 선생님 연락처 아시는 분 계실까요? 저는 당시 반장이었던 [[피재윤|PER]]입니다. 연락 주세요 [[010-8830-2174|TEL]]",
    "[선후배 멘토링 매칭 결과]\n멘토: [[구현석|PER]] 선배 (07학번, ○○증권 IB본부) [[hyunseok.koo@example.com|MAIL]]\n멘티: [[탁서윤|PER]] (21학번, 경영) [[010-3920-6618|TEL]]\n첫 만남: 10월 중 자율 (카톡으로 일정 조율)",
    "Hi [[Dahye|PER]],\n\nGreat chatting yesterday! As promised, here's the contact of my former colleague [[Kevin Oh|PER]] at the Singapore office: [[kevin.oh@example.com|MAIL]], [[+65 9123 4471|TEL]]. Mention my name when you reach out.\n\nBest,\n[[Hyejin|PER]]",
    "멘토 활동비 지급 명단 (2학기)\n[[선동욱|PER]] 신한 [[110-418-337290|ACC]] 200,000\n[[엄지현|PER]] 국민 [[551201-01-447829|ACC]] 200,000\n[[류한솔|PER]] 카카오뱅크 [[3333-17-2285019|ACC]] 150,000",
    # --- volunteer fire brigades ---
    "○○면 의용소방대 비상연락망 (2024. 3. 기준)\n대장 [[왕태섭|PER]] [[010-5532-1874|TEL]]\n부대장 [[곽영숙|PER]] [[010-2218-9006|TEL]]\n총무 [[민경철|PER]] [[043-652-3318|TEL]]\n※ 출동 시 면사무소 집결",
    "의용소방대원 임명 신청서\n성명: [[전하림|PER]]\n주민등록번호: [[840420-2651885|RRN]]\n직업: 자영업 (하림꽃집)\n연락처: [[010-3092-5518|TEL]]\n운전면허: 1종보통 [[충남 10-302948-11|DL]]\n소방 관련 자격: 응급처치 강사",
    "[[진욱|PER]]아, 토요일 화재예방 캠페인 부스 물품 차에 좀 실어줘. 나 [[010-6671-2049|TEL]] 이 번호로 바뀌었어. - [[태섭|PER]] 형이",
    "2024 상반기 의용소방대 교육수당 지급 명단\n[[임숙희|PER]] 농협 [[301-0218-4471-91|ACC]]\n[[노한빈|PER]] 농협 [[356-1120-3398-42|ACC]]\n[[선우진|PER]] 새마을금고 [[9002-1983-4418-2|ACC]]",
    "의용소방대 펌프차 운전요원 지정 (2024.5.)\n[[곽성훈|PER]] 1종대형 [[광주 12-448190-03|DL]]\n[[윤재민|PER]] 1종대형 [[16-19-027755-50|DL]]\n※ 운전요원은 분기 1회 안전운전 교육 이수",
    # --- farming and fishing villages ---
    "○○리 마을회 공지\n이번 주 토요일 오전 7시 마을 공동 방제 합니다. 드론 방제 업체 사장님 연락처 [[010-4403-1927|TEL]] ([[성대길|PER]] 사장). 참여 못 하시는 분은 이장 [[한종만|PER]] ([[041-932-0172|TEL]])에게 미리 말씀해 주세요.",
    "사과 직거래 주문 받습니다 🍎 부사 5kg 3.5만 / 10kg 6.5만\n입금: 농협 [[351-0847-2293-13|ACC]] 예금주 [[엄기순|PER]]\n주문 문자: [[010-7730-2251|TEL]] (이름/주소/수량)\n경북 청송 [[엄기순|PER]] 농장",
    "계절근로자 급여명세서 (2024년 8월)\n성명: [[DELA CRUZ, MARK ANTHONY|PER]]\n여권번호: [[P4827361A|PASS]]\n지급액: 2,318,400원\n입금계좌: 농협 [[302-9910-4831-21|ACC]]\n고용주: [[장석구|PER]] (사업자번호 [[310-12-18846|BRN]])",
    "○○어촌계 해녀 명단 및 보험 가입 현황\n[[고순옥|PER]] 1951년생 [[064-782-3190|TEL]] 가입\n[[부영자|PER]] 1958년생 [[010-3309-7821|TEL]] 가입\n[[현금자|PER]] 1962년생 [[010-6611-4035|TEL]] 미가입 → 계장님 확인\n어촌계장 [[강창호|PER]]",
    "Crew list - F/V Haeseong 7\n1. [[Kim Sang-woo|PER]], Captain, [[+82 10 2290 7741|TEL]]\n2. [[Nguyen Van Tam|PER]], Deckhand, Passport [[C9012347|PASS]], ARC [[750310-5026014|FRN]]\n3. [[Bambang Susilo|PER]], Deckhand, Passport [[B4820193|PASS]], ARC [[711210-5948820|FRN]]",
    "귀농귀촌 교육 수강 신청서\n성명: [[하정민|PER]] / 연락처 [[010-2214-8807|TEL]] / 이메일 [[jm.ha@example.com|MAIL]]\n희망작목: 블루베리\n동반 가족: 배우자 [[오세린|PER]]",
    "농기계 임대 신청 (트랙터 60마력)\n신청인: [[백종수|PER]]\n면허: 1종보통 [[전북 23-051209-70|DL]]\n연락처: [[063-542-1193|TEL]] / [[010-4451-0287|TEL]]\n임대기간: 4/8~4/10",
    # --- construction sites ---
    "작업일보 2024.06.18 (화) 맑음\n현장: ○○동 근린생활시설 신축공사\n투입인원: 형틀 6, 철근 4, 전기 2\n안전관리자: [[석진호|PER]] [[010-7418-2036|TEL]]\n특이사항: 철근공 [[응우옌반득|PER]] 손가락 찰과상, 응급처치 후 작업 복귀\n내일: 3층 슬라브 타설 (레미콘 08:00 도착)",
    "건설근로자 신규 채용 기록\n성명: [[ZHANG WEI|PER]] ([[장웨이|PER]])\n국적: 중국\n외국인등록번호: [[750728-5886263|FRN]]\n여권번호: [[E73920146|PASS]]\n기초안전보건교육 이수: 2024.05.02\n임금계좌: 우리은행 [[1002-955-418273|ACC]]\n팀장: [[백승환|PER]]",
    "크레인 배차 요청\n업체: 대진중기 (사업자 [[502-81-50607|BRN]])\n기사님: [[나동수|PER]] 기사 [[010 9904 3317|TEL]]\n장비: 50톤 카고크레인 1대\n일시: 7/3 06:30 현장 도착\n현장 담당: 공무 [[정예찬|PER]] [[010-5530-2418|TEL]]",
    "TBM 참석자 (06/21)\n1. [[양두식|PER]] (형틀반장) 서명\n2. [[표태민|PER]] 서명\n3. [[LUONG VAN NAM|PER]] 서명\n4. [[TRAN QUOC BAO|PER]] 서명\n작성: 안전관리자 [[석진호|PER]]",
    "제목: 6월 기성 청구서 송부\n\n[[변상욱|PER]] 소장님께,\n\n6월분 기성 청구서(세금계산서 포함) 첨부드립니다. 사업자등록번호 [[2110571570|BRN]], 입금계좌 기업은행 [[284-039471-01-018|ACC]]입니다.\n\n대성설비 [[오민성|PER]] 드림 / [[010-4712-0098|TEL]]",
    "장비 투입 확인서\n장비: 25톤 덤프 (경기 88사 4417)\n운전원: [[문기철|PER]]\n면허: [[14-09-664320-21|DL]] (1종대형)\n연락처: [[010 8812 3307|TEL]]\n투입시간: 07:00~17:00",
    # --- factories ---
    "[2라인 교대 인수인계] 6/27 주간→야간\n- 사출기 3호 금형 온도 이상 (10:40~11:10 정지) → 보전팀 [[장민규|PER]] 기사 조치 완료\n- 불량률 1.8% (기준 2.0% 이내)\n- 야간조장 [[심은영|PER]] 님 확인 부탁\n- 긴급 연락: 생산과장 [[010-3318-2204|TEL]]\n작성: 주간조장 [[여태경|PER]]",
    "급여명세서 2024년 5월 / Payslip May 2024\n성명(Name): [[RAHMAN MD. ASIF|PER]]\n외국인등록번호(ARC): [[941020-5451167|FRN]]\n여권(Passport): [[A07293846|PASS]]\n기본급 2,060,740 / 연장 412,150 / 야간 188,300\n공제: 국민연금 111,480, 건강보험 88,110, 고용보험 23,130\n실지급액 2,430,620원\n입금: 국민은행 [[930216-00-112843|ACC]]",
    "기숙사 배정표 (B동)\n201호: [[Ram Bahadur Thapa|PER]] (ARC [[950711-5138799|FRN]], [[010-2943-7716|TEL]]), [[Suman Gurung|PER]] ([[010-4281-0935|TEL]])\n202호: [[Bishnu Rai|PER]] (연락처 미등록)\n사감: 총무과 [[윤재필|PER]] 대리",
    "과장님 저 [[구하람|PER]]입니다. 다음주 화요일 야간을 [[송지후|PER]] 씨랑 바꿔도 될까요? 아이 병원 예약이 있어서요. [[지후|PER]] 씨도 괜찮다고 했습니다. 제 번호 [[010-2258-9431|TEL]]로 답 주세요.",
    "협력업체 차량 출입 등록\n업체명: 신우정밀 (사업자 [[607-81-82821|BRN]])\n운전자: [[강호석|PER]]\n운전면허번호: [[19-05-330912-31|DL]]\n연락처: [[010-6604-1193|TEL]]\n차량: 1톤 탑차 82러 4471",
    "설비 네트워크 목록 (2공장)\n사출기1 PLC [[10.30.1.11|IP]]\n사출기2 PLC [[10.30.1.12|IP]]\nHMI 서버 [[10.30.1.100|IP]]\n담당: 생산기술 [[장민규|PER]] (내선 318)",
    "2024년 11월 급여대장 (생산직 외국인)\n이름 | 외국인등록번호 | 실수령 | 계좌\n[[Enkhjargal Tsend|PER]] | [[990211-6573638|FRN]] | 2,318,220 | 기업 [[524-019384-01-012|ACC]]\n[[Nurlan Abenov|PER]] | [[870902-5733311|FRN]] | 2,402,910 | 농협 [[356-2291-7740-13|ACC]]",
    # --- restaurants ---
    "예약장부 12/24 (화)\n18:00 [[황보은|PER]] 4명 창가 [[010-5528-3091|TEL]] 케이크 지참\n18:30 [[Kim Jiwoo|PER]] 2명 [[010-7739-0412|TEL]] 영어 메뉴\n19:00 [[오태양|PER]] 6명 룸 [[010–3346–2281|TEL]] 선결제 완료\n19:30 [[박인서|PER]] 3명 [[010 4418 2276|TEL]] ※ 지난번 노쇼",
    "12월 2주차 근무표 (홀)\n월: [[다은|PER]] 오픈, [[현수|PER]] 마감\n화: [[현수|PER]] 오픈, [[세린|PER]] 마감\n수: 휴무\n목: [[다은|PER]] 오픈, [[세린|PER]] 마감\n급한 대타는 매니저 [[한지훈|PER]] [[010-2771-4418|TEL]]로 연락",
    "제목: 12/20 송년회 단체예약 확인 요청\n\n안녕하세요, (주)브릿지소프트 총무팀 [[문하은|PER]]입니다. 12/20(금) 19시 32명 예약 건 코스 B로 확정 부탁드립니다. 세금계산서는 사업자번호 [[104-86-87619|BRN]]으로, 발행 메일 [[tax@bridgesoft.example|MAIL]]로 보내주세요.\n연락처: [[02-6952-3307|TEL]]",
    "[예약 확정] 예약자: [[손예나|PER]] / 안심번호 [[0504-2291-8837|TEL]] / 2인 / 1/13(월) 12:30 / 요청사항: 유아의자 1개",
    "주방 직원 급여계좌 (대표님만 보세요)\n- 주방장 [[맹석진|PER]]: 신한 [[110-447-293018|ACC]]\n- 보조 [[팜티응옥|PER]]: 우리 [[1002-683-417729|ACC]] (외국인등록번호 [[860712-6723931|FRN]])\n- 설거지 [[최순자|PER]] 이모: 농협 [[356-0472-8810-23|ACC]]",
    '[음성사서함] 1월 8일 오후 3:12\n"아 안녕하세요, 이번주 토요일 저녁 7시에 8명 예약하고 싶어서 전화드렸는데요, [[채동건|PER]]이라고 하고요, 번호는 [[010 8847 2019|TEL]]입니다. 돌잔치 끝나고 가는 거라 애기 의자 두 개 필요해요. 연락 부탁드려요."',
    "CCTV 설치 내역 (소담한정식)\nNVR: [[192.168.1.108|IP]] / 카메라 8채널\n원격접속: [[203.0.113.91|IP]]:37777\n설치업체: 안심시큐 [[권대혁|PER]] 기사 [[010-6617-0342|TEL]]",
    "돌잔치 룸 예약금 결제 (카드 수기결제 요청)\n예약자: [[손가윤|PER]]\n카드: [[5186-3723-7226-8597|CARD]] 유효기간 11/26\n금액: 200,000원\n연락처: [[010-9913-6604|TEL]]",
    # --- catering and buffets ---
    "출장뷔페 주문서\n행사: 돌잔치 (2025.02.15 토 12:00)\n장소: 용인시 기흥구 ○○컨벤션 2층\n주문자: [[선지호|PER]] ([[010-3381-7724|TEL]])\n인원: 80명 / 메뉴: 한식 A코스 (1인 33,000원)\n계약금 50만원 입금: 하나 [[212-910384-27307|ACC]] (예금주: 맛고을케이터링)\n담당 실장: [[주은정|PER]]",
    "Catering order confirmation #CT-58812\nClient: Lumen Korea Ltd. (BRN [[220-81-31426|BRN]])\nContact: [[Olivia Hart|PER]], [[olivia.hart@lumenkr.example|MAIL]], [[+82-2-3451-0918|TEL]]\nEvent: product launch reception, 120 pax\nDietary: 8 vegetarian, 3 halal",
    "사장님 안녕하세요. 내일 봉사팀 도시락 45개 주문했던 [[양윤희|PER]]입니다. 5개 추가해서 50개로 부탁드려요. 수령은 남편이 11시 반에 갈게요. [[010-9923-4051|TEL]]",
    "웨딩홀 식사 인원 최종 확정서\n신랑: [[탁준영|PER]] / 신부: [[민세은|PER]]\n보증인원 250명 → 최종 270명\n추가분 결제: 카드 [[5538-5010-4297-9085|CARD]] (신랑측)\n연락처: 신랑 [[010-2239-4481|TEL]], 신부 [[010-7718-3320|TEL]]",
    "메모: 6/8 바베큐 출장 - 고객 [[임채윤|PER]] [[010-4822-6139|TEL]], 가평 펜션 (○○리 산 23), 30인분, 숯/그릴 포함, 잔금 현장 결제",
    # --- photo and video shoots ---
    "촬영 계약서 (스냅)\n고객: [[어지윤|PER]] / [[010-6630-2217|TEL]] / [[jiyoon.eo@example.com|MAIL]]\n촬영일: 2024.10.12 (하늘공원)\n상품: 커플 스냅 2시간, 원본 전체+보정 30장\n잔금 입금: 카카오뱅크 [[3333-08-5521947|ACC]] (예금주 [[반서우|PER]] / 포토그래퍼)",
    "모델 출연료 지급 정보\n성명: [[설정희|PER]] (시니어 모델)\n주민등록번호: [[670226-2087324|RRN]]\n출연료: 300,000원 (사업소득 3.3% 원천징수 후 290,100원)\n입금: 신한 [[110-291-884037|ACC]]",
    "콜시트 Day 2 (3/9)\n콜타임 06:00 / 장소: 인천 ○○항\n감독 [[권도훈|PER]] [[010-4729-1183|TEL]]\n촬영감독 [[마성빈|PER]] [[010-2288-0471|TEL]]\n출연: [[시아|PER]] (아역, 보호자 [[한정란|PER]] [[010-3317-2096|TEL]])\n차량: 스타렉스 2대 (운전 [[배용식|PER]])",
    "Hi! We're [[Emily Cho|PER]] and [[Marcus Reid|PER]], getting married in Jeju on May 17. We'd love a quote for a 4-hour video package. You can reach us on WhatsApp [[+44 7700 900418|TEL]] or by email [[emilyandmarcus@example.com|MAIL]]. Thanks!",
    "여권사진 촬영 예약\n[[Pham Minh Chau|PER]] / [[010-9271-3304|TEL]] / 11/2 10:30\n[[천서영|PER]] / [[010-4420-8871|TEL]] / 11/2 11:00 (아기 여권, 6개월)",
    "Hanbok photo shoot booking\nName: [[Mei Takahashi|PER]]\nCard (deposit): [[3566 9121 8430 5601|CARD]]\nPhone: [[+81 70 2291 4408|TEL]]\nDate: Oct 5, 14:00 (Bukchon)",
    # --- music and art lessons ---
    "피아노 레슨 등록 카드\n학생: [[연하율|PER]] (초3)\n보호자: [[연수진|PER]] (모) [[010-2294-6610|TEL]]\n레슨: 화/목 16:30, 30분\n수강료: 월 16만원, 매월 5일 이체 → 국민 [[482701-04-229183|ACC]] (원장 [[차은결|PER]])",
    "쌤 안녕하세요 [[지수|PER]]예요 ㅎㅎ 이번 주 목요일 레슨 8시로 옮길 수 있을까요? 회사 야근이 잡혀서요 ㅠ 안 되면 [[010-3392-1186|TEL]]로 전화 주세요!",
    "외부 강사료 지급 내역 (2024.09)\n강사명: [[강하린|PER]] (수채화)\n주민등록번호: [[641113-2486536|RRN]]\n강사료 400,000원, 기타소득 8.8% 원천징수 35,200원\n입금계좌: 우리 [[1002-331-905418|ACC]]",
    "Guitar lessons - Itaewon\nStudent: [[Jordan Blake|PER]] (beginner)\nPhone: [[010-5582-3390|TEL]]\nEmail: [[jblake@example.org|MAIL]]\nSchedule: Saturdays 11:00\nTeacher: [[Hyunjae|PER]] ([[정현재|PER]])",
    "カヤグム体験レッスン申込\nお名前：[[佐藤 美咲|PER]]\n電話：[[090-4418-2273|TEL]]\nメール：[[misaki.sato@example.com|MAIL]]\n希望日：11月9日（土）午後",
    "청소년 오케스트라 비엔나 연주여행 - 보호자 동의서\n단원: [[여하람|PER]] (바이올린) / 여권 [[M29374051|PASS]]\n보호자: [[여정훈|PER]] / [[010-4408-1172|TEL]]\n비상 시 현지 연락: 인솔교사 [[문소정|PER]] [[+43 664 1829 371|TEL]]",
    # --- e-sports and gaming ---
    "[클랜 운영진 연락처] 외부 공개 금지\n클랜장: 닉 '새벽라면' / [[곽준호|PER]] / [[010-7732-4108|TEL]]\n부클랜장: 닉 'Yuzu' / [[나유진|PER]] / 디코 only\n총무: 닉 '한결같이' / [[소한결|PER]] / [[010-2276-9901|TEL]]",
    "2024 ○○컵 아마추어 대회 참가 신청\n팀명: 불꽃슛돌이\n팀장: [[표준혁|PER]] / [[010-6681-2274|TEL]] / [[junhyuk.pyo@mail.test|MAIL]]\n팀원: [[권민재|PER]], [[장세훈|PER]], [[이도윤|PER]], [[하승우|PER]]\n상금 수령 계좌: 토스뱅크 [[100028194407|ACC]]",
    "[운영 로그] 2024-11-03 02:14:09 계정 nightowl_92 (실명 [[문태길|PER]], 본인인증 [[010-9384-1182|TEL]]) 접속 IP [[203.0.113.147|IP]] → 매크로 탐지, 7일 정지\n2024-11-03 02:15:40 동일 IP [[203.0.113.147|IP]]에서 부계정 2개 추가 접속 확인",
    "정모 참석 확인 🎮\n[[도하|PER]] ✅ [[010-4471-0392|TEL]]\n[[승민|PER]] ✅\n[[Ryan|PER]] ✅ (영어만 가능)\n[[주안|PER]] ❌\n장소: 홍대 PC방 2층, 7/20 14시\n회비 1.5만 → 총무 [[송도하|PER]] 카뱅 [[3333-21-4408172|ACC]]",
    "디스코드 봇 서버 인수인계\n- VPS: [[198.51.100.23|IP]] (SSH 2222포트)\n- 내부 DB: [[10.8.0.5|IP]]\n- 관리자: [[Kang Yerim|PER]] ([[yerim.kang@example.com|MAIL]])\n- 비상시 [[010-3309-7214|TEL]]",
    "Roster submission - APAC Invitational\nTeam: Nightfall Esports\n1. [[Jeon Hyeonu|PER]] ('Zeph') - passport [[M516E2093|PASS]]\n2. [[Nattapong Srisuk|PER]] ('Noodle') - passport [[AA4829170|PASS]]\n3. [[Cao Minh Quan|PER]] ('Qwan') - passport [[C7713049|PASS]]\nManager: [[Yoo Jiseok|PER]], [[manager@nightfall.example|MAIL]]",
    "게임 정기결제 카드 변경 요청드립니다. 자동결제 카드를 [[5377 2453 9868 8379|CARD]]에서 [[3760-504383-50671|CARD]](아멕스)로 바꿔주세요.\n회원 [[하지율|PER]] / [[010-5518-2093|TEL]]",
    # --- crowdfunding ---
    "펀딩 리워드 배송 명단 (2차)\n후원번호 10482 | [[강나윤|PER]] | [[010-2247-3918|TEL]] | 서울 마포구 ○○로 48 | 얼리버드 세트 x1\n후원번호 10483 | [[Choi Daniel|PER]] | [[+1 213 555 0164|TEL]] | LA, USA | 해외배송 세트 x2\n후원번호 10484 | [[배서현|PER]] | [[010-9021-4476|TEL]] | 부산 해운대구 | 기본 세트 x1",
    "제목: 리워드 아직 못 받았어요\n\n메이커님 안녕하세요. 3월에 후원한 [[윤아름|PER]]입니다(후원번호 8817). 배송 예정일이 한참 지났는데 아직 소식이 없네요. 환불해 주시려면 계좌는 국민 [[927502-01-338416|ACC]]입니다. 답변 부탁드립니다.\n[[areum.yoon@example.net|MAIL]]",
    "메이커 정보\n상호: 주식회사 온새미 | 대표: [[길도현|PER]]\n사업자등록번호: [[134-88-04350|BRN]]\n통신판매업신고: 2023-서울성동-1182\n이메일: [[help@onsaemi.example|MAIL]] / 전화: [[070-8812-4409|TEL]]",
    "Backer survey response\nName: [[Hana Yamamoto|PER]]\nEmail: [[hana.y@example.com|MAIL]]\nShipping phone: [[+81 90 3318 4427|TEL]]\nPledge: Deluxe tier ($89)\nAdd-ons: extra dice set",
    "결제 이상거래 탐지 (펀딩 #2291)\n후원자: [[오재선|PER]] / [[jaeseok.oh@example.net|MAIL]]\n카드: [[3589 0400 3355 3438|CARD]] (해외발급 JCB)\n결제 IP: [[192.0.2.201|IP]] (VPN 추정)\n조치: 결제 보류, 본인확인 요청",
    # --- open-source maintainers (private mail) ---
    "From: [[Seunghyun Baek|PER]] <[[shbaek.dev@example.com|MAIL]]>\nTo: [[Mira Jeon|PER]] <[[mira@mjeon.example|MAIL]]>\nSubject: handing over maintainership\n\n[[Mira|PER]], I'll be off the project for a few months (new baby!). I've added you as owner on the package registry. The staging box is at [[192.0.2.44|IP]]; the root key is in the vault. If anything breaks, call me: [[010-3391-0827|TEL]].\n\n- [[Seunghyun|PER]]",
    "보안 취약점 제보 (비공개)\n제보자: [[윤세진|PER]] ([[sejin.yoon@mail.test|MAIL]])\n재현 환경: 테스트 서버 [[198.51.100.76|IP]], 공격자 PC [[192.168.10.24|IP]]\n영향 버전: 2.4.0 ~ 2.6.3 (3.0.1에서 수정 예정)\n메인테이너 담당: [[최규현|PER]]",
    "오픈소스 후원 문의 감사드려요! 개인 후원은 아래 계좌로 받고 있습니다.\n카카오뱅크 [[3333-05-7712938|ACC]] ([[정하람|PER]])\n세금계산서가 필요한 기업 후원은 [[sponsor@hanbit-oss.example|MAIL]]로 연락주세요.",
    "# .mailmap\n[[Kim Dohyun|PER]] <[[dohyun.kim@example.com|MAIL]]> <[[dhkim@oldcorp.example|MAIL]]>\n[[Lee Sora|PER]] <[[sora.lee@example.org|MAIL]]> <[[sora@laptop.local.test|MAIL]]>",
    "[[하윤|PER]]님, 요청하신 쇼핑몰 서버 이전 완료했습니다.\n- 신규 서버: [[203.0.113.12|IP]]\n- DB: [[172.16.0.21|IP]] (내부망)\n- 관리자 계정은 카톡으로 따로 보내드릴게요.\n잔금은 세금계산서 발행 후 입금 부탁드립니다. 사업자번호 [[606-01-67636|BRN]]\n[[정태웅|PER]] 드림",
    # --- recruitment and interviews ---
    "이력서\n성명: [[차윤호|PER]] ([[Cha Yunho|PER]])\n생년월일: 1993.05.14\n휴대폰: [[010-4418-7702|TEL]]\n이메일: [[yunho.cha@example.com|MAIL]]\n경력: 2019.03~현재 ○○물류 SCM팀 (5년 6개월)\n학력: ○○대학교 경영학과 졸업 (2019)",
    "CURRICULUM VITAE\n[[Da-eun Park|PER]]\nSeoul, Korea · [[+82 10 2284 6617|TEL]] · [[daeun.park.dev@example.com|MAIL]]\n\nEXPERIENCE\nBackend Engineer, ○○ Pay (2021-present)\n- Reduced settlement batch time by 43%\n\nREFERENCES\n[[Tom Lindqvist|PER]], former manager - [[tom.l@example.com|MAIL]]",
    "[후보자 메모] 2024.09.02 헤드헌터 [[남윤서|PER]]\n- 후보: [[여진혁|PER]] 차장 (현 ○○전자 구매팀, 연봉 8,200)\n- 희망: 9,000 이상, 판교권\n- 연락: [[010.3372.1946|TEL]] / 평일 저녁만 통화\n- 레퍼런스: 전 팀장 [[오은택|PER]] ([[010-7720-4431|TEL]])",
    "입사 서류 제출 확인서\n성명: [[허다온|PER]]\n주민등록번호: [[760325-1009365|RRN]]\n급여계좌: 신한 [[110-502-348917|ACC]]\n비상연락처: 배우자 [[김희진|PER]] [[010-8832-5519|TEL]]\n운전면허: [[11-15-482913-60|DL]] (차량 업무용)",
    "해외인력 추천서\n성명: [[Abdullaev Jasur|PER]]\n여권번호: [[FA2938174|PASS]]\n국적: 우즈베키스탄 / 생년: 1996\n경력: 용접 4년 (타슈켄트)\n연락(현지): [[+998 93 418 2275|TEL]]\n추천기관 담당: [[Dilnoza Karimova|PER]]",
    "수수료 청구서\n청구처: (주)넥스트링크 (사업자 [[105-85-66978|BRN]])\n대상 후보자: [[염하진|PER]] (입사일 2024.08.01)\n수수료: 연봉 6,400만원 × 18% = 11,520,000원 (VAT 별도)\n담당 컨설턴트: [[정미나|PER]] [[mina.jung@talentbridge.example|MAIL]]",
    "면접 일정 안내\n[[노하은|PER]] 님, 안녕하세요. (주)세움에듀 인사팀입니다. 1차 면접이 8/21(수) 14:00 본사 3층 회의실로 확정되었습니다. 신분증 지참 부탁드리며, 변경이 필요하시면 [[recruit@seumedu.example|MAIL]] 또는 [[02-553-1904|TEL]]로 연락 주세요.",
    "면접 평가표\n지원자: [[김태린|PER]] (지원번호 A-0217)\n면접관: [[서동하|PER]] 팀장, [[유미래|PER]] 책임\n직무역량 4/5, 커뮤니케이션 5/5, 조직적합 4/5\n종합 의견: 합격 추천",
    "Hi [[Sarah|PER]], thanks for applying to the Product Designer role. Your video interview with [[Minseo Kang|PER]] is set for Tue, Sep 3, 10:00 KST. If you need to reschedule, text me at [[010-2244-8519|TEL]].\n- [[Ha-neul Cho|PER]], Talent Acquisition",
    "면접비 지급 신청서\n성명 [[구민아|PER]]\n은행 하나은행\n계좌번호 [[62021847390107|ACC]]\n금액 30,000원\n연락처 [[010 5531 2847|TEL]]",
    "Employee onboarding - delivery driver\nName: [[Sanjar Tursunov|PER]]\nKorean licence no.: [[15-21-118873-40|DL]]\nARC: [[930416-5118485|FRN]]\nMobile: [[010-9931-2048|TEL]]\nStart date: 2024-09-02",
    # --- freelancers and tax documents ---
    "전자세금계산서\n공급자 등록번호: [[510-12-57513|BRN]] / 상호: 스튜디오 모래 / 성명: [[안소율|PER]]\n공급받는자 등록번호: [[101-81-22951|BRN]] / 상호: (주)그린웨일 / 성명: [[송태호|PER]]\n작성일자 2024-07-31 / 공급가액 2,500,000 / 세액 250,000\n품목: 브랜드 일러스트 제작\n공급받는자 이메일: [[account@greenwhale.example|MAIL]]",
    "거주자의 사업소득 원천징수영수증\n소득자 성명: [[도예슬|PER]]\n주민등록번호: [[601230-2541895|RRN]]\n업종코드: 940909 (기타자영업)\n지급총액: 1,200,000 / 소득세 36,000 / 지방소득세 3,600\n징수의무자: (주)북스토리 (사업자등록번호 [[214-81-54818|BRN]])",
    "INVOICE No. 2024-017\nFrom: [[Yuna Seo|PER]] (freelance translator)\n[[yuna.seo.translates@example.com|MAIL]] · [[+82 10 4408 3391|TEL]]\nBill to: Northwind Games Ltd.\nItem: KO→EN localization, 18,400 words @ USD 0.09\nTotal: USD 1,656.00\nPayment: Woori Bank, SWIFT HVBKKRSE, account [[1002-771-209384|ACC]]",
    "대표님 작업물 최종본 드라이브에 올렸습니다! 잔금 150만원은 3.3% 떼고 국민 [[318401-04-119273|ACC]] ([[변태준|PER]])으로 넣어주시면 돼요. 원천징수 신고용 주민번호는 [[750718-1103845|RRN]]입니다.",
    "2024년 10월 외주 정산 (3.3%)\n성명\t주민/외국인번호\t금액\t계좌\n[[홍성민|PER]]\t[[6109281204890|RRN]]\t800,000\t농협 [[302-7731-4928-11|ACC]]\n[[Alex Moreau|PER]]\t[[680511-5581681|FRN]]\t650,000\t신한 [[110-228-710394|ACC]]",
    "[[고은비|PER]] 세무사님께\n\n5월 종합소득세 신고 자료 보내드립니다. 사업자등록번호는 [[120-36-34837|BRN]]이고, 홈택스 아이디는 전화로 알려드릴게요. 카드 사용분은 사업용 카드 [[4109 5540 0325 9809|CARD]] 내역만 반영 부탁드립니다.\n\n[[권예준|PER]] 드림 ([[010-2209-7715|TEL]])",
    "용역계약서 (요약)\n수급인: [[Lucas Fernández|PER]] (국적: 스페인)\n외국인등록번호: [[991108-5616418|FRN]]\n여권번호: [[PAK283916|PASS]]\n계약금액: 월 3,500,000원 / 원천징수 3.3%\n연락처: [[010-6613-2098|TEL]]",
    # --- donations ---
    "기부금 영수증\n일련번호: 2024-00318\n기부자 성명: [[진영호|PER]]\n주민등록번호: [[490811-1394022|RRN]]\n주소: 강원도 춘천시 ○○길 7\n기부금 단체: 사단법인 푸른나눔 (고유번호 [[117-82-31845|BRN]])\n기부금액: 1,200,000원 (정기후원 12개월)",
    "정기후원 신청서\n후원자: [[우세린|PER]] / [[010-3382-9014|TEL]] / [[serin.woo@example.com|MAIL]]\n후원금: 월 30,000원\n출금: 우리은행 [[1002-418-772036|ACC]] (예금주 [[우세린|PER]])\n기부금 영수증 발급용 주민등록번호: [[850617-2453336|RRN]]",
    "일시후원 결제 정보\n후원자명: [[Hwang Soyeon|PER]]\n카드: [[5213-3605-0821-8492|CARD]] / 유효기간 09/27\n금액: 100,000원 (지진 긴급구호)\n영수증 이메일: [[soyeon.h@mail.test|MAIL]]",
    "장학금 기탁서\n기탁자: [[노승우|PER]] (○○고 21회 졸업)\n기탁금: 10,000,000원\n용도: 가정형편이 어려운 재학생 장학금\n연락처: [[010-5501-3382|TEL]]\n기탁자 요청: 이름 비공개",
    "Donation receipt (in-kind)\nDonor: [[Rachel Kwon|PER]]\nItems: 40 winter jackets (children's sizes)\nReceived by: [[Lee Dong-gyu|PER]], volunteer coordinator\nDonor contact: [[rachel.kwon@example.org|MAIL]], [[010-7702-9183|TEL]]\nOrganization registration no. [[401-82-29939|BRN]]",
    # --- matchmaking ---
    "회원 프로필 (내부용)\n회원번호 M-20413\n이름: [[심재욱|PER]] (男, 1989년생)\n직업: 공기업 / 연봉 6천\n연락처: [[010-2291-4470|TEL]]\n매칭 희망: 86~92년생, 수도권 거주\n담당 매니저: [[윤혜림|PER]]",
    "[[은채|PER]]야~ 지난번에 말한 회사 동기 [[태우|PER]] 번호야 [[010-8830-1172|TEL]] 먼저 연락 올 거니까 모르는 번호 와도 받아~ 토요일 성수 어때? ㅋㅋ",
    "결혼정보서비스 가입계약서\n회원: [[남궁서연|PER]]\n주민등록번호: [[910304-2147893|RRN]]\n가입비: 3,300,000원 (카드 [[2221 0516 9900 0404|CARD]] 6개월 할부)\n연락처: [[010-6628-3347|TEL]]\n담당 커플매니저: [[오가을|PER]]",
    # --- dormitories and 고시원 ---
    "[고시원 공지] 302호 [[송민기|PER]]님 택배 총무실에 3일째 보관 중입니다. 찾아가세요~ 문의 총무 [[010-2271-9930|TEL]]",
    "생활관 입사 신청서 (2024-2학기)\n학번: 20231847 / 성명: [[임서진|PER]]\n주민등록번호: [[0408224328801|RRN]]\n연락처: [[010-4417-2093|TEL]]\n보호자: [[임경수|PER]] [[010-9903-1128|TEL]]\n룸메이트 희망: [[장유나|PER]]",
    "입실 계약서\n입실자: [[WANG XIAOYU|PER]]\n외국인등록번호: [[031005-7249055|FRN]]\n연락처: [[010-5578-2301|TEL]] / 中国 [[+86 138 2947 1106|TEL]]\n월 입실료 42만원, 보증금 없음\n입금: 신한 [[110-357-284019|ACC]] (원장 [[길명자|PER]])",
    "분실물 찾아요 ㅠㅠ 어제 세탁실에 에어팟 두고 왔어요. 흰색 케이스에 곰돌이 스티커 있어요. B동 412호 [[박소미|PER]] [[010-3318-7241|TEL]] 연락 주세요!!",
    # --- lost pets and neighbourhood apps ---
    "🐶 강아지를 찾습니다\n이름: 콩이 (말티즈, 4살, 수컷)\n잃어버린 곳: ○○동 ○○초등학교 후문 근처 (10/3 저녁 7시경)\n특징: 빨간 목줄, 왼쪽 귀 갈색 점\n사례금 50만원\n연락처: [[010-7821-3306|TEL]] ([[최윤정|PER]])",
    "LOST CAT - Haebangchon\n'Mochi', grey tabby, 2 yrs, microchipped\nLast seen Aug 12 near the green staircase\nPlease call [[Liam|PER]] [[010-9942-1708|TEL]] or [[Jiwon|PER]] [[010-3381-2294|TEL]]\nReward!",
    "[동네생활] 고양이 보호 중입니다. 치즈냥이고 사람 잘 따라요. 주인분은 [[010 4420 7713|TEL]]으로 연락주세요 (오후 6시 이후) - 임보 중인 [[다솜|PER]]",
    "[동네생활] 같이 운동하실 분~ 주 3회 저녁 8시 ○○천 걷기 모임 만들었어요. 오픈채팅 대신 문자 주세요 [[０１０-２２３０-８８１７|TEL]] 40대 [[미정|PER]]이에요 ㅎㅎ",
    "구매자: 혹시 택배 거래 되나요?\n판매자: 네 가능해요. 입금해주시면 내일 보내드릴게요. 국민 [[573902-01-110348|ACC]] [[탁지안|PER]]입니다\n구매자: 입금했어요! 받는 사람 [[손예준|PER]], [[010-9913-2258|TEL]], 경기도 의정부시 ○○로 22 ○○아파트 103동 1102호",
    "[채팅] 안녕하세요 지갑 주운 사람이에요. 신분증 이름 [[반승철|PER]], 면허번호 [[경기 21-004587-30|DL]] 맞으시면 내일 오전 역 앞에서 드릴게요.",
    "[동네생활] 중2 수학 과외 선생님 구해요. 주 2회, 시간당 3만원 생각합니다. 연락은 [[010-6614-3308|TEL]]로 문자 남겨주세요 ([[민준|PER]]맘)",
    # --- religious retreats and mission trips ---
    "2025 청년부 겨울 수련회 신청서\n이름: [[한예은|PER]] / 또래: 27또래\n연락처: [[010-2049-7731|TEL]]\n비상연락처(가족): [[한상구|PER]] [[010-5561-0428|TEL]]\n알레르기/복용약: 땅콩 알레르기\n회비 12만원 → 농협 [[301-8824-1937-01|ACC]] (회계 [[주다인|PER]])",
    "Templestay registration\nName: [[Anna Müller|PER]]\nNationality: Germany\nPassport No.: [[C4F8X2R7K|PASS]]\nPhone: [[+49 1523 8841207|TEL]]\nEmail: [[anna.mueller@example.com|MAIL]]",
    "피정 참가비 정산 (○○피정의 집)\n단체명: ○○성당 레지오\n인솔: [[변경희|PER]] [[010-4478-2036|TEL]]\n인원 18명 × 85,000원 = 1,530,000원\n영수증 발행: 고유번호 [[221 89 85241|BRN]]으로 부탁드립니다.",
    "단기선교 (필리핀 세부) 참가자 여권정보\n이름 | 영문명 | 여권번호 | 만료일\n[[나예찬|PER]] | [[NA YECHAN|PER]] | [[M41829307|PASS]] | 2030-07-21\n[[공서희|PER]] | [[GONG SEOHEE|PER]] | [[M730B1842|PASS]] | 2034-01-09\n[[공민혁|PER]] | [[GONG MINHYUK|PER]] | [[M730B1851|PASS]] | 2034-01-09",
    # --- hospital visiting logs ---
    "병동 면회 출입 기록 (71병동)\n10/14 13:05 [[정미란|PER]] (환자 [[정두만|PER]] 딸) [[010-8841-2270|TEL]] 발열X\n10/14 13:40 [[왕수진|PER]] (환자 [[왕복남|PER]] 며느리) [[010-3302-1185|TEL]] 발열X\n10/14 15:10 [[Jacob Lee|PER]] (환자 [[이영순|PER]] 손자) [[+1 415 555 0193|TEL]] 발열X",
    "상주보호자 등록\n환자명: [[설만호|PER]] (병록번호 00482913)\n상주보호자: [[설가람|PER]] (아들)\n주민등록번호: [[880129-1407231|RRN]]\n연락처: [[010-7733-5029|TEL]]\n검사 음성 확인: 2024.02.03",
    "[○○간병협회] [[주하영|PER]] 보호자님, 내일(3/2) 09시부터 간병인 [[李春花|PER]]([[이춘화|PER]]) 여사님이 배정됩니다. 간병인 연락처 [[010-2287-4419|TEL]]. 일 130,000원, 주 단위 정산 (계좌 추후 안내).",
    # --- tutoring platforms ---
    "[과외 매칭 완료] 학부모 [[윤선영|PER]]님께\n선생님: [[남도현|PER]] (○○대 수학교육과 3학년)\n연락처: [[010-4403-2217|TEL]]\n첫 수업: 3/5(화) 19:00 (시범수업 무료)\n수업료: 주 2회 월 48만원",
    "튜터 정산 정보 등록\n이름: [[강나은|PER]]\n주민등록번호: [[020513-4862556|RRN]]\n정산 계좌: 카카오뱅크 [[3333-09-6614283|ACC]]\n튜터 ID: naeun_eng (영어회화)",
    "Hi! I'm [[Megan|PER]], the English tutor from the app. Could we move tomorrow's lesson to 7pm? My number is [[010-5592-0317|TEL]] if KakaoTalk isn't working. Say hi to [[Yejun|PER]] for me!",
    "[보안 알림] 튜터 계정 [[tutor.jiho@example.com|MAIL]] 새 기기 로그인\n시간: 2024-05-11 23:48 KST\nIP: [[2001:db8:4f2a:1c::17|IP]] (위치: 부산)\n본인이 아니면 비밀번호를 변경하세요.",
    # --- translation and interpretation ---
    "통역 의뢰서\n의뢰인: [[Nguyen Thi Thu Ha|PER]] ([[응우옌티투하|PER]])\n연락처: [[010-3391-4472|TEL]]\n언어: 베트남어↔한국어\n일시: 4/12 10:00, 수원지방법원 (가사 조정)\n통역사: [[부티린|PER]] / [[010-6620-1187|TEL]]",
    "Dear Ms. [[Jang|PER]],\n\nPlease find attached my diploma and transcript for certified translation (KO→EN). The name on my passport is [[HWANG JIHYE|PER]], passport no. [[M48271093|PASS]]. I need it by Friday for my visa application.\n\nThank you,\n[[Jihye Hwang|PER]]\n[[jihye.hwang@example.com|MAIL]]",
    "번역공증 주문 접수\n고객명: [[오수빈|PER]]\n서류: 가족관계증명서, 기본증명서 (영문)\n여권 영문명: [[OH SUBIN|PER]] / 여권번호 [[m529b0417|PASS]]\n수령: 이메일 [[subin.oh@mail.test|MAIL]] + 원본 택배",
    "翻译预约\n姓名：[[刘婷|PER]]\n护照号码：[[EH5102837|PASS]]\n手机：[[+86 139 2204 7718|TEL]]\n韩国手机：[[010-2281-9907|TEL]]\n预约：医院陪同翻译 5月20日 上午9点",
    # --- international students ---
    "외국인 유학생 체류기간 연장 서류 체크\n학생: [[BUI DUC ANH|PER]] (한국어학당 3급)\n여권: [[C0417293|PASS]] / 만료 2027.03.14\n외국인등록번호: [[020705-7660378|FRN]]\n연락: 학생 본인 [[010-9921-5508|TEL]]",
    "Dear [[Ahmed Karim|PER]],\n\nYour residence card is ready for pickup. Please bring your passport ([[A29381746|PASS]]) to the International Office between 10:00 and 16:00. For your records, your registration number is [[060709-7518501|FRN]].\n\nInternational Student Services",
    "Scholarship payment form\nName: [[Aigerim Nurlanovna|PER]]\nStudent ID: 2023190418\nBank: Hana Bank, account [[257-910428-33107|ACC]]\nPhone: [[010-4418-6602|TEL]]\nE-mail: [[aigerim.n@example.com|MAIL]]",
    "기숙사 인터넷 고정IP 신청\n성명: [[Tran Thi Mai|PER]] / 호실: 글로벌관 512\n할당 IP: [[172.16.41.112|IP]]\n게이트웨이: [[172.16.41.1|IP]]\nMAC: 3C:22:FB:19:A0:7E\n문의: 정보전산팀",
    "交換留学生 緊急連絡先\n氏名：[[鈴木 大翔|PER]]\n旅券番号：[[MU0392817|PASS]]\n韓国の携帯：[[010-7730-1942|TEL]]\n日本の家族：母 [[鈴木 由美|PER]] [[+81 80 4471 2093|TEL]]",
    "[온라인 시험 부정행위 의심 리포트]\n응시자: [[Mohammed Al-Farsi|PER]] (학번 2022371045)\n접속 IP: [[2001:db8:85a3::8a2e:370:7334|IP]], 시험 중 IP 변경 → [[198.51.100.9|IP]]\n동시 접속 계정: [[Omar Haddad|PER]] (동일 IP)",
    "学费缴纳 / 등록금 카드결제\n학생: [[Chen Yutong|PER]]\n카드: [[6270 5675 5521 3584|CARD]] (UnionPay)\n금액: 2,650,000원\n연락처: [[010-2278-4193|TEL]]",
    # --- foreign workers ---
    "PAYSLIP / 급여명세서 - 2024.10\nEmployee: [[SOK DARA|PER]] (Cambodia)\nARC: [[771019-6663591|FRN]]\nPassport: [[N1928374|PASS]]\nBase 2,096,270 / OT 318,400 / Meal 200,000\nDeductions: health ins. 72,110, employment ins. 18,860\nNet: 2,523,700\nBank: NH [[356-0918-2274-83|ACC]]",
    "สวัสดีค่ะหัวหน้า ดิฉัน[[ซูนีย์|PER]]ค่ะ เบอร์ใหม่ [[010-6639-2281|TEL]] ค่ะ บัญชีเงินเดือนเปลี่ยนเป็น KB [[937801-01-228374|ACC]] ค่ะ ขอบคุณค่ะ",
    # --- multicultural family centres ---
    "다문화가족지원센터 한국어교실 등록\n성명: [[Maria Santos|PER]] (필리핀, 결혼이민)\n외국인등록번호: [[830320-6350721|FRN]]\n남편: [[조영덕|PER]] / [[010-2284-9903|TEL]]\n자녀: [[조하늘|PER]] (5세)\n수업: 화·목 10:00~12:00 (중급반)",
    "방문 한국어교육 일지 (11/7)\n대상: [[Gulnara|PER]] 씨 (우즈베키스탄, 입국 8개월)\n지도사: [[석미향|PER]]\n내용: 병원 예약 표현, 숫자 읽기\n다음 방문: 11/14 (연락 [[010-3308-4421|TEL]])",
    "Chị [[Hạnh|PER]] ơi, em là [[Thảo|PER]] ở trung tâm gia đình đa văn hóa. Ngày mai 2 giờ chiều có buổi tư vấn ở trường của bé [[Minh Anh|PER]]. Chị gọi em số [[010-4471-0381|TEL]] nhé.",
    "다문화가족 자녀 장학금 신청\n학생: [[박유나|PER]] (○○중 3학년) [[091016-4694761|RRN]]\n어머니: [[Wang Lijuan|PER]] ([[王丽娟|PER]]) 외국인등록번호 [[711106-6957386|FRN]]\n장학금 입금계좌: 우체국 [[014302-02-118473|ACC]]",
    # --- transcribed notes ---
    "메모: 3/14 전화 옴 - 보일러 AS 기사 [[석재혁|PER]] 씨 [[010 2245 7781|TEL]] 목요일 오후 2시 방문 예정. 부품값 별도 (대략 8만원)",
    "메모 (냉장고에 붙어있던 거 옮겨적음)\n- 엄마 새 번호 [[010-7712-0935|TEL]]\n- 엄마 적금 만기 6/20, 우체국 [[104832-02-339107|ACC]]\n- [[경자|PER]] 이모 생신 7/2\n- 가스 점검 6/11 오전",
    "메모: 렌터카 반납 시 확인 - 계약자 [[엄태준|PER]], 면허 [[12-98-556120-72|DL]], 연락 [[010-9920-1148|TEL]], 차량 K5 (38호 2204), 반납 8/4 18시 김포공항",
    "수첩 전화번호 옮겨 적기\n[[오미숙|PER]] 권사님 [[031-974-2281|TEL]]\n[[배진영|PER]] (조카) [[010-3380-9921|TEL]]\n단골 철물점 [[031-973-0042|TEL]]\n○○내과 [[031-975-1100|TEL]]",
    # --- voice-mail and call transcripts ---
    '[음성메시지 → 텍스트 변환]\n발신: [[010-4421-7793|TEL]] / 2024-09-03 11:42\n"여보세요, [[배승현|PER]] 고객님 되시죠? 저 ○○카센터 [[한동철|PER]]입니다. 차량 수리 다 끝나서요, 오늘 오후 6시 전에 찾으러 오시면 됩니다. 궁금하신 거 있으면 이 번호로 전화 주세요."',
    "[Call transcript 14:02]\nAgent: Can I have your full name, please?\nCaller: [[Natalie Yoon|PER]].\nAgent: And the card number you're calling about?\nCaller: It's [[4487 7209 4842 9508|CARD]].\nAgent: Thank you, Ms. [[Yoon|PER]]. I see two pending transactions from this morning.",
    "[112 신고 내용 요약] 신고자 [[성미영|PER]]([[010-2249-8817|TEL]]): 검찰 수사관을 사칭한 [[010-7531-2204|TEL]]로부터 전화를 받고 안내에 따라 [[351-2209-8834-13|ACC]] 계좌로 900만원을 이체함. 사칭자는 자신을 '서울중앙지검 수사관'이라고 소개함.",
    "상담원: 명의 변경하시려는 번호가 어떻게 되세요?\n고객: [[010-4812-3307|TEL]]이요. 저희 아버지 [[유덕수|PER]] 명의인데 돌아가셔서 제 명의로 바꾸려고요.\n상담원: 네, 그러면 상속인 [[유미선|PER]] 고객님 신분증과 사망진단서, 가족관계증명서가 필요합니다.",
    # --- spreadsheets pasted as text ---
    "성명\t부서\t내선\t휴대폰\t이메일\n[[김도연|PER]]\t영업1팀\t2041\t[[010-3392-8871|TEL]]\t[[dy.kim@haneul-trade.example|MAIL]]\n[[박진솔|PER]]\t영업1팀\t2042\t[[010-7718-2290|TEL]]\t[[js.park@haneul-trade.example|MAIL]]\n[[이하람|PER]]\t경영지원\t2105\t[[010-4410-3376|TEL]]\t[[hr.lee@haneul-trade.example|MAIL]]",
    "자산번호,사용자,부서,IP,OS\nPC-0412,[[최유진|PER]],회계팀,[[10.10.21.34|IP]],Win11 23H2\nPC-0413,[[문경호|PER]],회계팀,[[10.10.21.35|IP]],Win11 23H2\nNB-0088,[[Ryu Sena|PER]],해외사업팀,[[10.10.30.118|IP]],macOS 14.4",
    "법인카드 배정 현황\n카드번호 | 사용자 | 한도\n[[5547-2175-2148-2355|CARD]] | [[변재훈|PER]] 부장 | 500만\n[[4999-6512-2101-8794|CARD]] | [[서유나|PER]] 과장 | 300만\n[[3497 341574 00239|CARD]] | [[Aaron Kim|PER]] 이사 | 1,000만",
    "운전원 명부 (배송팀)\n이름,면허번호,면허종류,연락처\n[[마동일|PER]],[[13-08-771204-11|DL]],1종대형,[[010-2218-4407|TEL]]\n[[길준서|PER]],[[28-20-671039-20|DL]],1종보통,[[010-6683-1190|TEL]]\n[[도기현|PER]],[[부산 17-220934-80|DL]],1종보통,[[010-5520-3378|TEL]]",
    # --- driver registrations ---
    "대리운전 기사 등록 신청서\n성명: [[소재민|PER]]\n운전면허번호: [[서울 19-305127-41|DL]] (1종보통, 적성검사 2029.12.31)\n연락처: [[010-2294-1187|TEL]]\n보험 가입번호: DR-2024-88172\n수수료 정산 계좌: 하나 [[180-910274-33807|ACC]]",
    "라이더 등록 정보\n이름 [[피준석|PER]]\n면허 2종소형 [[26-11-093385-51|DL]]\n연락처 [[01044827716|TEL]]\n오토바이 번호 서울 마포 가 1847\n정산: 카카오뱅크 [[3333-11-9037281|ACC]]",
    "Campervan rental agreement\nRenter: [[Thomas Becker|PER]]\nPassport: [[CJ7T9N2K4|PASS]] (Germany)\nInternational Driving Permit + home licence\nAdditional driver: [[Kim Haeun|PER]], Korean licence [[23-16-440287-12|DL]], [[010-7720-3391|TEL]]\nDeposit: card [[2720 5304 2883 5665|CARD]]",
    "[창구 본인확인 기록] 2024-04-03 10:22\n고객: [[장하늬|PER]]\n확인 신분증: 운전면허증 [[대구 14-558201-90|DL]]\n진위확인: 정상\n업무: 계좌 한도제한 해제\n처리자: 계장 [[함도윤|PER]]",
    "카셰어링 회원 인증 실패 문의\n안녕하세요, 앱에서 면허 인증이 계속 실패해서요. 면허번호 [[112296031742|DL]] 입력했는데 '정보 불일치'라고 떠요. 이름은 [[권나현|PER]]이고 번호는 [[010-3319-8820|TEL]]입니다.",
    # --- business trips and travel documents ---
    "해외출장 항공권 발권 요청 (싱가포르, 10/14~10/18)\n1. [[강태현|PER]] 부장 / 여권 [[M60739154|PASS]] / 영문 [[KANG TAEHYUN|PER]]\n2. [[윤서아|PER]] 대리 / 여권 [[M082K3310|PASS]] / 영문 [[YOON SEOA|PER]]\n3. [[Marco Bianchi|PER]] 이사 / 여권 [[YA4827193|PASS]] (이탈리아)\n비용 처리: 법인카드 [[4125 2291 3893 3228|CARD]]",
    "외화 환전 신청서 (USD 3,000)\n성명: [[구슬기|PER]]\n여권번호: [[M915C2024|PASS]]\n여권 영문성명: [[KOO SEULGI|PER]]\n연락처: [[010-8817-2290|TEL]]\n수령: 인천공항 환전소 (11/3 06:30)",
    "하계 해외봉사단 (캄보디아) 단원 명단\n[[진예림|PER]] / [[M57301928|PASS]] / 만료 2031.02.11 / [[010-2249-3318|TEL]]\n[[함지호|PER]] / [[M208D4419|PASS]] / 만료 2033.08.30 / [[010-5570-2183|TEL]]\n[[선우민|PER]] / [[S30481726|PASS]] (단수여권) / [[010-7732-0184|TEL]]",
    "관용여권 발급 신청 (국제협력팀)\n성명: [[이정록|PER]] / 주무관\n기존 관용여권: [[G00392815|PASS]] (만료 2024.12.02)\n출장지: 베트남 다낭 (자매도시 교류)\n연락처: [[010-4471-2206|TEL]]",
]

NEGATIVES = [
    # public figures, history, fiction, credits
    '손흥민은 이날 후반 교체 투입돼 결승골을 터뜨리며 팀의 2-1 역전승을 이끌었다. 경기 후 그는 "팬들의 응원 덕분"이라고 소감을 밝혔다.',
    "세종대왕은 1443년 훈민정음을 창제하고 1446년 반포하였다. 집현전 학사 정인지, 신숙주, 성삼문 등이 해례본 편찬에 참여했다.",
    "이순신 장군은 1597년 명량해전에서 13척의 배로 왜선 133척을 상대로 승리를 거두었다. 이 전투는 임진왜란의 전세를 바꾼 것으로 평가된다.",
    "『토지』 박경리 지음. 최참판댁의 서희와 길상을 중심으로 구한말부터 해방까지 평사리 사람들의 삶을 그린 대하소설이다.",
    "드라마 '응답하라 1988'에서 덕선(혜리 분)과 택(박보검 분)의 관계는 시청자들 사이에서 큰 화제가 되었다.",
    "홍길동전은 허균이 지은 것으로 알려진 한글 소설로, 서자로 태어난 홍길동이 활빈당을 이끌고 탐관오리를 벌하는 이야기다.",
    "『채식주의자』 한강 지음 / 데버라 스미스 옮김. 2016년 맨부커 인터내셔널상 수상작.",
    "『해리 포터와 마법사의 돌』 J.K. 롤링 지음, 강동혁 옮김. 호그와트에 입학한 해리와 론, 헤르미온느의 첫 번째 모험.",
    "T1의 '페이커' 이상혁은 2023 리그 오브 레전드 월드 챔피언십에서 통산 네 번째 우승을 차지했다.",
    "베토벤은 1824년 빈에서 교향곡 9번을 초연했다. 당시 그는 이미 청력을 거의 잃은 상태였다고 전해진다.",
    "성경 출애굽기에서 모세는 이스라엘 백성을 이끌고 이집트를 떠난다. 이번 수련회 주제 말씀은 출애굽기 14장입니다.",
    "글 정지은 기자 / 사진 박민호 기자\n올여름 전국 해수욕장 방문객은 지난해보다 12% 늘어난 것으로 집계됐다.",
    "## Contributors\nThis release was made possible by @dohyun-kim, @sora-lee, @mj-park and 14 other contributors. Special thanks to Kim Dohyun for the new tokenizer and to Lee Sora for the docs overhaul.",
    "이 책은 한국문학번역원의 지원을 받아 번역되었습니다.\n번역: Anton Hur / 편집: 출판사 편집부",
    # templates and placeholders
    "[작성 예시]\n성명: 홍길동\n주민등록번호: 000000-0000000\n휴대전화: 010-0000-0000\n주소: 서울특별시 ○○구 ○○로 00\n※ 위 예시를 참고하여 본인 정보를 정확히 기재하십시오.",
    "{name}님, 주문하신 상품이 발송되었습니다.\n택배사: {courier}\n송장번호: {tracking_no}\n문의: 고객센터",
    "신청인 성명: ○○○ (인)\n생년월일: ____년 __월 __일\n연락처: ___-____-____\n위 본인은 ○○ 지원사업에 신청합니다.",
    "김OO 고객님, 2월 청구금액은 48,200원입니다. 등록된 연락처 010-****-5521로 안내드렸습니다. 자세한 내용은 앱에서 확인하세요.",
    "주민등록번호는 마스킹 처리되어 900101-1******로 표시됩니다. 전체 번호 조회는 본인인증 후 가능합니다.",
    "연락처 입력란에는 하이픈 없이 숫자만 입력하세요. (예: 01012345678)",
    "세금계산서 작성 방법: 공급자 등록번호란에 사업자등록번호 10자리(예: 000-00-00000)를 기재하고, 공급받는자 정보는 상대방 사업자등록증을 보고 정확히 옮겨 적습니다.",
    "급여명세서 양식\n성명: ○○○ / 사번: 0000\n기본급: ________원\n공제내역: 국민연금 4.5%, 건강보험 3.545%, 고용보험 0.9%",
    "🎉 후원자 명예의 전당 🎉\n김*진, 이*호, 박*영, 최*수 님 외 1,284명의 후원자님께 진심으로 감사드립니다.",
    "당첨자 발표: 010-****-4471, 010-****-0928, 010-****-3316 (총 3명)\n당첨자에게는 개별 문자로 안내드립니다.",
    "[예약 알림] 방문자 이*정 님 / 2인 / 12:30 / 연락처는 예약 앱에서 확인하세요.",
    # statistics, prices, codes
    "2023년 합계출산율은 0.72명으로 역대 최저를 기록했다. 출생아 수는 23만 28명으로 전년보다 7.7% 감소했다.",
    "오늘의 시세 (가락시장 4/12)\n배추 10kg 8,450원 / 무 20kg 15,200원 / 양파 15kg 21,300원 / 대파 1kg 2,980원",
    "주문번호: 20240618-0012483\n상품: 무선 이어폰 (SKU: MX3A2KH/A)\n결제금액: 189,000원\n승인번호: 40218893\n배송조회: 5648-2210-3391",
    "택배 송장번호 6839 1027 4431 조회가 안 되는데 혹시 아직 집하 전인가요?",
    "쿠폰번호 4821-7730-2291-0058 (유효기간 2024.12.31)\n마이페이지 > 쿠폰함에서 등록 후 사용하세요.",
    "상품코드 M31948201 무선청소기 교체용 필터 (2개입) 19,800원 / 재고 42개",
    "모델명 S24081937 / 제조일자 2024.08.19 / 정격전압 220V / 소비전력 1,800W",
    "항공권 예약번호(PNR): K7X2QM / 좌석 14C / 탑승구 23 / 출발 08:45\n전자항공권 번호: 180-2418837261",
    "렌터카 예약번호 RS20481937, 인수 장소 제주공항 렌터카하우스 3번 부스, 인수 시간 10:30",
    "인보이스 번호 INV-2024-000731 / 발행일 2024-07-31 / 결제기한 2024-08-30 / 금액 USD 4,120.00",
    "반려동물 등록번호는 15자리 숫자로 부여되며, 내장형 칩 또는 외장형 태그로 등록할 수 있습니다.",
    "월\t매출\t객단가\t방문객\n1월\t42,180,000\t18,400\t2,292\n2월\t39,220,000\t18,100\t2,167\n3월\t45,900,000\t18,900\t2,428",
    "올해 연말 모금 캠페인에는 총 12,480명이 참여해 8억 3,200만원이 모였습니다. 사랑의 온도탑은 102.3도를 기록했습니다.",
    "2024년 국내 외국인 유학생은 약 20만 8천 명으로, 베트남과 중국 출신이 전체의 절반 이상을 차지했다.",
    # versions shaped like IP addresses
    "릴리스 노트 v4.12.0.3\n- 펌웨어 1.0.2.17 → 1.0.3.2 업데이트\n- 빌드 번호 22621.3007\n- 알려진 문제: 일부 기기에서 블루투스 재연결 지연",
    "패치 14.18 노트: 아리 Q 피해량 40/65/90 → 45/70/95, 신규 챔피언 출시 예정. 클라이언트 버전 14.18.618.3410",
    "SNMP OID 1.3.6.1.2.1.1.5.0 을 조회하면 장비의 호스트명이 반환됩니다.",
    # service and public numbers, roles
    "주요 문의처: 국민건강보험공단 1577-1000, 국민연금공단 1355, 정부민원안내 110, 고용노동부 1350, 보건복지상담센터 129",
    "(광고) ○○마트 주말 특가! 삼겹살 100g 1,490원, 딸기 1팩 6,900원. 무료수신거부 080-860-1234",
    "5G 요금제 안내\n- 5G 슬림: 월 55,000원 (데이터 10GB)\n- 5G 레귤러: 월 69,000원 (데이터 110GB)\n번호이동 시 공시지원금 최대 50만원\n문의: 114 (무료)",
    "2025년 청년월세 지원사업 공고\n지원대상: 만 19~34세 무주택 청년\n지원내용: 월 최대 20만원, 최장 12개월\n신청: 복지로 또는 주민센터 방문\n문의: 보건복지상담센터 129",
    "요양원 면회 안내\n면회 시간: 매일 10:00~17:00\n면회 장소: 1층 면회실 (사전 예약제)\n예약 문의: 대표번호 1644-7582",
    "육군훈련소 입영 안내: 입영 당일 13:00까지 입영심사대에 도착해 주십시오. 준비물: 신분증, 입영통지서. 문의: 병무청 1588-9090",
    "다문화가족지원센터 프로그램 안내: 한국어교육(초급·중급), 통번역 서비스(베트남어, 중국어, 필리핀어), 자녀 언어발달 지원. 문의: 다누리콜센터 1577-1366",
    "세종문화회관 대표전화 02-399-1000 / 공연 예매는 홈페이지 또는 현장 매표소에서 가능합니다.",
    "문의사항은 운영팀 또는 고객센터로 남겨주세요. 관리자 확인 후 순차적으로 답변드립니다. (평일 09:00~18:00)",
    "담당: 여신심사팀 / 결재: 지점장 / 협조: 준법감시인\n※ 본 문서는 내부 결재용입니다.",
    "결혼정보 회원 수 38,000명, 성혼 회원 1,200쌍 돌파! 무료 상담 신청은 1600-2580",
    "입원환자 면회는 1인 1회 30분으로 제한됩니다. 보호자 출입증은 원무과에서 발급받으실 수 있습니다. 대표전화 1588-5700",
    # impossible dates
    "시스템 테스트용 더미 데이터: 991340-1234567, 850230-2123456, 000000-3000000 (모두 존재하지 않는 날짜로 생성됨)",
    "입력하신 주민등록번호 960231-2048513은 존재하지 않는 날짜입니다. 다시 확인해 주세요.",
    "외국인등록번호 형식 오류: 881432-5012345 (월 값이 14로 잘못 입력됨)",
    # schedules and domain-flavoured notices without persons
    "2024년 하반기 교육 일정\n9/10(화) 14:00 신규 입사자 OT\n9/24(화) 10:00 정보보호 교육\n10/8(화) 15:00 산업안전 교육",
    "작업일보 2024.07.02 (화) 비\n우천으로 외부 작업 중지. 내부 전기배관 작업만 진행 (전기 3명).\n안전점검: 안전관리자, 공무 합동 순회 점검 이상 없음.\n내일: 기상 확인 후 4층 거푸집 작업 재개.",
    "[3라인 교대 인수인계] 야간→주간\n- 설비 이상 없음\n- 생산량 4,820 EA (목표 4,800)\n- 불량 0.9%\n- 자재 PP-2208 잔량 12포대 → 발주 필요 (구매팀)",
    "점심특선 (11:30~14:00)\n된장찌개 9,000 / 제육볶음 10,000 / 고등어구이 11,000\n단체 예약 문의는 카운터로\n※ 브레이크타임 15:00~17:00",
    "한식 A코스 (1인 33,000원): 잡채, 갈비찜, 모둠전, 회무침, 떡, 과일\n최소 주문 50인 / 출장비 별도 / 계약금 30%",
    "스냅 촬영 가격표\n베이직 1시간 25만원 (보정 15장)\n스탠다드 2시간 40만원 (보정 30장)\n우천 시 일정 변경 가능",
    "[채용공고] ○○물류 SCM팀 경력직 채용\n자격: 경력 3년 이상\n전형: 서류 → 1차 면접 → 2차 면접 → 처우협의\n마감: 2024.09.30",
    "사업소득 원천징수 세율은 3.3%(소득세 3% + 지방소득세 0.3%)이며, 기타소득은 필요경비 60% 공제 후 22%가 적용되어 실효세율 8.8%입니다.",
    "튜터 정산은 매월 10일 진행되며, 사업소득 3.3%가 원천징수됩니다. 정산 계좌 변경은 마이페이지 > 정산 정보에서 가능합니다.",
    "고시원 이용 수칙\n1. 밤 11시 이후 소음 주의\n2. 공용 냉장고 음식에 호실 표기\n3. 세탁기 사용 시간 07:00~22:00\n문의: 총무실 (1층)",
    "메모: 우유, 계란, 두부 사기. 관리비 6/25까지 납부. 분리수거 화요일.",
    "[음성사서함] 새 메시지 1건. 발신번호 표시 제한. 2024-09-03 오전 10:15",
    # common words that look like names; diary prose
    "오늘은 하늘이 유난히 맑아서 보람찬 하루를 보냈다. 아이들의 미소를 보니 마음이 한결 가벼워졌다.",
    "코스피 지수는 전일 대비 1.2% 오른 2,650선에서 마감했고, 코스닥 지수도 0.8% 상승했다.",
    "다솜은 '사랑'을 뜻하는 옛말로, 요즘은 가게 이름이나 동아리 이름으로도 많이 쓰인다.",
    "지수 함수 y = 2^x 의 그래프를 그리고, 로그 함수와 어떤 관계인지 설명해 보세요.",
    "한결같은 마음으로 20년을 지켜온 동네 빵집입니다. 늘 찾아주셔서 감사합니다.",
    "[동네생활] 오늘 ○○공원에 무지개 떴어요 🌈 하늘 진짜 예쁘네요",
    "오늘 회사 동기 민호랑 점심을 먹었다. 민호는 다음 달에 결혼한다고 했다. 나도 언젠가는…",
]


def records() -> list[dict]:
    return holdout_rows(POSITIVES, NEGATIVES, "holdout19")


def main() -> None:
    write_holdout(records(), OUT, MINIMUMS)


if __name__ == "__main__":
    main()
