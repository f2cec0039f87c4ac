"""Round ev952: a verb of threat or demand whose object is a party's pronoun («ويهدد أمنها», «يطالبها») is aimed
at the one named party the pronoun agrees with (events.pronoun_targets._verb_object)."""

from conftest import news_event_rows


def _row(text: str, trigger: str) -> tuple[str, str, str | None, str | None, str]:
    rows = [r for r in news_event_rows(text) if r[1] == trigger]
    assert rows, f"no event {trigger!r}"
    return rows[0]


def test_threat_to_owned_security_targets_the_holder() -> None:
    text = "أعلنت إيران أمس عن مناورات بحرية قرب الكويت، وهددت أمنها بتصريحات نارية."
    assert _row(text, "وهددت") == ("130", "وهددت", "إيران", "الكويت", "asserted")


def test_demand_with_object_pronoun_targets_the_state() -> None:
    text = "قال الوزير إن إسرائيل ترفض التفتيش، وإن مجلس الأمن يطالبها بفتح منشآتها أمام المفتشين."
    code, _, src, tgt, _ = _row(text, "يطالبها")
    assert (code, src, tgt) == ("100", "مجلس الأمن", "إسرائيل")


def test_relative_pronoun_resumes_its_antecedent_no_target() -> None:
    # «المعارضة التي تطالبه»: the pronoun is the relative clause's, no party is read from it
    text = "ووصل الرئيس التونسي الباجي قائد السبسي إلى الرياض، وهدد المعارضة التي تطالبه بالاستقالة."
    assert _row(text, "تطالبه")[3] is None


def test_two_agreeing_states_give_no_target() -> None:
    # both Kuwait and Qatar agree with «ـها»: a null is better than a guess
    text = "أعلنت إيران عن مناورات قرب الكويت وقطر، وهددت أمنها بتصريحات نارية."
    assert _row(text, "وهددت")[3] != "الكويت"
    assert _row(text, "وهددت")[3] != "قطر"
