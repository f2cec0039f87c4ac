"""Round tf1027: the weekday tail of a day adverb (round au991) lets a noun trigger's subject search go on past it
only where the sentence does not open with the phrases of a verbless caption: «مجلة ... اليوم الخميس مطالبة» is a
caption of no person, no one's (events.captions.caption_sources gives a person only)."""

from __future__ import annotations

from conftest import news_arg


def test_a_magazine_caption_past_a_weekday_is_no_ones() -> None:
    text = "مجلة دير شبيغل الألمانية اليوم الخميس مطالبة بفرض عقوبات جديدة على الحكومة."
    assert news_arg(text, "مطالبة") == ""


def test_a_person_caption_past_a_weekday_is_still_the_persons() -> None:
    text = "وزير الخارجية البريطاني فيليب هاموند أمس الخميس مطالبة بضرورة وقف إطلاق النار في اليمن."
    assert news_arg(text, "مطالبة") == "فيليب هاموند"


def test_a_verb_before_the_weekday_still_lets_the_search_go_on() -> None:
    text = "وكان وزير الخارجية الإيطالي باولو جينتيلوني وصل روما أمس الخميس في زيارة لنظيره التونسي."
    assert news_arg(text, "زيارة") == "باولو جينتيلوني"


def test_a_verb_the_chunker_takes_in_opens_no_caption() -> None:
    text = ("وكان وزير الخارجية الإيطالي باولو جينتيلوني في الجزائر. وانضم الوزير الإيطالي أمس الجمعة إلى "
            "المشاورات التي بدأت مساء الخميس.")
    assert news_arg(text, "المشاورات") == "باولو جينتيلوني"
