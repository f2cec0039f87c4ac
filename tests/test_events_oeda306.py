"""Round oe306: who protests and whom a protest is aimed at, in the OEDA gold's patterns (hand-made sentences).

A protest with «متهمين X بـ» after it is aimed at X, the one accused, not at a party of the charge; the phrase of
things right before a conjoined masculine plural verb («الإطارات ورددوا») is the verb before's object, no subject;
«قيام عدد من X بـ + protest» is X's act; «أول من أمس» is no actor, even with no document date."""

import rasd

from conftest import analyze_news, news_arg


def _source_text(doc, trigger: str) -> str:  # type: ignore[no-untyped-def]
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)
    span = ev.attrs.get("source_span")
    return doc.text[span[0] : span[1]] if isinstance(span, list) else ""


def test_protest_aimed_at_the_accused() -> None:
    text = "واحتج مئات السكان أمس قرب موقع الانفجار متهمين القوات الحكومية بقصف الأحياء السكنية على رؤوس المدنيين."
    assert news_arg(text, "واحتج", "target") == "القوات الحكومية"


def test_accused_after_a_comma_with_no_other_aim() -> None:
    text = "وتظاهر آلاف الطلاب في العاصمة، متهمين وزارة التعليم بإهمال الجامعات."
    assert news_arg(text, "وتظاهر", "target") == "وزارة التعليم"


def test_counter_aim_before_the_participle_stays() -> None:
    # what the protest is against is said before the participle: it stays
    text = "وتظاهر آلاف الطلاب احتجاجا على قرار الوزارة متهمين إياها بإهمال الجامعات."
    assert news_arg(text, "احتجاجا", "target") != "إياها"
    assert "الوزارة" in news_arg(text, "احتجاجا", "target")


def test_counter_those_accused_accuse_no_one() -> None:
    # «متهمين بالتخريب»: no one named after the participle, no target from it
    text = "وتظاهر المئات أمس في وسط المدينة للمطالبة بالإفراج عن شبان متهمين بالتخريب."
    assert news_arg(text, "وتظاهر", "target") == ""


def test_things_before_a_plural_verb_are_its_objects() -> None:
    text = "وأحرق المتظاهرون في مخيمات اللاجئين، إطارات السيارات ورددوا هتافات غاضبة."
    doc = analyze_news(text)
    assert _source_text(doc, "ورددوا") == "المتظاهرون"


def test_counter_people_before_a_plural_verb_act() -> None:
    # the phrase right before the verb is its subject where it is a phrase of people: «المتظاهرون ... وأحرقوا»
    text = "واحتشد المتظاهرون أمام البرلمان وأحرقوا الإطارات."
    doc = analyze_news(text)
    assert any(_source_text(doc, doc.text[e.trigger.start : e.trigger.end]) == "المتظاهرون"
               for e in doc.events if e.plover == "PROTEST")


def test_place_before_a_plural_verb_is_where() -> None:
    text = "إلى ذلك، نظم أنصار الرئيس السابق مظاهرة نادرة في مدينة بنغازي في شرق ليبيا وهتفوا «يحيا الرئيس»."
    doc = analyze_news(text)
    named = {x.id: x.name for x in doc.entities}
    assert [e for e in doc.events if e.plover == "PROTEST"]
    assert all(named.get(e.source or "") != "ليبيا" for e in doc.events if e.plover == "PROTEST")


def test_counter_place_named_after_the_protesters_is_where() -> None:
    # the protesters are told before the place: they stay the source
    text = "وخرج أنصار الحزب في مدينة بنغازي في شرق ليبيا وهتفوا «يحيا الحزب»."
    doc = analyze_news(text)
    assert _source_text(doc, "وخرج") == "أنصار الحزب"


def test_counted_group_of_doing_masdar() -> None:
    text = "وبدأت الاحتجاجات مع قيام عدد من شبان القبائل بقطع الطريق الدولي."
    doc = analyze_news(text)
    assert _source_text(doc, "بقطع الطريق") == "عدد من شبان القبائل"


def test_counter_lone_number_of_doing_masdar() -> None:
    # a bare number after «قيام» counts no group: no source from it
    text = "وأعلنت الشرطة قيام خمسة بقطع الطريق الدولي."
    doc = analyze_news(text)
    assert _source_text(doc, "بقطع الطريق") == ""


def test_day_before_yesterday_is_no_actor_without_a_date() -> None:
    doc = rasd.analyze("وكانت أحزاب المعارضة نظمت أول من أمس مسيرات منددة بالانقلاب.")
    assert all(_source_text(doc, doc.text[e.trigger.start : e.trigger.end]) != "أول" for e in doc.events)


def test_counter_first_is_still_a_word_elsewhere() -> None:
    from rasd.events.acting import day_before_yesterday

    doc = analyze_news("وكان أول من وصل إلى المكان رجال الإطفاء.")
    k = next(k for k, t in enumerate(doc.tokens) if t.text == "أول")
    assert not day_before_yesterday(doc, k)


def test_group_counted_past_also() -> None:
    text = "واحتشدت مجموعات صغيرة أيضا من المتظاهرين خارج السفارة ورددوا شعارات."
    doc = analyze_news(text)
    assert _source_text(doc, "واحتشدت") == "مجموعات صغيرة أيضا من المتظاهرين"


def test_counter_also_with_no_group_after() -> None:
    text = "واحتشدت مجموعات صغيرة أيضا في ساحة المدينة."
    doc = analyze_news(text)
    assert _source_text(doc, "واحتشدت") == "مجموعات صغيرة"


def test_slogans_raised_are_no_target() -> None:
    text = "وتراوحت الشعارات التي رفعها المتظاهرون في المسيرة بين المطالبة برفع الحصار عن المدينة وإطلاق المعتقلين."
    assert news_arg(text, "رفعها المتظاهرون", "target") != "الشعارات"


def test_slogans_give_way_to_what_they_demand_of() -> None:
    text = "وتراوحت الشعارات التي رفعها المتظاهرون بين مطالبة الحكومة بالاستقالة والإفراج عن المعتقلين."
    assert news_arg(text, "رفعها المتظاهرون", "target") == "الحكومة"


def test_counter_named_banner_owner_stays() -> None:
    # a named party after the trigger is no banner: it stays the target
    text = "واحتج المتظاهرون على الحكومة ورفعوا شعارات غاضبة."
    assert news_arg(text, "واحتج", "target") == "الحكومة"
