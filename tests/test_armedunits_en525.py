"""Round en525: an armed unit's noun and a man's name or one set-off definite word is an organisation."""

from rasd.pipeline import Pipeline

_P = Pipeline()


def _ents(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.name) for e in _P(text, date="2015-05-01").entities]


def test_unit_and_name_is_organisation() -> None:
    assert ("ORGANIZATION", "كتيبة الحسين") in _ents("وهاجمت كتيبة الحسين مواقع الجيش في حلب.")
    assert ("PERSON", "الحسين") not in _ents("وهاجمت كتيبة الحسين مواقع الجيش في حلب.")


def test_quoted_unit_and_word() -> None:
    assert ("ORGANIZATION", "لواء التوحيد") in _ents("وأعلن «لواء التوحيد» السيطرة على المدينة.")
    assert ("ORGANIZATION", "كتيبة الملثمين") in _ents("ومجموعة مختار بلمختار (كتيبة الملثمين) اندمجت.")


def test_counter_cases() -> None:
    assert not any(t == "ORGANIZATION" for t, _ in _ents("وحمل لواء العدل والوقوف مع المظلوم."))
    assert not any(t == "ORGANIZATION" for t, _ in _ents("وتمكنت كتائب المعارضة من التصدي."))
    assert ("PERSON", "أحمد العسيري") in _ents("وقال اللواء أحمد العسيري إن التحالف مستمر.")
