"""Places read by the words around them, after the tagger (called by :mod:`.stage`), round 51:

- a short listed town after «و» and a place («محافظتي أبين ولحج», «ولاية بلخ وهراة») is the list's next place (the
  rules read a town of four letters or fewer only without a clitic: «بابها» is not ب + «أبها»);
- a square named by «ميدان» / «ساحة» and a name, placed by what follows it («ميدان التحرير في قلب العاصمة», «ساحة
  التحرير وسط بغداد»), is a place, with its other mentions in the article; not a figurative one («ساحة المعركة»);
- a bridge named after a place («كوبري قصر النيل») is the place, not the river it is named after;
- a clan's name after a place noun («مناطق البو ذياب»: the areas of the Al Bu Dhiyab) is a place, not a person;
- a common noun the tagger read as a place alone is none: the dual of a noun in «ي» («جنديان»: two soldiers) or a
  definite plural in «ات» of a frequent noun in «ة» («الولايات» in «ولاة الولايات»; not a listed place);
- a tagger's place that is a bare «أبو» / «أم» takes the name's next word («مطار أبو الظهور»), or is none;
- a name in quotation marks right after a place noun («منطقة «كوش بيهار»», ``place_kind_nouns``) that the tagger
  read as a person or a body is the place (round 59).

The word lists are ``square_heads``, ``square_place_cues``, ``square_not_names`` and ``bridge_heads`` in
``function_words.json``."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .crf import load_lexicon
from .dockeys import none_in
from .gazetteer import Entry, Gazetteer, clitic_head_offset
from .units import mentions_over, spaced

SHORT_TOWN = 4  # letters: the longest town the rules take only without a clitic (:mod:`.recognize`)
FREQUENT_ZIPF10 = 40  # «جندي» 46, «ولاية» 51: a common noun


def coordinated_towns(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«أبين ولحج», «نحو الضالع، ورادفان، وتعز»: «و» + a listed town of four letters or fewer, right after a place
    (or after a place and its comma: a list), is the next place."""
    toks = doc.tokens
    ends = {m.end: m for m in mentions if m.type == "LOCATION"}
    for i in range(1, len(toks)):
        t = toks[i]
        p = i - 1
        if p >= 1 and toks[p].text in ("،", ",") and toks[p - 1].end == toks[p].start:
            p -= 1  # «ورادفان، وتعز»: the comma of a list right after the place
        if not t.text.startswith("و") or not t.text.isalpha() or len(t.text) - 1 > SHORT_TOWN \
                or toks[p].end not in ends or not spaced(doc, toks[i - 1], t) or mentions_over(mentions, t.start, t.end):
            continue
        e = gaz.phrases.get((norm_key(t.text[1:]),))
        if not isinstance(e, Entry) or e.type != "LOCATION" or e.kind not in ("city", "region", "capital"):
            continue
        m = Mention(t.start + 1, t.end, t.text[1:], "LOCATION", "gazetteer", norm_key(t.text[1:]), None,
                    {"gid": e.id, "kind": e.kind})
        mentions.append(m)
        ends[m.end] = m


def _name_end(doc: Doc, gaz: Gazetteer, i: int, heads: frozenset[str]) -> int:
    """After a head at ``i``: the end (token index) of its name of one or two words, the last definite («ميدان
    التحرير», «ساحة باب الطواب»), no function word, adjective or figurative noun; 0 where there is none."""
    toks, skip = doc.tokens, fw_keys("square_not_names")
    for n in (1, 2):
        k = i + n
        if k >= len(toks) or not spaced(doc, toks[k - 1], toks[k]) or not toks[k].text.isalpha():
            return 0
        key = toks[k].norm_key
        if key in gaz.stop or key in gaz.nisba or key in skip or key in heads or (key,) in gaz.titles \
                or key.endswith("ي") and len(key) > 4:
            return 0
        if key.startswith("ال"):
            return k + 1
    return 0


def _placed(doc: Doc, mentions: list[Mention], j: int) -> bool:
    """What follows a square's name at ``j`` places it: «وسط», «في قلب», «في» / «ب» + a place."""
    toks, cues = doc.tokens, fw_keys("square_place_cues")
    if j >= len(toks):
        return False
    k = toks[j].norm_key
    if k in cues:
        return True
    if k == "في" and j + 1 < len(toks):
        nxt = toks[j + 1]
        return nxt.norm_key in cues or any(m.type == "LOCATION" and m.start == nxt.start for m in mentions)
    return k[:1] == "ب" and any(m.type == "LOCATION" and m.start == toks[j].start + 1 for m in mentions)


