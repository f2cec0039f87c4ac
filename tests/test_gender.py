"""Person gender from titles and given names, and its use in quote attribution (hand-made cases)."""

from __future__ import annotations

from rasd.doc import Doc
from rasd.entities.gazetteer import NameWord
from rasd.entities.names import person_gender
from rasd.pipeline import Pipeline


def _person(doc: Doc, name: str) -> dict[str, object]:
    out = doc.to_dict()
    return next(e for e in out["entities"] if e["type"] == "PERSON" and name in e["name"])


def test_feminine_title_and_masculine_title(pipe: Pipeline) -> None:
    doc = pipe("قالت وزيرة الخارجية الأسترالية جولي بيشوب إن بلادها سترسل طائرات. "
               "وقال وزير الخارجية الأميركي جون كيري إن التحالف سيواصل الغارات.")
    assert _person(doc, "بيشوب")["gender"] == "f"
    assert _person(doc, "كيري")["gender"] == "m"


def test_given_names(pipe: Pipeline) -> None:
    doc = pipe("وقالت فاطمة الزهراء إن الوضع صعب. وقال أحمد محمود إن الحل قريب.")
    assert _person(doc, "فاطمة")["gender"] == "f"
    assert _person(doc, "أحمد")["gender"] == "m"


def test_dropped_subject_follows_gender(pipe: Pipeline) -> None:
    text = ("قالت الناشطة سميرة الخليل إن الحصار مستمر. وقال المتحدث باسم الجيش أحمد العلي إن العمليات متواصلة. "
            "وأضافت أن المدنيين يعانون.")
    doc = pipe(text)
    sameera = next(e.id for e in doc.entities if "سميرة" in e.name)
    ahmad = next(e.id for e in doc.entities if "أحمد" in e.name)
    cue = {doc.text[q.cue.start : q.cue.end]: q.speaker for q in doc.quotes}
    assert cue["وأضافت"] == sameera and cue["وقال"] == ahmad


def test_rules() -> None:
    fem, masc = NameWord("fatima", "Fgn"), NameWord("ahmad", "gn")
    assert person_gender([], fem) == "f"
    assert person_gender(["وزير الدفاع"], fem) == "f"  # a woman's name outweighs a masculine title
    assert person_gender(["الوزيرة"], masc) == "f"
    assert person_gender(["رئيس الوزراء"], None) == "m"
    assert person_gender(["نظيره العراقي"], None) == "m"  # «ـه» his, not «ـة»
    assert person_gender([], masc) == "m"
    assert person_gender([], NameWord("smith", "w")) is None
    assert person_gender([], None) is None
