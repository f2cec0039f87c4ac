"""Round en811: a person takes the country and sector of the body his apposition names after «لدى/في/بـ», or of
the body he joins («التحق/انضم ... بـ/إلى»); never over a country he has, nor from an envoy's post."""

from __future__ import annotations

import rasd


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    doc = rasd.analyze(text, "2015-05-01")
    e = next(e for e in doc.entities if e.name == name)
    return e.country, e.actor


def test_commander_at_the_pentagon_is_us_military() -> None:
    got = _person("قال جنرال جوزيف إل. فوتيل، رئيس قيادة العمليات الخاصة لدى البنتاغون، إن القوات ستبقى.",
                  "جوزيف إل. فوتيل")
    assert got == ("USA", "USAMIL")


def test_joining_the_pkk_rebels_is_turkish_rebel() -> None:
    got = _person("والتحق نور الدين ديمرتاش بمتمردي حزب العمال الكردستاني في الجبال.", "نور الدين ديمرتاش")
    assert got == ("TUR", "TURREB")


def test_bank_analyst_takes_the_bank_sector_over_a_bare_title() -> None:
    got = _person("وقال فريد هاونغ، محلل الأسواق الناشئة لدى دويتشه بنك، إن المستثمرين قلقون.", "فريد هاونغ")
    assert got == ("DEU", "DEUBUS")


def test_head_of_a_department_at_a_bank_is_business_not_government() -> None:
    got = _person("ويرى هاري تشيلينغوريان، رئيس قسم الأبحاث لدى دويتشه بنك، أن الأسعار ستنخفض.",
                  "هاري تشيلينغوريان")
    assert got == ("DEU", "DEUBUS")


def test_an_envoy_to_a_bank_takes_nothing_from_it() -> None:
    got = _person("وقال جون سميث، مندوب بلاده لدى دويتشه بنك، إن الاجتماع انتهى.", "جون سميث")
    assert got == (None, None)


def test_a_relative_clause_of_a_past_post_gives_nothing() -> None:
    got = _person("وقال جون سميث، الخبير الذي كان يعمل في البنتاغون، إن الاجتماع انتهى.", "جون سميث")
    assert got != ("USA", "USAMIL")


def test_a_nisba_country_is_kept() -> None:
    got = _person("وقال المحلل المصري أحمد سامي، الخبير لدى البنتاغون، إن الحرب طويلة.", "أحمد سامي")
    assert got[0] == "EGY"


def test_joining_verb_far_from_the_name_gives_nothing() -> None:
    got = _person("وقال نور الدين ديمرتاش إن شقيقه التحق بمتمردي حزب العمال الكردستاني.", "نور الدين ديمرتاش")
    assert got != ("TUR", "TURREB")
