"""A hand-labelled set of kowiki-style wikitext pages and the plain text a reader should make
of each (written for this project, not taken from Wikipedia): each page holds one or two of
the constructs that leave markup behind in naive converters."""

LABELLED: tuple[tuple[str, str], ...] = (
    (
        "'''서울특별시'''는 [[대한민국]]의 [[수도]]이다.\n[[분류:대한민국의 도시]]",
        "서울특별시는 대한민국의 수도이다.",
    ),
    (
        "[[파일:Seoul skyline.jpg|섬네일|250px|서울의 [[스카이라인]]]]\n한강이 도시를 가로지른다.",
        "한강이 도시를 가로지른다.",
    ),
    (
        "__TOC__\n부산은 항구 도시이다.<ref>{{웹 인용|url=https://a.example|제목=부산}}</ref>",
        "부산은 항구 도시이다.",
    ),
    (
        "{{정보상자 사람\n| 이름 = 세종\n| 출생 = 1397년\n}}\n"
        "'''세종'''은 조선의 임금이다.{{출처 필요}}",
        "세종은 조선의 임금이다.",
    ),
    (
        "== 생애 ==\n1418년 즉위하였다.\n== 각주 ==\n<references />",
        "생애\n1418년 즉위하였다.",
    ),
    (
        '한글은 [[훈민정음|훈민정음]]에서 비롯되었다.\n{| class="wikitable"\n! 자음 !! 모음\n|-\n'
        "| 14 || 10\n|}",
        "한글은 훈민정음에서 비롯되었다.",
    ),
    (
        "<gallery>\n그림:A.jpg|첫째\nFile:B.jpg|둘째\n</gallery>\n경복궁은 조선의 법궁이다.",
        "경복궁은 조선의 법궁이다.",
    ),
    (
        "김치는 발효 음식이다.\n[[en:Kimchi]]\n[[ja:キムチ]]\n[[zh-yue:泡菜]]",
        "김치는 발효 음식이다.",
    ),
    (
        "* [[사과]]\n* [[배 (과일)|배]]\n# 감\n과일 &amp; 채소 &lt;목록&gt;",
        "사과\n배\n감\n과일 & 채소 <목록>",
    ),
    (
        "<!-- 편집 주의 -->한라산은 [[제주도]]에 있다. [https://www.jeju.example 공식 누리집]",
        "한라산은 제주도에 있다. 공식 누리집",
    ),
    (
        "[[Image:Map.png|thumb|지도]][[Category:Islands]]독도는 동해에 있는 섬이다.",
        "독도는 동해에 있는 섬이다.",
    ),
    (
        "=== 어원 ===\n'''''막걸리'''''는 ''막 거른 술''이라는 뜻이다.<ref name=\"a\" />",
        "어원\n막걸리는 막 거른 술이라는 뜻이다.",
    ),
    (
        "온도는 <math>100^\\circ C</math>에서 끓는다고 한다.\n{{각주}}\n[[분류:물리학]]",
        "온도는 에서 끓는다고 한다.",
    ),
    (
        "[[:분류:한국의 산]] 문서를 보라.\n{{위키공용분류|Mountains of Korea}}",
        "분류:한국의 산 문서를 보라.",
    ),
)
