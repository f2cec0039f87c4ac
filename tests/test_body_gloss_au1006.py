"""Round au1006: a body named by a common head and a country gets its English gloss as its Latin form
(rasd.entities.bodygloss), where it had none; a name with any other word keeps none, listed bodies keep theirs."""

from __future__ import annotations

from rasd import analyze
from rasd.entities.bodygloss import body_gloss
from rasd.entities.gazetteer import load


def _latin(text: str, name: str) -> str | None:
    doc = analyze(text, "2015-05-01")
    return next(e.latin for e in doc.entities if e.type == "ORGANIZATION" and e.name == name)


def test_head_and_country_adjective() -> None:
    assert _latin("وقصف الجيش المصري مواقع للمسلحين في شمال سيناء أمس.", "الجيش المصري") == "Egyptian Army"
    assert _latin("وصوت البرلمان التركي على مشروع القانون الجديد بالأغلبية.",
                  "البرلمان التركي") == "Turkish Parliament"
    assert _latin("ونفت الحكومة اليمنية صحة هذه الأنباء في بيان رسمي.", "الحكومة اليمنية") == "Yemeni Government"


def test_portfolios_and_the_us_adjective() -> None:
    assert _latin("وأدانت وزارة الخارجية البريطانية الهجوم على السفارة.",
                  "وزارة الخارجية البريطانية") == "British Ministry of Foreign Affairs"
    assert _latin("وقالت الإدارة الأميركية إنها تدرس فرض عقوبات جديدة.", "الإدارة الأميركية") == "US Administration"


def test_heads_read_from_the_table() -> None:
    g = load()
    assert body_gloss("السلطات المصرية", g) == "Egyptian Authorities"
    assert body_gloss("النظام السوري", g) == "Syrian Regime"
    assert body_gloss("وزارة الداخلية", g) == "Ministry of the Interior"
    assert body_gloss("حكومة الإمارات", g) == "Government of the United Arab Emirates"


def test_forces_named_by_whom_they_serve() -> None:
    g = load()
    assert body_gloss("قوات النظام", g) == "Regime Forces"
    assert body_gloss("قوات الحكومة الليبية", g) == "Libyan Government Forces"
    assert body_gloss("جيش النظام العراقي", g) == "Iraqi Regime Army"


def test_no_gloss_made_up() -> None:
    g = load()
    assert body_gloss("نظام الأسد", g) is None  # a person's name is no table word
    assert body_gloss("القوات الغامضة", g) is None  # an adjective of neither a kind nor a country
    # («القوات الحكومية» "Government Forces": a kind's adjective is glossed since round en1009)
    assert body_gloss("الخارجية الأميركية", g) is None  # a portfolio alone is no body noun
    assert body_gloss("الداخلية المصرية", g) is None
    assert body_gloss("الحكومة العراقية في بغداد", g) is None  # a preposition after the country


def test_listed_body_keeps_its_latin() -> None:
    assert _latin("وقال مجلس التعاون الخليجي إن الاجتماع سيعقد في الرياض.",
                  "مجلس التعاون الخليجي") == "Gulf Cooperation Council"


def test_us_ministries_are_departments() -> None:
    g = load()
    assert body_gloss("وزارة الخارجية الأميركية", g) == "US Department of State"
    assert body_gloss("وزارة الدفاع الاميركية", g) == "US Department of Defense"
    assert body_gloss("وزارة الخزانة الأمريكية", g) == "US Department of the Treasury"
    assert body_gloss("وزارة العدل الأميركية", g) == "US Department of Justice"
    # (another country's ministry keeps its name; a US body other than a ministry keeps its head)
    assert body_gloss("وزارة الدفاع البريطانية", g) == "British Ministry of Defence"
    assert body_gloss("القوات الأميركية", g) == "US Forces"
