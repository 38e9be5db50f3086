# ruff: noqa: E501
"""Hold-out 23: a blind, hand-marked Korean PII set (``h23-ko``).

How it was written. Every record below was typed by hand, blind to the detectors: the only
project files read while writing it were ``curate/evals/marked.py`` (the ``[[value|LABEL]]``
mark syntax, ``SHORT_LABELS``, ``holdout_rows``, ``write_holdout`` and
``STRUCTURED_MINIMUMS``), the docstring, ``main()``/``records()`` layout and first records of
``curate/evals/pii_holdout22.py`` (to copy the file format and to pick genres other than
its own), and ``tests/curate/evals/test_marked.py`` (to add this set to the hold-outs it
checks). No recognizer, filter, other test, pipeline, benchmark, README or other eval set or
data file was opened, and no scrubber, ``curate`` or scoring command was run on this text.
Check digits (RRN/FRN, BRN, Luhn) were computed with throwaway scripts outside the
repository and pasted in as literals.

Genres. 약국 처방전·복약 안내 and 건강검진 결과 통보; 내용증명, 지급명령 신청서 and 고소장
between private parties; 예비군·민방위 통지; 학원·과외 수강 등록; 헬스장·필라테스 회원 카드;
펜션·게스트하우스 호스트 채팅; 중고차 매매 계약서; 휴대폰 개통·번호이동 신청서 and 통신요금
자동이체(CMS) 신청; 급여명세서, 원천징수영수증 and 4대보험 취득신고; 기부금 영수증, 장학금 and
봉사활동 확인서; 위임장 and 인감증명 발급 신청; 전입신고·확정일자; 사증(비자) 발급 신청 and
체류기간 연장 (외국인등록번호 and passports of many nationalities, names in capitals,
nationality columns, lists where only the first row labels its number); 유학생 기숙사 명단;
프리랜서 용역계약서; 결혼정보회사 프로필; 단체 여행 명단; GitHub issues and Slack/Discord
JSON exports with pasted logs; e-mail headers (``Received: from ... [IP]``); nginx, Apache,
sshd and VPN logs (IPv4 and IPv6); CSV/SQL/YAML dumps; 카카오 알림톡 and KakaoTalk group
chats; SMS phishing warnings quoting numbers; news-style prose with look-alike numbers.

Spellings vary as Korean text does: RRN/FRN with hyphen, space, dot, en dash, non-breaking
hyphen or nothing, and full-width digits; phones as 010-1234-5678, 010 1234 5678,
01012345678, 010-12345678, 010.1234.5678, +82 10-..., +82-10-..., +8210..., (02) 123-4567,
area codes, 070, 050x 안심번호 and foreign numbers; bank accounts of many banks and
cooperatives in their printed groupings; cards with spaces or dashes; passports upper or
lower case; driver's licences with or without region names; names in Hangul, Latin
(KIM MINSU, Kim Min-su, Minsu Kim), PNR ``KIM/MINSU`` and MRZ ``KIM<<MINSU`` forms, given
names alone and nicknames.

Hard negatives (the ``-nNNN`` records, and unmarked look-alikes inside positives): public
figures (politicians, athletes, entertainers, CEOs), historical persons, fictional
characters, credited authors and translators, template placeholders (홍길동, 김OO, {name},
010-0000-0000, 000000-0000000), masked values (010-****-1234, 880101-1******), nationwide
service numbers (1588-, 1544-, 1577-, 1600-, 1661-, 1899-, 1330, 120, 112, 119, 114, 1345,
1355), 080 numbers, public institutions' published representative and department numbers,
order ids, SKUs, tracking, invoice and approval numbers, coupon and serial codes, IMEI,
hashes, version strings and IP-shaped versions or OIDs, dates, times, statistics, amounts and
phone-like statistics, RRN-shaped numbers with impossible dates (Feb 30, Apr 31, Feb 29 of a
non-leap year, month 13), context words across a full stop or past another label (주문번호,
상품코드, 참조번호, 코드), labels written after the number, team and role senders (운영팀,
고객센터, 관리자), Korean words that are also given names (하늘, 보람, 미소, 지수, 한결, 다솜,
나라, 소망, 은하, 새봄, 가람, 슬기), and digit runs inside longer alphanumeric tokens.

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
Chat, log and social handles of private persons (Slack/Discord names, login names,
Instagram handles, KakaoTalk nicknames) count as nicknames and are PERSON; shop and company
names (소담베이커리, 한결커피) are not. A Message-ID is not an e-mail address; an e-mail
used as a VPN identity is. A CIDR suffix (``/32``) is left outside the IP span, as a port is.

Validity. All values are fictional: RRNs have real calendar dates consistent with their
7th digit (1/2 for the 1900s, 3/4 for the 2000s) and the RRN check digit; FRNs have 7th
digit 5-8 (5/6 for the 1900s, 7/8 for the 2000s) and the FRN check digit
((13 - sum % 11) % 10); cards are Luhn-valid with real issuer prefixes (Visa, Mastercard,
Amex, JCB, Diners, domestic 94xx); BRNs have valid check digits; IPs sit in documentation
(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), private, shared
(100.64.0.0/10) or unique-local (fd00::/8) ranges; +1 numbers are 555-01xx and UK mobiles
07700 900xxx; Korean passports are M/S/R + 8 digits or M + 3 digits + letter + 4 digits;
driver's licences are region code (11-28) or region name, 2-digit year, 6 digits and 2
digits. Private persons' names and mail accounts are invented; public figures are real.
A literal ``[`` directly before a mark is written as ``⁅`` and restored by ``records()``
(the mark syntax cannot follow ``[`` itself).

Regenerate: ``.venv/bin/python -m curate.evals.pii_holdout23``
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.marked import STRUCTURED_MINIMUMS, holdout_rows, write_holdout

OUT = Path(__file__).resolve().parent / "data" / "pii_holdout23_ko.jsonl"
PREFIX = "h23-ko"
_OPEN = "\u2045"  # stands for a literal "[" written directly before a mark

POSITIVES: list[str] = []
NEGATIVES: list[str] = []

# 약국 처방전·복약 안내, 건강검진 결과 통보
POSITIVES += [
    "처방전 (약국 보관용)\n환자 성명: [[구태민|PER]]  주민등록번호: [[920722-1049400|RRN]]\n요양기관: 한빛내과의원 (사업자 [[563-32-20681|BRN]]) 전화 [[031-704-2218|TEL]]\n처방의약품: 아목시실린 500mg 1일 3회 5일분 / 처방전 교부번호 20270311-00417\n조제약사: [[배윤슬|PER]]",
    "[새봄약국 복약안내] [[임채린|PER]]님, 오늘 조제한 약은 식후 30분에 드세요. 졸음이 올 수 있으니 운전은 피하시고, 궁금한 점은 약국 [[02-2654-0917|TEL]] 또는 담당 약사 [[010-3372-8149|TEL]]로 문의하세요. 의약품 부작용 신고는 1644-6223.",
    "조제내역서\n성명 [[NGUYEN THI LAN|PER]] / 외국인등록번호 [[850507-5474213|FRN]]\n보험: 건강보험 / 본인부담금 4,300원\n결제 [[4185 1422 6836 9773|CARD]] 승인 71830294\n약국 연락처 [[(051) 806-4471|TEL]]",
    "처방전 재발급 요청합니다. 환자 [[하도영|PER]] (생년월일 1967.12.03), 주민번호 [[671203.1120890|RRN]], 연락처 [[010.4428.1903|TEL]]. 팩스 대신 [[doyoung.ha67@hanmail.net|MAIL]] 로 보내주세요.",
    "[복약 알림톡] 보호자 [[탁미란|PER]]님, 자녀 [[권시우|PER]](2012년생)의 소아 해열제 복용 시간이 되었습니다. 체온이 38.5도 이상이면 약국으로 연락 주세요: 늘푸른약국 [[043-265-7781|TEL]]. 주민번호 [[120712-3839625|RRN]] 기준 조제 이력 3건.",
    "건강검진 결과 통보서\n수검자: [[나상철|PER]]  주민등록번호: [[770515 1359734|RRN]]\n검진일: 2027.02.17 / 검진기관: 서울365검진센터\n혈압 138/88 mmHg, 공복혈당 112 mg/dL (경계)\n재검 예약: 담당 간호사 [[신유나|PER]] [[02-3448-7190|TEL]]\n결과 수령 이메일 [[scna77@naver.com|MAIL]]",
    "국가건강검진 결과 안내 - [[여정숙|PER]] 님 (주민번호 [[700526–2020723|RRN]])\n골밀도 T-score -2.7 (골다공증 의심)\n2차 상담은 검진기관 가정의학과 [[055-283-9011|TEL]]로 예약하세요.\n※ 공단 고객센터 1577-1000",
    "[검진센터] [[Tran Minh Duc|PER]]님 2027.03.02 검진 결과지를 등록 주소로 발송했습니다. 외국인등록번호 [[100920-7036854|FRN]]으로 조회 가능하며, 통역 상담은 코디네이터 [[Phạm Thu Hà|PER]] [[010-5528-3307|TEL]] (베트남어)로 연락 주세요.",
    "특수건강진단 개인표\n사업장: (주)동성정밀 사업자등록번호 [[153 06 89223|BRN]]\n근로자: [[피정훈|PER]] / [[830602-1125304|RRN]]\n소음 노출 부서: 프레스 2라인 / 청력 4kHz 35dB\n담당 보건관리자 [[염수아|PER]] 직통 [[031-8041-2276|TEL]]",
    "검진 예약 변경 부탁드려요. 이름 [[지수연|PER]], 연락처 [[01064219830|TEL]], 원래 3/20 오전 8시 → 3/27 같은 시간으로요. 대장내시경 포함입니다. 보호자 [[지성호|PER]] [[010-2207-4416|TEL]]",
    "약국 외상장부 (3월)\n[[강말녀|PER]] 할머니 12,400원 - 아드님 [[강대수|PER]]께 연락 [[010 3394 2871|TEL]]\n[[윤덕배|PER]] 어르신 6,200원 - 입금 약속, 새마을금고 [[9002-1931-4478-2|ACC]]로 받기로\n[[오순이|PER]] 3,000원 - 완료",
]

# 내용증명, 지급명령 신청서, 고소장 (당사자 개인)
POSITIVES += [
    "내용증명\n수신인: [[어승현|PER]] (주민등록번호 [[890819-1393373|RRN]])\n주소: 경기도 안양시 동안구 평촌대로 211, 1203동 804호\n발신인: [[모지혜|PER]] (연락처 [[010-8831-0275|TEL]])\n제목: 대여금 반환 청구\n발신인은 수신인에게 2025. 6. 10. 금 삼천만원을 변제기 2026. 6. 10.로 정하여 대여하였으나 현재까지 변제받지 못하였습니다. 본 서면 수령 후 14일 이내에 발신인 명의 기업은행 [[224-118273-01-015|ACC]]로 지급하여 주시기 바랍니다.",
    "지급명령 신청서\n채권자 [[변상우|PER]] ([[680516-1342577|RRN]]) 서울 관악구 봉천로 47 / 전화 [[02-877-3014|TEL]]\n채무자 [[한지석|PER]] ([[730908-1827268|RRN]]) 인천 부평구 부평대로 99\n청구취지: 채무자는 채권자에게 금 8,400,000원 및 이에 대한 2026. 9. 1.부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n송달료 환급계좌: 우체국 [[310029-02-447182|ACC]]",
    "고소장\n고소인: [[석다인|PER]] (주민번호 [[920211 2420215|RRN]], 연락처 [[010-5193-2284|TEL]])\n피고소인: 성명 불상 (카카오톡 닉네임 '[[행복한곰돌이|PER]]', 연락처 [[010-7718-0352|TEL]])\n고소취지: 피고소인은 2026. 12. 3. 중고 거래 명목으로 고소인으로부터 금 650,000원을 토스뱅크 [[1000-2718-5593|ACC]] (예금주 [[왕재민|PER]])로 송금받고 물건을 보내지 아니하였다.",
    "[내용증명 회신]\n수신: [[모지혜|PER]] 귀하\n발신: [[어승현|PER]] (대리인 변호사 사무실 사무장 [[곽현철|PER]] [[02-594-3310|TEL]])\n귀하의 2027. 1. 5.자 내용증명에 대하여, 채무의 존재는 인정하나 분할 변제(월 250만원)를 제안합니다.",
    "지급명령 신청 (전자소송 입력 화면 캡처)\n채권자명: [[LIU YANG|PER]] / 외국인등록번호: [[690617-5207328|FRN]] / 국적: 중국\n채권자 전화: [[010-9273-1184|TEL]]\n채무자명: [[천수혁|PER]] / 주민등록번호: [[100328-3892025|RRN]] (미성년, 법정대리인 모 [[천은옥|PER]])\n청구금액: 2,900,000원 (임금)",
    "고소장 (명예훼손)\n고소인 [[정아름|PER]] / [[801206-2938731|RRN]] / [[aream.jung@gmail.com|MAIL]]\n피고소인 인스타그램 계정 @[[soso_daily_22|PER]] (실명 [[소민경|PER]] 추정)\n피고소인은 2026. 11. 2.부터 5회에 걸쳐 고소인을 지칭하며 허위 사실을 게시하였다.\n참고: 사건 관련 캡처 14매 첨부",
    "합의서\n갑: [[맹기철|PER]] (운전면허 [[서울 11-19-302871-40|DL]])\n을: [[표진아|PER]] ([[690127-1111965|RRN]])\n갑은 을에게 치료비 및 위자료로 금 3,000,000원을 을 명의 부산은행 [[112-2049-3381-07|ACC]]로 2027. 3. 31.까지 지급한다.\n갑 연락처 [[010-2281-9047|TEL]] / 을 연락처 [[051-642-8819|TEL]]",
]

# 예비군·민방위 통지
POSITIVES += [
    "[예비군 훈련 통지] [[도현우|PER]]님(군번 15-71234567), 2027년 동원훈련 2일차가 4/15~4/16로 지정되었습니다. 연기 신청은 대대 행정관 [[김상혁|PER]] 상사 [[031-950-4417|TEL]]로 문의하세요. 예비군 통합 콜센터 1588-9090 (평일 09~18시)",
    "민방위 교육 통지서\n대원: [[장동훈|PER]] (생년월일 1989.12.06)\n교육일시: 2027.05.12 14:00 사이버교육\n민방위대장 [[서봉기|PER]] 통장 ([[010-4401-2283|TEL]])\n동 주민센터 민방위 담당 02-2133-5012",
    "예비군 연기 신청서\n성명: [[노정훈|PER]] / 주민등록번호: [[841024-1265759|RRN]]\n사유: 해외 출장 (여권번호 [[M73820164|PASS]])\n연락처: [[010-7734-0291|TEL]]",
    "[예비군 소집 안내] 5대대 2중대 소집 명단 (1/2)\n1. [[곽태성|PER]] [[010-3318-0472|TEL]]\n2. [[백경민|PER]] [[010-8842-1179|TEL]]\n3. [[여진호|PER]] [[010-5529-4413|TEL]]\n4. [[마승윤|PER]] [[016-482-3391|TEL]]\n* 중대장 연락처는 부대 대표번호(031-8048-0000)로 안내",
]

# 학원·과외 수강 등록
POSITIVES += [
    "수강 등록 카드 (수학의정석 학원)\n학생명: [[엄준서|PER]] (중2)\n학부모: [[엄태현|PER]] / [[010-2938-4417|TEL]]\n수강료 납부: 카드 [[4585-9632-6008-2478|CARD]] (3개월 할부)\n비상연락: 모 [[류혜진|PER]] [[010 7721 0938|TEL]]\n이메일 [[taehyun.um@daum.net|MAIL]]",
    "과외 선생님 구해요~ 고2 영어, 주 2회. 연락은 [[010-5517-2093|TEL]] ([[소영|PER]] 엄마)로 문자 주세요. 과외비는 월말에 케이뱅크 [[100-201-448273|ACC]]에서 이체해 드릴게요.",
    "[과외 계약서]\n교사: [[심하윤|PER]] (서울대 재학, 연락처 [[010-4472-9013|TEL]])\n학생: [[백도현|PER]] / 학부모 [[백민호|PER]]\n수업료 월 60만원, 매월 5일 교사 명의 카카오뱅크 [[3333-21-8840172|ACC]]로 입금\n교사 주민등록번호(원천징수용): [[011125-3599045|RRN]]",
    "학원 수강생 명단 (토요 특강반)\n번호,이름,학교,보호자 연락처\n1,[[주하람|PER]],명덕중,[[010-3321-8840|TEL]]\n2,[[편지우|PER]],명덕중,[[010-9927-4403|TEL]]\n3,[[Daniel Cho|PER]],국제학교,[[+1 646-555-0127|TEL]]\n4,[[은서준|PER]],신목중,[[02-2648-3391|TEL]]",
    "[수강료 환불 요청] 안녕하세요, [[서율|PER]] 엄마 [[천미경|PER]]입니다. 3월 중 이사로 퇴원하게 되어 잔여 수강료 환불 부탁드려요. 환불 계좌는 경남은행 [[207-22-0384716|ACC]] (예금주 [[천미경|PER]]) 입니다. 연락처 [[010-8834-1127|TEL]]",
    "원어민 강사 채용 서류 체크리스트 - [[SEAN O'NEILL|PER]]\n- Passport: [[PA7729184|PASS]] (Australia)\n- ARC: [[520418-5033958|FRN]]\n- Phone: [[010-2284-7719|TEL]]\n- E-2 visa issued 2027-02-14",
]

# 헬스장·필라테스 회원 카드
POSITIVES += [
    "회원 등록 카드\n성명: [[곽소희|PER]]  성별: 여  생년월일: 1995.03.19\n휴대폰: [[010-4481-2290|TEL]]\n회원권: PT 30회 + 헬스 6개월 (1,890,000원)\n결제카드: [[5101 0408 4895 2621|CARD]]\n락커 번호 117 / 회원번호 GYM-2027-00831",
    "[필라테스 알림톡] [[은하|PER]] 회원님, 내일(목) 19:30 기구 그룹 레슨 예약이 확정되었습니다. 담당 강사 [[지한결|PER]]. 취소는 수업 4시간 전까지 센터 [[031-8017-5520|TEL]]로 연락 주세요.",
    "PT 회원 관리 메모\n[[도경준|PER]] 회원 (010-****-4471 표기 요청) 본번호 [[010-6620-4471|TEL]]\n목표: 체지방 5kg 감량 / 무릎 부상 이력\n트레이너 [[안보람|PER]]",
    "헬스장 양도 계약\n양도인 [[피승민|PER]] [[010-3384-9021|TEL]] / 양수인 [[차유진|PER]] [[010-2209-7735|TEL]]\n잔여기간 4개월, 양도비 5만원은 양수인이 양도인 신협 [[131-022-478193|ACC]]로 송금\n센터 확인: 매니저 [[윤가람|PER]]",
    "Member card - Pilates Studio Nuri\nName: [[Olivia Bennett|PER]]\nPhone: [[+44 7700 900318|TEL]] / Korea [[010-7734-2280|TEL]]\nEmergency: [[James Bennett|PER]] [[+44 7700 900462|TEL]]\nCard on file: [[3753 796047 59790|CARD]] (Amex)",
]

# 펜션·게스트하우스 호스트 채팅
POSITIVES += [
    "[호스트 채팅]\n게스트: 안녕하세요 3/21 체크인 예정인 [[하지민|PER]]이에요. 늦게 도착할 것 같은데 셀프 체크인 되나요?\n호스트: 네 [[지민|PER]]님~ 도어락 비번은 당일 문자 드려요. 도착 전 [[010-3382-0417|TEL]]로 연락 주세요. 바베큐 숯은 2만원 추가입니다. - 호스트 [[봉순자|PER]]",
    "펜션 예약 확인\n예약자: [[탁성민|PER]] / [[010 2274 8813|TEL]]\n객실: 솔향기 201호 (2박) / 인원 4명\n입금계좌: 농협 [[351-0927-4418-63|ACC]] 예금주 [[권오복|PER]] (솔바람펜션)\n사업자등록번호 [[475-82-95065|BRN]]\n※ 예약번호 SB-0321-0044",
    "Guesthouse chat (Jeju)\nGuest [[Lukas Schmidt|PER]]: Hi, we land at 23:10, is late check-in ok? My number is [[+49 151 23847109|TEL]].\nHost [[Ko Eun-ji|PER]]: Sure [[Lukas|PER]]! Key box code will be sent by SMS to that number. If lost, call me [[+82 10-6627-3309|TEL]].",
    "[게스트하우스 숙박부]\n1. [[WANG LEI|PER]] / CHN / 여권 [[E83920174|PASS]] / [[+86 138 1049 2275|TEL]]\n2. [[SATO YUKI|PER]] / JPN / [[TR4471920|PASS]]\n3. [[NGUYEN THI MAI|PER]] / VNM / [[C7720193|PASS]]\n4. [[Anna Kowalski|PER]] / POL / [[EK3382917|PASS]]",
    "펜션 사장님 단톡 공지) 환불 건 처리했습니다. [[박소망|PER]]님 예약(4/2~4/3) 취소로 위약금 30% 제외 154,000원 대구은행 [[504-10-228471-3|ACC]]로 송금 완료. 문의 [[054-732-8814|TEL]]",
]

# 중고차 매매 계약서
POSITIVES += [
    "자동차 양도증명서 (양도인·양수인 직거래용)\n양도인: [[설재훈|PER]] 주민등록번호 [[640413-1719923|RRN]] 전화 [[010-9183-2274|TEL]]\n양수인: [[남기연|PER]] 주민등록번호 [[950319-2889052|RRN]] 전화 [[010-4428-3391|TEL]]\n차량: 2021년식 아반떼 CN7 / 차대번호 KMHLS41DBMU218374\n매매금액 14,500,000원 / 잔금 입금: 전북은행 [[1021-01-4418273|ACC]]",
    "중고차 성능점검 기록부 발급 안내\n매수인 [[옥정민|PER]] 님 (운전면허 [[12-18-227391-80|DL]])\n매매상사: 그린모터스 / 사업자 [[715-73-72314|BRN]] / 딜러 [[하태균|PER]] [[010-3319-7742|TEL]]\n점검번호 2027-0312-0098",
    "[직거래 문자] 쏘렌토 보고 연락드렸어요. 내일 시운전 가능할까요? 제 면허는 [[경기 19-551820-27|DL]] 이고, 이름은 [[기승훈|PER]]입니다. 번호는 [[010-8813-2047|TEL]] 이요.",
    "중고차 할부 약정서\n채무자 [[선민철|PER]] ([[510823-1330848|RRN]])\n연대보증인 [[선가온|PER]] ([[050507-3320431|RRN]]) - 만 21세\n월 납입 412,300원, 자동이체 광주은행 [[107-121-338190|ACC]]\n담당 [[계현수|PER]] 과장 직통 [[062-713-4482|TEL]]",
    "수출용 중고차 매입 명세 (바이어 측)\nBuyer: [[ABDULLAH AL-SAYED|PER]] / Jordan passport [[R029183|PASS]] / FRN [[640420-5939683|FRN]]\nTel [[+962 79 555 4418|TEL]] / Korea [[010-2291-0473|TEL]]\nSeller: [[정명수|PER]] 면허 [[인천 05-114839-21|DL]]\nVIN list: KNAPB81CBJ7410293, KMHJ381ABKU882013",
]

# 휴대폰 개통·번호이동 신청서, 통신요금 자동이체(CMS) 신청
POSITIVES += [
    "이동전화 가입신청서 (번호이동)\n가입자명: [[함영진|PER]]\n주민등록번호: [[800518-1650022|RRN]]\n이동할 번호: [[010-2738-4410|TEL]] (기존 통신사 KT)\n신분증: 운전면허증 [[부산 17-204418-63|DL]]\n개통 단말 IMEI 352099001761481 / 유심 일련번호 8982300420001234567\n판매점: 스마트폰월드 [[051-817-3392|TEL]]",
    "외국인 선불폰 개통서\nName: [[BAHADIROV JASUR|PER]]\nNationality: UZB / Passport No.: [[FA4418273|PASS]]\nARC No.: [[511027 6419883|FRN]]\n개통번호: [[010-5623-0918|TEL]]\n요금제: 선불 LTE 33 / 충전 코드 7731-2240-1189-0045",
    "통신요금 자동이체(CMS) 신청서\n고객명 [[표영숙|PER]] / 납부자 생년월일 710123\n서비스 번호: [[02-2215-4478|TEL]] (인터넷+집전화)\n출금은행: 우체국 / 계좌번호 [[104281-02-330917|ACC]] / 예금주 [[표영숙|PER]] (예금주 주민번호 [[710123-2831182|RRN]])\n※ 신청 결과는 문자로 안내됩니다.",
    "[대리점 문자] [[윤석민|PER]] 고객님, 요청하신 명의변경(양도인 [[윤석민|PER]] → 양수인 [[윤다현|PER]]) 서류 확인되었습니다. 양수인 신분증: 운전면허 [[11 23 449102 51|DL]]. 변경 후 번호 [[010-6641-2093|TEL]]은 그대로 유지됩니다. 상담원 [[박희정|PER]]",
    "CMS 출금이체 동의서\n납부자: [[육현석|PER]] / 연락처 [[010-3317-4490|TEL]]\n출금계좌: 기업은행 [[315-047213-01-018|ACC]]\n납부자 사업자번호(개인사업자): [[581-65-79664|BRN]]\n청구기관: ㈜한빛통신 / 이용기관 코드 9920417",
    "가족결합 신청서\n대표 회선: [[010-8827-1134|TEL]] ([[오정태|PER]])\n구성원 1: [[010 4490 2283|TEL]] ([[김혜란|PER]], 배우자)\n구성원 2: [[01031925507|TEL]] ([[오민준|PER]], 자)\n구성원 3: [[010-2204-5538|TEL]] ([[오서준|PER]], 자) 주민번호 [[0808233777210|RRN]]",
    "번호이동 신청 (개인 간 거래 사기 주의 안내 포함)\n고객 [[VŨ THỊ HOA|PER]] / 외국인등록번호 [[001224-8795008|FRN]] / 여권 [[C2837190|PASS]]\n신규 번호 [[010-7726-3310|TEL]] / 베트남 연락처 [[+84 91 234 5517|TEL]]\n대리점 사업자 [[696-88-06972|BRN]]",
]

# 급여명세서·원천징수영수증, 4대보험 취득신고
POSITIVES += [
    "급여명세서 (2027년 2월)\n성명: [[한도윤|PER]] / 사번 A20190331 / 부서: 생산관리팀\n지급총액 3,850,000원 / 국민연금 173,250 / 건강보험 136,490 / 소득세 92,780\n실지급액 3,318,440원 → 국민은행 [[470101-04-229183|ACC]]\n문의: 인사팀 [[최소라|PER]] 대리 [[02-6911-2274|TEL]]",
    "근로소득 원천징수영수증\n징수의무자: ㈜세진로지스 / 사업자등록번호 [[521-18-73965|BRN]] / 대표자 [[김평수|PER]]\n소득자: [[라재원|PER]] / 주민등록번호 [[830110-1774949|RRN]]\n근무기간 2026.01.01~2026.12.31 / 총급여 48,200,000원",
    "사업장가입자 자격취득 신고서 (4대보험)\n사업장: 바른식품 / 관리번호 52118739650 / 사업자 [[132-76-90366|BRN]]\n가입자 1: [[윤채원|PER]] [[920426-2131357|RRN]] 취득일 2027.03.02 월보수 2,600,000\n가입자 2: [[KHAN MOHAMMAD|PER]] [[931028-6074490|FRN]] 취득일 2027.03.02 월보수 2,300,000 (국적 BGD)\n가입자 3: [[JOSHI RAM|PER]] [[761210-6032399|FRN]] 취득일 2027.03.04 (NPL)\n담당자 [[추은비|PER]] [[031-497-8820|TEL]]",
    "[급여 이체 결과] 3월분 외국인 근로자 급여 이체 완료\n[[SOPHAL CHEA|PER]] 국민 [[940225-08-004871|ACC]] 2,410,000원\n[[SRI WAHYUNI|PER]] 하나 [[229-910447-18307|ACC]] 2,410,000원\n[[MYINT AUNG|PER]] 농협 [[302-4471-2290-81|ACC]] 2,530,000원\n담당 경리 [[유정숙|PER]] [[010-4472-3019|TEL]]",
    "프리랜서 사업소득 원천징수 내역 (3.3%)\n소득자 [[배현아|PER]] / [[851014–2698688|RRN]] / 지급액 1,500,000 / 원천세 49,500\n소득자 [[Mitchell Grant|PER]] / [[590401-6776811|FRN]] / 지급액 800,000 / 원천세 26,400\n지급처 사업자등록번호 [[620 44 37038|BRN]]",
    "4대보험 상실신고 요청 메일\nFrom: [[손예지|PER]] <[[yeji.son@barunfood.co.kr|MAIL]]>\n안녕하세요 노무사님, 퇴사자 [[마현종|PER]] (주민번호 [[761228-1906697|RRN]], 퇴사일 3/15) 상실신고 부탁드립니다. 퇴직금은 3/29에 수협 [[1012-0394-4418|ACC]]로 지급 예정입니다. 제 직통 [[02-2038-5517|TEL]]",
]

# 기부금 영수증, 장학금·봉사활동 확인서
POSITIVES += [
    "기부금 영수증 (사단법인 희망나눔)\n기부자: [[맹수빈|PER]] / 주민등록번호 [[941001\u20112718258|RRN]]\n기부 기간: 2026.01~2026.12 / 정기후원 월 30,000원 / 합계 360,000원\n출금계좌: 토스뱅크 [[1000-5529-3018|ACC]]\n단체 사업자등록번호 [[588-67-20703|BRN]] / 발급 담당 [[노하은|PER]]",
    "장학금 지급 확인서\n수혜 학생: [[송다빈|PER]] (○○대학교 경영학과 3학년)\n학번 202412887 / 장학금액 2,000,000원\n지급계좌: 우리은행 [[1002-331-784219|ACC]]\n보호자: [[송기현|PER]] [[010-7720-3381|TEL]]\n장학재단 담당 [[민예린|PER]] 직통 [[02-741-2290|TEL]]",
    "봉사활동 확인서\n성명: [[주서진|PER]] / 생년월일 2006.06.23 / 주민번호 [[060623-3983105|RRN]]\n활동기간: 2026.07.01~2026.08.31 (총 40시간)\n활동처: 늘사랑요양원 / 담당자 [[조미향|PER]] 사회복지사 [[032-571-8824|TEL]]\n※ 1365 자원봉사포털 실적 연계",
    "[후원 문의 답장] [[Laura Nguyen|PER]]님, 해외 후원 신용카드 [[4403 8385 6446 9342|CARD]] 정기결제가 등록되었습니다. 영수증은 [[laura.ng.donate@outlook.com|MAIL]]로 발송됩니다. 담당 간사 [[표수아|PER]]",
    "기부금 영수증 발급 신청\n신청인(기부자) [[전원석|PER]] ([[570109-1090103|RRN]])\n대리 신청인 [[전하늘|PER]] (딸) [[010-3318-7726|TEL]]\n기부처 고유번호 [[167-07-35005|BRN]] (세진장학회)",
    "대학 국가근로 장학생 명단 (3월 근무분)\n[[국한결|PER]] 도서관 42h 신한 [[110-221-448172|ACC]]\n[[하지수|PER]] 학생지원팀 38h 농협 [[352-1127-4491-33|ACC]]\n[[LI NA|PER]] 국제교류팀 40h 하나 [[620-118273-40117|ACC]] (FRN [[950423-5939303|FRN]])\n[[범새봄|PER]] 전산실 20h 카카오뱅크 [[3333-04-1182947|ACC]]",
]

# 위임장, 인감증명 발급 신청
POSITIVES += [
    "위 임 장\n위임인(본인) 성명: [[기순남|PER]] 주민등록번호: [[540210-2478873|RRN]] 전화: [[063-852-4401|TEL]]\n수임인(대리인) 성명: [[기영호|PER]] 주민등록번호: [[730815-1150210|RRN]] 전화: [[010-2281-5530|TEL]] (관계: 자)\n위임 내용: 인감증명서 발급 (부동산 매도용, 매수자 [[변정미|PER]] [[880802-2299685|RRN]])",
    "인감증명서 발급 신청서 (대리발급)\n신청인: [[표상진|PER]] / 신분증: 운전면허 [[전북 12-483910-55|DL]]\n위임인: [[표만수|PER]] (부) / 주민등록번호 [[531231-1492716|RRN]]\n발급 용도: 금융기관 제출",
    "위임장 (자동차 등록)\n위임인: [[SHIN HYE-JIN|PER]] / 여권번호 [[M39201847|PASS]] (재외국민)\n수임인: [[조용태|PER]] / 운전면허 [[13-11-552039-82|DL]] / [[010-9024-7718|TEL]]\n위임사항: 차량 이전등록 및 번호판 교부",
    "법무사 사무실 접수 메모\n- 등기 위임인 [[류경민|PER]], 인감증명 1통(매도용), 주민번호 [[711127-1553011|RRN]]\n- 수임 법무사 사무원 [[하다솜|PER]] 연락처 [[031-8022-4493|TEL]]\n- 수수료 입금: 새마을금고 [[9003-2214-7781-6|ACC]]",
]

# 전입신고·확정일자
POSITIVES += [
    "전입신고서\n세대주: [[곽민성|PER]] / 주민등록번호 [[801012-1288046|RRN]] / 전화 [[010-4491-2273|TEL]]\n전입자 1: [[이수정|PER]] (배우자) [[830507-1976266|RRN]]\n전입자 2: [[곽도하|PER]] (자) [[120303-4806996|RRN]]\n새 주소: 대전광역시 유성구 대학로 99, 301동 1102호",
    "[확정일자 부여 안내] [[편예나|PER]]님의 임대차계약서(보증금 1억 8천만원)에 2027.03.08 확정일자가 부여되었습니다. 부여번호 2027-유성-03412. 임대인 [[허재석|PER]] 연락처 [[042-825-3317|TEL]]. 문의: 행정복지센터 민원실 (대표 042-611-2114)",
    "외국인 체류지 변경신고서\n성명: [[RAHMAN MD ABDUR|PER]]\n외국인등록번호: [[070926 7759850|FRN]]\n여권번호: [[EH0238471|PASS]]\n신 체류지: 경기도 김포시 대곶면 / 연락처 [[010-2387-4419|TEL]]\n고용주 [[엄기태|PER]] [[031-987-2204|TEL]]",
    "세대원 전입 동의서\n동의자(세대주): [[나정호|PER]] ([[510912-1386257|RRN]])\n전입자: [[도민아|PER]] ([[930212-2216473|RRN]])\n사유: 동거(하숙)",
]

# 사증(비자) 발급 신청, 체류기간 연장
POSITIVES += [
    "사증발급인정신청서 (E-9)\nSurname: [[TRAN|PER]] Given names: [[VAN LONG|PER]]\nNationality: VIET NAM / Passport No.: [[C4417290|PASS]] / Date of birth: 1998-11-04\nKorean employer: 한솔정밀 (사업자등록번호 [[345-13-16778|BRN]]), contact [[양미숙|PER]] [[041-552-3308|TEL]]",
    "체류기간 연장허가 신청서\n성명 [[BATBAYAR ERDENE|PER]] / 국적 MNG / 외국인등록번호 [[110403-8398148|FRN]]\n여권번호 [[E1928374|PASS]] / 여권 만료일 2031.05.20\n국내 주소: 서울 광진구 능동로 / 전화 [[010-2271-0384|TEL]]\n신원보증인 [[윤상필|PER]] ([[500118-1705616|RRN]]) [[010-8834-7720|TEL]]",
    "외국인 근로자 체류기간 연장 일괄 신청 명단\n연번 | 성명 | 국적 | 외국인등록번호 | 여권번호\n1 | [[SOKHA PHAN|PER]] | KHM | [[590407-6608070|FRN]] | [[N01928374|PASS]]\n2 | [[PHAN DARA|PER]] | KHM | [[830122-5088243|FRN]] | [[N01832917|PASS]]\n3 | [[THAPA BIKASH|PER]] | NPL | [[880827-6403879|FRN]] | [[10293847|PASS]]\n4 | [[GURUNG ANITA|PER]] | NPL | [[940912-5631065|FRN]] | [[09837261|PASS]]\n5 | [[AUNG KYAW|PER]] | MMR | [[840618-5018825|FRN]] | [[MD827361|PASS]]",
    "비자 신청 대행 접수증\n신청인: [[ZHANG WEI|PER]] 张伟 (여권 [[EA3827194|PASS]])\n동반 가족: [[LIU FANG|PER]] (여권 [[EB1928374|PASS]]), [[ZHANG HAOYU|PER]] (여권 [[EC0293847|PASS]])\n연락처 [[+86 139 2284 1907|TEL]] / 한국 [[010-3302-9184|TEL]]\n대행 수수료 계좌: 신한 [[140-013-558271|ACC]]",
    "F-6 결혼이민 사증 신청 초청장\n초청인: [[권도형|PER]] / 주민등록번호 [[830217-1756906|RRN]] / [[010-7723-4418|TEL]]\n피초청인: [[SANTOS MARIA CLARA|PER]] / Philippines / passport [[P3920174A|PASS]]\n피초청인 연락처 [[+63 917 552 0384|TEL]]\n※ 초청인 소득 증빙: 원천징수영수증 첨부",
    "체류자격 변경(D-2→D-10) 상담 기록\n상담일 2027-02-26 / 상담자 [[유소희|PER]] 행정사\n내담자 [[NAKAMURA KENTA|PER]] (JPN) 여권 [[TK8827193|PASS]], 외국인등록번호 [[970802-5035690|FRN]]\n연락 휴대폰 [[010-9182-3307|TEL]], 일본 [[+81 90-4417-2038|TEL]]",
    "외국인등록증 재발급 신청서\nName in full: [[OKONKWO CHINEDU EMMANUEL|PER]]\nNationality: NGA\nRegistration No.: [[650615 5409559|FRN]]\nPassport No.: [[A09283714|PASS]]\nReason: 분실 / Tel: [[010-5582-0417|TEL]] / Email: [[chinedu.okonkwo@yahoo.com|MAIL]]",
    "사증 신청서 - 동반자 목록 (번호는 첫 줄만 표기)\n여권번호 [[G29381740|PASS]] [[KUZNETSOVA ELENA|PER]]\n[[G29381752|PASS]] [[KUZNETSOV IVAN|PER]]\n[[G30128843|PASS]] [[KUZNETSOVA SOFIA|PER]]\n외국인등록번호 [[790212-5543986|FRN]] (주신청자 [[KUZNETSOVA ELENA|PER]])\n[[001008-8973073|FRN]] ([[KUZNETSOVA SOFIA|PER]])",
    "[출입국 예약 알림톡] [[Hamid Karimov|PER]]님, 3월 14일 10:20 서울남부출입국 체류민원 예약이 완료되었습니다. 외국인등록번호 [[670826-5998035|FRN]] 여권 [[fa1029384|PASS]]. 예약번호 R20270314-0772. 변경은 하이코리아 또는 1345.",
    "D-4 어학연수 사증 신청서류 체크\n학생: [[ĐỖ THỊ NGỌC|PER]] / passport [[C0928371|PASS]]\n재정보증인: [[ĐỖ VĂN NAM|PER]] (부) [[+84 90 388 1172|TEL]]\n국내 보증 기관 담당: 한국어학당 [[지은하|PER]] 코디 [[02-3408-4417|TEL]]\n잔고증명 계좌: 하나은행 [[123-910284-77207|ACC]]",
    "체류기간 연장 신청 (E-7)\n신청인 [[PATEL RAHUL|PER]] / IND / passport [[Z4817293|PASS]] / FRN [[530605-6288502|FRN]]\n고용 회사 (주)넥스트소프트 사업자 [[190-20-50418|BRN]] 대표 [[황동진|PER]]\n신청인 메일 [[rahul.patel.kr@gmail.com|MAIL]] 전화 [[010 2273 9918|TEL]]",
    "Visa application - Form 17 (excerpt)\n1.1 Family name: [[SMITH|PER]] / Given names: [[JACOB ANDREW|PER]]\n1.4 Passport no.: [[548201937|PASS]] (USA)\n1.9 Alien registration no. (if any): [[950921-6841234|FRN]]\n5.2 Phone: [[+1 312-555-0182|TEL]]\n5.3 Email: [[jacob.smith.kr@proton.me|MAIL]]",
]

# 유학생 기숙사 명단
POSITIVES += [
    "2027-1학기 국제학사 입사자 명단\nRoom,Name,Nationality,ARC,Phone\n301A,[[WANG YUTING|PER]],CHN,[[590618-6876060|FRN]],[[010-3382-7710|TEL]]\n301B,[[CHEN SIYU|PER]],CHN,[[040511-8614215|FRN]],[[010-4429-1836|TEL]]\n302A,[[NGUYEN HOANG NAM|PER]],VNM,[[010324-7659394|FRN]],[[010-7716-2290|TEL]]\n302B,[[AIGERIM SAPAROVA|PER]],KAZ,[[821207-5985840|FRN]],[[010-2234-8861|TEL]]",
    "[기숙사 사감실 공지] 302호 [[Hoang Nam|PER]] 학생, 택배가 사감실에 있습니다. 외국인등록증 지참 후 수령하세요. 사감 [[배순영|PER]] 내선 [[02-940-7721|TEL]] (직통)",
    "기숙사 비상연락망 (B동 4층)\n[[Tanaka Mio|PER]] [[+81 80-3391-4427|TEL]] / 부모 [[Tanaka Hiroshi|PER]] [[+81 3-5521-0983|TEL]]\n[[Aziz Rahimov|PER]] [[010-2287-4410|TEL]]\n[[Kim Seo-yeon|PER]] (한국인 버디) [[010-6620-1183|TEL]]",
    "기숙사비 납부 확인 요청\nFrom: [[NGUYEN THU TRANG|PER]] <[[thutrang.nguyen02@gmail.com|MAIL]]>\nDear dormitory office, I paid 1,350,000 KRW from my account 우리 [[1002-448-291037|ACC]] on 2/27. My ARC number is [[120715-7989018|FRN]]. Please confirm. Thank you.",
]

# 프리랜서 용역계약서
POSITIVES += [
    "프리랜서 용역계약서\n갑: 주식회사 모아디자인 (사업자등록번호 [[176-37-55870|BRN]]) 대표이사 [[심재현|PER]]\n을: [[라하린|PER]] (주민등록번호 [[960717-1273891|RRN]], 연락처 [[010-5529-8831|TEL]], [[harin.ra.design@gmail.com|MAIL]])\n용역 대금 4,400,000원 (부가세 별도), 을 명의 케이뱅크 [[100-118-229473|ACC]]로 지급",
    "용역계약 변경 합의서\n발주자: [[노승철|PER]] (개인사업자, 사업자 [[119 87 46859|BRN]])\n수급자: [[Marco Rossi|PER]] (passport [[YA8827193|PASS]], ARC [[720712-6763618|FRN]])\n변경 내용: 납기 2027.04.30 → 2027.05.31\n연락: [[010-2293-4472|TEL]] / [[+39 347 552 0918|TEL]]",
    "[외주 정산 요청] 안녕하세요 PM [[양지원|PER]]님, 3월 번역 외주(58,000단어) 정산서 보내드립니다. 세금계산서 발행 대신 사업소득 3.3% 공제 부탁드리고, 입금은 제주은행 [[700-01-338271|ACC]] ([[고은별|PER]]) 로 해주세요. 제 주민번호는 원천징수용으로 [[920913-2996781|RRN]] 입니다. - 번역가 [[고은별|PER]] [[010-3381-0923|TEL]]",
    "프리랜서 강사 위촉 계약\n위촉자: 에듀온 평생교육원 / 사업자 [[392-88-86400|BRN]]\n강사: [[이태민|PER]] / 운전면허 [[대구 15-338201-47|DL]] (신분 확인) / [[010 4417 2283|TEL]]\n강사료: 회당 250,000원, 대구은행 [[508-12-447182-1|ACC]]",
]

# 결혼정보회사 프로필
POSITIVES += [
    "[회원 프로필 - 내부용]\n회원번호 DM-27-01833 / 등급 골드\n성명 [[추민혁|PER]] (34세, 1993년생) / 직업 공기업 / 연봉 6,800만원\n연락처 [[010-7726-3318|TEL]] / 이메일 [[minhyuk.chu93@naver.com|MAIL]]\n담당 커플매니저 [[남궁소연|PER]] [[02-555-8830|TEL]]",
    "매칭 안내 문자) [[정다은|PER]] 회원님, 이번 주 소개 상대는 [[한재웅|PER]]님(35세, 연구원)입니다. 3/15(토) 14시 강남 카페에서 만남 예정이며, 당일 상대방 연락처 [[010-2284-9917|TEL]] 로 도착 알림 주세요. - 매니저 [[옥소라|PER]]",
    "결혼정보회사 가입 계약서\n회원: [[임세진|PER]] / [[671103-1796485|RRN]]\n가입비 3,300,000원 / 결제 [[5290-9322-9030-4767|CARD]] (6개월 할부)\n회원 주소 인천 남동구 / 휴대폰 [[010-6602-3371|TEL]]\n본인 확인: 운전면허 [[인천 09-227381-16|DL]]",
    "국제결혼 중개 프로필\nName: [[NGUYEN THI HONG NHUNG|PER]] / Age 26 / Ho Chi Minh City\nPassport [[C6628193|PASS]] / Phone [[+84 93 774 2190|TEL]]\n한국 측 회원 [[최광수|PER]] (주민등록번호 [[820630-1453250|RRN]])",
]

# 단체 여행 명단
POSITIVES += [
    "단체여행 참가자 명단 (다낭 3박5일)\n번호,성명(한글),영문명,여권번호,연락처\n1,[[김춘자|PER]],[[KIM CHUNJA|PER]],[[M29384710|PASS]],[[010-3381-2279|TEL]]\n2,[[이복희|PER]],[[LEE BOKHEE|PER]],[[M208B3715|PASS]],[[010-4490-3318|TEL]]\n3,[[박영수|PER]],[[PARK YOUNGSOO|PER]],[[M118A2290|PASS]],[[010-7723-0415|TEL]]\n4,[[최정자|PER]],[[CHOI JEONGJA|PER]],[[m38201947|PASS]],[[010-2209-5571|TEL]]",
    "[여행사 알림톡] [[YOON/SEOAH|PER]] MS 님 외 3명, 2027/04/18 ICN-BKK KE651 예약 확정. 예약번호 5XK29T. 여권번호 [[M40283917|PASS]] 외 3건 등록 완료. 인솔자 [[배성훈|PER]] [[010-8827-4410|TEL]]. 현지 비상연락 [[+66 81 552 0387|TEL]]",
    "Group manifest - Jeju incentive tour\nSURNAME/GIVEN, PASSPORT, NATIONALITY\n[[LIM/WEI MING|PER]], [[K2938471A|PASS]], SGP\n[[TAN/HUI LING|PER]], [[K1029384B|PASS]], SGP\n[[WONG/KAR WAI|PER]], [[H73829104|PASS]], HKG\n[[LEE/CHIA HAO|PER]], [[302938471|PASS]], TWN\nTour leader: [[Jason Lim|PER]] [[+65 9123 4471|TEL]]",
    "성지순례 참가 신청서\n성명 [[권영순|PER]] (세례명 [[마리아|PER]]) / 주민번호 [[551226-2157902|RRN]]\n여권번호 [[M553W2917|PASS]] / 여권 만료 2031.08.09\n비상 연락 (아들 [[권혁준|PER]]) [[010-5518-3320|TEL]]\n여행경비 입금: 수협 [[1010-3301-2847|ACC]]",
    "동창회 일본 여행 명단 (항공권 발권용 - 성/이름은 여권과 동일하게)\n[[SONG/MINJAE|PER]] [[M71829304|PASS]]\n[[HWANG/JIYEON|PER]] [[M290X8471|PASS]]\n[[JO/SUNGHO|PER]] [[M83017264|PASS]]\n총무 [[조성호|PER]] [[010-4413-8827|TEL]] / 회비 신협 [[132-018-447290|ACC]]",
    "가족여행 보험 가입자\n피보험자1 [[NAM HYUNWOO|PER]] / [[731223-1399894|RRN]] / passport [[S03928174|PASS]]\n피보험자2 [[SEO JIHYE|PER]] / [[771017-2836136|RRN]]\n피보험자3 [[NAM YUNA|PER]] / [[121014-4141225|RRN]]\n계약자 연락처 [[+82-10-3308-2271|TEL]]",
    "MRZ (스캔 결과)\nPMKOR[[CHOI<<DONGHYUN|PER]]<<<<<<<<<<<<<<<<<<<<<<<<<\n[[M82937461|PASS]]8KOR7409125M3203118<<<<<<<<<<<<<<06\n발급 요청자 [[최동현|PER]] / 내선 아닌 휴대폰 [[010-9920-3381|TEL]]",
]

# GitHub issues, Slack/Discord JSON exports with pasted logs
POSITIVES += [
    "### Bug: login fails behind corporate proxy\n\nReported by @[[minseo-dev|PER]] ([[Kang Min-seo|PER]], [[minseo.kang@pixelforge.kr|MAIL]])\n\n```\n2027-03-02T09:14:22Z WARN auth: upstream [[198.51.100.23|IP]]:8443 timed out\n2027-03-02T09:14:22Z INFO client=[[10.20.4.117|IP]] ua=Mozilla/5.0 app=2.14.3\n```\nRepro on v2.14.3 and v2.15.0-rc.1. Proxy is [[172.16.0.9|IP]]:3128.",
    '{"type": "message", "user": "U04KX9TQ2", "user_name": "[[Park Jiho|PER]]", "text": "@here 스테이징 DB 접속 안 되면 bastion [[203.0.113.41|IP]] 로 터널 잡으세요. 문의는 제 폰 [[010-4481-2207|TEL]]", "ts": "1772441230.004519"}',
    '{"messages": [{"author": {"id": "884201937465502211", "name": "[[haru_kim|PER]]"}, "content": "서버 IP 바뀜 → [[192.0.2.144|IP]]:25565 (마크 서버). 후원은 [[김하루|PER]] 카카오뱅크 [[3333-11-4470281|ACC]]"}, {"author": {"id": "902113344556677889", "name": "Mee6"}, "content": "GG @[[haru_kim|PER]], you just advanced to level 12!"}]}',
    "Issue #4821: Payment webhook double-charges\n\nCustomer reported duplicate charge on card [[5351-5366-2952-9113|CARD]] (from support ticket, will redact).\nLog excerpt:\n```\n[2027-02-19 22:41:07] POST /webhook/pg 200 from [[2001:db8:4a1c::17|IP]]\n[2027-02-19 22:41:08] POST /webhook/pg 200 from [[2001:db8:4a1c::17|IP]]\n```\nassignee: [[Yoo Seung-ah|PER]]",
    "[Slack #ops-alert] 2027-03-11 03:12 KST\n:rotating_light: sshd brute force from [[198.51.100.88|IP]] (1,204 attempts)\nOn-call: [[이도훈|PER]] ([[010-6628-1190|TEL]]) 확인 중\n  > blocked via ufw on bastion-02 ([[10.0.3.21|IP]])",
    '{"channel": "#hr-private", "messages": [{"user": "[[Choi Yerin|PER]]", "text": "신규 입사자 [[Daniel Okafor|PER]] 외국인등록번호 [[800115-6089386|FRN]], 급여계좌 IBK [[017-228471-01-011|ACC]] 등록 완료했습니다"}]}',
    "GitHub issue comment by [[seojin-park|PER]]:\n> Still reproducible. My env: Ubuntu 24.04, python 3.12.4, driver 550.54.15\n> VPN gives me [[100.64.12.7|IP]]; the API server resolves to [[fd00:1234:5678::20|IP]].\n> Contact me at [[seojin.park@mailbox.org|MAIL]] if you need a pcap.",
]

# 메일 헤더 (Received: from ... [IP])
POSITIVES += [
    'Received: from mail-out.hanbit-clinic.kr (mail-out.hanbit-clinic.kr ⁅[[203.0.113.77|IP]]])\n\tby mx.example.kr with ESMTPS id 4Xk9Tq2sLmz1\n\tfor <[[jiwon.baek@example.kr|MAIL]]>; Tue, 9 Mar 2027 10:22:41 +0900\nFrom: "한빛내과 원무과 [[조미정|PER]]" <[[mj.cho@hanbit-clinic.kr|MAIL]]>\nTo: [[백지원|PER]] <[[jiwon.baek@example.kr|MAIL]]>\nSubject: 건강검진 결과지 재발송',
    "Received: from [[192.168.35.12|IP]] (unknown ⁅[[198.51.100.201|IP]]])\n\tby smtp.worksmail.kr (Postfix) with ESMTPSA id 7C1A2B3\nFrom: [[Nam Gyu-ri|PER]] <[[gyuri.nam@freelance.kr|MAIL]]>\nReply-To: [[gyuri.nam.work@gmail.com|MAIL]]\nX-Originating-IP: ⁅[[198.51.100.201|IP]]]\nMessage-ID: <20270304101122.4471@worksmail.kr>",
    "Received: from mx2.partner.co.kr ([[2001:db8:20::25|IP]]) by relay.example.com\nFrom: [[Jung Hae-won|PER]] <[[haewon.jung@partner.co.kr|MAIL]]>\nSubject: [견적] 서버 이전\n\n[[정해원|PER]]입니다. 견적서 첨부합니다. 문의 [[02-6954-1183|TEL]] / 사업자 [[229-36-80322|BRN]]",
]

# nginx, Apache, sshd, VPN 로그
POSITIVES += [
    '[[203.0.113.9|IP]] - - [11/Mar/2027:14:02:11 +0900] "GET /api/v1/orders?customer=[[lee.sooah@gmail.com|MAIL]] HTTP/1.1" 200 5123 "-" "okhttp/4.12.0"\n[[203.0.113.9|IP]] - - [11/Mar/2027:14:02:12 +0900] "POST /api/v1/pay HTTP/1.1" 201 88 "-" "okhttp/4.12.0"',
    "Mar 11 02:14:55 bastion sshd[22817]: Failed password for invalid user admin from [[198.51.100.140|IP]] port 52214 ssh2\nMar 11 02:14:58 bastion sshd[22817]: Failed password for root from [[198.51.100.140|IP]] port 52231 ssh2\nMar 11 02:15:03 bastion sshd[22831]: Accepted publickey for [[jhkim|PER]] from [[10.8.0.14|IP]] port 40112 ssh2: ED25519 SHA256:Qm9vZ2xlRG9jcw",
    "2027-03-10 18:44:02 openvpn[1194]: [[choi.dongwook|PER]]/[[203.0.113.200|IP]]:51820 MULTI_sva: pool returned IPv4=[[10.8.0.22|IP]], IPv6=[[fd42:42:42::22|IP]]\n2027-03-10 18:44:02 openvpn[1194]: [[choi.dongwook|PER]]/[[203.0.113.200|IP]]:51820 peer info: IV_VER=2.6.8",
    '[[2001:db8:85a3::8a2e:370:7334|IP]] - - [12/Mar/2027:09:01:44 +0900] "GET /member/profile?id=77120 HTTP/2.0" 200 2290\n[[192.0.2.55|IP]] - - [12/Mar/2027:09:01:45 +0900] "GET /healthz HTTP/1.1" 200 2 "kube-probe/1.29"',
    "error.log: [Wed Mar 10 21:33:10.442 2027] [php:error] [pid 4471] [client [[198.51.100.63|IP]]:44120] PHP Fatal error: Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused (host [[172.20.0.5|IP]]) in /var/www/shop/db.php:41",
    "WireGuard peers\n[Peer] # [[윤세라|PER]] 노트북 ([[010-2281-9043|TEL]])\nAllowedIPs = [[10.66.0.12|IP]]/32\nEndpoint = [[203.0.113.115|IP]]:51820\n[Peer] # [[Marcus Lee|PER]] phone\nAllowedIPs = [[10.66.0.13|IP]]/32",
]

# CSV / SQL / YAML 덤프
POSITIVES += [
    "member_id,name,phone,email,card_no,created_at\n10231,[[오하람|PER]],[[010-2291-4830|TEL]],[[haram.oh@naver.com|MAIL]],[[4664 9088 1963 5718|CARD]],2027-01-04\n10232,[[진우석|PER]],[[01073318204|TEL]],[[wooseok.jin@kakao.com|MAIL]],[[4716-5103-3680-9392|CARD]],2027-01-04\n10233,[[Emma Wilson|PER]],[[+1 206-555-0139|TEL]],[[emma.w@fastmail.com|MAIL]],[[3490 099341 77289|CARD]],2027-01-05",
    "INSERT INTO rental_customer (name, license_no, phone, card) VALUES\n('[[성도윤|PER]]', '[[11-19-448201-30|DL]]', '[[010-5523-1184|TEL]]', '[[4652484846615945|CARD]]'),\n('[[하윤아|PER]]', '[[경남 20-118273-44|DL]]', '[[010-9917-2204|TEL]]', '[[5445310146931030|CARD]]'),\n('[[민태호|PER]]', '[[제주 08-331920-17|DL]]', '[[064-752-3319|TEL]]', '[[9410614334971572|CARD]]');",
    'customers:\n  - name: [[Ryu Ha-eun|PER]]\n    phone: "[[+82 10 4471 2093|TEL]]"\n    driver_license: "[[26-21-004918-62|DL]]"\n    payment: {card: "[[5588 5478 3524 7692|CARD]]", exp: "08/29"}\n  - name: [[Kwon Tae-yang|PER]]\n    phone: "[[010-3320-7719|TEL]]"\n    driver_license: "[[서울 22-771093-08|DL]]"',
    "-- 차량공유 회원 덤프 (마스킹 전)\nSELECT * FROM members WHERE joined > '2027-01-01';\n| 1881 | [[장예슬|PER]] | [[22-20-118293-50|DL]] | [[010-2284-3307|TEL]] | [[yeseul.jang@gmail.com|MAIL]] |\n| 1882 | [[문건우|PER]] | [[충북 16-220193-81|DL]] | [[010-4418-9926|TEL]] | [[gunwoo.m@naver.com|MAIL]] |\n| 1883 | [[ISMAILOV RUSTAM|PER]] | [[24-23-009381-12|DL]] | [[010-7792-0381|TEL]] | NULL |",
    "vendor_id,상호,사업자등록번호,대표자,연락처,정산계좌\nV-0091,소담베이커리,[[664-28-59046|BRN]],[[구소담|PER]],[[031-922-8813|TEL]],농협 [[301-2291-4473-61|ACC]]\nV-0092,한결커피,[[228 47 09754|BRN]],[[신한결|PER]],[[010-3391-2204|TEL]],국민 [[938402-00-118273|ACC]]\nV-0093,나라꽃집,[[8958182597|BRN]],[[송나라|PER]],[[053-752-4471|TEL]],대구 [[508-10-338214-9|ACC]]",
    '{"orders":[{"id":"ORD-20270311-88123","buyer":"[[허예준|PER]]","tel":"[[010-6612-3390|TEL]]","card":"[[5300-2223-4302-5173|CARD]]","sku":"SKU-44-1029-BK","ip":"[[203.0.113.18|IP]]"},{"id":"ORD-20270311-88124","buyer":"[[Sato Haruka|PER]]","tel":"[[+81 90-2281-4407|TEL]]","card":"[[3530 8597 3516 1798|CARD]]","sku":"SKU-12-0091-WH","ip":"[[198.51.100.77|IP]]"}]}',
    'staff.yaml\n- name: [[BAKIROV TIMUR|PER]]\n  arc: "[[500328 6526729|FRN]]"\n  passport: "[[FA0293817|PASS]]"\n  bank: "새마을금고 [[9002-2028-3391-4|ACC]]"\n- name: [[ORTIZ MARIA|PER]]\n  arc: "[[551206\u20116318668|FRN]]"\n  passport: "[[PE2938174|PASS]]"\n  bank: "신협 [[131-019-228374|ACC]]"',
    "렌터카 계약자 명단 (3/9)\n계약번호,운전자,면허번호,제2운전자,면허번호\nRC-0309-01,[[강하늘|PER]],[[강원 18-229381-40|DL]],[[강지수|PER]],[[14-17-339201-55|DL]]\nRC-0309-02,[[Park Soomin|PER]],[[25-16-008273-19|DL]],-,-\nRC-0309-03,[[배은하|PER]],[[전남 21-447102-93|DL]],[[황태산|PER]],[[경북 10-992834-61|DL]]",
]

# 카카오 알림톡, KakaoTalk 단톡
POSITIVES += [
    "[알림톡] [[민서현|PER]] 고객님, 주문하신 상품이 배송 출발했습니다.\n주문번호 20270312-00018277 / 운송장 6893-2201-4471\n배송기사 [[이상진|PER]] [[010-3382-9104|TEL]]\n수령지 변경은 고객센터 1588-1255",
    "[알림톡] 카드 결제 승인\n[[황보승현|PER]]님 / 삼성카드 [[9488-8133-6972-5096|CARD]]\n금액 1,240,000원 (12개월) / 가맹점 하이마트 / 승인번호 40918273\n본인 결제가 아닐 경우 1588-8700",
    "[우리 가족방 👨‍👩‍👧]\n엄마: [[세은|PER]]아 할머니 병원비 보낼 계좌 이거야 농협 [[356-0418-2273-13|ACC]] [[김옥자|PER]]\n[[세은|PER]]: 넵 보냈어요! 아빠 폰 [[010-7712-4481|TEL]] 꺼져있던데요\n아빠([[김상철|PER]]): 배터리 나갔었음 ㅋ",
    "[동네 풋살 단톡]\n[[용준|PER]]: 이번주 토 7시 구장 예약함. 대관비 1인 8천원 → 토스 [[1000-3318-2047|ACC]] ([[정용준|PER]])\n[[태오|PER]]: 나 용병 1명 데려감 ㅇㅇ [[010 2290 4471|TEL]] 얘 번호\n[[용준|PER]]: ㅇㅋ",
    "[알림톡] 렌탈 설치 기사 배정 안내\n고객명: [[석혜림|PER]]\n설치 기사: [[봉재민|PER]] ([[010-4481-3307|TEL]])\n방문일시: 3/16(화) 13:00~15:00\n제품: 정수기 WPU-A400 / 계약번호 RT27-0093381",
    "[동호회 단톡 - 캠핑] [[산바람|PER]]([[최윤호|PER]]): 4월 캠핑장 예약금 계좌 케이뱅크 [[100-229-381047|ACC]] 입니다~ 총무 번호 [[010-8823-1190|TEL]]\n[[다솜|PER]]: 넵! 입금했어요 [[정다솜|PER]]으로요",
]

# 스미싱 경고 (번호 인용), 뉴스체 산문
POSITIVES += [
    "[주의] 요즘 '택배 주소 오류' 문자 조심하세요. 제 동생 [[은비|PER]]가 받은 문자 발신번호가 [[010-4928-3371|TEL]] 이었고, 링크 누르니 개인정보 입력하라고 나왔대요. 그리고 '검찰청' 사칭 전화는 [[02-3480-7719|TEL]]로 왔어요. 진짜 대검찰청 번호는 1301 입니다.",
    "보이스피싱 피해 신고 (경찰 접수 전 메모)\n피해자: [[모정순|PER]] (68세)\n사기범이 알려준 계좌: 부산은행 [[101-2093-4471-08|ACC]] (예금주 [[김태수|PER]]), 전화 [[070-4019-2283|TEL]]\n가족 연락처: 아들 [[모상훈|PER]] [[010-2208-3317|TEL]]",
    "[단독] 동네 은행 창구 직원 기지로 보이스피싱 막아\n지난 9일 오후 경남 창원의 한 새마을금고에서 70대 [[하모순|PER]] 씨가 현금 2,800만원을 인출하려다 직원 [[조은결|PER]] 씨의 만류로 피해를 면했다. 사기범은 '저금리 대출'을 미끼로 [[010-3372-1180|TEL]] 번호로 접근한 것으로 조사됐다. 경찰은 올해 1~2월 관내 피해가 312건, 피해액 41억원이라고 밝혔다. 신고는 112 또는 1332.",
]

# 추가: 외국인 체류·고용 서류 (표기 변형)
POSITIVES += [
    "외국인등록사실증명 발급 신청\n성명: [[MOHAMMED ALI HASSAN|PER]]\n등록번호: [[６３０６１６－５１０８７２２|FRN]]\n여권: [[Y29384710|PASS]] (EGY)\n연락처: [[010-9921-4407|TEL]]",
    "고용허가 신청 (E-9) 근로자 명단 - 외국인등록번호는 첫 행에만 항목명 표기\n외국인등록번호 [[550923.5655230|FRN]] [[SUBEDI HARI|PER]]\n[[560425.5335311|FRN]] [[RAI PRAKASH|PER]]\n[[680122.6341409|FRN]] [[TAMANG SITA|PER]]\n[[640129.5062047|FRN]] [[LAMA DORJE|PER]]\n담당 [[남기태|PER]] [[041-663-2290|TEL]]",
    "[외국인 근로자 숙소 계약] 임차인 [[BUI VAN TUAN|PER]] (ARC [[7509306714170|FRN]]) / 보증금 100만원 / 월세 35만원은 임대인 [[탁순옥|PER]] 전북은행 [[1013-01-2283719|ACC]]로 매월 10일 입금. 임대인 [[063-272-8814|TEL]]",
    "체류자격외활동허가 신청\n신청인 [[Chen Yiling|PER]] / 陈怡玲 / 외국인등록번호 [[841026 6169577|FRN]]\n재학: ○○대학교 대학원 / 여권번호 [[EJ8827391|PASS]]\n근무처: 카페 다온 (사업자 [[595-93-32282|BRN]]) 대표 [[윤다온|PER]] [[010-2274-9918|TEL]]",
    "외국인 주민 한국어교실 수강생 연락망\n[[Nurlan Bekov|PER]] [[+7 701 555 2281|TEL]] (KAZ)\n[[Dilnoza Yusupova|PER]] [[010-3318-2294|TEL]] ARC [[810212–6342486|FRN]]\n[[Rosa Mendoza|PER]] [[010-4427-3309|TEL]] ARC [[641016–6979883|FRN]]",
    "출입국 사실증명 신청 대리인 위임장\n위임인: [[SINGH GURPREET|PER]] / 외국인등록번호 [[560131-6864933|FRN]] / 여권 [[T8273619|PASS]] (IND)\n대리인: [[윤재호|PER]] 행정사 / 운전면허 [[서울 13-008273-71|DL]] / [[02-2631-4408|TEL]]",
    "Residence permit extension - applicant list (ARC numbers as printed)\n[[ALVAREZ JUAN|PER]] [[8707145313032|FRN]]\n[[ALVAREZ LUCIA|PER]] [[7210065298769|FRN]]\n[[ALVAREZ MATEO|PER]] [[0011308775875|FRN]]\nSponsor: [[서민정|PER]] [[010-6621-3381|TEL]]",
    "외국인 유학생 건강보험 지역가입 신고\n성명 [[PHAM QUANG HUY|PER]] / 외국인등록번호 [[090421-7787154|FRN]] / 여권 [[P2293817|PASS]]\n보험료 자동이체: 우체국 [[310448-02-118293|ACC]]\n연락처 [[010-5527-0918|TEL]]",
]

# 추가: 카드·면허·사업자 (여러 장르)
POSITIVES += [
    "[필라테스 환불 영수증] 회원 [[국예린|PER]] / 환불 카드 [[4741 6084 3783 3771|CARD]] / 환불액 420,000원 / 원거래 승인번호 55018273 / 센터 사업자 [[571-15-58731|BRN]] / 문의 [[02-517-3308|TEL]]",
    "헬스장 회원 카드 (뒷면)\n이름 [[강태산|PER]] / 차량 등록: 12나 3481 / 주차 등록용 면허 [[경기 17-334829-01|DL]]\n비상연락 [[010-2273-4491|TEL]]",
    "[중고차 계약금 영수증]\n매수인 [[Rahimov Sardor|PER]] (ARC [[710414 5658909|FRN]]) 계약금 1,000,000원 결제 카드 [[4633-4962-1182-0821|CARD]]\n매도인 딜러 [[박진혁|PER]] 사업자 [[543-44-86488|BRN]] [[010-9928-3371|TEL]]",
    "학원비 결제 내역 (학부모 앱)\n학생 [[나윤호|PER]] / 3월 수강료 380,000원\n카드 [[5316 9647 6074 7548|CARD]] 승인 2027-03-05 14:02\n학부모 [[나성준|PER]] [[010-6638-2271|TEL]]",
    "렌터카 사고 경위서\n운전자 [[옥진주|PER]] 면허 [[광주 12-228193-60|DL]] 연락처 [[010-3392-4418|TEL]]\n상대 운전자 [[우상민|PER]] 면허 [[23-15-449182-37|DL]] 연락처 [[032-428-1190|TEL]]\n사고 일시 2027.03.08 17:20 / 접수번호 2703080417",
    "펜션 예약금 카드결제 확인\n예약자 [[David Kim|PER]] ([[+1 718-555-0193|TEL]])\nCard: Amex [[3738 038020 19295|CARD]]\n펜션 사업자 [[328-53-52891|BRN]] / 호스트 [[김영미|PER]] [[033-672-4408|TEL]]",
    "게스트하우스 장기숙박 계약\n게스트 [[MARTINEZ CARLOS|PER]] / passport [[XDB293817|PASS]] (ESP) / card [[3502 4633 8872 4111|CARD]]\n호스트 [[문지혜|PER]] [[010-2209-8817|TEL]] / 사업자 [[487-54-58809|BRN]]",
    "약국 카드 매출 전표\n가맹점 온누리약국 / 사업자 [[151-58-23281|BRN]] / 대표 [[유진경|PER]] / [[041-551-2290|TEL]]\n카드 [[3575-0593-7000-4066|CARD]] 일시불 24,800원 / 승인 82019374",
    "예비군 훈련 보상비 지급 안내\n[[류지환|PER]] 예비군님, 훈련비 8만원이 케이뱅크 [[100-331-920184|ACC]]로 입금되었습니다. 다음 훈련은 작계훈련(6월). 문의: 예비군 중대장 [[허준범|PER]] [[010-4427-1182|TEL]]",
    "민방위 비상연락망 (3반)\n반장 [[신동욱|PER]] [[010-2290-3319|TEL]]\n[[김대호|PER]] [[010-4481-0927|TEL]] / [[이종민|PER]] [[02-904-2283|TEL]] / [[손재혁|PER]] [[010.7719.2208|TEL]]\n※ 구청 민방위팀 02-2091-3000 (대표)",
    "중고 오토바이 거래 문자\n구매자 [[기민수|PER]]: 면허 사진 보내드려요 [[전남 23-110928-44|DL]] 명의이전은 내일 구청에서 해요\n판매자: 넵 제 계좌 광주은행 [[1107-021-448291|ACC]] [[편종훈|PER]] 입니다",
    "모바일 상품권 환불 요청 (개인)\n신청인 [[표지현|PER]] / 결제카드 [[3554 0385 0038 1342|CARD]] / 연락처 [[010-5523-3391|TEL]]\n환불 대상 상품권 번호 9281-4471-2203-1193",
    "BC카드 결제 알림 [[추승연|PER]]님 [[9490-2518-8315-3626|CARD]] 54,000원 일시불 승인 (헬스앤필라 강남점)",
    "Diners 카드 해외결제 이의신청서\n신청인 [[Jeong Yoon-seo|PER]] / 카드번호 [[3681 863363 9979|CARD]] / 연락처 [[010-3381-5502|TEL]]\n분쟁 거래: 2027-02-22 USD 412.00 / 가맹점 HOTEL AURORA",
    "과외 중개 플랫폼 선생님 정산 정보\n선생님 [[남유진|PER]] / 사업자(간이) [[967-18-64814|BRN]] / 정산 계좌 경남 [[223-21-0938471|ACC]] / [[yujin.nam.tutor@gmail.com|MAIL]]",
    "중고차 매매 계약 - 매도인 신분 확인\n매도인 [[천병철|PER]] 면허 [[13-02-118293-70|DL]]\n매수인 [[주은지|PER]] 면허 [[15-19-302918-42|DL]]\n매도인 연락처 [[043-271-4418|TEL]]",
    "대리운전 기사 등록 서류\n성명 [[오세현|PER]] / 면허 [[부산 11-119203-88|DL]] / [[010-2283-1107|TEL]]\n보험 가입 증권번호 DRV-2027-11820",
]

# 하드 네거티브: 공인, 역사 인물, 가상 인물, 저자·역자
NEGATIVES += [
    "[속보] 이재명 대통령, 오늘 오전 국무회의 주재… 민생 추경 논의",
    "손흥민, 시즌 12호 골… 토트넘 떠난 뒤 LAFC에서도 맹활약",
    "김연아 아이스쇼 2027 티켓 오픈 안내: 3월 20일 20시, 예매처 인터파크 (문의 1544-1555)",
    '봉준호 감독 신작 크랭크인. 주연 송강호·최우식 확정, 배급사 측은 "2028년 개봉 목표"라고 밝혔다.',
    "이재용 삼성전자 회장은 11일 평택 캠퍼스를 방문해 반도체 투자 계획을 점검했다.",
    "정의선 현대차그룹 회장, 미국 조지아 공장 2단계 착공식 참석",
    "아이유(IU) 2027 월드투어 서울 공연 3회 추가… 팬클럽 선예매 3월 18일",
    '유재석, 연말 시상식 대상 수상 소감 "함께해 준 동료들 덕분"',
    "세종대왕은 1443년 훈민정음을 창제하고 1446년 반포하였다.",
    "이순신 장군은 1597년 명량 해전에서 13척의 배로 133척의 왜선을 물리쳤다.",
    "유관순 열사 순국 107주기 추모식이 서울 서대문형무소역사관에서 열렸다.",
    "안중근 의사의 유묵 '위국헌신 군인본분'이 국립중앙박물관에 전시된다.",
    "홍길동전은 허균이 지은 것으로 전해지는 최초의 한글 소설이다.",
    "드라마 속 '오징어 게임' 성기훈(456번)과 조상우(218번)의 대립이 시즌 2의 핵심이다.",
    "해리 포터와 헤르미온느 그레인저, 론 위즐리가 호그와트 9와 4분의 3 승강장에서 만난다.",
    "웹툰 '미생'의 장그래는 원 인터내셔널 영업3팀 계약직 사원이다.",
    "『채식주의자』 한강 지음 / 창비 / ISBN 978-89-364-3473-4 / 2007년 초판",
    "『코스모스』 칼 세이건 지음, 홍승수 옮김, 사이언스북스, 2006. 정가 38,000원",
    "번역: 김석희 / 감수: 이윤기 / 표지 그림: 진 작가 / 인쇄 2027년 3월 15일 1판 3쇄",
    "이 약은 '약사가 알려주는 복약 가이드'(김정환 지음, 2024)에서 인용한 내용을 바탕으로 작성되었습니다.",
]

# 하드 네거티브: 템플릿, 자리표시자, 마스킹
NEGATIVES += [
    "[작성 예시] 성명: 홍길동 / 주민등록번호: 000000-0000000 / 연락처: 010-0000-0000 / 주소: 서울특별시 ○○구 ○○로 00",
    "처방전 양식 안내: 환자 성명란에는 김OO처럼 적지 말고 실명을 기재하세요. 생년월일 예) 1990.01.01",
    "안녕하세요 {name}님, {date} {time} 예약이 확정되었습니다. 변경은 {store_phone} 으로 연락 주세요.",
    "위임장 서식\n위임인 성명: ____________ (인)\n주민등록번호: ______-_______\n수임인 성명: ____________\n전화번호: ___-____-____",
    "[본인확인] 가입자 홍*동 / 010-****-1234 / 880101-1****** 명의로 인증이 완료되었습니다.",
    "카드 결제 승인 9410-****-****-2211 홍*동 33,000원 일시불 (가맹점 필라테스온)",
    "계좌 110-***-****21 로 환불 처리되었습니다. 예금주 김*수",
    "여권번호 M*****123 / 만료일 2031-05-** (일부 가림)",
    "수강생 이○○ 학생(중2), 박○○ 학생(중3)의 수강 기록은 개인정보 보호를 위해 가려 게시합니다.",
    "Template: Dear [Customer Name], your visa application (Ref: [Application No.]) has been received. Contact: +82-X-XXXX-XXXX",
    "샘플 데이터: name=테스트, phone=01000000000, email=test@example.com, rrn=0000000000000",
    "운전면허번호 입력 예: 11-00-000000-00 (지역코드-연도-일련번호-검증번호)",
]

# 하드 네거티브: 대표·서비스 번호, 080, 공공기관 번호
NEGATIVES += [
    "건강보험 관련 문의는 국민건강보험공단 고객센터 1577-1000, 국민연금은 1355로 연락하세요.",
    "외국인 체류 관련 안내는 외국인종합안내센터 1345 (다국어 상담 가능)에서 받으실 수 있습니다.",
    "관광 통역 안내 1330 / 다산콜센터 120 / 범죄 신고 112 / 화재·구급 119 / 전화번호 안내 114",
    "고객님의 소중한 의견을 듣습니다. 수신거부 080-855-1004 (무료)",
    "[광고] 봄맞이 중고차 특별전! 상담 1661-8255 / 무료수신거부 080-300-7700",
    "휴대폰 분실 신고: SKT 1599-0011, KT 1588-0010, LG U+ 1544-0010",
    "○○구청 민원여권과 (대표) 02-2600-6114, 여권 발급 담당 부서 02-2600-6382 (평일 09:00~18:00)",
    "병무청 예비군 문의는 지방병무청 대표번호 또는 1588-9090으로 연락 바랍니다. 민방위 교육 문의는 주민센터로.",
    "출입국·외국인청 서울남부 사무소 대표전화 02-2650-6212, 팩스 02-2650-6299",
    "학원 교습비 관련 신고는 교육청 대표번호 1396 또는 교육지원청 평생교육팀(031-249-0114)으로 하세요.",
    "택배 조회: CJ대한통운 1588-1255, 한진 1588-0011, 롯데 1588-2121, 우체국 1588-1300",
    "보이스피싱 피해 신고는 경찰청 112, 금융감독원 1332, 지급정지는 각 은행 콜센터로 즉시 요청하세요.",
    "카카오뱅크 고객센터 1599-3333 / 토스뱅크 1661-7654 / 케이뱅크 1522-1000",
    "게스트하우스 예약 플랫폼 고객센터(1899-1800)는 호스트와 게스트 간 분쟁을 중재합니다.",
]

# 하드 네거티브: 주문·상품·운송장·승인번호, 쿠폰, 시리얼, IMEI, 해시
NEGATIVES += [
    "주문번호 20270311-0104471-2290 / 상품코드 SKU-0103-3318-BLK / 수량 2 / 결제금액 58,400원",
    "운송장번호 6893 2201 4471 / 택배사 CJ대한통운 / 배송 상태: 간선 상차 (3/12 04:18)",
    "카드 승인번호 30918274 / 가맹점번호 0104471229 / 거래일시 2027-03-12 14:02:55",
    "쿠폰 코드: SPRING-2027-0104-5523 (3월 31일까지, 1인 1회)",
    "[알림] 모바일 상품권 PIN 0103 4472 9918 2204 가 발송되었습니다. 유효기간 2028.03.11",
    "단말기 IMEI 352099001761481 / IMEI2 352099001761499 / 일련번호 R58T4018XKZ",
    "sha256: 9f2c1a7e0b44d1c3a8e5f60217bd3c94e0a1f2b3c4d5e6f708192a3b4c5d6e7f  pii-scrubber-v3.tar.gz",
    "커밋 4f1a09c2b7e3 (main) — fix: mask 010 prefixes in logs; CI run #20270311 passed in 4m 12s",
    "차대번호 KMHLS41DBMU218374 / 원동기형식 G4FL / 등록번호 12가 3456 / 최초등록일 2021.06.14",
    "유심(USIM) 일련번호 8982300420001234567 / 개통 대리점 코드 D-01044-0217",
    "처방전 교부번호 20270311-00417 / 요양기관기호 31234567 / 질병분류기호 J06.9",
    "건강검진 접수번호 2027-0217-0093381 / 검진기관 기호 11190034 / 결과지 발송일 2027.03.02",
    "거래명세서 No. INV-2027-0311-00928 / 공급가액 1,200,000 / 세액 120,000 / 합계 1,320,000",
    "상품 바코드 8801234567893 / 관리번호 880101-2200-18 / 유통기한 2027.09.30",
    "예비군 훈련 소집 번호 2027-05-0412-0093 / 훈련장 코드 FT-1104 / 집결 시간 08:30",
]

# 하드 네거티브: 버전, IP 모양 버전, OID, 날짜·시간·통계·금액
NEGATIVES += [
    "Release notes v10.20.4.117 — fixed race in webhook retry; bumped libpq to 16.2.1.0",
    "SNMP OID 1.3.6.1.4.1.2021.10.1.3.1 returns the 1-minute load average.",
    "Android build 14.0.0.192 (UP1A.231005.007), security patch 2027-03-01",
    "Chrome 124.0.6367.118 / Node 20.11.1 / Python 3.12.4 / nginx 1.25.3",
    "2026년 외국인 등록 인구는 1,432,218명으로 전년 대비 4.2% 증가했다. (출처: 법무부 출입국통계월보)",
    "지난해 보이스피싱 피해액은 1,965억원, 피해 건수는 18,902건으로 집계됐다.",
    "건강검진 수검률 73.8%, 2차 검진 수검률 31.2% (2026년 기준, 국민건강보험공단)",
    "본 상품의 월 렌탈료는 29,900원이며 의무사용기간 36개월, 총 1,076,400원입니다.",
    "통계청 자료: 2027년 1월 고용률 61.5%, 실업률 3.7%, 취업자 2,817만 2천명",
    "회의 일정: 2027-03-14 10:00~11:30, 2027-03-21 14:00~15:30 (총 2회)",
    "010 번호 이용자 5,580만명, 011·016·017·018·019 잔존 0.3% (2026년 말 기준)",
    "전국 휴대폰 가입 회선 5,712만 2,048개 중 알뜰폰 비중 16.4% (2027.01 기준)",
]

# 하드 네거티브: 불가능한 날짜의 주민번호 모양, 문맥어 경계, 뒤에 붙은 라벨
NEGATIVES += [
    "테스트 케이스: 880230-1234563 (2월 30일은 존재하지 않으므로 거부되어야 함)",
    "검증 실패 목록: 910431-2048173, 850229-1938274, 871301-1203845 — 모두 날짜 오류",
    "더미 주민번호 010229-3129384 (2001년은 윤년이 아님) 는 입력 검증에서 걸러집니다.",
    "잘못된 형식 예: 960932-2034817 / 001300-4123847",
    "주문 내역은 아래와 같습니다. 주문번호. 01044172093 (온라인몰 자체 발번)",
    "상품코드 01073316629 / 색상 블랙 / 사이즈 270",
    "참조번호: 2027031100418, 코드 0102-2293-4471 (내부 문서 관리용)",
    "거래 코드 K0104-4172-093, 관리 코드 R-010-5523-8841",
    "20270312104471 은 접수번호이며 조회 시 필요합니다.",
    "4471-2093-1180-5527 은 기프트카드 일련번호입니다 (결제수단 아님).",
    "전화번호란에 1688-0082 를 적으셨는데, 이것은 콜센터 대표번호입니다.",
]

# 하드 네거티브: 팀·역할 발신자, 이름과 같은 일반어, 영숫자 토큰 속 숫자
NEGATIVES += [
    "[운영팀] 3월 15일 02:00~06:00 서버 점검으로 헬스장 예약 앱 이용이 제한됩니다. - 운영팀 드림",
    "[고객센터] 번호이동 신청이 접수되었습니다. 처리 결과는 영업일 기준 1~2일 내 안내드립니다.",
    "[관리자] 단톡방 공지: 광고·홍보 글은 경고 없이 내보냅니다. 문의는 관리자에게 1:1로.",
    "From: 인사팀 (발신전용)\nSubject: 2027년 2월 급여명세서 발송 안내\n본문: 첨부 파일 비밀번호는 생년월일 6자리입니다.",
    "[약국 안내] 약사회 공지 - 의약품 안전사용 서비스(DUR) 점검으로 3/20 야간 조제가 지연될 수 있습니다. - 대한약사회 홍보실",
    "하늘이 맑고 보람찬 하루였다. 미소를 잃지 않으려고 애쓴 덕분에 지수 공부도 한결 수월했다.",
    "다솜 어린이집 봄 소풍 안내: 나라사랑 공원, 소망의 언덕, 은하수 천문대 순으로 관람합니다.",
    "새봄을 맞아 가람 도서관에서 슬기로운 독서 생활 강좌를 엽니다. 참가비 무료.",
    "지수 함수와 로그 함수 단원 평가는 다음 주 화요일입니다. 범위: 교과서 84~112쪽",
    "필라테스 '한결' 클래스는 초보자 대상, '보람' 클래스는 중급자 대상입니다. 미소 필라테스 강남점.",
    "은하 게스트하우스는 성산일출봉에서 도보 10분, 체크인 15시 체크아웃 11시입니다.",
    "모델명 SM-S928N0104472 / 제품번호 RF85C9101AP0102293 / 펌웨어 S928NKSU2AXC1",
    "배치 ID job_20270311_0104471_2290_retry3 가 실패했습니다. 재시도 예정.",
    "토큰 eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjEwMjMxfQ.Qm01044172093xZ 만료 (exp 1772441230)",
    "파일명 IMG_20270311_104471.jpg, scan_880101_1234567.pdf 업로드 완료",
    "UUID 9f8e7d6c-0104-4172-8093-a1b2c3d4e5f6 / 요청 ID req-01052238841",
]

# 하드 네거티브: 장르별 (개인정보 없는 안내문)
NEGATIVES += [
    "[복약 안내문] 항생제는 처방된 기간 동안 끝까지 복용하세요. 1일 3회, 식후 30분. 보관: 실온(1~30℃).",
    "건강검진 결과 판정 기준: 정상A, 정상B(경계), 일반질환의심, 고혈압·당뇨병 질환의심. 2차 검진 기한은 결과 통보 후 90일 이내.",
    "지급명령 신청서 작성 요령: 채권자·채무자의 인적사항, 청구취지, 청구원인을 기재하고 인지대와 송달료를 납부합니다.",
    "고소장은 피고소인의 인적사항을 모르는 경우 '성명 불상'으로 적을 수 있으며, 관할 경찰서 민원실에 제출합니다.",
    "2027년 예비군 훈련 일정: 동원훈련 2박3일(1~4년차), 기본훈련 8시간(5~6년차). 불참 시 보충훈련.",
    "민방위 1~4년차는 4시간 집합교육, 5년차 이상은 1시간 사이버교육입니다.",
    "학원 수강료 환불 기준: 교습 시작 전 전액, 총 교습시간 1/3 경과 전 2/3 환불, 1/2 경과 후 환불 없음.",
    "필라테스 회원권 양도 시 양도 수수료 3만원이 부과되며, 잔여 기간이 30일 미만이면 양도가 불가합니다.",
    "펜션 이용 규칙: 입실 15:00, 퇴실 11:00, 바베큐 22시까지, 반려동물 동반 불가(201·202호 제외).",
    "중고차 구입 시 성능·상태점검기록부, 보험이력, 압류·저당 여부를 반드시 확인하세요. 자동차365에서 조회 가능.",
    "번호이동 시 기존 통신사 위약금과 단말 할부 잔여금이 일괄 청구될 수 있습니다.",
    "CMS 자동이체는 매월 25일 출금되며, 잔액 부족 시 익월 재청구됩니다. 출금 수수료는 없습니다.",
    "2027년 최저임금은 시간당 10,320원, 월 환산액(209시간) 2,156,880원입니다.",
    "4대보험 요율(근로자 부담분): 국민연금 4.5%, 건강보험 3.545%, 장기요양 건강보험료의 12.95%, 고용보험 0.9%.",
    "기부금 세액공제율: 1천만원 이하 15%, 1천만원 초과분 30% (정치자금기부금 10만원까지 100/110).",
    "봉사활동 확인서는 1365 자원봉사포털 또는 VMS에서 출력할 수 있습니다.",
    "인감증명서 대리 발급 시 위임자 자필 위임장, 위임자 신분증, 대리인 신분증이 필요합니다.",
    "확정일자는 주민센터 또는 인터넷등기소에서 받을 수 있으며 수수료는 600원(인터넷 500원)입니다.",
    "체류기간 연장은 만료일 4개월 전부터 신청할 수 있으며, 하이코리아 방문 예약이 필요합니다.",
    "E-9 비자 외국인 근로자 도입 쿼터: 2027년 16만 5천명 (제조업 9만 5천명, 농축산업 1만 6천명).",
    "기숙사 입사 시 결핵 검사 결과지(흉부 X-ray)를 제출해야 합니다. 제출 기한: 개강 2주 전.",
    "프리랜서 사업소득 원천징수율은 3.3%(소득세 3% + 지방소득세 0.3%)입니다.",
    "결혼중개업법에 따라 국제결혼중개업체는 이용자에게 상대방의 신상정보를 번역하여 제공해야 합니다.",
    "여행자 유의사항: 여권 유효기간이 6개월 이상 남아 있어야 하며, 태국은 무비자 90일 체류가 가능합니다.",
]


# 하드 네거티브: 장르 속 공인·가림 값·대표번호가 섞인 기록
NEGATIVES += [
    "[스미싱 주의] '국민건강보험공단 건강검진 결과 확인' 문자는 가짜입니다. 공단은 1577-1000 외의 번호로 링크를 보내지 않습니다. 발신번호 010-****-7731, 02-***-4408 로 온 문자는 삭제하세요.",
    "[단체여행 명단 - 공유용] 1. KIM/C*** M********* 2. LEE/B*** M****3715 3. PARK/Y**** M118A**** (전체 정보는 인솔자만 열람)",
    '류현진, 한화 복귀 후 첫 완봉승… 김경문 감독 "베테랑의 품격" (구장 관중 17,024명)',
    "페이커(이상혁)가 LCK 통산 1,000킬을 달성했다. T1 구단 공식 계정은 축하 영상을 올렸다.",
    "국민건강보험공단 이사장 정기석은 11일 건강검진 제도 개편안을 발표했다. 자세한 내용은 공단 누리집 참조.",
    "소설 『82년생 김지영』(조남주 지음)의 주인공 김지영은 1982년 4월 1일 서울에서 태어났다.",
    "『어린 왕자』 앙투안 드 생텍쥐페리 지음, 황현산 옮김, 열린책들, 2015",
    "[관리자] 게스트하우스 예약 문의는 카카오톡 채널 '@은하게하' 또는 대표번호 1644-0117 로만 받습니다.",
]

# 추가: 여러 장르 (표기 변형)
POSITIVES += [
    "[검진 결과 문자] [[MINSU KIM|PER]] 님, 2027.03.09 종합검진 결과가 준비되었습니다. 결과 상담은 담당 간호사 [[Oh Ye-jin|PER]] [[+821045572210|TEL]] 으로 예약해 주세요.",
    "야간약국 당번 연락처 (약사회 내부 공유)\n3/15(토) 새봄약국 [[지미소|PER]] 약사 [[010-2234-9917|TEL]]\n3/16(일) 온누리약국 [[유진경|PER]] 약사 [[010-44720918|TEL]]",
    "복약지도 기록\n환자 [[남궁하늘|PER]] (9세) / 보호자 [[남궁석|PER]] [[(02) 913-4471|TEL]]\n주민번호 [[180503-3274019|RRN]]\n처방: 세티리진 시럽 5mL 1일 1회 취침 전",
    "건강검진 결과 재발송 요청 (메일)\nFrom: [[Kim Min-su|PER]] <[[minsu.kim1986@gmail.com|MAIL]]>\n결과지를 회사 주소 말고 이 메일로 받고 싶습니다. 생년월일 1986-11-02, 연락처 [[010 3391 2284|TEL]]",
    "지급명령 이의신청서\n채무자 [[복상진|PER]] ([[640408-1138791|RRN]]) 은 채권자 [[윤광석|PER]]의 지급명령에 대하여 이의를 신청합니다.\n채무자 연락처 [[055-264-3318|TEL]] / 송달 주소 경남 김해시",
    "고소장 (사기) 첨부 - 거래 상대방 정보\n닉네임: [[빠른거래맨|PER]]\n연락처: [[0505-221-7734|TEL]] (안심번호)\n입금 계좌: 수협 [[1012-2291-4478|ACC]] 예금주 [[남기현|PER]]\n고소인 [[연수민|PER]] [[010-8821-4403|TEL]]",
    "내용증명 (임대차 보증금 반환)\n발신: 임차인 [[ANDERSON KYLE|PER]] (외국인등록번호 [[930819-5187363|FRN]], [[kyle.anderson.kr@gmail.com|MAIL]])\n수신: 임대인 [[변재순|PER]]\n보증금 20,000,000원을 계약 종료일로부터 7일 이내에 임차인 명의 씨티은행 [[541-22117-263|ACC]]로 반환하여 주십시오.",
    "[예비군 알림톡] [[이하준|PER]]님, 2027년 기본훈련(8시간)이 5/21(목) 금곡예비군훈련장으로 지정되었습니다. 교통편 문의는 동대장 [[임성규|PER]] [[010-2290-7718|TEL]]. 연기 신청 양식은 등록하신 이메일 [[hajoon.lee.rsv@naver.com|MAIL]]로 발송했습니다.",
]
POSITIVES += [
    "[헬스장 회원 단톡] 트레이너 [[준호|PER]]: 내일 오전 PT 회원님들 ([[민지|PER]]님, [[성훈|PER]]님) 7시→8시로 변경이요! 못 오시면 [[010-7791-2203|TEL]]로 문자 주세요\n[[민지|PER]]: 넵 쌤~",
    "필라테스 강사 계약서\n센터: 바디라인 필라테스 (사업자등록번호 [[721-57-27018|BRN]]) 원장 [[윤소라|PER]]\n강사: [[차예원|PER]] / 주민등록번호 [[951003-1135115|RRN]]\n강사료: 회당 45,000원, 매월 10일 국민 [[620801-01-448172|ACC]] 입금",
    "수강 등록 (영어회화 성인반)\nName: [[Park Ji-yeon|PER]] / [[JIYEON PARK|PER]] (여권상 영문)\nPhone: [[010.4472.1938|TEL]]\nPayment: [[4306 3809 5317 2367|CARD]]\nLevel test: 2027-03-02 19:00",
    "과외비 입금 확인 문자\n[[현우|PER]] 어머님, 3월 과외비 48만원 잘 받았습니다. 다음 달부터는 새 계좌 농협 [[302-1183-4472-91|ACC]] ([[강선영|PER]])로 부탁드려요. - [[강선영|PER]] 선생 [[010 2918 4473|TEL]]",
    "[게스트하우스 채팅]\n호스트: [[Mai|PER]], your room is ready. Door code will come to [[+84 90 118 2237|TEL]].\nGuest [[Le Thi Mai|PER]]: Thank you! Can I pay the city tax by card [[4986 4959 9888 9820|CARD]]?\nHost [[김보람|PER]]: Sure, at check-in.",
    "펜션 단체 예약서 (회사 워크숍)\n예약 회사: (주)새솔테크 / 사업자 [[961-96-58632|BRN]]\n담당자 [[방민규|PER]] 대리 [[02-2088-3319|TEL]] / [[mg.bang@saesoltech.co.kr|MAIL]]\n예약금 입금: 기업 [[017-449182-01-023|ACC]]",
    "중고차 매매 계약서 (딜러 매입)\n매도인 [[FERNANDES RICARDO|PER]] / 외국인등록번호 [[660225-6578228|FRN]] / 여권 [[FX2938104|PASS]] (BRA)\n매매상사 사업자 [[908-60-54112|BRN]] / 담당 [[어성호|PER]] [[010-3371-9920|TEL]]\n매매대금 입금 계좌(매도인): KB국민 [[037001-04-118290|ACC]]",
    "휴대폰 개통 신청서 (미성년자)\n가입자 [[하윤서|PER]] / [[090511-3811083|RRN]]\n법정대리인 [[하진호|PER]] / [[700302-1848731|RRN]] / [[010-5571-2290|TEL]]\n요금 자동이체: 카드 [[5149 7422 1200 7874|CARD]]",
    "통신요금 납부자 변경 신청서\n기존 납부자 [[방경희|PER]] ([[660916-2071243|RRN]])\n신규 납부자 [[방주원|PER]] ([[971202-2886467|RRN]]) / 출금계좌 토스뱅크 [[1000-7720-3391|ACC]]\n대상 회선 [[010-4418-2290|TEL]], [[070-7728-4410|TEL]]",
    "급여명세서 (일용직)\n성명 [[BOLD BAATAR|PER]] / 외국인등록번호 [[920121-5236735|FRN]]\n근무일수 22일 / 일당 150,000원 / 지급액 3,300,000원 → 광주은행 [[1107-121-228374|ACC]]\n현장 관리자 [[천동수|PER]] [[010-4481-9927|TEL]]",
    "4대보험 취득신고 (가사 근로자)\n사업주(개인) [[설은호|PER]] [[860825-1814783|RRN]] [[010-2283-4471|TEL]]\n근로자 [[SANTOS ROSALIE|PER]] [[061225-7571797|FRN]] 취득일 2027.03.02\n근로자 [[DELA CRUZ ANA|PER]] [[021220-8931664|FRN]] 취득일 2027.03.02",
]
POSITIVES += [
    "장학생 추천서\n추천 대상: [[표은결|PER]] (고3) / 주민등록번호 [[090421-4128375|RRN]]\n추천인: 담임교사 [[노재성|PER]] / 학교 교무실 (대표 031-8045-1000) / 추천인 휴대폰 [[010-6629-4481|TEL]]",
    "봉사활동 확인서 (해외)\nVolunteer: [[Choi Da-in|PER]] / Passport [[M830F2291|PASS]]\nHost org.: Hope Builders Cambodia / Supervisor [[Sok Vannak|PER]] [[+855 12 558 471|TEL]]\nPeriod: 2027-01-06 ~ 2027-01-20 (96 hours)",
    "위임장 (통장 재발급)\n위임인 [[맹순례|PER]] ([[530819-1768166|RRN]])\n수임인 [[맹지호|PER]] ([[010510-4333141|RRN]]) [[010-2297-4418|TEL]]\n대상 계좌: 새마을금고 [[9100-8827-3318-5|ACC]]",
    "전입신고 온라인 접수 확인\n신고인 [[Tanaka Kenji|PER]] (외국인등록번호 [[600816-5618942|FRN]], 여권 [[TS2291837|PASS]])\n새 주소: 서울 용산구 이태원로 / 연락처 [[+81 80-4471-2290|TEL]], [[010-3318-4490|TEL]]\n확정일자 번호 2027-용산-01883",
    "기숙사 룸메이트 변경 신청\n신청자 [[ALIYEV ELDAR|PER]] (ARC [[070531-7692582|FRN]], [[010-2290-8813|TEL]])\n희망 룸메이트 [[HUSEYNOV ORKHAN|PER]] (ARC [[061012-7185577|FRN]])\n사유: 생활 시간대 차이",
]
POSITIVES += [
    "비자 연장 서류 (가족 동반, 여권번호는 첫 줄만 '여권' 표기)\n여권 [[ab3820174|PASS]] [[DUBOIS CAMILLE|PER]] (FRA)\n[[ab3820188|PASS]] [[DUBOIS LEO|PER]]\n[[ac0192837|PASS]] [[DUBOIS NINA|PER]]\n초청 기관 연구실 [[문태준|PER]] 교수 직통 [[042-350-4471|TEL]]",
    'Slack export (#visa-help)\n{"user_name": "[[Aisha Rahman|PER]]", "text": "My ARC number is [[910520-5694626|FRN]] and passport [[BN4829173|PASS]]. Appointment at 10:00?"}\n{"user_name": "[[서지윤|PER]]", "text": "@[[Aisha|PER]] 네 확인했어요. 급하면 [[010-9182-4473|TEL]]"}',
    "From: [[Lee Hyun-woo|PER]] <[[hyunwoo.lee@clinic-mail.kr|MAIL]]>\nReceived: from clinic-pc-07 ([[192.168.10.57|IP]]) by mail.clinic-mail.kr\nSubject: 처방전 팩스 재전송\n약국 팩스 대신 메일로 보냅니다. 환자 [[장순애|PER]] ([[540518-1494457|RRN]]) 처방전 1매.",
    "Mar 12 23:02:17 vpn-gw charon: 09[IKE] IKE_SA rw[41] established between [[203.0.113.2|IP]][vpn.corp.example]...[[198.51.100.97|IP]]⁅[[mkang@corp.example|MAIL]]]\nMar 12 23:02:17 vpn-gw charon: 09[IKE] assigning virtual IP [[10.10.1.8|IP]] to peer '[[mkang@corp.example|MAIL]]'",
    "GitHub issue #932 — 'CSV import breaks on Korean names'\nSample row from user @[[hyemi-yoon|PER]]:\n`[[윤혜미|PER]],[[010-8820-3371|TEL]],[[hyemi.yoon@gmail.com|MAIL]],[[2001:db8:aa::5|IP]]`\nVersion 3.4.1, Windows 11 23H2.",
    "Discord DM export\n[2027-03-10 22:14] [[nightowl_j|PER]]: 형 계좌 불러줘 게임 아이템 값 보낼게\n[2027-03-10 22:15] [[미르|PER]]: 카뱅 [[3333-09-2283714|ACC]] [[최미르|PER]]\n[2027-03-10 22:15] [[nightowl_j|PER]]: ㅇㅋ 보냄 ([[정재훈|PER]]으로 찍힐거야)",
    "결혼정보회사 상담 녹취 요약\n고객 [[황지수|PER]] (32, 간호사) / [[010-3382-1109|TEL]]\n희망 조건: 비흡연, 수도권 거주\n상담사 [[백하람|PER]] 메모: 부모님([[황태석|PER]] [[031-918-2270|TEL]])과 통화 원함",
    "[카카오 알림톡] 중고차 명의이전 완료\n[[추성민|PER]] 고객님, 차량(12오 7731) 명의이전이 완료되었습니다. 이전 비용 482,000원은 국민카드 [[4488 0116 3390 0865|CARD]]로 결제되었습니다. 담당 [[하태균|PER]] 딜러 [[010-3319-7742|TEL]]",
    "[스미싱 주의 공지 - 동 주민 단톡]\n방금 저희 엄마([[김정례|PER]]) 폰으로 '아들 폰 고장' 문자 왔어요. 번호 [[010-2281-0093|TEL]], 계좌는 케이뱅크 [[100-882-193047|ACC]] (예금주 [[이민준|PER]]) 보내라고. 다들 조심하세요! - 302호 [[오다인|PER]]",
    "단체 여행 명단 (몽골 고비 투어)\nNo, Name, Passport, Phone\n1, [[JANG/HYUNSOO|PER]], [[M482A1937|PASS]], [[010-4482-9930|TEL]]\n2, [[KO/EUNBI|PER]], [[M53817290|PASS]], [[010-2239-8814|TEL]]\n3, [[BAEK/SEUNGHO|PER]], [[R81928374|PASS]], [[010-7718-2204|TEL]]\n현지 가이드 [[Tsogt|PER]] [[+976 9911 2283|TEL]]",
    "외국인 연구원 비상 연락 카드\nResearcher: [[Ivanov Dmitri|PER]] / ARC [[540228-5070065|FRN]] / Passport [[752918374|PASS]] (RUS)\nMobile [[010-4429-3381|TEL]] / Wife [[Ivanova Olga|PER]] [[+7 916 555 2093|TEL]]",
]
POSITIVES += [
    "[스미싱 신고 접수 회신] [[우나연|PER]]님이 신고하신 문자(발신 [[+63 917 220 4419|TEL]], '택배 보관료 미납')는 악성 앱 유포로 확인되었습니다. 추가 피해 의심 시 112 또는 118 상담센터로 연락하세요.",
    '동네 소식지 - "우리 골목 사람들"\n30년째 망원시장에서 떡집을 하는 [[권복남|PER]](71) 씨는 요즘 주문을 문자로 받는다. 가게 번호 [[02-332-1184|TEL]]로 전화하면 아들 [[권태웅|PER]] 씨가 받는다. 지난해 매출은 1억 2천만원, 하루 평균 180팩이 나간다.',
    "렌터카 추가 운전자 등록\n제1운전자 [[남도진|PER]] 면허 [[28 19 118273 40|DL]] [[010-6628-3390|TEL]]\n제2운전자 [[NAM DOYUN|PER]] 국제운전면허 (여권 [[M91028374|PASS]])",
    "헬스장 회원 정보 수정 요청\n회원 [[연지훈|PER]] / 새 번호 [[010-7720-1193|TEL]] (기존 010-****-4471)\n결제카드 변경 [[5264 6260 0058 2579|CARD]]\n면허 번호(주차 등록) [[충남 19-448210-02|DL]]",
    "과외 소개 문자 (학부모 → 학부모)\n[[민서|PER]] 엄마~ 우리 [[도윤|PER]]이 수학 봐주시는 선생님 번호 [[010-9927-3318|TEL]] ([[편세아|PER]] 선생님)이에요. 대학생인데 꼼꼼하세요. 과외비는 시간당 4만원!",
    "중고차 직거래 양도양수 서류 사진 설명\n- 양도인 면허증: [[서울 20-447183-92|DL]] [[허민철|PER]]\n- 양수인 면허증: [[21-22-009183-57|DL]] [[고유나|PER]]\n- 양수인 연락처 [[064-722-4480|TEL]], 잔금 제주은행 [[700-02-448271|ACC]]",
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
    minimums["KR_FRN"] = max(minimums["KR_FRN"], 40)
    minimums["KR_PASSPORT"] = max(minimums["KR_PASSPORT"], 50)
    minimums["KR_DRIVER_LICENSE"] = max(minimums["KR_DRIVER_LICENSE"], 30)
    minimums["KR_BANK_ACCOUNT"] = max(minimums["KR_BANK_ACCOUNT"], 40)
    minimums["PERSON"] = 400
    write_holdout(rows, OUT, minimums)


if __name__ == "__main__":
    main()
