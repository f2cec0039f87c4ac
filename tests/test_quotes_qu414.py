"""Quotes, round qu414: a title in construct made definite by its genitive («وزير الخارجية», «قائد عملية تحرير عدن»)
after the cue names the person quoted before where his role reads so, or, after a cue of going on («وأضاف»), where a
role of his has the same head; another office stays an unnamed speaker. A name set off by «، وهو ...» right after
the sentence's first word is the clause subject a participle cue («قائلا») hangs on, not the description after it.
A sentence opened by a verb cue has no opener set off by its first comma («أعلن محافظ عدن، كبرى مدن الجنوب، ...،
كما أكد أن»), and a title in construct cut before its place runs on over it («محافظ | عدن»). A speaker named right after the cue
and his counterpart after «ونظيره» speak together (``speakers``)."""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows


def test_a_construct_title_that_opens_his_role_is_the_minister_quoted_before() -> None:
    text = ("التقى وزير الخارجية الأميركي جون كيري نظراءه الخليجيين في الدوحة. "
            "وقال الدكتور خالد العطية وزير الخارجية القطري إن الاتفاق النووي خطوة مهمة. "
            "وحول الشأن العراقي شدد وزير الخارجية على أن استقرار العراق يتطلب توافقا وطنيا.")
    rows = news_quote_rows(text)
    assert [(r[0], r[1], r[2]) for r in rows] == [("وقال", "خالد العطية", None), ("شدد", "خالد العطية", None)]


def test_a_construct_title_that_opens_no_role_of_the_one_quoted_before_is_not_his() -> None:
    text = ("وقال وزير الخارجية الأميركي جون كيري إن الاتفاق النووي خطوة مهمة. "
            "وحول الشأن العراقي شدد وزير الخارجية القطري على أن استقرار العراق يتطلب توافقا وطنيا.")
    rows = news_quote_rows(text)
    assert rows[1][0] == "شدد" and rows[1][1] is None and rows[1][2] == "وزير الخارجية القطري"


def test_another_office_in_construct_stays_unnamed() -> None:
    text = ("وقال وزير الخارجية القطري خالد العطية إن الاتفاق النووي خطوة مهمة. "
            "وحول الشأن العراقي شدد وزير الداخلية على أن استقرار العراق يتطلب توافقا وطنيا.")
    rows = news_quote_rows(text)
    assert rows[1][0] == "شدد" and rows[1][1] is None and rows[1][2] == "وزير الداخلية"


def test_going_on_with_a_title_of_the_same_head_is_the_one_quoted_before() -> None:
    text = ("وأكد قائد اللواء العميد عبد الله الصبيحي أن قواته وضعت خطتها للدخول إلى أبين. "
            "وأضاف قائد عملية تحرير عدن أن الجيش يحتاج إلى حماية من الخلف.")
    rows = news_quote_rows(text)
    assert [(r[0], r[1]) for r in rows] == [("وأكد", "عبد الله الصبيحي"), ("وأضاف", "عبد الله الصبيحي")]


def test_a_title_of_the_same_head_with_no_going_on_stays_unnamed() -> None:
    text = ("وأكد قائد اللواء العميد عبد الله الصبيحي أن قواته وضعت خطتها للدخول إلى أبين. "
            "وقال قائد عملية تحرير عدن إن الجيش يحتاج إلى حماية من الخلف.")
    rows = news_quote_rows(text)
    assert rows[1][0] == "وقال" and rows[1][1] is None


def test_an_indefinite_title_after_going_on_is_someone_new() -> None:
    text = ("وأكد قائد اللواء العميد عبد الله الصبيحي أن قواته وضعت خطتها للدخول إلى أبين. "
            "وأضاف قائد عسكري أن الجيش يحتاج إلى حماية من الخلف.")
    rows = news_quote_rows(text)
    assert rows[1][0] == "وأضاف" and rows[1][1] is None


