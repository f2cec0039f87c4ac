"""Round en563: a person named by a title alone gets an English gloss of the title (rasd.entities.titlegloss), not a
romanised common noun («رئيس الحكومة الفرنسية» was "Reyes al-Hakuma al-Vuitton"); named people keep their Latin."""

from __future__ import annotations

from rasd import analyze
from rasd.entities.gazetteer import load
from rasd.entities.titlegloss import title_gloss


def _latin(text: str, name: str) -> str | None:
    doc = analyze(text, "2015-05-01")
    return next(e.latin for e in doc.entities if e.type == "PERSON" and e.name == name)


def test_feminine_adjective_of_the_body() -> None:
    assert _latin("وقال رئيس الحكومة الفرنسية إن بلاده تدعم الحل السياسي في سوريا.",
                  "رئيس الحكومة الفرنسية") == "Head of the French Government"
    assert _latin("وزار وكيل وزارة الخارجية السعودية العاصمة الأردنية عمان.",
                  "وكيل وزارة الخارجية السعودية") == "Undersecretary of the Saudi Ministry of Foreign Affairs"


def test_masculine_adjective_of_the_office_holder() -> None:
    assert _latin("وقال الرئيس السوري إن الحرب ستستمر.", "الرئيس السوري") == "President of Syria"
    assert _latin("وأعلن رئيس الوزراء العراقي أن الحكومة ستعقد اجتماعا.",
                  "رئيس الوزراء العراقي") == "Prime Minister of Iraq"
    assert _latin("وصرح نائب وزير الخارجية الياباني بأن بلاده ستقدم مساعدات.",
                  "نائب وزير الخارجية الياباني") == "Deputy Minister of Foreign Affairs of Japan"


def test_places_by_their_english_names() -> None:
    assert _latin("وقال وزير مالية سريلانكا إن الحكومة سترفع الضرائب على الواردات.",
                  "وزير مالية سريلانكا") == "Minister of Finance of Sri Lanka"
    # the preposition is translated, not romanised ("Vee al-Kuyt")
    assert _latin("وقال النائب العام في الكويت إن التحقيق انتهى.",
                  "النائب العام في الكويت") == "Attorney General in Kuwait"
    assert _latin("واجتمع محافظ القاهرة مع وفد من المستثمرين.", "محافظ القاهرة") == "Governor of Cairo"


def test_named_people_keep_their_latin() -> None:
    assert _latin("وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار.", "سيرغي لافروف") == "Sergei Lavrov"
    assert _latin("وقال محافظ عدن نايف البكري إن المدينة آمنة.", "نايف البكري") == "Nayef Bacri"


def test_no_gloss_for_names_or_unknown_words() -> None:
    g = load()
    assert title_gloss("قائد نصر", ["الناطق باسم جبهة العند"], g) is None  # a name, not his title
    assert title_gloss("وزير الشؤون الاجتماعية", ["وزير الشؤون الاجتماعية"], g) is None  # a word not in the table
    assert title_gloss("رئيس الوزراء العراقي السفير", ["رئيس الوزراء العراقي السفير"], g) is None  # two offices
    assert title_gloss("وزير الدفاع البريطاني", ["وزير الدفاع البريطاني"], g) == \
        "Minister of Defence of the United Kingdom"
