"""Quotes on constructions of real news, round 48: after a reported fact, «، وهي/وهو» + a definite noun + a relative
(«، وهي الحادثة التي لم يذكرها أحد قبله») is the writer's remark, not what was said (not «وهو الأمر الذي», which
the speaker may say); a tail «، خلال لقاء مع نظيره ...» says where the words were said; «أبان» reports («وأبان
الوزير أن») and the participles after it speak for its subject; «ملمحًا إلى» is a cue of its own that ends the
content before it; a content cut where the next cue begins does not keep «لكنه», that cue's subject."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[q.cue.start : q.cue.end], doc.text[q.content.start : q.content.end]) for q in doc.quotes]


def test_an_appositive_remark_on_the_reported_fact_is_the_writers() -> None:
    text = "وقال القيادي سامر حداد إن عناصر الفرقة قتلوا مقاتلين من الجبهة، وهي الحادثة التي لم يذكرها أحد قبل حداد."
    assert _contents(text) == [("وقال", "عناصر الفرقة قتلوا مقاتلين من الجبهة")]


def test_a_vague_which_is_the_matter_stays_with_the_speaker() -> None:
    text = "وقال القيادي سامر حداد إن وصول التنظيمات إلى العاصمة سيعقد الملف، وهو الأمر الذي لن تسمح به دول الإقليم."
    assert _contents(text) == [("وقال", "وصول التنظيمات إلى العاصمة سيعقد الملف، وهو الأمر الذي لن تسمح به دول "
                                        "الإقليم")]


def test_a_criterion_the_speaker_explains_stays_with_him() -> None:
    text = ("ولفت المسؤول سامر حداد إلى أن الوزراء حضروا المؤتمر، وهو المقياس الذي اعتمد عليه الرئيس في تعيينهم "
            "مستشارين.")
    assert _contents(text) == [("ولفت", "الوزراء حضروا المؤتمر، وهو المقياس الذي اعتمد عليه الرئيس في تعيينهم "
                                         "مستشارين")]


def test_an_apposition_without_a_relative_stays() -> None:
    text = "وقال القيادي سامر حداد إن المسلحين نفذوا هجوما على العاصمة، وهو الهجوم الأكبر هذا العام."
    assert _contents(text) == [("وقال", "المسلحين نفذوا هجوما على العاصمة، وهو الهجوم الأكبر هذا العام")]


def test_a_remark_inside_guillemets_is_the_speakers() -> None:
    text = "وقال القيادي سامر حداد إن «المقاتلين قتلوا عناصر من الجبهة، وهي الحادثة التي أخفاها الجميع»."
    assert _contents(text) == [("وقال", "المقاتلين قتلوا عناصر من الجبهة، وهي الحادثة التي أخفاها الجميع")]


def test_where_it_was_said_is_no_part_of_it() -> None:
    text = "أعلن وزير الخارجية سامر حداد أن بلاده ستبدأ قريبا محاربة التنظيم، خلال لقاء مع نظيره الأميركي في ماليزيا."
    assert _contents(text) == [("أعلن", "بلاده ستبدأ قريبا محاربة التنظيم")]


def test_a_during_of_the_speakers_own_stays() -> None:
    text = "أعلن وزير الخارجية سامر حداد أن بلاده ستبدأ محاربة التنظيم، خلال الأسابيع المقبلة في شمال البلاد."
    assert _contents(text) == [("أعلن", "بلاده ستبدأ محاربة التنظيم، خلال الأسابيع المقبلة في شمال البلاد")]


def test_abana_reports_and_its_participles_speak_for_its_subject() -> None:
    doc = analyze_news("من جانبه أبان الأمين العام للمركز الدكتور سامر حداد أن المركز يحظى بالدعم، ومؤكدا أن اللغة "
                       "العربية تحتل مكانة بارزة.")
    assert quote_speakers(doc) == [("أبان", "سامر حداد"), ("ومؤكدا", "سامر حداد")]


def test_a_hinting_participle_ends_the_content_before_it() -> None:
    text = ("وبينما أكد الوزير سامر حداد أنه لا خلافات كبيرة مع واشنطن، ملمحًا إلى وجود تباين في وجهات النظر، أوضح "
            "كيري أن الحوار مستمر.")
    assert _contents(text)[0] == ("أكد", "لا خلافات كبيرة مع واشنطن")


def test_a_hinting_participle_with_that_is_a_quote_of_its_own() -> None:
    doc = analyze_news("وأكد الوزير سامر حداد أن الحوار مستمر، ملمحا إلى أن الخلافات قائمة.")
    assert quote_speakers(doc) == [("وأكد", "سامر حداد"), ("ملمحا", "سامر حداد")]
    assert _contents("وأكد الوزير سامر حداد أن الحوار مستمر، ملمحا إلى أن الخلافات قائمة.")[1] == (
        "ملمحا", "الخلافات قائمة")


def test_but_it_before_the_next_cue_is_not_content() -> None:
    text = "ووفقا للتقرير فإن الجهة المعدة له لم تتمكن من الوصول إلى كل المستندات لكنه يشير إلى زيادة عدد المتسولين."
    assert _contents(text)[0] == ("ووفقا", "الجهة المعدة له لم تتمكن من الوصول إلى كل المستندات")


def test_but_it_inside_the_content_is_kept() -> None:
    text = "وقال الوزير سامر حداد إن الاتفاق صعب لكنه ممكن."
    assert _contents(text) == [("وقال", "الاتفاق صعب لكنه ممكن")]


def test_during_is_not_the_verb_abana() -> None:
    doc = analyze_news("وقال الملا سامر حداد، وهو من تولى منصب المفتي إبان حكمها، إن انتخاب القائد يخالف الشرع.")
    assert quote_speakers(doc) == [("وقال", "سامر حداد")]


def test_an_institutions_eponym_is_not_the_speaker() -> None:
    doc = analyze_news("وقال الأمين العام لمركز الملك عبدالله بن عبدالعزيز الدولي الدكتور سامر حداد إن المركز يحظى "
                       "بالدعم.")
    assert quote_speakers(doc) == [("وقال", "سامر حداد")]


def test_a_king_who_speaks_to_a_person_is_still_the_speaker() -> None:
    doc = analyze_news("وقال الملك عبدالله بن عبدالعزيز في كلمة للوزير سامر حداد إن الوضع جيد.")
    assert quote_speakers(doc) == [("وقال", "عبدالله بن عبدالعزيز")]


def test_a_participle_right_after_a_participles_words_goes_on_for_its_speaker() -> None:
    doc = analyze_news("من جانبه أبان الأمين العام للمركز الدكتور سامر حداد أن المركز يحظى بالدعم، وموضحاً أن اللغات "
                       "وسيلة التواصل؛ ولذلك فإن الأمم الحية تعتني بلغاتها، ومؤكداً أن اللغة العربية تحتل مكانة بارزة.")
    assert quote_speakers(doc) == [("أبان", "سامر حداد"), ("وموضحاً", "سامر حداد"), ("ومؤكداً", "سامر حداد")]


def test_a_participle_of_the_other_gender_does_not_go_on() -> None:
    doc = analyze_news("من جانبه أبان الأمين العام للمركز الدكتور سامر حداد أن المركز يحظى بالدعم، وموضحاً أن اللغات "
                       "وسيلة التواصل؛ ولذلك فإن الأمم الحية تعتني بلغاتها، ومؤكدة أن اللغة العربية تحتل مكانة بارزة.")
    assert quote_speakers(doc)[2][1] != "سامر حداد"
