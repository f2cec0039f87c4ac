"""Round 286: which events exist, their CAMEO code and modality. A future call «إلى اجتماع» convenes a meeting
(CONSULT 040, planned), no appeal; a meeting «جرى الدعوة إليه» is no appeal; «القتلة» (the killers) is no killing;
an act in a quoted title is none; an act that is only the topic of talk («محادثات حول ...») is none; a masdar owed
by «يجب/ينبغي» and a verb after «لكي» are planned; a masdar after «حال» (upon) is hypothetical."""

from conftest import analyze_news, news_arg, news_codes, news_event, news_modality, news_triggers


# -- convened meetings (convening) ------------------------------------------------------------------------
def test_future_call_to_a_meeting_convenes_it() -> None:
    text = "وقال المتحدث إن الجامعة العربية ستدعو إلى اجتماع طارئ لوزراء الخارجية العرب الأسبوع المقبل."
    assert news_codes(text) == [("ستدعو", "040")]
    assert news_modality(text, "ستدعو") == "planned"
    assert news_arg(text, "ستدعو") == "الجامعة العربية"


def test_future_call_past_its_subject_and_hold() -> None:
    text = "وأكدت المصادر أن قيادة الحركة ستدعو قريبا إلى عقد جلسة موسعة لكل القادة."
    assert ("ستدعو", "040") in news_codes(text)
    assert not any(code.startswith("02") for _, code in news_codes(text))


def test_counter_past_call_for_a_conference_is_an_appeal() -> None:
    # a past call for others to meet stays a call (020)
    text = "ودعت مصر إلى عقد مؤتمر دولي لبحث الأزمة في ليبيا."
    assert ("ودعت", "020") in news_codes(text)


def test_counter_future_call_for_a_ceasefire_is_an_appeal() -> None:
    text = "وقال المتحدث إن الأمين العام سيدعو إلى وقف إطلاق النار في المدينة."
    assert ("سيدعو", "020") in news_codes(text)


def test_meeting_called_by_its_pronoun_is_no_appeal() -> None:
    text = "وأعلن الوزير استقالته في مؤتمر صحافي جرى الدعوة إليه على عجل."
    assert "الدعوة" not in news_triggers(text)


def test_counter_renewed_call_with_a_pronoun_after_a_comma() -> None:
    text = "وأعلن الوزير ذلك في مؤتمر صحافي عقده أمس، وجدد الدعوة إليه لوقف القتال."
    assert "الدعوة" in news_triggers(text)


# -- agent nouns (agent_nouns) ----------------------------------------------------------------------------
def test_killers_are_no_killing() -> None:
    assert "القتلة" not in news_triggers("وفر القتلة من المكان بعد الحادث تاركين رسالة على الجدار.")
    assert "قتلة" not in news_triggers("واعتقلت الشرطة قتلة الصحفي في بغداد أمس.")


def test_counter_his_killing_is_a_killing() -> None:
    text = "وأكد الوزير قتله على يد مسلحين في بغداد أمس."
    assert ("قتله", "190") in news_codes(text)


# -- titles (titled) --------------------------------------------------------------------------------------
def test_act_in_a_quoted_title_is_none() -> None:
    assert "الهجوم" not in news_triggers("ونشرت الصحيفة تقريرا بعنوان «الهجوم على غزة» أمس.")
    assert "الاعتداء" not in news_triggers(
        "ووقع النظام مع جيرانه معاهدة سماها في بيانه بـ «معاهدة عدم الاعتداء» قبل عامين.")
    assert "للاعتقال" not in news_triggers("وأطلقت الحكومة حملة «لا للاعتقال التعسفي» في العاصمة.")


def test_counter_act_in_quoted_words_stays() -> None:
    text = "وقال الوزير «نرفض الهجوم على غزة»."
    assert "الهجوم" in news_triggers(text)
    assert "الهجوم" in news_triggers("وقال مسؤول في منظمة «أطباء بلا حدود» إن الهجوم قتل عشرة.")


# -- topics of talk (talked_topics) -----------------------------------------------------------------------
def test_act_that_talks_are_about_is_none() -> None:
    assert "إعلان" not in news_triggers("وانتهت محادثات رفيعة المستوى حول إعلان منطقة تجارة حرة بين البلدين.")
    assert "محادثات" not in news_triggers("وتبدو الحركة منقسمة بشأن محادثات سلام مع الحكومة الأفغانية.")
    assert "المفاوضات" not in news_triggers("وتحدث الوزير حول المفاوضات مع إيران.")
    assert "التوجه" not in news_triggers("وحول التوجه إلى صنعاء، قال العميد إن الخطة جاهزة.")


def test_counter_inquiry_and_told_act_stay() -> None:
    assert "الهجوم" in news_triggers("وفتحت الشرطة تحقيقا حول الهجوم على المسجد.")
    text = "وجرت محادثات حول الغارات التي نفذتها الطائرات على المدينة."
    assert "الغارات" in news_triggers(text)
    text = "وانتقدت الوزارة البيان الصادر عن الأمين العام للجامعة، بشأن استنكار الجامعة للقصف على المدينة."
    assert "استنكار" in news_triggers(text)


