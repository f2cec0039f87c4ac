"""Round 48: state forces and governments named by description (:mod:`rasd.entities.forces`).

«قوات النظام», «القوات الحكومية», «قوات الجيش» are the government's army of the country the article is about (only
where that is unambiguous), one entity per article, never one with another country's army; «حكومة + a country» is
that country's government, «حكومة + a region» the region's own. Hand-made sentences (paraphrases, no article text).
"""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_with_trigger_at, quote_speakers


def _org(doc, name: str):  # type: ignore[no-untyped-def]
    return next((e for e in doc.entities if e.type == "ORGANIZATION" and e.name == name), None)


def _covering(doc, word: str):  # type: ignore[no-untyped-def]
    """The entity with a mention over the first occurrence of ``word``, or None."""
    at = doc.text.index(word)
    return next((e for e in doc.entities if any(m.start <= at < m.end for m in e.mentions)), None)


SYRIA = ("قصفت قوات النظام بلدات في ريف حماة السوري أمس. وقال ناشطون في سوريا إن القصف أوقع قتلى بين المدنيين. "
         "وتشهد سوريا معارك عنيفة منذ أشهر. وأعلنت المعارضة السورية أنها صدت هجوما لقوات النظام قرب المدينة.")


def test_regime_forces_in_an_article_about_syria_are_syrias_army() -> None:
    doc = analyze_news(SYRIA)
    e = _org(doc, "قوات النظام")
    assert e is not None and (e.country, e.actor) == ("SYR", "SYRMIL")
    assert len(e.mentions) == 2  # «قوات النظام» and «لقوات النظام»: one force
    assert event_arg(doc, event_with_trigger_at(doc, "قصفت"), "source") == "قوات النظام"


def test_regime_forces_in_an_article_about_iran_are_not_syrian() -> None:
    text = ("فرقت قوات النظام متظاهرين في طهران أمس. وقال ناشطون في إيران إن الشرطة اعتقلت العشرات. "
            "وتشهد إيران احتجاجات منذ أسابيع. وأعلنت المعارضة الإيرانية أن قوات النظام أطلقت الغاز على الحشود.")
    e = _org(analyze_news(text), "قوات النظام")
    assert e is not None and (e.country, e.actor) == ("IRN", "IRNMIL")


def test_a_former_regimes_forces_are_no_described_force() -> None:
    text = ("وبقي كثيرون في الكويت خلال احتلال قوات النظام السابق للبلاد. وتحتفل الكويت بالتحرير كل عام. "
            "وقال مسؤول في الكويت إن الذكرى تجمع المواطنين.")
    doc = analyze_news(text)
    assert not any(e.country == "KWT" and e.actor == "KWTMIL" for e in doc.entities)
    assert _covering(doc, "قوات") is None


def test_government_forces_of_an_article_about_two_countries_take_no_country_nor_the_other_army() -> None:
    text = ("اشتبكت القوات الحكومية مع مسلحين قرب الحدود أمس. وقال مسؤول في تركيا إن قوات الجيش التركي في حالة "
            "تأهب. وأعلنت سوريا أن الاشتباكات توقفت. وتتبادل تركيا وسوريا الاتهامات. وطالبت سوريا بالتهدئة، "
            "وردت تركيا بتعزيز الحدود.")
    doc = analyze_news(text)
    forces = _covering(doc, "القوات الحكومية")
    turkish = _covering(doc, "قوات الجيش التركي")
    assert forces is not None and forces.country is None and forces.actor is None
    assert turkish is not None and (turkish.country, turkish.actor) == ("TUR", "TURMIL")
    assert forces.id != turkish.id


def test_described_forces_join_the_one_named_with_the_articles_country() -> None:
    text = ("تقدمت القوات الحكومية السورية في ريف دمشق. وقال ناشطون في سوريا إن القوات النظامية قصفت البلدة. "
            "وتشهد سوريا معارك منذ سنوات.")
    doc = analyze_news(text)
    e = _covering(doc, "القوات النظامية")
    assert e is not None and e is _covering(doc, "القوات الحكومية السورية")
    assert (e.country, e.actor) == ("SYR", "SYRMIL")


def test_government_of_a_country_speaks_as_that_government() -> None:
    doc = analyze_news("وقالت حكومة العراق إن الانتخابات ستجري في موعدها. وأكدت الحكومة العراقية التزامها.")
    e = _covering(doc, "حكومة العراق")
    assert e is not None and e.type == "ORGANIZATION" and (e.country, e.actor) == ("IRQ", "IRQGOV")
    assert e is _covering(doc, "الحكومة العراقية")  # one government
    assert ("وقالت", e.name) in quote_speakers(doc) or ("قالت", e.name) in quote_speakers(doc)


def test_government_of_a_region_is_the_regions_own() -> None:
    doc = analyze_news("وأصدرت حكومة إقليم كردستان بيانا عن النازحين. وقالت الحكومة العراقية إنها ستساعدهم.")
    region = _covering(doc, "حكومة إقليم كردستان")
    assert region is not None and region.name == "حكومة إقليم كردستان"
    assert (region.type, region.country, region.actor) == ("ORGANIZATION", "IRQ", "IRQGOV")
    assert region is not _covering(doc, "الحكومة العراقية")


def test_government_of_a_state_named_with_an_adjective_of_its_own_is_not_the_countrys() -> None:
    doc = analyze_news("وكانت حكومة ألمانيا الشرقية قد سمحت بإنتاج المشروب قبل عقود.")
    assert not any(e.actor == "DEUGOV" for e in doc.entities)


YEMEN = ("تقدمت قوات الجيش الوطني والمقاومة الشعبية في محافظة أبين اليمنية أمس. وقال مصدر في اليمن إن المعارك "
         "مستمرة. ويشهد اليمن حربا منذ أشهر. وأكد الجيش الوطني أنه سيطر على مواقع جديدة في اليمن.")


def test_forces_of_the_war_in_an_article_about_yemen_are_yemeni() -> None:
    doc = analyze_news(YEMEN)
    army = _org(doc, "الجيش الوطني")
    resistance = _org(doc, "المقاومة الشعبية")
    assert army is not None and (army.country, army.actor) == ("YEM", "YEMMIL")
    # an armed popular force, a militia: its country and MIL, as «الحشد الشعبي» IRQMIL (round en601)
    assert resistance is not None and (resistance.country, resistance.actor) == ("YEM", "YEMMIL")


def test_army_forces_in_a_sentence_naming_only_another_country_take_no_country() -> None:
    text = ("وتناولت الصحف في مصر قضايا عديدة. وقالت صحف مصر إن الاقتصاد يتحسن. وكتبت صحف مصر عن الطقس. "
            "وتحدثت الصحف عن تقدم المقاومة اليمنية وقوات الجيش الموالية للشرعية في أبين.")
    e = _covering(analyze_news(text), "قوات الجيش")
    assert e is not None and e.country is None


def test_a_described_force_is_the_doer_its_feminine_pronoun_resumes() -> None:
    # «قوات» (a plural in «ات» of four letters) is resumed by «ـها»: the force is the doer of «غاراتها»
    doc = analyze_news("وكثفت قوات النظام غاراتها على مواقع المعارضة في ريف إدلب السوري. وقال ناشطون في سوريا إن "
                       "القصف مستمر. وتشهد سوريا معارك منذ أشهر.")
    assert event_arg(doc, event_with_trigger_at(doc, "غاراتها"), "source") == "قوات النظام"
