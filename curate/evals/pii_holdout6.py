"""Hold-out 6 for the PII scrubber: ``curate/evals/data/pii_holdout6_ko.jsonl``.

A new, independent labelled set, written by hand before any scoring and without reading the
recognizers, their tests or any earlier evaluation set (only hold-out 3's first lines, for the
schema). The labelling policy is the README's ("Names: the policy", "Spellings, look-alikes
and what is left alone"): under the default ``pii.person: contact`` a private person's name is
gold PERSON when it stands in form/label syntax or in a record that also holds that person's
contact or identity value; names of public, historical or fictional persons are not.

Records are Korean text of the genres real crawls hold (second-hand market posts, club and
school notices, lease contracts, medical receipts, insurance claims, CVs, booking texts,
parents' group chats, wedding and funeral notices, overseas shipping forms, IT help-desk
tickets and logs, public-office replies, court rulings quoted with masked names, debt
collection texts, job ads, tax invoices, shop footers, travel and rental bookings). Values are
spelled as people write them: dashes, spaces, dots, nothing, full-width digits, Unicode
dashes, international forms. ``HARD_NEGATIVES`` hold no personal data but values that look
like it (ids, codes, file names, URLs, hashes, dates, versions, ISBN/ISSN, statistics,
prices, service and public-office numbers, corporate registration numbers, masked values,
placeholders, RRN-shaped numbers with impossible dates, context words in other sentences,
teams after labels, public/historical/fictional persons, the noun 이름).

Every value is fictional: e-mail on ``example.*`` domains; IPs from the documentation
(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) and private ranges; RRNs with a
real calendar date and a valid check digit (``curate.sample.noise.rrn_check_digit``); FRNs by
the pre-2020 foreigner rule (sex digit 5-8, registration-office digits 8-9 an even number,
12th digit 6-9, check digit ``(13 - sum(d_i * w_i) % 11) % 10`` with the RRN weights
2,3,4,5,6,7,8,9,2,3,4,5); card numbers Luhn-valid with real issuer prefixes (Visa 4,
Mastercard 51-55 and 2221-2720, Amex 34/37, JCB 3528-3589, UnionPay 62, BC 9410);
business registration numbers with a valid check digit (weights 1,3,7,1,3,7,1,3,5 plus
floor(9th digit * 5 / 10), check ``(10 - sum % 10) % 10``); driver's licences with a region
code 11-28; passports in the old ``M12345678`` and new ``M123A4567`` forms.

Texts carry inline marks ``[[value|TYPE]]``; the marks are removed and each value becomes a
span with Python ``str`` offsets (end exclusive) covering the value only, never its label.

Regenerate with ``.venv/bin/python -m curate.evals.pii_holdout6``.
"""

from pathlib import Path

from curate.evals.marked import typed_spans, write_jsonl

OUTPUT = Path(__file__).parent / "data" / "pii_holdout6_ko.jsonl"

