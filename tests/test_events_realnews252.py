"""Round 252 of real news: non-events, modality and places.

- the talks masdar in «لـ» of a meeting that was held («عقدت اجتماعا لبحث», «بعد انتهاء اجتماع ... لمناقشة») is
  the topic of that meeting, done with it and on its day, not a plan (``purpose_lam.topic_meeting``);
- «حقق في» after «أن» takes no official subject from the clause that reports it («وأوضحت الهيئة أن البطالة حققت
  في اليونان أعلى معدل»: achieving, no inquiry);
- «عرضة لهجمات»: what may befall one (hypothetical); «عدم قدرتهم على السيطرة»: an act they could not do (negated);
- an act in the list a charge opens («اتهامات بـ«...، واستهداف المنشآت»») is what they are accused of: reported,
  of no day;
- a stopped act («إيقاف استهداف المدينة») is not merged with the acts that went on before it;
- a meeting told again by a definite meeting noun takes the place the lead sentence gives its meeting;
- a negated verb with «سوى/إلا» after it («لم يعلن سوى عن ثلاث غارات») tells only what was done: not negated;
- attacks named as a kind after a masdar of facing («في مواجهة الهجمات المسلحة») are no happening: hypothetical;
- a masdar a word of possibility takes as its object («يمكن للناس بحث», «بإمكان الجيش السيطرة») may be: hypothetical.
"""

from __future__ import annotations

from conftest import analyze_news, event_with_trigger_at, news_date, news_event, news_modality, news_place, news_triggers


def test_the_topic_of_a_held_meeting_is_done_with_it() -> None:
    text = "عقدت الوزيرة اجتماعا لبحث خطة الحزب مع الأمين العام أمس."
    assert news_modality(text, "لبحث") != "planned"
    text = "وقال الوزير أمس في الرياض بعد انتهاء اجتماع مع نظرائه في مجلس التعاون لمناقشة الاتفاق النووي مع إيران إن بلاده ستدعم حلفاءها."
    assert news_modality(text, "لمناقشة") != "planned"
    # (round gr423: the topic masdar is a trigger of the meeting it tells the aim of, one event)
    assert news_date(text, "اجتماع") == "2015-08-01"


def test_the_aim_of_a_meeting_to_come_or_of_a_delegation_stays_planned() -> None:
    assert news_modality("وسوف يعقد الوزير اجتماعا مع نظرائه لمناقشة الاتفاق النووي مع إيران.", "لمناقشة") == "planned"
    assert news_modality("وأرسلت الحكومة وفدا لبحث السلام مع الحركة.", "لبحث") == "planned"


def test_achieving_after_a_reporting_body_is_no_inquiry() -> None:
    text = "وأوضحت الهيئة أن البطالة حققت في اليونان أعلى معدل زيادة."
    assert "حققت في" not in news_triggers(text) and "حققت" not in news_triggers(text)
    # an official subject of its own still investigates
    assert news_event("وأوضحت الهيئة أن الشرطة حققت في الحادث أمس.", "حققت في")[1].code == "090"


def test_exposed_to_attacks_is_what_may_befall() -> None:
    text = "وقال القائد إن الجيش يكون بذلك عرضة لهجمات مباغتة من قبل المسلحين."
    assert news_modality(text, "لهجمات") == "hypothetical"
    # attacks undergone, or named with the article, happened
    assert news_modality("وتعرضت المدينة لهجمات مباغتة من قبل المسلحين أمس.", "لهجمات") == "asserted"
    assert news_modality("وتثير معاناة المدنيين المعرضين للغارات التركية المخاوف.", "للغارات") != "hypothetical"


def test_an_act_they_could_not_do_is_negated() -> None:
    assert news_modality("وأشار الوزير إلى عدم قدرتهم على السيطرة على المدينة.", "السيطرة") == "negated"
    # the attacks they could not repel happened
    text = "وأشار الوزير إلى عدم قدرة الجيش على صد هجمات المسلحين على المدينة أمس."
    assert news_modality(text, "هجمات") == "asserted"


def test_an_act_in_a_list_of_charges_is_alleged_of_no_day() -> None:
    text = "وأسندت النيابة إلى المتهمين اتهامات بـ«الانضمام لجماعة محظورة، والاعتداء على المواطنين، واستهداف المنشآت العامة»."
    doc = analyze_news(text)
    listed = event_with_trigger_at(doc, "واستهداف")  # (one event with «والاعتداء», of the same code)
    assert listed.modality == "reported" and listed.date is None


def test_an_act_after_a_charge_in_a_clause_of_its_own_is_not_charged() -> None:
    text = "وقدموا شكوى بدعوى أن لديهم وثائق تثبت خسائرهم بسبب القصف الحربي على المدينة أمس."
    assert news_modality(text, "القصف") == "asserted"
    assert news_date(text, "القصف") == "2015-08-01"


