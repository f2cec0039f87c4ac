"""Round ev932: a named subject before the first verb of its clause (SVO) is the subject of a later verb in «و/ف»
that has none of its own (``events.svo_openers``, asked by ``carry.clause_prior``)."""

from __future__ import annotations

from conftest import news_event_rows


def _row(text: str, trigger: str) -> tuple[str, str, str | None, str | None, str]:
    rows = [r for r in news_event_rows(text) if r[1] == trigger]
    assert rows, f"no event {trigger!r} in {news_event_rows(text)}"
    return rows[0]


def test_present_verb_after_comma_takes_the_opening_name() -> None:
    text = "الرئيس السوري بشار الأسد يحشد قواته قرب حلب، ويهدد أمنها بهجوم واسع."
    code, _, source, _, modality = _row(text, "ويهدد")
    assert (code, source, modality) == ("130", "بشار الأسد", "asserted")


def test_name_set_off_by_a_relative_aside_over_the_vso_object() -> None:
    # «ساندت الوساطة»/«ساندت الكويت»: the phrase after the first verb is its object, not the subject of «ونددت»
    text = "قطر، التي تستضيف المحادثات منذ أشهر، ساندت الكويت في أزمتها، بل ونددت بالهجوم على القافلة."
    code, _, source, _, _ = _row(text, "ونددت")
    assert (code, source) == ("111", "قطر")


def test_name_before_a_short_phrase_then_its_verb() -> None:
    text = "تركيا في هذه المرحلة تساند المعارضة السورية، وتندد بالقصف على المدن."
    code, _, source, _, _ = _row(text, "وتندد")
    assert (code, source) == ("111", "تركيا")


def test_a_verb_of_another_form_takes_no_opening_name() -> None:
    # the first verb is feminine («ساندت»), the verb in «و» masculine: another subject («الجميع»)
    text = "السعودية ساندت الكويت في أزمتها، ويدين الجميع الغزو."
    assert _row(text, "ويدين")[2] is None


def test_no_name_across_a_relative_clause() -> None:
    # «التي تحاصرها المعارضة، وتهدد»: the verb in «و» may go on the relative clause
    text = "الأسد يحشد قواته قرب المدينة التي تحاصرها المعارضة، وتهدد سكانها بالقصف."
    assert _row(text, "وتهدد")[2] is None


def test_vso_opener_unchanged() -> None:
    text = "وحمل المحتجون لافتات في الساحة، وطالبوا الحكومة بالاستقالة."
    assert _row(text, "وطالبوا")[:4] == ("100", "وطالبوا", "المحتجون", "الحكومة")


def test_adjective_after_the_verb_is_no_source() -> None:
    # «بالتدخل العسكري»: a word of the object is no actor; the state named before the first verb acts
    text = "إيران في تلك المرحلة ساندت الحوثيين في حربهم، بل ونددت بالتدخل العسكري."
    code, _, source, _, _ = _row(text, "ونددت")
    assert (code, source) == ("111", "إيران")
