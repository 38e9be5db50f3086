"""Hold-out set 7 for the PII scrubber: ``curate/evals/data/pii_holdout7_ko.jsonl``.

A labelled set of Korean texts (about 110 records with personal data, about 70 hard negatives
that only look like it), written by hand before any scoring and without reading the
recognizers, their tests or any earlier evaluation set; only the README's policy sections
(spellings, look-alikes, what is left alone, the ``pii.person: contact`` name policy) and the
holdout-3 schema were consulted. Before writing, the README paragraph that summarises holdout 3
(its size, its hard-negative kinds, part of its score table) was seen by accident; none of its
records were. It is meant to be scored once.

Genres lean to what Korean people write and a scrubber rarely sees: 카페 거래 글, DM 캡처,
관리사무소 공지, 동창회 회비 안내, 학원 상담 일지, 보험 설계사 메모, 택배 기사 메모, 병원 문자,
법원 등기 안내, 전자 영수증, 서버 로그, 해외송금 신청서, 중고차 계약서, 부고 문자 and more.
Values are fictional: e-mail on example.* domains, IP addresses from documentation and private
ranges, RRNs/FRNs with real dates and valid check digits (FRNs by the pre-2020 rule), Luhn-valid
cards with real issuer prefixes, business numbers with a valid check digit, licence region codes
11-28. Names are marked only where the default policy ``pii.person: contact`` requires it.

Each text carries its gold values inline as ``[[value|TYPE]]``; the marks are stripped and turned
into spans (Python str offsets, end exclusive, the value only, never its label). Regenerate with::

    .venv/bin/python -m curate.evals.pii_holdout7
"""

from pathlib import Path

from curate.evals.marked import typed_spans, write_jsonl

OUT = Path(__file__).parent / "data" / "pii_holdout7_ko.jsonl"

