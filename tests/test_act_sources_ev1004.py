"""Round ev1004: sources of act nouns from their genitive, of a campaign retold, of a siege broken. Hand-made Arabic
sentences.

- a masdar of force with a genitive of smugglers and its preposition's object («وسيطرة المهربين على المناطق»): the
  smugglers (a CRM group) are its doer, not the subject of the verb it is the object of («استغل التجار»);
- a verb of force whose subject is a campaign noun with no doer («أن خمس ضربات نفذت قرب الموصل واستهدفت») takes the
  doer of the strikes told in the sentence before, over the speaker's carried source; not a campaign noun with a
  genitive doer («عمليات الجيش»), nor strikes told in another paragraph;
- a siege broken by fighting in a body's spokesman's words («وبتحرير مدينة الحوطة تم فك الحصار») is the body's act;
  a siege eased with no fighting (0872) takes no source from the speaker.
"""

from __future__ import annotations

from rasd.doc import Doc, Event
from rasd.pipeline import Pipeline


def _at(doc: Doc, word: str, code: str | None = None) -> Event:
    found = [e for e in doc.events if doc.text[e.trigger.start:e.trigger.end].startswith(word)
             and (code is None or e.code == code)]
    assert found, [(doc.text[e.trigger.start:e.trigger.end], e.code) for e in doc.events]
    return found[0]


def _name(doc: Doc, eid: str | None) -> str | None:
    ent = doc.entity(eid)
    return ent.name if ent is not None else None


def _actor(doc: Doc, eid: str | None) -> str | None:
    ent = doc.entity(eid)
    return ent.actor if ent is not None else None


def test_smugglers_genitive_is_the_doer(pipe: Pipeline) -> None:
    doc = pipe("وقالت المصادر إن سيطرة المهربين على المناطق الحدودية زادت.")
    ev = _at(doc, "سيطرة", "192")
    assert _name(doc, ev.source) == "المهربين" and _actor(doc, ev.source) == "CRM"


def test_smugglers_not_the_verbs_subject(pipe: Pipeline) -> None:
    doc = pipe("وقالت المصادر إن التجار استغلوا الفوضى في البلاد وسيطرة المهربين على المناطق الحدودية.")
    ev = _at(doc, "وسيطرة", "192")
    assert _name(doc, ev.source) == "المهربين"


def test_named_genitive_still_the_doer(pipe: Pipeline) -> None:  # counter-case: unchanged reading
    doc = pipe("وأعلن الجيش السوري سيطرته على مدينة تدمر.")
    assert _name(doc, _at(doc, "سيطرته", "192").source) == "الجيش السوري"


STRIKES = ("وأعلن الجيش الأميركي أمس أن الولايات المتحدة وحلفاءها نفذوا 12 ضربة جوية في العراق ضد تنظيم داعش. "
           "كما أشار إلى أن خمس ضربات نفذت قرب الموصل واستهدفت مواقع قتالية وسيارات.")


def test_retold_strikes_take_the_campaigns_doer(pipe: Pipeline) -> None:
    doc = pipe(STRIKES)
    ev = _at(doc, "واستهدفت", "190")
    assert _name(doc, ev.source) == "الولايات المتحدة"  # not the speaker, الجيش الأميركي


def test_strikes_of_a_named_genitive_take_no_campaign(pipe: Pipeline) -> None:
    doc = pipe("وشنت الطائرات التركية غارات على مواقع الحزب. وقالت الحكومة إن عمليات الجيش استهدفت المتمردين.")
    assert _name(doc, _at(doc, "استهدفت", "190").source) != "الطائرات التركية"


def test_strikes_of_another_paragraph_take_no_campaign(pipe: Pipeline) -> None:
    doc = pipe("وشنت الطائرات التركية غارات على مواقع الحزب.\n\nوأعلنت الحكومة السورية أن الضربات قتلت عشرة مدنيين في حلب.")
    assert _name(doc, _at(doc, "قتلت").source) != "الطائرات التركية"


SPOKESMAN = "وقال محمد علي العمري، المتحدث الرسمي باسم المقاومة الشعبية الجنوبية، إنه "


def test_siege_broken_by_the_spokesmans_body(pipe: Pipeline) -> None:
    doc = pipe(SPOKESMAN + "وبتحرير مدينة الحوطة تم فك الحصار عن محافظة الضالع.")
    ev = _at(doc, "فك", "190")
    assert _name(doc, ev.source) == "المقاومة الشعبية الجنوبية"


def test_siege_eased_takes_no_speaker(pipe: Pipeline) -> None:
    doc = pipe(SPOKESMAN + "تم فك الحصار عن محافظة الضالع.")
    assert _at(doc, "فك", "0872").source is None
