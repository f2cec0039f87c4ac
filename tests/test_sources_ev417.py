"""Round ev417: event sources (doers) the argument rules missed.

- a light verb's subject past its own «في» phrase set off by commas («شنت الفصائل المنضوية في جيش الفتح، أمس،
  هجوما»: ``light_subjects._governed_act``), not past a preposition that governs the act itself;
- a campaign verb's subject past a time before its act («واصل طيران التحالف الجمعة غاراته»: ``noun_sources._launcher``);
- a meeting noun with «لـ» + a named body («منذ آخر اجتماع لمجلس الوزراء»: ``events.meeting_doers``), not «لقاء»
  (an interview given to a medium) nor a masdar after «لـ»;
- a round of talks takes its genitive actor («جولات المبعوث الدولي دي ميستورا»), not the talks noun («جولة
  المباحثات»: the ``talks_round`` frame's ``gen:actor``);
- a bare past opening its sentence before a name is the verb whose subject a «، و» verb carries («حض الاتحاد
  الأوروبي ...، وأعرب»: ``events.bare_pasts``), not a noun before a place («دور إيران»), nor inside a sentence.
"""

from __future__ import annotations

from conftest import news_arg


def test_a_light_verbs_subject_reaches_past_its_own_phrase_set_off_by_commas() -> None:
    text = "وفي سياق القتال ضد «داعش»، شنّت الفصائل المنضوية في جيش الفتح، أمس، هجومًا واسعًا على منطقة حوض اليرموك."
    assert news_arg(text, "هجومًا") == "جيش الفتح"


def test_a_preposition_that_governs_the_act_still_keeps_the_subject_off() -> None:
    # counter-case: no comma, the «عن» phrase is the act's («المسؤولة عن مقتل»): the verb's object is no act here
    assert news_arg("ونفذت «ايتا» المجموعة المسؤولة عن مقتل مئات الإسبان هجمات في مدريد.", "هجمات") == ""


def test_a_campaign_verbs_subject_past_a_time() -> None:
    text = "في حين واصل طيران التحالف الجمعة غاراته على مواقع الحوثيين في صعدة."
    assert news_arg(text, "غاراته") == "طيران التحالف"
    # counter-case: an act further on is what the campaign verb governs, not the verb's own object
    assert news_arg("وأطلق الرئيس حربا تستهدف تنظيما متهما بالعملية.", "تستهدف") == ""


def test_a_meeting_of_a_named_body_is_that_bodys() -> None:
    text = "الدولة الفرنسية في إجازة صيفية منذ آخر اجتماع لمجلس الوزراء يوم الجمعة الماضي."
    assert news_arg(text, "اجتماع") == "مجلس الوزراء"
    text = "وأكد الوزير ذلك على هامش الاجتماعات السنوية لرابطة دول جنوب شرقي آسيا في كوالالمبور."
    assert news_arg(text, "الاجتماعات") == "رابطة دول جنوب شرقي آسيا"


def test_an_interview_for_a_medium_is_no_meeting_of_the_medium() -> None:
    # counter-case: «لقاء لقناة» is given to the channel, which holds nothing
    assert news_arg("وأجرى المذيع لقاء لقناة الجزيرة مع وزير الخارجية.", "لقاء") != "قناة الجزيرة"


def test_a_round_of_talks_is_its_genitive_actors() -> None:
    text = "وكان في عداد تلك التحركات جولات المبعوث الدولي دي ميستورا الذي قدم تقريره لمجلس الأمن."
    assert news_arg(text, "جولات") == "دي ميستورا"
    # counter-case: the talks noun in the genitive names no one; the speaker named before still holds the talks
    text = "وأعلن وزير الخارجية الأميركي جون كيري أمس في مؤتمر صحافي أعقب جولة المباحثات أن بلاده قررت التعاون."
    assert news_arg(text, "جولة") == "جون كيري"


def test_a_bare_past_opening_the_sentence_lends_its_subject_to_the_verb_in_wa() -> None:
    text = "حض الاتحاد الأوروبي تركيا على التزام رد متكافئ، وأعرب عن قلقه حيال حجم الغارات الجوية التركية."
    assert news_arg(text, "وأعرب") == "الاتحاد الأوروبي"


