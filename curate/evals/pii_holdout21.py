# ruff: noqa: E501
"""Hold-out 21: a blind, hand-marked Korean PII set (``h21-ko``).

How it was written. Every record below was typed by hand, blind to the detectors: the only
project file read while writing it was ``curate/evals/marked.py`` (the ``[[value|LABEL]]``
mark syntax, ``SHORT_LABELS``, ``holdout_rows``, ``write_holdout`` and
``STRUCTURED_MINIMUMS``). No recognizer, filter, test, pipeline, benchmark or other eval set
was opened, and no scrubber or scoring command was run on this text. Check digits were
computed with throwaway scripts outside the repository and pasted in as literals.

Genres. Job applications, 이력서 and recruiters' candidate sheets; 병무/예비군 notices and
replies; scholarship, dormitory and exchange-student applications; 국민신문고-style civil
complaints; hiking, cycling and badminton club sheets and group chats; veterinary records;
car rental, used-car sales and 대리운전 records; return labels and 택배 claims; marriage-agency
profiles; 학원 enrolment forms and parents' SMS; crowdfunding backer lists; 기부금 영수증;
overseas remittance forms; mobile-phone 개통 forms; e-contract audit logs; Instagram/Twitter
DMs; GitHub issues and mailing-list posts; server, VPN, firewall and web access logs (IPv4
and IPv6); CSV/JSON customer dumps; hotel and guesthouse registrations; visa and immigration
paperwork; travel-agency rosters; hospital 보호자 forms.

Hard negatives (the ``-nNNN`` records, and unmarked look-alikes inside positives): public
figures, historical persons, fictional characters, credited authors and translators,
open-source credits, template placeholders (홍길동, 김OO, ○○○, {name}, 010-0000-0000),
masked values, nationwide service numbers (1588-, 1544-, 1600-, 1577-, 1661-, 1899-), 080
numbers, public institutions' published numbers, order ids, SKUs, tracking and invoice
numbers, coupon codes, IMEI and serial numbers, IP-shaped version strings, OIDs, dates,
statistics, RRN-shaped numbers with impossible dates, team and role senders, and words that
are also given names (하늘, 보람, 미소, 지수, 한결, 다솜, 나라, 소망, 은하, 새봄).

Labelling policy. Every personal or business phone number is gold (mobile, landline, 070,
050x, foreign, +82 forms); service numbers, 080, short codes, published public numbers,
placeholders and masked values are not. A private person's name is gold in form syntax, in
correspondence to or from a private person, or anywhere in a record that also holds a
private person's contact or identity value -- then every occurrence, given names alone,
nicknames and other scripts included. Only the name is marked (not 님/씨/titles/particles);
a ``KIM/MINSU`` PNR/MRZ name is one span. Bank accounts are marked without the bank name; a
driver's licence written with a region name is one span including the region; foreign
passport numbers are KR_PASSPORT. Order numbers, SKUs, tracking and reference codes, dates,
times, versions and statistics are never gold.

Validity. All values are fictional: RRNs/FRNs have real calendar dates and valid check
digits, cards are Luhn-valid with real issuer prefixes, BRNs have valid check digits, mail
uses example/test domains, IPs sit in documentation or private ranges, +1 numbers are
555-01xx, Korean passports are M/S/G/R + 8 digits or M + 3 digits + letter + 4 digits.
Private persons' names are invented; public figures are real.

Regenerate: ``.venv/bin/python -m curate.evals.pii_holdout21``
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.marked import STRUCTURED_MINIMUMS, holdout_rows, write_holdout

OUT = Path(__file__).resolve().parent / "data" / "pii_holdout21_ko.jsonl"
PREFIX = "h21-ko"

POSITIVES: list[str] = []
NEGATIVES: list[str] = []

# --- job applications, 이력서, recruiters' candidate sheets ---
POSITIVES += [
    "[입사지원서]\n성명(한글): [[윤서진|PER]]   성명(영문): [[YOON SEOJIN|PER]]\n주민등록번호: [[940227-1304032|RRN]]\n휴대전화: [[010-4821-7735|TEL]]\n이메일: [[seojin.yoon@example.com|MAIL]]\n지원분야: 백엔드 개발(경력)\n희망연봉: 회사 내규에 따름",
    "이 력 서\n\n성 명 : [[남궁 하율|PER]] (NAMGUNG HAYUL)\n생년월일 : 1998. 3. 14\n연락처 : [[010 3392 6610|TEL]] / 자택 [[031-705-2284|TEL]]\nE-mail : [[hayul98@mail.test|MAIL]]\n주소 : 경기도 성남시 분당구 정자일로 ○○\n\n학력사항\n2017.03 ~ 2023.02  ○○대학교 경영학과 졸업 (학점 3.82/4.5)",
    "후보자 요약 (헤드헌터 내부용)\n- 후보: [[제갈 민|PER]] 과장 / 現 물류 스타트업 PM 6년차\n- 연락: [[010.7714.0928|TEL]], [[jegal.min@corp.example|MAIL]]\n- 레퍼런스: 前 팀장 [[오세훈|PER]]([[010-2290-4471|TEL]]) — 본인 동의 받음\n- 메모: [[민|PER]] 님은 11월 말 퇴사 예정, 12월 중순 입사 가능",
    "안녕하세요, 인사팀 채용담당자님.\n지원번호 RC-2026-11-00483 지원자 [[황보지안|PER]]입니다. 포트폴리오 링크가 깨져 있어 다시 보내드립니다. 확인 후 [[jian.hwangbo@example.org|MAIL]] 또는 [[010-9035-1276|TEL]]로 연락 주시면 감사하겠습니다.\n[[황보지안|PER]] 드림",
    "[외국인 지원자 기본정보]\nName: [[NGUYEN THI THU HA|PER]] (응웬 티 투 하)\n외국인등록번호: [[950423-5711671|FRN]]\nVisa: E-7 / 여권번호 [[C3419875|PASS]]\nMobile: [[010-5512-8830|TEL]]\nEmail: [[thuha.nguyen@example.net|MAIL]]\n추천인: [[Tran Van Long|PER]] (Hanoi office, [[+84 912 384 557|TEL]])",
    "[[김도윤|PER]] / 남 / 만 29세 / [[010-6648-2013|TEL]]\n[[dy.kim.dev@example.com|MAIL]] | github 개인 저장소 42개\n경력: ㈜가나소프트 2019.07~2024.12 (서버 개발)\n※ 급여 이체 계좌: [[110-482-193754|ACC]] (신한, 예금주 [[김도윤|PER]])",
    "채용 서류 전형 결과 공유\n합격: [[이수빈|PER]], [[정하람|PER]], [[Alex Carter|PER]]\n보류: [[최윤|PER]] (연락처 [[010-3321-0967|TEL]] 재확인 필요)\n불합격 안내 메일 발송 완료 — 발송자: 인사팀 recruit 계정",
    "지원자 [[박은채|PER]]\n주민번호 [[880412-2127198|RRN]]\n운전면허 [[서울 93-785956-23|DL]] (1종 보통)\n연락처 [[02-3275-9904|TEL]](자택) [[010-2208-5517|TEL]](휴대)\n배송기사 직무 특성상 면허 사본 제출 필수",
    "Candidate sheet — Korea Sales Lead\nName: [[Daniel Okafor|PER]] / 한국명 없음\nPhone: [[+82 10-4472-9031|TEL]] · US [[+1 212-555-0147|TEL]]\nMail: [[d.okafor@example.com|MAIL]]\nNotes: [[Daniel|PER]] relocating from Lagos office, needs F-2 visa status check",
    "[경력증명서 발급 요청]\n요청인: [[한소율|PER]] (재직기간 2021.04.01 ~ 2025.09.30)\n주민등록번호: [[991009-2137941|RRN]]\n수령 이메일: [[soyul.han@mail.test|MAIL]]\n용도: 이직 제출용",
    "이력서_[[송재혁|PER]].pdf\n\n인적사항\n이름 [[송재혁|PER]] (宋在赫)\n전화 [[01077213408|TEL]]\n메일 [[jaehyuk_song@example.org|MAIL]]\n병역 육군 병장 만기제대 (2016.08 ~ 2018.04)\n자격 정보처리기사, SQLD",
    "채용 담당 [[서지원|PER]] → 지원자 [[Mei Tanaka|PER]]\n[[田中 芽衣|PER]] 様\n면접 일정: 12월 10일(목) 14:00, 강남 본사 8층\n변경 필요 시 [[070-4129-3385|TEL]]로 연락 주세요.\n- [[서지원|PER]] 드림 ([[jiwon.seo@corp.example|MAIL]])",
]
NEGATIVES += [
    "[입사지원서 양식]\n성명: ____________  (한자: ________)\n주민등록번호: ______-_______\n휴대전화: 010-0000-0000\n이메일: ________@________\n※ 작성 예시: 홍길동 / 010-1234-5678 은 예시이며 실제 정보를 기재하세요.",
    "채용공고 문의: 인사팀 (평일 09:00~18:00) 1588-3417. 서류 접수 마감 2026.12.15 23:59. 공고번호 JOB-20261201-0371, 모집인원 00명(세 자리 수 아님).",
    "지원자 김OO 님(010-****-4471)의 서류가 접수되었습니다. 접수번호 A2026120700153. 결과는 담당자가 개별 안내드립니다. — 인사팀",
    "신입사원 교육 일정: 12/14 오리엔테이션(강사 한결 컨설팅), 12/15 직무교육. 지수 산출 결과 평균 만족도 4.6/5.0, 응답자 213명.",
    "합격자 발표는 채용 홈페이지에서 확인하세요. 문의사항은 고객센터 1544-0771 또는 recruit 게시판을 이용해 주십시오. 개인 연락처로는 답변드리지 않습니다.",
]

# --- 병무 / 예비군 ---
POSITIVES += [
    "[예비군 훈련 통지]\n성명: [[강태민|PER]]\n생년월일: 1996.04.27\n훈련일자: 2026.03.17 ~ 03.18 (동원훈련 2박3일)\n소집장소: 제○○사단 동원훈련장\n문의: 예비군 중대장 [[문상현|PER]] [[031-8041-2275|TEL]]",
    "안녕하십니까 중대장님, [[강태민|PER]]입니다. 3월 훈련은 해외출장(3/10~3/25)으로 연기 신청드립니다. 출장명령서 첨부합니다. 회신은 [[010-7390-1184|TEL]]로 부탁드립니다.",
    "[병역판정검사 연기원]\n출원인: [[이준서|PER]] (대리 제출: 모 [[이정희|PER]])\n주민등록번호: [[070302-4605371|RRN]]\n사유: 고등학교 재학 (3학년)\n연락처: [[010-4418-2206|TEL]]",
    "예비군 단톡방 공지\n[[도현|PER]]: 저 이번 주 화요일 보충훈련 가능합니다\n[[박지훈|PER]](소대장): [[도현|PER]]씨 확인했어요. 군복 지참하시고 [[010-8214-5530|TEL]]로 도착 문자 주세요\n[[Ray|PER]]: 저는 목요일이요 (= [[레이몬드 정|PER]])",
    "사회복무요원 복무기관 변경 신청\n성명 [[오민석|PER]] / 주민번호 [[911208-1321837|RRN]]\n보호자(형) [[오민재|PER]] [[010-2745-8813|TEL]]\n현 복무기관: ○○구청 민원여권과\n희망기관: ○○도서관\n사유: 통근거리 편도 2시간",
    "To: [[kang.taemin96@example.com|MAIL]]\nFrom: 예비군 중대 행정병 [[유건우|PER]] <[[yoo.gunwoo@corp.example|MAIL]]>\n[[태민|PER]] 님, 연기 처리 완료됐습니다. 다음 훈련 통지는 5월 중 발송됩니다.",
    "[병무청 입영 안내 회신]\n입영 대상자 [[Siddharth Rao|PER]] (귀화, 한국명 [[라시드|PER]])\n휴대폰 [[010-5562-0841|TEL]] / 여권(인도) [[J4829165|PASS]] / 한국 여권 [[M37294018|PASS]]\n입영일자: 2027.01.12 / 부대: 육군훈련소",
]
NEGATIVES += [
    "병무청 민원상담 1588-9090(유료), 국번 없이 지역 병무청 대표번호는 누리집 참조. 2027년 입영 일정은 12월 20일 공개 예정입니다.",
    "예비군 훈련 불참 시 예비군법 제15조에 따라 과태료가 부과될 수 있습니다. 자세한 사항은 담당자 ○○○(☎ 0000-0000)에게 문의하세요.",
    "이순신 장군 탄신일 기념 행사로 4월 28일 부대 개방 행사가 열립니다. 안중근 의사 기념관 견학도 포함됩니다.",
    "훈련 통계: 2026년 동원훈련 대상 1,203명, 참석률 94.2%, 연기 71건, 미참 3건. 통지번호 MB-2026-0317-00412 기준.",
]

# --- scholarship, dormitory, exchange-student applications ---
POSITIVES += [
    "[2027학년도 1학기 교내장학금 신청서]\n학번: 20231487   성명: [[백지아|PER]]\n학과: 화학공학과 3학년\n주민등록번호(장학금 지급용): [[030911-4212689|RRN]]\n연락처: [[010-2931-5574|TEL]]\n지급계좌: [[1002-845-391027|ACC]] (우리은행, 예금주 본인)",
    "기숙사 입사 신청 (생활관 A동)\n성명 [[류하진|PER]] / 학번 20250912\n보호자 성명 [[류병철|PER]] (부) 연락처 [[010-6234-9902|TEL]]\n본인 연락처 [[010-8850-3417|TEL]]\n룸메이트 희망: [[소민|PER]](학번 20250877)",
    "Exchange Student Application — Spring 2027\nFamily name: [[WATANABE|PER]]  Given name: [[Riku|PER]]\nPassport No.: [[TR4829163|PASS]] (Japan)\nHome university e-mail: [[riku.watanabe@example.ac.jp.test|MAIL]]\nEmergency contact: [[渡辺 美穂|PER]] (mother), [[+81 90-3318-2746|TEL]]",
    "교환학생 파견 서류 체크리스트 — [[정유나|PER]]\n☑ 여권 사본 (여권번호 [[m48201937|PASS]], 만료 2031.05)\n☑ 재정증명서\n☐ 추천서 (지도교수 [[허재석|PER]] 교수님께 요청, [[jaeseok.heo@univ.example|MAIL]])",
    "장학재단 면접 결과\n1. [[조은결|PER]] 합격 (연락 [[010-3318-7520|TEL]])\n2. [[Batbayar Enkhjin|PER]] 합격 (몽골, [[+976 9911 4825|TEL]], 여권 [[E1938247|PASS]])\n3. [[위성호|PER]] 예비 1순위",
    "생활관 퇴사 환불 신청\n신청인: [[탁윤호|PER]] (학번 20221105)\n환불계좌: [[352-1048-2291-63|ACC]] 농협\n연락처: [[010 5520 4178|TEL]]\n퇴사일: 2026.12.19\n관리비 정산 후 14일 이내 환불",
    "외국인 유학생 장학금 신청서\nName (as in passport): [[LI XIAOMING|PER]] / [[李晓明|PER]]\n外国人登录证 / 외국인등록번호: [[011028-8080452|FRN]]\nPassport: [[EA4928173|PASS]]\nMobile: [[010-4928-1177|TEL]]\nWeChat ID: sunflower_0428",
    "안녕하세요 국제교류처 [[안소정|PER]] 선생님, 독일 교환학생 [[Lena Hoffmann|PER]]의 기숙사 배정 건입니다. 여권번호는 [[C3K7LM2P9|PASS]]이고 연락처는 [[+49 151 2384 7719|TEL]]입니다. [[Lena|PER]]가 1월 5일 입국 예정이라 조기 입사 가능 여부 확인 부탁드립니다.\n[[남기훈|PER]] 드림 ([[kihoon.nam@univ.example|MAIL]])",
    "기숙사 배정표 (B동 3층)\n301 [[권나연|PER]] / [[하예린|PER]]\n302 [[Nurul Aisyah|PER]] / [[서가은|PER]]\n층장: [[권나연|PER]] [[010-7715-2209|TEL]]\n※ 분실물 문의는 행정실",
    "성적우수장학금 지급 안내\n[[문채원|PER]] 학생, 장학금 1,850,000원이 2026.12.24 [[3333-08-4719203|ACC]](카카오뱅크)로 지급될 예정입니다. 계좌 정보가 변경되었다면 [[scholar@univ.example|MAIL]]로 알려 주세요.",
]
NEGATIVES += [
    "2027학년도 국가장학금 1차 신청 기간: 2026.11.20 ~ 12.29. 한국장학재단 콜센터 1599-2000. 소득분위 산정 결과는 2~3주 후 확인 가능합니다.",
    "기숙사 입사 안내문: 성명란에는 {name}, 학번란에는 {student_id} 가 자동 입력됩니다. 보호자 연락처는 010-0000-0000 형식으로 작성하세요.",
    "교환학생 설명회: 12/9(수) 16:00 학생회관 소강당. 발표: 국제교류처. 참가 신청 412명, 파견 국가 23개국, 평균 학점 3.71.",
    "하늘이 맑은 날 생활관 앞 잔디밭에서 열린 새봄 축제에는 보람찬 봉사 동아리 공연과 미소 나눔 부스가 준비되었습니다.",
]

# --- 국민신문고-style civil complaints ---
POSITIVES += [
    "[민원 신청]\n신청인: [[곽민호|PER]]\n연락처: [[010-3372-8816|TEL]]\n이메일: [[minho.kwak@mail.test|MAIL]]\n제목: ○○동 공사장 야간 소음 관련\n내용: 밤 11시 이후에도 항타기 작업이 계속됩니다. 현장소장 [[배성민|PER]]([[010-9921-4403|TEL]])에게 여러 차례 전화했으나 개선되지 않습니다.",
    "민원 처리결과 통지\n민원인 [[지영숙|PER]] 님 귀하\n귀하께서 2026.11.28 신청하신 민원(신청번호 2AA-2611-0845127)에 대해 다음과 같이 답변드립니다.\n담당부서: ○○구청 건축과 / 담당자: 주무관 [[엄태식|PER]] ([[02-2148-3362|TEL]])",
    "불법주차 신고\n차량번호: 12가 3456\n위치: ○○초등학교 정문 앞 어린이보호구역\n신고인 [[나은서|PER]] / [[010-2204-7713|TEL]]\n※ 신고인 정보는 비공개 처리 요청",
    "국민신문고 제안\n제안자: [[홍석진|PER]] (대구광역시)\n주민등록번호: [[670419-2015057|RRN]]\n전화: [[053-741-2290|TEL]]\n제안명: 버스정류장 온열의자 설치 확대\n※ 제안자 [[홍석진|PER]]은 시민 제안 경진대회 참가 동의",
    "민원 보완 요청 회신\n안녕하세요, [[Maria Santos|PER]]입니다. 외국인등록번호는 [[860301-6742513|FRN]]이고, 여권 번호 [[P4729183A|PASS]]를 추가로 기재합니다. 연락은 [[010-5523-6690|TEL]] (영어/타갈로그어 가능). 남편 [[김영태|PER]] 연락처는 [[010-4410-2287|TEL]]입니다.",
    "층간소음 민원 (공동주택관리과)\n신청인: [[설다인|PER]] 1203호\n상대 세대: 1303호 (세대주 성명 미상)\n관리사무소 담당: 과장 [[천호영|PER]] [[031-214-0098|TEL]]\n신청인 이메일: [[dain.seol@example.org|MAIL]]",
    "[민원 이송 알림]\n[[방우진|PER]] 님의 민원이 ○○시청 도로과에서 국토교통부 소관기관으로 이송되었습니다.\n처리기한: 2026.12.21\n문의: [[043-201-3345|TEL]] (도로과 [[도은비|PER]] 주무관)",
]
NEGATIVES += [
    "국민신문고 이용 안내: 민원 신청은 누리집 또는 정부민원안내콜센터 국번없이 110으로 가능합니다. 처리 기간은 통상 7일(공휴일 제외)입니다.",
    "민원 신청번호 1AA-2612-0391847 의 처리 상태: 접수 → 배정 → 처리중. 처리기관 ○○구청 청소행정과(대표 02-2148-0000은 예시).",
    "세종대왕 동상 주변 광장 정비 공사로 12월 한 달간 보행로가 통제됩니다. 문의는 서울시 다산콜센터 120.",
    "민원 유형별 통계(2026년 3분기): 교통 31.4%, 환경 18.2%, 건축 12.9%, 기타 37.5%. 총 48,217건, 전년 대비 6.3% 증가.",
    "[처리결과] 신청인 ○○○ 님의 민원에 대해 관련 법령(도로교통법 제32조)을 검토한 결과 단속 대상에 해당함을 알려드립니다. — 담당자",
]

# --- hiking / cycling / badminton clubs ---
POSITIVES += [
    "[산악회 정회원 가입신청서]\n성명: [[모재원|PER]]   닉네임: 산돌이\n생년: 1971\n연락처: [[010-4431-7728|TEL]]\n비상연락처: 배우자 [[변미경|PER]] [[010-4431-9902|TEL]]\n혈액형: A / 지병: 없음\n회비 이체: [[123456-04-782013|ACC]] (국민, 총무 [[심은주|PER]])",
    "🚴 주말 라이딩 단톡\n[[짱구아빠|PER]]: 내일 7시 반포대교 남단 집결이요\n[[Jiwoo|PER]]: 저 타이어 펑크났어요ㅠ\n[[짱구아빠|PER]]: [[Jiwoo|PER]]님 제 번호로 전화주세요 [[010-2287-6630|TEL]]\n[[한서윤|PER]]: 저는 빠질게요 ㅎㅎ",
    "배드민턴 클럽 회원명부 (2027)\n번호,이름,성별,급수,연락처\n1,[[곽태윤|PER]],남,A,[[010-3312-8840|TEL]]\n2,[[모하은|PER]],여,B,[[010-7749-2206|TEL]]\n3,[[Chen Wei|PER]],남,C,[[010-5591-0372|TEL]]\n4,[[석지호|PER]],남,초심,[[010-2235-6178|TEL]]",
    "지리산 종주 참가자 명단 (보험 가입용)\n[[노현우|PER]] [[880608-2961010|RRN]]\n[[이다현|PER]] [[870628-1407878|RRN]]\n[[Sompong Kaewmanee|PER]] [[881119-5592985|FRN]]\n인솔: 대장 [[노현우|PER]] [[010-8840-1197|TEL]]",
    "클럽 총무 [[심은주|PER]]입니다. 12월 회비 미납자: [[왕서준|PER]], [[빈아라|PER]]. [[서준|PER]]님은 [[010-5563-2049|TEL]]로 연락드렸는데 안 받으시네요. 계좌는 [[123456-04-782013|ACC]] 그대로입니다.",
    "[라이딩 사고 경위서]\n작성자: [[편동욱|PER]] ([[010-9274-3381|TEL]])\n사고자: [[Tomás García|PER]] (스페인, 여권 [[PAA482917|PASS]])\n2026.11.29 10:40경 북한강 자전거길 내리막에서 낙차. 119 이송.\n목격자: [[연수아|PER]]",
    "Badminton club intro — 회원 소개\n이번에 새로 오신 [[Hana|PER]] ([[하나|PER]]) 님 환영합니다! [[Hana|PER]]님 인스타 @smash_queen_ 말고 연락은 [[hana.lee@example.com|MAIL]]로 주세요. 코치 [[Kenji|PER]]님은 [[kenji.mori@example.net|MAIL]].",
    "산악회 송년회 장소 예약\n예약자: [[채경호|PER]]\n인원: 32명\n연락처: [[02.592.4478|TEL]] / [[010.6630.1924|TEL]]\n예약금 300,000원 → 식당 계좌 [[301-0184-2291-71|ACC]]\n사업자 ○○가든 [[893-06-64510|BRN]]",
    "▶ 동호회 단톡 내보내기 (2026-12-05)\n[오후 9:12] [[곰돌이|PER]]: 다음주 정모 장소 어디에요?\n[오후 9:13] [[윤아름|PER]]: 체육관 B코트요. 늦으면 [[010-3348-7726|TEL]]로 연락\n[오후 9:15] [[곰돌이|PER]]: 넵 ㅋㅋ [[아름|PER]]님 감사\n[오후 9:15] [[윤아름|PER]]: ㅎㅎ",
    "자전거 동호회 용품 공동구매 입금 확인\n[[성태오|PER]] 85,000 (입금 [[010-2810-4471|TEL]] 명의 확인)\n[[Olga Ivanova|PER]] 85,000\n[[인채린|PER]] 170,000 (2세트)\n담당 [[성태오|PER]] [[taeo.sung@mail.test|MAIL]]",
]
NEGATIVES += [
    "북한산 국립공원 탐방 안내: 국립공원공단 예약센터 1899-6009. 12월~2월 동절기 입산 가능시간 05:00~14:00. 사고 시 119.",
    "정모 공지: 이번 주 토요일 9시 체육관. 회비 2만원. 다솜이랑 보람이는 간식 담당(간식 메뉴는 김밥/귤). 미소 잊지 마세요 😊",
    "2026 투르 드 프랑스 우승자는 타데이 포가차르였고, 안세영 선수는 배드민턴 여자 단식 세계랭킹 1위를 유지하고 있습니다.",
    "라이딩 기록: 총 거리 124.6km, 평균 속도 27.3km/h, 상승고도 1,482m. Garmin Edge 840 펌웨어 12.3.4.0 업데이트 후 측정.",
    "[회원가입 양식] 이름: ○○○ / 연락처: 010-XXXX-XXXX / 비상연락처: ______ / 혈액형: □A □B □O □AB",
]

# --- veterinary records (owner data) ---
POSITIVES += [
    "[진료기록부] ○○동물병원\n환자명: 콩이 (말티즈, 7세, 중성화 M)\n보호자: [[장수연|PER]]\n연락처: [[010-2291-5573|TEL]]\n주소: 서울 마포구 ○○로\n진단: 슬개골 탈구 2기\n담당 수의사: [[권태윤|PER]]",
    "보호자 동의서 (마취/수술)\n동물명: 레오 / 고양이 코리안숏헤어\n보호자 성명: [[Sarah Mitchell|PER]]\n외국인등록번호: [[750423-6173670|FRN]]\n연락처: [[010-7762-3318|TEL]]\n서명: [[Sarah Mitchell|PER]] (인)",
    "안녕하세요 [[다인|PER]]님~ 해피동물병원입니다🐶 뭉치 예방접종(DHPPL 3차) 예정일이 12/12입니다. 예약 변경은 [[02-332-7741|TEL]]로 연락주세요.",
    "동물등록 변경신고서\n동물등록번호: 410097000123456\n소유자(변경 전): [[소재민|PER]] [[010-6618-2290|TEL]]\n소유자(변경 후): [[탁지윤|PER]] [[010-3359-8841|TEL]]\n변경 사유: 소유권 이전(분양)",
    "진료비 영수증\n보호자 [[임하람|PER]] / 환자 보리(푸들)\n결제: 신용카드 [[4981-0383-8031-1378|CARD]] 일시불 238,000원\n승인번호 30418271\n사업자등록번호 [[611-16-94221|BRN]] (○○동물메디컬센터)",
    "Dr. [[Yuna|PER]] / [[유나|PER]] 원장님께,\n저희 강아지 초코 보호자 [[Min-jun Park|PER]]입니다. 지난주 처방받은 약이 남았는데 계속 먹여도 되나요? [[minjun.park@example.com|MAIL]]로 답장 주시면 감사하겠습니다.",
]
NEGATIVES += [
    "반려동물 등록번호 410123456789012 는 15자리 숫자로 이루어져 있습니다. 동물보호관리시스템 문의 1577-0954.",
    "진료 예약 안내: 일요일 휴진, 평일 10:00~20:00. 예약 변경 문자는 자동 발송되며 회신 불가 번호(080-123-4567)입니다.",
    "고양이 '나비'와 강아지 '하늘'이가 나오는 동화 『우리 집 동물병원』(글 박하, 그림 이서)은 어린이 필독서로 선정되었습니다.",
]

# --- car rental, used-car sales, 대리운전 ---
POSITIVES += [
    "[렌터카 임대차 계약서]\n임차인: [[여승민|PER]]\n생년월일: 1990.10.01\n운전면허번호: [[25-97-708720-50|DL]] (2종 보통)\n연락처: [[010-3384-1172|TEL]]\n제2운전자: [[여가윤|PER]] / 면허 [[대전 96-490790-41|DL]]\n결제카드: [[4545 7084 6055 1395|CARD]]\n차량: 아반떼 CN7 / 대여 12.20 10:00 ~ 12.22 18:00",
    "Car rental — Jeju Airport branch\nDriver: [[HARRIS/JAMES EDWARD|PER]]\nInternational driving permit + UK passport [[536172948|PASS]]\nKorean licence: none\nMobile: [[+44 7700 900418|TEL]] / [[010-9938-2214|TEL]]\nCard on file: [[5192 2489 0745 6661|CARD]] (exp 08/29)",
    "중고차 매매계약서\n매도인: [[구성진|PER]] 주민등록번호 [[550825-2583001|RRN]] 연락처 [[010-2276-4490|TEL]]\n매수인: [[추민혁|PER]] 주민등록번호 [[840918-1762631|RRN]] 연락처 [[010-7718-3305|TEL]]\n매매금액: 금 일천이백만원정 (₩12,000,000)\n차대번호: KMHD841CBLU123456\n매매업자: ○○모터스 [[658-89-02457|BRN]]",
    "대리운전 호출 기록\n2026-12-05 23:41 호출 / 고객 [[010-5531-7720|TEL]] (저장명: [[변지석|PER]] 고객님)\n출발: 강남역 11번 출구 → 도착: 분당 정자동\n기사: [[마동희|PER]] (면허 [[인천 99-136208-55|DL]])\n요금 32,000원 / 카드 [[5202-2945-0161-3545|CARD]]",
    "[사고 접수] 렌터카 보험 처리\n운전자 [[우태경|PER]] ([[17-98-955668-66|DL]])\n상대 차량 운전자 [[길소라|PER]] [[010-8823-1140|TEL]]\n접수번호 20261206-A-0031872 / 보험사 긴급출동 1588-0100",
    "중고차 판매 문의 DM\n안녕하세요 K5 2021년식 보고 연락드립니다. 실차 확인 가능할까요? 제 번호는 [[010 4482 9917|TEL]]이고 이름은 [[Pham Minh Tuan|PER]]입니다. 외국인등록증 [[820813-6091972|FRN]] 있어서 할부 가능할까요?",
    "대리운전 기사 등록 신청서\n성명: [[탁현철|PER]]\n주민번호: [[710216-1017889|RRN]]\n운전면허: [[19-94-295652-40|DL]] (1종 대형)\n정산계좌: [[110-391-442870|ACC]]\n연락처: [[010-6671-2249|TEL]]",
    "렌트 반납 체크\n예약자 [[하윤슬|PER]] / 실제 운전 [[Ethan Brooks|PER]]\n[[Ethan|PER]] license: US (CA) + IDP\npassport [[583920176|PASS]]\nfuel: full / damage: none\n연락 [[+1 415-555-0162|TEL]]",
    "카셰어링 회원 면허 재인증\n회원: [[강슬기|PER]] ([[seulgi.k@example.org|MAIL]])\n면허번호: [[24-90-338469-73|DL]]\n인증 결과: 적성검사 기간 만료 → 이용 정지\n재인증 후 고객센터 1661-3315로 해제 요청",
]
NEGATIVES += [
    "렌터카 예약 변경은 고객센터 1600-8282(24시간). 예약번호 RSV-26120541187, 차량 모델 GV70 2.5T, 대여 기간 3일, 보험 완전자차 포함.",
    "운전면허번호는 지역코드 2자리-발급연도 2자리-일련번호 6자리-검증번호 2자리로 구성됩니다(예: 00-00-000000-00).",
    "중고차 시세 리포트: 2021년식 쏘나타 평균 1,842만원, 전월 대비 -2.1%. 차대번호 KMHE341DBLA000000 는 예시입니다.",
    "대리운전 기사님 평가: 친절 4.9, 안전운전 4.8. 지수 계산식 v2.3.1.0 적용. 기사 ID DRV-00918237, 운행 1,204건.",
]

# --- return labels, 택배 claims ---
POSITIVES += [
    "[반품 접수증]\n보내는 분: [[어진우|PER]] / [[010-3317-2284|TEL]] / 인천 부평구 ○○로 12\n받는 분: ○○몰 물류센터 반품담당 / [[031-8093-4410|TEL]]\n운송장번호: 6891 2274 3310\n주문번호: 2026120418273641",
    "택배 분실 배상 청구서\n청구인: [[신예나|PER]]\n연락처: [[010-9982-3317|TEL]]\n배상금 입금 계좌: [[1002-338-910274|ACC]] (우리)\n운송장: 584112930018\n물품가액: 289,000원 (영수증 첨부)",
    "기사님 안녕하세요~ 오늘 받을 택배 경비실에 맡겨주세요! 혹시 안 되면 [[010-2244-7781|TEL]]로 전화 주세요. 수령인 [[권민채|PER]]이에요 🙏",
    "Return label\nFROM: [[Lucas Moreau|PER]], 서울 용산구 이태원로 ○○, [[010-4491-0027|TEL]]\nTO: Returns Dept., ○○ Korea\nRMA: RMA-20261203-7781\nTracking: 1Z999AA10123456784",
    "택배 파손 클레임 처리 결과\n고객 [[모승희|PER]] 님, 클레임번호 CLM-2611-00482 건 보상금 45,000원을 [[3333-14-2209375|ACC]]로 송금하였습니다. 문의: 고객센터 1577-1287 / 담당 [[정다솜|PER]] ([[dasom.jung@corp.example|MAIL]])",
    "수령인: [[양지후|PER]]\n휴대폰: [[010 8871 2230|TEL]]\n주소: 부산 해운대구 ○○동 ○○아파트 102동 1403호\n배송메모: 문 앞에 놓아주세요 (초인종 X)",
    "반품 회수 요청 (쿠팡 아님, 자사몰)\n주문자: [[Nattapong S.|PER]] / 수령인: [[임가은|PER]]\n회수지 연락처: [[０１０－７７２１－４４０８|TEL]]\n사유: 사이즈 교환 (270 → 275)\nSKU: SH-RUN-2750-BLK",
    "편의점 택배 접수 영수증\n보내는분 [[탁윤정|PER]] [[010-6620-1153|TEL]]\n받는분 [[Kim Jae-won|PER]] ([[김재원|PER]]) [[+1 646-555-0189|TEL]] New York\n운임 38,500원 결제 [[4751-2040-8831-3912|CARD]]\n운송장 301284771902",
]
NEGATIVES += [
    "택배 배송조회: 운송장번호 5841 1293 0018 / 현재 위치 대전HUB / 배송예정 12.08. 문의 CJ대한통운 1588-1255.",
    "[반품 안내] 수령인: {name} / 연락처: {phone} / 반품 사유를 선택하세요. 반품 접수 후 3영업일 내 회수합니다.",
    "주문번호 2026120591827364 / 상품코드 8809123456789 / 쿠폰 WINTER-2026-50OFF / 인보이스 INV-2026-000412 처리 완료.",
    "반품 회수 기사 배정 완료. 기사 연락처는 안심번호 0507-****-2210 으로 표시됩니다. — 물류운영팀",
    "배송 지연 안내: 폭설로 강원 지역 배송이 1~2일 지연됩니다. 고객님의 양해 부탁드립니다. ○○택배 고객센터 1588-1255.",
]

# --- marriage-agency profiles ---
POSITIVES += [
    "[회원 프로필 - 내부용]\n회원번호 M-26-0417\n성명: [[설재윤|PER]] (남, 1989년생)\n직업: 공기업 과장 / 연봉 7천\n연락처: [[010-2239-7714|TEL]]\n주민번호: 890517-1****** (결혼정보 서비스 약관상 뒷자리 마스킹)\n담당 매니저: [[한지나|PER]] 실장",
    "매칭 제안서\n남: [[방태준|PER]] (34) 대기업 연구원\n여: [[추예슬|PER]] (31) 초등교사\n[[예슬|PER]] 님 연락처 [[010-4421-6693|TEL]] → [[태준|PER]] 님께 전달 동의 받음 (12/3)\n커플매니저 [[오소연|PER]] [[070-8812-4490|TEL]]",
    "국제결혼 중개 신상정보 확인서\n한국인 배우자: [[엄재철|PER]] [[770702-1070826|RRN]] / [[010-3329-8801|TEL]]\n외국인 배우자: [[Nguyen Thi Lan|PER]] / 여권 [[C4817263|PASS]] / 베트남 [[+84 903 118 274|TEL]]\n중개업체 등록번호 서울-종로-국제-2019-0012 / 사업자 [[398-28-85797|BRN]]",
    "회원 가입 계약서\n회원: [[Sophia Chen|PER]] ([[陈思雅|PER]])\n외국인등록번호: [[870304-5977812|FRN]]\n이메일: [[sophia.chen@example.net|MAIL]]\n가입비 결제: [[3528 2404 4388 7590|CARD]] (JCB)",
    "매니저님 [[민서|PER]]예요. 어제 만난 분 괜찮았는데 연락처 교환은 좀 더 생각해볼게요. 제 번호 바뀌었어요: [[010-5518-2240|TEL]]",
]
NEGATIVES += [
    "결혼정보회사 가입 상담 1588-7740. 회원 수 38,412명, 성혼율 12.8%(2025 기준). 상담 시 개인정보 수집 동의가 필요합니다.",
    "회원 프로필 예시: 김OO (32세, 회사원) / 연락처 010-****-**** / 취미: 독서, 여행. 실제 회원 정보가 아닙니다.",
]

# --- 학원 enrolment and parents' SMS ---
POSITIVES += [
    "[수강 등록 신청서] ○○수학학원\n학생명: [[왕도윤|PER]] (○○중 2학년)\n학생 연락처: [[010-7712-0934|TEL]]\n학부모: [[왕정민|PER]] (모) [[010-2284-6617|TEL]]\n수강반: 중2 심화 A반 (월수금 17:00)\n수강료 자동이체: [[100-031-558274|ACC]]",
    "[[서윤|PER]]이 어머님, 안녕하세요 영어학원 [[진아|PER]] 쌤이에요. 오늘 [[서윤|PER]]이 단어시험 92점이에요👏 다음주 월요일 보강 있습니다. - [[010-3385-2276|TEL]]",
    "선생님 [[하준|PER]]이 엄마예요~ 오늘 [[하준|PER]]이 감기 때문에 결석할게요ㅠ 숙제는 [[하준|PER]] 동생 [[하은|PER]]이 편에 보낼게요. ([[010-9927-4418|TEL]])",
    "학원비 납부 영수증\n학생: [[선우재희|PER]]\n납부자: [[선우진|PER]]\n결제: [[5338 5386 6266 3203|CARD]] (3개월 할부)\n금액 420,000원 / 교습과목 국어·수학\n학원 사업자번호 [[233-04-70633|BRN]]",
    "원생 명단 (초등 코딩반)\n[[라온|PER]] / [[010-4417-2283|TEL]](모)\n[[Aiden Kim|PER]] / [[010-6692-0017|TEL]](부)\n[[봉지유|PER]] / [[010-3370-2984|TEL]](모)\n※ 차량 탑승: [[라온|PER]], [[봉지유|PER]]",
    "[학원 셔틀 안내 문자] [[이채아|PER]] 학생 학부모님, 오늘 셔틀 하차 시간은 18:25 예정입니다. 셔틀 기사님 연락처: [[010-5590-3371|TEL]] (기사 [[남궁철|PER]])",
    "학원 등록 (외국인 학부모)\n학생: [[Aruuna Bat-Erdene|PER]] (아루나)\n보호자: [[Bat-Erdene Oyunchimeg|PER]]\n외국인등록번호: [[750630-6128776|FRN]]\n연락처: [[010-8840-3316|TEL]], 몽골 [[+976 8800 3317|TEL]]",
]
NEGATIVES += [
    "학원 상담 예약은 대표번호 1661-2204로 해 주세요. 겨울방학 특강: 중등 수학 심화(정원 12명), 고등 국어 문학(정원 15명). 수강료 월 32만원.",
    "알림: {student_name} 학생이 {time}에 등원했습니다. 본 메시지는 발신전용입니다.",
    "나라사랑 글짓기 대회 수상작 발표 — 소망반 학생들의 작품이 은하수 게시판에 전시됩니다. 한결같이 노력한 모두에게 박수를!",
    "이번 모의고사 국어 평균 78.4점, 수학 71.2점, 영어 1등급 비율 8.3%. 상위 10% 커트라인 92점. 자료출처: 한국교육과정평가원.",
]

# --- crowdfunding backer lists ---
POSITIVES += [
    "리워드 배송 명단 (펀딩 #4821 '휴대용 커피 그라인더')\n후원번호,이름,연락처,리워드\n10021,[[김하늘|PER]],[[010-2231-4478|TEL]],얼리버드 1개\n10022,[[Mateo Rossi|PER]],[[010-9912-0384|TEL]],2개 세트\n10023,[[남보람|PER]],[[010-6638-2207|TEL]],얼리버드 1개",
    "후원자 문의 메일\nFrom: [[jisoo.baek@example.com|MAIL]]\n안녕하세요, 후원자 [[백지수|PER]]입니다. 배송지 변경 부탁드려요. 연락처 [[010-4772-3308|TEL]]은 그대로입니다.",
    "후원 결제 실패 목록\n- [[공태현|PER]] / [[4455-0405-7942-6238|CARD]] / 한도초과\n- [[Akira Sato|PER]] / [[3589-5050-0608-0908|CARD]] / 카드정지\n- [[위소영|PER]] / [[2221 9481 1186 3840|CARD]] / 재시도 예정",
    "메이커 정산 계좌 등록\n메이커: 주식회사 소리공방 (대표 [[편세린|PER]])\n사업자등록번호 [[853-16-50661|BRN]]\n정산계좌 [[140-012-884731|ACC]]\n담당자 메일 [[settle@soribox.example|MAIL]]",
    "펀딩 스페셜 땡스 투 크레딧 (후원자 동의)\n[[한결|PER]] ([[hangyeol.o@example.org|MAIL]]), [[Sora|PER]], [[진주원|PER]]\n배송 문의는 메이커 [[070-7734-2281|TEL]]",
]
NEGATIVES += [
    "펀딩 달성률 1,284%, 후원자 3,117명, 모금액 182,400,000원. 리워드 SKU GRD-PRT-01, 배송 시작일 2027.01.15.",
    "Special thanks 문구 예시: '{nickname}님 감사합니다' — 후원자 닉네임은 공개 동의한 경우에만 표기됩니다.",
    "후원자 여러분 감사합니다! 문의는 플랫폼 고객센터 1600-3811 또는 메이커 페이지 Q&A 게시판으로 부탁드립니다. — 메이커 운영팀",
]

# --- donation receipts (기부금 영수증) ---
POSITIVES += [
    "기부금 영수증 (일련번호 2026-0418)\n1. 기부자\n성명: [[노성우|PER]]\n주민등록번호: [[861105-1381016|RRN]]\n주소: 경기도 수원시 ○○구\n2. 기부금 단체\n단체명: 사단법인 ○○나눔\n사업자등록번호: [[818-83-97248|BRN]]\n3. 기부금액: 1,200,000원 (정기후원)",
    "기부금영수증 발급 신청\n성명 [[류은하|PER]] / 주민번호 [[901001-2872326|RRN]]\n이메일 [[eunha.ryu@mail.test|MAIL]]\n후원 기간 2026.01 ~ 2026.12\n※ 연말정산 간소화 자동 등록 동의",
    "정기후원 신청서\n후원자: [[Kevin O'Brien|PER]]\n외국인등록번호: [[600707-5751861|FRN]]\n출금계좌: [[564-910274-33107|ACC]] (하나)\n연락처: [[010-3318-4426|TEL]]\n후원금액: 월 30,000원",
    "기부금 영수증 재발급 요청드립니다. 어머니 [[봉순자|PER]] 명의로 후원했는데 주민번호가 [[510813-1910715|RRN]]로 잘못 입력된 것 같습니다(원래 510813-2로 시작). 확인 부탁드립니다. - 딸 [[봉지혜|PER]] [[010-6629-7713|TEL]]",
    "기부자 명단 (내부 장부)\n[[진영호|PER]] [[750225-1276981|RRN]] 월 50,000\n[[탁미래|PER]] [[761119-2921118|RRN]] 월 30,000\n[[Grace Lim|PER]] [[620706-5371882|FRN]] 일시 200,000\n담당: 후원관리팀",
    "Donation receipt request — [[Anna Kowalski|PER]]\nARC: [[941025-6095511|FRN]]\nE-mail: [[anna.k@example.com|MAIL]]\nAmount: KRW 500,000 (one-off, 2026-11-30)\nCard: [[4742 1777 2305 3790|CARD]]",
]
NEGATIVES += [
    "기부금 영수증 서식(소득세법 시행규칙 별지 제45호의2)\n기부자 성명: ____ 주민등록번호: ______-_______ 기부금액: ____원\n※ 주민등록번호 예시 900230-1234567 은 존재하지 않는 날짜입니다.",
    "2026 사랑의 온도탑 목표액 4,497억원, 현재 달성률 71.3도. 사회복지공동모금회 대표번호 080-890-1212(수신자 부담).",
    "후원 문의: 나눔센터 1544-2271. 기부금 영수증은 홈페이지 '마이페이지 > 영수증 출력'에서 직접 발급 가능합니다. 발급번호 예: DN-2026-000000.",
]

# --- overseas remittance forms ---
POSITIVES += [
    "[해외송금 신청서]\n송금인: [[차민준|PER]] / 주민등록번호 [[580722-2153351|RRN]]\n송금인 연락처: [[010-4410-7782|TEL]]\n수취인: [[NGUYEN VAN HUNG|PER]]\n수취은행: VIETCOMBANK / SWIFT BFTVVNVX\n송금액: USD 2,000 / 송금사유: 가족생활비",
    "Outward Remittance Application\nRemitter: [[Ganbold Tsetsegmaa|PER]] / ARC No. [[560604-6994333|FRN]]\nPassport: [[E2817364|PASS]] (Mongolia)\nTel: [[010-2281-9934|TEL]]\nBeneficiary: [[Tsetsegmaa Bolormaa|PER]], Ulaanbaatar\nSWIFT: KHANMNUB\nDebit account: [[1002-771-204938|ACC]]",
    "해외송금 수취 확인 요청\n안녕하세요. 필리핀 가족에게 보낸 송금이 아직 도착 안 했어요. 송금인 [[Maricel Dela Cruz|PER]], 외국인등록번호 [[750918-6932168|FRN]]입니다. 언니 [[Jocelyn Dela Cruz|PER]] 번호 [[+63 917 482 3391|TEL]]. 참조번호 OR2611280417",
    "SWIFT MT103 (사본, 내부검토)\n:50K:/[[1006-901-228347|ACC]]\n[[PARK SOOHYUN|PER]]\nSEOUL KOREA\n:57A:BKCHCNBJ\n:59:\n[[WANG JING|PER]]\nBEIJING\n:70:TUITION FEE\n:71A:SHA",
    "Remittance inquiry — from [[olga.petrova@example.com|MAIL]]\nHello, I am [[Olga Petrova|PER]] ([[Ольга Петрова|PER]]), ARC [[900511-5072159|FRN]]. Passport [[75 4829163|PASS]]. My transfer to Sberbank (SWIFT SABRRUMM) was returned. Please call [[010-9271-4408|TEL]].",
    "해외송금 등록 (정기송금)\n송금인 [[Somchai Boonmee|PER]] / 여권 [[AA4827193|PASS]] (Thailand)\n외국인등록번호 [[870212-5580110|FRN]]\n수취인 [[Malee Boonmee|PER]] / Kasikornbank / SWIFT KASITHBK\n출금계좌 [[352-0918-3341-27|ACC]]\n연락처 [[010-6648-1192|TEL]]",
    "국외송금 사유 소명서\n작성자: [[오진혁|PER]] ([[760127-1263077|RRN]])\n수취인: 아들 [[오세준|PER]] (미국 유학, [[+1 617-555-0133|TEL]])\n송금액 USD 18,500 (학비+기숙사비)\n첨부: I-20, 등록금 고지서",
]
NEGATIVES += [
    "해외송금 수수료 안내: 건당 USD 5,000 이하 8,000원, 초과 15,000원. 전신료 8,000원 별도. SWIFT 코드 예: SHBKKRSE, KOEXKRSE. 문의 1599-8000.",
    "환율 정보 (2026.12.07 11:00 기준): USD 1,382.50 / JPY 100 931.22 / CNY 190.41 / VND 100 5.47. 변동폭 +0.31%.",
    "해외송금 신청서 작성 예시: 수취인 성명 JOHN DOE, 계좌번호 000-0000-0000, SWIFT XXXXXXXX. 실제 정보를 입력하세요.",
]

# --- mobile-phone activation (개통) forms ---
POSITIVES += [
    "[신규 가입 신청서] 통신사 대리점\n가입자: [[명수호|PER]]\n주민등록번호: [[121112-3462186|RRN]] (미성년자)\n법정대리인: [[명재훈|PER]] [[770411-2220457|RRN]]\n개통번호: [[010-3391-2207|TEL]]\n단말기: Galaxy S26 / IMEI 356789104512873\n요금 자동이체: [[110-507-338291|ACC]]",
    "외국인 개통 서류 체크\n고객명: [[Yusuf Karimov|PER]] (우즈베키스탄)\n여권번호: [[FA4829173|PASS]]\n외국인등록증: [[860323-5960437|FRN]]\n개통 회선: [[010-7754-3318|TEL]] (선불 → 후불 전환)\n담당: 매장 직원 [[곽은지|PER]]",
    "번호이동 신청\n명의자 [[표하린|PER]] / 생년월일 2001.07.03 / 주민번호 [[010703-4447878|RRN]]\n이동 번호: [[010-2284-9931|TEL]]\n이전 통신사: ○○텔레콤 → 신규: ○○모바일\n할부 결제 카드 [[5448-7249-9659-4507|CARD]]",
    "개통 완료 안내 문자\n[[임소망|PER]] 고객님, 요청하신 [[010-4827-1103|TEL]] 회선 개통이 완료되었습니다. 유심 일련번호 8982301234567891234F. 고객센터 114",
    "법인폰 일괄 개통 명단\n법인명: ㈜한빛물산 / 사업자 [[730-29-35708|BRN]]\n1) [[곽도훈|PER]] 과장 [[010-5512-0048|TEL]]\n2) [[여수민|PER]] 대리 [[010-5512-0049|TEL]]\n3) [[Aleksandr Volkov|PER]] 차장 [[010-5512-0050|TEL]]\n담당자 메일 [[it-admin@hanbit.example|MAIL]]",
    "eSIM 개통 신청 (여행자)\nName: [[SUZUKI/HARUTO|PER]]\nPassport: [[TK7391846|PASS]]\nContact e-mail: [[haruto.s@example.jp.test|MAIL]]\nAssigned number: [[010-9920-3376|TEL]] (30 days)",
    "명의변경 신청서\n양도인: [[하동민|PER]] [[010-3376-2209|TEL]] / 주민번호 [[690212-2862961|RRN]]\n양수인: [[하채린|PER]] (딸) / 주민번호 [[000229-4456123|RRN]]\n대상 회선: [[010-3376-2209|TEL]]",
]
NEGATIVES += [
    "IMEI 356789104512873 / 일련번호 R3CX20ABCDE / 모델명 SM-S938N / 펌웨어 S938NKSU2AYK1 / 제조일 2026-10-14. 분실신고 접수 114.",
    "요금제 안내: 5G 슬림 월 55,000원, 데이터 14GB. 가입 문의 080-011-0114(무료), 해지 문의 1600-2000. 유심 가격 7,700원.",
    "개통 신청서 작성 요령: 가입자 성명 ○○○, 주민등록번호 앞 6자리만 기재, 연락 가능 번호 010-XXXX-XXXX. 주민번호 뒷자리는 ******로 마스킹됩니다.",
]

# --- e-contract audit logs ---
POSITIVES += [
    "[전자계약 감사추적인증서]\n문서명: 근로계약서_2027\n문서ID: 7f3c2a91-4b0e-4d1a-9e77-2c8b1f0a6d34\n2026-12-01 10:12:44 생성 — [[hr@gana.example|MAIL]] (IP [[203.0.113.45|IP]])\n2026-12-01 10:13:02 서명요청 발송 → [[송하린|PER]] <[[harin.song@example.com|MAIL]]>, [[010-9381-2274|TEL]]\n2026-12-01 14:40:19 열람 — [[송하린|PER]] (IP [[198.51.100.23|IP]])\n2026-12-01 14:42:05 서명 완료 — [[송하린|PER]] (휴대폰 본인인증)",
    "Audit trail — Lease Agreement #LA-2026-1193\n12/02 09:01 KST Created by [[Jonathan Lee|PER]] <[[jlee@realty.example|MAIL]]> from [[192.0.2.17|IP]]\n12/02 09:05 Sent to [[Hyunwoo Choi|PER]] <[[hwchoi@example.org|MAIL]]>\n12/02 21:17 Viewed by [[Hyunwoo Choi|PER]] from [[2001:db8:4f2a::1c|IP]]\n12/02 21:20 Signed by [[Hyunwoo Choi|PER]]\n12/02 21:20 Completed",
    "전자서명 로그 (부동산 매매 계약)\n매도인 [[남정숙|PER]] 서명 2026-11-28 16:02:11 / 접속 IP [[192.168.0.24|IP]] / 인증: 휴대폰 [[010-2246-7719|TEL]]\n매수인 [[염태호|PER]] 서명 2026-11-28 16:20:47 / 접속 IP [[10.20.3.114|IP]]\n중개사무소 ○○공인 사업자 [[446-21-69457|BRN]]",
    "[계약 체결 알림] [[Chloe Martin|PER]]님이 '프리랜서 용역 계약서'에 서명했습니다.\n서명 시각: 2026-12-03 11:08:32 (UTC+9)\n서명자 IP: [[198.51.100.201|IP]]\n서명자 이메일: [[chloe.martin@example.net|MAIL]]\n요청자: [[윤재성|PER]] ([[jaesung.yoon@studio.example|MAIL]])",
    "audit.log\n2026-12-04T08:30:11+09:00 doc=NDA-88412 event=sign_request actor=[[legal@corp.example|MAIL]] target=[[minji.ha@example.com|MAIL]]\n2026-12-04T09:02:55+09:00 doc=NDA-88412 event=otp_sent to=[[+82-10-4418-2937|TEL]]\n2026-12-04T09:03:40+09:00 doc=NDA-88412 event=signed actor=[[minji.ha@example.com|MAIL]] name=\"[[하민지|PER]]\" ip=[[203.0.113.88|IP]]",
]
NEGATIVES += [
    "감사추적 로그 보존 기간: 10년. 해시 알고리즘 SHA-256, 타임스탬프 기관 OID 1.2.410.200004.5.2.1.1. 문서 버전 3.1.4.2, 총 이벤트 수 12.",
    "2026-12-04T09:03:40+09:00 doc=NDA-88412 event=signed actor={signer_email} ip={client_ip} — 로그 템플릿 예시입니다.",
    "[전자계약 서비스 공지] 12월 9일 02:00~04:00 정기점검. 점검 중 서명 불가. 문의: 고객지원팀 1544-7788 / 발신: 운영팀",
]

# --- Instagram / Twitter DMs ---
POSITIVES += [
    "@film.snap_studio 님이 메시지를 보냈습니다\n안녕하세요! 스냅 촬영 문의드려요. 12/21 성수동 가능할까요? 연락처 남길게요 [[010-3319-7746|TEL]] ([[연우|PER]])",
    "DM) 사진 도용 건 때문에 연락드립니다. 원본 작가 [[기은솔|PER]]입니다. 원본 파일과 촬영 정보 보내드릴 수 있어요. 메일: [[eunsol.ki@example.com|MAIL]]",
    "[Twitter DM]\n[[Mina|PER]]: 콘서트 양도 아직 가능하세요?\n[[Mina|PER]]: 입금하면 바로 보내주실 수 있나요\n판매자: 네 [[3333-21-5590184|ACC]] 카카오뱅크 [[소재희|PER]]로 보내주세요\n판매자: 티켓은 [[mina_0412@example.org|MAIL]]로 전송할게요",
    "인스타 공구 DM 주문\n이름: [[은도현|PER]]\n번호: [[010.2249.3378|TEL]]\n주소: 광주 북구 ○○로\n상품: 수제청 3병 세트 x2\n입금자명: [[은도현|PER]]",
    "Hi [[Jun|PER]]! it's [[Priya|PER]] from the Itaewon language exchange 😊 my kakao isn't working, so here's my number [[010-7720-4415|TEL]]. [[Priya Sharma|PER]]",
    "(DM) 안녕하세요 쇼핑몰 사장님, 협찬 제안드립니다. 저는 유튜버 '토끼언니' 매니저 [[허준영|PER]]입니다. 회신은 [[manager.heo@example.net|MAIL]] / [[010-6634-1128|TEL]]로 부탁드려요.",
    "트위터 DM 캡처\n[[민트초코|PER]]: 제 본명 [[서하나|PER]]이고 전화 [[010-9913-2281|TEL]]이에요, 택배 보내주세요!\n[[민트초코|PER]]: 주소는 카톡으로 보낼게요",
    "IG DM\nHey [[Ananya|PER]], my manager [[Laura Chen|PER]] said you need the invoice. I'll send it to [[ananya.r@example.com|MAIL]]. Business reg. no. [[375-08-21754|BRN]] (Studio Bom).",
]
NEGATIVES += [
    "방탄소년단 RM이 새 솔로 앨범을 발표했고, 손흥민은 MLS 데뷔골을 넣었습니다. 팬들의 DM이 쏟아졌다고 합니다.",
    "[Instagram] 보안 알림: 새 기기에서 로그인했습니다. 본인이 아니라면 비밀번호를 변경하세요. 인증코드 482913 (10분간 유효).",
    "DM 자동응답: 안녕하세요! 주문 문의는 프로필 링크를 이용해 주세요 🙏 — 고객센터",
    "지수랑 하늘이 덕분에 오늘 너무 즐거웠어! 다음에 또 보자 ㅎㅎ #주말 #카페투어",
]

# --- GitHub issues and mailing-list posts ---
POSITIVES += [
    "### Bug: 회원가입 시 전화번호 검증 실패\n\n재현 데이터 (고객이 보내준 값 그대로):\n```\nname: [[최서율|PER]]\nphone: [[+82 10 4471 2093|TEL]]\nemail: [[seoyul.choi@example.com|MAIL]]\n```\n`+82` 형식이 거부됩니다. @dev-kim 확인 부탁드립니다.",
    "On Tue, Dec 1, 2026 at 3:14 PM [[Sang-hoon Ryu|PER]] <[[shryu@example.org|MAIL]]> wrote:\n> 패치 적용했는데 인코딩 문제가 여전합니다.\n> 제 로컬 환경은 Ubuntu 24.04, Python 3.12.3 입니다.\n\n[[상훈|PER]]님, 로그 전체를 첨부해 주실 수 있을까요?\n-- \n[[Mirae Jo|PER]]",
    "Issue #2211: Export CSV leaks customer phone numbers\n\nSteps: export → open file. Row 3 shows `[[김나래|PER]],[[010-5527-8830|TEL]],[[narae.kim@example.net|MAIL]]` in plain text even with masking ON.\nReporter: [[Tom Becker|PER]]",
    "[ko-users] Re: 한글 형태소 분석기 추천\n\n[[박세영|PER]] <[[seyoung.park@example.com|MAIL]]> 님이 쓰신 글:\n>> 사용자 사전 경로를 어디에 두나요?\n\n저는 /etc/dic/user.csv 에 둡니다. 제 사전 파일 필요하시면 [[seyoung.park@example.com|MAIL]] 로 보내드릴게요.\n\n[[정연호|PER]] 드림",
    "## Steps to reproduce\n1. SSH from my home IP ([[198.51.100.77|IP]]) as `[[jisu.kang|PER]]`\n2. Run deploy script\n\nLogs attached. I'm [[Jisu Kang|PER]] ([[jisu.kang@example.com|MAIL]]), on-call this week.\n\n<details>auth failure for [[jisu.kang|PER]] from [[198.51.100.77|IP]] port 51822</details>",
    "Pull request #918 review comment:\n> tests/fixtures/users.json 에 실제 고객 데이터가 들어간 것 같습니다: `{\"name\": \"[[장윤아|PER]]\", \"rrn\": \"[[010830-3411438|RRN]]\"}` → 즉시 삭제 부탁드립니다.\n— [[Haneul Yoo|PER]]",
    "Re: [dev] 결제 모듈 장애 보고\n\n고객 [[이태양|PER]]님 카드([[4028 0395 6949 9468|CARD]])가 두 번 승인되었다고 합니다. 고객 연락처 [[010-8812-4403|TEL]]. 환불 처리는 [[billing@shop.example|MAIL]] 에서 진행합니다.\n\n[[Hyejin|PER]]",
]
NEGATIVES += [
    "Contributors: Linus Torvalds, Guido van Rossum, 그리고 Apache Software Foundation 커뮤니티에 감사드립니다. Translated by 김번역 팀(번역자 명단은 CREDITS 파일 참조).",
    "Release v10.2.3.4 (build 2026.12.07.1533) — fixes #2211, #2213. Checksum sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.",
    "Issue template:\n**Name**: {name}\n**Email**: <your-email>\n**Phone**: 010-0000-0000 (do not post real numbers)\n**Version**: x.y.z",
    "@dependabot bumped urllib3 from 2.2.3 to 2.3.0. Requires python>=3.9. OID 1.3.6.1.4.1.311.10.3.3 handling unchanged.",
    "『데미안』(헤르만 헤세 지음, 전영애 옮김)을 한국어 토크나이저 테스트 말뭉치로 쓰자는 제안이 있었습니다. 저작권 확인이 필요합니다.",
]

# --- server, VPN, firewall, web access logs ---
POSITIVES += [
    "Dec  7 03:12:44 bastion sshd[22817]: Accepted publickey for [[hyunsoo.kim|PER]] from [[203.0.113.14|IP]] port 53122 ssh2: ED25519 SHA256:Kx9...\nDec  7 03:12:44 bastion sshd[22817]: pam_unix(sshd:session): session opened for user [[hyunsoo.kim|PER]]\n# 계정 소유자: [[김현수|PER]] ([[010-2291-3347|TEL]])",
    "[VPN 접속 기록]\n사용자: [[이가윤|PER]] ([[gayoon.lee|PER]])\n할당 IP: [[10.8.0.42|IP]]\n공인 IP: [[198.51.100.142|IP]]\n접속: 2026-12-06 22:41:07 / 종료: 2026-12-07 01:03:55\n전송량 1.2GB",
    "fw-edge01 DENY TCP [[192.0.2.201|IP]]:44120 -> [[10.0.12.5|IP]]:3389 rule=block-rdp user=\"[[jaemin.park|PER]]\"\n# 알림 수신: 보안팀 [[secops@corp.example|MAIL]]\n# [[jaemin.park|PER]] = [[박재민|PER]] 책임",
    "[[203.0.113.57|IP]] - [[minho|PER]] [07/Dec/2026:10:22:13 +0900] \"GET /admin/users?id=4821 HTTP/1.1\" 200 5123 \"-\" \"Mozilla/5.0\"\n[[203.0.113.57|IP]] - [[minho|PER]] [07/Dec/2026:10:22:19 +0900] \"POST /admin/export HTTP/1.1\" 302 0",
    "OpenVPN status\nCommon Name,Real Address,Virtual Address,Connected Since\n[[choi.yerin|PER]],[[198.51.100.9|IP]]:51234,[[10.9.0.6|IP]],2026-12-07 08:01:12\n[[david.wong|PER]],[[2001:db8:17::5|IP]] port 1194,[[10.9.0.7|IP]],2026-12-07 08:14:55",
    "보안 이벤트 보고서 #SEC-2026-1207-03\n의심 로그인: 계정 [[yuna.shin@corp.example|MAIL]] ([[신유나|PER]] 대리)\n출발지 IP [[2001:db8:a0b:12f0::31|IP]] (해외 VPN 추정), 이전 정상 IP [[172.16.4.28|IP]]\n조치: 세션 강제 종료, 본인 확인 전화 [[010-3380-1926|TEL]]",
    "nginx error.log\n2026/12/07 11:02:41 [error] 1123#1123: *88213 access forbidden by rule, client: [[192.0.2.88|IP]], server: intranet.example, request: \"GET /hr/salary.xlsx HTTP/1.1\"\n# 해당 IP 사용자 확인: 총무팀 [[길현정|PER]] ([[hyunjung.gil@corp.example|MAIL]])",
    "WireGuard peers (wg0)\npeer: kQ3z...=  # [[남궁윤|PER]] 노트북\n  endpoint: [[203.0.113.201|IP]]:51820\n  allowed ips: [[10.66.0.12|IP]]/32\npeer: Zx81...=  # [[Kevin Tran|PER]] phone\n  endpoint: [[2001:db8:9::88|IP]] port 33412\n  allowed ips: [[10.66.0.13|IP]]/32",
    "로그인 이력 (관리자 콘솔)\n일시 | 계정 | 이름 | IP | 결과\n12-07 09:00 | admin01 | [[오하람|PER]] | [[192.168.10.21|IP]] | 성공\n12-07 09:04 | admin02 | [[채준기|PER]] | [[192.168.10.35|IP]] | 실패(비밀번호)\n12-07 09:05 | admin02 | [[채준기|PER]] | [[192.168.10.35|IP]] | 성공",
    "Dec  6 23:59:01 mail postfix/smtpd[4411]: NOQUEUE: reject: RCPT from unknown ([[198.51.100.61|IP]]): 550 5.7.1 <[[sohee.an@example.com|MAIL]]>: Recipient address rejected; from=<[[b.hall@example.net|MAIL]]>",
    "CloudTrail-like event\n{\"eventTime\": \"2026-12-07T02:11:09Z\", \"userIdentity\": {\"userName\": \"[[seojun.bae|PER]]\"}, \"sourceIPAddress\": \"[[2001:db8:ffff:1::a2|IP]]\", \"eventName\": \"DeleteBucket\"}\n# [[seojun.bae|PER]] → [[배서준|PER]] (퇴사 예정자), 연락처 [[010-2714-8856|TEL]]",
    "방화벽 예외 신청서\n신청자: [[금태희|PER]] (연구소) / 내선 4412 / 휴대 [[010-5541-2937|TEL]]\n출발지: [[10.30.7.19|IP]] (신청자 PC)\n목적지: [[203.0.113.160|IP]]:443 (외부 협력사 API)\n기간: 2026.12.08 ~ 2027.01.31",
]
NEGATIVES += [
    "Dec  7 04:00:01 web01 CRON[1182]: (root) CMD (/usr/local/bin/backup.sh --version 10.2.3.4 --retain 14)",
    "nginx/1.25.3 built with OpenSSL 3.0.13. Upgrade path: 1.24.0.1 -> 1.25.3.0. SNMP OID 1.3.6.1.2.1.1.3.0 sysUpTime 182734 ticks.",
    "[시스템 공지] 12월 8일 02:00~05:00 VPN 게이트웨이 점검. 문의: 정보보안팀 내선 2000, IT 헬프데스크 1588-0000(예시). — 관리자",
    "127.0.0.1 - - [07/Dec/2026:10:00:00 +0900] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.30\"",
    "Firewall rule template: allow from <CLIENT_IP> to <SERVER_IP>:443 user=<USERNAME>. Replace placeholders before submitting.",
    "Build 3.12.0.4 passed 4,812 tests in 312.4s on runner ubuntu-24.04. Artifact id 8829103746, commit 4f1c2ab.",
]

# --- CSV / JSON customer dumps ---
POSITIVES += [
    "customer_id,name,phone,email,card_last4\n100231,[[석민아|PER]],[[010-2284-7731|TEL]],[[mina.seok@example.com|MAIL]],1378\n100232,[[James Porter|PER]],[[+1 312-555-0118|TEL]],[[jporter@example.org|MAIL]],0908\n100233,[[탁세현|PER]],[[01055207419|TEL]],[[sehyun.tak@example.net|MAIL]],4471",
    "{\"id\": 8821, \"name\": \"[[김하율|PER]]\", \"rrn\": \"[[861223-2257430|RRN]]\", \"phone\": \"[[010-7738-2294|TEL]]\", \"card\": \"[[5350160864598278|CARD]]\", \"address\": \"서울 은평구\"}",
    "거래처 마스터 export (vendors.csv)\n사업자번호,상호,대표자,전화,이메일\n[[824-87-63305|BRN]],㈜푸른식품,[[도재형|PER]],[[02-3142-7780|TEL]],[[order@pureun.example|MAIL]]\n[[890-03-31800|BRN]],한울상사,[[오미정|PER]],[[051-802-4419|TEL]],[[hanul@trade.example|MAIL]]\n[[834-17-63560|BRN]],다온인쇄,[[Ahmed Rahman|PER]],[[031-945-2281|TEL]],[[daon.print@example.com|MAIL]]\n[[732-27-77980|BRN]],별빛공방,[[표은별|PER]],[[070-4470-2219|TEL]],[[byeolbit@example.net|MAIL]]",
    "members.json\n[\n  {\"nick\": \"[[라떼|PER]]\", \"name\": \"[[윤채희|PER]]\", \"license\": \"[[18-93-833507-12|DL]]\", \"tel\": \"[[010-4421-8820|TEL]]\"},\n  {\"nick\": \"[[Mocha|PER]]\", \"name\": \"[[Park Jiyong|PER]]\", \"license\": \"[[12-99-867451-94|DL]]\", \"tel\": \"[[010-4421-8821|TEL]]\"}\n]",
    "db_dump_2026-12-01.sql (일부)\nINSERT INTO users (name, rrn, mobile) VALUES ('[[모서진|PER]]', '[[9910181642571|RRN]]', '[[01093317720|TEL]]');\nINSERT INTO users (name, rrn, mobile) VALUES ('[[Ha Thi Mai|PER]]', '[[0007208558952|FRN]]', '[[01028849903|TEL]]');",
    "payment_failures.csv\nuser,card_no,reason\n[[gyeol.choi|PER]],[[3755 905578 28594|CARD]],insufficient\n[[seon.min|PER]],[[3468-664798-87629|CARD]],expired\n[[ryan.doyle|PER]],[[3608 444850 5984|CARD]],blocked\n# [[gyeol.choi|PER]]=[[최결|PER]], [[seon.min|PER]]=[[민선|PER]], [[ryan.doyle|PER]]=[[Ryan Doyle|PER]]",
    "고객 엑셀(탭 구분)\n이름\t면허번호\t연락처\n[[우정호|PER]]\t[[부산 16-612159-66|DL]]\t[[010-3329-4418|TEL]]\n[[하소은|PER]]\t[[22-90-025960-10|DL]]\t[[010-7790-2214|TEL]]\n[[Dmitri Sokolov|PER]]\t[[11-23-578483-90|DL]]\t[[010-5562-7781|TEL]]",
    "{\"orders\": [{\"order_no\": \"2026120733891045\", \"buyer\": {\"name\": \"[[노예원|PER]]\", \"phone\": \"[[010 6612 3390|TEL]]\", \"refund_account\": \"[[1002-559-813304|ACC]]\"}, \"sku\": \"TEA-GRN-500\", \"qty\": 2}]}",
]
NEGATIVES += [
    "customer_id,name,phone,email\n100000,홍길동,010-0000-0000,user@example.com\n100001,김OO,010-****-1234,masked\n# 위 데이터는 샘플 스키마 설명용입니다.",
    "sku,barcode,stock,price\nTEA-GRN-500,8809001234567,412,12900\nTEA-BLK-250,8809001234574,98,8900\nCUP-CER-01,8809001234581,1203,15000",
    "{\"invoice\": \"INV-2026-004812\", \"tracking\": \"5841-1293-0018\", \"coupon\": \"XMAS26-8XK2\", \"total\": 48200, \"created_at\": \"2026-12-07T10:11:12+09:00\"}",
]

# --- hotel and guesthouse registrations ---
POSITIVES += [
    "[숙박객 등록카드 / Registration Card]\nRoom 1207 / Check-in 2026-12-05 / Check-out 2026-12-08\nSurname: [[SMITH|PER]]  Given names: [[EMILY ROSE|PER]]\nNationality: USA / Passport No.: [[548291736|PASS]]\nTel: [[+1 503-555-0172|TEL]]\nE-mail: [[emily.r.smith@example.com|MAIL]]\nGuarantee card: [[4115 5318 9878 9886|CARD]]",
    "게스트하우스 투숙객 명부 (12월 1주)\n[[Pierre Lambert|PER]] / France / 여권 [[19AK48291|PASS]]\n[[Nguyen Hoang Nam|PER]] / Vietnam / 여권 [[B8291736|PASS]]\n[[趙 雪|PER]] ([[Zhao Xue|PER]]) / China / 여권 [[EH7281934|PASS]]\n[[이보람|PER]] / 한국 / [[010-2249-7730|TEL]]\n관리인: [[심태원|PER]] [[010-8871-3320|TEL]]",
    "Hotel folio — Guest: [[TANAKA/YUKI|PER]] MS\nPassport [[TZ1029384|PASS]] / Japan\nRoom 803, 3 nights, KRW 612,000\nPaid by JCB [[3566 6992 5531 9716|CARD]]\nCompany invoice to: ㈜오션트래블 사업자등록번호 [[638-87-54641|BRN]]",
    "숙박 예약 확인서\n예약자: [[봉승현|PER]]\n연락처: [[010-5538-2219|TEL]]\n동반 투숙객: [[봉서아|PER]], [[Emma Wilson|PER]] (여권 [[PA7382910|PASS]], 호주)\n예약번호: HB2612054471 / 결제 승인번호 84120937",
    "펜션 예약 메모\n12/24~12/25 별채 / [[민경수|PER]] 님 가족 4인\n연락처 [[010 2291 4478|TEL]] / 추가 연락 배우자 [[은지|PER]] [[010-4498-2207|TEL]]\n잔금 계좌 안내함: [[620-219304-671|ACC]] (하나, 예금주 펜션 대표)",
    "Guesthouse check-in form\nFull name: [[Oyuntsetseg Ganzorig|PER]]\nPassport: [[E4829173|PASS]] (Mongolia)\nKorean phone: [[010-3327-1186|TEL]]\nARC: [[940524-5731071|FRN]]\nEmergency: [[Ganzorig Bat|PER]] [[+976 9911 2837|TEL]]",
    "Front desk log 12/06 23:40\nGuest [[Alexei Morozov|PER]] (rm 512, passport [[76 2938471|PASS]]) lost key card. Re-issued. Guest's wife [[Natalia|PER]] called from [[+7 916 482 39 17|TEL]].\n— night manager [[주한별|PER]]",
    "호텔 단체 투숙객 여권 목록 (○○여행사)\n1. [[WANG/LEI|PER]] [[E48291736|PASS]]\n2. [[LIU/FANG|PER]] [[EA7392018|PASS]]\n3. [[ZHANG/HUI|PER]] [[E58293014|PASS]]\n4. [[CHEN/JIE|PER]] [[EJ2918374|PASS]]\n인솔자: [[金 明|PER]] ([[김명|PER]]) [[+86 138 1022 4417|TEL]]",
]
NEGATIVES += [
    "체크인 15:00 / 체크아웃 11:00. 조식 06:30~10:00(2층 레스토랑). 프런트 내선 0, 룸서비스 내선 2. 예약문의 1588-1234(예시 번호).",
    "Registration card template: Surname ______ Given name ______ Passport No. _________ Nationality ______ Signature ______",
    "호텔 리뷰: 직원분들 미소가 정말 좋았고, 창밖으로 은하수가 보이는 새봄 같은 분위기였어요. 평점 4.8/5.0 (리뷰 1,204개).",
]

# --- visa and immigration paperwork ---
POSITIVES += [
    "[체류기간 연장허가 신청서]\n성(Surname): [[PHAM|PER]]  명(Given names): [[THI HONG|PER]]\n외국인등록번호: [[071001-8908110|FRN]]\n여권번호: [[C7382910|PASS]]  여권유효기간: 2032-04-18\n전화: [[010-7721-3390|TEL]]\n체류자격: D-2 (유학)",
    "사증발급인정서 신청 (초청인 작성)\n초청인: [[정재원|PER]] / 주민등록번호 [[581017-2310874|RRN]]\n피초청인: [[Maria Luisa Reyes|PER]] / Philippines / Passport [[P7382910B|PASS]]\n관계: 배우자",
    "출입국 사실증명 발급 신청\n성명: [[송민재|PER]]\n여권번호: [[m29384756|PASS]] (구여권 [[M18273645|PASS]])\n주민등록번호: [[850627-1685143|RRN]]\n연락처: [[010-2220-4418|TEL]]\n용도: 해외 대학원 제출",
    "E-9 근로자 고용허가 서류\n사업장: ○○금속 / 사업자등록번호 [[779-07-51899|BRN]] / 담당 [[황인성|PER]] [[031-492-7720|TEL]]\n근로자: [[Ram Bahadur Thapa|PER]] (Nepal) 여권 [[09382716|PASS]]\n근로자: [[Ahmad Fauzi|PER]] (Indonesia) 여권 [[C4829173|PASS]]",
    "비자 인터뷰 예약 확인 (미국 대사관 아님, 사설 대행사 메일)\nApplicant: [[CHO/YEJIN|PER]]\nPassport no.: [[M562K3819|PASS]]\nDOB: 1995-08-14\nContact: [[yejin.cho@example.com|MAIL]] / [[010-4487-9932|TEL]]\nAgent: [[Brian Kwon|PER]] ([[brian@visa-agency.example|MAIL]])",
    "외국인등록 신청서 (Application for Alien Registration)\nName: [[KHAN SAMIRA|PER]]\nPassport: [[K8291736|PASS]] (India)\nDate of entry: 2026-11-30\nAddress in Korea: 대전 유성구 ○○로\nTel: [[010-6620-3381|TEL]]\nE-mail: [[samira.khan@example.org|MAIL]]",
    "재외동포(F-4) 신청 서류\n신청인: [[KIM/SERGEI|PER]] ([[김 세르게이|PER]])\n여권: Kazakhstan [[N12938475|PASS]]\n부친: [[김 블라디미르|PER]] / 여권 [[N10293847|PASS]]\n국내 연락처: [[010-3398-2271|TEL]]",
    "MRZ (사본 판독 결과)\nP<KOR[[LEE<<SOOJIN|PER]]<<<<<<<<<<<<<<<<<<<<<<<<<<<\n[[M471B2930|PASS]]4KOR9203148F3203147<<<<<<<<<<<<<<06\n→ 성명 [[LEE/SOOJIN|PER]], 여권번호 [[M471B2930|PASS]]\n확인자: 출입국 민원 대행 [[도하윤|PER]] 행정사 [[02-755-3318|TEL]]",
    "Re: 체류자격 변경 문의\n[[Ji-ho|PER]] 씨, 여권번호가 [[s47281930|PASS]]로 되어 있는데 관용여권이 맞나요? 일반여권이라면 M으로 시작해야 합니다. 확인 부탁드려요.\n— [[윤서현|PER]] 행정사 ([[seohyun.yoon@law.example|MAIL]])",
    "Visa invitation letter\nI, [[Hannah Schmidt|PER]] (passport [[CF4R7XH29|PASS]], Germany), invite my friend [[Park Dong-hyun|PER]] (passport [[M47382910|PASS]]) to Berlin from 2027-02-01 to 2027-02-20. Contact: [[+49 160 4829 3371|TEL]], [[hannah.schmidt@example.de.test|MAIL]]",
]
NEGATIVES += [
    "여권번호는 영문 1자리와 숫자 8자리(예: M12345678)로 구성됩니다. 2021년 12월부터 발급되는 차세대 여권은 M123A4567 형식입니다. — 외교부 여권안내 페이지",
    "하이코리아 외국인종합안내센터 1345 (국번없이). 체류기간 연장 신청은 만료일 4개월 전부터 가능합니다. 수수료 60,000원.",
    "출입국 통계월보 2026년 10월: 체류외국인 2,713,491명, 전년 동월 대비 4.1% 증가. 국적별: 중국 35.2%, 베트남 11.4%, 태국 6.8%.",
    "MRZ 예시: P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< (ICAO 9303 문서의 견본 여권, 실존 인물 아님).",
]

# --- travel-agency group rosters ---
POSITIVES += [
    "[다낭 3박5일 단체 명단] 출발 2027.01.08 VJ879\nNo | 영문성명 | 여권번호 | 연락처\n1 | [[KWON/MINSEO|PER]] | [[M10293847|PASS]] | [[010-3312-0094|TEL]]\n2 | [[KWON/JIHO|PER]] | [[M10293848|PASS]] | -\n3 | [[BAEK/YOUNGSOOK|PER]] | [[M82736451|PASS]] | [[010-7720-3318|TEL]]\n4 | [[BAEK/CHULSOO|PER]] | [[G10293847|PASS]] | [[010-7720-3319|TEL]]",
    "일본 온천 패키지 예약자 정보\n대표 예약자: [[허민정|PER]] [[010-2237-4410|TEL]] [[minjung.heo@example.com|MAIL]]\n동반자: [[허정수|PER]] (여권 [[M903A1122|PASS]]), [[허지후|PER]] (여권 [[R21938475|PASS]])\n결제: [[5240 5404 5630 6459|CARD]] / 예약번호 JP-ONSEN-26120471",
    "인솔자 비상연락망 (몽골 트레킹)\n현지 가이드: [[Bold Erdene|PER]] [[+976 8811 2049|TEL]]\n인솔자: [[국태현|PER]] [[010-4412-8837|TEL]]\n참가자 [[Sarnai|PER]], [[도유진|PER]], [[명하늘|PER]]\n여권 분실 대비 사본 보관: [[도유진|PER]] [[m47382911|PASS]] / [[명하늘|PER]] [[M30291847|PASS]]",
    "여행사 정산서\n거래처: 하늘여행 ㈜ / 사업자등록번호 [[845-06-05899|BRN]]\n대표자 [[반지성|PER]] / 입금계좌 [[301-4492-0183-51|ACC]]\n담당 [[반지성|PER]] [[jiseong.ban@skytour.example|MAIL]]",
    "Tour roster — Seoul Food Tour 12/09\n1. [[Olivia Brown|PER]] (US, [[+1 206-555-0114|TEL]])\n2. [[Nattaya Chaiyaporn|PER]] (TH, passport [[AB7382910|PASS]])\n3. [[Ikram Uulu|PER]] (KG)\nGuide: [[민트|PER]] ([[현민지|PER]]) [[010-2298-4416|TEL]]",
]
NEGATIVES += [
    "여행자보험 콜센터 1588-3344, 외교부 영사콜센터 +82-2-3210-0404(24시간). 해외 긴급 시 현지 대사관으로 연락하세요.",
    "패키지 일정: 1일차 인천(ICN) 09:10 출발 → 다낭(DAD) 12:05 도착. 항공편 VJ879, 좌석 배정 18A~22F, 수하물 20kg.",
]

# --- hospital 보호자 forms ---
POSITIVES += [
    "[입원 보호자 동의서]\n환자명: [[염순례|PER]] (F/82)\n등록번호 00483921\n보호자 성명: [[염동수|PER]] (관계: 자)\n보호자 주민등록번호: [[550726-2561375|RRN]]\n보호자 연락처: [[010-3391-2207|TEL]] / 직장 [[02-560-8841|TEL]]",
    "수술 동의서 보호자 확인\n환자: [[Lee Anh Thu|PER]] (외국인, [[050102-8724821|FRN]])\n보호자: 남편 [[천성우|PER]], 신분증(운전면허) [[경남 97-863004-55|DL]] 확인\n연락처: [[010-6672-3318|TEL]]\n확인 간호사: [[지서연|PER]]",
    "간병인 매칭 신청서\n환자 [[나복순|PER]] / 입원 병동 7W\n신청 보호자 [[나영진|PER]] [[010 2281 7790|TEL]]\n간병인 [[Zhang Meiling|PER]] ([[張美玲|PER]]) 외국인등록번호 [[580327-6994561|FRN]]\n간병비 입금: [[110-228-491037|ACC]] (간병인 명의)",
    "응급실 보호자 연락 기록\n환자 [[신태오|PER]] (미성년, [[110717-3860693|RRN]])\n보호자 모 [[유수정|PER]] 연락 완료 [[010-9923-0041|TEL]]\n연락 시각 02:14",
    "진단서 발급 위임장\n위임인(환자): [[탁정란|PER]] / 외국인등록번호 [[520830-6617751|FRN]]\n수임인: [[탁민호|PER]] (관계: 자) / 운전면허 [[광주 98-206124-89|DL]]\n연락처: [[010-4418-7726|TEL]]",
    "보호자 출입증 발급 대장\n발급일 2026-12-07\n[[은재형|PER]] / 운전면허 [[26-04-424765-53|DL]] / [[010-4439-1187|TEL]]\n[[Sasha Ivanova|PER]] / 여권 [[75 8391042|PASS]] / [[010-7732-9910|TEL]]\n[[황보미|PER]] / 운전면허 [[14-94-812182-36|DL]] / [[010-2215-6690|TEL]]",
    "퇴원 안내 문자\n[[정순자|PER]] 님 보호자 [[정미소|PER]] 님, 퇴원 수속은 12/8 10시 원무과에서 가능합니다. 진료비 수납은 카드 [[5383-4338-1789-9221|CARD]] 자동결제 등록되어 있습니다. 문의 [[02-2072-3318|TEL]] (7병동 간호사실)",
]
NEGATIVES += [
    "보호자 동의서 양식: 환자 성명 ○○○ / 보호자 성명 ○○○ / 주민등록번호 000000-0000000 / 관계 ______ / 서명 ______",
    "병원 대표번호 1577-3330, 응급실 직통 02-1234-5678(병원 누리집 공개번호). 면회 시간 18:00~20:00, 보호자 1인 상주 가능.",
    "진료비 통계: 평균 재원일수 7.2일, 병상가동률 88.4%. 환자 등록번호 00483921 는 내부 번호이며 주민번호 910230-5123452 같은 형식 오류 데이터는 폐기합니다.",
    "허준의 『동의보감』과 이제마의 사상의학은 한의학의 고전입니다. 드라마 '슬기로운 의사생활'의 이익준 캐릭터도 인기였죠.",
]

# --- more records across genres (rosters, ledgers, mixed documents) ---
POSITIVES += [
    "대리운전 기사 정산 명단 (11월)\n기사명,면허번호,정산계좌,연락처\n[[채동건|PER]],[[21-95-086838-91|DL]],[[110-449-201873|ACC]],[[010-4420-1187|TEL]]\n[[오경민|PER]],[[14-94-596931-58|DL]],[[1002-993-410276|ACC]],[[010-3318-2249|TEL]]\n[[Bui Van Thanh|PER]],[[16-90-066859-12|DL]],[[3333-05-8812047|ACC]],[[010-7729-0311|TEL]]",
    "렌터카 대여 원장 (제주 지점)\n계약번호 | 임차인 | 면허 | 카드\nJR-1201 | [[봉하윤|PER]] | [[강원 93-021367-92|DL]] | [[4095-4115-9258-7361|CARD]]\nJR-1202 | [[Kaito Yamamoto|PER]] | IDP / 여권 [[TK5920183|PASS]] | [[2720-8706-8284-3124|CARD]]\nJR-1203 | [[석윤재|PER]] | [[울산 03-980439-15|DL]] | [[5597-1657-7895-3876|CARD]]",
    "법인 기부자 명단 (감사패 제작용)\n[[619-83-59308|BRN]] ㈜새날테크 대표 [[winners@saenal.example|MAIL]]\n[[442-25-85259|BRN]] 한빛약국 (약사 [[계은영|PER]])\n[[556-28-46861|BRN]] 동해수산 (대표 [[엄창식|PER]], [[033-532-4471|TEL]])\n[[825-88-89038|BRN]] ㈜라온푸드",
    "[이력서] 운송직 지원\n성명 [[고재석|PER]] / 1980년생\n운전면허: 1종 대형 [[충북 98-065250-96|DL]], 1종 보통\n화물운송자격증 보유\n연락처 [[010-5528-3391|TEL]] / [[jaeseok.ko@mail.test|MAIL]]\n前 ○○물류 (사업자 [[472-26-76592|BRN]]) 8년 근무",
    "중고거래 직거래 안전확인서\n판매자 [[방다솜|PER]] 신분증(운전면허) [[22-99-846783-43|DL]] 확인\n구매자 [[Chanthavong Souk|PER]] 외국인등록증 [[101029-7676360|FRN]] 확인\n거래물품: 노트북 / 금액 650,000원\n판매자 입금계좌 [[352-2210-9934-18|ACC]]",
    "학원 외국인 학부모 상담 기록\n학생 [[Kim Anya|PER]] ([[김아냐|PER]], 초4)\n어머니 [[Svetlana Kim|PER]] 외국인등록번호 [[800621-5945768|FRN]] / [[010-2238-7741|TEL]]\n아버지 [[김성호|PER]] [[010-2238-7742|TEL]]\n상담 교사 [[이다은|PER]]",
    "장기투숙 계약 (레지던스)\n임차인: [[Muhammad Hafiz|PER]] / ARC [[880229-6612348|FRN]] / Passport [[A48291730|PASS]] (Malaysia)\n보증금 입금: [[4364 4998 7748 1859|CARD]] 승인\n관리사무소: ㈜스테이원 [[250-24-91359|BRN]] [[02-6952-3310|TEL]]",
    "access.log (web-2)\n[[2001:db8:3c4d:15::1a2f|IP]] - [[jeongwoo.han|PER]] [07/Dec/2026:13:01:22 +0900] \"GET /mypage HTTP/2\" 200 8812\n[[2001:db8:3c4d:15::1a2f|IP]] - [[jeongwoo.han|PER]] [07/Dec/2026:13:01:40 +0900] \"POST /mypage/phone HTTP/2\" 200 311 body=phone=[[010-3347-9920|TEL]]\n[[192.0.2.140|IP]] - - [07/Dec/2026:13:02:01 +0900] \"GET / HTTP/1.1\" 200 1532",
    "[보안 점검 결과] 관리자 계정 공유 의심\n계정 ops-admin 동시 로그인: [[198.51.100.33|IP]] ([[윤태리|PER]] 재택), [[203.0.113.9|IP]] ([[마승우|PER]] 출장지)\n두 분께 개별 계정 발급 예정 — [[taeri.yoon@corp.example|MAIL]], [[seungwoo.ma@corp.example|MAIL]]",
    "택배 대량발송 계약서 (화주 정보)\n상호: 꽃담공방 / 사업자등록번호 [[690-29-94879|BRN]]\n대표자: [[여꽃님|PER]] / [[010-6620-4481|TEL]]\n운임 결제 카드: [[5569 5464 3365 9483|CARD]]\n월 예상 물량 1,200박스",
    "크라우드펀딩 메이커 심사표\n1) 고요한목공 [[888-03-21221|BRN]] 대표 [[하진솔|PER]] [[010-8812-3370|TEL]]\n2) 바른빵집 [[528-18-82903|BRN]] 대표 [[Sophie Nam|PER]] [[sophie@bareun.example|MAIL]]\n3) 오름캠핑 [[287-14-89007|BRN]] 대표 [[현오름|PER]]",
    "병원 원무과 메모\n보호자 [[최소망|PER]] 님이 환자 [[최덕희|PER]](부) 진료비를 아래 카드로 결제 요청: [[4550 9698 2552 3337|CARD]], [[6270 0973 7561 9851|CARD]](은련, 딸 [[Li Na|PER]] 명의)\n외국인등록번호(딸): [[040804-7475013|FRN]]\n연락 [[010-9920-1184|TEL]]",
    "예비군 동원 지정 통지 회신서\n성명 [[권도경|PER]] / 운전면허 [[18-22-533699-56|DL]] (동원 차량 운전병 특기)\n연락처 [[010-4429-3381|TEL]], 직장 [[042-611-2290|TEL]]\n직장 사업자등록번호 [[198-06-94995|BRN]] (유급휴가 확인용)",
    "VPN 계정 신청서 (협력사)\n협력사: ㈜코드브릿지 / [[304-85-79600|BRN]]\n사용자 [[Pavel Novak|PER]] ([[pavel.novak@codebridge.example|MAIL]])\n접속 예정 IP [[198.51.100.250|IP]], [[2001:db8:cb::20|IP]]\n승인자 [[서재훈|PER]] 팀장",
    "결혼정보회사 정산 (커플 성사 사례비)\n회원 [[구나래|PER]] 카드 [[4912 8962 0640 1622|CARD]] 1,500,000원\n회원 [[Thomas Weber|PER]] 카드 [[5152-3308-4237-1433|CARD]] 1,500,000원\n환불 계좌([[구나래|PER]]): [[100-148-992031|ACC]]",
    "교환학생 도착 명단 (공항 픽업)\n[[Nguyen Duc Anh|PER]] / VN / [[C8392017|PASS]] / [[+84 988 203 114|TEL]]\n[[Chayanin Srisuk|PER]] / TH / [[AC4829103|PASS]]\n[[Erdenebat Tuvshin|PER]] / MN / [[E5920183|PASS]]\n픽업 담당 학생 [[우하늘|PER]] [[010-3371-9982|TEL]]",
]
NEGATIVES += [
    "운전면허 적성검사 안내: 도로교통공단 1577-1120. 2026년 갱신 대상자 약 412만 명. 온라인 갱신은 안전운전 통합민원 누리집에서 가능합니다.",
    "사업자등록번호 조회는 국세청 홈택스에서 가능합니다. 형식: 000-00-00000. 예시 123-45-67890 은 유효하지 않은 번호입니다.",
    "2026 KBO 골든글러브 수상자 명단이 발표되었다. 이정후, 김도영 등이 후보에 올랐고, 시상식 사회는 전현무가 맡았다.",
    "유관순 열사 서거일을 맞아 천안 아우내 장터에서 추모식이 열렸다. 참석 인원 약 1,200명.",
    "카드 승인 알림 예시: [Web발신] ○○카드(1*2*) 승인 12,900원 일시불 12/07 13:22 ○○편의점. 누적 412,300원. 문의 1588-8100",
    "주민등록번호 020229-3876545 와 771131-2456783 은 달력에 없는 날짜라 시스템 검증에서 거부되었습니다(오류 로그 ERR-RRN-0412).",
]

POSITIVES += [
    "자전거 동호회 차량 지원 명단 (그란폰도 당일)\n1호차 [[나윤석|PER]] [[010–4471–2280|TEL]] 면허 [[24-92-032726-79|DL]]\n2호차 [[Marco Bianchi|PER]] [[010–9912–3307|TEL]] 면허 [[16-11-125779-53|DL]]\n무전 채널 3번, 집결 05:30",
    "[경력직 후보 추천] To: 채용팀 [[talent@corp.example|MAIL]]\n후보 [[선예준|PER]] (前 물류센터장, 지게차·1종 대형 면허 [[대구 24-663860-91|DL]])\n연락처 [[０１０－３３８１－２２０７|TEL]]\n추천인 [[길재현|PER]] 헤드헌터",
    "사고 차량 견인 요청 (보험사 접수용)\n운전자 [[명유리|PER]] / 면허 [[28-16-396342-65|DL]] / [[010 7718 2094|TEL]]\n동승자 [[명가온|PER]], [[Isabella Costa|PER]]\n견인 업체 ○○렉카 [[988-84-74838|BRN]]",
    "카풀 모임 공지 (판교 출근)\n운전: [[지태양|PER]] ([[25-06-767242-91|DL]]), [[소예진|PER]] ([[23-91-894934-63|DL]])\n탑승: [[Ravi|PER]], [[나리|PER]], [[도담|PER]]\n비용 정산 [[지태양|PER]] 계좌 [[3333-17-2093184|ACC]]",
    "[[윤슬|PER]]아 나 [[보미|PER]]! 폰 바꿔서 번호 바뀌었어 → [[010.4429.1183|TEL]] 저장해줘~ 다음주 등산 때 보자 ⛰️",
    "Hotel late arrival note\nGuests [[NAKAMURA/SAKI|PER]] ([[MZ4827163|PASS]]) and [[NAKAMURA/REN|PER]] ([[MZ4827164|PASS]]) arriving 01:30. Contact [[+81 80-4471-2938|TEL]]. Booked by [[Saki|PER]].",
]
NEGATIVES += [
    "하늘이 유난히 파랗던 날, 지수와 한결은 새봄을 맞아 나라 곳곳을 여행하기로 했다. 다솜과 은하도 동행했다. (소설 『봄날의 지도』 중에서)",
    "고객센터 안내 — 발신번호 1661-0880은 당사 대표번호입니다. 010-****-5521 번호로 걸려오는 안내 전화는 당사와 무관합니다. 쿠폰코드 SPRING-2027-KR",
    "Seoul Marathon 2026 results: 1st Kipruto (2:05:41), 2nd Lemma (2:06:02). 참가자 38,412명, 완주율 91.7%.",
]


def records() -> list[dict]:
    """The hold-out's records, as ``main`` writes them."""
    return holdout_rows(POSITIVES, NEGATIVES, PREFIX)


def main() -> None:
    rows = records()
    minimums = {label: max(least, 25) for label, least in STRUCTURED_MINIMUMS.items()}
    minimums["KR_PASSPORT"] = max(minimums["KR_PASSPORT"], 40)
    minimums["IP_ADDRESS"] = max(minimums["IP_ADDRESS"], 35)
    minimums["PERSON"] = 450
    write_holdout(rows, OUT, minimums)


if __name__ == "__main__":
    main()
