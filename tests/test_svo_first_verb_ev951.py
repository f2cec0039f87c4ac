"""Round ev951: a named subject at the clause's start parted from its first verb by a relative aside or a short
phrase is that verb's source, and the source of a verb in «و» that goes on a relative clause set off by a comma on
the name (``events.svo_openers``, asked by ``carry.clause_prior``)."""

from __future__ import annotations

from conftest import news_event_rows


def _row(text: str, trigger: str) -> tuple[str, str, str | None, str | None, str]:
    rows = [r for r in news_event_rows(text) if r[1] == trigger]
    assert rows, f"no event {trigger!r} in {news_event_rows(text)}"
    return rows[0]


def test_masculine_past_after_a_relative_aside() -> None:
    text = "رئيس الوزراء الكندي ستيفن هاربر، الذي وصل صباح أمس إلى بغداد، زار مقر السفارة الكندية."
    code, _, source, _, modality = _row(text, "زار")
    assert (code, source, modality) == ("042", "ستيفن هاربر", "asserted")


def test_present_verb_after_a_word_of_time() -> None:
    text = "وزير الخارجية الألماني فرانك فالتر شتاينماير غدا يزور طهران."
    code, _, source, target, _ = _row(text, "يزور")
    assert (code, source, target) == ("042", "فرانك فالتر شتاينماير", "طهران")


def test_verb_in_and_after_the_relative_clause_on_the_name() -> None:
    text = "الرئيس التونسي الباجي قائد السبسي، الذي وصل أمس إلى الجزائر، وزار مقر البرلمان الجزائري."
    code, _, source, _, _ = _row(text, "وزار")
    assert (code, source) == ("042", "الباجي قائد السبسي")


def test_fronted_object_with_its_pronoun_is_no_source() -> None:
    # «زارها»: «طهران» is the verb's object, fronted; the visitor follows the verb
    text = "طهران، التي تشهد حراكا دبلوماسيا، زارها وزير الخارجية الألماني أمس."
    assert _row(text, "زارها")[2] != "طهران"


def test_object_pronoun_keeps_the_subject_after_the_verb() -> None:
    text = "رئيس الوزراء الكندي ستيفن هاربر، الذي وصل أمس إلى بغداد، استقبله الرئيس العراقي فؤاد معصوم."
    code, _, source, target, _ = _row(text, "استقبله")
    assert (code, source, target) == ("043", "فؤاد معصوم", "ستيفن هاربر")


def test_a_body_does_not_take_a_masculine_verb() -> None:
    # «استقبل»: masculine, its subject after it («وزير خارجيتها»), not the feminine body before the aside
    text = "الحكومة العراقية، في خطوة مفاجئة، استقبل وزير خارجيتها الوفد الإيراني."
    assert _row(text, "استقبل")[2] is None


def test_name_inside_a_preceding_phrase_is_no_source() -> None:
    text = "مع الرئيس الروسي فلاديمير بوتين في موسكو زار الوزير الكرملين."
    assert _row(text, "زار")[2] is None


def test_subject_right_before_its_verb_unchanged() -> None:
    text = "الرئيس الفرنسي فرنسوا هولاند زار مقر مجلس التعاون في الرياض أمس."
    code, _, source, _, _ = _row(text, "زار")
    assert (code, source) == ("042", "فرنسوا هولاند")
