"""Round en617: a bare common-noun group («ناشطون», «الأهالي», «النظام», «المعارضة», «المتظاهرون», «الجيش») takes
the country the article is about, its sector kept; not where its paragraph names another country, nor a head
outside the list, nor in an article about no one country."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc, Entity

SYRIA = ("قصفت الطائرات مدينة حلب في شمال سوريا.\n\n"
         "وسقطت قذائف على بلدة في ريف إدلب.\n\n"
         "ودارت اشتباكات عنيفة في ريف حماة.\n\n")


def _group(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.type == "GROUP" and e.name == name)


def test_activists_in_a_syria_article_are_syropp() -> None:
    e = _group(analyze_news(SYRIA + "وأفاد ناشطون بأن الطائرات قصفت بلدة في ريف إدلب."), "ناشطون")
    assert (e.country, e.actor) == ("SYR", "SYROPP")


def test_residents_keep_their_sector() -> None:
    e = _group(analyze_news(SYRIA + "وطالب الأهالي بفتح الطريق أمام المساعدات."), "الأهالي")
    assert (e.country, e.actor) == ("SYR", "SYRCVL")


def test_the_bare_opposition_is_the_articles() -> None:
    e = _group(analyze_news(SYRIA + "واتهمت المعارضة النظام بقصف الأحياء السكنية."), "المعارضة")
    assert (e.country, e.actor) == ("SYR", "SYROPP")


def test_a_paragraph_naming_another_country_leaves_it_open() -> None:
    doc = analyze_news(SYRIA + "وأفاد ناشطون بأن مقاتلين لبنانيين قصفوا بلدة في ريف إدلب.")
    e = _group(doc, "ناشطون")
    assert (e.country, e.actor) == (None, "OPP")


def test_a_paragraph_naming_another_state_body_leaves_it_open() -> None:
    doc = analyze_news(SYRIA + "وقال ناشطون إن حزب الله اللبناني قصف بلدة في ريف إدلب.")
    assert (_group(doc, "ناشطون").country, _group(doc, "ناشطون").actor) == (None, "OPP")


def test_no_article_country_no_change() -> None:
    doc = analyze_news("وأفاد ناشطون بأن الطائرات قصفت بلدة.")
    e = _group(doc, "ناشطون")
    assert (e.country, e.actor) == (None, "OPP")


def test_a_head_outside_the_list_stays_bare() -> None:
    doc = analyze_news(SYRIA + "وقال المتمردون إن الطائرات قصفت بلدة في ريف إدلب.")
    e = _group(doc, "المتمردون")
    assert (e.country, e.actor) == (None, "REB")


def test_a_nisba_keeps_its_own_country() -> None:
    doc = analyze_news(SYRIA + "وأفاد ناشطون لبنانيون بأن الطائرات قصفت بلدة في ريف إدلب.")
    e = next(e for e in doc.entities if e.type == "GROUP" and e.name.startswith("ناشطون"))
    assert (e.country, e.actor) == ("LBN", "LBNOPP")
