# ruff: noqa: E501
"""Hold-out 20: a blind, hand-marked Korean PII evaluation set (``pii_holdout20_ko.jsonl``).

How it was written
    Blind. The only project file opened while writing it was ``curate/evals/marked.py``
    (mark syntax, short labels, ``holdout_rows``, ``write_holdout``, ``STRUCTURED_MINIMUMS``).
    No filter code, test, README, other eval set or generator, or data file was read; the
    scrubber and every scoring or ``curate`` command were left unrun. Check digits (RRN,
    FRN, Luhn, BRN) were computed with throwaway scripts under /tmp and pasted in as
    literals. The set is meant to be scored once, as it stands: do not tune the scrubber
    against it, and do not edit records after seeing a score (write a new hold-out instead).

Genres
    Real-estate contracts, 내용증명 and 전세 disputes; court and police paperwork written by
    private persons (고소장 drafts, 진술서, 합의서, 탄원서, 공탁서, 입찰표); insurance claims;
    택배 and 중고거래 (당근-style) chats; school parent group chats and 가정통신문 replies;
    hospital and pharmacy records; academic conference registrations and visa invitation
    letters; shipping manifests and airline PNRs with Latin names; hotel guest lists; sports
    club rosters; 부의금/축의금 장부; church and temple member lists; apartment management
    (관리비, 주차 등록); delivery-rider and taxi dispatch logs; HR onboarding and payroll;
    startup investor updates with cap tables; open-source bug reports quoting private mail;
    customer-service call transcripts; KakaoTalk (PC, Android, iOS, CSV) and LINE exports;
    e-mail threads with quoted replies and signatures; JSON, CSV and log lines with name and
    phone fields. Foreign residents' names (Chinese, Japanese, Vietnamese, Uzbek, Filipino,
    Western) appear in Hangul transcription and in Latin script, surname-first and
    given-first, in Kanji/Hanzi; names carry English nicknames; some are split across
    table columns or wrapped across lines.

Hard negatives (``-nNNN`` records, no gold; several also sit unmarked inside positives)
    Public figures in news, sport, politics and entertainment; historical and religious
    figures; fictional characters; credited authors, translators and reporters' bylines;
    public open-source credits; template placeholders (홍길동, 김OO, ○○○, {name}, 성명: ____,
    010-0000-0000); masked values; nationwide service numbers (1588-, 1544-, 1600-, 1577-,
    1533-), 080 numbers, short codes; public institutions' published numbers; order,
    tracking, invoice, coupon, SKU, barcode, IMEI, booking and ticket codes with digit runs;
    version and build strings shaped like IP addresses; dates, times and statistics;
    RRN-shaped numbers with impossible dates; team and role names (운영팀, 고객센터, 관리자,
    담당자); words that are also given names (하늘, 보람, 미소, 지수, 한결, 다솜, 나라, 소망) in
    ordinary sentences; first names in running prose with no contact value.

Labelling policy
    * Types: KR_RRN, KR_FRN, PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, KR_BANK_ACCOUNT,
      KR_BRN, KR_PASSPORT, KR_DRIVER_LICENSE, IP_ADDRESS, PERSON (written with marked.py's
      short labels).
    * Every personal or business phone line is gold (mobile, landline, 070, 050x, foreign
      mobiles); nationwide service numbers, 080 toll-free, short codes, public
      institutions' published numbers and placeholders (010-0000-0000) are not. Masked
      values are not gold. RRN/FRN-shaped numbers with impossible dates are not gold.
      Business registration numbers are gold, and so are business and role e-mail
      addresses. A bank account is marked without the bank's name.
    * A driver's licence written with a region name (서울 11-19-..., 부산 95-...) is one span
      including the region name. Foreign passport numbers are KR_PASSPORT too.
    * PERSON: a private person's name in form/label syntax, in correspondence to or from a
      private person, or anywhere in a record that also holds a private person's contact or
      identity value (then every occurrence of every private person's name in it is gold,
      including given names alone, nicknames, and the same name in another script). Never
      public figures, historical persons, fictional characters, credited authors,
      companies, brands, teams or template names. Names in running prose without contact
      values are not gold. Only the name is marked, not 님/씨/titles or particles (김민수 in
      김민수님, 김민수는, 김민수 교수님; 지수 in 지수야). A PNR or MRZ-style ``KIM/MINSU`` is
      one span.
    * Order numbers, SKUs, tracking numbers, reference and approval codes, dates, times,
      versions and statistics are never gold.
    * Identifiers are spelled the many ways Korean documents write them (hyphens, spaces,
      dots, no separator, full-width digits, en dashes, +82 forms, lower-case passport
      letters), most of them in the common hyphenated form.

All values are fictional but valid: RRNs and FRNs have real calendar dates and valid check
digits (FRNs use the RRN weights, gender digit 5-8); cards are Luhn-valid with real issuer
prefixes; BRNs have valid check digits; e-mail addresses are on example/test domains; IP
addresses are in documentation or private ranges; +1 numbers use 555-01xx; every name of a
positive is invented. Korean passports are M/S/G + 8 digits or M + 3 digits + letter +
4 digits; foreign ones follow their countries' shapes.

Regenerate (from the repository root):
    .venv/bin/python -m curate.evals.pii_holdout20
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.marked import STRUCTURED_MINIMUMS, holdout_rows, write_holdout

OUT = Path(__file__).resolve().parent / "data" / "pii_holdout20_ko.jsonl"
PREFIX = "h20-ko"

POSITIVES: list[str] = []
NEGATIVES: list[str] = []

# --- Real estate: 전세 contracts, 내용증명, 분쟁 ------------------------------------------------
POSITIVES += [
    "부동산(주택) 전세계약서\n1. 부동산의 표시: 서울특별시 관악구 봉천동 ○○빌라 302호 (전용 39.6㎡)\n2. 보증금: 금 이억삼천만원정 (₩230,000,000)\n\n임대인  성명: [[조영숙|PER]]  주민등록번호: [[690921-2738097|RRN]]  전화: [[010-4721-8830|TEL]]\n임차인  성명: [[한도윤|PER]]  주민등록번호: [[920522-2151791|RRN]]  전화: [[010 2284 1937|TEL]]\n개업공인중개사  사무소: 봉천스카이공인중개사사무소  대표: [[윤재경|PER]]  사업자등록번호: [[116-29-75073|BRN]]  전화: [[02-877-4410|TEL]]",
    "내 용 증 명\n\n수신인: [[박상철|PER]] (임대인) 경기도 성남시 분당구 정자일로 ○○, 1203동 704호\n발신인: [[이하은|PER]] (임차인) 연락처 [[010.3390.2175|TEL]]\n\n본인은 2022. 3. 5. 귀하와 위 주택에 관하여 보증금 2억 1천만원의 전세계약을 체결하였으나, 계약기간 만료일인 2024. 3. 4.이 지난 현재까지 보증금을 반환받지 못하였습니다. 본 내용증명 수령 후 14일 이내에 아래 계좌로 반환하여 주시기 바랍니다.\n반환 계좌: 국민은행 [[482301-04-193827|ACC]] (예금주 [[이하은|PER]])\n\n2024. 3. 18.  발신인 [[이하은|PER]] (인)",
    "[302호 세입자] [오후 3:12] 사장님 안녕하세요 302호 세입자 [[조은비|PER]]입니다\n[상도하우징] [오후 3:20] 네 말씀하세요\n[302호 세입자] [오후 3:21] 보일러가 또 고장났어요 ㅠㅠ 기사님 연락처 주시면 제가 직접 연락드릴게요\n[상도하우징] [오후 3:31] 한양설비 [[최만호|PER]] 기사한테 연락해봐요 [[010-9928-4410|TEL]]\n[302호 세입자] [오후 3:33] 네 감사합니다! 수리비는 다음 달 월세에서 빼도 될까요?\n[상도하우징] [오후 3:40] 영수증 보내줘요 [[은비|PER]]씨",
    "[Web발신]\n[봉천스카이공인중개사] 신림역 도보 5분 투룸 전세 2억1천 신규 매물 나왔습니다. 관리비 7만원, 즉시 입주 가능. 방문 예약은 대표 공인중개사 [[윤재경|PER]] [[010-5521-0384|TEL]]로 문자 주세요.\n무료수신거부 080-870-1120",
    "전세피해 지원 상담 신청서\n신청인 성명: [[황보민지|PER]]\n생년월일: 1994.07.12\n휴대전화: [[+82-10-7734-2091|TEL]]\n이메일: [[minji.hwangbo@example.com|MAIL]]\n임대인(확인된 경우): [[강철웅|PER]] / 주민번호 [[651008-1888086|RRN]] (계약서 기재 내용)\n피해 주택: 인천광역시 미추홀구 주안동 ○○오피스텔 1108호\n보증금: 120,000,000원\n※ 상담 예약 및 문의: 1533-8119 (평일 09:00~18:00)",
    "[[정유나|PER]] 임차인입니다. 주택임대차보호법 제6조의3에 따라 계약갱신요구권 행사를 통보드립니다. 2024년 8월 31일 만료되는 현 계약을 같은 조건으로 2년 연장하고자 합니다. 회신은 [[010–6620–1847|TEL]] 또는 [[yuna.j@example.net|MAIL]]로 부탁드립니다.\n— [[정유나|PER]] 드림",
    "전입신고서 작성 요령\n예시) 성명: 홍길동 / 주민등록번호: 000000-0000000  ← 예시는 그대로 쓰지 말고 본인 정보를 적으세요.\n\n[실제 제출분]\n세대주 성명: [[노태경|PER]]  주민등록번호: [[780601-1289078|RRN]]  연락처: [[010-2231-9078|TEL]]\n전입자 1) [[서민아|PER]] (배우자) [[801208-2251975|RRN]]\n전입자 2) [[노은찬|PER]] (자녀) [[090322-3777562|RRN]]\n전입일: 2024.02.26",
    "제목: Re: 302호 원상복구 비용 관련\n\n[[문석진|PER]] 사장님,\n말씀하신 도배 비용 48만원은 입주 전부터 있던 곰팡이 때문이라 제가 부담하기 어렵습니다. 입주 당시 찍은 사진 첨부드립니다.\n\n[[조은비|PER]] 드림\n[[010-2745-9038|TEL]]\n\n> 2024년 5월 2일 (목) 오후 6:14, [[문석진|PER]] <[[sj.moon@example.com|MAIL]]>님이 작성:\n> [[은비|PER]]씨, 퇴거 점검 결과 도배·장판 원상복구 비용을 청구합니다.\n> 보증금에서 공제한 나머지는 기존 계좌로 보내겠습니다.\n> -- \n> [[문석진|PER]] | 상도하우징 대표 | [[010-9310-5582|TEL]]",
    "중개대상물 확인·설명서 [Ⅰ] (주거용 건축물)\n개업공인중개사  성명 [[강지혜|PER]] (서명 또는 날인)  등록번호 11620-2019-00412\n사무소 명칭 한빛공인중개사사무소  소재지 서울특별시 관악구 남부순환로 ○○\n전화번호 [[02)884-2290|TEL]]  사업자등록번호 [[2840975121|BRN]]\n소속공인중개사  성명 [[임도현|PER]] (서명 또는 날인)",
    "지 급 명 령 신 청 서\n\n채권자  [[윤서영|PER]] ([[840608-2906141|RRN]])\n        서울 강서구 공항대로 ○○, 전화 [[010-8831-4472|TEL]]\n채무자  [[배정만|PER]] ([[580112-1387161|RRN]])\n        서울 양천구 목동서로 ○○\n\n청구취지\n채무자는 채권자에게 금 150,000,000원 및 이에 대하여 2023. 10. 1.부터 다 갚는 날까지 연 12%의 비율에 의한 돈을 지급하라.\n신청이유\n1. 채권자는 2021. 9. 10. 채무자 소유의 주택을 임차보증금 1억 5천만원에 임차하였습니다.",
    "당근 채팅 | 원룸 양도 (관악구 신림동)\n나: 안녕하세요 혹시 계약 승계 가능할까요?\n신림동토끼: 네 가능해요~ 집주인분 연락처 드릴게요 [[김영자|PER]] 사모님 [[010 7730 2184|TEL]]\n나: 감사합니다! 저는 [[유채린|PER]]이라고 해요. 제 번호는 [[01093817740|TEL]]이에요\n신림동토끼: 넵 집주인분께 [[채린|PER]]님 연락 간다고 말해둘게요",
    "전세보증금반환보증 보증이행 청구서\n청구인(임차인): [[Tran Van Hung|PER]] ([[쩐 반 훙|PER]])\n외국인등록번호: [[840209-5651524|FRN]]\n연락처: [[010-3378-0921|TEL]]\n임대인: [[서동욱|PER]]\n보증금: 95,000,000원  보증서 번호: 2022-0188-7741\n보증금 수령 계좌: 하나은행 [[391-910284-73607|ACC]]  예금주 [[TRAN VAN HUNG|PER]]",
]

NEGATIVES += [
    "전세사기 피해 급증… 지난해 보증사고 4조원 돌파\n주택도시보증공사(HUG)에 따르면 2023년 전세보증금 반환보증 사고액은 4조3,347억원으로 전년(1조1,726억원)보다 3.7배 늘었다. 사고 건수는 1만9,350건이었다. 피해 상담은 전세피해지원센터(1533-8119)에서 받을 수 있다.",
    "주택임대차표준계약서 (빈 양식)\n임대인  성명: ________  주민등록번호: ______-_______  전화: ___-____-____\n임차인  성명: ○○○ (인)  주소: ____________________\n보증금: 금 __________원정\n※ 이 계약서는 법무부가 국토교통부·서울시 및 학계 전문가와 함께 만든 것입니다.",
    "전세 계약 전에 꼭 확인할 5가지\n1) 등기부등본의 소유자가 계약하러 나온 사람과 같은지 확인하세요. 집주인이 '김OO'라며 대리인을 보냈다면 위임장과 인감증명서를 받아야 합니다.\n2) 특약 예시: '임대인 홍길동은 잔금일 익일까지 근저당을 말소한다.'\n3) 보증보험 가입 가능 여부는 HUG 콜센터 1566-9009로 문의하면 됩니다.",
]
# --- Court and police paperwork written by private persons ----------------------------------
POSITIVES += [
    "고 소 장\n\n고소인  성명: [[김태린|PER]]  주민등록번호: [[850327-2421489|RRN]]\n        주소: 경기도 고양시 일산동구 중앙로 ○○  전화: [[010-4427-1185|TEL]]\n피고소인  성명: 불상 (중고나라 닉네임 '득템왕')  연락처: [[010-7721-3390|TEL]]\n          입금계좌: 농협 [[302-4829-1037-21|ACC]] (예금주 [[남궁현수|PER]])\n\n고소취지: 고소인은 피고소인을 사기죄로 고소하오니 처벌하여 주시기 바랍니다.\n범죄사실: 피고소인은 2024. 2. 11. 중고거래 사이트에 아이패드 프로 판매 글을 올리고 고소인으로부터 금 1,150,000원을 송금받았으나 물건을 보내지 않고 연락을 끊었습니다.\n\n2024. 3. 2.\n고소인 [[김태린|PER]] (인)\n일산동부경찰서장 귀하",
    "진 술 서\n\n성명: [[백승민|PER]]   생년월일: 1979.09.11\n운전면허번호: [[경기 13-03-285710-44|DL]]\n연락처: [[031-905-2281|TEL]] / [[010-6642-0918|TEL]]\n\n저는 2024년 4월 17일 오후 7시 40분경 일산 장항IC 교차로에서 신호대기 중이었는데, 뒤에서 오던 1톤 화물차가 제 차량 후미를 들이받았습니다. 화물차 운전자 [[구영철|PER]] 씨는 사고 직후 졸음운전이었다고 말했습니다.\n위 진술은 사실과 틀림이 없습니다.\n\n진술인 [[백승민|PER]] (서명)",
    "[통역 진술 요지]\n진술인 [[Nguyen Thi Lan|PER]]([[응우옌 티 란|PER]], 외국인등록번호 [[790310-6008355|FRN]], 휴대폰 [[010-2291-7734|TEL]])은 2023년 11월부터 2024년 1월까지 김포시 소재 공장에서 근무하였으나 고용주 [[차민호|PER]]로부터 3개월분 임금 총 7,200,000원을 받지 못하였다고 진술함.\n통역인: [[Le Thi Thu|PER]] (다문화가족지원센터, [[010 8821 3309|TEL]])",
    "합 의 서\n\n피해자 [[임수정|PER]](생년월일 1981.09.27, 연락처 [[010-3047-9926|TEL]])와 가해자 [[한정우|PER]](주민등록번호 [[670917-1742637|RRN]], 연락처 [[010-9483-2250|TEL]])은 2024. 5. 14. 발생한 폭행 사건에 관하여 다음과 같이 합의한다.\n1. 가해자는 피해자에게 치료비 및 위자료로 금 3,000,000원을 2024. 6. 1.까지 피해자 명의 계좌(신한 [[110-482-930175|ACC]])로 지급한다.\n2. 피해자는 가해자에 대한 처벌을 원하지 않는다.\n\n피해자 [[임수정|PER]] (인)    가해자 [[한정우|PER]] (인)",
    "고소장 초안이에요. 행정사님 검토 부탁드립니다!\n\n고소인: [[왕징|PER]] ([[WANG JING|PER]]) / 외국인등록번호 [[921118-5671350|FRN]] / 휴대폰 [[010-5539-2047|TEL]]\n피고소인: 전 직장 대표 [[오경택|PER]] (상호: 오케이물류, 사업자등록번호 [[527-01-86586|BRN]])\n내용: 2023년 9월~12월 월급 4개월 못 받았습니다. 퇴직금도 못 받았습니다.\n\n수정본은 [[wangjing.kr@example.com|MAIL]]로 보내주세요. 감사합니다. [[왕징|PER]] 올림",
    "유실물 신고 접수증\n신고인 성명: [[Daniel Whitaker|PER]]   국적: 미국   여권번호: [[583920174|PASS]]\n연락처: [[+1 (415) 555-0142|TEL]] / 국내 [[010-4920-1183|TEL]]\n분실물: 반지갑(검정), 신용카드 2매, 현금 약 12만원\n분실일시: 2024. 7. 3. 22:00경   분실장소: 이태원역 1번 출구 부근\n접수: 용산경찰서 생활안전과 [[정다운|PER]] 경장\n※ 유실물 조회: www.lost112.go.kr / 경찰민원콜센터 182",
    "From: 법무법인 한결 <[[office@hangyeol-law.example|MAIL]]>\nTo: [[choi.yerin@example.com|MAIL]]\nSubject: [사건 2024가단51234] 준비서면 초안 송부\n\n[[최예린|PER]] 님께,\n첨부한 준비서면 초안을 검토하시고 수정 의견을 6월 20일(목)까지 회신해 주시기 바랍니다. 상대방 [[마기태|PER]]의 주장 중 '계약 해지 통보를 받지 못했다'는 부분에 대해서는 문자 캡처가 필요합니다.\n\n법무법인 한결 | 사무장 [[권소현|PER]] | T. [[02-3477-8100|TEL]]",
    "탄 원 서\n\n사건번호: 2024고단1432   피고인: [[송재원|PER]]\n\n존경하는 재판장님, 저희는 피고인 [[송재원|PER]]의 가족과 지인들입니다. 피고인은 깊이 반성하고 있으며 피해자와도 합의하였습니다. 부디 선처를 부탁드립니다.\n\n탄원인 명단\n1. [[송미경|PER]] (모)  010-****-2231\n2. [[이도윤|PER]] (직장 동료)  [[010-5520-7731|TEL]]\n3. [[Mark Anthony Villanueva|PER]] (교회 친구)  [[+63 917 482 3390|TEL]]",
    "금전 공탁서(변제 등)\n공탁자   성명 [[류현석|PER]]   주민등록번호 [[781212-1199376|RRN]]   주소 대전광역시 유성구 대학로 ○○\n피공탁자 성명 [[배경희|PER]]   주민등록번호 [[550419-2566595|RRN]]\n공탁금액: 금 칠백만원 (7,000,000원)\n공탁원인사실: 공탁자는 피공탁자에게 2023. 12. 1.자 차용금 7,000,000원을 변제하고자 하였으나 피공탁자가 수령을 거절하므로 이를 공탁함.",
    "교통사고 사실확인원 발급 신청\n신청인: [[하승우|PER]] / 면허번호 [[230611482093|DL]] / 차량번호 12가 3456 / 전화 [[010 9102 4837|TEL]]\n상대 운전자: [[진보라|PER]] / 면허번호 [[서울 09-773104-52|DL]] / 차량번호 68나 9021\n사고일시: 2024.03.08 08:25   장소: 인천 연수구 컨벤시아대로 교차로",
    "피의자신문조서 (요지)\n피의자: [[Yusupov Bekhzod|PER]] ([[유수포프 베흐조드|PER]])\n국적: 우즈베키스탄   여권번호: [[FA3920187|PASS]]   외국인등록번호: [[920111-5577066|FRN]]\n직업: 건설 일용직   연락처: [[010-2937-5521|TEL]]\n문: 피의자는 2024. 6. 9. 02:10경 안산시 단원구 원곡동 ○○ 앞에 있었나요?\n답: 네, 친구 [[Toshmatov Aziz|PER]]와 같이 있었습니다. [[아지즈|PER]]는 먼저 집에 갔습니다.\n통역인: [[카리모바 딜노자|PER]]",
    "기일입찰표\n사건번호: 2023타경10482   물건번호: 1\n입찰자  본인  성명 [[장세라|PER]]   주민등록번호 [[670711-2574750|RRN]]   전화 [[010-3382-9104|TEL]]\n        대리인 성명 [[오민성|PER]]   주민등록번호 [[510916-1999866|RRN]]   본인과의 관계: 부\n입찰가격: 312,500,000원   보증금액: 28,000,000원\n보증 반환 계좌: 우리은행 [[1002-845-302917|ACC]]",
]

NEGATIVES += [
    '대법원은 지난 13일 피고인 A씨(42)에게 징역 2년을 선고한 원심을 확정했다(대법원 2023도11234). 재판부는 "피고인이 피해자 B씨 명의의 계좌를 이용해 1억2천만원을 편취한 점이 인정된다"고 밝혔다. 1심과 2심도 김○○ 판사의 판단을 그대로 유지했다.',
    "진 술 서 (양식)\n진술인 성명: ____________ (서명)\n생년월일: 19__년 __월 __일\n연락처: 010-0000-0000\n주소: ______________________________\n※ 진술 내용이 부족하면 별지를 사용하십시오. 작성 예: '저 홍길동은 ○○○에게 돈을 빌려준 사실이 있습니다.'",
    "보이스피싱이 의심되면 즉시 112(경찰청) 또는 1332(금융감독원)로 신고하세요. 지급정지 요청은 해당 은행 고객센터(예: 1588-9999, 1599-8000)로도 할 수 있습니다. 경찰청 사이버범죄 신고시스템(ECRM)에서도 온라인 신고가 가능합니다.",
    "제21대 대통령 선거에서 당선된 이재명 대통령이 2025년 6월 4일 국회 로텐더홀에서 취임 선서를 했다. 개표 결과 득표율은 49.42%였고, 김문수 후보는 41.15%를 얻었다.",
]
# --- Insurance claims --------------------------------------------------------------------------
POSITIVES += [
    "보험금 청구서 (실손의료비)\n피보험자: [[문지아|PER]]   주민등록번호: [[120416-4571352|RRN]]\n청구인(법정대리인): [[문경호|PER]]   주민등록번호: [[840419-1628760|RRN]]   관계: 부\n연락처: [[010-7810-2294|TEL]]   이메일: [[khmoon84@example.com|MAIL]]\n진료기관: 튼튼소아청소년과의원 (요양기관기호 31234567)   진료일: 2024.05.02~2024.05.04\n보험금 수령 계좌: 카카오뱅크 [[3333-05-8203941|ACC]]   예금주: [[문경호|PER]]",
    "[상담 녹취 요약] 2024-05-21 10:14 (통화 6분 32초)\n상담원: 네, ○○손해보험 사고접수센터입니다.\n고객: 사고 접수하려고요. 이름은 [[탁원준|PER]]이고요, 번호는 [[010-3382-1907|TEL]]이에요.\n상담원: 운전자분 면허번호 불러주시겠어요?\n고객: [[11-12-493027-51|DL]]이요. 상대 차는 렌터카였고 운전자분이 [[Sophie Marchand|PER]]라는 프랑스분이에요. 국제면허라 여권번호를 받아놨어요. [[19FV52837|PASS]]이요.\n상담원: 네 [[탁원준|PER]] 고객님, 접수번호 2405-21-00871 문자로 안내드리고 담당 보상직원이 연락드리겠습니다. 추가 문의는 1588-0100으로 주세요.",
    "From: [[Kristine Bautista|PER]] <[[k.bautista@example.org|MAIL]]>\nTo: [[claims@insurer.example|MAIL]]\nSubject: Travel insurance claim – lost baggage (Policy TRV-2024-0883412)\n\nHello,\nI am filing a claim for a checked bag lost on flight PR468 MNL–ICN on 12 May 2024 (PIR ICNPR10492). My passport number is [[P4829301A|PASS]] and my Korean mobile is [[010-4418-2290|TEL]].\nPlease transfer the payout to my account at 우리은행, [[1005-702-938471|ACC]].\n\nThanks,\n[[Kristine|PER]]",
    "보험금청구서 (팩스 수신분)\n계약자: [[우지훈|PER]]\n피보험자: [[우지훈|PER]]\n주민등록번호: [[７９０９１１－１８６１２０７|RRN]]\n휴대폰: [[０１０－２２８４－６６１９|TEL]]\n청구사유: 임플란트 식립 (#36), 치료일 2024.04.11\n지급계좌: 농협 [[352-0738-2910-43|ACC]]",
    "화재보험 사고 접수 내역\n청구인: 소담식당 대표 [[편혜원|PER]]   사업자등록번호 [[735-24-40953|BRN]]   가게 전화 [[053-752-3390|TEL]]\n사고일시: 2024.01.19 새벽 3시경 (주방 후드 발화)\n담당 손해사정사: [[곽민철|PER]]  [[010-2234-8876|TEL]]  [[mc.kwak@adjust.example.com|MAIL]]\n현장조사 예정: 1/23(화) 14:00",
    "사번,성명,주민등록번호,휴대폰,구분\nE1021,[[서가윤|PER]],[[810927-2641867|RRN]],[[01039927710|TEL]],본인\nE1021,[[권태오|PER]],[[500805-1860132|RRN]],,부\nE1047,[[팜 민 득|PER]],[[911223-5506159|FRN]],[[010-8827-3091|TEL]],본인\nE1052,[[남윤아|PER]],[[760812-1945806|RRN]],[[010-4471-0385|TEL]],본인",
    "보험수익자 변경 신청서\n계약자: [[이정훈|PER]] (생년월일 1976.02.14)   연락처 [[010-6620-3381|TEL]]\n변경 후 수익자: [[다나카 미사키|PER]] ([[田中美咲|PER]] / [[TANAKA MISAKI|PER]])   관계: 배우자\n수익자 여권번호: [[TK5820394|PASS]]   연락처: [[+81 90-4821-3307|TEL]]\n변경 사유: 혼인",
    "[채팅상담 #88213]\n고객: 자동이체 카드 바꾸려구요. [[5225-4144-1953-9870|CARD]] 유효기간 08/27 입니다\n상담사(김OO): 네 고객님, 본인 확인을 위해 성함과 생년월일 말씀 부탁드립니다.\n고객: [[노하린|PER]] 950302요\n상담사(김OO): 확인되었습니다 [[노하린|PER]] 고객님. 다음 회차(7/25)부터 변경 카드로 출금됩니다.",
    "펫보험 가입 신청\n보호자: [[엄세진|PER]]   휴대폰: [[010.4418.7720|TEL]]   이메일: [[sejin_um@example.net|MAIL]]\n반려동물 이름: 보리 (말티즈, 2019년생, 중성화 O)\n동물등록번호: 410100012345678\n결제카드: [[4460 7678 6818 1305|CARD]]",
    '{"claim_id":"CLM-20240611-004821","insured":{"name":"[[안소율|PER]]","rrn":"[[070115-4053183|RRN]]","phone":"[[010-6613-2048|TEL]]"},"guardian":{"name":"[[안재혁|PER]]","phone":"[[+82 10 5540 1183|TEL]]"},"hospital":"서울○○병원","amount":384200,"client_ip":"[[203.0.113.58|IP]]","app_ver":"5.12.0"}',
]

NEGATIVES += [
    "[보험금 청구 안내] 청구서와 진료비 영수증, 세부내역서를 앱에서 제출해 주세요. 100만원 이하 통원 치료는 진단서가 필요 없습니다. 문의: 고객콜센터 1588-3114 (평일 09~18시) / 무료수신거부 080-850-1234",
    "{name} 고객님, 가입하신 {product} 보험의 약관이 2024년 7월 1일부로 개정됩니다. 자세한 내용은 홈페이지 공지사항(공지번호 2024-0612)을 확인해 주세요. - ○○생명 고객센터",
    "보험사기 적발액 역대 최대… 지난해 1조1,164억원\n금융감독원에 따르면 2023년 보험사기 적발 인원은 10만9,522명으로 전년 대비 6.0% 늘었다. 20대와 30대가 전체의 42.3%를 차지했다. 보험사기 제보는 금감원 보험사기신고센터(1332)로 하면 된다.",
]
# --- 택배 and 중고거래 chats ---------------------------------------------------------------------
POSITIVES += [
    "당근 채팅 | 유모차 (절충 가능)\n포근한곰: 안녕하세요 유모차 아직 있어요~\n나: 직거래가 어려워서 택배 가능할까요?\n포근한곰: 네 택배비 4천원 추가요. 국민 [[93820104183927|ACC]] [[허은정|PER]]으로 입금해주세요\n나: 입금했어요! 받는 사람 [[길소연|PER]] [[010-2837-4419|TEL]] 부산 해운대구 좌동순환로 ○○\n포근한곰: 내일 CJ로 보낼게요. 송장번호 6843 2910 5528 이에요",
    "[중고거래 사기 피해자 모임] 공지\n아래 번호/계좌로 거래하지 마세요. 에어팟·닌텐도 판매글 올리고 입금받으면 잠수합니다.\n연락처: [[010-7720-4412|TEL]], [[010 3391 0826|TEL]]\n계좌: 신한 [[100-031-284930|ACC]] 예금주 [[탁민재|PER]]\n피해 신고는 더치트 또는 사이버수사대로. 피해 금액 합계 현재 2,310,000원 (17명)",
    "[Web발신]\n고객님의 택배가 오늘 14~16시 도착 예정입니다. 부재 시 경비실에 맡기겠습니다.\n- 한진택배 [[남기철|PER]] 기사 [[010-5573-2281|TEL]]\n운송장 5087-2231-9904 / 배송조회는 한진택배 앱 또는 1588-0011",
    "보내는분: [[오세린|PER]]  [[010-9281-0047|TEL]]\n받는분: (주)마켓온 반품센터  [[031-8071-4420|TEL]]\n상품: 린넨 원피스 M (주문번호 20240612-0004821)\n운송장번호: 6012-8837-4102   접수일자: 2024-06-14\n※ 받는분 연락처 010-****-3381 (안심번호)",
    "2024년 6월 3일 오후 8:12, [[채윤호|PER]] : 아이폰 15 프로 256 아직 판매중이신가요?\n2024년 6월 3일 오후 8:15, [[Jenny|PER]] : 네 있어요! 강남역 직거래 가능해요\n2024년 6월 3일 오후 8:16, [[채윤호|PER]] : 혹시 IMEI 알려주실 수 있나요\n2024년 6월 3일 오후 8:18, [[Jenny|PER]] : 35 209312 481203 7 이에요. 내일 7시에 11번 출구 앞에서 봬요. 도착하면 [[010 3318 2047|TEL]]로 연락주세요. 저 [[설지은|PER]]이에요 ㅎㅎ",
    "CJ대한통운 고객센터 귀중\n\n운송장번호 5512-3390-1847 택배가 6월 10일 '배송완료'로 조회되는데 받지 못했습니다. 문 앞 사진도 다른 집입니다.\n수령인: [[변지환|PER]]\n연락처: [[010-2283-5517|TEL]]\n주소: 경기도 수원시 영통구 매영로 ○○, 304호\n보상금은 기업은행 [[013-049382-01-017|ACC]] 으로 부탁드립니다.\n\n[[jihwan.byun@example.com|MAIL]]",
    "2024.05.10 金曜日\n21:03 [[佐藤ゆき|PER]] 냉장고 아직 있나요?\n21:05 [[박준서|PER]] 네 있어요. 성함이랑 연락처 주시면 용달 기사님께 전달할게요\n21:07 [[佐藤ゆき|PER]] [[사토 유키|PER]]입니다. [[010-4412-9930|TEL]] 이에요. 주소는 마포구 성미산로 ○○\n21:08 [[박준서|PER]] 네 [[유키|PER]]님 토요일 오전 10시쯤 도착할 거예요",
    "편의점 택배 접수증 (GS25 ○○점)\n보내는 분: [[진해솔|PER]]  [[(010)8821-4730|TEL]]\n받는 분: [[한아름|PER]]  [[010-6003-2915|TEL]]  광주광역시 북구 용봉로 ○○\n물품: 의류 / 물품가액 50,000원 / 운임 3,700원\n예약번호 GS240611-8830291  운송장 3642-0091-2873",
    "자동차 양도증명서 (당사자 거래용)\n양도인  성명 [[서병철|PER]]   주민등록번호 [[690228-1095491|RRN]]   전화 [[010-2937-8841|TEL]]\n양수인  성명 [[김도경|PER]]   주민등록번호 [[020815-3127980|RRN]]   전화 [[010-7702-3315|TEL]]\n자동차등록번호: 38누 1127   차대번호: KMHD341ABCU123456\n매매금액: 6,800,000원   잔금지급일: 2024-04-20",
    "당근 채팅 | 캠핑 의자 2개\n숲속다람쥐: 혹시 내일 받으실 수 있나요? 제가 출장이라 남편이 나갈 거예요\n나: 네 괜찮아요~\n숲속다람쥐: 남편 번호 [[010-6110-2298|TEL]] 이고 이름은 [[곽준영|PER]]이에요 ㅎㅎ 아파트 정문에서 드릴게요\n나: 넵! [[준영|PER]]님께 7시쯤 연락드릴게요",
    "[Web발신]\n[쿠팡] 고객님, 주문하신 상품(주문번호 27100153824917)의 교환 회수가 완료되었습니다. 회수기사 [[왕시엔|PER]] [[070-4820-1193|TEL]]\n문의: 쿠팡 고객센터 1577-7011",
    "번개톡 대화 내보내기\n[판매자] 닌텐도 스위치 OLED 28만원 입니다\n[구매자] 안전결제 말고 계좌이체 하면 얼마까지 돼요?\n[판매자] 27만원이요. 케이뱅크 [[100-192-837465|ACC]] [[윤다솜|PER]]\n[구매자] 보냈어요. 받는 분 [[임채원|PER]] / [[010 2219 8840|TEL]] / 대전 서구 둔산로 ○○\n[판매자] 확인했어요 [[채원|PER]]님 내일 편의점 택배로 보낼게요",
]

NEGATIVES += [
    "당근 채팅 | 아기 침대\n초보엄마: 안녕하세요 아직 판매중인가요?\n판매자(구름빵): 네 있어요! 토요일 오후 2시에 ○○아파트 정문 어떠세요?\n초보엄마: 좋아요 그때 뵐게요. 빨간 패딩 입고 갈게요\n판매자(구름빵): 넵 매너온도 보니 믿음이 가네요 ㅎㅎ",
    "[Web발신]\n{name}님, 주문하신 상품이 출고되었습니다.\n택배사: 롯데택배  운송장번호: {tracking_no}\n주문번호 2024061812345678 / 배송조회 1588-2121",
    "[알림] 배송 출발\n주문번호: 100042881937 / 운송장번호: 6895-1234-5678 / 배송예정일: 6월 19일(수)\n수령인: 이** / 연락처: 010-****-5678 / 주소: 서울시 ○○구 ***\n쿠폰 코드 SUMMER2024-0619 사용 시 다음 주문 3,000원 할인",
    '중고거래 사기 피해가 올해 1~5월에만 3만1,420건 접수됐다. 경찰청은 "안전결제 링크를 가장한 피싱 문자가 늘었다"며 의심 거래는 사이버범죄 신고시스템이나 112로 신고해 달라고 당부했다. 더치트 조회 건수도 하루 평균 24만 건에 이른다.',
]
# --- School: parent group chats, 가정통신문 replies ------------------------------------------------
POSITIVES += [
    "2024. 3. 4. 오후 9:02, [[지호|PER]]맘 : 3반 어머님들 안녕하세요~ 반대표 맡게 된 [[송지호|PER]] 엄마 [[김나래|PER]]입니다\n2024. 3. 4. 오후 9:03, [[지호|PER]]맘 : 급한 일 있으시면 [[010-3928-1104|TEL]]으로 연락주세요\n2024. 3. 4. 오후 9:05, [[서윤|PER]]이네 : 감사합니다 ㅎㅎ 저는 [[서윤|PER]]이 엄마예요. 작년에 같은 반이었던 분들 반가워요",
    "[가정통신문 회신서] 2024학년도 현장체험학습 참가 동의서\n학년/반/번호: 4학년 2반 17번   학생 성명: [[방하람|PER]]\n보호자 성명: [[방재석|PER]]   관계: 부   비상연락처: [[010-5512-0937|TEL]]\n□ 참가에 동의합니다 ■ / □ 동의하지 않습니다\n알레르기 및 특이사항: 땅콩 알레르기 (에피펜 소지)\n2024. 4. 8.  보호자 [[방재석|PER]] (서명)",
    "안녕하세요 선생님, 2학년 5반 [[나하준|PER]] 엄마입니다.\n[[하준|PER]]이가 어제부터 열이 38.5도까지 올라서 오늘 결석하려고 합니다. 병원 진료확인서는 등교할 때 보내겠습니다.\n혹시 연락이 필요하시면 제 번호 [[010-2273-0419|TEL]]로 주세요.\n[[우미란|PER]] 드림",
    "방과후학교 수강 신청서\n학생: [[도연우|PER]] (3-1-08)\n수강 강좌: 로봇과학(화/목), 바둑(수)\n수강료 납부: 스쿨뱅킹 자동이체 / 보호자 명의 계좌 새마을금고 [[9002-1938-4720-3|ACC]]\n보호자: [[도상우|PER]]  [[010-4829-6610|TEL]]  [[sangwoo.do@example.com|MAIL]]",
    "[학부모 단톡방] 체험학습 버스 좌석 명단입니다 (변경 있으면 말씀주세요)\n1호차 인솔: [[김보람|PER]] 선생님  [[010-7714-2290|TEL]]\n2호차 인솔: 학부모 도우미 [[천수희|PER]] 님  [[010-3367-1042|TEL]]\n집합: 8시 40분 정문 / 귀교 예정 15시 30분\n간식은 개별 지참, 소망이 가득한 하루 되세요 :)",
    "Dear Ms. [[Yoon|PER]],\nThis is [[Olivia Pennington|PER]], [[Noah|PER]]'s mother (Grade 1, Class 3). [[Noah|PER]] will be picked up early on Friday at 1:30 pm by his grandfather, [[Robert Pennington|PER]]. His phone number is [[+1 212 555 0187|TEL]] and mine is [[010-8830-2156|TEL]].\nThank you!\n[[Olivia|PER]]",
    "2024학년도 1학기 학부모 상담 신청 (회신)\n학생 이름: [[Nguyen Gia Bao|PER]] ([[응우옌 자 바오|PER]])  외국인등록번호 [[101012-7774208|FRN]]\n보호자: [[Nguyen Thi Hoa|PER]]   연락처: [[010-9028-3371|TEL]]   통역 필요: 예 (베트남어)\n희망 일시: 5/14(화) 16:00\n상담 희망 내용: 한국어 학습, 교우 관계",
    "초등 돌봄교실 비상연락망 (2반)\n학생명 | 보호자 | 연락처 | 비고\n[[여지유|PER]] | [[여상민|PER]](부) | [[010-2817-4420|TEL]] | 17시 하원\n[[마수아|PER]] | [[이현정|PER]](모) | [[010 4420 9183|TEL]] | 할머니 하원\n[[반시우|PER]] | [[반경태|PER]](부) | [[01055381029|TEL]] | 학원 차량\n[[제이든 박|PER]] | [[박소연|PER]](모) | [[+82 10-3920-7716|TEL]] | 영어 이름 [[Jayden|PER]]",
    "▶ 선생님 안녕하세요. [[은서|PER]] 아빠입니다. 오늘 [[은서|PER]]가 수학 숙제를 집에 두고 갔는데 제가 3시쯤 교무실에 가져다 놓아도 될까요? 혹시 안 되면 [[010-4022-7789|TEL]]로 문자 부탁드립니다. - [[강은서|PER]] 아버지 [[강준혁|PER]] 올림",
    "수학여행 참가자 명단 (제주, 2박 3일) – 항공권 발권용\n연번,학생 성명,영문 성명,생년월일,주민등록번호\n1,[[곽서진|PER]],[[KWAK SEOJIN|PER]],2007-06-26,[[070626-3953273|RRN]]\n2,[[표다인|PER]],[[PYO DAIN|PER]],2008-10-10,[[081010-4636890|RRN]]\n3,[[석준우|PER]],[[SEOK JUNWOO|PER]],2009-11-08,[[091108-3394420|RRN]]",
]

NEGATIVES += [
    "가정통신문 제2024-31호\n학부모님께\n봄꽃이 한결 화사해진 4월입니다. 본교에서는 4월 19일(금) 과학의 날 행사를 실시합니다. 학생들이 보람을 느낄 수 있도록 가정에서도 많은 격려 부탁드립니다.\n○○초등학교장 (직인 생략)  문의: 교무실 담당자",
    "가정통신문 회신서 (예시)\n학생 성명: ○○○   보호자 성명: ________ (서명)\n연락처: 010-0000-0000\n※ 회신서는 4월 12일까지 담임 선생님께 제출해 주세요.",
    "오늘 급식 메뉴: 현미밥, 미역국, 닭강정, 시금치나물, 깍두기, 요구르트\n원산지: 닭고기(국내산), 쌀(국내산)\n알레르기 유발 식품: 1.난류 5.대두 6.밀 13.아황산류",
    "우리 반 아이들 이야기\n오늘 체육 시간에 민준이와 서연이가 짝이 되어 줄넘기를 했다. 처음엔 서로 발이 안 맞아 넘어지기도 했지만, 지우가 박자를 세어 주자 금세 백 번을 넘겼다. 아이들 얼굴에 미소가 번지는 걸 보니 나도 덩달아 기분이 좋았다.",
]
# --- Hospital and pharmacy records ---------------------------------------------------------------
POSITIVES += [
    "외래 초진 기록지\n환자명: [[염태식|PER]] (M/59)   등록번호: 00482913   주민등록번호: [[650812-1872251|RRN]]\n보호자: [[염지은|PER]] (딸)  [[010-5530-1928|TEL]]\nC.C.) 3일 전부터 시작된 흉통, 운동 시 악화\nP/Hx.) HTN (+), DM (-), 흡연 30갑년\nPlan) EKG, cardiac enzyme, 심장내과 협진 (담당의 [[탁유진|PER]])",
    "처방전 (약국 보관용)\n환자 성명: [[허미숙|PER]]   주민등록번호: [[541122-2348266|RRN]]\n의료기관: 서울○○내과의원   전화 [[02-2295-7731|TEL]]\n처방의사: [[백종섭|PER]] (면허번호 제48213호)\n1) 암로디핀정 5mg 1T qd × 30일\n2) 메트포르민서방정 500mg 1T bid × 30일\n조제약사: [[위상희|PER]]   조제일: 2024.06.07",
    "[입원 안내 문자] [[Karimova Dilnoza|PER]] 님, 6월 12일(수) 오전 10시 산부인과 병동 7층 입원 예정입니다. 외국인등록증([[941121-6304649|FRN]]) 지참해 주세요. 통역 지원: 러시아어 코디네이터 [[김올가|PER]] [[010-2236-4481|TEL]]",
    "진료비 영수증 재발급 요청\n\n안녕하세요, 지난달 아버지 입원비 영수증(연말정산용) 재발급 부탁드립니다.\n환자: [[금동수|PER]] (생년월일 1953.08.25, 병록번호 10029371)\n입원기간: 2024.04.02 ~ 2024.04.15\n받을 주소: [[geum.hyeonmi@example.com|MAIL]]\n신청인: [[금현미|PER]] (딸) [[010-9027-4415|TEL]]",
    "약국 복약지도 기록 (CSV)\n조제일시,환자명,연락처,약품명,일수,복약지도\n2024-06-03 10:22,[[추영길|PER]],[[010-2930-8841|TEL]],와파린정 2mg,28,INR 검사일 안내\n2024-06-03 10:41,[[Maria Santos|PER]],[[010-7731-0092|TEL]],아목시실린캡슐 500mg,5,끝까지 복용\n2024-06-03 11:05,[[염보영|PER]],,세티리진정 10mg,7,졸음 주의",
    "건강검진 결과 상담 예약\n수검자: [[JIANG LIHUA|PER]] ([[장리화|PER]], 中文名 [[姜丽华|PER]])\n외국인등록번호: [[790123-6853733|FRN]]\n연락처: [[010-4408-3370|TEL]]   이메일: [[lihua.jiang@example.net|MAIL]]\n검진일: 2024-05-28   상담 희망: 6/5 오후 (중국어 통역)",
    "응급실 간호기록 (발췌)\n23:14 환자 [[국민재|PER]] (M/27) 119 통해 내원, 좌측 전완부 열상 5cm\n23:20 보호자 연락: 모 [[양경숙|PER]] [[010 4429 1031|TEL]] 통화, 30분 내 도착 예정\n23:45 봉합 시행 (PA [[진소윤|PER]])\n00:30 보호자 [[양경숙|PER]] 도착, 원무과 안내",
    "의무기록 사본 발급 신청서\n환자 성명 [[봉선영|PER]]   주민등록번호 [[890527-2021760|RRN]]\n신청인 성명 [[봉선영|PER]] (본인)   연락처 [[010-7204-1839|TEL]]\n사용 용도: 보험 청구\n발급 범위: 2024.01.01 ~ 2024.03.31 외래기록, 검사결과지\n수수료 결제: 카드 [[4188-2531-0836-6072|CARD]] (일시불)",
    "From: [[Emily Hartwell|PER]] <[[emily.hartwell@example.com|MAIL]]>\nTo: 국제진료센터 <[[intl.clinic@hospital.example|MAIL]]>\nSubject: Appointment request – dermatology\n\nHello, I'd like to book a dermatology appointment next week. I'm a US citizen living in Seoul (ARC [[720514-6320033|FRN]]). Please call me at [[010-2297-4018|TEL]].\nBest,\n[[Emily|PER]]",
    "[병동 인계 메모] 805호 2번 베드 [[도영춘|PER]] 님 (F/71) — 낙상 고위험. 아드님 [[도재헌|PER]] 씨가 밤에는 간병인 [[라티파|PER]] 님(연락처 [[010-3301-2298|TEL]])으로 교대한다고 함. 보호자 대표번호 [[010-8819-3047|TEL]].",
]

NEGATIVES += [
    "[○○대학교병원] 진료 예약 변경은 대표번호 1577-0000(ARS 2번)으로 연락 주세요. 예약번호 RSV-20240612-0931, 진료일 6월 19일 14:30, 장소 본관 2층 내과 외래. 이 문자는 발신전용입니다.",
    "고혈압 유병률, 30대 남성에서 5년 새 2배\n질병관리청 국민건강영양조사에 따르면 30대 남성의 고혈압 유병률은 2017년 11.2%에서 2022년 21.5%로 늘었다. 전체 성인 유병률은 28.3%였다. 자세한 내용은 질병관리청 콜센터 1339로 문의하면 된다.",
    "복약 안내문\n이 약은 식후 30분에 드세요. 졸음이 올 수 있으니 운전을 피하세요.\n환자명: ○○○ 님 / 조제약사: ________\n부작용 문의: 한국의약품안전관리원 1644-6223",
    "의학 교과서에 등장하는 '히포크라테스 선서'는 고대 그리스의 의사 히포크라테스의 이름을 땄다. 조선 시대 허준은 『동의보감』을 편찬했고, 이제마는 사상의학을 창시했다.",
]
# --- Academic conferences and visa invitation letters ------------------------------------------
POSITIVES += [
    "INVITATION LETTER FOR VISA APPLICATION\n\nTo: Consular Section, Embassy of the Republic of Korea in Hanoi\n\nThe Korean Society of Applied Catalysis hereby invites Dr. [[Pham Thi Ngoc Anh|PER]] (date of birth 1988-04-17, passport No. [[C4820391|PASS]]) to present her paper at the 2024 Spring Meeting held at BEXCO, Busan, from 23 to 25 May 2024. All local expenses will be covered by the organizing committee.\n\nContact: Prof. [[Seo Jae-won|PER]] ([[서재원|PER]]), Secretary General, [[jwseo@ksac.example.org|MAIL]], [[+82-51-510-2291|TEL]]\nBusiness Registration No.: [[603-86-30229|BRN]]",
    "Registration ID,Family name,Given name,Affiliation,Country,Passport No.,E-mail,Mobile\nR-0412,[[ZHAO|PER]],[[Mingyu|PER]],Zhejiang University,CN,[[E73920184|PASS]],[[mingyu.zhao@zju.example.org|MAIL]],[[+86 138 1047 2931|TEL]]\nR-0413,[[YAMAMOTO|PER]],[[Haruka|PER]],Kyushu University,JP,[[TZ1047386|PASS]],[[h.yamamoto@kyushu-u.test|MAIL]],[[+81-80-3921-0458|TEL]]\nR-0414,[[KOWALCZYK|PER]],[[Tomasz|PER]],AGH Kraków,PL,[[EK4829103|PASS]],[[t.kowalczyk@agh.test|MAIL]],\nR-0415,[[LEE|PER]],[[Sujin|PER]],KAIST,KR,,[[sujinlee@kaist.test|MAIL]],[[010-4483-2107|TEL]]",
    "초청장 (사증발급용)\n\n수신: 주우즈베키스탄 대한민국 대사관 영사과\n\n본 학회는 2024년 추계학술대회(2024.10.17~18, 서울 코엑스)에 아래 인사를 초청 연사로 초청하며, 체류 기간 중 숙박비 및 항공료를 부담합니다.\n성명: [[RAKHIMOV SHAKHZOD|PER]] ([[라히모프 샤흐조드|PER]])\n생년월일: 1985.02.11   여권번호: [[AB4827391|PASS]]\n소속: Tashkent State Technical University\n\n초청인: 한국재료공학회 회장 [[변성환|PER]] (연락처 [[02-3143-7720|TEL]], [[office@kmse.example.org|MAIL]])",
    "Hi [[Jae|PER]],\n\nThanks for the invitation to the Seoul workshop. For the visa letter, here are my details exactly as in my passport:\nSurname: [[BRENNER|PER]]\nGiven names: [[LUKAS JOHANNES|PER]]\nPassport: [[CF2RK8T41|PASS]] (Germany), valid until 2031-03-02\nMy Korean phone during the visit will be a rental SIM; until then use [[+49 151 2384 7710|TEL]].\n\nCheers,\n[[Lukas|PER]]\n\n> On Mon, 3 Jun 2024 at 09:12, [[Jae-hyun Park|PER]] <[[jhpark@lab.example.org|MAIL]]> wrote:\n> Dear [[Lukas|PER]], we would be delighted to have you at the workshop on 12 July.",
    "2024 한국정보과학회 동계학술대회 사전등록 확인\n등록번호: KIISE-W24-00831\n성명: [[현가람|PER]] (학생회원)\n소속: ○○대학교 컴퓨터공학과\n연락처: [[010-9038-2714|TEL]]   이메일: [[garam.hyun@snu.example.org|MAIL]]\n결제: 신용카드 [[5473 5002 5008 4858|CARD]]  승인번호 30018274  금액 180,000원",
    "VISA SUPPORT REQUEST – participant list (please keep confidential)\n1) Mr. [[Hoang Van Nam|PER]] – Vietnam – passport [[B7391028|PASS]] – [[+84 912 384 201|TEL]]\n2) Ms. [[Angelica Dela Cruz|PER]] – Philippines – passport [[P3920184B|PASS]] – [[+63 918 230 4471|TEL]]\n3) Dr. [[Bat-Erdene Gantulga|PER]] – Mongolia – passport [[E2093847|PASS]] – [[bgantulga@num.test|MAIL]]\n4) Mr. [[Rahul Menon|PER]] – India – passport [[K7730291|PASS]] – [[+91 98450 21937|TEL]]\nOrganizer contact: [[visa-desk@apcon2024.example|MAIL]]",
    "학회 참가 확인서\n\n성명: [[하지원|PER]]\n여권 영문명: [[HA JIWON|PER]]\n여권번호: [[M48203716|PASS]]\n위 사람은 2024년 6월 10일부터 14일까지 스페인 바르셀로나에서 개최된 International Conference on Robotics에 참가하였음을 확인합니다.\n\n담당: 연구지원팀 [[변은지|PER]] ([[02-880-7421|TEL]])",
    "Dear Professor [[Whang|PER]],\n\nI am [[Chen Xiaolin|PER]] ([[陈晓林|PER]]), a PhD student at Fudan University. I would like to attend your lab's summer school. My passport number is [[EA4821937|PASS]] and my date of birth is 1999-08-30. I have registered online (ID SS24-117).\n\nBest regards,\n[[Xiaolin|PER]]\n[[chenxl@example.com|MAIL]] | WeChat: cxl_1999",
]

NEGATIVES += [
    "Keynote speakers: Prof. Yoshua Bengio (Université de Montréal), Prof. Fei-Fei Li (Stanford University), Dr. 차상균 (서울대학교). Registration desk opens at 08:30; coffee break at 10:15. Paper ID 2024-0411, Session 3B, Room 301.",
    '참고문헌\n[1] 김영하, 『살인자의 기억법』, 문학동네, 2013.\n[2] Han Kang, The Vegetarian, trans. Deborah Smith, Portobello Books, 2015.\n[3] Vaswani, A., Shazeer, N., Parmar, N., et al., "Attention Is All You Need," NeurIPS 2017, pp. 5998–6008.',
    "초청장 서식\n성명: {full_name}\n여권번호: {passport_no}\n생년월일: {dob}\n위 사람을 {event_name}에 초청합니다.  초청인: ________ (서명)",
]
# --- Airline PNRs, shipping manifests, hotel guest lists -----------------------------------------
POSITIVES += [
    "RP/SELK1234Y/SELK1234Y            AA/SU  12JUN24/0412Z   5XK2QB\n  1.[[KIM/MINSU|PER]] MR   2.[[PARK/JIYEON|PER]] MS\n  3  KE 081 Y 20JUN 4 ICNJFK HK2  1000 1130   *1A/E*\n  4 AP SEL [[02-756-3301|TEL]] - HANA TOUR DESK - A\n  5 APM [[+82 10 2938 4471|TEL]]/P1\n  6 APE [[minsu.kim@example.com|MAIL]]/P1\n  7 TK OK12JUN/SELK1234Y\n  8 SSR DOCS KE HK1 P/KOR/[[M30586142|PASS]]/KOR/15MAR85/M/14MAR30/[[KIM/MINSU|PER]]/P1\n  9 SSR DOCS KE HK1 P/KOR/[[M803K2941|PASS]]/KOR/02NOV87/F/01NOV33/[[PARK/JIYEON|PER]]/P2\n 10 FP CC VI[[4078121808942869|CARD]]/0826",
    "CREW LIST   Vessel: MV HANBADA STAR   IMO 9123456   Voyage 2406E   Port of arrival: BUSAN\nNo. | Rank | Surname | Given names | Nat. | DOB | Passport No.\n1 | Master | [[KANG|PER]] | [[DONGHYUN|PER]] | KOR | 1971-03-02 | [[M71935028|PASS]]\n2 | C/O | [[REYES|PER]] | [[JOSE MARI|PER]] | PHL | 1983-11-19 | [[P7710293C|PASS]]\n3 | 2/E | [[NGUYEN|PER]] | [[VAN THANH|PER]] | VNM | 1990-05-08 | [[C0983746|PASS]]\n4 | AB | [[SANTOS|PER]] | [[RAMIL|PER]] | PHL | 1995-01-30 | [[P2039184A|PASS]]\nMaster's contact on arrival: [[+82 10-5538-2207|TEL]] (local agent [[Kwon Hyeok|PER]])",
    "BILL OF LADING No. HSLU24060318\nSHIPPER: HANSOL TRADING CO., LTD. (사업자등록번호 [[114-22-52449|BRN]])\n  ATTN: MR. [[JUNG SEOKHO|PER]]  TEL [[+82-2-2038-4471|TEL]]  E-MAIL [[jsh@hansol-trading.example|MAIL]]\nCONSIGNEE: TO ORDER\nNOTIFY PARTY: PT MAJU JAYA LOGISTIK, JAKARTA  ATTN: MS. [[DEWI KARTIKA|PER]]  TEL [[+62 812 3390 4471|TEL]]\nPORT OF LOADING: BUSAN, KOREA   PORT OF DISCHARGE: TANJUNG PRIOK\nCONTAINER: HSLU 482019-3 / SEAL 0039182 / 1X40HC / 18,420 KGS",
    'Room,Guest,Arrival,Departure,Nationality,Passport/ID,Phone,Guarantee\n1203,"[[TANAKA|PER]], [[HARUTO|PER]]",2024-07-02,2024-07-05,JPN,[[MU8203915|PASS]],[[+81 90 3318 2047|TEL]],JCB [[3528-4279-3415-5872|CARD]]\n1204,"[[NAKAMURA|PER]], [[RIN|PER]]",2024-07-02,2024-07-05,JPN,[[TR2093841|PASS]],,\n1510,"[[HARGREAVES|PER]], [[OLIVER JAMES|PER]]",2024-07-03,2024-07-06,GBR,[[542019384|PASS]],[[+44 7700 900412|TEL]],AMEX [[3753 525862 24737|CARD]]\n1602,"[[최|PER]], [[수아|PER]]",2024-07-03,2024-07-04,KOR,,[[010-3317-8820|TEL]],VISA [[4497-1829-9826-3063|CARD]]',
    "Passenger Name List – Flight OZ 741 ICN-HAN 14JUL (group PNR 6LJ2RD, tour code VN-HNI-0714)\n01 [[LEE/JUNGHO|PER]] MR   [[M452B7718|PASS]]\n02 [[LEE/SOOYEON|PER]] MRS   [[M219C4053|PASS]]\n03 [[LEE/HAYUL|PER]] MSTR   [[M667D0182|PASS]]\nTour leader: [[Yoon Seul-gi|PER]] ([[윤슬기|PER]]) [[010-6638-2210|TEL]]",
    "[호텔 프런트 인수인계] 7/12 야간\n- 1108호 [[Sokolova Anna|PER]] 님: 여권([[75 3920184|PASS]]) 사본 누락 → 오전 체크아웃 전 재스캔\n- 902호 [[봉준석|PER]] 님: 늦은 체크인(01:30), 연락처 [[010-7710-2048|TEL]]\n- 분실물: 1005호 충전기 (보관번호 LF-0712-03)\n- VIP: 없음 / 조식 인원 132명",
    "From: Reservations <[[rsv@haeundae-stay.example|MAIL]]>\nTo: [[Sakura Ito|PER]] <[[sakura.ito@example.net|MAIL]]>\nSubject: Booking confirmation HDS-240815-0093\n\nDear Ms. [[Ito|PER]],\nThank you for choosing Haeundae Stay. Your booking is confirmed: Ocean Deluxe, 15–18 Aug 2024, 2 adults.\nGuarantee card: JCB ****-****-****-5872\nFor early check-in please call the front desk at [[051-740-2200|TEL]].\n\n[[Jeon Ha-neul|PER]], Reservations Manager\nHaeundae Stay (사업자등록번호 [[276-88-27389|BRN]])",
    "투숙객 명부 (게스트하우스, 2024-08-10)\n객실 | 성명 | 국적 | 여권/신분증 | 연락처\nA1 | [[Tuan Anh Le|PER]] | VNM | [[C5820193|PASS]] | [[+84 903 218 447|TEL]]\nA2 | [[Marta Kowalska|PER]] | POL | [[EN3920185|PASS]] | [[marta.k@example.net|MAIL]]\nB1 | [[이하늘|PER]] | KOR | [[m58302917|PASS]] | [[010 9920 3317|TEL]]\nB2 | [[Juan Pablo Ortega|PER]] | MEX | [[G09382711|PASS]] | —",
]
# --- Sports clubs, 경조사 장부, church and temple lists ------------------------------------------
POSITIVES += [
    "○○구 조기축구회 2024 회원 명단\n번호,이름,포지션,연락처,회비납부\n7,[[추성민|PER]],FW,[[010-2293-8815|TEL]],O\n10,[[마태현|PER]],MF,[[010-4471-2039|TEL]],O\n13,[[Aziz Toshmatov|PER]] ([[아지즈|PER]]),DF,[[010-5521-9930|TEL]],X\n21,[[길한결|PER]],GK,[[01082203317|TEL]],O\n회비 입금: 카카오뱅크 [[3333-12-4958302|ACC]] (총무 [[길한결|PER]])",
    "2024 전국 생활체육 배드민턴 대회 참가 신청서 (복식)\n팀명: 새벽스매시\n선수1: [[노재웅|PER]] (1982.03.15)  [[010-3392-7740|TEL]]\n선수2: [[봉민경|PER]] (1987.11.02)  [[010-2019-4483|TEL]]\n참가비 40,000원 / 입금자명: [[노재웅|PER]]\n대회 문의: 대회본부 운영팀 (평일 10~17시)",
    "해외 원정 경기 참가자 명단 (U-15 유소년 축구, 오사카)\n성명 | 영문명 | 여권번호 | 보호자 연락처\n[[탁서준|PER]] | [[TAK SEOJUN|PER]] | [[M15738260|PASS]] | [[010-7729-4410|TEL]]\n[[엄도하|PER]] | [[EOM DOHA|PER]] | [[M64029187|PASS]] | [[010-3318-0092|TEL]]\n[[Kenji Arai|PER]] | [[ARAI KENJI|PER]] | [[TK7729301|PASS]] | [[+81 90-2281-4403|TEL]]\n인솔 감독: [[봉재형|PER]] ([[S27408163|PASS]])",
    "부의금 장부 (故 [[정순례|PER]] 님)\n성명 | 관계 | 금액 | 연락처\n[[김영태|PER]] | 고인 조카 | 100,000 | [[010-2293-7718|TEL]]\n[[이미정|PER]] | 상주 직장동료 | 50,000 | [[010-4402-1193|TEL]]\n[[박상열|PER]] | 친구 | 100,000 |\n한빛산업 총무팀 | 거래처 | 200,000 |\n마음 전하실 곳: 농협 [[301-0219-3847-11|ACC]] (상주 [[오준석|PER]])",
    "[청첩장]\n신랑 [[하동민|PER]] · 신부 [[여소담|PER]]\n2024년 10월 19일 토요일 오후 1시 30분\n더채플앳청담 3층 그랜드홀\n\n마음 전하실 곳\n신랑측: 신한 [[110-223-847193|ACC]] (신랑 [[하동민|PER]])\n신부측: 토스뱅크 [[1000-4829-3017|ACC]] (신부 어머니 [[김말순|PER]])\n신랑 연락처 [[010-4012-7738|TEL]] / 신부 연락처 [[010-9301-2285|TEL]]",
    "축의금 정리.xlsx (신부측)\n순번\t이름\t관계\t금액\t메모\n1\t[[한보람|PER]]\t대학동기\t100000\t답례품 O\n2\t[[표세진|PER]]\t회사\t50000\t\n3\t[[Jessica|PER]]([[최지수|PER]])\t고등학교\t100000\t미국에서 옴, [[jessica.choi@example.com|MAIL]]\n4\t[[나다솜|PER]]\t사촌\t300000\t\n합계\t\t\t550000",
    "○○교회 새가족 등록카드\n이름: [[Angelica Reyes|PER]] ([[안젤리카|PER]])   국적: 필리핀\n생년월일: 1996.02.24   외국인등록번호: [[960224-6357667|FRN]]\n연락처: [[010-3389-2017|TEL]]   이메일: [[angel.reyes@example.org|MAIL]]\n인도자: [[홍세라|PER]] 집사   소속 희망: 영어예배부\n※ 기재된 개인정보는 교회 행정 목적으로만 사용합니다.",
    "[구역 연락망] 3교구 7구역\n구역장 [[마은숙|PER]] 권사 [[010-2277-4910|TEL]]\n[[차영호|PER]] 집사·[[배정임|PER]] 집사 [[010-8820-3317|TEL]]\n[[소하늘|PER]] 청년 [[010-5592-0841|TEL]]\n이번 주 구역예배: 금요일 오후 8시, [[차영호|PER]] 집사님 댁",
    "○○사 신도 명부 (연등 접수, 불기 2568년)\n접수번호 | 불자명 | 거주지 | 연락처 | 연등\n0431 | [[신복순|PER]] | 황성동 | [[010-2938-0047|TEL]] | 가족등 1\n0432 | [[황보철|PER]] | 동천동 | [[054-772-3391|TEL]] | 인등 1\n0433 | [[엄태섭|PER]]·[[유미경|PER]] | 용강동 | [[010-4471-2093|TEL]] | 가족등 2\n봉축 입금: 우체국 [[600413-02-183927|ACC]]",
    "Hi everyone! 다음 주 토요일 volleyball 리그 명단 확정이에요 🏐\n- [[Mike|PER]] ([[Michael Grant|PER]]) [[010-4428-0713|TEL]]\n- [[Chloe|PER]] ([[클로이 박|PER]]) [[010-6629-3012|TEL]]\n- [[Dmitri|PER]] [[+7 916 204-73-19|TEL]]\n코트비 1인 15,000원, 총무 [[Chloe|PER]]에게 보내주세요 → 하나 [[620-293847-10207|ACC]]",
]

NEGATIVES += [
    "손흥민이 프리미어리그 33라운드에서 시즌 15호 골을 터뜨렸다. 토트넘은 뉴캐슬을 3-1로 꺾고 승점 60으로 4위를 지켰다. 황희찬도 울버햄튼에서 교체 출전해 63분을 뛰었다. 다음 경기는 한국 시간 28일 새벽 4시 30분.",
    "김연아는 2010년 밴쿠버 동계올림픽 여자 피겨 스케이팅에서 228.56점으로 금메달을 땄다. 당시 쇼트프로그램 78.50점, 프리스케이팅 150.06점은 모두 세계 신기록이었다.",
    "부처님 오신 날 봉축 법요식이 15일 서울 조계사에서 봉행됐다. 석가모니의 탄생을 기리는 이날 행사에는 신도 5천여 명이 참석했다. 연등행렬은 동국대에서 출발해 종각까지 이어졌다.",
    "오늘 설교 본문은 사도행전 9장, 사울이 다마스쿠스로 가는 길에 예수를 만나 바울로 변화되는 장면입니다. 모세와 다윗, 베드로처럼 하나님은 연약한 사람을 들어 쓰십니다. 다음 주일에는 소망부 찬양팀이 특송을 합니다.",
    "축의금 장부 양식\n순번 | 성함 | 관계 | 금액 | 비고\n1 | ____ | ____ | ____ |\n2 | ____ | ____ | ____ |\n예) 홍길동 | 직장 | 50,000 | 식권 2매",
]
# --- Apartment management, rider and taxi dispatch ---------------------------------------------
POSITIVES += [
    "○○아파트 입주자 차량 등록 신청서\n동/호수: 105동 1402호   세대주: [[옥상훈|PER]]\n차량번호: 123가 4567 (쏘렌토)   차량 소유자: [[옥상훈|PER]]\n추가 차량: 45나 8890 (모닝)  소유자: [[옥지민|PER]] (자녀)\n연락처: [[010-3301-8847|TEL]]\n※ 임차 세대는 임대차계약서 사본 첨부   관리사무소 담당자 확인 (인)",
    "관리비 자동이체 신청서\n동·호: 203동 805호\n납부자: [[석윤희|PER]]   연락처: [[010 2029 3381|TEL]]\n출금 계좌: 대구은행 [[508-10-294817-3|ACC]]   예금주: [[석윤희|PER]]\n예금주 생년월일: 1973.05.19\n신청일: 2024-02-28",
    "[입주민 단톡방] 공지\n이번 주 금요일 오전 10시~12시 101동 엘리베이터 정기점검이 있습니다.\n그리고 주차장 B2에 3일째 방치된 흰색 K5 (52더 1182) 차주분 연락 바랍니다. 혹시 아시는 분은 관리사무소로 알려주세요.\n— 동대표 [[염재철|PER]] ([[010-4020-9981|TEL]])",
    "층간소음 민원 접수 기록\n접수일시: 2024-03-11 22:40\n민원인: 704호 [[천가은|PER]] ([[010-6638-1029|TEL]])\n대상 세대: 804호 (세대주 [[육현민|PER]], 관리사무소 비상연락처 [[010-2839-4410|TEL]])\n내용: 밤 10시 이후 러닝머신 소음. 경비실 인터폰 2회 안내.\n처리: 관리소장 방문 예정 (3/12)",
    "방문 차량 사전 등록 (앱 로그)\n2024-06-14 09:12:33 | 등록자 [[권도연|PER]] (102-1903) | 방문차량 39러 2281 | 방문자 [[권영수|PER]] | 연락처 [[01047192283|TEL]] | 접속IP [[192.168.35.104|IP]]\n2024-06-14 09:40:07 | 등록자 [[임하영|PER]] (108-604) | 방문차량 12허 4418 | 방문자 택배 | 연락처 - | 접속IP [[192.168.35.117|IP]]",
    "배달 라이더 등록 정보 (협력사 제출용)\n성명: [[구본혁|PER]]\n생년월일: 1991-07-03\n운전면허: [[12-15-093847-11|DL]] (2종 소형)\n연락처: [[010-2284-7730|TEL]]\n정산 계좌: 토스뱅크 [[1001-2937-4810|ACC]]\n이륜차 번호: 서울 강남 가 1234",
    "[배차 로그] 2024-07-19\n14:02:11 ORDER#A8821 rider_id=R-10293 name=[[주원석|PER]] phone=[[010-3377-2981|TEL]] status=ASSIGNED\n14:02:58 ORDER#A8821 pickup=교촌치킨 역삼점 store_tel=[[02-555-3921|TEL]]\n14:19:40 ORDER#A8821 dropoff customer=[[나현주|PER]] safe_number=[[0504-2291-3382|TEL]] status=DELIVERED\n14:20:02 ORDER#A8822 rider_id=R-10293 status=ASSIGNED",
    "택시 배차 기록 (법인택시 ○○운수)\n일자: 2024.05.08   차량: 서울31바 4421\n운전자: [[황인철|PER]]   자격증번호 12-001834   면허번호 [[서울 11-19-345678-21|DL]]\n04:12 콜 접수 – 승객 [[소미정|PER]] [[010-9902-1147|TEL]] 신사역 → 인천공항 T1\n05:08 하차, 요금 68,400원 (카드)\n06:30 교대 – 운전자 [[박경수|PER]] (면허 [[11-07-482913-60|DL]])",
    "대리운전 기사 계약서\n기사 성명: [[오재석|PER]]   주민등록번호: [[660510-1628979|RRN]]\n운전면허번호: [[부산 95-572031-48|DL]]   면허종류: 1종 보통\n연락처: [[010.7728.4019|TEL]]\n수수료율: 20%   보험: 대리운전 단체보험 (증권번호 DR-2024-088132)",
    '{"ts":"2024-08-02T23:41:07+09:00","event":"trip_completed","driver":{"name":"[[Rustam Nazarov|PER]]","license":"[[13-09-771204-35|DL]]","phone":"[[010-5538-2291|TEL]]"},"passenger":{"name":"[[편수빈|PER]]","phone":"[[+82 10-2290-8847|TEL]]"},"fare":23800,"device_ip":"[[10.12.8.41|IP]]"}',
    "퀵서비스 접수\n의뢰인: 스튜디오 온결 (담당 [[금나리|PER]] [[070-8830-2291|TEL]])\n픽업: 성수동 2가 ○○빌딩 3층 → 배송: 을지로 ○○타워 12층 [[지해인|PER]] 님 [[010-2281-3947|TEL]]\n기사: [[명성호|PER]] 오토바이 / 면허 [[28-18-003492-61|DL]]\n요금 25,000원 (착불)  접수번호 Q240611-0193",
    "렌터카 대여계약서\n임차인: [[Thomas Bergström|PER]]   국적: Sweden   Passport [[91372810|PASS]]\n국제운전면허증 소지 (스웨덴 발급)\n제2운전자: [[최유리|PER]]   면허 [[대구 22-10-847302-19|DL]]   연락처 [[010-3301-7728|TEL]]\n대여 기간: 2024-09-01 10:00 ~ 2024-09-05 10:00 (제주공항점)\n보증 카드: [[5156-9059-9547-4401|CARD]]",
]

NEGATIVES += [
    "[관리사무소 알림] 6월 관리비 고지서가 발행되었습니다. 세대별 관리비는 앱 또는 게시판에서 확인하시기 바랍니다. 평균 관리비 231,400원 (전월 대비 4.2% 증가). 납부 기한: 6월 30일.\n문의: 관리사무소 (내선 1001) / 관리자",
    "주차 위반 스티커 발부 기준\n1차: 경고 스티커  2차: 바퀴 잠금  3차: 견인 요청\n방문 차량은 최대 24시간까지 등록 가능합니다. 등록 방법은 아파트 앱 > 방문차량 > 등록. 차량번호 예시: 12가 3456",
    "배달앱 라이더 평균 수입 조사 결과, 주 40시간 기준 월평균 순수입은 286만원으로 나타났다. 건당 평균 배달료는 3,120원, 하루 평균 배달 건수는 38.4건이었다. 라이더 노동상담은 1588-0500으로 문의할 수 있다.",
    "택시 호출 안내: 카카오T 고객센터 1599-9400, 장애인 콜택시 1588-4388. 분실물은 차량번호와 승차 시각(예: 서울31바 ○○○○, 23:40)을 알려주시면 빨리 찾을 수 있습니다.",
]
# --- HR onboarding, payroll, startup investor updates ------------------------------------------
POSITIVES += [
    "[입사 서류 제출 안내 회신]\n안녕하세요 인사팀 담당자님, 7월 1일 입사 예정인 [[편지우|PER]]입니다. 요청하신 정보 보내드립니다.\n- 주민등록번호: [[971216-2187205|RRN]]\n- 급여 계좌: 국민 [[651901-01-402817|ACC]]\n- 비상연락처: [[편승호|PER]](부) [[010-2938-7741|TEL]]\n등본과 졸업증명서는 첨부했습니다. 감사합니다!\n[[편지우|PER]] 드림 / [[jiwoo.pyeon@example.com|MAIL]]",
    "employee_id,name_ko,name_en,rrn_or_frn,bank,account,mobile\n24017,[[호앙 반 남|PER]],[[HOANG VAN NAM|PER]],[[780717-5617750|FRN]],우리,[[1002-384-920173|ACC]],[[010-4482-1930|TEL]]\n24018,[[토시마토프 아지즈|PER]],[[TOSHMATOV AZIZ|PER]],[[980219-5297434|FRN]],농협,[[352-1192-3847-03|ACC]],[[010-2291-8830|TEL]]\n24019,[[염다현|PER]],[[YEOM DAHYUN|PER]],[[950218-2685435|RRN]],신한,[[110-593-204817|ACC]],[[010-3027-4418|TEL]]",
    "2024년 6월 급여명세서\n성명: [[육선우|PER]]   사번: 20210411   부서: 생산관리팀\n지급총액: 3,920,000원   공제총액: 612,340원   실지급액: 3,307,660원\n지급계좌: IBK기업 [[267-082931-04-011|ACC]]\n문의: 인사팀 [[hr@dongsan-mfg.example|MAIL]]",
    "외국인 근로자 고용 신고서\n사업장명: 동산정밀   사업자등록번호: [[321-26-67140|BRN]]   대표자: [[임창수|PER]]   전화: [[055-282-3391|TEL]]\n근로자 성명: [[Bautista Ramil Cruz|PER]]   국적: 필리핀   외국인등록번호: [[950507-5867780|FRN]]\n여권번호: [[P1928374A|PASS]]   체류자격: E-9   입국일: 2024.02.19",
    "신규 입사자 IT 계정 발급 티켓 #HR-3318\n요청자: 인사팀\n대상자: [[Sophie Laurent|PER]] (Product Designer), 입사일 2024-08-05\n개인 연락처: [[sophie.laurent@example.org|MAIL]], [[+33 6 12 48 90 37|TEL]]\n회사 메일 계정 생성 요청\n노트북 수령: 8/5 10:00 3층 IT 데스크 (담당자 [[윤태오|PER]])",
    "안녕하세요 투자자 여러분, 데이터브릿지 3분기 업데이트입니다.\n• MRR 1억 4,200만원 (QoQ +18%), 고객사 87곳\n• 시리즈 A 클로징 완료 (리드: ○○벤처스)\n\nCap table (fully diluted)\n- [[정하람|PER]] (CEO)  41.2%\n- [[손도혁|PER]] (CTO)  22.5%\n- ESOP  10.0%\n- ○○벤처스  18.3%\n- 엔젤 [[Grace Liu|PER]]  3.0%\n\n문의: [[정하람|PER]] [[010-9920-3318|TEL]] / [[haram@databridge.example|MAIL]]\n(주)데이터브릿지 사업자등록번호 [[508-83-13017|BRN]]",
    "주식 양도 계약서 (요약)\n양도인: [[손도혁|PER]] (주민등록번호 [[870321-1194797|RRN]])\n양수인: [[Grace Liu|PER]] (Passport [[A03928471|PASS]], USA)\n대상 주식: (주)데이터브릿지 보통주 12,000주 (1주당 5,000원)\n대금 입금 계좌: 하나 [[620-203948-11207|ACC]]",
    "퇴직금 중간정산 신청서\n성명: [[남궁윤|PER]]   주민등록번호: [[910920-2809052|RRN]]\n사유: 무주택자 주택 구입\n연락처: [[010-4419-2038|TEL]]\n지급 계좌: 케이뱅크 [[100-204-938172|ACC]]\n신청일: 2024.03.15   승인: 인사팀장 (인)",
    "Subject: Offer letter – [[Vo Thi Mai|PER]]\n\nDear [[Mai|PER]],\nWe are pleased to offer you the position of QA Engineer at Nurim Soft Inc. Your start date is 1 October 2024 and your annual salary is KRW 48,000,000.\nPlease sign and return by 20 September, and send a copy of your passport ([[C7729183|PASS]]) for the E-7 visa process.\n\n[[Han Ji-ho|PER]], People Team\nNurim Soft Inc. | [[people@nurimsoft.example|MAIL]] | [[02-6952-3310|TEL]]",
    "원천징수 영수증 발급 요청 (프리랜서)\n성명: [[반지석|PER]]   주민등록번호: [[590218-1900794|RRN]]\n사업소득 지급처: (주)하늘미디어 (사업자등록번호 [[855-89-26588|BRN]])\n용역 내용: 영상 편집 외주 (2023.01~12)\n수령 이메일: [[jiseok.ban@example.net|MAIL]]",
]

NEGATIVES += [
    "[채용공고] (주)○○테크 백엔드 개발자 (경력 3년 이상)\n근무지: 서울 성동구 / 연봉: 회사 내규에 따름 / 마감: 2024-07-31\n지원 방법: 사람인 입사지원 (공고번호 48213091)\n문의: 인사팀 담당자 (채용 관련 전화 문의는 받지 않습니다)",
    "2024년 최저임금은 시간당 9,860원으로 전년 대비 2.5% 인상됐다. 월 환산액(209시간 기준)은 2,060,740원이다. 고용노동부 고객상담센터 1350에서 상담받을 수 있다.",
    "급여명세서 양식 안내\n성명: {employee_name} / 사번: {emp_no}\n지급총액: {gross} / 공제총액: {deductions}\n※ 개인정보 보호를 위해 주민등록번호는 앞 6자리만 표시됩니다. 예: 850101-1******",
    "투자 시장 동향: 2024년 상반기 국내 벤처투자액은 5조2,017억원으로 전년 동기 대비 14.7% 증가했다. 업종별로는 ICT 서비스가 27.8%로 가장 많았다. 한국벤처캐피탈협회 자료.",
]
# --- Open-source bug reports, customer-service transcripts, logs -------------------------------
POSITIVES += [
    "### Bug: Korean names garbled in CSV export (v2.3.1)\n\nA user forwarded this to our support inbox; reproducing it here with their permission (values anonymised? no — please scrub before merging):\n\n> From: [[송하윤|PER]] <[[hayoon.song@example.com|MAIL]]>\n> 안녕하세요, 내보내기 하면 제 이름이 'ì†¡í•˜ìœ¤'처럼 깨져요. 연락은 [[010-2283-4419|TEL]]로 주셔도 됩니다.\n\nSteps: export → open in Excel (Windows, cp949). Server log shows request from [[198.51.100.73|IP]].\nExpected: UTF-8 BOM. Related: #1182",
    '```\n2024-06-11T03:14:22Z WARN auth: 5 failed logins user=[[jisoo.kang@example.org|MAIL]] src=[[203.0.113.205|IP]] ua="Mozilla/5.0"\n2024-06-11T03:14:40Z INFO auth: account locked user=[[jisoo.kang@example.org|MAIL]] notify_sms=[[010-4491-2287|TEL]]\n2024-06-11T03:20:02Z INFO auth: unlock by admin from [[10.0.3.77|IP]]\n```\n@maintainers the lock notification SMS leaks the full phone number into logs; should be masked.',
    "Issue #2291: crash when parsing KakaoTalk export (Android format)\n\nAttached the first lines of the export that crashes the parser (my friend said it's OK to share, but please delete after):\n\n    2024년 1월 5일 오전 9:31, [[오하린|PER]] : 내일 [[010-3392-0048|TEL]]로 전화해\n    2024년 1월 5일 오전 9:32, [[Kevin Cho|PER]] : ㅇㅋ [[하린|PER]]아\n\nTraceback ends in `parse_line()` with IndexError. Environment: Python 3.11.4, kakao-parser 0.9.2.",
    "[고객센터 통화 녹취 STT]\n상담사: 감사합니다, ○○카드 분실신고센터입니다.\n고객: 네 카드를 잃어버려서요. 카드번호가 [[9410 5890 6600 2566|CARD]]이에요.\n상담사: 본인 확인을 위해 성함 말씀해 주시겠어요?\n고객: [[맹지원|PER]]이요. 주민번호 앞자리는 900315요.\n상담사: 네 [[맹지원|PER]] 고객님, 등록된 연락처 [[010-7738-2215|TEL]] 맞으신가요?\n고객: 네 맞아요.\n상담사: 분실 등록 완료되었습니다. 재발급은 5~7영업일 소요되며 문의는 1588-8100으로 주시면 됩니다.",
    "[통신사 상담 기록] 2024-04-02 15:31\n고객명: [[Zhang Wei|PER]] ([[장웨이|PER]])  외국인등록번호 [[630224-5947858|FRN]]\n요청: 유심 분실로 인한 재발급, 번호 유지 [[010-5829-3340|TEL]]\n본인확인: 외국인등록증 대면 확인 (대리점 코드 SK-31029)\n비고: 중국어 상담 연결 (상담사 [[리나|PER]])",
    "[인터넷 설치 예약 확인]\n고객: [[피승현|PER]] 님 / 설치 주소: 경기도 용인시 수지구 ○○로 ○○\n연락처: [[031-263-4410|TEL]], [[010-2281-9930|TEL]]\n설치 기사: [[강태웅|PER]] 기사 [[010-4419-2276|TEL]]\n공유기 관리 IP: [[192.168.0.1|IP]] / 고정 IP: [[198.51.100.201|IP]]\n예약번호 INT-240614-0082",
    "Subject: Re: [security] exposed admin panel\n\nThanks for the report. Confirmed the panel at [[172.16.40.3|IP]] was reachable through the VPN gateway [[192.0.2.14|IP]]. Patched in 4.18.2.\n\n> On 2024-05-30, [[Ryo Fujimoto|PER]] <[[ryo.fujimoto@example.net|MAIL]]> wrote:\n> Hi, I found that /admin on your staging host is open. My PGP key is attached; feel free to call me on [[+81 70-2281-0934|TEL]].\n\n-- \n[[Bae Yoo-jin|PER]] | Security Engineer | [[security@corp.example|MAIL]]",
    "상담 이력 (CS-2024-118204)\n채널: 채팅 → 전화 전환\n고객: [[모영란|PER]] (회원ID yr_mo77)\n문의: 결제 오류. 고객이 카드번호 [[3418-979777-15991|CARD]] 불러줌 → 상담사가 마스킹 안내함\n회신 번호: [[010–4412–0928|TEL]]\n처리: 결제사 확인 후 재결제 안내 (처리자: 결제지원팀)",
    'nginx access log (발췌, 개인정보 포함 — 분석 후 삭제 요망)\n[[192.0.2.199|IP]] - - [12/Jun/2024:10:21:44 +0900] "POST /api/signup HTTP/1.1" 200 512 "-" "Mozilla/5.0" body={"name":"[[Pyo Eun-chae|PER]]","phone":"[[01039284471|TEL]]"}\n[[2001:db8:85a3::8a2e:370:7334|IP]] - - [12/Jun/2024:10:21:47 +0900] "GET /static/app.3.8.12.1.js HTTP/1.1" 200 18233',
    "[고객 상담 녹취] 2024-06-20 11:02\n상담사: ○○은행 고객센터 상담원 [[김한솔|PER]]입니다.\n고객: 해외 송금 받을 계좌를 확인하려고요. 제 계좌가 [[620-20-483921|ACC]]인데 SC제일은행 맞죠?\n상담사: 네, 예금주 성함 확인 부탁드립니다.\n고객: [[Maria Clara Lim|PER]]이요. 필리핀 사람이고 외국인등록번호 [[770117-6924461|FRN]]이에요.\n상담사: 확인되었습니다. 스위프트 코드는 SCBLKRSE입니다.",
    'Sentry event 8f2c1a (production)\nuser: {id: 182934, email: "[[bomi.choi@example.com|MAIL]]", ip_address: "[[198.51.100.12|IP]]", username: "[[최보미|PER]]"}\nrelease: web@2024.06.3 (build 10.4.2.118)\nexception: TypeError: Cannot read properties of undefined (reading \'phone\')',
]

NEGATIVES += [
    "## Credits\n\nThanks to all contributors, especially @octocat, Guido van Rossum (for Python), Linus Torvalds (for Git) and Kenneth Reitz (for requests). Korean translation by the Korea Python User Group. Logo by the design team.",
    "Release notes v3.14.1.2\n- Fixed: timeout when resolving localhost in Docker (see #4471)\n- Bumped OpenSSL to 3.0.13, Node to 20.11.1\n- Minimum Windows build is 10.0.19041.1\n- Firmware 1.2.10.4 added for model RX-200\n- Ticket JIRA-20240611-88 closed",
    "상담원: 고객님, 카드번호는 마스킹되어 4518-****-****-1234로 보입니다. 연락처 010-****-5678로 안내 문자 드렸습니다. 추가 문의는 ARS 1588-1688 또는 앱 채팅 상담을 이용해 주세요. 상담 내용은 품질 향상을 위해 녹음됩니다.",
    "[장애 공지] 6월 12일 02:00~04:30 (150분) 결제 서버 점검으로 일부 서비스가 중단됩니다. 영향 범위: 전체 사용자의 약 3.2%. 담당: 인프라운영팀. 문의는 고객센터 1600-3232 또는 앱 내 1:1 문의.",
    "버그 리포트 템플릿\n**환경**: OS / 브라우저 / 버전 (예: 2.3.1)\n**재현 방법**: 1. ... 2. ...\n**연락처(선택)**: 이메일 주소를 적지 마세요. 필요하면 관리자가 DM 드립니다.\n**예시 사용자**: 홍길동 / hong@ 형식은 쓰지 마세요",
]
# --- KakaoTalk / LINE exports in several formats, e-mail threads -------------------------------
POSITIVES += [
    "가족방 님과 카카오톡 대화\n저장한 날짜 : 2024-06-15 21:04:11\n\n--------------- 2024년 6월 15일 토요일 ---------------\n[엄마] [오후 7:02] 내일 할머니 병원 몇 시야?\n[큰딸] [오후 7:05] 10시 반. 간호사실 번호 [[031-8086-2214|TEL]]\n[엄마] [오후 7:06] 이모 번호 바뀜 [[010 2281 4490|TEL]] 이모한테도 알려줘\n[큰딸] [오후 7:08] 응 [[성미|PER]] 이모한테 보낼게. 할머니 성함 [[문옥자|PER]]으로 접수돼있어",
    'Date,User,Message\n2024-03-02 10:11:45,"[[차도윤|PER]]","동아리 회비 걷습니다 1인 2만원"\n2024-03-02 10:12:03,"[[차도윤|PER]]","카뱅 [[3333-21-7730491|ACC]] [[차도윤|PER]]"\n2024-03-02 10:15:29,"[[Hana Suzuki|PER]]","보냈어요! 영수증 필요하면 [[hana.suzuki@example.net|MAIL]]로 주세요"\n2024-03-02 10:16:02,"[[임보석|PER]]","저도 보냄"',
    "2024. 4. 18. 오후 11:20, [[Phuong|PER]] : 언니 저 내일 출입국 가요\n2024. 4. 18. 오후 11:21, [[이소정|PER]] : 응 외국인등록증 꼭 챙겨. 번호 [[010508-8933590|FRN]] 맞지?\n2024. 4. 18. 오후 11:22, [[Phuong|PER]] : 네 맞아요 ㅎㅎ 끝나고 [[010-2275-9931|TEL]]으로 전화할게요\n2024. 4. 18. 오후 11:23, [[이소정|PER]] : 그래 [[푸엉|PER]]아 잘 자",
    "[LINE] 「ソウル留学生会」のトーク履歴\n保存日時：2024/05/20 22:41\n\n2024/05/20(月)\n21:03\t[[Kenta Mori|PER]]\t来週のBBQ、幹事は[[森健太|PER]]です。連絡は[[010-3318-4402|TEL]]まで\n21:05\t[[Aoi|PER]]\t了解です！会費は[[新井あおい|PER]]の口座に？\n21:06\t[[Kenta Mori|PER]]\tはい、ウリ銀行 [[1002-993-481027|ACC]] へお願いします",
    "2024.07.02 화요일\n09:14\t팀장 [[한상욱|PER]]\t오늘 고객사 미팅 2시로 변경\n09:15\t[[Lucy Tan|PER]]\t네 알겠습니다. 고객사 담당자 연락처 공유 부탁드려요\n09:16\t팀장 [[한상욱|PER]]\t[[yoon.bg@client.example|MAIL]] / [[02-2088-4410|TEL]] ([[윤병근|PER]] 부장)\n09:17\t[[Lucy Tan|PER]]\t감사합니다 👍",
    '-----Original Message-----\nFrom: "[[엄기석|PER]]" <[[kiseok.eom@example.com|MAIL]]>\nTo: "[[위다은|PER]]" <[[daeun.wi@example.org|MAIL]]>\nDate: 2024-05-14 (화) 16:20:11\nSubject: 견적서 재발송\n\n[[다은|PER]]님, 수정 견적서 첨부드립니다. 세금계산서는 저희 사업자번호 [[785-14-00812|BRN]]로 발행됩니다.\n\n[[엄기석|PER]] 드림\n화성공구상사 | [[031-352-7701|TEL]] | 대표폰 [[010-6629-1138|TEL]]',
    "> 2024년 2월 8일 오전 10:03, [[Ho Thi Ngoc|PER]] <[[ngoc.ho@example.net|MAIL]]>님이 작성:\n>\n> 선생님 안녕하세요. 제 비자 연장 서류 중에 재직증명서에 회사 사업자등록번호가 빠져 있어요.\n\n[[Ngoc|PER]]씨, 회사 인사팀에 요청해서 받았어요. 사업자등록번호는 [[652-80-58493|BRN]]이고 대표자는 [[석재민|PER]]입니다. 출입국 예약은 2/15 오전 9시예요.\n— 한국어교실 [[반소희|PER]] ([[010-4820-1193|TEL]])",
    "카카오톡 대화 내보내기 (iOS)\n2024년 8월 30일 금요일\n2024. 8. 30. 오후 6:41, [[라온|PER]] : 오빠 나 폰 고장나서 이 번호로 연락해 [[070-4492-2018|TEL]]\n2024. 8. 30. 오후 6:42, [[채민규|PER]] : ㅇㅋ [[라온|PER]]아 근데 [[나예린|PER]]한테는 말했어?\n2024. 8. 30. 오후 6:43, [[라온|PER]] : 아직~ 언니 번호가 [[010-9382-0019|TEL]] 맞나?",
    "From: [[Nadia Rahman|PER]] <[[nadia.rahman@example.com|MAIL]]>\nTo: [[Park Eun-ji|PER]] <[[eunji.park@example.org|MAIL]]>\nCc: [[Alex Moreau|PER]]\nSubject: Re: Re: Seoul apartment viewing\n\n[[Eun-ji|PER]], thank you! Saturday at 11 works for [[Alex|PER]] and me. Could you send the landlord's number again? The one I have seems cut off.\n\n> Sure — it's [[010-4427-3091|TEL]], Mr. [[Koo|PER]]. He prefers text messages.\n> [[Eun-ji|PER]]",
    "[카카오톡 선물하기] [[송유리|PER]]님이 [[권하람|PER]]님께 스타벅스 아메리카노 T 를 보냈습니다.\n메시지: [[하람|PER]]아 생일 축하해!! 🎉\n주문번호 9018822734 / 유효기간 2024.09.14 / 교환권 바코드 9120 4481 2297 3310",
]
# --- Small businesses: invoices, 세금계산서, supplier mail ------------------------------------------
POSITIVES += [
    "전자세금계산서 발행 요청\n공급받는자 상호: 카페 소소한날   사업자등록번호: [[247-10-89772|BRN]]\n대표자: [[길미래|PER]]   담당자 이메일: [[sosohanday@example.com|MAIL]]\n품목: 원두 (에티오피아 예가체프 1kg × 6)   공급가액 210,000원 / 세액 21,000원\n승인번호 20240611-41000012-83920141",
    "거래명세서\n공급자: 동해수산 (사업자번호 [[5211373811|BRN]])  대표 [[함영길|PER]]  TEL [[033-532-7710|TEL]]\n공급받는자: 바다향 횟집 (사업자번호 [[679 17 97804|BRN]])  대표 [[소경민|PER]]\n품목: 활광어 12kg, 활우럭 8kg   합계 486,000원\n입금계좌: 수협 [[1010-2938-4712|ACC]] (예금주 [[함영길|PER]])",
    "[견적 문의 회신]\n안녕하세요 [[현수아|PER]] 대리님, 요청하신 사무용 의자 40개 견적서 보내드립니다. 단가는 128,000원(VAT 별도)이며 납기는 발주 후 2주입니다.\n\n[[곽도진|PER]] 과장 | 오피스체어코리아\n사업자등록번호 [[504-17-48159|BRN]] | M. [[010-3329-8841|TEL]] | E. [[dojin.kwak@officechair.example|MAIL]]",
    "개인사업자 부가세 신고 자료 (세무사 사무실 제출)\n상호: 두리두리 꽃집   대표: [[맹소희|PER]]   사업자등록번호: [[786-13-31155|BRN]]\n주민등록번호: [[821124-2600359|RRN]]\n사업용 카드: [[4938-0689-4328-4337|CARD]] (매입세액 공제용)\n사업용 계좌: 신협 [[132-093-847261|ACC]]\n연락처: [[010-2281-0947|TEL]]",
    "스마트스토어 판매자 정보\n상호명: 하루담 공방 | 대표자: [[예서린|PER]] | 사업자등록번호: [[107-02-55343|BRN]] | 통신판매업신고: 2023-서울마포-1182\n사업장 소재지: 서울특별시 마포구 와우산로 ○○\n고객문의: [[070-7730-4419|TEL]] | [[harudam.craft@example.com|MAIL]]",
    "Subject: 납품 대금 입금 확인 부탁드립니다\n\n[[winnie.ko@example.org|MAIL]] 님께,\n5월분 납품 대금 3,300,000원이 아직 입금되지 않아 연락드립니다. 세금계산서는 5/31 발행 완료(승인번호 20240531-15482931-00128374)했습니다.\n입금 계좌: 부산은행 [[101-2039-4817-03|ACC]] (예금주 태평양포장)\n\n태평양포장 경리 [[석미연|PER]] 드림\n사업자등록번호 [[904-27-54262|BRN]] / [[051-316-2280|TEL]]",
    "배달앱 입점 신청서\n가게명: 엄마손 김밥   업종: 분식\n대표자: [[Nguyen Van Long|PER]] ([[응우옌 반 롱|PER]])   외국인등록번호: [[800109-5328557|FRN]]\n사업자등록번호: [[713-16-19149|BRN]]   가게 전화: [[032-423-8810|TEL]]\n정산 계좌: 기업 [[024-093847-01-014|ACC]]",
    "[중개수수료 영수증]\n중개사무소: 해맑은공인중개사사무소 (사업자등록번호 [[688-13-34523|BRN]], 대표 [[도혜진|PER]], 전화 [[02-412-3390|TEL]])\n의뢰인: [[석진우|PER]]\n거래 내용: 송파구 잠실동 ○○아파트 전세 (보증금 5억 5천만원)\n중개보수: 2,200,000원 (부가세 포함)  결제: 카드 [[4286 0699 8593 5164|CARD]]",
]
# --- Driving: car sharing, rentals, licence paperwork ------------------------------------------
POSITIVES += [
    "카셰어링 회원 가입 정보 확인\n회원명: [[위하준|PER]]\n면허번호: [[14-08-602918-43|DL]]  면허 종류: 2종 보통  적성검사 만료: 2028-12-31\n휴대폰: [[010-9920-1147|TEL]]\n결제카드: [[5344 3515 4885 3960|CARD]]\n가입 IP: [[172.20.14.9|IP]]",
    "캠핑카 대여 계약서\n임차인(제1운전자): [[길성훈|PER]]   면허번호: [[전북 99-103847-26|DL]]   연락처: [[063-271-0038|TEL]] / [[010-7739-2201|TEL]]\n제2운전자: [[길다인|PER]]   면허번호: [[25-20-847561-09|DL]]\n대여: 2024.07.26 ~ 07.29 (3박)   보증금 500,000원 (카드 [[2221-7930-6125-5799|CARD]])",
    "운전면허증 재발급 신청 (대리 신청)\n신청인: [[유경태|PER]]  면허번호 [[11-23-019283-77|DL]]\n대리인: [[유나은|PER]] (자녀)  연락처 [[010-4428-1093|TEL]]\n재발급 사유: 분실\n※ 위임장 및 대리인 신분증 첨부",
    "[자동차보험 가입 설계]\n피보험자: [[홍세윤|PER]] (만 34세)\n운전자 범위: 부부 한정\n배우자: [[Jonathan Miles|PER]] (국제면허 / 국내 전환 면허 [[15-16-293847-68|DL]])\n연락처: [[010 3392 7718|TEL]], [[seyoon.hong@example.com|MAIL]]\n예상 보험료: 1,182,400원 (마일리지 특약 적용 시 1,041,900원)",
    "교통사고 합의서 (물피)\n갑(가해 운전자): [[모성진|PER]]  면허 [[광주 03-920183-44|DL]]  차량 52가 1193  연락처 [[010-2293-4471|TEL]]\n을(피해 운전자): [[석하린|PER]]  면허 [[24-19-648203-15|DL]]  차량 181호 2290  연락처 [[010-8821-0092|TEL]]\n갑은 을에게 수리비 1,320,000원을 2024.09.10까지 지급한다.\n입금 계좌: 광주은행 [[1107-021-384920|ACC]] ([[석하린|PER]])",
    "지입 계약서 (택배 배송 차량)\n수탁자: [[Khamidov Sardor|PER]] ([[하미도프 사르도르|PER]])   외국인등록번호 [[920326-5266311|FRN]]\n면허번호: [[11–17–385920–62|DL]]  (1종 보통)\n차량: 1톤 탑차 (89바 4471)\n위탁자: ○○로지스 (사업자등록번호 [[866-85-12752|BRN]])  담당 [[육재훈|PER]] [[010-2204-8831|TEL]]",
    "[면허 정지 처분 이의신청서]\n신청인: [[제승민|PER]]\n운전면허번호: [[１３－１４－２０３９４８－７１|DL]]\n주소: 경기도 부천시 ○○로 ○○\n연락처: [[０１０－４４８２－９１０３|TEL]]\n이의 내용: 2024.03.02 단속 당시 측정기 교정일이 지난 상태였음.",
    "중고차 매매 계약서 (개인 간)\n매도인: [[황지석|PER]]  주민등록번호 [[530825-1151694|RRN]]  면허 [[경남 02-384756-90|DL]]\n매수인: [[Oyunbileg Batbayar|PER]]  외국인등록번호 [[720710-6494844|FRN]]  연락처 [[010-5540-2291|TEL]]\n차량: 2017년식 아반떼 AD (차대번호 KMHD841CBHU382910)\n매매 대금: 7,900,000원  입금: 농협 [[351-1029-3847-13|ACC]] ([[황지석|PER]])",
    "주차위반 과태료 의견진술서\n진술인: [[계은하|PER]]  운전면허번호: [[26 13 582940 37|DL]]  휴대폰: [[010-2283-9941|TEL]]\n위반 일시: 2024-05-21 14:10  장소: 울산 남구 삼산로 ○○\n진술 내용: 응급 환자(모 [[허영애|PER]]) 이송 중 불가피하게 정차하였음.",
    "렌터카 반납 체크리스트 (제주공항점)\n계약번호: JJ-240903-0412\n고객: [[Nakamura Rin|PER]] ([[中村凛|PER]])  여권 [[TR2093841|PASS]]  국제면허 소지\n동승 운전자: [[민하온|PER]]  면허 [[제주 21-11-574839-02|DL]]  [[010-9921-4430|TEL]]\n반납 주유량: 3/4 (만땅 반납 조건 → 주유비 18,000원 청구)  청구 카드: [[4819-3894-8924-6330|CARD]]",
    "운전 경력 증명서 발급 요청 (택시 이직용)\n성명: [[소병철|PER]]\n생년월일: 1964.04.22\n면허번호: [[19-21-493028-74|DL]]\n휴대폰: [[010-2938-0041|TEL]]\n제출처: ○○운수 (사업자등록번호 [[914-01-55948|BRN]])",
]
# --- Foreign residents' paperwork ----------------------------------------------------------------
POSITIVES += [
    "체류기간 연장허가 신청서 (요약)\n성명(Surname, Given names): [[KARIMOV|PER]], [[JASUR|PER]]\n한글 성명: [[카리모프 자수르|PER]]\n외국인등록번호: [[650803-5597911|FRN]]   여권번호: [[FA1029384|PASS]]\n체류자격: F-4   연락처: [[010-3320-8817|TEL]]\n신청 대리인: 행정사 [[변정아|PER]] ([[070-4018-2293|TEL]])",
    "외국인 휴대폰 개통 신청서 (대리점 보관용)\n고객명: [[NGUYEN THI THU TRANG|PER]] ([[트랑|PER]])\n외국인등록번호: [[0807138309687|FRN]]\n법정대리인: [[NGUYEN VAN TOAN|PER]] (부)  외국인등록번호 [[571010-5603879|FRN]]\n요금제: 청소년 5G 슬림   개통 번호: [[010-8829-3317|TEL]]\n요금 납부: 부 명의 카드 [[5594-5775-4094-0226|CARD]]",
    "한국어학당 등록 확인서\nName: [[Nur Aisyah binti Rahman|PER]]\nNationality: Malaysia   Passport No.: [[A38291047|PASS]]\nProgram: Regular Korean Course Level 2 (Fall 2024)\nTuition: KRW 1,750,000 – paid by card [[4512 7524 7470 8517|CARD]]\nEmergency contact in Korea: [[Aina Sofea|PER]] [[010-2291-4407|TEL]]",
    "건강보험 지역가입자 자격취득 신고 (외국인)\n가입자: [[Gulnora Yusupova|PER]] ([[굴노라 유수포바|PER]])   외국인등록번호: [[560314-6759417|FRN]]\n세대원: [[Yusupov Timur|PER]] (손자)  외국인등록번호 [[100611-7026105|FRN]]\n연락처: [[010-7741-0229|TEL]]\n보험료 자동이체: 새마을금고 [[9003-2291-8471-0|ACC]]",
    "은행 계좌 개설 상담 메모\n고객: [[Kim Anastasia|PER]] ([[김 아나스타시아|PER]]), 고려인 동포 (F-4)\n외국인등록번호: [[700606-6215951|FRN]]\n개설 계좌: 입출금 통장 [[1002-117-384920|ACC]]\n연락처: [[+82-10-2293-0471|TEL]] / 러시아 번호 [[+7 903 118-42-07|TEL]]\n체크카드 발급: [[5243-6209-6654-2871|CARD]]",
    "다문화가족 방문교육 신청서\n결혼이민자: [[Ramos Cristina Joy|PER]] ([[크리스티나|PER]])   국적: 필리핀   외국인등록번호: [[710417-6702726|FRN]]\n배우자: [[권영철|PER]]   연락처: [[010-6631-2280|TEL]]\n자녀: [[권미나|PER]] (2017년생)\n희망 교육: 한국어 (주 2회)",
    "출입국 방문 예약 확인\n예약번호: HIKOREA-20240715-0418\n신청인: [[Ali Hassan|PER]]   외국인등록번호: [[501103-5158696|FRN]]\n방문일시: 2024-07-15 10:20 (서울남부출입국)\n알림 수신: [[ali.hassan@example.net|MAIL]], [[010-4427-8830|TEL]]\n접속 기록: [[198.51.100.164|IP]]",
]

# --- Account security, shopping and payment records ---------------------------------------------
POSITIVES += [
    "[보안 알림] [[노윤서|PER]]님 계정에 새로운 기기에서 로그인했습니다.\n일시: 2024-06-12 23:41 (KST)\n기기: Galaxy S23 / Chrome 124.0.6367.91\nIP: [[203.0.113.7|IP]] (대한민국 서울)\n본인이 아니라면 즉시 비밀번호를 변경하고 고객센터(1588-3820)로 문의하세요.\n이 메일은 [[yoonseo.no@example.com|MAIL]]로 발송되었습니다.",
    "admin 접속 이력 (export.csv)\nuser_name,user_email,login_ip,login_at,result\n[[김도하|PER]],[[doha.kim@example.org|MAIL]],[[10.240.0.5|IP]],2024-07-01 09:02:11,SUCCESS\n[[Priya Nair|PER]],[[priya.nair@example.org|MAIL]],[[2001:db8::1f|IP]],2024-07-01 09:14:52,FAIL\n[[마준혁|PER]],[[junhyuk.ma@example.org|MAIL]],[[192.0.2.88|IP]],2024-07-01 09:15:03,SUCCESS",
    "해외 직구 결제 오류 문의\n\n안녕하세요. 어제 주문(주문번호 AE-20240702-883192)에서 카드 [[6250 6559 3511 5233|CARD]]가 두 번 결제되었습니다. 한 건 취소 부탁드립니다.\n이름: [[류하은|PER]]\n연락처: [[010-2291-0048|TEL]]\n주문 당시 접속 IP가 [[172.31.255.10|IP]]로 찍혀 있던데 회사 VPN이라 그런 걸까요?",
    "쇼핑몰 주문 상세 (관리자 화면 복사)\n주문번호: 2024071811420093\n주문자: [[여지안|PER]] / [[010-3348-2219|TEL]] / [[jian.yeo@example.net|MAIL]]\n수령인: [[여동훈|PER]] / [[010-2293-8814|TEL]]\n결제: 신용카드 [[3566-2213-3593-7365|CARD]] (JCB, 일시불) 승인번호 00482917\n상품: 무선 청소기 SKU VC-2024-BLK-01 × 1",
    "[가족카드 발급 신청]\n본인회원: [[탁재영|PER]]  카드번호 [[6212 0465 3208 2116|CARD]]\n가족회원: [[탁윤하|PER]] (자녀, 주민등록번호 [[030319-3499266|RRN]])\n가족회원 연락처: [[010-4420-7718|TEL]]\n결제 계좌: 국민 [[748201-04-192837|ACC]]",
    "pos_receipt_dump.txt\nSTORE=○○마트 성수점 BRN=[[429-82-03640|BRN]] TEL=[[02-464-2290|TEL]]\nTXN=000218 2024-06-30 19:42 CARD=[[4638056558206110|CARD]] APPROVAL=71829301 AMT=84,200\nMEMBER=[[현도윤|PER]] POINT=842 PHONE=010****2291",
    "[호텔 예약 변경 요청 메일]\n\n안녕하세요, 예약번호 LTH-882193 [[Julien Moreau|PER]]입니다. 체크인 날짜를 9월 3일에서 9월 4일로 바꿀 수 있을까요? 보증 카드는 그대로([[2720 1853 4429 0865|CARD]]) 사용해 주세요.\n회신: [[julien.moreau@example.com|MAIL]]",
    "카드 분실 신고 접수 (ARS 녹취 요약)\n접수 시각: 2024-08-11 02:14\n카드: [[4570-7806-3897-4823|CARD]]\n신고자: [[봉하윤|PER]] (본인)\n연락처: [[010 7729 2201|TEL]]\n부정 사용 의심 거래: 2024-08-11 01:52 해외 가맹점 USD 399.00 (승인번호 882910)",
]
# --- Mixed: wrapped PDF text, nicknames, more chats and logs ------------------------------------
POSITIVES += [
    "(PDF에서 복사한 텍스트)\n임 대 차 계 약 서\n임대인 성명 [[남궁\n민재|PER]]          주민등록번호 [[891\n116-1666758|RRN]]\n임차인 성명 [[하윤\n정|PER]]            연락처 [[010-2281-\n4093|TEL]]",
    "회의록 (주간 운영 회의)\n참석: [[Daniel|PER]] ([[김다니엘|PER]]), [[Sunny|PER]]([[이선희|PER]]), [[한결|PER]]\n1. 신규 고객사 담당자: [[Rachel Kim|PER]] [[rachel.kim@client.example|MAIL]] / [[010-4482-0019|TEL]]\n2. [[Sunny|PER]]가 다음 주까지 견적서 초안 작성\n3. [[한결|PER]]은 서버 이전 일정 확인 (기존 서버 [[10.20.4.18|IP]] → 신규 [[10.20.4.31|IP]])",
    "[[Chris|PER]] 선배님~ 저 [[Annie|PER]]예요 ([[안혜원|PER]]). 번호 바뀌어서 연락드려요! 새 번호는 [[010-9003-2281|TEL]]이에요. 다음 달 동아리 홈커밍 때 뵐게요 ㅎㅎ",
    "[[지수|PER]]야 ~ 나 [[민경|PER]]이야. 오늘 과외 학생 어머님 번호 보내줄게 [[010-3320-4419|TEL]] ([[전서율|PER]] 어머님). 내가 못 가니까 네가 대신 가줘 🙏",
    "세입자 연락처 정리 (원룸 건물, 관리용)\n101호 [[Baek Sora|PER]] ([[백소라|PER]]) [[010-2291-3307|TEL]]\n102호 공실\n201호 [[Tuan|PER]] ([[Le Minh Tuan|PER]]) [[010-9920-1184|TEL]]\n202호 [[맹수빈|PER]] [[010-4417-2290|TEL]]\n※ 보일러 AS: 린나이 고객센터 1588-1881",
    '{"event":"signup","at":"2024-05-02T08:11:42Z","user":{"display_name":"[[Joon|PER]]","full_name":"[[Lee Joon-young|PER]]","email":"[[joonyoung.lee@example.com|MAIL]]","phone":"[[+821039927741|TEL]]"},"ip":"[[192.168.100.2|IP]]","ref":"coupon-SPRING24","app":"ios-4.2.1.0"}',
    'name,phone,email,memo\n"[[성하린|PER]]","[[010-2837-1190|TEL]]","[[harin.sung@example.com|MAIL]]","VIP"\n"[[Tran Thi Mai Anh|PER]]","[[010 4429 2210|TEL]]",,"베트남어 응대"\n"[[구자윤|PER]]","[[02-6677-2093|TEL]]","[[jayoon.koo@example.net|MAIL]]","사무실 번호"',
    "장례식장 조문객 방명록 (전산 입력본)\n고인: [[김복례|PER]]   상주: [[이정석|PER]], [[이정미|PER]]\n빈소: ○○병원 장례식장 3호실   발인: 2024.05.09 07:00\n조문객: [[박희준|PER]] (010-2291-****), [[윤태섭|PER]] ([[010-4420-1182|TEL]]), 한국전력 ○○지사 일동\n상주 연락처: [[010-3391-2274|TEL]]",
    "[아파트 커뮤니티 강좌 신청]\n강좌: 요가 (화/목 10:00)\n신청자: 1203동 [[소미|PER]]님 ([[방소미|PER]])   연락처 [[010-4418-2019|TEL]]\n함께 신청: 옆집 [[Yui|PER]] ([[Kobayashi Yui|PER]]) [[010-2293-4418|TEL]]\n수강료: 관리비 합산 부과",
    "Hi [[Min|PER]],\n\nGreat meeting you at the Busan meetup. As promised, here are my details:\n[[Takeshi Ogawa|PER]] ([[小川武|PER]])\nLINE: t.ogawa_88   KakaoTalk ID: ogawa88\nMobile: [[+81 80 4421 9037|TEL]] / Korea: [[010-3327-9904|TEL]]\n\nLet's grab coffee next time I'm in Seoul.\n[[Takeshi|PER]]",
    "교회 수련회 참가 신청 (청년부)\n성명: [[나하늘|PER]]\n생년월일: 2001.10.09\n주민등록번호: [[011009-4208473|RRN]]\n연락처: [[010-2291-8820|TEL]]\n보호자/비상연락처: [[나성국|PER]] (부) [[010-4428-3371|TEL]]\n회비 입금: 국민 [[482301-01-902817|ACC]] (청년부 회계 [[곽은빈|PER]])",
    "택배 분실 보상 신청 (우체국)\n발송인: [[배미소|PER]]  [[010-2839-4412|TEL]]\n수취인: [[Jacob Hernandez|PER]]  [[+1 (646) 555-0193|TEL]]  New York, NY 10001\n등기번호 EE123456789KR (EMS)   내용물: 한복 1벌 (신고가액 USD 250)\n보상금 수령 계좌: 우체국 [[600512-01-293847|ACC]]",
    "헬스장 PT 회원 카드\n회원명: [[공태민|PER]]   성별: 남   생년월일: 1995.06.11\n연락처: [[010.2291.4470|TEL]]\n담당 트레이너: [[라준호|PER]] ([[010-7730-2218|TEL]])\n결제: 30회 1,650,000원 (카드 [[4364 0722 9710 2825|CARD]])\n특이사항: 허리 디스크 이력",
    "[진료 예약 문자 회신]\n네 [[윤해나|PER]]입니다. 6/21 오후 3시 예약 확인했습니다. 혹시 변경되면 이 번호 말고 남편 번호 [[010-2238-4419|TEL]] ([[고승훈|PER]])로 연락 부탁드려요.",
    "Subject: Fwd: 인턴 추천서\n\n---------- Forwarded message ---------\nFrom: Prof. [[Michael Chen|PER]] <[[mchen@univ.test|MAIL]]>\nDate: Thu, 11 Jul 2024 at 18:02\nTo: [[김서아|PER]] <[[seoa.kim@example.com|MAIL]]>\n\n[[Seoa|PER]], please find my recommendation letter attached. Good luck with the internship.\n[[Michael|PER]]\n\n[[서아|PER]] 선배, 이거 보고 참고하세요! — [[하도경|PER]]",
    "당근 채팅 | 자전거 판매\n바람돌이: 혹시 오늘 저녁에 거래 가능하세요?\n나: 네 7시 괜찮아요\n바람돌이: 제가 폰 배터리가 없어서요 ㅠ 와이프 번호 드릴게요 [[010-2238-9901|TEL]] 이름은 [[강미소|PER]]예요\n나: 넵 미소 짓는 얼굴로 뵐게요 ㅎㅎ [[미소|PER]]님께 연락드릴게요",
    "○○대학교 기숙사 룸메이트 배정표\n호실 | 학번 | 성명 | 연락처\n301 | 20241187 | [[Ahmed Karim|PER]] | [[010-4429-0093|TEL]]\n301 | 20241203 | [[은준서|PER]] | [[010-2283-7741|TEL]]\n302 | 20241211 | [[Wu Hao|PER]] ([[吴昊|PER]]) | [[+86 159 2093 4471|TEL]]\n302 | 20241225 | [[표지환|PER]] | [[010 9920 4418|TEL]]",
    "가상서버 신청서 (연구실)\n신청자: [[최하람|PER]] (박사과정)   지도교수: [[문성준|PER]] 교수\n연락처: [[010-4418-2297|TEL]]   이메일: [[haram.choi@lab.example.org|MAIL]]\n할당 IP: [[192.0.2.37|IP]] (외부), [[10.1.7.22|IP]] (내부)\nOS: Ubuntu 22.04.4 LTS / 커널 5.15.0.105",
]
# --- Passports: travel agencies, mission trips, official travel --------------------------------
POSITIVES += [
    "여권 재발급 신청 내역 확인\n신청인: [[진서하|PER]] ([[JIN SEOHA|PER]])\n구 여권번호: [[M92047351|PASS]] (2025.03 만료)\n신 여권번호: [[M318E2049|PASS]]\n수령 예정일: 2024-07-22 (○○구청 민원여권과)\n알림 연락처: [[010-2203-7719|TEL]]",
    "[해외 단기선교 참가자 명단] 캄보디아 프놈펜, 2024.08.05~08.12\n1. [[우성진|PER]] (팀장) / [[m71203948|PASS]] / [[010-4419-2207|TEL]]\n2. [[Grace 조|PER]] ([[조은혜|PER]]) / [[M620K1193|PASS]] / [[010-2281-0457|TEL]]\n3. [[도하민|PER]] / [[s20394817|PASS]] / 보호자 [[도경철|PER]] [[010-9930-2281|TEL]]\n항공: 인천-프놈펜 KE689 / 숙소: 현지 선교센터",
    "From: 하나로여행사 비자팀 <[[visa@hanaro-travel.example|MAIL]]>\nTo: [[yejin.ma@example.com|MAIL]]\nSubject: 중국 비자 신청 서류 확인 요청\n\n[[마예진|PER]] 고객님, 제출하신 여권 사본의 번호가 신청서([[m48217736|PASS]])와 다릅니다. 여권 사본상 번호는 [[M48217763|PASS]]으로 확인됩니다. 확인 후 회신 부탁드립니다.\n비자팀 [[오가은|PER]] 드림 ([[02-733-2291|TEL]])",
    "공무국외출장 계획서 (제출용)\n출장자: ○○시청 기획예산과 주무관 [[강민혁|PER]]   관용여권 [[G30491827|PASS]]\n출장자: 동 과 주무관 [[서윤아|PER]]   관용여권 [[G48210937|PASS]]\n출장지: 독일 프라이부르크 (친환경 도시 정책 벤치마킹)   기간: 2024.10.14~10.20\n비상연락: [[강민혁|PER]] [[010-7720-3318|TEL]]",
    "[여행자 보험 단체 가입 명단] 대학 동아리 해외 봉사\n이름,영문,여권번호,생년월일\n[[봉가람|PER]],[[BONG GARAM|PER]],[[M583A2193|PASS]],2003-02-11\n[[Lina Sato|PER]],[[SATO LINA|PER]],[[TS4401928|PASS]],2002-09-30\n[[은지호|PER]],[[EUN JIHO|PER]],[[M29381047|PASS]],2004-05-17\n대표 연락처: [[010-3382-0047|TEL]]",
    "Emergency travel document request – Embassy of the Philippines, Seoul\nApplicant: [[Villanueva|PER]], [[Marites|PER]] ([[Tess|PER]])\nLost passport No.: [[P0928374B|PASS]]\nAlien Registration No.: [[550120-6376778|FRN]]\nContact: [[010-6620-1193|TEL]], [[tess.villanueva@example.com|MAIL]]",
]
# --- Hard negatives across genres --------------------------------------------------------------
NEGATIVES += [
    # public figures: entertainment, sport, history, religion, fiction, credits
    "아이유(IU)가 9월 서울월드컵경기장에서 단독 콘서트를 연다. 예매는 6월 20일 오후 8시 멜론티켓에서 시작되며 좌석은 VIP석 165,000원, R석 154,000원이다. 예매 문의 1544-1555.",
    '방탄소년단(BTS) 정국의 솔로 앨범 타이틀곡이 빌보드 핫100 1위에 올랐다. 지민, 뷔, RM 등 멤버들도 SNS로 축하 메시지를 남겼다. 소속사 하이브 측은 "월드투어 일정은 추후 공지하겠다"고 밝혔다.',
    "세종대왕은 1443년 훈민정음을 창제하고 1446년 반포했다. 이순신 장군은 1597년 명량 해전에서 13척의 배로 133척의 왜선을 물리쳤다. 유관순 열사는 1919년 아우내 장터 만세 운동을 이끌었다.",
    "『홍길동전』은 허균이 지은 것으로 전해지는 한글 소설이다. 『춘향전』에서 성춘향과 이몽룡은 신분의 벽을 넘어 사랑을 이룬다. 『심청전』의 심청은 아버지 심학규의 눈을 뜨게 하려고 인당수에 몸을 던진다.",
    "Harry Potter와 Hermione Granger, Ron Weasley는 호그와트에서 볼드모트에 맞선다. 셜록 홈즈와 왓슨 박사는 베이커가 221B에 산다. 아기공룡 둘리와 뽀로로, 짱구는 한국 어린이들이 가장 좋아하는 캐릭터로 꼽혔다.",
    '[서울=연합뉴스] 박성진 기자 = 한국은행이 기준금리를 연 3.50%로 동결했다. 이창용 총재는 기자간담회에서 "물가 상승률이 목표 수준인 2%에 수렴할 때까지 긴축 기조를 유지하겠다"고 말했다.\n(끝)',
    "『채식주의자』 한강 지음 | 창비 | 2007\n『소년이 온다』 한강 지음 | 창비 | 2014 — 2024년 노벨문학상 수상 작가. 영어판 번역: Deborah Smith. 표지 일러스트: 디자인 스튜디오 ○○.",
    "Acknowledgements: We thank the authors of PyTorch, Hugging Face Transformers and scikit-learn. This work builds on BERT (Devlin et al., 2019) and KoBERT (SKT Brain). Dataset: AI Hub 한국어 대화 데이터셋 (과학기술정보통신부, 한국지능정보사회진흥원).",
    "The Linux kernel is maintained by Linus Torvalds and Greg Kroah-Hartman; Git was originally written by Linus Torvalds in 2005. Python was created by Guido van Rossum. See the CREDITS file for the full list of contributors.",
    "다윗은 골리앗을 물맷돌로 쓰러뜨렸고, 솔로몬은 지혜의 왕으로 불린다. 원효대사는 해골물을 마시고 깨달음을 얻었다는 일화로 유명하며, 의상대사는 부석사를 창건했다.",
    # placeholders and templates
    "[회원가입 양식]\n이름: (이름을 입력하세요)\n휴대폰: 010-0000-0000 형식으로 입력\n이메일: ________@________\n예) 홍길동 / 010-1234-5678 / 서울시 ○○구 ○○로 00",
    "Dear {{first_name}},\nThank you for registering for {{event_name}}. Your ticket number is {{ticket_id}}. If you have questions, reply to this e-mail.\nBest regards,\nThe Events Team",
    "User story: As John Doe, a registered customer, I want to reset my password so that I can log in again. Acceptance: Jane Doe (admin) can see the reset request in the dashboard.",
    "김OO 고객님, 신청하신 서비스가 정상 처리되었습니다. 처리일시 2024-06-14 15:20 / 처리번호 SR-20240614-0081. 본 메시지는 발신전용입니다.",
    "○○○ 님의 생일을 축하합니다! 🎂 생일 쿠폰(BDAY-2024-7781)이 발급되었습니다. 유효기간: 발급일로부터 30일.",
    # masked values
    "본인확인 결과\n성명: 박*영\n주민등록번호: 920101-2******\n휴대폰: 010-98**-**21\n이메일: ji****@example.com\n계좌: 국민 ******-**-***482 (마스킹 처리됨)",
    "[출금 알림] 신한 110-***-***712 출금 54,000원 (잔액 1,203,440원) 06/14 13:22 결제처: 쿠팡",
    "카드 이용 내역: 9410-****-****-2566 / 승인 06.14 12:31 / 15,800원 / 스타벅스 ○○점 / 누적 842,300원",
    # service numbers, short codes, public institutions
    "주요 상담 전화: 국민건강보험공단 1577-1000, 국민연금공단 1355, 정부민원안내콜센터 110, 서울 다산콜센터 120, 관광통역안내 1330, 법률구조공단 132. 스팸 신고는 118.",
    "(광고) ○○몰 여름 세일 최대 70%! 쿠폰코드 SUMMER70 입력 시 추가 10% 할인. 고객센터 1600-1234 / 무료수신거부 080-500-4433",
    "[KT] 데이터 사용량 알림: 이번 달 제공량의 80%를 사용했습니다. 잔여 데이터 확인은 *114 또는 고객센터 114. 데이터 추가는 #7788 로 신청하세요.",
    "○○구청 민원여권과 안내: 여권 발급은 평일 09:00~18:00, 목요일은 20:00까지 연장 운영합니다. 문의 02-2600-6290 (구청 대표번호로 자동 연결). 외교부 영사콜센터 02-3210-0404.",
    # codes with digit runs
    "주문 내역\n주문번호: 20240614-0012839471\n상품코드(SKU): 8809123456789 / OPT-BLK-270\n운송장: 3928-4471-2093 (CJ대한통운)\n결제 승인번호: 30192847 / 영수증 번호 R-2024-0614-000917",
    "예매 확인\n예매번호: T2406-1128-0093\n공연: 뮤지컬 〈레미제라블〉 / 2024.07.13(토) 19:00 / 블루스퀘어 신한카드홀\n좌석: 1층 B구역 7열 12번\n티켓 문의: 인터파크 티켓 1544-1555",
    "E-TICKET RECEIPT\nBooking reference: 5XK2QB\nTicket number: 180-2401234567\nFlight: KE 081 ICN-JFK 20JUN24 10:00 Economy (Y)\nFare basis: YLEVZKR   Baggage: 2PC\nIssued by: KOREAN AIR ONLINE",
    "인보이스 번호 INV-2024-000813 / 발행일 2024-06-01 / 결제 기한 2024-06-30\n품목: 클라우드 서버 이용료 (인스턴스 ID i-0a1b2c3d4e5f67890) 1,220,400원\n바코드 8801043012345 / 쿠폰 WELCOME-3000",
    "택배 운송장 일괄 조회 결과: 6843-2910-5528 (배송완료), 5087-2231-9904 (배송중), 3642-0091-2873 (집하), 6012-8837-4102 (반송). 조회 일시 2024-06-15 09:00.",
    # versions and build strings shaped like IP addresses
    "Changelog\n- 1.10.2.3: 메모리 누수 수정\n- 2.0.0.1: 다크 모드 추가\n- 펌웨어 3.4.255.1 (2024-05-02)\n- SNMP OID 1.3.6.1.2.1.1.3 지원\n- 최소 지원 버전: Android 8.0.0, iOS 15.4.1",
    "KS X ISO/IEC 27001 부속서 A.8.2.3 항목과 8.1.2.4 조항을 참고하라. 보고서 4.2.1.3절의 표 3에 따르면 응답률은 68.4%였다.",
    # dates, times and statistics
    "통계청에 따르면 2023년 합계출산율은 0.72명으로 역대 최저를 기록했다. 출생아 수는 23만 명으로 전년 대비 7.7% 감소했다. 2024년 1분기 출산율은 0.76명이었다. (발표 2024.02.28 12:00)",
    "서울 아침 최저기온 24.3도, 낮 최고기온 33.1도. 미세먼지 농도 '보통'(38㎍/㎥). 일출 05:11, 일몰 19:56. 강수 확률 20%.",
    # RRN-shaped numbers with impossible dates
    "테스트 데이터 (유효성 검사 실패 예시): 991332-1234568, 870230-2123450, 851045-1345679 → 모두 '존재하지 않는 날짜' 오류가 나야 합니다.",
    "입력 오류 로그: rrn=920431-2876542 invalid_date / rrn=761300-1654328 invalid_month / rrn=050229-4234562 not_leap_year / rrn=000000-3000009 all_zero",
    # team and role names
    "안녕하세요, 운영팀입니다. 6월 정기 점검 결과 보고드립니다. 담당자: 시설관리팀 / 승인: 관리자 / 문의: 고객센터. 다음 점검은 7월 셋째 주 예정입니다.",
    "[공지] 고객센터 상담 시간 변경 안내 — 평일 09:00~18:00, 점심시간 12:00~13:00. 채팅 상담은 24시간 운영됩니다. - 고객지원팀 드림",
    # common words that are also given names
    "오늘은 하늘이 유난히 맑았다. 오랜 노력 끝에 보람을 느꼈고, 아이들의 미소를 보니 마음이 한결 가벼워졌다. 다솜은 '사랑'의 옛말이라고 한다. 나라를 위한 작은 소망을 적어 본다.",
    "코스피 지수는 전 거래일보다 1.2% 오른 2,780.45에 마감했다. 코스닥 지수는 0.4% 내린 862.11을 기록했다. 소비자물가지수는 전년 동월 대비 2.7% 상승했다.",
    "행복한 나라를 만들고 싶다는 소망. 하늘 높이 날아라. 보람찬 하루 일을 끝마치고서. 미소 천사 캠페인에 참여하세요.",
    # first names in running prose, no contact values
    "주말에 대학 친구들을 만났다. 민지는 곧 결혼한다고 했고, 서연이는 회사를 옮겼다고 했다. 준호는 여전히 말이 많았다. 다음엔 다 같이 제주도에 가자고 약속했다.",
    "할머니 댁에 가면 사촌 동생 도윤이와 하린이가 늘 마당에서 뛰어논다. 올해 추석에도 할머니가 송편을 잔뜩 빚어 주셨다.",
    "우리 팀 막내 지훈 씨가 이번 분기 최우수 사원으로 뽑혔다. 팀장님이 회식 자리에서 지훈 씨의 노력을 칭찬했고, 다들 박수를 쳤다.",
    # hotel and log lines without personal values
    "[호텔 안내] 조식: 06:30~10:00 (2층 라운지), 체크아웃 11:00. 예약번호 HDS-240815-0093 고객님의 레이트 체크아웃 요청은 프런트(객실 내선 0번)로 문의해 주세요. 와이파이 비밀번호: ocean2024",
    '{"ts":"2024-06-12T10:21:44+09:00","event":"login","user_id":"u_18293","user":"(redacted)","ip":"(redacted)","app_ver":"4.12.0.1","region":"KR","latency_ms":182}',
    # chats with nicknames only, no names or contact values
    "[엄마] [오후 6:02] 저녁 먹고 와?\n[나] [오후 6:10] 응 먹고 갈게\n[엄마] [오후 6:11] 우산 챙겨 비 온대\n[아빠] [오후 6:15] 역 앞으로 데리러 갈까?\n[나] [오후 6:16] 괜찮아 ㅎㅎ",
]


def records() -> list[dict]:
    return holdout_rows(POSITIVES, NEGATIVES, PREFIX)


def main() -> None:
    write_holdout(records(), OUT, STRUCTURED_MINIMUMS)


if __name__ == "__main__":
    main()
