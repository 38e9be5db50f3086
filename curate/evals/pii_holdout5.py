"""Fifth PII hold-out set: ``curate/evals/data/pii_holdout5_ko.jsonl``.

Korean text of the kinds a web crawl carries (second-hand market posts, KakaoTalk and SMS logs,
parcel labels, clinic receipts, academy sign-up forms, lease contract excerpts, job
applications, club member tables, funeral and wedding notices with "마음 전하실 곳" accounts,
tax invoices, flight booking e-mails, server logs, customer-service notes, lost-and-found
posts) plus hard negatives that only look like personal data (order, tracking and ticket ids,
SKUs and model codes, file names and URLs, hashes, dates, times and versions, ISBNs, prices and
statistics, 1588/1544/1600/1899 and 080 numbers, public offices' published numbers, corporate
registration numbers, masked values, all-zero placeholders, RRN-shaped numbers with impossible
dates after another label, context words in another sentence, team and role names after
labels, public and historical persons in prose, the noun 이름, characters in fiction).

Every record was written by hand before any scoring, without reading the recognizers, their
tests or the earlier evaluation sets (only the schema of ``pii_holdout3_ko.jsonl``), following
the labelling policy in README.md: ``pii.person: contact`` (a private person's name is gold in
form/label syntax, in correspondence, or in a record that also holds that person's contact or
identity value); business numbers and IP addresses are gold as their own types but do not make
a name contact data; 1588-style and 080 numbers, public offices' landlines, all-zero
placeholders, corporate registration numbers and masked values are not gold. All values are
fictional: e-mail on example.* domains, IPs from documentation or private ranges, RRNs with
their check digit and a real date, FRNs with the pre-2020 foreigner check digit
((13 - weighted sum mod 11) mod 10, even registration-office digits, registrant type 6-9),
Luhn-valid cards with a real issuer prefix, BRNs with their check digit, driver's licences
with a region code 11-28.

Values are marked inline as ``[[value|TYPE]]``; offsets are Python ``str`` indices into the text
with the marks removed, end exclusive. To regenerate::

    .venv/bin/python -m curate.evals.pii_holdout5
"""

from pathlib import Path

from curate.evals.marked import typed_spans, write_jsonl

OUTPUT = Path(__file__).parent / "data" / "pii_holdout5_ko.jsonl"

