"""Entities, round ents93: bodies the rules missed.

* «وزارة الكهرباء» is a ministry by its portfolio (complements.tsv), and «المتحدث باسم وزارة X» + a name is the
  ministry's spokesman, the ministry's mention inside his title;
* «نظام الأسد», «نظام صدام حسين», «لنظام القذافي»: a regime named by its listed ruler is his state's government,
  one body with «النظام السوري»; not «نظام حكم» (a system of rule), nor a given name no mention begins at;
* «المؤتمر الوطني العام» is Libya's congress (LBY, LBYLEG), and «المؤتمر العام» after it the same body; not
  «المؤتمر العام» in an article that never names the congress;
* «لجنة الحكام (الرئيسية)», «لجنة الانضباط»: a standing committee named by its field is one body; «لجنة التحقيق»
  stays no name.
Each with a counter-case that must not fire.
"""

from __future__ import annotations

from typing import Any

from conftest import analyze_news


def _entity(doc: Any, word: str) -> Any:
    """The entity one of whose mentions starts where ``word`` first occurs."""
    at = doc.text.index(word)
    return next(e for e in doc.entities if any(s.start == at for s in e.mentions))


def _mention_texts(doc: Any, typ: str) -> list[str]:
    return [doc.text[m.start : m.end] for m in doc.mentions if m.type == typ]


# ------------------------------------------------------------------------------------- «وزارة الكهرباء»
def test_electricity_ministry_is_a_body() -> None:
    doc = analyze_news("بغداد - تظاهر آلاف العراقيين في البصرة احتجاجا على انقطاع التيار، وأكد مسؤول أن وزارة "
                       "الكهرباء تعمل على إصلاح المحطات.")
    e = _entity(doc, "وزارة الكهرباء")
    assert e.type == "ORGANIZATION"
    assert doc.text[e.mentions[0].start : e.mentions[0].end] == "وزارة الكهرباء"


def test_spokesman_of_a_ministry_by_portfolio_keeps_his_title() -> None:
    doc = analyze_news("وقال المتحدث الرسمي باسم وزارة الكهرباء جاسم الربيعي إن الأزمة عامة.")
    p = _entity(doc, "جاسم الربيعي")
    assert p.type == "PERSON" and p.roles == ["المتحدث الرسمي باسم وزارة الكهرباء"]
    assert "وزارة الكهرباء" in _mention_texts(doc, "ORGANIZATION")


def test_spokesman_of_another_portfolio_keeps_his_name() -> None:
    doc = analyze_news("وقال المتحدث الرسمي باسم وزارة الاتصالات حميد الكناني إن الشبكة تعمل.")
    p = _entity(doc, "حميد الكناني")
    assert p.type == "PERSON" and p.roles == ["المتحدث الرسمي باسم وزارة الاتصالات"]


# ------------------------------------------------------------------------------------- «نظام الأسد»
def test_regime_of_assad_is_syria_government() -> None:
    doc = analyze_news("وقال الوزير إن طهران تواصل دعم نظام الأسد منذ أربع سنوات.")
    e = _entity(doc, "نظام الأسد")
    assert (e.type, e.country, e.actor) == ("ORGANIZATION", "SYR", "SYRGOV")
    assert "الأسد" not in _mention_texts(doc, "PERSON")


def test_regime_of_assad_joins_the_syrian_regime() -> None:
    doc = analyze_news("وطالب النظام السوري بوقف القصف، وقال المبعوث إن نظام بشار الأسد فقد شرعيته.")
    assert _entity(doc, "نظام بشار الأسد") is _entity(doc, "النظام السوري")


def test_regimes_of_saddam_and_qaddafi() -> None:
    doc = analyze_news("وبعد سقوط نظام صدام حسين عاد كثيرون، وكانت موسكو داعمة لنظام القذافي حتى سقوطه.")
    assert (_entity(doc, "نظام صدام حسين").actor, _entity(doc, "نظام القذافي").actor) == ("IRQGOV", "LBYGOV")


def test_system_of_rule_is_no_regime() -> None:
    doc = analyze_news("ودعا الكاتب إلى البحث عن نظام حكم لسوريا ما بعد الحرب.")
    assert not any(doc.text[m.start : m.end].startswith("نظام") for m in doc.mentions)


