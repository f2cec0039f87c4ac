"""Round en467: a person whom nothing else placed takes the sector his title gives — a cleric's title REL
(:mod:`rasd.entities.clerics`), an office that names a company BUS (:mod:`rasd.entities.firmofficers`); each with
counter-cases."""

from conftest import analyze_news, entity_named

from rasd.entities.clerics import _opens_with_title, _titles
from rasd.entities.firmofficers import _indefinite
from rasd.text.normalize import norm_key


def test_mullah_of_no_country_is_a_cleric() -> None:
    doc = analyze_news("وقال الملا حسن، وهو من تولى منصب مفتي نظام طالبان إبان حكمها، إن «الانتخاب يخالف الشرع».")
    hassan = entity_named(doc, "حسن")
    assert hassan.country is None and hassan.actor == "REL"


def test_preacher_named_right_after_his_calling_is_a_cleric() -> None:
    doc = analyze_news("وقال الداعية محمد حسان إن الحكومة أخطأت في قرارها.")
    assert entity_named(doc, "محمد حسان").actor == "REL"


def test_counter_sheikh_is_no_cleric_by_his_title() -> None:
    # «الشيخ» titles a ruler, a tribal chief, an elder as often as a cleric: no sector from it
    doc = analyze_news("وانتقد الشيخ حمد بن وهيط أحد مشايخ عبيدة مأرب ما يفعله الحوثيون.")
    assert entity_named(doc, "حمد بن وهيط").actor != "REL"


def test_counter_cleric_title_closing_another_office_is_not_his() -> None:
    titles = _titles()
    assert _opens_with_title(norm_key("الملا الراحل").split(), titles)
    assert _opens_with_title(norm_key("آية الله").split(), titles)
    assert not _opens_with_title(norm_key("النائب السابق للملا").split(), titles)  # the deputy of a mullah


def test_counter_listed_cleric_keeps_his_own_actor() -> None:
    doc = analyze_news("وقال المرشد الأعلى آية الله علي خامنئي إن الاتفاق لا يغير سياسة إيران.")
    assert entity_named(doc, "علي خامنئي").actor not in (None, "REL")


def test_company_chief_is_business() -> None:
    doc = analyze_news("وقال بول مايسفيلد، الرئيس التنفيذي لشركة «إم بي إم» العقارية، إن السوق تشهد مشاريع جديدة.")
    assert entity_named(doc, "بول مايسفيلد").actor == "BUS"


def test_company_spokesman_is_business_not_of_the_newspaper_after() -> None:
    # «باسم الشركة» refers back: «لـ«الشرق الأوسط»» after it is the paper he spoke to, no Saudi firm
    doc = analyze_news("يقول أورليش بورفيلك، المتحدث الرسمي باسم الشركة لـ«الشرق الأوسط»: «جلسنا معهم في مفاوضات».")
    person = entity_named(doc, "أورليش بورفيلك")
    assert person.actor == "BUS" and person.country is None


def test_counter_head_of_a_body_of_firms_is_no_company_officer() -> None:
    doc = analyze_news("وقال توني تايلر المدير العام والرئيس التنفيذي للاتحاد الدولي لشركات الطيران إن الرسوم زادت.")
    assert entity_named(doc, "توني تايلر").actor != "BUS"


def test_counter_company_after_another_phrase_is_not_the_office() -> None:
    doc = analyze_news("وقال الدكتور راشد أبانمي المحلل الاقتصادي إن أسعار النفط في شركة أرامكو ستتراجع.")
    assert entity_named(doc, "راشد أبانمي").actor != "BUS"


def test_body_named_after_company_noun_is_business() -> None:
    doc = analyze_news("وبالنسبة لشركة ألمانية أخرى متخصصة في صناعة الغاز وهي شركة «ليندا»، التي حضرت إلى فيينا.")
    assert entity_named(doc, "ليندا").actor == "BUS"


def test_counter_definite_company_noun_names_no_company_after_it() -> None:
    # «للشركة»/«باسم الشركة» refer back: what follows is no name of it; «لشركة» is followed by its name
    doc = analyze_news("وقال متحدث باسم الشركة لـ«الشرق الأوسط» إن الرئيس التنفيذي لشركة «أوبر» سيزور بكين.")
    definite = doc.text.index("الشركة") + len("الشركة")
    indefinite = doc.text.index(" لشركة") + len(" لشركة")
    assert not _indefinite(doc, definite) and _indefinite(doc, indefinite)
    assert entity_named(doc, "الشرق الأوسط").actor != "BUS"
