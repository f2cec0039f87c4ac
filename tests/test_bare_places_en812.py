"""Round en812: a named place's bare definite head stands for it («القاعدة العسكرية» after «قاعدة العند»,
«المطار» after «مطار عدن الدولي»), «المفوضية» for the one commission named before, and a kunya in parentheses
right after a person's name is that person («ناصر الوحيشي (أبو بصير)»). Counter-cases: al-Qaeda named in the
article, a bare «القاعدة» with no place word before it, another adjective («القاعدة الشعبية»), two bases named."""

from __future__ import annotations

from conftest import analyze_news, entity_name_covering as _entity_of


_BASE = "سيطرت قوات الجيش اليمني أمس على قاعدة العند في محافظة لحج بعد معارك عنيفة مع المتمردين الحوثيين. "


def test_base_with_generic_adjective() -> None:
    text = _BASE + "وقد استقبلت القاعدة العسكرية أمس أرتالا من الدبابات."
    assert _entity_of(text, "القاعدة") == "قاعدة العند"


def test_base_after_preposition() -> None:
    text = _BASE + "وتواصل القوات تمشيط المناطق القريبة من القاعدة."
    assert _entity_of(text, "القاعدة") == "قاعدة العند"


def test_base_without_place_word_stays_apart() -> None:
    text = _BASE + "وقال القائد إن الشعب لن يقبل بوصول القاعدة إلى المدينة."
    assert _entity_of(text, "القاعدة") is None


def test_base_with_another_adjective_stays_apart() -> None:
    text = _BASE + "وقال القائد إن القاعدة الشعبية في المحافظة تؤيد الحكومة."
    assert _entity_of(text, "القاعدة") is None


def test_base_not_taken_where_al_qaeda_is_named() -> None:
    text = ("قال مسؤول إن تنظيم القاعدة في جزيرة العرب يتوسع في حضرموت. " + _BASE
            + "وقد استقبلت القاعدة العسكرية أمس أرتالا من الدبابات.")
    assert _entity_of(text, "القاعدة العسكرية") != "قاعدة العند"


def test_airport() -> None:
    text = ("وصل نائب الرئيس اليمني إلى مطار عدن الدولي أمس قادما من الرياض. "
            "وتعمل فرق فنية على إصلاح المدرج في المطار تمهيدا لاستئناف الرحلات.")
    assert _entity_of(text, "المطار") == "مطار عدن الدولي"


def test_commission() -> None:
    text = ("أعلنت المفوضية الأوروبية أمس خطة جديدة لدعم اليونان. "
            "وذكرت صحيفة ألمانية أن وزير المالية يريد أن يسحب من المفوضية سلطتها الحالية.")
    assert _entity_of(text, "المفوضية") == "المفوضية الأوروبية"


def _kunya_owner(text: str) -> list[str]:
    """The names of the entities with a mention over «أبو بصير»."""
    doc = analyze_news(text)
    at = text.index("أبو بصير")
    return [str(e.name) for e in doc.entities if any(m.start <= at < m.end for m in e.mentions)]


def test_kunya_in_brackets() -> None:
    text = "قتل زعيم التنظيم ناصر الوحيشي (أبو بصير) في غارة جوية لطائرة من دون طيار في حضرموت."
    assert _kunya_owner(text) == ["ناصر الوحيشي"]


def test_kunya_not_right_after_the_name() -> None:
    text = "قتل ناصر الوحيشي في غارة جوية، ونعى التنظيم قياديا آخر (أبو بصير) في بيان نشره أمس."
    assert "ناصر الوحيشي" not in _kunya_owner(text)
