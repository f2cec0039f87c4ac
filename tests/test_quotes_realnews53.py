"""Quotes on constructions of real news, round 53: «وفقا لـ X» between a cue verb's subject and its «أن» is the
channel, not a cue («وأكدت الحكومة وفقا لوكالة الأنباء أنه»); a colon after «إن» before a quotation keeps it direct;
«وبحسب تقرير «X»، فقد أشار» is X's report speaking; a cue with a dropped subject that nothing before it resolves is
the one person the passage (its paragraph and the one before) names."""

from __future__ import annotations

from conftest import news_quote_rows


def test_according_after_the_verb_and_its_subject_is_the_channel() -> None:
    text = "وأكدت الحكومة وفقاً لوكالة الأنباء اليمنية أنه سيتم تزويد المستشفيات بالأدوية."
    assert news_quote_rows(text) == [("وأكدت", None, "الحكومة", "سيتم تزويد المستشفيات بالأدوية", False)]


def test_according_closed_by_a_comma_is_not_the_channel() -> None:
    text = "وأكدت الحكومة بحسب مصادر مطلعة، أن المستشفيات ستحصل على الأدوية."
    assert [q[0] for q in news_quote_rows(text)] != ["وأكدت"]


def test_a_colon_after_inna_keeps_the_quotation_direct() -> None:
    text = ("وقال النائب السابق في البرلمان أحمد سعيد، لـ«الشرق الأوسط»، إن: «على الأحزاب في المنطقة أن تتعامل "
            "مع هذه المسألة بهدوء وأن تبتعد عن التصعيد».")
    q = news_quote_rows(text)[0]
    assert (q[1], q[3], q[4]) == ("أحمد سعيد", "على الأحزاب في المنطقة أن تتعامل مع هذه المسألة بهدوء وأن تبتعد "
                                  "عن التصعيد", True)


def test_a_colon_after_inna_with_no_quotation_stays_indirect() -> None:
    text = "وقال أحمد سعيد إن: الحكومة ستعمل على حل الأزمة خلال الأسابيع المقبلة."
    assert news_quote_rows(text)[0][4] is False


def test_the_report_of_a_firm_in_guillemets_speaks_for_the_firm() -> None:
    text = ("قال جون سميث، رئيس الأبحاث في شركة «نايت فرانك»: «السوق تواجه ضغوطا كبيرة هذا العام». وبحسب تقرير "
            "«نايت فرانك»، فقد أشار إلى أنه في ظل المعروض الجديد فإن الأسعار مستقرة.")
    assert news_quote_rows(text)[-1][:2] == ("أشار", "نايت فرانك")


def test_a_verb_after_fa_qad_with_its_own_subject_keeps_it() -> None:
    text = ("قال جون سميث، رئيس الأبحاث في شركة «نايت فرانك»: «السوق تواجه ضغوطا كبيرة هذا العام». وبحسب الشركة، "
            "فقد أشار سميث إلى أن الأسعار مستقرة.")
    assert news_quote_rows(text)[-1][:2] == ("أشار", "جون سميث")


def test_a_participle_in_a_profile_is_the_man_it_is_about() -> None:
    text = ("عرفت الدكتور أحمد الخطيب منذ سنوات طويلة. وقد أمضى سنوات عديدة رئيسا للجنة الاقتصادية.\n"
            "كانت رؤيته أن هناك فرصة لدعم التنمية، مؤكدا في تلك المبادرة أن الدور الأساسي يجب أن يتولاه القطاع "
            "الخاص.")
    assert news_quote_rows(text)[-1][:2] == ("مؤكدا", "أحمد الخطيب")


def test_a_participle_after_two_persons_named_stays_open() -> None:
    text = ("التقى الوزير أحمد الخطيب نظيره الأردني محمد سالم أمس في عمان.\n"
            "وبحث الاجتماع التعاون بين البلدين، مؤكدا أن العلاقات متينة.")
    assert news_quote_rows(text)[-1][:2] == ("مؤكدا", None)


def test_man_right_after_the_cue_is_those_who() -> None:
    text = "وقالت هيلاري كلينتون إن حملتها قوية. ويرى من يدفعون بايدن نحو الترشح أن دوره زاد من مكانته."
    assert news_quote_rows(text)[-1][:3] == ("ويرى", None, "من يدفعون بايدن نحو الترشح")


def test_min_as_a_preposition_keeps_the_dropped_subject() -> None:
    text = "وقالت هيلاري كلينتون إن حملتها قوية. وقالت من جهتها إن الحملة مستمرة."
    assert news_quote_rows(text)[-1][:3] == ("وقالت", "هيلاري كلينتون", None)


def test_one_of_his_close_associates_is_the_source_of_according() -> None:
    text = "وتوجه الزعيم المعارض إلى بروكسل أمس، بحسب ما قاله أحد المقربين منه لوكالة الصحافة الفرنسية."
    assert news_quote_rows(text)[0][:3] == ("بحسب", None, "أحد المقربين")


def test_according_to_one_of_the_days_names_no_source() -> None:
    text = "وتوجه الزعيم المعارض إلى بروكسل أمس، بحسب أحد الأيام."
    assert all(q[2] is None for q in news_quote_rows(text))


def test_a_title_that_opened_a_sentence_since_stops_the_passage_person() -> None:
    text = ("عرفت الدكتور أحمد الخطيب منذ سنوات طويلة.\n"
            "وزار رئيس الحكومة المدينة أمس، مؤكدا أن المشروع سيكتمل.")
    assert news_quote_rows(text)[-1][:2] == ("مؤكدا", None)
