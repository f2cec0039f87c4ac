"""Round 153 of real news: event dates and modality. A time inside words quoted after (or before) the trigger is
not the day of the saying; a time fronted behind «في وقت لاحق من» still dates the clauses after its comma; «وقتها»
looks back; the aim of a plan («خطة الجيش لإعلان») is planned; the cause of a loss told in a relative clause is
background; «قبل 25 عاما» gives its year to a day and month told with it. Hand-made sentences (paraphrases, no
article text); the articles are dated 2015-08-02."""

from __future__ import annotations

from conftest import news_date, news_modality

import rasd


def test_a_time_inside_the_quoted_words_does_not_date_the_saying() -> None:
    text = "ويؤكد الجندي «ننتظر الذهاب إلى الجبهة منذ منتصف يوليو» مضيفا أنهم مستعدون."
    assert news_date(text, "ويؤكد") == "2015-08-02"
    # a name in quotation marks closed before the time: the time is the saying's
    assert news_date("وأعلنت «الهيئة» أمس أنها ستقاطع الانتخابات.", "وأعلنت") == "2015-08-01"


def test_a_time_fronted_behind_a_later_lead_dates_the_clauses_after_it() -> None:
    text = "وفي وقت لاحق من أمس، صدر بيان مشترك بمناسبة زيارة الوزير للبلاد، أكدا خلاله أن الجانبين عقدا مباحثات."
    assert news_date(text, "أكدا") == "2015-08-01"
    # no time fronted: the article's day
    assert news_date("وفي وقت لاحق، أعلن الوزير استقالته.", "أعلن") == "2015-08-02"


def test_then_in_waqtaha_looks_back() -> None:
    assert news_date("وقد رفض النواب المشروع، وأكدوا وقتها أن المراقبة سوف تضر بالأئمة.", "وأكدوا") is None
    assert news_date("وقد رفض النواب المشروع، وأكدوا أن المراقبة سوف تضر بالأئمة.", "وأكدوا") == "2015-08-02"


def test_the_aim_of_a_plan_is_planned() -> None:
    text = "وتعطل الجماعات المسلحة خطة الجيش لإعلان تحرير المدينة."
    assert news_modality(text, "لإعلان") == "planned"
    assert news_date(text, "لإعلان") is None
    assert news_modality("وأعلنت الحكومة نيتها لفرض عقوبات.", "لفرض") == "planned"
    # a plan carried out: its aim is done
    assert news_modality("ونفذ الجيش خطته لاقتحام المدينة.", "لاقتحام") == "asserted"


def test_the_cause_of_a_loss_told_in_a_relative_clause_has_no_day() -> None:
    text = "وطالبت العائلات التي فقدت أبناءها بسبب القصف الحربي على المدينة بتعويضات."
    assert news_date(text, "القصف") is None
    # the cause of today's deaths is today's; a present relative is not a background
    assert news_date("وقتل خمسة مدنيين بسبب القصف على المدينة.", "القصف") == "2015-08-02"
    assert news_date("وتعالج المستشفى الجرحى الذين يصلون جراء القصف على المدينة.", "القصف") == "2015-08-02"


def _values(text: str) -> list[tuple[str, str | None]]:
    doc = rasd.analyze(text, date="2015-08-02")
    return [(t.text, t.value) for t in doc.times]


def test_years_ago_give_their_year_to_a_day_told_with_them() -> None:
    assert ("2 أغسطس", "1990-08-02") in _values("وفي 2 أغسطس، قبل 25 عاما، اجتاحت القوات البلاد.")
    assert ("الثاني من أغسطس", "1990-08-02") in _values("وفي الثاني من أغسطس قبل 25 عاما اجتاحت القوات البلاد.")
    # a count of years told far from the day, of another act, leaves the day alone
    assert ("5 يوليو", "2015-07-05") in _values("وفي 5 يوليو أعلن الوزير استقالته، بعد أن تولى المنصب قبل 3 أعوام.")


def test_plural_attacks_named_as_a_kind_have_no_day() -> None:
    assert news_date("ويحق للدول الدفاع عن نفسها في مواجهة الهجمات المسلحة.", "الهجمات") is None
    assert news_date("ويبقى الجيش عرضة لهجمات مباغتة من الخلف.", "لهجمات") is None
    # one attack, or attacks owned by their doers, are incidents of the day
    assert news_date("ونجحت القوات في مواجهة الهجوم على المدينة.", "الهجوم") == "2015-08-02"
    assert news_date("ونجحت القوات في مواجهة هجماتهم على المدينة.", "هجماتهم") == "2015-08-02"
