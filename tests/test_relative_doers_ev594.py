"""Round ev594: the doer of an act in a relative clause. (a) The verb right after «، الذي/التي» past a parenthesis
set off by commas (a blessing «رحمه الله», a clause in «وهو», an apposition) has the name before the parenthesis as
its subject. (b) A noun act followed by «التي/الذي» + a verb of starting («بدأ», «راح», «واصل») + a phrase + a verb
whose object pronoun resumes the act: that phrase does the act. Counter-cases: a place before the parenthesis, a
plural relative after one person, a relative with no verb of starting, a thing as the clause's subject."""

from __future__ import annotations

from conftest import analyze_news


def _sources(text: str) -> list[tuple[str, str, str | None]]:
    """(trigger text, code, source entity name) of each event."""
    doc = analyze_news(text)
    ents = {e.id: e for e in doc.entities}
    out = []
    for e in doc.events:
        src = ents.get(e.source) if e.source else None
        out.append((doc.text[e.trigger.start:e.trigger.end], e.code, src.name if src else None))
    return out


def test_visit_past_a_blessing() -> None:
    assert ("زار", "042", "عبد العزيز") in _sources(
        "وتعود العلاقات إلى عهد الملك المؤسس عبد العزيز، رحمه الله، الذي زار مصر عام 1946.")


def test_visit_past_a_wahuwa_clause() -> None:
    assert ("زار", "042", "جون كيري") in _sources(
        "وأشاد المسؤولون بوزير الخارجية الأمريكي جون كيري، وهو دبلوماسي مخضرم، الذي زار القاهرة الأسبوع الماضي.")


def test_visit_right_after_the_name_unchanged() -> None:
    assert ("زار", "042", "جون كيري") in _sources(
        "واستقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي جون كيري الذي زار القاهرة أمس.")


def test_place_before_the_parenthesis_does_not_act() -> None:
    got = [s for s in _sources("ووصل الوفد إلى القاهرة، عاصمة مصر، التي زارها الرئيس الأسبوع الماضي.")
           if s[1] == "042"]
    assert all(s[2] != "القاهرة" for s in got)


def test_shells_the_jets_began_to_throw() -> None:
    assert ("نيران", "190", "المقاتلات التركية") in _sources(
        "وتابع السكان نيران القذائف التي بدأت المقاتلات التركية تلقيها على مواقع «داعش» في شمال سوريا، فيما "
        "قال الرئيس السوري بشار الأسد إن الحرب مستمرة.")


def test_no_verb_of_starting_keeps_the_old_reading() -> None:
    got = _sources("وتابع السكان نيران القذائف التي سقطت على مواقع «داعش» في شمال سوريا، فيما "
                   "قال الرئيس السوري بشار الأسد إن الحرب مستمرة.")
    assert all(s[2] != "المقاتلات التركية" for s in got)
    assert ("نيران", "190", None) in got


def test_object_relative_with_a_light_verb_unchanged() -> None:
    assert ("الهجوم", "190", "تنظيم داعش") in _sources(
        "وأدانت الحكومة الهجوم الذي شنه تنظيم «داعش» على قرية في ريف حلب أمس.")
