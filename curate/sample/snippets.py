"""Hand-written strings the noise is made of: web chrome, spam vocabulary, foreign-language text.

Names, e-mail addresses and outlets in boilerplate are fictional or generic; hosts use
reserved ``example`` domains.
"""

OUTLETS = ("한국일보", "한빛일보", "코리아데일리", "서울타임즈")
CITIES = ("서울", "부산", "대전", "광주", "세종")

REPORTERS = (
    ("홍길동", "hong"),
    ("김철수", "chulsoo.kim"),
    ("이영희", "younghee"),
    ("박민준", "mj.park"),
    ("최서연", "seoyeon"),
    ("정하준", "hajun"),
)

EMAIL_DOMAINS = ("example.com", "example.org", "example.co.kr", "example.net")

BYLINES = (
    "[{city}={outlet}] {name} 기자 = ",
    "({city}={outlet}) {name} 기자 = ",
)

NEWS_FOOTERS = (
    "ⓒ {outlet}, 무단 전재 및 재배포 금지",
    "저작권자 © {outlet} 무단전재 및 재배포 금지",
    "<저작권자(c) {outlet}, 무단 전재-재배포, AI 학습 및 활용 금지>",
    "Copyright ⓒ {outlet}. All rights reserved.",
)

REPORTER_LINE = "{name} 기자 {email}"

MENU_LINES = (
    "홈 > 뉴스 > 사회",
    "로그인 | 회원가입 | 마이페이지 | 고객센터",
    "본문 바로가기 주메뉴 바로가기",
    "많이 본 뉴스 | 실시간 인기 검색어",
    "공유하기 페이스북 트위터 카카오톡 URL복사",
    "전체메뉴 정치 경제 사회 문화 국제 스포츠 연예",
)

PAGE_FOOTERS = (
    "이 사이트는 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다. [동의]",
    "개인정보처리방침 | 이용약관 | 청소년보호정책 | 이메일무단수집거부",
    "이전글 | 다음글 | 목록",
    "댓글 0 | 좋아요 0 | 스크랩",
    "Copyright © blog.example.co.kr All rights reserved.",
)

GAMBLING_WORDS = (
    "바카라",
    "카지노",
    "토토",
    "사설토토",
    "먹튀검증",
    "안전놀이터",
    "메이저사이트",
    "파워볼",
    "슬롯머신",
    "첫충 20%",
    "매충 10%",
    "스포츠토토",
    "온라인카지노",
    "가입코드 7777",
)

ADULT_WORDS = (
    "19금",
    "성인방송",
    "무료 성인영상",
    "조건만남",
    "출장안마",
    "출장마사지",
    "성인용품 할인",
    "야한 동영상",
    "만남 사이트",
    "즉석만남",
)

SPAM_CALLS = (
    "★ 바로가기 ▶ toto-win.example.kr",
    "☎ 텔레그램 @jackpot7777 상담 24시간",
    "♥ 지금 가입하면 10만 포인트 지급 ♥",
)

CHAT_PHRASES = (
    "ㅋㅋㅋㅋㅋㅋㅋ",
    "ㅎㅎㅎㅎ",
    "ㅠㅠㅠㅠ",
    "헐 대박",
    "ㄹㅇ 개웃기네 ㅋㅋㅋ",
    "ㅇㅈ",
    "ㄱㄱ",
    "아 진짜 ㅋㅋㅋㅋㅋㅋ 미쳤다",
    "ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ",
    "레알?",
    "ㅇㅋㅇㅋ",
    "ㅋㅋ 나도",
)

PII_TEMPLATES = (
    "신청인 {name}(주민등록번호 {rrn})의 서류가 접수되었습니다.",
    "문의사항은 담당자 휴대전화 {phone}으로 연락 주시기 바랍니다.",
    "담당자 이메일은 {email}입니다.",
    "결제에 사용된 카드번호는 {card}이며 승인이 완료되었습니다.",
    "연락처: {phone} / 이메일: {email}",
    "{name} 님의 주민번호는 {rrn_digits}이고 전화번호는 {phone_digits}입니다.",
)

ENGLISH_SENTENCES = (
    "The city council approved the new budget for public libraries on Tuesday.",
    "Most branches will extend their opening hours until nine in the evening.",
    "Residents can now borrow e-books with the same card they use for printed books.",
    "The museum reopened after a two-year renovation of its east wing.",
    "Visitors are asked to book their tickets online to avoid long queues.",
    "A spokesperson said the exhibition would travel to three other cities next year.",
    "Heavy rain is expected across the southern coast over the weekend.",
    "Forecasters warned of strong winds and advised small boats to stay in port.",
    "The software update fixes a bug that caused the application to crash on startup.",
    "Users should back up their data before installing the new version.",
    "The release also adds support for right-to-left languages in the editor.",
    "Local farmers reported a good harvest despite the late spring frost.",
    "Prices for apples and pears are expected to fall slightly this autumn.",
    "The marathon will close several roads in the city centre on Sunday morning.",
)

JAPANESE_SENTENCES = (
    "本日は市立図書館の開館時間が変更されましたのでお知らせします。",
    "平日は午前九時から午後八時まで、土日は午後五時まで開館しています。",
    "電子書籍の貸し出しサービスも今月から始まりました。",
    "週末は南部の沿岸地域で大雨が予想されています。",
    "気象庁は強風と高波に十分注意するよう呼びかけています。",
    "新しいバージョンでは起動時に終了してしまう不具合が修正されました。",
    "インストールの前にデータのバックアップを取ってください。",
    "美術館は二年間の改修工事を終えて再開しました。",
    "混雑を避けるため、入場券はオンラインで事前にご購入ください。",
    "今年のりんごの収穫は春の遅霜にもかかわらず順調でした。",
    "日曜日の朝はマラソン大会のため市内中心部の道路が通行止めになります。",
    "詳しくは公式ウェブサイトをご覧ください。",
)

CP949_NOTICE_TITLE = "[공지] 이번 주 입법 동향 안내"
CP949_NOTICE_EXTRA = "※ 이번 주 금요일 구내식당 특식 메뉴는 똠양꿍입니다."
