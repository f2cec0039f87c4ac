"""Quotes on constructions of real news, round 166: a body named by its short form. «الخارجية» («الداخلية»,
«الدفاع») is the ministry named before (the one in the cue's sentence or the sentence before, else the one in the
article), «المجلس» the council named in the sentence before; none where two such bodies are named there."""

from __future__ import annotations

from conftest import news_quote_rows


def test_the_ministry_short_form_is_the_ministry_named_before() -> None:
    text = ("من جهتها، انتقدت الخارجية المصرية أمس تصريحات المبعوث الدولي حول الأزمة. "
            "وأوضحت الخارجية أن هذه التصريحات لا تعبر عن موقف المجتمع الدولي.")
    rows = news_quote_rows(text)
    assert rows[-1][:3] == ("وأوضحت", "الخارجية المصرية", None)


def test_the_nearest_sentence_decides_between_two_ministries() -> None:
    text = ("وأصدرت وزارة الخارجية الأردنية بيانا عن الزيارة. وتحدث الوزير عن العلاقات بين البلدين. "
            "من جهتها، انتقدت الخارجية المصرية أمس تصريحات المبعوث الدولي. "
            "وأوضحت الخارجية أن هذه التصريحات لا تعبر عن موقف المجتمع الدولي.")
    assert news_quote_rows(text)[-1][:2] == ("وأوضحت", "الخارجية المصرية")


def test_two_ministries_in_the_sentence_before_leave_it_open() -> None:
    text = ("والتقى وفد من الخارجية المصرية مع مسؤولين في الخارجية الأردنية أمس في عمان. "
            "وأوضحت الخارجية أن اللقاء تناول الأوضاع في المنطقة.")
    assert news_quote_rows(text)[-1][1] is None


def test_the_council_is_the_council_named_in_the_sentence_before() -> None:
    text = ("ودافع المجلس الأعلى للقضاء أمس عن الأحكام الأخيرة التي صدرت بحق المتهمين. "
            "ونفى المجلس أن يكون تلقى أي شكوى من المحامين.")
    assert news_quote_rows(text)[-1][:2] == ("ونفى", "المجلس الأعلى للقضاء")


def test_a_council_named_long_before_is_not_taken() -> None:
    text = ("ودافع المجلس الأعلى للقضاء أمس عن الأحكام الأخيرة. وتحدث المحامون عن ظروف المحاكمة. "
            "وطالب الأهالي بالإفراج عن المعتقلين. ونفى المجلس أن يكون تلقى أي شكوى من المحامين.")
    assert news_quote_rows(text)[-1][1] is None


def test_a_study_speaks_for_the_body_that_made_it() -> None:
    text = "وتضاعف عدد الضحايا خلال العقد الأخير، وذلك وفقا لدراسة جديدة أجرتها مؤسسة «بروكينغز»."
    assert news_quote_rows(text)[-1][:3] == ("وفقا", "مؤسسة بروكينغز", None)  # (its whole name: round nb411)


def test_a_study_with_no_maker_keeps_its_phrase() -> None:
    text = "وتضاعف عدد الضحايا خلال العقد الأخير، وذلك وفقا لدراسة جديدة نشرت أمس في لندن."
    rows = news_quote_rows(text)
    assert rows and rows[-1][1] is None


def test_the_report_speaks_for_its_issuer_named_in_the_sentence_before() -> None:
    text = ("وأفاد تقرير سنوي صدر عن إدارة الدراسات في هيئة الموانئ بأن حركة الشحن زادت. "
            "وقال المدير العام للهيئة إن التقرير يوضح أن القطاع يتجه إلى النمو.")
    assert news_quote_rows(text)[-1][:3] == ("يوضح", None, "إدارة الدراسات في هيئة الموانئ")


def test_a_report_of_no_named_issuer_keeps_the_noun() -> None:
    text = ("وأفاد تقرير سنوي بأن حركة الشحن زادت. "
            "وقال المدير العام للهيئة إن التقرير يوضح أن القطاع يتجه إلى النمو.")
    # (round qu420: the report named again is the one told of before, «تقرير سنوي», no issuer)
    assert news_quote_rows(text)[-1][:3] == ("يوضح", None, "تقرير سنوي")


def test_the_report_speaks_for_the_body_that_issued_it() -> None:
    text = ("وأصدرت منظمة العفو الدولية تقريرا جديدا عن أوضاع السجون أمس. "
            "وقال ناشط حقوقي إن التقرير يوضح أن السجناء يعانون من الاكتظاظ.")
    assert news_quote_rows(text)[-1][:3] == ("يوضح", "منظمة العفو الدولية", None)
