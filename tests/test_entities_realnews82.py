"""Entities, round ents82: false persons and places, bodies with «و» inside their names, dual titles.

* a word another word than the place its key folds onto: a hamza on the line the place's name lacks («لملء»: to
  fill, no Lommel);
* a tagger's one-word person that is a common noun in its position: the noun of age in «البالغ من العمر», a sound
  plural in construct before the noun it owns («مالكي البيوت»: the owners of the houses); a broken plural naming a
  people («ألمان»: Germans);
* an association's name that runs over a coordinated genitive («جمعية حقوق الإنسان والمواطنة», «فيدرالية الصحافيين
  والإعلاميين العرب»), not over «و» + another body («والمنظمات الدولية», «والحكومة»);
* a title in the dual before two names joined by «و» («رئيسا الجهاز سابقا A وB»): each has the title, in the
  singular, as his role; not a singular accusative before «ل» («عين رئيسا للأركان»).
"""

from __future__ import annotations

from rasd.doc import Token
from rasd.entities.attributes import EntityBuilder
from rasd.entities.gazetteer import Entry, hamza_misread, load
from rasd.entities.tagpersons import common_noun_reading
from rasd.entities.tagspans import people
from rasd.text.normalize import norm_key

from conftest import analyze_news, entity_named, names_of_type


def _place(name: str) -> Entry:
    e = load().phrases.get((norm_key(name),))
    assert isinstance(e, Entry), name
    return e


# ------------------------------------------------------------------------------------------------ hamza on the line
def test_hamza_on_the_line_is_another_word() -> None:
    assert hamza_misread("لملء", _place("لمل"))


def test_place_written_with_its_own_hamza_stays() -> None:
    assert not hamza_misread("صنعاء", _place("صنعاء"))


def test_to_fill_the_void_in_the_pipeline() -> None:
    doc = analyze_news("وقالت المعارضة إنها جاهزة للانتقال إلى الداخل لملء الفراغ وإدارة المناطق.")
    assert "لملء" not in [e.name for e in doc.entities]


# ------------------------------------------------------------------------------------------------ common nouns
def _tokens(text: str) -> list[Token]:
    return list(analyze_news(text).tokens)


def _at(toks: list[Token], word: str) -> int:
    return next(i for i, t in enumerate(toks) if t.text == word)


def test_age_after_reaching() -> None:
    toks = _tokens("واتهم المدعي الرجل، البالغ من العمر 48 عاما، بالدعاية للتنظيم.")
    b = _at(toks, "العمر")
    assert common_noun_reading(toks, b, [toks[b]], load())


def test_family_name_after_from_without_reaching() -> None:
    toks = _tokens("وجاء التصريح من العمر نفسه بعد اللقاء.")
    b = _at(toks, "العمر")
    assert not common_noun_reading(toks, b, [toks[b]], load())


def test_plural_in_construct() -> None:
    toks = _tokens("ويقضي الإجراء بمعاقبة مالكي البيوت الذين لا يتحققون من أوراق المستأجرين.")
    b = _at(toks, "مالكي")
    assert common_noun_reading(toks, b, [toks[b]], load())


def test_given_name_before_a_definite_word_is_no_plural() -> None:
    toks = _tokens("وقال المتحدث إن علي الأديب رشح نفسه لرئاسة التحالف.")
    b = _at(toks, "علي")
    assert not common_noun_reading(toks, b, [toks[b]], load())


def test_owners_in_the_pipeline() -> None:
    doc = analyze_news("وقال الوزير إن هذا الإجراء يقضي بمعاقبة مالكي البيوت الذين لا يتحققون من الوضع القانوني "
                       "للمستأجرين.")
    assert "مالكي" not in names_of_type(doc, "PERSON")


def test_germans_are_a_people() -> None:
    toks = _tokens("لكن هناك ألمان يصرون على العيش في الماضي.")
    b = _at(toks, "ألمان")
    assert people([toks[b]], load())


def test_a_family_name_is_no_people() -> None:
    toks = _tokens("وقال هانز ألمان إن الوضع صعب.")
    b = _at(toks, "هانز")
    assert not people([toks[b]], load())


