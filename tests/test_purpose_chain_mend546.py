"""Round mend546: a masdar joined by «و» to a run headed by «لـ» + a masdar of purpose is an aim, planned."""

from __future__ import annotations

import rasd


def _mods(text: str, word: str) -> list[str]:
    doc = rasd.analyze(text, "2015-08-04")
    return [e.modality for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == word]


def test_third_conjunct_of_purpose_is_planned() -> None:
    text = ("ويسعى القائد إلى تجميع مقاتلين من أبناء القبائل للاستعداد لدخول المدينة، "
            "وتخليصها من سيطرة التنظيم، وطرد جميع المتطرفين منها.")
    assert _mods(text, "وطرد") == ["planned"]


def test_lam_expel_is_purpose() -> None:
    text = "وبدأت القوات عملية تمشيط موسعة لطرد أو استسلام الحوثيين في المنطقة."
    assert _mods(text, "لطرد") == ["planned"]


def test_done_expulsion_stays_asserted() -> None:
    text = "وأشاد الوزير بالقوات التي تمكنت من طرد آخر جيوب الحوثيين من المدينة."
    assert _mods(text, "طرد") == ["asserted"]


def test_past_verb_after_one_purpose_stays_done() -> None:
    text = "وألف اللاعب فريق عمل صغيرا لدراسة وضعه الانتخابي، وزار العاصمة البريطانية لندن الأسبوع الماضي."
    assert _mods(text, "وزار") != ["planned"]


def test_elative_lam_is_no_purpose() -> None:
    text = ("وفي خضم الحرب البرية التي امتدت لأكثر من مائة ساعة، والإعلان بعدها عن تحرير الكويت، "
            "تدفق الآلاف إلى الحدود.")
    assert "planned" not in _mods(text, "والإعلان")
