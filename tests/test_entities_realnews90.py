"""Entities, round ents90: countries, cut names and unit names.

* a quoted place or body with a country adjective after the closing mark: «قاعدة «X» التركية» is Turkey's;
* «اللواء الأول حزم العميد ...»: the brigade's own name after its ordinal, before the commander's rank;
* «محمد يحيى مكتبي أمينا عاما»: a name-list word before an office in the accusative closes the name;
* «على يد كبيرهم حسن البنا»: a given name after a leader's noun with a pronoun takes the listed definite word;
* a list of persons («A رئيسا للائتلاف، B أمينا عاما وC وD نوابا للرئيس») gives its members of no country the
  one country (and actor) of its known members.
Each with a counter-case that must not fire.
"""

from __future__ import annotations

from typing import Any

from conftest import analyze_news


def _entity(doc: Any, word: str) -> Any:
    """The entity one of whose mentions starts where ``word`` first occurs."""
    at = doc.text.index(word)
    return next(e for e in doc.entities if any(s.start == at for s in e.mentions))


def _person_texts(doc: Any) -> list[str]:
    return [doc.text[m.start : m.end] for m in doc.mentions if m.type == "PERSON"]


# ------------------------------------------------------------------------------------- «قاعدة «X» التركية»
def test_quoted_base_takes_the_adjective_after_the_marks() -> None:
    doc = analyze_news("وقررت الحكومة فتح قاعدة «كوركماز» التركية أمام طائرات التحالف الدولي.")
    assert _entity(doc, "كوركماز").country == "TUR"


def test_quoted_body_takes_the_adjective_after_the_marks() -> None:
    doc = analyze_news("وقال مسؤول في منظمة «الرعاية الصحية» الإيرانية إن العمل مستمر.")
    assert _entity(doc, "الرعاية الصحية").country == "IRN"


def test_quoted_base_with_no_country_adjective_stays_open() -> None:
    doc = analyze_news("وقررت الحكومة فتح قاعدة «كوركماز» العسكرية أمام طائرات التحالف الدولي.")
    assert _entity(doc, "كوركماز").country is None


# ------------------------------------------------------------------------------------- «اللواء الأول حزم»
def test_brigade_name_after_its_ordinal_is_the_unit() -> None:
    text = "ودخلت القوات المدينة بقيادة قائد اللواء الأول حزم العميد فضل حسن أمس."
    doc = analyze_news(text)
    assert "حزم" not in _person_texts(doc)
    assert any(doc.text[m.start : m.end] == "اللواء الأول حزم" and m.type == "ORGANIZATION" for m in doc.mentions)


def test_commander_named_after_the_brigade_stays_a_person() -> None:
    text = "وقال قائد اللواء الأول كوفمان إن القوات تقدمت نحو المدينة."
    doc = analyze_news(text)
    assert "كوفمان" in _person_texts(doc)
    assert not any(doc.text[m.start : m.end] == "اللواء الأول كوفمان" for m in doc.mentions)


# ------------------------------------------------------------------------------ «محمد يحيى مكتبي أمينا»
def test_name_list_word_before_an_accusative_office_closes_the_name() -> None:
    doc = analyze_news("وانتخبت الهيئة العامة للائتلاف خالد خوجة رئيسا، ومحمد يحيى مكتبي أمينا عاما للائتلاف.")
    assert "محمد يحيى مكتبي" in _person_texts(doc)


def test_no_common_word_before_the_office_is_taken() -> None:
    doc = analyze_news("وانتخب الحزب أحمد سعيد أمينا عاما له في مؤتمره الأخير.")
    texts = _person_texts(doc)
    assert "أحمد سعيد" in texts
    assert not any(t.startswith("أحمد سعيد ") for t in texts)


# -------------------------------------------------------------------------------- «كبيرهم حسن البنا»
def test_given_name_after_leader_with_pronoun_takes_the_family_name() -> None:
    doc = analyze_news("ونشأت الحركة على يد كبيرهم حسن البنا في مدينة الإسماعيلية.")
    assert "حسن البنا" in _person_texts(doc)


