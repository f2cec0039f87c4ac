"""Round ev915: an act the relative clause of a crime or an attack goes on to tell («الجريمة التي نفذها X ... وأدت إلى
حرق Y», «المجزرة التي ارتكبتها X بقصف Y») is done by the clause's doer (``events.conducted_means``)."""

from __future__ import annotations

from conftest import event_arg, news_event

LED_TO = ("وأدانت الحكومة الجريمة الإرهابية البشعة التي نفذها مستوطنون يهود في قرية قصرة جنوب نابلس "
          "وأدت إلى حرق رضيع فلسطيني وإصابة والديه بحروق.")
MANNER = "وأدان البرلمان المجزرة التي ارتكبتها قوات النظام السوري بقصف سوق شعبية في مدينة دوما."
MANNER_UNNAMED = "واستنكرت الجامعة العربية الجريمة البشعة التي ارتكبها مستوطنون يهود بإحراق منزل عائلة فلسطينية في قرية بيت أمر."
NO_DOER = "وقال إن الحادث الذي وقع في القرية وأدى إلى حرق منزل لم يكن مقصودا."
CALLED_AFTER = "وأدان البرلمان المجزرة التي ارتكبتها قوات النظام في دوما ودعا التحالف إلى قصف مواقعها."


def _parties(text: str, trigger: str) -> tuple[str, str, str | None]:
    doc, ev = news_event(text, trigger)
    return event_arg(doc, ev, "source"), event_arg(doc, ev, "target"), ev.attrs.get("source_masdar")


def test_the_act_the_crime_led_to_is_the_settlers_and_the_infant_is_burnt() -> None:
    assert _parties(LED_TO, "حرق") == ("مستوطنون يهود", "رضيع فلسطيني", "conducted_means")


def test_the_manner_of_the_massacre_is_done_by_its_named_doer() -> None:
    assert _parties(MANNER, "بقصف") == ("قوات النظام السوري", "سوق شعبية", "conducted_means")


def test_the_manner_of_the_crime_is_done_by_the_unnamed_settlers() -> None:
    assert _parties(MANNER_UNNAMED, "بإحراق") == ("مستوطنون يهود", "منزل عائلة فلسطينية", "conducted_means")


def test_an_incident_that_only_happened_names_no_doer() -> None:
    assert _parties(NO_DOER, "حرق")[0] == ""
    assert _parties(NO_DOER, "حرق")[2] is None


def test_an_act_asked_for_after_another_verb_stays_the_one_called_on() -> None:
    assert _parties(CALLED_AFTER, "قصف") == ("التحالف", "مواقعها", "called")