# -- modality (modality_duty) -----------------------------------------------------------------------------
def test_masdar_owed_by_a_duty_is_planned() -> None:
    assert news_modality("وقال الوزير إنه يجب البدء في محادثات مع إيران العام المقبل.", "محادثات") == "planned"
    assert news_modality("وقال الوزير إنه يجب الإشادة بهذه التجربة.", "الإشادة") == "planned"


def test_counter_masdar_without_duty_is_told() -> None:
    assert news_modality("وبدأت أمس محادثات مع إيران في جنيف.", "محادثات") == "asserted"


def test_verb_after_lakay_is_planned() -> None:
    text = "وأرسلت الحكومة وفدا إلى القاهرة لكي يلتقي الرئيس المصري."
    assert news_modality(text, "يلتقي") == "planned"


def test_counter_verb_without_lakay_is_told() -> None:
    text = "وأرسلت الحكومة وفدا إلى القاهرة، والتقى الوفد الرئيس المصري أمس."
    assert news_modality(text, "والتقى") == "asserted"


def test_masdar_upon_hal_is_hypothetical() -> None:
    text = "وقال الوزير إن الاتفاق سيكون من أكبر إنجازات الرئيس حال التوقيع عليه."
    doc, ev = news_event(text, "التوقيع عليه")
    assert ev.modality == "hypothetical"


def test_counter_state_of_talks_is_no_condition() -> None:
    # «إن حال المفاوضات»: «حال» opens the clause, the state of the talks
    text = "وقال الوزير إن حال المفاوضات مع إيران صعب."
    assert news_modality(text, "المفاوضات") != "hypothetical"


def test_condition_in_case_stays_hypothetical() -> None:
    doc = analyze_news("وقال الوزير إن الجيش سيرد بقوة في حال هاجم المسلحون المدينة.")
    assert [e.modality for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "هاجم"] == ["hypothetical"]


# -- a comment declined (declined) ------------------------------------------------------------------------
def test_refusing_to_comment_declines_comment() -> None:
    assert news_codes("ورفض المتحدث باسم الشرطة التعليق على الحادث.") == [("ورفض", "011")]
    text = "ورفض ناطق باسم شرطة «سكوتلاند يارد» إعطاء المزيد من التفاصيل حول ملابسات الاعتقال."
    assert ("ورفض", "011") in news_codes(text)


def test_counter_refusing_an_initiative_is_a_rejection() -> None:
    assert ("ورفضت", "120") in news_codes("ورفضت الحكومة المصرية المبادرة الأميركية.")
    assert ("ورفض", "120") in news_codes("ورفض الرئيس تقديم تنازلات للمعارضة.")


# -- refused and persuaded acts (modality_duty) -----------------------------------------------------------
def test_act_refused_is_the_refusal() -> None:
    # round ev486: the refusal is told (127 / 125), the act refused is no event of its own (was: negated)
    text = "وقد رفض برلمان طرابلس التوقيع على اتفاق المغرب بحجة أن التعديلات لم تؤخذ بعين الاعتبار."
    assert ("رفض", "127") in news_codes(text) and not any(c == "057" for _, c in news_codes(text))
    assert news_modality(text, "رفض") == "asserted"
    assert ("رفض", "125") in news_codes("وقال الناطق إن نتنياهو رفض لقاء الرئيس الأميركي باراك أوباما.")


def test_counter_accusations_rejected_were_made() -> None:
    assert news_modality("ورفضت إسرائيل الاتهامات الفلسطينية.", "الاتهامات") == "asserted"
    # another verb between: the meeting is that verb's object, agreed to
    assert news_modality("ورفضت مصر المبادرة ووافقت على لقاء الوفد.", "لقاء") != "negated"


def test_act_one_is_persuaded_to_is_planned() -> None:
    text = ("وانضم الوزير أمس إلى المشاورات من أجل إقناع المؤتمر العام، المدعوم من تحالف فجر ليبيا، "
            "بالتوقيع على اتفاق سلام.")
    assert news_modality(text, "بالتوقيع") == "planned"


def test_counter_signing_after_persuasion_is_told() -> None:
    text = "ووقع الطرفان بالأحرف الأولى على الاتفاق بعد إقناع الوسطاء لهما."
    assert news_modality(text, "ووقع") == "asserted"


# -- victims picked out (victims) -------------------------------------------------------------------------
def test_some_of_the_dead_are_people_no_killing() -> None:
    assert "القتلى" not in news_triggers("وقال المرصد إن معظم القتلى مدنيون كانوا في السوق.")
    assert "الجرحى" not in news_triggers("وقالت الوكالة إن بين الجرحى شقيق زعيم الحزب.")
    text = "وقتلت القوات ثمانية مسلحين، وأضافت أن أحد القتلى هو قائد المجموعة."
    assert "القتلى" not in news_triggers(text)
    assert ("وقتلت", "190") in news_codes(text)


def test_counter_thousands_dead_are_a_killing() -> None:
    assert ("القتلى", "190") in news_codes("وخلفت المواجهات آلاف القتلى في صفوف المدنيين.")