def test_a_name_set_off_by_a_description_is_the_participles_speaker() -> None:
    text = ("وقالت سيلا خاتون إن حياتها ستتغير. "
            "وعبر منصور علي ميان، وهو أحد سكان أحد الجيوب البنغلاديشية، عن فرحته الكبيرة بهذا الإنجاز قائلاً: "
            "«لقد انتظرنا 68 عامًا حتى وصلنا أخيرًا إلى هذه المرحلة».")
    rows = news_quote_rows(text)
    assert [(r[0], r[1]) for r in rows][-1] == ("قائلاً", "منصور علي ميان")


def test_a_body_after_a_preposition_set_off_by_a_description_is_no_speaker() -> None:
    text = ("وفي وزارة الخارجية، وهي المسؤولة عن الملف، استمر الاجتماع طوال الليل، "
            "مؤكدة أن «الحل قريب».")
    rows = news_quote_rows(text)
    assert [r[0] for r in rows] == ["مؤكدة"] and rows[0][1] is None


def test_a_sentence_a_verb_cue_opens_has_no_opener_before_its_first_comma() -> None:
    text = ("أعلن محافظ عدن، كبرى مدن الجنوب اليمني، تسجيل إقبال شديد لدى شبان المحافظة، كما أكد أن السلطات "
            "المحلية تسعى لتطبيع الأوضاع.")
    rows = news_quote_rows(text)
    assert [(r[0], r[1], r[2]) for r in rows] == [("أكد", "محافظ عدن", "محافظ عدن")]  # (en530: he is a person)


def test_an_according_opener_is_still_passed_over() -> None:
    text = ("ووفقا لمصادر محلية، أعلن محافظ عدن تسجيل إقبال شديد لدى شبان المحافظة، كما أكد أن السلطات المحلية "
            "تسعى لتطبيع الأوضاع.")
    rows = news_quote_rows(text)
    assert [(r[0], r[1], r[2]) for r in rows][-1] == ("أكد", "محافظ عدن", "محافظ عدن")


def test_a_title_in_construct_runs_on_over_its_place() -> None:
    text = ("ومن جانبه، أعلن محافظ عدن تسجيل إقبال شديد لدى شبان المحافظة، كما أكد أن السلطات المحلية تسعى "
            "لتطبيع الأوضاع.")
    rows = news_quote_rows(text)
    assert [(r[0], r[2]) for r in rows] == [("أكد", "محافظ عدن")]


def test_a_title_with_its_article_does_not_run_on_over_a_place() -> None:
    text = "وقالت مصادر محلية إن الأوضاع هادئة. وأكد الوزير عدن ستعود آمنة قريبا، مضيفا أن «الخدمات عادت»."
    rows = news_quote_rows(text)
    assert [(r[0], r[2]) for r in rows][-1] == ("مضيفا", "الوزير")


def _pair_names(text: str) -> list[list[str] | None]:
    """The names of the ``speakers`` pair of each quote of ``text`` (None where the quote has none)."""
    doc = analyze_news(text)
    out: list[list[str] | None] = []
    for q in doc.quotes:
        pair = q.attrs.get("speakers")
        out.append([doc.entity(e).name for e in pair] if isinstance(pair, list) else None)
    return out


def test_a_speaker_and_his_counterpart_after_the_cue_speak_together() -> None:
    text = ("وقالت وزيرة الداخلية البريطانية تيريزا ماي ونظيرها الفرنسي برنار كازنوف في مقال رأي مشترك نشر في "
            "صحيفة «صنداي تلغراف»: «لا توجد حلول سهلة».")
    assert _pair_names(text) == [["تيريزا ماي", "برنار كازنوف"]]


def test_a_counterpart_met_is_no_second_speaker() -> None:
    text = ("وقال وزير الخارجية المصري سامح شكري بعد لقائه نظيره الأميركي جون كيري إن الحوار الاستراتيجي "
            "سيستأنف.")
    assert _pair_names(text) == [None]
