"""Round 202: the edges of an unnamed argument's phrase (an event's ``source_text`` / ``target_text``).

A phrase found as a source or target where no entity names it starts where its first word starts; when the word
layer reads proclitics on that word, they are no part of the party:

- A clitic «و»/«ف» or a clitic preposition «لـ» is cut off the phrase: it starts where the word layer starts the
  stem («والمقاتلين» → «المقاتلين», «لمكاتب الشركة» → «مكاتب الشركة»); «للجيش», where «لـ» fuses with the article
  and no slice of the text is the bare word, is left whole; «فـ» only before the article («فالعند»; in «فكرتهم» it is
  a root letter); «كـ» is left («كذلك»). A preposition with only a pronoun on it («لك») is no phrase: dropped.
- A source governed by a clitic «بـ» is no doer at all («قامت بشن هجمات»: «بشن» is what is done): dropped; so is
  any «بـ» phrase of a light verb's masdar (function words ``light_verbs``, ``force_light_verbs``).
- A target governed by a clitic «بـ» of a meeting (CAMEO 04), an accusation (112) or an act of force (18 to 20) is
  where, how or of what («اجتماع بالعاصمة», «انتهى الاجتماع باستقالة», «اتهم بعدم حماية», «قصف بشتى القذائف»): it is
  dropped unless it is a phrase of people or of a body («يلتقي بنظرائه», «التقوا بممثلين»), which is then cut past the
  «بـ». Praise, criticism and the like (05, 11) keep their «بـ» object, without the «بـ» («أشاد بالقرارات»).
- A phrase whose last word is a function word (a preposition, a relative, a cause preposition: «أطرافا بسبب») ends
  before it; a target that runs into «بما/مما» or a word of cause (``cause_words``: «بسبب») ends before that word;
  a source that runs into «بما» is dropped («يقصف مواقعه بما يظهره»: a misread object).
- Round 262: a source phrase whose first word is a bare imperfect in «يـ/تـ» right after a particle of the subjunctive
  or jussive («أن يقف», «قبل أن يتلثم بخرقة», «لم يسهم»: ``SUBJUNCTIVES``) is a verb, no doer: dropped.
"""

from __future__ import annotations

from ..doc import Doc, Event, Token
from .acting import actor_phrase
from .chunks import Chunk, is_function_word, plain_chunk
from .forms import bare, fw, nkey
from .source_set import drop_phrase

ROLES = ("source", "target")
CONJUNCTIONS = ("و", "ف")
CUT_PREPOSITIONS = ("ل",)
BI = "ب"
PRONOUN_ONLY = "+"
BI_DROPPED_CODES = ("04", "112", "18", "19", "20")
ARTICLE_CLITICS = ("بال",)
BI_PARTY_LISTS = ("titles", "group_heads", "visitors", "actor_heads", "source_heads", "counterpart_words",
                  "envoy_target_nouns")
PRONOUN_ENDS = ("هما", "هم", "ها", "ه")
# (written with its hamza: «إن تعاون الطرفين» is «إنّ» + a masdar; the folded key would not tell them apart)
SUBJUNCTIVES = frozenset(("أن", "وأن", "لن", "ولن", "لم", "ولم", "كي", "لكي"))
IMPERFECT_MIN = 3  # letters of a bare imperfect read as a verb after a subjunctive particle («يقف»)


def _verb_after_particle(doc: Doc, t: int) -> bool:
    """Round 262: token ``t`` is a bare word in «يـ/تـ» right after «أن/لن/لم/كي» («أن يقف»): a verb, no phrase."""
    key = doc.tokens[t].norm_key
    return t > 0 and len(doc.tokens[t].words) == 1 and key[:1] in ("ي", "ت") and len(key) >= IMPERFECT_MIN \
        and doc.tokens[t - 1].text in SUBJUNCTIVES


def phrase_span(ev: Event, role: str) -> tuple[int, int] | None:
    """The (start, end) of the event's unnamed ``role`` phrase (``source``/``target``): its ``{role}_span`` where it
    also has a ``{role}_text``, else None."""
    span = ev.attrs.get(f"{role}_span")
    if ev.attrs.get(f"{role}_text") and isinstance(span, list) and len(span) == 2 and all(
            isinstance(x, int) for x in span):
        return int(span[0]), int(span[1])
    return None


def _clitics(tok: Token, start: int) -> tuple[list[str], int]:
    """The proclitics of ``tok`` at or after ``start`` before its stem, and where the stem starts."""
    found: list[str] = []
    stem = start
    for w in tok.words:
        if w.end <= start:
            continue
        if w.kind != "proclitic":
            stem = max(w.start, start)  # (a phrase may start inside a word the word layer left whole)
            if w.kind == "enclitic":
                found.append(PRONOUN_ONLY)  # «لك»: a preposition and its pronoun, no word
            break
        found.append(nkey(w.norm) or w.norm)
    if found and found[-1] == "ل" and tok.text[start - tok.start :].startswith("لل"):
        return [], start  # «للجيش»: «لـ» fused with the article; no slice of the text is the bare word: kept whole
    if found and found[-1] == "ف" and not nkey(tok.text[stem - tok.start :]).startswith("ال"):
        return [], start  # («فكرتهم»: the word layer's «فـ» is a root letter; «فالعند» keeps it a clitic)
    if found or start != tok.start or len(tok.words) > 1:
        return found, stem
    k = tok.norm_key
    for prefix in ARTICLE_CLITICS:  # a word the word layer left whole: only the article tells the clitic
        if k.startswith(prefix) and len(k) > len(prefix) + 2 and tok.text.startswith(prefix[0]):
            return [prefix[0]], start + 1
    if k[:1] in (BI, "ل") and tok.text[:1] == k[:1] and any(k[1:] in fw(n) for n in BI_PARTY_LISTS):
        return [k[:1]], start + 1  # «بنظرائه», «لممثلي»: a noun of people past a one-letter preposition
    if k[:1] == BI and tok.text[:1] == BI and (_light(k[1:]) or (k[1:2] == BI and len(k) >= 4)):
        return [BI], start + 1  # «بشن»: a light verb's masdar; «ببذل»: a doubled «ب» opens with the clitic
    return found, stem


