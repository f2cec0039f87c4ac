"""Round 213: the subject after an inserted «من جانبه/من جهته/بدوره» speaks; «، من «...»» after a person's name in a
«حسب ما» aside is where he works, not his words, and a bare «حسب ما» reports the clause before it; a body's phrase
runs on over the place that completes it; an unnamed phrase with the very words of a named body's mention is that
body."""

from conftest import news_quote_rows


def test_own_part_before_titled_name() -> None:
    rows = news_quote_rows("وأوضح من جانبه الوزير محمد العلي أن الحكومة ستواصل دعم المزارعين.")
    assert rows == [("وأوضح", "محمد العلي", None, "الحكومة ستواصل دعم المزارعين", False)]


def test_own_part_min_jihatihi_before_title_and_name() -> None:
    rows = news_quote_rows("وقال من جهته رئيس الوزراء سمير الحداد إن المفاوضات مستمرة.")
    assert rows == [("وقال", "سمير الحداد", None, "المفاوضات مستمرة", False)]


def test_own_part_biddawrihi_before_unnamed_spokesman() -> None:
    rows = news_quote_rows("وأكد بدوره المتحدث باسم الجيش أن القوات تقدمت.")
    assert rows == [("وأكد", None, "المتحدث باسم الجيش", "القوات تقدمت", False)]


def test_own_part_counter_no_subject_after_it_carries() -> None:
    rows = news_quote_rows("وقال الوزير محمد العلي إن الحكومة ستواصل دعم المزارعين. وأكد بدوره أن الأسعار ستنخفض.")
    assert rows[1] == ("وأكد", "محمد العلي", None, "الأسعار ستنخفض", False)


def test_own_part_counter_min_janib_of_a_body_is_no_aside() -> None:
    rows = news_quote_rows("وأكد من جانب الحكومة الوزير محمد العلي أن الأسعار ستنخفض.")
    assert rows[0][1] is None and rows[0][2] is None


def test_hasb_ma_aside_with_quoted_bank_is_indirect() -> None:
    rows = news_quote_rows("لكن الشركات تقارن الفوائد بالمخاطر، حسب ما أوضحه سمير الحداد، من «بنك الخليج الأول».")
    assert rows == [("حسب", "سمير الحداد", None, "لكن الشركات تقارن الفوائد بالمخاطر", False)]


def test_hasb_ma_aside_plain() -> None:
    rows = news_quote_rows("وارتفعت الأسعار بشكل حاد، حسب ما أوضحه سمير الحداد.")
    assert rows == [("حسب", "سمير الحداد", None, "وارتفعت الأسعار بشكل حاد", False)]


def test_quoted_workplace_after_name_before_inna() -> None:
    rows = news_quote_rows("وقال سمير الحداد، من «بنك الخليج الأول»، إن الأسواق ستتعافى قريبا.")
    assert rows == [("وقال", "سمير الحداد", None, "الأسواق ستتعافى قريبا", False)]


def test_hasb_counter_reckoning_is_no_cue() -> None:
    assert news_quote_rows("ويجب توزيع المساعدات حسب ما تقتضيه الحاجة.") == []


def test_quoted_after_name_counter_warning_verb_keeps_its_object() -> None:
    rows = news_quote_rows("وحذر الوزير محمد العلي، من «انهيار الاقتصاد في البلاد».")
    assert rows == [("وحذر", "محمد العلي", None, "انهيار الاقتصاد في البلاد", True)]


def test_council_phrase_runs_on_over_its_place() -> None:
    rows = news_quote_rows("وأكد مجلس محافظة الأنبار أن القوات العراقية تتقدم باتجاه المدينة.")
    assert rows[0][:3] == ("وأكد", "مجلس محافظة الأنبار", None)  # (a named council since round nb411)


def test_council_place_counter_plural_source_in_place() -> None:
    rows = news_quote_rows("وقال مسؤولون في بغداد إن القوات تقدمت.")
    assert rows[0][:3] == ("وقال", None, "مسؤولون في بغداد")


def test_own_part_opening_then_verb_participle_speaker() -> None:
    rows = news_quote_rows("من جهته رحب الرئيس المصري، عبد الفتاح السيسي، بزيارة الرئيس عبد ربه منصور هادي لمصر، "
                           "مؤكدًا أن الأمن القومي من الأولويات.")
    assert rows == [("مؤكدًا", "عبد الفتاح السيسي", None, "الأمن القومي من الأولويات", False)]


def test_wa_hasb_ma_mid_sentence_counter_opens_its_own_clause() -> None:
    rows = news_quote_rows("اعتمد الاتحاد الأوروبي الجمعة الجزء الأول من المساعدات، وحسب ما جاء في بيان للمفوضية "
                           "الأوروبية، يهدف البرنامج إلى دعم الأمن.")
    assert not any(r[3].startswith("اعتمد") for r in rows)


def test_place_genitive_counter_object_masdar_not_run_on() -> None:
    rows = news_quote_rows("حيث أكد استمرار إيران بدعم حلفائها وتأكيده أن التوقيع لن يغير السياسة.")
    assert rows[0][2] != "استمرار إيران"


def test_units_phrase_runs_on_over_its_place() -> None:
    rows = news_quote_rows("وأعلنت وحدات حماية شرق كردستان أن مقاتليها قتلوا قائدا.")
    # (round ents82: the units are an entity now, the speaker; before, the phrase ran on over its place)
    assert rows[0][:3] == ("وأعلنت", "وحدات حماية شرق كردستان", None)


def test_unnamed_phrase_with_words_of_a_body_mention_is_that_body() -> None:
    from conftest import analyze_news

    doc = analyze_news("وفي مواجهة معارضة الجمهوريين، الذين يشكلون الأغلبية، والذين حذروا من أنهم سيعرقلون القرار، "
                       "قال الرئيس إنه سيمضي قدما. وقال زعيم الجمهوريين في مجلس النواب إن الحزب سيقاوم.")
    warned = [q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "حذروا"]
    assert warned and doc.entity(warned[0].speaker).name == "الجمهوريين"
    assert warned[0].attrs.get("via") == "same_named"


def test_same_named_counter_phrase_itself_a_mention_stays_unnamed() -> None:
    rows = news_quote_rows("ويرى عدد من الجمهوريين أن الصفقة فرصة للإيقاع بين الحلفاء. وانتقد الحزب الجمهوري الصفقة.")
    assert rows[0][:3] == ("ويرى", None, "الجمهوريين")


def test_when_clause_then_named_subject_is_carried() -> None:
    rows = news_quote_rows("وقال المحلل سمير الحداد إن «الشركة لم تتوقع ذلك». وعندما سئلت الشركة عما حصلت عليه مقابل "
                           "المبلغ، اتفق محمد العلي، المتحدث باسمها، على أن التغيرات فاجأتها. وأوضح قائلا: «كل شيء "
                           "يبدو مختلفا».")
    assert rows[-1] == ("وأوضح", "محمد العلي", None, "كل شيء يبدو مختلفا", True)


def test_when_clause_counter_no_named_subject_keeps_speaker() -> None:
    rows = news_quote_rows("وقال المحلل سمير الحداد إن «الشركة لم تتوقع ذلك». وعندما سئلت الشركة عما حصلت عليه مقابل "
                           "المبلغ، صمتت طويلا. وأوضح قائلا: «كل شيء يبدو مختلفا».")
    assert rows[-1][:2] == ("وأوضح", "سمير الحداد")
