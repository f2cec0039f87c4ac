"""Round ev372 of real news: intention and preparation are planned («رغبتها في تقديم الدعم», also past «، وكذلك»;
«للبدء بعصيان مدني»), an attempt under way in the present is done («التي تحاول فك الحصار»), the «بأن» clause of
«أبلغ/أخبر» someone is reported, and a storming of a place of worship is 171. Hand-made sentences (paraphrases, no
article text)."""

from __future__ import annotations

from conftest import analyze_news, news_event


def test_a_will_to_give_support_is_planned() -> None:
    doc, ev = news_event("وأكد الوزير رغبة بلاده في تقديم الدعم الأمني لمصر.", "تقديم الدعم")
    assert ev.modality == "planned"
    assert ev.date is None


def test_an_act_added_by_likewise_to_a_will_is_planned() -> None:
    text = "وشدد على تأكيد رغبتها في مكافحة التطرف، وكذلك تقديم الدعم الأمني لمصر."
    assert news_event(text, "تقديم الدعم")[1].modality == "planned"


def test_an_act_added_by_likewise_to_a_statement_stays_told() -> None:
    text = "وأعلنت الحكومة مكافحة التطرف، وكذلك تقديم الدعم الأمني لمصر."
    assert news_event(text, "تقديم الدعم")[1].modality == "asserted"


def test_a_hope_stays_a_wish() -> None:
    doc, ev = news_event("وأبدى الوزير تطلعه في أن تعقد الأطراف محادثات مباشرة.", "محادثات")
    assert ev.modality == "hypothetical"


def test_an_act_to_start_is_planned() -> None:
    text = "وقال المتظاهر: «نعمل على إقامة الخيم للبدء بعصيان مدني»."
    assert news_event(text, "بعصيان مدني")[1].modality == "planned"


def test_a_civil_disobedience_begun_is_told() -> None:
    text = "وبدأ المتظاهرون عصيانا مدنيا في المدينة أمس."
    assert news_event(text, "عصيانا مدنيا")[1].modality != "planned"


def test_an_attempt_under_way_is_told() -> None:
    text = "وتخوض المقاومة اشتباكات ضد قوات الحرس الجمهوري التي تحاول فك الحصار عن معسكر لبوزة."
    doc, ev = news_event(text, "فك الحصار")
    assert ev.modality == "asserted"


def test_a_past_attempt_of_force_is_told() -> None:
    # session 53 (mo924): a targeting tried with rockets was made (judges of the 347); it was «planned» before
    text = "وكانت الميليشيات الحوثية تحاول استهداف مطار عدن بصواريخ الكاتيوشا."
    assert news_event(text, "استهداف")[1].modality == "asserted"


def test_an_attempt_of_force_told_in_the_past_is_told() -> None:
    text = "وحاول المسلحون اقتحام السجن المركزي في المدينة."
    assert news_event(text, "اقتحام")[1].modality == "asserted"


def test_what_a_source_told_an_agency_is_reported() -> None:
    text = "وأبلغ المصدر وكالة الأنباء الألمانية بأن التنظيم بدأ منذ ثلاثة أيام هجوما على المدينة."
    assert news_event(text, "هجوما")[1].modality == "reported"


def test_a_telling_past_a_clause_opener_stays_asserted() -> None:
    text = "وأبلغ الوزير الصحافيين بأن الحكومة مستقرة، فيما قصفت الطائرات مواقع المسلحين."
    assert news_event(text, "قصفت")[1].modality == "asserted"


def test_storming_a_holy_mosque_is_171() -> None:
    text = "وأدان المجلس ما أقدمت عليه قوات الاحتلال والمتطرفون من اقتحام وتدنيس للمسجد الأقصى المبارك."
    doc, ev = news_event(text, "اقتحام")
    assert ev.code == "171"
    assert ev.plover == "COERCE"


def test_storming_a_town_stays_military_force() -> None:
    assert news_event("واقتحمت القوات مدينة الرمادي أمس.", "واقتحمت")[1].code == "190"


def test_an_extremist_group_storming_a_mosque_stays_180() -> None:
    assert news_event("واقتحم مسلحون من تنظيم داعش مسجدا في المدينة.", "واقتحم")[1].code == "180"


def test_charges_a_prosecutor_levelled_take_no_day() -> None:
    text = "وأرجأت المحكمة النطق بالحكم، وأسندت النيابة إلى المتهمين اتهامات بالانضمام لجماعة إرهابية."
    assert news_event(text, "اتهامات")[1].date is None


def test_charges_levelled_by_a_minister_keep_the_day() -> None:
    text = "ووجه وزير الداخلية أمس اتهامات للمعارضة بالتحريض على العنف."
    assert news_event(text, "اتهامات")[1].date is not None


def test_the_manner_of_an_announcement_is_no_announcement() -> None:
    doc = analyze_news("وانتقد الجمهوريون الرئيس لقبوله بالصفقة وطريقة إعلانها وتسويقها.")
    assert "إعلانها" not in [doc.text[e.trigger.start : e.trigger.end] for e in doc.events]


def test_an_announcement_of_a_method_stays_an_announcement() -> None:
    text = "وأعلن الوزير طريقة جديدة لتوزيع المساعدات."
    assert news_event(text, "وأعلن")[1].code == "010"


