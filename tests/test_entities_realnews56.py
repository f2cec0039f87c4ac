"""Entities in news constructions, round 56 (a person's country where the text makes it clear): a past king by his
title and given name («الملك خالد») is the lexicon's king of that name; a prince after a republic's officer's title
(«استقبل الرئيس المصري الأمير X») is not of the officer's country; «القيادي السوري المعارض X» keeps the adjective
and the opposition; a title with a country adjective set off by a comma before or after the name («مستشارة الأمن
القومي الأميركي، X», «X، عضو لجنة ... الإيراني،»); a state body's representative («X ممثلاً لوزارة العمل»); an
institute named after a town before its field («معهد واشنطن للشرق الأدنى»). Counter-cases: a prince's title alone
(«الأمير فيصل»), a monarchy's minister who is a prince, an envoy «لدى» a state, a body (not a title) before the
comma, a company's representative, an institute named after no town."""

from __future__ import annotations

from conftest import analyze_news, entity_named


def _code(text: str, name: str) -> tuple[str | None, str | None]:
    e = entity_named(analyze_news(text), name)
    return e.country, e.actor


# kings of the past

def test_a_past_king_by_his_given_name_is_the_listed_king() -> None:
    text = "وزار القاهرة في السبعينات الملك خالد والملك حسين على متن اليخت."
    assert _code(text, "خالد") == ("SAU", "SAUELI")
    assert _code(text, "حسين") == ("JOR", "JORELI")


def test_a_king_s_title_outweighs_two_ministers_of_the_same_given_name() -> None:
    assert _code("وترأس الوفد في تلك الفترة الملك فيصل بنفسه.", "فيصل") == ("SAU", "SAUELI")


def test_a_prince_s_title_alone_is_no_past_king() -> None:
    assert _code("وقال الأمير فيصل إن الوفد وصل.", "فيصل") == (None, None)


# a prince after a republic's officer

def test_a_prince_received_by_a_president_is_not_of_the_president_s_country() -> None:
    e = entity_named(analyze_news("واستقبل الرئيس المصري الأمير سعود بن نايف في القاهرة أمس."), "سعود بن نايف")
    assert e.country != "EGY" and e.roles == ["الأمير"]


def test_a_monarchy_s_minister_who_is_a_prince_keeps_his_office() -> None:
    e = entity_named(analyze_news("وقال وزير الداخلية السعودي الأمير سعود بن نايف إن الأمن مستتب."), "سعود بن نايف")
    assert (e.country, e.actor) == ("SAU", "SAUGOV")


# the opposition between the adjective and the name

def test_an_opposition_figure_after_his_country_adjective() -> None:
    assert _code("واستبعد القيادي السوري المعارض وليد الحمصي قيام تسوية قريبة.", "وليد الحمصي") == ("SYR", "SYROPP")


# a titled clause set off by a comma

def test_a_title_with_its_adjective_before_the_comma() -> None:
    text = "وقالت مستشارة الأمن القومي الأميركي، كارين ميلر، إن الاتفاق متوازن."
    assert _code(text, "كارين ميلر") == ("USA", "USAGOV")


def test_a_title_with_its_adjective_after_the_comma() -> None:
    text = "وطالب مهدي كرماني، عضو لجنة الأمن القومي والسياسة الخارجية الإيراني، بتنفيذ الحكم."
    assert _code(text, "مهدي كرماني")[0] == "IRN"


def test_a_body_before_the_comma_is_no_title() -> None:
    assert _code("واعتقلت الشرطة الإسرائيلية، يوسي ليفي، ليلة أمس.", "يوسي ليفي") == (None, None)


def test_an_envoy_to_a_state_after_the_comma_is_not_of_it() -> None:
    text = "ووصل سامي الحداد، المبعوث لدى المملكة المغربية، إلى الرباط أمس."
    assert _code(text, "سامي الحداد")[0] is None


# a state body's representative

def test_a_representative_of_a_ministry_is_of_its_state() -> None:
    text = "وقرر مجلس الوزراء الأردني تعيين خالد العتيبي ممثلاً لوزارة العمل في مجلس إدارة الصندوق."
    assert _code(text, "خالد العتيبي") == ("JOR", "JORGOV")


def test_a_representative_of_a_company_has_no_country() -> None:
    assert _code("وقال سامي الحداد ممثلا عن الشركة إن الصفقة تمت.", "سامي الحداد") == (None, None)


# an institute named after a town

def test_an_institute_named_after_a_town_before_its_field() -> None:
    text = "وحسب تقرير أعده معهد واشنطن للشرق الأدنى عن قادة التنظيمات."
    assert _code(text, "معهد واشنطن للشرق الأدنى")[0] == "USA"


def test_an_institute_named_after_no_town_has_no_country() -> None:
    text = "وقال خبير في معهد العالم العربي إن المعرض مهم."
    assert _code(text, "معهد العالم العربي")[0] is None