# ------------------------------------------------------------------------------------- «المؤتمر الوطني العام»
def test_general_national_congress_and_its_short_form() -> None:
    doc = analyze_news("طرابلس - أعلن المؤتمر الوطني العام أن وفده سيتوجه إلى الجزائر. "
                       "وكانت الأمم المتحدة قد دعت ممثلي المؤتمر العام إلى الحوار.")
    e = _entity(doc, "المؤتمر الوطني العام")
    assert (e.type, e.country, e.actor) == ("ORGANIZATION", "LBY", "LBYLEG")
    assert _entity(doc, "المؤتمر العام") is e


def test_general_conference_of_another_body_is_not_the_congress() -> None:
    doc = analyze_news("وكان المنشقون يريدون أن يعقد المؤتمر العام للحزب في أسرع وقت ممكن.")
    assert not any(m.attrs.get("gid") == "ORG:LBY_GNC" for m in doc.mentions)


# ------------------------------------------------------------------------------------- «لجنة الحكام»
def test_referees_committee_is_one_body() -> None:
    doc = analyze_news("وأكد الحكم أنه سيمتثل لتعليمات لجنة الحكام. وقال إن الاتحاد الكويتي لكرة القدم "
                       "ولجنة الحكام الرئيسية يسعيان إلى توفير الأجواء.")
    e = _entity(doc, "لجنة الحكام")
    assert e.type == "ORGANIZATION"
    assert [doc.text[s.start : s.end] for s in e.mentions] == ["لجنة الحكام", "لجنة الحكام الرئيسية"]


def test_inquiry_committee_is_no_name() -> None:
    doc = analyze_news("وشكلت الحكومة لجنة التحقيق في الحادث.")
    assert not any(doc.text[m.start : m.end].startswith("لجنة") for m in doc.mentions)


# ------------------------------------------------------------------------------------- «سارة وياسمين»
def test_two_given_names_joined_by_wa_are_two_persons() -> None:
    doc = analyze_news("وصدر حكم بالبراءة للشقيقتين سارة وياسمين اللتين جرى توقيفهما.")
    assert sorted(_mention_texts(doc, "PERSON")) == ["سارة", "ياسمين"]


def test_listed_name_after_wa_takes_no_name_before_it() -> None:
    doc = analyze_news("والتقى كيري وعادل الجبير وخالد العطية في الدوحة.")
    assert _entity(doc, "عادل الجبير").actor == "SAUGOV"
    assert _entity(doc, "كيري").actor == "USAGOV"
    assert "كيري وعادل الجبير" not in _mention_texts(doc, "PERSON")


def test_surname_in_wa_that_a_list_holds_is_not_split() -> None:
    doc = analyze_news("وقال المدير العام للآثار مصطفى وزيري إن العمل مستمر.")
    assert not any(t == "زيري" for t in _mention_texts(doc, "PERSON"))


# ------------------------------------------------------------------------------------- «كيان كردي معادٍ»
def test_tagged_run_with_a_tanween_word_is_no_name() -> None:
    doc = analyze_news("وقد أوضحت اللجنة الوطنية أنه سيكون مرحبًا ببايدن للمشاركة بالمناظرات إذا قرر الترشح.")
    assert not any("مرحبًا" in doc.text[m.start : m.end] for m in doc.mentions)


def test_quoted_run_with_tanween_is_no_name() -> None:
    doc = analyze_news("ويرى أنصار الحراك أن الجنوب يعتبر نفسه «جنوبًا عربيًا» وليس «جنوبًا يمنيًا»، وبين الشمال الذي يحكمه.")
    assert not any("جنوبًا" in doc.text[m.start : m.end] for m in doc.mentions)


def test_name_after_an_adverb_with_tanween_stays() -> None:
    doc = analyze_news("وقال الوزير أيضًا إن جون كيري سيزور القاهرة.")
    assert _entity(doc, "جون كيري").actor == "USAGOV"


# ------------------------------------------------------------------------------------- «وكالة الطاقة النووية الدولية»
def test_iaea_by_nuclear_energy_is_the_iaea() -> None:
    doc = analyze_news("وقالت الوكالة الدولية للطاقة الذرية إن التفتيش مستمر. وكان من المفترض طرح الاقتراح في "
                       "اجتماع وكالة الطاقة النووية الدولية الذي سيعقد في سبتمبر.")
    e = _entity(doc, "وكالة الطاقة النووية الدولية")
    assert e.actor == "IGOUNO" and e is _entity(doc, "الوكالة الدولية للطاقة الذرية")