# (kind, text) with gold values marked inline.
POSITIVES: list[tuple[str, str]] = [
    # 네이버 카페 거래 글
    (
        "cafe",
        "[판매완료X] 아이패드 에어5 64G 스그 팝니다\n직거래 잠실역, 택배 가능(반값택배)\n"
        "연락은 쪽지 말고 문자로 주세요 [[010 4417 2093|PHONE_NUMBER]]\n"
        "입금은 카뱅 [[3333-08-4471926|KR_BANK_ACCOUNT]]… 이 아니라 토스로 보내셔도 돼요",
    ),
    (
        "cafe",
        "구매합니다) 유아 카시트 조이 아이스핀\n상태 좋은 거면 15만까지 생각해요. "
        "[[공칠공-팔이삼일-사사구공|PHONE_NUMBER]] 이런 식으로 쓰면 안 걸린다던데 그냥 씁니다 "
        "[[070-8231-4490|PHONE_NUMBER]]",
    ),
    (
        "cafe",
        "거래 후기 남깁니다. 판매자분이 [[010.7720.3318|PHONE_NUMBER]]으로 먼저 연락 주셔서 "
        "편했어요. 물건도 설명대로였고요!",
    ),
    (
        "cafe",
        "★사기 주의★ 이 번호로 선입금 유도합니다 → [[010-2951-6604|PHONE_NUMBER]] / "
        "농협 [[351-0844-2917-63|KR_BANK_ACCOUNT]] 예금주 [[한재훈|PERSON]]\n"
        "더치트에 이미 3건 등록돼 있어요",
    ),
    (
        "cafe",
        "닌텐도 스위치 OLED 화이트 팝니다. 박스 풀셋, 보증 남음\n"
        "카톡 안 해요, 연락처 [[０１０－６６８２－１０４７|PHONE_NUMBER]] 로 문자 주세요",
    ),
    # 인스타 DM 캡처 텍스트
    (
        "dm",
        "dalbit.studio\n오후 3:42\n안녕하세요! 원데이 클래스 예약 확정되셨어요 😊\n"
        "입금 계좌 우리 [[1002-845-301297|KR_BANK_ACCOUNT]] (예금주 [[최다빛|PERSON]])\n"
        "확인되면 [[dalbit.studio@example.com|EMAIL_ADDRESS]]로 안내 메일 드릴게요",
    ),
    (
        "dm",
        "나\n언니 번호 바꼈어?? 카톡이 안 떠\n오후 11:02\n"
        "yuna_0713\n응ㅋㅋ 새 번호 [[010‒3307‒8815|PHONE_NUMBER]] 저장해줘",
    ),
    (
        "dm",
        "[메시지 요청]\nhyeon.mkt: 협찬 제안드립니다. 자세한 내용은 메일로 보내드릴게요. "
        "회신은 [[collab+ko@brandlab.example.kr|EMAIL_ADDRESS]]로 부탁드려요.",
    ),
    # 아파트 관리사무소 공지
    (
        "notice",
        "[한빛마을 3단지 관리사무소 공지]\n지하주차장 물청소로 4/12(토) 09시~15시 차량을 "
        "지상으로 이동해 주세요.\n"
        "※ 엘리베이터 교체 문의: 입주자대표회의 총무 [[문경희|PERSON]] "
        "([[010-8140-2276|PHONE_NUMBER]])",
    ),
    (
        "notice",
        "관리비 자동이체 변경 안내\n기존 계좌가 해지되어 아래로 변경되었습니다.\n"
        "입금계좌: 국민 [[574601-04-118302|KR_BANK_ACCOUNT]]\n(예금주: "
        "한빛마을3단지입주자대표회의)",
    ),
    (
        "notice",
        "분실물 보관 중: 검정 장우산, 어린이 킥보드(파랑). 102동 [[박서윤|PERSON]] 님께서 "
        "맡기셨습니다. 주인분은 [[010 5529 0183|PHONE_NUMBER]]로 연락 바랍니다.",
    ),
    # 동창회 회비 안내
    (
        "alumni",
        "[대성고 34회 동창회]\n2025 송년회 회비 5만원 안내드립니다.\n"
        "총무 [[오현석|PERSON]] [[010-4402-7719|PHONE_NUMBER]]\n"
        "회비 계좌 신한 [[110-483-902716|KR_BANK_ACCOUNT]] [[오현석|PERSON]]\n"
        "※ 입금자명은 '이름+반'으로 (예: 홍길동3반)",
    ),
    (
        "alumni",
        "친구들아 회비 아직 안 낸 사람 13명이다ㅠ 기업은행 [[212-071942-01-015|KR_BANK_ACCOUNT]]"
        " 으로 이번주까지 부탁해~ 문의는 나 말고 [[윤태경|PERSON]]한테 "
        "[[01093381542|PHONE_NUMBER]]",
    ),
    (
        "alumni",
        "동문 주소록 갱신 요청\n성명: [[배수진|PERSON]] (87학번)\n"
        "E-mail: [[sujin.bae87@example.org|EMAIL_ADDRESS]]\n"
        "휴대전화: [[+82 10-7734-2208|PHONE_NUMBER]] (해외 로밍 중)",
    ),
    # 학원 상담 일지
    (
        "academy",
        "상담일지 2025.03.08 (토)\n학생: [[정하율|PERSON]] (중2)\n어머니: [[김수정|PERSON]] / "
        "[[010-3921-5560|PHONE_NUMBER]]\n내용: 수학 심화반 희망, 레벨테스트 3월 15일 예약",
    ),
    (
        "academy",
        "[[이도윤|PERSON]] 학부모님 상담 메모 - 아버님 번호로만 연락 원하심 "
        "([[010‑6621‑0384|PHONE_NUMBER]]). 셔틀 하차 위치 변경(정문→후문).",
    ),
    (
        "academy",
        "수강료 환불 요청서\n학생명 [[강민서|PERSON]]\n환불 계좌 하나 "
        "[[355-910284-55107|KR_BANK_ACCOUNT]]"
        "\n예금주 [[강태호|PERSON]](부)\n사유: 이사",
    ),
    # 보험 설계사 메모
    (
        "insurance",
        "고객 메모) [[서미란|PERSON]] 고객님 65년생 여\n주민번호 [[651228-2063284|KR_RRN]]\n"
        "실손 갱신 + 암보험 추가 상담, 배우자 [[서동균|PERSON]] 님도 다음 주 미팅",
    ),
    (
        "insurance",
        "청구 서류 받음 - 피보험자 [[노은채|PERSON]] ([[9802142094940|KR_RRN]]), "
        "진단서 1부, 영수증 3장. 보험금 수령 계좌는 새마을금고 "
        "[[9002-1873-4421-6|KR_BANK_ACCOUNT]]",
    ),
    (
        "insurance",
        "자동차보험 만기 안내 드렸음. 고객 [[한정우|PERSON]] 번호 변경됨, "
        "새 번호 [[010-2837-4451|PHONE_NUMBER]]. 운전면허 [[11-46-497183-15|KR_DRIVER_LICENSE]]",
    ),
    # 택배 기사 메모
    (
        "courier",
        "3동 1204호 [[010-7713-2905|PHONE_NUMBER]] 부재시 경비실X 문앞O\n"
        "5동 302호 받는 분 [[차은별|PERSON]] 전화 안 받음 → 문자 남김",
    ),
    (
        "courier",
        "반품 회수 요청\n보내는 분: [[임소라|PERSON]]\n연락처: [[0507-1384-2296|PHONE_NUMBER]]"
        "(안심번호)\n회수지: 경기 고양시 덕양구 ○○로 41, 경비실 맡김",
    ),
    (
        "courier",
        "기사님 오실때 전화주세요~ [[공일공 사칠이일 삼삼공팔|PHONE_NUMBER]]이에요 "
        "(애기 자고 있어서 벨 누르지 마세요)",
    ),
    # 헬스장 회원 카드
    (
        "gym",
        "┌ 회원카드 ─────────────┐\n│ 회원명  [[조현우|PERSON]]\n"
        "│ 생년월일 1992.09.01\n│ 연락처  [[010/4418/2206|PHONE_NUMBER]]\n"
        "│ PT 30회 (담당: 김코치)\n└────────────────────┘",
    ),
    (
        "gym",
        "회원 정보 수정\n이름\t[[Emily Carter|PERSON]]\n외국인등록번호\t[[881103-5201199|KR_FRN]]\n"
        "휴대폰\t[[010-9021-7736|PHONE_NUMBER]]\n락커 112번",
    ),
    (
        "gym",
        "휴회 신청: [[남궁별|PERSON]] 회원 (3개월, 출산) / 자동결제 카드 "
        "[[5412 3194 8757 4910|CREDIT_CARD]] 결제 중지 요청",
    ),
    # 병원 문자 알림
    (
        "hospital",
        "[Web발신]\n[서울하늘내과] [[송지아|PERSON]]님, 3월 21일(금) 오전 10:30 내시경 검사 예약"
        "이 있습니다. 전날 밤 9시 이후 금식. 변경은 앱에서 가능합니다.",
    ),
    (
        "hospital",
        "[Web발신] 환자 [[라힘 칸|PERSON]]([[Rahim Khan|PERSON]])님 외래 접수 완료. "
        "외국인등록번호 [[930618-6603066|KR_FRN]] 확인되었습니다. 통역 필요 시 "
        "[[010-5530-8127|PHONE_NUMBER]]",
    ),
    (
        "hospital",
        "검사 결과는 등록된 메일 [[m.kang_1962@example.net|EMAIL_ADDRESS]] 로 발송되었습니다. "
        "- 튼튼정형외과",
    ),
    # 법원 등기 안내
    (
        "court",
        "[등기우편 도착 안내] [[여상민|PERSON]] 님 앞 서울중앙지방법원 발송 등기(특별송달)가 "
        "2회 부재로 반송 예정입니다. 재배달: 집배원 [[010-6207-3398|PHONE_NUMBER]]",
    ),
    (
        "court",
        "송달장소 및 송달영수인 신고서\n사건: 2024가단51342 대여금\n원고 [[구자영|PERSON]]\n"
        "송달장소: 서울 서초구 ○○대로 120\n연락처 [[(02)584-7301|PHONE_NUMBER]]\n"
        "이메일 [[jaeyoung.koo@example.kr|EMAIL_ADDRESS]]",
    ),
    (
        "court",
        "지급명령신청서\n채무자 성명 [[방윤호|PERSON]]\n주민등록번호 [[740319 1479318|KR_RRN]]\n"
        "주소 부산광역시 해운대구 ○○로 77",
    ),
    # 전자 영수증
    (
        "receipt",
        "[전자영수증] 매장: 오늘의빵 망원점\n사업자번호 [[650-23-16626|KR_BRN]]\n"
        "카드 [[4579-7865-7975-4323|CREDIT_CARD]] 일시불\n승인 38172205  금액 12,400원",
    ),
    (
        "receipt",
        "신용승인 매출전표\n가맹점 (주)바른식탁 / 대표 [[심재원|PERSON]]\n사업자등록번호: "
        "[[2138155717|KR_BRN]]\n"
        "카드종류 BC  카드번호 [[9410 1862 5276 0188|CREDIT_CARD]]\n할부 03개월",
    ),
    (
        "receipt",
        "현금영수증(지출증빙)\n가맹점 사업자 [[173 - 87 - 34075|KR_BRN]]\n"
        "거래일시 2025/02/17 18:04",
    ),
    (
        "receipt",
        "AMEX 결제 확인 [[3776 712768 42682|CREDIT_CARD]] / 금액 USD 84.00 / 승인 041127",
    ),
    (
        "receipt",
        "간이영수증\n공급자 사업자등록번호 [[729-44-61645|KR_BRN]]\n상호 형제철물 "
        "성명 [[도형준|PERSON]]\n품목 앵커볼트 외",
    ),
    # 서버 로그
    (
        "log",
        '[[203.0.113.47|IP_ADDRESS]] - - [12/Mar/2025:04:11:52 +0900] "POST /api/v2/login '
        'HTTP/1.1" 401 512 "-" "python-requests/2.31.0"',
    ),
    (
        "log",
        "2025-03-12T04:12:03.118+09:00 WARN  auth.LoginService - 5 failed logins for "
        "user=[[jiwoo.k@example.com|EMAIL_ADDRESS]] from [[198.51.100.23|IP_ADDRESS]]",
    ),
    (
        "log",
        "Mar 12 04:15:44 web-02 sshd[18231]: Accepted publickey for deploy from "
        "[[10.12.3.104|IP_ADDRESS]] port 51822 ssh2",
    ),
    (
        "log",
        "upstream timed out (110: Connection timed out) while reading response header, client: "
        "[[192.168.35.12|IP_ADDRESS]], server: shop.example.com, upstream: "
        '"http://[[172.20.0.5|IP_ADDRESS]]:8080/cart"',
    ),
    (
        "log",
        "접속 기록) 관리자 페이지 로그인 — 계정 admin, "
        "접속IP [[203.0.113.209|IP_ADDRESS]]에서 로그인",
    ),
    (
        "log",
        "Failed password for invalid user test from [[2001:db8:4f3a::21|IP_ADDRESS]] port 40012",
    ),
    (
        "log",
        "order_export.csv 에 고객 연락처가 평문으로 남아 있음: [[01048271930|PHONE_NUMBER]],"
        "[[hana.s@example.co.kr|EMAIL_ADDRESS]] → 마스킹 처리 필요",
    ),
    # 해외송금 신청서
    (
        "remit",
        "해외송금 신청서 (OUTWARD REMITTANCE)\n신청인 성명(영문): [[LEE SOOJIN|PERSON]]\n"
        "주민등록번호: [[920901-2197729|KR_RRN]]\n출금계좌: 신한 "
        "[[110 394 882015|KR_BANK_ACCOUNT]]\n"
        "수취인 BENEFICIARY: [[NGUYEN VAN MINH|PERSON]]\n송금사유: 가족생활비",
    ),
    (
        "remit",
        "Remittance request - Sender: [[Tran Thi Hoa|PERSON]], ARC No. [[850711-5020571|KR_FRN]], "
        "phone [[+82-10-4452-9031|PHONE_NUMBER]]. Passport [[M21874465|KR_PASSPORT]] copy "
        "attached.",
    ),
    (
        "remit",
        "송금인 외국인등록번호는 [[991230 6461866|KR_FRN]]이고요, 받는 분은 "
        "[[왕리웨이|PERSON]] 씨로 해 주세요.",
    ),
    # 중고차 계약서
    (
        "car",
        "자동차 양도증명서\n양도인 성명 [[선우재민|PERSON]] 주민등록번호 "
        "[[830101-1665102|KR_RRN]]\n"
        "양수인 성명 [[탁보람|PERSON]] 주민등록번호 [[951220 2763875|KR_RRN]]\n"
        "차량번호 123가4567 / 차대번호 KMHD341CBLU123456",
    ),
    (
        "car",
        "중고차 매매 계약서\n매수인: [[홍성진|PERSON]]\n운전면허번호: "
        "[[경기 59-503730-61|KR_DRIVER_LICENSE]]"
        "\n연락처: [[010-3356-1290|PHONE_NUMBER]]\n매매금액: 금 일천칠백만원정(₩17,000,000)",
    ),
    (
        "car",
        "딜러 메모: 계약금 200만원 입금 확인 (카카오뱅크 [[3333-21-7750142|KR_BANK_ACCOUNT]]). "
        "잔금은 출고일에. 고객 [[편다인|PERSON]] 님 면허 [[22.82.905261.11|KR_DRIVER_LICENSE]] "
        "사본 받음",
    ),
    # 자원봉사 신청서
    (
        "volunteer",
        "2025 봄 연탄나눔 자원봉사 신청서\n[이름] [[우지현|PERSON]]\n[소속] 한국대 경영학과\n"
        "[연락처] [[010 8802 4315|PHONE_NUMBER]]\n[1365 ID] jihyun_woo\n[참여일] 4월 5일",
    ),
    (
        "volunteer",
        "봉사시간 인증서 발급 요청합니다. 성함은 [[마서진|PERSON]]이고 생년월일은 03년 3월 15일, "
        "주민번호 뒷자리까지 필요하시면 [[030315-4853195|KR_RRN]]입니다.",
    ),
    (
        "volunteer",
        "해외봉사단 지원서\nName: [[Park Eunji|PERSON]]\nPassport No.: [[m53104468|KR_PASSPORT]]\n"
        "E-mail: [[eunji.park@example.com|EMAIL_ADDRESS]]",
    ),
    # 이사 견적 문자
    (
        "moving",
        "[다온익스프레스] 견적 안내\n포장이사 84㎡ → 3.5톤 2대, 인원 4명, 1,380,000원(VAT 별도)\n"
        "담당 실장 [[유재필|PERSON]] [[010-5548-0916|PHONE_NUMBER]]\n계약금 입금: 기업 "
        "[[032-118934-04-019|KR_BANK_ACCOUNT]] (예금주 다온익스프레스)",
    ),
    (
        "moving",
        "고객님 내일 오전 8시 도착 예정입니다~ 엘베 사용 신청 부탁드려요. 변동 시 "
        "[[010 2281 7764|PHONE_NUMBER]]로 연락 주세요. 팀장 [[석민규|PERSON]] 드림",
    ),
    # 숙박 예약 확인
    (
        "stay",
        "[예약확정] 제주 바람정원 펜션\n예약자: [[Kim Haneul|PERSON]]\n체크인 2025-07-19 15:00\n"
        "연락처: [[+8201093427781|PHONE_NUMBER]]\n결제: 신용카드 ****-****-****-2366",
    ),
    (
        "stay",
        "Booking confirmed for [[Sophie Martin|PERSON]] (guest e-mail "
        "[[s.martin@example.fr|EMAIL_ADDRESS]])."
        " Your host [[Seo Mina|PERSON]] is on "
        "[[+82 10 3210 4455|PHONE_NUMBER]] for late check-in.",
    ),
    (
        "stay",
        "게스트하우스 숙박부\n성명 | 국적 | 여권번호 | 연락처\n[[다나카 유키|PERSON]] | 일본 | - | "
        "[[010-4471-3360|PHONE_NUMBER]]\n[[정유나|PERSON]] | 한국 | [[M482A3917|KR_PASSPORT]] | "
        "[[yuna.j@example.com|EMAIL_ADDRESS]]",
    ),
    # 채팅 상담 기록
    (
        "chat",
        "상담사 (14:02) 본인 확인을 위해 성함과 생년월일 말씀 부탁드립니다.\n"
        "고객 (14:03) [[황보은지|PERSON]]이요 880707\n"
        "고객 (14:03) 아 주민번호 전체 필요하세요? [[880707-2123371|KR_RRN]]\n"
        "상담사 (14:04) 전체 번호는 채팅으로 보내지 않으셔도 됩니다.",
    ),
    (
        "chat",
        "고객: 카드 분실했어요 정지해주세요 카드번호는 [[5310-5291-7034-2366|CREDIT_CARD]]\n"
        "상담원: 네 확인되었습니다. 분실 신고 접수되었습니다.",
    ),
    (
        "chat",
        "고객 17:41 어제 카드 [[4365995289078661|CREDIT_CARD]]로 결제했는데 두 번 긁혔어요\n"
        "상담사 17:42 불편을 드려 죄송합니다. 승인 내역 확인 후 취소 처리해 드리겠습니다.",
    ),
    (
        "chat",
        "[챗봇 상담 로그]\nuser> 환불 계좌 바꾸고 싶은데요 토스뱅크 "
        "[[1000-4821-9372|KR_BANK_ACCOUNT]]으로요\n"
        "bot> 새 환불 계좌가 등록되었습니다.",
    ),
    (
        "chat",
        "[[이서연|PERSON]] [오후 2:14] 과장님 내일 미팅 장소 변경됐습니다\n"
        "[[김도경|PERSON]] [오후 2:15] 네 알겠어요. 제 메일 [[dk.kim@example.com|EMAIL_ADDRESS]]로 "
        "자료 먼저 보내줘요",
    ),
    # 교회 주보 연락처
    (
        "church",
        "■ 새가족 환영 ■ [[엄지훈|PERSON]]·[[엄소영|PERSON]] 성도 가정(3교구)\n"
        "■ 심방 요청은 교구 담당 [[진하은|PERSON]] 전도사([[010-6640-2718|PHONE_NUMBER]])에게",
    ),
    (
        "church",
        "선교헌금: 농협 [[301-4417-2980-51|KR_BANK_ACCOUNT]] (예금주: 기쁨의교회)\n"
        "주보 원고 접수 [[jubo@joychurch.example.org|EMAIL_ADDRESS]]",
    ),
    # 부고 문자
    (
        "obituary",
        "[부고] [[전봉수|PERSON]]님 모친상\n모친께서 별세하셨기에 알려드립니다.\n"
        "빈소: ○○대학교병원 장례식장 5호실\n발인: 2025년 3월 14일 07시\n"
        "마음 전하실 곳: 국민 [[412802-01-553701|KR_BANK_ACCOUNT]] [[전봉수|PERSON]]",
    ),
    (
        "obituary",
        "訃告\n상주: [[김명환|PERSON]], [[김명숙|PERSON]]\n연락처 [[010-3390-7142|PHONE_NUMBER]]\n"
        "계좌 우체국 [[013620-02-118744|KR_BANK_ACCOUNT]] [[김명환|PERSON]]",
    ),
    # 기타 양식·메시지
    (
        "form",
        "외국인 근로자 숙소 입주 신청\n성명: [[응우옌 티 란|PERSON]]\n외국인등록번호: "
        "[[790214-5862075|KR_FRN]]\n휴대폰: [[010–2295–4408|PHONE_NUMBER]]",
    ),
    (
        "form",
        "어학원 등록카드\nNAME [[SMITH JOHN|PERSON]]\nALIEN REG. NO [[010408 8280795|KR_FRN]]\n"
        "TEL [[010.5512.9063|PHONE_NUMBER]]",
    ),
    (
        "form",
        "체류기간 연장 서류 체크리스트 — 신청인 [[아지즈 카리모프|PERSON]] / 외국인등록증 번호 "
        "[[8603216042873|KR_FRN]] / 여권 [[M70315522|KR_PASSPORT]] (만료 2027.05)",
    ),
    (
        "form",
        "[어린이집 입소 대기 신청]\n아동: [[류시우|PERSON]] (2020년생)\n보호자 외국인등록번호 "
        "[[910825-5407069|KR_FRN]]\n보호자 연락처 [[(010)7714-3082|PHONE_NUMBER]]",
    ),
    (
        "form",
        "국제학생 기숙사 신청 — 학생 [[Wang Fang|PERSON]]의 외국인등록번호는 "
        "[[001117－7847176|KR_FRN]] 입니다. 룸메이트 희망: 없음.",
    ),
    (
        "form",
        "근로계약서(단시간)\n근로자 성명 [[카말 호세인|PERSON]]\n외국인등록번호 "
        "[[770909.6807970|KR_FRN]]\n"
        "임금 지급: 본인 명의 계좌 NH [[302-2291-4478-11|KR_BANK_ACCOUNT]]",
    ),
    (
        "form",
        "E-9 근로자 명단(3월)\n번호\t성명\t외국인등록번호\n1\t[[누르 하산|PERSON]]\t"
        "[[030522-8241183|KR_FRN]]\n2\t[[바트 에르덴|PERSON]]\t[[050912-7421682|KR_FRN]]",
    ),
    (
        "form",
        "[개인 사업자 등록 신청 확인]\n상호: 달콤공방\n대표자: [[윤슬기|PERSON]]\n"
        "사업자등록번호: [[716-12-08610|KR_BRN]]\n개업일: 2025.01.02",
    ),
    (
        "form",
        "세금계산서 재발행 요청드립니다. 공급받는자 등록번호 [[205-05-00032|KR_BRN]] "
        "([[박정민|PERSON]] 세무사 사무소), 담당 메일 [[tax.jm@example.com|EMAIL_ADDRESS]]",
    ),
    (
        "form",
        "입점 신청서\n상호명 모모상점 / 사업자 등록번호 [[681 86 24784|KR_BRN]]\n"
        "담당자 [[채윤아|PERSON]] / [[031-8039-4426|PHONE_NUMBER]]",
    ),
    (
        "form",
        "프리랜서 용역 대금 청구서 (사업자 [[4730104176|KR_BRN]])\n청구인 [[나형석|PERSON]]\n"
        "입금 요청 계좌: 카카오뱅크 [[3333 05 8871204|KR_BANK_ACCOUNT]]",
    ),
    (
        "form",
        "거래처 등록 (매입)\n업체명 세진상사\n사업자등록번호 [[253-91-41321|KR_BRN]]\n"
        "대표 [[권세진|PERSON]] [[010 9912 0467|PHONE_NUMBER]]",
    ),
    (
        "form",
        "렌터카 대여 계약\n운전자 [[맹주원|PERSON]]\n면허번호 "
        "[[24-66-384512-21|KR_DRIVER_LICENSE]]\n"
        "제2운전자 [[맹수아|PERSON]] 면허번호 [[12-14-890174-62|KR_DRIVER_LICENSE]]",
    ),
    (
        "form",
        "화물운송 종사자 등록 - 운전면허번호는 [[16 94 277617 61|KR_DRIVER_LICENSE]] "
        "(1종 대형), 성명 [[봉재석|PERSON]]",
    ),
    (
        "form",
        "공유킥보드 면허 인증 실패 문의입니다. 면허번호 [[26-68-567874-99|KR_DRIVER_LICENSE]] "
        "정확히 넣었는데 계속 오류가 나요. 회원 아이디 hoya77",
    ),
    (
        "form",
        "[[문예린|PERSON]] 고객님의 면허 정보([[20.69.958551.03|KR_DRIVER_LICENSE]])가 "
        "갱신되었습니다. - 쏘카",
    ),
    (
        "form",
        "출국 전 확인사항: 여권번호 [[M093K4471|KR_PASSPORT]] 유효기간 6개월 이상 남았는지, "
        "비자 승인 메일(본인 [[hj.yoon@example.com|EMAIL_ADDRESS]]) 출력.",
    ),
    (
        "form",
        "단체 항공권 명단\n1. [[CHOI MINHO|PERSON]] / 여권 [[M64419023|KR_PASSPORT]]\n"
        "2. [[CHOI YERIN|PERSON]] / 여권 [[M64419024|KR_PASSPORT]]\n3. 인솔 교사 별도",
    ),
    (
        "form",
        "여권 재발급 신청 접수증\n신청인 [[모지환|PERSON]]\n구여권번호 [[M128C3301|KR_PASSPORT]]\n"
        "수령 예정일 2025-04-02 (구청 민원여권과)",
    ),
    (
        "form",
        "회원가입 정보 확인\n아이디: sunny_day22\n이메일: "
        "[[ｓｕｎｎｙ．ｄａｙ２２＠ｅｘａｍｐｌｅ．ｃｏｍ|EMAIL_ADDRESS]]\n"
        "휴대폰: [[010-4129-0068|PHONE_NUMBER]]",
    ),
    (
        "form",
        "카드 자동납부 신청서\n납부자 [[염태희|PERSON]]\n카드번호 "
        "[[3568-9555-9797-1145|CREDIT_CARD]]\n"
        "유효기간 08/28",
    ),
    (
        "form",
        "결제 수단 변경 요청하신 카드([[2221 4656 3212 2333|CREDIT_CARD]])로 다음 달부터 "
        "청구됩니다. "
        "[[하지민|PERSON]] 고객님 감사합니다.",
    ),
    (
        "form",
        "정기후원 신청 (유니온페이) 후원자 [[탁성민|PERSON]] 카드번호: "
        "[[6253079244026857|CREDIT_CARD]]"
        " 매월 25일 30,000원",
    ),
    (
        "form",
        "기부금 영수증 발급 신청\n성명 [[연주희|PERSON]]\n주민등록번호 [[8504172424455|KR_RRN]]\n"
        "주소 대전광역시 유성구 ○○로 9",
    ),
    (
        "form",
        "아이 건강보험 피부양자 등록 서류 - 자녀 [[국시아|PERSON]] 주민번호 "
        "[[011030－3702391|KR_RRN]], 부 [[국진호|PERSON]]",
    ),
    (
        "form",
        "주민번호는 [[020723 4076026|KR_RRN]]이구요 연락처는 [[010 6614 2290|PHONE_NUMBER]]이요. "
        "수강신청 대리로 해 주시면 감사하겠습니다. [[반예서|PERSON]] 올림",
    ),
    (
        "form",
        "[인사팀] 연말정산 부양가족 추가: 모 [[심옥자|PERSON]]([[771123-1517503|KR_RRN]]→ 성별 "
        "코드 오류 확인 요망)",
    ),
    (
        "msg",
        "엄마 나 지갑 잃어버렸어ㅠ 카드 정지해야 되는데 번호가 [[4906 7104 9746 5071|CREDIT_CARD]] "
        "맞지? 내 폰 배터리 없어서 친구 폰이야 [[010-2846-5537|PHONE_NUMBER]]",
    ),
    (
        "msg",
        "형 아까 말한 거 내 계좌로 보내줘 신협 [[132-071-558294|KR_BANK_ACCOUNT]]",
    ),
    (
        "msg",
        "택시에 폰 두고 내렸어요ㅠㅠ 이 번호로 연락 부탁드려요 [[+82 10 7751 4029|PHONE_NUMBER]] "
        "(남편 번호)",
    ),
    (
        "msg",
        "제 연락처가 010-XXXX-XXXX로 나와서 다시 적어요, [[01052738860|PHONE_NUMBER]]이고 메일은 "
        "[[minji_k@example.com|EMAIL_ADDRESS]]입니다. [[김민지|PERSON]] 드림",
    ),
    (
        "msg",
        "안녕하세요 [[장세훈|PERSON]] 씨, 지난번 견적 건으로 연락드렸습니다. 세부 사항은 "
        "[[estimate@samhwa.example.com|EMAIL_ADDRESS]]로 보내드렸어요.",
    ),
    (
        "msg",
        "분실카드 습득 신고: 습득한 카드 번호 [[5525-6617-6031-3720|CREDIT_CARD]], 명의 "
        "[[표지훈|PERSON]]. "
        "파출소에 맡겼습니다.",
    ),
    (
        "msg",
        "회사 메일 말고 개인 메일로 보내주세요: [[yoon.ara+cv@example.net|EMAIL_ADDRESS]] "
        "(지원자 [[윤아라|PERSON]])",
    ),
    (
        "msg",
        "배달 요청사항: 문 앞에 두고 벨 X, 도착하면 [[０１０－８２７３－４４１６|PHONE_NUMBER]]로 "
        "문자만",
    ),
    (
        "msg",
        "VPN 붙으면 사내 NAS는 [[10.0.8.31|IP_ADDRESS]] 로 접속하세요. 프린터는 "
        "[[192.168.0.250|IP_ADDRESS]]입니다. (김대리 노트북 전용)",
    ),
    (
        "msg",
        "집 공유기 포트포워딩 해놨어, 외부에선 [[198.51.100.77|IP_ADDRESS]]:32400 으로 플렉스 "
        "들어오면 돼",
    ),
    (
        "msg",
        "대표번호 1588-0000 말고 제 직통 [[02-6952-3317|PHONE_NUMBER]]로 주세요. - "
        "[[유한별|PERSON]] 대리",
    ),
    (
        "msg",
        "결혼식 축의금 보내실 곳 ♡ 신랑측 하나 [[620-183394-22907|KR_BANK_ACCOUNT]] "
        "[[변지석|PERSON]]",
    ),
    (
        "msg",
        "거래처 단톡방 공지: 세금계산서 발행용 사업자등록번호 [[456-15-98676|KR_BRN]], "
        "메일 [[invoice@hansol-food.example.kr|EMAIL_ADDRESS]]",
    ),
    (
        "msg",
        "아버님 면허증 번호가 [[15-13-786090-43|KR_DRIVER_LICENSE]] 맞으시죠? 적성검사 대리 "
        "신청합니다.",
    ),
    (
        "msg",
        "[[서하준|PERSON]]님 여권번호 [[M58120947|KR_PASSPORT]]로 항공권 이름 철자 확인 "
        "부탁드립니다.",
    ),
    (
        "msg",
        "보안 알림: 새 기기에서 로그인했습니다. 위치 추정 서울, IP [[203.0.113.162|IP_ADDRESS]]. "
        "본인이 아니라면 비밀번호를 변경하세요.",
    ),
]

