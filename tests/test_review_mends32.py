"""Session 32's mends after the judges' verdicts on the merged rounds. Hand-made sentences.

* A body's own short name in apposition right after it is not the object of its verb, when a bare phrase follows it
  (events.arguments: «دعا الاتحاد ... «أياتا» سلطات الطيران إلى»: the body calls on the authorities); the call was
  dropped once round ents97 made «أياتا» a mention of the same body (an event whose target is its source);
* a capital's mention that is the object of a verb or noun of leaving or visiting, names a document («إعلان
  القاهرة»), or is the «و» conjunct of a town placed by «في», is the town: no actor code of its own
  (entities.placementions), while «قالت واشنطن» keeps the government's.
"""

from __future__ import annotations

from typing import Any

from conftest import analyze_news, news_event


def _mention_actor(doc: Any, word: str, nth: int) -> object:
    """The actor code the ``nth`` mention of ``word`` carries in the output ("-" where it carries none of its own)."""
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(word, at + 1)
    for e in doc.to_dict()["entities"]:
        for m in e["mentions"]:
            if m["start"] == at:
                return m.get("actor", "-")
    raise AssertionError(f"no mention of {word} at {at}")


def test_apposed_short_name_is_no_object() -> None:
    doc, ev = news_event("دعا الاتحاد الدولي لشركات الطيران «أياتا» سلطات الطيران في العالم إلى خفض رسوم المطارات.",
                         "دعا")
    names = {e.id: e.name for e in doc.entities}
    assert ev.code.startswith("02")
    assert names.get(ev.source or "") == "الاتحاد الدولي لشركات الطيران"
    assert ev.target is None and "سلطات الطيران" in str(ev.attrs.get("target_text"))


def test_apposed_short_name_without_object_keeps_the_old_reading() -> None:
    # counter-case: no bare phrase after the short name: no event is made from the apposition
    doc = analyze_news("وتلتقي رابطة دول جنوب شرقي آسيا «آسيان» هذه السنة في كوالالمبور، وهي الحليف الأول لواشنطن.")
    names = {e.id: e.name for e in doc.entities}
    assert not any(names.get(ev.target or "") == "واشنطن" for ev in doc.events)


def test_left_and_visited_capital_is_the_town() -> None:
    doc = analyze_news("وقالت واشنطن إنها ترفض الاتفاق. وقبيل مغادرته واشنطن، أجرى الوزير اتصالا بنظيره. "
                       "ونقلت مصادر دبلوماسية في القاهرة وواشنطن أن الزيارة تأجلت.")
    assert _mention_actor(doc, "واشنطن", 0) == "USAGOV"
    assert _mention_actor(doc, "واشنطن", 1) is None
    assert _mention_actor(doc, "واشنطن", 2) is None


def test_declaration_named_after_a_capital_is_the_town() -> None:
    doc = analyze_news("وقالت القاهرة إنها ترحب بالمبادرة. وأعاد الوزير التذكير بإعلان القاهرة. "
                       "وأكدت القاهرة رفضها للتدخل.")
    assert _mention_actor(doc, "القاهرة", 0) == "EGYGOV"
    assert _mention_actor(doc, "القاهرة", 1) is None
    assert _mention_actor(doc, "القاهرة", 2) == "EGYGOV"  # counter-case: the subject of «أكدت» is the government


def test_conjunct_of_governments_keeps_the_code() -> None:
    # counter-case: «بين الرياض والقاهرة» after a noun of relations: both governments, the conjunct too
    doc = analyze_news("وقالت القاهرة إنها ترحب. وتحدث الوزير عن العلاقات بين الرياض والقاهرة.")
    assert _mention_actor(doc, "القاهرة", 1) in ("EGYGOV", "-")