def squares(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«ميدان التحرير في قلب العاصمة»: a square its context places, and its other mentions in the article."""
    toks, heads = doc.tokens, fw_keys("square_heads")
    if none_in(doc, heads):
        return  # (no square's head in the document)
    named: set[str] = set()
    for i, t in enumerate(toks):
        off = clitic_head_offset(t.text, heads)
        if off is None:
            continue
        j = _name_end(doc, gaz, i, heads)
        if j and _placed(doc, mentions, j) and not mentions_over(mentions, t.start, toks[j - 1].end):
            named.add(norm_key(doc.text[toks[i].start + off : toks[j - 1].end]))
    if not named:
        return
    for i, t in enumerate(toks):
        off = clitic_head_offset(t.text, heads)
        j = _name_end(doc, gaz, i, heads) if off is not None else 0
        if off is None or not j:
            continue
        start, end = t.start + off, toks[j - 1].end
        key = norm_key(doc.text[start:end])
        if key in named and not mentions_over(mentions, start, end):
            mentions.append(Mention(start, end, doc.text[start:end], "LOCATION", "pattern", key, None, {}))


def bridges(doc: Doc, mentions: list[Mention]) -> None:
    """«كوبري قصر النيل»: a bridge and the name that holds a place are one place (the bridge), not the river."""
    toks, heads = doc.tokens, fw_keys("bridge_heads")
    if none_in(doc, heads):
        return
    for i, t in enumerate(toks):
        off = clitic_head_offset(t.text, heads)
        if off is None or i + 1 >= len(toks) or not spaced(doc, t, toks[i + 1]):
            continue
        for n in (1, 2):
            if i + n >= len(toks) or not spaced(doc, toks[i + n - 1], toks[i + n]):
                break
            place = [m for m in mentions if m.type == "LOCATION" and m.end == toks[i + n].end
                     and m.start >= toks[i + 1].start]
            if place:
                start, end = t.start + off, toks[i + n].end
                over = mentions_over(mentions, start, end)
                if all(start <= m.start and m.end <= end for m in over) \
                        and all(w.text.isalpha() for w in toks[i : i + n + 1]):
                    for m in over:
                        mentions.remove(m)
                    text = doc.text[start:end]
                    mentions.append(Mention(start, end, text, "LOCATION", "pattern", norm_key(text), None, {}))
                break


def clan_places(doc: Doc, mentions: list[Mention]) -> None:
    """«مناطق البو ذياب»: a clan's name («البو» + a name) after a place noun is a place."""
    toks, nouns = doc.tokens, fw_keys("place_kind_nouns") | fw_keys("place_plural_nouns")
    starts = {t.start: i for i, t in enumerate(toks)}
    for m in mentions:
        i = starts.get(m.start)
        if m.type == "PERSON" and i and m.text.startswith("البو ") and spaced(doc, toks[i - 1], toks[i]) \
                and toks[i - 1].norm_key in nouns:
            m.type = "LOCATION"


def common_noun_places(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«قتل جنديان», «ولاة الولايات»: a common noun the tagger alone read as a place is none."""
    freq = load_lexicon().freq
    drop = []
    for m in mentions:
        if m.type != "LOCATION" or m.source != "model" or "gid" in m.attrs or " " in m.text:
            continue
        k = norm_key(m.text)
        dual = k.endswith("يان") and len(k) > 5 and freq.get(k[:-2], 0) >= FREQUENT_ZIPF10
        plural = k.startswith("ال") and k.endswith("ات") and len(k) > 6 \
            and freq.get(k[2:-2] + "ه", 0) >= FREQUENT_ZIPF10
        if dual or plural:
            drop.append(m)
    for m in drop:
        mentions.remove(m)
    kunya_places(doc, mentions, gaz)


def kunya_places(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«مطار أبو الظهور», «بلدة أم قصر»: a tagger's place that is a bare name link («أبو», «أم»: ``name_links``,
    ``kunya_place_heads``) is the start of a name of two words; it takes the word after it (not a function word),
    and with no word after it is no place: a town is never «أبو» alone."""
    heads = fw_keys("name_links") | fw_keys("kunya_place_heads")
    toks = doc.tokens
    at = {t.start: n for n, t in enumerate(toks)}
    drop = []
    for m in mentions:
        if m.type != "LOCATION" or m.source != "model" or "gid" in m.attrs or norm_key(m.text) not in heads:
            continue
        i = at.get(m.start, len(toks))
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or not spaced(doc, toks[i], nxt) or not nxt.text.isalpha() or nxt.norm_key in gaz.stop \
                or mentions_over(mentions, nxt.start, nxt.end):
            drop.append(m)
            continue
        m.end = nxt.end
        m.text = doc.text[m.start : m.end]
        m.key = norm_key(m.text)
    for m in drop:
        mentions.remove(m)


def quoted_places(doc: Doc, mentions: list[Mention]) -> None:
    """«في منطقة «كوش بيهار» في الهند»: a tagger's person or body, whole between quotation marks right after a place
    noun, is the place that noun names (see the module's doc)."""
    heads = fw_keys("place_kind_nouns")
    for m in mentions:
        if m.type not in ("PERSON", "ORGANIZATION") or m.source != "model" or doc.text[m.end : m.end + 1] != "»":
            continue
        before = doc.text[max(0, m.start - 16) : m.start]
        words = before[:-1].split()
        if not before.endswith(" «") or not words or clitic_head_offset(words[-1], heads) is None:
            continue
        m.type = "LOCATION"
