"""Round ev808: an unnamed argument's phrase (``source_text`` / ``target_text``) ends where its noun phrase ends.

- Past its first word, the phrase ends before an adverb in the accusative («رفض المسؤول مجددًا»: ``lone_adverbs``,
  ``adverbs``), a word of cause, pretext, charge, time or lack («بحجة», «بسبب», «بتهمة», «دون», «بعد», «خلال»:
  ``phrase_end_words``, ``cause_words``, ``charge_links``, ``without_words``, ``time_before_words``), a purpose «لـ» +
  masdar («طائرات التحالف لدعم», «دول الجوار للتنسيق») or an imperfect verb in «يـ» after an indefinite noun
  («22 عنصرا يشتبه»): «المسؤول مجددًا بحجة» → «المسؤول».
- A phrase of one word is dropped when it is no party at all: a verb of a relative clause («الاعتداء الذي وقع»,
  «ما تطرحه»), a masdar in «التـ» right after a verb of refusing or deciding, the act refused («رفض التخلي عن»).
  Good phrases are left whole («المنازل», «شيوخ قبائل مأرب», «70 طفلا», «الطائفة العلوية»).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .arg_edges import phrase_span
from .chunks import is_function_word
from .forms import fw, nkey
from .source_set import drop_phrase
from .trigger_table import lexicon, verb_forms

ROLES = ("source", "target")
END_LISTS = ("lone_adverbs", "adverbs", "phrase_end_words", "cause_words", "charge_links", "without_words",
             "time_before_words")
RELATIVE_LISTS = ("relatives",)
RELATIVE_WORDS = frozenset(("ما", "لا"))
REFUSING_LISTS = ("refusing_verbs", "masdar_object_verbs")
MASDAR_OPENINGS = ("الت",)
NISBA_ENDS = ("يه", "ي")  # (norm keys: «ية» folds to «يه»)
PLURAL_NISBA_ENDS = ("يين", "يون", "يات")  # «عسكريين يمنيين»: an adjective in «يـ», no verb
RESUMPTIVE_ENDS = ("ها", "هم", "هما", "هن")  # «مناطق يسكنها مدنيون» (not «ـه»: «يشتبه»)
PARTITIVE = "من"  # «مجموعات صغيرة أيضا من المتظاهرين»: the phrase goes on past the adverb
VERB_MIN = 5  # letters of an imperfect in «يـ» read as a verb («يشتبه»; not «يهود»)


def _purpose_masdar(text: str) -> bool:
    """«لدعم», «للتنسيق», «لإعمار», «لاستعادة»: «لـ» + a masdar (a trigger noun, a form II «تفعيل», IV, X)."""
    if not text.startswith("ل") or len(text) < 4:
        return False
    if nkey(text) in fw("purpose_masdars"):
        return True
    stem = text[2:] if text.startswith("لل") else text[1:]
    k = nkey(stem)
    if k in fw("actor_heads"):
        return False  # «مواقع للتنظيم», «طائرات للتحالف»: a body, no purpose
    return any(pos == "N" for _, pos in lexicon().get(k, ())) or (
        len(stem) == 5 and stem[0] == "ت" and stem[3] == "ي") or (
        len(stem) == 5 and stem[0] == "إ" and stem[3] == "ا" and not text.startswith("لل")) or (
        len(stem) == 7 and stem.startswith("است") and stem[5] == "ا")


def _clause_verb(doc: Doc, t: int, start: int) -> bool:
    """«عنصرا يشتبه», «آخرين يوالون»: a bare imperfect in «يـ» after an indefinite word (no «ال»), no nisba, out
    of a quoted name («شرطة «سكوتلاند يارد»»)."""
    k = doc.tokens[t].norm_key
    prev = doc.tokens[t - 1].norm_key
    before = doc.text[start : doc.tokens[t].start]
    if k.endswith(RESUMPTIVE_ENDS) or any(w.kind == "enclitic" for w in doc.tokens[t].words):
        return False  # «مناطق يسكنها مدنيون»: a pronoun back to the noun, the clause describes it
    return len(doc.tokens[t].words) <= 2 and k.startswith("ي") and len(k) >= VERB_MIN and not k.endswith(
        NISBA_ENDS + PLURAL_NISBA_ENDS) and not prev.startswith("ال") and prev.isalpha() and len(prev) > 2 \
        and not is_function_word(prev) and before.count("«") == before.count("»")


def _end_before(doc: Doc, t: int, start: int) -> bool:
    tok = doc.tokens[t]
    if any(tok.norm_key in fw(n) for n in END_LISTS):
        return t + 1 >= len(doc.tokens) or doc.tokens[t + 1].norm_key != PARTITIVE
    return _purpose_masdar(tok.text) or _clause_verb(doc, t, start)


def _no_party(doc: Doc, ev: Event, t: int) -> bool:
    """Whether the one-word phrase at token ``t`` is no party (see the module's docstring)."""
    tok = doc.tokens[t]
    prev = doc.tokens[t - 1] if t > 0 else None
    if prev is None or prev.end < tok.start - 1:
        return False
    k = tok.norm_key
    if prev.norm_key in RELATIVE_WORDS or any(prev.norm_key in fw(n) for n in RELATIVE_LISTS):
        return not k.startswith("ال")  # «الذي وقع», «ما تطرحه», «التي لا تخضع»
    if prev.start == ev.trigger.start and any(prev.norm_key in fw(n) for n in REFUSING_LISTS):
        return k.startswith(MASDAR_OPENINGS) and not k.endswith(NISBA_ENDS[0])  # «رفض التخلي»
    return False


def phrase_ends(doc: Doc, events: list[Event]) -> None:
    """Cut or drop each unnamed argument phrase as the module's docstring says."""
    for ev in events:
        for role in ROLES:
            if (ev.source if role == "source" else ev.target) is not None:
                continue
            span = phrase_span(ev, role)
            first = doc.token_at(span[0]) if span is not None else None
            if span is None or first is None:
                continue
            n = first + 1
            while n < len(doc.tokens) and doc.tokens[n].start < span[1] and not _end_before(doc, n, span[0]):
                n += 1
            if n < len(doc.tokens) and doc.tokens[n].start < span[1]:
                if is_function_word(doc.tokens[first].norm_key) or doc.text[span[0] : doc.tokens[first].end] in ("من", "ما"):
                    continue  # «بمن يحاولون»: no phrase is left
                end = doc.tokens[n - 1].end
                ev.attrs[f"{role}_span"] = [span[0], end]
                ev.attrs[f"{role}_text"] = doc.text[span[0] : end]
            elif n == first + 1 and _no_party(doc, ev, first):
                drop_phrase(ev, role)
