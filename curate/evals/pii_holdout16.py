# ruff: noqa: E501
"""Blind Korean PII hold-out set no. 16 (``pii_holdout16_ko.jsonl``).

How it was written: blind. The writer opened exactly one repository file,
``curate/evals/marked.py`` (to see how inline marks are parsed), and no other file: not
filters/, tests/, other hold-outs, README.md, benchmarks/ or git history; the scrubber and
scoring commands were never run. Check digits were computed with a throwaway script under
/tmp, outside the repository. The set is meant to be scored once; do not tune against it.

Genres: academy shuttle-bus rosters, swimming-lesson waiting lists, dental insurance claims,
immigration-agent consultations, Korean classes for marriage migrants, part-time work reports
of foreign students, courier delivery notes, convenience-store shift tables, estate-agent
texts, second-hand electronics chats, online-course inquiry mails, game-guild Discord
notices, morning football club dues, overseas volunteer rosters (passports), international
marriage document translations, overseas purchase customs clearance, medical-tourism
bookings (English), language-test transcript reissues, hospital carer shift chats, goshiwon
move-in contracts, plus a few others (driving-school forms, router admin logs, photocopy-shop
orders). Forms, tables, numbered lists, texts, e-mails, chat logs, notices, logs and prose.
Hard negatives: news (public figures), sports results, fiction and blog paragraphs,
recipes, notices, templates with placeholders, release notes, logs, statistics, order and
tracking numbers, masked values, service numbers and public institutions' numbers.

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
* Spellings: identifiers are written in the many ways Korean documents really write them
  (hyphens, spaces, dots, no separator, full-width digits, en dashes, +82 forms, lower-case
  passport letters, etc.), in realistic proportions.

All values are fictional: RRN/FRN use real calendar dates and valid check digits, card
numbers are Luhn-valid with real issuer prefixes, BRNs have valid check digits, e-mail
addresses use example/test domains, IP addresses are documentation (192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) or private ranges, and names are invented.

Regenerate: ``.venv/bin/python -m curate.evals.pii_holdout16``
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.marked import STRUCTURED_MINIMUMS, holdout_rows, write_holdout

OUT = Path(__file__).resolve().parent / "data" / "pii_holdout16_ko.jsonl"
MINIMUMS = {**STRUCTURED_MINIMUMS, "PERSON": 100}

POSITIVES = [
    # 학원 셔틀버스 탑승 명단
    "[한빛수학학원 셔틀 2호차 탑승 명단 – 화/목]\n| 학생 | 승차 위치 | 보호자 연락처 |\n|---|---|---|\n| [[윤서아|PER]] (초4) | 푸르지오 정문 | [[010-4821-7730|TEL]] |\n| [[박도윤|PER]] (초5) | 스타벅스 앞 | [[010 3390 1487|TEL]] |\n| [[정하린|PER]] (초4) | 109동 후문 | [[01062210954|TEL]] |\n기사님: [[최광수|PER]] [[010-7715-2046|TEL]]",
    "셔틀 변경 요청드립니다. 내일부터 [[이준호|PER]] 학생은 2호차 말고 3호차로 탈게요. 하원 시 할머니([[송미자|PER]]님, [[010.2284.6093|TEL]])가 마중 나가십니다. – [[준호|PER]] 엄마",
    # 수영장 강습 대기
    "○○구민체육센터 수영 초급반 대기자 명단 (2월)\n1. [[김나연|PER]] / 여 / [[010-9923-4410|TEL]]\n2. [[오태민|PER]] / 남 / [[010-2270-8815|TEL]]\n3. [[Nguyen Thi Lan|PER]] / 여 / [[010-5532-0197|TEL]]\n4. [[한지우|PER]] / 여 / [[010-8871-3342|TEL]]\n※ 결원 발생 시 순번대로 문자 안내합니다. 문의 02-2600-1234(센터 대표)",
    "[Web발신] [[신유진|PER]]님, 3월 새벽 자유수영 대기 3번으로 등록되었습니다. 결원 시 이 번호([[070-4410-2298|TEL]])로 연락드립니다.",
    # 치과 보험 청구
    "보험금 청구서 (치과 치료)\n피보험자: [[장민혁|PER]]\n주민등록번호: [[830624-1275506|RRN]]\n연락처: [[010-3318-5902|TEL]]\n수익자 계좌: 국민은행 [[452101-01-338127|ACC]] (예금주 [[장민혁|PER]])\n진료기관: 서울미소치과의원 (사업자등록번호 [[146-10-09252|BRN]])\n청구내용: 임플란트 1개, 레진 2개",
    "안녕하세요, 미소치과 원무과 [[강은비|PER]]입니다. [[문현철|PER]] 환자분 실손보험 서류(진단서, 세부내역서) 메일로 보내드렸습니다. 확인 부탁드립니다.\n[[dental.office@misodent.example|MAIL]] / [[02-583-1172|TEL]]",
    "치아보험 청구 접수 확인\n청구인 [[배수정|PER]] ([[631010-2252556|RRN]])\n지급 계좌 신한 [[110-472-903318|ACC]]\n접수번호 CLM-2026-0412-88310\n담당 손해사정사 [[류성훈|PER]] [[02 6011 3345|TEL]]",
    # 이민 행정사 상담
    "[상담 기록] 2026.11.03 14:00\n내담자: [[TRAN VAN HUNG|PER]] (베트남)\n외국인등록번호: [[890519-5407307|FRN]]\n여권번호: [[C4829103|PASS]]\n연락처: [[010-6623-1190|TEL]]\n상담 내용: E-9 → E-7-4 변경 가능 여부, 사업장 추천서 필요.\n담당 행정사: [[서지훈|PER]]",
    "[[Aziz|PER]] 씨, 체류기간 연장 서류 목록 보내드려요. 여권 사본(여권번호 [[FA1930472|PASS]] 맞으시죠?), 외국인등록증 앞뒤, 재직증명서. 모르는 거 있으면 사무실 [[031-8041-2271|TEL]]이나 제 핸드폰 [[010-2904-6617|TEL]]으로 연락 주세요. – 행정사 [[오경민|PER]]",
    "From: [[park.haengjeong@immig-office.example|MAIL]]\nTo: [[maria.santos@example.com|MAIL]]\nSubject: F-6 visa document check\n\nDear Ms. [[Santos|PER]],\nYour passport number [[P3827104A|PASS]] and alien registration no. [[850819-6944125|FRN]] were confirmed. Please bring your marriage certificate on Friday.\n\n[[Park Min-ji|PER]], Administrative Agent\n[[+82 2 3472 1180|TEL]]",
    # 결혼이민자 한국어 수업
    "다문화가족지원센터 한국어 중급반 출석부\n| 이름 | 국적 | 연락처 |\n| [[응우옌 티 투|PER]] | 베트남 | [[010-3127-8840|TEL]] |\n| [[마리셀 델라크루즈|PER]] | 필리핀 | [[010-9012-4478|TEL]] |\n| [[왕리메이|PER]] | 중국 | [[010-5521-3096|TEL]] |\n| [[사르나이|PER]] | 몽골 | [[010-7734-2215|TEL]] |\n강사: [[조혜원|PER]]",
    "선생님 저 [[투|PER]]예요. 오늘 아기 아파서 수업 못가요. 숙제는 카톡으로 보낼게요. 죄송합니다 ㅠㅠ\n([[010-3127-8840|TEL]])",
    "한국어 수업 수강신청서\n성명(한글): [[레티홍|PER]]  성명(영문): [[LE THI HONG|PER]]\n외국인등록번호: [[930618-6917873|FRN]]\n배우자: [[김태식|PER]] ([[010-4480-1293|TEL]])\n희망반: 초급2",
    # 외국인 유학생 아르바이트 신고
    "외국인유학생 시간제취업 확인서\n성명: [[ZHANG WEI|PER]] ([[장웨이|PER]])\n외국인등록번호: [[980813-6632606|FRN]]\n소속: ○○대학교 경영학과 3학년\n근무처: 카페온도 (사업자등록번호 [[717-05-50087|BRN]])\n업주: [[홍성재|PER]] [[010-8823-0471|TEL]]\n근무시간: 주 20시간",
    "유학생지원팀 [[이소라|PER]] 선생님께,\n시간제취업 신청서 제출합니다. 제 외국인등록번호는 [[010124-8930106|FRN]]이고 전화는 [[010-2219-7765|TEL]]입니다.\n감사합니다.\n[[Tanaka Yuki|PER]] 드림\n[[yuki.tanaka@student.example.ac.kr|MAIL]]",
    "유학생 알바 신고 누락자 명단 (국제교류처)\n1) [[Bui Minh Khoa|PER]] – [[950125-6054341|FRN]] – 편의점\n2) [[Dilnoza Karimova|PER]] – [[991012-6653653|FRN]] – 식당\n3) [[Erdene Bat|PER]] – [[780509-6125967|FRN]] – 물류센터\n담당 [[ois-work@univ.example.ac.kr|MAIL]]",
    # 택배 기사 배송 메모
    "배송메모: 경비실 맡기지 마시고 문 앞에 두세요. 부재시 [[010-5590-3318|TEL]]로 전화주세요 ([[김영숙|PER]])",
    "[기사님 메모] 302호 [[하승우|PER]] 고객 – 공동현관 비번 #1357*, 연락처 [[010–7712–4406|TEL]]. 냉장 상품이라 당일 배송 필수. 운송장 6082-1147-3390",
    "택배기사 [[남궁철|PER]]입니다. 고객님 물건 1층 무인함 4번에 넣었습니다 비번 2580. 문의는 [[010 2297 8813|TEL]]",
    # 편의점 근무 교대표
    "GS25 ○○역점 12월 1주 근무표\n| 시간 | 월 | 화 | 수 |\n| 07-15 | [[민지|PER]] | [[민지|PER]] | [[성호|PER]] |\n| 15-23 | [[다은|PER]] | [[성호|PER]] | [[다은|PER]] |\n| 23-07 | [[Ravi|PER]] | [[Ravi|PER]] | [[Ravi|PER]] |\n비상연락: 점장 [[권혁준|PER]] [[010-3345-9120|TEL]] / [[민지|PER]] [[010-6617-2280|TEL]] / [[성호|PER]] [[010-9903-1148|TEL]] / [[다은|PER]] [[010-4478-0032|TEL]] / [[Ravi|PER]] [[010-2281-5574|TEL]]",
    "[22:47] [[성호|PER]]: 점장님 저 내일 오전 [[다은|PER]]이랑 바꿨어요\n[22:48] [[권혁준|PER]]: ㅇㅋ 급여는 [[다은|PER]] 계좌 우리 [[1002-853-201947|ACC]]로 그대로 나감\n[22:48] [[다은|PER]]: 넵 감사합니다",
    # 공인중개사 매물 문의 문자
    "안녕하세요 햇살부동산 [[임경아|PER]] 실장입니다. 문의주신 ○○동 투룸 전세 2억 1천, 내일 2시 방문 가능하세요? 현 세입자분([[010-8820-6614|TEL]])과 시간 맞춰두겠습니다.\n햇살공인중개사사무소 [[031-705-3329|TEL]] / 사업자 [[383-86-32513|BRN]]",
    "네 [[임경아|PER]] 실장님 2시 괜찮아요. 저는 [[정윤석|PER]]이고 이 번호 [[010-2245-7761|TEL]]로 연락주시면 됩니다.",
    "매물 문의 접수\n- 문의자: [[백다현|PER]] ([[0505-221-8834|TEL]] 안심번호)\n- 희망: 역세권 오피스텔 월세, 보증금 1000 이하\n- 담당: [[노정우|PER]] 대표",
    # 중고 전자기기 직거래 채팅
    "[당근채팅]\n밤톨이: 아이패드 에어5 아직 있나요?\n판매자: 네 있어요 55만원이에요\n밤톨이: 내일 저녁 7시 역 앞에서 가능해요? 제 번호 [[010 8812 3307|TEL]]\n판매자: 네 도착하면 [[01047718820|TEL]]로 전화주세요",
    "직거래 후기: 맥북 에어 M2 판매자분([[김경호|PER]]님) 친절하셨어요. 입금은 카카오뱅크 [[3333-21-6628104|ACC]]로 했고 바로 확인해주심. 배터리 사이클 87회.",
    "[번개장터 채팅]\n구매자: 갤럭시 S23 택배거래 되나요?\n판매자: 네 입금 확인 후 발송합니다. 농협 [[302-6612-0983-41|ACC]] [[오승민|PER]]\n구매자: 송금했습니다. 받는 사람 [[차예린|PER]] [[010-5516-2093|TEL]]입니다",
    # 온라인 강의 수강생 문의 메일
    "From: [[jiwoo.kang@example.com|MAIL]]\nTo: [[help@edu-platform.example|MAIL]]\nSubject: 결제 후 강의가 열리지 않습니다\n\n안녕하세요. 어제 '파이썬 데이터 분석' 강의를 카드([[4721529117900447|CARD]])로 결제했는데 내 강의실에 보이지 않습니다. 주문번호 ORD-20261102-77315 입니다.\n\n[[강지우|PER]] 드림 / [[010-4418-2270|TEL]]",
    "Re: 환불 요청\n\n[[이현아|PER]] 수강생님, 환불은 결제하신 카드 [[5227 8698 0093 8403|CARD]]로 3~5영업일 내 취소됩니다. 추가 문의는 [[support@lecture.example|MAIL]]로 주세요.\n\n고객지원팀 [[최민서|PER]] 드림",
    "수강생 문의 티켓 #48210\n작성자: [[Daniel Kim|PER]] <[[dkim77@test.example|MAIL]]>\n내용: 수료증 영문 이름을 '[[Daniel Kim|PER]]'에서 '[[Kim Daniel Hyunwoo|PER]]'로 바꿔주세요. 연락처 [[+1 213-555-0147|TEL]]",
    # 게임 길드 디스코드 공지
    "📢 **[달빛기사단] 12월 길드전 공지**\n길마: [[윤태오|PER]] / 부길마: [[서하늘|PER]]\n보상 정산은 길드 통장 토스뱅크 [[1000-4471-8823|ACC]] (예금주 [[윤태오|PER]])로 모입니다.\n문의는 디코 DM 또는 [[guildmaster.moon@example.net|MAIL]]",
    "[21:03] [[윤태오|PER]]: 오늘 레이드 서버 IP 바뀜 [[203.0.113.47|IP]]:25565\n[21:04] [[서하늘|PER]]: 화이트리스트에 [[민재|PER]] 추가해주세요\n[21:04] [[윤태오|PER]]: ㅇㅋ",
    "길드 디스코드 봇 로그\n2026-11-30 22:14:07 JOIN user=night_owl#4412 ip=[[198.51.100.23|IP]]\n2026-11-30 22:14:55 KICK user=spam_bot#0001 ip=[[198.51.100.190|IP]] reason=spam\n2026-11-30 22:16:01 JOIN user=hanul#2280 ip=[[192.168.0.14|IP]]",
    # 동네 축구 조기회 회비
    "⚽ 새벽FC 11월 회비 정산\n회비 2만원 → 총무 계좌 하나 [[352-910284-30107|ACC]] (예금주 [[문상철|PER]])\n미납: [[김대현|PER]], [[박준영|PER]], [[이창민|PER]]\n총무 [[문상철|PER]] [[010-2286-4417|TEL]]",
    "조기회 연락망\n회장 [[양기석|PER]] [[010-9981-2203|TEL]]\n총무 [[문상철|PER]] [[010.2286.4417|TEL]]\n감독 [[편재훈|PER]] [[01033120985|TEL]]",
    # 봉사단 해외 파견 명단 (여권)
    "○○대 하계 해외봉사단 (캄보디아) 파견자 명단\n| No | 성명 | 영문명 | 여권번호 | 연락처 |\n|---|---|---|---|---|\n| 1 | [[김서윤|PER]] | [[KIM SEOYUN|PER]] | [[M48291037|PASS]] | [[010-3392-1104|TEL]] |\n| 2 | [[이도현|PER]] | [[LEE DOHYUN|PER]] | [[M702E4491|PASS]] | [[010-8813-4420|TEL]] |\n| 3 | [[최유나|PER]] | [[CHOI YUNA|PER]] | [[m20938475|PASS]] | [[010-2276-5831|TEL]] |\n| 4 | [[박시우|PER]] | [[PARK SIWOO|PER]] | [[M550A2918|PASS]] | [[010-6641-0029|TEL]] |\n인솔: [[한정민|PER]] 팀장",
    "해외봉사 항공권 발권용 정보 확인 부탁드립니다.\n성명 [[정다빈|PER]] / 여권 [[M 9182 7364|PASS]] / 만료일 2031.04.12 / 생년월일 2003.08.15\n비상연락처(모) [[010-4471-2093|TEL]]",
    # 국제 결혼 서류 번역
    "[번역 공증 의뢰서]\n의뢰인: [[김도훈|PER]] ([[771115-1697293|RRN]])\n배우자: [[NGUYEN THI MAI|PER]] (여권 [[C7719402|PASS]])\n번역 문서: 혼인증명서, 출생증명서 (베트남어→한국어)\n연락처: [[010-5531-7720|TEL]] / [[dohoon.k@example.co.kr|MAIL]]",
    "혼인신고 서류 번역 견적입니다.\n- 필리핀 PSA 출생증명서 1부\n- CENOMAR 1부\n신부 [[Jocelyn Reyes|PER]] 여권번호 [[P4417208B|PASS]] 기준으로 철자 맞춰 번역하겠습니다.\n입금: 기업은행 [[210-083417-01-017|ACC]] (예금주 [[손미경|PER]] 번역사무소)\n[[손미경|PER]] 드림 [[02-2231-0945|TEL]]",
    # 해외 구매대행 통관
    "개인통관고유부호 확인 요청\n수취인: [[오지현|PER]]\n연락처: [[+82 10-7781-3302|TEL]]\n주소: 경기 성남시 분당구 ○○로 12\n구매대행업체 사업자번호: [[272-23-61260|BRN]]\n주문: 영양제 6병 (목록통관 초과)",
    "[관세 납부 안내] [[황보민|PER]]님, 해외직구 물품(운송장 1Z999AA10123456784)에 부가세 32,100원이 부과되었습니다. 결제 카드 [[5325-2631-5718-9284|CARD]]로 자동 납부 진행됩니다. 문의: 구매대행 고객센터 1544-0000 또는 담당 [[010-6673-2114|TEL]]",
    "해외구매대행 정산서\n상호: 글로벌직구몰 / 사업자등록번호: [[834-05-45822|BRN]]\n대표: [[임재석|PER]]\n정산계좌: 우리 [[1005-702-448193|ACC]]\n담당자 메일: [[cs@globaljikgu.example|MAIL]]",
    # 의료관광 환자 예약 (English)
    "MEDICAL TOURISM BOOKING – Gangnam Beauty Clinic\nPatient: [[Olga Petrova|PER]]\nPassport: [[72 4410938|PASS]] (RU)\nMobile: [[+7 916 204-3381|TEL]]\nEmail: [[olga.petrova@example.ru|MAIL]]\nProcedure: rhinoplasty consult, 14 Jan 2027\nCoordinator: [[Jenny Lim|PER]] ([[070-8821-4410|TEL]])",
    "Hi [[Fatima|PER]], this is [[Hana|PER]] from the international patient center. Your check-up is confirmed for Dec 9, 8:30 am. Please fast from midnight. Pick-up driver: Mr. [[Cho|PER]], [[010-2283-6610|TEL]]. Card on file ending 4193 will be charged after the visit.",
    "Invoice – Seoul Wellness Medical Tour\nBill to: [[Ahmed Al-Mansouri|PER]], passport [[N04821937|PASS]]\nPaid by card [[378168883293416|CARD]]\nAgency BRN [[402-05-59435|BRN]]\nContact: [[billing@seoulwellness.example|MAIL]]",
    # 어학시험 성적표 재발급
    "성적표 재발급 신청서\n응시자 성명: [[우승연|PER]] ([[WOO SEUNGYEON|PER]])\n생년월일: 1998.03.17\n신분증: 운전면허 [[서울 22-401837-19|DL]]\n수령 주소 연락처: [[010-9120-4473|TEL]]\n결제: [[4493 7346 6070 4644|CARD]]",
    "To: [[score-reissue@langtest.example|MAIL]]\n안녕하세요, 10월 시험 응시자 [[류지안|PER]]입니다. 성적표를 분실해서 재발급 부탁드립니다. 수험번호는 2026-10-0831-442이고, 신분 확인용 여권번호는 [[M83019427|PASS]]입니다. 연락은 [[010-2274-9018|TEL]]으로 부탁드립니다.",
    "Reissue request\nName: [[SATO KENJI|PER]]\nPassport No.: [[TZ1048326|PASS]]\nRegistration No.: [[820121-6715120|FRN]]\nPhone: [[010-4428-1190|TEL]]",
    # 병원 간병 교대 카톡
    "[카카오톡] 7병동 간병 교대방\n[오전 7:02] [[한옥순|PER]] 여사님: 302호 할아버님 새벽에 열 37.8 있었어요 간호사실 얘기함\n[오전 7:05] [[김정란|PER]]: 네 교대합니다~ 보호자분 번호 다시 알려주세요\n[오전 7:06] [[한옥순|PER]] 여사님: 아드님 [[010-3351-8827|TEL]], 따님 [[010 7720 4415|TEL]]",
    "간병비 입금 안내드립니다. 11/1~11/15 15일분 210만원, 간병인 [[최순자|PER]] 계좌 농협 [[351-1029-4483-13|ACC]]으로 보내주세요. 주민번호는 원천징수용으로 [[590125-2852185|RRN]]입니다. 감사합니다.",
    "[오후 9:40] 보호자([[이민호|PER]]): 여사님 오늘 어머니 식사 어떠셨어요?\n[오후 9:42] [[Zhao Lihua|PER]]: 죽 반 그릇 드셨어요. 내일 아침 [[진숙|PER]] 여사님 교대예요\n[오후 9:42] 보호자([[이민호|PER]]): 감사합니다 급하면 [[010-8812-0034|TEL]]로 전화주세요",
    # 고시원 입실 계약
    "고시원 입실 계약서\n입실자: [[강태웅|PER]]\n주민등록번호: [[920209-1022080|RRN]]\n연락처: [[010-4477-2093|TEL]]\n비상연락처: [[강영희|PER]](모) [[055-271-3408|TEL]]\n방 번호: 307호 (창문형) / 월 42만원\n입금계좌: 국민 [[937702-00-448213|ACC]] 행복고시원 ([[741-23-47158|BRN]])",
    "고시원 총무입니다. [[Sunil|PER]]님 다음 달부터 월세 43만원으로 조정됩니다. 외국인등록번호 [[910907-5572224|FRN]] 기준으로 전입신고 도와드릴게요. 문의 [[0507-1334-8820|TEL]]",
    # 운전면허 관련 (교습소 등록)
    "○○자동차운전전문학원 도로연수 신청서\n성명: [[나은지|PER]]\n면허번호: [[11-19-338204-61|DL]]\n연락처: [[010-6640-2219|TEL]]\n희망 차량: 오토 / 10시간",
    "렌터카 대여 계약 (제주)\n임차인 [[정수빈|PER]] / 면허 [[경기 13-07-229104-30|DL]]\n제2운전자 [[정태윤|PER]] / 면허 [[12-15-804417-22|DL]]\n결제카드 [[5512 6024 3915 5899|CARD]]\n연락처 [[010-3320-7741|TEL]]",
    "택배 배송기사 채용 서류 체크\n- [[고민석|PER]]: 1종보통 [[부산 21-12-044871-50|DL]], 연락처 [[010-2901-3348|TEL]]\n- [[어재원|PER]]: 1종보통 [[26-10-774193-81|DL]], 연락처 [[010-7731-2204|TEL]]\n- [[신동혁|PER]]: 2종보통 [[11 18 203947 12|DL]], 연락처 [[010-4412-8803|TEL]]",
    "Car rental – Incheon Airport branch\nDriver: [[Michael O'Brien|PER]]\nIntl. permit + Korean licence no. [[28-17-530291-44|DL]]\nCard: [[4112 3992 9571 3484|CARD]]\nMobile: [[+82 10 5541 0937|TEL]]",
    "학원 셔틀 기사 채용 확인\n기사: [[방진호|PER]] / 1종대형 면허 [[대구 22-09-118372-05|DL]] / [[010-6632-1187|TEL]]\n보조교사: [[염수아|PER]] [[010-2217-9936|TEL]]",
    "[[윤지성|PER]] 고객님 면허정보 등록 완료: [[13-20-009374-18|DL]]. 카셰어링 첫 이용 시 3시간 무료 쿠폰이 지급됩니다.",
    "면허번호 [[서울 11-19-582013-70|DL]] 면허 소지자 [[문채원|PER]] 씨의 적성검사 기간 안내 문의드립니다. 연락처는 [[010-5583-2210|TEL]]입니다.",
    # 라우터/공유기 원격 설정
    "[원격설정 작업일지] 고객: [[김봉수|PER]] (카페 봉다방) [[031-912-4408|TEL]]\n- 공유기 관리자 [[192.168.0.1|IP]] 접속, 포트포워딩 8080 → [[192.168.0.23|IP]]\n- 외부 고정 IP [[203.0.113.118|IP]] 확인\n- POS 단말 [[10.0.0.15|IP]] 재부팅",
    "sshd[2291]: Accepted publickey for deploy from [[198.51.100.77|IP]] port 52214\nsshd[2293]: Failed password for root from [[203.0.113.9|IP]] port 40110\nsshd[2301]: Accepted password for jhlee from [[2001:db8:4f2::1a|IP]] port 50022",
    "게임 서버 차단 목록 (12/02)\n[[198.51.100.4|IP]] – 핵 사용 의심\n[[203.0.113.201|IP]] – 매크로\n[[2001:db8::7b3|IP]] – 욕설 신고 5회\n처리자: 운영자 [[하예준|PER]]",
    # 사업자 관련
    "세금계산서 수정 요청드립니다. 공급받는자 사업자등록번호가 [[101-05-47322|BRN]]이 아니라 [[237-12-83116|BRN]]입니다. 담당자 [[변수연|PER]] ([[tax@hanulsoft.example|MAIL]], [[02-3445-0912|TEL]])",
    "출장 케이터링 견적서\n공급자: 맛나케이터링 / 등록번호 [[617-12-95628|BRN]] / 대표 [[구본철|PER]]\n수신: 새벽FC 총무 [[문상철|PER]]님\n금액: 85만원 (VAT 포함)\n입금: 기업 [[083-114892-01-015|ACC]]",
    "복사집 주문\n상호: 스마일프린트 (사업자 [[542-86-41547|BRN]])\n주문자: [[전하윤|PER]] / [[010-2246-3318|TEL]]\n내용: 제본 30부, 컬러 표지\n결제: 카드 [[3570 1034 4840 7862|CARD]]",
    "협력업체 등록 현황\n1. 드림물류 [[169-88-19465|BRN]] 담당 [[표상훈|PER]] [[032-551-2290|TEL]]\n2. 한결인쇄 [[529-86-05500|BRN]] 담당 [[여지은|PER]] [[031-776-4108|TEL]]\n3. 새봄청소 [[768-88-06826|BRN]] 담당 [[탁민규|PER]] [[010-3392-0081|TEL]]",
    "사업자등록번호 [[524 10 90609|BRN]] / 상호 바른세무회계 / 담당 세무사 [[위성현|PER]] / [[0505-331-2294|TEL]]",
    "Vendor onboarding: Hanbit Translations Co. (BRN [[2388650550|BRN]]), contact [[Grace Yoon|PER]] <[[grace@hanbit-trans.example|MAIL]]>, tel [[+82-2-555-0183|TEL]]",
    "중고 노트북 매입 견적 – 사업자 [[358-12-98783|BRN]] 테크리버스\n판매자 [[계민수|PER]] 님 / 입금 카카오뱅크 [[3333-08-5521904|ACC]]",
    # 주민번호 관련 (다양한 표기)
    "수영 강습 장애인 할인 신청서\n성명: [[권나래|PER]]\n주민번호: [[660726 2948331|RRN]]\n보호자 연락처: [[010-2239-5501|TEL]]",
    "셔틀버스 상해보험 가입 명단\n[[유하람|PER]] [[090223-4500423|RRN]]\n[[곽시온|PER]] [[070612-4225888|RRN]]\n[[엄지호|PER]] [[080919-3831431|RRN]]\n담당 [[011-4420-3391|TEL]]",
    "편의점 아르바이트 근로계약서\n근로자: [[모재희|PER]] (주민등록번호 [[060824-3856381|RRN]])\n사업주: [[권혁준|PER]] (사업자 [[914-23-96048|BRN]])\n임금 지급 계좌: 신한 [[110-582-019334|ACC]]",
    "국제결혼 혼인신고서 (번역본)\n남편 [[심재민|PER]] 주민등록번호 [[8312042499780|RRN]]\n처 [[PHAM THI NGOC|PER]] 외국인등록번호 [[010426-7626251|FRN]]\n증인 [[심정호|PER]] [[680322-1505451|RRN]]",
    "치과 보험 청구 위임장\n위임인 [[임은숙|PER]] ([[841207－2958862|RRN]])\n수임인 [[임준혁|PER]] ([[720111-1834471|RRN]]) – 아들\n연락처 [[０１０－３３８２－７７１０|TEL]]",
    "의료관광 통역 신청\n환자: [[Aigerim Nurlanovna|PER]] (외국인등록번호 [[870510-6861464|FRN]])\n통역사: [[김다솜|PER]] [[010-5534-2209|TEL]]\n진료과: 정형외과",
    "고시원 장기투숙 외국인 명부\n201호 [[Joseph Mwangi|PER]] [[831113-6372703|FRN]]\n202호 [[라힘|PER]] [[740805-5966865|FRN]]\n203호 [[Ali Hassan|PER]] [[050708-7820004|FRN]]\n관리인 [[010-2209-7741|TEL]]",
    "결혼이민자 한국어 능력 평가 응시 명단\n- [[쩐 티 하|PER]] [[050421-8118091|FRN]]\n- [[Myagmar Oyun|PER]] [[011110-7212731|FRN]]\n- [[Rosalie Cruz|PER]] [[060103-7324230|FRN]]\n담당 [[hankuk-class@mcfsc.example.or.kr|MAIL]]",
    "간병인 4대보험 신고\n성명 [[Li Xiuying|PER]] / 외국인등록번호 [[800124-6812493|FRN]] / 연락처 [[010.8841.2277|TEL]]\n성명 [[박말순|PER]] / 주민등록번호 [[640128-1846186|RRN]]",
    "수영장 강사 계약 – 강사 [[하지민|PER]] 주민번호 [[980317-1059835|RRN]], 지급계좌 국민 [[201-24-0551-837|ACC]]",
    "택배 영업소 신규 기사 등록: [[송태규|PER]] [[900211-1075291|RRN]] / [[010 4418 6620|TEL]] / 차량 85바 4412",
    "어학시험 감독관 수당 지급 명단\n[[주예슬|PER]] [[991012-2336910|RRN]] 신한 [[110-334-728196|ACC]]\n[[노현우|PER]] [[720613-2352054|RRN]] 우리 [[1002-448-902115|ACC]]",
    "조기회 단체 상해보험: [[왕동욱|PER]] [[630308-2446102|RRN]], [[고성진|PER]] [[090102-4397000|RRN]] (주니어), 총무 [[문상철|PER]] [[010-2286-4417|TEL]]",
    # 카드 관련
    "구매대행 결제 오류 문의 – [[염혜진|PER]]\n결제 카드: [[9410-6885-7056-6205|CARD]]\n오류 코드: E-4012\n연락처: [[010-7721-4408|TEL]]",
    "Medical tour deposit received from [[Carlos Mendes|PER]] via card [[4134359375017333|CARD]] (approval 30218874). Receipt sent to [[c.mendes@example.org|MAIL]].",
    "게임 아이템 현금거래 피해 신고\n신고인: [[엄태현|PER]] / [[010-3302-8814|TEL]]\n결제 수단: [[5586 9095 9862 1541|CARD]]\n상대방 닉네임: 검은여우 (IP [[198.51.100.61|IP]])",
    "온라인 강의 단체 결제 – 결제자 [[육서진|PER]], 카드 [[2221-0279-1463-1413|CARD]], 세금계산서 발행처 사업자 [[664-12-71786|BRN]]",
    "[[이나경|PER]]님 11월 수영 강습료 자동결제 실패. 카드 [[5157 1091 2090 2522|CARD]] 한도 초과로 확인됩니다. 센터 [[02-2646-3310|TEL]]",
    "중고 카메라 안전결제: 구매자 [[도지환|PER]] 카드 [[3550906744854726|CARD]] / 판매자 [[함수정|PER]] [[010-9918-3304|TEL]]",
    "Guild shop refund – [[Lucas Ferreira|PER]], Diners card [[3621 767060 5680|CARD]], email [[lucas.f@example.com|MAIL]]",
    "고시원 보증금 카드결제 영수증\n고객 [[차은호|PER]] / 카드 [[4649-5985-4893-3193|CARD]] / 승인 77120458\n가맹점 사업자 [[792-10-26409|BRN]]",
    "치과 진료비 분할결제: 환자 [[봉혜린|PER]], 카드 [[5316 0806 6663 8598|CARD]], 6개월 무이자.",
    "통관 대행 수수료 결제: [[Emily Carter|PER]], card [[4716494556371625|CARD]], customs code P260018734412, mobile [[+1 646 555 0192|TEL]]",
    # 이메일/연락처 중심
    "축구 조기회 신입 회원 [[한규민|PER]]입니다. 회칙 파일은 [[kyumin.han@example.com|MAIL]]로 보내주세요. 포지션은 수비 희망합니다.",
    "봉사단 지원서 접수 확인 메일\nTo: [[seoa.yoon@test.example|MAIL]]\n[[윤서아|PER]] 님, 캄보디아 봉사단 서류 접수가 완료되었습니다. 여권 사본([[M20194857|PASS]])은 면접일까지 원본 지참 바랍니다.\n봉사단 사무국 [[volunteer@univ.example.ac.kr|MAIL]]",
    "Translation order confirmed.\nClient: [[Kwon Haeun|PER]] <[[haeun.kwon@example.net|MAIL]]>\nDocuments: Family relation certificate (KR→EN)\nDelivery by 5 Dec. Questions: [[+82 10 3309 4471|TEL]] (PM [[Sophie Lee|PER]])",
    "해외봉사 현지 코디네이터 연락처\n- 프놈펜: [[Sokha Chan|PER]] [[+855 12 345 678|TEL]]\n- 시엠립: [[Dara Pich|PER]] [[+855 92 881 204|TEL]]\n- 국내 본부: [[한정민|PER]] 팀장 [[010-4471-3308|TEL]]",
    "필리핀 신부 가족 연락처 (번역 사무소 메모)\n어머니 [[Lourdes Reyes|PER]] [[+63 917 204 8831|TEL]]\n오빠 [[Mark Reyes|PER]] [[+63 928 551 0943|TEL]]",
    "베트남 유학생 [[Pham Quang Huy|PER]] 아르바이트 신고 – 고용주 연락처 [[051-802-3314|TEL]], 본인 [[+84 90 412 7735|TEL]], 여권 [[B8830174|PASS]]",
    "Dear Ms. [[Nakamura|PER]],\nYour dental claim (ref. DC-7730-2291) has been approved. The reimbursement will be sent to account [[620-218843-70219|ACC]] (KEB Hana).\nKind regards,\n[[Yoon Chae-rin|PER]], Claims Desk\n[[claims@dentalcare.example|MAIL]]",
    "Discord 공지: 길드 오프모임 장소 예약자 [[서하늘|PER]] ([[haneul.seo@example.kr|MAIL]]). 참가비는 [[서하늘|PER]] 계좌로 보내주세요.",
    "이민 행정사 사무소 예약: [[Olena Kovalenko|PER]] / 여권 [[FH 210493|PASS]] / 메일 [[olena.k@example.ua|MAIL]] / 통역 요청 우크라이나어",
    "고시원 입실자 신분 확인 대장\n| 호실 | 성명 | 신분증 | 번호 |\n| 105 | [[남기훈|PER]] | 운전면허증 | [[서울 12-21-330918-40|DL]] |\n| 106 | [[윤재석|PER]] | 운전면허증 | [[14-16-092281-53|DL]] |\n| 107 | [[추미란|PER]] | 주민등록증 | [[920209-2141585|RRN]] |\n| 108 | [[설정호|PER]] | 운전면허증 | [[인천 28-14-771930-62|DL]] |",
    "중고 전동킥보드 직거래 – 판매자 신원 확인용으로 면허 사진 보내드려요. [[권도윤|PER]] / 면허번호 [[21-19-447102-81|DL]] 입니다. 사진은 만나서 보여드릴게요. 연락은 [[010-9903-2275|TEL]]",
    "Shuttle driver roster (Hanbit Academy)\n1. [[Kang Mu-yeol|PER]] – licence [[경남 15-11-604823-31|DL]] – [[010-8820-1173|TEL]]\n2. [[Ro Seung-pil|PER]] – licence [[23-22-118406-72|DL]] – [[010-4419-6682|TEL]]\nDispatch PC [[10.20.1.44|IP]], GPS gateway [[192.0.2.66|IP]]",
]

NEGATIVES = [
    "[스포츠] 손흥민이 리그 8호 골을 터뜨리며 팀의 2-1 역전승을 이끌었다. 손흥민은 후반 34분 페널티박스 왼쪽에서 오른발 감아차기로 결승골을 기록했다. 시즌 공격포인트는 8골 5도움.",
    "프로야구 한국시리즈 5차전 결과: KIA 7 - 5 삼성 (광주). 승리투수 네일, 세이브 정해영. KIA는 시리즈 전적 4승 1패로 통산 12번째 우승을 차지했다.",
    '[정치] 국회는 3일 본회의를 열고 2027년도 예산안 677조 4천억 원을 재석 281명 중 찬성 183명으로 의결했다. 우원식 국회의장은 "민생 예산이 제때 집행되도록 하겠다"고 말했다.',
    "배구 여자부 순위 (12월 6일 기준)\n| 순위 | 팀 | 승점 | 승-패 |\n| 1 | 흥국생명 | 31 | 11-1 |\n| 2 | 현대건설 | 28 | 10-3 |\n| 3 | 정관장 | 22 | 7-5 |",
    "영화 '기생충'의 봉준호 감독이 신작 촬영을 마치고 귀국했다. 봉 감독은 인천공항에서 취재진과 만나 \"내년 여름 개봉을 목표로 후반 작업 중\"이라고 밝혔다.",
    "가수 아이유가 데뷔 18주년을 맞아 팬들에게 손편지를 공개했다. 소속사 EDAM엔터테인먼트는 12월 말 앨범 발매 계획을 알렸다.",
    '[소설 발췌] 민호는 우산을 접으며 서연을 바라보았다. "내일도 비가 올까?" 서연은 대답 대신 창밖의 가로등만 세었다. 열두 개, 열세 개. 그날 밤 두 사람은 끝내 전화번호를 묻지 못했다.',
    "[블로그] 주말에 동생 지훈이랑 속초 다녀왔어요! 중앙시장 닭강정은 줄이 40분이었고, 영금정 일출은 7시 12분쯤. 다음엔 엄마도 모시고 가려고요 ㅎㅎ",
    "김치찌개 레시피 (2인분)\n1. 돼지고기 200g을 참기름 1큰술에 볶는다.\n2. 신김치 300g 넣고 5분 더 볶는다.\n3. 물 600ml, 고춧가루 1큰술, 다진마늘 0.5큰술.\n4. 중불 15분, 두부와 대파 넣고 3분.",
    "[작성 예시]\n성명: 홍길동\n주민등록번호: 900101-1******\n연락처: 010-0000-0000\n주소: 서울특별시 ○○구 ○○로 00\n※ 위 예시를 참고하여 본인 정보를 기재하십시오.",
    "수영장 강습 신청서 (양식)\n성명: __________\n생년월일: ____년 __월 __일\n연락처: 010-____-____\n보호자 성명: __________ (미성년자에 한함)",
    "[공지] 셔틀버스 운행 시간 변경 안내\n12월 9일(월)부터 2호차 출발 시간이 16:40 → 16:50으로 변경됩니다. 문의는 학원 대표번호 1588-0000으로 해주세요.",
    "release notes v3.14.2 (2026-11-28)\n- fix: crash when locale=ko_KR.UTF-8\n- perf: cache hit ratio 92.4% → 97.1%\n- bump dependency libfoo 1.2.10.4 → 1.2.11.0\n- build 20261128.3307",
    "2026-12-01T03:14:22.118Z INFO  worker-7 job=reindex shard=12/64 docs=1048576 took=3021ms\n2026-12-01T03:14:25.402Z WARN  worker-7 retry=2 backoff=800ms queue_depth=4410",
    "[통계] 2025년 체류외국인은 2,650,783명으로 전년 대비 6.6% 증가했다. 국적별로는 중국 35.2%, 베트남 11.9%, 태국 7.1% 순이었다. (출처: 법무부 출입국·외국인정책본부)",
    "주문번호 20261203-00412877 / 상품코드 SKU-KB-8821-BLK / 수량 2 / 결제금액 58,400원 / 승인번호 30118274 / 배송예정 12월 5일",
    "운송장번호 6082 1147 3390 (CJ대한통운) 배송 조회: 12/03 14:22 옥천HUB 간선상차 → 12/04 07:10 배송출발",
    "고객센터 안내: 상담 1577-1000 / 분실신고 1588-8100 / 해외 이용 시 +82-2-1588-8100은 유료입니다. 운영시간 평일 09:00~18:00",
    "외국인종합안내센터 1345 (국번 없이) – 체류, 비자 관련 20개 언어 상담. 범죄신고 112, 화재·구조 119, 정부민원안내 110.",
    "결제 완료 안내: 카드 4518-****-****-1234 / 할부 0개월 / 승인일시 2026.12.03 21:14 / 가맹점 온라인강의몰",
    "본인확인 완료: 김*수 님 (010-****-5521), 생년월일 1990.**.**. 인증 유효시간 3분.",
    "[택배 알림] 고객님의 상품이 배송 완료되었습니다. 수령장소: 문앞. 배송기사 연락처는 앱에서 확인 가능합니다. 문의 1588-1255",
    "GS25 근무 수칙\n1. 교대 10분 전 도착\n2. 시재 점검 후 인수인계서 서명\n3. 폐기 상품은 23:00 이후 처리\n4. 긴급상황 시 본사 상황실 1577-0025",
    "부동산 시장 동향: 서울 아파트 매매가격지수는 102.4로 전주 대비 0.08% 상승, 전세가격지수는 0.05% 올랐다. 거래량은 3,421건.",
    "중고거래 사기 예방 수칙: 판매자 계좌번호를 경찰청 사이버캅(국번 없이 182)에서 먼저 조회하세요. 안전결제 링크가 'http://'로 시작하면 의심하세요.",
    "[강의 공지] 3주차 실습 파일 v2.3.1 업로드. 실습 서버는 localhost:8888 에서 실행하세요. 과제 마감 12/14 23:59, 지각 제출 시 1일당 -10%.",
    "⚔️ 길드전 결과 ⚔️\n달빛기사단 vs 붉은늑대: 3 : 2 승리!\nMVP 투표 결과 1위 42표, 2위 31표\n다음 길드전 12/14(토) 21:00",
    "조기회 리그 최종 순위\n1위 새벽FC 8승 1무 1패 (승점 25)\n2위 한강유나이티드 7승 2무 1패 (승점 23)\n3위 월드컵공원FC 5승 2무 3패 (승점 17)\n득점왕 14골",
    "해외봉사단 모집 요강\n- 파견국: 캄보디아, 라오스\n- 기간: 2027.01.06 ~ 01.27 (21일)\n- 모집인원: 24명\n- 제출서류: 여권 사본(유효기간 6개월 이상), 지원서\n- 문의: 사회봉사센터",
    "여권 발급 안내: 일반여권 10년 복수 58면 53,000원 / 26면 50,000원. 발급기간 영업일 기준 4~5일. 차세대 전자여권 번호 체계는 알파벳 1자리+숫자 3자리+알파벳 1자리+숫자 4자리입니다.",
    "[번역 견적 안내] 가족관계증명서 1부 25,000원, 공증 대행 1건 35,000원, 아포스티유 대행 1건 40,000원. 납기 영업일 3일. 견적번호 TQ-2026-1203-044",
    "Customs notice: Items over USD 150 (USD 200 for US origin) are subject to duty. Tracking 1Z999AA10123456784 cleared at Incheon on 2026-12-02 09:41. Duty paid: KRW 32,100.",
    "Medical tourism statistics: 605,768 foreign patients visited Korea in 2023, up 46.4% year over year. Dermatology accounted for 35.2%, plastic surgery 16.8%.",
    "Patient registration form (sample)\nFull name: John Doe\nPassport No.: X00000000\nPhone: +82-10-0000-0000\nDate of birth: DD/MM/YYYY",
    "어학시험 성적 발표: 11월 정기시험 응시자 24,118명, 평균 712점. 성적표는 발표일로부터 2년간 유효하며 재발급 수수료는 5,000원입니다.",
    "간병인 교대 체크리스트\n□ 체온·혈압 기록 (07:00 / 15:00 / 23:00)\n□ 체위 변경 2시간마다\n□ 식사량 기록 (0/25/50/75/100%)\n□ 인수인계 시 특이사항 공유",
    "고시원 입실 안내\n- 월 이용료 38~45만원 (관리비 포함)\n- 보증금 없음, 최소 1개월\n- 공용 주방 라면·밥 무료\n- 문의: 카카오톡 채널 '행복고시원'",
    "치과 보험 청구 안내: 청구서, 진단서(치아번호 표기), 진료비 세부내역서를 제출하세요. 임플란트 보장 한도 연 3개, 1개당 최대 100만원. 보험사 콜센터 1588-3114",
    "결혼이민자 한국어 교육 과정: 1단계 100시간, 2단계 100시간, 3단계 100시간. 사회통합프로그램 사전평가는 매월 둘째 주 토요일 10:00에 실시됩니다.",
    "외국인 유학생 시간제취업 허용 시간: 학부 1~2학년 주 25시간, 3~4학년 주 25시간, 석사 주 30시간 (한국어능력 TOPIK 4급 이상 기준). 방학 중 무제한.",
    "운전면허 갱신 안내: 2종 보통 면허 적성검사는 10년마다, 65세 이상은 5년마다. 면허번호는 '지역코드-연도-일련번호-검증번호' 형식(예: 11-00-000000-00)입니다.",
    "사업자등록번호 조회 방법: 국세청 홈택스 > 조회/발급 > 사업자상태. 형식은 000-00-00000 (10자리)이며 가운데 2자리는 개인/법인 구분 코드입니다.",
    "IP 설정 가이드: 공유기 기본 게이트웨이 주소는 제품 뒷면 스티커를 확인하시고, 서브넷 마스크는 255.255.255.0, DNS는 통신사 기본값 사용을 권장합니다.",
    "app-server build log\n[12:04:11] Compiling 1,284 modules (webpack 5.89.0)\n[12:04:39] Emitted main.8f3a2c.js 2.31 MiB\n[12:04:40] Node v20.11.1, npm 10.2.4, commit 4f9c2e1",
    '테스트 케이스 기대값: validate_rrn("991345-1234567") → False (13월 없음), validate_rrn("000000-0000000") → False, format_phone("01000000000") → "010-0000-0000"',
    "이순신 장군은 1597년 명량해전에서 13척의 배로 133척의 왜선을 물리쳤다. 세종대왕은 1443년 훈민정음을 창제하고 1446년 반포하였다.",
    "[환율] 12월 6일 원/달러 환율 1,402.5원 마감, 엔/원 100엔당 935.82원. 코스피 2,441.85 (-0.56%), 코스닥 661.33 (+0.12%).",
    "편의점 행사 상품: 1+1 바나나우유 (8801104270115), 2+1 컵라면 (8801043015431), 도시락 20% 할인 (SKU 2207-4410-118).",
    "배송 메모 예시 문구: '부재 시 문 앞에 놓아주세요', '경비실에 맡겨주세요', '배송 전 연락 바랍니다'. 연락처는 주문 정보의 번호가 자동 전달됩니다.",
    "부동산 중개수수료 요율표 (주택 매매): 5천만원 미만 0.6% (한도 25만원), 5천만~2억 0.5% (한도 80만원), 2억~9억 0.4%, 9억~12억 0.5%, 12억~15억 0.6%.",
]


def records() -> list[dict]:
    return holdout_rows(POSITIVES, NEGATIVES, "holdout16")


def main() -> None:
    write_holdout(records(), OUT, MINIMUMS)


if __name__ == "__main__":
    main()
