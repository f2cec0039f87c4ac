"""Round as1016: a thing snatched is no abduction; a targeting whose outcome is an arrest is no attack."""

import pytest

from rasd.pipeline import Pipeline

_P = Pipeline()


def _codes(text: str) -> list[tuple[str, str, str]]:
    doc = _P(text, date="2015-05-01")
    return [(e.code, e.modality, doc.text[e.triggers[0].start:e.triggers[0].end]) for e in doc.events]


@pytest.mark.parametrize("text", [
    "حاول لص خطف حقيبة سيدة في السوق أمس.",
    "خطف المنتخب السعودي الفوز من نظيره الكويتي أمس.",
    "خطفه الموت أمس بعد صراع مع المرض.",
    "وخطفت الممثلة الأضواء في حفل الافتتاح مساء الخميس.",
    "وحاول رجل خطف مسدس من شرطي عند الحاجز أمس.",
])
def test_snatched_thing_is_no_abduction(text: str) -> None:
    assert not any(code == "181" for code, _, _ in _codes(text)), _codes(text)


@pytest.mark.parametrize("text,trigger", [
    ("خطف مسلحون مهندسا أجنبيا في مدينة عدن أمس.", "خطف"),
    ("خطف مسلحون طائرة ركاب في الصومال أمس.", "خطف"),
])
def test_abduction_and_hijacking_stay(text: str, trigger: str) -> None:
    assert ("181", "asserted", trigger) in _codes(text), _codes(text)


def test_targeting_for_arrest_is_no_attack() -> None:
    text = ("قالت الشرطة إن عملية أمنية استهدفت عناصر من العصابة في حي السلام بالرياض فجر أمس أسفرت عن اعتقال "
            "تسعة منهم.")
    codes = _codes(text)
    assert not any(code == "190" for code, _, _ in codes), codes
    assert ("173", "reported", "اعتقال") in codes, codes


@pytest.mark.parametrize("text,modality,trigger", [
    ("قالت الشرطة إن عملية أمنية استهدفت عناصر من العصابة في حي السلام فجر أمس أسفرت عن مقتل تسعة منهم.",
     "reported", "استهدفت"),
    ("استهدف هجوم انتحاري مركزا للشرطة في عدن أمس وأسفر عن إصابة خمسة أشخاص.", "asserted", "استهدف"),
])
def test_targeting_that_kills_stays(text: str, modality: str, trigger: str) -> None:
    assert ("190", modality, trigger) in _codes(text), _codes(text)
