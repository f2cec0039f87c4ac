"""Round lo480: the written form of «عمان» tells its reading before the countries named near it: «عمّان» with the
shadda is Amman with no Jordan named near it, «عُمان» with the damma is Oman; «فلان (عمان)» among persons with
their countries in brackets is Oman even with Jordan named in the next sentence. Counter-cases: a bare «عمان» next
to Jordan stays Amman; a bare «عمان» with no Jordan near it stays Oman."""

from __future__ import annotations

from rasd.doc import Doc

import rasd


def _countries(doc: Doc, *words: str) -> list[tuple[str, str | None]]:
    """(name, country) of the place entities whose mentions include one of ``words``."""
    return [(e.name, e.country) for e in doc.entities if e.type == "LOCATION"
            and any(doc.text[m.start:m.end] in words for m in e.mentions)]


def test_shadda_is_amman() -> None:
    doc = rasd.analyze("وستغادر الطائرة المطار مساء اليوم باتجاه عمّان لنقل الجرحى.", date="2015-08-06")
    assert _countries(doc, "عمّان") == [("عمّان", "JOR")]


def test_damma_is_oman_next_to_jordan() -> None:
    doc = rasd.analyze("وزار الوزير الأردن أمس. ثم توجه إلى عُمان لإجراء محادثات.", date="2015-08-06")
    assert _countries(doc, "عُمان") == [("عُمان", "OMN")]


def test_bracketed_country_list_is_oman() -> None:
    doc = rasd.analyze("وفاز بالجائزة حسان العتيبي (السعودية)، وأحمد الشكيلي (عمان)، وهزبر محمود (العراق). "
                       "كما فاز خالد الزعبي من الأردن.", date="2015-08-10")
    assert _countries(doc, "عمان") == [("عمان", "OMN")]


def test_bare_next_to_jordan_stays_amman() -> None:
    doc = rasd.analyze("وصل الأمير إلى الأردن أمس. وعقد اجتماعا في عمان مع الملك.", date="2015-08-06")
    assert _countries(doc, "عمان") == [("عمان", "JOR")]


def test_bracket_without_country_list_stays_amman() -> None:
    doc = rasd.analyze("وتجمع المتظاهرون أمام مقر الوكالة في العاصمة الأردنية (عمان) أمس. وقال الأردن إن الاحتجاج سلمي.",
                       date="2015-08-06")
    assert _countries(doc, "عمان") == [("عمان", "JOR")]


def test_bare_without_jordan_stays_oman() -> None:
    doc = rasd.analyze("ويضم المجلس السعودية والبحرين والكويت وعمان وقطر.", date="2015-08-06")
    assert _countries(doc, "عمان") == [("عمان", "OMN")]
