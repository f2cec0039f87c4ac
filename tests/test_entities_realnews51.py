"""Entities in news constructions, round 51 (names missed, common words taken for names): the Peshmerga without «ي»,
UNESCO with it and Iraq's war media cell are listed; a bare «مجلس النواب» is a parliament; a body named by what it
fights («وكالة مكافحة الفساد») is one; a square placed by what follows it («ميدان التحرير في قلب العاصمة») is a place
with its other mentions, a bridge named after a place («كوبري قصر النيل») the place, not the river; a short town after
«و» and a place («أبين ولحج») is the list's next place; a clan's name after «مناطق» is a place; a one-word name
apposed to a role («وقائد الحرس الثوري، نقدي،», «صالحي، حاكم خراسان») is a person, and so is a Western given name
before a word the tagger alone read as a place («عامي ايالون»). Counter-cases: «جنديان» and «الولايات» alone are no
places, «الثاني» of a month's name no king, «نجاح» before a surname the article gave another given name no part of it;
a relative clause that names a group («الجماعة ... التي تعرف باسم») makes it no anaphor of the last one named; a
figurative «ساحة المعركة», a «جسر جوي» and a common adjective after a comma stay none."""

from __future__ import annotations

from conftest import analyze_news, entity_of_mention, names_of_type


def _names(text: str, typ: str) -> list[str]:
    return names_of_type(analyze_news(text), typ)


# listed bodies

def test_peshmerga_without_ya_is_the_kurdish_force() -> None:
    doc = analyze_news("وتمكنت قوات البشمركة من استعادة القرية بعد معارك عنيفة.")
    body = entity_of_mention(doc, "قوات البشمركة")
    assert (body.type, body.country, body.actor) == ("ORGANIZATION", "IRQ", "IRQMIL")


def test_unesco_with_ya_is_the_un_agency() -> None:
    doc = analyze_news("وحضر مدير عام اليونيسكو حفل توزيع الجائزة في باريس.")
    assert entity_of_mention(doc, "اليونيسكو").actor == "IGOUNO"


def test_the_war_media_cell_is_iraqs_forces() -> None:
    doc = analyze_news("وقالت خلية الإعلام الحربي في بيان إن الغارات قتلت عشرات المسلحين.")
    cell = entity_of_mention(doc, "خلية الإعلام الحربي")
    assert (cell.country, cell.actor) == ("IRQ", "IRQMIL")


def test_a_bare_house_of_representatives_is_a_body() -> None:
    assert "مجلس النواب" in _names("وصوت مجلس النواب على القانون بأغلبية كبيرة.", "ORGANIZATION")


def test_an_agency_named_by_what_it_fights() -> None:
    assert _names("وقالت وكالة مكافحة الفساد في بيان إن التحقيق مستمر.", "ORGANIZATION") == ["وكالة مكافحة الفساد"]
    assert _names("وقالت الهيئة الوطنية لمكافحة الفساد إن التحقيق مستمر.", "ORGANIZATION") \
        == ["الهيئة الوطنية لمكافحة الفساد"]


def test_fighting_corruption_is_no_body() -> None:
    assert _names("وتعهد الوزير بمكافحة الفساد في الإدارات.", "ORGANIZATION") == []


# places

def test_a_square_placed_by_what_follows_it() -> None:
    text = "وتجمع المحتجون في ساحة النصب وسط المدينة القديمة، ثم غادر بعضهم ساحة النصب مساء."
    doc = analyze_news(text)
    square = entity_of_mention(doc, "ساحة النصب")
    assert square.type == "LOCATION"
    assert sum(1 for m in doc.mentions if m.entity == square.id) == 2


def test_a_figurative_arena_is_no_square() -> None:
    assert _names("وتحولت البلدة إلى ساحة المعركة في سوريا منذ أشهر.", "LOCATION") == ["سوريا"]


