"""Round 175 of real news: a «بـ» phrase that describes an act or tells where it is, and a residence apposition, are no
target; a mediator signs nothing; a quoted verb with its own common-noun subject does not carry the earlier speaker;
an act with a pronoun in brackets is done to the person the brackets follow. Hand-made sentences (paraphrases, no
article text)."""

from __future__ import annotations

from conftest import news_arg


def test_a_meeting_described_as_decisive_has_no_target() -> None:
    assert news_arg("ووصف الوزير اجتماع باريس بالحاسم للتوصل إلى اتفاق.", "اجتماع", "target") == ""


def test_a_meeting_with_a_person_keeps_its_target() -> None:
    text = "وعقد الوزير اجتماعا بالرئيس محمود عباس في رام الله أمس."
    assert news_arg(text, "اجتماعا", "target") == "محمود عباس"


def test_a_place_after_an_interview_with_him_is_no_target() -> None:
    assert news_arg("وقال الكاتب في لقاء معه بنقابة الصحافيين إن الرواية نشرت.", "لقاء", "target") == ""


def test_a_residence_apposition_is_no_object() -> None:
    assert news_arg("ويرفض الشيخ يوسف القرضاوي، المقيم في قطر، عزل محمد مرسي.", "ويرفض", "target") != "المقيم"


def test_a_mediator_is_no_signatory() -> None:
    text = "وكانت وساطة الهيئة الحكومية للتنمية قد وزعت مسودة الاتفاق قصد التوقيع عليها في 17 أغسطس."
    assert news_arg(text, "التوقيع", "source") == ""


def test_a_quoted_verb_with_its_own_subject_does_not_carry_the_speaker() -> None:
    text = ("وأعلنت قوات خفر السواحل الإيطالية إنقاذ 300 مهاجر أمس. ومن جهتها، كتبت منظمة طبية أن: «الطاقم على متن "
            "(السفينة) يؤكد أن كثيرين غرقوا».")
    assert news_arg(text, "يؤكد", "source") != "قوات خفر السواحل الإيطالية"


def test_a_quoted_verb_of_the_one_named_keeps_its_speaker() -> None:
    text = "وقال وزير الداخلية فلان الفلاني إنه يؤكد أن التحقيق مستمر."
    assert news_arg(text, "يؤكد", "source") == "فلان الفلاني"


def test_a_re_arrest_in_brackets_is_of_the_person_before_them() -> None:
    text = ("وقالت السلطات إن محمد الكاشف والشيخ عادل شحاتو (كان مسجونا قبل الثورة، لكن أعيد اعتقاله مع الكاشف في "
            "2012) كانا في تنظيم القاعدة.")
    assert news_arg(text, "اعتقاله", "target") == "عادل شحاتو"


def test_a_meeting_described_keeps_the_person_met() -> None:
    assert news_arg("ووصف الوزير اجتماعه بالرئيس محمود عباس بأنه ناجح.", "اجتماعه", "target") == "محمود عباس"


def test_a_resident_arrested_stays_the_object() -> None:
    assert news_arg("واعتقلت الشرطة أمس المقيم في الحي الشرقي بتهمة السرقة.", "واعتقلت", "target") == "المقيم"


def test_a_party_that_signs_stays_the_source() -> None:
    assert news_arg("ووقعت الحكومة السودانية اتفاق السلام في أديس أبابا أمس.", "ووقعت", "source") != ""


def test_the_people_a_causative_verb_makes_reluctant_would_impose() -> None:
    text = "وقد يجعل ذلك الأوروبيين أكثر ترددًا حيال إعادة فرض عقوبات ضد طهران إذا انتهكت الاتفاق."
    assert news_arg(text, "فرض") == "الأوروبيين"


def test_a_country_s_people_made_keen_is_that_country() -> None:
    text = "وقد يجعل ذلك الأتراك أكثر حماسا تجاه فرض عقوبات على دمشق. وكانت تركيا وسوريا قد اختلفتا."
    assert news_arg(text, "فرض") == "تركيا"


def test_common_people_made_reluctant_are_no_source() -> None:
    assert news_arg("وقد يجعل ذلك المواطنين أكثر ترددًا حيال فرض عقوبات على طهران.", "فرض") == ""


def test_an_adverb_of_ba_is_no_target() -> None:
    assert news_arg("وقال إن المسؤولين التقوا بالفعل عدة مرات خلال الأسبوع.", "التقوا", "target") == ""


def test_the_people_met_past_an_adverb_stay_the_target() -> None:
    text = "وقال إن أعضاء الفريق التقوا بدورهم بممثلين عن الفصائل في المدينة."
    assert news_arg(text, "التقوا", "target") == "ممثلين"  # (round 202: the phrase starts past the «بـ»)


def test_a_quoted_title_is_no_source() -> None:
    text = ("كما نشر الرئيس رفلين مقالا تحت عنوان: «يجب ألا نسمح للإرهاب بأن ينتصر»، دعا فيه إسرائيل إلى محاسبة "
            "النفس.")
    assert news_arg(text, "دعا") != "ينتصر"


def test_a_name_in_quotes_stays_the_source() -> None:
    text = "وأوضحت مصادر الائتلاف أن «الكتلة الوطنية» أعربت عن استعدادها لدعم المرشح."
    assert news_arg(text, "أعربت") == "الكتلة الوطنية"


def test_the_victim_past_the_doer_s_adjective() -> None:
    text = "وقد رأينا الغضب الأردني إثر حرق تنظيم داعش المتطرف للطيار الأردني حيا في ديسمبر الماضي."
    assert news_arg(text, "حرق", "target") == "للطيار الأردني"


def test_an_object_right_after_the_doer_stays() -> None:
    text = "وقد دعا نتنياهو الجالية اليهودية الأميركية، إلى إعلان معارضتها للاتفاق."
    assert news_arg(text, "دعا", "target") == "الجالية اليهودية الأميركية"


def test_a_siege_that_lasted_months_names_no_person() -> None:
    from conftest import analyze_news
    doc = analyze_news("واطلع نائب الرئيس على الدمار الذي لحق بمدينة عدن، بعد حصار دام أشهرًا.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == []
    assert news_arg("واطلع نائب الرئيس على الدمار الذي لحق بمدينة عدن، بعد حصار دام أشهرًا.", "حصار", "target") != "دام"


def test_a_person_before_a_span_word_stays_a_person() -> None:
    from conftest import analyze_news
    doc = analyze_news("والتقى الرئيس عبد ربه منصور هادي نحو عشرين من زعماء القبائل أمس.")
    assert "عبد ربه منصور هادي" in [e.name for e in doc.entities if e.type == "PERSON"]


def test_a_place_in_a_fronted_topic_is_no_place_of_the_statement() -> None:
    from conftest import news_place
    text = "وبشأن الوضع في اليمن، أكد وزير الخارجية حرص المجلس على وحدة البلاد."
    assert news_place(text, "أكد") != "اليمن"


def test_a_statement_made_in_a_place_keeps_it() -> None:
    from conftest import news_place
    text = "وفي اليمن، أكد وزير الخارجية حرص المجلس على وحدة البلاد."
    assert news_place(text, "أكد") == "اليمن"


def test_a_topic_place_named_again_as_a_genitive_is_no_place() -> None:
    from conftest import news_place
    text = "وبشأن الوضع في اليمن، أكد وزير الخارجية حرص المجلس على وحدة اليمن وسلامة أراضيه."
    assert news_place(text, "أكد") != "اليمن"
