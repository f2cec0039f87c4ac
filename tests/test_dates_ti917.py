"""Round ti917: a statement verb opening its sentence right before a demonstrative that points back («وأكدت هذه
الاتهامات ...», «وأعلن ذلك رئيس الحكومة») goes on with what the sentence before told, of the day that sentence
tells (events.linked_days._pointing_verb)."""

from conftest import news_date

LEAD = "عواصم - «الشرق الأوسط»:\n"


def test_statement_verb_before_pointed_subject_takes_the_day_before() -> None:
    text = LEAD + ("وعرضت قناة فرنسية مساء أول من أمس تحقيقا مصورا عن فساد في اتحاد كرة اليد.\n"
                   "وأكدت هذه الاتهامات أن مسؤولين في الاتحاد تلقوا رشى.")
    assert news_date(text, "وأكدت") == "2015-07-31"


def test_announced_that_takes_the_day_of_the_act_told_before() -> None:
    text = LEAD + ("واستقال وزير المالية النمساوي أمس بعد أشهر من الانتقادات.\n"
                   "وأعلن ذلك رئيس الحكومة في مؤتمر صحافي مقتضب.")
    assert news_date(text, "وأعلن") == "2015-08-01"


def test_statement_verb_with_no_demonstrative_keeps_the_article_day() -> None:
    # counter-case: a new statement with nothing pointing back is of the article's day, not of the sentence before
    text = LEAD + ("واستقال وزير المالية النمساوي أمس بعد أشهر من الانتقادات.\n"
                   "وأعلن رئيس الحكومة خطة جديدة لخفض الدين العام.")
    assert news_date(text, "وأعلن") == "2015-08-02"


def test_demonstrative_deep_in_the_sentence_is_no_link() -> None:
    # counter-case: the verb is not followed by the demonstrative («أكدت الحكومة أن هذه ...»): no carry
    text = LEAD + ("وعرضت قناة فرنسية مساء أول من أمس تحقيقا مصورا عن فساد في اتحاد كرة اليد.\n"
                   "وأكدت الحكومة الفرنسية أن هذه الاتهامات تستحق التحقيق.")
    assert news_date(text, "وأكدت") == "2015-08-02"
