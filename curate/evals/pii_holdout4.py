"""Fourth PII hold-out set: ``curate/evals/data/pii_holdout4_ko.jsonl``.

Korean forms, chat messages, SMS, e-mails, receipts, delivery notes, classified ads, complaint
posts, HR documents, school notices, tables rendered as text and prose, plus hard negatives
(order ids, SKUs, tracking numbers, model codes, file names, URLs, hashes, dates, versions,
ISBNs, statistics, service and public-office numbers, corporate registration numbers, masked
values, impossible-date RRN shapes after other labels, placeholders, team names after labels,
public and historical persons in prose, the noun 이름, clan names).

Every record was written by hand before any scoring, without reading the recognizers, their
tests or the earlier evaluation sets; only the labelling policy in README.md ("Names: the
policy", "Spellings, look-alikes and what is left alone") was used. PERSON follows the default
``pii.person: contact``: a private person's name is gold only in form/label syntax or in a
record that also holds that person's contact or identity value. All values are fictional:
e-mail domains are example.*, IP addresses come from documentation and private ranges, RRNs and
FRNs carry a correct check digit and a real date, cards pass Luhn, business numbers carry
their check digit.

Texts hold their gold spans inline as ``[[value|TYPE]]``; the marks are stripped and turned
into code-point offsets (end exclusive). Regenerate with::

    .venv/bin/python -m curate.evals.pii_holdout4
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.marked import typed_spans, write_jsonl

OUTPUT = Path(__file__).parent / "data" / "pii_holdout4_ko.jsonl"

# (kind, text with [[value|TYPE]] marks)
POSITIVE: list[tuple[str, str]] = [
    # ---- forms
    (
        "form",
        "[회원가입 신청서]\n성명: [[김도윤|PERSON]]\n주민등록번호: [[850712-1234567|KR_RRN]]\n"
        "휴대폰: [[010-2837-4419|PHONE_NUMBER]]\n이메일: [[doyun.kim@example.com|EMAIL_ADDRESS]]",
    ),
    (
        "form",
        "이름 [[선우하람|PERSON]]\n주민번호 [[921103 2345678|KR_RRN]]\n"
        "연락처 [[010 5521 0937|PHONE_NUMBER]]",
    ),
    (
        "form",
        "보험금 청구서 / 피보험자 성명: [[제갈민준|PERSON]] / "
        "주민등록번호 [[790302.1925815|KR_RRN]] / 청구금액 1,250,000원",
    ),
    (
        "form",
        "[외국인 근로자 등록카드]\n성명: [[응우옌 티 란|PERSON]]\n"
        "외국인등록번호: [[890417-5123450|KR_FRN]]\n국적: 베트남\n"
        "연락처: [[010-7741-2290|PHONE_NUMBER]]",
    ),
    (
        "form",
        "성명\t[[황보서연|PERSON]]\t생년월일\t1993.12.25\n"
        "주민등록번호\t[[931225 1902330|KR_RRN]]\t전화\t[[02-3471-8820|PHONE_NUMBER]]",
    ),
    (
        "form",
        "가입신청 (미성년자)\n"
        "자녀 이름: [[박서준|PERSON]] / 주민등록번호 [[0104153123453|KR_RRN]]\n"
        "법정대리인 연락처: [[010.4412.7785|PHONE_NUMBER]]",
    ),
    (
        "form",
        "본인확인 정보 입력란 – 주민등록번호: [[９９０８２３－２８７６５４８|KR_RRN]] "
        "(전각으로 입력됨)",
    ),
    (
        "form",
        "비자 신청서 / 여권번호: [[M48203917|KR_PASSPORT]] / 성명: [[정하윤|PERSON]] / "
        "생년월일 1988-12-31 / 이메일 [[hayoon.jung@example.co.kr|EMAIL_ADDRESS]]",
    ),
    (
        "form",
        "운전면허증 사본 제출\n면허번호: [[11-19-123456-01|KR_DRIVER_LICENSE]]\n"
        "성 명: [[오지성|PERSON]]\n발급일 2019.03.14",
    ),
    (
        "form",
        "사업자 정보\n상호: 도담베이커리\n대표자: [[한소윤|PERSON]]\n"
        "사업자등록번호: [[220-81-34568|KR_BRN]]\n주소: 서울특별시 마포구 월드컵로12길 34, 1층",
    ),
    (
        "form",
        "[체류기간 연장 신청]\n외국인등록번호 [[0107097123451|KR_FRN]]\n"
        "여권 번호 [[S482B1930|KR_PASSPORT]]\n휴대전화 [[010-6120-3384|PHONE_NUMBER]]",
    ),
    (
        "form",
        "개인정보 수집·이용 동의서\n성      명 : [[곽민서|PERSON]]\n"
        "생 년 월 일 : 2001년 4월 15일\n연 락 처 : [[010 - 4092 - 1176|PHONE_NUMBER]]\n"
        "서명: (인)",
    ),
    # ---- chat messages
    (
        "chat",
        "오늘 회비 [[3333-05-7281946|KR_BANK_ACCOUNT]] 카카오뱅크로 보내줘~ 예금주 [[유찬|PERSON]]",
    ),
    ("chat", "ㅇㅇ 나 번호 바뀜 [[010-9182-3375|PHONE_NUMBER]] 저장해둬"),
    (
        "chat",
        "메일 주소 [[jjh_0917@example.kr|EMAIL_ADDRESS]] 로 자료 보내줄 수 있어? "
        "파일명은 report_2023_v2.pdf 그대로 두고",
    ),
    ("chat", "토스뱅크 [[1000-2384-7761|KR_BANK_ACCOUNT]] 로 2만원만 이체 부탁ㅠㅠ"),
    ("chat", "아 그리고 내 폰번 [[01047281193|PHONE_NUMBER]] 이야 카톡 친구추가 해"),
    (
        "chat",
        "택배 받을 주소는 아까 보낸 거 맞고요, 받는 분 [[남궁예린|PERSON]], "
        "번호는 [[010-3318-0274|PHONE_NUMBER]]이에요",
    ),
    (
        "chat",
        "우리은행 [[1002-847-291036|KR_BANK_ACCOUNT]] 예금주 [[최유나|PERSON]] 입니다. "
        "입금하시고 캡처 부탁드려요",
    ),
    ("chat", "회사 내선은 없고 직통 [[02-6203-1187|PHONE_NUMBER]] 으로 주세요"),
    ("chat", "일본에서 로밍 중이라 급하면 [[+82 10-6628-4410|PHONE_NUMBER]] 로 전화 주세요"),
    (
        "chat",
        "카드번호 [[4532 0123 4567 8902|CREDIT_CARD]] 유효기간 08/27 이고 CVC는 따로 보낼게",
    ),
    ("chat", "ㅋㅋ 돈 보낼 거면 국민 [[47290104223815|KR_BANK_ACCOUNT]] 여기로 송금해"),
    (
        "chat",
        "[[제갈윤|PERSON]] 선배 메일이 [[yoon.jegal@example.com|EMAIL_ADDRESS]] 맞죠? "
        "발표자료 거기로 보낼게요",
    ),
    # ---- SMS
    (
        "sms",
        "[Web발신]\n[[정민호|PERSON]]님, 주문하신 상품이 오늘 배송됩니다.\n"
        "배송기사 연락처 [[010-2294-6618|PHONE_NUMBER]]\n주문번호 2023112845120",
    ),
    (
        "sms",
        "[국제발신]\n고객님의 인증번호는 [482913]입니다.\n문의: [[+821055819204|PHONE_NUMBER]]",
    ),
    (
        "sms",
        "[Web발신] 입금확인 요청: 신한 [[110-482-917365|KR_BANK_ACCOUNT]] "
        "(예금주 [[강태오|PERSON]]) 30,000원",
    ),
    (
        "sms",
        "[알림] 2학년 3반 학부모님께, 상담 일정이 11/14(목)로 변경되었습니다. "
        "문의는 담임 휴대폰 [[010-8810-4422|PHONE_NUMBER]]",
    ),
    (
        "sms",
        "[Web발신]\n고객님 예약이 확정되었습니다. 변경은 매장 [[070-4821-9902|PHONE_NUMBER]]",
    ),
    (
        "sms",
        "(광고) 봄맞이 세일! 단골 고객 전용 문의 [[0505-312-7780|PHONE_NUMBER]] "
        "무료수신거부 080-870-1234",
    ),
    # ---- e-mails
    (
        "email",
        "보낸 사람: [[윤태양|PERSON]] <[[taeyang.yoon@example.com|EMAIL_ADDRESS]]>\n"
        "받는 사람: 인사팀 <[[hr@example.co.kr|EMAIL_ADDRESS]]>\n제목: 재직증명서 발급 요청\n\n"
        "안녕하세요, 영업2팀 [[윤태양|PERSON]]입니다. 재직증명서 2부 부탁드립니다.",
    ),
    (
        "email",
        "안녕하세요.\n견적 관련해서는 제 메일([[sb.kang@example.kr|EMAIL_ADDRESS]])이나 "
        "휴대폰 [[010-5520-1983|PHONE_NUMBER]]으로 연락 주세요.\n\n[[강선비|PERSON]] 드림",
    ),
    (
        "email",
        "본 메일은 발신 전용입니다([[noreply@example.com|EMAIL_ADDRESS]]). "
        "문의는 [[support@example.co.kr|EMAIL_ADDRESS]] 로 보내 주세요.",
    ),
    (
        "email",
        "[보안 알림] 새로운 기기에서 로그인했습니다.\n시간: 2024-03-02 14:22 (KST)\n"
        "IP 주소: [[203.0.113.57|IP_ADDRESS]]\n위치: 서울\n"
        "본인이 아니라면 비밀번호를 변경하세요.",
    ),
    (
        "email",
        "From: [[KIM.SJ@EXAMPLE.COM|EMAIL_ADDRESS]]\nTo: [[minji+shop@example.com|EMAIL_ADDRESS]]\n"
        "Subject: RE: 견적서 v3 (2024-Q2)\n\n첨부 확인 부탁드립니다.",
    ),
    (
        "email",
        "교수님 안녕하세요, 경영학과 20211234 [[허지유|PERSON]]입니다.\n"
        "과제 제출이 늦어 메일로 보내드립니다. 회신은 "
        "[[jiyu.heo@mail.example.ac.kr|EMAIL_ADDRESS]] 로 부탁드립니다.",
    ),
    # ---- receipts
    (
        "receipt",
        "=== 영수증 ===\n가맹점: 한솔문구\n사업자번호: [[123-45-67891|KR_BRN]]\n"
        "TEL [[031-8012-3345|PHONE_NUMBER]]\n"
        "카드번호: 4532-01**-****-8902\n승인번호: 30418822",
    ),
    (
        "receipt",
        "[매출전표 - 고객용]\nCARD NO : [[9490 1234 5678 0129|CREDIT_CARD]]\n"
        "할부: 일시불\n금액: 45,000원\n가맹점번호 00981234",
    ),
    (
        "receipt",
        "주유소 영수증 | 사업자등록번호 [[105 87 23105|KR_BRN]] | 일시 2024/01/07 08:41 | "
        "휘발유 40.12L | 합계 68,200원",
    ),
    (
        "receipt",
        "현금영수증 발급\n식별번호: [[010-3392-5516|PHONE_NUMBER]]\n"
        "거래일시: 2024.05.18 19:02:11\n공급가액 18,182 / 부가세 1,818",
    ),
    (
        "receipt",
        "간이영수증\n상호: 소담한식\n등록번호: [[617-09-34562|KR_BRN]]\n품목: 백반 2인분 16,000원",
    ),
    # ---- delivery notes
    (
        "delivery",
        "[배송 메모]\n수취인: [[배은솔|PERSON]]\n연락처1: [[010-6654-2201|PHONE_NUMBER]]\n"
        "연락처2: [[031-776-4320|PHONE_NUMBER]]\n요청사항: 문 앞에 놓아주세요\n"
        "운송장번호 6089 1234 5678",
    ),
    (
        "delivery",
        "보내는 분: [[문재현|PERSON]] ([[010-3392-8817|PHONE_NUMBER]])\n"
        "받는 분: [[문하늘|PERSON]] ([[010 2230 6614|PHONE_NUMBER]])\n품목: 김치 10kg",
    ),
    (
        "delivery",
        "배송지 변경 요청합니다. 새 연락처는 [[+82-10-4452-7891|PHONE_NUMBER]] 이고 "
        "수령인은 [[탁지민|PERSON]] 입니다.",
    ),
    (
        "delivery",
        "퀵 접수 | 출발: 성수동 2가 | 도착: 판교역 1번 출구 | "
        "받는사람 연락처 [[010-77192283|PHONE_NUMBER]] | 물품: 서류봉투 1",
    ),
    # ---- classified ads
    (
        "ad",
        "[판매] 아이폰 13 미니 128GB 팝니다. 직거래 강남역, 택배 가능.\n"
        "연락: [[010 8874 2210|PHONE_NUMBER]] (문자만)",
    ),
    (
        "ad",
        "원룸 양도합니다 / 보증금 500 월세 45 / 관리비 7만 / "
        "문의 [[010-4129-0068|PHONE_NUMBER]] [[황보진|PERSON]]",
    ),
    (
        "ad",
        "자전거 팝니다 (2021년형) 15만원. 입금은 농협 [[302-1184-5527-21|KR_BANK_ACCOUNT]] "
        "로 해주시면 바로 발송합니다.",
    ),
    (
        "ad",
        "수학 과외 구합니다. 수학교육과 졸업, 경력 5년.\n"
        "연락처 [[(010)2945-7713|PHONE_NUMBER]], 메일 [[tutor.lim@example.com|EMAIL_ADDRESS]]",
    ),
    (
        "ad",
        "캠핑 의자 2개 나눔합니다. 부산 해운대 직접 가지러 오실 분 "
        "[[051-805-2291|PHONE_NUMBER]] 저녁에 전화주세요.",
    ),
    # ---- complaint posts
    (
        "complaint",
        "[민원] 아파트 층간소음 관련\n작성자: [[여준서|PERSON]]\n"
        "연락처: [[010-2481-9930|PHONE_NUMBER]]\n내용: 밤 11시 이후 위층에서 소음이 계속됩니다.",
    ),
    (
        "complaint",
        "환불 요청합니다. 3월 2일 결제한 금액을 아래 계좌로 환불해 주세요.\n"
        "은행: 하나은행\n계좌번호: [[391-910284-77807|KR_BANK_ACCOUNT]]\n"
        "예금주: [[고은비|PERSON]]",
    ),
    (
        "complaint",
        "쇼핑몰에서 개인정보가 유출된 것 같습니다. 주문 조회 화면에 제 주민번호 "
        "[[881231–2456784|KR_RRN]] 가 그대로 보였어요.",
    ),
    (
        "complaint",
        "해외결제 오류 문의 - 카드 [[6259-0456-7890-1232|CREDIT_CARD]] 로 결제했는데 "
        "두 번 청구됐습니다. 답변은 [[yjs1128@example.com|EMAIL_ADDRESS]] 로 주세요.",
    ),
    (
        "complaint",
        "택배 기사님이 물건을 던지고 가셨어요. 송장 번호 568912340017, "
        "제 연락처는 [[010 3341 9086|PHONE_NUMBER]]입니다.",
    ),
    (
        "complaint",
        "중고거래 사기 신고합니다. 판매자가 알려준 계좌: 수협 "
        "[[1010-4421-7739|KR_BANK_ACCOUNT]], 예금주 [[엄결|PERSON]], "
        "연락처 [[010-5092-3317|PHONE_NUMBER]] (현재 차단됨)",
    ),
    # ---- HR documents
    (
        "hr",
        "[인사기록카드]\n사번: E20230417\n성명: [[구본혁|PERSON]]\n"
        "주민등록번호: [[730519‐1543219|KR_RRN]]\n"
        "급여계좌: 국민은행 [[481202-04-118236|KR_BANK_ACCOUNT]]\n"
        "비상연락처: [[010-9934-1120|PHONE_NUMBER]] (배우자)",
    ),
    (
        "hr",
        "급여 이체 계좌 변경 신청서\n이름\t[[마서현|PERSON]]\n"
        "변경 전\t기업은행 [[010-482913-01-017|KR_BANK_ACCOUNT]]\n"
        "변경 후\t케이뱅크 [[100-182-447593|KR_BANK_ACCOUNT]]",
    ),
    (
        "hr",
        "외국인 직원 체류 정보\n- 성명: [[왕리웨이|PERSON]]\n"
        "- 외국인등록번호: [[930215 6234568|KR_FRN]]\n- 여권번호: [[m87654321|KR_PASSPORT]]\n"
        "- 사내 메일: [[w.liwei@example.co.kr|EMAIL_ADDRESS]]",
    ),
    (
        "hr",
        "퇴사자 정산 안내: [[오현|PERSON]] 님의 퇴직금은 신협 "
        "[[131-014-552873|KR_BANK_ACCOUNT]] 으로 이체 예정입니다.",
    ),
    (
        "hr",
        "출장비 정산\n사원명 | 은행 | 계좌번호 | 금액\n"
        "[[표다은|PERSON]] | 우체국 | [[014820-02-365719|KR_BANK_ACCOUNT]] | 182,400\n"
        "[[연승우|PERSON]] | 새마을금고 | [[9003-2271-8846-1|KR_BANK_ACCOUNT]] | 96,000",
    ),
    (
        "hr",
        "신규 입사자 서류 체크리스트\n성명: [[도가온|PERSON]]\n"
        "주민등록번호: [[950606—1098767|KR_RRN]]\n"
        "운전면허번호: [[22–11–340928–45|KR_DRIVER_LICENSE]] (영업직 필수)\n"
        "사번 발급 예정일 2024-07-01",
    ),
    (
        "hr",
        "연말정산 부양가족 명세\n관계\t성명\t주민등록번호\n"
        "모\t[[석정희|PERSON]]\t[[680114-2678901|KR_RRN]]\n"
        "자녀\t[[석하준|PERSON]]\t[[000101－3001122|KR_RRN]]",
    ),
    # ---- school notices
    (
        "school",
        "[가정통신문] 현장체험학습 참가비 납부 안내\n"
        "납부 계좌: 대구은행 [[508-10-246813-5|KR_BANK_ACCOUNT]] (예금주: 햇살초등학교)\n"
        "문의: 햇살초등학교 행정실 053-230-1145",
    ),
    (
        "school",
        "학생 비상연락망\n번호\t이름\t보호자 연락처\n"
        "1\t[[강하린|PERSON]]\t[[010-2233-4812|PHONE_NUMBER]]\n"
        "2\t[[권도현|PERSON]]\t[[010 9921 4470|PHONE_NUMBER]]\n"
        "3\t[[선우진|PERSON]]\t[[01066172285|PHONE_NUMBER]]",
    ),
    (
        "school",
        "방과후 코딩반 강사 [[용태민|PERSON]] 선생님 연락처: [[tmyong@example.kr|EMAIL_ADDRESS]]",
    ),
    (
        "school",
        "수학여행 여권 사본 제출 현황\n"
        "- 2-1 [[방준호|PERSON]]: 여권 [[M123A4567|KR_PASSPORT]] (제출)\n"
        "- 2-1 [[방수아|PERSON]]: 여권 [[m702k8813|KR_PASSPORT]] (제출)\n- 2-2 나머지: 미제출",
    ),
    (
        "school",
        "졸업앨범 대금 환불 계좌 회신 부탁드립니다. 예) 은행명/계좌번호/예금주\n"
        "회신: 광주은행 / [[1107-020-358214|KR_BANK_ACCOUNT]] / [[봉수민|PERSON]]",
    ),
    # ---- tables rendered as text
    (
        "table",
        "| 이름 | 이메일 | 접속 IP |\n|---|---|---|\n"
        "| [[하지원|PERSON]] | [[jiwon.ha@example.com|EMAIL_ADDRESS]] | "
        "[[192.168.0.15|IP_ADDRESS]] |\n"
        "| [[노은채|PERSON]] | [[eunchae@example.co.kr|EMAIL_ADDRESS]] | "
        "[[192.168.0.22|IP_ADDRESS]] |",
    ),
    (
        "table",
        "거래처\t사업자등록번호\t담당자\t전화\n"
        "청솔인테리어\t[[314-01-98768|KR_BRN]]\t[[변지호|PERSON]]\t[[02-2215-7730|PHONE_NUMBER]]\n"
        "바른식품\t[[138-02-56744|KR_BRN]]\t[[추민서|PERSON]]\t[[031-906-4412|PHONE_NUMBER]]",
    ),
    (
        "table",
        "No.|고객명|카드번호|승인금액\n"
        "1|[[육하은|PERSON]]|[[2210-1234-5678-9017|CREDIT_CARD]]|12,900\n"
        "2|[[남궁현우|PERSON]]|[[3563-1234-5678-9018|CREDIT_CARD]]|54,000",
    ),
    (
        "table",
        "은행\t계좌번호\t용도\n"
        "부산은행\t[[101-2034-5678-09|KR_BANK_ACCOUNT]]\t관리비 자동이체\n"
        "SC제일은행\t[[123-20-481735|KR_BANK_ACCOUNT]]\t적금 이체",
    ),
    # ---- logs and technical text
    (
        "log",
        "2024-05-12T03:14:07Z sshd[2231]: Failed password for root from "
        "[[198.51.100.23|IP_ADDRESS]] port 52214 ssh2",
    ),
    (
        "log",
        "[[10.20.30.40|IP_ADDRESS]] - - [12/Mar/2024:10:22:31 +0900] "
        '"GET /board/view/10482 HTTP/1.1" 200 5123',
    ),
    (
        "log",
        "공유기 관리자 페이지는 [[192.168.0.1|IP_ADDRESS]] 이고 제 PC는 "
        "[[192.168.0.57|IP_ADDRESS]] 로 고정해 두었습니다. 펌웨어는 v3.10.2 입니다.",
    ),
    (
        "log",
        "방화벽 예외 추가 요청: 출발지 [[172.16.254.3|IP_ADDRESS]], 포트 8443, "
        "기간 2024-06-01 ~ 2024-06-30",
    ),
    (
        "log",
        "이 댓글 IP [[203.0.113.200|IP_ADDRESS]] 인데 같은 사람이 계속 도배해요. "
        "차단 부탁드립니다.",
    ),
    (
        "log",
        "서버 점검 결과: ping [[10.0.0.254|IP_ADDRESS]] 응답 없음, "
        "IPv6 주소 [[2001:db8::1a2b|IP_ADDRESS]] 는 정상. 에이전트 버전 4.2.1.0",
    ),
    ("log", "[게시판] 작성자: 익명 (IP: [[192.0.2.146|IP_ADDRESS]])"),
    # ---- more identity and payment values
    (
        "form",
        "외국인 등록 사항 변경 신고\n등록번호: [[870105-5345675|KR_FRN]]\n"
        "성명: [[리웨이밍|PERSON]]\n변경 후 주소: 경기도 안산시 단원구",
    ),
    (
        "form",
        "외국인 자녀 예방접종 등록 / 외국인등록번호 [[040312-8567899|KR_FRN]] / "
        "보호자 연락처 [[010-2715-6093|PHONE_NUMBER]]",
    ),
    (
        "chat",
        "사장님 저 외국인등록번호 [[911128‑6456788|KR_FRN]] 이에요. 계약서에 써 주세요.",
    ),
    (
        "form",
        "건강보험 피부양자 신청 (외국인)\n외국인등록번호 : [[850830.5566778|KR_FRN]]\n"
        "신청인 : [[타냐 이바노바|PERSON]]",
    ),
    (
        "form",
        "아르바이트 근로계약서\n근로자 외국인등록번호: [[021111-7987652|KR_FRN]]\n"
        "급여 지급 계좌: 카카오뱅크 [[3333-12-4408127|KR_BANK_ACCOUNT]]",
    ),
    (
        "chat",
        "등록증 뒷번호 까먹었는데 [[7802026233448|KR_FRN]] 맞나요? 외국인등록증 사진 보내드릴게요",
    ),
    (
        "form",
        "주민등록번호 정정 신청 (전산 오기)\n"
        "정정 후 주민등록번호: [[870930﹣2187659|KR_RRN]]\n처리 기한: 접수일로부터 7일",
    ),
    ("form", "결제 카드: [[3778 123456 78901|CREDIT_CARD]] (아멕스)"),
    (
        "form",
        "정기후원 신청\n카드번호 : [[4048 - 2567 - 0011 - 2232|CREDIT_CARD]]\n매월 20,000원",
    ),
    ("chat", "결제할 카드는 [[4518002277331008|CREDIT_CARD]] 이걸로 해주세요 법인카드예요"),
    (
        "form",
        "카드번호：[[５２４８－００１２－３４５６－７８９８|CREDIT_CARD]]\n유효기간：１０／２８",
    ),
    (
        "sms",
        "[Web발신] 등록 카드 [[9490-5550-1234-5675|CREDIT_CARD]] 자동결제 등록이 완료되었습니다.",
    ),
    # ---- business numbers
    (
        "form",
        "세금계산서 발행 정보: 사업자등록번호 [[609 - 23 - 45123|KR_BRN]] (간이과세자), "
        "담당 메일 [[tax@example.co.kr|EMAIL_ADDRESS]]",
    ),
    ("form", "거래처 등록: 사업자번호 [[2118703457|KR_BRN]], 업태 도소매, 종목 전자부품"),
    (
        "footer",
        "통신판매업 신고번호: 제2023-서울강남-01234호 | 사업자등록번호: [[478-06-21933|KR_BRN]] | "
        "대표: [[모세윤|PERSON]] | 고객센터 1644-2210",
    ),
    (
        "footer",
        "상호 (주)새솔식품 | 사업자등록번호 [[504–11–78909|KR_BRN]] | 법인등록번호 110111-2345678",
    ),
    (
        "footer",
        "주식회사 예시커머스 | 사업자등록번호 [[120-88-01238|KR_BRN]] | "
        "개인정보보호책임자 [[privacy@example.com|EMAIL_ADDRESS]]",
    ),
    # ---- driver's licences
    (
        "form",
        "운전경력증명서 발급 신청\n운전면허번호: [[12 21 345678 90|KR_DRIVER_LICENSE]]\n"
        "성명: [[양시우|PERSON]]",
    ),
    (
        "form",
        "렌터카 계약서 | 운전자: [[진예준|PERSON]] | "
        "면허번호 [[서울 13-456789-12|KR_DRIVER_LICENSE]] | "
        "연락처 [[010-5527-3394|PHONE_NUMBER]]",
    ),
    ("chat", "면허증 번호 [[26-08-771245-33|KR_DRIVER_LICENSE]] 맞는지 확인 부탁드립니다"),
    ("form", "제2운전자 운전면허: [[경기 15-902341-57|KR_DRIVER_LICENSE]]"),
    ("form", "운전면허번호：[[１３－１８－２０４６８１－１１|KR_DRIVER_LICENSE]]"),
    ("chat", "네 운전면허 번호는 [[19-02-558102-60|KR_DRIVER_LICENSE]] 입니다"),
    (
        "complaint",
        "사고 접수 내용: 상대 차량 운전자 [[설민재|PERSON]], 운전면허 "
        "[[14-16-887231-09|KR_DRIVER_LICENSE]], 전화 [[010-6627-1158|PHONE_NUMBER]]",
    ),
    # ---- passports
    (
        "chat",
        "passport no. [[s482b1931|KR_PASSPORT]] — 항공권 예약할 때 입력한 여권번호가 "
        "틀렸다고 나오네요. 다시 확인 부탁드립니다.",
    ),
    (
        "email",
        "여권번호는 [[G20481736|KR_PASSPORT]]이고 만료일은 2031년 8월입니다. "
        "급한 일은 [[010-3381-5540|PHONE_NUMBER]]으로 연락 주세요.",
    ),
    ("form", "PASSPORT No.: [[D19047263|KR_PASSPORT]]\n만료일: 2029-11-30"),
    ("chat", "여권 [[r305t7712|KR_PASSPORT]] 이 번호로 호텔 체크인 했어요"),
    # ---- more phone and e-mail spellings, more banks
    (
        "email",
        "서울지사 대표번호 [[+82-2-3456-7890|PHONE_NUMBER]], "
        "담당 [[ops.kr@example.com|EMAIL_ADDRESS]] "
        "(해외 고객용 안내)",
    ),
    ("chat", "집 전화는 [[+82 2 514 3382|PHONE_NUMBER]] 이고 낮에는 아무도 없어요"),
    (
        "chat",
        "제 번호 [[+8201039917725|PHONE_NUMBER]] 로 잘못 저장되어 있을 수도 있어요, "
        "앞에 0 빼고 다시 저장해 주세요",
    ),
    ("sms", "부재중 전화 [[010‐4418‐2090|PHONE_NUMBER]] 에서 3회"),
    ("chat", "경남은행 [[207-22-0481736|KR_BANK_ACCOUNT]] 로 곗돈 입금했어"),
    ("chat", "하나 [[391 910284 55102|KR_BANK_ACCOUNT]] 통장으로 보내주면 돼"),
    ("chat", "우체국 통장 [[01482002118456|KR_BANK_ACCOUNT]] 으로 부쳤어요 확인해보세요"),
    (
        "form",
        "자동이체 출금계좌: 농협 [[351 0847 2291 13|KR_BANK_ACCOUNT]]\n예금주: [[용하윤|PERSON]]",
    ),
    (
        "ad",
        "공동구매 입금 계좌 안내: 새마을금고 [[9002-1908-3375-2|KR_BANK_ACCOUNT]] "
        "(예금주 [[지은호|PERSON]]), 입금 후 댓글 남겨주세요.",
    ),
    ("chat", "카뱅 [[3333024418236|KR_BANK_ACCOUNT]] 계좌로 보내줘 예금주 나야"),
    (
        "email",
        "안녕하세요, 합격을 축하드립니다. 등록금은 아래 계좌로 납부해 주십시오.\n"
        "IBK기업은행 [[277-081344-01-022|KR_BANK_ACCOUNT]] (예금주: 재단법인 한빛학원)",
    ),
    ("chat", "신한 [[110 377 402918|KR_BANK_ACCOUNT]] 이체했어~ 입금자명 다르게 나올 수 있음"),
]

HARD_NEGATIVE: list[tuple[str, str]] = [
    # ---- order ids, SKUs, invoices, tracking numbers, model codes
    ("order", "주문번호 ORD20240312-000184 상품이 아직 도착하지 않았어요."),
    ("order", "SKU-01045827713 재고 3개 남음, 재입고 예정일 4/18"),
    ("order", "INV-2024-0315-8812 청구서가 발행되었습니다. 금액 1,284,000원."),
    ("order", "운송장번호 568912340017 (한빛택배), 배송 조회는 홈페이지에서 가능합니다."),
    ("order", "모델명 SM-S918N, 시리얼 R5CW21ABCDE, 제조번호 230415-0087"),
    ("order", "주문 #A0104153123 결제 완료 / 상품코드 P-8801234567 / 수량 2"),
    ("order", "반품 접수번호 RT202403150012345 로 조회해 주세요."),
    ("order", "바코드 8801234567893 상품은 행사 대상이 아닙니다."),
    ("order", "부품번호 ABC-3333-05-72819 는 단종되었습니다. 대체품은 ABC-3333-06-00012."),
    ("order", "쿠폰 코드 WELCOME2024-7781-0034 를 결제 화면에 입력하세요."),
    # ---- file names, URLs, hashes
    ("file", "첨부: IMG_20240312_104512.jpg, scan_20240312_0915.pdf, 견적서_v2_0401.xlsx"),
    ("file", "https://example.com/board/view/01012345678?page=2 에서 원문 확인 가능"),
    ("file", "커밋 a3f9c01e7b2d4410 에서 수정됨. sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"),
    ("file", "다운로드: https://example.kr/files/2024/03/1203958271_report.zip (사내용)"),
    ("file", "로그 파일 app-2024-03-12-0100.log 크기 1,048,576 바이트"),
    # ---- dates, times, versions, ISBNs
    ("date", "회의 일정: 2024-03-12 14:00, 2024.03.19 10:30, 24/03/26 15:00, 20240402 09:00"),
    ("date", "접수 기간은 2024년 3월 12일(화) 09:00부터 2024년 3월 29일(금) 18:00까지입니다."),
    ("date", "업데이트 후 Windows 10.0.19045.3693 빌드에서 오류가 발생합니다. 앱 버전 v2.14.1"),
    ("date", "펌웨어 1.2.0.5 와 2.0.10.3 중 최신은 2.0.10.3 입니다."),
    ("date", "ISBN 979-11-5839-214-7 / ISBN 978-89-6848-123-9, 정가 18,000원"),
    ("date", "타임스탬프 1710219600 (2024-03-12T05:00:00Z), 처리 시간 0.0123초"),
    # ---- statistics and prices
    ("stats", "2023년 출생아 수는 230,028명으로 전년보다 7.7% 줄었다. 인구는 51,325,329명이다."),
    ("stats", "올해 매출 1,023,456,789원, 영업이익 102,345,678원으로 집계됐다."),
    ("stats", "계좌이체 시 할인가 23,500원 (정가 31,000원), 배송비 3,000원 별도"),
    ("stats", "국민은행 정기예금 금리 3.5%, 신한은행 적금 12개월 4.1% (2024년 3월 기준)"),
    ("stats", "좌표 37.5665, 126.9780 / 해발 38m / 해상도 1920x1080"),
    ("stats", "로또 1101회 당첨번호 7, 12, 19, 23, 34, 45 보너스 8"),
    ("stats", "KOSPI 2,650.31 (+0.42%), 종목코드 005930 거래량 12,345,678주"),
    # ---- service and public-office numbers
    ("service", "고객센터 1588-1234 / 1544-9970 / 1577-0011 / 1644-5512 (평일 9시~18시)"),
    ("service", "(광고) 무료수신거부 080-123-4567, 상담 1566-0000"),
    ("service", "여권 발급 문의: 강남구청 민원여권과 02-3423-5401"),
    ("service", "전입신고는 역삼1동 주민센터(02-3423-7000)에서 처리합니다."),
    ("service", "분실물은 서초경찰서 민원실 02-3483-9000 으로 문의하세요."),
    ("service", "수원시청 교통정책과 031-228-2000, 팩스 031-228-2999"),
    ("service", "긴급상황은 국번 없이 112, 화재는 119, 전화번호 안내는 114"),
    ("service", "국토교통부 주택정책과 044-201-3321 / 보도자료 문의"),
    # ---- corporate numbers, masked values, placeholders
    ("corp", "법인등록번호 110111-0123456, 설립일 1998년 5월"),
    ("corp", "(주)한빛상사 법인등록번호: 134811-0023391 / 자본금 5억원"),
    ("masked", "고객님 카드(5409-20**-****-7812)로 82,000원 결제되었습니다."),
    ("masked", "가입하신 번호 010-****-5678 로 인증번호를 보냈습니다."),
    ("masked", "환불 계좌 110-***-***365 (신한) 로 처리 예정입니다."),
    ("masked", "주민등록번호 뒷자리는 *******로 가려져 출력됩니다."),
    ("placeholder", "휴대폰 번호는 010-0000-0000 형식으로 입력하세요."),
    ("placeholder", "카드번호 입력 예시: 1234-5678-9012-3456 (하이픈 없이 입력 가능)"),
    ("placeholder", "주민등록번호 칸에는 000000-0000000 처럼 숫자 13자리를 넣으면 됩니다."),
    ("placeholder", "전화번호 예) 010-XXXX-XXXX, 이메일 예) 아이디@도메인"),
    # ---- RRN shapes with impossible dates after other labels; context in another sentence
    ("impossible", "주문번호 990230-1234569 건은 출고 대기 중입니다."),
    ("impossible", "상품코드 880231-2012341 은 재고가 없습니다."),
    ("impossible", "참조번호: 900431-1456786 (문의 시 알려주세요)"),
    ("impossible", "접수번호 010229-3123451 로 처리 상태를 조회할 수 있습니다."),
    ("impossible", "관리번호 0202294112232 / 보관 위치 B-12"),
    ("context", "환불 계좌는 아직 등록하지 않았습니다. 쿠폰 코드 4821 0093 7712 를 입력하세요."),
    ("context", "계좌 없음. 코드 3333041234567 로 가입하면 적립금 지급."),
    ("context", "통장 사본은 다음에 제출할게요. 사원증 번호는 20230417-015 입니다."),
    # ---- team and role names after labels
    ("team", "발신: 고객지원팀\n수신: 전체 회원\n제목: 서비스 점검 안내 (3/12 02:00~06:00)"),
    ("team", "담당: 관리자 / 작성자: 운영자 / 승인: 품질관리팀"),
    ("team", "받는 분: 경리부 앞\n보내는 분: 총무팀\n내용: 3월 법인카드 사용 내역 제출"),
    # ---- public and historical persons, the noun 이름, clans
    ("prose", "세종대왕은 1443년 훈민정음을 창제하고 1446년에 반포했다."),
    ("prose", "김대중 전 대통령은 2000년 노벨평화상을 받았고, 노무현 대통령이 뒤를 이었다."),
    (
        "prose",
        "윤동주 시인의 「서시」는 1941년에 쓰였으며, 박경리 작가는 『토지』를 26년간 집필했다.",
    ),
    ("prose", "이순신 장군은 1597년 명량 해전에서 13척으로 일본 수군을 물리쳤다."),
    ("prose", "반기문 전 유엔 사무총장은 2007년부터 2016년까지 재임했다."),
    ("prose", "이 함수의 이름은 parse_date이고, 변수 이름은 짧고 분명하게 짓는 것이 좋다."),
    ("prose", "길가에 핀 꽃 이름을 몰라서 사진으로 검색해 보았다."),
    (
        "prose",
        "안동 김씨와 경주 이씨는 조선 후기 정치에 큰 영향을 미쳤다. "
        "도쿠가와 씨는 에도 막부를 열었다.",
    ),
    (
        "prose",
        "주민등록번호는 13자리로, 앞 6자리는 생년월일이고 뒤 7자리의 첫 숫자는 성별을 나타낸다.",
    ),
    ("prose", "010 번호 통합 정책은 2004년부터 단계적으로 시행되었다."),
]


def parse(marked: str) -> tuple[str, list[dict]]:
    """Strip the ``[[value|TYPE]]`` marks: the text and its gold spans."""
    return typed_spans(marked)


def records() -> list[dict[str, object]]:
    """Every record with its id, text and spans; hard negatives carry ``hard_negative``."""
    out: list[dict[str, object]] = []
    counters: dict[str, int] = {}
    for negative, rows in ((False, POSITIVE), (True, HARD_NEGATIVE)):
        for kind, marked in rows:
            number = counters.get(kind, 0)
            counters[kind] = number + 1
            text, spans = parse(marked)
            if negative and spans:
                raise ValueError(f"hard negative with spans: {marked!r}")
            if not negative and not spans:
                raise ValueError(f"positive without spans: {marked!r}")
            record: dict[str, object] = {"id": f"h4-{kind}-{number:03d}", "text": text}
            record["spans"] = spans
            if negative:
                record["hard_negative"] = True
            out.append(record)
    return out


def main() -> None:
    count = write_jsonl(records(), OUTPUT)
    print(f"wrote {count} records to {OUTPUT}")


if __name__ == "__main__":
    main()
