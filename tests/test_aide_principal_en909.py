"""Round en909: «مستشار/مساعد/نائب» + a principal's title + a name. An indefinite «مستشار(ة)» over a definite title
after a person's name is that person's (an adviser), the name after it the principal's; a deputy's title over a rank
(«نائب الملا») with no aide named before it leaves the name after it with the rank alone: he is the principal."""

from conftest import analyze_news, entity_named


def test_adviser_named_before_her_title_and_the_president() -> None:
    doc = analyze_news("وحذرت سارة كولينز، مستشارة الرئيس أوباما لشؤون الطاقة، من ارتفاع أسعار الوقود هذا الشتاء.")
    aide = entity_named(doc, "سارة كولينز")
    assert aide.roles == ["مستشارة الرئيس"]
    principal = entity_named(doc, "أوباما")
    assert principal.roles == ["الرئيس"]


def test_adviser_with_a_country_serves_that_state() -> None:
    doc = analyze_news("وقال يوسف الشامي، مستشار الرئيس المصري عبد الفتاح السيسي، إن المشروع سينجز قريبا.")
    aide = entity_named(doc, "يوسف الشامي")
    assert aide.roles == ["مستشار الرئيس المصري"]
    assert aide.actor == "EGYGOV"
    assert entity_named(doc, "عبد الفتاح السيسي").roles == ["الرئيس المصري"]


def test_deputy_of_a_mullah_leaves_the_mullah_his_rank() -> None:
    doc = analyze_news("وكان القائد الجديد للحركة لسنوات طويلة نائب الملا عمر في قندهار.")
    principal = entity_named(doc, "عمر")
    assert principal.roles == ["الملا"]
    assert not any("نائب" in r for e in doc.entities for r in e.roles if e.name == "عمر")


def test_adviser_before_a_portfolio_title_is_the_named_man() -> None:
    # counter-case: no name before the title, the name after holds the whole adviser's title
    doc = analyze_news("وقال مستشار رئيس الوزراء الهندي للشؤون الاقتصادية راجيف كومار إن النمو سيتسارع.")
    aide = entity_named(doc, "راجيف كومار")
    assert aide.roles == ["مستشار رئيس الوزراء الهندي للشؤون الاقتصادية"]
    assert aide.actor == "INDGOV"


def test_vice_president_before_his_name_keeps_his_office() -> None:
    # counter-case: «نائب الرئيس» over an office (not a rank) before a name is that man's own office
    doc = analyze_news("وقال نائب الرئيس اليمني خالد بحاح إن الحكومة ستعود إلى عدن.")
    assert entity_named(doc, "خالد بحاح").roles == ["نائب الرئيس اليمني"]
