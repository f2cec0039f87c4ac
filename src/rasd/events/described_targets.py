"""Round 175: arguments a word's role in its clause rules out or gives.

* a «بـ» phrase after an act a describing verb takes («ووصف اجتماع باريس بالحاسم»: function words
  ``describing_verbs``) is what the act is called, no party of it; nor is a «بـ» phrase after «معه/معها» («في لقاء معه
  بنقابة الصحافيين»: the one met is the pronoun, the «بـ» phrase is where);
* a phrase opening with an adverb of «بـ» («بالفعل», «بدوره», «برئاسة», «بشأنه», «بذلك»: function words
  ``adverbial_ba_words``) names no party: the phrase is none, or the «بـ» phrase right after the adverb;
* a phrase opening with a word of residence («فلان، المقيم في قطر»: function words ``resident_words``) is an
  apposition on the person before it, no object;
* a target phrase opening with the adjective of the source's name («حرق التنظيم المتطرف للطيار الأردني») starts at
  its «لـ» word;
* a source phrase inside a quote that closes before the act («تحت عنوان: «... بأن ينتصر»، دعا فيه») is a title
  or words quoted, not the one who acts;
* a signing whose source is the body named after a word of mediation («التي وزعتها وساطة X ... قصد التوقيع عليها»:
  function words ``mediation_words``) has no source: the mediator signs nothing;
* a verb whose source is carried from an earlier clause but whose own clause opens («إن», «أن», a quote) with a
  common noun of its own («وقال إن الطاقم يؤكد») is done by that noun, not by the one carried;
* a statement's place named only in a topic phrase before it («وبشأن الوضع في اليمن، أكد الوزير») is no place of
  it;
* an act with a glued pronoun inside brackets («فلان (كان مسجونا، لكن أعيد اعتقاله)») is done to the person the
  brackets follow.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys, nkey
from .source_set import drop_phrase, name_party, set_phrase
from .word_tests import clause_stop, entity_within

DESCRIBE_REACH = 4  # words from the describing verb to the act's noun («وصف في ذلك الاجتماع ... بالغموض»)
OPEN_REACH = 8  # words from the verb back to its clause's opener
STATEMENTS = ("01", "02", "03", "05", "11", "12")  # acts said, whose topic is no place of them
BRACKET_REACH = 40  # words from the act back to the bracket it is in


def _phrase_start(doc: Doc, ev: Event, role: str) -> int | None:
    span = ev.attrs.get(f"{role}_span")
    if not isinstance(span, list) or len(span) != 2:
        return None
    return doc.token_at(int(span[0]))


def _described(doc: Doc, ev: Event, k: int, first: int) -> bool:
    """The target phrase at token ``first`` is a «بـ» phrase that describes the act at ``k`` or names where it is."""
    text = doc.tokens[first].norm_key
    if not text.startswith("ب") or first <= k:
        return False
    for t in range(k - 1, max(-1, k - 1 - DESCRIBE_REACH), -1):
        w = doc.tokens[t].norm_key
        if clause_stop(doc.tokens[t].text):
            break
        if w in fw_keys("describing_verbs") or w.removeprefix("و") in fw_keys("describing_verbs"):
            return True
    prev = doc.tokens[first - 1].norm_key
    return prev in ("معه", "معها", "معهم", "معهما")


def _resident(doc: Doc, first: int) -> bool:
    """The target phrase at token ``first`` opens with a word of residence followed by «في», right after a person
    named (past a comma): «القرضاوي، المقيم في قطر»."""
    if doc.tokens[first].norm_key not in fw_keys("resident_words") or first + 1 >= len(doc.tokens) or first < 1:
        return False
    if doc.tokens[first + 1].norm_key not in ("في", "ف"):
        return False
    prev = first - 1 if doc.tokens[first - 1].text not in ("،", ",") else first - 2
    ent = entity_within(doc, prev) if prev >= 0 else None
    return ent is not None and ent.type == "PERSON"


def _after_mediation(doc: Doc, start: int) -> bool:
    """The name at offset ``start`` comes right after a word of mediation («وساطة الهيئة»)."""
    k = doc.token_at(start)
    prev = doc.tokens[k - 1].norm_key if k is not None and k > 0 else ""
    return prev in fw_keys("mediation_words") or prev.removeprefix("و") in fw_keys("mediation_words")


def _mediator(doc: Doc, ev: Event) -> bool:
    """The source of the signing (an entity or a phrase) is named right after a word of mediation."""
    if ev.source is None:
        span = ev.attrs.get("source_span")
        return isinstance(span, list) and len(span) == 2 and _after_mediation(doc, int(span[0]))
    return any(m.entity == ev.source and ev.sentence.start <= m.start < ev.trigger.start
               and _after_mediation(doc, m.start) for m in doc.mentions)


def _own_subject(doc: Doc, ev: Event, k: int) -> bool:
    """The clause of the verb at ``k`` opens with a definite common noun, no name («إن الطاقم ... يؤكد»)."""
    for t in range(k - 1, max(-1, k - OPEN_REACH), -1):
        text = doc.tokens[t].text
        if clause_stop(text) or text in (":", "«", "\"") or nkey(text) in ("إن", "ان", "أن"):
            first = t + 1
            if first >= k:
                return False
            word = doc.tokens[first].text
            return word.startswith("ال") and len(word) > 4 and entity_within(doc, first) is None
    return False


def _bracketed_person(doc: Doc, ev: Event, k: int) -> str | None:
    """The person named right before the bracket the act at ``k`` stands in."""
    for t in range(k - 1, max(-1, k - BRACKET_REACH), -1):
        text = doc.tokens[t].text
        if text == ")" or doc.tokens[t].start < ev.sentence.start:
            return None
        if text == "(":
            if t == 0:
                return None
            ent = entity_within(doc, t - 1)
            return ent.id if ent is not None and ent.type == "PERSON" else None
    return None


def _quoted_before(doc: Doc, ev: Event, start: int) -> bool:
    """The phrase at offset ``start`` stands inside a quote «...» that closes before the trigger, past its first
    word: a title or words quoted, not the one who acts («تحت عنوان: «يجب ألا نسمح للإرهاب بأن ينتصر»، دعا فيه»)."""
    if not ev.sentence.start <= start < ev.trigger.start:
        return False
    before = doc.text[ev.sentence.start : start]
    between = doc.text[start : ev.trigger.start]
    opened = before.rfind("«")
    if opened <= before.rfind("»") or "»" not in between:
        return False
    return bool(before[opened + 1 :].strip())  # «الكتلة الديمقراطية» أعربت: a name in quotes, its first words


def _past_adverb(doc: Doc, ev: Event, first: int) -> None:
    """Drop a target phrase that opens with an adverb of «بـ», or start it at the «بـ» phrase right after the adverb
    («التقوا بدورهم بممثلين عن»)."""
    span = ev.attrs.get("target_span")
    assert isinstance(span, list)
    end, nxt = int(span[1]), first + 1
    if nxt < len(doc.tokens) and doc.tokens[nxt].end <= end and doc.tokens[nxt].norm_key[:1] == "ب" \
            and doc.tokens[nxt].norm_key not in fw_keys("adverbial_ba_words"):
        set_phrase(ev, "target", doc.text, doc.tokens[nxt].start, end)
        return
    drop_phrase(ev, "target")


def _source_adjective(doc: Doc, ev: Event, first: int) -> bool:
    """The target phrase at token ``first`` opens with a definite word right after the source's own name: the
    name's adjective («حرق التنظيم المتطرف للطيار»), no party."""
    if ev.source is None or first < 1 or not doc.tokens[first].norm_key.startswith("ال"):
        return False
    ent = entity_within(doc, first - 1)
    return ent is not None and ent.id == ev.source and entity_within(doc, first) is None


