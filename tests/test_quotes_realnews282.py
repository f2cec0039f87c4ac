"""Round 282, quotes: a «، وأن» clause after the quotation a cue's «أن» opens is said too («أن «X»، وأن Y»: Y an
indirect quote of its own, the same cue and speaker); a dropped subject right after a quote whose speaker is only a
phrase goes on with that phrase («ولكنه أضاف أن ... . وأضاف أنه»), not where the verb's gender differs or the quote
is far; a bare «الحكومة» is the one state the article names."""

from __future__ import annotations

from rasd import analyze

from conftest import quote_speakers


def _rows(text: str) -> list[tuple[str, str | None, str, bool]]:
    doc = analyze(text)
    names = dict(quote_speakers(doc))
    return [(doc.text[q.cue.start : q.cue.end], names.get(doc.text[q.cue.start : q.cue.end]),
             doc.text[q.content.start : q.content.end], q.direct) for q in doc.quotes]


def test_an_unquoted_and_that_clause_after_a_quotation_is_said_too() -> None:
    rows = _rows("وأكد الوزير أحمد سالم، أن «الحكومة تعتبر الفساد العدو الأول للتنمية في البلاد»، وأن الوزارة اتخذت "
                 "خطوات للتعامل مع هذه الحقيقة.. لكنه قال إن الطريق طويل.")
    assert rows[:2] == [
        ("وأكد", "أحمد سالم", "الحكومة تعتبر الفساد العدو الأول للتنمية في البلاد", True),
        ("وأكد", "أحمد سالم", "الوزارة اتخذت خطوات للتعامل مع هذه الحقيقة", False),
    ]


def test_a_third_clause_after_two_quotations() -> None:
    rows = _rows("وذكرت مصادر محلية أن «المسلحين قصفوا أحياء في المدينة الشرقية»، وأن «مواجهات عنيفة دارت في الوادي "
                 "الشمالي للمدينة»، وأن قتلى وجرحى سقطوا في صفوف المسلحين.")
    assert rows == [
        ("وذكرت", "[مصادر محلية]", "المسلحين قصفوا أحياء في المدينة الشرقية", True),
        ("وذكرت", "[مصادر محلية]", "مواجهات عنيفة دارت في الوادي الشمالي للمدينة", True),
        ("وذكرت", "[مصادر محلية]", "قتلى وجرحى سقطوا في صفوف المسلحين", False),
    ]


def test_the_clause_runs_on_past_words_quoted_inside_it() -> None:
    rows = _rows("وجاء في بيان صادر عن حركة الشباب أن «مجموعة مسلحة دخلت قبل أيام إلى المدينة»، وأن الحركة «قامت "
                 "باعتقال عدد من أفراد تلك المجموعة» الذين تلقوا «تدريبا في الخارج». وقال شاهد إن الوضع هادئ.")
    assert rows[1][2:] == ("الحركة «قامت باعتقال عدد من أفراد تلك المجموعة» الذين تلقوا «تدريبا في الخارج»", False)


def test_no_clause_after_words_quoted_with_a_colon() -> None:
    rows = _rows("وقال الوزير أحمد سالم: «الحكومة تعتبر الفساد العدو الأول للتنمية في البلاد»، وأن الوزارة اتخذت "
                 "خطوات.")
    assert rows == [("وقال", "أحمد سالم", "الحكومة تعتبر الفساد العدو الأول للتنمية في البلاد", True)]


_ASKED = ("سألت نائبا معروفا عن رأيه في الحزب. ولم تتوقف إجابة النائب عند هذا الحد، ولكنه أضاف أن أعضاء الحزب لا "
          "يصدقون أحدا. ")


def test_a_dropped_subject_goes_on_with_the_phrase_just_quoted() -> None:
    assert quote_speakers(analyze(_ASKED + "وأضاف أنه لاحظ أن قادتهم يخفون الحقائق عن الناس.")) == [
        ("أضاف", "[النائب]"), ("وأضاف", "[النائب]")]


def test_not_a_phrase_of_the_other_gender() -> None:
    assert quote_speakers(analyze(_ASKED + "وأضافت أنها لاحظت أن قادتهم يخفون الحقائق عن الناس.")) == [
        ("أضاف", "[النائب]"), ("وأضافت", None)]


def test_not_a_phrase_quoted_far_back() -> None:
    far = ("وكان الحزب قد خسر الانتخابات الماضية. ويملك الحزب مقرات كثيرة في المدن. وتعود نشأة الحزب إلى "
           "السبعينيات. ")
    assert quote_speakers(analyze(_ASKED + far + "وأضاف أنه لاحظ أن قادتهم يخفون الحقائق عن الناس.")) == [
        ("أضاف", "[النائب]"), ("وأضاف", None)]


_EGYPT = "القاهرة: واصلت السلطات المصرية إغلاق المعاهد غير المرخصة، وقال وزير الأوقاف المصري إن القرار نهائي. "


