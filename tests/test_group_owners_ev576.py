"""Round ev576 (events.group_owners): a noun act whose possessive pronoun is its doer («هجومها», «غاراته»,
«هجماتهم») and that has no source is done by the one group of people (a GROUP entity of the ``groups`` stage) that
the pronoun agrees with, named before it in its sentence or the one before; none where two parties agree, for a
plural of people under «ـه», or for a masdar whose pronoun is the one acted on («اعتقاله»)."""

from conftest import analyze_news, event_with_trigger_at


def _source(text: str, trigger: str) -> tuple[str, str]:
    """The name and type of the entity that is the source of the event at ``trigger`` ("", "" where none)."""
    doc = analyze_news(text)
    ev = event_with_trigger_at(doc, trigger)
    ent = doc.entity(ev.source) if ev.source is not None else None
    return (ent.name, ent.type) if ent is not None else ("", "")


def test_resistance_that_told_of_it_owns_its_attack() -> None:
    text = "وذكرت المقاومة أنها غنمت عتادا كبيرا في هجومها على الموقع العسكري أمس."
    assert _source(text, "هجومها") == ("المقاومة", "GROUP")


def test_regime_named_in_the_sentence_before_owns_its_raids() -> None:
    text = "وقالت مصادر محلية إن النظام قصف المدينة بالبراميل. ولم تتوقف غاراته على الأحياء الشرقية منذ أسبوع."
    assert _source(text, "غاراته") == ("النظام", "GROUP")


def test_counter_civilians_are_no_owner_of_a_masculine_pronoun() -> None:
    text = "وقال المدنيون إن القصف استهدف منازلهم، ولم يعرف مصدر غاراته."
    assert _source(text, "غاراته") == ("", "")


def test_counter_two_feminine_parties_leave_it_open() -> None:
    text = "وذكرت المقاومة أن الحكومة أرسلت أسلحة كثيرة قبل هجومها على الموقع العسكري أمس."
    assert _source(text, "هجومها") == ("", "")


def test_counter_a_masdar_of_an_act_done_to_its_owner() -> None:
    text = "وقالت الشرطة إن المتهم فر من المدينة قبل اعتقاله أمس."
    doc = analyze_news(text)
    ev = event_with_trigger_at(doc, "اعتقاله")
    assert not ev.attrs.get("source_group_owner")
