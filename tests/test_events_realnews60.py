"""Round 60 of real news: an event's date from its clause's own time. A relative clause on an event noun tells that
noun's act («شنت القوات، أمس، هجماتها التي استهدفت»): it has the noun's date; on the object of a «كان ... قد» verb
it is of that past and has none. A time set off after the object and followed by its place («خلال لقائه الوزير، أول من
أمس في الرياض») dates the act. A background act has no article date: one told after an old date in its sentence
or the sentence before, acts looked back at («حوادث الخطف تلك»), recent acts many («الهجمات الأخيرة»), an act
drawn out over a span («على مدى ستة أشهر»)."""

from __future__ import annotations

from conftest import news_date as _date


def test_a_relative_clause_on_an_event_noun_has_its_date() -> None:
    text = "وفي سياق متصل، صعدت الطائرات الحربية، أمس، غاراتها التي استهدفت مواقع المسلحين في محافظة مأرب."
    assert _date(text, "غاراتها") == "2015-08-01"
    # round ev522: the clause's verb retells the raids (one event, «غاراتها»); the clause's own time still dates it
    assert _date("وصعدت الطائرات غاراتها التي استهدفت أول من أمس مواقع المسلحين.", "غاراتها") == "2015-07-31"


def test_a_relative_clause_on_a_pluperfect_object_has_no_date() -> None:
    assert _date("وكان الرئيس الروسي قد طرح مبادرته التي دعت إلى تشكيل تحالف إقليمي ضد الإرهاب.", "دعت") is None


def test_a_time_after_the_object_and_before_its_place() -> None:
    text = "وجاءت تصريحات الوزير خلال استقباله السفير الفرنسي لدى المملكة، أول من أمس في العاصمة الرياض، حيث بحثا التعاون."
    assert _date(text, "استقباله") == "2015-07-31"


def test_an_act_after_an_old_date_in_its_sentence_or_the_one_before() -> None:
    text = "* 5 مارس 1991: الجامعة العربية تعقد اجتماعا طارئا لبحث الأزمة، وطالبت بغداد بالانسحاب من الكويت."
    assert _date(text, "وطالبت") == "1991-03-05"
    text = "وحاولت القوات العراقية السيطرة على مراكز حدودية في مارس (آذار) عام 1973. ونددت الكويت بالهجوم."
    # a month of that past names no day: none, never the article's date
    assert _date(text, "ونددت") is None


def test_former_acts_and_acts_over_a_span_have_no_single_day() -> None:
    assert _date("وقال المسؤول إن الهجمات الأخيرة التي وقعت في البلاد لن تثنيها عن الإصلاح.", "الهجمات") is None
    assert _date("وقال المحافظ إن المدينة عانت من القصف والحصار على مدى ستة أشهر.", "القصف") is None
    # a single attack told with no span still has the article's date
    assert _date("وقال المحافظ إن المدينة تعرضت لقصف عنيف.", "لقصف") == "2015-08-02"


def test_acts_looked_back_at_are_not_of_the_article_day() -> None:
    assert _date("وقال الخبير إن حوادث الاختطاف تلك أضعفت الفصائل المعتدلة.", "الاختطاف") is None
    # «هذا» is the one here and now
    assert _date("وقال الوزير إن اجتماعنا هذا يعقد في ظروف استثنائية.", "اجتماعنا") == "2015-08-02"
