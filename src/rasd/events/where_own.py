"""Round 149: a place must come from the event's own clause, and three ways a place is said that the nearest «في»
misses (see ``location.event_location``); each narrow: a null is better than a wrong place.

- «... الوضع في قطر، ولذا لا نتعجل في التفاوض مع مدرب», «اقتحام الشرطة لمكاتب الشركة في مدينة X، وإلى الاحتجاجات
  التي ...», «في بلدة X، وما أقدمت عليه القوات من اقتحام», «لبحث التطورات في اليمن، وقالت مصادر مقربة من تلك
  اللقاءات»: a place before the trigger past a comma and what opens a new clause or conjunct is of the one before
  (``conjunct_before``): a connective (function words ``clause_connectives``: «ولذا», «لكنه», «وما», «ولا»), «و» +
  a preposition (a conjunct of its own: «وإلى», «وبعد»), or «و» + a finite verb with its own subject right after
  it (a name or a definite phrase; any phrase after a verb of saying, ``events.saying``).
  Round 158: also «و» + a word and a demonstrative of its own («، وحدث ذلك», ``subject_demonstratives``). Not when that word is the trigger itself («بقتل X، واعتقال آخرين»: acts listed in one scene), nor
  a verb that goes on with the same subject («في مدينة المكلا، وقللت من انتشارهم ... بعد استهدافها»).
- «غارات على مواقع الجيش داخل العراق»: for an attack, a place after «داخل» is where it was (``inside_place``).
- «أعلنت الهيئة خلال مؤتمر صحافي أمس بتونس»: a «بـ» place right after a time word that follows an occasion said
  with «خلال/أثناء/في» (function words ``occasion_prepositions``) is where the occasion was (``occasion_clitic``).
- «في المناطق الحدودية لإقليم كردستان», «في أنحاء الولايات المتحدة»: a place (bare or in «لـ») right after a
  «في» phrase of areas (function words ``spread_nouns``, with one adjective at most) is the region those areas lie
  in (``region_genitive``); not after a place and its participle («في بلدة حضر المحاذية لهضبة الجولان»)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .saying import saying_keys
from .forms import fw, keys_of, nkey
from .lexicon import Hit
from .word_tests import breaks_between, finite_verb, starts_in_time, verb_like

ATTACKS = ("18", "19", "20")  # assault, fight, mass violence: a place «داخل» is where it happened
_NOT_CLAUSE = frozenset(nkey(w) for w in ("سيما", "سيّما"))  # «، ولا سيما في»: especially, no new clause


def conjunct_before(doc: Doc, chunks: list[Chunk], hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` before the trigger ``hit`` lies in another clause or conjunct: a comma followed by a
    word that opens one (see the module's doc) between them; not for a place in the «في» phrase that opens the
    sentence («وفي عدن، واصلت ...»)."""
    if c.j >= hit.i:
        return False
    toks = doc.tokens
    for t in range(c.j + 1, hit.i - 1):
        if toks[t].text not in ("،", ",") or not _opens_clause(doc, chunks, t + 1, hit):
            continue
        fronted = chunks[0].prep == "في" and chunks[0].i <= c.i and not any(
            toks[u].text in ("،", ",") for u in range(chunks[0].i, c.j + 1))
        return not fronted
    return False


def _opens_clause(doc: Doc, chunks: list[Chunk], t: int, hit: Hit) -> bool:
    """Whether the word ``t`` (after a comma, before the trigger) opens a clause or conjunct of its own."""
    tok = doc.tokens[t]
    key = tok.norm_key
    if key in fw("clause_connectives"):
        return not (t + 1 < len(doc.tokens) and doc.tokens[t + 1].norm_key in _NOT_CLAUSE)
    if key[:1] != "و":
        return False
    stem = key[1:]
    if stem in fw("prepositions"):
        return True  # «، وإلى الاحتجاجات التي ...», «، وبعد رفض دمشق»
    # «، وهاجمت الطائرات ...», «، وقالت مصادر ...»: a finite verb and its own subject right after it (a name, a
    # definite phrase, or any phrase after a verb of saying); not an object («، ووجهت إنذارين», «، وبذلت جهودا»)
    if t + 1 < hit.i and doc.tokens[t + 1].norm_key in fw("subject_demonstratives"):
        return True  # round 158: «، وحدث ذلك في الصالات», «، وجاء ذلك»: a word and a demonstrative of its own
    saying = key in saying_keys() or stem in saying_keys()
    if not (saying or finite_verb(tok)):
        return False
    return any(k.i == t + 1 and k.prep is None and k.i < hit.i and (
        saying or k.entity is not None or k.definite or k.title) for k in chunks)


