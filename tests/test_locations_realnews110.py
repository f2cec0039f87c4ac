"""Round 110 of real news: places named for an act but not right after «في». A compass word or «قرب» before a place
in the act's clause («قرب مدينة قندوز», «غرب الرمادي»); a village right after a verb of attack and the verb of force
joined to it («هاجمت قرية ... وأحرقت المنزل»); a coordinated clause of what the strikes hit («، واستهدفت ... في
حضرموت») and a killing done in those strikes; a statement broadcast from a place; a shelling pointed back to by
«هذا»; a place taken past an aside between commas; and no place before a «إلى» for an act of purpose after it
(«العودة إلى الحوار للتوقيع»). Counter-cases keep each rule narrow: a null is better than a wrong place.
Hand-made sentences; the sample's articles are dated 2015-08-02."""

from __future__ import annotations

from conftest import analyze_news, news_place


def _places(text: str, trigger: str) -> list[str | None]:
    """The place names of every event whose trigger is ``trigger``, in text order."""
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    return [names.get(ev.location) if ev.location else None for ev in doc.events
            if doc.text[ev.trigger.start:ev.trigger.end] == trigger]


def test_a_compass_word_or_near_without_fi() -> None:
    text = "وقال الناطق إن «الجيش شن هجوما قتل فيه ثلاثة مسلحين وأنهى تجمعهم قرب مدينة قندوز»."
    assert news_place(text, "هجوما") == "قندوز"
    assert news_place("وأعلنت القيادة عن تفجير عشر عبوات ناسفة غرب الرمادي.", "تفجير") == "الرمادي"
    # where others fled to, or a place in another clause after a comma: no place of the act
    text = "وقال الناطق إن «الجيش شن هجوما على مسلحين فروا إلى مناطق قرب مدينة قندوز»."
    assert news_place(text, "هجوما") is None
    text = "وأعلنت القيادة عن تفجير عشر عبوات ناسفة، وقالت إن المسلحين فروا غرب الرمادي."
    assert news_place(text, "تفجير") is None


def test_a_village_attacked_and_the_act_joined_to_it() -> None:
    text = ("وأحرق مستوطنون منزلا في قرية كفر مالك. وكانت العصابات التي هاجمت قرية كفر مالك وأحرقت المنزل قد "
            "فرت.")
    assert news_place(text, "هاجمت") == "كفر مالك"
    assert news_place(text, "وأحرقت") == "كفر مالك"


def test_a_coordinated_clause_of_what_the_strikes_hit() -> None:
    text = "وقتل قادة التنظيم في غارات جوية لطائرات يعتقد أنها أميركية، واستهدفت تجمعات المسلحين في حضرموت."
    assert news_place(text, "غارات جوية") == "حضرموت"
    assert news_place(text, "وقتل") == "حضرموت"  # killed in those strikes
    # a clause of saying after the comma: the sources are in Hadramawt, not the strikes
    text = "وقتل قادة التنظيم في غارات جوية لطائرات يعتقد أنها أميركية، وقالت مصادر في حضرموت إن التنظيم يتوسع."
    assert news_place(text, "غارات جوية") is None
    assert news_place(text, "وقتل") is None


def test_a_statement_broadcast_from_a_place() -> None:
    text = "وقال الوزير في تصريحات بثها التلفزيون الرسمي من ماليزيا إن الاتفاق صامد."
    assert news_place(text, "تصريحات") == "ماليزيا"
    text = ("وصرح وزير الخارجية الروسي بأن بلاده لن تتراجع، قائلا في تصريحات بثها التلفزيون الرسمي من ماليزيا إن "
            "الاتفاق صامد.")
    assert news_place(text, "وصرح") == "ماليزيا"
    # relayed by an agency from a place: where the agency is, not the statement
    text = "وقال الوزير في تصريحات نقلتها وكالة الأنباء من ماليزيا إن الاتفاق صامد."
    assert news_place(text, "تصريحات") is None


def test_an_act_of_purpose_after_a_return_elsewhere() -> None:
    text = ("واختتمت جولة المحادثات في العاصمة الجزائرية أمس بالبحث عن سبل العودة إلى طاولة الحوار للتوقيع على "
            "اتفاق. وتقع الجزائر العاصمة على البحر.")
    assert news_place(text, "جولة") == "الجزائر العاصمة"  # (round gr423: «جولة المحادثات», one act, the round's)
    assert news_place(text, "للتوقيع على") is None
    # the purpose of a meeting where it was held is there
    assert news_place("واجتمع الوزراء في الدوحة أمس لمناقشة الاتفاق النووي.", "واجتمع") == "الدوحة"


def test_a_shelling_pointed_back_to() -> None:
    text = "وقال سكان إن قذائف سقطت في محيط مدينة حماة، لكن مصادر أشارت إلى أن هذا القصف لم يوقع ضحايا."
    assert news_place(text, "القصف") == "حماة"
    # two places named before it: which one is not told
    text = ("وقال سكان إن قذائف سقطت في مدينة حماة وفي مدينة حلب، لكن مصادر أشارت إلى أن هذا القصف لم يوقع "
            "ضحايا.")
    assert _places(text, "القصف") == [None]


def test_a_place_taken_past_an_aside() -> None:
    text = ("وأكدت المصادر أن سيطرة القوات الموالية للحكومة، بالتنسيق مع طيران التحالف، على قاعدة العند أوقفت "
            "القصف.")
    assert news_place(text, "سيطرة") == "قاعدة العند"
    # more than one aside: no place
    text = ("وأكدت المصادر أن سيطرة القوات الموالية للحكومة، بالتنسيق مع طيران التحالف، وبعد معارك، على قاعدة "
            "العند أوقفت القصف.")
    assert news_place(text, "سيطرة") is None
