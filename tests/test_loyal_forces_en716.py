"""Round en716: «القوات الموالية لـ X» is one force entity to the end of X's name, with X's side as its code."""

from __future__ import annotations

import rasd


def _ents(text: str, date: str = "2015-08-04") -> dict[str, tuple[str | None, str | None]]:
    doc = rasd.analyze(text, date=date)
    return {e.name: (e.country, e.actor) for e in doc.entities}


def _source(text: str, date: str = "2015-08-04") -> list[str | None]:
    doc = rasd.analyze(text, date=date)
    names = {e.id: e.name for e in doc.entities}
    return [names.get(v.source) if v.source else None for v in doc.events]


def test_sitting_head_forces_span_his_name() -> None:
    ents = _ents("وتقدمت القوات الموالية للرئيس عبد ربه منصور هادي نحو مدينة عدن.")
    assert ents["القوات الموالية للرئيس عبد ربه منصور هادي"] == ("YEM", "YEMMIL")
    assert ents["عبد ربه منصور هادي"] == ("YEM", "YEMGOV")  # (en802: his own PERSON mention inside the forces')


def test_deposed_head_forces_are_rebels_and_apart() -> None:
    ents = _ents("وتقدمت القوات الموالية للرئيس عبد ربه منصور هادي نحو لحج، فيما انسحبت القوات الموالية "
                 "للرئيس المخلوع علي عبد الله صالح من القاعدة.")
    assert ents["القوات الموالية للرئيس عبد ربه منصور هادي"] == ("YEM", "YEMMIL")
    assert ents["القوات الموالية للرئيس المخلوع علي عبد الله صالح"] == ("YEM", "YEMREB")


def test_fighters_loyal_to_surname_after_full_name() -> None:
    ents = _ents("وحاصر الحوثيون وأنصار علي عبد الله صالح المدينة. وهاجم المسلحين الموالين لصالح معسكرا للجيش.")
    assert ents["المسلحين الموالين لصالح"] == ("YEM", "YEMREB")


def test_force_is_the_doer_not_the_leader() -> None:
    srcs = _source("وهاجمت القوات الموالية للرئيس المخلوع علي عبد الله صالح مواقع المقاومة في تعز.")
    assert srcs[0] == "القوات الموالية للرئيس المخلوع علي عبد الله صالح"
    srcs = _source("وزار الرئيس عبد ربه منصور هادي الرياض أمس. وقصفت القوات الموالية لهادي مواقع الحوثيين في عدن.")
    srcs = srcs[1:]
    assert srcs[0] == "القوات الموالية لهادي"


def test_counter_cases_no_force() -> None:
    ents = _ents("وانتقدت الأحزاب الموالية للحكومة قرار البرلمان.")
    assert not any(a and a.endswith(("MIL", "REB")) for _, a in ents.values())
    ents = _ents("وقالت مصادر موالية إن الوضع هادئ في عدن.")
    assert not any(a and a.endswith(("MIL", "REB")) for _, a in ents.values())
    ents = _ents("والتقى الرئيس عبد ربه منصور هادي السفير في الرياض.")
    assert ents["عبد ربه منصور هادي"] == ("YEM", "YEMGOV")
