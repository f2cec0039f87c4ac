"""Round 204 (hand-made sentences): a dialogue line's content stops before the writer's «، لكن بما يوحي أن»; the
name set off by commas after a title and its place speaks; a trailing «وفق X» after a verb of telling with its own
subject reports the relative clause, not the telling; a «، كما يقول فلان،» aside mid-sentence is one quote; a quoted
paper's adjective after «كما ذكرت صحيفة «...»»."""

from __future__ import annotations

from conftest import news_quote_rows


def _row(text: str, cue: str) -> tuple[str, str | None, str | None, str, bool]:
    return next(r for r in news_quote_rows(text) if r[0] == cue)


DIALOGUE = ("وسأل صحافي الوزير في المؤتمر:\n- ماذا ستفعلون في الأزمة؟\nفقال الوزير سامي الحداد:\n"
            "- سنقدم الدعم الكامل، لكن بما يوحي ضمنًا أن بلاده لن ترسل قوات إلى هناك.\n")


def test_dialogue_line_stops_before_writers_reading() -> None:
    assert _row(DIALOGUE, "فقال")[3] == "سنقدم الدعم الكامل"


def test_dialogue_line_keeps_speakers_own_but() -> None:
    text = "وقال المتحدث خالد العمري:\n- نحن نريد الحل، لكن لن نقبل بالشروط المفروضة علينا.\n"
    assert _row(text, "وقال")[3] == "نحن نريد الحل، لكن لن نقبل بالشروط المفروضة علينا"


def test_name_set_off_after_title_and_place() -> None:
    text = "وقال رئيس اتحاد الجاليات في الولاية، كيرم أوزدمير، في تصريحات للصحفيين: «نرفض كل أشكال العنف»."
    assert _row(text, "وقال")[2] == "كيرم أوزدمير"


def test_title_and_place_without_name_stays_title() -> None:
    text = "وقال رئيس اتحاد الجاليات في الولاية، في تصريحات للصحفيين: «نرفض كل أشكال العنف»."
    assert _row(text, "وقال")[2] == "رئيس اتحاد الجاليات"


def test_trailing_according_reports_relative_clause_after_telling() -> None:
    text = ("وأعلنت الحكومة الصومالية أمس حاجتها إلى المساعدات بعد موجة الجفاف التي أودت بحياة ثلاثة آلاف شخص "
            "وفق الأمم المتحدة.")
    assert _row(text, "وفق")[1:4] == ("الأمم المتحدة", None, "أودت بحياة ثلاثة آلاف شخص")


def test_trailing_according_without_telling_keeps_sentence() -> None:
    text = "خلفت الفيضانات التي ضربت البلاد ألف قتيل وفق الأمم المتحدة."
    assert _row(text, "وفق")[3] == "خلفت الفيضانات التي ضربت البلاد ألف قتيل"


def test_trailing_according_after_telling_without_relative_keeps_sentence() -> None:
    text = "وأعلنت الحكومة الصومالية أمس حاجتها إلى المساعدات العاجلة وفق الأمم المتحدة."
    assert _row(text, "وفق")[3] == "وأعلنت الحكومة الصومالية أمس حاجتها إلى المساعدات العاجلة"


def test_kama_aside_mid_sentence_is_one_quote() -> None:
    text = ("ويرى المسؤولون أن الحدود وحدها لا تكفي. وأن المطلوب، كما يقول لـ«الشرق الأوسط» المستشار في وزارة "
            "الدفاع، سامي الحداد، دعم الجيش في محاربة الجماعات المسلحة.")
    rows = [r for r in news_quote_rows(text) if r[0] == "يقول"]
    assert len(rows) == 1
    assert rows[0][1] == "سامي الحداد"
    assert rows[0][3].startswith("المطلوب، كما يقول") and rows[0][3].endswith("محاربة الجماعات المسلحة")


def test_kama_aside_before_writers_clause_reports_what_precedes() -> None:
    text = "وارتفع عدد القتلى إلى عشرين، كما قال سامي الحداد، رغم الهدنة المعلنة."
    assert _row(text, "قال")[3] == "وارتفع عدد القتلى إلى عشرين"


def test_quoted_paper_with_adjective() -> None:
    text = "وتم إيواء ألفي شخص في مخيمات للإغاثة، كما ذكرت صحيفة «الأخبار اليومية» الرسمية."
    assert _row(text, "ذكرت")[1:4] == ("الأخبار اليومية", None, "وتم إيواء ألفي شخص في مخيمات للإغاثة")


def test_quoted_paper_then_other_clause_no_kama_report() -> None:
    text = "وتم إيواء ألفي شخص في مخيمات للإغاثة، كما ذكرت صحيفة «الأخبار اليومية» الرسمية أن الأمطار ستستمر."
    assert all(r[3] != "وتم إيواء ألفي شخص في مخيمات للإغاثة" for r in news_quote_rows(text))


def test_kama_aside_name_after_title_of_another_speaks() -> None:
    text = ("وقال المستشار في وزارة الدفاع سامي الحداد إن الوضع صعب. ويرى المسؤولون أن الحدود وحدها لا تكفي. "
            "وأن المطلوب، كما يقول لـ«الشرق الأوسط» المستشار في وزارة الدفاع، خالد العمري، دعم الجيش في "
            "محاربة الجماعات المسلحة.")
    assert _row(text, "يقول")[1] == "خالد العمري"


def test_kama_also_with_own_object_is_no_aside() -> None:
    text = "وأكد الوزير أن الحدود آمنة، كما أعلن سامي الحداد زيارة المدينة قريبا، وتشمل الزيارة لقاءات."
    assert all(not r[3].startswith("الحدود آمنة، كما") for r in news_quote_rows(text))
