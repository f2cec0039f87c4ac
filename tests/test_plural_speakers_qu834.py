"""Round qu834: a plural statement verb needs a plural speaker. A body or a person named before («الرئاسة المصرية»)
is never the carried source of «أكدوا/طالبوا»; a subject phrase fronted before the verb («لكنَّ أصواتًا معارضة،
وبينهم قانونيون، أكدوا») that the quotes stage read as the cue's unnamed speaker is the event's source phrase. A
plural body before the verb («وقال المسؤولون», «وأكد المحتجون») and the doer of a killing («قتلوا») stay."""

from __future__ import annotations

from conftest import analyze_news


def _rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(code, trigger, source entity name, source phrase) of each event."""
    doc = analyze_news(text)
    rows = []
    for ev in doc.events:
        ent = doc.entity(ev.source) if ev.source is not None else None
        phrase = ev.unnamed("source", doc.text)
        rows.append((ev.code, doc.text[ev.trigger.start : ev.trigger.end], ent.name if ent is not None else None,
                     phrase["text"] if phrase is not None else None))
    return rows


def test_fronted_plural_phrase_is_the_source_not_the_body_before() -> None:
    rows = _rows("قالت الرئاسة المصرية إن الجدارية ستبقى كما هي. لكنَّ أصواتًا معارضة، وبينهم قانونيون، أكدوا أن "
                 "هناك حكما سابقا صدر عقب الثورة يقضي برفع الصور.")
    assert ("010", "أكدوا", None, "أصواتًا معارضة") in rows  # was الرئاسة المصرية


def test_fronted_plural_group_with_an_aside_is_the_source() -> None:
    rows = _rows("وأعلنت وزارة الداخلية فتح تحقيق في الحادث. لكن ناشطين حقوقيين، وبينهم محامون، أكدوا أن التحقيق "
                 "لن يكشف الحقيقة.")
    assert ("010", "أكدوا", "ناشطين حقوقيين", None) in rows  # the group (named with its nisba since qu983); was no
    # event (the ministry carried)
    assert ("010", "وأعلنت", "وزارة الداخلية", None) in rows


def test_plural_body_named_before_is_still_carried() -> None:
    rows = _rows("وقال المسؤولون الحوثيون إن الجدارية ستبقى. وأكدوا أن القرار نهائي.")
    assert ("010", "وأكدوا", "الحوثيون", None) in rows


def test_killing_keeps_the_doer_of_the_raids() -> None:
    rows = _rows("وشن الجيش التركي غارات على مواقع في شمال العراق. وأفادت مصادر كردية بأن عشرة مدنيين قتلوا في "
                 "هذه الغارات.")
    assert ("195", "غارات", "الجيش التركي", None) in rows


def test_singular_statement_still_carries_the_body() -> None:
    rows = _rows("قالت الرئاسة المصرية إن الجدارية ستبقى كما هي. وأكدت أن القرار نهائي.")
    assert ("010", "وأكدت", "الرئاسة المصرية", None) in rows


def test_named_plural_subject_after_the_verb_stays() -> None:
    rows = _rows("وقال المسؤولون في الحكومة المصرية إن الجدارية ستبقى. وأكد المحتجون أن الصور يجب أن ترفع.")
    assert ("010", "وأكد", "المحتجون", None) in rows  # the group named after the verb, not the carried officials
