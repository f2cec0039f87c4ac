"""Round gr423: one meeting told twice is one event. A round of talks told with its talks noun («جولة مباحثات», «الجولة
الثانية من المحادثات») is one act (046), not a round and a meeting; a definite meeting or visit noun («اللقاء»,
«الزيارة») that names the same parties as the meeting or visit told last before it is that meeting or visit again.
Hand-made sentences (paraphrases), no article text."""

from __future__ import annotations

from conftest import analyze_news


RECEIVED = ("أكد الشيخ عبد الله بن زايد آل نهيان وزير الخارجية الإماراتي دعم بلاده لليمن. وجاء حديث الشيخ عبد الله بن "
            "زايد خلال استقباله إسماعيل ولد الشيخ أحمد المبعوث الأممي إلى اليمن")


def _meetings(text: str) -> list[tuple[str, str, str | None, str | None, list[str]]]:
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    return [(e.code, text[e.trigger.start : e.trigger.end], names.get(e.source or ""), names.get(e.target or ""),
             [text[t.start : t.end] for t in e.triggers]) for e in doc.events if e.code.startswith("04")]


def test_a_round_of_talks_and_its_noun_are_one_act() -> None:
    text = "وتشهد العاصمة القطرية اليوم جولة مباحثات بين وزير الخارجية الأميركي جون كيري ونظيره الروسي سيرغي لافروف."
    assert _meetings(text) == [("046", "جولة", "جون كيري", "سيرغي لافروف", ["جولة", "مباحثات"])]


def test_the_round_takes_the_parties_its_talks_noun_names() -> None:
    text = "وقال إن الجولة الثانية من المحادثات بين حركة طالبان والحكومة الأفغانية ستبدأ قريبا في باكستان."
    assert _meetings(text) == [("046", "الجولة", "حركة طالبان", "الحكومة الأفغانية", ["الجولة", "المحادثات"])]


def test_talks_after_a_comma_are_not_the_rounds_noun() -> None:
    # counter-case: talks told in another clause after the round stay an event of their own
    text = ("وانتهت أمس في جنيف جولة المفاوضات، ثم بدأت محادثات بين وزير الخارجية الأميركي جون كيري ونظيره "
            "الروسي سيرغي لافروف.")
    got = _meetings(text)
    assert [m[0] for m in got] == ["046", "040"]
    assert got[1][1:4] == ("محادثات", "جون كيري", "سيرغي لافروف")


def test_the_meeting_a_reception_is_told_again_with_its_parties() -> None:
    text = RECEIVED + "، أول من أمس في العاصمة أبوظبي، حيث اطلع خلال اللقاء على تطورات الوضع على الساحة اليمنية."
    assert _meetings(text) == [("043", "استقباله", "عبد الله بن زايد آل نهيان", "إسماعيل ولد الشيخ أحمد",
                                ["استقباله", "اللقاء"])]


def test_the_visit_told_again_in_a_quote() -> None:
    text = ("وصف وزير الإعلام الأردني محمد المومني زيارة الأمير محمد بن سلمان ولي ولي العهد السعودي لبلاده "
            "بالتاريخية. وقال المومني إن الزيارة تأتي في وقت مهم تمر به المنطقة.")
    got = _meetings(text)
    assert len(got) == 1 and got[0][0] == "042" and got[0][4] == ["زيارة", "الزيارة"]


def test_a_proposed_meeting_with_others_stays_apart() -> None:
    # counter-case: «والاجتماع مع المسؤولين» names a party of its own (an unnamed phrase): another meeting
    text = ("واقترح في اجتماع لمجلس الوزراء برئاسة نوري المالكي ذهاب رئيس الحكومة إلى الأنبار والاجتماع مع "
            "المسؤولين فيها.")
    assert [m[1] for m in _meetings(text)] == ["اجتماع", "والاجتماع"]


