"""Officials of international and European bodies: a title whose body is an international institution gives
that body's actor and no country (the article's most-named country is not theirs), a body named after an office
title belongs to the role, and the actor lexicon's heads of international bodies."""

from __future__ import annotations

import rasd
from rasd.doc import Doc, Entity

# an article that names one foreign country again and again, as news of a bail-out does
GREECE = "وصل الوفد إلى اليونان أمس. وتحتاج اليونان إلى قرض جديد، وتقول اليونان إنها ستسدد ديونها. "


def run(text: str) -> Doc:
    return rasd.analyze(GREECE + text, date="2015-08-12")


def person(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.type == "PERSON" and e.name == name)


def test_european_body_after_title_gives_igo_actor_not_article_country() -> None:
    e = person(run("وقال رئيس البرلمان الأوروبي بيتر شميت إن الاتفاق ممكن."), "بيتر شميت")
    assert (e.country, e.actor) == (None, "IGOEU")
    assert e.attrs.get("country_from") is None


def test_european_central_bank_is_no_business() -> None:
    e = person(run("وأكد رئيس المصرف المركزي الأوروبي ماركوس فيبر ذلك."), "ماركوس فيبر")
    assert (e.country, e.actor) == (None, "IGOEU")


def test_national_central_bank_is_government() -> None:
    e = person(rasd.analyze("وقال محافظ البنك المركزي اليمني محمد بن همام إن الاحتياطي كاف.", date="2015-08-12"),
               "محمد بن همام")
    assert e.actor == "YEMGOV"


def test_african_body_after_title() -> None:
    e = person(run("وقال رئيس المفوضية الأفريقية بيتر شميت إن الاتفاق ممكن."), "بيتر شميت")
    assert (e.country, e.actor) == (None, "IGOAFR")


def test_appositive_title_keeps_the_body_it_heads() -> None:
    e = person(run("ورحب هانز مولر رئيس مجموعة الخبراء بالقرار."), "هانز مولر")
    assert e.roles == ["رئيس مجموعة الخبراء"]


def test_council_of_the_union_title_before_a_name() -> None:
    doc = run("والتقى الوزير مع رئيس مجلس الاتحاد هانز مولر في بروكسل.")
    e = person(doc, "هانز مولر")
    assert e.roles == ["رئيس مجلس الاتحاد"]
    assert not any(e.type == "ORGANIZATION" and "مولر" in e.name for e in doc.entities)


def test_commission_president_spelt_otherwise_is_the_lexicons() -> None:
    e = person(run("وقال جان كلود يونكير إن المفاوضات تتقدم."), "جان كلود يونكير")
    assert (e.country, e.actor) == (None, "IGOEU")
    e = person(run("وقالت كريستين لاجارد إن الديون كبيرة."), "كريستين لاجارد")
    assert (e.country, e.actor) == (None, "IGOIMF")
