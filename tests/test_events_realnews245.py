"""Event codes and modality on constructions of real news, round 245: a state's execution is violent repression
(CAMEO 175, PLOVER COERCE), an armed group's execution of captives unconventional violence (180, ASSAULT); a masdar
in «لـ» of purpose with no event verb to govern it is an aim, planned and undated («هيئة مفوضة لبحث السلام»,
«حشدت قواتها للسيطرة على المطار»), not after a word that takes its object with «لـ» («تعرضت لقصف», «عمليات عدة
لاستهداف»); a noun act after a future verb with only its day and date between is planned; the country of a title
(«برئيس النيجر») is no meeting's place, nor is the doer of a relative clause after a talks noun its venue; an attack
verb right after a rigged vehicle is a vehicle bombing (1832)."""

from __future__ import annotations

from conftest import news_event, news_place


def test_a_states_execution_is_violent_repression() -> None:
    _, ev = news_event("وأعدمت السلطات الإيرانية ثلاثة أشخاص في مدينة شيراز أمس.", "وأعدمت")
    assert (ev.code, ev.plover) == ("175", "COERCE")
    _, ev = news_event("وقامت السلطات بإعدام ثلاثة أشخاص أمس.", "بإعدام")
    assert ev.code == "175"


def test_an_armed_groups_execution_of_captives_is_unconventional_violence() -> None:
    _, ev = news_event("وأعدم تنظيم داعش عشرين شابا في ساحة عامة أمس.", "وأعدم")
    assert (ev.code, ev.plover) == ("180", "ASSAULT")
    _, ev = news_event("وقامت ميليشيات الحوثيين أمس بإعدام عدد من الأسرى في عدن.", "بإعدام")
    assert (ev.code, ev.plover) == ("180", "ASSAULT")


def test_a_purpose_masdar_in_lam_is_an_aim() -> None:
    _, ev = news_event("وهي هيئة مفوضة من قبل الحكومة لبحث السلام مع الحركة.", "لبحث")
    assert ev.modality == "planned" and ev.date is None
    _, ev = news_event("وحشدت الميليشيات قواتها للسيطرة على مطار المدينة.", "للسيطرة")
    assert ev.modality == "planned" and ev.date is None
    _, ev = news_event("وتواصل القوات تقدمها لاستهداف مواقع التنظيم.", "لاستهداف")
    assert ev.modality == "planned"


def test_lam_after_a_word_that_takes_its_object_is_no_purpose() -> None:
    _, ev = news_event("وشهدت ألمانيا عمليات عدة لاستهداف تجمعات اللاجئين.", "لاستهداف")
    assert ev.modality == "asserted"
    _, ev = news_event("وتعرضت البلدة أمس لقصف جوي عنيف.", "لقصف")
    assert ev.modality == "asserted"
    _, ev = news_event("وأعربت الجامعة عن استنكارها للقصف التركي على القرى.", "للقصف")
    assert ev.modality == "asserted"


def test_a_noun_act_after_a_future_verb_and_its_date_is_planned() -> None:
    _, ev = news_event("وأضاف أنه سيعقد يوم الخميس 28 / 10 لقاء عام بحضور الأمين.", "لقاء")
    assert ev.modality == "planned"
    # a past verb before the day holds no plan
    _, ev = news_event("وأضاف أنه عقد يوم الخميس 28 / 10 لقاء عام بحضور الأمين.", "لقاء")
    assert ev.modality != "planned"


def test_an_armed_group_named_by_its_noun_executes_captives() -> None:
    _, ev = news_event("وقامت الجماعة بإعدام عدد من الرهائن.", "بإعدام")
    assert (ev.code, ev.plover) == ("180", "ASSAULT")


def test_the_country_of_a_title_is_no_meeting_place() -> None:
    assert news_place("وقال: «والتقينا أيضا برئيس النيجر في القمة الأخيرة».", "والتقينا") is None
    # the place visited stays the place, after a subject with its article
    assert news_place("وزار الوزير فرنسا أمس.", "وزار") == "فرنسا"