# (kind, text with marks)
POSITIVES: list[tuple[str, str]] = [
    # 중고거래 게시글과 채팅
    (
        "market",
        "아이폰 13 미니 팝니다 (배터리 효율 87%)\n직거래: 분당 정자역 2번 출구\n"
        "가격 38만원, 네고 X\n채팅 잘 안 봐요 문자 주세요 [[010-4417-2083|PHONE_NUMBER]]",
    ),
    (
        "market",
        "구매자: 혹시 택배 거래도 되나요?\n판매자: 네 선입금 해주시면 내일 보내드려요\n"
        "판매자: 카카오뱅크 [[3333-12-4806671|KR_BANK_ACCOUNT]] [[권도연|PERSON]]이에요\n"
        "구매자: 방금 보냈습니다!",
    ),
    (
        "market",
        "유아 카시트 나눔합니다. 가지러 오실 분만요~ "
        "[[010.6230.5518|PHONE_NUMBER]]로 시간 남겨주시면 연락드릴게요.",
    ),
    (
        "market",
        "[판매완료] 캠핑 의자 2개\n입금 확인했습니다 감사합니다 :)\n"
        "혹시 몰라 제 번호 남겨요 [[01093317740|PHONE_NUMBER]] - [[소은재|PERSON]]",
    ),
    (
        "market",
        "닌텐도 스위치 OLED 삽니다. 박스 있으면 +2만.\n"
        "연락은 [[０１０－２７７４－８１０６|PHONE_NUMBER]]로 주세요 (밤 10시 이후 X)",
    ),
    # 동호회·카페·밴드 공지
    (
        "notice",
        "📢 3월 정기산행 회비 안내\n회비: 2만원 (식대 포함)\n"
        "입금계좌: 농협 [[351-0921-4473-03|KR_BANK_ACCOUNT]] (예금주 [[백하윤|PERSON]])\n"
        "문의는 총무 [[백하윤|PERSON]] [[010.7731.2290|PHONE_NUMBER]]",
    ),
    (
        "notice",
        "회원 여러분 중고거래 사기 주의하세요! 아래 계좌로 입금 유도한 사례가 접수됐습니다.\n"
        "사기 의심 계좌: 우리은행 [[1002-938-117452|KR_BANK_ACCOUNT]]\n"
        "사용한 번호: [[010-6624-0917|PHONE_NUMBER]]",
    ),
    (
        "notice",
        "[조기축구회 공지] 유니폼 단체 주문합니다.\n사이즈랑 등번호 댓글로 남겨주시고\n"
        "대금은 국민 [[482901-04-117385|KR_BANK_ACCOUNT]] 총무 앞으로 보내주세요.",
    ),
    (
        "notice",
        "독서모임 '책 읽는 밤' 4월 모임\n장소: 합정역 카페 세렌\n"
        "참가 신청: [[bookclub.night@example.com|EMAIL_ADDRESS]] 또는 모임장 "
        "[[010 3921 5067|PHONE_NUMBER]]",
    ),
    (
        "notice",
        "아파트 주민 배드민턴 동호회 연회비 납부 안내입니다.\n"
        "우체국 [[012345-02-284716|KR_BANK_ACCOUNT]] / 받는 분 [[곽도희|PERSON]]\n"
        "입금자명은 동·호수로 해주세요 (예: 103-1502)",
    ),
    # 계약서
    (
        "contract",
        "부동산 임대차 계약서\n임대인 성명: [[남궁서진|PERSON]]  주민등록번호: "
        "[[560618-1508662|KR_RRN]]\n"
        "주소: 서울특별시 마포구 월드컵로12길 34\n전화: [[02-334-8817|PHONE_NUMBER]]\n"
        "임차인 성명: [[추예린|PERSON]]  주민등록번호: [[920830-2091317|KR_RRN]]\n"
        "전화: [[010-2094-6638|PHONE_NUMBER]]",
    ),
    (
        "contract",
        "제5조(차임의 지급) 임차인은 매월 25일까지 임대인 명의의 국민은행 계좌"
        "([[482901-04-339120|KR_BANK_ACCOUNT]])로 차임을 지급한다. 연체 시 연 12%의 "
        "지연손해금을 가산한다.",
    ),
    (
        "contract",
        "용역 계약서\n갑: 주식회사 다온소프트 (사업자등록번호 [[621-81-39674|KR_BRN]])\n"
        "을: 프리랜서 [[방지후|PERSON]] (주민등록번호 [[850417-1779429|KR_RRN]])\n"
        "계약금액: 금 일천이백만원정 (₩12,000,000)\n"
        "지급계좌: 신한 [[110-482-739201|KR_BANK_ACCOUNT]]",
    ),
    (
        "contract",
        "근로계약서 (단시간근로자)\n사업주: 해오름베이커리 대표 [[도재윤|PERSON]]\n"
        "사업자번호 [[574-86-04781|KR_BRN]]\n근로자 성명 [[라은빈|PERSON]]  연락처 "
        "[[010-4410-2385|PHONE_NUMBER]]\n"
        "근무시간 09:00~15:00 (휴게 30분)",
    ),
    (
        "contract",
        "차용증\n채권자 [[편성호|PERSON]] (주민번호 [[770105 1993054|KR_RRN]])\n"
        "채무자 [[금서하|PERSON]] (주민번호 [[9401012321395|KR_RRN]])\n"
        "위 채무자는 금 오백만원을 2025년 12월 31일까지 변제하기로 한다.",
    ),
    # 진료비 영수증, 병원 문자
    (
        "receipt",
        "진료비 계산서·영수증\n환자성명\t[[탁수민|PERSON]]\n"
        "주민등록번호\t[[880729-2456449|KR_RRN]]\n"
        "진료기간\t2024.05.02 ~ 2024.05.02\n환자부담 총액\t23,400원\n병실 -",
    ),
    (
        "hospital",
        "[Web발신]\n[서울하나이비인후과] [[변지아|PERSON]]님 6/14(금) 오전 10:30 진료 "
        "예약되었습니다. "
        "변경은 [[02-6952-3304|PHONE_NUMBER]]로 연락 주세요.",
    ),
    (
        "hospital",
        "보호자 연락처 확인 부탁드립니다.\n환자: [[최아름|PERSON]] (여/7세)\n"
        "보호자: [[최상윤|PERSON]] (부) [[010‑5027‑3391|PHONE_NUMBER]]\n알레르기: 페니실린",
    ),
    (
        "receipt",
        "간이영수증\n상호: 푸른약국  사업자등록번호: [[113-12-27007|KR_BRN]]\n"
        "일자: 2024-09-03  금액: 8,700원\n대표자: [[염주희|PERSON]]",
    ),
    # 보험 청구서
    (
        "insurance",
        "보험금 청구서\n피보험자: [[윤채아|PERSON]] (주민등록번호 [[050303-4713680|KR_RRN]])\n"
        "청구인(보호자): [[윤태식|PERSON]] / 연락처 [[010 5530 1284|PHONE_NUMBER]]\n"
        "보험금 수령 계좌: 하나은행 [[391-910482-73607|KR_BANK_ACCOUNT]] 예금주 [[윤태식|PERSON]]",
    ),
    (
        "insurance",
        "자동차보험 사고 접수 내역\n사고번호: 2024-0731-00482\n"
        "운전자 [[탄정우|PERSON]] / 면허번호 [[12-88-019374-51|KR_DRIVER_LICENSE]]\n"
        "상대 차량 운전자 연락처 [[010–3358–9021|PHONE_NUMBER]]",
    ),
    (
        "insurance",
        "실손보험 간편청구 (모바일)\n청구자: [[선우다은|PERSON]]\n"
        "지급받을 계좌: 케이뱅크 [[100-142-887301|KR_BANK_ACCOUNT]]\n"
        "휴대폰: [[+82 10-6442-0173|PHONE_NUMBER]]",
    ),
    # 이력서
    (
        "resume",
        "이 력 서\n성      명 : [[진소율|PERSON]]\n생년월일 : 1994. 03. 17\n"
        "휴 대 폰 : [[01082463371|PHONE_NUMBER]]\nE-mail : "
        "[[soyul.jin@example.com|EMAIL_ADDRESS]]\n"
        "주      소 : 인천광역시 연수구 컨벤시아대로 165",
    ),
    (
        "resume",
        "자기소개서\n안녕하십니까, 저는 품질관리 직무에 지원한 [[기민호|PERSON]]입니다. "
        "학부 시절 통계 동아리 회장을 맡았습니다... 연락처: [[minho.ki@example.net|EMAIL_ADDRESS]]",
    ),
    (
        "resume",
        "RESUME\nName  [[Ha-eun Seo|PERSON]] ([[서하은|PERSON]])\n"
        "Mobile  [[+82-10-7185-2290|PHONE_NUMBER]]\nEmail  "
        "[[haeun.seo@example.org|EMAIL_ADDRESS]]\n"
        "Education  B.S. Computer Science, 2019",
    ),
    (
        "resume",
        "[입사지원서 - 개인정보]\n성명: [[마리아 산토스|PERSON]]\n외국인등록번호: "
        "[[920602-6065999|KR_FRN]]\n"
        "체류자격: E-7 / 체류기간 2026.08.31까지\n연락처: [[010-5521-8830|PHONE_NUMBER]]",
    ),
    # 숙소·항공·렌터카 예약
    (
        "booking",
        "[Web발신]\n[해담스테이] [[정가온|PERSON]]님 예약이 확정되었습니다.\n"
        "체크인 7/12(금) 15:00 · 오션뷰 트윈 1박\n늦게 도착하시면 사장님 휴대폰 "
        "[[010-3392-7415|PHONE_NUMBER]]로 연락주세요.",
    ),
    (
        "booking",
        "Booking confirmation #HB-30418827\nGuest: [[LEE SOOAH|PERSON]]\n"
        "Contact: [[sooah.lee@example.com|EMAIL_ADDRESS]] / [[+821047730162|PHONE_NUMBER]]\n"
        "Check-in: 2024-10-03  Check-out: 2024-10-05",
    ),
    (
        "travel",
        "e-티켓 확인증\n예약번호 KX7H2P\n승객 성명: [[PARK/SEOYEON|PERSON]] MS\n"
        "여권번호: [[M20857413|KR_PASSPORT]]  만료일 2031-05-14\n편명 KE0901 인천-파리 13:25",
    ),
    (
        "travel",
        "단체여행 참가자 명단 (여권 정보)\n이름 | 여권번호 | 연락처\n"
        "[[윤슬기|PERSON]] | [[M071B8826|KR_PASSPORT]] | [[010-2216-4038|PHONE_NUMBER]]\n"
        "[[차민혁|PERSON]] | [[M512C0394|KR_PASSPORT]] | [[010-8840-1127|PHONE_NUMBER]]",
    ),
    (
        "travel",
        "Visa application — Section 2\nSurname: [[HWANG|PERSON]]  Given names: [[YEJIN|PERSON]]\n"
        "Passport No.: [[m38215097|KR_PASSPORT]]\nIssuing country: Republic of Korea",
    ),
    (
        "rental",
        "[제주 렌터카 예약 확인]\n운전자: [[모하람|PERSON]]\n면허번호: "
        "[[21-19-427713-60|KR_DRIVER_LICENSE]]\n"
        "결제카드: [[5343-1757-1510-2013|CREDIT_CARD]]\n긴급연락처: "
        "[[010 - 2281 - 6604|PHONE_NUMBER]]",
    ),
    (
        "rental",
        "제2운전자 추가 등록 부탁드려요. [[명서준|PERSON]], 운전면허 "
        "[[13 05 284716 22|KR_DRIVER_LICENSE]], "
        "번호는 [[010-9067-3325|PHONE_NUMBER]]입니다.",
    ),
    (
        "rental",
        "공유차량 회원가입 — 면허 인증\n면허번호 [[280514556021|KR_DRIVER_LICENSE]]\n"
        "(하이픈 없이 숫자만 입력하세요)\n이름 [[주하늘|PERSON]]",
    ),
    # 학부모 단톡방, 학교
    (
        "parents",
        "[2학년 3반 학부모방]\n반대표: 안녕하세요~ 현장학습 간식비 5천원씩 모읍니다!\n"
        "토스뱅크 [[1000-4821-7736|KR_BANK_ACCOUNT]] [[하은솔|PERSON]]\n입금하시고 아이 "
        "이름으로 남겨주세요 😊",
    ),
    (
        "parents",
        "반대표: 내일 생일파티 장소 바뀌었대요\n반대표: 혹시 길 모르시면 "
        "[[010-7263-0548|PHONE_NUMBER]]로 전화주세요\n"
        "(익명): 넵 감사합니다",
    ),
    (
        "school",
        "가정통신문 회신서\n학생 성명: [[용채원|PERSON]] (3학년 2반)\n보호자 성명: "
        "[[용덕수|PERSON]]\n"
        "비상연락처: [[010.4538.9912|PHONE_NUMBER]]\n체험학습 참가 동의 ☑",
    ),
    (
        "school",
        "방과후 수업료 환불 신청\n학생명: [[남서아|PERSON]]\n환불 계좌: 대구은행 "
        "[[508-10-294715-3|KR_BANK_ACCOUNT]]\n"
        "예금주: [[남기철|PERSON]]",
    ),
    # 경조사
    (
        "family",
        "[부고] 총무팀 [[마현우|PERSON]] 대리 부친상\n빈소: 서울대학교병원 장례식장 3호실\n"
        "발인: 2024년 11월 8일 07:00\n마음 전하실 곳: 신한은행 "
        "[[110-371-559024|KR_BANK_ACCOUNT]] ([[마현우|PERSON]])\n"
        "연락처: [[010−5128−0937|PHONE_NUMBER]]",
    ),
    (
        "family",
        "저희 결혼합니다 💍\n신랑 [[석도윤|PERSON]] · 신부 [[어수아|PERSON]]\n2025년 4월 19일 "
        "토요일 낮 12시 30분\n"
        "신랑측 카카오뱅크 [[3333-07-2284519|KR_BANK_ACCOUNT]] [[석도윤|PERSON]]\n"
        "신부측 기업은행 [[010-482731-01-017|KR_BANK_ACCOUNT]] [[어수아|PERSON]]",
    ),
    (
        "family",
        "돌잔치 초대합니다 🎂 우리 아들이 벌써 첫 생일을 맞았어요.\n"
        "축하 연락은 아빠 [[봉진혁|PERSON]] [[010 7815 2260|PHONE_NUMBER]]",
    ),
    (
        "family",
        "[모친상 알림] 3기 동기 [[엽경민|PERSON]]의 모친께서 별세하셨습니다.\n"
        "조의금 계좌 농협 [[3021188204531|KR_BANK_ACCOUNT]] [[엽경민|PERSON]]",
    ),
    # 해외직구 배송지
    (
        "shipping",
        "배송지 정보 (Shipping address)\nName: [[JIHO KIM|PERSON]]\nPhone: "
        "[[+82 10-2748-3361|PHONE_NUMBER]]\n"
        "Email: [[jiho.kim.shop@example.net|EMAIL_ADDRESS]]\nAddress: 12, Teheran-ro 8-gil, "
        "Gangnam-gu, Seoul 06236",
    ),
    (
        "shipping",
        "받는 분: [[나윤서|PERSON]]\n연락처: [[010-9118-4402|PHONE_NUMBER]]\n"
        "주소: 경기도 고양시 일산동구 중앙로 1275 (우 10401)\n배송메모: 부재 시 경비실",
    ),
    (
        "shipping",
        "배대지 신청서 작성할 때 수취인은 [[변하솔|PERSON]], 전화는 "
        "[[010-55218830|PHONE_NUMBER]]로 "
        "넣었는데 통관 문자가 안 와요 ㅠ",
    ),
    (
        "shipping",
        "[택배] 고객님의 상품이 배송 출발했습니다.\n받는분: [[구태오|PERSON]]\n"
        "기사님 연락처: [[010 2960 7714|PHONE_NUMBER]]\n운송장: 6892-4410-3317",
    ),
    # IT 헬프데스크, 로그
    (
        "helpdesk",
        "[티켓 #48213] VPN 접속 불가\n요청자: [[엄태린|PERSON]] (재무팀)\n내선: 4417 / 휴대폰: "
        "[[010-3358-2167|PHONE_NUMBER]]\n"
        "접속 IP: [[10.24.118.37|IP_ADDRESS]]\n증상: 인증 후 30초 뒤 끊김, 클라이언트 5.2.1",
    ),
    (
        "helpdesk",
        "안녕하세요 IT지원팀입니다. 말씀하신 PC([[192.168.35.102|IP_ADDRESS]])에서 비정상 "
        "트래픽이 감지되어 "
        "네트워크를 차단했습니다. 확인 후 [[it-support@example.co.kr|EMAIL_ADDRESS]] 로 회신 "
        "부탁드립니다.",
    ),
    (
        "helpdesk",
        "사내 위키 주소가 바뀌었습니다: http://[[172.16.40.8|IP_ADDRESS]]:8090/ 북마크 수정해 "
        "주세요.",
    ),
    (
        "helpdesk",
        "프린터 고정 IP를 [[10.0.7.254|IP_ADDRESS]]에서 [[10.0.7.31|IP_ADDRESS]]으로 변경했습니다. "
        "드라이버 재설치가 필요할 수 있어요.",
    ),
    (
        "helpdesk",
        "계정 잠금 해제 요청\n사번: 20190417\n성명: [[우지환|PERSON]]\n"
        "업무 메일: [[jihwan.woo@corp.example.com|EMAIL_ADDRESS]]\n마지막 로그인 위치: "
        "[[198.51.100.77|IP_ADDRESS]]",
    ),
    (
        "log",
        "Jun 12 03:14:07 web01 sshd[2281]: Failed password for root from "
        "[[203.0.113.47|IP_ADDRESS]] "
        "port 52214 ssh2\nJun 12 03:14:09 web01 sshd[2281]: Failed password for root from "
        "[[203.0.113.47|IP_ADDRESS]] port 52214 ssh2",
    ),
    (
        "log",
        "[[198.51.100.23|IP_ADDRESS]] - - [12/Jun/2024:10:22:31 +0900] "
        '"GET /api/v2/orders/20240612001 HTTP/1.1" 200 1532 "-" "Mozilla/5.0"',
    ),
    (
        "log",
        "공유기 관리 화면에 WAN IPv6 주소가 [[2001:db8:3c4d:15::1a2f|IP_ADDRESS]] 로 나오는데 "
        "정상인가요? "
        "게이트웨이는 [[2001:db8:3c4d:15::1|IP_ADDRESS]] 이고요.",
    ),
    (
        "log",
        "2024-06-12T09:01:44+09:00 WARN login rate limit exceeded user=guest "
        "ip=[[192.0.2.146|IP_ADDRESS]] "
        "attempts=12",
    ),
    # 공공기관 민원 답변
    (
        "civil",
        "1. 귀하께서 국민신문고를 통해 신청하신 민원에 대한 답변입니다.\n"
        "2. 민원인께서 적어주신 연락처([[010-7702-1436|PHONE_NUMBER]])로 담당 주무관이 현장 "
        "확인 일정을 "
        "안내드릴 예정입니다.\n3. 기타 문의는 도로관리과(02-2124-3081)로 해주시기 바랍니다.",
    ),
    (
        "civil",
        "정보공개 청구서\n청구인 성명: [[임가람|PERSON]]\n생년월일: 1981-07-22\n"
        "전화번호: [[031-8017-2245|PHONE_NUMBER]]\n전자우편: "
        "[[garam.lim@example.kr|EMAIL_ADDRESS]]",
    ),
    (
        "civil",
        "외국인 체류지 변경신고서\n성명 [[왕웨이|PERSON]]\n외국인등록번호 "
        "[[780120-5925185|KR_FRN]]\n"
        "신 체류지: 경기도 안산시 단원구 원곡로 45\n전화 [[010-3840-7216|PHONE_NUMBER]]",
    ),
    # 판결문 인용
    (
        "court",
        "피고인은 2022. 3. 4.경 성명불상의 조직원으로부터 지시를 받고, 피해자 김○○으로 하여금 "
        "피고인 명의의 농협 계좌([[302-8891-2274-51|KR_BANK_ACCOUNT]])로 1,500만 원을 송금하게 "
        "하였다.",
    ),
    (
        "court",
        "피고인 A는 2021. 10.경 대포통장인 새마을금고 "
        "계좌([[9002-1934-8820-4|KR_BANK_ACCOUNT]])를 양수하여 "
        "보이스피싱 피해금 인출에 사용하였다.",
    ),
    (
        "court",
        "증거 목록 제17호: 피고인이 피해자 이○○에게 보낸 문자메시지 캡처(발신번호 "
        "[[010-4528-6613|PHONE_NUMBER]])",
    ),
    # 채권 추심·스팸 문자
    (
        "collect",
        "[[한승규|PERSON]] 고객님, 대출금 1,240,000원이 45일째 연체 중입니다. "
        "금일 중 신한 가상계좌 [[56208311948273|KR_BANK_ACCOUNT]]로 입금 바랍니다. "
        "문의 [[070-8821-4407|PHONE_NUMBER]] 채권관리팀",
    ),
    (
        "collect",
        "[최종 통지] [[유나겸|PERSON]]님 미납 관리비 내역을 안내드립니다. 미납 시 법적 절차가 "
        "진행됩니다.\n"
        "납부계좌: 기업 [[034-118244-01-012|KR_BANK_ACCOUNT]] (예금주: 한솔관리 주식회사)",
    ),
    (
        "collect",
        "채무자 [[표경훈|PERSON]] 님께\n지급명령 확정에 따라 2025. 1. 15.까지 잔금 3,200,000원을 "
        "변제하지 않으시면 강제집행에 착수합니다. 담당: [[0505-221-7730|PHONE_NUMBER]]",
    ),
    # 구인 광고
    (
        "job",
        "[구인] 카페 주말 알바 구합니다\n시급 10,030원, 토·일 10시~18시\n"
        "담당자: [[왕리나|PERSON]] 실장 [[010-6128-3390|PHONE_NUMBER]]\n"
        "이력서는 [[cafe.rina@example.com|EMAIL_ADDRESS]]로 보내주세요",
    ),
    (
        "job",
        "주방 보조 구함 (경력무관)\n근무지: 부산 해운대구 우동\n연락: 사장님 "
        "[[051-742-0913|PHONE_NUMBER]] "
        "또는 [[010-4982-1156|PHONE_NUMBER]]",
    ),
    (
        "job",
        "채용담당자 [[탁예서|PERSON]] 드림\n지원서 접수: "
        "[[recruit+2025@example.org|EMAIL_ADDRESS]]\n"
        "서류 합격자에 한해 개별 연락드립니다.",
    ),
    # 외국인 고용·체류 서류
    (
        "foreign",
        "외국인근로자 고용변동 신고\n근로자 성명: [[응우옌 반 훙|PERSON]] "
        "([[NGUYEN VAN HUNG|PERSON]])\n"
        "외국인등록번호: [[870315-5588184|KR_FRN]]\n사업장: 대성정밀 (사업자등록번호 "
        "[[611-05-08961|KR_BRN]])",
    ),
    (
        "foreign",
        "기숙사 입사자 명단\n성명\t국적\t외국인등록번호\n"
        "[[아지즈 라흐모노프|PERSON]]\t우즈베키스탄\t[[010911-7824171|KR_FRN]]\n"
        "[[찬 소피아|PERSON]]\t캄보디아\t[[041128-8502673|KR_FRN]]",
    ),
    (
        "foreign",
        "통장 개설하려는데 외국인등록증 번호 [[950707 6200987|KR_FRN]] 입력하면 오류가 나요. "
        "제 이름은 [[린 티 하|PERSON]]이고 전화 [[010-2735-0418|PHONE_NUMBER]]입니다.",
    ),
    (
        "foreign",
        "Alien Registration No. [[830214-5164984|KR_FRN]]\nName: [[Daniel Okafor|PERSON]]\n"
        "Tel: [[010-6604-1872|PHONE_NUMBER]]",
    ),
    (
        "foreign",
        "유학생 건강보험 가입 확인\n학생 [[장 웨이|PERSON]] 외국인등록번호 "
        "[[990505.6660093|KR_FRN]]",
    ),
    (
        "foreign",
        "다문화가족지원센터 상담 신청\n신청인: [[마이 투 짱|PERSON]]\n외국인등록번호: "
        "[[0208267029370|KR_FRN]]\n"
        "연락처: [[010-3118-2749|PHONE_NUMBER]]",
    ),
    (
        "foreign",
        "고용허가서 재발급 요청합니다. 근로자 [[수레시 쿠마르|PERSON]] (외국인등록번호 "
        "[[910330－5227583|KR_FRN]])",
    ),
    # 세금계산서, 사업자, 쇼핑몰 하단
    (
        "tax",
        "전자세금계산서 발행 요청\n공급받는자 상호: (주)온누리물산\n사업자등록번호: "
        "[[367-88-46377|KR_BRN]]\n"
        "담당자 이메일: [[tax.invoice@example.co.kr|EMAIL_ADDRESS]]",
    ),
    (
        "tax",
        "거래처 등록 부탁드립니다. 상호 그린테이블 / 사업자번호 [[2732358322|KR_BRN]] / "
        "대표 [[윤보람|PERSON]] / 계산서 메일 [[greentable.acct@example.com|EMAIL_ADDRESS]]",
    ),
    (
        "tax",
        "공급자 등록번호 [[752 37 25433|KR_BRN]] 상호 다올인테리어 성명 [[신태경|PERSON]]\n"
        "공급가액 4,500,000 세액 450,000",
    ),
    (
        "shop",
        "상호명: 소소한공방 | 대표자: [[허다인|PERSON]] | 사업자등록번호: "
        "[[８６３－１４－９８２９４|KR_BRN]] | "
        "통신판매업신고: 2023-서울마포-01872 | 이메일: [[sosogongbang@example.com|EMAIL_ADDRESS]]",
    ),
    (
        "shop",
        "스마트스토어 판매자 정보\n상호 봄날꽃집 / 대표자 [[인서영|PERSON]] / 사업자등록번호 "
        "[[757–81–94767|KR_BRN]]\n"
        "고객문의 [[070-4731-2290|PHONE_NUMBER]]",
    ),
    (
        "shop",
        "사업자 정보 확인: [[882 - 62 - 84486|KR_BRN]] (간이과세자, 계속사업자)",
    ),
    # 카드 결제·카드 분실
    (
        "card",
        "카드 분실 신고합니다. 카드번호 [[4614 7620 2900 9003|CREDIT_CARD]], 소유자 "
        "[[견미래|PERSON]], "
        "연락처 [[010-9920-3417|PHONE_NUMBER]]",
    ),
    (
        "card",
        "해외결제 승인 문의\n카드: [[3796-863989-21097|CREDIT_CARD]] (AMEX)\n승인금액 USD 182.40",
    ),
    (
        "card",
        "자동이체 신청서\n신청인: [[옥지성|PERSON]]\n결제 카드번호: "
        "[[5192077326369571|CREDIT_CARD]]\n"
        "유효기간: 08/27",
    ),
    (
        "card",
        "정기결제 카드 변경 완료 안내 — 새 카드 [[2223 1273 5830 3764|CREDIT_CARD]] 로 다음 "
        "달부터 청구됩니다.",
    ),
    (
        "card",
        "부모님이 일본에서 만든 JCB 카드 번호가 [[3565-6505-5548-8850|CREDIT_CARD]]인데 이거 "
        "아직 유효한지 어떻게 확인하죠?",
    ),
    (
        "card",
        "은련카드 결제 오류 문의드립니다. 카드번호 [[6243 8857 7971 8921|CREDIT_CARD]] 로 세 번 "
        "시도했는데 "
        "모두 거절됐어요.",
    ),
    (
        "card",
        "법인카드 사용 내역 정리\n- 카드: BC [[9410-6088-8763-1914|CREDIT_CARD]]\n- 사용자: "
        "영업2팀",
    ),
    (
        "card",
        "카드번호：[[４１５１－９１４３－２２４２－９９３８|CREDIT_CARD]]　명의：[[반예준|PERSON]]",
    ),
    (
        "card",
        "결제 정보 다시 보내드려요 [[5550 - 2195 - 7377 - 9146|CREDIT_CARD]] / CVC는 전화로 "
        "알려드릴게요",
    ),
    (
        "card",
        "Amex 플래티넘 [[343680060879876|CREDIT_CARD]] 연회비 청구 취소 요청",
    ),
    (
        "card",
        "가족카드 신청 — 본인회원 [[시윤호|PERSON]] / 가족회원 [[시다연|PERSON]]\n"
        "본인회원 카드번호 [[4888-8348-1371-8112|CREDIT_CARD]]",
    ),
    # 은행·송금
    (
        "bank",
        "월세 보내실 때 이 계좌로 부탁드려요\nSC제일 [[330-20-184572|KR_BANK_ACCOUNT]]",
    ),
    (
        "bank",
        "더치페이 정산 🍻 1인당 23,000원\n[[3333 05 8127734|KR_BANK_ACCOUNT]] 카뱅 "
        "[[표주연|PERSON]]",
    ),
    (
        "bank",
        "송금 오류 반환 청구서\n반환 청구인: [[채하랑|PERSON]]\n잘못 보낸 계좌: 수협 "
        "[[1011-0423-8871|KR_BANK_ACCOUNT]]\n"
        "연락처: [[010-2051-7738|PHONE_NUMBER]]",
    ),
    (
        "bank",
        "급여 이체 계좌 변경 신청\n사원명: [[금나래|PERSON]]\n변경 후: 우리은행 "
        "[[1002 745 902218|KR_BANK_ACCOUNT]]",
    ),
    (
        "bank",
        "이번 달 곗돈은 새마을금고 [[9003-2271-0482-5|KR_BANK_ACCOUNT]]으로 보내시면 돼요. 계주 "
        "[[탁명자|PERSON]]",
    ),
    (
        "bank",
        "환불은 고객님 명의 계좌로만 가능합니다. 은행명과 계좌번호를 남겨주세요.\n"
        "→ 국민은행 [[940302-00-415828|KR_BANK_ACCOUNT]] / [[서가윤|PERSON]]",
    ),
    # 메일 서명, 메신저
    (
        "email",
        "감사합니다.\n\n[[HANEUL.OH@EXAMPLE.COM|EMAIL_ADDRESS]]\n[[오하늘|PERSON]] | 마케팅팀 "
        "매니저\n"
        "M. [[010-3017-5529|PHONE_NUMBER]]  T. [[02-6201-4483|PHONE_NUMBER]]",
    ),
    (
        "email",
        "From: [[전소라|PERSON]] <[[sora.jeon@mail.example.kr|EMAIL_ADDRESS]]>\nTo: 인사팀\n"
        "Subject: 재직증명서 발급 요청",
    ),
    (
        "email",
        "스팸 수집 방지로 @를 전각으로 씁니다: [[bora.lee＠example.com|EMAIL_ADDRESS]] "
        "([[이보라|PERSON]])",
    ),
    (
        "email",
        '<a href="mailto:[[contact.yuri@example.org|EMAIL_ADDRESS]]">문의하기</a>',
    ),
    (
        "chat",
        "[카카오톡] 선배 저 [[원지호|PERSON]]인데요, 번호 바꿨어요! "
        "[[010-8162-4093|PHONE_NUMBER]] 저장해주세요",
    ),
    (
        "chat",
        "ㅇㅇ 그 사람 메일 [[dh.kwon@example.net|EMAIL_ADDRESS]]이었나? 아님 dh.kwon2였나 ㅋㅋ",
    ),
    (
        "chat",
        "엄마 나 폰 액정 깨져서 임시폰이야 이 번호로 연락해 [[+82 10 4471 2380|PHONE_NUMBER]]",
    ),
    # 주민등록번호가 들어간 서류
    (
        "form",
        "위임장\n위임인 성명 [[곽서윤|PERSON]] 주민등록번호 [[630922-2857724|KR_RRN]]\n"
        "수임인 성명 [[곽태민|PERSON]] 주민등록번호 [[981111-1416868|KR_RRN]]\n위임 내용: "
        "인감증명서 발급",
    ),
    (
        "form",
        "연말정산 부양가족 명세\n관계: 자녀 / 성명: [[은다율|PERSON]] / 주민번호: "
        "[[０３０９３０－４９６３５６８|KR_RRN]]",
    ),
    (
        "form",
        "회원가입 본인확인: [[서하진|PERSON]] / [[010214–3355467|KR_RRN]] / 통신사 SKT",
    ),
    (
        "form",
        "주민등록번호 뒷자리까지 다 적어야 하나요? 일단 [[711225-1030689|KR_RRN]]로 적긴 했는데 "
        "불안하네요",
    ),
    (
        "form",
        "운전면허 갱신 신청\n성명: [[제갈윤|PERSON]]\n운전면허번호: "
        "[[22-01-730418-94|KR_DRIVER_LICENSE]]\n"
        "적성검사 기간: 2025.01.01 ~ 2025.12.31",
    ),
    (
        "form",
        "신분증 사본 대신 면허번호로 확인합니다 → [[16-97-102938-45|KR_DRIVER_LICENSE]] "
        "([[여재현|PERSON]])",
    ),
    (
        "form",
        "[채용 서류] 운전직 지원자 면허 정보\n1. [[모태준|PERSON]]  1종 대형  "
        "[[23-10-664105-38|KR_DRIVER_LICENSE]]\n"
        "2. [[사공진|PERSON]]  1종 보통  [[19-03-218847-12|KR_DRIVER_LICENSE]]",
    ),
    (
        "form",
        "배달대행 라이더 등록\n이름: [[맹수호|PERSON]]\n면허: "
        "[[25-11-900233-76|KR_DRIVER_LICENSE]]\n"
        "휴대폰: [[010.2298.6641|PHONE_NUMBER]]\n정산계좌: 농협 "
        "[[302-5501-7782-41|KR_BANK_ACCOUNT]]",
    ),
    (
        "form",
        "여권 재발급 신청서\n한글 성명: [[길나래|PERSON]]\n기존 여권번호: "
        "[[S19027734|KR_PASSPORT]]\n"
        "연락처: [[010-7314-5082|PHONE_NUMBER]]",
    ),
    (
        "form",
        "출국 전 환전 우대 신청 — 여권번호 [[M66129051|KR_PASSPORT]], 성명 [[도하율|PERSON]]",
    ),
    (
        "form",
        "여권 분실 신고 접수 확인\n분실 여권: [[M803K2271|KR_PASSPORT]]\n신고인 [[현승아|PERSON]] "
        "(연락처 [[010 6245 8813|PHONE_NUMBER]])",
    ),
    (
        "form",
        "면세점 구매 시 여권정보 입력: 여권번호 [[m29408157|KR_PASSPORT]] / 영문성명 "
        "[[KANG MINJI|PERSON]]",
    ),
    (
        "form",
        "호텔 체크인 명부\n객실 1204 | 대표 투숙객 [[봉하진|PERSON]] | 여권 "
        "[[M455D9012|KR_PASSPORT]] | "
        "[[hajin.bong@example.com|EMAIL_ADDRESS]]",
    ),
    (
        "form",
        "개인정보 수집 동의서\n성명 : [[국윤아|PERSON]]\n휴대전화 : "
        "[[010 8810 3374|PHONE_NUMBER]]\n"
        "이메일 : [[yuna_guk@example.org|EMAIL_ADDRESS]]\n위 개인정보 수집·이용에 동의합니다.",
    ),
]

