"""Round 101: a country named by the adjective of the phrase that does an act («نجحت وحدة عسكرية أمريكية بقتل»,
«سمحت للمقاتلات الأميركية بشن غارات», «شنت نحو 20 طائرة تركية سلسلة من الغارات», «قام الوفد التركي بزيارة»), «بلاده»
as the speaker's country (source after «إن بلاده», target in «زيارة فلان لبلاده»), and «ضد» + a body before an act of
force with no object (events.homelands). The sentences are made up."""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_with_trigger_at, news_arg, news_event


def test_doer_phrase_before_its_masdar() -> None:
    doc = analyze_news("ونجحت وحدة عسكرية أمريكية خاصة بقتل القيادي أبو محمد في دير الزور.")
    ev = event_with_trigger_at(doc, "بقتل")
    assert event_arg(doc, ev, "source") == "الولايات المتحدة"
    usa = next(e for e in doc.entities if e.id == ev.source)
    assert (usa.type, usa.country, usa.actor) == ("LOCATION", "USA", "USA")
    assert [doc.text[m.start : m.end] for m in usa.mentions] == ["أمريكية"]  # the adjective's characters
    assert event_arg(doc, ev, "target") == "أبو محمد"


def test_allowed_aircraft_do_the_raids() -> None:
    text = "وأعلنت أنقرة أنها سمحت للمقاتلات الحربية الأميركية بشن غارات على تنظيم داعش."
    assert news_arg(text, "غارات") == "الولايات المتحدة"
    assert news_arg(text, "غارات", "target") == "تنظيم داعش"


def test_light_verb_subject_with_a_count() -> None:
    text = "وشنت نحو 20 طائرة تركية من طراز إف - 16 سلسلة جديدة من الغارات ضد مواقع لحزب العمال الكردستاني."
    assert news_arg(text, "الغارات") == "تركيا"


def test_delegation_visits() -> None:
    # (since round en431 the delegation is a body of its own with its country's government code)
    text = "ومن جانب آخر قام الوفد التركي بزيارة مركز التدريب في الرياض."
    assert news_arg(text, "بزيارة") == "الوفد التركي"
    doc, ev = news_event(text, "بزيارة")
    assert next(e.actor for e in doc.entities if e.id == ev.source) == "TURGOV"


def test_no_doer_country_from_another_noun() -> None:
    # the opposition's forces are not the country's; a victim's adjective names no doer
    assert news_arg("وقامت قوات المعارضة السورية بقصف مواقع النظام في حلب.", "بقصف") != "سوريا"
    doc = analyze_news("وأسفر القصف عن مقتل مواطنين أمريكيين في المدينة.")
    assert all(event_arg(doc, e, "source") != "الولايات المتحدة" for e in doc.events)


def test_his_country_does_the_raids() -> None:
    text = ("وقال وزير الخارجية الفرنسي لوران فابيوس إن بلاده ستواصل حملتها في العراق، مشيرا إلى أنها ستشارك "
            "في شن الغارات حتى نهاية العام.")
    assert news_arg(text, "شن الغارات") == "فرنسا"


def test_his_country_is_visited() -> None:
    text = "من جانبه، وصف وزير الإعلام الأردني الدكتور محمد المومني، زيارة الرئيس التركي رجب طيب أردوغان، لبلاده بـ«المهمة»."
    assert news_arg(text, "زيارة", "target") == "الأردن"


def test_his_country_in_a_genitive_does_nothing() -> None:
    text = ("وحذر المبعوث الأميركي دونالد بوث الأطراف من نفاد صبر بلاده، وقال إن المحادثات بين الأطراف "
            "تعثرت مرة أخرى.")
    doc = analyze_news(text)
    assert all(event_arg(doc, e, "source") != "الولايات المتحدة" for e in doc.events
               if doc.text[e.trigger.start : e.trigger.end] == "المحادثات")


def test_against_before_the_strikes() -> None:
    text = ("وقال وزير الدفاع البريطاني مايكل فالون إن بلاده ستمدد حملتها الجوية ضد تنظيم «داعش» عاما آخر، "
            "مشيرا إلى أنها ستستخدم طائرات تورنادو في شن الضربات.")
    assert news_arg(text, "شن الضربات") == "بريطانيا"
    assert news_arg(text, "شن الضربات", "target") == "تنظيم داعش"


def test_against_no_target_without_a_doer() -> None:
    text = ("وبعدما كان الرجلان متحالفين ضد طالبان في التسعينات، تصاعد الخلاف بينهما حتى وصل إلى اشتباكات "
            "عنيفة بين قواتهما.")
    assert news_arg(text, "اشتباكات", "target") != "حركة طالبان"
