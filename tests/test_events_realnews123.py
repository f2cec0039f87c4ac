"""Round 123 of real news: event dates and modality. An act condemned («أدان الوزير اغتيال القاضي») or protested
against («احتجاجا على الغارات») came before the condemnation: no day unless its own time is said; a postponed act past
the subject («أرجأت الحركة عملية المفاوضات») is planned, a cancelled one negated; one of several meetings («وخلال
أحد اللقاءات،») and what a sentence so opened tells have no day; a call one «did not hide» is a stance of no day; an
act pointed to («في إشارة إلى اتهامه») is told as fact, not asked, and of no day; a seizure a party announces is
reported; acts going on for the Nth month in a row, or counted over a span («هجومين خلال أقل من شهر»), have no day;
a protest masdar after a comma takes the time of the act before it. The sample's articles are dated 2015-08-02."""

from __future__ import annotations

from conftest import news_codes, news_date, news_modality


def test_a_condemned_act_has_no_day_of_the_condemnation() -> None:
    assert news_date("وأدان الوزير كيري اغتيال المدعي العام في العاصمة.", "اغتيال") is None
    assert news_date("ونددت الوزارة بشدة بالهجوم على السفارة.", "بالهجوم") is None
    assert news_date("وأعربت الوزارة عن إدانتها الشديدة للتفجير.", "للتفجير") is None
    # its own time said: that day
    assert news_date("ونددت الوزارة بالهجوم الذي استهدف السفارة أمس.", "بالهجوم") == "2015-08-01"
    # not condemned: the article's day
    assert news_date("وتعرضت السفارة لهجوم مسلح.", "لهجوم") == "2015-08-02"


def test_a_postponed_or_cancelled_act_past_its_subject() -> None:
    text = "وأرجأت الحركة عملية المفاوضات مع الحكومة."
    assert news_modality(text, "المفاوضات") == "planned"
    assert news_date(text, "المفاوضات") is None
    assert news_modality("وألغت الحكومة الزيارة إلى باريس.", "الزيارة") == "negated"
    text = "وبدأت الحركة عملية المفاوضات مع الحكومة."
    assert news_modality(text, "المفاوضات") == "asserted"
    assert news_date(text, "المفاوضات") == "2015-08-02"


def test_one_of_several_meetings_has_no_day() -> None:
    text = "وفي إحدى الزيارات، أبلغني الوزير أن الرئيس الفرنسي فرانسوا هولاند التقى الملك عبدالله في عمان."
    assert news_date(text, "الزيارات") is None
    assert news_date(text, "التقى") is None
    text = "وخلال الزيارة، أبلغني الوزير أن الرئيس الفرنسي فرانسوا هولاند التقى الملك عبدالله في عمان."
    assert news_date(text, "التقى") == "2015-08-02"
    # one of the dead: round 286 reads «أحد القتلى هو» as a person picked out of the act told, no event of its own
    # (events.victims); the killing told keeps its day
    text = "وقتلت القوات ثمانية مسلحين، وأضافت أن أحد القتلى هو قائد المجموعة."
    assert news_date(text, "وقتلت") == "2015-08-02"
    assert "القتلى" not in [t for t, _ in news_codes(text)]


def test_a_stance_not_hidden_has_no_day() -> None:
    assert news_date("ولم يخف الداعية إعجابه بالتنظيم ودعوته إلى تطبيق الشريعة.", "ودعوته") is None
    assert news_date("وجدد الداعية دعوته إلى تطبيق الشريعة.", "دعوته") == "2015-08-02"


def test_what_a_question_points_to_is_told() -> None:
    text = "وسأل الكاتب: هل كان غرض الرئيس من دخول البلد نفطيا، في إشارة إلى اتهامه الجارة بإغراق الأسواق؟"
    assert news_modality(text, "اتهامه") == "asserted"
    assert news_date(text, "اتهامه") is None
    assert news_modality("وسأل الكاتب: هل اتهم الرئيس الجارة بإغراق الأسواق؟", "اتهم") == "hypothetical"


def test_a_seizure_announced_is_reported() -> None:
    assert news_modality("في الوقت الذي أعلنت فيه القوات مرارا السيطرة عليها.", "السيطرة") == "reported"
    assert news_modality("وأعلنت القوات السيطرة على المدينة.", "السيطرة") == "reported"
    # a stance announced is the act itself
    assert news_modality("وأعلنت المعارضة رفضها للمقترح.", "رفضها") == "asserted"


def test_acts_over_a_span_have_no_day() -> None:
    text = "تتواصل المعارك والمواجهات بين القبائل والمسلحين للشهر الرابع على التوالي في المحافظة."
    assert news_date(text, "والمواجهات") is None
    text = "تتواصل المواجهات بين القبائل والمسلحين لليوم الرابع على التوالي في المحافظة."
    assert news_date(text, "المواجهات") == "2015-08-02"
    assert news_date("وشهدت البلاد هجومين انتحاريين خلال أقل من شهر.", "هجومين انتحاريين") is None
    assert news_date("وشهدت البلاد هجوما انتحاريا خلال الأسبوع الماضي.", "هجوما انتحاريا") == "2015-07"


def test_a_protest_masdar_takes_the_time_before_its_comma() -> None:
    text = "وتظاهر عشرات الطلاب في المدينة مساء السبت، احتجاجا على الغارات الجوية."
    assert news_date(text, "احتجاجا") == "2015-08-01"
    assert news_date(text, "الغارات الجوية") is None
    text = "وتظاهر عشرات الطلاب في المدينة، احتجاجا على الغارات الجوية."
    assert news_date(text, "احتجاجا") == "2015-08-02"
