"""Sales pitch: a call to act on an offer in a text's closing part is counted, and the stage
drops such a text; a notice's scarcity and sign-up request, a review's recommendation
without an offer, and an offer or a call away from the close count nothing."""

from __future__ import annotations

import pytest

from filters.sales_pitch import sales_pitch_calls
from tests.quality_helpers import assess, verdict_of

BODY = (
    "정수기를 새로 들이려고 하면 제품이 너무 많아서 막막하다. 렌탈이냐 구매냐, 직수형이냐 "
    "저수조형이냐를 두고 고민하는 사람이 많다. 필터 교체 주기와 관리 방문 횟수도 따져 봐야 "
    "하고, 설치 공간과 출수량도 집마다 사정이 다르다. 그래서 오늘은 요즘 많이 찾는 제품을 "
    "꼼꼼하게 비교해 봤다. 디자인과 위생, 관리비까지 하나씩 살펴보았다.\n\n"
)
PITCH = (
    "지금 신규 가입하면 설치비 면제에 6개월 렌탈료 반값 혜택까지 받을 수 있다. 저라면 고민 "
    "없이 클리어라인을 고를 것 같다. 아래 상담 신청 버튼을 눌러 무료 상담부터 받아 보시길 "
    "권해 드립니다."
)


def test_a_covert_ads_closing_counts_its_calls_and_the_stage_drops_it():
    text = BODY + PITCH
    assert sales_pitch_calls(text) == 3  # 버튼을 눌러, 받아 보시, 권해 드립니다
    verdict = verdict_of(assess(text), "sales_pitch")
    assert (verdict.value, verdict.passed) == (3.0, False)


@pytest.mark.parametrize(
    "text",
    [
        # a notice: scarcity, a free event and a sign-up request sell nothing
        BODY + "참가비는 무료이며 선착순 20명 한정입니다. 7월 10일까지만 받으니 서둘러 신청하세요.",
        # a review's recommendation with no offer
        BODY + "단점도 있지만 가족이 많은 집이라면 직수형을 추천합니다. 저는 만족하며 쓰고 있다.",
        # one offer only
        BODY + "요즘 매장에서 사은품을 준다고 한다. 관심 있다면 한번 써 보시길 권합니다.",
        # the offers only at the start
        "신규 가입 혜택과 할인이 화제다. " + BODY + "결국 꼼꼼히 비교해 보시길 권합니다.",
        # the call only at the start
        "먼저 써 보시길 권합니다. " + BODY + "신규 가입 혜택과 렌탈료 할인이 있다고 한다.",
    ],
)
def test_an_offer_or_a_call_alone_in_the_close_is_no_pitch(text):
    assert sales_pitch_calls(text) == 0
    assert verdict_of(assess(text), "sales_pitch").passed
