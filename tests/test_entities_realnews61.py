"""Entities, round 61: a public body named by an administrative head and a definite chain of domain nouns («مصلحة
الزكاة والدخل», «هيئة مترو الأنفاق», «المؤسسة العامة للتأمينات الاجتماعية», «الاتحاد الدولي لألعاب القوى»), its
short form of a listed body («صندوق النقد»: the IMF) and its country adjective («هيئة الأركان التركية»); a rare word
after a title and a Western given name is his surname («فيليب أغير»); a title running into a rank title and its name
(«الزعيم الروحي للحركة الملا ...») is not the person named before. Counter-cases: «صندوق الاقتراع», «في مصلحة»,
«هيئة الدفاع» (a defence team), a function word after the given name, a title whose clause goes on before
the rank title («وقال الزعيم في بيان إن الملا ...»)."""

from __future__ import annotations

from conftest import analyze_news, entity_of_mention, names_of_type, quote_speakers


# administrative bodies

def test_a_directorate_glued_to_a_preposition() -> None:
    doc = analyze_news("وصدر قرار بتعيينه مستشارا بمصلحة الزكاة والدخل مطلع الشهر.")
    assert "مصلحة الزكاة والدخل" in names_of_type(doc, "ORGANIZATION")


def test_an_authority_of_an_indefinite_then_definite_domain() -> None:
    doc = analyze_news("وشغلت هيئة مترو الأنفاق بالقاهرة قطارات إضافية يوم العيد.")
    assert "هيئة مترو الأنفاق" in names_of_type(doc, "ORGANIZATION")


def test_a_general_corporation_after_its_board() -> None:
    doc = analyze_news("وعين عضوا في مجلس إدارة المؤسسة العامة للتأمينات الاجتماعية لمدة عامين.")
    assert "المؤسسة العامة للتأمينات الاجتماعية" in names_of_type(doc, "ORGANIZATION")


def test_an_international_federation_of_a_sport() -> None:
    doc = analyze_news("وقال رئيس الاتحاد الدولي لألعاب القوى إن العقوبات ستشدد.")
    assert "الاتحاد الدولي لألعاب القوى" in names_of_type(doc, "ORGANIZATION")


def test_a_body_quoted_as_a_source_speaks() -> None:
    doc = analyze_news("وقالت هيئة السوق المالية إن التداول توقف ساعة كاملة.")
    assert ("وقالت", "هيئة السوق المالية") in quote_speakers(doc)


def test_the_short_form_of_a_listed_fund() -> None:
    doc = analyze_news("ونصح صندوق النقد الحكومة برفع أسعار الوقود.")
    assert entity_of_mention(doc, "صندوق النقد").actor == "IGOIMF"


def test_a_staff_named_without_and_with_its_country_is_one() -> None:
    doc = analyze_news("وعين الجيش قائدا جديدا لهيئة الأركان. وقال بيان هيئة الأركان التركية إن القصف استمر.")
    assert entity_of_mention(doc, "هيئة الأركان").name == "هيئة الأركان التركية"


def test_a_ballot_box_is_no_body() -> None:
    doc = analyze_news("ووضع الناخبون أوراقهم في صندوق الاقتراع صباح أمس.")
    assert names_of_type(doc, "ORGANIZATION") == []


def test_in_the_interest_of_is_no_body() -> None:
    doc = analyze_news("وقال إن خفض الرسوم يصب في مصلحة سوق النقل الجوي.")
    assert not any(n.startswith("مصلحة") for n in names_of_type(doc, "ORGANIZATION"))


def test_the_good_of_a_sport_is_no_body() -> None:
    doc = analyze_news("وفي النهاية يهمنا جميعا مصلحة الكرة السعودية قبل كل شيء.")
    assert not any(n.startswith("مصلحة") for n in names_of_type(doc, "ORGANIZATION"))


def test_a_defence_team_is_no_body() -> None:
    doc = analyze_news("وأعلنت هيئة الدفاع عن المتهم أنها ستستأنف الحكم.")
    assert not any(n.startswith("هيئة") for n in names_of_type(doc, "ORGANIZATION"))


# a Western surname that is also a word

def test_a_spokesman_with_a_surname_that_is_a_word() -> None:
    doc = analyze_news("ونفى المتحدث باسم الجيش فيليب أغير الاتهامات الموجهة للقوات.")
    assert "فيليب أغير" in names_of_type(doc, "PERSON")


def test_a_function_word_after_the_given_name_is_no_surname() -> None:
    doc = analyze_news("وقال الوزير فيليب أمس إن الاتفاق مهم.")
    assert "فيليب" in names_of_type(doc, "PERSON")
    assert not any(n.startswith("فيليب ") for n in names_of_type(doc, "PERSON"))


# a title with its own name after it

def test_a_title_before_a_rank_and_its_name_is_not_the_man_before() -> None:
    doc = analyze_news("ورفضت الأسرة مبايعة الملا أختر منصور زعيما لحركة طالبان، بعد وفاة الزعيم الروحي للحركة "
                       "الملا محمد عمر، قبل عامين.")
    men = entity_of_mention(doc, "أختر منصور")
    assert not any(doc.text[s.start : s.end] == "الزعيم" for s in men.mentions)


def test_a_title_with_a_clause_before_the_rank_keeps_its_link() -> None:
    doc = analyze_news("وبايع المقاتلون الزعيم الجديد الملا أختر منصور أمس. وقال الزعيم في بيان إن الملا محمد عمر توفي "
                       "قبل عامين.")
    men = entity_of_mention(doc, "أختر منصور")
    assert any(doc.text[s.start : s.end] == "الزعيم" for s in men.mentions)