def test_the_doer_of_a_relative_clause_is_no_venue() -> None:
    assert news_place("وأكد الوزير أن المفاوضات التي قادتها قطر لإطلاق سراح محتجزين تمت عبر وسطاء.",
                      "المفاوضات") is None
    assert news_place("وقال الوزير خلال لقائه اليوم بالرياض المبعوث الأممي إن الحل قريب.", "لقائه") == "الرياض"


def test_an_attack_by_rigged_vehicles_is_a_vehicle_bombing() -> None:
    _, ev = news_event("وقال مصدر إن سيارتين مفخختين هاجمتا موقعا عسكريا في وادي حضرموت أمس.", "هاجمتا")
    assert ev.code == "1832"
    _, ev = news_event("وقال مصدر إن مسلحين هاجموا موقعا عسكريا أمس.", "هاجموا")
    assert ev.code == "190"


def test_a_visit_after_a_past_verb_of_going_is_no_purpose_of_this_rule() -> None:
    _, ev = news_event("وشكلت الحكومة لجنة طبية لزيارة المحتجزين.", "لزيارة")
    assert ev.modality == "planned"
    # counter-case (round 39): the trip made, its visit told as done
    _, ev = news_event("واتجه الوزير بعدها إلى المدينة لزيارة الجرحى.", "لزيارة")
    assert ev.modality == "asserted"


def test_the_doer_of_a_light_verb_executes() -> None:
    # round 245b: «قام X بـ» gives an execution its doer, as it gives an attack; an armed group's is then 180
    _, ev = news_event("وقال الشهود إن التنظيم قام بإعدام شخصين من سكان المدينة.", "بإعدام")
    assert (ev.code, ev.attrs.get("source_text")) == ("180", "التنظيم")
    _, ev = news_event("وقامت السلطات بإعدام ثلاثة أشخاص أمس.", "بإعدام")
    assert (ev.code, ev.attrs.get("source_text")) == ("175", "السلطات")
    # counter-case: no light verb, no doer guessed from the clause before
    _, ev = news_event("وطالبت المنظمة بوقف إعدام المعتقلين.", "إعدام")
    assert ev.source is None and ev.attrs.get("source_text") is None


def test_the_future_light_verb_gives_its_doer_and_a_plan() -> None:
    _, ev = news_event("وقال إن هؤلاء الذين سيقوم التنظيم بإعدامهم تعاونوا مع القوات.", "بإعدامهم")
    assert (ev.code, ev.modality) == ("180", "planned") and ev.attrs.get("source_text") == "التنظيم"
    _, ev = news_event("وستقوم القوات بقصف مواقع المسلحين غدا.", "بقصف")
    assert ev.attrs.get("source_text") == "القوات" and ev.modality == "planned"
    # counter-case: an execution after a future verb of another kind takes no doer through «بـ»
    _, ev = news_event("وستسعى المنظمة إلى وقف إعدام المعتقلين.", "إعدام")
    assert ev.attrs.get("source_text") is None


def test_a_purpose_after_a_past_verb_of_moving_is_told_as_done() -> None:
    _, ev = news_event("وكان لافتا السرعة التي تحركت بها إسرائيل لمهاجمة عناصر الحزب في الجولان.", "لمهاجمة")
    assert ev.modality == "asserted"
    _, ev = news_event("وسارعت الدول الخليجية لتقديم المساعدات للاجئين.", "لتقديم المساعدات")
    assert ev.modality == "asserted"
    # counter-cases: the noun of moving («تحرك») and a verb of gathering hold an aim still
    _, ev = news_event("ويأتي تحرك الحكومة لمهاجمة مواقع التنظيم بعد أسابيع.", "لمهاجمة")
    assert ev.modality == "planned"
    _, ev = news_event("وحشدت الميليشيات قواتها للسيطرة على مطار المدينة.", "للسيطرة")
    assert ev.modality == "planned"