def inside_place(hit: Hit, c: Chunk) -> bool:
    """«غارات على مواقع الجيش داخل العراق»: a place said with «داخل» is where an attack was (not where a thing
    said is: «تؤكد جهات استخدام المدنيين داخل الفلوجة»)."""
    return c.prep == "داخل" and hit.entry.code.startswith(ATTACKS)


def occasion_clitic(doc: Doc, chunks: list[Chunk], k: int) -> bool:
    """«خلال مؤتمر صحافي أمس بتونس»: the «بـ» place chunk ``k`` right after a time word (or words) that follows a
    chunk said with «خلال/أثناء/في» (``occasion_prepositions``), which names the occasion."""
    c = chunks[k]
    if c.prep != "ب" or k == 0:
        return False
    p = chunks[k - 1]
    if p.prep not in fw("occasion_prepositions") or p.entity is not None or p.j + 1 >= c.i:
        return False
    return all(starts_in_time(doc, doc.tokens[t]) for t in range(p.j + 1, c.i))


def region_genitive(doc: Doc, chunks: list[Chunk], k: int) -> bool:
    """«في المناطق الحدودية لإقليم كردستان», «في أنحاء الولايات المتحدة»: the place chunk ``k`` (bare or in «لـ»)
    right after a «في» phrase headed by a word of areas (``spread_nouns``) with one adjective at most. Round lo473:
    also such a phrase with no «في» that is the object of a masdar of clearing or storming (``advance_words``:
    «بمعارك تطهير القاطع الشرقي للرمادي ومقتل العشرات»): the fighting is in that area (not an object that is no
    area: «تحرير الرهائن في الرمادي» keeps its own «في»)."""
    c = chunks[k]
    if c.prep not in (None, "ل") or k == 0:
        return False
    p = chunks[k - 1]
    if p.entity is not None or p.j != c.i - 1:
        return False
    if p.prep == "في":
        return p.j - p.i <= 1 and doc.tokens[p.i].norm_key in fw("spread_nouns")
    # (the masdar may open the phrase, «بمعارك تطهير القاطع الشرقي», or stand right before it)
    return any(h >= max(p.i, 1) and doc.tokens[h].norm_key in fw("spread_nouns")
               and not keys_of(doc.tokens[h - 1]).isdisjoint(fw("advance_words")) for h in (c.i - 1, c.i - 2))


def hedge_aside(doc: Doc, lo: int, hi: int) -> bool:
    """Round 207: whether the only clause break in tokens lo..hi-1 is «أن/بأنهم» right after a verb that hedges who
    did it (function words ``suspicion_hedges``: «شنه من يشتبه بأنهم عناصر من الحزب في منطقة X»), with no verb
    after it: a verbless aside on the doers, no clause of its own (the place past it is still the act's)."""
    toks = doc.tokens
    comps = fw("complementizers")
    comp = next((t for t in range(lo, hi) if toks[t].norm_key in comps or toks[t].text in comps), None)
    if comp is None or comp == lo or toks[comp - 1].norm_key not in fw("suspicion_hedges"):
        return False
    if breaks_between(doc, lo, comp) or breaks_between(doc, comp + 1, hi):
        return False
    return not any(finite_verb(toks[t]) or verb_like(toks[t], 4, ("ه", "ة", "ات")) or toks[t].norm_key.endswith("وا")
                   or toks[t].text in ("،", ",") for t in range(comp + 1, hi))  # «أنهم هاجموا»: a clause