def test_advice_to_whoever_wants_is_hypothetical() -> None:
    text = "ومن يريد العودة إلى الماضي ما عليه إلا زيارة المتحف في المدينة."
    assert news_event(text, "زيارة")[1].modality == "hypothetical"


def test_a_visit_made_stays_told() -> None:
    text = "وقام الوزير بزيارة المتحف في المدينة أمس."
    assert news_event(text, "بزيارة")[1].modality == "asserted"


def test_an_act_weighed_in_an_argument_is_no_event() -> None:
    doc = analyze_news("ورفض دعمها لا ينفي حق الانفصال لاحقا إذا أراده الناس.")
    found = [doc.text[e.trigger.start : e.trigger.end] for e in doc.events]
    assert "ورفض" not in found
    assert "ينفي" not in found


def test_a_refusal_with_its_subject_and_a_body_denial_stay() -> None:
    doc, ev = news_event("ورفض الوزير الاقتراح أمس.", "ورفض")
    assert ev.code.startswith("12")
    assert news_event("والحكومة لا تنفي الاتهامات الموجهة إليها.", "تنفي")[1].modality == "negated"


def test_talks_whose_failure_is_the_condition_are_held() -> None:
    text = "وفي حال فشلت المفاوضات الحالية بين الحزبين يمكن للرئيس أن يدعو إلى انتخابات جديدة."
    assert news_event(text, "المفاوضات")[1].modality != "hypothetical"


def test_talks_in_a_condition_stay_hypothetical() -> None:
    text = "وإذا عقدت الحكومة محادثات مع المعارضة فإن الأزمة ستنتهي."
    assert news_event(text, "محادثات")[1].modality == "hypothetical"
    assert news_event("وفي حال ثبوت الإدانة سيفقد النائب حصانته.", "الإدانة")[1].modality == "hypothetical"


def test_an_act_in_words_relayed_after_his_saying_is_reported() -> None:
    text = ("ونقل المقربون من الملا قوله: «إن كتمان الخبر كان خطأ تاريخيا، وإن الموافقة على إجراء المفاوضات "
            "عن طريق باكستان لعبت دورا مهما»، ثم غادر.")
    assert news_event(text, "المفاوضات")[1].modality == "reported"


def test_the_occasion_of_a_saying_stays_asserted() -> None:
    text = "ونقلت الوكالة عن الرئيس قوله خلال اللقاء مع السفير أمس إن الوضع مستقر."
    assert news_event(text, "اللقاء")[1].modality == "asserted"


def test_an_act_among_the_charges_is_reported() -> None:
    text = "ويواجه نجل الزعيم السابق عدة اتهامات من بينها قتل لاعب كرة والاحتجاز غير القانوني."
    assert news_event(text, "قتل")[1].modality == "reported"


def test_an_act_among_people_is_no_charge() -> None:
    text = "ووجهت المحكمة اتهامات إلى المسلحين، وقتل المسلحون جنديا أمس."
    assert news_event(text, "وقتل")[1].modality == "asserted"


def test_a_visit_requested_is_planned() -> None:
    assert news_event("وطلب الوزير زيارة المعسكر.", "زيارة")[1].modality == "planned"
    assert news_event("وحاول الجهاز طلب اعتقال الناشط إداريا قبل سنة.", "اعتقال")[1].modality == "planned"


def test_a_meeting_during_which_a_request_was_made_is_held() -> None:
    doc, ev = news_event("وقال الوزير إن الرئيس طلب خلال اللقاء زيارة القوات إلى عدن.", "اللقاء")
    assert ev.modality != "planned"
    text = "واستجاب الرئيس لطلب الحزب وقام بزيارة المعسكر أمس."
    assert news_event(text, "بزيارة")[1].modality == "asserted"


def test_an_act_in_words_set_off_after_that_colon_is_reported() -> None:
    text = "وكتبت المنظمة على حسابها في تويتر أن: «الطاقم على متن السفينة يؤكد أن كثيرين لقوا حتفهم»."
    assert news_event(text, "يؤكد")[1].modality == "reported"


def test_a_name_in_quotation_marks_after_a_noun_opens_no_words() -> None:
    text = "ونفذت حركة «حماس» هجوما على موقع للجيش أمس."
    assert news_event(text, "هجوما")[1].modality == "asserted"


def test_a_reprisal_in_the_wake_of_an_attack_is_its_own_act() -> None:
    text = "وعلى أثر الهجوم، رد الحزب بعمليات انتقامية ضد السلطات المركزية."
    doc, ev = news_event(text, "بعمليات انتقامية")
    assert ev.code == "190"
    assert "الهجوم" in [doc.text[e.trigger.start : e.trigger.end] for e in doc.events]


def test_an_operation_alone_and_an_attack_told_again_are_no_new_acts() -> None:
    doc = analyze_news("وأجرت الشركة عمليات صيانة للمحطة أمس.")
    assert not doc.events
    doc = analyze_news("وقال المسؤول إن الجنود فقدوا في أعقاب الهجوم الذي استهدف البوابة الأمنية.")
    assert len([e for e in doc.events if e.code.startswith(("18", "19"))]) == 1
