"""Event arguments on constructions of real news, round 12: the host of «استقبال X لـY» past a title, «كان في
استقباله X» (X hosts, the pronoun's referent is the guest), a head noun before a company's name, a possessive
pronoun on an attack noun as its genitive, and a head word before a quoted name."""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_with_trigger_at


def test_the_host_of_a_reception_masdar_is_the_title_s_name_before_lam() -> None:
    doc = analyze_news("وجرى ذلك خلال استقبال الرئيس عبد الفتاح السيسي للوزراء العرب في القاهرة.")
    ev = event_with_trigger_at(doc, "استقبال")
    assert event_arg(doc, ev, "source") == "عبد الفتاح السيسي"
    assert "لوزراء" in event_arg(doc, ev, "target")


def test_kana_fi_istiqbalihi_the_name_after_hosts_the_one_named_before() -> None:
    doc = analyze_news("ووصل الملك سلمان إلى طنجة، وكان في استقباله بالمطار رئيس الحكومة عبد الإله ابن كيران.")
    ev = event_with_trigger_at(doc, "استقباله")
    assert event_arg(doc, ev, "source") == "عبد الإله ابن كيران"
    assert "سلمان" in event_arg(doc, ev, "target")


def test_kana_fi_istiqbal_a_title_far_from_the_name_is_the_guest() -> None:
    doc = analyze_news("وكان في استقبال ولي العهد لدى وصوله المطار الأمير فيصل بن الحسين.")
    ev = event_with_trigger_at(doc, "استقبال")
    assert event_arg(doc, ev, "source") == "فيصل بن الحسين"
    assert event_arg(doc, ev, "target") == "ولي العهد"


def test_kana_fi_al_istiqbal_has_no_genitive_the_phrase_after_hosts() -> None:
    doc = analyze_news("كما كان في الاستقبال سفير المملكة لدى الأردن الدكتور سامي الصالح.")
    ev = event_with_trigger_at(doc, "الاستقبال")
    assert event_arg(doc, ev, "source") == "سامي الصالح"
    assert event_arg(doc, ev, "target") == ""


def test_a_head_noun_before_a_company_name_is_the_name() -> None:
    doc = analyze_news("وأعلنت شركة بوينغ أنها أرسلت فريقا.")
    ev = event_with_trigger_at(doc, "وأعلنت")
    assert event_arg(doc, ev, "source") == "بوينغ"


def test_a_possessive_pronoun_on_an_attack_noun_leaves_the_phrase_after_it_no_owner() -> None:
    doc = analyze_news("وشن الطيران الإسرائيلي غارات على غزة. وقتل في غاراته عشرة فلسطينيين.")
    ev = event_with_trigger_at(doc, "غاراته")
    assert "فلسطينيين" not in event_arg(doc, ev, "source")


def test_a_possessive_pronoun_on_a_visit_noun_is_its_visitor_not_the_adjective_after() -> None:
    doc = analyze_news("وقال الرئيس فرنسوا هولاند إن الوفد سيرافقه في زيارته السريعة إلى القاهرة.")
    ev = event_with_trigger_at(doc, "زيارته")
    assert "السريعة" not in event_arg(doc, ev, "source")


def test_a_head_word_before_a_quoted_name_is_owned_by_the_name() -> None:
    doc = analyze_news("وقصفت الطائرات التركية مواقع «داعش» قرب الحدود.")
    ev = event_with_trigger_at(doc, "وقصفت")
    assert event_arg(doc, ev, "target") == "داعش"
