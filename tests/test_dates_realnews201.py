"""Event dates on constructions of real news, round 201: a perfect verb of promising inside direct speech
(«"وعدت أهالي القرية ..."», «"الرئيس وعد الشعب ..."») tells a promise made before the words; an act a word of
memory brings back («يعيد إلى الأذهان هجمات ...») is an old one; a perfect told with «دوما/دائما» has always been
done. None of them takes the article date. Counter-cases keep their dates."""

from __future__ import annotations

from conftest import analyze_news, news_date, news_event


def test_a_first_person_promise_inside_direct_speech_has_no_article_date() -> None:
    text = "وقال الزعيم في كلمة بالمدينة: «بعد المجزرة وعدت أهالي القرية بأني سأعيد بناء بيوتهم»."
    assert news_date(text, "وعدت") is None


def test_a_promise_of_another_told_inside_direct_speech_has_no_article_date() -> None:
    text = "وقال المحلل لـ«الصحيفة»: «البطالة تتزايد، والرئيس وعد الشعب بتغيير هذه الأوضاع لكنه لم يفعل»."
    assert news_date(text, "وعد") is None


def test_a_promise_told_by_the_reporter_keeps_its_day() -> None:
    # counter-cases: the narrative's promise, with its time or of the article's day
    assert news_date("ووعد الرئيس أمس الشعب بتغيير الأوضاع الاقتصادية.", "ووعد") == "2015-08-01"
    assert news_date("ووعد الرئيس الشعب بتغيير الأوضاع الاقتصادية خلال كلمته في البرلمان.", "ووعد") == "2015-08-02"


def test_a_promise_made_now_inside_direct_speech_keeps_the_day() -> None:
    # counter-case: a present «نتعهد» is the promise of the words themselves
    assert news_date("وقال الوزير: «نتعهد بدعم الحكومة الشرعية».", "نتعهد بدعم") == "2015-08-02"


def test_an_act_brought_back_to_mind_has_no_article_date() -> None:
    doc = analyze_news("وأضاف أن الهجوم يعيد إلى الأذهان اشتباكات وقعت بين الطرفين.")
    dates = {doc.text[e.trigger.start : e.trigger.end]: e.date for e in doc.events}
    assert dates["اشتباكات"] is None
    assert dates["الهجوم"] == "2015-08-02"  # counter-case: the act that recalls it is the day's


def test_an_act_without_a_word_of_memory_keeps_the_day() -> None:
    assert news_date("وشن التنظيم هجمات على القرى الحدودية.", "هجمات") == "2015-08-02"


def test_a_perfect_told_with_always_has_no_article_date() -> None:
    text = "وقال المسؤول: «تونس رفضت دوما كل المقترحات الخاصة بإنشاء قواعد أجنبية»."
    assert news_date(text, "رفضت") is None


def test_a_perfect_with_always_in_another_clause_keeps_its_day() -> None:
    # counter-cases: the day's rejection, with «دائما» in a later clause or none
    text = "ورفضت الحكومة المقترحات الخاصة بإنشاء قواعد أجنبية، مؤكدة أنها تدعم دائما الحوار."
    assert news_date(text, "ورفضت") == "2015-08-02"
    assert news_date("ورفضت الحكومة أمس المقترحات الخاصة بإنشاء قواعد أجنبية.", "ورفضت") == "2015-08-01"


def test_the_grievance_a_response_answers_has_no_article_date() -> None:
    doc = analyze_news("ورد الجيش بقصف مواقع الحركة لإطلاقها صواريخ على البلدات الحدودية.")
    dates = {doc.text[e.trigger.start : e.trigger.end]: e.date for e in doc.events}
    assert dates["لإطلاقها"] is None
    assert dates["بقصف"] == "2015-08-02"  # counter-case: the response itself is the day's


def test_an_aim_in_lam_after_no_response_is_planned() -> None:
    # counter-case: «للتفاوض» is an aim («لل»), no grievance; round 245: an aim is planned, with no article date
    # (this test expected the article date before: the talks are what the delegation went for, not held that day)
    doc, ev = news_event("وتوجه الوفد إلى العاصمة للتفاوض مع الحكومة.", "للتفاوض")
    assert ev.modality == "planned" and ev.date is None


def test_the_papers_day_does_not_date_the_act_they_tell() -> None:
    text = "ركزت الصحف الصادرة اليوم على لقاء نائب الرئيس بمكتبه في القصر أمس وزير الخارجية اليمني."
    assert news_date(text, "لقاء") == "2015-08-01"


def test_a_day_said_after_no_participle_of_issuing_keeps_dating_the_act() -> None:
    # counter-case: «أمس» after the doer, no participle of issuing before it: the meeting's day
    assert news_date("وعقد الرئيس أمس لقاء مع السفير.", "لقاء") == "2015-08-01"


def test_a_village_spelled_as_always_is_no_habit() -> None:
    # counter-case: «دوما» after «قرية» is the village's name; the acts before and after it keep the day
    text = "وهاجم مستوطنون قرية دوما وأحرقوا منزلا."
    assert news_date(text, "وهاجم") == "2015-08-02"
    assert news_date(text, "وأحرقوا") == "2015-08-02"


def test_the_manner_of_an_act_takes_its_time() -> None:
    text = "حققت القوات الحكومية، أمس، نصرا جديدا، وذلك باستعادتها السيطرة على القاعدة العسكرية في المحافظة."
    assert news_date(text, "السيطرة") == "2015-08-01"


def test_an_act_after_wa_dhalika_baada_does_not_take_the_time() -> None:
    # counter-case: «وذلك بعد الهجوم»: the attack came before the dated act
    assert news_date("أعلنت الحكومة أمس حالة الطوارئ، وذلك بعد الهجوم على القاعدة العسكرية.", "الهجوم") is None


def test_a_name_in_marks_does_not_end_the_clause_before_haythu() -> None:
    text = ("حققت القوات الحكومية، أمس، نصرا جديدا على «قاعدة العند» في المحافظة، حيث تمكنت هذه القوات من بسط "
            "سيطرتها الكاملة على القاعدة.")
    assert news_date(text, "سيطرتها") == "2015-08-01"


def test_words_quoted_before_haythu_still_end_the_clause() -> None:
    # counter-case: a quotation, not a name, between the time and «حيث»: no time carried
    text = "وقال الوزير أمس: «الوضع صعب»، حيث تمكنت القوات من بسط سيطرتها على القاعدة."
    assert news_date(text, "سيطرتها") == "2015-08-02"