# (kind, text) with gold values marked inline.
POSITIVES: list[tuple[str, str]] = [
    # --- 중고거래 게시글 ---
    (
        "market",
        "아이패드 에어5 64G 스페이스그레이 팝니다. 기스 없고 배터리 효율 91%입니다.\n"
        "직거래는 강남역 11번 출구, 택배 거래 시 반값택배로 보내드려요.\n"
        "연락은 [[010-4827-1935|PHONE_NUMBER]] 문자 주세요. 전화는 못 받을 때가 많아요.",
    ),
    (
        "market",
        "닌텐도 스위치 OLED 화이트 + 젤다 팩 일괄 32만원\n"
        "안전결제 말고 계좌이체만 받아요. 국민 [[482701-04-196352|KR_BANK_ACCOUNT]] "
        "[[김도윤|PERSON]] 으로 입금 후 캡처 보내주세요.",
    ),
    (
        "market",
        "유모차 무료나눔합니다~ 연식은 좀 됐지만 바퀴 멀쩡해요.\n"
        "필요하신 분 [[010 3391 7720|PHONE_NUMBER]]으로 연락주세요 (밤 10시 이후 연락 X)",
    ),
    (
        "market",
        "[판매] 자이언트 로드자전거 TCR 2021년식 M사이즈\n"
        "가격: 95만원 (네고 조금 가능)\n"
        "거래지역: 수원 영통\n"
        "카톡 안 해서 문자로만 받습니다 → [[010.5523.0846|PHONE_NUMBER]]",
    ),
    (
        "market",
        "아이폰13 미니 128 핑크 팝니다. 풀박스, 케이스 2개 드려요.\n"
        "연락처 [[01096432281|PHONE_NUMBER]] / 메일 [[bluefox88@example.com|EMAIL_ADDRESS]] "
        "둘 중 편한 걸로 주세요.",
    ),
    (
        "market",
        "양문형 냉장고 나눔해요. 이사 때문에 급하게 처분합니다. 직접 가져가셔야 해요.\n"
        "연락: [[０１０－７７２１－４０５８|PHONE_NUMBER]] (오후에만 통화 가능)",
    ),
    (
        "market",
        "(삽니다) 레고 테크닉 42115 람보르기니 미개봉 구합니다.\n"
        "서울 전 지역 픽업 가능, 연락 주실 분 [[010–6614–2093|PHONE_NUMBER]]",
    ),
    (
        "market",
        "캠핑의자 헬리녹스 체어원 2개 일괄 15만원에 팝니다.\n"
        "택배비 포함 가격이고 입금 확인 후 바로 보내드려요.\n"
        "토스뱅크 [[1000-3824-6617|KR_BANK_ACCOUNT]] 예금주 [[정하늘|PERSON]]",
    ),
    (
        "market",
        "갤럭시 워치6 44mm 실버 풀박 23만\n"
        "입금계좌: 케이뱅크 [[100184227305|KR_BANK_ACCOUNT]]\n"
        "문의: [[(010)8820-3147|PHONE_NUMBER]]",
    ),
    # --- 카톡/문자 대화 로그 ---
    (
        "chat",
        "[[이서연|PERSON]] [오후 2:14] 언니 이번 모임 회비 어디로 보내면 돼?\n"
        "[[박지안|PERSON]] [오후 2:15] 신한 [[110-482-339017|KR_BANK_ACCOUNT]] "
        "[[박지안|PERSON]] 으로 3만원씩!\n"
        "[[이서연|PERSON]] [오후 2:15] 넵 보냈어요 ㅎㅎ",
    ),
    (
        "chat",
        "[Web발신]\n"
        "[[최민호|PERSON]]님, 요청하신 설치 기사 연락처 안내드립니다.\n"
        "담당 기사: [[여상우|PERSON]] [[010-2284-6671|PHONE_NUMBER]]\n"
        "방문 예정일: 3월 18일(수) 오후",
    ),
    (
        "chat",
        "엄마 나 폰 바꿨어 번호도 바뀜\n"
        "새 번호 [[010 8832 1407|PHONE_NUMBER]] 저장해줘\n"
        "예전 번호는 이제 안 써",
    ),
    (
        "chat",
        "2026년 2월 14일 토요일\n"
        "총무 [[한지우|PERSON]] : 이번 달 회비 2만원 걷습니다!\n"
        "총무 [[한지우|PERSON]] : 농협 [[352-0981-4427-13|KR_BANK_ACCOUNT]] 으로 이체해주세요\n"
        "[[오민석|PERSON]] : 입금 완료했습니다~",
    ),
    (
        "chat",
        "[[김도경|PERSON]]: 여권번호 좀 보내줘 항공권 예약하게\n"
        "[[윤수아|PERSON]]: [[M95309776|KR_PASSPORT]] 이고 영문 이름은 [[YOON SUA|PERSON]]\n"
        "[[김도경|PERSON]]: ㅇㅋ 만료일도 알려줘\n"
        "[[윤수아|PERSON]]: 2030년 8월까지",
    ),
    (
        "chat",
        "아빠: 인터넷 쇼핑하는데 카드번호 좀 불러줘\n"
        "나: [[4837 0027 9025 4426|CREDIT_CARD]] 유효기간 09/28 뒤에 세 자리는 직접 봐요\n"
        "아빠: 고마워 딸",
    ),
    (
        "chat",
        "[[윤재희|PERSON]]님이 [[정민수|PERSON]]님을 초대했습니다.\n"
        "[[정민수|PERSON]]: 안녕하세요 새로 들어온 [[정민수|PERSON]]입니다. "
        "연락처는 [[010-3029-5518|PHONE_NUMBER]]이에요.",
    ),
    (
        "chat",
        "[문자] 12:03\n"
        "택배 기사입니다. 문 앞에 두고 갑니다. 문의는 이 번호로 주세요.\n"
        "회신번호 [[010 4921 0087|PHONE_NUMBER]]",
    ),
    (
        "chat",
        "[[강태윤|PERSON]] 님 안녕하세요, 어제 면접 보신 주식회사 누리소프트 인사팀입니다.\n"
        "합격 서류는 [[hr.nuri@example.co.kr|EMAIL_ADDRESS]] 로 보내주시면 됩니다.",
    ),
    # --- 택배 송장 ---
    (
        "parcel",
        "운송장번호 6890 2217 4431\n"
        "받는 분: [[강수진|PERSON]]\n"
        "연락처: [[010-3318-2056|PHONE_NUMBER]]\n"
        "주소: 경기도 성남시 분당구 판교역로 235 A동 1203호\n"
        "보내는 분: [[오준혁|PERSON]] / [[031-718-2045|PHONE_NUMBER]]\n"
        "품목: 의류",
    ),
    (
        "parcel",
        "수취인 [[문하린|PERSON]] 님\n"
        "휴대폰 [[010‑2207‑9934|PHONE_NUMBER]]\n"
        "배송메모: 부재 시 경비실에 맡겨주세요",
    ),
    (
        "parcel",
        "SHIP TO: [[PARK JIHOON|PERSON]]\n"
        "Tel: [[+82-10-5521-8830|PHONE_NUMBER]]\n"
        "Address: 17, Sejong-daero 9-gil, Jung-gu, Seoul 04512\n"
        "Tracking No. 1Z 999 AA1 01 2345 6784",
    ),
    (
        "parcel",
        "[편의점택배 접수증] 예약번호 2603151148\n"
        "보내는분 [[송미경|PERSON]] [[051-805-3370|PHONE_NUMBER]]\n"
        "받는분 [[송지혜|PERSON]] [[010-7745-1209|PHONE_NUMBER]]\n"
        "운임 4,000원 (선불)",
    ),
    (
        "parcel",
        "반품 회수 요청\n"
        "회수지 연락처 1: [[064-752-1187|PHONE_NUMBER]]\n"
        "회수지 연락처 2: [[010 5903 2218|PHONE_NUMBER]]\n"
        "고객명: [[고은별|PERSON]]",
    ),
    (
        "parcel",
        "받으시는 분 [[안소희|PERSON]] / 안심번호 [[0504-1183-2290|PHONE_NUMBER]]\n"
        "주문번호 202603150018834",
    ),
    # --- 병원 접수증 ---
    (
        "clinic",
        "[외래 접수증]\n"
        "환자명: [[서지현|PERSON]]\n"
        "주민등록번호: [[930225-2857721|KR_RRN]]\n"
        "진료과: 이비인후과 / 접수번호 0315-042",
    ),
    (
        "clinic",
        "접수번호 2026-04417 / 수진자 [[노은채|PERSON]] ([[020401-4830128|KR_RRN]]) / "
        "보호자 연락처 [[010-7756-0391|PHONE_NUMBER]]",
    ),
    (
        "clinic",
        "진료비 영수증\n"
        "성명 [[한승철|PERSON]]\t주민번호 [[680428 1099613|KR_RRN]]\n"
        "진료기간 2026.03.02 ~ 2026.03.02\t환자구분: 건강보험",
    ),
    (
        "clinic",
        "초진 환자 기록지\n"
        "성명(영문): [[NGUYEN THI LAN|PERSON]]\n"
        "외국인등록번호: [[800725-6640462|KR_FRN]]\n"
        "연락처: [[010-9123-4470|PHONE_NUMBER]]\n"
        "통역 필요: 예 (베트남어)",
    ),
    (
        "clinic",
        "예방접종 예진표\n"
        "피접종자 성명: [[김하은|PERSON]]\n"
        "주민등록번호: [[070502.4655101|KR_RRN]]\n"
        "보호자 성명: [[김태호|PERSON]]  관계: 부\n"
        "보호자 전화번호: [[02-2648-3315|PHONE_NUMBER]]",
    ),
    (
        "clinic",
        "입원 약정서 (발췌)\n"
        "환자: [[이정숙|PERSON]] ([[6208112130744|KR_RRN]])\n"
        "연대보증인: [[이동현|PERSON]] / 관계: 자 / [[010-5210-6634|PHONE_NUMBER]]",
    ),
    (
        "clinic",
        "치과 예약 확인 문자\n"
        "[[백서윤|PERSON]]님 3/21(토) 10:30 스케일링 예약되었습니다.\n"
        "변경은 [[031-8041-2275|PHONE_NUMBER]] 로 연락 바랍니다.",
    ),
    (
        "clinic",
        "건강검진 문진표\n"
        "이름 [[Batbayar Ganzorig|PERSON]]\n"
        "외국인등록번호 [[870224 5541875|KR_FRN]]\n"
        "국적 몽골",
    ),
    # --- 학원 등록 신청서 ---
    (
        "academy",
        "하늘수학학원 수강 신청서\n"
        "학생 이름: [[임하준|PERSON]] (초5)\n"
        "학부모 성함: [[임성규|PERSON]]\n"
        "학부모 연락처: [[010-4402-9918|PHONE_NUMBER]]\n"
        "학생 연락처: 없음",
    ),
    (
        "academy",
        "수강료 안내\n"
        "월 수강료 280,000원 (교재비 별도)\n"
        "입금 계좌: 하나은행 [[357-910482-33107|KR_BANK_ACCOUNT]] (예금주: [[배소윤|PERSON]])\n"
        "입금자명은 학생 이름으로 해 주세요.",
    ),
    (
        "academy",
        "[등록 신청]\n"
        "원생명\t[[조예린|PERSON]]\n"
        "학교/학년\t대청중 2\n"
        "보호자 이메일\t[[yerin.mom@example.net|EMAIL_ADDRESS]]\n"
        "보호자 휴대폰\t[[010 2933 7815|PHONE_NUMBER]]",
    ),
    (
        "academy",
        "피아노 교습소 등록 카드\n"
        "학생: [[유시우|PERSON]] / 7세\n"
        "어머니: [[남궁은지|PERSON]] [[010.6627.3301|PHONE_NUMBER]]\n"
        "아버지: [[유재원|PERSON]] [[010.4471.9023|PHONE_NUMBER]]",
    ),
    (
        "academy",
        "셔틀 탑승 신청 - 학생 [[홍준서|PERSON]], 탑승 위치 래미안 정문, "
        "비상연락처 [[010-8315-2048|PHONE_NUMBER]]",
    ),
    (
        "academy",
        "영어학원 수강료 결제 내역\n"
        "결제자: [[오지민|PERSON]]\n"
        "카드번호: [[5110-1483-9834-5333|CREDIT_CARD]]\n"
        "할부: 일시불 / 금액 350,000원",
    ),
    # --- 부동산 계약서 발췌 ---
    (
        "lease",
        "제1조 (당사자)\n"
        "임대인 성명: [[홍순철|PERSON]]  주민등록번호: [[561221-1242980|KR_RRN]]\n"
        "주소: 서울특별시 마포구 성미산로 12길 7\n"
        "전화: [[010-2741-3306|PHONE_NUMBER]]",
    ),
    (
        "lease",
        "제4조 (잔금) 임차인은 잔금 금 일억이천만원정(₩120,000,000)을 2026년 4월 30일까지 "
        "임대인 명의 계좌(우리은행 [[1002-847-302916|KR_BANK_ACCOUNT]], 예금주 "
        "[[홍순철|PERSON]])로 송금한다.",
    ),
    (
        "lease",
        "임차인\n"
        "성명 [[Maria Santos|PERSON]]\n"
        "외국인등록번호 [[650915-6485191|KR_FRN]]\n"
        "휴대전화 [[+82 10 3390 1842|PHONE_NUMBER]]",
    ),
    (
        "lease",
        "개업공인중개사\n"
        "사무소 명칭: 한빛공인중개사사무소\n"
        "사업자등록번호: [[138-86-29553|KR_BRN]]\n"
        "대표: [[윤석진|PERSON]]\n"
        "전화: [[02-335-8812|PHONE_NUMBER]]",
    ),
    (
        "lease",
        "특약사항\n"
        "1. 계약금 3,000,000원은 계약 당일 임대인 계좌 신협 [[131-019-428831|KR_BANK_ACCOUNT]]로 "
        "이체하였음.\n"
        "2. 임차인 [[정수민|PERSON]]([[960617-1630147|KR_RRN]])은 반려동물을 키우지 않는다.",
    ),
    (
        "lease",
        "임대인: [[권영미|PERSON]] (인)  연락처 [[010-6302-7749|PHONE_NUMBER]]\n"
        "임차인: [[차민호|PERSON]] (인)  연락처 [[010-9917-0352|PHONE_NUMBER]]",
    ),
    # --- 채용 지원서 ---
    (
        "resume",
        "성명\t[[김나래|PERSON]]\n"
        "생년월일\t1996.06.28\n"
        "휴대폰\t[[010-9320-1178|PHONE_NUMBER]]\n"
        "이메일\t[[narae.kim96@example.co.kr|EMAIL_ADDRESS]]",
    ),
    (
        "resume",
        "자격사항\n"
        "- 정보처리기사 (2021.11)\n"
        "- 운전면허 1종 보통 (면허번호 [[18-14-227232-58|KR_DRIVER_LICENSE]])\n"
        "지원자 [[문태현|PERSON]]",
    ),
    (
        "resume",
        "[[JUNHO PARK|PERSON]]\n"
        "Backend Engineer · Seoul\n"
        "Email: [[j.park@example.net|EMAIL_ADDRESS]] | Mobile: [[+82 10 4471 2309|PHONE_NUMBER]]\n"
        "GitHub: github.com/example-jpark",
    ),
    (
        "resume",
        "[입사지원서]\n"
        "이름: [[송가을|PERSON]]\n"
        "지원 분야: 물류 관리 (지게차 운전 가능)\n"
        "운전면허번호: [[12-06-831279-96|KR_DRIVER_LICENSE]]\n"
        "연락처: [[010 5532 7801|PHONE_NUMBER]]",
    ),
    (
        "resume",
        "인적사항\n"
        "성  명 : [[황민서|PERSON]]\n"
        "주민등록번호 : [[990505-2883754|KR_RRN]]\n"
        "E-mail : [[minseo_h@example.org|EMAIL_ADDRESS]]\n"
        "급여 계좌 : 국민 [[049-21-0338-172|KR_BANK_ACCOUNT]]",
    ),
    (
        "resume",
        "외국인 근로자 채용 서류\n"
        "성명: [[RAHMAN MD ARIF|PERSON]]\n"
        "외국인등록번호: [[720316-5281166|KR_FRN]]\n"
        "여권번호: [[S55350104|KR_PASSPORT]]\n"
        "체류자격: E-9",
    ),
    (
        "resume",
        "안녕하세요, 이번 공고에 지원한 [[신유나|PERSON]]입니다. 이력서와 포트폴리오를 "
        "첨부드립니다. 회신은 [[yuna.shin@example.com|EMAIL_ADDRESS]] 또는 "
        "[[010-2118-6043|PHONE_NUMBER]]으로 부탁드립니다.\n[[신유나|PERSON]] 드림",
    ),
    # --- 동호회 회원 명단 ---
    (
        "roster",
        "| 이름 | 연락처 | 이메일 | 비고 |\n"
        "|---|---|---|---|\n"
        "| [[정우진|PERSON]] | [[010-5127-3380|PHONE_NUMBER]] | "
        "[[wj.jung@example.org|EMAIL_ADDRESS]] | 회장 |\n"
        "| [[배다현|PERSON]] | [[010-2264-9017|PHONE_NUMBER]] | "
        "[[dahyun.b@example.org|EMAIL_ADDRESS]] | 총무 |\n"
        "| [[석준호|PERSON]] | [[010-8841-0563|PHONE_NUMBER]] | - | 신입 |",
    ),
    (
        "roster",
        "번호\t성명\t휴대전화\t기수\n"
        "1\t[[남기현|PERSON]]\t[[01034417726|PHONE_NUMBER]]\t12기\n"
        "2\t[[도예슬|PERSON]]\t[[01099218304|PHONE_NUMBER]]\t12기\n"
        "3\t[[하승민|PERSON]]\t[[01051730092|PHONE_NUMBER]]\t13기",
    ),
    (
        "roster",
        "산악회 2026 상반기 임원 명단\n"
        "회장   [[탁현수|PERSON]]   [[010 7720 1935|PHONE_NUMBER]]\n"
        "부회장 [[주은영|PERSON]]   [[010 4308 6621|PHONE_NUMBER]]\n"
        "총무   [[성도윤|PERSON]]   [[010 2219 8470|PHONE_NUMBER]]\n"
        "회비 계좌: 새마을금고 [[9002-1928-4471-3|KR_BANK_ACCOUNT]] (총무 명의)",
    ),
    (
        "roster",
        "독서모임 '책방' 회원 연락망 (외부 유출 금지)\n"
        "- [[이채원|PERSON]] / [[chaewon.lee@example.com|EMAIL_ADDRESS]]\n"
        "- [[구본우|PERSON]] / [[bonwoo@example.co.kr|EMAIL_ADDRESS]]\n"
        "- [[마서현|PERSON]] / [[010-6620-1148|PHONE_NUMBER]]",
    ),
    (
        "roster",
        "조기축구회 회원 명부\n"
        "성명 | 생년 | 연락처 | 포지션\n"
        "[[엄태준|PERSON]] | 1985 | [[010-3307-2291|PHONE_NUMBER]] | GK\n"
        "[[방성훈|PERSON]] | 1990 | [[010-9041-5586|PHONE_NUMBER]] | FW\n"
        "[[표재민|PERSON]] | 1988 | [[+821077302184|PHONE_NUMBER]] | MF",
    ),
    # --- 부고 / 청첩장 ---
    (
        "family",
        "[부고] 영업2팀 [[최동훈|PERSON]] 과장님의 부친께서 3월 14일 별세하셨기에 알려드립니다.\n"
        "빈소: 서울아산병원 장례식장 12호실\n"
        "발인: 3월 16일(월) 오전 7시\n"
        "마음 전하실 곳: 국민은행 [[620401-01-482277|KR_BANK_ACCOUNT]] ([[최동훈|PERSON]])",
    ),
    (
        "family",
        "신랑 [[권준영|PERSON]] · 신부 [[송다은|PERSON]]\n"
        "2026년 5월 23일 토요일 오후 1시 더채플앳청담 3층\n"
        "마음 전하실 곳\n"
        "신랑측: 신한 [[110 295 774013|KR_BANK_ACCOUNT]] [[권준영|PERSON]]\n"
        "신부측: 카카오뱅크 [[3333-08-4419265|KR_BANK_ACCOUNT]] [[송다은|PERSON]]",
    ),
    (
        "family",
        "혼주 안내\n"
        "신랑 아버지 [[권혁민|PERSON]] · 어머니 [[이명순|PERSON]]\n"
        "축의금 송금: 농협 [[301-2288-4410-21|KR_BANK_ACCOUNT]] [[권혁민|PERSON]]\n"
        "문의 [[010-5531-2278|PHONE_NUMBER]]",
    ),
    (
        "family",
        "삼가 고인의 명복을 빕니다.\n"
        "상주: [[장민혁|PERSON]], [[장민지|PERSON]]\n"
        "조의금 계좌: 우체국 [[014782-02-118902|KR_BANK_ACCOUNT]] [[장민혁|PERSON]]\n"
        "장례식장: 부산 좋은강안병원 장례식장 (☎ [[051-610-9000|PHONE_NUMBER]])",
    ),
    (
        "family",
        "우리 딸의 첫 번째 생일에 초대합니다 🎂\n"
        "아빠 [[노지훈|PERSON]] · 엄마 [[탁수빈|PERSON]]\n"
        "참석 여부는 [[010-2295-4418|PHONE_NUMBER]]으로 알려주세요.\n"
        "마음 전하실 곳 기업 [[227-048291-01-013|KR_BANK_ACCOUNT]]",
    ),
    (
        "family",
        "부고\n"
        "총동문회 34회 [[반정우|PERSON]] 동문의 모친상을 알려드립니다.\n"
        "연락처: [[010 8812 0374|PHONE_NUMBER]]\n"
        "부의금 입금: 대구은행 [[508-10-223481-7|KR_BANK_ACCOUNT]] 예금주 [[반정우|PERSON]]",
    ),
    (
        "family",
        "결혼합니다 💐 [[류한결|PERSON]] ♥ [[진소율|PERSON]]\n"
        "축하해 주시는 마음만으로 감사합니다. 멀리서 마음 전하실 분들은 아래로 보내주세요.\n"
        "하나 [[630-910274-88305|KR_BANK_ACCOUNT]] [[류한결|PERSON]]",
    ),
    # --- 세금계산서 ---
    (
        "invoice",
        "전자세금계산서 (공급자 보관용)\n"
        "공급자 등록번호: [[232-12-87271|KR_BRN]]  상호: 바른인쇄  성명: [[장경호|PERSON]]\n"
        "공급받는자 등록번호: [[351-23-58976|KR_BRN]]  상호: 새봄카페  성명: [[유미란|PERSON]]\n"
        "작성일자 2026-03-10  공급가액 1,200,000  세액 120,000",
    ),
    (
        "invoice",
        "거래명세서\n"
        "사업자번호 [[6103857749|KR_BRN]] / 상호 (주)모아푸드 / 담당자 [[구혜진|PERSON]] 대리\n"
        "담당자 이메일 [[tax@example.co.kr|EMAIL_ADDRESS]]\n"
        "품목: 냉동만두 외 3건 / 합계 845,600원",
    ),
    (
        "invoice",
        "세금계산서 발행 요청드립니다.\n"
        "사업자등록번호 [[250 05 98991|KR_BRN]]\n"
        "상호: 초록꽃집 / 대표자: [[민경아|PERSON]]\n"
        "수신 메일: [[green.flower@example.com|EMAIL_ADDRESS]]",
    ),
    (
        "invoice",
        "매입처별 세금계산서 합계표\n"
        "1 | [[479-87-10836|KR_BRN]] | 주식회사 다온물산 | 12 | 34,500,000\n"
        "2 | [[698-11-49617|KR_BRN]] | 태광설비 | 3 | 2,160,000\n"
        "3 | [[794-29-22342|KR_BRN]] | 미소세탁 | 1 | 88,000",
    ),
    (
        "invoice",
        "수정세금계산서 발급 안내\n"
        "공급받는자 사업자등록번호: [[635–81–91719|KR_BRN]]\n"
        "사유: 공급가액 변동 (계약 해지)\n"
        "대금 환급 계좌: 기업은행 [[089-112847-01-016|KR_BANK_ACCOUNT]]",
    ),
    (
        "invoice",
        "현금영수증(지출증빙)\n"
        "가맹점: 동네철물  사업자 [[760-06-16154|KR_BRN]]\n"
        "승인번호 118203947 / 2026.03.11 15:42\n"
        "합계 67,000원",
    ),
    # --- 항공권 예약 확인 메일 ---
    (
        "flight",
        "[한빛항공] 예약이 확정되었습니다.\n"
        "예약번호: K7QX2M\n"
        "승객 이름: [[이소연|PERSON]] ([[LEE/SOYEON|PERSON]])\n"
        "여권번호: [[M680E9379|KR_PASSPORT]]  만료일: 2031-05-14\n"
        "항공권번호: 180-2419553018",
    ),
    (
        "flight",
        "Dear Mr. [[KANG MINSEOK|PERSON]],\n"
        "Your booking ICN-NRT (HB 701, 12APR26 09:05) is confirmed.\n"
        "Passport: [[S25162673|KR_PASSPORT]]\n"
        "Contact: [[minseok.kang@example.com|EMAIL_ADDRESS]]",
    ),
    (
        "flight",
        "탑승객 정보\n"
        "1. [[조현우|PERSON]] / 성인 / 여권 [[m971h7672|KR_PASSPORT]]\n"
        "2. [[조아린|PERSON]] / 소아 / 여권 [[M914A8134|KR_PASSPORT]]\n"
        "예약자 연락처: [[010-4410-2298|PHONE_NUMBER]]",
    ),
    (
        "flight",
        "결제 정보\n"
        "결제 수단: 신용카드 [[3739 924815 29631|CREDIT_CARD]]\n"
        "결제 금액: 1,284,300원 (유류할증료 포함)\n"
        "예약자: [[허승연|PERSON]]",
    ),
    (
        "flight",
        "사전 체크인 안내\n"
        "[[도하람|PERSON]] 고객님, 출발 24시간 전부터 모바일 체크인이 가능합니다.\n"
        "등록된 여권 정보: [[S85725688|KR_PASSPORT]] (대한민국)\n"
        "문의: [[dohar@example.kr|EMAIL_ADDRESS]]로 회신 주세요.",
    ),
    (
        "flight",
        "APIS 정보 입력 확인\n"
        "SURNAME: [[CHOI|PERSON]]  GIVEN NAME: [[YEJIN|PERSON]]\n"
        "PASSPORT NO: [[M73559655|KR_PASSPORT]]  NATIONALITY: KOR\n"
        "DATE OF BIRTH: 15JUN1994",
    ),
    (
        "flight",
        "[예약 변경 완료]\n"
        "예약자 [[심재훈|PERSON]]님의 항공권 결제가 아래 카드로 처리되었습니다.\n"
        "카드: [[3500 5799 7130 1116|CREDIT_CARD]]\n"
        "연락처: [[070-4127-8830|PHONE_NUMBER]]",
    ),
    # --- 서버 접속 로그 ---
    (
        "serverlog",
        "Mar 14 02:11:09 web01 sshd[2231]: Failed password for root from "
        "[[203.0.113.47|IP_ADDRESS]] port 52214 ssh2\n"
        "Mar 14 02:11:12 web01 sshd[2231]: Connection closed by [[203.0.113.47|IP_ADDRESS]] "
        "port 52214 [preauth]",
    ),
    (
        "serverlog",
        '[[198.51.100.23|IP_ADDRESS]] - - [14/Mar/2026:10:22:31 +0900] "GET /api/v2/items?page=3 '
        'HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"',
    ),
    (
        "serverlog",
        "관리자 페이지 접속 기록\n"
        "일시: 2026-03-15 09:41:02\n"
        "접속 IP: [[10.20.4.118|IP_ADDRESS]]\n"
        "계정: [[ops.kim@example.com|EMAIL_ADDRESS]]\n"
        "결과: 성공",
    ),
    (
        "serverlog",
        "2026-03-15T01:02:44.118Z WARN  auth: too many attempts "
        "src=[[2001:db8:85a3::8a2e:370:7334|IP_ADDRESS]] user=guest",
    ),
    (
        "serverlog",
        "X-Forwarded-For: [[192.0.2.14|IP_ADDRESS]], [[172.16.8.2|IP_ADDRESS]]\n"
        "X-Request-Id: 7f3c2a91-0e4b-4d2a-9c11-5b8e2f0d6a37",
    ),
    (
        "serverlog",
        "INFO 2026-03-15 12:00:01 login ok user=[[dev.han@example.com|EMAIL_ADDRESS]] "
        "ip=[[192.168.0.27|IP_ADDRESS]] session=ab12cd34",
    ),
    (
        "serverlog",
        "방화벽 차단 목록 (3월 2주차)\n"
        "- [[198.51.100.201|IP_ADDRESS]] : 포트 스캔\n"
        "- [[203.0.113.9|IP_ADDRESS]] : 무차별 대입 로그인 시도",
    ),
    # --- 고객 상담 기록 ---
    (
        "support",
        "상담일시: 2026-02-03 14:20\n"
        "고객명: [[백승희|PERSON]]\n"
        "회신번호: [[010-2290-4415|PHONE_NUMBER]]\n"
        "문의: 카드 분실 신고 (카드번호 [[5303-5593-0828-9881|CREDIT_CARD]])\n"
        "처리: 즉시 정지 후 재발급 접수",
    ),
    (
        "support",
        "[환불 접수] 주문번호 20260228-558102\n"
        "고객 [[유서진|PERSON]]님 요청에 따라 환불 계좌로 처리 예정입니다.\n"
        "환불 계좌: 부산은행 [[101-2047-3318-05|KR_BANK_ACCOUNT]]\n"
        "예금주: [[유서진|PERSON]]",
    ),
    (
        "support",
        "렌터카 계약 상담\n"
        "운전자: [[곽지훈|PERSON]]\n"
        "운전면허번호: [[11-20-992706-66|KR_DRIVER_LICENSE]]\n"
        "제2운전자 면허번호: [[26 20 517963 52|KR_DRIVER_LICENSE]] ([[곽민아|PERSON]])",
    ),
    (
        "support",
        "통화 메모: [[남윤호|PERSON]] 고객님 - 인터넷 설치 일정 변경 원하심. 다음 주 화요일 "
        "오전으로 조정, 기사님께 [[(02)6953-2284|PHONE_NUMBER]] 번호로 연락드리라고 전달함.",
    ),
    (
        "support",
        "보험금 청구 상담 기록\n"
        "피보험자: [[편지원|PERSON]] / [[850715-2962446|KR_RRN]]\n"
        "청구 내용: 입원비 및 수술비\n"
        "지급 계좌: 수협 [[1010-2291-8844|KR_BANK_ACCOUNT]]",
    ),
    (
        "support",
        "[1:1 문의 답변]\n"
        "[[모지아|PERSON]] 회원님, 결제하신 카드 [[4998-1455-1159-1116|CREDIT_CARD]]의 "
        "승인 취소가 완료되었습니다. 카드사 사정에 따라 3~5영업일이 소요될 수 있습니다.",
    ),
    (
        "support",
        "외국인 고객 본인확인\n"
        "성명: [[WANG LIYING|PERSON]]\n"
        "외국인등록번호: [[981129-6549983|KR_FRN]]\n"
        "연락처: [[010-3364-0918|PHONE_NUMBER]]\n"
        "확인 방법: 외국인등록증 대조",
    ),
    (
        "support",
        "상담원 메모) 고객이 자동이체 계좌 변경 요청. 기존 국민 계좌에서 SC제일은행 "
        "[[530-20-418827|KR_BANK_ACCOUNT]]로 변경, 다음 달 출금분부터 적용. "
        "고객 연락처 [[010 7103 6652|PHONE_NUMBER]], 고객명 [[어수정|PERSON]].",
    ),
    (
        "support",
        "카드 발급 신청 검토\n"
        "신청인: [[제갈민준|PERSON]]\n"
        "주민등록번호: [[001221-3257400|KR_RRN]]\n"
        "발급 카드: [[9410-6959-9014-5932|CREDIT_CARD]] (국내 전용)",
    ),
    # --- 분실물 게시글 ---
    (
        "lost",
        "지갑 잃어버렸어요 ㅠㅠ 검정색 반지갑이고 신분증이랑 카드 들어있어요.\n"
        "어제 저녁 7시쯤 합정역 2번 출구 근처에서 잃어버린 것 같아요.\n"
        "주우신 분 [[010-6631-0274|PHONE_NUMBER]]으로 연락 부탁드립니다. 사례하겠습니다!",
    ),
    (
        "lost",
        "지갑 주웠습니다. 안에 [[나동희|PERSON]] 님 명의 운전면허증(면허번호 "
        "[[25-22-277850-26|KR_DRIVER_LICENSE]])이 있어요. 101동 경비실에 맡겨두었습니다.",
    ),
    (
        "lost",
        "강아지를 찾습니다\n"
        "이름: 콩이 (말티즈, 3살, 흰색)\n"
        "잃어버린 곳: 일산 호수공원 근처\n"
        "보호자 연락처 [[010·4418·2257|PHONE_NUMBER]]",
    ),
    (
        "lost",
        "[습득물] 여권 1매\n"
        "성명: [[추영재|PERSON]]\n"
        "여권번호: [[M28460952|KR_PASSPORT]]\n"
        "공항 유실물센터에 인계했습니다.",
    ),
    (
        "lost",
        "지하철에서 외국인등록증을 주웠어요. 이름은 [[TRAN VAN DUC|PERSON]]이고 번호가 "
        "[[021205-7080187|KR_FRN]] 이에요. 주인 분 찾아요. 연락은 "
        "[[lostfound@example.org|EMAIL_ADDRESS]]",
    ),
    (
        "lost",
        "휴대폰 분실했습니다. 갤럭시 S23 보라색 케이스.\n"
        "가족 번호로 연락 부탁드립니다: [[+82-10-9902-3318|PHONE_NUMBER]] ([[임경숙|PERSON]])",
    ),
    (
        "lost",
        "체크카드를 주웠는데요, 카드에 [[심우현|PERSON]] 이라고 적혀 있고 번호는 "
        "[[9420 1643 8794 1617|CREDIT_CARD]] 입니다. 카드사에 연락했으니 분실 신고하세요.",
    ),
    # --- misc: 추가 서식 ---
    (
        "form",
        "[주민센터 방문 예약]\n"
        "신청인: [[봉하진|PERSON]]\n"
        "주민등록번호 : [[7509262508668|KR_RRN]]\n"
        "연락처 : [[010-3002-7158|PHONE_NUMBER]]",
    ),
    (
        "form",
        "중고차 매매 계약서\n"
        "매도인 성명: [[탁상미|PERSON]] / 주민번호: [[801226 2521824|KR_RRN]]\n"
        "매수인 성명: [[염준기|PERSON]] / 주민번호: [[920530−1385884|KR_RRN]]\n"
        "차량번호: 12가 3456 / 매매금액: 8,500,000원",
    ),
    (
        "form",
        "헬스장 회원 가입서\n"
        "이름: [[육세린|PERSON]]\n"
        "생년월일: 1991.01.02\n"
        "전화: [[010 – 3028 – 4416|PHONE_NUMBER]]\n"
        "이메일: [[serin.yook@example.com|EMAIL_ADDRESS]]\n"
        "자동결제 카드: [[5580 0813 1245 9685|CREDIT_CARD]]",
    ),
    (
        "form",
        "아르바이트 급여 지급 명세\n"
        "근로자: [[전하윤|PERSON]] / 주민등록번호 [[850218-1975704|KR_RRN]]\n"
        "지급 계좌: 카카오뱅크 [[3333 12 5509184|KR_BANK_ACCOUNT]]\n"
        "지급액: 1,246,000원",
    ),
    (
        "form",
        "택시 분실물 신고서\n"
        "신고인: [[왕지섭|PERSON]]\n"
        "연락처: [[010-8823-0491|PHONE_NUMBER]]\n"
        "분실물: 노트북 가방\n"
        "승차 시간: 23:40경, 차량 번호 미상",
    ),
    (
        "form",
        "자동차 보험 가입 정보\n"
        "피보험자 [[소윤아|PERSON]]\n"
        "운전면허 [[28-23-502584-36|KR_DRIVER_LICENSE]]\n"
        "주민등록번호 [[910102-2261801|KR_RRN]]",
    ),
    (
        "form",
        "출입국 대행 위임장\n"
        "위임인 성명: [[ALIYEV RUSTAM|PERSON]]\n"
        "외국인등록번호: [[780220 5800972|KR_FRN]]\n"
        "여권번호: [[R922H4245|KR_PASSPORT]]\n"
        "수임인: [[하은솔|PERSON]] (행정사, [[070-8896-1240|PHONE_NUMBER]])",
    ),
    (
        "form",
        "면허증 재발급 신청\n"
        "성명 [[명지환|PERSON]]\n"
        "면허번호 [[17-20-526626-37|KR_DRIVER_LICENSE]]\n"
        "전화번호 [[063-271-4409|PHONE_NUMBER]]",
    ),
    (
        "form",
        "공동구매 입금 확인\n"
        "입금자명 / 금액 / 보내실 곳\n"
        "[[여다인|PERSON]] / 42,000원 / 우리 [[1002-331-958204|KR_BANK_ACCOUNT]]\n"
        "입금 후 [[010-5540-8127|PHONE_NUMBER]] 으로 성함 문자 주세요.",
    ),
    (
        "form",
        "동호회 대회 참가비 환급 요청\n"
        "신청자: [[길태오|PERSON]]\n"
        "환급 계좌: 경남은행 [[207-0198-4415-03|KR_BANK_ACCOUNT]]\n"
        "메일: [[taeo.gil@example.net|EMAIL_ADDRESS]]",
    ),
    (
        "form",
        "VPN 계정 신청서\n"
        "신청자: [[모건우|PERSON]] (개발2팀)\n"
        "고정 IP: [[10.0.12.55|IP_ADDRESS]]\n"
        "사내 메일: [[gunwoo.mo@example.com|EMAIL_ADDRESS]]",
    ),
    (
        "form",
        "공유기 설정 문의드려요. 내부 IP가 [[192.168.35.1|IP_ADDRESS]] 인데 "
        "관리자 페이지가 안 열려요. 외부 IP는 [[198.51.100.77|IP_ADDRESS]] 로 나옵니다.",
    ),
    (
        "form",
        "[출장비 정산]\n"
        "성명: [[맹수현|PERSON]]\n"
        "법인카드: [[4438-3154-9560-1524|CREDIT_CARD]]\n"
        "개인 환급 계좌: 농협 [[3020458817261|KR_BANK_ACCOUNT]]",
    ),
    (
        "form",
        "외국인 유학생 기숙사 신청서\n"
        "Name: [[Aiko Tanaka|PERSON]]\n"
        "Alien Registration No.: [[030611-8427176|KR_FRN]]\n"
        "Email: [[aiko.t@example.ac.kr|EMAIL_ADDRESS]]",
    ),
    (
        "form",
        "거래처 사업자 정보 확인\n"
        "대표자: [[변소라|PERSON]]\n"
        "사업자등록번호: [[4328199086|KR_BRN]]\n"
        "사업장 전화: [[031 - 946 - 2207|PHONE_NUMBER]]",
    ),
    (
        "form",
        "유치원 비상연락망\n"
        "원아: [[인서율|PERSON]] (해바라기반)\n"
        "1순위: 어머니 [[010-2891-6604|PHONE_NUMBER]]\n"
        "2순위: 할머니 [[055-247-1183|PHONE_NUMBER]]",
    ),
    (
        "form",
        "[휴대폰 개통 신청서]\n"
        "가입자명: [[PHAM THU HA|PERSON]]\n"
        "외국인등록번호: [[9407206988995|KR_FRN]]\n"
        "개통 번호: [[010-2947-3318|PHONE_NUMBER]]",
    ),
    (
        "form",
        "대리운전 기사 등록 신청\n"
        "기사 성명: [[변재석|PERSON]]\n"
        "운전면허번호: [[24-23-449536-34|KR_DRIVER_LICENSE]] (1종 보통, 경력 8년)\n"
        "휴대폰: [[010-6690-1427|PHONE_NUMBER]]",
    ),
    (
        "chat",
        "[[한도진|PERSON]] [오전 9:02] 과장님 렌트 예약하려면 제 면허번호 필요하시죠?\n"
        "[[한도진|PERSON]] [오전 9:02] [[16.15.959262.48|KR_DRIVER_LICENSE]] 입니다\n"
        "[[석미정|PERSON]] [오전 9:05] 네 받았어요 고마워요",
    ),
]

