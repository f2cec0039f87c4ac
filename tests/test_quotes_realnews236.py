"""Round 236: quote speakers taken up by a description or a family name. A family name in «ال» of a full name only
the tagger read («عبد الحفيظ الحطامي» … «وأكد الصحافي الحطامي»); a family name in «البو» written joined
(«البو عينين» … «البوعينين»); an unnamed description that runs on over a second one in «وال» to a name («الناشط
المدني والفنان المسرحي فلان»); a cue of going on with a description whose words introduced the person quoted right
before («وأضاف ناشط حقوق الإنسان الإيراني»); a named subject set off in brackets after the cue («أعلنت (X)»).
Hand-made sentences; each with a counter-case."""

from conftest import analyze_news, news_quote_rows


def _row(text: str, cue: str) -> tuple[str, str | None, str | None, str, bool]:
    return next(r for r in news_quote_rows(text) if r[0] == cue)


def test_family_name_of_a_tagged_full_name() -> None:
    text = ("ويقول الصحافي عبد الحفيظ الحطامي إن الصحافيين يعيشون في خوف دائم. "
            "وأكد الصحافي الحطامي أن أكثر من خمسين صحافيا ما زالوا في السجون.")
    assert _row(text, "وأكد")[1] == "عبد الحفيظ الحطامي"


def test_family_name_mention_joins_its_person() -> None:
    doc = analyze_news("ويقول الصحافي عبد الحفيظ الحطامي إن الصحافيين في خطر. وأكد الصحافي الحطامي أن السجون مكتظة.")
    person = next(e for e in doc.entities if e.name == "عبد الحفيظ الحطامي")
    assert [doc.text[m.start : m.end] for m in person.mentions][-1] == "الحطامي"


def test_common_word_after_a_given_name_is_no_family_name() -> None:
    doc = analyze_news("وقال أحمد الخميس إن الاجتماع انتهى. وفي الخميس عقد المجلس جلسة جديدة.")
    assert not any(doc.text[m.start : m.end] == "الخميس" and m.start > 40
                   for e in doc.entities if e.type == "PERSON" for m in e.mentions)


def test_albu_family_name_written_joined() -> None:
    text = ("من جهته، بيّن الخبير الاقتصادي فضل البو عينين أن التحويلات ستزيد. "
            "وبيّن البوعينين أن كل أسرة محتاجة ستستفيد من القرار.")
    row = _row(text, "وبيّن")
    assert row[1] is not None and row[1].endswith("البو عينين")


def test_albu_other_family_name_is_not_him() -> None:
    text = ("من جهته، بيّن الخبير الاقتصادي فضل البو عينين أن التحويلات ستزيد. "
            "وبيّن البوسعيدي أن كل أسرة محتاجة ستستفيد من القرار.")
    row = _row(text, "وبيّن")
    assert row[1] is None or not row[1].endswith("البو عينين")


def test_description_runs_on_to_the_name() -> None:
    text = ("من جهته، طالب الناشط المدني والفنان المسرحي علي الشيباني الحكومة بالاستقالة، مؤكدا أن "
            "«الأمور تسير من سيء إلى أسوأ».")
    assert _row(text, "مؤكدا")[1] == "علي الشيباني"


def test_description_with_a_preposition_between_stays_unnamed() -> None:
    text = ("من جهته، طالب الناشط المدني في بغداد علي الشيباني الحكومة بالاستقالة، مؤكدا أن "
            "«الأمور تسير من سيء إلى أسوأ».")
    row = _row(text, "مؤكدا")
    assert row[1] != "علي الشيباني" or row[2] is None  # (another rule may name him; never the phrase cut)


def test_added_description_is_the_person_quoted_before() -> None:
    text = ("وقال الدكتور محمود أميري مقدم، المتحدث باسم منظمة حقوق الإنسان الإيرانية، إن «التقرير مهم». "
            "وأضاف ناشط حقوق الإنسان الإيراني: «نأمل أن يلفت التقرير الاهتمام».")
    row = _row(text, "وأضاف")
    assert row[1] is not None and row[1].startswith("محمود أميري") and row[2] is None


def test_added_description_of_other_words_is_someone_new() -> None:
    text = ("وقال الدكتور محمود أميري مقدم، المتحدث باسم منظمة حقوق الإنسان الإيرانية، إن «التقرير مهم». "
            "وأضاف ناشط سياسي كردي: «نأمل أن يلفت التقرير الاهتمام».")
    row = _row(text, "وأضاف")
    assert row[1] is None and row[2] == "ناشط سياسي كردي"


def test_description_after_said_is_not_taken_as_going_on() -> None:
    text = ("وقال الدكتور محمود أميري مقدم، المتحدث باسم منظمة حقوق الإنسان الإيرانية، إن «التقرير مهم». "
            "وقال ناشط حقوق الإنسان الإيراني: «نأمل أن يلفت التقرير الاهتمام».")
    row = [r for r in news_quote_rows(text) if r[0] == "وقال"][-1]
    assert row[1:3] == (None, "ناشط حقوق الإنسان الإيراني")


def test_bracketed_named_subject() -> None:
    text = "أعلنت (قوات حماية الشعب) الجناح العسكري للحزب، أمس، أن أحد مقاتليها شن هجوما على معسكر للجيش."
    assert _row(text, "أعلنت")[1] == "قوات حماية الشعب"


def test_bracketed_words_naming_no_one_are_no_subject() -> None:
    rows = news_quote_rows("لأن هذا القرار يقول (أي صاروخ تم تصميمه) إن التصميم ممنوع.")
    assert all(r[2] is None or "صاروخ" not in r[2] for r in rows)


def test_according_to_the_official_with_lam_is_the_one_quoted_before() -> None:
    text = ("وقال محمد حسن زاده إن الحكومة تحتاج إلى موارد مالية كبيرة. وأضاف حسن زاده: «القانون لا يسمح بذلك». "
            "ووفقًا للمسؤول الإيراني، فإن آلاف النساء يمكنهن الاستفادة من الإجازة.")
    assert _row(text, "ووفقًا")[1] == "محمد حسن زاده"


def test_according_to_a_body_with_lam_stays_the_body() -> None:
    text = ("وقال محمد حسن زاده إن الحكومة تحتاج إلى موارد مالية كبيرة. "
            "ووفقًا لمركز الإحصاءات الإيراني، فإن آلاف النساء فقدن وظائفهن.")
    assert _row(text, "ووفقًا")[1] != "محمد حسن زاده"


def test_according_to_the_sources_with_lam_is_no_person() -> None:
    text = ("وقال محمد حسن زاده إن الحكومة تحتاج إلى موارد مالية كبيرة. "
            "وتشمل الإجراءات شراء منظومة مراقبة جديدة، وفقًا للمصادر نفسها، لرصد الحدود.")
    assert all(r[1] != "محمد حسن زاده" for r in news_quote_rows(text) if r[0] == "وفقًا")
