"""Round en895: an aide named before «نائب/مساعد/مستشار» + a state's titled officer and the officer's name serves
that state: the country the inner title names is the aide's too, with its sector (an actor code of his own)."""

from conftest import analyze_news, entity_named


def test_deputy_of_a_named_chancellor_is_of_her_state() -> None:
    doc = analyze_news("ووصل إلى عمّان وفد برئاسة هانس مولر، نائب المستشارة الألمانية أنجيلا ميركل، لبحث التعاون.")
    aide = entity_named(doc, "هانس مولر")
    assert aide.roles == ["نائب المستشارة الألمانية"]
    assert (aide.country, aide.actor) == ("DEU", "DEUGOV")
    principal = entity_named(doc, "أنجيلا ميركل")
    assert principal.roles == ["المستشارة الألمانية"]
    assert principal.actor == "DEUGOV"


def test_deputy_of_a_named_president_is_of_his_state() -> None:
    doc = analyze_news("والتقى الوفد سامي الحداد، نائب الرئيس اليمني عبد ربه منصور هادي، في الرياض أمس.")
    aide = entity_named(doc, "سامي الحداد")
    assert aide.roles == ["نائب الرئيس اليمني"]
    assert (aide.country, aide.actor) == ("YEM", "YEMGOV")
    assert entity_named(doc, "عبد ربه منصور هادي").roles == ["الرئيس اليمني"]


def test_deputy_of_an_officer_of_no_state_stays_without_actor() -> None:
    # counter-case: the inner title names no state, so the aide gets no country from it
    doc = analyze_news("وحضر اللقاء كريم منصور، نائب المدير التنفيذي للجمعية الخيرية سعيد عامر.")
    aide = entity_named(doc, "كريم منصور")
    assert aide.actor is None
    assert aide.country is None


def test_spokesman_of_the_migration_body_by_its_short_name_is_the_iom() -> None:
    doc = analyze_news("وقال المتحدث باسم منظمة الهجرة جويل ميلمان للصحافيين في جنيف إن عدد الغرقى ارتفع.")
    spokesman = entity_named(doc, "جويل ميلمان")
    assert spokesman.roles == ["المتحدث باسم منظمة الهجرة"]
    assert spokesman.actor == "IGO"
    assert entity_named(doc, "منظمة الهجرة").actor == "IGO"


def test_a_migration_ministry_is_no_iom() -> None:
    # counter-case: «وزارة الهجرة» of a state stays the state's, not the IGO
    doc = analyze_news("وقال المتحدث باسم وزارة الهجرة العراقية ستار نوروز إن آلاف الأسر نزحت من الرمادي.")
    spokesman = entity_named(doc, "ستار نوروز")
    assert spokesman.actor == "IRQGOV"
