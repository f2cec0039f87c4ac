"""Round 178 of real news: «تصريح» as a permit is no statement («من دون تصريح مسبق», «تصريح عمل»); leaving a place
one was forced to leave («أرغمتهم ... على مغادرتها») is no visit; «امتدح» praises (051); a name opening its sentence
before «، + verb» is its subject; a verb joined by «و» after a comma goes on with the subject of the act before it.
Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import news_arg, news_event, news_triggers


def test_a_permit_is_no_statement() -> None:
    assert "تصريح" not in news_triggers("وتمنع السلطات دخول الشاحنات إلى المنطقة من دون تصريح مسبق.")
    assert "تصريح" not in news_triggers("واعتقلت الشرطة عشرة عمال لا يحملون تصريح عمل.")
    assert "تصريح" not in news_triggers("ودخل الصحافي المدينة بلا تصريح أمس.")


def test_a_statement_stays() -> None:
    text = "وقال عادل الجبير في تصريح صحافي أمس إن المحادثات كانت مثمرة."
    doc, ev = news_event(text, "تصريح")
    assert ev.code == "010"
    assert news_arg(text, "تصريح") == "عادل الجبير"


def test_a_forced_departure_is_no_visit() -> None:
    assert "مغادرة" not in news_triggers("وأرغمت القوات الحكومية المسلحين على مغادرة عدن إلى صنعاء.")
    assert "مغادرتها" not in news_triggers("وقد أجبرهم الجيش في مايو على مغادرتها إلى صعدة.")


def test_a_departure_for_a_visit_stays() -> None:
    text = "وغادر الرئيس المصري القاهرة أمس متوجها إلى الرياض في زيارة رسمية."
    doc, ev = news_event(text, "وغادر")
    assert ev.code == "042"


def test_praised_with_imtadaha() -> None:
    text = "وامتدح وزير الخارجية الأميركي جهود السعودية في مكافحة الإرهاب."
    doc, ev = news_event(text, "وامتدح")
    assert ev.code == "051"
    assert news_arg(text, "وامتدح") == "وزير الخارجية الأميركي"


def test_a_name_opening_the_sentence_before_a_comma_is_the_subject() -> None:
    text = ("وقال بكري مصطفى إن العلاقات بين البلدين قوية.\n"
            "المحلل السياسي عبد الرحمن الطريري، أشاد خلال حديث للصحيفة بما وصفه بالحزم.")
    assert news_arg(text, "أشاد") == "عبد الرحمن الطريري"


def test_a_name_after_a_preposition_is_no_subject() -> None:
    text = ("وقال بكري مصطفى إن العلاقات بين البلدين قوية.\n"
            "وفي حديث مع عبد الرحمن الطريري، أشاد بما وصفه بالحزم.")
    assert news_arg(text, "أشاد") != "عبد الرحمن الطريري"


def test_forced_on_another_verb_leaves_the_trip() -> None:
    text = "وأجبرته الظروف على الاستقالة، وحرص الرئيس السابق على مغادرة القاهرة إلى الرياض."
    assert "مغادرة" in news_triggers(text)


def test_a_name_after_according_to_is_no_subject() -> None:
    text = "ووفقا لأرقام وكالة «رويترز»، قتل عشرون جنديا في شرق البلاد الشهر الماضي."
    assert news_arg(text, "قتل") != "وكالة رويترز"


def test_a_verb_joined_after_a_comma_goes_on_with_the_subject() -> None:
    text = "شن الفريق خليفة حفتر هجوما حادا على قطر، واتهمها بدعم الإرهابيين."
    assert news_arg(text, "واتهمها") == "خليفة حفتر"
    assert news_arg(text, "واتهمها", "target") == "قطر"


def test_a_joined_killing_takes_no_subject() -> None:
    text = "واعتقلت الشرطة التركية الصحافي أحمد يلماز في إسطنبول، وقتل ثلاثة متظاهرين في المدينة."
    assert news_arg(text, "وقتل") != "الشرطة التركية"


def test_a_joined_verb_with_its_own_subject_or_another_gender_keeps_none() -> None:
    first = "وانتقدت المستشارة الألمانية أنغيلا ميركل الحكومة اليونانية، "
    assert news_arg(first + "وأكد الخبراء ضرورة الإصلاح.", "وأكد") != "أنغيلا ميركل"
    assert news_arg(first + "وأكد ضرورة الإصلاح.", "وأكد") != "أنغيلا ميركل"
    assert news_arg(first + "وأكدت ضرورة الإصلاح.", "وأكدت") == "أنغيلا ميركل"
