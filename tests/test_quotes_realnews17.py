"""Quote speakers on constructions of real news, round 17: «وفق ما يراه مناسبا» is no quote; a day between the verb
and its subject («أعلنت أمس منظومة ...»); a fronted «وعن ...» topic before a verb with a dropped subject; the
issuer named in «البيان الذي أصدره فلان، وقال فيه»; «هذه الاتهامات» as an unnamed speaker, not carried on; an
unnamed source of two coordinated bodies («مصادر في الجيش الوطني والمقاومة الشعبية»)."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def test_as_he_sees_fit_is_no_quote() -> None:
    doc = analyze_news("وأكد الوزير أن الاتحاد يتعامل مع الأندية وفق ما يراه مناسبا.")
    assert [cue for cue, _ in quote_speakers(doc)] == ["وأكد"]
    doc = analyze_news("وتبقى المواقع مغلقة بحسب ما تراه الجهات الأمنية.")
    assert quote_speakers(doc) == []


def test_a_day_between_the_verb_and_its_subject() -> None:
    doc = analyze_news("وأعلنت أمس وزارة الداخلية السعودية أنها اعتقلت خمسة مسلحين.")
    assert quote_speakers(doc) == [("وأعلنت", "وزارة الداخلية السعودية")]
    doc = analyze_news("أعلنت أمس منظومة الدفاع الجوي أنها أسقطت طائرة مسيرة.")
    assert quote_speakers(doc) == [("أعلنت", "[منظومة الدفاع الجوي]")]


def test_a_fronted_topic_keeps_the_dropped_subject() -> None:
    doc = analyze_news("وقال وزير الخارجية سامح شكري إن الوضع خطير. وعن تقارير صحافية حول مشروع إيران الجديد "
                       "لحل الأزمة أضاف أن القرار لم يتخذ بعد.")
    assert quote_speakers(doc) == [("وقال", "سامح شكري"), ("أضاف", "سامح شكري")]


def test_the_issuer_named_in_the_relative_clause_of_a_statement() -> None:
    doc = analyze_news("جاء ذلك في البيان الذي أصدره الدكتور عبدالله التركي الأمين العام للرابطة، وقال فيه: "
                       "\"إن الرابطة تتابع التصريحات بقلق\".")
    assert quote_speakers(doc) == [("وقال", "عبدالله التركي")]


def test_the_charges_speak_once_and_are_not_carried() -> None:
    doc = analyze_news("وأكدت هذه الاتهامات التي تناولتها صحيفة الغارديان أن الشركة دفعت رشاوى.")
    assert quote_speakers(doc) == [("وأكدت", "[هذه الاتهامات]")]
    doc = analyze_news("وأكدت هذه الاتهامات التي تناولتها صحيفة الغارديان أن الشركة دفعت رشاوى. ويعتمد الفيلم على "
                       "تسجيل للعداءة الروسية، وتقول فيه: «أصبحت أقوى».")
    assert quote_speakers(doc)[1][1] != "[هذه الاتهامات]"


def test_an_unnamed_source_of_two_coordinated_named_bodies() -> None:
    doc = analyze_news("وقالت مصادر في الجيش الوطني والمقاومة الشعبية إن القوات تقدمت نحو المدينة.")
    assert quote_speakers(doc) == [("وقالت", "[مصادر في الجيش الوطني والمقاومة الشعبية]")]


def test_an_unnamed_source_of_two_coordinated_bodies() -> None:
    doc = analyze_news("وذكرت مصادر في السلطة الشرعية والمقاومة أن الميليشيات قصفت الأحياء.")
    assert quote_speakers(doc) == [("وذكرت", "[مصادر في السلطة الشرعية والمقاومة]")]
