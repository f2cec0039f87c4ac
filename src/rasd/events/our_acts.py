"""Round ev609: a noun act owned by «نا» («our») or «ي» («my») inside quoted words is the speaker's.

A first-person verb in a quote already takes the quote's speaker (``first_person_past``/``first_person_present``);
a masdar whose genitive pronoun is the first person is the same act of the same one: «وقالت القوات الكردية في بيان:
"رغم إعلاننا بشكل رسمي أننا لسنا جزءا ..."» (the forces announced), «وقال الكربولي إن "مطالباتنا المستمرة بتوخي
الدقة ..."» (Karbouli demands). The pronoun is read from the word layer's clitic split (``speaker_possessives``),
never from the spelling: «بيانا», «أحيانا» end in «ـنا» of the stem, «نيرانًا» in a tanwin; and only on a noun: a
verb with «نا» («وقد وعدنا المسؤول») has it as its object or its subject, which the verb rules read.

Nothing for an act done to the owner of its masdar («اعتقالنا»: we are arrested, ``PATIENT_CODES``), nor where an
act of its kind was told before in the sentence («لقد التقيت ... السيد أكينجي، وكانت اجتماعاتنا إيجابية»: the
noun tells that one again). A speaker the ``groups`` stage makes later («وقالت القوات الكردية في بيان») is read
there (``late_owners``).
"""

from __future__ import annotations

from ..doc import Doc, Event, Span
from .arguments import Args
from .forms import fw_keys
from .lexicon import Hit
from .pronoun_doers import PATIENT_CODES
from .source_set import name_party
from .speakers import first_person_speaker, inside_quote


def _owned(doc: Doc, k: int) -> bool:
    """Does token ``k`` carry a first-person possessive as split off by the word layer («إعلاننا»: إعلان + نا;
    «بيانا» is one word, no «نا» of its own; «نيرانًا»: the tanwin of an indefinite accusative)?"""
    tok = doc.tokens[k]
    words = tok.words
    if "\u064b" in tok.text:
        return False
    return len(words) > 1 and words[-1].kind == "enclitic" and words[-1].norm in fw_keys("speaker_possessives")


def _we_do(doc: Doc, k: int) -> bool:
    """Round ev726: is the noun act at token ``k`` the object of a first-person verb of doing right before it
    («أننا نجري مباحثات», «أجرينا محادثات», «سنعقد اجتماعا», «قمنا بزيارة»: function words ``we_doing_verbs``)?
    Only forms that are no third person and no passive («أجريت محادثات»: were held; «عقدت الحكومة»: she held)."""
    if k == 0:
        return False
    key = doc.tokens[k - 1].norm_key
    verbs = fw_keys("we_doing_verbs")
    return key in verbs or (key[:1] in ("و", "ف") and key[1:] in verbs)


def _mine(doc: Doc, k: int) -> bool:
    """A noun act at token ``k`` the speaker does: owned by «نا»/«ي» («إعلاننا») or done by a first-person verb
    («نجري مباحثات»)."""
    return _owned(doc, k) or _we_do(doc, k)


def own_act_speaker(doc: Doc, hit: Hit, sent: Span, trig: Span, args: Args,
                    done: list[tuple[Hit, list[Event]]]) -> str | None:
    """Who a first-person act stands for: a first-person verb's speaker (``args.speaker``: «"... التقيتُ الرئيس"»),
    or, for a noun act owned by «نا»/«ي» or done by a first-person verb (round ev726: «"... أننا نجري مباحثات"»)
    inside a quote's content, that quote's speaker or the body an unnamed one
    speaks for («قال مسؤول في الخارجية: "اجتماعنا هذا يعقد ..."»); the phrase guessed as the noun's doer is then
    dropped. None where neither, where no one is known, or where an act of its kind was told before in the
    sentence (``done``: module docstring). Verbs never: «وعدنا المسؤول» (he promised us)."""
    if args.speaker:
        return first_person_speaker(doc, sent, trig.start, True)
    if hit.pos != "N" or hit.entry.code.startswith(PATIENT_CODES) or not _mine(doc, hit.i) \
            or any(e.plover == hit.entry.plover for _, made in done for e in made):
        return None
    who = inside_quote(doc, trig.start)
    if who is not None:
        args.source = None
    return who


def late_owners(doc: Doc) -> None:
    """After the ``groups`` stage: a sourceless noun act owned by «نا»/«ي» in a quote whose speaker is a group made
    there («وقالت القوات الكردية في بيان "رغم إعلاننا ..."») is that group's (the checks of ``own_act_speaker``)."""
    for ev in doc.events:
        if ev.source is not None or ev.attrs.get("pos") != "N" or ev.code.startswith(PATIENT_CODES):
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k != doc.token_at(ev.trigger.end - 1) or not _mine(doc, k) or any(
                o.plover == ev.plover and o.sentence == ev.sentence and o.trigger.start < ev.trigger.start
                for o in doc.events):
            continue
        who = inside_quote(doc, ev.trigger.start)
        if who is not None and who != ev.target:
            name_party(ev, "source", who)
