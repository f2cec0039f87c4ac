"""Speed round 220 (no output change): the passes of the events and quotes layers that return at once where none of
their words is in the article (``retrospect._earlier_told``, ``anniversary_acts._passings``,
``homelands._homeland_source``, ``opening_according.has_hasb``, ``nonevents._habitual``,
``background.no_day_told``), the chunker's one-string caches (``chunks.opens_none``, ``may_join``) and its
tests asked before their caches, and ``word_tests.finite_verb``, which asks what its cached tests ask first before
their caches. Each rule still reads what it read before. Hand-made sentences."""

from __future__ import annotations

from rasd.events.chunks import may_join, opens_none, chunk_flags
from rasd.events.word_tests import finite_verb

from conftest import analyze_news, news_arg, news_date, news_quote_rows, news_triggers


def test_an_act_after_an_earlier_time_no_day_names_has_no_day() -> None:
    assert news_date("واعتقلت الشرطة في وقت سابق من هذا العام ناشطا بارزا في العاصمة.", "واعتقلت") is None
    # counter-case: a day told, the act is of that day
    assert news_date("واعتقلت الشرطة أمس ناشطا بارزا في العاصمة.", "واعتقلت") == "2015-08-01"


def test_an_anniversary_dates_its_act_years_back() -> None:
    assert news_date("ونظم السكان وقفة بمناسبة مرور عام على اغتيال الصحفي في العاصمة.", "اغتيال") == "2014-08"
    assert news_date("ونظم السكان وقفة بمناسبة مرور عامين على اغتيال الصحفي في العاصمة.", "اغتيال") == "2013-08"
    # counter-case: no «مرور»: the article's day
    assert news_date("ونظم السكان وقفة للتنديد باغتيال الصحفي في العاصمة.", "باغتيال") == "2015-08-02"


def test_his_country_after_a_complementizer_is_the_doer() -> None:
    text = "وقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده ستشارك في الضربات الجوية ضد التنظيم."
    assert news_arg(text, "الضربات") == "تركيا"
    # counter-case: «الحكومة», no «بلاده»: no country made the doer
    assert news_arg(text.replace("بلاده", "الحكومة"), "الضربات") == ""


def test_according_to_at_the_head_of_a_sentence_reports_what_follows_its_comma() -> None:
    rows = news_quote_rows("وحسب البيان، فإن الحكومة ستواصل دعم المزارعين في المناطق الريفية.")
    assert rows == [("وحسب", None, "البيان", "الحكومة ستواصل دعم المزارعين في المناطق الريفية", False)]
    # with its vowels written, the word is still found (a key drops them between its letters)
    rows = news_quote_rows("وحَسَب البيان، فإن الحكومة ستواصل دعم المزارعين في المناطق الريفية.")
    assert rows == [("وحَسَب", None, "البيان", "الحكومة ستواصل دعم المزارعين في المناطق الريفية", False)]
    # counter-case: «حسب» of measure inside a sentence reports nothing
    assert news_quote_rows("ووزعت الجمعية المساعدات حسب الحاجة على الأسر في المناطق الريفية.") == []


def test_the_chunker_tests_read_each_flag_apart() -> None:
    assert not may_join("طال", True) and may_join("طال", False)  # a targeting perfect, with verbs only
    assert opens_none("طال", True) and not opens_none("طال", False)
    assert opens_none("دعا", False) and opens_none("دعا", True)  # a defective past, either way
    assert may_join("الدولية", True) and may_join("الدولية", False)
    # (title, definite, number) of a phrase's first word: «و» read as a clitic only where the phrase opens with it
    assert chunk_flags("والوزير", True) == (True, True, False) and chunk_flags("والوزير", False) == (False, False, False)
    assert chunk_flags("وزير", True) == (False, False, False) and chunk_flags("وزير", False) == (True, False, False)
    assert chunk_flags("والمدينة", True) == (False, True, False) and chunk_flags("ثلاثة", False) == (False, False, True)


def test_a_finite_verb_shape_is_still_read() -> None:
    doc = analyze_news("وكثفت القوات غاراتها ويهاجم المسلحون المدينة فيما دعا الوزير إلى التهدئة في بيروت.")
    shape = {tok.text: finite_verb(tok) for tok in doc.tokens}
    assert shape["وكثفت"] and shape["ويهاجم"] and shape["دعا"]
    assert not shape["بيروت"] and not shape["القوات"] and not shape["المدينة"]  # «ـوت», a noun in «ـات», «ـة»


def test_an_act_whenever_another_happens_is_no_event() -> None:
    assert news_triggers("وتنظم الجمعيات مظاهرات عندما يزور المسؤولون المدينة.") == []
    # counter-cases: a day told, no «عندما»; «حين» is no word of habit here
    assert news_triggers("ونظمت الجمعيات مظاهرات أمس في المدينة.") == ["مظاهرات"]
    assert news_triggers("وتنظم الجمعيات مظاهرات حين يزور المسؤولون المدينة.") == ["مظاهرات", "يزور"]


def test_an_act_told_as_earlier_has_no_day() -> None:
    assert news_date("ورفضت الحكومة سابقا المقترح الذي قدمته المعارضة.", "ورفضت") is None
    assert news_date("ورفضت الحكومة في السابق المقترح الذي قدمته المعارضة.", "ورفضت") is None
    # counter-case: a day told
    assert news_date("ورفضت الحكومة أمس المقترح الذي قدمته المعارضة.", "ورفضت") == "2015-08-01"