# (kind, text): no personal data, but look-alikes.
HARD_NEGATIVES: list[tuple[str, str]] = [
    (
        "order",
        "주문번호 20241105-0012345 상품이 출고되었습니다. 배송조회는 마이페이지에서 가능합니다.",
    ),
    ("order", "[주문 확인] ORD01048213377 / 결제금액 39,800원 / 배송비 무료"),
    ("order", "상품코드: SKU-01073382190, 색상 블랙, 수량 2"),
    ("order", "재고 번호 A2024-0613-7781 상품은 품절입니다."),
    ("order", "택배 운송장번호 6892 4410 3317 (CJ대한통운)으로 조회해 보세요."),
    ("order", "반품 접수번호 RT-240612-0098 처리 완료"),
    ("file", "첨부파일: IMG_20240512_010234.jpg, scan_0001.pdf (2.4MB)"),
    ("file", "다운로드: https://shop.example.com/goods/view?goodsNo=1000123456789&cate=010203"),
    ("file", "커밋 3f01012345678ab9c2d4e6f8a0b1c3d5e7f90123 에서 회귀가 시작됐습니다."),
    (
        "file",
        "sha256sum: 9a8b7c6d5e4f30102030405060708090a0b0c0d0e0f00112233445566778899a  "
        "release.tar.gz",
    ),
    ("file", "로그 파일 app-2024-06-12.log.9410608887631 이 너무 커서 잘라냈어요."),
    ("file", "영상 링크 https://video.example.net/watch/8801043012744?t=120 참고"),
    ("date", "회의는 2024-03-15 14:22:07에 시작해 2024.03.15 16:00에 끝났다."),
    ("date", "접수기간: 2025. 1. 2.(목) 09:00 ~ 2025. 1. 17.(금) 18:00"),
    ("date", "타임스탬프 1718160000은 2024년 6월 12일 자정(UTC)이다."),
    ("version", "펌웨어 1.12.0.3에서 2.0.10.14로 올리면 Wi-Fi 끊김이 해결됩니다."),
    ("version", "Windows 10 빌드 10.0.19045.3693 이상에서만 설치됩니다."),
    ("version", "보안 패치 버전 4.2.11.250 배포 일정 안내 (사내 공지)"),
    ("version", "문서 3.1.2.4절의 표 3-2-6을 참조하라."),
    ("isbn", "ISBN 978-89-5460-123-8 (03810), 정가 16,800원"),
    ("isbn", "학술지 「한국어학」 ISSN 1225-0171, 제98호 (2023)"),
    ("isbn", "전자책 ISBN 9791170402152 / 종이책과 내용 동일"),
    ("stats", "2023년 출생아 수는 230,028명으로 전년보다 7.7% 줄었다."),
    ("stats", "시가총액 392,183,004,500원, 발행주식수 5,969,782,550주"),
    ("stats", "수도권 인구 26,014,265명 (2024년 6월 말 주민등록 기준)"),
    ("stats", "아파트 매매가 12억 3,500만원 → 11억 9,800만원, 전용 84.97㎡"),
    ("stats", "좌표 37.5665, 126.9780 (서울시청) 기준 반경 1.5km"),
    ("price", "할인가 1,234,567원 (정가 1,580,000원) / 12개월 무이자 월 102,880원"),
    ("service", "고객센터 1588-3366 (평일 09:00~18:00), 분실신고 1544-7000 24시간"),
    ("service", "수신거부 080-855-0200 / 광고 문의 1644-2278"),
    ("service", "긴급상황 시 112 또는 119, 생활민원은 120 다산콜센터로 연락하세요."),
    ("service", "서비스 안내 ☎ 1577-1255 (ARS 2번 → 1번)"),
    ("public", "종로구청 민원여권과 02-2148-1952, 팩스 02-2148-5860"),
    ("public", "문의: 강남경찰서 민원실 02-3460-7114"),
    ("public", "햇살초등학교 행정실 031-8016-4420로 전화 주시면 안내해 드립니다."),
    ("public", "국토교통부 주택정책과 044-201-3321 (세종)"),
    ("corp", "법인등록번호 110111-0012346, 설립일 1998년 4월 1일"),
    ("corp", "주식회사 한빛에너지 (법인등록번호: 134811-0044719) 제25기 정기주주총회 소집 공고"),
    ("corp", "등기부상 법인등록번호 2844110009372 확인 바랍니다."),
    ("masked", "결제카드 5409-20**-****-7812 일시불 승인"),
    ("masked", "010-****-5678 님이 선물을 보냈습니다."),
    ("masked", "입금계좌 신한 110-***-***201 (예금주 김*수)"),
    ("masked", "본인인증 완료: 휴대폰 010-12**-**78"),
    ("masked", "이메일 ab****@e******.com 으로 인증번호를 보냈습니다."),
    ("placeholder", "전화번호 입력 예) 010-0000-0000 (하이픈 포함)"),
    ("placeholder", "주민등록번호 형식: 000000-0000000 (13자리)"),
    ("placeholder", "카드번호 입력 예시: 1234-5678-9012-3456"),
    ("placeholder", "이메일 주소를 입력하세요 (예: 아이디@도메인)"),
    ("badrrn", "접수번호 990230-1234567 건은 반려되었습니다."),
    ("badrrn", "송장 번호: 881341-2045518, 중량 2kg"),
    ("badrrn", "회원번호 900431-1734529 / 등급 VIP"),
    ("badrrn", "문서번호 010229-3047721 (2001년 기록물)"),
    ("badrrn", "관리번호 851300-2209146 은 재발급 대상입니다."),
    ("context", "주민등록번호는 절대 전화로 알려주지 마세요. 오늘 배송 예정 상품은 3건입니다."),
    ("context", "여권 만료가 6개월 남았으면 갱신하세요. 항공편 KE0901, 좌석 42A, 게이트 116."),
    ("context", "계좌이체는 받지 않습니다. 매장 코드 3331208765432번으로 포인트 적립하세요."),
    ("context", "운전면허 적성검사 기간입니다. 민원 접수번호 11-2024-000381 로 조회 가능합니다."),
    ("context", "카드 결제 시 5% 할인. 모델명 4512-8890-AX 제품은 제외."),
    ("context", "사업자 분들은 홈택스에서 신고하세요. 신고 안내문 번호 2024-06-0001234."),
    ("context", "제품 모델 M14230917 (2023년형), 소가죽. 여권 케이스는 별도 판매입니다."),
    (
        "team",
        "발신: 한빛마트 고객지원팀\n담당자: 온라인운영파트\n문의는 앱 1:1 채팅으로 남겨주세요.",
    ),
    ("team", "받는 분: 총무부 앞\n보내는 분: 물류센터 출고팀"),
    ("team", "성명: 인사팀 채용담당 (문의는 홈페이지 Q&A 게시판)"),
    ("figure", "세종대왕은 1443년 훈민정음을 창제했고, 이순신 장군은 1592년 한산도에서 승리했다."),
    ("figure", "안중근 의사는 1909년 하얼빈에서 이토 히로부미를 저격했다."),
    ("figure", "봉준호 감독의 「기생충」은 2020년 아카데미 작품상을 받았다."),
    ("figure", "윤동주 시인의 아명은 해환이며 1917년 북간도에서 태어났다."),
    (
        "fiction",
        "홍길동은 아버지를 아버지라 부르지 못했고, 성춘향과 이몽룡은 광한루에서 처음 만났다.",
    ),
    ("fiction", "『어린 왕자』의 장미와 여우, 그리고 셜록 홈즈의 하숙집 주소 221B 베이커가"),
    ("noun", "파일 이름을 바꾸려면 F2를 누르세요. 변수 이름은 소문자로 짓는 것이 관례입니다."),
    ("noun", "이름만 들어도 아는 브랜드들이 2024년 매출 1조 원을 넘겼다."),
    ("noun", "성명서 발표: 시민단체 12곳이 공동 성명을 냈다."),
    (
        "law",
        "민법 제750조, 대법원 2023. 5. 18. 선고 2023도12345 판결, 서울중앙지방법원 2022가단5123456",
    ),
    ("law", "개인정보 보호법 시행령 제19조 제1항 제3호"),
    ("barcode", "상품 바코드 8801043012744 / 유통기한 2025.03.31"),
    ("barcode", "우편번호 04524 서울특별시 중구 세종대로 110, 종목코드 005930"),
    ("network", "서브넷 마스크 255.255.255.0, 기본 게이트웨이는 공유기 설명서 참조"),
    ("network", "OID 1.3.6.1.4.1.2021 에 해당하는 MIB 값을 조회합니다."),
    ("brnlike", "문서번호 123-45-67890 (2024 감사 보고서 부록)"),
    ("brnlike", "표준 규격 KS X 1001 및 KS C 5601-1987 호환"),
    ("phonelike", "특허 10-2024-0081234 출원, 상표 40-1234567"),
    ("phonelike", "KTX 010호 열차 12호차 3D석, 승차권 번호 81024-0612-10011-02"),
]


def parse(marked: str) -> tuple[str, list[dict]]:
    """Strip the ``[[value|TYPE]]`` marks: the text and its gold spans."""
    return typed_spans(marked)


def records() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for kind, marked in POSITIVES:
        text, spans = parse(marked)
        if not spans:
            raise ValueError(f"positive record without spans: {marked!r}")
        rows.append({"id": f"h6-{kind}-{len(rows):03d}", "text": text, "spans": spans})
    for kind, marked in HARD_NEGATIVES:
        text, spans = parse(marked)
        if spans:
            raise ValueError(f"hard negative with spans: {marked!r}")
        rows.append(
            {
                "id": f"h6-neg-{kind}-{len(rows):03d}",
                "text": text,
                "spans": [],
                "hard_negative": True,
            }
        )
    return rows


def main() -> None:
    count = write_jsonl(records(), OUTPUT)
    print(f"wrote {count} records to {OUTPUT}")


if __name__ == "__main__":
    main()
