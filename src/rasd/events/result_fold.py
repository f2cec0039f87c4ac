"""Round ev312: the toll of an act is that act, no second event.

- «قصفت قوات النظام مناطق في البلدة ما أدى إلى مقتل 3 مواطنين», «أسفرت غارات للطيران التركي على قرية عن مقتل
  ثمانية مدنيين», «مواجهات عنيفة خلفت عشرات القتلى»: a noun of harm that ``attack_subjects.result_attack`` reads as the
  result of an act of force told in its clause (the subject of the verb of result, or the act before «ما/مما») is
  what that act did: it joins the act's event (:func:`fold_result`), and so does a toll joined to it by «و»
  («، وسقوط جرحى»: :func:`toll_conjunct`).
- «أفادت مصادر بمقتل 46 مدنيا وجرح عدد كبير في قصف جوي», «أعلن الجيش مقتل 49 مسلحا، بقصف جوي»: an attack noun
  after «في/بـ/جراء/إثر» tells what did the toll noun told just before it (:func:`cause_of_harm`): the two are one
  event, kept on the toll's trigger (its victims), coded as the act where the toll's code is the bare 190
  (:func:`fold_harms`). A toll verb («قتلوا في هجوم انتحاري») is left as it was: its subject and the doer a later
  pass gives the act are read apart, and folding them lost the one or the other on the 347.

The event kept takes what the other had and it lacks (a target, a doer not carried, a place) and the other's report
cues (one of the two told as specific makes it specific). A toll with no act in its clause («أعلنت الوزارة مقتل 17
مسلحا») stays an event of its own.
"""

from __future__ import annotations

from ..doc import Doc, Event, Span, Token
from .attack_subjects import ATTACKS, DEVICES
from .forms import bare, fw, fw_keys
from .lexicon import Hit
from .modality import imperfect
from .modality_links import KANA, and_joined
from .word_tests import clause_stop, finite_verb

HARMS = ("kill", "wound")  # trigger entries of a toll: «قتل/مقتل/قتلى/مصرع», «جرح/أصيب/جرحى»


def toll(hit: Hit) -> bool:
    """A trigger of a toll (``HARMS``: «مقتل», «قتلى», «جرحى»), the harm a result verb reports; not another act after
    its «إلى» («وأسفر القصف عن تدمير ...»، إضافة إلى استهداف الثكنة»: a second act, no toll)."""
    return hit.entry.id in HARMS


def fold_result(attack: Hit, done: list[tuple[Hit, list[Event]]], made: list[Event], trig: Span) -> list[Event] | None:
    """The events of the act ``attack`` (one of the sentence's hits already made into events, ``done``) that the
    noun of harm at ``trig`` (its events ``made``) tells the toll of, with the toll merged into them (:func:`_merge`);
    None where the act made no event (then the harm is an event of its own)."""
    host = next((evs for h, evs in done if h.i == attack.i and h.j == attack.j), None)
    if not host:
        return None
    for ev in host:
        if made:
            for other in made:
                _merge(ev, other, recode=False)
        else:
            ev.triggers.append(trig)
            ev.triggers.sort(key=lambda s: s.start)
    return host


def _merge(keep: Event, other: Event, recode: bool) -> None:
    """``other``, the same act told by another trigger of its clause, into ``keep``: its triggers; the target, the
    doer (one not carried from before) and the place ``keep`` lacks; specific if either is, the higher report score
    and both cue lists; with ``recode``, the act's code where ``keep`` has the bare 190 («قتلوا في هجوم انتحاري»)."""
    for t in other.triggers:
        if t not in keep.triggers:
            keep.triggers.append(t)
    keep.triggers.sort(key=lambda s: s.start)
    if keep.target is None and keep.attrs.get("target_span") is None and keep.attrs.get("target_text") is None and (
            other.target is not None or other.attrs.get("target_span") is not None):
        keep.target = other.target
        for key in ("target_span", "target_text"):
            if key in other.attrs:
                keep.attrs[key] = other.attrs[key]
    if keep.source is None and keep.attrs.get("source_span") is None and keep.attrs.get("source_text") is None \
            and other.source is not None and not other.attrs.get("source_carried"):
        keep.source = other.source
        if "source_span" in other.attrs:
            keep.attrs["source_span"] = other.attrs["source_span"]
    if keep.location is None:
        keep.location = other.location
    if other.attrs.get("specific"):
        keep.attrs["specific"] = True
    a, b = keep.attrs.get("report_score"), other.attrs.get("report_score")
    if isinstance(b, int) and (not isinstance(a, int) or b > a):
        keep.attrs["report_score"] = b
    cues = keep.attrs.get("report_cues")
    more = other.attrs.get("report_cues")
    if isinstance(more, list):
        have = list(cues) if isinstance(cues, list) else []
        keep.attrs["report_cues"] = have + [c for c in more if c not in have]
    if recode and keep.code == "190" and other.code != "190":
        keep.code = other.code


CAUSE_WORDS = fw_keys("toll_cause_words")
HARM_REACH = 12  # tokens from the noun of the act back to the toll it caused («قتل 6 من عناصر جماعة ... في قصف»)


