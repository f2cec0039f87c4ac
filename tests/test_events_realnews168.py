"""Round 168 of real news: a subject told earlier in the sentence carried into the clause about it (events/
carried_subjects.py: «إذ», «أنه», «على X» of obligation); the holder of a meeting and those a «ضم» clause lists, a
sanction no doer, the dead no doer, a member «في» a body (events/convened.py); a body's forces named by a bare word
(events/forces_of.py). Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import analyze_news, event_arg, news_arg

IDH = "ووصل وزير الخارجية الروسي سيرغي لافروف إلى العاصمة السورية، إذ أجرى محادثات مع وزير الخارجية السوري وليد المعلم."


def test_subject_before_idh_holds_the_talks() -> None:
    assert news_arg(IDH, "محادثات", "source") == "سيرغي لافروف"
    assert news_arg(IDH, "محادثات", "target") == "وليد المعلم"


def test_a_verb_after_idh_with_its_own_subject_keeps_it() -> None:
    text = "وفاجأ المسلحون المحافظ خالد الأحمد خلال اجتماع أمني، إذ اقتحم مسلحون ملثمون مقر المحافظة."
    assert news_arg(text, "اقتحم", "source") != "خالد الأحمد"


def test_subject_of_the_reporting_verb_carried_into_anna_clause() -> None:
    text = "وأكد وزير الخارجية الأمريكي جون كيري أنه سيبحث سبل تعزيز الأمن خلال محادثات الرياض."
    assert news_arg(text, "محادثات", "source") == "جون كيري"


def test_no_pronoun_no_carried_subject() -> None:
    text = "وأكد وزير الخارجية الأمريكي جون كيري أن الحكومة ستبحث سبل تعزيز الأمن خلال محادثات الرياض."
    assert news_arg(text, "محادثات", "source") != "جون كيري"


def test_obligation_ala_gives_the_one_who_must_act() -> None:
    text = "وقال الوزير إن على العراق التفاوض مع جيرانه حول المياه."
    assert news_arg(text, "التفاوض", "source") == "العراق"


def test_ala_without_an_opener_is_no_obligation() -> None:
    text = "وركز الوزير حديثه على العراق والتفاوض مع جيرانه حول المياه."
    assert news_arg(text, "والتفاوض", "source") != "العراق"


def test_holder_of_a_meeting_past_a_time_word_and_the_first_one_it_brings_together() -> None:
    text = "عقد الرئيس اليمني عبدربه منصور هادي اليوم اجتماعا ضم مستشاريه الدكتور خالد بحاح، وعبدالعزيز جباري، لبحث الأوضاع."
    assert news_arg(text, "اجتماعا", "source") == "عبدربه منصور هادي"
    assert news_arg(text, "اجتماعا", "target") == "خالد بحاح"


def test_the_invited_one_still_visits() -> None:
    text = "وقال المتحدث إن الائتلاف الوطني تلقى دعوة من الخارجية الروسية لزيارة موسكو."
    assert news_arg(text, "لزيارة", "source") == "الائتلاف الوطني"


def test_a_sanction_is_never_its_own_doer() -> None:
    text = "وقد يدفع ذلك الأمريكيين إلى التردد حيال إعادة فرض عقوبات ضد موسكو إذا خرقت الهدنة."
    assert news_arg(text, "فرض", "source") == ""
    assert news_arg(text, "فرض", "target") == "موسكو"


def test_its_fighters_are_the_reporting_body_s_and_an_officer_in_a_body_the_body() -> None:
    text = "وأعلنت كتائب المقاومة الشرقية أن مقاتليها قتلوا ضابطا في الجيش السوري."
    assert news_arg(text, "قتلوا", "source") == "كتائب المقاومة الشرقية"
    assert news_arg(text, "قتلوا", "target") == "الجيش السوري"


def test_the_one_killed_does_not_kill_next() -> None:
    text = "وأكد المصدر مقتل قائد الحملة المدعو أحمد الحسني، وكذا مقتل 40 من ميليشيات الحوثي في المعارك."
    doc = analyze_news(text)
    second = [e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "مقتل"][-1]
    assert event_arg(doc, second, "source") == ""
    assert event_arg(doc, second, "target") == "ميليشيات الحوثي"


COALITION = ("وأعلن التحالف العربي بدء عملية جديدة. وشهدت مدينة صعدة أمس أعنف قصف لقوات التحالف على المدينة، بعد يومين"
             " من إلقاء منشورات عبر طائرات التحالف تطالب السكان بمغادرة المدينة.")


def test_forces_of_a_bare_body_word_are_the_body_named_before() -> None:
    assert news_arg(COALITION, "قصف", "source") == "التحالف العربي"
    assert news_arg(COALITION, "تطالب", "source") == "التحالف العربي"


def test_leaflets_by_aircraft_of_an_unnamed_body_keep_the_phrase() -> None:
    text = "وقالت المقاومة الشعبية إنها تتقدم. وشهدت المدينة إلقاء منشورات عبر طائرات الجيش تطالب السكان بالمغادرة."
    assert news_arg(text, "تطالب", "source") == "طائرات الجيش"


def test_a_group_whose_men_were_killed_still_acts() -> None:
    text = "وأعلن الجيش مقتل 30 من عناصر تنظيم داعش، ثم شن تنظيم داعش هجوما على مواقع الجيش."
    assert news_arg(text, "هجوما", "source") == "تنظيم داعش"



def test_the_verb_after_annahu_is_the_reporter_s_not_its_object_s() -> None:
    text = "وأكد وزير الخارجية الأمريكي جون كيري أنه سيناقش الملف النووي مع نظيره الروسي سيرغي لافروف."
    assert news_arg(text, "سيناقش", "source") == "جون كيري"  # (before: the object «الملف النووي»)
    assert news_arg(text, "سيناقش", "target") == "سيرغي لافروف"
