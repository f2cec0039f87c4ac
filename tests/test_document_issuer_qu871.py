"""Round qu871: a document as the speaker is its issuer (rasd.quotes.report_issuer): the bare definite report
noun («وأفاد التقرير», «وجاء في التقرير») speaks for the body the article named as issuing the last report of that
noun, further back than the sentence before too: a definite report with its issuer after «لـ» («التقرير السنوي
للخارجية الأميركية»), «تقرير نشره موقع X», «بيان مشترك بين كل من X وY», «نشرت X تقريرا»; an indefinite report
that names no issuer in between is another report and leaves the speaker unresolved."""

from conftest import news_event, news_quote_rows


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r[0], r[1], r[2]) for r in news_quote_rows(text)]


def test_a_definite_annual_report_of_a_ministry_speaks_for_it() -> None:
    rows = _speakers("انتقد التقرير السنوي لوزارة الخارجية الأميركية حول الحريات الدينية أوضاع الأقليات في المنطقة. "
                     "وأفاد التقرير بأن السلطات اعتقلت عشرات الناشطين خلال العام الماضي.")
    assert rows[-1] == ("وأفاد", "وزارة الخارجية الأميركية", None)


def test_a_report_issued_three_sentences_back_speaks_for_its_issuer() -> None:
    rows = _speakers("ونشرت منظمة العفو الدولية تقريرا مفصلا عن أوضاع السجون في البلاد. ثم عقد البرلمان جلسة طارئة "
                     "لمناقشة الميزانية الجديدة. وارتفعت أسعار الوقود في الأسواق المحلية. وأشار التقرير إلى أن "
                     "السجون مكتظة بالمعتقلين.")
    assert rows[-1] == ("وأشار", "منظمة العفو الدولية", None)


def test_a_report_a_website_published_gives_the_body_not_the_site() -> None:
    rows = _speakers("ووفقا لتقرير نشره موقع المرصد الوطني للحريات النقابية، تراجع عدد النقابات المستقلة هذا العام. "
                     "وتحدث الوزير عن خطة جديدة للتوظيف في القطاع العام. ويضيف التقرير أن عشرات العمال فصلوا من "
                     "أعمالهم.")
    assert rows[-1] == ("ويضيف", None, "المرصد الوطني للحريات النقابية")


def test_a_joint_statement_between_two_unions_speaks_for_both_of_them() -> None:
    rows = _speakers("وفي بيان مشترك بين كل من نقابة عمال الموانئ ونقابة سائقي الشاحنات تقرر الإضراب عن العمل. "
                     "وأوضح البيان أن الأجور لم ترتفع منذ خمس سنوات.")
    assert rows[-1] == ("وأوضح", None, "نقابة عمال الموانئ ونقابة سائقي الشاحنات")


def test_another_report_of_no_issuer_in_between_stops_the_search() -> None:
    rows = _speakers("ونشرت منظمة العفو الدولية تقريرا عن أوضاع السجون قبل شهرين. وفي تقرير جديد، ارتفعت أعداد "
                     "المعتقلين بشكل ملحوظ. وأشار التقرير إلى أن السجون مكتظة.")
    assert rows[-1] == ("وأشار", None, "التقرير")


def test_a_report_the_article_never_gives_an_issuer_stays_unresolved() -> None:
    rows = _speakers("تراجعت صادرات النفط في الربع الثاني من العام. وجاء في التقرير أن الطلب العالمي ضعيف.")
    assert rows[-1] == ("وجاء", None, "التقرير")


def test_a_named_speaker_is_kept() -> None:
    rows = _speakers("ونشرت منظمة العفو الدولية تقريرا عن أوضاع السجون. وقال وزير العدل خالد الفهد إن الحكومة "
                     "ستدرس التقرير.")
    assert rows[-1] == ("وقال", "خالد الفهد", None)


def test_the_statement_event_of_the_cue_takes_the_issuer_as_source() -> None:
    doc, ev = news_event("انتقد التقرير السنوي لوزارة الخارجية الأميركية حول الحريات الدينية أوضاع الأقليات. "
                         "وأكد التقرير أن السلطات اعتقلت عشرات الناشطين.", "وأكد")
    assert ev.code == "010"
    assert ev.source is not None and doc.entity(ev.source).name == "وزارة الخارجية الأميركية"


def test_a_report_noun_with_no_issuer_leaves_its_statement_event_without_source() -> None:
    doc, ev = news_event("تراجعت صادرات النفط في الربع الثاني من العام. وأكد التقرير أن الطلب العالمي ضعيف.", "وأكد")
    assert ev.code == "010"
    assert ev.source is None
