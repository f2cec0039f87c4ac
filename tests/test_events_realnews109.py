"""Round 109 of real news: wrong sources. Who repels or foils an act is not its doer («تمكنت القوات من صد الهجوم»); a
name counted «بينها» among others is no subject of the clause after it; the one persuaded to an act in «بـ» is its
doer or no one (not a name inside a phrase set off between them); a noun act after a demonstrative points back, and
the phrase before it is its doer only through a light verb; a verb cue with an untagged name and a title right after
it has that unnamed speaker, no one carried; a verb in «لـ/و» after a clause whose subject is an unnamed person, and
a plural verb in «و» after a plural relative whose antecedent names no one, carry no one. Each with a counter-case:
a null is better than a wrong party."""

from __future__ import annotations

from conftest import analyze_news, news_arg, quote_speakers


def test_the_forces_that_repel_an_attack_are_not_its_doer() -> None:
    text = "وقد تمكنت القوات الحكومية والعشائر من صد الهجوم وإيقاع خسائر كبيرة في صفوف المهاجمين."
    assert news_arg(text, "الهجوم", "source") == ""


def test_the_subject_of_a_repelling_verb_is_not_the_attacker() -> None:
    assert news_arg("وصدت القوات الحكومية هجوما على المدينة أمس.", "هجوما", "source") == ""


def test_the_forces_that_launch_an_attack_are_its_doer() -> None:
    assert news_arg("وشنت القوات الحكومية هجوما على المدينة أمس.", "هجوما", "source") == "القوات الحكومية"


def test_a_name_counted_among_others_is_no_subject_of_the_attack_after_it() -> None:
    text = ("وأفادت الشبكة أمس باندلاع معارك بين «حركة أحرار الشام» ومسلحين من فصائل عدة بينها «لواء التوحيد»، "
            "تلت هجوما صباح أمس على مقر اللواء قرب مدينة حلب.")
    assert news_arg(text, "هجوما", "source") == ""


def test_the_attack_from_the_bare_head_is_the_named_bodys() -> None:
    # Round ev371 (events/min_agents.py): «هجوما من الحركة» names its doer by «من», the bare head standing for the
    # one movement named before; it was "" here before, by no reading of «من».
    text = ("وأفادت الشبكة أمس باندلاع معارك بين «حركة أحرار الشام» ومسلحين من فصائل عدة بينها «لواء التوحيد»، "
            "تلت هجوما من الحركة صباح أمس على مقر اللواء قرب مدينة حلب.")
    assert news_arg(text, "هجوما", "source") == "حركة أحرار الشام"


def test_a_quoted_name_that_launches_an_attack_is_its_doer() -> None:
    assert news_arg("وشنت «حركة أحرار الشام» هجوما على مقر اللواء.", "هجوما", "source") == "حركة أحرار الشام"


def test_a_name_set_off_after_the_one_persuaded_does_not_sign() -> None:
    text = ("وانضم الوزير البريطاني أمس إلى المحادثات من أجل إقناع المؤتمر العام، المدعوم من ميليشيات حزب الله، "
            "بالتوقيع على اتفاق سلام.")
    assert news_arg(text, "بالتوقيع", "source") == ""


def test_a_named_body_persuaded_to_sign_signs() -> None:
    text = ("وانضم الوزير البريطاني أمس إلى المحادثات من أجل إقناع حركة حماس، المدعومة من حزب الله، بالتوقيع على "
            "اتفاق سلام.")
    assert news_arg(text, "بالتوقيع", "source") == "حركة حماس"


def test_an_attack_pointed_back_to_is_not_the_doing_of_the_name_before_it() -> None:
    text = ("واشتبك المسلحون مع الجنود التابعين للقوات الموالية للرئيس عبد ربه منصور هادي في المدينة، ويعد هذا "
            "الهجوم الأكبر من نوعه.")
    assert news_arg(text, "الهجوم", "source") == ""


def test_an_attack_pointed_back_to_after_a_light_verb_is_its_subjects() -> None:
    assert news_arg("وشنت القوات الحكومية هذا الهجوم على المدينة أمس.", "الهجوم", "source") == "القوات الحكومية"


def test_an_untagged_name_with_a_title_after_the_cue_speaks_not_the_body_before() -> None:
    text = ("وقال الجيش الوطني إن القوات تتقدم نحو المدينة. وهو ما أكده علي القحوم عضو المكتب السياسي لجماعة "
            "أنصار الله، في تصريحات صحافية أمس قائلا: «إن المدينة خط أحمر».")
    doc = analyze_news(text)
    assert ("أكده", "[علي القحوم]") in quote_speakers(doc)
    assert news_arg(text, "أكده", "source") == "علي القحوم"  # qu834: the quote's own phrase, not the body before


def test_a_cue_with_no_name_after_it_carries_the_speaker_before() -> None:
    text = "وقال الجيش الوطني إن القوات تتقدم. وهو ما أكده لاحقا في بيان أمس قائلا: «إن المدينة خط أحمر»."
    assert news_arg(text, "أكده", "source") == "الجيش الوطني"


def test_a_purpose_verb_after_an_unnamed_person_carries_no_one() -> None:
    text = ("وقال وزير الخارجية الكويتي إن بلاده تحترم جيرانها. وفي كل عقدين يظهر شخص ليطالب بتعويضات أو يفكر في "
            "احتلالها.")
    assert news_arg(text, "ليطالب", "source") == ""


def test_a_purpose_verb_after_a_named_body_is_the_bodys() -> None:
    text = "وقال وزير الخارجية الكويتي إن بلاده تحترم جيرانها. وفي كل عقدين تظهر الحكومة العراقية لتطالب بتعويضات."
    assert news_arg(text, "لتطالب", "source") == "الحكومة العراقية"


def test_a_plural_verb_after_a_relative_of_unnamed_people_carries_no_one() -> None:
    text = ("وقالت الاستخبارات الأميركية إن الفيديو انتشر. ونشرته مواقع المتشددين في جنوب أفريقيا الذين يرفضون ما "
            "يسمونه (دين الغرب) ويعلنون أن الحكم للشريعة.")
    assert news_arg(text, "ويعلنون", "source") == ""


def test_a_verb_after_a_relative_of_a_named_body_is_the_bodys() -> None:
    text = ("وقالت الاستخبارات الأميركية إن الفيديو انتشر. ونشرته «جبهة النصرة» التي ترفض الانتخابات وتعلن أن "
            "الحكم للشريعة.")
    assert news_arg(text, "وتعلن", "source") == "جبهة النصرة"
