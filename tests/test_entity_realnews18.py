"""Entities in real-news constructions, round 18: places the generated gazetteer lacked («أوروغواي» without the
article, «مكة», «فلوريدا»); the name of «علي بن أبي طالب» whole, without a blessing after it («رضي الله عنه») nor
a kinsman («أبو طالب ابن أخيه»); the country of a title held under the Saudi king's («سفير خادم الحرمين
الشريفين»); a rank before the name after a portfolio in «لشؤون» («الرئيس العام لشؤون المسجد الحرام الشيخ ...»);
a name in brackets right after its title («وزير الخارجية (جون كيري)»); a clan's family name («جمال الشمايلة»);
a given name the tagger left off a name («علي» + «شايف الحريري») is that man's, not a known namesake's."""

from __future__ import annotations

from conftest import TypedRunsTagger, person_roles, runs_doc
from rasd.doc import Doc
from rasd.entities.stage import analyze_entities

import rasd


def _tagged(text: str, *runs: tuple[str, list[str]]) -> Doc:
    doc = rasd.analyze(text, date="2015-08-01")
    analyze_entities(doc, tagger=TypedRunsTagger(*runs))  # type: ignore[arg-type]
    return doc


def _entity(doc: Doc, name: str):  # type: ignore[no-untyped-def]
    return next(e for e in doc.entities if e.name == name)


def test_places_the_generated_list_lacked() -> None:
    doc = _tagged("وقال رئيس أوروغواي إن بلاده تدعم المرشح، وزار حاكم فلوريدا مكة أمس.",
                  ("PERS", ["أوروغواي"]), ("PERS", ["فلوريدا"]))
    got = {e.name: (e.type, e.country) for e in doc.entities}
    assert got.get("أوروغواي") == ("LOCATION", "URY")
    assert got.get("فلوريدا") == ("LOCATION", "USA")
    assert got.get("مكة") == ("LOCATION", "SAU")
    # the speaker and the visitor named by their titles only are persons of their governments (round en530)
    assert [(e.name, e.country, e.actor) for e in doc.entities if e.type == "PERSON"] == [
        ("رئيس أوروغواي", "URY", "URYGOV"), ("حاكم فلوريدا", "USA", "USAGOV")]
    # a body named after the region stays the tagger's body, with the adjective of its kind (round en375)
    uni = _tagged("وقالت أمام طلاب جامعة فلوريدا الدولية إن الحصار فشل.", ("ORG", ["جامعة", "فلوريدا"]))
    assert any(e.name == "جامعة فلوريدا الدولية" and e.type == "ORGANIZATION" for e in uni.entities)


def test_a_given_name_the_tagger_keeps_before_the_rules_nasab() -> None:
    doc = _tagged("وتحدث الكاتب عن عدالة الإمام علي بن أبي طالب في الحكم.", ("PERS", ["علي", "بن", "أبي"]))
    assert person_roles(doc).get("علي بن أبي طالب") == ["الإمام"]


def test_a_blessing_is_no_part_of_the_name() -> None:
    rules = runs_doc("وقال علي بن أبي طالب رضي الله عنه إن العلم خير من المال.")
    assert rules.entities and not any("رضي" in e.name or "الله" in e.name for e in rules.entities)
    tagged = _tagged("ويروى أن عمر بن الخطاب رضي الله عنه كان يتفقد الرعية ليلا.",
                     ("PERS", ["عمر", "بن", "الخطاب", "رضي", "الله"]))
    assert [e.name for e in tagged.entities if e.type == "PERSON"] == ["عمر بن الخطاب"]


def test_a_kinsman_after_a_particle_ends_the_name() -> None:
    rules = _tagged("وكان أبو طالب ابن أخيه يحميه من قريش.", ("PERS", ["أبو", "طالب"]))
    assert [e.name for e in rules.entities if e.type == "PERSON"] == ["أبو طالب"]
    tagged = _tagged("وقد رعى حمزة بن عبد المطلب ابن أخيه في صغره.",
                     ("PERS", ["حمزة", "بن", "عبد", "المطلب", "ابن", "أخيه"]))
    assert [e.name for e in tagged.entities if e.type == "PERSON"] == ["حمزة بن عبد المطلب"]


def test_a_title_held_under_the_saudi_king_is_saudi() -> None:
    doc = runs_doc("وكان في استقبال الوفد سفير خادم الحرمين الشريفين للأردن الدكتور سامي الصالح.", ["سامي", "الصالح"])
    man = _entity(doc, "سامي الصالح")
    assert man.country == "SAU" and man.roles and man.roles[0].startswith("سفير خادم الحرمين الشريفين")


def test_a_rank_after_a_portfolio_opens_the_holders_name() -> None:
    doc = runs_doc("وأكد الرئيس العام لشؤون المسجد الحرام والمسجد النبوي الشيخ عبد الرحمن السديس أن الخطة جاهزة.",
                   ["عبد", "الرحمن", "السديس"])
    roles = person_roles(doc).get("عبد الرحمن السديس") or []
    assert roles and roles[0].startswith("الرئيس العام لشؤون المسجد الحرام")
    # a second office after the portfolio still ends the first
    two = runs_doc("وقال وزير الدولة لشؤون الخارجية وعضو مجلس الوزراء نزار مدني إن الزيارة ناجحة.", ["نزار", "مدني"])
    assert not any(r.startswith("وزير الدولة") for r in person_roles(two).get("نزار مدني") or [])


def test_a_name_in_brackets_after_its_title() -> None:
    doc = runs_doc("وقال وزير الخارجية (جون كيري) إن المحادثات مثمرة.", ["جون", "كيري"])
    assert person_roles(doc).get("جون كيري") == ["وزير الخارجية"]
    # a bracket that breaks a name is no holder's name: the name goes on after it
    broken = runs_doc("وتحدث رئيس الوزراء (ديفيد كاميرون) عن الدور. وقال إن رئيس الوزراء (العراقي حيدر) العبادي "
                      "يسير على مسار ضيق.", ["ديفيد", "كاميرون"])
    pm = _entity(broken, "ديفيد كاميرون")
    assert len(pm.mentions) == 1  # the second «رئيس الوزراء» is the Iraqi's, not Cameron named before


def test_a_clan_family_name_after_a_given_name() -> None:
    doc = runs_doc("وقال المحامي جمال الشمايلة إن القضية مستمرة.")
    assert person_roles(doc).get("جمال الشمايلة") == ["المحامي"]
    # a frequent plural of the same pattern is no family name
    teachers = runs_doc("وقال الوزير إن المعلمين والأساتذة سيحصلون على علاوة.")
    assert not [e for e in teachers.entities if "الأساتذة" in e.name]


def test_a_given_name_the_tagger_left_off_is_the_mans_own() -> None:
    doc = _tagged("وقال المتحدث باسم المقاومة الجنوبية، علي شايف الحريري، إن القوات تقدمت. "
                  "وكان علي عبد الله صالح قد دعا إلى الحوار.", ("PERS", ["شايف", "الحريري"]))
    names = [e.name for e in doc.entities if e.type == "PERSON"]
    assert "علي شايف الحريري" in names
    saleh = _entity(doc, "علي عبد الله صالح")
    assert len(saleh.mentions) == 1
