"""Round ev986: the doer of a stance or a move said as a masdar with a possessive pronoun and no source is the party
the pronoun stands for (events.suffix_doers); an act done to someone keeps its pronoun as the patient."""

from conftest import analyze_news, news_event_rows


def _source(text: str, trigger: str) -> str | None:
    """The source of the event ``trigger``: its entity's name, else its unnamed phrase."""
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    for e in doc.events:
        if doc.text[e.trigger.start : e.trigger.end] == trigger:
            if e.source is not None:
                return names[e.source]
            phrase = e.unnamed("source", doc.text)
            return str(phrase["text"]) if phrase else None
    raise AssertionError(f"no event {trigger!r}")


def test_plural_rejection_takes_the_subject_before() -> None:
    text = "التقى وزراء الخارجية العرب في القاهرة أمس، وأعلنوا رفضهم للاتفاق الجديد."
    rows = [r for r in news_event_rows(text) if r[1] == "وأعلنوا"]
    assert rows and rows[0][0] == "120"
    assert _source(text, "وأعلنوا") == "وزراء"


def test_affirmed_support_is_the_speakers_own() -> None:
    # «دعمه للمبادرة» is no subject of «وأكد»: the one «ـه» stands for supports it
    text = "التقى الرئيس الفرنسي فرانسوا هولاند رئيس الوزراء الليبي أمس، وأكد دعمه للمبادرة العربية."
    rows = [r for r in news_event_rows(text) if r[1] == "وأكد"]
    assert rows and rows[0][:3] == ("051", "وأكد", "فرانسوا هولاند")


def test_control_opening_a_sentence_takes_the_doer_before() -> None:
    text = "هاجم مسلحو الحركة المدينة الأسبوع الماضي. وبعد سيطرتهم على المدينة، فرضوا حظر التجول."
    rows = [r for r in news_event_rows(text) if r[1] == "سيطرتهم"]
    assert rows and rows[0][0] == "192"
    assert _source(text, "سيطرتهم") == _source(text, "هاجم") == "مسلحو"


def test_coordinated_meeting_goes_on_with_the_visitor() -> None:
    text = "واستمع الحاضرون إلى نتائج زيارة وزير الدفاع إلى الجزائر، واجتماعه مع رئيس الحكومة الجزائرية."
    assert _source(text, "واجتماعه") == "وزير الدفاع"


def test_arrest_pronoun_is_no_doer() -> None:
    # «اعتقاله»: his arrest, he is the one arrested, never its source
    text = "هرب السجين سامي الفلاني من السجن أمس، وبعد اعتقاله نقل إلى المحكمة."
    rows = [r for r in news_event_rows(text) if r[1] == "اعتقاله"]
    assert rows and rows[0][2] is None