def test_a_meeting_of_another_day_stays_apart() -> None:
    # counter-case: the same two men, but the meeting noun is dated by a day of its own, not the reception's
    text = RECEIVED + (" في مارس الماضي في العاصمة أبوظبي، حيث اطلع خلال اللقاء الذي جرى أمس على تطورات الوضع على "
                       "الساحة اليمنية.")
    assert [m[1] for m in _meetings(text)] == ["استقباله", "اللقاء"]


def test_a_planned_meeting_stays_apart() -> None:
    # counter-case: the next meeting, planned, is not the reception told as fact
    text = RECEIVED + ("، أول من أمس في العاصمة أبوظبي، حيث سيطلع خلال اللقاء المقبل على تطورات الوضع على الساحة "
                       "اليمنية.")
    assert [m[1] for m in _meetings(text)] == ["استقباله", "اللقاء"]


def _codes(text: str, trigger: str) -> list[str]:
    doc = analyze_news(text)
    return [e.code for e in doc.events if text[e.trigger.start : e.trigger.end] == trigger]


def test_agreeing_on_what_was_said_expresses_accord() -> None:
    text = ("وشدد الرئيس المصري على ضرورة حل الأزمة اليمنية سياسيا، «وقد اتفق الجانبان المصري واليمني على ذلك»، حسبما "
            "أضاف الوزير.")
    assert _codes(text, "اتفق") == ["019"]


def test_agreeing_on_the_importance_of_a_view_expresses_accord() -> None:
    text = "وأشار وزير الخارجية الأميركي جون كيري إلى أنه اتفق مع سامح شكري على أهمية أن تكون الانتخابات المقبلة حرة."
    assert _codes(text, "اتفق") == ["019"]


def test_agreeing_to_do_an_act_stays_an_intent_to_cooperate() -> None:
    # counter-case: what follows «على» is an act to do, not a view
    text = "وأعلن كيري أن بلاده ودول الخليج اتفقوا بعد محادثات في الدوحة أمس على تطوير التعاون الاستراتيجي."
    assert _codes(text, "اتفقوا") == ["030"]


def test_talks_held_to_discuss_are_the_meeting_told_before() -> None:
    text = ("وأوضحت المصادر أن المستشارة الألمانية أنجيلا ميركل عقدت اجتماعا لبحث استراتيجية الحزب مع الأمين العام "
            "بيتر تاوبر.")
    # the person met, named after the masdar's «مع», is the meeting's
    assert _meetings(text) == [("040", "اجتماعا", "أنجيلا ميركل", "بيتر تاوبر", ["اجتماعا", "لبحث"])]


def test_the_matter_discussed_is_no_party_met() -> None:
    text = ("وعقد وزراء خارجية دول مجلس التعاون اجتماعا تنسيقيا للتحضير لاجتماع مع وزير الخارجية الأميركي جون كيري "
            "اليوم لبحث الاتفاق النووي مع إيران.")
    got = _meetings(text)
    assert [m[1] for m in got] == ["اجتماعا", "لاجتماع"]
    assert got[1][3:] == ("جون كيري", ["لاجتماع", "لبحث"])
    # nor is a country after the matter's «مع» taken as the one met where the meeting names none
    got = _meetings("وعقد الوزراء اجتماعا أمس لمناقشة الاتفاق النووي مع إيران.")
    assert [(m[1], m[3], m[4]) for m in got] == [("اجتماعا", None, ["اجتماعا", "لمناقشة"])]


def test_a_visit_to_discuss_matters_with_the_hosts_stays_two_acts() -> None:
    # counter-case: a visit and the talks held during it are two acts (042, 040)
    text = ("واقترحت فيديريكا موغيريني أن يقوم عدد من أعضاء المفوضية بزيارة رسمية لإيران في نهاية العام لمناقشة "
            "عدد من الموضوعات مع السلطات الإيرانية.")
    assert [m[:2] for m in _meetings(text)] == [("042", "بزيارة"), ("040", "لمناقشة")]