def test_the_bare_government_is_the_one_state_named() -> None:
    doc = analyze(_EGYPT + "وأكدت الحكومة أنها حظرت عمل المعاهد التابعة للجمعيات في مصر.")
    assert quote_speakers(doc)[-1] == ("وأكدت", "مصر")


def test_not_where_two_states_are_named() -> None:
    doc = analyze(_EGYPT + "وزار وفد من الحكومة الليبية القاهرة أمس. وأكدت الحكومة أنها حظرت عمل المعاهد في مصر.")
    assert quote_speakers(doc)[-1][1] != "مصر"


def test_an_attack_going_on_in_what_she_says_is_criticism() -> None:
    from conftest import news_has_code

    text = "وتحدثت النائبة سلمى الخطيب أمام البرلمان، واستمرت الخطيب بهجومها، وقالت: «أنتم المسؤولون»."
    assert news_has_code(text, "بهجومها", "111")  # «وقالت»: a verb of saying of the cue table, feminine too
    # counter-case: an army's attack, another speaker with a subject of its own
    assert news_has_code("وواصلت القوات هجومها، وقالت مصادر إن الجيش تقدم.", "هجومها", "190")


def test_the_verbs_of_saying_are_the_cue_table_s_in_both_genders() -> None:
    from rasd.events.forms import nkey, read_tsv, split_forms
    from rasd.events.saying import saying_keys
    from rasd.text.verb_gender import past_gender

    for row in read_tsv("quote_cues.tsv"):
        if row[1] != "verb":
            continue
        masc, fem = split_forms(row[2]), split_forms(row[3])
        assert fem and past_gender(nkey(fem[0])) == "f", row[0]  # (a masculine may end in «ت» too: «لفت»)
        stem = nkey(masc[0])
        assert nkey(fem[0]) in (stem + "ت", stem[:-1] + "ت"), row[0]  # the same past («رأى»: «رأت»)
    for word in ("وقالت", "وأضافت", "أكدت", "وأوضحت", "وأردفت", "قال", "ويضيف"):
        assert nkey(word) in saying_keys(), word
    assert nkey("وقالوا") not in saying_keys() and nkey("وعد") not in saying_keys()  # a plural; «وعد»: promised


def test_ardafa_and_istatrada_report() -> None:
    doc = analyze("وقال الوزير أحمد سالم إن الوضع صعب. وأردف: «لن نتراجع عن قرارنا». واستطرد أن الجيش سيبقى في "
                  "المدينة.")
    assert quote_speakers(doc) == [("وقال", "أحمد سالم"), ("وأردف", "أحمد سالم"), ("واستطرد", "أحمد سالم")]
    doc = analyze("وقالت الوزيرة سلمى الخطيب إن الوضع صعب. وأردفت: «لن نتراجع عن قرارنا».")
    assert quote_speakers(doc) == [("وقالت", "سلمى الخطيب"), ("وأردفت", "سلمى الخطيب")]


def test_an_expressed_belief_that_is_said() -> None:
    rows = _rows("وأعرب الوزير جون كيري عن ثقته في أن الانتخابات البرلمانية المقبلة ستكون نزيهة.")
    assert rows == [("وأعرب", "جون كيري", "الانتخابات البرلمانية المقبلة ستكون نزيهة", False)]
    rows = _rows("وأبدى المصدر اعتقاده أن بعض الفوضى قد تحدث في المناطق المحررة.")
    assert rows == [("وأبدى", "[المصدر]", "بعض الفوضى قد تحدث في المناطق المحررة", False)]
    rows = _rows("وأعربت الوزيرة سلمى الخطيب عن أملها بأن تنتهي الأزمة قريبا.")
    assert rows == [("وأعربت", "سلمى الخطيب", "تنتهي الأزمة قريبا", False)]


def test_no_quote_for_a_feeling_or_a_hope_with_no_clause() -> None:
    assert _rows("وأعربت الوزيرة عن قلقها من أن تتدهور الأوضاع في المدينة.") == []
    assert _rows("وأعرب الوزير عن أمله في التوصل إلى حل للأزمة.") == []


def test_her_own_next_act_ends_her_words() -> None:
    rows = _rows("وأعلنت الوزارة أن الجيش قرر الانسحاب من المدينة الشرقية وأغلقت كل المعابر الحدودية.")
    assert rows == [("وأعلنت", "[الوزارة]", "الجيش قرر الانسحاب من المدينة الشرقية", False)]
    # counter-case: a verb of the «أن» clause's subject's gender goes on inside the words
    rows = _rows("وأعلنت الوزارة أن الحكومة قررت الانسحاب من المدينة الشرقية وأغلقت كل المعابر الحدودية.")
    assert rows[0][2] == "الحكومة قررت الانسحاب من المدينة الشرقية وأغلقت كل المعابر الحدودية"
