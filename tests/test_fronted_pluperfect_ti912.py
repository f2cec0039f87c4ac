"""Round ti912: a fronted date dates the act of its sentence; a «و» verb that goes on with a bare pluperfect's act
(same subject, none of its own) is of that past too, undated."""

from __future__ import annotations

from conftest import news_date, news_event


def test_fronted_date_with_cut_article_dates_pluperfect() -> None:
    # «الـ15»: the article cut off the numeral by a tatweel is the date's own, the fronted time still governs
    text = "في الـ12 من أبريل الماضي، كانت الشرطة قد اعتقلت الناشط سامي يوسف في الإسكندرية."
    assert news_date(text, "اعتقلت") == "2015-04-12"


def test_fronted_date_with_cut_article_dates_past_progressive() -> None:
    text = "وفي الـ20 من مايو الماضي، كان وزير الخارجية الأمريكي جون كيري يلتقي نظيره الروسي سيرغي لافروف في سوتشي."
    assert news_date(text, "يلتقي") == "2015-05-20"


def test_fronted_spelled_date_unchanged() -> None:
    text = "في الثاني عشر من أبريل الماضي، كانت الشرطة قد اعتقلت الناشط سامي يوسف في الإسكندرية."
    assert news_date(text, "اعتقلت") == "2015-04-12"


def test_waw_verb_goes_on_with_bare_pluperfect() -> None:
    text = "وكانت الشرطة التونسية اعتقلت المدون كريم بن صالح في صفاقس، ووجهت له تهمة التحريض على العنف."
    doc, ev = news_event(text, "ووجهت")
    assert ev.code == "112"
    assert ev.date is None
    assert news_date(text, "اعتقلت") is None


def test_waw_verb_with_preposition_next_is_of_the_pluperfect() -> None:
    text = "وكان الجيش اعتقل عشرات المسلحين قرب الحدود، ودعا إلى تسليم السلاح خلال أسبوع."
    assert news_date(text, "ودعا") is None


def test_waw_verb_with_new_subject_keeps_the_article_day() -> None:
    # a new subject after the verb: a new act, told on the article's day
    text = "وكانت الشرطة التونسية اعتقلت المدون كريم بن صالح في صفاقس، وأعلن وزير الداخلية ناجم الغرسلي أن التحقيق مستمر."
    assert news_date(text, "وأعلن") == "2015-08-02"


def test_waw_verb_of_another_gender_keeps_the_article_day() -> None:
    # «وكانت ... ، وطالب»: the verb does not agree with «كانت»: another doer
    text = "وكانت الشرطة التونسية اعتقلت المدون كريم بن صالح في صفاقس، وطالب بالإفراج عنه."
    assert news_date(text, "وطالب") == "2015-08-02"


def test_waw_verb_with_named_subject_after_pronoun_keeps_the_article_day() -> None:
    text = "وكانت الشرطة التونسية اعتقلت المدون كريم بن صالح في صفاقس، ووجهت له النيابة العامة تهمة التحريض."
    assert news_date(text, "ووجهت") == "2015-08-02"


def test_waw_verb_after_plain_sentence_keeps_the_article_day() -> None:
    # no «كان» opens the sentence: the two acts are told as today's
    text = "واعتقلت الشرطة التونسية المدون كريم بن صالح في صفاقس، ووجهت له تهمة التحريض على العنف."
    assert news_date(text, "ووجهت") == "2015-08-02"


def test_quoted_names_in_the_object_do_not_stop_the_chain() -> None:
    text = "وكانت قوات الأمن اعتقلت مراسل قناة «الغد» وصحيفة «النهار» في بنغازي، ووجهت لهما تهمة التجسس."
    assert news_date(text, "ووجهت") is None


def test_kana_with_an_adjective_is_no_pluperfect() -> None:
    # «وكانت الحكومة غائبة»: a state, no bare perfect verb after «كانت»: the act after the comma is told as today's
    text = "وكانت الحكومة الليبية غائبة عن جلسة الحوار، وطالبت بتأجيلها إلى الأسبوع المقبل."
    assert news_date(text, "وطالبت") == "2015-08-02"
