"""Protest wording the trigger lexicon missed (round oe237): setting oneself on fire («أحرق نفسه», «أضرم النار
في نفسه»), «إقفال الطريق» (a road block told with the masdar of «أقفل»), the masculine adjective «احتجاجي» («تجمعا احتجاجيا»), «حرق المتظاهرون», «المضربين عن الطعام», and the
protesters a trigger holds as its subject. Hand-made Arabic sentences."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


def _protest_codes(pipe: Pipeline, sentence: str) -> list[str]:
    return [e.code for e in pipe(sentence).events if e.plover == "PROTEST"]


def _plovers(pipe: Pipeline, sentence: str, word: str) -> list[str | None]:
    doc = pipe(sentence)
    return [e.plover for e in doc.events if word in doc.text[e.trigger.start : e.trigger.end]]


@pytest.mark.parametrize(("sentence", "word", "plover"), [
    ("وندد المتظاهرون بقرار الحكومة رفع أسعار الخبز.", "ندد", "ACCUSE"),
    ("وطالب المحتجون بإقالة وزير الداخلية ومحاسبة المسؤولين.", "طالب", "REQUEST"),
    ("وطالب المتظاهرين بالتفرق والعودة إلى منازلهم.", "طالب", "REQUEST"),
])  # fmt: skip
def test_a_demand_or_a_denunciation_stays_one_even_by_protesters(
    pipe: Pipeline, sentence: str, word: str, plover: str
) -> None:
    # OEDA's annotators code «وطالب المتظاهرون بـ» as no protest: the demand is a REQUEST of the protesters
    assert _plovers(pipe, sentence, word) == [plover]


@pytest.mark.parametrize("sentence", [
    "وكان بائع متجول قد أحرق نفسه أمام مقر الولاية.",
    "وأضرم النار في نفسه أمام مبنى البلدية صباح اليوم.",
])  # fmt: skip
def test_setting_oneself_on_fire_is_a_protest(pipe: Pipeline, sentence: str) -> None:
    assert "140" in _protest_codes(pipe, sentence)


@pytest.mark.parametrize("sentence", [
    "وأحرق المسلحون المبنى نفسه بعد اقتحامه.",
    "وأضرم المسلحون النار في المبنى نفسه.",
    "وأضرم مجهولون النار في مخزن للحبوب في القرية نفسها.",
])  # fmt: skip
def test_a_building_itself_burnt_is_no_protest(pipe: Pipeline, sentence: str) -> None:
    assert _protest_codes(pipe, sentence) == []


def test_closing_the_road_is_a_road_block(pipe: Pipeline) -> None:
    assert "144" in _protest_codes(pipe, "وعمد عشرات الشبان إلى إقفال الطريق الدولية بالإطارات المشتعلة.")


@pytest.mark.parametrize("sentence", [
    "وأدى إقفال الحقل إلى خسارة كبيرة في الإنتاج.",
    "وتقرر إقفال الملف نهائيا بعد التحقيق.",
])  # fmt: skip
def test_closing_a_field_or_a_file_is_no_road_block(pipe: Pipeline, sentence: str) -> None:
    assert _protest_codes(pipe, sentence) == []


def test_a_protest_gathering_with_the_masculine_adjective(pipe: Pipeline) -> None:
    assert "140" in _protest_codes(pipe, "ونظم العمال تجمعا احتجاجيا أمام مقر الوزارة.")


def test_a_note_of_protest_with_the_masculine_adjective_is_none(pipe: Pipeline) -> None:
    assert _protest_codes(pipe, "وأصدرت الوزارة بيانا احتجاجيا على تصريحات السفير.") == []


def test_protesters_burning_a_flag(pipe: Pipeline) -> None:
    assert "141" in _protest_codes(pipe, "وحرق المتظاهرون العلم أمام السفارة.")


def test_soldiers_burning_a_village_is_no_protest(pipe: Pipeline) -> None:
    assert _protest_codes(pipe, "وحرق الجنود القرية بعد انسحاب سكانها.") == []


def _source_text(pipe: Pipeline, sentence: str, word: str) -> list[str]:
    doc = pipe(sentence)
    out: list[str] = []
    for e in doc.events:
        if e.plover == "PROTEST" and word in doc.text[e.trigger.start : e.trigger.end]:
            span = e.attrs.get("source_span")
            out.append(doc.text[span[0] : span[1]] if isinstance(span, list) else "")
    return out


@pytest.mark.parametrize(("sentence", "word"), [
    ("ورفع المتظاهرون شعارات تندد بالحكومة.", "رفع"),
    ("وقطع المحتجون الطريق الدولية بالإطارات.", "قطع"),
])  # fmt: skip
def test_the_protesters_the_trigger_holds_are_its_source(pipe: Pipeline, sentence: str, word: str) -> None:
    assert _source_text(pipe, sentence, word) == [sentence.split()[1]]


def test_prisoners_on_hunger_strike(pipe: Pipeline) -> None:
    assert "142" in _protest_codes(pipe, "وتدهورت صحة الأسرى المضربين عن الطعام في السجن.")


def test_strikers_without_their_strike_are_no_hunger_strike(pipe: Pipeline) -> None:
    assert "142" not in _protest_codes(pipe, "وعاد الموظفون المضربون إلى مكاتبهم صباح اليوم.")
