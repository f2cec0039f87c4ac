"""Event dates and modality on constructions of real news, round 198: an indefinite act called former
(«وفي تصريح سابق») and a violent act named as a scandal («في فضيحة تعذيب») are background and take no article
date; the «بـ» masdar after a word of authorising and its delegate, and a masdar joined to it after a comma
(«تفويض الوزير - أو من ينيبه - بالتباحث ...، والتوقيع عليه»), are planned. Counter-cases keep their dates."""

from __future__ import annotations

from conftest import news_date, news_modality


def test_an_indefinite_act_called_former_has_no_article_date() -> None:
    text = "وفي تصريح سابق لوزير الخارجية قال إنه يعتزم زيارة القاهرة الشهر المقبل."
    assert news_date(text, "تصريح") is None
    assert news_modality(text, "تصريح") == "asserted"


def test_an_indefinite_statement_without_former_keeps_the_day() -> None:
    # counter-case: no «سابق», a statement of the day with its time
    assert news_date("وفي تصريح لوزير الخارجية أمس قال إن بلاده تدعم الحوار.", "تصريح") == "2015-08-01"


def test_a_definite_act_with_an_indefinite_precedent_word_is_not_former() -> None:
    # counter-case: «الهجوم سابقة»: a predicate (the attack is a precedent), the attack of yesterday
    assert news_date("وقال الوزير إن الهجوم الذي وقع أمس على المسجد سابقة خطيرة.", "الهجوم") == "2015-08-01"


def test_a_violent_act_named_as_a_scandal_has_no_article_date() -> None:
    text = "وتحدثت الصحيفة عن تورط الضابط في فضيحة تعذيب السجناء داخل المعتقل."
    assert news_date(text, "تعذيب") is None


def test_a_violent_act_without_a_scandal_head_keeps_its_day() -> None:
    # counter-case: the act told with its day
    assert news_date("واتهمت المنظمة الحراس بتعذيب السجناء داخل المعتقل أمس.", "بتعذيب") == "2015-08-01"


def test_an_authorised_act_and_its_conjunct_are_planned() -> None:
    text = ("وأقر مجلس الوزراء تفويض وزير الداخلية - أو من ينيبه - بالتباحث مع الجانب المصري في شأن مشروع مذكرة "
            "تفاهم للتعاون الأمني، والتوقيع عليه.")
    assert news_modality(text, "والتوقيع عليه") == "planned"
    assert news_date(text, "والتوقيع عليه") is None


def test_a_signing_told_as_done_stays_asserted() -> None:
    # counter-case: no word of authorising, the signing done
    text = "وشهد الأمير مراسم توقيع الوزيرين على مذكرة تفاهم للتعاون الأمني، والتوقيع على اتفاقية أخرى أمس."
    assert news_modality(text, "والتوقيع") == "asserted"


def test_an_attack_named_in_the_authorised_act_stays_asserted() -> None:
    # counter-case: the attack the delegate is to look into happened
    text = "وفوض الرئيس وزير العدل بالتحقيق في الهجوم على السفارة أمس."
    assert news_modality(text, "الهجوم") == "asserted"


def test_an_authorised_act_after_a_closing_quotation_mark_is_planned() -> None:
    text = ("ووافق المجلس على تفويض وزير الخارجية - أو من ينيبه - بالتباحث مع حكومة جمهورية \" النيجر \" "
            "والتوقيع عليه.")
    assert news_modality(text, "والتوقيع عليه") == "planned"


def test_a_noun_act_in_a_conjunct_after_a_time_takes_its_own_time() -> None:
    text = ("وأكد الاتحاد دعمه للبلاد كما ورد في بيان صدر في مارس الماضي ونتائج اجتماعات وزراء الخارجية "
            "في يوليو.")
    assert news_date(text, "اجتماعات") == "2015-07"


def test_a_noun_act_right_after_its_time_keeps_it() -> None:
    # counter-case: no «و» conjunct after the time, and no time after the act
    assert news_date("وعقد الوزراء أمس اجتماعا في الرياض لبحث الأزمة.", "اجتماعا") == "2015-08-01"
    # counter-case: a conjunct act with no time of its own after it
    text = "واستقبل الرئيس أمس الوفد واجتماعه مع الوزراء في القصر."
    assert news_date(text, "واجتماعه") == "2015-08-01"
