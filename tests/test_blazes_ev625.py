"""Round ev625: a blaze is no gunfire; a statement noun whose pronoun stands for an idea is no statement."""

import pytest

from rasd.pipeline import Pipeline

_P = Pipeline()


def _codes(text: str) -> list[tuple[str, str]]:
    doc = _P(text, date="2015-05-01")
    return [(e.code, doc.text[e.triggers[0].start:e.triggers[0].end]) for e in doc.events]


@pytest.mark.parametrize("text", [
    "قال أحد الجيران إنه شاهد نيرانًا كثيفة تندلع من المخزن وسقط حارسه على الأرض.",
    "بدا المبنى كما أن النيران اشتعلت به للتو، لقد أتت على كل شيء.",
    "وقال الدفاع المدني إن ألسنة النيران امتدت على مساحة واسعة من الغابة.",
])
def test_blaze_is_no_assault(text: str) -> None:
    assert not any(code.startswith("19") for code, _ in _codes(text))


@pytest.mark.parametrize("text,trigger", [
    ("فتح الجنود النار على المتظاهرين في المدينة.", "النار"),
    ("وتبادل الطرفان إطلاق النيران على الحدود واشتعلت المواجهات.", "النيران"),
    ("وسقطت نيران المدفعية على القرية وتندلع المعارك.", "نيران"),
    ("كما فتحت القوات النظامية نيران رشاشاتها الثقيلة على مناطق في الريف.", "نيران"),
])
def test_gunfire_stays(text: str, trigger: str) -> None:
    assert any(code == "190" for code, _ in _codes(text)), _codes(text)


def test_idea_pronoun_no_statement() -> None:
    text = ("تتماهى الخطابات والأصوات الآيديولوجية العائدة في اعتمادها على التخفي، وتجاهلها نقد آيديولوجياتها "
            "السابقة، مع عدم إعلانها أو الترويج لها.")
    assert not any(code == "010" for code, _ in _codes(text))


def test_government_not_announcing_stays() -> None:
    doc = _P("وانتقد النواب الحكومة بسبب عدم إعلانها نتائج التحقيق.", date="2015-05-01")
    ev = [e for e in doc.events if e.code == "010"]
    assert len(ev) == 1 and ev[0].modality == "negated"
    src = next(x for x in doc.entities if x.id == ev[0].source)
    assert doc.text[src.mentions[0].start:src.mentions[0].end] == "الحكومة"
    assert [c for c, _ in _codes("وانتقد النواب عدم إعلان الحكومة نتائج التحقيق.")].count("010") == 1