def test_a_noun_before_a_place_or_inside_the_sentence_is_no_such_verb() -> None:
    # counter-cases: «دور إيران» is a noun and its genitive state; «إن دور ...» is inside the sentence
    assert news_arg("دور إيران في سوريا كبير، وتعهد بإبطال أحكام الإعدام.", "وتعهد") == ""
    assert news_arg("وقال إن دور حزب الله في سوريا كبير، وتعهد بإبطال أحكام الإعدام.", "وتعهد") != "حزب الله"


def test_a_perfect_in_ta_agrees_with_a_masculine_subject() -> None:
    # «وتعهد» is a perfect of the fifth form, a man's or a masculine body's, not a feminine imperfect
    text = "حض الاتحاد الأوروبي تركيا على التزام رد متكافئ، وتعهد بإبطال أحكام الإعدام."
    assert news_arg(text, "وتعهد") == "الاتحاد الأوروبي"
    # counter-case: the feminine «وتعهدت» does not agree with «الاتحاد»
    text = "حض الاتحاد الأوروبي تركيا على التزام رد متكافئ، وتعهدت بإبطال أحكام الإعدام."
    assert news_arg(text, "وتعهدت") == ""


def test_an_act_a_mans_directive_orders_is_his() -> None:
    text = ("واستقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز الرئيس اليمني عبد ربه منصور هادي. ورفع هادي "
            "الشكر والعرفان لخادم الحرمين الشريفين على توجيهاته بتقديم المساعدات العاجلة للشعب اليمني.")
    assert news_arg(text, "بتقديم") == "سلمان بن عبد العزيز"


def test_a_directive_with_no_pronoun_names_no_owner() -> None:
    # counter-case: «التوجيهات» owns nothing; the man named before is thanked, he gives no aid by this rule
    text = ("واستقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز الرئيس اليمني عبد ربه منصور هادي. ورفع هادي "
            "الشكر والعرفان لخادم الحرمين الشريفين على التوجيهات بتقديم المساعدات العاجلة للشعب اليمني.")
    assert news_arg(text, "بتقديم") == ""


def test_a_bodys_tanks_act_for_it() -> None:
    text = "وقالت مصادر إن دبابات المقاومة الشعبية الجنوبية في الضالع قصفت ميليشيات الحوثي أمس."
    assert news_arg(text, "قصفت") == "المقاومة الشعبية الجنوبية"
    # counter-case: an adjective between the head and the «لـ» of a body leaves the unnamed phrase
    text = "وقالت مصادر إن دبابات حديثة للمقاومة الشعبية الجنوبية في الضالع قصفت ميليشيات الحوثي أمس."
    assert news_arg(text, "قصفت") == "دبابات حديثة"


def test_an_indefinite_spokesman_of_a_named_body_is_the_body() -> None:
    text = "بينما أكد متحدث باسم خفر السواحل الإيطالية انقلاب القارب قبالة ساحل ليبيا."
    assert news_arg(text, "أكد") == "خفر السواحل الإيطالية"
    # counter-case: a spokesman «في» the body (a man inside it, no «باسم») is not read as the body here
    text = "بينما أكد متحدث في خفر السواحل الإيطالية انقلاب القارب قبالة ساحل ليبيا."
    assert news_arg(text, "أكد") != "خفر السواحل الإيطالية"


def test_the_one_a_relative_verb_accuses_did_the_act() -> None:
    # «التي تتهم X بـ»: the antecedent accuses, the name after the verb is the accused, who does the act
    text = "وقتلوا خمسة من أفراد «الفرقة 30»، التي تتهم «النصرة» أيضًا بخطف زعيم الفرقة."
    assert news_arg(text, "بخطف") == "النصرة"
    # counter-case: «الذي اتهمته X»: the pronoun on the verb is the accused, the name after it accuses
    assert news_arg("وقتل المسلح الذي اتهمته «النصرة» بخطف زعيم الفرقة.", "بخطف") != "النصرة"
