"""Round ev453 of real news: the parties of talks. «محادثات الائتلاف الحكومي التي يجريها مع حزب الشعب»: the
genitive of a noun of talks that names the matter talked of (a coalition, trade, a file) is no party; who holds the
talks is the subject of «التي يجريها», here a pronoun for the party named last before it, whose gender is its own
head's («حزب العدالة والتنمية» after «المعارضة التركية»). «ستدعو إلى اجتماع موسع لحل»: the adjective of a meeting
or of an event noun is no party. Each with a counter-case: a body or a named coalition in the genitive still holds
the talks; a name with no head of its own takes the gender of the word before it; a name after the adjective and a
genitive doer stay."""

from __future__ import annotations

from conftest import analyze_news, news_arg

from rasd.events.named import feminine_name

AKP = ("اتهمت المعارضة التركية حزب العدالة والتنمية الحاكم بالمراوغة في محادثات الائتلاف الحكومي التي يجريها "
       "مع حزب الشعب الجمهوري أكبر أحزاب المعارضة.")


def test_the_matter_talked_of_is_no_party() -> None:
    text = "بدأت محادثات التجارة مع الصين في القاهرة أمس."
    assert news_arg(text, "محادثات", "source") == ""
    assert news_arg(text, "محادثات", "target") == "الصين"


def test_a_body_in_the_genitive_still_holds_the_talks() -> None:
    assert news_arg("بدأت محادثات الحكومة مع المعارضة في القاهرة أمس.", "محادثات", "source") == "الحكومة"


def test_a_named_coalition_in_the_genitive_still_holds_the_talks() -> None:
    text = "بدأت محادثات الائتلاف الوطني السوري مع الحكومة في القاهرة أمس."
    assert news_arg(text, "محادثات", "source") == "الائتلاف الوطني السوري"


def test_the_subject_of_the_holding_verb_holds_the_talks_on_a_coalition() -> None:
    assert news_arg(AKP, "محادثات", "source") == "حزب العدالة والتنمية"
    assert news_arg(AKP, "محادثات", "target") == "حزب الشعب الجمهوري"


def test_one_named_after_the_holding_verb_holds_them() -> None:
    text = "انتهت محادثات السلام التي أجراها الرئيس الأمريكي باراك أوباما مع إسرائيل أمس."
    assert news_arg(text, "محادثات", "source") == "باراك أوباما"


def test_an_unnamed_body_before_the_holding_verb_is_no_name_of_it() -> None:
    text = "قالت الحكومة إن محادثات الائتلاف الحكومي التي تجريها مع الحزب فشلت."
    assert news_arg(text, "محادثات", "source") == ""


def test_a_name_with_a_head_of_its_own_keeps_its_gender() -> None:
    doc = analyze_news(AKP)
    start = doc.text.index("حزب العدالة")
    assert not feminine_name(doc, start, "حزب العدالة والتنمية")


def test_a_name_without_a_head_takes_the_gender_of_the_word_before() -> None:
    doc = analyze_news("وقالت شركة أرامكو إن الإنتاج ارتفع.")
    assert feminine_name(doc, doc.text.index("أرامكو"), "أرامكو")


CALL = "وقال قيادي في الحركة إن القيادة المركزية ستدعو إلى اجتماع موسع لحل مشكلة القيادة."


def test_the_adjective_of_the_meeting_convened_is_no_party() -> None:
    assert news_arg(CALL, "ستدعو", "target") == ""
    assert news_arg(CALL, "ستدعو", "source") == "القيادة المركزية"


def test_a_body_named_after_the_meetings_adjective_is_still_met() -> None:
    text = "وقال إن الحركة ستدعو إلى اجتماع طارئ لمجلس الأمن."
    assert news_arg(text, "ستدعو", "target") == "مجلس الأمن"


def test_the_adjective_of_an_event_noun_after_the_frames_preposition_is_no_doer() -> None:
    text = "خرج المتظاهرون في المدينة احتجاجا على اعتقال تعسفي للناشطين."
    assert news_arg(text, "احتجاجا", "target") != "تعسفي للناشطين"


def test_the_genitive_of_an_event_noun_after_the_frames_preposition_is_its_doer() -> None:
    text = "خرج المتظاهرون في المدينة احتجاجا على زيارة بوش إلى المدينة."
    assert news_arg(text, "احتجاجا", "target") == "بوش"
