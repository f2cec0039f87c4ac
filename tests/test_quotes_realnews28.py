"""Quote cues and speakers on constructions of real news, round 28: a cue with «فيها/فيه» after a comma speaks for
who delivered the speech named before it («وجاء ذلك في كلمة ألقاها فلان ...، وأكد فيها»), or whose it is («في كلمة
الرئيس فلان»); what «أن» reports ends at the comma before a contrast the writer opens («...، فيما/في حين/بينما»), not
where the contrast sets figures or plans side by side, or is «فيما يبدو/يتعلق»."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_a_speech_delivered_speaks_for_a_cue_with_its_pronoun() -> None:
    doc = analyze_news("وجاء ذلك في كلمة ألقاها الرئيس الفرنسي فرانسوا هولاند أمام السفراء في باريس، وأكد فيها أن "
                       "بلاده لن تتراجع عن موقفها.")
    assert quote_speakers(doc) == [("وأكد", "فرانسوا هولاند")]
    doc = analyze_news("وجاء ذلك في حديث أدلى به رئيس الوزراء العراقي حيدر العبادي للصحفيين، وقال فيه إن المعركة "
                       "مستمرة.")
    assert quote_speakers(doc) == [("وقال", "حيدر العبادي")]


def test_a_speech_delivered_by_a_woman_after_another_speaker() -> None:
    doc = analyze_news("وقال وزير الخارجية سامح شكري إن الحوار مستمر. وجاء ذلك في كلمة ألقتها المستشارة الألمانية "
                       "أنجيلا ميركل في برلين، وأكدت فيها أن أوروبا موحدة.")
    assert quote_speakers(doc)[-1] == ("وأكدت", "أنجيلا ميركل")


def test_a_speech_in_construct_with_its_owner() -> None:
    doc = analyze_news("وجاء ذلك في كلمة الرئيس الفرنسي فرانسوا هولاند أمام السفراء في باريس، وأكد فيها أن بلاده "
                       "لن تتراجع عن موقفها.")
    assert quote_speakers(doc) == [("وأكد", "فرانسوا هولاند")]


def test_what_was_said_ends_before_the_writers_contrast() -> None:
    doc = analyze_news("وقال وزير الخارجية سامح شكري إن الحوار مستمر، في حين تواصلت المعارك في المدينة.")
    assert _contents(doc) == ["الحوار مستمر"]
    doc = analyze_news("وقال وزير الخارجية سامح شكري إن الحوار مستمر، فيما أكد الجيش أن القوات تقدمت.")
    assert _contents(doc) == ["الحوار مستمر", "القوات تقدمت"]  # no «، فيما» before the next cue


def test_a_contrast_of_figures_or_plans_goes_on_with_what_was_said() -> None:
    doc = analyze_news("وقال المتحدث باسم الجيش إن 20 مسلحا قتلوا في الاشتباكات، بينما أصيب 12 جنديا.")
    assert _contents(doc) == ["20 مسلحا قتلوا في الاشتباكات، بينما أصيب 12 جنديا"]
    doc = analyze_news("وأعلنت الوزارة أن الاجتماع الأول يعقد الأحد، فيما سيعقد الاجتماع الثاني في جدة.")
    assert _contents(doc) == ["الاجتماع الأول يعقد الأحد، فيما سيعقد الاجتماع الثاني في جدة"]


def test_as_it_seems_and_as_for_are_no_contrast() -> None:
    doc = analyze_news("وذكرت الصحيفة أن المستشارة قررت، فيما يبدو، خوض الانتخابات المقبلة.")
    assert _contents(doc) == ["المستشارة قررت، فيما يبدو، خوض الانتخابات المقبلة"]
    doc = analyze_news("وقال الوزير إن الحكومة ستدعم المزارعين، فيما يتعلق بأسعار القمح.")
    assert _contents(doc) == ["الحكومة ستدعم المزارعين، فيما يتعلق بأسعار القمح"]
