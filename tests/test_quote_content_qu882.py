"""Round qu882: three faults of a quote's content.

1. Unquoted words after a colon run on over the next sentences of the paragraph spoken in the first person, up to
   the first sentence of narration (``rasd.quotes.colon_run``).
2. «كشف» with an event, plot or crisis for its subject is no statement (``rasd.quotes.revealing``); documents and
   investigations still report.
3. A «بأن» clause taken by a noun of suspicion inside a relative clause («، التي يسود الاشتباه بأنها») is not the
   content of a double-object cue before it; a present cue with a body's name then a person's is active
   («ويعتبر «الشاباك» فلانا ...»: ``considered._body_holds``).
"""

from __future__ import annotations

from conftest import news_quote_rows

# 1. colon runs -----------------------------------------------------------------------------------------------

RUN = ("قال وزير الخارجية الكندي روبرت مارتن إن بلاده مستعدة للتعاون. وأضاف: نريد أن نكون واضحين في دعمنا "
       "لشركائنا في المنطقة. ولكن خلال الأعوام الأخيرة بات من الواضح أن أمن المنطقة من أمننا. حماية الممرات "
       "البحرية جزء من حماية اقتصادنا. وأشار مارتن إلى أن القاعدة الجوية ستبقى مفتوحة.")


def test_colon_words_run_on_in_the_first_person() -> None:
    rows = news_quote_rows(RUN)
    added = [r for r in rows if r[0] == "وأضاف"]
    assert added == [("وأضاف", "روبرت مارتن", None,
                      "نريد أن نكون واضحين في دعمنا لشركائنا في المنطقة. ولكن خلال الأعوام الأخيرة بات من الواضح "
                      "أن أمن المنطقة من أمننا. حماية الممرات البحرية جزء من حماية اقتصادنا", True)]


def test_colon_run_stops_at_the_narrators_next_cue() -> None:
    rows = news_quote_rows(RUN)
    pointed = [r for r in rows if r[0] == "وأشار"]
    assert pointed == [("وأشار", "روبرت مارتن", None, "القاعدة الجوية ستبقى مفتوحة", False)]


def test_colon_run_stops_at_the_paragraph_end() -> None:
    text = ("وقال رئيس الوزراء الأسترالي مالكولم هيل: نحن لن نتراجع عن خطتنا. سنواصل العمل مع حلفائنا.\n"
            "وتشهد العاصمة كانبرا احتجاجات منذ أسبوع.")
    rows = news_quote_rows(text)
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("وقال", "نحن لن نتراجع عن خطتنا. سنواصل العمل مع حلفائنا", True)]


def test_colon_run_needs_the_speakers_voice() -> None:
    """No first-person mark: the sentence after is the writer's, the words end at the full stop."""
    text = ("وقال وزير المالية الكيني جون موانغي: الاقتصاد سينمو بنسبة خمسة في المائة. ويبلغ عدد سكان كينيا "
            "نحو خمسين مليون نسمة.")
    rows = news_quote_rows(text)
    assert [(r[0], r[3], r[4]) for r in rows] == [("وقال", "الاقتصاد سينمو بنسبة خمسة في المائة", True)]


def test_quoted_colon_words_do_not_run_on() -> None:
    """Words in quote marks after the colon close where the marks do: nothing to run on."""
    text = ("وقال وزير الدفاع النرويجي هانس لارسن: «نحن مستعدون للمشاركة». سنعمل مع شركائنا على تأمين "
            "الحدود الشمالية.")
    rows = news_quote_rows(text)
    assert [(r[0], r[3]) for r in rows] == [("وقال", "نحن مستعدون للمشاركة")]


# 2. «كشف» with an event for its subject -------------------------------------------------------------------------

def test_a_plot_that_revealed_is_no_speaker() -> None:
    text = ("وتقول المصادر إن المؤامرة ضد المحافظ كشفت للأجهزة الأمنية حجم الاتصالات بين الخلية والتنظيم، "
            "وأنه العقل المدبر وراء الهجوم.")
    rows = news_quote_rows(text)
    assert [r[0] for r in rows] == ["وتقول"]


def test_a_crisis_that_revealed_is_no_speaker() -> None:
    text = "وكشفت الأزمة الأخيرة أن الحكومة عاجزة عن إدارة الموارد المائية."
    assert news_quote_rows(text) == []


def test_investigations_that_revealed_still_report() -> None:
    text = "وكشفت التحقيقات أن المتهم سافر إلى تركيا قبل شهرين من الهجوم."
    rows = news_quote_rows(text)
    assert [(r[0], r[3]) for r in rows] == [("وكشفت", "المتهم سافر إلى تركيا قبل شهرين من الهجوم")]


def test_a_named_revealer_still_reports() -> None:
    text = "وكشف وزير الداخلية الأردني سلامة حماد أن الأجهزة الأمنية أحبطت مخططا لتفجير مبنى حكومي."
    rows = news_quote_rows(text)
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("وكشف", "سلامة حماد", "الأجهزة الأمنية أحبطت مخططا لتفجير مبنى حكومي")]


# 3. the nearest predicate's «بأن» -------------------------------------------------------------------------------

SUSPECTED = ("اعتقلت الشرطة الإسرائيلية الناشط اليميني يوسي بن دافيد فجر أمس. ويعتبر «الشاباك» بن دافيد، نجل "
             "أحد قادة المستوطنين، العقل المدبر لخلية «الفتية»، التي يسود الاشتباه بأنها تضم عشرات النشطاء.")


def test_suspicion_clause_is_not_the_cues_content() -> None:
    rows = news_quote_rows(SUSPECTED)
    considered = [r for r in rows if r[0] == "ويعتبر"]
    assert len(considered) == 1
    assert considered[0][3].startswith("بن دافيد، نجل أحد قادة المستوطنين، العقل المدبر")
    assert considered[0][3] != "تضم عشرات النشطاء"


def test_a_present_cue_with_no_body_before_its_objects_stays_passive() -> None:
    text = "اجتمع الرئيس التونسي الباجي قائد السبسي بالوفد أمس. ويعتبر السبسي من أكبر الساسة سنا في المنطقة."
    assert [r for r in news_quote_rows(text) if r[0] == "ويعتبر"] == []


def test_the_cues_own_that_after_a_comma_still_counts() -> None:
    """«، وسط شكوك بأن»: the noun's, but the cue's own «أن» before it stays its content."""
    text = ("وأكد وزير الخارجية الإيطالي ماركو روسي أن بلاده ستشارك في المؤتمر، وسط شكوك بأن المؤتمر "
            "سيؤجل مرة أخرى.")
    rows = news_quote_rows(text)
    assert [(r[0], r[1], r[3]) for r in rows] == [("وأكد", "ماركو روسي", "بلاده ستشارك في المؤتمر")]