def cause_of_harm(doc: Doc, hit: Hit, done: list[tuple[Hit, list[Event]]], a: int) -> list[tuple[int, Hit]]:
    """«أفادت مصادر بمقتل 46 مدنيا وجرح عدد كبير في قصف جوي», «أعلنت الخلية عن مقتل 49 مسلحا، بقصف جوي استهدف
    أوكارهم»: an attack noun (``attack_subjects.ATTACKS``; not a device, «سيارة مفخخة») in «بـ» or right after a word of
    cause (``CAUSE_WORDS``: «في», «جراء», «إثر») tells what did the toll noun told just before it in its clause; the
    entries of ``done`` (their index, and the hit) of that toll, the run of harm nouns nearest before it within
    ``HARM_REACH`` tokens, no end of sentence, relative or other act between (one before that only joined by «و»,
    no comma: «تهم بالقتل، ومقتل جندي في الهجوم» folds the killing, not the charge). Their events fold into one
    (:func:`fold_harms`); «مقتل ثلاثة جنود شاركوا في الهجوم» (a verb between, the relative's) is left two, and so
    is a toll verb («قتلوا في هجوم»: see the module). An act read as a verb right after «في» («في قصف جوي») is its
    masdar."""
    if hit.entry.id not in ATTACKS or hit.cand.key.removeprefix("ال").startswith(DEVICES):
        return []
    toks = doc.tokens
    if "ب" in hit.cand.proclitics and hit.pos == "N":
        cue = hit.i
    elif hit.i - 1 >= a and toks[hit.i - 1].norm_key in CAUSE_WORDS and set(hit.cand.proclitics) <= {"ال"} and (
            hit.pos == "N" or toks[hit.i - 1].norm_key == "في"):  # («في قصف»: a masdar the lexicon read as a verb)
        cue = hit.i - 1
    else:
        return []
    found: list[tuple[int, Hit]] = []
    edge = cue
    for n in range(len(done) - 1, -1, -1):
        h, evs = done[n]
        if h.j >= edge:
            continue
        if h.entry.id not in HARMS or h.pos != "N" or not evs or any(ev.attrs.get("trigger_id") not in HARMS for ev in evs) \
                or edge - h.j > HARM_REACH or h.i < a:
            break
        if any(_verb_or_stop(toks[t]) for t in range(h.j + 1, edge)):
            break
        if found and ("و" not in found[-1][1].cand.proclitics and not and_joined(toks[edge])
                      or any(toks[t].text in ("،", ",") for t in range(h.j + 1, edge))):
            break  # (a toll before the nearest joins it only by «و», no comma: «قتلوا وجرح 50 آخرون»)
        found.append((n, h))
        edge = h.i
    return found


def fold_harms(events: list[Event], done: list[tuple[Hit, list[Event]]], harms: list[tuple[int, Hit]],
               made: list[Event]) -> None:
    """The act's events ``made`` and the events of the toll triggers ``harms`` (from :func:`cause_of_harm`, nearest
    first) become the first toll's events (:func:`_merge`, the act's code over a bare 190); the others leave
    ``events``, and their entries in ``done`` (the act's, last) point at the events kept."""
    if not made or not harms:
        return
    first, _ = harms[-1]
    keep = done[first][1]
    gone: set[int] = set()
    for n, h in harms[:-1]:
        for ev in done[n][1]:
            gone.add(id(ev))
            for k in keep:
                _merge(k, ev, recode=False)
        done[n] = (h, keep)
    for ev in made:
        gone.add(id(ev))
        for k in keep:
            _merge(k, ev, recode=True)
    done[-1] = (done[-1][0], keep)
    events[:] = [ev for ev in events if id(ev) not in gone]


MONTHS_IN_YA = fw_keys("months_in_ya")


def _verb_or_stop(tok: Token) -> bool:
    """A token between a toll and its act that parts them: the end of a sentence, a relative, or a verb («كانوا»,
    «يشاركون», «شاركوا», «وداهمت»: the act is another clause's)."""
    key = tok.norm_key.lstrip("وف") if len(tok.norm_key) > 4 else tok.norm_key
    return clause_stop(tok.text) and tok.text not in ("،", ",") or bare(tok.norm_key, "relatives") in fw("relatives") \
        or finite_verb(tok) or key in KANA or (imperfect(key, False) and key not in MONTHS_IN_YA) \
        or len(key) >= 4 and key.endswith("وا")


def toll_conjunct(doc: Doc, hit: Hit, done: list[tuple[Hit, list[Event]]], made: list[Event]) -> list[Event] | None:
    """«قصفت قوات النظام البلدة ما أدى إلى مقتل 3 مواطنين، بينهم امرأتان، وسقوط جرحى»: a noun of harm joined by «و»
    (on it or on the masdar that carries it, «وسقوط/ووقوع») to the toll right before it that :func:`fold_result`
    gave to an act, within ``HARM_REACH`` tokens, no verb, relative or end of sentence between, is that act's toll
    too: its events ``made`` join the act's (:func:`_merge`), returned; None otherwise («مقتل 3 مواطنين. وأعلن
    الجيش سقوط جرحى»)."""
    if hit.pos != "N" or hit.entry.id not in HARMS or not done:
        return None
    h, host = done[-1]
    if h.entry.id not in HARMS or not host or any(ev.attrs.get("trigger_id") in HARMS for ev in host) \
            or hit.i - h.j > HARM_REACH:
        return None
    toks = doc.tokens
    joined = toks[hit.i].norm_key.startswith("و") and "و" in hit.cand.proclitics or \
        toks[hit.i - 1].norm_key.startswith("و") and toks[hit.i - 1].norm_key[1:] in fw_keys("toll_masdars")
    if not joined or any(_verb_or_stop(toks[t]) for t in range(h.j + 1, hit.i)):
        return None
    for ev in host:
        for other in made:
            _merge(ev, other, recode=False)
    return host
