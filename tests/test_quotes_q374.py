"""Quotes, round q374: an unnamed member of a body («موظف في إدارة ...») holds the chain for a dropped subject
after him; an unnamed spokesman named by the next sentence's going-on cue («يتابع فلان») is that man; a family name
spelled with one long vowel less («تساكالوتس») is the person named before; a spokesman's body whose name the
tokenizer broke at its dots («شركة «إيه.في.إل شريك»») is still found; «وفقا لـX» inside a clause reports the
whole clause."""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows, quote_speakers

from rasd.quotes.vowel_variant import one_vowel_apart

_UN = "وحذرت الأمم المتحدة من ارتفاع الحصيلة. وقال المتحدث باسم الأمم المتحدة بيار بيرون إن «الوضع خطير جدا». "
_SPOKESMAN = "يقول متحدث باسم شركة «إيه.في.إل شريك» النمساوية لـ«الشرق الأوسط»: «نراقب الوضع عن كثب». "


def test_an_unnamed_employee_goes_on_after_a_named_speaker() -> None:
    text = _UN + ("وقال موظف في إدارة المساعدة في وزارة الشؤون الاجتماعية إن «46 شخصًا لقوا مصرعهم». "
                  "وأضاف: «نقوم بتسريع مساعداتنا وأعمال الإغاثة».")
    rows = news_quote_rows(text)
    assert rows[-1][:3] == ("وأضاف", None, "موظف في إدارة المساعدة في وزارة الشؤون الاجتماعية")


def test_with_no_employee_between_the_named_speaker_goes_on() -> None:
    text = _UN + "وأضاف: «نقوم بتسريع مساعداتنا وأعمال الإغاثة»."
    assert quote_speakers(analyze_news(text))[-1] == ("وأضاف", "بيار بيرون")


def test_a_spokesman_named_by_the_next_going_on_cue_is_that_man() -> None:
    text = _SPOKESMAN + "يتابع مايكل كيسلا ردا على سؤال: «هناك بالتأكيد تخوف من هذا الأمر»."
    assert quote_speakers(analyze_news(text)) == [("يقول", "مايكل كيسلا"), ("يتابع", "مايكل كيسلا")]


def test_a_man_named_before_the_spokesman_is_not_taken_for_him() -> None:
    text = ("قال مايكل كيسلا أمس إن الشركة تدرس السوق. " + _SPOKESMAN
            + "يتابع مايكل كيسلا ردا على سؤال: «هناك بالتأكيد تخوف من هذا الأمر».")
    rows = news_quote_rows(text)
    assert rows[1][:2] == ("يقول", "إل شريك")  # the company he speaks for (round qu872), not the man named before
    assert str(rows[1][2]).startswith("متحدث باسم شركة «إيه.في.إل شريك")


def test_a_spokesmans_body_broken_at_its_dots_is_his_affiliation() -> None:
    doc = analyze_news(_SPOKESMAN)
    body = doc.entity(str(doc.quotes[0].attrs.get("affiliation")))
    assert body is not None and body.name == "إل شريك"


def test_a_family_name_with_a_long_vowel_less_is_the_person_named_before() -> None:
    text = ("أعلن وزير المالية اليوناني إفكليديس تساكالوتوس أن المحادثات مستمرة. وذكر تساكالوتس أنه تم بحث كيفية "
            "الوصول إلى فائض أولي.")
    assert quote_speakers(analyze_news(text))[-1] == ("وذكر", "إفكليديس تساكالوتوس")


def test_only_a_long_vowel_makes_two_spellings_one_name() -> None:
    assert one_vowel_apart("تساكالوتس", "تساكالوتوس")
    assert one_vowel_apart("تساكالوتوس", "تساكالوتس")
    assert not one_vowel_apart("تساكالوتس", "تساكالوتكس")  # a consonant more: another name
    assert not one_vowel_apart("باسمي", "باسمين")  # too short to tell
    assert not one_vowel_apart("تساكالوتس", "تساكالوتس")


def test_according_to_inside_a_clause_keeps_its_verb_and_subject() -> None:
    text = "وأضاف قطاع الضيافة وفقا لتقرير لمصرف أبوظبي الإسلامي إلى محفظته 1200 غرفة فندقية خلال الربع الثاني."
    assert news_quote_rows(text)[0][3] == text[:-1]
    text = "وأكدت العائلة، وفقا لقناة تلفزيونية باكستانية خاصة «جيو»، رفض مبايعة الزعيم الجديد للحركة."
    assert news_quote_rows(text)[0][3] == "رفض مبايعة الزعيم الجديد للحركة"  # set off after a cue: the object


def test_the_reason_given_for_a_denial_is_part_of_it() -> None:
    text = ("ونفى التقي، مستندًا إلى معلومات، أي تنسيق مع الجانب التركي، «لأن هيئتي أركان البلدين لا يتواصلان»، "
            "مشيرًا إلى أن أنقرة اكتفت بإصدار تحذيرات.")
    assert news_quote_rows(text)[0][3] == "أي تنسيق مع الجانب التركي، «لأن هيئتي أركان البلدين لا يتواصلان»"
    text = "ونفى الوزير أي تنسيق مع الجانب التركي، وذلك خلال مؤتمر صحافي."
    assert news_quote_rows(text)[0][3] == "أي تنسيق مع الجانب التركي"  # no «لأن»: the object alone


