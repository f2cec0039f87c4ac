"""Round ev522: the verb of a relative clause on an act noun («الهجوم الانتحاري الذي استهدف») tells that act again:
one event of both triggers, with the clause's target (``events.relative_acts``)."""

from __future__ import annotations

from conftest import analyze_news

SUICIDE = "انضم المتهم إلى التنظيم عشية الهجوم الانتحاري الذي استهدف مسجد الإمام الصادق في الكويت في 26 يونيو."
RAIDS = "وكثفت قوات التحالف أمس غاراتها التي استهدفت معسكر لواء المجد في محافظة البيضاء."
BOMBING = "دان مجلس الوزراء التفجير الإرهابي المشين الذي استهدف مسجد قوات الطوارئ بمدينة أبها مؤخرا."
ON_THE_MOSQUE = "أدانت الحكومة الهجوم على المسجد الذي استهدفه الإرهابيون سابقا."


def _events(text: str) -> list[tuple[str, list[str], str | None, str | None, str | None]]:
    doc = analyze_news(text)
    names = {x.id: x.name for x in doc.entities}
    return [(e.code, [doc.text[t.start : t.end] for t in e.triggers or [e.trigger]],
             names.get(e.target or "", e.attrs.get("target_text")), names.get(e.location or ""), e.date)
            for e in doc.events if e.plover == "ASSAULT"]


def test_the_suicide_attack_and_its_relative_verb_are_one_event() -> None:
    assert _events(SUICIDE) == [
        ("1831", ["الهجوم الانتحاري", "استهدف"], "مسجد الإمام الصادق", "الكويت", "2015-06-26")]


def test_the_raids_and_their_relative_verb_are_one_event() -> None:
    got = _events(RAIDS)
    assert [(c, t, tg) for c, t, tg, _, _ in got] == [("195", ["غاراتها", "استهدفت"], "معسكر لواء المجد")]


def test_the_bombing_takes_the_target_of_its_relative_clause() -> None:
    got = _events(BOMBING)
    assert [(c, t, tg, loc) for c, t, tg, loc, _ in got] == [
        ("183", ["التفجير", "استهدف"], "مسجد قوات الطوارئ", "أبها")]


def test_a_relative_clause_on_the_attacks_target_is_no_retelling() -> None:
    assert [(c, tg) for c, _, tg, _, _ in _events(ON_THE_MOSQUE)] == [("190", "المسجد")]
