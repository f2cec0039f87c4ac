"""Round oe315: protest and assault sources and targets in the OEDA gold's patterns (hand-made sentences).

A protest «على الاتفاقية» is aimed at the agreement; a bomb, a rigged car or a shell is the means of an attack, never
its doer nor its target; «على يد X» after a verb makes it passive (X acts, the phrase before the verb undergoes it);
«تظاهر أمس نحو 300 شخص»: the approximate count past a time word is the subject; a protest verb after «الذين» is
done by the people phrase the relative follows."""

from conftest import analyze_news, news_arg


def _arg(text: str, trigger: str, role: str) -> str:
    return news_arg(text, trigger, role)


# --- an agreement protested is the target (events.grievances)

def test_agreement_protested_is_the_target() -> None:
    text = "وتظاهر مئات العمال في العاصمة احتجاجا على الاتفاقية التجارية الجديدة مع الجيران."
    assert _arg(text, "احتجاجا", "target").startswith("الاتفاقية التجارية")


def test_treaty_protested_is_the_target() -> None:
    text = "واحتشد آلاف الطلاب أمس احتجاجا على المعاهدة الأمنية."
    assert "المعاهدة" in _arg(text, "احتجاجا", "target")


def test_counter_a_state_protested_stays_no_party() -> None:
    # a grievance with no owner («تردي الخدمات») is still no party to the protest
    text = "وتظاهر مئات العمال في العاصمة احتجاجا على تردي الخدمات."
    assert _arg(text, "احتجاجا", "target") == ""


# --- a device is the means, not the doer (events.device_sources)

def test_bomb_that_went_off_is_no_source() -> None:
    text = "وقال مسؤول أمني إن قنبلة انفجرت أمام مبنى البلدية في المدينة من دون أن توقع إصابات."
    doc = analyze_news(text)
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "انفجرت")
    assert ev.source is None and ev.attrs.get("source_span") is None


def test_name_before_the_exploding_verb_is_no_source() -> None:
    # «صلاح الدين» ends the phrase of where the car was parked: the car blew up, no one named did
    text = "وأفاد المصدر بأن سيارة مفخخة متوقفة أمام مديرية صحة صلاح الدين انفجرت عند الظهر."
    doc = analyze_news(text)
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "انفجرت")
    assert ev.source is None and ev.attrs.get("source_span") is None


def test_rigged_car_of_an_attack_is_no_source() -> None:
    text = "وقتل ثلاثة جنود في هجوم انتحاري بواسطة سيارة مفخخة استهدف حاجزا للجيش شمال المدينة."
    doc = analyze_news(text)
    attacks = [e for e in doc.events if e.plover == "ASSAULT"]
    assert attacks
    assert all("سيارة" not in _text(doc, e, "source") for e in attacks)


def test_counter_the_planter_named_after_the_device_acts() -> None:
    text = "وقتل جنديان في انفجار لغم أرضي زرعته جماعة أنصار الشريعة على الطريق."
    doc = analyze_news(text)
    blast = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "انفجار")
    assert blast.source is not None and "أنصار الشريعة" in doc.entity(blast.source).name


def test_counter_bombers_who_set_off_bombs_stay_the_source() -> None:
    # the attackers detonate the bombs: they are the source; the bombs are not the target
    text = "وفجر المهاجمون قنابلهم داخل محطة القطارات صباح أمس."
    assert _arg(text, "وفجر", "source") == "المهاجمون"
    assert _arg(text, "وفجر", "target") != "قنابلهم"


# --- «على يد X»: the verb is passive (events.hand_agents)

def test_agent_after_the_verb_beats_the_speaker() -> None:
    text = "وقال فلاح إن شرطيا وموظفا من البلدية خطفا من منزليهما على يد مسلحين ثم أطلق سراحهما."
    assert _arg(text, "خطفا", "source") == "مسلحين"
    assert _arg(text, "خطفا", "target") == "شرطيا وموظفا"


def test_patient_named_before_the_passive_verb() -> None:
    text = "وأضاف أن سمير الحداد الموظف في المحكمة خطف من منزله مساء أمس على يد خمسة مسلحين."
    assert _arg(text, "خطف", "target") == "سمير الحداد"
    assert "مسلحين" in _arg(text, "خطف", "source")


def test_counter_before_as_an_adverb_of_time() -> None:
    # «من قبل ساعات»: «before», no agent; the army that shelled stays the source
    text = "وقال المتحدث إن الجيش قصف المدينة من قبل ساعات."
    assert "على يد" not in text
    assert _arg(text, "قصف", "source") in ("الجيش", "")
    assert _arg(text, "قصف", "target") == "المدينة"