# ------------------------------------------------------------------------------------------------ bodies with «و»
def test_association_over_a_coordinated_genitive() -> None:
    doc = analyze_news("ودعت جمعية حقوق الإنسان والمواطنة إلى التحقيق في الحادث.")
    assert "جمعية حقوق الإنسان والمواطنة" in names_of_type(doc, "ORGANIZATION")


def test_federation_of_two_professions() -> None:
    doc = analyze_news("وأدانت فيدرالية الصحافيين والإعلاميين العرب الاعتداء على الصحفي.")
    assert "فيدرالية الصحافيين والإعلاميين العرب" in names_of_type(doc, "ORGANIZATION")


def test_no_name_over_other_bodies() -> None:
    doc = analyze_news("وقالت جمعية حقوق الإنسان والمنظمات الدولية إن الوضع خطير.")
    assert not any("والمنظمات" in n for n in names_of_type(doc, "ORGANIZATION"))


def test_no_name_over_the_government() -> None:
    doc = analyze_news("وانتقدت نقابة الصحافيين والحكومة القرار.")
    assert not any("والحكومة" in n for n in names_of_type(doc, "ORGANIZATION"))


# ------------------------------------------------------------------------------------------------ dual titles
def test_dual_title_gives_both_the_role() -> None:
    doc = analyze_news("ومن بين الموقعين: رئيسا الشاباك سابقا عامي ايالون، وكرمي غيلون، وآخرون.")
    for name in ("عامي ايالون", "كرمي غيلون"):
        e = entity_named(doc, name)
        assert e.roles == ["رئيس الشاباك سابقا"]
        assert e.country == "ISR"


def test_dual_title_before_a_country() -> None:
    doc = analyze_news("رئيسا مصر في الجمهورية الأولى، جمال عبد الناصر وأنور السادات، حضرا رمزيا في الاحتفال.")
    assert entity_named(doc, "جمال عبد الناصر").roles == ["رئيس مصر"]
    assert entity_named(doc, "أنور السادات").roles == ["رئيس مصر"]


def test_dual_title_with_its_portfolio() -> None:
    doc = analyze_news("وحرص وزيرا خارجية البلدين سامح شكري وجون كيري على تأكيد الصراحة.")
    assert entity_named(doc, "جون كيري").roles == ["وزير خارجية البلدين"]


def test_singular_accusative_before_lam_is_no_dual() -> None:
    doc = analyze_news("وعين المجلس رئيسا للأركان خلوصي أكار ونجدت أوزيل.")
    assert entity_named(doc, "نجدت أوزيل").roles == []


# ------------------------------------------------------------------------------------------------ banks by place
def test_bank_named_after_its_town() -> None:
    doc = analyze_news("وقال تقرير عقاري لمصرف أبوظبي الإسلامي إن الإيجارات انخفضت.")
    assert entity_named(doc, "مصرف أبوظبي الإسلامي").country == "ARE"


def test_bank_named_by_its_field_has_no_place_country() -> None:
    builder = EntityBuilder(load())
    assert builder._place_in_name("مصرف أبوظبي الإسلامي") == "ARE"
    assert builder._place_in_name("بنك التنمية الإسلامي") is None
    assert builder._place_in_name("شركة أبوظبي الوطنية") is None  # (a company: no head of the list)


# ------------------------------------------------------------------------------------------------ protection units
def test_protection_units_named_after_a_land() -> None:
    doc = analyze_news("بينما أعلنت وحدات حماية شرق كردستان أن مقاتليها قتلوا قائدا بارزا.")
    assert "وحدات حماية شرق كردستان" in names_of_type(doc, "ORGANIZATION")


def test_forces_sent_to_protect_a_land_are_no_name() -> None:
    doc = analyze_news("وأرسلت الحكومة قوات لحماية كردستان من الهجمات. ونشرت قوات حماية في سنجار.")
    assert not any(n.startswith(("قوات", "وحدات")) for n in names_of_type(doc, "ORGANIZATION"))
