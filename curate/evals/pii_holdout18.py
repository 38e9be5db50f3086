# ruff: noqa: E501
"""Blind Korean PII hold-out set no. 18 (``pii_holdout18_ko.jsonl``).

How it was written: blind. The only project file opened was ``curate/evals/marked.py`` (to see
how inline marks are parsed and written, the short labels, ``holdout_rows``, ``write_holdout``
and ``STRUCTURED_MINIMUMS``); no filter, test, benchmark, README, data file, other eval set or
hold-out generator, and no git history was opened or listed. The scrubber, ``curate pii`` and
every scoring command were never run. RRN/FRN, card and BRN check digits were computed with
throwaway scripts under /tmp (outside the repository), which also filled those values into the
records. The set is meant to be scored once, as an honest estimate; do not tune filters,
thresholds or patterns against it.

Genres: hospital outpatient and admission forms, medical-record requests, EMR access logs,
pharmacies and dental clinics; insurance claims (실손, 자동차사고, 여행자보험, 화재 손해사정,
카드 자동납부); court and legal papers (소장, 답변서, 내용증명, 합의서, 형사 합의서, 공탁서,
지급명령, 고소장, 진술서, 가압류 메모); real-estate brokerage (전세·월세 계약서, 특약, 중개대상물
확인·설명서, 갱신요구 통지, 매물 로그); couriers and delivery logs (수령인, 배송기사, 퀵서비스,
해외 발송, 분실 보상); second-hand car sales (양도증명서, 매매계약, 탁송, 오토론, 시승 기록,
정산서); academies and tutoring rosters; sports clubs (조기축구, 배드민턴, 등산, 러닝크루)
rosters, dues and chats; conference and academic-society registrations, invitation letters and
reimbursements; immigration and visa papers (체류기간 연장, 체류지 변경, 고용허가제 근로자,
계절근로자, 재입국 특례, F-6); customs and overseas shopping (배송대행, 관세 환급, 해외결제
이의제기, 사업자 통관); hotels and guesthouses in English, Japanese and Chinese (card
authorisations, rooming lists, folios, Wi-Fi portal logs); tour-group rosters with passport
lists; labour-union membership, CMS dues, e-vote logs and counselling notes; public-sector 민원
forms (전입신고, 사회보장급여, 여권발급, 정보공개, 과태료 의견진술, 국민신문고); fan-club events
(idols unmarked); messenger exports (KakaoTalk PC and mobile exports, ``오후 2:14 이름:`` chats,
Slack, Discord, LINE, SMS threads); CSV exports, JSON and YAML records, key=value and sshd logs,
e-mail threads with quoted replies, forwards and signatures; name lists joined by commas,
slashes, middle dots, line breaks and numbering; given names alone in chats and families;
Chinese, Japanese, Vietnamese, Filipino, Nepali, Uzbek, Russian, Indonesian, Myanmar,
Bangladeshi and Western names in their own script, in Latin script (also SURNAME/GIVEN and
SURNAME, Given) and in Hangul.
Hard negatives: public figures in news, sport and entertainment; historical persons; fiction and
drama characters; credited authors, translators and film credits; form templates with
placeholders (홍길동, 김OO, ○○○, {name}, {{user_name}}, blanks); placeholder numbers
(010-0000-0000, 010-1234-5678 in an input hint); nationwide service numbers, 080 numbers, short
codes and public institutions' published numbers; statistics, prices, dates and schedules;
order, tracking, approval, SKU, B/L, PNR, A/S and invoice codes; 개인통관고유부호; version and
build strings shaped like IP addresses; masked values; RRN/FRN-shaped numbers with impossible
dates; team and role names (운영팀, 고객센터, 관리자, 상담봇); passport-like booking and part
codes without any passport context; anonymised court parties (원고 A).

Labelling policy:
* Types: KR_RRN, KR_FRN, PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, KR_BANK_ACCOUNT, KR_BRN,
  KR_PASSPORT, KR_DRIVER_LICENSE, IP_ADDRESS, PERSON.
* Every personal or business phone line is gold (mobile, landline, 070, 050x safe numbers,
  foreign mobiles); nationwide service numbers (1588-, 1544-, 1577-, 1600- ...), 080 toll-free,
  short codes, public institutions' published numbers and placeholders (010-0000-0000) are not.
  Masked values (010-****-1234, 900101-1******) are not gold. RRN/FRN-shaped numbers with
  impossible dates are not gold. Business registration numbers are gold, and so are business
  and role e-mail addresses.
* A driver's licence written with a region name (서울 11-19-...) is one span including the
  region name. Passport numbers of foreign passports are labelled KR_PASSPORT (PASS) too.
* PERSON: a private person's name in form/label syntax, in correspondence to or from a private
  person, or anywhere in a record that also holds a private person's contact or identity value
  (then every occurrence of every private person's name in it is gold, including given names
  alone, nicknames used as names, and the same name in another script). Never public figures,
  historical persons, fictional characters, credited authors, companies, brands, teams or
  template names (홍길동 in a 작성 예시). Names in running prose without contact values are not
  gold. Only the name is marked, not 님/씨/titles or particles (mark 김민수 in 김민수님, 김민수는,
  김민수 교수님; mark 지수 in 지수야).
* Order numbers, SKUs, tracking numbers, customs codes (개인통관고유부호 P…), reference and
  approval codes, dates, times, version numbers and statistics are never gold, even when they
  contain phone-like or passport-like runs.
* Spellings: identifiers are written in the many ways Korean documents really write them
  (hyphens, spaces, dots, no separator, full-width digits, en dashes, +82 forms, lower-case
  passport letters, etc.), in realistic proportions.

All values are fictional: RRN/FRN use real calendar dates and valid check digits (weights
2,3,4,5,6,7,8,9,2,3,4,5 over the first 12 digits, check = (11 - sum % 11) % 10; FRNs have a 7th
digit of 5-8), card numbers are Luhn-valid with real issuer prefixes (Visa, Mastercard, Amex,
JCB, UnionPay), BRNs have valid check digits, e-mail addresses use example/test domains
(example.com, example.org, example.net and their subdomains), IP addresses are documentation
ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) or private ranges, and
names are invented (no real public figures in positives; the idols, athletes, politicians,
authors and characters named in the records are there only as unmarked public figures). Korean
passports are M/S/R/G/D + 8 digits or M + 3 digits + letter + 4 digits; foreign passports follow
their own countries' shapes. Phone numbers, bank accounts, driver's licences and passport
numbers are invented and carry no check digits.

Regenerate: ``.venv/bin/python -m curate.evals.pii_holdout18``
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.marked import STRUCTURED_MINIMUMS, holdout_rows, write_holdout

OUT = Path(__file__).resolve().parent / "data" / "pii_holdout18_ko.jsonl"
MINIMUMS = {**STRUCTURED_MINIMUMS, "PERSON": 150, "KR_PASSPORT": 25}

POSITIVES = [
    # --- hospital outpatient / admission, pharmacy, dental ---
    "하늘내과의원 초진 접수지\n성명: [[편지훈|PER]]   성별: 남   나이: 만 27세\n주민등록번호: [[960822-1765766|RRN]]\n휴대폰: [[010-4172-9035|TEL]]\n주소: 경기도 안양시 동안구 관양로 112\n내원 사유: 사흘 전부터 기침, 37.8도 미열\n복용 중인 약: 없음   알레르기: 페니실린",
    "입원약정서 (보호자 작성란)\n환자 성명: [[석민영|PER]]   병록번호: 00482913   병동: 7W-712\n연대보증인(보호자) 성명: [[석재우|PER]]   환자와의 관계: 자\n보호자 주민등록번호: [[790906 1956820|RRN]]\n보호자 연락처: [[010 2281 6604|TEL]] / 자택 [[031-947-2281|TEL]]\n위 본인은 귀 병원의 제 규정을 준수할 것을 약정합니다.\n2024년 3월 11일   보호자 [[석재우|PER]] (서명)",
    "[처방전 조제 안내]\n환자명 [[채수아|PER]] / 교부번호 20240311-00274\n조제일 2024-03-11  조제약사 [[봉선영|PER]]\n복약 문의는 아래 번호로 연락 주세요.\n온누리봄약국 [[02-6952-4417|TEL]]\n※ 본 안내문은 [[010-7715-3320|TEL]] 번호로 발송되었습니다.",
    "[Web발신]\n[미소가득치과] [[여태민|PER]]님 3/14(목) 오후 4:00 스케일링 예약 확정되었습니다. 변경·취소는 [[02-3481-7720|TEL]]로 연락주세요.\n무료수신거부 080-870-1234",
    "치료 계획 및 비용 동의서\n환자: [[기민철|PER]] (차트번호 D-20871)\n치료 내용: #36 임플란트 1개, #46 레진 1개\n총 진료비: 1,540,000원 (1차 770,000원 결제)\n자동결제 등록 카드: [[5310-1738-1119-3845|CARD]] (현대카드, 3개월 할부)  승인번호 71820439\n담당의: [[육승현|PER]] 원장   상담실장: [[변다혜|PER]]\n환자 서명: [[기민철|PER]]",
    "수검자명,생년월일,사번,연락처,검진항목\n[[탁은정|PER]],1987-09-04,A10482,[[010-3392-1857|TEL]],위내시경+복부초음파\n[[명재우|PER]],1960-08-11,A10077,[[010-9901-2264|TEL]],대장내시경\n[[남궁현|PER]],1991-12-08,A11523,[[010-5563-0148|TEL]],기본\n[[Aziz Karimov|PER]],1989-04-22,A11890,[[010-2284-6039|TEL]],기본+흉부CT",
    "외국인 환자 접수 카드 / Foreign Patient Registration\nName (as in passport): [[NGUYEN THI HOA|PER]]\n한글 성명: [[응우옌 티 호아|PER]]\nPassport No.: [[C4729135|PASS]]\nAlien Registration No.: [[960330-6279079|FRN]]\nPhone: [[010-8824-1590|TEL]]\nInsurance: 직장가입자 (건강보험)\nInterpreter requested: Vietnamese",
    "진료기록 사본 발급 신청서\n환자 성명: [[서윤재|PER]]   주민등록번호: [[520305-1577997|RRN]]\n신청인 성명: [[서하린|PER]]   환자와의 관계: 손녀\n신청인 연락처: [[010-6620-3418|TEL]]\n필요 서류: 입퇴원확인서 1부, 진단서 1부, 검사결과지(2023.11~2024.02)\n용도: 보험 청구\n첨부: 가족관계증명서, 신청인 신분증 사본",
    "From: 건강증진센터 <[[checkup@hanbit-hospital.example.org|MAIL]]>\nTo: [[jhkwon82@example.net|MAIL]]\nSubject: [[권혁진|PER]]님 종합검진 결과지 발송 안내\n\n[[권혁진|PER]]님 안녕하세요.\n3월 2일 받으신 종합검진 결과지를 첨부하여 보내드립니다. 파일 비밀번호는 생년월일 6자리입니다.\n추가 상담을 원하시면 센터로 연락 주세요.\n\n건강증진센터 코디네이터 [[이서율|PER]] 드림\nT. [[02-2019-5584|TEL]]",
    "조제 기록부 (향정신성의약품)\n일자: 2024-02-27\n환자: [[라미경|PER]] / 주민번호 [[690116-2671856|RRN]]\n처방의료기관: 밝은마음정신건강의학과의원 (요양기관번호 31234567)\n약품: 졸피뎀주석산염 10mg 14T\n조제약사: [[허진수|PER]] (면허번호 제48213호)",
    "2024. 3. 5. 오후 2:14, [[윤재경|PER]] : 엄마 내일 10시 입원이래\n2024. 3. 5. 오후 2:15, [[윤다솔|PER]] : 병동 어디야?\n2024. 3. 5. 오후 2:16, [[윤재경|PER]] : 본관 9층 915호 면회는 저녁 7시까지\n2024. 3. 5. 오후 2:16, [[윤재경|PER]] : 보호자는 [[다솔|PER]] 너로 올려놨어\n2024. 3. 5. 오후 2:18, [[윤다솔|PER]] : ㅇㅋ 내 번호 [[010-3047-8826|TEL]] 으로 돼있지?\n2024. 3. 5. 오후 2:19, [[윤재경|PER]] : 응",
    "진료의뢰서\n수신: 치과병원 구강악안면외과 담당 선생님\n환자: [[황보영|PER]] (F/34)  연락처 [[010.5527.4093|TEL]]\n주소견: #38 수평 매복, 하치조신경 근접\n의뢰 사유: 발치 및 CBCT 판독 의뢰\n의뢰 기관: 연세튼튼치과의원  의뢰의 [[조한결|PER]]\n회신 팩스: [[031-714-2286|TEL]]",
    "入院登记表 / 입원 등록표\n患者姓名 환자명: [[王海燕|PER]] / [[WANG HAIYAN|PER]] / [[왕하이옌|PER]]\n护照号码 여권번호: [[EH4829173|PASS]]\n外国人登录证号 외국인등록번호: [[620726-6056602|FRN]]\n联系电话 연락처: [[+86 138 2047 5519|TEL]] / [[010-2394-6671|TEL]]\n紧急联系人 비상연락: [[刘志强|PER]] (丈夫) [[010-2394-6670|TEL]]\n病房 병실: 503호 (2인실)",
    "[대리수령 확인]\n환자 [[전유림|PER]] (2019년생) 처방약을 보호자 [[전상우|PER]]님이 수령함\n보호자 휴대폰 [[01049216630|TEL]]\n수령 시각 17:42  확인 약사 [[허진수|PER]]",
    "진료비 계산서·영수증\n환자성명: [[민경태|PER]]   진료기간: 2024-02-05 ~ 2024-02-26\n요양기관명: 바른정형외과의원   사업자등록번호: [[632-48-08214|BRN]]\n대표자: [[한동규|PER]]\n비급여(도수치료) 6회 720,000원\n카드번호 4579-27**-****-8018 (일시불)  승인일시 2024-02-26 18:03",
    "[EMR 접근 로그] 2024-03-07 09:12:44 user=nr0417 name=[[구나연|PER]] dept=71병동 action=VIEW patient_id=01922734 client_ip=[[10.20.31.118|IP]]\n[EMR 접근 로그] 2024-03-07 09:13:02 user=nr0417 name=[[구나연|PER]] dept=71병동 action=PRINT patient_id=01922734 client_ip=[[10.20.31.118|IP]]",
    "오후 3:02 [[선우진아|PER]]: 안녕하세요 교정 상담 예약하고 싶어요\n오후 3:05 바른이치과: 안녕하세요 :) 성함과 연락처 남겨주시면 확인 후 연락드리겠습니다\n오후 3:06 [[선우진아|PER]]: [[선우진아|PER]] [[010-8130-5276|TEL]] 이에요. 토요일 오전 가능할까요?\n오후 3:09 바른이치과: 네 3/16(토) 10:30 가능합니다. 예약 도와드릴게요!",
    "진단서 발급대장 (2024.03)\n No | 발급일 | 환자명 | 진단서 종류 | 담당의\n 112 | 03-04 | [[남주원|PER]] | 일반진단서 | [[육승현|PER]]\n 113 | 03-04 | [[이가윤|PER]] | 상해진단서 | [[육승현|PER]]\n 114 | 03-05 | [[Daniel K. Moore|PER]] | 영문진단서 | [[김하율|PER]]",
    "[예약 변경 요청] 2024-03-12 21:40\n환자명: [[Phạm Thị Mai|PER]] / 외국인등록번호 [[9007056814201|FRN]]\n기존: 3/13 산부인과 10:00 → 희망: 3/15 오후\n연락처: [[010-4417-2093|TEL]] (카톡 가능)\n통역 동행: 남편 [[김태곤|PER]]",
    # --- insurance claims ---
    "보험금 청구서\n피보험자: [[장미정|PER]]   주민등록번호: [[570418-2695441|RRN]]\n수익자: 본인\n사고 일자: 2024.02.18  사고 내용: 빙판길 낙상, 우측 손목 골절\n보험금 수령 계좌: 농협 [[302-1184-5523-71|ACC]] (예금주 [[장미정|PER]])\n연락처: [[010-6293-4410|TEL]]   이메일: [[mj.jang57@example.com|MAIL]]",
    "자동차사고 접수 내역 (접수번호 2024-0312-55871)\n피보험자/운전자: [[도경민|PER]]  차량번호 38나 4172\n운전면허번호: [[경기 08-371562-41|DL]]\n상대 운전자: [[모세훈|PER]] / [[010-5209-7718|TEL]] / 면허 [[11-15-204837-62|DL]]\n사고 장소: 수원시 영통구 봉영로 교차로 (신호 대기 중 후미 추돌)\n대물 담당: 보상2팀 [[어지훈|PER]] [[031-8017-2245|TEL]]",
    '{"claim_id": "CLM-24031100482", "type": "실손", "insured": {"name": "[[신유경|PER]]", "rrn": "[[8709182801813|RRN]]", "phone": "[[010-4470-2319|TEL]]"}, "payout": {"bank_code": "090", "account": "[[3333084471925|ACC]]", "holder": "[[신유경|PER]]"}, "submitted_from": "[[203.0.113.58|IP]]", "amount": 184300}',
    "보험료 신용카드 자동납부 신청서\n계약자: [[오세린|PER]]   증권번호: 1020-3384-5521\n카드번호: [[5570 9776 8189 7680|CARD]]   유효기간: 09/27\n카드 소지자: [[오세린|PER]] (계약자와 동일)\n휴대폰: [[010-2746-8813|TEL]]\n납부일: 매월 21일",
    "해외여행자보험 보험금 청구 (휴대품 도난)\n피보험자: [[권나윤|PER]] / [[KWON NAYUN|PER]]\n여권번호: [[M731K2045|PASS]]\n도난 장소: Barcelona, Spain (현지 경찰 신고번호 BCN-2024-011742)\n현지 연락처: [[+34 612 48 3097|TEL]]\n국내 연락처: [[010-5518-2039|TEL]]\n수령 계좌: 토스뱅크 [[1000-5123-8842|ACC]]",
    "[[민수정|PER]] 고객님, 청구하신 실손보험금 184,300원이 3/8 신한 [[110-432-558190|ACC]] 계좌로 지급되었습니다.\n궁금하신 점은 담당 FC [[차윤호|PER]] [[010-9174-3356|TEL]] 또는 콜센터 1588-3114로 문의 바랍니다.",
    "현장 조사 메모 (화재)\n- 청구인: [[한상우|PER]] (상가 1층 식당 운영)\n- 상호: 한끼식당 / 사업자번호 [[8112350253|BRN]]\n- 목격자: 옆 가게 사장 [[엄정란|PER]] ([[010-3381-6027|TEL]])\n- 소방 출동 19:42, 진화 20:15 (소방서 추정 원인: 주방 덕트)\n- 조사자: 손해사정사 [[배성훈|PER]]",
    "보낸사람: [[배성훈|PER]] <[[sh.bae@claims.example.com|MAIL]]>\n받는사람: [[한상우|PER]] <[[hansw1971@example.net|MAIL]]>\n제목: RE: 화재보험 추가 서류\n\n[[한상우|PER]] 사장님, 매출 증빙으로 카드사 매출내역서(2023.09~2024.02)만 추가로 부탁드립니다.\n\n> [[한상우|PER]] 작성 (2024-03-13 오후 4:11):\n> 소방서 화재증명원은 오늘 발급받아 스캔해서 보냈습니다.\n\n손해사정사 [[배성훈|PER]] | M [[010-2208-7154|TEL]]",
    "보험계약대출 상환 안내\n[[Ha Minh Tuan|PER]] 고객님 (증권번호 L-2210-88427)\n대출잔액 3,000,000원 / 이율 연 4.3%\n상환 가상계좌: 우리 [[27501-9938-172045|ACC]] (예금주 (주)한빛생명)\n문의: 담당 설계사 [[구민하|PER]] [[010-3306-2271|TEL]]",
    # --- court and legal papers ---
    "소      장\n\n원   고   [[문태식|PER]]\n          서울 마포구 성미산로 21, 302호\n          전화 [[010-2239-4406|TEL]]\n피   고   [[구자영|PER]]\n          경기 고양시 일산동구 중앙로 1261\n\n대여금 청구의 소\n\n청 구 취 지\n1. 피고는 원고에게 30,000,000원 및 이에 대한 2023. 6. 1.부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고가 부담한다.",
    "내 용 증 명\n\n수신인: [[백승민|PER]] (서울 송파구 오금로 35, 1204동 801호)\n발신인: [[진아름|PER]] (서울 강동구 천호대로 1005) / [[010-7762-3051|TEL]]\n제목: 임대차보증금 반환 청구\n1. 발신인은 2022. 3. 2. 수신인과 위 주택에 관하여 보증금 2억 원의 전세계약을 체결하였습니다.\n2. 계약은 2024. 3. 1. 만료되었으나 현재까지 보증금을 반환받지 못하였습니다.\n3. 2024. 3. 31.까지 아래 계좌로 반환하여 주시기 바랍니다.\n   국민은행 [[482901-04-118273|ACC]] (예금주 [[진아름|PER]])",
    "합 의 서\n\n가해자  성명: [[류지완|PER]]   주민등록번호: [[870822-1968984|RRN]]\n        연락처: [[010-8845-1170|TEL]]\n피해자  성명: [[송다인|PER]]   주민등록번호: [[941030-2389416|RRN]]\n        연락처: [[010 6632 9014|TEL]]\n\n2024년 2월 9일 발생한 교통사고에 관하여 가해자는 피해자에게 합의금 4,500,000원을 지급하고, 피해자는 가해자에 대한 처벌을 원하지 않는다.\n\n2024. 2. 23.\n가해자 [[류지완|PER]] (인)   피해자 [[송다인|PER]] (인)",
    "금전 공탁서 (변제 등)\n공탁번호: 2024금제1182호\n공탁자: [[임채원|PER]]   주민등록번호: [[910509-2319298|RRN]]\n피공탁자: [[노현철|PER]]   주소: 부산 해운대구 센텀중앙로 97\n공탁금액: 일금 칠백만원정 (7,000,000원)\n공탁원인사실: 임대차 종료에 따른 원상복구비 정산금을 변제제공하였으나 수령을 거절함\n공탁자 연락처: [[051-744-2093|TEL]]",
    "보낸사람: [[윤가람|PER]] 변호사 <[[garam.yoon@daon-law.example.com|MAIL]]>\n받는사람: [[최보은|PER]] <[[boeun.c@example.net|MAIL]]>\n제목: RE: 준비서면 초안 검토\n\n[[최보은|PER]]님, 보내주신 카톡 캡처 6장은 모두 증거(갑 제7호증)로 제출하겠습니다.\n다음 주 화요일까지 상대방 [[정태오|PER]] 씨와의 통화 녹취 파일도 부탁드립니다.\n\n> 2024-03-06 (수) 오후 11:02, [[최보은|PER]] 작성:\n> 변호사님, 초안 잘 받았습니다. 2쪽 날짜가 2월 3일이 아니라 2월 5일이에요.\n\n법무법인 다온 변호사 [[윤가람|PER]]\nT [[02-6203-4418|TEL]] | M [[010-3390-7152|TEL]]",
    "지급명령신청서\n채권자: 주식회사 새온인테리어 (사업자등록번호 [[123-55-04482|BRN]])\n        대표이사 [[고은결|PER]]\n        전화 [[02-571-3308|TEL]]\n채무자: [[하태준|PER]] (010-****-2291)\n청구금액: 금 12,400,000원\n청구원인: 2023. 10. 인테리어 공사대금 잔금 미지급",
    "고 소 장\n고소인: [[탁서현|PER]] (주민등록번호 [[000219-4043639|RRN]], 연락처 [[010-9921-5567|TEL]])\n피고소인: 성명불상 (중고거래 앱 판매자, 연락처 [[010-4418-2730|TEL]])\n피고소인 명의 입금계좌: 카카오뱅크 [[3333-21-9948172|ACC]] 예금주 [[마준혁|PER]]\n고소 취지: 피고소인을 사기죄로 처벌하여 주시기 바랍니다.\n피해 금액: 680,000원 (태블릿 PC 대금, 2024. 2. 14. 송금)",
    "[대한민국 법원] [[안재성|PER]]님, 서울중앙지방법원 2024가소123456 사건의 변론기일(4/10 10:20, 제358호 법정)이 지정되었습니다. 문의 02-530-1114",
    "형사 합의서\n피의자 [[강도윤|PER]](1995년생)은 피해자 [[윤슬기|PER]]에게 치료비 및 위자료 명목으로 금 3,000,000원을 지급하고, 피해자는 피의자의 처벌을 원하지 아니한다.\n입금 계좌: 우리은행 [[1002-845-331920|ACC]] ([[윤슬기|PER]])\n피해자 연락처: [[010-2217-6083|TEL]]\n2024. 1. 30.",
    "진 술 서\n성명: [[엄정란|PER]]   생년월일: 1961. 8. 15.\n주소: 인천 남동구 구월로 55   전화: [[032-466-1209|TEL]]\n본인은 2024. 2. 11. 21시경 옆 점포인 [[한상우|PER]] 씨 식당 주방 쪽에서 연기가 나는 것을 처음 보고 119에 신고하였습니다.\n위 내용은 사실과 다름없음을 확인합니다.\n진술인 [[엄정란|PER]] (서명)",
    "답 변 서\n사건: 2024가단50217 손해배상(기)\n원고: [[성지후|PER]]\n피고: [[옥민재|PER]] (송달장소: 서울 서초구 서초대로 272, 8층 법률사무소 / 소송대리인 변호사 [[표승원|PER]])\n피고 소송대리인 전화 [[02-3476-5510|TEL]], 팩스 [[02-3476-5511|TEL]], 이메일 [[sw.pyo@lawoffice.example.com|MAIL]]\n청구취지에 대한 답변: 원고의 청구를 기각한다.",
    "부동산 가압류 신청 진행 메모\n- 채권자: [[나은지|PER]] ([[010-5620-1184|TEL]])\n- 채무자: [[허창민|PER]], [[허창민|PER]]의 배우자 [[이다래|PER]](공동명의)\n- 목적물: 경기 남양주시 다산순환로 20, 504동 1801호\n- 청구채권: 대여금 50,000,000원 (차용증 2022. 9. 1.)\n- 담보: 보증보험 증권으로 갈음 예정",
    # --- real-estate brokerage ---
    "부동산(아파트) 전세 계약서\n임대인  주소: 서울 성동구 왕십리로 222, 103동 1502호\n        주민등록번호: [[600425-2564795|RRN]]  전화: [[010-4128-7790|TEL]]  성명: [[소명희|PER]] (인)\n임차인  주소: 서울 광진구 아차산로 400\n        주민등록번호: [[970822-2281722|RRN]]  전화: [[010-3305-6742|TEL]]  성명: [[위다은|PER]] (인)\n개업공인중개사  사무소: 왕십리우리공인중개사사무소  등록번호: 11200-2019-00187\n        사업자등록번호: [[227-66-38280|BRN]]  대표: [[노승철|PER]]  전화: [[02-2293-4471|TEL]]",
    "[특약사항]\n1. 월차임 650,000원은 매월 25일 임대인 계좌(하나 [[356-910284-71507|ACC]], 예금주 [[금은주|PER]])로 입금한다.\n2. 관리비는 실비 정산하며 인터넷·TV는 임차인이 개별 가입한다.\n3. 임차인 [[Olivia Grant|PER]]의 비자 만료 등으로 중도 퇴거 시 신규 임차인을 구하는 조건으로 해지할 수 있다.\n4. 임대인 연락처 [[010-7318-0429|TEL]], 임차인 연락처 [[010-9920-7714|TEL]]",
    "중개대상물 확인·설명서 [Ⅰ] (주거용 건축물)\n⑪ 중개보수 등에 관한 사항: 중개보수 1,120,000원 (부가세 별도)\n거래당사자 확인: 매도인 [[성기현|PER]] (서명)  매수인 [[추연희|PER]] (서명)\n개업공인중개사: [[노승철|PER]] (서명 및 날인)  등록번호 11200-2019-00187\n소속공인중개사: [[배진아|PER]] (서명 및 날인)",
    "[문자] 2024-02-20 오후 6:41\n안녕하세요 301호 집주인 [[윤태석|PER]]입니다. 보일러 수리 기사님이 내일 오전 10시 방문 예정이고 기사님 번호는 [[010-6627-1045|TEL]] 입니다. 수리비는 제가 부담합니다.\n\n[문자] 2024-02-20 오후 6:55\n네 감사합니다. 내일 집에 있을게요. - 301호 [[고하늘|PER]]",
    "2024-03-02 11:20:14 INFO listing.create listing_id=L-88213 deal=월세 deposit=10000000 rent=550000 owner_name=[[편은서|PER]] owner_tel=[[01075532208|TEL]] agent=[[배진아|PER]] ip=[[192.168.0.27|IP]]\n2024-03-02 11:21:03 INFO listing.photo listing_id=L-88213 count=12 agent=[[배진아|PER]] ip=[[192.168.0.27|IP]]",
    "상가건물 임대차 계약서 (발췌)\n임차인: 커피온도 (대표 [[남기윤|PER]])  사업자등록번호: [[708-12-67277|BRN]]  연락처: [[010-9042-1178|TEL]]\n임대인: (주)대성빌딩관리 대표이사 [[황인규|PER]]  사업자등록번호: [[6412606334|BRN]]\n보증금 50,000,000원 / 월세 3,300,000원 (부가세 별도) / 권리금 없음\n임대기간: 2024. 4. 1. ~ 2026. 3. 31.",
    "우리부동산 [[노승철|PER]] 님과 카카오톡 대화\n저장한 날짜 : 2024-03-14 21:03:55\n\n--------------- 2024년 3월 14일 목요일 ---------------\n[우리부동산 [[노승철|PER]]] [오후 4:12] 사모님 내일 2시 잔금 때 신분증이랑 도장 꼭 챙겨주세요\n[우리부동산 [[노승철|PER]]] [오후 4:13] 잔금은 매도인 계좌 신한 [[140-012-774519|ACC]] ([[성기현|PER]]) 으로 보내시면 됩니다\n[🌿 [[추연희|PER]]] [오후 4:20] 네 알겠습니다 이체한도 늘려놨어요\n[우리부동산 [[노승철|PER]]] [오후 4:21] 감사합니다 내일 뵙겠습니다",
    "전월세 매물 문의 접수\n문의자: [[Yuki Hayashi|PER]] (일본, 유학생)\n희망: 신촌·이대 원룸, 보증금 500 / 월 60 이하, 4월 입주\n연락처: [[+81 70-4418-2093|TEL]] / 한국 번호 [[010-2287-6630|TEL]]\n이메일: [[yuki.h@example.com|MAIL]]\n메모: 보증인 없음, 부모님 송금 예정",
    "임대차 계약 갱신 요구 통지서 (계약갱신요구권 행사)\n수신: 임대인 [[봉재성|PER]] 귀하\n발신: 임차인 [[라유진|PER]] ([[010-8841-3207|TEL]])\n대상 주택: 서울 노원구 동일로 1414, 다동 203호\n임차인은 주택임대차보호법 제6조의3에 따라 2024. 5. 31. 만료되는 임대차계약의 갱신을 요구합니다.\n2024. 3. 4.  임차인 [[라유진|PER]]",
    # --- couriers and delivery logs ---
    "운송장번호,수령인,연락처,주소,배송기사,상태\n684203117725,[[조은비|PER]],[[010-2204-7719|TEL]],서울 관악구 봉천로 412 2층,[[오민석|PER]],배송완료\n684203117736,[[하지석|PER]],[[0505-318-4420|TEL]],서울 관악구 남부순환로 1802 B101,[[오민석|PER]],부재-문앞\n684203117740,[[Liam Carter|PER]],[[010-7734-0815|TEL]],서울 관악구 신림로 65 403호,[[오민석|PER]],배송완료",
    "[배송기사 문자] 안녕하세요 한진택배 [[석동현|PER]] 기사입니다. 오늘 14~16시 사이 방문 예정인데 부재시 경비실에 맡겨드려도 될까요? 회신 부탁드립니다. [[010-3125-8874|TEL]]",
    "퀵서비스 접수증\n접수번호: Q240311-0193   차종: 오토바이\n출발: 강남구 테헤란로 521 (주)브릿지랩 3층 [[엄수빈|PER]] [[02-6010-2245|TEL]]\n도착: 성남시 분당구 판교역로 166 12층 [[Ryo Tanaka|PER]] 님 [[010-5502-9914|TEL]]\n물품: 서류봉투 1   요금: 28,000원 (착불)\n기사: [[표동진|PER]] [[010.8821.3047|TEL]]",
    "お届け先 / 수령인\n氏名: [[中村 真由美|PER]] ([[ナカムラ マユミ|PER]])\n住所: 〒160-0022 東京都新宿区新宿3-1-1\n電話: [[090-4812-7736|TEL]]\n발송인: [[도서진|PER]] / [[010-6641-2290|TEL]]\n내용물: 김 10봉, 고추장 500g (선물, 26,000원)",
    "From: 고객지원 <[[cs-delivery@example.com|MAIL]]>\nTo: [[hyejin.o@example.net|MAIL]]\n제목: [접수번호 CS-2403-77120] 분실 신고 처리 결과\n\n[[오혜진|PER]] 고객님, 운송장 5512-0937-4471 건은 최종 분실로 확인되어 보상금 45,000원을 아래 계좌로 송금하였습니다.\n- 입금 계좌: 국민 [[284101-04-337120|ACC]] ([[오혜진|PER]])\n불편을 드려 죄송합니다. 고객센터 1588-1255",
    "택배 위탁 배송기사 등록 카드\n성명: [[심규현|PER]]   생년월일: 1975.04.09\n운전면허번호: [[부산 95-114827-30|DL]]\n화물운송종사 자격번호: 제2015-011234호   차량: 1톤 냉동탑차\n연락처: [[010-2980-4417|TEL]]\n정산 계좌: 부산은행 [[101-2045-8831-05|ACC]]\n사업자등록번호(개인): [[776-53-57305|BRN]]",
    '{"route": "R-0311-B", "stop": 17, "recipient": "[[홍예린|PER]]", "tel": "[[0507-1243-3398|TEL]]", "addr": "경기 하남시 미사강변중앙로 190", "memo": "공동현관 #1203", "driver": {"name": "[[장우석|PER]]", "device_ip": "[[10.44.8.201|IP]]"}, "status": "DELIVERED", "ts": "2024-03-11T15:42:10+09:00"}',
    "주문번호,상품명,수취인명,수취인연락처1,배송지,배송메세지\n2024031112345601,무농약 햇양파 10kg,[[라은지|PER]],[[010-4721-3302|TEL]],전남 무안군 무안읍 성남리 112,문앞\n2024031112345602,무농약 햇양파 5kg,[[Tran Van Hung|PER]],[[010-9812-0447|TEL]],경기 화성시 향남읍 발안로 88,부재시 연락\n2024031112345603,햇양파 10kg+마늘 1kg,[[제갈윤|PER]],[[0504-4417-2281|TEL]],대전 서구 둔산로 100,경비실",
    "배송 완료 사진 전송\n수령인: [[곽다현|PER]] ([[010-5529-3190|TEL]])\n배송지: 인천 연수구 컨벤시아대로 165 2304호\n수령 방법: 문 앞 (요청사항)\n배송기사: [[천수호|PER]] / 송파2캠프 / 운송장 5512-0937-8803",
    "[화물 인수증]\n품명: 냉장고 1대 (양문형)   중량: 120kg\n인계자: 하이마트 동래점 [[엄태희|PER]]\n인수자: [[추성민|PER]] (서명)  인수자 연락처: [[010 7741 0286|TEL]]\n설치기사: [[모진혁|PER]], [[하준기|PER]]\n설치일: 2024.03.09 14:30",
    # --- second-hand car sales ---
    "자동차 양도증명서 (양도인·양수인 직접거래용)\n양도인 성명: [[변정호|PER]]   주민등록번호: [[710422-1500528|RRN]]   전화: [[010-3372-1908|TEL]]\n양수인 성명: [[함수연|PER]]   주민등록번호: [[690613-2968851|RRN]]   전화: [[010-2281-5527|TEL]]\n차량번호: 52가 3817   차대번호: KMHD341ABMU123456\n매매금액: 14,500,000원   잔금지급일: 2024. 3. 9.\n차량 인도일: 2024. 3. 9.",
    "중고자동차 매매계약서\n매매업자: 한빛오토 (사업자등록번호 [[546-60-15605|BRN]]) / 매매사원 [[공태민|PER]] (사원증 제2019-0481호) / [[010-4430-8872|TEL]]\n매수인: [[왕지선|PER]] / [[010-5093-2274|TEL]] / 운전면허 [[12-10-338472-91|DL]]\n차종: 2019 아반떼 AD 1.6 가솔린 / 주행거리 68,420km\n매매가: 11,900,000원 (이전비 별도)\n계약금 1,000,000원 입금 계좌: 기업 [[010-482915-01-017|ACC]] (한빛오토)",
    "오후 7:40 [[모세훈|PER]]: 차 보러 토요일 가능할까요?\n오후 7:42 [[권도하|PER]]: 네 오전 11시 광명역 공영주차장 어떠세요\n오후 7:42 [[권도하|PER]]: 도착하시면 [[010-7246-3319|TEL]]로 전화주세요\n오후 7:43 [[모세훈|PER]]: 넵 성능점검기록부도 부탁드려요",
    "[탁송 배정 안내]\n차량: 그랜저 IG 2020 (54너 2217)\n출발: 대구 달서구 성서공단로 (판매자 [[손보람|PER]] [[053-583-2271|TEL]])\n도착: 서울 강서구 (구매자 [[피진우|PER]] [[010-9334-0716|TEL]])\n탁송기사: [[금동욱|PER]] [[010 4478 2081|TEL]] / 면허번호 [[대구 04-556231-82|DL]]\n예정: 3/12 09:00 출발",
    "오토론 약식 심사 요청서\n신청인: [[피진우|PER]]   주민등록번호: [[610519-1461471|RRN]]\n직장: (주)동해물류 (사업자번호 [[137-99-01682|BRN]]) 재직 14년\n연소득: 5,200만원\n차량가: 24,800,000원 / 선수금 5,000,000원 / 36개월\n연락처: [[010-9334-0716|TEL]]  이메일 [[jwpi61@example.com|MAIL]]\n담당 딜러: [[공태민|PER]]",
    "transfer_req seq=20240312-0091 seller=[[변정호|PER]] seller_dl=[[111948291350|DL]] buyer=[[함수연|PER]] buyer_tel=[[+82-10-2281-5527|TEL]] plate=52가3817 fee=38000 status=RECEIVED",
    "시승 기록부 (3월)\n03/02 11:00 | 쏘렌토 MQ4 | 시승자 [[남경수|PER]] | 면허 [[서울 02-117384-52|DL]] | [[010-2241-9903|TEL]] | 동승 [[공태민|PER]]\n03/02 15:30 | K5 DL3 | 시승자 [[Andrew Collins|PER]] | 면허 [[13-19-007215-38|DL]] | [[010-7702-4418|TEL]] | 동승 [[공태민|PER]]\n03/03 10:30 | 팰리세이드 | 시승자 [[어윤정|PER]] | 면허 [[28 17 445102 63|DL]] | [[010-3918-2027|TEL]] | 동승 [[윤건호|PER]]",
    "[중고차 판매 대금 정산서]\n위탁자: [[석태준|PER]] ([[010-6673-2214|TEL]])\n차량: 2018 카니발 9인승 (172허 8841)\n판매가 18,200,000원 - 상품화비 350,000원 - 수수료 400,000원 = 정산액 17,450,000원\n입금 계좌: 수협 [[1010-2283-4451|ACC]] ([[석태준|PER]])\n담당: 한빛오토 [[공태민|PER]]",
    # --- academies and tutoring ---
    "수학의길 학원 원생 등록카드\n학생 이름: [[차서율|PER]]   학교/학년: 상도중 2학년\n학생 연락처: [[010-5561-0928|TEL]]\n보호자 이름: [[차현민|PER]] (부)   연락처: [[010-9128-3346|TEL]]\n보호자 이메일: [[hyunmin.cha@example.com|MAIL]]\n수강 반: 중2 심화 A (월·수·금 19:00~21:30)\n교육비 결제: 카드 자동결제 [[5241-7882-5783-3952|CARD]] (매월 5일)",
    "[수학의길] [[차서율|PER]] 학생이 19:02에 등원하였습니다. 문의 [[02-812-4470|TEL]]",
    "3월 과외 일정 정리\n1. [[윤서하|PER]] (고1, 수학) 화/목 18:00 - 어머니 [[010-2231-9905|TEL]]\n2. [[정민재|PER]] (중3, 영어) 월/수 20:00 - 본인 [[010-6674-3189|TEL]]\n3. [[Hana Suzuki|PER]] (국제학교 G10, 국어) 토 10:00 - 어머니 [[+81 90-3318-7720|TEL]]\n과외비 입금: 카카오뱅크 [[3333-12-5520873|ACC]]",
    "강사 채용 서류 제출 목록 - [[진하람|PER]] 선생님\n- 성범죄경력 조회 동의서 (주민등록번호 [[980807-2415883|RRN]])\n- 졸업증명서, 경력증명서 각 1부\n- 급여 계좌: 우리 [[1002-661-472309|ACC]]\n- 연락처: [[010-3346-7180|TEL]] / [[haram.jin@example.org|MAIL]]",
    "보낸사람: [[남궁지아|PER]] <[[jia.namgung@example.net|MAIL]]>\n받는사람: 글빛영어학원 <[[office@geulbit.example.com|MAIL]]>\n제목: 환불 요청드립니다 ([[남궁도윤|PER]] 초6)\n\n원장님 안녕하세요, [[도윤|PER]]이가 이사로 3월 15일까지만 다니게 되었습니다.\n남은 수강료 환불은 하나은행 [[620-218904-33107|ACC]] (예금주 [[남궁지아|PER]])로 부탁드립니다.\n\n---- 원본 메일 ----\n> 보낸사람: 글빛영어학원\n> 3월 수강료 280,000원 안내드립니다.",
    "학원 차량 2호차 탑승 명단 (15:20 출발)\n① [[임하준|PER]] - 래미안 정문 - 모 [[010-3409-8862|TEL]]\n② [[임하은|PER]] - 래미안 정문 - 모 [[010-3409-8862|TEL]]\n③ [[옥지유|PER]] - 한신 후문 - 부 [[010-7719-2340|TEL]]\n④ [[Ethan Park|PER]] - 롯데캐슬 - 모 [[010-4452-0973|TEL]]\n운전: [[맹기석|PER]] 기사님 [[010-2206-7741|TEL]] / 동승: [[소유리|PER]] 선생님",
    "타임스탬프,학생 이름,학년,학부모 연락처,이메일,희망 시간\n2024. 2. 26 오후 9:14:03,[[백서진|PER]],초4,[[010-4821-7733|TEL]],[[sjmom@example.com|MAIL]],토 11시\n2024. 2. 27 오전 8:02:51,[[유하람|PER]],초5,[[01038827104|TEL]],[[yoo.family@example.org|MAIL]],평일 17시\n2024. 2. 27 오후 1:40:22,[[Mai Anh|PER]],초3,[[010-2291-0476|TEL]],[[maianh.mom@example.com|MAIL]],평일 16시",
    "교육비 납입 증명서\n학원명: 새봄수학교습소   사업자등록번호 [[110-31-63868|BRN]]\n대표자: [[옥상민|PER]]\n학생: [[반지우|PER]]   수강기간: 2023.01~2023.12\n납입 총액: 3,960,000원\n위와 같이 교육비를 납입하였음을 증명합니다.",
    "[10:00:12] JOIN class=python-A student=[[이하윤|PER]] ip=[[192.168.35.14|IP]]\n[10:00:40] JOIN class=python-A student=[[목지후|PER]] ip=[[198.51.100.77|IP]]\n[10:01:05] JOIN class=python-A teacher=[[주다빈|PER]] ip=[[203.0.113.9|IP]]\n[10:42:19] LEAVE class=python-A student=[[목지후|PER]] ip=[[198.51.100.77|IP]]",
    "[과외중개] [[류현서|PER]] 선생님, 새 매칭 요청이 있습니다.\n학생: 고2 [[정시윤|PER]] / 과목: 화학Ⅰ / 지역: 분당 정자동\n학부모 연락처: [[010-6202-1958|TEL]] (수락 후 24시간 동안 공개)\n수수료: 첫 달 수업료의 30%",
    "학원 차량 운전자 서류 (어린이통학버스)\n성명: [[맹기석|PER]]   연락처: [[010-2206-7741|TEL]]\n운전면허: 1종 대형 [[23-98-114203-71|DL]]\n어린이통학버스 안전교육 이수: 2023.11.14 (도로교통공단)\n범죄경력 조회 회신: 2024.02.28 이상 없음",
    # --- sports clubs: rosters and dues ---
    "[새벽FC 2024 회원명부]\n번호 / 이름 / 포지션 / 연락처 / 회비\n1 / [[심재원|PER]] (총무) / DF / [[010-2288-4917|TEL]] / 완납\n2 / [[명도훈|PER]] / FW / [[010-7730-5582|TEL]] / 완납\n3 / [[Bui Van Long|PER]] / MF / [[010-9821-4036|TEL]] / 1~3월\n4 / [[여창민|PER]] / GK / [[010 5401 2267|TEL]] / 미납\n회비 계좌: 새마을금고 [[9002-1934-5582-1|ACC]] ([[심재원|PER]])",
    "새벽FC 23 님과 카카오톡 대화\n저장한 날짜 : 2024-03-09 07:12:40\n\n--------------- 2024년 3월 9일 토요일 ---------------\n[총무 [[심재원|PER]]] [오전 5:41] 오늘 6시 킥오프, 조끼 제가 챙깁니다\n[92 [[명도훈|PER]]] [오전 5:44] 10분 늦어요 ㅠ\n[88 [[여창민|PER]]] [오전 5:45] [[재원|PER]]아 회비 어디로 보내면 되냐\n[총무 [[심재원|PER]]] [오전 5:46] 새마을 [[9002-1934-5582-1|ACC]] [[심재원|PER]] 입니다 형님",
    "한울배드민턴클럽 3월 회비 입금 내역\n03/01 [[석하윤|PER]] 30,000\n03/01 [[구본태|PER]] 30,000\n03/02 [[Ayumi Kato|PER]] 30,000\n03/04 [[구본태|PER]] 15,000 (셔틀콕 공동구매)\n입금 계좌: 카카오뱅크 [[3333-19-2847301|ACC]] (총무 [[표하나|PER]])\n미납: [[전승철|PER]], [[하은별|PER]]",
    "[산사랑 산악회] 3/23 설악산 대청봉 무박산행 신청자\n1. [[길민호|PER]] [[010-2231-8874|TEL]] (비상: 배우자 [[010-4420-1183|TEL]])\n2. [[안수경|PER]] [[010-7781-0326|TEL]]\n3. [[Pham Thi Mai|PER]] [[010-3319-6205|TEL]]\n4. [[도창석|PER]] [[010-9902-4457|TEL]]\n버스: 양재역 12번 출구 23:00 출발\n회비 45,000원 → 농협 [[351-1044-2983-13|ACC]] (산행대장 [[길민호|PER]])",
    "풋살장 대관 예약 확인서\n예약자: [[방준서|PER]] / [[010-4186-2275|TEL]]\n팀명: 목요풋살회\n일시: 2024-03-14(목) 21:00~23:00 B구장\n대관료: 110,000원 (카드결제 완료, 승인번호 04418821)\n시설: 그린풋살파크 / 사업자등록번호 [[733-58-82326|BRN]] / [[031-8039-2214|TEL]]",
    "club: 한강러닝크루\ninsurance_period: 2024-04-01 ~ 2025-03-31\nmembers:\n  - name: [[설지원|PER]]\n    rrn: [[001220-4103802|RRN]]\n  - name: [[국태환|PER]]\n    rrn: [[600309-1402461|RRN]]\n  - name: [[Kevin O'Neill|PER]]\n    frn: [[690817-5903090|FRN]]\ncontact: [[run.hangang@example.org|MAIL]]",
    "제목: [참가신청] 제5회 구청장배 배드민턴 대회 - 혼합복식 D조\n\n선수1: [[여다솜|PER]] (1994.05.05, 여) [[010-2294-7718|TEL]]\n선수2: [[소준형|PER]] (1991.01.09, 남) [[010-8803-2215|TEL]]\n소속: 한울배드민턴클럽\n참가비 40,000원 입금자명: [[여다솜|PER]]\n\n[[여다솜|PER]] 드림 / [[dasom.yeo@example.com|MAIL]]",
    "[용병 구합니다] 3/17(일) 06:00 안양종합운동장 보조구장\n포지션 무관 2명, 회비 10,000원\n연락: 총무 [[심재원|PER]] [[010-2288-4917|TEL]] (문자 주세요)",
    "2024. 3. 16. 오후 8:02, 산행대장 [[길민호|PER]] : 내일 날씨 좋습니다. 6시 정각 출발합니다\n2024. 3. 16. 오후 8:05, [[안수경|PER]] : 대장님 저 스틱 하나 빌릴 수 있을까요\n2024. 3. 16. 오후 8:06, 산행대장 [[길민호|PER]] : 네 [[수경|PER]]씨 꺼 챙길게요\n2024. 3. 16. 오후 8:09, [[도창석|PER]] : 저는 들머리에서 합류할게요",
    "조기축구회 회칙 제정 회의록 (2024. 1. 14.)\n참석: [[심재원|PER]], [[명도훈|PER]], [[여창민|PER]], [[Bui Van Long|PER]], [[하동규|PER]] (5명)\n안건 1. 월 회비 20,000원 → 25,000원 인상 (찬성 4, 반대 1)\n안건 2. 신규 회원 가입 시 주민등록번호 수집 안 함, 연락처만 수집\n회계 감사: [[하동규|PER]] ([[010-6628-1304|TEL]])",
    "배드민턴 동호회 단체 상해보험 가입 명단\n성명 | 주민등록번호 | 연락처\n[[석하윤|PER]] | [[8906302418332|RRN]] | [[010-3302-9917|TEL]]\n[[구본태|PER]] | [[720421-1804350|RRN]] | [[010-2294-0381|TEL]]\n[[Ayumi Kato|PER]] | [[911218-6002030|FRN]] | [[010-8817-2056|TEL]]",
    "등산 동호회 회비 자동이체 CMS 출금 결과 (2024-03-25)\n회원명,은행,계좌번호,금액,결과\n[[도창석|PER]],국민,[[530201-01-448219|ACC]],20000,정상\n[[안수경|PER]],신한,[[110-287-449013|ACC]],20000,정상\n[[Pham Thi Mai|PER]],하나,[[727-910331-84107|ACC]],20000,잔액부족",
    # --- conference and academic society registrations ---
    "reg_no,name,affiliation,email,phone,fee_type,paid\nKSB24-0012,[[문하린|PER]],부경대 해양생물학과,[[harin.moon@example.org|MAIL]],[[010-3398-2214|TEL]],학생회원,Y\nKSB24-0013,[[Priya Raman|PER]],NIO Goa,[[priya.raman@example.net|MAIL]],[[+91 98220 41736|TEL]],해외,Y\nKSB24-0014,[[길태오|PER]],국립수산과학원,[[taeo.gil@example.com|MAIL]],[[010-7720-2274|TEL]],정회원,N",
    "Dear Dr. [[Sophie Marchand|PER]],\n\nThank you for registering for the 2024 Spring Conference of the Korean Society of Applied Linguistics (KSAL). Your registration number is KSAL-S24-0187.\n\nPayment: KRW 150,000 charged to card ending 4721.\nInvoice: INV-2024-0418\n\nIf you need an invitation letter for your visa, please reply with your passport number and date of birth.\n\nKSAL Secretariat\n[[secretariat@ksal.example.org|MAIL]] | [[+82-2-3408-1774|TEL]]",
    "Hello,\nPlease find my details for the invitation letter below.\nFull name: [[MARCHAND, Sophie Hélène|PER]]\nPassport No.: [[21AB48391|PASS]] (France)\nDate of birth: 12 March 1988\nAffiliation: Université Lumière Lyon 2\nBest regards,\n[[Sophie|PER]]\n\n> On 5 Mar 2024, at 10:14, KSAL Secretariat <[[secretariat@ksal.example.org|MAIL]]> wrote:\n> Your registration number is KSAL-S24-0187.",
    "초청연사 여비 지급 신청서\n성명: [[구민서|PER]]   소속: 한국과학기술원 전산학부\n주민등록번호: [[610622-2006346|RRN]] (원천징수용)\n지급 계좌: 국민 [[612901-01-338274|ACC]]\n연락처: [[042-719-2281|TEL]] / [[minseo.koo@example.net|MAIL]]\n강연료 500,000원, 교통비 84,600원",
    '2024-04-02T13:22:10+09:00 event=register member_id=KS0912 name="[[조재민|PER]]" email=[[jaemin.cho@example.com|MAIL]] ip=[[2001:db8:4a2::17|IP]] pay=card result=OK\n2024-04-02T13:25:44+09:00 event=register member_id=KS1177 name="[[Wu Jiahui|PER]]" email=[[jiahui.wu@example.org|MAIL]] ip=[[198.51.100.142|IP]] pay=transfer result=PENDING',
    "명찰 제작 명단 (세션 B 좌장·연사)\n좌장: [[변수민|PER]]\n연사: [[강예준|PER]] · [[손채아|PER]] · [[Tomás Herrera|PER]] · [[劉佳怡|PER]]\n토론: [[염준호|PER]] / [[우지안|PER]]",
    "[학회 지정호텔 예약 요청]\n투숙객: [[Hiroshi Yamada|PER]] / [[山田 浩|PER]]\n체크인 5/23, 체크아웃 5/25 (2박), 디럭스 더블\n보증 카드: JCB [[3562 9089 7908 5519|CARD]] exp 11/26\n연락처: [[+81-80-2291-4473|TEL]] / [[h.yamada@example.com|MAIL]]",
    "세금계산서 발행 요청\n상호: (주)뉴로젠바이오   사업자등록번호: [[471-07-52878|BRN]]\n대표자: [[윤다겸|PER]]\n담당자: [[노은채|PER]] 선임연구원 / [[eunchae.noh@neurogen.example.com|MAIL]] / [[031-628-4410|TEL]]\n품목: 2024 춘계학술대회 등록비 (3인) 900,000원",
    "한국언어학회 2024 추계학술대회 사전등록 (팩스 접수용)\n성명: [[하지윤|PER]]   소속: 경북대 국어국문학과 박사과정\n회원 구분: 학생회원   등록비: 60,000원\n결제 카드: [[4906-6485-8394-8909|CARD]]   유효기간 03/28\n연락처: [[010-4432-7718|TEL]]   이메일 [[jiyoon.ha@example.com|MAIL]]",
    "Subject: Visa support letter - Mr. [[Farrukh Nazarov|PER]]\n\nDear Organizing Committee,\nI am writing on behalf of our PhD student Mr. [[Farrukh Nazarov|PER]] (passport no. [[AB4417206|PASS]], Uzbekistan), who will present a poster (ID P-118) at ICAME 2024 in Busan.\nPlease send the invitation letter to [[f.nazarov@example.org|MAIL]] and copy me.\n\nProf. [[Elena Sokolova|PER]]\n[[e.sokolova@example.org|MAIL]] | [[+7 495 612-37-04|TEL]]",
    # --- immigration and visa: sojourn extension, EPS workers, seasonal workers ---
    "통합신청서 (신고서) APPLICATION FORM\n□ 외국인 등록  ■ 체류기간 연장허가 EXTENSION OF SOJOURN PERIOD\n성명 Full name: [[TRAN THI THU HA|PER]]\n생년월일 Date of Birth: 1995.09.30   성별 Sex: F\n국적 Nationality: VIETNAM\n외국인등록번호 Registration No.: [[950930-6326692|FRN]]\n여권번호 Passport No.: [[C5184720|PASS]]\n대한민국 내 주소: 경상남도 김해시 주촌면 골든루트로 80\n전화 Tel: [[010-4128-3307|TEL]]\n신청일 2024. 3. 4.   신청인 서명 [[Tran Thi Thu Ha|PER]]",
    "외국인근로자 고용 현황 (고용허가제 E-9)\n사업장명: 대영금속 / 사업자등록번호 [[756-13-59166|BRN]]\n1. [[NGUYEN VAN TOAN|PER]] / 베트남 / 외국인등록번호 [[841216-5315642|FRN]] / 입국 2022.05.17\n2. [[SHRESTHA RAM KUMAR|PER]] / 네팔 / 외국인등록번호 [[910121-5699547|FRN]] / 입국 2023.02.08\n3. [[TOSHMATOV JASUR|PER]] / 우즈베키스탄 / 외국인등록번호 [[950318-5809184|FRN]] / 입국 2023.09.21\n담당자: 관리부 [[염기태|PER]] [[055-338-7104|TEL]]",
    "2024년 상반기 외국인 계절근로자 입국 명단 (양구군 - 필리핀 MOU)\nNo. | 성명 | 여권번호 | 생년월일 | 배정 농가\n1 | [[DELA CRUZ, Jomar Santos|PER]] | [[P4827193A|PASS]] | 1990-02-14 | [[허만석|PER]] (방산면)\n2 | [[VILLANUEVA, Rhea Mae|PER]] | [[P7730218B|PASS]] | 1993-11-02 | [[허만석|PER]] (방산면)\n3 | [[REYES, Mark Anthony|PER]] | [[P1196402A|PASS]] | 1988-06-30 | [[진경숙|PER]] (해안면)\n4 | [[BAUTISTA, Lovely Joy|PER]] | [[P5502917C|PASS]] | 1996-08-19 | [[진경숙|PER]] (해안면)",
    "체류지 변경신고서\n성명: [[IVANOVA ANASTASIIA|PER]] ([[이바노바 아나스타시야|PER]])\n외국인등록번호: [[890911-6285090|FRN]]\n여권번호: [[75 4128830|PASS]]\n새 체류지: 인천광역시 연수구 송도과학로 32, 1402호\n전화: [[+7 916 482-17-30|TEL]] / [[010-5521-9087|TEL]]\n신고인: 본인   2024. 2. 28.",
    "From: 행정사 [[민지호|PER]] <[[jiho.min@hangil-visa.example.com|MAIL]]>\nTo: [[Karimova Dilnoza|PER]] <[[dilnoza.k@example.com|MAIL]]>\nSubject: D-10 → E-7 변경 서류 안내\n\n[[Dilnoza|PER]]씨, 여권 사본과 외국인등록증 앞뒷면 스캔을 보내주세요.\n보내주신 외국인등록번호 [[910330-6884380|FRN]]로 사전 조회해 보니 현 체류기간은 4월 2일 만료입니다.\n수수료: 신청 수수료 120,000원 (인지대 별도)\n\n한길행정사사무소 행정사 [[민지호|PER]] / [[02-2635-9914|TEL]]",
    "기숙사 배정표 (2동)\n201호: [[구룽 시타 쿠마리|PER]], [[타파 비말라|PER]]\n202호: [[라이 수닐|PER]], [[마가르 디펜드라|PER]]\n사감: [[천영태|PER]] [[010-6651-2207|TEL]]\n비상시: 사무실 [[031-375-4480|TEL]]",
    "표준근로계약서 (Standard Labor Contract)\n사업주 Employer: 성진산업 대표 [[오재필|PER]] / 사업자등록번호 [[150-44-91436|BRN]] / Tel [[031-8059-2276|TEL]]\n근로자 Employee: [[Bimal Tamang|PER]] ([[बिमल तामाङ|PER]]) / Passport No. [[PA0748213|PASS]] / Nepal\n근로계약기간: 입국일로부터 36개월\n임금: 시간급 9,860원 (통상임금)\n임금 지급 계좌: 하나 [[181-910477-29107|ACC]]",
    "外国人登录申请 / 외국인등록 신청 접수증\n姓名: [[李春花|PER]] ([[LI CHUNHUA|PER]] / [[리춘화|PER]])\n护照号: [[E62819304|PASS]]\n手机: [[010-3882-0415|TEL]]\n접수번호 2024-서울남부-04471   처리예정일 3/27\n수수료 30,000원 (수입인지)",
    "[하이코리아] [[Nguyen Thi Lan|PER]]님 3/20(수) 10:30 서울남부출입국·외국인사무소 방문예약이 완료되었습니다. 예약번호 R2403-118820. 문의 1345",
    "외국인력 고용허가 신청서\n사업장: 보림수산 / 사업자등록번호 [[412-04-78413|BRN]]\n대표자: [[왕대식|PER]]   주민등록번호: [[5504101803729|RRN]]\n업종: 양식어업   신청 인원: 2명 (E-9)\n실무 담당자: [[왕경미|PER]] (대표자 딸) [[061-554-3012|TEL]] / [[boreem.fish@example.com|MAIL]]",
    "F-6 체류기간 연장 준비 메모\n- 본인: [[Maria Luisa Santos|PER]] / 외국인등록번호 [[791127-6608276|FRN]] / 여권 [[P3308215B|PASS]]\n- 배우자: [[탁민규|PER]] (주민등록번호 [[600329-1472473|RRN]])\n- 가족관계증명서, 혼인관계증명서 (배우자 명의)\n- 신원보증서: 보증인 [[탁민규|PER]]\n- 연락처 [[010-2218-4407|TEL]]",
    "Ishchi ma'lumotlari / 근로자 정보\nF.I.Sh: [[Abdullayev Jasur Bakhtiyorovich|PER]]\nКириллча: [[Абдуллаев Жасур Бахтиёрович|PER]]\nPasport: [[FA4172093|PASS]]\nTel (O'zbekiston): [[+998 90 412 73 08|TEL]]\nTel (Koreya): [[010-9924-3361|TEL]]\nIsh joyi: 한솔식품 (경기 포천시)",
    "계절근로자 외국인등록 일괄 신청 목록 (2024. 4. 8.)\n연번 | 성명 | 여권번호 | 외국인등록번호(발급)\n1 | [[DELA CRUZ, Jomar Santos|PER]] | [[P4827193A|PASS]] | [[900214-5872163|FRN]]\n2 | [[VILLANUEVA, Rhea Mae|PER]] | [[P7730218B|PASS]] | [[931102-6272486|FRN]]\n3 | [[REYES, Mark Anthony|PER]] | [[P1196402A|PASS]] | [[880630-5303998|FRN]]\n신청 대리: 양구군청 농업정책과 담당 [[서은호|PER]]",
    "2024. 3. 18. 오전 9:41, [[Nguyen Van Toan|PER]] : 반장님 저 외국인등록증 기간 연장 언제 가요?\n2024. 3. 18. 오전 9:50, 반장 [[염기태|PER]] : [[또안|PER]] 목요일에 같이 가자. 여권이랑 통장 사본 챙겨\n2024. 3. 18. 오전 9:51, [[Nguyen Van Toan|PER]] : 여권번호 [[C3392017|PASS]] 맞아요? 사진 보냈어요\n2024. 3. 18. 오전 9:52, 반장 [[염기태|PER]] : 응 맞아",
    "재입국 특례 고용 추천서 요청\n근로자: [[SHRESTHA RAM KUMAR|PER]] ([[슈레스타 람 쿠마르|PER]])\n여권번호: [[PA1120487|PASS]]   근무 기간: 2020.01.13 ~ 2024.01.12\n사업주: 대영금속 [[염기태|PER]] 부장 (대리 신청)\n연락처: [[055-338-7104|TEL]]\n네팔 현지 연락처: [[+977 984-1127730|TEL]]",
    # --- customs and overseas shopping ---
    "[통관 보류 안내]\n[[전해린|PER]] 고객님, 주문하신 상품(송장 1Z999AA10123456784)이 통관 보류되었습니다.\n입력하신 개인통관고유부호 P240011827361 과 수취인 성명이 일치하지 않습니다.\n확인 후 판매자 안심번호 [[0507-1384-2290|TEL]]로 문자 주세요.",
    '{"order_no": "DG-24031488213", "receiver": {"name_ko": "[[소윤아|PER]]", "name_en": "[[SO YUNA|PER]]", "pccc": "P190028473615", "phone": "[[+821048372291|TEL]]", "zip": "04524"}, "items": [{"desc": "Vitamin D3 5000IU", "qty": 2, "usd": 18.4}], "tracking": "9400111899223344556677"}',
    "관세 환급 신청 (반품 재수출)\n신청인: [[모지원|PER]] / 개인통관고유부호 P220031147820\n수입신고번호: 43861-24-101234M\n환급금 입금 계좌: 우체국 [[110338-02-194528|ACC]] ([[모지원|PER]])\n연락처: [[010–4417–6623|TEL]]",
    "해외결제 이의제기 신청서\n회원명: [[곽태웅|PER]]\n카드번호: [[4670 0661 8927 9633|CARD]]\n가맹점: SHOPFAST*STORE 0917   결제일 2024-02-29   USD 129.00\n사유: 미배송 (주문번호 #SF-8817203)\n연락처: [[010-2275-9301|TEL]]",
    "배송대행 신청서 (중국 타오바오)\n수취인: [[郑美玲|PER]] / [[정미령|PER]]\n개인통관고유부호: P230019927114\n연락처: [[010-6619-2083|TEL]]\n결제 카드(은련): [[6243161460875986|CARD]]\n배대지 신청번호: TB-240315-0442   예상 무게 3.2kg",
    "수입신고 대행 의뢰 (사업자 통관)\n수입자: 다온리빙 / 사업자등록번호 [[426-06-99750|BRN]]\n대표: [[채다온|PER]]   담당: [[변석호|PER]] [[010-7720-1193|TEL]]\n품목: 원목 도마 HS 4419.19 / 400개 / FOB USD 3,200\nB/L: COSU6123458870   통관고유부호: 다온리빙1248017",
    "오후 4:02 [[우세빈|PER]]: 엄마 직구한 거 통관번호 필요하대\n오후 4:05 엄마: P180027731905 이거야 수취인은 [[최정란|PER]]으로 해\n오후 4:06 [[우세빈|PER]]: ㅇㅋ 연락처는 엄마 폰 [[010-9930-4127|TEL]]으로 넣을게",
    # --- hotels and guesthouses in English, Japanese and Chinese ---
    "CREDIT CARD AUTHORIZATION FORM\nHotel: Seoul Forest Stay\nGuest name: [[Emily R. Whitfield|PER]]\nArrival: 14 Apr 2024   Departure: 18 Apr 2024\nCard type: Visa   Card number: [[4364534616728168|CARD]]\nExpiry: 08/27\nCardholder: [[Emily R. Whitfield|PER]]\nBilling e-mail: [[emily.whitfield@example.com|MAIL]]\nSignature: ______________",
    "【予約確認】ソウル ハヌル ゲストハウス\n[[佐藤 美咲|PER]] 様\nこのたびはご予約ありがとうございます。\nチェックイン: 3月22日(金) 15:00〜\nご宿泊人数: 2名 (同行者: [[佐藤 遥|PER]] 様)\nご連絡先: [[080-3321-7745|TEL]]\n当日のご連絡はカカオトーク ID: hanulgh または [[+82-10-6632-1180|TEL]] までお願いいたします。",
    "住宿登记表 / Guest Registration\n姓名 Name: [[陈晓雯|PER]] [[CHEN XIAOWEN|PER]]\n护照号码 Passport No.: [[EJ7730184|PASS]]\n国籍 Nationality: 中国\n入住 Check-in: 2024-03-15   退房 Check-out: 2024-03-18\n房间 Room: 1207\n手机 Mobile: [[+86 139 1842 7705|TEL]]\n邮箱 E-mail: [[xiaowen.chen@example.com|MAIL]]",
    "room,guest_name,nationality,passport_no,checkin,checkout,phone\n0811,[[KOWALSKI Anna|PER]],POL,[[EK4829170|PASS]],2024-03-10,2024-03-13,[[+48 512 334 871|TEL]]\n0812,[[MÜLLER Jonas|PER]],DEU,[[CF7L2T9X4|PASS]],2024-03-10,2024-03-12,[[+49 151 2234 8817|TEL]]\n0815,[[OKAFOR Chidi|PER]],NGA,[[A09183726|PASS]],2024-03-11,2024-03-14,[[+234 803 221 4470|TEL]]",
    "Hi,\nThis is [[Lukas Brenner|PER]], booking no. 4418273015 (Booking.com). My flight LH712 lands at ICN at 17:35, so we'll arrive around 21:00.\nCould you send the door code to this number: [[+49 170 4412 9983|TEL]] (WhatsApp)?\nThanks,\n[[Lukas|PER]]\n\n--\nSent from my phone",
    "領収書の宛名について\n宛名: 株式会社ミライ精機 (法人)\nご担当: [[高橋 健太|PER]] 様\nメール: [[k.takahashi@mirai-seiki.example.com|MAIL]]\n電話: [[03-5412-8830|TEL]]\nご宿泊日: 2024年3月4日〜6日 (2泊)\n※ 領収書はPDFでお送りします。",
    "Welcome to Bukchon Maru Guesthouse!\nWi-Fi: BukchonMaru_5G / pw: maru2024!\nCheck-out by 11:00. Please leave the key in the box.\nHost: [[Jiyoung|PER]] ([[010-4471-2083|TEL]], WhatsApp/KakaoTalk)\nEmergency: 112 (police), 119 (fire/ambulance), 1330 (Korea Travel Hotline)",
    "团队分房表 / Rooming List - 上海光华旅行社 GH240318\n1201 [[张伟|PER]] / [[ZHANG WEI|PER]] - [[EA8831027|PASS]]\n1201 [[黄丽|PER]] / [[HUANG LI|PER]] - [[E30192847|PASS]]\n1202 [[周建国|PER]] / [[ZHOU JIANGUO|PER]] - [[EB2047718|PASS]]\n领队 Tour leader: [[孙晓明|PER]] [[+86 186 2108 3347|TEL]]",
    '2024-03-16 22:41:07 portal login room=1207 guest="[[CHEN XIAOWEN|PER]]" mac=3C-22-FB-91-0A-7E ip=[[172.16.12.207|IP]] lease=86400\n2024-03-16 23:02:55 portal login room=0815 guest="[[OKAFOR Chidi|PER]]" mac=A4-83-E7-10-5C-22 ip=[[172.16.12.58|IP]] lease=86400',
    "Guest Folio - Hotel Namsan View\nGuest: Mr. [[William J. Hartley|PER]]   Room 1408   Confirmation 88120473\nCompany: Hartley & Finch Ltd. (invoice to [[accounts@hartleyfinch.example.com|MAIL]])\nPayment: AMEX [[3770 462468 69711|CARD]]\nMobile: [[+44 7700 900418|TEL]]",
    "ご予約内容の変更について\n[[井上 由紀|PER]] 様\nいつも当ゲストハウスをご利用いただきありがとうございます。\nご依頼のとおり、チェックインを4月5日に変更いたしました。\nデポジット(1泊分 55,000ウォン)は、ご登録のカード [[3569-5480-4485-3740|CARD]] に再度仮売上いたします。\n釜山 海雲台 しおかぜハウス オーナー [[朴 美善|PER]] ([[パク ミソン|PER]])\n[[+82-51-742-9930|TEL]]",
    "酒店预订确认 / Reservation Confirmation\n预订人: [[刘子涵|PER]]\n入住人: [[刘子涵|PER]], [[何静|PER]]\n房型: 豪华双床房 x1   晚数: 3\n担保信用卡 (银联): [[6250 8094 3163 7774|CARD]]\n联系电话: [[+86 158 0217 3396|TEL]]\n酒店前台: [[+82 2 6010 8800|TEL]]",
    "Late check-out request\nFrom: [[Amelia Brooks|PER]] <[[amelia.brooks@example.net|MAIL]]>\nTo: Front Desk <[[frontdesk@harbor-inn.example.com|MAIL]]>\n\nHi, I'm in room 503 with my colleague [[Noah Fischer|PER]]. Could we keep the room until 14:00? Our KTX to Seoul leaves at 15:10.\nThanks, [[Amelia|PER]]",
    # --- tour-group rosters with passport lists ---
    "[다낭 3박5일 3/28 출발] 단체 명단 - 행복여행사\n번호 / 한글명 / 영문명 / 여권번호 / 만료일 / 연락처\n1 / [[공미라|PER]] / [[GONG MIRA|PER]] / [[M48213076|PASS]] / 2031.05.12 / [[010-2271-4809|TEL]]\n2 / [[공태현|PER]] / [[GONG TAEHYUN|PER]] / [[M90127354|PASS]] / 2029.11.03 / [[010-2271-4810|TEL]]\n3 / [[추은영|PER]] / [[CHU EUNYOUNG|PER]] / [[M712A8830|PASS]] / 2033.02.20 / [[010-6692-0137|TEL]]\n4 / [[방미숙|PER]] / [[BANG MISOOK|PER]] / [[m50928143|PASS]] / 2030.08.14 / -\n인솔자: [[장혜원|PER]] 실장 [[010-3318-2095|TEL]]",
    "2024. 2. 21. 오후 9:12, [[고서연|PER]] : 엄마 여권번호 불러줘 항공권 예약하게\n2024. 2. 21. 오후 9:15, [[윤미경|PER]] : [[M20317748|PASS]] 이고 만료 2028년 9월\n2024. 2. 21. 오후 9:16, [[고서연|PER]] : 아빠는?\n2024. 2. 21. 오후 9:18, [[윤미경|PER]] : 아빠꺼 [[m847r1102|PASS]] 영문이름 [[KO JAEHWAN|PER]]\n2024. 2. 21. 오후 9:19, [[고서연|PER]] : ㅇㅋ 예약하고 e티켓 보낼게",
    "제목: [행복여행사] 3/28 다낭 출발 안내 - [[공미라|PER]] 외 3명\n\n[[공미라|PER]] 고객님, 출발 3일 전 안내드립니다.\n미팅: 인천공항 T1 3층 H카운터 06:20\n예약자 명단: [[공미라|PER]] / [[공태현|PER]] / [[추은영|PER]] / [[방미숙|PER]]\n현지 가이드: [[Le Van Duc|PER]] [[+84 905 318 227|TEL]]\n긴급 연락: 인솔자 [[장혜원|PER]] [[010-3318-2095|TEL]]\n고객센터 1577-4455 (평일 09~18시)",
    "訪韓団体 名簿 (2024年4月 釜山 研修旅行)\n1. [[松本 拓也|PER]] ([[マツモト タクヤ|PER]]) 旅券番号 [[TR4417203|PASS]]\n2. [[井上 由紀|PER]] ([[イノウエ ユキ|PER]]) 旅券番号 [[TK8820147|PASS]]\n3. [[小林 翔太|PER]] ([[コバヤシ ショウタ|PER]]) 旅券番号 [[MZ3319025|PASS]]\n4. [[森 恵理子|PER]] ([[モリ エリコ|PER]]) 旅券番号 [[TS5501738|PASS]]\n引率: [[松本 拓也|PER]] 携帯 [[090-7712-3054|TEL]]",
    "성명,주민등록번호,영문명,여권번호\n[[반도현|PER]],[[990417-1547124|RRN]],[[BAN DOHYUN|PER]],[[M31720459|PASS]]\n[[하유진|PER]],[[760302-2202501|RRN]],[[HA YUJIN|PER]],[[M05518274|PASS]]\n[[반서우|PER]],[[060403-4064118|RRN]],[[BAN SEOWOO|PER]],[[M662B3019|PASS]]",
    "[여행사 결제 요청서]\n상품: 북해도 온천 4일 (4/11 출발) x 2인\n예약자: [[원태희|PER]] / [[010-5530-1728|TEL]]\n동반자: [[원지호|PER]]\n결제 카드: [[4518-5789-5975-5291|CARD]]  유효기간 12/26  할부 3개월\n카드 소유주: [[원태희|PER]] (본인 서명)\n여권: [[원태희|PER]] [[M19027745|PASS]] / [[원지호|PER]] [[M772C1840|PASS]]",
    "네팔 안나푸르나 ABC 트레킹 참가자 명단 (산사랑 산악회)\n[[길민호|PER]] [[GIL MINHO|PER]] [[M40517723|PASS]]\n[[안수경|PER]] [[AN SUKYUNG|PER]] [[M83192406|PASS]]\n[[도창석|PER]] [[DO CHANGSEOK|PER]] [[M214D5097|PASS]]\n현지 셰르파: [[Pemba Sherpa|PER]] ([[+977 9851 042 771|TEL]])",
    "Tour group manifest - Jeju 3D2N (Mar 22-24)\nNo. | SURNAME/GIVEN | Passport | Nationality\n1 | [[NGUYEN/THI HUONG|PER]] | [[C2019384|PASS]] | VNM\n2 | [[NGUYEN/VAN MINH|PER]] | [[C2019385|PASS]] | VNM\n3 | [[LIM/WEI JIE|PER]] | [[K4419208A|PASS]] | SGP\n4 | [[SANTOS/ANGELICA|PER]] | [[P6639102A|PASS]] | PHL\nGuide: [[홍성민|PER]] [[010-4418-9927|TEL]]",
    # --- labour-union membership ---
    "공공운수노조 한빛병원지부 조합원 가입원서\n성명: [[주예린|PER]]   부서: 간호부 71병동   사번: 20190412\n휴대전화: [[010-8832-1046|TEL]]\n이메일: [[yerin.joo@example.net|MAIL]]\n조합비 공제 동의: 급여 공제 (기본급의 1%)\n가입일: 2024. 3. 4.   신청인 [[주예린|PER]] (서명)",
    "조합비 CMS 출금이체 신청서\n예금주: [[탁성환|PER]]   생년월일(6자리): 810312\n출금 은행: 기업   계좌번호: [[221-048817-01-013|ACC]]\n휴대폰: [[010-4427-0913|TEL]]\n출금일: 매월 25일   금액: 15,000원\n위 계좌에서 조합비를 출금하는 것에 동의합니다. 예금주 [[탁성환|PER]] (서명)",
    "evote.log\n2024-03-20 12:01:33 ballot=B24-07 voter_id=U10482 name=[[허민재|PER]] ip=[[198.51.100.203|IP]] status=CAST\n2024-03-20 12:01:47 ballot=B24-07 voter_id=U10519 name=[[Ng Wei Ling|PER]] ip=[[198.51.100.14|IP]] status=CAST\n2024-03-20 12:02:05 ballot=B24-07 voter_id=U10077 name=[[소재근|PER]] ip=[[192.168.10.54|IP]] status=DUPLICATE",
    "연번,성명,국적,외국인등록번호,사업장,연락처\n1,[[Kyaw Zin Htet|PER]],미얀마,[[861130-5727285|FRN]],대영금속,[[010-2291-7730|TEL]]\n2,[[Siti Rahmawati|PER]],인도네시아,[[801007-6113102|FRN]],한솔식품,[[010-6382-0914|TEL]]\n3,[[Nguyen Thi Bich|PER]],베트남,[[900908-6127911|FRN]],한솔식품,[[010-4419-2285|TEL]]\n4,[[Sokha Chan|PER]],캄보디아,[[0001078563280|FRN]],성진산업,[[010-3317-6620|TEL]]",
    "상담일지 #2024-031\n상담자: 지회 상담부장 [[곽은희|PER]]\n내담자: [[Kamal Hossain|PER]] (방글라데시, E-9) / [[010-6620-9917|TEL]]\n사업장: 동원플라스틱 (사업자번호 [[384-92-05456|BRN]]) 사장 [[하동철|PER]]\n내용: 1~2월 임금 4,120,000원 체불, 퇴사 후 미지급\n조치: 노동청 진정서 작성 지원 (3/14), 통역 [[Rina Akter|PER]]",
    "택배노조 강서지회 신규 조합원 명단 (3월)\n[[천수호|PER]] · [[석동현|PER]] · [[Arjun Thapa|PER]] · [[마용진|PER]]\n가입비 10,000원은 지회 계좌 국민 [[557601-04-220193|ACC]] 로 입금\n문의: 지회 사무장 [[국현아|PER]] [[010-7762-0031|TEL]]",
    "조합원 인적사항 변경 신고\n성명: [[허민재|PER]]   조합원번호: U10482\n변경 전 연락처: [[010-3326-7781|TEL]]\n변경 후 연락처: [[010.9941.2307|TEL]]\n변경 후 이메일: [[minjae.heo@example.org|MAIL]]\n신고일: 2024. 3. 22.",
    # --- public-sector civil petitions (민원) ---
    "전입신고서\n전입지 주소: 대전광역시 유성구 대학로 291, 201동 1103호\n세대주 성명: [[석준호|PER]]   주민등록번호: [[520225-1868077|RRN]]   전화: [[042-861-2290|TEL]]\n전입자: 1. [[석준호|PER]] (본인)  2. [[석다온|PER]] (손자, [[060212-3106747|RRN]])\n이전 주소: 충청남도 공주시 웅진로 145\n신고일: 2024. 3. 5.",
    "[국민신문고] 민원 신청번호 2AA-2403-0418827\n민원인: [[피정연|PER]] / [[010-5528-1370|TEL]] / [[jungyeon.p@example.com|MAIL]]\n제목: 아파트 정문 앞 불법 주정차 단속 요청\n접수 IP: [[203.0.113.201|IP]]\n처리기관: 서초구청 교통행정과 (02-2155-8114)",
    "사회보장급여 신청(변경)서\n신청인: [[간혜숙|PER]]   주민등록번호: [[510420-2270171|RRN]]\n연락처: [[010-3081-4426|TEL]] / 자택 [[(063) 287-4410|TEL]]\n가구원: [[간민호|PER]] (아들, 중증장애)\n급여 수령 계좌: 농협 [[352-0841-2273-03|ACC]] (행복지킴이통장)\n담당 공무원: 맞춤형복지팀 [[라승연|PER]] 주무관",
    "여권발급신청서\n한글 성명: [[엄순자|PER]]\n로마자 성명: [[EOM SUNJA|PER]]\n주민등록번호: [[560319-2430742|RRN]]\n기존 여권번호: [[M10492837|PASS]] (2024. 5. 만료)\n긴급연락처: 딸 [[김순영|PER]] [[010-2209-7731|TEL]]",
    "[마포구청] [[진서우|PER]]님, 신청하신 청년 월세 지원 서류 보완이 필요합니다. 임대차계약서 사본을 3/22까지 제출해 주세요. 문의 02-3153-8114 (평일 9~18시)",
    "정보공개 청구서\n청구인: [[홍예찬|PER]] / 생년월일 1987.09.04 / [[010-6271-3390|TEL]] / [[yechan.hong@example.org|MAIL]]\n청구 내용: 2023년도 망원동 도로보수 공사 계약서 및 설계변경 내역\n공개 방법: 전자파일 (정보통신망)\n수수료 감면: 해당 없음",
    "상담 접수 카드 (외국인주민지원센터)\n이름 Tên: [[Lê Thị Thu Trang|PER]] ([[레 티 투 짱|PER]])\n외국인등록번호: [[000217-8928569|FRN]]\n전화: [[010-7791-2042|TEL]]\n상담 내용: 출산 후 건강보험 피부양자 등록 문의\n통역: [[Vũ Minh Châu|PER]]",
    "과태료 의견진술서\n위반일시: 2024. 1. 27. 14:32   장소: 시흥대로 123 앞\n차량번호: 33머 4120\n실제 운전자: [[남경호|PER]]   운전면허번호: [[서울 13-558217-40|DL]]\n소유자와의 관계: 직원 (법인 차량)\n연락처: [[010-4492-7713|TEL]]",
    "방문상담 일지 (3/12)\n대상: [[황보순례|PER]] 어르신 (82세, 독거)\n동행: 통장 [[남궁민아|PER]]\n상태: 거동 불편, 난방비 체납 2개월\n비상연락: 아들 [[010-9183-2201|TEL]]\n조치: 긴급복지 신청 안내, 방문간호 연계",
    "주민등록증 재발급 신청 (분실)\n성명: [[어지민|PER]]   주민등록번호: [[940929–1687462|RRN]]\n본인 확인: 운전면허증 [[11-14-302285-60|DL]]\n수령 방법: 주민센터 방문 수령\n연락처: [[010-5547-3308|TEL]]",
    "민원 처리 시스템 접속 이력\n2024-03-19 09:02:11 officer=[[라승연|PER]] case=SW-2403-0193 action=open ip=[[10.72.14.33|IP]]\n2024-03-19 09:14:50 officer=[[라승연|PER]] case=SW-2403-0193 action=approve ip=[[10.72.14.33|IP]]\n2024-03-19 09:15:02 applicant=[[간혜숙|PER]] sms=[[010-3081-4426|TEL]] result=sent",
    "건축물 사용승인 신청 (대리인)\n건축주: [[석경태|PER]] / 주민등록번호 [[660507-1599369|RRN]]\n설계자: 온건축사사무소 건축사 [[윤하진|PER]] (사업자등록번호 [[734-78-36110|BRN]])\n대리인 연락처: [[02-455-7120|TEL]] / [[hajin.yoon@onarch.example.com|MAIL]]\n대지위치: 서울 광진구 자양동 227-14",
    # --- fan-club events (idols are public figures) ---
    "[유애나 생일카페 이벤트 당첨자 안내]\n아이유 생일(5/16) 기념 컵홀더 이벤트 당첨자입니다.\n1등 [[엄하경|PER]] (010-****-2281)\n2등 [[Chloe Tan|PER]] (010-****-7730)\n3등 [[노지윤|PER]] (010-****-0913)\n수령 문의: 카페 운영자 [[010-4472-8810|TEL]]",
    "오후 11:02 [[주하린|PER]]: 세븐틴 콘서트 3/30 토 플로어 양도 받을게요!\n오후 11:04 [[윤채이|PER]]: 네 본인확인 때문에 예매자인 제 신분증 들고 가야 해서 동행입장으로 해요\n오후 11:05 [[주하린|PER]]: 넵 입금은 어디로?\n오후 11:06 [[윤채이|PER]]: 토스뱅크 [[1000-8327-4415|ACC]] [[윤채이|PER]]\n오후 11:07 [[주하린|PER]]: 보냈어요 제 번호 [[010-3218-6640|TEL]]",
    '{"event_id": "FS-0412", "artist": "NCT WISH", "type": "팬사인회 응모", "applicant": {"name": "[[차예은|PER]]", "birth": "2003-07-11", "phone": "[[010-8840-3317|TEL]]", "email": "[[yeeun_c@example.com|MAIL]]"}, "album_qty": 5, "order_no": "KS2404120044871"}',
    "뷔 생일 지하철 광고 모금 정산\n총 모금액 3,284,000원 / 참여 212명\n광고 집행비 2,900,000원 (세금계산서 발행)\n잔액 384,000원은 총대 [[석보라|PER]] 계좌(국민 [[557702-01-229183|ACC]])에서 유니세프로 기부 예정\n문의: 총대 [[석보라|PER]] [[bora.fanbase@example.com|MAIL]]",
    "팬미팅 현장 본인확인 예외 신청\n예매자: [[서가은|PER]] (예매번호 T2403301187)\n실관람자: [[서나은|PER]] (동생, 2008년생)\n사유: 예매자 해외 체류\n첨부: 가족관계증명서, 예매자 여권 사본 (여권번호 [[M558G2043|PASS]])\n연락처: [[+1 (213) 555-0147|TEL]] / [[010-6631-2084|TEL]]",
    # --- messenger exports ---
    "[[Kim Haneul|PER]]  2:14 PM\n@[[Park Seoyun|PER]] 고객사 담당자 연락처 공유드려요: [[이수빈|PER]] 책임 [[010-2293-4471|TEL]], [[sh.lee@client.example.com|MAIL]]\n[[Park Seoyun|PER]]  2:16 PM\n감사합니다! 내일 오전에 콜 잡겠습니다 :+1:",
    "[[도윤|PER]] — 2024.03.09. 오후 10:41\n서버 IP 바뀜 [[203.0.113.77|IP]]:25565 로 접속해\n[[서진|PER]] — 2024.03.09. 오후 10:43\nㅇㅋ 화이트리스트 추가해줘 닉 stardust_04\n[[도윤|PER]] — 2024.03.09. 오후 10:44\n추가함",
    "[SMS] 2024-03-11 09:12\n보낸사람: [[010-7720-4418|TEL]]\n안녕하세요 어제 중고로 의자 산 사람인데요 나사 하나가 빠져있어서요 ㅠ\n\n[SMS] 2024-03-11 09:30\n받는사람: [[010-7720-4418|TEL]]\n아 죄송해요 찾아서 경비실에 맡겨둘게요. 성함 알려주시면 메모 붙여둘게요\n\n[SMS] 2024-03-11 09:31\n보낸사람: [[010-7720-4418|TEL]]\n[[은가영|PER]]이에요 감사합니다!",
    "영업2팀 4 님과 카카오톡 대화\n저장한 날짜 : 2024-03-08 18:40:12\n\n--------------- 2024년 3월 8일 금요일 ---------------\n[영업2팀 [[차정우|PER]] 과장] [오후 2:14] 대구 거래처 담당자 바뀌었대요\n[영업2팀 [[차정우|PER]] 과장] [오후 2:15] 신규 담당 [[여민경|PER]] 대리 [[053-611-2207|TEL]] / [[010-3316-8824|TEL]]\n[영업2팀 [[하슬기|PER]]] [오후 2:17] 넵 CRM 업데이트 하겠습니다\n[영업2팀 [[하슬기|PER]]] [오후 2:17] 메일은 [[mk.yeo@dgsupply.example.com|MAIL]] 맞죠?",
    "2024. 3. 10. 오후 7:02, 엄마 : [[지안|PER]]아 할머니 병원 예약 목요일 11시야\n2024. 3. 10. 오후 7:05, [[서지안|PER]] : 내가 모시고 갈게. 진료카드 번호 알아?\n2024. 3. 10. 오후 7:06, 엄마 : 할머니 주민번호로 하면 돼 [[480719-2255456|RRN]]\n2024. 3. 10. 오후 7:07, [[서지안|PER]] : 응 [[옥순|PER]] 할머니 이름으로 접수할게",
    "3학년 2반 학부모 님과 카카오톡 대화\n저장한 날짜 : 2024-03-12 22:10:03\n\n--------------- 2024년 3월 12일 화요일 ---------------\n[3반 [[임하준|PER]] 엄마] [오후 9:14] 혹시 내일 현장학습 도시락 싸야 하나요?\n[반대표 [[소유경|PER]]] [오후 9:16] 네 도시락이랑 물 챙겨 보내시면 돼요\n[반대표 [[소유경|PER]]] [오후 9:17] 체험비 8,000원은 제 계좌 신한 [[110-516-204471|ACC]] 으로 부탁드려요\n[3반 [[Ethan Park|PER]] mom] [오후 9:20] Thank you!",
    "오후 8:10 아빠: [[하람|PER]]아 아빠 카드로 기차표 끊어\n오후 8:10 아빠: [[5409596917489802|CARD]] 유효기간 0928 비번 앞2자리는 전화로 알려줄게\n오후 8:12 [[유하람|PER]]: 고마워요 KTX 금요일 7시 걸로 할게\n오후 8:13 아빠: 내 번호 [[010-4418-7702|TEL]]로 예약문자 오게 해",
    "[LINE] [[鈴木 彩花|PER]]とのトーク履歴\n保存日時：2024/03/05 14:20\n\n2024/03/05(火)\n14:14\t[[鈴木 彩花|PER]]\t来週ソウル行くよ！ホテルの住所送って\n14:16\t[[강하린|PER]]\t서울 중구 명동10길 19 ([[02-778-3301|TEL]])\n14:17\t[[鈴木 彩花|PER]]\tありがとう〜 [[하린|PER]]ちゃん空港まで来れる？",
    "2024. 3. 2. 오전 10:11, 반장 [[길민호|PER]] : 오늘 참석자 [[안수경|PER]], [[도창석|PER]], [[Pham Thi Mai|PER]], [[여다혜|PER]]\n2024. 3. 2. 오전 10:12, 반장 [[길민호|PER]] : 불참 [[원석진|PER]]/[[하은별|PER]]\n2024. 3. 2. 오전 10:14, [[여다혜|PER]] : 저 처음이라 연락처 남겨요 [[010-3372-4019|TEL]]",
    # --- CSV, JSON, YAML, key=value exports and e-mail threads ---
    "사번,성명,주민등록번호,입사일,부서,급여계좌\n240301,[[국민재|PER]],[[980820-1683881|RRN]],2024-03-04,물류1팀,기업 [[01048821907011|ACC]]\n240302,[[Nguyen Van Phuc|PER]],[[970112-5236008|FRN]],2024-03-04,물류1팀,하나 [[620-219933-41107|ACC]]\n240303,[[채민하|PER]],[[0105254129215|RRN]],2024-03-11,총무팀,카카오뱅크 [[3333-02-7719284|ACC]]",
    '{"event": "payment.failed", "ts": "2024-03-18T02:14:07Z", "member": {"id": 88213, "name": "[[손태오|PER]]", "phone": "[[010-2204-9918|TEL]]"}, "card": {"pan": "[[2221339556040914|CARD]]", "exp": "2027-05"}, "reason": "INSUFFICIENT_FUNDS", "gym": "바디라인 피트니스 잠실점"}',
    "# 대리운전 기사 등록 (driver-registry.yaml)\n- name: [[반태성|PER]]\n  license: [[서울 05-229184-17|DL]]\n  phone: [[010-4471-6208|TEL]]\n  status: active\n- name: [[여용수|PER]]\n  license: [[13-11-042917-83|DL]]\n  phone: [[010-9920-3384|TEL]]\n  status: suspended",
    "2024-03-21 08:44:02 kyc.verify uid=U-551203 name=[[변서아|PER]] id_type=DL id_no=[[26-16-771205-32|DL]] result=MATCH ip=[[2001:db8:1f::a2|IP]]\n2024-03-21 08:47:19 kyc.verify uid=U-551377 name=[[문가온|PER]] id_type=RRN id_no=900101-1****** result=MASKED_INPUT ip=[[198.51.100.61|IP]]",
    "보낸사람: [[석지훈|PER]] <[[jihoon.seok@dmtech.example.com|MAIL]]>\n받는사람: [[윤다경|PER]] <[[dakyung.yoon@example.org|MAIL]]>\n제목: RE: RE: 견적서 송부 (방화문 교체 공사)\n\n[[다경|PER]] 팀장님, 수정 견적 첨부드립니다. 사업자등록증 사본도 함께 보냅니다.\n\n-----Original Message-----\nFrom: [[윤다경|PER]]\nSent: Monday, March 11, 2024 5:02 PM\n견적서에 부가세 포함 여부 표기 부탁드려요.\n\n(주)디엠테크 영업부 [[석지훈|PER]] 대리\n사업자등록번호 [[375-63-44227|BRN]] | T [[031-426-7781|TEL]] | F [[031-426-7782|TEL]]",
    "From: Billing <[[billing@cloudnine-host.example.net|MAIL]]>\nTo: [[Oh Jinseo|PER]] <[[jinseo.oh@example.com|MAIL]]>\nSubject: Re: Please update my card\n\nHi [[Jinseo|PER]],\nWe have replaced the card on file with the one you sent ([[4023-3861-4952-2730|CARD]]). Please avoid sending full card numbers by e-mail in the future.\n\n> On Mar 14, 2024, [[Oh Jinseo|PER]] wrote:\n> My old card expired. New one is above, exp 10/28.",
    "대리운전 기사 신규 등록 현황 (2024-03)\n성명,생년월일,면허번호,보험가입,연락처\n[[양태식|PER]],1971-06-02,[[12-91-045521-70|DL]],Y,[[010-8826-1304|TEL]]\n[[우승민|PER]],1988-11-17,[[경기 07-338201-94|DL]],Y,[[010-7731-0285|TEL]]\n[[하문석|PER]],1965-03-08,[[182004411293|DL]],N,[[010-4402-9917|TEL]]",
    "인사기록카드 (신규 입사자)\n성명: [[봉하민|PER]]   한자: [[奉河旼|PER]]   영문: [[BONG HAMIN|PER]]\n주민등록번호: [[961108 1480184|RRN]]\n운전면허: 2종 보통 [[15-16-220948-35|DL]]\n급여 계좌: 국민 [[294202-04-118830|ACC]]\n비상연락: 모 [[변정숙|PER]] [[010-5538-2271|TEL]]",
    "통신요금 자동납부 변경 신청\n명의자: [[옥현서|PER]]   휴대폰: [[010-6628-4430|TEL]]\n변경 전: 계좌이체 (우리 [[1002-338-410952|ACC]])\n변경 후: 신용카드 [[5181-2603-8637-3971|CARD]] / 유효기간 07/29\n신청 채널: 대리점 (판매자 코드 D2041)",
    "auth.log\nMar 20 02:14:07 web01 sshd[2211]: Accepted publickey for deploy from [[192.0.2.44|IP]] port 51022 ssh2: user=[[정우림|PER]]\nMar 20 02:15:31 web01 sshd[2240]: Failed password for invalid user admin from [[203.0.113.190|IP]] port 40118 ssh2\nMar 20 02:16:02 web01 sudo: deploy : TTY=pts/0 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart app",
    "name,email,phone,company,brn\n[[조하림|PER]],[[harim.cho@example.com|MAIL]],[[02-3672-8410|TEL]],하림디자인,[[3756689206|BRN]]\n[[탁우진|PER]],[[woojin@tak-studio.example.net|MAIL]],[[070-4418-2290|TEL]],탁스튜디오,[[340-49-91752|BRN]]\n[[Claire Dubois|PER]],[[claire.dubois@example.org|MAIL]],[[+33 6 12 48 90 37|TEL]],Atelier CD,",
    'patient:\n  name: [[송하경|PER]]\n  phone: "[[０１０－５５２８－７７４１|TEL]]"\n  rrn: "[[９３０６２４－２０２１５９２|RRN]]"\nvisit:\n  clinic: 맑은피부과의원\n  date: 2024-03-19\n  memo: 레이저 토닝 10회권, 3회차',
    "[구매 요청] 관리부 → 총무팀\n요청자: 관리부 [[염기태|PER]]\n품목: 외국인 근로자 숙소용 전기요 4개\n배송지 담당: [[천영태|PER]] [[010-6651-2207|TEL]]\n법인카드: [[2720-7898-7858-6927|CARD]] (관리부 공용)\n승인 요청 금액: 196,000원",
    "Subject: 연수생 명단 확정 (Fwd)\n\n---------- Forwarded message ---------\nFrom: [[Dang Thi Thu|PER]] <[[thu.dang@example.com|MAIL]]>\nDate: 2024년 3월 7일 (목) 오전 10:12\n\n명단 보내드립니다. 1) [[Dang Thi Thu|PER]] 2) [[Hoang Van Nam|PER]] 3) [[Vo Thi Kim Ngan|PER]]\n여권번호: [[C4482019|PASS]], [[C5593102|PASS]], [[N2018475|PASS]]\n\n--\n[[Dang Thi Thu|PER]] | HR Coordinator | [[+84 28 3821 7704|TEL]]",
    '택배 반품 회수 요청 (key=value)\nreq_id=RT-240322-0091 customer=[[Rajesh Kumar|PER]] tel=[[010-2281-0937|TEL]] addr="서울 용산구 이태원로 177" pickup_driver=[[천수호|PER]] pickup_driver_tel=[[010-5520-4478|TEL]] reason=SIZE_EXCHANGE',
    "보낸사람: [[류채원|PER]] <[[chaewon.ryu@example.net|MAIL]]>\n받는사람: 바른정형외과 원무과 <[[admin@bareun-os.example.com|MAIL]]>\n제목: 진료비 영수증 재발급 요청\n\n안녕하세요, 2월에 도수치료 받은 [[류채원|PER]]입니다. 연말정산용 영수증을 다시 받고 싶습니다.\n환자번호는 잘 기억나지 않고 생년월일은 1992년 4월 3일입니다. 휴대폰 [[010-7718-2094|TEL]]\n감사합니다.",
    '계약자 정보 (JSON)\n{\n  "contract_no": "RL-2024-00418",\n  "tenant": {"name": "[[Marcus Lee|PER]]", "passport": "[[566213874|PASS]]", "nationality": "USA", "phone": "[[+1 415 555 0192|TEL]]"},\n  "landlord": {"name": "[[방숙자|PER]]", "bank": "SC제일", "account": "[[512-20-384917|ACC]]"}\n}',
    "치과 예약 리스트 (3/15 금)\n09:30 [[모다인|PER]] 신환 교정상담 [[010-2294-1830|TEL]]\n10:00 [[함준기|PER]] #47 크라운 세팅 [[010-8830-2276|TEL]]\n11:00 [[Elena Popescu|PER]] 스케일링 [[010-4458-0913|TEL]]\n14:00 [[모다인|PER]] 보호자 [[모상철|PER]] 동반 예정\n담당 위생사: [[차지은|PER]]",
    # --- additional records across the genres above ---
    "오후 1:20 [[탁지안|PER]]: 처방전 사진 보냈어요 6시에 찾으러 갈게요\n오후 1:24 행복온누리약국: 네 [[탁지안|PER]]님 조제해 두겠습니다. 본인 확인용 휴대폰 번호 알려주세요\n오후 1:25 [[탁지안|PER]]: [[010-3381-9027|TEL]] 이요\n오후 1:26 행복온누리약국: 확인했습니다. 본인부담금 4,300원입니다",
    "교정 치료비 분납 및 카드 정기결제 동의서\n환자: [[맹서윤|PER]] (초5)   보호자: [[맹준석|PER]]\n총 교정비: 4,800,000원 / 24개월 분납 (월 200,000원)\n결제 카드: AMEX [[3760 693623 85016|CARD]]   유효기간 02/28\n보호자 연락처: [[010-6617-4402|TEL]]\n담당: 예쁜미소치과 교정과 [[육승현|PER]] 원장",
    "자동차보험 갱신 설계 메모\n피보험자: [[함재욱|PER]] / 운전면허 [[인천 09-441827-05|DL]]\n운전자 범위: 부부한정 (배우자 [[진소라|PER]], 면허 [[23-12-558014-27|DL]])\n차량: 2021 투싼 NX4 (12다 3390)\n보험료 2,148,000원 → 카드 [[4579-5931-4108-3250|CARD]] 10개월 할부\n연락처: [[010-9281-4406|TEL]]",
    "공탁금 출급 청구서\n공탁번호: 2024금제1182호\n청구인(피공탁자): [[노현철|PER]]   주민등록번호: [[580526-1185602|RRN]]\n출급 금액: 7,000,000원 및 공탁 이자\n입금 계좌: 부산은행 [[112-2091-4418-07|ACC]] ([[노현철|PER]])\n연락처: [[010-4420-8831|TEL]]",
    "【首尔明洞和风民宿】[[吴思雨|PER]]您好，您预订的3月29日入住已确认。\n入住时间 15:00 以后，门锁密码将于当天中午发送至 [[+86 177 2104 6639|TEL]]。\n如需帮助请微信联系房东 [[金善花|PER]] 或拨打 [[+82 10 7714 2209|TEL]]。",
    "2024. 3. 14. 오후 8:30, [[Nguyen Thi Thanh|PER]] : 선생님 [[민호|PER]] 수학 숙제 다 했어요?\n2024. 3. 14. 오후 8:33, 공부방 [[여은숙|PER]] 선생님 : 네 어머니 오늘 다 했어요. 다음 달 수업료 입금 부탁드려요\n2024. 3. 14. 오후 8:34, 공부방 [[여은숙|PER]] 선생님 : 농협 [[302-4418-2290-31|ACC]] [[여은숙|PER]]\n2024. 3. 14. 오후 8:36, [[Nguyen Thi Thanh|PER]] : 네 보냈어요",
    "경조금 지급 신청서 (노동조합)\n신청 조합원: [[국태섭|PER]] (물류1팀)\n경조 내용: 본인 결혼 (2024. 4. 6.)\n지급액: 200,000원\n입금 계좌: 카카오뱅크 [[3333-07-2281904|ACC]] ([[국태섭|PER]])\n확인: 지회 총무 [[나현주|PER]]",
    "초청장 (사증발급인정 신청 첨부)\n초청인: [[Ngo Van Hai|PER]] / 외국인등록번호 [[831024-5486989|FRN]] / 경기 안산시 단원구 원곡로 45\n피초청인: 1) [[Ngo Thi Lien|PER]] (모) 여권 [[C1049287|PASS]]  2) [[Ngo Van Hoa|PER]] (부) 여권 [[C1049288|PASS]]\n초청 목적: 손자 돌잔치 참석 및 가족 방문 (30일)\n초청인 연락처: [[010-2294-8807|TEL]]",
    "학생 여비 지원 대상자 (2024 춘계)\n성명,소속,은행,계좌번호,지원액\n[[문하린|PER]],부경대,부산,[[101-2094-4471-02|ACC]],150000\n[[Wu Jiahui|PER]],서울대,신한,[[110-551-308271|ACC]],200000\n[[하지윤|PER]],경북대,대구,[[508-10-338291-7|ACC]],150000",
]

NEGATIVES = [
    # --- public figures in news, sport and entertainment ---
    "손흥민은 9일(현지시간) 영국 런던 토트넘 홋스퍼 스타디움에서 열린 2023-2024 프리미어리그 경기에서 시즌 12호 골을 터뜨렸다. 팀은 3-1로 이겼다.",
    "류현진이 12년 만에 한화 이글스로 복귀한다. 구단은 22일 류현진과 8년 총액 170억 원에 계약했다고 발표했다.",
    "LG 트윈스 5-3 두산 베어스 (잠실)\n승: 임찬규 (2승 1패)  패: 곽빈  세: 유영찬\n홈런: 오스틴 1호(1회 2점)",
    "아이유 콘서트 'HER' 서울 공연은 3월 2일과 3일 KSPO DOME에서 열린다. 티켓은 2월 6일 오후 8시 멜론티켓에서 오픈되며 전석 154,000원이다.",
    "大谷翔平選手はロサンゼルス・ドジャースと10年総額7億ドルで契約した。背番号は17。",
    "President Yoon Suk Yeol and Prime Minister Fumio Kishida held a summit in Tokyo on 16 March 2023, agreeing to resume shuttle diplomacy.",
    "BTS 뷔의 솔로 앨범 'Layover'는 발매 첫 주 200만 장 이상 판매되었다.",
    "[속보] 봉준호 감독 신작 '미키 17', 로버트 패틴슨 주연으로 2025년 개봉 확정",
    # --- historical persons, fiction, credited authors and translators ---
    "세종대왕은 1443년 훈민정음을 창제하였고, 집현전 학자 정인지·성삼문·신숙주 등이 1446년 해례본 편찬에 참여했다.",
    "드라마 '눈물의 여왕'에서 백현우(김수현 분)와 홍해인(김지원 분)은 결혼 3년 차 부부로 등장한다.",
    "홍길동전의 주인공 홍길동은 서자로 태어나 활빈당을 이끌고 탐관오리를 벌한다.",
    "In Pride and Prejudice, Elizabeth Bennet first meets Mr. Darcy at the Meryton assembly, where he refuses to dance with her.",
    "《红楼梦》作者曹雪芹，主要人物有贾宝玉、林黛玉、薛宝钗。",
    "『채식주의자』 한강 지음 / 창비 / 2007 / ISBN 978-89-364-3734-3",
    "『1Q84』 무라카미 하루키 지음, 양윤옥 옮김, 문학동네, 2009",
    "Kim, J., & Park, S. (2021). Deep learning for Korean named entity recognition. Journal of Language Technology, 12(3), 45–67. https://doi.org/10.1234/jlt.2021.045",
    "감독 봉준호 / 각본 봉준호, 한진원 / 출연 송강호, 이선균, 조여정, 최우식, 박소담",
    "2024. 3. 9. 오후 9:12, 드라마방 운영자 : 오늘 '선재 업고 튀어' 선재 진짜 멋있지 않았나요\n2024. 3. 9. 오후 9:13, 드라마방 운영자 : 다음 주 예고에 솔이 나오는 장면 기대됩니다",
    # --- form templates and placeholders ---
    "작성 예시)\n성명: 홍길동\n주민등록번호: YYMMDD-XXXXXXX\n연락처: 010-0000-0000",
    "수신: ○○○ 귀하\n발신: 김OO 팀장\n연락처: 010-XXXX-XXXX\n제목: 회의 일정 안내",
    "안녕하세요 {name}님, 주문하신 {product}이(가) {date}에 발송됩니다. 문의는 {cs_phone}으로 연락 주세요.",
    "신청인 성명: __________ (서명 또는 인)\n주민등록번호: ______-_______\n연락처: (     )     -\n※ 뒷면의 작성 요령을 참고하세요.",
    "[보호자 동의서 양식]\n학생명: ________  보호자명: ________  관계: ____\n휴대폰: 010-____-____\n위 학생의 현장체험학습 참가에 동의합니다.",
    "휴대폰 번호를 입력해 주세요 (예: 010-1234-5678, 하이픈 없이 입력 가능)",
    '{"name": "{{user_name}}", "phone": "010-0000-0000", "greeting": "안녕하세요 {{user_name}}님"}',
    "Name (as in passport): ____________  Passport No.: ____________  Nationality: ______",
    # --- service numbers, public institutions, placeholders ---
    "고객센터 1588-1234 (평일 09:00~18:00)\n분실신고 1544-9970 (24시간)\n광고 수신거부 080-022-0182",
    "국민건강보험공단 1577-1000 / 국민연금공단 1355 / 정부민원안내콜센터 110 / 외국인종합안내센터 1345",
    "서울중앙지방법원 민원실 02-530-1114 (평일 09:00~18:00, 점심시간 12:00~13:00)",
    "다산콜재단 120 / 긴급신고 112, 119 / 관광통역안내 1330",
    "[배송조회] 고객님의 상품은 현재 옥천HUB에서 간선상차 중입니다. 문의 1588-1255 (CJ대한통운 고객센터)",
    "카카오톡 채널 '하늘내과의원' 예약 안내: 전화 예약은 대표번호 1600-8275, 온라인 예약은 채널 메뉴를 이용해 주세요.",
    # --- statistics, prices, dates, schedules ---
    "2023년 말 국내 체류 외국인은 2,507,584명으로 전년 대비 11.7% 증가했다. 국적별로는 중국 37.8%, 베트남 10.5%, 태국 7.6% 순이었다.",
    "2024년 고용허가제 외국인력(E-9) 도입 규모는 16만5천 명으로 역대 최대이며, 음식점업·임업·광업이 새로 허용되었다.",
    "아메리카노 4,500원 / 카페라떼 5,000원 / 바닐라라떼 5,500원 / 디카페인 +500원",
    "비급여 진료비 안내\n도수치료 1회 120,000원\nMRI(요추) 450,000원\n초음파(갑상선) 80,000원\n진단서 발급 20,000원",
    "3/12(화) 09:30 주간회의\n3/12(화) 14:00 고객사 미팅 (판교)\n3/13(수) 10:00~12:00 정보보호 교육\n3/15(금) 18:30 팀 회식",
    "중2 심화 A반: 월·수·금 19:00~21:30 / 교재: 쎈 수학 2-1 / 3월 첫 수업 3/4(월)",
    "1일차 인천(ICN) 09:20 출발 → 다낭(DAD) 12:10 도착 (VJ 961편)\n2일차 바나힐 투어 (08:00 호텔 로비 집결)\n3일차 호이안 자유일정",
    "2024 춘계학술대회 일정\n5/24(금) 13:00 등록 / 14:00 기조강연 / 16:00 분과 세션\n5/25(토) 09:30 포스터 발표 / 12:00 총회\n발표 20분, 질의응답 5분",
    "2024 새벽FC 리그 순위\n1위 새벽FC 7승 1무 (승점 22)\n2위 한강유나이티드 6승 2패 (승점 18)\n3위 목요풋살회 5승 1무 2패 (승점 16)",
    "보장 내용: 상해 입원 일당 1일 30,000원 (최대 180일), 골절 진단비 500,000원, 깁스치료비 100,000원",
    # --- order, tracking, approval, SKU, customs and invoice codes ---
    "주문번호 20240311-0012345678 / 운송장번호 6842 0311 7725 / 카드 승인번호 30118472",
    "개인통관고유부호는 P로 시작하는 13자리입니다 (예: P123456789012). 수취인 성명과 일치해야 통관이 진행됩니다. 문의: 관세청 고객지원센터 125",
    "통관 진행 정보\n화물관리번호: 24KEJI0317A-0012\n개인통관고유부호: P240011827361\n진행상태: 반출완료 (2024-03-17 14:20)",
    "세금계산서 승인번호 20240311-41000012-a8c3f21d / 인보이스 INV-2024-0003817 / 공급가액 1,200,000원",
    "운송장번호 010-2024-0311 (형식: 지점코드-연도-일련번호)",
    "SKU: KR-M4821-3076 / 바코드 8801234567893 / 재고 12개 / 위치 B-03-2",
    "예약번호 M63018274 (뮤지컬 R석 12열 7번, 2024-04-06 14:00 공연)",
    "부품번호 S12034587 / 호환 모델 SR-2200, SR-2400 / 단가 18,000원",
    "PNR: 7XK2QD / 편명 KE 705 / 좌석 42A / 탑승권 발행번호 1802417735221",
    "AS 접수번호 2403-118-0442 / 제품 시리얼 R58N21KQ3XM / 처리 예정일 3/19",
    "B/L No. COSU6123458870 / Container TCNU 4412087 / Seal 00917735 / ETA Busan 2024-03-22",
    # --- version strings shaped like IP addresses ---
    "펌웨어 v2.10.4.118 업데이트 안내: 안정성 개선 및 블루투스 연결 오류 수정",
    "OS 빌드 10.0.19045.4046 / Chrome 122.0.6261.112 / 앱 버전 5.14.3.2",
    "2024-03-07 09:12:44 INFO healthcheck ok latency=12ms build=4.18.0.2 region=ap-northeast-2",
    "service: notifier\nversion: 3.2.1.0\nretry: 3\nschedule: '0 9 * * 1-5'\nowner: platform-team",
    # --- masked values and impossible dates ---
    "회원님의 정보: 연락처 010-****-5521 / 주민등록번호 880214-2****** / 카드 5310-****-****-1787",
    "본인확인 완료: 이*수 / 010-****-4471 / 생년월일 1990.**.**",
    "테스트 데이터 (검증 실패 케이스): 991332-1234568, 000230-4123457, 851100-2345671",
    "외국인등록번호 형식 오류 예시: 951345-5123456 (월 13 없음), 880231-6234567 (2월 31일 없음)",
    "카드번호 뒤 4자리 1191 / 계좌 끝자리 ***-**-4471 / 여권번호 M1234****",
    # --- team, role and institution names ---
    "운영팀 님과 카카오톡 대화\n저장한 날짜 : 2024-03-07 19:02:11\n\n--------------- 2024년 3월 7일 목요일 ---------------\n[운영팀] [오후 2:14] 오늘 18시부터 서버 점검 예정입니다\n[관리자] [오후 2:20] 점검 중에는 앱 접속이 제한됩니다",
    "오후 2:14 고객센터: 문의 주셔서 감사합니다\n오후 2:15 상담봇: 주문번호를 입력해 주세요\n오후 2:16 고객센터: 확인 후 순차적으로 답변드리겠습니다",
    "담당: 인사팀 / 회계팀 / 구매팀 공동 검토\n결재: 팀장 → 본부장 → 대표이사",
    "체류기간 연장허가 신청은 만료일 4개월 전부터 가능합니다. 하이코리아에서 방문 예약 후 관할 출입국·외국인관서를 방문하세요. 문의 1345",
    "제23조(민감정보의 처리 제한) ① 개인정보처리자는 사상·신념, 노동조합·정당의 가입·탈퇴, 정치적 견해, 건강, 성생활 등에 관한 정보를 처리하여서는 아니 된다.",
    "원고 A는 피고 주식회사 B를 상대로 임금 등 청구의 소를 제기하였고, 제1심은 원고의 청구를 일부 인용하였다(서울중앙지방법원 2022가합512345).",
    "1일 3회 식후 30분, 5일분 복용하세요. 졸음이 올 수 있으니 운전이나 기계 조작을 피하세요.",
    "Check-in from 15:00, check-out until 11:00. Breakfast is served 07:00–10:00 on 2F. Front desk: dial 0 from your room.",
    "2019 아반떼 AD 1.6 스마트 / 주행 6.8만km / 무사고 / 1,190만원 / 상담 1600-8849",
    "매매 8억 5천 / 전용 84㎡ / 15층 중 7층 / 남향 / 입주 협의 / 중개사무소 등록번호 11200-2019-00187",
    "공공운수노조는 28일 서울 광화문 앞에서 집회를 열고 공공부문 인력 충원을 요구했다. 민주노총 양경수 위원장도 연단에 올랐다.",
    "[뉴진스 팬미팅 'Bunnies Camp'] 일시 2024. 6. 26.~27. / 장소 도쿄돔 / 팬클럽 선예매 5/10 20:00",
]


def records() -> list[dict]:
    return holdout_rows(POSITIVES, NEGATIVES, "holdout18")


def main() -> None:
    write_holdout(records(), OUT, MINIMUMS)


if __name__ == "__main__":
    main()