def test_adjective_after_the_son_is_no_family_name() -> None:
    doc = analyze_news("وقال قياديون إنهم يفضلون نجله حسن البالغ 26 عاما لقيادة الحركة.")
    assert not any(t.startswith("حسن البالغ") for t in _person_texts(doc))


# ---------------------------------------------------------------------------------- a list's country
def test_list_members_take_the_country_of_its_known_member() -> None:
    text = ("وأعادت الهيئة العامة للائتلاف السوري المعارض انتخاب خالد خوجة رئيسا للائتلاف لدورة ثانية، "
            "ونغم غادري وهشام مروة ومصطفى أوسو نوابا للرئيس.")
    doc = analyze_news(text)
    assert _entity(doc, "هشام مروة").country == "SYR"
    assert _entity(doc, "مصطفى أوسو").actor == _entity(doc, "خالد خوجة").actor


def test_persons_after_a_preposition_open_no_list() -> None:
    text = "والتقى الرئيس الفلسطيني محمود عباس بالمبعوثين هشام مروة ومصطفى أوسو وجون كاليندر في رام الله."
    doc = analyze_news(text)
    assert _entity(doc, "هشام مروة").country is None


def test_list_of_two_countries_gives_none() -> None:
    text = ("وشارك في الاجتماع وزير الخارجية الأميركي جون كيري، ووزير الخارجية الروسي سيرغي لافروف، "
            "وهشام مروة ومصطفى أوسو.")
    doc = analyze_news(text)
    assert _entity(doc, "هشام مروة").country is None


def test_relative_clause_breaks_the_list() -> None:
    text = ("وقالت سلمى خوري، شقيقة سامر الذي أصابه الجنود الإسرائيليون مع ابنيه، الصغير كريم، وأحمد، "
            "إن العائلة تنتظر.")
    doc = analyze_news(text)
    assert _entity(doc, "سلمى خوري").country is None


# ------------------------------------------------------------------------------ quoted common phrases
def _misc(doc: Any) -> list[str]:
    return [doc.text[m.start : m.end] for m in doc.mentions if m.type == "MISC"]


def test_quoted_common_phrase_after_a_preposition_is_no_name() -> None:
    doc = analyze_news("وتعقد القمة اليوم فيما يوصف بأنه محاولة هامة لـ«رأب الصدوع» بين البلدين منذ عامين.")
    assert "رأب الصدوع" not in _misc(doc)


def test_quoted_phrase_after_an_operation_noun_stays_a_name() -> None:
    doc = analyze_news("وأطلقت القوات عملية «درع الصحراء» لحماية الحدود الشمالية في أغسطس 1990.")
    assert "درع الصحراء" in _misc(doc)



def test_quoted_phrase_in_a_list_of_names_stays() -> None:
    from rasd.entities.nameseams import named_thing_before

    text = ("ودعت منظمات «الشبكة الدولية للحقوق» و«مدافعي حقوق الإنسان» و«مجتمع الدفاع عن الحريات» "
            "إلى وقف الإعدامات.")
    assert named_thing_before(text, text.index("«مدافعي"))
    plain = "وقالت إن الهدف هو «فك الارتباط» بين الشمال والجنوب."
    assert not named_thing_before(plain, plain.index("«فك"))


def test_quoted_phrase_after_a_named_conference_stays() -> None:
    from rasd.entities.nameseams import named_thing_before

    text = "وقال رئيس الوزراء في المؤتمر الأول لـ«التعايش بين الشباب» إن الإصلاح مستمر."
    assert named_thing_before(text, text.index("«التعايش"))
    plain = "وتعقد القمة فيما يوصف بأنه محاولة هامة لـ«رأب الصدوع» بين البلدين."
    assert not named_thing_before(plain, plain.index("«رأب"))


def test_quoted_press_does_not_break_the_list() -> None:
    text = ("وكشفت مصادر مطلعة لـ«الشرق الأوسط» أن المرشحين هم الرئيس الحالي للائتلاف السوري المعارض خالد خوجة "
            "والأعضاء في الائتلاف: هشام مروة، ومصطفى أوسو، ونغم غادري.")
    doc = analyze_news(text)
    assert _entity(doc, "هشام مروة").country == "SYR"
