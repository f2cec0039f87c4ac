"""Round qu913: a set-off «حسب» closing a sentence whose source is a call-back («...»، حسب تعبير المصدر.», «حسب
المصدر نفسه», «حسب قوله») reports for the source told of before: the wording noun is not the source («تعبير
المصدر»: the source), and «المصدر» is the last source of that head and number («مصدر جنوبي في الخارج»), never a
plural «مصادر» before it."""

from __future__ import annotations

from conftest import news_quote_rows


def _hasb(text: str) -> list[tuple[str, str | None, str | None, str, bool]]:
    return [r for r in news_quote_rows(text) if r[0] == "حسب"]


def test_wording_of_the_source_is_the_source_told_of_before() -> None:
    text = ("وكشف مصدر حكومي رفيع لـ«الشرق الأوسط» عن وجود اتصالات مع المعارضة. وأعرب مصدر جنوبي في الخارج "
            "لـ«الشرق الأوسط» عن اعتقاده أن «الأزمة ستطول لأشهر عدة، والحكومة لا تملك حلا سريعا لها»، حسب تعبير "
            "المصدر.")
    assert _hasb(text) == [("حسب", None, "مصدر جنوبي في الخارج",
                            "الأزمة ستطول لأشهر عدة، والحكومة لا تملك حلا سريعا لها", True)]


def test_wording_of_the_source_takes_the_quoted_source_in_full() -> None:
    text = ("وقال مصدر في وزارة الداخلية الأردنية إن الحدود ستبقى مغلقة. «الأزمة ستطول لأشهر عدة، والحكومة لا "
            "تملك حلا سريعا لها»، حسب تعبير المصدر.")
    rows = _hasb(text)
    assert [(r[2], r[4]) for r in rows] == [("مصدر في وزارة الداخلية الأردنية", True)]


def test_wording_of_plural_sources() -> None:
    text = ("وقالت مصادر في الشرطة العراقية إن الهجوم أسفر عن سقوط قتلى. وأغلقت القوات الطرق المؤدية إلى المدينة "
            "وفرضت حظرا للتجول، حسب وصف المصادر.")
    rows = _hasb(text)
    assert [(r[2], r[3]) for r in rows] == [
        ("مصادر في الشرطة العراقية", "وأغلقت القوات الطرق المؤدية إلى المدينة وفرضت حظرا للتجول")]


def test_singular_source_past_plural_sources_between() -> None:
    text = ("وقال مصدر في المعارضة السورية إن التدريب بدأ الشهر الماضي. وقالت مصادر تركية إن الاتفاق بات "
            "قريبا. ودخلت أول مجموعة من المقاتلين إلى الأراضي السورية قبل أسبوعين، حسب المصدر.")
    assert [r[2] for r in _hasb(text)] == ["مصدر في المعارضة السورية"]


def test_plural_sources_are_not_the_singular_source() -> None:
    text = ("وقالت مصادر تركية رسمية إن الاتفاق بات قريبا. ودخلت أول مجموعة من المقاتلين إلى الأراضي السورية "
            "قبل أسبوعين، حسب تعبير المصدر.")
    assert [r[2] for r in _hasb(text)] == ["المصدر"]


def test_his_own_words_are_the_last_speaker() -> None:
    text = ("وقال وزير الخارجية الأردني ناصر جودة إن الحدود ستبقى مغلقة حتى إشعار آخر. وفرضت السلطات قيودا "
            "مشددة على حركة الشاحنات عند المعابر، حسب قوله.")
    assert [(r[1], r[2]) for r in _hasb(text)] == [("ناصر جودة", None)]


def test_named_agency_unchanged() -> None:
    text = "وسقطت قذيفتان على حي سكني في مدينة حلب مساء أمس، حسب وكالة الصحافة الفرنسية."
    assert _hasb(text) == [("حسب", "وكالة الصحافة الفرنسية", None,
                            "وسقطت قذيفتان على حي سكني في مدينة حلب مساء أمس", False)]