def _past_adjective(doc: Doc, ev: Event, first: int) -> None:
    """Start the target phrase at its «لـ» word past the source's adjective (none: the phrase stays, an object
    named right after the doer: «دعا نتنياهو الجالية اليهودية»)."""
    span = ev.attrs.get("target_span")
    assert isinstance(span, list)
    end = int(span[1])
    t = first + 1
    while t < len(doc.tokens) and doc.tokens[t].end <= end:
        if doc.tokens[t].norm_key.startswith("لل"):
            set_phrase(ev, "target", doc.text, doc.tokens[t].start, end)
            return
        t += 1


def _topic_place(doc: Doc, ev: Event) -> bool:
    """The event's place is named in its sentence only in a topic phrase before it («وبشأن الوضع في اليمن، أكد»:
    a preposition of topic, function words ``topic_prepositions``, then a topic noun, ``topic_nouns``, and «في»)."""
    found = False
    for m in doc.mentions:
        if m.entity != ev.location or not ev.sentence.start <= m.start < ev.sentence.end:
            continue
        k = doc.token_at(m.start)
        if k is not None and m.start > ev.trigger.start:
            if doc.tokens[k - 1].norm_key.removeprefix("و") in ("في", "داخل"):
                return False  # «... في اليمن» after the act: a place of it
            continue  # «حرص المجلس على وحدة اليمن»: a genitive, no place
        if k is None or k < 3:
            return False
        words = [doc.tokens[t].norm_key for t in (k - 3, k - 2, k - 1)]
        if not (words[2] == "في" and words[1] in fw_keys("topic_nouns")
                and (words[0] in fw_keys("topic_prepositions")
                     or words[0].removeprefix("و") in fw_keys("topic_prepositions"))):
            return False
        found = True
    return found


def described_targets(doc: Doc, events: list[Event]) -> None:
    """Drop or give the arguments the module docstring tells of."""
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        if k is None:
            continue
        if ev.target is None:
            first = _phrase_start(doc, ev, "target")
            if first is not None and doc.tokens[first].norm_key in fw_keys("adverbial_ba_words"):
                _past_adverb(doc, ev, first)
            elif first is not None and (_described(doc, ev, k, first) or _resident(doc, first)):
                drop_phrase(ev, "target")
            elif first is not None and _source_adjective(doc, ev, first):
                _past_adjective(doc, ev, first)
        span = ev.attrs.get("source_span")
        if ev.source is None and isinstance(span, list) and len(span) == 2 and _quoted_before(doc, ev, int(span[0])):
            drop_phrase(ev, "source")
        if ev.location is not None and ev.code[:2] in STATEMENTS and _topic_place(doc, ev):
            ev.location = None
        if ev.code == "057" and _mediator(doc, ev):
            name_party(ev, "source", None)
        if ev.source is not None and ev.attrs.get("source_carried") and \
                doc.tokens[k].text[:1] in ("ي", "ت") and _own_subject(doc, ev, k):
            ev.source = None
            ev.attrs.pop("source_carried", None)
        last = doc.token_at(max(ev.trigger.start, ev.trigger.end - 1))
        glued = doc.tokens[last].norm_key if last is not None else ""
        if ev.code[:2] in ("17", "18", "19") and glued.endswith(("ه", "ها")) and ev.source is None:
            who = _bracketed_person(doc, ev, k)
            if who is not None and who != ev.target:
                name_party(ev, "target", who)
