"""Quote cues and speakers on constructions of real news, round 28: a cue with «فيها/فيه» after a comma speaks for
who delivered the speech named before it («وجاء ذلك في كلمة ألقاها فلان ...، وأكد فيها»), or whose it is («في كلمة
الرئيس فلان»)."""

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
