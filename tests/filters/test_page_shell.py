"""A page shell (menus, widgets and a one-sentence story) is dropped by ``page_shell`` when
nothing else drops it; short real documents (a poem, a notice) keep their place."""

from __future__ import annotations

import pytest

from filters.page_shell import main_text_morphemes
from filters.quality_rules import DocView
from tests.quality_helpers import MENU, assess, korean_prose, verdict_of

STORY = "서울시는 다음 달 1일부터 시내버스 기본요금을 1,500원으로 300원 인상한다고 6일 밝혔다."
NEWS_SHELL = "\n".join(
    (
        MENU,
        "홈 > 뉴스 > 사회",
        "서울시 시내버스 기본요금 다음 달부터 1,500원으로 인상",
        STORY,
        "이 기사를 친구에게 카카오톡으로 보내기",
        "기사 내용이 마음에 드셨다면 기자를 구독하기",
        "이 기사에 대한 여러분의 의견을 남기기",
        "로그인한 회원만 댓글을 작성할 수 있음",
        "Copyright © 뉴스한국 All rights reserved.",
    )
)
POEM = (  # 윤동주, 서시 (1941; public domain): lines ending on particles and endings run on
    "죽는 날까지 하늘을 우러러\n한 점 부끄럼이 없기를,\n잎새에 이는 바람에도\n"
    "나는 괴로워했다.\n별을 노래하는 마음으로\n모든 죽어 가는 것을 사랑해야지\n"
    "그리고 나한테 주어진 길을\n걸어가야겠다.\n\n오늘 밤에도 별이 바람에 스치운다."
)
NOTICE = (
    "[공지] 도서관 휴관 안내\n시설 점검으로 12월 7일(월) 하루 도서관을 휴관합니다. 이용에 "
    "불편을 드려 죄송합니다. 대출 도서의 반납 기한은 12월 8일로 자동 연장됩니다. 문의 사항은 "
    "안내 데스크로 연락해 주시기 바랍니다."
)


def main_text(text: str) -> float:
    assessment = assess(text)
    return main_text_morphemes(DocView.morphemes(assessment.text, assessment.analysis))


def test_a_news_page_shell_is_dropped_by_its_own_rule() -> None:
    """Menus and the footer are cleaned away; the headline, the -기 buttons and the story
    are what is left, and only the story (and one -음 notice) is main text."""
    assessment = assess(NEWS_SHELL)
    assert any(e.rule == "boilerplate_line" for e in assessment.edits)
    assert assessment.failed == "page_shell"
    failed = [v.rule for v in assessment.verdicts if not v.passed]
    assert failed == ["page_shell"]  # every other rule would keep it
    shell = verdict_of(assessment, "page_shell")
    assert shell.value < shell.threshold


@pytest.mark.parametrize("text", [POEM, NOTICE], ids=["poem", "notice"])
def test_short_real_documents_are_kept(text: str) -> None:
    assessment = assess(text)
    assert verdict_of(assessment, "page_shell").passed
    assert assessment.failed is None


def test_held_out_prose_is_main_text_throughout() -> None:
    for text in korean_prose().values():
        assert verdict_of(assess(text), "page_shell").passed


def test_verse_runs_on_and_headlines_do_not_count() -> None:
    """A line ending on a particle or connective ending continues the sentence; a headline
    (ending in a noun) before a sentence is not part of it."""
    assert main_text("하늘을 우러러\n부끄럼이 없기를 바랐다.") == main_text(
        "하늘을 우러러 부끄럼이 없기를 바랐다."
    )
    assert main_text("시내버스 요금 인상\n그는 밥을 먹었다.") == main_text("그는 밥을 먹었다.")


def test_button_labels_and_brackets() -> None:
    """-기 labels are not closed sentences; a bracket after the ending does not hide it."""
    assert main_text("이 기사를 친구에게 보내기") == 0
    assert main_text("규정을 강화함(안 제26조).") > 0


def test_nested_brackets_after_the_ending_are_not_its_close() -> None:
    """Brackets inside brackets close one level each: the sentence still ends on 함 (its
    content morphemes, brackets included, all count), and words after the inner bracket stay
    inside the outer one."""
    assert main_text("규정을 강화함(제26조(신설) 참조).") == 10
    assert main_text("규정을 강화하는 안(제26조(신설) 참조).") == 0


DIALOGUE = (  # written for this test: a scene told mostly in quoted lines
    '"오늘 저녁 뭐 먹을래?"\n"아무거나."\n"아무거나가 제일 어렵다니까. 국수 어때?"\n'
    '"어제 국수 먹었잖아."\n"그럼 김치찌개."\n"그건 점심에 먹었어."\n'
    "선배는 걸음을 멈추고 수진을 돌아보았다.\n"
    '"너 사실 먹고 싶은 거 있지?"\n"사실… 회전초밥이요."\n'
    "둘은 웃으며 지하철역 반대편으로 길을 건넜다."
)


def test_quoted_dialogue_lines_are_main_text() -> None:
    """A sentence wholly inside quotes closes on its own ending: quoted speech is what
    dialogue fiction is made of. A quoted noun phrase closes nothing, and a bracket after an
    ending outside it still leaves the ending as the close."""
    assert main_text('"오늘 저녁 뭐 먹을래?"') == main_text("오늘 저녁 뭐 먹을래?") == 5
    assert main_text("「좋아요.」") == main_text("좋아요.") == 2
    assert main_text('"그럼 김치찌개."') == 0
    assert main_text('그는 "그만 먹자"라고 말했다.') > 0
    assert main_text('"그만 먹자"라는 말') == 0
    assessment = assess(DIALOGUE)
    assert verdict_of(assessment, "page_shell").passed
    assert assessment.failed is None
