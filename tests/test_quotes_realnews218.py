"""Round 218: a cue in a relative clause set off by commas on a noun of the main clause reports only up to the
comma before the main verb's bare «أن/إن»; «according to» between a sentence-opening verb and its subject, closed by
a comma, reports the proposition after the aside; «كما عبر عنه فلان: «...»» is a direct quote of the one named
before the colon."""

from conftest import news_quote_rows


def test_relative_cue_ends_at_main_clause_complement() -> None:
    rows = news_quote_rows("ويتوقع الاتحاد الدولي للنقل، الذي يقول البنك الدولي إنه الجهة المسؤولة عن تنظيم القطاع، "
                           "أن يرتفع عدد الرحلات بنسبة كبيرة العام المقبل.")
    assert rows == [("يقول", "البنك الدولي", None, "الجهة المسؤولة عن تنظيم القطاع", False)]


def test_relative_cue_with_dropped_subject_ends_at_main_clause_complement() -> None:
    rows = news_quote_rows("وتتوقع المنظمة، التي قالت إن الأسعار سترتفع، أن يزيد الإنتاج.")
    assert [r[3] for r in rows] == ["الأسعار سترتفع"]


def test_relative_cue_counter_wa_anna_goes_on() -> None:
    rows = news_quote_rows("وأصدرت الوزارة، التي أكدت أن الوضع مستقر، وأن الحدود آمنة، بيانا جديدا.")
    assert rows[0][3].startswith("الوضع مستقر، وأن الحدود آمنة")


def test_relative_cue_counter_no_comma_before_relative() -> None:
    rows = news_quote_rows("وتستمر الحرب التي تقول الأمم المتحدة إنها أسفرت عن مقتل ألفي مدني، أن تنتهي قريبا.")
    assert rows[0][3].startswith("أسفرت عن مقتل ألفي مدني، أن تنتهي")


def test_according_aside_after_opening_verb_reports_what_follows() -> None:
    rows = news_quote_rows("ويعتبر بحسب المحللين اقتصاديا، تراجع أسعار النفط وانخفاض الطلب العالمي، تحديا كبيرا "
                           "يجب مواجهته خلال السنوات المقبلة.")
    assert rows == [("بحسب", None, "المحللين", "تراجع أسعار النفط وانخفاض الطلب العالمي، تحديا كبيرا يجب مواجهته "
                     "خلال السنوات المقبلة", False)]


def test_according_aside_counter_no_comma_keeps_the_clause_before() -> None:
    rows = news_quote_rows("وانتهى الاجتماع بحسب المصادر.")
    assert rows == [("بحسب", None, "المصادر", "وانتهى الاجتماع", False)]


def test_expressed_as_unnamed_writer_direct_quote() -> None:
    rows = news_quote_rows("ويبقى السؤال الأهم كما عبر عنه الكاتب العتيبي: «هل استفدنا من التجربة؟! هل فهمنا الخطر؟ "
                           "هذا ما يجب أن نسأله».")
    assert rows == [("عبر", "العتيبي", None, "هل استفدنا من التجربة؟! هل فهمنا الخطر؟ هذا ما يجب أن نسأله", True)]


def test_expressed_as_feminine_named_person() -> None:
    rows = news_quote_rows("ويظل الأمر الأصعب كما عبرت عنه الوزيرة سميرة الخالدي: «لا نملك الوقت الكافي لإصلاح كل "
                           "شيء في هذه المرحلة».")
    assert rows == [("عبرت", "سميرة الخالدي", None, "لا نملك الوقت الكافي لإصلاح كل شيء في هذه المرحلة", True)]


def test_expressed_as_object_pronoun_unnamed_source() -> None:
    rows = news_quote_rows("وبقي الموقف كما وصفه السفير: «نحن مستعدون للحوار مع كل الأطراف دون شروط».")
    assert rows == [("وصفه", None, "السفير", "نحن مستعدون للحوار مع كل الأطراف دون شروط", True)]


def test_expressed_as_counter_crossing_is_no_cue() -> None:
    assert news_quote_rows("وانتقلت المساعدات كما عبر الحدود آلاف اللاجئين: «الطريق طويل جدا».") == []


def test_expressed_as_counter_no_colon_is_no_cue() -> None:
    assert news_quote_rows("ويظل الأمر الأصعب كما عبرت عنه الوزيرة سميرة الخالدي في مقابلة أمس.") == []


def test_expressed_as_counter_first_person_aside() -> None:
    assert news_quote_rows("وكما قلت سابقا، فإن الحل سياسي.") == []


def test_without_ruling_out_is_the_writers_note() -> None:
    rows = news_quote_rows("ويدعو القائد العسكري سامر الحداد إلى مواجهة المتمردين، مؤكدا أنه «حامي البلاد»، وسد منيع ضد "
                           "الإرهاب، من غير أن يستبعد التحالف مع خصومه.")
    assert rows == [("مؤكدا", "سامر الحداد", None, "«حامي البلاد»، وسد منيع ضد الإرهاب", False)]


def test_without_ruling_out_after_dun() -> None:
    rows = news_quote_rows("وقال الوزير محمد العلي إن الحوار مع المعارضة سيستمر خلال الأيام المقبلة، دون أن يستبعد "
                           "اللجوء إلى القوة.")
    assert rows == [("وقال", "محمد العلي", None, "الحوار مع المعارضة سيستمر خلال الأيام المقبلة", False)]


def test_without_counter_other_subjects_verb_is_said() -> None:
    rows = news_quote_rows("وقال الوزير محمد العلي إن الحكومة ستدعم المزارعين، من غير أن تتأثر ميزانية التعليم بذلك.")
    assert rows[0][3] == "الحكومة ستدعم المزارعين، من غير أن تتأثر ميزانية التعليم بذلك"