# (kind, text): no personal data, but look-alikes of it.
HARD_NEGATIVES: list[tuple[str, str]] = [
    ("order", "주문번호 20260314-0101234567 상품이 출고되었습니다. 배송 조회는 앱에서 가능합니다."),
    ("order", "주문번호: ORD01087654321 / 결제 금액 38,900원 / 결제일 2026.03.14"),
    ("order", "운송장번호 6512 3398 7720 (CJ대한통운) 배송 출발했습니다."),
    ("order", "택배 조회: 한진택배 운송장 5104-2871-3396, 현재 위치 대전 HUB"),
    ("order", "상품코드 SKU-01045921873 재입고 알림을 신청하셨습니다."),
    ("order", "접수번호 2026031500127 민원이 접수되었습니다. 처리 기한은 7일입니다."),
    ("order", "티켓 예매번호 T2603-8841-2209 / 좌석 R석 12열 7번 / 2026.04.05(일) 18:00"),
    ("order", "KTX 승차권 발권번호 81203-0315-10417-52, 서울 → 부산 07:30 출발 8호차 12A"),
    ("model", "모델명 SM-S928NZKEKOO / 시리얼 R5CX10123456Z / 제조 2024.11"),
    ("model", "LG 냉장고 M874GBB031 부품번호 ADQ73214404 필터 교체 주기는 6개월입니다."),
    ("model", "품번 M40318827 (블랙, 270mm) 재고 3개 남았습니다."),
    ("model", "노트북 사양: i7-13700H / DDR5 16GB / 모델 15Z90R-GA70K / 시리얼 310NZYR123456"),
    ("file", "IMG_20260315_101233.jpg 외 3개 파일이 업로드되었습니다."),
    ("file", "첨부: 견적서_3333045518832_v2.pdf, scan_0101234567.tiff"),
    ("file", "다운로드 링크: https://example.com/files/9410012345678901/report-2026.pdf"),
    ("file", "https://shop.example.co.kr/product/detail?pid=01022334455&ref=banner_03"),
    (
        "hash",
        "commit 3f9a1c0e8b7d20456a1f9c3e7b2d8a01c4e6f913\n"
        "Author: build-bot\nDate:   Sat Mar 14 02:11:09 2026 +0900",
    ),
    (
        "hash",
        "SHA256(ubuntu-24.04.1-desktop-amd64.iso)= "
        "c2e6f4dc37ac944e2ed507f87c6188dd4d3e8c0a6c28b1f7b8e5f4b9a6d3c201",
    ),
    ("hash", "세션 토큰 8820517330914412 만료: 2026-03-15T23:59:59+09:00"),
    ("date", "행사 일정: 2026.03.15(일) 14:00 ~ 2026.03.16(월) 18:00, 장소 코엑스 B홀"),
    ("date", "등록일 15/03/2026, 수정일 2026-03-16 09:12:44, 조회수 1,204"),
    ("date", "타임스탬프 1773532800 (UTC 2026-03-15 00:00:00)부터 집계합니다."),
    ("date", "1950년 6월 25일 새벽 4시, 전쟁이 시작되었다. 1953년 7월 27일 정전협정이 체결되었다."),
    (
        "version",
        "이번 업데이트는 v2.10.3 → v2.11.0 입니다. 커널 6.8.0-45-generic 이상에서 동작합니다.",
    ),
    ("version", "Windows 10 버전 22H2 (OS 빌드 10.0.19045.3693) 에서 재현됩니다."),
    ("version", "펌웨어 3.10.12.108 버전 이후 블루투스 끊김 현상이 해결되었습니다."),
    ("version", "npm install lodash@4.17.21 @types/node@20.11.5 --save-dev"),
    ("isbn", "『한국어 문법 연구』 도서출판 한빛, 2019, ISBN 978-89-364-3818-0, 정가 28,000원"),
    ("isbn", "ISBN 9791160401233 (세트) / 9788954607292 (1권)"),
    ("price", "전용 84㎡ 아파트 매매가 12억 3,500만 원, 전세가 7억 1,000만 원으로 집계됐다."),
    ("price", "2025년 주민등록 인구는 51,217,221명으로 전년 대비 0.2% 감소했다."),
    ("price", "3분기 매출 1,012,345백만 원, 영업이익 98,765백만 원 (전년 동기 대비 +12.4%)"),
    ("price", "가격표: 소 4,500 / 중 5,500 / 대 6,500 (단위: 원), 세트 010번 메뉴 8,900원"),
    ("price", "2010-2020년 10년간 출생아 수는 470,171명에서 272,337명으로 줄었다."),
    (
        "service",
        "고객센터 1588-1234 (평일 09:00~18:00), 분실 신고는 1544-7788로 24시간 가능합니다.",
    ),
    ("service", "예약 문의: 1600-3456 / 1899-0909 (유료), 수신거부 무료 080-023-5500"),
    ("service", "(광고) 봄맞이 할인 최대 50%! 무료수신거부 080 870 1234"),
    ("service", "택배 배송 문의는 대표번호 1577-1255, 카카오톡 채널 '한빛택배'로 해 주세요."),
    ("public", "서초구청 가정복지과 02-2155-8901로 문의하시면 안내받으실 수 있습니다."),
    ("public", "여권 재발급은 종로구청 민원여권과(02-2148-1953)에서 접수합니다."),
    ("public", "분실물은 관할 경찰서 생활안전과 031-8012-3344 로 신고해 주시기 바랍니다."),
    ("public", "국토교통부 주택정책과 044-201-3321, 보도자료 배포일 2026. 3. 12."),
    ("corp", "주식회사 한빛테크 법인등록번호 110111-4123458, 설립일 2011. 1. 11."),
    ("corp", "법인등록번호: 134811-0029371 / 본점 소재지: 경기도 안양시"),
    ("masked", "결제 카드 5409-20**-****-7812 로 38,000원이 승인되었습니다."),
    ("masked", "환불 계좌 신한 110-***-***912 (예금주 김*수) 로 입금 예정입니다."),
    ("masked", "주문자 이*연 / 연락처 010-****-5521 / 배송지 서울시 ***"),
    ("masked", "주민등록번호 ******-******* 형식으로 입력하지 마시고 생년월일만 입력하세요."),
    ("zero", "연락처 입력 예: 010-0000-0000 (숫자만 입력 가능)"),
    ("zero", "대표전화 02-000-0000 은 예시이며 실제 번호가 아닙니다."),
    ("zero", "계좌번호 000-000-000000 처럼 하이픈을 넣어 입력해 주세요."),
    ("baddate", "문서번호 990230-1816441 (2026년 3월 접수분)"),
    ("baddate", "관리번호: 880231-1334811 / 검수 완료"),
    ("baddate", "자산 태그 900431-1972275 는 폐기 예정 목록에 있습니다."),
    ("baddate", "시리얼 010229-3469934 제품은 리콜 대상입니다."),
    (
        "context",
        "통장 사본은 메일로 보내주세요. 접수번호는 2026031544718입니다.",
    ),
    ("context", "계좌 개설은 지점 방문 시에만 가능합니다. 상품코드 3333027719204를 참고하세요."),
    ("context", "여권 사진 규격은 3.5×4.5cm입니다. 사진관 접수번호 M20260315 로 찾으시면 됩니다."),
    ("team", "발신: 서비스운영팀\n수신: 전 직원\n제목: 3월 정기 점검 안내 (3/21 02:00~06:00)"),
    ("team", "담당자: 고객지원팀\n문의 채널: 홈페이지 1:1 문의 게시판"),
    ("team", "받는 분: 총무팀 채용 담당자\n제목: 입사 서류 제출의 건"),
    ("team", "작성자: 관리자 | 등록일: 2026-03-14 | 조회 2,381"),
    ("public-person", "세종대왕은 1443년 훈민정음을 창제하고 1446년에 반포하였다."),
    (
        "public-person",
        "이순신 장군은 1597년 명량 해전에서 13척의 배로 133척의 왜군을 물리쳤다.",
    ),
    ("public-person", "손흥민 선수가 후반 12분 결승골을 넣으며 팀의 3-1 승리를 이끌었다."),
    (
        "public-person",
        "윤동주 시인은 1917년 북간도 명동촌에서 태어나 1945년 후쿠오카 형무소에서 세상을 떠났다.",
    ),
    ("noun", "변수 이름은 소문자와 밑줄로 쓰는 것이 좋다. 이름이 길어도 뜻이 분명한 편이 낫다."),
    ("noun", "파일 이름을 바꾸려면 F2 키를 누르고 새 이름을 입력한 뒤 Enter를 누르세요."),
    ("noun", "이름 없는 영웅들을 기리는 추모비가 2026년 6월 6일 제막된다."),
    (
        "fiction",
        '민재는 창밖을 오래 내다보았다. "수아야, 내일은 비가 올까?" 수아는 대답 대신 '
        "찻잔을 내려놓았다. 그날 밤 서윤이 돌아왔다는 소식이 마을에 퍼졌다.",
    ),
    (
        "fiction",
        "춘향이 그네를 뛰는 모습을 본 이몽룡은 방자에게 저 처자가 누구냐고 물었다.",
    ),
    ("patent", "특허 출원번호 10-2023-0123456 (출원일 2023.09.14), 등록번호 제10-2587413호"),
    ("law", "「개인정보 보호법」 제2조제1호 및 같은 법 시행령 제19조, 고시 제2026-12호 참조"),
    ("coord", "좌표 37.4979, 127.0276 / 해발 38m / 우편번호 06236"),
    ("misc", "트위터 @hanbit_news 계정과 인스타그램 @hanbit.official 을 팔로우하세요."),
    ("misc", "9401번 버스를 타고 2정거장 가서 7016번으로 환승하세요. 소요 시간 약 25분."),
]


def parse(marked: str) -> tuple[str, list[dict]]:
    """Strip the ``[[value|TYPE]]`` marks: the text and its gold spans."""
    return typed_spans(marked)


def records() -> list[dict]:
    out, counters = [], {}
    for kind, marked in POSITIVES:
        text, spans = parse(marked)
        number = counters.get(kind, 0)
        counters[kind] = number + 1
        out.append({"id": f"h5-{kind}-{number:03d}", "text": text, "spans": spans})
    for kind, text in HARD_NEGATIVES:
        key = f"neg-{kind}"
        number = counters.get(key, 0)
        counters[key] = number + 1
        out.append(
            {"id": f"h5-{key}-{number:03d}", "text": text, "spans": [], "hard_negative": True}
        )
    return out


def main() -> None:
    count = write_jsonl(records(), OUTPUT)
    print(f"wrote {count} records to {OUTPUT}")


if __name__ == "__main__":
    main()
