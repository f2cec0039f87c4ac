"""Round en472: a cleric's two-word title is cut off the name it opens (:mod:`rasd.entities.clericspans`); a
movement's titled man of no country takes the country (and sector) his fellow title-holders in the article share
(:mod:`rasd.entities.titlefellows`); Pope Francis in the lexicon; an unplaced university is EDU
(:mod:`rasd.entities.unplacedbodies`); each with counter-cases."""

from conftest import analyze_news, entity_named

from rasd.doc import Doc
from rasd.spans import Entity, Span
from rasd.entities.titlefellows import title_fellows
from rasd.entities.unplacedbodies import unplaced_bodies
from rasd.entities.gazetteer import load


def test_cleric_calling_is_cut_off_the_name() -> None:
    doc = analyze_news("دعا رجل الدين علي السيستاني إلى الهدوء في العراق.")
    names = {e.name for e in doc.entities if e.type == "PERSON"}
    assert "علي السيستاني" in names and not any(n.startswith("الدين") for n in names)
    assert "رجل الدين" in entity_named(doc, "علي السيستاني").roles


def test_religious_scholar_calling_is_his_role_and_sector() -> None:
    doc = analyze_news("ورحب عالم الدين محمد حسان بالقرار.")
    person = entity_named(doc, "محمد حسان")
    assert "عالم الدين" in person.roles and person.actor == "REL"


def test_counter_compound_given_name_stays_whole() -> None:
    # «نور الدين» is a given name, no title: the span keeps «الدين»
    doc = analyze_news("قال الشيخ نور الدين محمد إن الوضع هادئ.")
    assert entity_named(doc, "نور الدين محمد").type == "PERSON"


def test_counter_other_calling_is_not_cut() -> None:
    doc = analyze_news("وقال رجل الأعمال صلاح الدين أحمد إن السوق تتحسن.")
    names = {e.name for e in doc.entities if e.type == "PERSON"}
    assert "صلاح الدين أحمد" in names


def test_mullah_takes_his_fellow_mullahs_country_and_sector() -> None:
    doc = analyze_news("وقال الملا محمد عمر زعيم حركة طالبان إن الحرب مستمرة. "
                       "وقال الملا حسن إن «الانتخاب يخالف الشرع».")
    hassan = entity_named(doc, "حسن")
    assert hassan.country == "AFG" and hassan.actor == "AFGREB"


def _person(n: int, name: str, role: str, country: str | None, actor: str | None) -> Entity:
    """A person entity titled ``role``, of ``country`` and ``actor``."""
    return Entity(f"E{n}", "PERSON", name, roles=[role], country=country, actor=actor)


def test_counter_fellows_of_two_countries_give_nothing() -> None:
    doc = Doc(id="t", text="الملا أ الملا ب الملا ج")
    doc.entities = [_person(1, "أ", "الملا", "AFG", "AFGREB"), _person(2, "ب", "الملا", "IRQ", "IRQREL"),
                    _person(3, "ج", "الملا", None, "REL")]
    title_fellows(doc)
    assert doc.entities[2].country is None and doc.entities[2].actor == "REL"


def test_counter_sectors_differ_keeps_his_own() -> None:
    doc = Doc(id="t", text="الملا أ الملا ب الملا ج")
    doc.entities = [_person(1, "أ", "الملا", "AFG", "AFGREB"), _person(2, "ب", "الملا", "AFG", "AFGGOV"),
                    _person(3, "ج", "الملا", None, "REL")]
    title_fellows(doc)
    assert doc.entities[2].country == "AFG" and doc.entities[2].actor == "AFGREL"


def test_counter_imam_is_no_movement_title() -> None:
    # «الإمام» titles men of many states and ages in one article: no country passes between them
    doc = Doc(id="t", text="الإمام أ الإمام ب")
    doc.entities = [_person(1, "أ", "الإمام", "IRN", "IRNGOV"), _person(2, "ب", "الإمام", None, "REL")]
    title_fellows(doc)
    assert doc.entities[1].country is None and doc.entities[1].actor == "REL"


def test_pope_francis_is_the_vaticans_religious_head() -> None:
    # a lexicon entry (persons.tsv / persons_extra.tsv): the title is part of the name the news gives him
    doc = analyze_news("وقال البابا فرانسيس إن السلام ممكن. وأضاف فرانسيس أن الحرب شر.")
    pope = entity_named(doc, "البابا فرانسيس")
    assert pope.country == "VAT" and pope.actor == "VATREL" and len(pope.mentions) == 2


def test_counter_another_francis_is_no_pope() -> None:
    doc = analyze_news("وقال المدرب فرانسيس سميث إن الفريق جاهز للمباراة.")
    assert all(e.country != "VAT" for e in doc.entities)


def test_unplaced_university_is_education() -> None:
    # (round en936: «جامعة هارفارد» is listed now, USAEDU; a university on no list keeps the sector alone)
    doc = analyze_news("ففي العام الماضي شكك ريكاردو هوسمان، الأستاذ في جامعة تافتس، في قرار فنزويلا.")
    uni = entity_named(doc, "جامعة تافتس")
    assert uni.actor == "EDU" and uni.country is None


def test_counter_listed_league_keeps_its_code() -> None:
    # «جامعة الدول العربية» opens with «جامعة» but is the Arab League: its listed code stays
    doc = analyze_news("وقال الأمين العام لجامعة الدول العربية إن الاجتماع سيعقد غدا في جامعة الدول العربية.")
    assert entity_named(doc, "جامعة الدول العربية").actor == "IGOARL"


def test_counter_unplaced_court_gets_no_bare_sector() -> None:
    doc = Doc(id="t", text="محكمة ألفا")
    doc.entities = [Entity("E1", "ORGANIZATION", "محكمة ألفا")]
    unplaced_bodies(doc, load())
    assert doc.entities[0].actor is None


def test_university_takes_the_country_of_its_adjective() -> None:
    doc = analyze_news("ويقول باول سيليفيان، أستاذ الاقتصاد في جامعة جورج تاون الأميركية، إن الرغبة جامحة.")
    uni = entity_named(doc, "جامعة جورج تاون")
    assert uni.country == "USA" and uni.actor == "USAEDU"


def test_counter_masculine_adjective_is_not_the_universitys() -> None:
    doc = Doc(id="t", text="الأستاذ في جامعة ألفا الأميركي")
    doc.entities = [Entity("E1", "ORGANIZATION", "جامعة ألفا", mentions=[Span(11, 21)])]
    unplaced_bodies(doc, load())
    assert doc.entities[0].country is None and doc.entities[0].actor == "EDU"