def test_a_fact_fronted_before_innama_confirms_no_words() -> None:
    text = ("ومما لا شك فيه، أن ربط التطورات الميدانية الحالية في سوريا مع الحركة الدبلوماسية، إنما تؤكد وجود "
            "إحساس واسع لدى القوى الفاعلة، بأن القضية السورية آن أوانها.")
    assert news_quote_rows(text) == []
    text = "أومن بوطن عربي كبير. إنما أعترف بأن هناك خصوصية محلية لكل مجتمع عربي."
    assert [r[0] for r in news_quote_rows(text)] == ["أعترف"]  # «أن» right after the verb: a statement


def test_the_prosecution_alone_is_a_speaker_but_acting_is_no_prosecution() -> None:
    doc = analyze_news("كما أوضحت النيابة أنّ بقايا حقيبة بنية اللون ستخضع للفحص في مختبر الدرك.")
    assert quote_speakers(doc) == [("أوضحت", "النيابة")]
    doc = analyze_news("واستقبله الوكيل العام للملك لدى محكمة الاستئناف بالنيابة بوشعيب الماحي.")
    assert not any(e.name == "النيابة" for e in doc.entities)


def test_a_body_a_feminine_verb_had_goes_on_before_an_older_feminine_one() -> None:
    opening = "كما أوضحت النيابة أنّ بقايا حقيبة ستخضع للفحص. "
    said = " وقالت في رسالة بالبريد الإلكتروني: «سترسل فريقا تقنيا للمشاركة في تحليل القطعة»."
    doc = analyze_news(opening + "وأعلنت شركة بوينغ الأميركية، أمس، أنّها أرسلت فريقا إلى فرنسا." + said)
    assert quote_speakers(doc)[-1] == ("وقالت", "بوينغ")
    doc = analyze_news(opening + "وأعلن البنك الأوروبي، أمس، أنّه أرسل فريقا إلى فرنسا." + said)
    assert quote_speakers(doc)[-1] == ("وقالت", "النيابة")  # a masculine verb had the bank: not it


def test_taking_up_a_subject_after_the_words_ends_them() -> None:
    text = ("وأكد وزير الخارجية أن للإنسان حقوقه المصانة وفق الشريعة الإسلامية، وتطرق إلى قضية رائف بدوي، وقال إن "
            "أموره تسير وفق القضاء المستقل.")
    assert news_quote_rows(text)[0][3] == "للإنسان حقوقه المصانة وفق الشريعة الإسلامية"
    text = "وأكد وزير الخارجية أن الحكومة عالجت الأزمة، وتناولت الملفات العالقة."
    assert news_quote_rows(text)[0][3] == "الحكومة عالجت الأزمة، وتناولت الملفات العالقة"  # hers: the government's


def test_sources_of_a_quoted_paper_are_unnamed_not_the_paper() -> None:
    text = ("وذكرت صحيفة «الشرق الأوسط» أن القوات تقدمت. وحسب مصادر «الشرق الأوسط»، فإن تلك القوات سوف تقوم "
            "بتأمين منطقة العند.")
    doc = analyze_news(text)
    last = doc.quotes[-1]
    assert last.speaker is None and doc.entity(str(last.attrs.get("affiliation"))) is not None


def test_according_to_the_source_before_that_reports_the_that_clause() -> None:
    text = ("وبحسب مصادر عسكرية، أكدت أن تعداد القوة العسكرية قد شهد ارتفاعا ليصل إلى أكثر من 20 ألف فرد، يتوقع "
            "بحسب المصدر أن يزداد هذا العدد خلال الأيام القادمة.")
    rows = news_quote_rows(text)
    assert [(r[0], r[3]) for r in rows] == [
        ("أكدت", "تعداد القوة العسكرية قد شهد ارتفاعا ليصل إلى أكثر من 20 ألف فرد"),  # not «، يتوقع»
        ("بحسب", "يزداد هذا العدد خلال الأيام القادمة")]
    text = "وأكدت المصادر أن القوة تضاعفت، يتوقع المراقبون أن يزداد عددها."
    assert news_quote_rows(text)[0][3].endswith("يتوقع المراقبون أن يزداد عددها")  # no «according to» after it


def test_a_dashed_source_before_a_phrase_of_cause_reports_the_clause_before_it() -> None:
    text = ("لكن المساعدات المنقولة جوا أو بحرا ليست سوى «قطرة في بحر» – بحسب وكالة الصحافة الفرنسية - نظرا "
            "للاحتياجات الهائلة للمدينة.")
    assert news_quote_rows(text)[0][3] == "لكن المساعدات المنقولة جوا أو بحرا ليست سوى «قطرة في بحر»"
    text = "فيما يصل عدد المعاهد الخاصة - بحسب مصادر في الأوقاف - إلى 15 معهدا."
    assert news_quote_rows(text)[0][3] == text[:-1]  # the clause goes on past the aside: all of it


def test_the_public_prosecution_speaks() -> None:
    assert quote_speakers(analyze_news("وقال الادعاء العام إن المتهمين خالفا القانون.")) == [("وقال", "الادعاء العام")]
