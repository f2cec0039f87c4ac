"""Quote cues and where reported speech ends on constructions of real news, round 235: «بقوله/بقولها/بقولهم»
(by saying) reports what follows for the subject of its clause («ورد فلان على التصريحات بقوله إن», «ويحكي فلان
الأحداث بقوله: «...»»), and ends what an earlier cue of the clause reported («يرى أن ... بقوله: «...»»); after a
verb cue it is that cue's («وأضاف بقوله: «...»»: one quote). The past form of a cue right after «من» that hangs on a
word of the clause, with no «أن», colon or quote after it, is the verbal noun («تخوفها من كشف تعرض المتهمين»), not
«هناك من كشف أن». The writer's comment after «، وهو ما/وهذا ما/مما/الأمر الذي» is cut off where its verb tells
where the view showed («وهذا ما تجلى في مقاله») or how the words were received («الأمر الذي أغضب»: the openers and
verbs are matched by their keys, hamza and all); what came of the events said, or what it means, stays («وهو ما أدى
إلى», «مما يعني أن»: on the 347, nearly always the speaker's own proposition). An estimate of the speaker's own
with its «أن» after a comma («...، ورجحت أن») is his next act, no part of what the first cue reported."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_by_saying_reports_for_the_subject_of_its_clause() -> None:
    doc = analyze_news("ورد الرئيس الفلسطيني محمود عباس على الاتهامات بقوله إن المفاوضات متوقفة.")
    assert quote_speakers(doc) == [("بقوله", "محمود عباس")]
    assert _contents(doc) == ["المفاوضات متوقفة"]


def test_by_saying_with_a_colon_reports_the_quotation() -> None:
    doc = analyze_news("وعبر الوزير عادل الجبير عن ذلك بقوله: «لن نقبل بأي تدخل في شؤوننا».")
    assert quote_speakers(doc) == [("بقوله", "عادل الجبير")]
    assert _contents(doc) == ["لن نقبل بأي تدخل في شؤوننا"]


def test_by_saying_ends_what_the_earlier_cue_reported() -> None:
    doc = analyze_news("ويرى الوزير عادل الجبير أن المنطقة عرضة لهزة أخرى بقوله: «لا أحد يتوقع ما سيحدث».")
    assert _contents(doc) == ["المنطقة عرضة لهزة أخرى", "لا أحد يتوقع ما سيحدث"]


def test_by_saying_after_a_verb_cue_is_that_cues_quote() -> None:
    doc = analyze_news("وأضاف وزير الخارجية سامح شكري بقوله: «هذا أساسي جدا».")
    assert quote_speakers(doc) == [("وأضاف", "سامح شكري")]
    assert _contents(doc) == ["هذا أساسي جدا"]


def test_by_saying_in_the_plural_is_plural() -> None:
    doc = analyze_news("وعلق المتظاهرون على القرار بقولهم: «لن نتراجع».")
    assert [q.attrs.get("plural") for q in doc.quotes] == [True]


def test_a_cue_after_from_that_hangs_on_a_noun_is_the_verbal_noun() -> None:
    doc = analyze_news("وتابع أن تخوف المؤسسة الأمنية من كشف تعرض المتهمين للتعذيب هو الذي دفع إلى اعتقالهم.")
    assert [doc.text[q.cue.start : q.cue.end] for q in doc.quotes] == ["وتابع"]


def test_there_are_those_who_revealed_is_still_a_cue() -> None:
    doc = analyze_news("وقال الوزير إن هناك من كشف أن الاتفاق تعثر.")
    assert "كشف" in [doc.text[q.cue.start : q.cue.end] for q in doc.quotes]


def test_the_writers_where_it_showed_is_cut_off() -> None:
    doc = analyze_news("ويرى الوزير عادل الجبير أن الأمن لا يتحقق بضرب أمن الآخرين، وهذا ما تجلى في مقاله الأول.")
    assert _contents(doc) == ["الأمن لا يتحقق بضرب أمن الآخرين"]


def test_the_writers_comment_on_the_reception_is_cut_off_after_al_amr() -> None:
    doc = analyze_news("وقال الوزير إن الحكومة سترفع أسعار الوقود، الأمر الذي أثار غضب النقابات.")
    assert _contents(doc) == ["الحكومة سترفع أسعار الوقود"]


def test_what_came_of_it_or_what_it_means_stays_in_the_report() -> None:
    doc = analyze_news("وقال الوزير عادل الجبير إن القصف استمر ثلاثة أيام، وهو ما أدى إلى نزوح آلاف السكان.")
    assert _contents(doc) == ["القصف استمر ثلاثة أيام، وهو ما أدى إلى نزوح آلاف السكان"]
    doc = analyze_news("وقال الوزير إن الطائرات لديها قدرات كبيرة، مما يعني أن استخدامها سيستمر فترة أطول.")
    assert _contents(doc) == ["الطائرات لديها قدرات كبيرة، مما يعني أن استخدامها سيستمر فترة أطول"]


def test_an_estimate_of_its_own_after_a_comma_ends_the_report() -> None:
    doc = analyze_news("وأضافت المصادر أن الجيش يحاصر القاعدة من عدة جهات، ورجحت أن تحمل الساعات المقبلة أخبارا سارة.")
    assert _contents(doc)[0] == "الجيش يحاصر القاعدة من عدة جهات"


def test_an_estimate_verb_with_no_that_stays_in_the_report() -> None:
    doc = analyze_news("وأضافت المصادر أن الجيش يحاصر القاعدة، وتوقعت الحكومة هجوما وشيكا عليها.")
    assert _contents(doc)[0] == "الجيش يحاصر القاعدة، وتوقعت الحكومة هجوما وشيكا عليها"