def test_counter_masdar_after_a_verb_of_undergoing() -> None:
    # «تعرضت لقصف من قبل X»: a masdar, the verb before it is no patient
    text = "وقال المهندس إن الكابلات سبق أن تعرضت لقصف مدفعي من قبل الميليشيات."
    assert _arg(text, "لقصف", "target") != "تعرضت"


# --- an approximate count after a time word is the subject (events.sources)

def test_approximate_count_past_a_time_word_protests() -> None:
    text = "وأمام مبنى المحافظة، تظاهر أمس نحو 300 شخص للمطالبة بتحسين الكهرباء."
    assert _arg(text, "تظاهر", "source") == "300 شخص"


def test_counter_approximate_count_of_a_killing_is_the_patient() -> None:
    text = "وقتل أمس نحو عشرين شخصا في المدينة."
    assert _arg(text, "وقتل", "source") == ""
    assert _arg(text, "وقتل", "target") == "عشرين شخصا"


# --- «الذين» + protest verb: the people phrase before it (events.protest_relatives)

def test_relative_protesters_past_where_they_live() -> None:
    text = "وأثار اعتقال الشيخ غضب السكان المحليين في البلدة الذين خرجوا إلى الشوارع للاحتجاج على اعتقاله."
    assert _arg(text, "خرجوا", "source") == "السكان المحليين"


def test_relative_protesters_past_a_comma() -> None:
    text = "وتواصلت أمس مواجهات بين الشرطة ومجموعات من الشبان الغاضبين، الذين يحتجون على مقتل أحد جيرانهم."
    assert _arg(text, "يحتجون", "source") == "الشبان الغاضبين"


def test_counter_things_before_the_relative_do_not_protest() -> None:
    # «رماة الحجارة»: the stones are no people; the rule names no source
    text = "واستخدمت الشرطة الهراوات لتفريق مئات من المتظاهرين ورماة الحجارة، الذين كانوا يهتفون في وسط المدينة."
    assert _arg(text, "يهتفون", "source") != "الحجارة"


# --- the subject of a verb of organising is who protests (events.light_subjects.light_verb_subject, «organising_verbs»)

def test_organisers_of_a_demonstration_protest() -> None:
    text = "ونظمت النقابات العمالية مظاهرة حاشدة في وسط العاصمة أمس."
    assert _arg(text, "مظاهرة", "source") == "النقابات العمالية"


def test_organisers_past_a_time_word_protest() -> None:
    text = "ونظم الطلاب أمس اعتصاما أمام مبنى الجامعة."
    assert _arg(text, "اعتصاما", "source") == "الطلاب"


def test_counter_the_course_of_a_demonstration_names_no_organiser() -> None:
    # «سير المظاهرة»: the course of the protest, no verb of organising; the police watch it
    text = "وراقبت الشرطة سير المظاهرة في وسط العاصمة."
    assert _arg(text, "المظاهرة", "source") != "الشرطة"


# --- a member killed is the patient, not its group the doer (events.protest_relatives.victim_member)

def test_member_killed_is_no_doer() -> None:
    text = "وقتل جندي من حلف شمال الأطلسي في حادث منفصل في المنطقة نفسها."
    doc = analyze_news(text)
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "وقتل")
    assert ev.source is None and ev.attrs.get("source_span") is None
    assert _text(doc, ev, "target") == "جندي"


def test_counter_members_who_kill_an_object_act() -> None:
    text = "وقتل مسلحون من تنظيم داعش جنديين في المدينة."
    assert _arg(text, "وقتل", "source") == "تنظيم داعش"
    assert _arg(text, "وقتل", "target") == "جنديين"


# --- a verb of harm with a subordinate clause right after it is passive (events.vso.no_object)

def test_killed_before_a_clause_of_when_is_passive() -> None:
    text = "وقال مسؤولون محليون إن شرطيا قتل بعدما أطلق مسلحون النار على دوريته."
    assert _arg(text, "قتل", "target") == "شرطيا"
    # session 38 (ev391): the gunmen who opened fire are the doer of the killing; a clause of no harm gives none
    assert _arg(text, "قتل", "source") == "مسلحون"
    text = "وقال مسؤولون إن شرطيا قتل بعدما وصل الوزير إلى المدينة."
    assert _arg(text, "قتل", "source") == "" and _arg(text, "قتل", "target") == "شرطيا"


def test_counter_killed_with_an_object_is_active() -> None:
    text = "وقال مسؤولون محليون إن مسلحين قتلوا شرطيا بعدما هاجموا دوريته."
    assert _arg(text, "قتلوا", "target") == "شرطيا"


def _text(doc, ev, role: str) -> str:  # type: ignore[no-untyped-def]
    span = ev.attrs.get(f"{role}_span")
    return doc.text[span[0] : span[1]] if isinstance(span, list) else ""
