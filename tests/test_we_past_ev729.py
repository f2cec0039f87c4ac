"""Round ev729 (events.we_verbs): a past verb of the 1st person plural inside quoted words is the speaker's act,
where its «نا» cannot be read «us»: a derived defective verb («التقينا»: «he met us» is «التقانا») or a verb that
takes no object (``we_only_verbs``: «بحثنا مع», «اتفقنا على»). The phrase after it is then its object, never its
subject. Forms that may be «… us» («استقبلنا الرئيس»: the president received us; «قصفنا الجيش») and plural verbs
outside a quote keep their reading."""

from conftest import analyze_news, event_with_trigger_at


def _parties(text: str, trigger: str) -> tuple[str, str]:
    """The names of the source and the target of the event at ``trigger`` ("" where none)."""
    doc = analyze_news(text)
    ev = event_with_trigger_at(doc, trigger)
    src = doc.entity(ev.source) if ev.source is not None else None
    tgt = doc.entity(ev.target) if ev.target is not None else None
    return (src.name if src is not None else "", tgt.name if tgt is not None else "")


def test_we_met_the_president_is_the_minister_s_meeting() -> None:
    text = "وقال وزير الخارجية السعودي عادل الجبير: \"التقينا الرئيس الروسي فلاديمير بوتين في موسكو\"."
    assert _parties(text, "التقينا") == ("عادل الجبير", "فلاديمير بوتين")


def test_and_we_met_with_the_conjunction() -> None:
    text = "وقال وزير الخارجية السعودي عادل الجبير: \"والتقينا وزير الخارجية الروسي سيرغي لافروف\"."
    assert _parties(text, "والتقينا") == ("عادل الجبير", "سيرغي لافروف")


def test_we_discussed_a_crisis_with_the_counterpart() -> None:
    text = "وقال وزير الخارجية الأمريكي جون كيري: \"بحثنا الأزمة السورية مع نظيري الروسي سيرغي لافروف\"."
    assert _parties(text, "بحثنا") == ("جون كيري", "سيرغي لافروف")


def test_we_agreed_with_a_co_subject_is_not_his_act() -> None:
    text = "وقال وزير الخارجية الأمريكي جون كيري: \"اتفقنا والرئيس الأفغاني أشرف غني على تشكيل لجنة\"."
    assert _parties(text, "اتفقنا")[0] == "جون كيري"


def test_we_held_talks_with_keeps_the_speaker_and_target() -> None:
    text = "وقال وزير الخارجية الأمريكي جون كيري: \"تباحثنا مع الرئيس الأفغاني أشرف غني في كابول\"."
    assert _parties(text, "تباحثنا") == ("جون كيري", "أشرف غني")


def test_counter_received_us_keeps_the_president_as_host() -> None:
    text = "وقال وزير الخارجية السعودي عادل الجبير: \"استقبلنا الرئيس الفرنسي فرانسوا هولاند في الرياض\"."
    assert _parties(text, "استقبلنا") == ("فرانسوا هولاند", "")


def test_counter_bombed_us_keeps_the_army_as_doer() -> None:
    text = "وقال وزير الخارجية السعودي عادل الجبير: \"قصفنا الجيش السوري\"."
    assert _parties(text, "قصفنا")[0] == "الجيش السوري"


def test_counter_outside_a_quote_nothing_changes() -> None:
    text = "التقينا الرئيس الروسي فلاديمير بوتين في موسكو."
    assert _parties(text, "التقينا")[0] == "فلاديمير بوتين"
