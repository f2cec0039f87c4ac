"""Numbers in digits and words: values, ordinals, spans, and what must not be read as a number."""

from __future__ import annotations

import pytest

from rasd import Doc, Pipeline
from rasd.text.numbers import parse_digits, parse_number_words


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["tokens", "numbers"])


def found(nlp: Pipeline, text: str) -> list[tuple[str, int | float, bool]]:
    doc = nlp(text)
    for n in doc.numbers:
        assert doc.text[n.start : n.end] == n.text
    return [(n.text, n.value, n.ordinal) for n in doc.numbers]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("ثلاثة عشر", (13, 2, False)),
        ("الثالث عشر", (13, 2, True)),
        ("الثلث عشر", (13, 2, True)),  # the seed's typo for «الثالث عشر»
        ("مائة وخمسون", (150, 2, False)),
        ("مئة وخمسون", (150, 2, False)),
        ("400 ألف", (400000, 2, False)),
        ("٤٠٠ ألف", (400000, 2, False)),
        ("ثلاثة ملايين", (3000000, 2, False)),
        ("ألفين", (2000, 1, False)),
        ("لألفي", (2000, 1, False)),
        ("الحادي والعشرين", (21, 2, True)),
        ("عشرين", (20, 1, False)),
        ("مليار", (1000000000, 1, False)),
        ("نصف مليون", (500000, 2, False)),
        ("1.5 مليون", (1500000, 2, False)),
        ("وخمسون", (50, 1, False)),
        ("بثلاثة", (3, 1, False)),
        ("خمسة وعشرون ألفا", (25000, 3, False)),
        ("ألف وخمسمائة", (1500, 2, False)),
        ("مليونان وثلاثمائة ألف", (2300000, 3, False)),
        ("ثلاث مائة", (300, 2, False)),
        ("مائة وخمسة وعشرون", (125, 3, False)),
        ("اثنتي عشرة", (12, 2, False)),
        ("إحدى عشرة سنة", (11, 2, False)),
        ("مليون ونصف لاجئ", (1500000, 2, False)),
        ("ثلاثة عشر ألفا", (13000, 3, False)),
        ("سبعمائة وخمسون مليون دولار", (750000000, 3, False)),
        ("العشرين", (20, 1, True)),  # «القرن العشرين»
        ("الخمسين مليونا", (50000000, 2, False)),  # a definite ten counting a scale is no ordinal
        ("الثَّالِثَ عَشَرَ", (13, 2, True)),  # diacritics
        ("ثلاثة وأربعة", (3, 1, False)),  # two numbers, not 7 or 34
        ("عشرين ثلاثة", (20, 1, False)),
        ("الحادي عشر ألف", (11, 2, True)),  # an ordinal never takes a scale
        ("خمسة و عشرون", (25, 3, False)),  # a detached و
        ("الحادي و العشرين من", (21, 3, True)),
        ("خمسة و", (5, 1, False)),
        ("خمسة و من", (5, 1, False)),
    ],
)
def test_parse_number_words(words: str, expected: tuple[int | float, int, bool]) -> None:
    got = parse_number_words(words.split())
    assert got is not None and (got[0], got[1], got[2]) == expected
    assert type(got[0]) is type(expected[0])  # 400000 is an int, not 400000.0


@pytest.mark.parametrize(
    "words",
    ["أحد", "إحدى", "آلاف", "ملايين", "الثلث", "نصف", "ربع", "الحادي", "وأحد", "مية", "كمية", "من", ""],
)
def test_words_that_are_no_number_alone(words: str) -> None:
    assert parse_number_words(words.split()) is None


@pytest.mark.parametrize(
    ("s", "value"),
    [("51", 51), ("1,000", 1000), ("١٬٠٠٠", 1000), ("1,000,000", 1000000), ("3.5", 3.5), ("٣٫٥", 3.5),
     ("۱۲", 12), ("3,5", 3.5), ("2014", 2014)],
)  # fmt: skip
def test_parse_digits(s: str, value: int | float) -> None:
    got = parse_digits(s)
    assert got == value and type(got) is type(value)


@pytest.mark.parametrize("s", ["1,00,0", "1.2.3", "12a", ""])
def test_parse_digits_refuses(s: str) -> None:
    assert parse_digits(s) is None


