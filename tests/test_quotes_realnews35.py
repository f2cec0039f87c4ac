"""Quote cues and speakers on constructions of real news, round 35: a relative clause on a body after a preposition
(«من قبل النيابة العامة، التي قالت إن») speaks for that body; «لكنها أشارت» and «حيث أكد» go on with the speaker,
named or an unnamed phrase, quoted right before in the sentence; a sentence opening with a description and a name
set off by a comma («المحلل السياسي فلان، امتدح ...، وقال») has that name for its subject; a name set off by commas
after a spokesman's phrase is the speaker; a body in construct after «according to» («ووفقا لمركز الإحصاءات
الإيراني», «وبحسب مفوضية الأمم المتحدة للاجئين») speaks, not the name in its genitive; «وأكد المتحدث» right after
an unnamed source is that source; a quoted name opening the clause after «إن» is no quotation: the clause is."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def test_a_relative_clause_on_a_body_after_a_preposition_speaks_for_it() -> None:
    doc = analyze_news("ودعت الوزارة إلى محاسبة المتورطين بعد التحقيق معهم من قبل النيابة العامة، التي قالت إنها "
                       "بدأت التحقيق في الواقعة.")
    # (entities round 64: «النيابة العامة» is now an entity, the prosecution, so the speaker is it, not loose text)
    assert quote_speakers(doc)[-1] == ("قالت", "النيابة العامة")
    doc = analyze_news("وأحالت المحكمة القضية إلى النيابة العامة، التي قالت إن المتهمين اعترفوا بالتهم.")
    assert quote_speakers(doc) == [("قالت", "النيابة العامة")]


def test_a_relative_clause_on_a_named_body_after_a_preposition_speaks_for_it() -> None:
    doc = analyze_news("واعتقل الصحافي من قبل وزارة الداخلية، التي قالت إنه متهم بالتحريض.")
    assert quote_speakers(doc) == [("قالت", "وزارة الداخلية")]


def test_a_relative_coordinated_with_one_before_goes_back_to_its_people() -> None:
    doc = analyze_news("وفي مواجهة معارضة الجمهوريين، الذين يشكلون غالبية في الكونغرس، والذين حذروا من أنهم سيفشلون "
                       "التصويت، رأت كلينتون أن الحصار فشل.")
    assert quote_speakers(doc)[0] == ("حذروا", "[الجمهوريين]")


def test_a_relative_clause_on_a_place_after_a_preposition_names_no_one() -> None:
    doc = analyze_news("وتقدمت القوات في المدينة المجاورة، التي قالت مصادر إنها سقطت.")
    assert all(who != "[المدينة المجاورة]" for _, who in quote_speakers(doc))


def test_but_she_goes_on_with_the_unnamed_phrase_quoted_before() -> None:
    doc = analyze_news("واعترفت صفحات موالية للنظام بأن صواريخ سقطت في المدينة، لكنها أشارت إلى أن القصف لم يوقع "
                       "ضحايا.")
    assert quote_speakers(doc) == [("واعترفت", "[صفحات موالية للنظام]"), ("أشارت", "[صفحات موالية للنظام]")]


def test_where_he_stressed_goes_on_with_the_speaker_of_the_sentence() -> None:
    doc = analyze_news("وقال الوزير إن الحكومة ستعمل مع الأمم المتحدة، حيث أكد أن الحوار مستمر.")
    assert quote_speakers(doc) == [("وقال", "[الوزير]"), ("أكد", "[الوزير]")]
    doc = analyze_news("وقالت الوزيرة جولي بيشوب إن أستراليا ستدعم العراق، حيث أكدت الحكومة الأسترالية أن الدعم "
                       "سيشمل التدريب.")
    assert quote_speakers(doc)[-1] == ("أكدت", "الحكومة الأسترالية")


def test_a_described_name_set_off_by_a_comma_opens_the_sentence_as_its_subject() -> None:
    doc = analyze_news("وقال المحلل خالد العلي إن العلاقات قوية. المحلل السياسي السعودي عبد الرحمن الطريري، امتدح "
                       "خلال حديث للصحيفة ما وصفه بالحزم، وقال إن المرجفين فشلوا.")
    assert quote_speakers(doc)[-1] == ("وقال", "عبد الرحمن الطريري")


def test_a_name_set_off_by_commas_after_a_spokesmans_phrase_speaks() -> None:
    doc = analyze_news("وقالت نائبة المتحدث باسم الحكومة الألمانية، كريستيانه فيرتس، أمس في برلين، إن الزيارة "
                       "غير مفيدة.")
    assert quote_speakers(doc) == [("وقالت", "كريستيانه فيرتس")]


def test_a_body_in_construct_after_according_to_speaks() -> None:
    doc = analyze_news("ووفقًا لمركز الإحصاءات الإيراني فإن نسبة البطالة كانت 10 في المائة.")
    assert quote_speakers(doc) == [("ووفقًا", "مركز الإحصاءات الإيراني")]  # (an entity since round nb411)
    doc = analyze_news("وبحسب مفوضية الأمم المتحدة للاجئين فإن نحو عشرة آلاف يمني وصلوا إلى جيبوتي.")
    assert quote_speakers(doc) == [("وبحسب", "مفوضية الأمم المتحدة للاجئين")]  # (named since round 46)


def test_an_agency_named_in_apposition_after_according_to_is_the_name() -> None:
    doc = analyze_news("وبحسب وكالة رويترز فإن نحو عشرة آلاف يمني وصلوا إلى جيبوتي.")
    assert quote_speakers(doc) == [("وبحسب", "وكالة رويترز")]


def test_the_speaker_right_after_an_unnamed_source_is_that_source() -> None:
    doc = analyze_news("وقال مدير المحطة أحمد سعيد إن العمل بدأ. وقال مسؤول في مؤسسة الكهرباء إن المحطة تعمل، لافتا "
                       "إلى أن التشغيل مستمر. وأكد المتحدث أن طاقة إضافية ستصل قريبا.")
    # round 155: the source's phrase runs on over where he sits («في مؤسسة الكهرباء»); still the unnamed official
    assert quote_speakers(doc)[-1] == ("وأكد", "[مسؤول في مؤسسة الكهرباء]")


def test_a_quoted_name_opening_the_clause_is_no_quotation_of_its_own() -> None:
    doc = analyze_news("وقال الجنرال ويليام مايفيل إن «المجموعة الخراسانية» (أو تنظيم خراسان) كانت في المراحل النهائية "
                       "من خطط الهجوم.")
    q = doc.quotes[0]
    assert not q.direct
    assert doc.text[q.content.start : q.content.end].endswith("كانت في المراحل النهائية من خطط الهجوم")


def test_a_short_quotation_that_ends_the_clause_is_still_quoted() -> None:
    doc = analyze_news("وقال الوزير إن «الحل سياسي»، مضيفا أن الحوار مستمر.")
    assert doc.quotes[0].direct
    assert doc.text[doc.quotes[0].content.start : doc.quotes[0].content.end] == "الحل سياسي"
