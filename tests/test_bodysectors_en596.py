"""Round en596: a committee of a parliament (or one of foreign affairs / national security) is a legislature's body
(LEG), a news agency or a media body named «للإعلام» is the press (MED) — rows of gazetteer/body_sectors.tsv read by
`rasd.entities.bodysectors`. Hand-made sentences, each rule with a case where it must not fire."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc, Entity
from rasd.entities.bodysectors import opening_sector


def _ent(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.name == name)


def test_parliament_committees_are_legislative() -> None:
    assert opening_sector("لجنة فلسطين بالبرلمان") == "LEG"
    assert opening_sector("لجنة الدفاع في مجلس النواب") == "LEG"
    assert opening_sector("لجنة القوات المسلحة في مجلس الشيوخ") == "LEG"
    assert opening_sector("لجنة العلاقات الخارجية") == "LEG"
    assert opening_sector("لجنة الشؤون الخارجية") == "LEG"
    assert opening_sector("لجنة الأمن القومي") == "LEG"


def test_a_parliament_rights_committee_is_legislative_a_rights_body_stays_hri() -> None:
    assert opening_sector("لجنة حقوق الإنسان في البرلمان") == "LEG"  # the later row of «لجنة» wins
    assert opening_sector("اللجنة الوطنية لحقوق الإنسان") == "HRI"


def test_committees_of_no_legislature_get_none() -> None:
    assert opening_sector("لجنة الإغاثة العليا") is None
    assert opening_sector("لجنة الأمن والنظام") is None  # «الأمن» but not «القومي»


def test_news_agencies_and_media_bodies_are_press() -> None:
    assert opening_sector("وكالة مهر للأنباء") == "MED"
    assert opening_sector("الوكالة الوطنية للأنباء") == "MED"
    assert opening_sector("الهيئة السورية للإعلام") == "MED"


def test_regulators_and_other_agencies_are_not_press() -> None:
    assert opening_sector("هيئة الإعلام والاتصالات") is None  # a regulator
    assert opening_sector("وكالة مكافحة الفساد") is None
    assert opening_sector("هيئة النقل العام") == "GOV"  # round en906: a state authority (was None: not press)


def test_committee_of_a_placed_parliament_in_a_sentence() -> None:
    doc = analyze_news("وقالت لجنة العلاقات الخارجية في البرلمان العراقي إنها سترفض الاتفاق.")
    committee = _ent(doc, "لجنة العلاقات الخارجية")
    assert (committee.country, committee.actor) == ("IRQ", "IRQLEG")


def test_media_body_of_a_placed_country_in_a_sentence() -> None:
    doc = analyze_news("وأعلنت الهيئة السورية للإعلام أن القصف استمر على المدينة.")
    body = _ent(doc, "الهيئة السورية للإعلام")
    assert (body.country, body.actor) == ("SYR", "SYRMED")


def test_a_minister_who_sits_in_parliament_keeps_his_office() -> None:
    doc = analyze_news("وقال وزير الخارجية الأردني ناصر جودة إن الأردن يدعم الحل السياسي.")
    assert _ent(doc, "ناصر جودة").actor == "JORGOV"


def test_an_mp_a_judge_and_an_army_spokesman() -> None:
    doc = analyze_news("وقال النائب في البرلمان الأردني خليل عطية إن الحكومة أخطأت. وحكم القاضي المصري شعبان "
                       "الشامي على المتهمين. وقال المتحدث باسم الجيش المصري العميد محمد سمير إن القوات قتلت مسلحين.")
    assert _ent(doc, "خليل عطية").actor == "JORLEG"
    assert _ent(doc, "شعبان الشامي").actor == "EGYJUD"
    assert _ent(doc, "محمد سمير").actor == "EGYMIL"