def test_seed_numbers(seed_doc: Doc) -> None:
    got = [(n.text, n.value) for n in seed_doc.numbers]
    for want in [("30", 30), ("150", 150), ("51", 51), ("13", 13), ("11", 11), ("الثلث عشر", 13)]:
        assert want in got
    t = seed_doc.text
    for n in seed_doc.numbers:
        assert t[n.start : n.end] == n.text
    anniversary = next(n for n in seed_doc.numbers if n.text == "13")
    assert t[anniversary.start - 7 : anniversary.start] == "الذكرى "
    sept = next(n for n in seed_doc.numbers if n.text == "11")
    assert t[sept.end : sept.end + 6] == " أيلول"
    typo = next(n for n in seed_doc.numbers if n.text == "الثلث عشر")
    assert typo.ordinal
    assert [n.start for n in seed_doc.numbers] == sorted(n.start for n in seed_doc.numbers)


def test_digits_in_text(nlp: Pipeline) -> None:
    assert found(nlp, "زار 400 ألف شخص و١٬٠٠٠ آخرون و٣٫٥ مليون دولار و1,250 جنديا") == [
        ("400 ألف", 400000, False),
        ("١٬٠٠٠", 1000, False),
        ("٣٫٥ مليون", 3500000, False),
        ("1,250", 1250, False),
    ]


def test_dates_times_and_codes_are_not_numbers(nlp: Pipeline) -> None:
    text = "في 2014-10-09 و11/9/2001 و09.10.2014 الساعة 10:30 طائرة F16 وقمة G20 عام 2014"
    assert found(nlp, text) == [("2014", 2014, False)]


def test_words_in_text_with_clitics(nlp: Pipeline) -> None:
    text = "قتل ثلاثة عشر شخصا في الحادي والعشرين من الشهر وبثلاثة ملايين دولار لألفي لاجئ وخمسون آخرون"
    assert found(nlp, text) == [
        ("ثلاثة عشر", 13, False),
        ("الحادي والعشرين", 21, True),
        ("ثلاثة ملايين", 3000000, False),  # the span leaves the proclitics و ب out
        ("ألفي", 2000, False),
        ("خمسون", 50, False),
    ]


def test_article_stays_in_span_and_lam_lam(nlp: Pipeline) -> None:
    assert found(nlp, "وللثلاثة وبالثالث عشر") == [("ثلاثة", 3, False), ("الثالث عشر", 13, True)]


def test_digits_after_the_article_are_ordinal(nlp: Pipeline) -> None:
    assert found(nlp, "الذكرى الـ13 والـ 20 و13") == [("13", 13, True), ("20", 20, True), ("13", 13, False)]


def test_context_rules(nlp: Pipeline) -> None:
    text = (
        "في كانون الأول وتشرين الثاني جاء بعد 30 ثانية يوم الاثنين، وارتفع 50 في المائة و7 بالمائة، "
        "وأحد العناصر والعدد الأولي ولست أدري والجولة الثانية"
    )
    assert found(nlp, text) == [("30", 30, False), ("50", 50, False), ("7", 7, False), ("الثانية", 2, True)]


def test_line_break_ends_a_number(nlp: Pipeline) -> None:
    assert found(nlp, "ثلاثة\nعشر") == [("ثلاثة", 3, False), ("عشر", 10, False)]
    assert found(nlp, "ثلاثة، عشر") == [("ثلاثة", 3, False), ("عشر", 10, False)]


def test_detached_conjunction(nlp: Pipeline) -> None:
    assert found(nlp, "في الحادي و العشرين من الشهر و 5 دول") == [("الحادي و العشرين", 21, True), ("5", 5, False)]


def test_ordinals_and_cardinals_alone(nlp: Pipeline) -> None:
    assert found(nlp, "للمرة الأولى منذ عشر سنوات وخمس دول") == [
        ("الأولى", 1, True),
        ("عشر", 10, False),
        ("خمس", 5, False),
    ]


def test_lexicon_table_is_well_formed() -> None:
    from importlib import resources

    from rasd.text.numbers import lexicon

    rows = [
        line.split("\t")
        for line in resources.files("rasd").joinpath("data/numbers/words.tsv").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert all(len(r) == 5 for r in rows)
    assert len(lexicon()) == len(rows)  # no two forms fold to the same key
    assert {e.kind for e in lexicon().values()} == {"unit", "ten", "hundred", "scale", "fraction"}
    for e in lexicon().values():
        assert e.teen is None or 1 <= e.teen <= 9
