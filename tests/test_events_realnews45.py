"""Round 45 of real news: a meeting later on the day of the report is planned; an attack warned of or only
possible is hypothetical; a meeting needed is planned; paired plurals of diplomacy, a targeting of relations, an
agenda of meetings and an arrest offered as an alternative are no events; an inquiry is 090 and a tank blown up is
fighting (190); condemning a phenomenon by the verb is none; two acts of one code by actors named apart stay two."""

from __future__ import annotations

from conftest import analyze_news, news_codes as _codes, news_triggers as _triggers


def _modes(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.modality) for e in doc.events]


def test_a_meeting_later_today_is_planned() -> None:
    assert ("ويلتقي", "planned") in _modes("ويلتقي وزير الخارجية نظيره الألماني في وقت لاحق اليوم في برلين.")
    assert ("ويجتمع", "planned") in _modes("ويجتمع الرئيس مع رئيس الوزراء مساء اليوم في القصر.")
    assert ("ويلتقي", "planned") in _modes("ويلتقي الملك اليوم رئيس الوزراء الفرنسي في باريس.")
    assert ("لقاء", "planned") in _modes("وأعلنت الخارجية أمس أن لقاء ثنائيا سيعقد في القاهرة اليوم.")
    # a meeting told in the past stays a fact
    assert ("والتقى", "asserted") in _modes("والتقى وزير الخارجية نظيره الألماني أمس في برلين.")


def test_an_attack_warned_of_is_hypothetical() -> None:
    assert ("هجمات", "hypothetical") in _modes("وتحدث التقرير عن احتمال شن هجمات على السفارات في العاصمة.")
    assert ("هجمات", "hypothetical") in _modes("وأصدرت الوزارة تحذيرا من هجمات إرهابية في البلاد.")
    assert ("هجمات", "hypothetical") in _modes("وقالت الشرطة إنها تتابع هجمات محتملة على المطارات.")
    assert ("هجمات", "asserted") in _modes("وشن المسلحون هجمات على السفارات في العاصمة أمس.")


def test_a_needed_meeting_is_planned() -> None:
    assert ("لقاءات", "planned") in _modes("وأكد الوزير ضرورة عقد لقاءات بين الجانبين لبحث الأزمة.")
    assert ("لقاءات", "asserted") in _modes("وعقد الوزير لقاءات مع الجانبين لبحث الأزمة أمس.")


def test_kinds_of_contact_and_abstract_targets_are_no_events() -> None:
    trig = _triggers("وأكد السفير أن الزيارات واللقاءات تعزز العلاقات الثنائية.")
    assert "الزيارات" not in trig and "واللقاءات" not in trig
    assert "استهداف" not in _triggers("وقال الوزير إن الحملة الإعلامية تهدف إلى استهداف العلاقات بين البلدين.")
    assert "استهداف" not in _triggers("وحذر الخبير من استهداف الاقتصاد الوطني بالشائعات.")
    assert ("استهداف", "190") in _codes("وأدان الوزير استهداف المدنيين في المدينة أمس.")


def test_an_agenda_and_an_alternative_are_no_events() -> None:
    assert "الاجتماعات" not in _triggers("وناقش الوزراء جدول أعمال الاجتماعات المقبلة.")
    assert "الاعتقال" not in _triggers("واقترح المحامي الإقامة الجبرية بديلا عن الاعتقال.")
    assert "اعتقاله" not in _triggers("وطلب الدفاع فرض كفالة مالية بدلا من اعتقاله.")
    # an arrest told stays one
    assert ("الاعتقال", "173") in _codes("وأعلنت الشرطة الاعتقال الفوري للمشتبه به.")


def test_an_inquiry_is_investigation() -> None:
    assert ("تحقيقا في", "090") in _codes("وفتحت النيابة تحقيقا في الفساد في الوزارة أمس.")
    assert ("التحقيق في", "090") in _codes("وبدأت اللجنة التحقيق في قضايا الفساد المالي.")
    # «تحقيق» of an aim is none
    assert not any(code == "090" for _, code in _codes("وتسعى الحكومة إلى تحقيق أهدافها الاقتصادية."))


def test_a_tank_blown_up_is_fighting() -> None:
    assert ("تفجير", "190") in _codes("وقال المتحدث إن المقاتلين تمكنوا من تفجير دبابة للجيش قرب البلدة.")
    codes = _codes("وأعلنت المقاومة تفجير 3 آليات عسكرية للمتمردين أمس.")
    assert ("تفجير", "190") in codes and all(code != "183" for _, code in codes)
    # (round 72: a car bomb is CAMEO's vehicle bombing, 1832, under 183)
    assert ("تفجير", "1832") in _codes("وأدى تفجير سيارة مفخخة إلى مقتل خمسة أشخاص في السوق.")


def test_condemning_a_phenomenon_by_the_verb_is_none() -> None:
    assert "وأدان" not in _triggers("وأدان الوزير الإرهاب بكل أشكاله.")
    assert "وأدان" not in _triggers("وأدان المجلس التطرف والعنف.")
    assert ("وأدان", "111") in _codes("وأدان الوزير الهجوم على السفارة أمس.")


def test_two_acts_by_actors_named_apart_stay_two() -> None:
    doc = analyze_news("وقتل مسلحون ثلاثة جنود في الشمال، وقتل جنود الجيش خمسة مسلحين في الجنوب.")
    kills = [e for e in doc.events if e.code == "190"]
    assert len(kills) == 2
    # a repeat with no actor of its own still joins
    doc = analyze_news("وقتل خمسة أشخاص في الهجوم على السوق أمس.")
    assert len([e for e in doc.events if e.code == "190"]) == 1


def test_the_wounded_treated_or_taken_are_no_attack() -> None:
    assert "جرحى" not in _triggers("وقال القائد إن المقاومة تعامل جرحى وأسرى الطرف الآخر بإنسانية.")
    assert "والجرحى" not in _triggers("وأعلن الجيش أسر عدد من المقاتلين والجرحى قرب الجبهة.")
    # the wounded of an attack still tell it
    assert "والجرحى" in _triggers("وسقط عشرات القتلى والجرحى في الهجوم على السوق.")


def test_an_act_without_is_negated() -> None:
    assert ("اتهام", "negated") in _modes("وقال المحامي إن التحقيق سينتهي دون أي اتهام للمسؤولين.")
    assert ("اتهام", "negated") in _modes("وأفرجت الشرطة عنه بدون أي اتهام.")
    assert ("اتهاما", "asserted") in _modes("ووجهت النيابة اتهاما للمسؤولين أمس.")
