"""Sales pitch: fluent advertising copy closes by telling the reader to act on an offer.

A covert advertisement reads like a review, a column or a comparison until its last
paragraphs, which recommend the product and ask the reader to sign up, visit or try it
(무료 상담부터 받아 보시길 권해 드립니다, 스픽업부터 써 보시는 걸 추천드려요) while the text
holds the offer that makes it a sale (신규 가입 혜택, 반값, 무료 체험, 계약금 5%에 무이자).
Each cue alone is ordinary prose: a notice offers 무료 and 선착순 and asks readers to sign
up, a review ends with a recommendation. Only the two together, the call to act in the
closing part and the offer both there and elsewhere, make a pitch.
"""

from __future__ import annotations

import re

# Terms of a sale or a sign-up offer.
OFFER_RE = re.compile(
    r"신규 ?가입|가입하(?:면|시면)|구매하(?:면|시면)|혜택|할인|반값|면제|무료 ?체험|특가|사은품"
    r"|1\+1|쿠폰|오늘만|지금 바로|이용권|구독료|렌탈료|무이자|우선 ?선택"
)
# A call to the reader to act: a recommendation, or an instruction to try, buy or click. Not
# a notice's closing (신청하세요, 문의하세요, 서둘러 주세요), nor its scarcity (선착순, 한정,
# 마감): notices announce those without selling anything.
CALL_RE = re.compile(
    r"권해 ?드립니다|권합니다|권한다|추천(?:드려요|드립니다|합니다|해요)|써 ?보시|받아 ?보시"
    r"|클릭|버튼을 눌러|방문해 ?(?:보|상담)|놓치지 마|확인해 ?보세요|시작하세요|경험해 ?보세요"
    r"|만나 ?보세요"
)
# The closing part of a text: its last two fifths.
CLOSING_SHARE = 0.4
MIN_OFFERS = 2


def sales_pitch_calls(text: str) -> int:
    """Calls to act in the closing part of ``text`` when it also holds at least
    ``MIN_OFFERS`` offer terms, one of them in the closing part; else 0."""
    closing = text[int(len(text) * (1 - CLOSING_SHARE)) :]
    if OFFER_RE.search(closing) is None or len(OFFER_RE.findall(text)) < MIN_OFFERS:
        return 0
    return len(CALL_RE.findall(closing))
