"""Event dates on constructions of real news, round 194: each act of a list of Hijri dates takes the time after it
in its own clause, not the time that ends the clause before it («تستمر حتى غرة ذي الحجة فيما ستعلن ... في
السادس عشر منه»); an act a relative clause says is expected («الحصار الذي يتوقع أن تفرضه») is planned; background
acts take no article date: a masdar after «بعد» in a sentence of hope or striving, what a thing is called («وعدتها
تصريحات تغذي»), a statement referenced as issued and an act joined to it («التصريحات التي صدرت عن ... واتهامه»),
an act told in a span counted from an onset («خلال ستة أسابيع من بداية الحرب»). Counter-cases keep their dates."""

from __future__ import annotations

from conftest import news_date, news_modality

TODAY = "2015-08-02"


def test_each_act_of_a_hijri_list_takes_the_time_after_it() -> None:
    text = ("وبين المسؤول أن التسجيل يبدأ في الأول من شهر ذي القعدة ويستمر حتى غرة شهر ذي الحجة فيما ستعلن "
            "اللجنة القوائم الأولية في السادس عشر من شهر ذي الحجة وستعلن القوائم النهائية في السابع والعشرين من "
            "شهر ذي الحجة.")
    assert news_date(text, "ستعلن") == "2015-09-29"
    assert news_date(text, "وستعلن") == "2015-10-10"


def test_a_fronted_time_still_dates_the_verb_after_it() -> None:
    # counter-case: no time after the verb, the time before it is its own
    assert news_date("وفي الثاني من أغسطس الجاري فيما كانت الوفود تصل، أعلنت الوزارة بدء المؤتمر.", "أعلنت") \
        == "2015-08-02"
    assert news_date("التقى الوزير أمس نظيره الفرنسي وأعلن دعم بلاده للاتفاق.", "وأعلن") == "2015-08-01"


def test_an_expected_act_in_a_relative_clause_is_planned() -> None:
    text = ("ونقل المسلحون كميات من الغذاء تحسبا لإطالة أمد الحصار الذي يتوقع أن تفرضه القوات الحكومية على "
            "البلدة.")
    assert news_modality(text, "الحصار") == "planned"
    assert news_date(text, "الحصار") is None
    # counter-case: a siege a relative clause tells as done
    other = "وعانى السكان من الحصار الذي فرضته القوات الحكومية على البلدة أمس."
    assert news_modality(other, "الحصار") == "asserted"


def test_an_act_after_baad_in_a_sentence_of_hope_has_no_article_date() -> None:
    text = "ويأمل المغرب في الحصول على دعم أوروبي لحماية حدوده، بعد إعلانه عن بناء سياج على طول الحدود."
    assert news_date(text, "إعلانه") is None
    # counter-case: a past report, the act after «بعد» keeps the article's day
    assert news_date("وصل الوفد إلى الرباط بعد إعلانه عن بناء سياج على طول الحدود.", "إعلانه") == TODAY


def test_what_a_thing_is_called_has_no_date() -> None:
    text = "أدانت المنظمة، المواقف المتشددة التي صدرت عن الوزير، وعدتها تصريحات تغذي الكراهية."
    assert news_date(text, "تصريحات") is None
    # counter-case: the verb's object is the act itself, not a pronoun: the act keeps its day
    assert news_date("ووصف تصريحات الوزير حول الاتفاق بأنها غير مسؤولة.", "تصريحات") == TODAY


def test_a_statement_referenced_as_issued_and_its_conjunct_have_no_date() -> None:
    text = ("وقالت الجامعة العربية إنها تابعت التصريحات التي صدرت عن نائب الرئيس العراقي نوري المالكي ضد مصر "
            "واتهامه لها بدعم الإرهاب.")
    assert news_date(text, "واتهامه") is None
    # counter-case: an accusation with no issued statement before it keeps the article's day
    assert news_date("واتهم نائب الرئيس العراقي نوري المالكي مصر بدعم الإرهاب.", "واتهم") == TODAY


def test_an_act_in_a_span_from_an_onset_has_no_date() -> None:
    text = ("ظلت المدينة خلال ستة أسابيع من بداية الحرب تشهد معارك ضارية حول المطار الذي سقط بيد المقاومة ثم "
            "تمكن المسلحون من استعادة السيطرة عليه.")
    assert news_date(text, "السيطرة") is None
    # counter-case: a span with no onset («خلال ستة أسابيع» to come) does not take the day away
    assert news_date("وتمكن المسلحون أمس من استعادة السيطرة على المطار.", "السيطرة") == "2015-08-01"
