"""Junk for the real-prose quality set, one seeded generator per kind.

Each generator takes the split's own material (real sentences, hand-written pools) so that
held-out junk never shares a sentence with training junk. Translationese and fluent spam are
hand-written (no MT system is available here): translationese is Korean as a literal English
rendering produces it (그/그녀, 의해, ~하는 것이 가능하다, ~것이다, 가지다), fluent spam is
grammatical Korean whose only content is a pitch.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from curate.sample import junk, snippets

TEMPLATE_REGIONS = ("강남", "분당", "일산", "수원", "인천", "대구", "부산 해운대", "광주 상무지구")
TEMPLATE_SERVICES = (
    "포장이사",
    "입주청소",
    "에어컨 설치",
    "누수 탐지",
    "중고차 매입",
    "피아노 학원",
    "치과 임플란트",
    "렌터카",
)
TEMPLATE_SENTENCES = (
    "{r} {s} 업체를 찾고 계신가요?",
    "{r} {s}는 저희가 가장 잘합니다.",
    "{r} {s} 가격 비교는 여기에서 하세요.",
    "{r}에서 {s}를 알아보신다면 {r} {s} 전문 업체에 맡기세요.",
    "{s} 견적이 궁금하시면 {r} {s} 상담센터로 연락 주세요.",
    "많은 분들이 {r} {s} 후기를 보고 찾아오십니다.",
    "{r} {s}, 합리적인 가격과 친절한 서비스로 보답하겠습니다.",
)
SPINTAX = (
    "{오늘은|이번 시간에는|이번 글에서는} {건강에 좋은|몸에 좋은|건강을 지키는} "
    "{습관을|생활 습관을|방법을} {알아보겠습니다|소개해 드리겠습니다|정리해 보겠습니다}.",
    "{많은 분들이|대부분의 사람들이|누구나} {바쁜 일상 속에서|하루하루 바쁘게 살면서|"
    "정신없는 생활 속에서} {건강을|몸 관리를|자기 관리를} {놓치곤 합니다|소홀히 합니다|"
    "잊어버립니다}.",
    "{꾸준한 운동은|규칙적인 운동은|매일 하는 운동은} {면역력을|체력을|몸의 기운을} "
    "{높여 줍니다|올려 줍니다|강화해 줍니다}.",
    "{충분한 수면은|잠을 푹 자는 것은|숙면은} {피로 회복에|몸의 회복에|컨디션 관리에} "
    "{꼭 필요합니다|매우 중요합니다|빠질 수 없습니다}.",
    "{물을 자주 마시는 것도|수분을 충분히 섭취하는 것도|하루 여덟 잔의 물도} "
    "{건강에 큰 도움이 됩니다|몸에 아주 좋습니다|잊지 말아야 합니다}.",
    "{이상으로|지금까지|오늘은 이렇게} {건강 습관에 대해|몸에 좋은 습관을|건강 관리 방법을} "
    "{알아보았습니다|살펴보았습니다|정리했습니다}.",
)
SHARE_BUTTONS = (
    "공유하기",
    "페이스북",
    "트위터",
    "카카오톡",
    "카카오스토리",
    "밴드",
    "URL 복사",
    "스크랩",
    "인쇄",
    "글자 크기",
    "좋아요 0",
    "댓글 0",
    "구독하기",
    "관련 기사",
    "이전 기사",
    "다음 기사",
    "맨 위로",
)
# Junk kinds that written_train.txt also holds, written per document for the model.
WRITTEN_JUNK = frozenset({"translationese", "fluent-spam"})
# Hand-written translationese (literal renderings of English): 그/그녀, 의해, 가지다,
# ~하는 것이 가능하다, ~것이다 endings, English word order and plural 들.
TRANSLATIONESE = (
    "그녀는 그녀의 가방을 그녀의 무릎 위에 놓았고 그녀의 눈들은 창문을 향해 있었다.",
    "이 문제는 많은 전문가들에 의해 논의되어 왔던 것이다.",
    "사용자는 설정 메뉴를 통하여 언어를 변경하는 것이 가능하다.",
    "그는 그가 그의 아버지에 의해 사랑받지 못했다는 것을 느꼈던 것이다.",
    "우리는 좋은 시간을 가졌고 우리는 다시 만나기로 결정을 내렸다.",
    "그 회의는 다음 주 월요일에 개최될 예정인 것으로 보여진다.",
    "이것은 그들의 삶에 있어서 중요한 역할을 하는 것이다.",
    "당신은 당신의 비밀번호를 잊어버린 경우에 그것을 재설정하는 것이 가능하다.",
    "그녀는 그에게 미소를 지었고, 그는 그녀에게 다시 미소를 지었다.",
    "이 제품은 최고의 품질을 가지고 있으며 고객들에 의해 높게 평가되어진다.",
    "그것은 내가 지금까지 가졌던 것 중에서 가장 좋은 경험이었던 것이다.",
    "회사는 새로운 정책을 도입함에 의해 비용을 줄이는 것을 목표로 한다.",
    "그는 그 자신이 무엇을 해야 하는지에 대해 확신을 가지지 못했다.",
    "많은 사람들이 그 영화에 의해 감동을 받았다고 말해진다.",
    "그녀는 그녀의 친구들과 함께 파티를 가지는 것을 좋아하는 것이다.",
    "이 연구는 기후 변화가 농업에 미치는 영향에 대한 이해를 제공하는 것을 목적으로 한다.",
    "그들은 그들의 아이들을 위해 더 나은 미래를 가지기를 원했던 것이다.",
    "데이터는 서버에 의해 처리되어지고 그 결과는 사용자에게 보내어진다.",
    "그는 그 문을 열었고 그리고 그는 방 안으로 걸어 들어갔다.",
    "나는 당신이 이 정보가 유용하다는 것을 발견하기를 희망한다.",
    "그녀는 그녀가 옳았다는 것을 증명하는 것이 가능했던 것이다.",
    "이 기능은 관리자에 의해서만 활성화되는 것이 가능하다.",
    "그것은 우리가 그것에 대해 이야기할 필요가 있는 어떤 것이다.",
    "그는 깊은 숨을 가졌고 그리고 그의 눈을 감았다.",
    "그 도시는 그것의 아름다운 건축물들로 잘 알려져 있는 것이다.",
    "학생들은 그들의 숙제를 제시간에 제출하는 것이 요구되어진다.",
    "그녀의 목소리는 부드러웠고 그것은 그를 편안하게 만들었다.",
    "이 책은 세 개의 부분들로 구성되어 있으며 각각의 부분은 다른 주제를 다룬다.",
    "우리의 팀은 고객의 만족을 위해 최선의 노력을 가하는 것이다.",
    "그는 그가 그녀를 다시 볼 수 있을 것이라고 믿지 않았다.",
    "이 방법에 의하여 사용자들은 더 빠르게 파일들을 찾는 것이 가능하게 된다.",
    "그 결정은 위원회에 의해 만장일치로 내려졌던 것이다.",
    "그녀는 그 편지를 읽었고 그녀의 얼굴은 창백해졌다.",
    "당신의 계정은 보안상의 이유들로 인하여 일시적으로 정지되어졌다.",
    "그것은 그가 그의 인생에서 만들었던 가장 어려운 결정이었다.",
    "이 앱은 당신이 당신의 일정을 관리하는 것을 도와주는 것이다.",
    "그들은 저녁 식사를 가진 후에 공원에서 산책을 가졌다.",
    "그는 그 질문에 대답하는 것이 가능하지 않았던 것이다.",
    "이 보고서는 정부에 의해 지난달에 발표되어졌던 것이다.",
    "그녀는 그녀 자신을 믿는 것을 배우는 것이 필요했다.",
)
# Hand-written fluent spam: grammatical, no gambling words, nothing but a pitch.
FLUENT_SPAM = (
    "지금 바로 상담을 신청하시면 누구나 부담 없이 시작하실 수 있습니다.",
    "단 일주일 만에 놀라운 변화를 직접 경험해 보세요.",
    "이미 수많은 고객님들이 만족하신 검증된 방법입니다.",
    "오늘 신청하시는 분들께만 특별한 혜택을 드리고 있습니다.",
    "복잡한 절차 없이 전화 한 통이면 모든 것이 해결됩니다.",
    "더 이상 고민하지 마시고 지금 바로 연락 주세요.",
    "전문 상담사가 여러분의 상황에 꼭 맞는 해결책을 찾아 드립니다.",
    "한정된 수량만 준비되어 있으니 서둘러 주시기 바랍니다.",
    "만족하지 못하시면 조건 없이 전액 환불해 드립니다.",
    "하루 십 분 투자로 인생이 달라지는 기적을 만나 보세요.",
    "지금까지 이런 기회는 없었습니다.",
    "주변 사람들이 먼저 알아보고 놀라워하실 겁니다.",
    "저희는 고객님의 성공을 가장 먼저 생각합니다.",
    "신청 방법은 아주 간단합니다. 아래 번호로 문자만 남겨 주세요.",
    "이번 달까지만 진행되는 이벤트이니 놓치지 마세요.",
    "수년간의 연구 끝에 탄생한 특별한 비법을 공개합니다.",
    "믿기 어려우시겠지만 모든 후기는 실제 고객님들의 이야기입니다.",
    "누구에게도 알려지지 않았던 방법을 이제 여러분께만 알려 드립니다.",
    "집에서도 간편하게 시작할 수 있어 바쁜 분들께 딱 맞습니다.",
    "첫 달 이용료는 무료이며 언제든지 해지하실 수 있습니다.",
    "전국 어디서나 빠르고 친절하게 도와드리겠습니다.",
    "망설이는 순간 기회는 다른 분께 넘어갑니다.",
    "지금 시작하시면 다음 달에는 완전히 다른 모습을 보시게 될 겁니다.",
    "가족과 친구에게도 자신 있게 추천하실 수 있습니다.",
    "상담은 무료이고 비밀은 철저하게 보장됩니다.",
    "오늘이 바로 여러분의 인생을 바꿀 첫날입니다.",
    "많은 분들이 왜 진작 시작하지 않았을까 후회하십니다.",
    "지금 이 글을 보고 계신 것 자체가 행운입니다.",
    "간단한 정보만 입력하시면 맞춤 혜택을 바로 확인하실 수 있습니다.",
    "남들보다 한발 앞서 시작하세요.",
)


def split_pool(pool: Sequence[str], held_out: bool) -> list[str]:
    """Alternate sentences go to each split, so held-out junk is unseen text."""
    return list(pool[int(held_out) :: 2])


def _paragraphs(rng: random.Random, sentences: Sequence[str], low: int, high: int) -> str:
    """Paragraphs of 2-4 sentences, ``low..high`` of them, drawn with replacement: a template
    page repeats its sentences."""

    def paragraph() -> str:
        return " ".join(rng.sample(list(sentences), min(len(sentences), rng.randint(2, 4))))

    return "\n".join(paragraph() for _ in range(rng.randint(low, high)))


def _distinct_paragraphs(rng: random.Random, pool: Sequence[str], low: int, high: int) -> str:
    """``low..high`` sentences of the pool, none twice, in paragraphs of three: fluent junk
    must not be caught by repetition alone."""
    chosen = rng.sample(list(pool), min(len(pool), rng.randint(low, high)))
    return "\n".join(" ".join(chosen[i : i + 3]) for i in range(0, len(chosen), 3))


def templated(rng: random.Random) -> str:
    """One SEO landing page of a region x service template: the phrase in every sentence."""
    region, service = rng.choice(TEMPLATE_REGIONS), rng.choice(TEMPLATE_SERVICES)
    sentences = [t.format(r=region, s=service) for t in TEMPLATE_SENTENCES]
    title = f"{region} {service} 추천 | {region} {service} 가격 | {region} {service} 후기"
    return f"{title}\n{_paragraphs(rng, sentences, 4, 8)}"


def _spin(rng: random.Random, template: str) -> str:
    out, rest = [], template
    while "{" in rest:
        before, _, tail = rest.partition("{")
        choices, _, rest = tail.partition("}")
        out += [before, rng.choice(choices.split("|"))]
    return "".join(out) + rest


def spun(rng: random.Random) -> str:
    """An article spinner's output: the same short article several times, synonyms swapped."""
    versions = rng.randint(3, 6)
    return "\n".join(" ".join(_spin(rng, t) for t in SPINTAX) for _ in range(versions))