def test_a_bridge_named_after_a_place_is_the_place() -> None:
    assert _names("وازدانت الشوارع وكوبري قصر النيل بالأضواء ليلة الاحتفال.", "LOCATION") == ["كوبري قصر النيل"]


def test_an_air_bridge_is_no_place() -> None:
    assert _names("وأقامت الدولة جسرا جويا إلى اليمن لنقل المساعدات.", "LOCATION") == ["اليمن"]


def test_a_short_town_after_and_and_a_place() -> None:
    assert set(_names("وتقدمت القوات نحو محافظتي أبين ولحج صباح أمس.", "LOCATION")) == {"أبين", "لحج"}


def test_a_clan_name_after_areas_is_a_place() -> None:
    doc = analyze_news("وسيطر المسلحون على مناطق البو ذياب والتأميم في الرمادي.")
    assert entity_of_mention(doc, "البو ذياب").type == "LOCATION"


def test_common_nouns_are_no_places() -> None:
    assert _names("وقتل جنديان آخران في الهجوم على الحاجز.", "LOCATION") == []
    assert _names("واجتمع الوزير مع ولاة الولايات في العاصمة.", "LOCATION") == []


# persons

def test_a_name_between_commas_after_a_role() -> None:
    doc = analyze_news("وحضر اللقاء وقائد الحرس الثوري، نقدي، إلى جانب مسؤولين آخرين.")
    assert entity_of_mention(doc, "نقدي").type == "PERSON"


def test_a_name_before_a_comma_and_a_role() -> None:
    doc = analyze_news("وتحدث في الاجتماع صالحي، حاكم خراسان، عن الأسرى.")
    assert entity_of_mention(doc, "صالحي").type == "PERSON"


def test_an_adjective_before_a_comma_is_no_name() -> None:
    assert _names("وقدمت الحكومة دعما نقديا، وزير المالية أعلن ذلك.", "PERSON") == []


def test_a_month_ordinal_is_no_king() -> None:
    doc = analyze_news("واستقبل الملك عبد الله الثاني الوفد. وكانت الزيارة في يناير (كانون الثاني) الماضي.")
    king = entity_of_mention(doc, "عبد الله الثاني")
    assert [doc.text[m.start : m.end] for m in doc.mentions if m.entity == king.id] == ["عبد الله الثاني"]


def test_a_noun_before_a_known_surname_is_no_given_name() -> None:
    text = "وفاز جيريمي كوربين بالانتخابات. وقال أستاذ إن أحد أسباب نجاح كوربين هو ضعف خصومه."
    assert _names(text, "PERSON") == ["جيريمي كوربين"]


def test_a_given_name_that_is_a_noun_keeps_its_man() -> None:
    text = "وقال نجاح كاظم إن الوضع صعب. والتقى علي كاظم الوفد لاحقا."
    assert "نجاح كاظم" in _names(text, "PERSON")


def test_a_group_named_by_a_relative_clause_is_no_anaphor() -> None:
    doc = analyze_news("وهاجم تنظيم داعش القرية. وقالت الجماعة المسلحة التي تعرف باسم «اللواء الأول» إنها صدت الهجوم.")
    isis = entity_of_mention(doc, "تنظيم داعش")
    assert [doc.text[m.start : m.end] for m in doc.mentions if m.entity == isis.id] == ["تنظيم داعش"]


def test_a_group_named_before_stays_its_anaphor() -> None:
    doc = analyze_news("وهاجم تنظيم داعش القرية. وقالت الجماعة في بيان إنها قتلت جنودا.")
    assert entity_of_mention(doc, "الجماعة") is entity_of_mention(doc, "تنظيم داعش")


def test_a_western_given_name_and_a_tagged_place_are_a_man() -> None:
    doc = analyze_news("ووقع الرسالة رئيسا الشاباك سابقا عامي ايالون، وكرمي غيلون.")
    assert entity_of_mention(doc, "عامي ايالون").type == "PERSON"
