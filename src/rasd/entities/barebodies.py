"""A named body's bare definite head noun standing for it: «المقاومة» after «المقاومة الشعبية الجنوبية», «الجبهة»
after «جبهة النصرة», «الحكومة» after «الحكومة اليمنية», «المحكمة» after «محكمة جنايات القاهرة», where that body is
the only one the article names with that head noun, and is named before the word (two resistances or two
governments named, or none: the word is left alone). Unlike the rows of ``anaphors.tsv`` («الحركة», «التنظيم»),
which take the nearest body of a kind, these heads are also common nouns (resistance, a battle front), so only a
sole candidate is taken; nor where another body of the head is named by the indefinite noun and a name no rule
read («مقاومة آزال»).

The heads are ``bare_body_heads`` in ``function_words.json``. A definite adjective after the noun that no name of
the candidate goes on with is another thing («الجبهة الشمالية», the northern front; «الحكومة المؤقتة»); a
demonstrative before it («تلك الجبهة») points at a front just told of, not at the body."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ..doc import Doc, Mention
from ..events.forms import fw
from ..text.normalize import norm_key
from .coref import Cluster
from .dockeys import none_in
from .gazetteer import clitic_variants

def _head_names(c: Cluster, head: str, before: int) -> list[list[str]]:
    """The keys (as word lists) of the cluster's own mentions before ``before`` that begin with ``head`` (with or
    without the article) and go on with a name."""  # (the bare heads this module adds are no names of it)
    out = []
    for m in c.mentions:
        words = (m.key or "").split()
        if m.start < before and m.source != "anaphor" and len(words) > 1 and words[0].removeprefix("ال") == head:
            out.append(words)
    return out


def _kind_only(words: list[str]) -> bool:
    """Round mn979: whether a name's keys are an indefinite head and its country adjective alone («محكمة مصرية»: a
    court of a country, no name of its own): a body told where it is named, no rival of one named before."""
    return len(words) == 2 and not words[0].startswith("ال") and words[1].endswith(("يه", "ية"))


def _other_named(doc: Doc, i: int, head: str, body: Cluster, stop: frozenset[str] | set[str]) -> bool:
    """Is another body of the head noun named before token ``i`` by the indefinite noun and a name that no rule
    read («مقاومة آزال»: the resistance of a region), outside the candidate's own mentions? Or is the indefinite
    noun, after «هي/وهو», describing a body between the candidate's last mention and the word («منظمة العفو
    الدولية ... وتقول مجموعة ICG، وهي منظمة مهتمة ... وتضيف المنظمة»): a new referent the bare head may take up?"""
    toks = doc.tokens
    last = max((m.start for m in body.mentions if m.start < toks[i].start), default=-1)
    for j in range(i - 1):
        t, nxt = toks[j], toks[j + 1]
        if not any(k == head for k, _, _ in clitic_variants(t.text)) or any(
                m.start <= t.start < m.end for m in body.mentions):
            continue
        if t.start > last and j and toks[j - 1].norm_key in fw("description_pronouns"):
            return True
        k = nxt.norm_key
        # (not an adjective or adverb: «مقاومة صاعدة», «مقاومة واستبسالا»; but a noun in «ة» in construct with a
        # definite one is a name: «لجنة مراقبة الصحافة»)
        if nxt.text.isalpha() and len(k) >= 3 and not k.startswith(("ال", "و")) and k not in stop \
                and (not nxt.text.endswith(("ة", "ا")) or _construct(doc, j + 1, stop)) \
                and not doc.text[t.end : nxt.start].strip():
            return True
    return False


def _construct(doc: Doc, j: int, stop: frozenset[str] | set[str]) -> bool:
    """Does the noun in «ة» at token ``j`` go on in construct with a definite noun, the rest of a name («مراقبة
    الصحافة» in «لجنة مراقبة الصحافة»), not an adjective («مقاومة شرسة»)?"""
    toks = doc.tokens
    if not toks[j].text.endswith("ة") or j + 1 >= len(toks) or doc.text[toks[j].end : toks[j + 1].start].strip():
        return False
    k = toks[j + 1].norm_key
    return toks[j + 1].text.isalpha() and k.startswith("ال") and len(k) >= 4 and k not in stop


@lru_cache(maxsize=1 << 16)  # (per token of every article: a word's answer is the same each time)
def _head_hit(surface: str, heads: frozenset[str]) -> tuple[str, int] | None:
    """The first reading of ``surface`` (proclitics off) that is one of ``heads``: its key and offset."""
    return next(((k, off) for k, off, _ in clitic_variants(surface) if k in heads), None)


def bare_bodies(doc: Doc, clusters: list[Cluster], covered: bytearray, stop: frozenset[str] | set[str]) \
        -> list[Mention]:
    """Mentions of the bare heads (see the module's doc), each added to its body's cluster; ``stop``: the
    gazetteer's function words."""
    heads = fw("bare_body_heads")
    if none_in(doc, heads):
        return []  # (no token reads as a bare head: see .dockeys)
    toks = doc.tokens
    sent_ends = [s.end for s in doc.sentences]
    orgs = [c for c in clusters if c.mentions and c.mentions[0].type == "ORGANIZATION" and c.kind != "media"]
    out: list[Mention] = []
    for i, t in enumerate(toks):
        if covered.find(1, t.start, t.end) >= 0:
            continue
        hit = _head_hit(t.text, heads)
        if hit is None:
            continue
        key, off = hit
        if i and toks[i - 1].norm_key in fw("attack_demonstratives"):
            continue
        nxt = _next_key(doc, sent_ends, i)
        head = key.removeprefix("ال")
        cands = []
        for c in orgs:
            names = _head_names(c, head, len(doc.text))  # (named anywhere in the article: the only such body)
            if names and all(_kind_only(w) for w in names):
                names = _head_names(c, head, t.start)  # round mn979: «محكمة بلجيكية» told later is another court
            if nxt.startswith("ال") and nxt.endswith(("ي", "ه")) and nxt not in fw("bare_head_not_adjectives"):
                names = [w for w in names if w[1:2] == [nxt]]  # «الجبهة الشمالية», «الحكومة المؤقتة»: another
                # thing, unless the name goes on so
            if names:
                cands.append(c)
        if len(cands) != 1 or not _head_names(cands[0], head, t.start) or _other_named(doc, i, head, cands[0], stop):
            continue
        start = t.start + off
        m = Mention(start, t.end, doc.text[start : t.end], "ORGANIZATION", "anaphor", key, None,
                    {"via": "bare-head"})
        cands[0].mentions.append(m)
        out.append(m)
    return out


def _next_key(doc: Doc, sent_ends: list[int], i: int) -> str:
    """The key of the token after token ``i`` in its sentence (``sent_ends``: the sentences' ends), else ""."""
    toks = doc.tokens
    si = bisect_right(sent_ends, toks[i].start)
    end = sent_ends[si] if si < len(sent_ends) else len(doc.text)
    return toks[i + 1].norm_key if i + 1 < len(toks) and toks[i + 1].start < end else ""


def _clashes(clusters: list[Cluster], places: list[Cluster], key: str) -> bool:
    """Is a body (no place) named with the head word, so that the bare word may be it («تنظيم القاعدة», «القاعدة»:
    al-Qaeda, not the base)?"""
    return any(any(w == key or (w.endswith(key) and len(w) - len(key) <= 2) for m in c.mentions
                   for w in (m.key or "").split())
               for c in clusters if c not in places)


def bare_places(doc: Doc, clusters: list[Cluster], covered: bytearray, stop: frozenset[str] | set[str]) \
        -> list[Mention]:
    """Round en812: a named place's bare definite head noun standing for it, as :func:`bare_bodies` does for
    bodies: «استقبلت القاعدة العسكرية» and «القريبة من القاعدة» after «قاعدة العند», where that base is the only
    place the article names before it with «قاعدة» and no body is named with the word (al-Qaeda). A generic
    adjective after it (``bare_place_adjectives``: «العسكرية», «الجوية») keeps it the place; another one («القاعدة
    الشعبية»: the popular base) does not. A head that is also a body's name (``bare_place_cued_heads``: «القاعدة»)
    needs a proclitic, a word of ``bare_place_cues`` before it («في القاعدة», «محيط القاعدة») or such an adjective
    («لن يقبل بوصول القاعدة»: al-Qaeda, left alone)."""
    heads = fw("bare_place_heads")
    if none_in(doc, heads):
        return []
    toks = doc.tokens
    sent_ends = [s.end for s in doc.sentences]
    places = [c for c in clusters if c.mentions and c.mentions[0].type == "LOCATION"]
    generic = fw("bare_place_adjectives") | fw("bare_head_not_adjectives")
    out: list[Mention] = []
    for i, t in enumerate(toks):
        if covered.find(1, t.start, t.end) >= 0 or (hit := _head_hit(t.text, heads)) is None:
            continue
        key, off = hit
        if i and toks[i - 1].norm_key in fw("attack_demonstratives"):
            continue
        nxt = _next_key(doc, sent_ends, i)
        if nxt.startswith("ال") and nxt.endswith(("ي", "ه")) and nxt not in generic:
            continue  # «القاعدة الشعبية»: another base
        if key in fw("bare_place_cued_heads") and not t.text[:off].lstrip("وف") and nxt not in fw("bare_place_adjectives") \
                and not (i and toks[i - 1].norm_key in fw("bare_place_cues")):
            continue  # «لن يقبل بوصول القاعدة»: al-Qaeda
        head = key.removeprefix("ال")
        cands = [c for c in places if _head_names(c, head, t.start)]
        if len(cands) != 1 or any(_head_names(c, head, len(doc.text)) for c in places if c is not cands[0]) \
                or _clashes(clusters, places, key) or _other_named(doc, i, head, cands[0], stop):
            continue
        start = t.start + off
        m = Mention(start, t.end, doc.text[start : t.end], "LOCATION", "anaphor", key, None, {"via": "bare-head"})
        cands[0].mentions.append(m)
        out.append(m)
    return out
