"""Latin letters spelled in Arabic in the entity mentions: initials before a name word make a person («جي إم
بيرغر»), a run of letters one body, an acronym over all its letters («إن دي تي في», «آي سي إس آر»; not a code with
its number, «إم إتش 370»), and a person's name that ends on an initial and its period goes on over the name after it
(«أورين جي. هاتش»).

:func:`join_initials` (which runs the other two first) is called by :func:`.stage.analyze_entities` once the rules'
and the tagger's mentions are together.
"""

from __future__ import annotations

from ..doc import Doc, Mention, Token
from ..text.normalize import norm_key
from .gazetteer import INITIALS, Gazetteer
from .mentionedits import reend


def letter_runs(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Latin letters spelled in Arabic: initials before a name word are a person («جي إم بيرغر», which the tagger
    may take for a body); a run of letters alone is one body, an acronym, over all its letters («آي سي إس آر», of
    which the tagger may leave out the first)."""
    for m in mentions:
        keys = [norm_key(w.rstrip(".")) for w in m.text.split()]
        lead = next((n for n, k in enumerate(keys) if k not in INITIALS), len(keys))
        if m.type in ("ORGANIZATION", "MISC") and lead and lead == len(keys) - 1 and not m.attrs.get("gid") \
                and len(keys[-1]) >= 4 and gaz.is_name_word(keys[-1]) and not keys[-1].startswith("ال"):
            # (not «إس بي يو», «اي فاي»: a short last word is one more letter or syllable; nor «بي أوغلو», a place)
            m.type = "PERSON"
        if lead != len(keys) or len(keys) < 2 or m.type not in ("ORGANIZATION", "PERSON", "MISC"):
            continue
        start = m.start
        while start >= 2 and doc.text[start - 1] == " ":
            word = doc.text[:start - 1].rsplit(maxsplit=1)[-1:]
            w = word[0].lstrip("(«\"") if word else ""
            if norm_key(w) not in INITIALS or any(o is not m and o.end > start - 1 - len(w) and o.start < start
                                                  for o in mentions):
                break
            start -= 1 + len(w)
        if start != m.start or m.type == "PERSON" and m.source == "model":
            m.type = "ORGANIZATION"
            m.start = start
            m.text = doc.text[start : m.end]
            m.key = norm_key(m.text)


# Letters that are also function words («إن» that, «في» in, «أو» or): letters only between two others or next to the
# quotation mark or bracket that opens or closes the acronym («إن دي تي في», «بي إن بي»)
_WEAK_LETTERS = frozenset(norm_key(w) for w in ("إن", "في", "أو", "يو", "واي", "إكس", "كيو", "زد"))
_ANY_LETTERS = INITIALS | _WEAK_LETTERS
_OPENERS, _CLOSERS = frozenset("«(\"“"), frozenset("»)\"”")


def _letter_key(t: Token) -> str:
    return norm_key(t.text.rstrip("."))


def _run(toks: list[Token], a: int, b: int) -> tuple[int, int]:
    """Tokens ``a:b`` widened over the letters on both sides (a weak letter only before one more letter or a
    bracket, on the side it is taken from)."""
    def letter(i: int, step: int) -> bool:
        k = _letter_key(toks[i])
        if k in INITIALS:
            return True
        beyond = i + step
        return k in _WEAK_LETTERS and (not 0 <= beyond < len(toks) or _letter_key(toks[beyond]) in INITIALS
                                        or toks[beyond].text in (_OPENERS if step < 0 else _CLOSERS))
    def dot(i: int) -> bool:
        # «إيه. بي. سي», «سي. إن. إن»: a period right after a letter, a letter after it (a weak one too: the period
        # tells it is a letter)
        return toks[i].text == "." and 0 < i < len(toks) - 1 and toks[i].start == toks[i - 1].end \
            and _letter_key(toks[i - 1]) in _ANY_LETTERS and _letter_key(toks[i + 1]) in _ANY_LETTERS \
            and (_letter_key(toks[i - 1]) in INITIALS or _letter_key(toks[i + 1]) in INITIALS)
    while a > 0:
        if letter(a - 1, -1):
            a -= 1
        elif a > 1 and dot(a - 1):
            a -= 2
        else:
            break
    while b < len(toks):
        if letter(b, 1):
            b += 1
        elif b + 1 < len(toks) and dot(b):
            b += 2
        else:
            break
    return a, b


def acronyms(doc: Doc, mentions: list[Mention]) -> None:
    """A run of Latin letters spelled in Arabic is one body, an acronym, over all its letters: the tagger's body of
    some of them («دي تي» in «إن دي تي في», «بي» in «بي إن بي»), or, where it found none, a run of three letters
    or more that opens a quotation or a bracket («جيه إل إل»). Not a code with its number: «إم إتش 370»."""
    toks = doc.tokens
    at = {t.start: n for n, t in enumerate(toks)}
    after = {t.end: n + 1 for n, t in enumerate(toks)}  # a mention's end -> the token after its last
    taken = bytearray(len(doc.text) + 1)
    for o in mentions:
        taken[o.start : o.end] = b"\x01" * (o.end - o.start)

    def acronym(a: int, b: int) -> bool:
        nxt = next((t for t in toks[b : b + 2] if t.text not in ("-", "–")), None)
        return b - a >= 2 and sum(_letter_key(t) in INITIALS for t in toks[a:b]) >= 2 and not (
            nxt is not None and nxt.text[:1].isdigit())

    codes = []
    for m in mentions:
        a = at.get(m.start)
        if a is None or m.type not in ("ORGANIZATION", "MISC") or m.attrs.get("gid"):
            continue
        b = after.get(m.end)
        k = a
        while b is not None and k < b and _letter_key(toks[k]) in INITIALS:  # the letters it opens on
            k += 1
        if b is None or k == a:
            continue
        a2, b2 = _run(toks, a, k)
        if b > k and m.type == "MISC" and all(t.text[:1].isdigit() for t in toks[k:b]):
            # «إم إتش 370» (a flight), «إف 16» (a plane): a code with its number, over all its letters
            m.start = toks[a2].start
            m.text = doc.text[m.start : m.end]
            m.key = norm_key(m.text)
            continue
        nxt = next((t for t in toks[b2 : b2 + 2] if t.text not in ("-", "–")), None)
        if b == k and nxt is not None and nxt.text[:1].isdigit():
            codes.append(m)  # «إتش» of «إم إتش 370», «إف» of «إف - 16»: the letters of a code, no body
    for m in codes:
        mentions.remove(m)
    for m in mentions:
        a = at.get(m.start)
        if a is None or m.type not in ("ORGANIZATION", "MISC") or m.attrs.get("gid"):
            continue
        b = after.get(m.end)
        if b is None or any(_letter_key(t) not in INITIALS for t in toks[a:b]):
            continue
        a2, b2 = _run(toks, a, b)
        if (a2, b2) != (a, b) and acronym(a2, b2) and not any(taken[toks[a2].start : m.start]) \
                and not any(taken[m.end : toks[b2 - 1].end]):
            m.start, m.end = toks[a2].start, toks[b2 - 1].end
            m.text = doc.text[m.start : m.end]
            m.key = norm_key(m.text)
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    by_start = {o.start: o for o in mentions if o.type == "LOCATION"}
    for m in list(mentions):
        a = at.get(m.start)
        b = after.get(m.end) if a is not None else None
        if a is None or b is None or b >= len(toks) or m.type != "ORGANIZATION" or m.attrs.get("gid") \
                or b - a < 2 or any(_letter_key(t) not in _ANY_LETTERS for t in toks[a:b]):
            continue
        t = toks[b]
        town = next((by_start[k] for k in range(t.start + 1, t.start + 3) if k in by_start), None)
        if town is not None and town.end == t.end and t.start == m.end + 1 and town.attrs.get("kind") in ("city", None):
            # «بي إن بي باريبا»: a word after an acronym that only a proclitic makes a town (ب + «إريبا») is the
            # rest of the body's name
            mentions.remove(town)
            reend(doc, m, t.end)
    for n in range(1, len(toks)):
        if toks[n - 1].text not in _OPENERS or any(taken[toks[n].start : toks[n].end]):
            continue
        a, b = _run(toks, n, n)
        if a == n and b - a >= 3 and acronym(a, b) and not any(taken[toks[a].start : toks[b - 1].end]):
            m = Mention(toks[a].start, toks[b - 1].end, doc.text[toks[a].start : toks[b - 1].end], "ORGANIZATION",
                        "letters", "", None, {})
            m.key = norm_key(m.text)
            mentions.append(m)


# «إن» (N) is the particle «إنّ» everywhere but as an initial with its full stop inside a name: «جون إن. ميتشيل»
_DOTTED_INITIALS = INITIALS | frozenset((norm_key("إن"),))


def join_initials(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """A person's name that ends on an initial and its period («أورين جي.», cut there as if a sentence ended) goes
    on over the name after the period: the person mention there (or the tagger's one name word of another type:
    «جاكوب جيه. ليو»), or a name word."""
    letter_runs(doc, mentions, gaz)
    acronyms(doc, mentions)
    starts = {m.start: m for m in mentions}
    for m in sorted(mentions, key=lambda m: m.start):
        words = m.text.split()
        initial = m.end  # the end of the name's last initial
        if m.type == "PERSON" and m.end + 1 < len(doc.text) and doc.text[m.end] == " " and m.end + 1 not in starts:
            nxt_word = doc.text[m.end + 1 :].split(maxsplit=1)[:1]
            if nxt_word and nxt_word[0].endswith(".") and norm_key(nxt_word[0][:-1]) in _DOTTED_INITIALS:
                # «جيمس إي. سبيوتو»: the tagger's given name, then the initial it left out
                initial = m.end + len(nxt_word[0])
                words = [*words, nxt_word[0][:-1]]
        if m.type != "PERSON" or len(words) < 2 or norm_key(words[-1]) not in _DOTTED_INITIALS \
                or doc.text[initial : initial + 1] != "." or m not in mentions:
            continue
        k = initial + 1
        while k < len(doc.text) and doc.text[k] == " ":
            k += 1
        nxt = starts.get(k)
        if nxt is not None and (nxt.type == "PERSON" or nxt.source == "model" and not nxt.attrs.get("gid")
                                and " " not in nxt.text and gaz.name_word(nxt.key) is not None):
            end = nxt.end
            mentions.remove(nxt)
            for key, val in nxt.attrs.items():
                m.attrs.setdefault(key, val)
        elif nxt is None and (word := doc.text[k:].split(maxsplit=1)[:1]) and gaz.is_name_word(norm_key(word[0])):
            end = k + len(word[0])
        else:
            continue
        reend(doc, m, end)