def keyword_stuffed(rng: random.Random, sentences: Sequence[str]) -> str:
    """Real sentences with a keyword phrase pushed into every one of them (a hidden-text
    SEO block): fluent on its own, stuffed as a page."""
    keyword = rng.choice(junk.SEO_KEYWORDS)
    chosen = rng.sample(list(sentences), rng.randint(8, 16))
    stuffed = [f"{keyword} {s} {keyword} {rng.choice(junk.SEO_KEYWORDS)}" for s in chosen]
    return "\n".join(" ".join(stuffed[i : i + 2]) for i in range(0, len(stuffed), 2))


def keyword_list(rng: random.Random) -> str:
    return junk.keyword_spam(rng)


def page_shell(rng: random.Random, sentences: Sequence[str]) -> str:
    """A page with one sentence of content inside menus, share buttons and footers."""
    header = rng.sample(snippets.MENU_LINES, rng.randint(2, 4))
    buttons = rng.sample(SHARE_BUTTONS, rng.randint(6, 12))
    footer = rng.sample(snippets.PAGE_FOOTERS, rng.randint(2, 4))
    return "\n".join((*header, rng.choice(sentences), *buttons, *footer))


def _cp1252(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


def _cp949(text: str) -> str:
    return text.encode("utf-8").decode("cp949", errors="replace")


def _replacement_bytes(text: str) -> str:
    """Every Hangul syllable became U+FFFD, whose UTF-8 bytes re-read as CP949 are 占쏙옙."""
    return "".join("占쏙옙" if "가" <= c <= "힣" else c for c in text)


def _fffd_runs(rng: random.Random, text: str) -> str:
    """Most non-ASCII characters lost to U+FFFD, as a bad transcode leaves them."""
    return "".join("\ufffd" if ord(c) > 127 and rng.random() < 0.8 else c for c in text)


MOJIBAKE: dict[str, Callable[[random.Random, str], str]] = {
    "utf8-as-cp1252": lambda rng, t: _cp1252(t),
    "utf8-as-cp949": lambda rng, t: _cp949(t),
    "占쏙옙": lambda rng, t: _replacement_bytes(t),
    "fffd-runs": _fffd_runs,
}


def mojibake(rng: random.Random, texts: Sequence[str]) -> str:
    """A real document mis-decoded one of the ways Korean pages are."""
    name = rng.choice(sorted(MOJIBAKE))
    return MOJIBAKE[name](rng, rng.choice(texts))


def translationese(rng: random.Random, held_out: bool) -> str:
    return _distinct_paragraphs(rng, split_pool(TRANSLATIONESE, held_out), 8, 14)


def fluent_spam(rng: random.Random, held_out: bool) -> str:
    return _distinct_paragraphs(rng, split_pool(FLUENT_SPAM, held_out), 8, 14)
