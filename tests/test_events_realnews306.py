"""Round oe306: arguments of protests and attacks in the patterns of the SaudiNewsNet sample (hand-made sentences).

A count after a time phrase of the verb's own («تظاهر صباح أمس المئات») is who protests (none carried from the
sentence before); the addressee of a chant's call («هتافات تدعو الحكومة إلى») and the one a slogan bids resign
(«ليستقيل الرئيس») are whom a protest is aimed at; «على الأرجح» is an adverb, no target."""

from conftest import analyze_news, news_arg


def _span(doc, trigger: str, role: str = "source") -> str:  # type: ignore[no-untyped-def]
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)
    span = ev.attrs.get(f"{role}_span")
    return doc.text[span[0] : span[1]] if isinstance(span, list) else ""


def test_count_after_a_time_phrase_protests() -> None:
    text = ("وقال المعلم خالد حسن إن «الخدمات تتراجع كل يوم». إذ تظاهر صباح أمس المئات احتجاجا على تردي الخدمات "
            "وانتشار الفساد.")
    doc = analyze_news(text)
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "تظاهر")
    # not the speaker of the sentence before: since round ev447 the counted crowd is a GROUP entity
    source = doc.entity(ev.source) if ev.source else None
    assert source is not None and source.type == "GROUP" and source.name == "المئات"
    assert _span(doc, "تظاهر") == "المئات"


def test_counter_time_phrase_then_a_place() -> None:
    # past the time phrase a place, no count: nothing read as the subject there
    text = "وتظاهر صباح أمس في البصرة نحو خمسمئة شخص."
    doc = analyze_news(text)
    assert _span(doc, "وتظاهر") != "البصرة"


def test_chant_calling_on_the_government() -> None:
    text = ("وجابت المظاهرة شوارع المدينة باتجاه مقر المجلس البلدي، وردد المتظاهرون هتافات تدعو الحكومة المحلية "
            "إلى صرف الرواتب.")
    assert news_arg(text, "المظاهرة", "target") == "الحكومة المحلية"


def test_counter_call_on_the_citizens_is_no_aim() -> None:
    text = "وخرج المئات في مسيرة حاشدة رافعين لافتات تدعو المواطنين إلى المشاركة في العصيان."
    assert news_arg(text, "وخرج", "target") == ""


def test_counter_call_with_no_addressee() -> None:
    text = "وخرج الآلاف في مسيرات تدعو إلى إنهاء الحرب."
    assert news_arg(text, "وخرج", "target") == ""


def test_resignation_slogan_names_the_aim() -> None:
    text = "ونفذ المتظاهرون اعتصاما في وسط المدينة وهتفوا «ليستقيل الرئيس»."
    assert news_arg(text, "اعتصاما", "target") == "الرئيس"


def test_counter_slogan_of_support_is_no_aim() -> None:
    text = "ونفذ المتظاهرون اعتصاما في وسط المدينة وهتفوا «يحيا الرئيس»."
    assert news_arg(text, "اعتصاما", "target") == ""


def test_most_likely_is_no_target() -> None:
    text = "وقصفت طائرات التحالف على الأرجح مواقع للمسلحين شرق المدينة أمس."
    assert news_arg(text, "وقصفت", "target") != "الأرجح"
    text = "كما تزامن ذلك مع غارة جوية شنتها طائرة أميركية بدون طيار على الأرجح فجر أمس."
    assert news_arg(text, "غارة جوية", "target") == ""


def test_counter_attack_on_a_place_keeps_its_target() -> None:
    text = "وشنت طائرات التحالف غارة جوية على مواقع المسلحين فجر أمس."
    assert news_arg(text, "غارة جوية", "target") == "مواقع المسلحين"


def test_lone_elative_is_no_protester() -> None:
    text = "وبدأت أحدث احتجاجات أمام وزارة التعليم، ردا على انتحار رجل اعتقل الأسبوع الماضي."
    doc = analyze_news(text)
    assert _span(doc, "احتجاجات") != "أحدث"


def test_counter_elative_heading_a_phrase_of_people_acts() -> None:
    # «أبرز قادة الحركة»: the elative heads a phrase of people, who act
    from rasd.events.acting import can_act
    from rasd.events.chunks import Chunk

    doc = analyze_news("وتظاهر أبرز قادة الحركة أمام البرلمان.")
    k = next(k for k, t in enumerate(doc.tokens) if t.text == "أبرز")
    c = Chunk(k, k + 1, doc.tokens[k].start, doc.tokens[k + 1].end, None, None, None, False, False, False, False)
    assert can_act(doc, c)
    lone = Chunk(k, k, doc.tokens[k].start, doc.tokens[k].end, None, None, None, False, False, False, False)
    assert not can_act(doc, lone)
