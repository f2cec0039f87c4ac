"""Event arguments on constructions of real news, round 30: after a light verb of force an «ـا» form of a trigger
is its accusative object noun, no dual verb («وشنت الطائرات قصفا»); an indefinite subject the word run took in with
the light verb is the source («أن أحد مقاتليها شن هجوما»); a definite place noun is no adjective of the definite
word before it («واقتحمت القوات المبنى»); a count's oblique genitive right after the verb with an object after it
is the subject («اقتحم عشرات المحتجين مقر البرلمان»); «بلاده» before a verb is the speaker's state, named or none;
«بحق X» after a noun of force names whom it is used on."""

from __future__ import annotations

from conftest import analyze_news, event_arg, news_arg


def test_an_accusative_act_after_a_light_verb_is_its_object_noun() -> None:
    text = "وشنت المقاتلات قصفا عنيفا على مواقع المتمردين."
    assert news_arg(text, "قصفا") == "المقاتلات"
    assert news_arg(text, "قصفا", "target") == "مواقع المتمردين"
    assert news_arg("وأجرت البحرية قصفا على الساحل.", "قصفا") == "البحرية"


def test_an_indefinite_subject_the_run_took_in_with_the_light_verb_is_the_source() -> None:
    text = "وذكر البيان أن أحد عناصرها شن هجوما على دورية للجيش."
    assert news_arg(text, "هجوما") == "أحد عناصرها"
    assert news_arg(text, "هجوما", "target") == "دورية للجيش"


def test_a_definite_place_noun_is_no_adjective_of_the_word_before() -> None:
    text = "واقتحمت القوات المقر الرئيسي للحزب."
    assert news_arg(text, "واقتحمت") == "القوات"
    assert news_arg(text, "واقتحمت", "target") == "المقر الرئيسي للحزب"


def test_the_genitive_of_a_count_after_the_verb_with_an_object_after_it_is_the_subject() -> None:
    text = "واقتحم مئات المتظاهرين مبنى البلدية."
    assert news_arg(text, "واقتحم") == "المتظاهرين"
    assert news_arg(text, "واقتحم", "target") == "مبنى البلدية"


def test_his_country_before_a_verb_is_the_speakers_state() -> None:
    text = "ووصل الرئيس التونسي الباجي قائد السبسي إلى تونس. وقال السبسي إن بلاده ترفض أي تدخل عسكري."
    assert news_arg(text, "ترفض") == "تونس"
    # his state named nowhere: round 101 makes its country entity (from the gazetteer, a mention on «بلاده»),
    # not the word itself as a phrase
    doc = analyze_news("وقال الرئيس التونسي الباجي قائد السبسي إن بلاده ترفض أي تدخل عسكري.")
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "ترفض")
    assert event_arg(doc, ev, "source") == "تونس"
    tun = next(e for e in doc.entities if e.id == ev.source)
    assert (tun.country, tun.actor, [doc.text[m.start : m.end] for m in tun.mentions]) == ("TUN", "TUN", ["بلاده"])


def test_the_phrase_after_bihaqq_is_whom_force_is_used_on() -> None:
    text = "وانتقدت المنظمة إعدامات بحق سجناء سياسيين."
    assert news_arg(text, "إعدامات", "target") == "سجناء سياسيين"
    assert news_arg("وتتواصل الاعتقالات بحق الصحفيين.", "الاعتقالات", "target") == "الصحفيين"
