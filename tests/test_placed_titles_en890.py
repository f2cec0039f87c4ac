"""Round en890: a party leader «القيادي في X» before a name is his role, of the party's country and sector, with a
second title joined by «و» running over «في» + a body and an adjective; a title whose phrase runs on over «بـ» + a
place («مدير جمعية ... بمكة») reaches the name after it."""

from __future__ import annotations

from conftest import analyze_news
from conftest import entity_named as _named


def test_a_party_leader_and_his_second_title_before_the_name() -> None:
    doc = analyze_news("وقال القيادي في التحالف الكردستاني وعضو لجنة النزاهة في البرلمان العراقي السابق "
                       "كريم عبد الله إن الحكومة تأخرت في صرف الرواتب.")
    e = _named(doc, "كريم عبد الله")
    assert e.roles == ["القيادي في التحالف الكردستاني", "عضو لجنة النزاهة في البرلمان العراقي السابق"]
    assert (e.country, e.actor) == ("IRQ", "IRQPTY")


def test_a_party_leader_alone_before_the_name() -> None:
    doc = analyze_news("وأوضح القيادي في التحالف الكردستاني سامي محمود أن المفاوضات مع بغداد مستمرة.")
    e = _named(doc, "سامي محمود")
    assert e.roles == ["القيادي في التحالف الكردستاني"]
    assert e.actor == "IRQPTY"


def test_a_title_runs_on_over_a_place_after_ba() -> None:
    doc = analyze_news("وكرمت الجامعة عددا من المبدعين، ومدير جمعية الثقافة والفنون بمكة سعيد بن علي الحربي، "
                       "في حفل أقيم مساء أمس.")
    e = _named(doc, "سعيد بن علي الحربي")
    assert e.roles == ["مدير جمعية الثقافة والفنون بمكة"]


def test_a_name_two_commas_away_or_after_a_verb_gets_no_title() -> None:
    doc = analyze_news("وقال القيادي في التحالف الكردستاني، وهو نائب سابق، إن سامي محمود لم يحضر الجلسة.")
    assert _named(doc, "سامي محمود").roles == []
    doc = analyze_news("وقال مدير جمعية الثقافة والفنون بمكة للصحفيين إن سعيد بن علي سيحضر الحفل.")
    assert _named(doc, "سعيد بن علي").roles == []


def test_an_adviser_in_an_army_is_of_the_army() -> None:
    doc = analyze_news("ويقول المستشار في الجيش الليبي، خالد عمر المبروك، إن المعارك مستمرة قرب سرت.")
    e = _named(doc, "خالد عمر المبروك")
    assert e.roles == ["المستشار في الجيش الليبي"]
    assert e.actor == "LBYMIL"