# Records without personal data but with look-alikes: (kind, text).
NEGATIVES: list[tuple[str, str]] = [
    ("order", "주문번호 ORD01038472915 배송 준비 중입니다. 예상 도착 3/14(금)."),
    ("order", "운송장번호 6082 1937 4410 / CJ대한통운 / 집화처리 2025.03.11 18:22"),
    ("sku", "상품코드 SKU-01012345678 재고 12개, 옵션코드 OPT_3333011234567"),
    ("file", "첨부: IMG_20250312_010234.jpg, scan_20250312_0041.pdf (용량 2.3MB)"),
    ("url", "자세한 내용은 https://cafe.example.com/articles/01045678123?page=2 참고"),
    ("hash", "commit a3f01012345678b9c0de7712d4e5f6a7b8c9d0e1 빌드 성공 (sha256 일치)"),
    (
        "hash",
        "체크섬: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    ),
    ("date", "행사 일정: 2025-03-15 ~ 2025-03-16, 사전 등록 마감 2025.03.01 23:59"),
    ("time", "영업시간 09:00-18:00 (점심 12:30~13:30), 토요일 10:00-14:00"),
    ("version", "펌웨어 1.2.0.5 와 2.0.10.3 중 최신은 2.0.10.3 입니다. 업데이트 후 재부팅하세요."),
    ("version", "Android 14.0.0.118 빌드 / 앱 버전 10.4.2.2041"),
    ("statute", "개인정보 보호법 제2조 제1호, 같은 법 시행령 제19조 제1항 제3호 참조"),
    ("statute", "민법 제750조 및 제751조, 대법원 2019. 5. 30. 선고 2016다221429 판결"),
    ("isbn", "ISBN 978-89-6626-312-7 (93000), ISSN 1225-0163, 정가 28,000원"),
    ("stat", "2024년 등록 외국인은 1,509,128명으로 전년 대비 6.2% 늘었다(법무부 통계월보)."),
    ("stat", "응답자 1,004명, 95% 신뢰수준에 표본오차 ±3.1%p. 지지율 41.3% → 38.9%."),
    ("price", "특가 1,290,000원 → 990,000원 (최대 12개월 무이자), 적립 9,900P"),
    ("coord", "위치: 37.566535, 126.977969 (서울시청) / 고도 38m"),
    ("service", "고객센터 1588-1234, 1544-7000, 수신자부담 080-023-5000 (평일 9시~18시)"),
    ("service", "카드 분실 신고는 24시간 1577-6000, 해외에서는 +82-2-1577-6000은 안 되니 앱으로"),
    ("office", "마포구청 민원여권과 02-3153-8481~8, 팩스 02-3153-8499"),
    ("office", "○○초등학교 행정실 031-946-0412 / 교무실 031-946-0413 (방학 중 단축 근무)"),
    ("office", "문의: 국토교통부 주택정책과 044-201-3321"),
    ("corp", "법인등록번호 110111-1234561, 상호 주식회사 한빛테크, 본점 서울 강남구"),
    ("corp", "(주)새봄물산 법인등록번호: 134811-0012458 / 설립일 1998. 4. 1."),
    ("mask", "결제 카드 5409-20**-****-7812 (국민) 승인 완료"),
    ("mask", "입금 계좌 110-***-***017 (신한) 로 환불 처리되었습니다."),
    ("mask", "연락처 010-****-5678 고객님 주문이 접수되었습니다."),
    ("placeholder", "연락처 예시: 010-0000-0000, 사무실 02-000-0000 형식으로 입력"),
    ("placeholder", "주민등록번호 입력란 (000000-0000000), 사업자등록번호 000-00-00000"),
    ("placeholder", "카드번호 입력 예시: 1234-5678-9012-3456 (하이픈 없이 입력 가능)"),
    ("placeholder", "이메일 형식이 올바르지 않습니다. 예: name@domain (도메인까지 입력)"),
    ("impossible", "회원번호: 990230-1234567 로 조회되지 않습니다."),
    ("impossible", "접수번호 880231-2000145, 처리 상태: 완료"),
    ("impossible", "관리번호 010229-3104562 (구 시스템 이관분)"),
    ("impossible", "증명서 발급번호 900431-1048812 로 진위 확인 가능"),
    ("context", "계좌 없음. 코드 3333011234567 로 쿠폰 등록하세요."),
    ("context", "은행 상품코드 1002845301297 은 단종되었습니다."),
    ("context", "통장 정리는 창구에서 했다. 도서관 대출번호 302229144781 반납 예정."),
    ("context", "주민번호 수집은 법으로 금지되어 있습니다. 회원번호는 20250312-0041 입니다."),
    ("team", "발신: 서비스 운영팀\n수신: 고객센터\n제목: 3월 정기 점검 안내"),
    ("team", "예금주: 햇살초등학교 / 받는 분: 경리부 앞"),
    ("team", "담당자: 시스템 관리자 (내선 2041)"),
    ("public", "세종대왕은 1443년 훈민정음을 창제하고 1446년 반포하였다."),
    ("public", "노무현 씨는 2002년 대선에서 48.9%를 얻어 당선되었다고 당시 신문은 전했다."),
    ("public", "가수 아이유의 본명은 이지은이다. 2008년 데뷔했다."),
    ("fiction", "홍길동은 아버지를 아버지라 부르지 못하고 형을 형이라 부르지 못하였다."),
    ("fiction", "성춘향은 이몽룡을 기다리며 옥에 갇혀 있었다. 변학도는 생일 잔치를 열었다."),
    ("noun", "함수 이름은 가능한 한 짧고 분명하게 짓는 것이 좋다."),
    ("noun", "파일 이름 바꾸기: F2 키를 누르면 된다."),
    ("noun", "'한빛'이라는 이름은 큰 빛이라는 뜻의 순우리말이다."),
    ("car", "차량번호 12가 3456, 차대번호 KMHD341CBLU123456, 연식 2021년식 주행 4.2만km"),
    ("car", "운전면허 필기시험 합격률은 2024년 71.3%로, 응시자는 48만 명이었다."),
    (
        "court",
        "사건번호 2024가단51342 변론기일 2025. 4. 8. 14:10 서울중앙지방법원 민사 제512호 법정",
    ),
    ("chem", "CAS 번호 7732-18-5 (물), 64-17-5 (에탄올), UN 1170"),
    ("mac", "MAC 주소 00:1A:2B:3C:4D:5E 인 기기를 허용 목록에 추가했습니다."),
    ("uuid", "request_id=3f2b9c1e-8d4a-4f7b-9e21-0c6d5a7b8e90 status=200 latency=41ms"),
    ("oid", "SNMP OID 1.3.6.1.2.1.1.5.0 에서 호스트 이름을 읽어 옵니다."),
    ("section", "자세한 내용은 3.2.1.4절과 부록 A.1.2를 보라. 표 4.10.2 참조."),
    ("stock", "삼성전자(005930) 종가 71,300원, 거래량 12,345,678주"),
    ("student", "학번 2023123456 신입생 오리엔테이션은 대강당에서 열린다."),
    ("postal", "우편번호 06236, 도로명 코드 116803122010"),
    ("lotto", "제1163회 로또 당첨번호 2, 13, 15, 16, 33, 43 + 보너스 4"),
    ("phone-ish", "2019-2023 누적 매출 1,234-5,678억 원 구간으로 추정된다."),
    ("model", "모델명 M230A1567 와 M23045678 은 같은 시리즈의 냉장고다."),
    ("account-ish", "적금 금리 연 3.55%, 가입기간 12-36개월, 최소 납입 10,000원"),
    ("handle", "인스타 @dalbit.studio 팔로우하고 #원데이클래스 태그해 주세요"),
    ("ip-ish", "해상도 1920.1080.60.144 같은 표기는 잘못된 것이다. 올바른 표기는 1920×1080."),
    ("card-ish", "포인트 카드 적립번호 7700 1234 5678 9012, 잔여 포인트 3,200점"),
    ("docno", "문서번호 총무과-2025-0312, 시행일자 2025. 3. 12."),
]


def parse(marked: str) -> tuple[str, list[dict]]:
    """Strip the ``[[value|TYPE]]`` marks: the text and its gold spans."""
    return typed_spans(marked)


def records() -> list[dict]:
    rows, n = [], 0
    for kind, text in POSITIVES:
        plain, spans = parse(text)
        rows.append({"id": f"h7-{kind}-{n:03d}", "text": plain, "spans": spans})
        n += 1
    for kind, text in NEGATIVES:
        plain, spans = parse(text)
        assert not spans, kind
        rows.append(
            {"id": f"h7-neg-{kind}-{n:03d}", "text": plain, "spans": [], "hard_negative": True}
        )
        n += 1
    return rows


def main() -> None:
    count = write_jsonl(records(), OUT)
    print(f"wrote {count} records to {OUT}")


if __name__ == "__main__":
    main()
