"""Round ev702: a meeting told again by «تباحث الطرفان» or by its noun with a pronoun («لقاءه مع فلان»), with the
same parties and no time of its own, joins the meeting told before (``events.sides_retold``)."""

from __future__ import annotations

from conftest import analyze_news

MET = "التقى وزير الخارجية المصري سامح شكري نظيره الأردني ناصر جودة في عمان أمس، وبحثا سبل تعزيز العلاقات بين البلدين."
RETOLD = MET + "\n\nوقال شكري إن لقاءه مع ناصر جودة كان مثمرا، إذ تباحث الطرفان حول المستجدات الأخيرة في المنطقة."
MET_ONLY = "التقى وزير الخارجية المصري سامح شكري نظيره الأردني ناصر جودة في عمان أمس."
SIDES_ONLY = MET_ONLY + "\n\nوأشاد شكري بالدور الأردني في المنطقة، إذ تباحث الطرفان حول المستجدات الأخيرة."
OWN_DAY = MET + "\n\nوتباحث الطرفان يوم الخميس الماضي حول المستجدات الأخيرة في المنطقة."
OTHER_PARTY = MET + "\n\nوقال شكري إن لقاءه مع وزير الخارجية السعودي عادل الجبير كان مثمرا."
NO_SIDES = MET + "\n\nوتباحث شكري مع وزير الخارجية السعودي عادل الجبير حول المستجدات الأخيرة في المنطقة."


def _meetings(text: str) -> list[tuple[list[str], str | None, str | None, str | None]]:
    doc = analyze_news(text)
    names = {x.id: x.name for x in doc.entities}
    return [([doc.text[t.start : t.end] for t in e.triggers or [e.trigger]], names.get(e.source or ""),
             names.get(e.target or ""), e.date) for e in doc.events if e.code.startswith("04")]


def test_the_possessed_noun_and_the_two_sides_join_the_meeting() -> None:
    assert _meetings(RETOLD)[0] == (["التقى", "لقاءه", "تباحث"], "سامح شكري", "ناصر جودة", "2015-08-01")
    assert len(_meetings(RETOLD)) == 2  # «وبحثا» in the first sentence: as before


def test_the_two_sides_alone_join_the_meeting() -> None:
    assert _meetings(SIDES_ONLY)[0] == (["التقى", "تباحث"], "سامح شكري", "ناصر جودة", "2015-08-01")
    assert not any("تباحث" in m[0] and len(m[0]) == 1 for m in _meetings(SIDES_ONLY))


def test_a_day_of_its_own_stays_apart() -> None:
    got = _meetings(OWN_DAY)
    assert got[0] == (["التقى"], "سامح شكري", "ناصر جودة", "2015-08-01")
    assert (["وتباحث"], "سامح شكري", "ناصر جودة", "2015-07-30") in got


def test_another_party_stays_apart() -> None:
    got = _meetings(OTHER_PARTY)
    assert got[0][0] == ["التقى"]
    assert any(m[0] == ["لقاءه"] for m in got)


def test_a_meeting_verb_with_no_two_sides_stays_apart() -> None:
    got = _meetings(NO_SIDES)
    assert got[0][0] == ["التقى"]
    assert any(m[0] == ["وتباحث"] for m in got)
