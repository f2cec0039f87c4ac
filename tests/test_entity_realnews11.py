"""Entities in real-news constructions, round 11: clubs named by a common word («النصر», «الأهلي»), a foreign
surname in «ين» after a title («جورجي كاراسين»), «السيناتور» as a title, a Burmese name after «الرئيس البورمي»,
a country's central bank («مصرف ليبيا المركزي») and the topic particle «أما» before a name."""

from __future__ import annotations

import rasd
from conftest import RunsTagger
from rasd.doc import Doc
from rasd.entities.stage import analyze_entities


def _doc(text: str, *runs: list[str], typ: str = "PERS", date: str | None = "2015-06-01") -> Doc:
    doc = rasd.analyze(text, date=date)
    analyze_entities(doc, tagger=RunsTagger(*runs, typ=typ))
    return doc


def _names(doc: Doc) -> list[tuple[str, str]]:
    return [(e.type, e.name) for e in doc.entities]


def test_club_named_by_a_common_word() -> None:
    # next to a word of sport it is the club, whatever type the tagger gave
    doc = _doc("وتغلب فريق النصر على منافسه أمس.", ["النصر"])
    assert _names(doc) == [("ORGANIZATION", "النصر")]
    doc = _doc("وفاز الأهلي بالكأس هذا الموسم.", ["الأهلي"], typ="ORG")
    assert _names(doc) == [("ORGANIZATION", "الأهلي")]
    # elsewhere it is the common word: victory, civil (peace), my family
    assert _names(_doc("وقال إن النصر على الإرهاب قريب.", ["النصر"])) == []
    assert _names(_doc("ودعا إلى حماية السلم الأهلي في البلاد.", ["الأهلي"], typ="ORG")) == []
    assert _names(_doc("وقال: غادر أهلي المدينة منذ شهر.", ["أهلي"], typ="ORG")) == []
    # an armed unit named «النصر» stays a body
    doc = _doc("وقال المتحدث إن لواء النصر تقدم نحو البلدة.", ["النصر"], typ="ORG")
    assert _names(doc) == [("ORGANIZATION", "النصر")]


def test_foreign_surname_in_yn_after_a_title() -> None:
    doc = rasd.analyze("وصرح نائب وزير الخارجية الروسي جورجي كاراسين بأن الحوار مستمر.", date="2015-06-01")
    (p,) = [e for e in doc.entities if e.type == "PERSON"]
    assert p.name == "جورجي كاراسين" and p.roles == ["نائب وزير الخارجية الروسي"] and p.country == "RUS"
    # a plural in «ين» after a given name is still no surname, nor a masdar after «لـ»
    doc = rasd.analyze("ويسعى رئيس الوزراء الإسرائيلي بنيامين نتنياهو لتجييش أنصاره.", date="2015-06-01")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["بنيامين نتنياهو"]


def test_senator_is_a_title() -> None:
    doc = rasd.analyze("وانتقد السيناتور ريد الاتفاق أمس.", date="2015-06-01")
    (p,) = [e for e in doc.entities if e.type == "PERSON"]
    assert p.name == "ريد" and p.roles == ["السيناتور"]
    doc = rasd.analyze("وهاجم السيناتور الجمهوري جيمس ريش الإدارة.", date="2015-06-01")
    (p,) = [e for e in doc.entities if e.type == "PERSON"]
    assert p.name == "جيمس ريش" and p.roles == ["السيناتور الجمهوري"]
    assert not any(e.name == "السيناتور" for e in doc.entities)
    # a name word that is also a far town, right after a rank, opens the name
    doc = rasd.analyze("وبعث الوزير رسالة إلى السناتور أورين هاتش أمس.", date="2015-06-01")
    assert [(e.type, e.name) for e in doc.entities] == [("PERSON", "أورين هاتش")]


def test_burmese_president_after_the_country_adjective() -> None:
    doc = _doc("وتعهد الرئيس البورمي ثين سين بمساعدة المتضررين في بورما.", ["سين"])
    (p,) = [e for e in doc.entities if e.type == "PERSON"]
    assert p.name == "ثين سين" and p.country == "MMR" and p.roles == ["الرئيس البورمي"]
    assert [(e.name, e.country) for e in doc.entities if e.type == "LOCATION"] == [("بورما", "MMR")]


def test_central_bank_of_a_country() -> None:
    doc = rasd.analyze("وحولت الحكومة الرواتب إلى مصرف ليبيا المركزي أمس.", date="2015-06-01")
    banks = [e for e in doc.entities if e.type == "ORGANIZATION"]
    assert [(e.name, e.country, e.actor) for e in banks] == [("مصرف ليبيا المركزي", "LBY", "LBYGOV")]
    assert not any(e.type == "LOCATION" and e.name == "ليبيا" for e in doc.entities)
    doc = rasd.analyze("وتدخل هذه العملات إلى البنك المركزي اليمني مباشرة.", date="2015-06-01")
    assert [(e.name, e.country) for e in doc.entities] == [("البنك المركزي اليمني", "YEM")]
    # the Central Bank of Kuwait and of Libya: two banks
    doc = rasd.analyze("وأقرض بنك الكويت المركزي لمصرف ليبيا المركزي مبلغا.", date="2015-06-01")
    assert sorted(e.country or "" for e in doc.entities) == ["KWT", "LBY"]


def test_topic_particle_is_no_name() -> None:
    doc = _doc("أما أوباما فيرى أن الاتفاق جيد.", ["أما", "أوباما", "فيرى"])
    assert [(e.name, e.actor) for e in doc.entities] == [("أوباما", "USAGOV")]
    doc = _doc("وأما ميركل فترى غير ذلك.", ["ميركل"])
    assert [(e.name, e.country) for e in doc.entities] == [("ميركل", "DEU")]
    # a given or Western name word in «ف» after «أما» is still the name
    doc = _doc("أما زاكاري فيشر فقال إن الأمر انتهى.", ["زاكاري", "فيشر", "فقال"])
    assert [e.name for e in doc.entities] == ["زاكاري فيشر"]
    doc = _doc("أما محمد فيصل فقال إن الأمر انتهى.", ["محمد", "فيصل", "فقال"])
    assert [e.name for e in doc.entities] == ["محمد فيصل"]


def test_party_head_stays_in_the_taggers_name() -> None:
    doc = _doc("وانتقد عضو في الحزب الديمقراطي الخطة.", ["الحزب", "الديمقراطي"], typ="ORG")
    assert _names(doc) == [("ORGANIZATION", "الحزب الديمقراطي")]
    doc = _doc("وحضر الأمين العام للحزب الاشتراكي الموحد الاجتماع.", ["للحزب", "الاشتراكي", "الموحد"], typ="ORG")
    assert [e.name for e in doc.entities if e.type == "ORGANIZATION"] == ["الحزب الاشتراكي الموحد"]
