"""One referent named two ways is one entity (round en907: ``rasd.entities.qualifiedbodies.force_bodies`` and
``headless_groups``, ``resolve.Resolver._given_then_sired``, ``coref.Coreference._child_of_name``): the forces of
a state's army or navy are that army or navy, a group named without its head word is the group, a king named by his
given name alone is the king named then with his father's name; and a child named by a given name alone is not the
grown man of that given name. Counter-cases keep another country's army, a prince of another title, the king's son
(«محمد بن سلمان»), Jerusalem and another group apart."""

from __future__ import annotations

from conftest import analyze_news, entity_named, entity_of_mention


def _mentions(doc, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[m.start : m.end] for m in entity_named(doc, name).mentions]


def _names(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.name for e in doc.entities]


# --------------------------------------------------------------------------------------------- T3 forces + army
def test_army_forces_are_the_army() -> None:
    doc = analyze_news("اندلعت اشتباكات عنيفة بين قوات الجيش التركي ومسلحين أكراد في ولاية هكاري. "
                       "وقال مصدر أمني إن الجيش التركي قصف مواقع المسلحين بالمدفعية.")
    army = entity_of_mention(doc, "الجيش التركي")
    assert army is entity_of_mention(doc, "قوات الجيش التركي")
    assert army.actor == "TURMIL"
    assert len([e for e in doc.entities if e.actor == "TURMIL"]) == 1


def test_naval_forces_are_the_navy() -> None:
    doc = analyze_news("شاركت القوات البحرية المصرية في مناورات مشتركة قرب السواحل الشمالية. "
                       "وقال متحدث عسكري إن البحرية المصرية أرسلت فرقاطتين إلى البحر الأحمر.")
    navy = entity_of_mention(doc, "البحرية المصرية")
    assert navy is entity_of_mention(doc, "القوات البحرية المصرية")
    assert navy.actor == "EGYMIL"


def test_army_forces_of_another_country_stay_apart() -> None:
    doc = analyze_news("تقدمت قوات الجيش السوري في ريف حلب الشمالي. "
                       "وفي الأثناء قصف الجيش التركي مواقع قرب الحدود.")
    assert entity_of_mention(doc, "قوات الجيش السوري") is not entity_of_mention(doc, "الجيش التركي")
    assert entity_of_mention(doc, "الجيش التركي").actor == "TURMIL"


# --------------------------------------------------------------------------------------------- T5 given, then «بن»
def test_king_by_given_name_then_with_his_father() -> None:
    doc = analyze_news("استقبل الملك سلمان في الرياض أمس ولي ولي العهد الأمير محمد بن سلمان. "
                       "وأكد خادم الحرمين الشريفين الملك سلمان بن عبد العزيز حرص المملكة على تعزيز العلاقات.")
    king = entity_named(doc, "سلمان بن عبد العزيز")
    assert sorted(_mentions(doc, "سلمان بن عبد العزيز")) == ["سلمان", "سلمان بن عبد العزيز"]
    assert king.actor == "SAUGOV"
    # his son's «بن سلمان» is a patronym, not him
    assert _mentions(doc, "محمد بن سلمان") == ["محمد بن سلمان"]


def test_prince_of_another_title_is_another_man() -> None:
    doc = analyze_news("استقبل الملك سلمان في الرياض أمس رئيس الوزراء الباكستاني. "
                       "وقال الأمير سلمان بن سلطان إن العلاقات بين البلدين متينة.")
    assert _mentions(doc, "سلمان بن سلطان") == ["سلمان بن سلطان"]
    assert "سلمان" in _names(doc)


# --------------------------------------------------------------------------------------------- T2 group without head
def test_group_named_without_its_head_word_as_a_claimant() -> None:
    doc = analyze_news("قتل خمسة من عناصر جماعة أنصار بيت المقدس في شمال سيناء. "
                       "وأعلن تنظيم «بيت المقدس» مسؤوليته عن تفجير العريش.")
    group = entity_of_mention(doc, "أنصار بيت المقدس")
    assert group is entity_of_mention(doc, "بيت المقدس")
    assert group.actor == "EGYREB"


def test_jerusalem_is_no_short_name_of_the_group() -> None:
    doc = analyze_news("صلى آلاف المسلمين في المسجد الأقصى في بيت المقدس أمس. "
                       "وكانت جماعة أنصار بيت المقدس قد هاجمت نقطة أمنية في سيناء.")
    assert _mentions(doc, "أنصار بيت المقدس") == ["أنصار بيت المقدس"]


def test_brigade_named_with_its_head_word_is_the_listed_group() -> None:
    doc = analyze_news("سيطر مقاتلو أحرار الشام على بلدة في ريف إدلب. "
                       "والتقى المبعوث الأممي بممثلين عن لواء أحرار الشام في تركيا.")
    group = entity_of_mention(doc, "أحرار الشام")
    assert group is entity_of_mention(doc, "لواء أحرار الشام")
    assert group.actor == "SYRREB"


def test_battalions_of_a_party_are_another_group() -> None:
    doc = analyze_news("قال حزب الله في بيان إن مقاتليه صدوا هجوما في القلمون. "
                       "وفي العراق أعلنت كتائب حزب الله مقتل اثنين من عناصرها.")
    hez = entity_of_mention(doc, "حزب الله")
    assert "كتائب حزب الله" not in [doc.text[m.start : m.end] for m in hez.mentions]


# --------------------------------------------------------------------------------------------- the child «أحمد»
def test_child_by_given_name_is_not_the_grown_man() -> None:
    doc = analyze_news("أصيب الأب وزوجته وابناهما، الرضيع علي الذي توفي، وأحمد الذي يرقد في المستشفى. "
                       "وسمع الجيران صراخ الطفل أحمد من داخل المنزل. "
                       "وندد النائب العربي أحمد الطيبي بالجريمة في الكنيست. وقال الطيبي إن الحكومة مسؤولة.")
    assert sorted(_mentions(doc, "أحمد الطيبي")) == ["أحمد الطيبي", "الطيبي"]


def test_given_name_alone_of_a_grown_man_still_joins() -> None:
    # no child of that name in the article: «أحمد» alone is still the deputy
    doc = analyze_news("ندد النائب العربي أحمد الطيبي بالجريمة في الكنيست أمس. "
                       "وأضاف أحمد أن الحكومة تتحمل المسؤولية الكاملة.")
    assert sorted(_mentions(doc, "أحمد الطيبي")) == ["أحمد", "أحمد الطيبي"]
