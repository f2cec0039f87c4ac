"""Round en479: one rule for popes and patriarchs — the religious head of a church is of the religious sector
(``<ISO>REL``), never his state's government; the Coptic pope of Alexandria is Egypt's (EGYREL)."""

from __future__ import annotations

from conftest import analyze_news, entity_named


def test_coptic_pope_tawadros_is_a_person_of_egypts_religious_sector() -> None:
    doc = analyze_news("واستقبل البابا تواضروس وفدا من رجال الأعمال في مقر الكاتدرائية بالقاهرة.")
    pope = entity_named(doc, "البابا تواضروس")
    assert pope.type == "PERSON" and (pope.country, pope.actor) == ("EGY", "EGYREL")


def test_tawadros_by_his_papal_number() -> None:
    doc = analyze_news("وقال تواضروس الثاني إن الكنيسة تدعم وحدة الوطن.")
    assert (entity_named(doc, "تواضروس الثاني").actor) == "EGYREL"


def test_coptic_pope_shenouda_is_egyrel_after_his_death_too() -> None:
    doc = analyze_news("وكان البابا شنودة قد دعا الأقباط إلى الهدوء.")
    assert entity_named(doc, "البابا شنودة").actor == "EGYREL"


def test_pope_benedict_is_religious_like_francis() -> None:
    doc = analyze_news("وقال البابا بنديكت إن الحوار بين الأديان ضروري.")
    pope = entity_named(doc, "البابا بنديكت")
    assert (pope.country, pope.actor) == ("VAT", "VATREL")
    doc = analyze_news("وقال البابا فرانسيس إن الحوار بين الأديان ضروري.")
    assert entity_named(doc, "البابا فرانسيس").actor == "VATREL"


def test_counter_vatican_minister_stays_government() -> None:
    doc = analyze_news("وقال وزير خارجية الفاتيكان المطران ريتشارد غالاغر إن روسيا قد تساعد في حل الأزمة.")
    assert entity_named(doc, "ريتشارد غالاغر").actor == "VATGOV"


def test_counter_other_benedict_is_no_pope() -> None:
    doc = analyze_news("وقال المدرب بنديكت هوفر إن الفريق جاهز للمباراة.")
    assert all(e.actor != "VATREL" for e in doc.entities)


def test_university_named_for_a_king_is_saudi_education() -> None:
    doc = analyze_news("وقال رئيس جامعة الملك سعود إن الجامعة تستقبل الطلاب الجدد.")
    uni = entity_named(doc, "جامعة الملك سعود")
    assert (uni.country, uni.actor) == ("SAU", "SAUEDU")
    doc = analyze_news("وأعلنت جامعة الإمام محمد بن سعود الإسلامية عن برنامج جديد.")
    assert entity_named(doc, "جامعة الإمام محمد بن سعود الإسلامية").actor == "SAUEDU"


def test_counter_the_king_himself_stays_government() -> None:
    doc = analyze_news("وقال الملك سعود إن البلاد بخير.")
    assert all(e.actor != "SAUEDU" for e in doc.entities)