def test_a_stopped_act_is_not_the_acts_before_it() -> None:
    text = ("وقال القادة إن السيطرة على القاعدة مكنتهم من إيقاف استهداف مدينة عدن بالصواريخ. "
            "وأضافوا أن المسلحين كانوا إلى وقت قريب يستهدفون مدينة عدن بالصواريخ.")
    doc, stopped = news_event(text, "استهداف")
    assert all(doc.text[t.start : t.end] != "يستهدفون" for t in stopped.triggers)
    assert "يستهدفون" in news_triggers(text)


def test_a_meeting_told_again_is_where_the_lead_put_it() -> None:
    text = ("توجت جلسة المباحثات التي أجراها الرئيس المصري عبد الفتاح السيسي ونظيره اليمني عبد ربه منصور هادي "
            "في القاهرة أمس، باتفاق على دعم مصري لليمن.\n"
            "بدوره، شدد السيسي خلال اللقاء على ضرورة حل الأزمة اليمنية سياسيا.")
    # round 280: the lead's talks are now an event (its partner «ونظيره اليمني فلان»), which «اللقاء» joins
    doc = analyze_news(text)
    at = doc.text.index("اللقاء")
    ev = next(e for e in doc.events if any(t.start == at for t in [e.trigger, *e.triggers]))
    assert next((x.name for x in doc.entities if x.id == ev.location), None) == "القاهرة"


def test_a_meeting_told_again_on_another_day_or_a_process_takes_no_lead_place() -> None:
    text = ("توجت جلسة المباحثات التي أجراها الرئيس المصري عبد الفتاح السيسي ونظيره اليمني عبد ربه منصور هادي "
            "في القاهرة أمس، باتفاق على دعم مصري لليمن.\n"
            "وكان السيسي قد شدد في 3 يونيو الماضي خلال اللقاء على ضرورة حل الأزمة اليمنية سياسيا.")
    assert news_place(text, "اللقاء") != "القاهرة"
    text = ("بدأ الوزير محادثات مع دول الخليج في الدوحة أمس.\n"
            "وتحدث الوزير عن استمرار المشاورات بين واشنطن وحلفائها في كيفية دمج أنظمة الصواريخ.")
    assert news_place(text, "المشاورات") is None


def test_a_negated_verb_with_only_what_was_done_is_not_negated() -> None:
    text = "وركزت العمليات على أهداف للحزب، فيما لم يعلن في المقابل سوى عن ثلاث غارات على مسلحي التنظيم."
    assert news_modality(text, "يعلن") == "asserted"
    assert news_modality("ولم يعلن الجيش عن الهجوم إلا أمس.", "يعلن") == "asserted"


def test_a_negated_verb_with_however_or_no_exception_stays_negated() -> None:
    assert news_modality("ولم يعلن الجيش عن الهجوم إلا أن مصادر أكدت وقوعه.", "يعلن") == "negated"
    assert news_modality("ولم يعلن الجيش عن الهجوم، سوى أن مصادر أكدت وقوعه.", "يعلن") == "negated"


def test_attacks_named_as_a_kind_are_no_happening() -> None:
    text = "وأكدت الوزارة حق الدول في الدفاع عن النفس في مواجهة الهجمات المسلحة."
    assert news_modality(text, "الهجمات") == "hypothetical"


def test_attacks_owned_or_repelled_are_told_as_happening() -> None:
    assert news_modality("وصمدت القوات في مواجهة هجماتهم على المدينة أمس.", "هجماتهم") == "asserted"
    assert news_modality("وصدت القوات الهجمات على المدينة أمس.", "الهجمات") == "asserted"


def test_a_masdar_a_word_of_possibility_takes_may_be() -> None:
    assert news_modality("وقال الوزير: يمكن للناس بحث هذه الضمانات مع الحكومة.", "بحث") == "hypothetical"
    assert news_modality("وقال إن بإمكان الجيش السيطرة على المدينة.", "السيطرة") == "hypothetical"
    assert news_modality("وقال الوزير: لا يمكن بحث هذه الضمانات مع الحكومة.", "بحث") == "negated"


def test_what_can_be_done_to_stop_an_act_does_not_make_it_possible() -> None:
    # «ما يمكن فعله لوقف الاشتباكات»: «ما» is what, and the clashes are the aim of another masdar
    assert news_modality("وقال إن الحزب سيبحث ما يمكن فعله لوقف الاشتباكات.", "الاشتباكات") not in ("negated", "hypothetical")
    assert news_modality("وبحث الوزير مع نظيره الأزمة أمس.", "وبحث") == "asserted"
