"""Hold-out 8 for the Korean PII scrubber: a blind evaluation set, meant to be scored once.

Written by hand by a helper session that did not read the recognizers (``filters/``), their
tests, the earlier hold-out generators or their data; only ``curate/evals/marked.py`` and the
README's policy sections ("Copyright and PII", "Names: the policy", "Spellings, look-alikes and
what is left alone"). Every value is fictional but well-formed: RRNs and FRNs carry real
calendar dates and valid check digits, cards pass Luhn with a real issuer prefix, business
numbers carry their check digit, e-mails sit on example/test domains and IPs in documentation
or private ranges. Names are fictional private persons; the public, historical and fictional
names of the hard negatives are left unmarked, as ``pii.person: contact`` keeps them.

The genres are ones a scrubber rarely sees (당근마켓/중고나라 posts, 카카오톡 exports, 배달
요청사항, 관리비 고지서, 학부모 단톡, 교회 주보, 동호회 회비, 이력서, 전세 특약, 보험금 청구서,
송장, 병원 문자, 이체확인증, 세금계산서, 접근 로그, .env, 배송대행, 부고/청첩장, 민원 서식),
with spellings varied the way people write them (dashes, spaces, dots, none, full-width
digits, parenthesised area codes, +82 forms). In a record that holds contact data every private
person's name is gold PERSON (speakers, family members, names in passing).
Two masked RRNs (``830711-2******``) are gold as the README counts them; a parenthesised
area code and an old-style licence's region name (``서울 14-903527-68``) are inside their span.

Gold values are marked inline as ``[[value|TYPE]]``; NEGATIVES hold no marks. Regenerate with

    .venv/bin/python -m curate.evals.pii_holdout8

which writes ``curate/evals/data/pii_holdout8_ko.jsonl``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from curate.evals.marked import typed_spans, write_jsonl

OUTPUT = Path(__file__).parent / "data" / "pii_holdout8_ko.jsonl"


def _lines(*parts: str) -> str:
    return "\n".join(parts)


POSITIVES: list[tuple[str, str]] = [
    # 당근마켓
    (
        "danggeun",
        _lines(
            "[당근] 유아 자전거 16인치 팝니다",
            "직거래만 해요. 연락은 문자로 [[010-4827-3016|PHONE_NUMBER]]",
        ),
    ),
    (
        "danggeun",
        _lines(
            "닌텐도 스위치 OLED 급처합니다",
            "네고 사절, 입금 확인 후 반값택배 발송",
            "카뱅 [[3333-12-7384051|KR_BANK_ACCOUNT]] 예금주 [[한소윤|PERSON]]",
        ),
    ),
    (
        "danggeun",
        _lines(
            "아기 카시트 무료나눔 ✨ 오늘 7시 이후 가능",
            "챗 답이 늦어서 번호 남겨요 [[01093715582|PHONE_NUMBER]] ([[은다빈|PERSON]])",
        ),
    ),
    (
        "danggeun",
        _lines(
            "동네생활) 잃어버린 강아지 찾아요 😭 말티즈 흰색 '콩이'",
            "보신 분 [[010 6208 4371|PHONE_NUMBER]] 로 꼭 연락주세요. 사례하겠습니다",
        ),
    ),
    (
        "danggeun",
        _lines(
            "거래 후기) [[도민혁|PERSON]]님 친절하게 거래해주셔서 감사해요~",
            "다음에도 연락드릴게요 [[010-3517-9024|PHONE_NUMBER]] 제 번호입니다",
        ),
    ),
    # 중고나라
    (
        "junggonara",
        _lines(
            "[판매] 아이패드 에어5 64G 스페이스그레이",
            "판매자: [[윤재현|PERSON]] / 연락처 [[010.5561.2047|PHONE_NUMBER]]",
            "안전거래 X 계좌이체만 (국민 [[840102-04-193827|KR_BANK_ACCOUNT]])",
        ),
    ),
    (
        "junggonara",
        _lines(
            "삽니다) 갤럭시 버즈2 프로 미개봉",
            "카톡 안 해서 메일로 주세요 → [[buds.buyer92@example.com|EMAIL_ADDRESS]]",
        ),
    ),
    (
        "junggonara",
        _lines(
            "사기 피해 공유합니다. 이 사람 조심하세요!!",
            "이름 [[곽민석|PERSON]] / 번호 [[010 3392 8170|PHONE_NUMBER]]",
            "입금 계좌 농협 [[302-2741-6638-21|KR_BANK_ACCOUNT]]",
        ),
    ),
    (
        "junggonara",
        _lines(
            "캠핑의자 2개 일괄 5만 (택포 X)",
            "연락: [[camp.lover＠example.com|EMAIL_ADDRESS]]",
        ),
    ),
    # 카카오톡 대화 내보내기
    (
        "kakao",
        _lines(
            "2026년 11월 3일 화요일",
            "[[김하린|PERSON]] [오후 2:14] 엄마 나 번호 바꿨어 [[010-7215-3094|PHONE_NUMBER]] "
            "저장해놔",
            "[[이정숙|PERSON]] [오후 2:16] 응 알았다 밥은 먹었니",
        ),
    ),
    (
        "kakao",
        _lines(
            "2026. 10. 28. 오후 9:02, [[박도윤|PERSON]] : 형 계좌 불러줘 회비 보낼게",
            "2026. 10. 28. 오후 9:05, [[최성훈|PERSON]] : 토스뱅크 "
            "[[1000-4127-8836|KR_BANK_ACCOUNT]] "
            "[[최성훈|PERSON]]",
        ),
    ),
    (
        "kakao",
        _lines(
            "[[정유나|PERSON]] [오전 10:41] 보험 가입에 주민번호 필요하대서요",
            "[[정유나|PERSON]] [오전 10:41] [[990916-2929189|KR_RRN]]",
            "[[송지호|PERSON]] [오전 10:43] 네 확인했어요 바로 지울게요!",
        ),
    ),
    (
        "kakao",
        _lines(
            "[[나스리딘|PERSON]] [오후 6:02] 사장님 제 외국인등록번호 [[780415-5064642|KR_FRN]] "
            "입니다",
            "[[황보경수|PERSON]] [오후 6:05] 그래 급여 신고할 때 쓸게",
        ),
    ),
    (
        "kakao",
        _lines(
            "--------------- 2026년 12월 1일 월요일 ---------------",
            "[[서은우|PERSON]] [오후 11:20] 내 메일 [[euwoo.seo@example.kr|EMAIL_ADDRESS]] 로 파일 "
            "보내줘",
            "[[변하람|PERSON]] [오후 11:21] ㅇㅋ",
        ),
    ),
    (
        "kakao",
        _lines(
            "2026. 9. 14. 오후 1:33, [[모지환|PERSON]] : 카드번호 불러줄게 "
            "[[5463 5338 7339 8357|CREDIT_CARD]] 유효기간 08/29",
            "2026. 9. 14. 오후 1:34, [[모지환|PERSON]] : 아 이거 카톡에 쓰면 안 되는데 ㅋㅋ",
        ),
    ),
    (
        "kakao",
        _lines(
            "[[엄지성|PERSON]] [오후 4:50] 공유기 관리자 주소 [[192.168.0.1|IP_ADDRESS]] 비번은 "
            "스티커 참고",
            "[[엄지성|PERSON]] [오후 4:51] 고장나면 기사님 번호 [[010-8813-2046|PHONE_NUMBER]]",
        ),
    ),
    (
        "kakao",
        _lines(
            "2026년 12월 4일 오후 8:12, [[노아린|PERSON]] : 여권번호 [[M705A3184|KR_PASSPORT]] "
            "이고 "
            "영문 이름은 [[NOH ARIN|PERSON]]이야",
            "2026년 12월 4일 오후 8:14, [[노승현|PERSON]] : 오케이 항공권 예약할게",
        ),
    ),
    # 배달 앱 요청사항
    (
        "delivery",
        _lines(
            "요청사항: 아기가 자고 있어요 ㅠ 문 앞에 두고 벨 누르지 말아주세요",
            "문자는 이 번호로 주세요 [[010-6634-9021|PHONE_NUMBER]]",
        ),
    ),
    (
        "delivery",
        _lines(
            "[배달 요청사항]",
            "가게 사장님께: 리뷰 이벤트 참여합니다! 콜라로 주세요",
            "라이더님께: 공동현관 1203호 호출 → 안 되면 "
            "[[０１０－２４８１－７７３６|PHONE_NUMBER]] 전화주세요",
        ),
    ),
    (
        "delivery",
        _lines(
            "주문자 [[장서윤|PERSON]] / 안심번호 [[0507-1423-4589|PHONE_NUMBER]]",
            "배달 요청: 경비실에 맡겨 주세요, 도착하면 문자만!",
        ),
    ),
    (
        "delivery",
        "주문 메모) 회사 로비 안내데스크에서 [[피현아|PERSON]] 찾으시면 돼요 "
        "☎[[(02)6952-3108|PHONE_NUMBER]]",
    ),
    (
        "delivery",
        _lines(
            "Request: please call when you arrive [[+82 10-2208-5731|PHONE_NUMBER]]",
            "(Name: [[Daniel Cho|PERSON]]) 벨 누르지 마세요 감사합니다",
        ),
    ),
    # 아파트 관리비 / 관리사무소
    (
        "apartment",
        _lines(
            "2026년 11월분 관리비 고지서",
            "동/호: 104동 1203호   세대주: [[노경민|PERSON]]",
            "부과금액 287,450원 / 납기 2026.12.25",
            "자동이체 계좌 신한 [[110-482-339017|KR_BANK_ACCOUNT]] (예금주 [[노경민|PERSON]])",
        ),
    ),
    (
        "apartment",
        _lines(
            "관리사무소 알림) 세대 연락처 변경 신청서",
            "302동 504호 / 신청인: [[백승아|PERSON]] / 연락처: [[(031) 975-2048|PHONE_NUMBER]], "
            "[[010-2639-7715|PHONE_NUMBER]]",
        ),
    ),
    (
        "apartment",
        _lines(
            "입주민 주차 등록 명단",
            "| 동호수 | 성명 | 차량번호 | 연락처 |",
            "| 101-702 | [[피승원|PERSON]] | 123가4567 | [[010-9157-3382|PHONE_NUMBER]] |",
            "| 103-1101 | [[국윤정|PERSON]] | 45나7812 | [[010-4029-6613|PHONE_NUMBER]] |",
        ),
    ),
    (
        "apartment",
        _lines(
            "층간소음 관련 민원 회신 요청",
            "민원인: 1502호 [[여윤희|PERSON]] ([[010-5832-0419|PHONE_NUMBER]])",
            "야간 세탁기 사용 자제 부탁드립니다.",
        ),
    ),
    # 학부모 단톡 / 학원
    (
        "parents",
        _lines(
            "[3학년 2반 학부모 공지]",
            "현장체험학습비 35,000원 반대표 계좌로 보내주세요",
            "하나 [[612-910274-88305|KR_BANK_ACCOUNT]] [[문지현|PERSON]](반대표)",
            "입금자명은 학생 이름으로 부탁드려요!",
        ),
    ),
    (
        "parents",
        _lines(
            "반대표 [[김은비|PERSON]] 엄마입니다~ 급한 일 있으시면 "
            "[[010-2287-6413|PHONE_NUMBER]]로 연락주세요.",
            "오늘 [[서준|PERSON]]이가 실내화를 두고 갔어요 ㅎㅎ",
        ),
    ),
    (
        "parents",
        _lines(
            "학부모 비상연락망 (1학년 1반)",
            "1. [[강민재|PERSON]] 어머니 [[010-5120-7789|PHONE_NUMBER]]",
            "2. [[류하은|PERSON]] 아버지 [[010-9903-1452|PHONE_NUMBER]]",
            "3. [[임도현|PERSON]] 할머니 [[010-3378-0261|PHONE_NUMBER]]",
        ),
    ),
    (
        "parents",
        _lines(
            "태권도 차량 운행 변경 안내 📢",
            "하원 차량 기사님 번호가 바뀌었습니다 → [[010-7426-8853|PHONE_NUMBER]] "
            "([[어재석|PERSON]] 기사님)",
        ),
    ),
    (
        "parents",
        "학원비 결제 부탁드려요 카드 [[4799 - 4669 - 5975 - 8244|CREDIT_CARD]] 일시불로요 "
        "(원생 [[남궁태희|PERSON]] 어머니)",
    ),
    # 교회 주보
    (
        "church",
        _lines(
            "■ 새가족을 환영합니다",
            "[[한예린|PERSON]] 자매 (청년부) [[010-8452-1307|PHONE_NUMBER]]",
            "[[조태웅|PERSON]] 형제·[[조미선|PERSON]] 자매 가정 (3교구) "
            "[[010-2715-6048|PHONE_NUMBER]]",
        ),
    ),
    (
        "church",
        _lines(
            "선교헌금 및 차량봉사 문의",
            "재정부 [[이순례|PERSON]] 권사 ☎ [[010-4471-2036|PHONE_NUMBER]]",
            "교육부 [[신동욱|PERSON]] 전도사 ✉ [[dw.shin@example.org|EMAIL_ADDRESS]]",
        ),
    ),
    (
        "church",
        "◆ 중보기도: [[마경수|PERSON]] 집사님 (수술 후 회복 중) — 병문안은 가족 [[마현정|PERSON]] "
        "님께 "
        "먼저 연락 바랍니다 [[010.6039.1187|PHONE_NUMBER]]",
    ),
    # 동호회 회비
    (
        "club",
        _lines(
            "🏸 한강배드민턴클럽 12월 회비 안내",
            "월 회비 30,000원 / 총무 계좌: 카카오뱅크 [[3333-08-4127756|KR_BANK_ACCOUNT]] "
            "([[배수정|PERSON]])",
            "미납: [[홍석진|PERSON]]님, [[마지훈|PERSON]]님",
        ),
    ),
    (
        "club",
        _lines(
            "등산동호회 '산바람' 정기산행 참가 신청",
            "이름: [[탁윤희|PERSON]]",
            "비상연락처: [[010-3004-8126|PHONE_NUMBER]] (남편 [[구태민|PERSON]])",
            "회비 입금: 새마을금고 [[9002-1873-4420-6|KR_BANK_ACCOUNT]]",
        ),
    ),
    (
        "club",
        _lines(
            "독서모임 '책갈피' 연회비 60,000원",
            "입금처: 우체국 [[014392-02-118475|KR_BANK_ACCOUNT]] 예금주 [[공하늘|PERSON]]",
            "문의는 오픈채팅 또는 [[bookmark.club@example.com|EMAIL_ADDRESS]]",
        ),
    ),
    (
        "club",
        _lines(
            "조기축구회 FC새벽 신입 회원 명단",
            "[[설민규|PERSON]] (GK) [[010-2391-7760|PHONE_NUMBER]]",
            "[[방태오|PERSON]] (FW) [[010 5518 0243|PHONE_NUMBER]]",
        ),
    ),
    # 이력서 / 자기소개서 / 근로계약
    (
        "resume",
        _lines(
            "이 력 서",
            "성    명: [[나윤서|PERSON]]    생년월일: 1996.04.17",
            "휴 대 폰: [[010-3816-2294|PHONE_NUMBER]]    E-mail: "
            "[[yoonseo.na@example.kr|EMAIL_ADDRESS]]",
            "주    소: 경기도 성남시 분당구 정자일로 95",
        ),
    ),
    (
        "resume",
        _lines(
            "[인적사항]",
            "성명(한글) [[어경태|PERSON]] / 성명(영문) [[EO KYUNGTAE|PERSON]]",
            "주민등록번호 [[860314-1356237|KR_RRN]]",
            "병역: 육군 병장 만기전역",
        ),
    ),
    (
        "resume",
        _lines(
            "자기소개서",
            "안녕하십니까, 저는 [[표지안|PERSON]]입니다. 물류 현장에서 5년간 일했습니다.",
            "연락처 [[+82 10-4418-7733|PHONE_NUMBER]] / "
            "[[jian.pyo@test.example.com|EMAIL_ADDRESS]]",
        ),
    ),
    (
        "resume",
        _lines(
            "Name: [[Tran Thi Mai|PERSON]]",
            "외국인등록번호 [[930930-6045345|KR_FRN]]",
            "비자: E-9 / 연락처 [[010-2934-7718|PHONE_NUMBER]]",
        ),
    ),
    (
        "resume",
        _lines(
            "자격사항: 1종 보통 운전면허 ([[13-09-284716-51|KR_DRIVER_LICENSE]]), 지게차운전기능사",
            "지원자 [[봉하윤|PERSON]] / [[010-7130-5592|PHONE_NUMBER]]",
        ),
    ),
    (
        "resume",
        _lines(
            "[근로계약서]",
            "근로자 성명: [[천상민|PERSON]]  주민등록번호: [[7501011360773|KR_RRN]]",
            "급여 계좌: 수협 [[1010-2284-7719|KR_BANK_ACCOUNT]]",
        ),
    ),
    # 전세 계약서 특약
    (
        "lease",
        _lines(
            "[특약사항]",
            "1. 임대인 [[소명철|PERSON]](주민등록번호 [[640719-1486761|KR_RRN]])은 잔금일까지 "
            "근저당을 "
            "말소한다.",
            "2. 잔금 2억3천만원은 임대인 명의 신한 [[110-374-552816|KR_BANK_ACCOUNT]]로 입금한다.",
            "3. 임차인 [[마은채|PERSON]]은 전세보증금반환보증에 가입할 수 있다.",
        ),
    ),
    (
        "lease",
        _lines(
            "임차인 연락처 [[010-2749-6581|PHONE_NUMBER]]",
            "중개사무소 대표 공인중개사 [[도상우|PERSON]] (사업자등록번호 [[232-69-76614|KR_BRN]])",
        ),
    ),
    (
        "lease",
        _lines(
            "계약금 입금 확인 문자",
            "[[권나래|PERSON]]님, 계약금 2,300만원 입금 확인했습니다.",
            "잔금 계좌도 동일합니다: 우리 [[1002-653-882014|KR_BANK_ACCOUNT]] 임대인 "
            "[[석정미|PERSON]]",
        ),
    ),
    # 보험금 청구서 / 사고 접수
    (
        "insurance",
        _lines(
            "보험금 청구서",
            "피보험자 성명: [[채윤아|PERSON]]   주민등록번호: [[920827-2012388|KR_RRN]]",
            "청구 사유: 통원치료 (우측 발목 염좌)",
            "수령계좌: 기업 [[277-084413-01-027|KR_BANK_ACCOUNT]] 예금주 [[채윤아|PERSON]]",
        ),
    ),
    (
        "insurance",
        _lines(
            "수익자: [[탁민호|PERSON]] (관계: 배우자)",
            "연락처 [[010 9182 4407|PHONE_NUMBER]] / 이메일 "
            "[[minho_tak@example.co.kr|EMAIL_ADDRESS]]",
        ),
    ),
    (
        "insurance",
        _lines(
            "자동차 사고 접수",
            "운전자 [[길준서|PERSON]] 운전면허번호 [[서울 14-903527-68|KR_DRIVER_LICENSE]]",
            "상대 차량 운전자 연락처 [[010-6641-2298|PHONE_NUMBER]]",
        ),
    ),
    # 택배 송장 / 반품
    (
        "parcel",
        _lines(
            "CJ대한통운 운송장",
            "받는 분 [[염지수|PERSON]] [[010-5523-8041|PHONE_NUMBER]]",
            "보내는 분 [[석우진|PERSON]] [[02-3471-8826|PHONE_NUMBER]]",
            "운송장번호 6845-2210-3397",
        ),
    ),
    (
        "parcel",
        _lines(
            "[수취인] [[제갈현우|PERSON]] / 연락처1 [[010-4102-7759|PHONE_NUMBER]] / "
            "연락처2 [[031-8015-2264|PHONE_NUMBER]]",
            "배송메시지: 부재시 소화전 안에 넣어주세요",
        ),
    ),
    (
        "parcel",
        _lines(
            "반품 접수 완료",
            "회수지 연락처 [[010.9284.3170|PHONE_NUMBER]] ([[하지율|PERSON]])",
            "환불계좌 하나 [[391-910288-47105|KR_BANK_ACCOUNT]]",
        ),
    ),
    # 병원 예약 문자 / 접수
    (
        "clinic",
        _lines(
            "[Web발신]",
            "[[반지연|PERSON]]님 12/9(화) 오후 3:30 서울밝은안과 진료 예약되었습니다.",
            "변경·취소 문의 [[02-558-3190|PHONE_NUMBER]]",
        ),
    ),
    (
        "clinic",
        _lines(
            "예약자: [[우채원|PERSON]] (보호자 [[우성민|PERSON]])",
            "연락처: [[+82-10-6621-0935|PHONE_NUMBER]]",
            "영유아검진 12월 12일 10:00 소아청소년과",
        ),
    ),
    (
        "clinic",
        _lines(
            "[Web발신] 튼튼치과입니다. [[옥지훈|PERSON]] 환자분 내일 오전 11시 스케일링 예약 잊지 "
            "마세요~",
            "주차 2시간 무료. 문의 [[031.712.4480|PHONE_NUMBER]]",
        ),
    ),
    (
        "clinic",
        _lines(
            "외래 초진 접수",
            "환자명 [[Nurlan Bekov|PERSON]]  외국인등록번호 [[960101-5032411|KR_FRN]]",
            "보호자 연락처 [[010-8812-6605|PHONE_NUMBER]]",
        ),
    ),
    # 은행 이체 확인증 / 송금
    (
        "transfer",
        _lines(
            "이체확인증",
            "출금계좌 [[1002-871-440293|KR_BANK_ACCOUNT]] (우리)",
            "입금은행 국민은행 / 입금계좌 [[527801-01-338164|KR_BANK_ACCOUNT]]",
            "받는분 [[진소율|PERSON]]   이체금액 1,500,000원",
        ),
    ),
    (
        "transfer",
        _lines(
            "토스 송금 완료",
            "[[함지우|PERSON]]님께 52,000원을 보냈어요",
            "받는 계좌: 케이뱅크 [[100-137-482951|KR_BANK_ACCOUNT]]",
        ),
    ),
    (
        "transfer",
        "[입금] 03/11 14:22 농협 [[3020827441693|KR_BANK_ACCOUNT]] 700,000원 입금자 "
        "[[방소희|PERSON]]",
    ),
    (
        "transfer",
        "송금 부탁드립니다 🙏 대구은행 [[508-10-274419-3|KR_BANK_ACCOUNT]] ([[우은별|PERSON]])",
    ),
    # 세금계산서 / 영수증 / 판매자 정보
    (
        "invoice",
        _lines(
            "전자세금계산서",
            "공급자 등록번호 [[417-96-57306|KR_BRN]] 상호 한결인쇄 성명 [[윤태식|PERSON]]",
            "공급받는자 등록번호 [[155-50-73093|KR_BRN]] 상호 (주)다온푸드 성명 [[엄세라|PERSON]]",
            "담당자 이메일 [[tax@daonfood.example.com|EMAIL_ADDRESS]]",
        ),
    ),
    (
        "invoice",
        "세금계산서 발행 요청드립니다. 사업자번호 [[681 98 93834|KR_BRN]], 대표자 "
        "[[왕리웨이|PERSON]], "
        "메일 [[liwei.wang@example.com|EMAIL_ADDRESS]]로 부탁드려요.",
    ),
    (
        "invoice",
        _lines(
            "영수증 (간이)",
            "상호: 골목분식  사업자등록번호: [[2913025695|KR_BRN]]",
            "대표: [[안복례|PERSON]]  TEL [[051-642-7719|PHONE_NUMBER]]",
        ),
    ),
    (
        "invoice",
        _lines(
            "거래명세서",
            "공급자: 새봄농산 ([[810-11-88525|KR_BRN]]) / 대표 [[국승호|PERSON]] / "
            "계좌 농협 [[351-1029-4837-13|KR_BANK_ACCOUNT]]",
        ),
    ),
    (
        "invoice",
        _lines(
            "스마트스토어 판매자 정보",
            "상호명: 소소공방 | 대표자: [[편은지|PERSON]] | 사업자등록번호: "
            "[[422-56-71134|KR_BRN]]",
            "고객문의: [[sosogongbang@example.com|EMAIL_ADDRESS]] / [[070-4821-3306|PHONE_NUMBER]]",
        ),
    ),
    (
        "invoice",
        "간판 시공 견적서 — 공급자 등록번호 [[872 - 61 - 19720|KR_BRN]], 담당 [[소재원|PERSON]] "
        "실장 "
        "[[010-2204-7861|PHONE_NUMBER]]",
    ),
    (
        "invoice",
        _lines(
            "프리랜서 용역 계약 (사업소득 원천징수 대상)",
            "수급인 [[염하진|PERSON]] / 사업자등록번호 [[671-13-09900|KR_BRN]] / "
            "계좌 신한 [[110-208-774152|KR_BANK_ACCOUNT]]",
        ),
    ),
    # 웹서버 접근 로그
    (
        "weblog",
        '[[203.0.113.47|IP_ADDRESS]] - - [05/Dec/2026:22:14:07 +0900] "GET /login HTTP/1.1" 200 '
        '5123 "-" "Mozilla/5.0"',
    ),
    (
        "weblog",
        _lines(
            "[[198.51.100.23|IP_ADDRESS]] - admin [05/Dec/2026:22:14:09 +0900] "
            '"POST /api/v2/orders HTTP/1.1" 201 88',
            "[[2001:db8:4f2a::17|IP_ADDRESS]] - - [05/Dec/2026:22:14:10 +0900] "
            '"GET /favicon.ico HTTP/2.0" 404 0',
        ),
    ),
    (
        "weblog",
        "2026/12/05 22:15:31 [error] 1842#1842: *77 upstream timed out, client: "
        "[[192.168.35.12|IP_ADDRESS]], server: shop.example.kr, upstream: "
        '"[[10.0.4.21|IP_ADDRESS]]:8080"',
    ),
    (
        "weblog",
        "Dec  5 22:16:02 web01 sshd[2231]: Failed password for invalid user test from "
        "[[203.0.113.199|IP_ADDRESS]] port 52144 ssh2",
    ),
    (
        "weblog",
        _lines(
            "IT 헬프데스크 티켓 #48213",
            "요청자: [[문태현|PERSON]] (내선 2214)",
            "증상: VPN 접속 후 [[2001:db8:0:1::a3|IP_ADDRESS]] 로 할당되며 사내망 접속 불가",
        ),
    ),
    # 개발자 설정 파일
    (
        "dotenv",
        _lines(
            "# .env.production",
            "DB_HOST=[[10.20.3.15|IP_ADDRESS]]",
            "ADMIN_EMAIL=[[ops-alert@example.com|EMAIL_ADDRESS]]",
            "APP_VERSION=3.12.0",
        ),
    ),
    (
        "dotenv",
        _lines(
            "SMTP_USER=[[kimdev@example.kr|EMAIL_ADDRESS]]",
            "ALLOWED_IPS=[[203.0.113.8|IP_ADDRESS]],[[198.51.100.9|IP_ADDRESS]]",
            "SMS_SENDER=[[01048216637|PHONE_NUMBER]]",
        ),
    ),
    (
        "dotenv",
        _lines(
            "# 결제 모듈 로컬 설정 - 커밋 금지!! (대표님 개인카드)",
            "PAY_CARD_NO=[[4142174619444841|CREDIT_CARD]]",
            "REDIS_URL=redis://[[172.16.8.40|IP_ADDRESS]]:6379/0",
        ),
    ),
    # 해외 직구 배송대행 / 구매대행
    (
        "forwarding",
        _lines(
            "배송대행 신청서 (미국 델라웨어 센터)",
            "수취인 영문명: [[KANG SEOYEON|PERSON]]",
            "수취인 한글명: [[강서연|PERSON]]",
            "휴대폰 [[010-7780-3154|PHONE_NUMBER]] / 품목: 운동화 1켤레 $89.99",
        ),
    ),
    (
        "forwarding",
        _lines(
            "Ship to: [[PARK MINJUN|PERSON]] / Tel: [[+82 10 5162 8870|PHONE_NUMBER]]",
            "Email: [[mj.park@example.com|EMAIL_ADDRESS]]",
            "결제카드 [[4469-6859-9563-7885|CREDIT_CARD]]",
        ),
    ),
    (
        "forwarding",
        _lines(
            "구매대행 결제 정보",
            "카드번호 [[3726-118314-25313|CREDIT_CARD]] (AMEX)",
            "명의자 [[육소연|PERSON]] / 통관용 연락처 [[010-2209-6478|PHONE_NUMBER]]",
        ),
    ),
    # 부고 / 청첩장
    (
        "obituary",
        _lines(
            "[부고]",
            "[[송기철|PERSON]]님의 부친께서 12월 6일 별세하셨기에 삼가 알려드립니다.",
            "빈소: ○○대학교병원 장례식장 3호실 / 발인: 12월 8일 오전 7시",
            "마음 전하실 곳: 농협 [[352-1184-2270-63|KR_BANK_ACCOUNT]] [[송기철|PERSON]]",
        ),
    ),
    (
        "obituary",
        _lines(
            "부고 알림",
            "상주 [[여민수|PERSON]], [[여지은|PERSON]]",
            "연락처 [[010-3305-8847|PHONE_NUMBER]]",
            "부의금 계좌 국민 [[604201-01-552093|KR_BANK_ACCOUNT]] (예금주 [[여민수|PERSON]])",
        ),
    ),
    (
        "wedding",
        _lines(
            "[모바일 청첩장]",
            "신랑 [[허준영|PERSON]] ♥ 신부 [[기다은|PERSON]]",
            "2027년 3월 14일 토요일 낮 12시 30분, 더채플 3층",
            "신랑측 마음 전하실 곳 신한 [[110-529-017734|KR_BANK_ACCOUNT]] [[허준영|PERSON]]",
        ),
    ),
    (
        "wedding",
        _lines(
            "신부 아버지 [[기상호|PERSON]] [[010-6218-0934|PHONE_NUMBER]]",
            "신부 어머니 [[노미경|PERSON]] [[010-6218-0935|PHONE_NUMBER]]",
        ),
    ),
    (
        "wedding",
        _lines(
            "청첩장 보내드려요~ 참석 못하시면 마음만 받을게요 ㅎㅎ",
            "카카오뱅크 [[3333 21 5587042|KR_BANK_ACCOUNT]] [[선우지아|PERSON]]",
        ),
    ),
    # 주민센터 민원 서식 외
    (
        "civil",
        _lines(
            "전입신고서",
            "신고인 성명 [[라선영|PERSON]]   주민등록번호 [[881130-2617304|KR_RRN]]",
            "전화번호 [[010-4592-1173|PHONE_NUMBER]]",
            "세대주와의 관계: 본인",
        ),
    ),
    (
        "civil",
        _lines(
            "외국인 체류지 변경신고",
            "성명(영문): [[NGUYEN VAN HUNG|PERSON]]",
            "외국인등록번호: [[850612-5893427|KR_FRN]]",
            "연락처: [[010-7043-2286|PHONE_NUMBER]]",
        ),
    ),
    (
        "civil",
        _lines(
            "위 임 장",
            "위임인 [[탁만기|PERSON]] (주민번호 [[550423 1073293|KR_RRN]])",
            "수임인 [[탁재원|PERSON]] (관계: 아들, 연락처 [[010.2271.9946|PHONE_NUMBER]])",
            "위임 사항: 주민등록등본 발급",
        ),
    ),
    (
        "civil",
        "외국인등록증 재발급 신청 / 성명 [[왕팡|PERSON]] / 외국인등록번호 [[9002036584812|KR_FRN]] "
        "/ "
        "국적 중국",
    ),
    (
        "civil",
        _lines(
            "여권 발급 신청서",
            "성명 [[도하람|PERSON]]  주민등록번호 [[010503-3767931|KR_RRN]]",
            "종전 여권번호 [[M48213607|KR_PASSPORT]]",
            "긴급연락처 [[010-5903-2816|PHONE_NUMBER]] (모 [[현수진|PERSON]])",
        ),
    ),
    (
        "civil",
        _lines(
            "학생증 재발급 신청서",
            "학생 [[백서하|PERSON]] (주민등록번호 [[031012.4961051|KR_RRN]])",
            "보호자 [[백종민|PERSON]] [[010-2451-9067|PHONE_NUMBER]]",
        ),
    ),
    (
        "civil",
        _lines(
            "대학원 기숙사 입사 신청서",
            "학생 [[변시아|PERSON]] 주민번호 [[000229-4797481|KR_RRN]]",
            "보호자 연락처 [[010-6225-3304|PHONE_NUMBER]]",
        ),
    ),
    (
        "civil",
        _lines(
            "연말정산 부양가족 명단",
            "배우자 [[양혜린|PERSON]] [[830711-2******|KR_RRN]]",
            "부 [[윤덕수|PERSON]] [[470305-1******|KR_RRN]]",
        ),
    ),
    (
        "civil",
        _lines(
            "택시 분실물 신고",
            "신고자 [[경도윤|PERSON]] 주민등록번호 [[790605 1317839|KR_RRN]]",
            "연락처 [[02 2678 4591|PHONE_NUMBER]]",
        ),
    ),
    (
        "civil",
        _lines(
            "[중고차 매매 계약서]",
            "매도인 [[주석환|PERSON]] (주민등록번호 [[911205-1185573|KR_RRN]]) ☎ "
            "[[010-9930-4127|PHONE_NUMBER]]",
            "매수인 [[Bilguun Batbold|PERSON]] (외국인등록번호 [[021118-7883530|KR_FRN]])",
        ),
    ),
    (
        "civil",
        _lines(
            "외국인 근로자 숙소 배정표",
            "[[Malee Sukjai|PERSON]]  외국인등록번호 [[041224.8626121|KR_FRN]]  "
            "[[010-4418-2093|PHONE_NUMBER]]",
        ),
    ),
    (
        "civil",
        _lines(
            "유학생 장학금 신청",
            "성명 [[Yuki Tanaka|PERSON]] (외국인등록번호 [[8808186065295|KR_FRN]])",
            "수령계좌 하나 [[157-910447-29308|KR_BANK_ACCOUNT]]",
        ),
    ),
    # 여행, 렌터카, 면허
    (
        "travel",
        _lines(
            "[렌터카 계약서]",
            "운전자: [[설재희|PERSON]]",
            "면허번호: [[28-15-602318-74|KR_DRIVER_LICENSE]]",
            "연락처: [[010-3662-5107|PHONE_NUMBER]]",
        ),
    ),
    (
        "travel",
        "제2운전자 추가 요청합니다. [[하도경|PERSON]] / 운전면허 "
        "[[26.08.137294.61|KR_DRIVER_LICENSE]] / "
        "1종보통",
    ),
    (
        "travel",
        _lines(
            "여행사 예약 확인",
            "여행자 1: [[JEON HAYOUNG|PERSON]] 여권번호 [[M572A8193|KR_PASSPORT]]",
            "여행자 2: [[JEON SIWOO|PERSON]] 여권번호 [[m30917452|KR_PASSPORT]]",
            "대표 연락처 [[010-8027-6641|PHONE_NUMBER]]",
        ),
    ),
    (
        "travel",
        _lines(
            "호텔 체크인 카드",
            "Guest: [[Lee Daeun|PERSON]]  Passport No. [[M91047385|KR_PASSPORT]]",
            "Card: [[3568-2235-3622-2702|CREDIT_CARD]]",
        ),
    ),
    (
        "travel",
        "비자 신청 서류 체크리스트 ✔ 신청인 [[용세진|PERSON]] 여권 [[M263B0478|KR_PASSPORT]] "
        "유효기간 2031.05.19",
    ),
    (
        "travel",
        _lines(
            "운전면허 적성검사 안내",
            "[[곽은솔|PERSON]]님 면허번호 [[12 21 770482 35|KR_DRIVER_LICENSE]] 갱신기간은 "
            "2026.12.31 까지입니다.",
        ),
    ),
    (
        "travel",
        _lines(
            "대리운전 기사 등록",
            "기사명 [[진우람|PERSON]] / 운전면허번호 [[11-19-482736-50|KR_DRIVER_LICENSE]] / "
            "연락처 [[010-5541-0928|PHONE_NUMBER]]",
        ),
    ),
    (
        "travel",
        "배달 라이더 계약 — 라이더 [[탁시우|PERSON]]  면허 "
        "[[２３－２０－５５８１０４－１２|KR_DRIVER_LICENSE]]",
    ),
    # 카드 / 결제
    (
        "payment",
        _lines(
            "[카드 분실 신고 접수]",
            "카드번호 [[9410-1177-4912-9513|CREDIT_CARD]] / 명의 [[윤새롬|PERSON]]",
            "재발급 카드 수령 연락처 [[010-1942-6635|PHONE_NUMBER]]",
        ),
    ),
    (
        "payment",
        _lines(
            "온라인 결제 오류 문의",
            "결제 카드: [[５４７２－４７８８－８４３９－８６２５|CREDIT_CARD]]",
            "주문자 [[금소현|PERSON]] / [[sohyun.geum@example.com|EMAIL_ADDRESS]]",
        ),
    ),
    (
        "payment",
        _lines(
            "헬스장 회원등록 카드",
            "회원명 [[추민결|PERSON]]  연락처 [[010-4360-2219|PHONE_NUMBER]]",
            "자동결제 카드 [[5711612960209345|CREDIT_CARD]]",
        ),
    ),
    (
        "payment",
        "아카데미 수강 신청 — 신청자 [[피윤하|PERSON]]  결제 카드 "
        "[[3455 181956 22464|CREDIT_CARD]] "
        "(AMEX 개인카드)",
    ),
]


NEGATIVES: list[tuple[str, str]] = [
    # order numbers
    ("order", "주문번호 20261205-4418820 의 배송이 시작되었습니다. 주문 내역에서 확인하세요."),
    (
        "order",
        "[주문 접수] 주문번호: 2026120541188203 / 결제금액 38,900원 / 예상 도착 12월 7일(월)",
    ),
    ("order", "배민 주문번호 B1AX00QZ7K 주문이 취소되었습니다. 환불은 3~5영업일 소요됩니다."),
    ("order", "쿠팡 주문 #11420087331902 반품 회수 예정일: 12/09"),
    # tracking numbers
    ("tracking", "운송장번호 6841-2233-0917 (CJ대한통운) 현재 위치: 옥천HUB 간선상차"),
    ("tracking", "우체국 등기번호 6089037714206 조회 결과: 배달 완료 (2026.12.04 13:22)"),
    ("tracking", "한진택배 송장 4208 1173 9925 로 발송했습니다~ 내일 도착 예정이에요"),
    ("tracking", "해외배송 트래킹 넘버 1Z999AA10123456784 / 인천세관 통관 진행 중"),
    # product codes
    ("product", "상품코드: 8809471120358 (바코드) 국산 콩 두부 300g 2입"),
    ("product", "SKU-01048820317 블랙/M 재고 12개"),
    ("product", "품번 DX4-221087-03 / 색상 네이비 / 사이즈 105"),
    ("product", "부품번호 42310-2W000 순정품, 장착 가능 차종은 상세페이지 참고"),
    # version strings
    ("version", "Chrome 131.0.6778.86 버전으로 업데이트한 뒤 로그인 오류가 사라졌습니다."),
    (
        "version",
        "펌웨어 v2.14.3 → v2.15.0 업데이트 후 재부팅 필요. 빌드 10.0.19045.3803 에서 확인됨.",
    ),
    ("version", "One UI 7 / 안드로이드 버전 15 / 보안 패치 2026-11-01 / 빌드번호 S928NKSU4BXK3"),
    ("version", "npm install react@18.3.1 typescript@5.6.3 후 next 15.0.4 로 빌드하세요."),
    # dates and times
    ("datetime", "회의 일정: 2026.12.08(월) 14:00~15:30, 2026-12-09T10:00:00+09:00 재확인"),
    ("datetime", "유통기한 2027.03.15 / 제조일자 261205 / 제조시간 0814"),
    ("datetime", "접수 기간: 20261201 ~ 20261231 (31일간), 마감 23:59:59"),
    # amounts of money
    ("money", "12월 관리비 합계 287,450원 (전월 대비 +12,300원)"),
    ("money", "보증금 300,000,000원 / 월세 0원 / 관리비 150,000원"),
    ("money", "매출액 1,248,530,000원, 영업이익 84,210,500원 (전년 대비 12.4% 증가)"),
    # coordinates
    ("coords", "집결지 좌표: 37.566535, 126.977969 (서울시청 앞 광장)"),
    ("coords", "GPS 35.1595454 129.1603193 에서 촬영, 고도 12.4m"),
    # ISBNs
    ("isbn", "ISBN 978-89-6848-765-1 『파이썬 입문』 개정 2판, 정가 28,000원"),
    ("isbn", "ISBN 9791190000123 (전자책) 출간일 2026-11-20"),
    # model and serial numbers
    ("model", "모델명 SM-S928N / 일련번호 R3CX20ABCDE"),
    ("model", "LG 그램 16Z90S-GA5CK 모델, 제조번호 412KWZT0P881"),
    ("model", "냉장고 모델 RF85C9111AP, 에너지소비효율 1등급"),
    # nationwide business and toll-free numbers
    ("bizline", "고객센터 1588-3820 (평일 09:00~18:00, 점심시간 12:00~13:00)"),
    ("bizline", "예약 문의는 1577-8007 또는 1644-2200 으로 전화주세요."),
    ("bizline", "무료 상담 080-023-5500 (24시간 운영)"),
    ("bizline", "택배 고객센터 1588-1255 / 반품 접수는 앱에서 가능합니다"),
    # public institution landlines
    ("public_office", "서초구청 민원여권과 02-2155-6340 (여권 발급 문의)"),
    ("public_office", "○○동 주민센터 031-729-7605, 팩스 031-729-7609"),
    ("public_office", "국민건강보험공단 고객센터 1577-1000 / 국번없이 120 다산콜센터"),
    ("public_office", "서울중부경찰서 민원실 02-3396-9114 로 분실물 문의하세요"),
    # RRN-shaped numbers with impossible dates
    ("bad_date", "부품 LOT 880231-2047715 입고 완료 (검수 서명 완료)"),
    ("bad_date", "샘플 시리얼 990230 1528364 는 테스트용입니다"),
    ("bad_date", "관리번호 010229-3815527 (2001년 등록분)"),
    ("bad_date", "문서번호 951332-1048273 참조"),
    # Luhn-invalid 16-digit numbers
    ("bad_luhn", "상품권 PIN 4991-5809-5515-1722 (유효기간 2027.12.31)"),
    ("bad_luhn", "쿠폰 번호 5375 9556 5025 0034 를 입력하세요"),
    ("bad_luhn", "시리얼 입력 예시: 1234-5678-9012-3456"),
    # public figures in news
    ("news", "손흥민은 5일 열린 경기에서 시즌 7호 골을 터뜨렸다."),
    ("news", "봉준호 감독은 신작 촬영을 마치고 귀국했다고 밝혔다."),
    ("news", "한강 작가의 『소년이 온다』는 노벨문학상 수상 이후 판매량이 크게 늘었다."),
    ("news", "반기문 전 유엔 사무총장은 이날 기조연설에서 기후 위기 대응을 강조했다."),
    # historical persons
    ("history", "세종대왕은 1443년 훈민정음을 창제하였다."),
    ("history", "이순신 장군은 명량에서 13척의 배로 적선을 물리쳤다."),
    ("history", "유관순 열사는 1919년 아우내 장터에서 만세 운동을 이끌었다."),
    # company and organisation names
    ("company", "삼성전자와 SK하이닉스는 4분기 실적을 발표했다. 카카오 주가는 2.3% 올랐다."),
    ("company", "받는 분: (주)한빛미디어 편집부 앞"),
    ("company", "예금주: 햇살복지재단 — 후원금은 연말정산 기부금 영수증이 발급됩니다."),
    # fictional characters
    (
        "fiction",
        '"지훈 씨, 이 서류 좀 봐 줄래요?" 민서가 창밖을 보며 말했다. 지훈은 대답 대신 고개를 '
        "끄덕였다.",
    ),
    ("fiction", "춘향은 이몽룡이 떠난 뒤에도 변학도의 수청을 끝내 거절하였다."),
    ("fiction", "홍길동은 아버지를 아버지라 부르지 못하고 형을 형이라 부르지 못하였다."),
    # common words after 이름 / 성명
    ("common_word", "이름 모를 들꽃이 길가에 가득 피어 있었다."),
    ("common_word", "함수 이름은 동사로 시작하고, 변수 이름은 명사로 짓는 것이 좋다."),
    ("common_word", "정부는 성명을 내고 이번 사태에 유감을 표명했다."),
    ("common_word", "아이 이름 짓기 팁: 돌림자를 쓰거나 뜻이 좋은 한자를 고르세요."),
    ("common_word", "파일 이름 바꾸기: 마우스 오른쪽 버튼 → 이름 바꾸기"),
    # placeholders, law articles, postal codes
    ("placeholder", "연락처 입력 예: 010-0000-0000 (하이픈 포함)"),
    ("placeholder", "생년월일 6자리만 입력하세요 (예: 000000)"),
    ("legal", "개인정보 보호법 제23조 제2항 및 같은 법 시행령 제30조"),
    ("address", "우편번호 06236 / 도로명주소 서울특별시 강남구 테헤란로 152"),
]


def records() -> list[dict[str, Any]]:
    """Every record in file order: positives, then hard negatives, ids numbered per kind."""
    seen: Counter[str] = Counter()
    rows: list[dict[str, Any]] = []
    negative_kinds = {kind for kind, _ in NEGATIVES}
    for kind, marked in [*POSITIVES, *NEGATIVES]:
        seen[kind] += 1
        text, spans = typed_spans(marked)
        row = {"id": f"h8-{kind}-{seen[kind]:03d}", "text": text, "spans": spans}
        if kind in negative_kinds:
            row["hard_negative"] = True
        rows.append(row)
    return rows


def main() -> None:
    positive_kinds = {kind for kind, _ in POSITIVES}
    clash = positive_kinds & {kind for kind, _ in NEGATIVES}
    if clash:
        raise SystemExit(f"kinds used for both positives and negatives: {sorted(clash)}")
    for kind, marked in NEGATIVES:
        if typed_spans(marked)[1]:
            raise SystemExit(f"a hard negative ({kind}) carries a mark: {marked!r}")
    count = write_jsonl(records(), OUTPUT)
    print(
        f"wrote {count} records ({len(POSITIVES)} positive, {len(NEGATIVES)} negative) to {OUTPUT}"
    )


if __name__ == "__main__":
    main()