def _light(word: str) -> bool:
    """A light verb or its masdar («شن», «بذل»: function words ``light_verbs``, ``force_light_verbs``): an act."""
    k = nkey(word)
    return k in fw("light_verbs") or k in fw("force_light_verbs")


def _bi_dropped(code: str) -> bool:
    return any(code.startswith(p) for p in BI_DROPPED_CODES)


def _bi_party(doc: Doc, c: Chunk, stem: int) -> bool:
    """Whether the «بـ» phrase ``c`` names people or a body: an actor phrase, or its first word past the «بـ» a
    title, a noun of people or of a group (``titles``, ``group_heads``, ``visitors``, ``actor_heads``,
    ``source_heads``) or of counterparts (``counterpart_words``: «بنظرائه»)."""
    if actor_phrase(doc, c):
        return True
    tok = doc.tokens[c.i]
    k = nkey(doc.text[stem : tok.end]) if stem > tok.start else bare(tok.norm_key, "prepositions")
    keys = [k, k.removeprefix("ال")] + [k[: -len(p)] for p in PRONOUN_ENDS if k.endswith(p) and len(k) > len(p) + 2]
    return any(x in fw(n) for x in keys for n in BI_PARTY_LISTS)  # («بقواته»: «قوات»)


def _ran_into_ma(doc: Doc, cut: int, end: int) -> bool:
    k = doc.token_from(cut)
    return k is not None and doc.tokens[k].start < end and doc.tokens[k].text in fw("relative_ma_forms")  # (not «بسبب»)


def _last_kept(doc: Doc, first: int, start: int, end: int) -> int:
    """Where the phrase [start, end) ends once a trailing function word, or a «بما/مما» and what follows, is off."""
    toks = doc.tokens
    n = first
    cut = end
    ma = fw("relative_ma_forms")
    while n < len(toks) and toks[n].start < end:
        if n > first and ((toks[n].text in ma and toks[n].norm_key != "ما") or toks[n].norm_key in fw(
                "cause_words")):
            return toks[n - 1].end  # «مواقعه | بما يظهره», «أطرافا سياسية | بسبب محاولة»
        n += 1
    last = n - 1
    while last > first and toks[last].end <= end and (is_function_word(toks[last].norm_key) or nkey(
            toks[last].text) in fw("cause_prepositions")):
        cut = toks[last - 1].end  # «أطرافا سياسية | بسبب»
        last -= 1
    return cut


def argument_edges(doc: Doc, events: list[Event]) -> None:
    for ev in events:
        for role in ROLES:
            if (ev.source if role == "source" else ev.target) is not None:
                continue
            span = phrase_span(ev, role)
            if span is None:
                continue
            start, end = span
            t = doc.token_at(start)
            if t is None:
                continue
            if role == "source" and _verb_after_particle(doc, t):
                drop_phrase(ev, role)  # round 262: «أن يقف في قصر الشعب ليعلن»: a verb is no doer
                continue
            tok = doc.tokens[t]
            clitics, stem = _clitics(tok, start)
            preps = [c for c in clitics if c not in CONJUNCTIONS]
            if PRONOUN_ONLY in clitics:
                drop_phrase(ev, role)  # «رفض الآخرين لك»
                continue
            if BI in preps:
                if role == "source" or _light(doc.text[stem : tok.end]):
                    drop_phrase(ev, role)  # «قامت بشن هجمات»
                    continue
                if _bi_dropped(ev.code):
                    last = t
                    while last + 1 < len(doc.tokens) and doc.tokens[last + 1].end <= end:
                        last += 1
                    if not _bi_party(doc, plain_chunk(doc.tokens, t, last, end), stem):
                        drop_phrase(ev, role)  # «اجتماع بالعاصمة الماليزية», «اتهم بعدم حماية السكان»
                        continue
            elif any(p not in CUT_PREPOSITIONS for p in preps):
                continue
            new_end = _last_kept(doc, t, start, end)
            if role == "source" and new_end < end and _ran_into_ma(doc, new_end, end):
                drop_phrase(ev, role)  # «يقصف مواقعه بما يظهره»: a doer's phrase running into «بما» is no doer
                continue
            if stem >= new_end:
                drop_phrase(ev, role)
                continue
            if stem != start or new_end != end:
                ev.attrs[f"{role}_span"] = [stem, new_end]
                ev.attrs[f"{role}_text"] = doc.text[stem:new_end]
