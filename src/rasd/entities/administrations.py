"""Round nb411: an administration named by its head of state is that state's government (called by :mod:`.stage`,
after the person rules).

«إدارة» (``administration_heads``, with «و/ل/ب/ف» before it), then optionally the title «الرئيس»
(``administration_titles``) and after it country adjectives and words of a former office (``former_office_words``:
«السابق»), then a person the lists know as a state's officer («إدارة أوباما», «وأعلنت إدارة الرئيس الأميركي باراك
أوباما», «إدارة الرئيس الأميركي السابق جورج بوش») is an ORGANIZATION mention over the words: country the person's
state (his title's country, else the country of his list entry), actor ``<ISO>GOV`` — the government he headed,
whose acts and words the article tells, not the man. What was read inside it goes. Not «إدارة الحملة الانتخابية»
(no person), nor a person of no known state, nor one with a word between that is none of those («إدارة ملف فلان»)."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer, clitic_head_offset
from .quotedbodies import state_body

MAX_BETWEEN = 4  # words between «إدارة» and the name («الرئيس الأميركي السابق»)


def _state(gaz: Gazetteer, m: Mention) -> str | None:
    """The state whose officer the person mention ``m`` names: its title's country, else its list entry's."""
    iso = m.attrs.get("role_country")
    if isinstance(iso, str) and iso:
        return iso
    got = gaz.by_id.get(str(m.attrs.get("gid") or ""))
    return got.country if isinstance(got, Entry) and got.type == "PERSON" and got.country else None


def administrations(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«إدارة أوباما» → ORGANIZATION «إدارة أوباما» (USA, USAGOV), in place of what was read inside it."""
    heads, titles = fw_keys("administration_heads"), fw_keys("administration_titles")
    between = fw_keys("former_office_words")
    toks = doc.tokens
    starts = {t.start: k for k, t in enumerate(toks)}
    for m in [m for m in mentions if m.type == "PERSON"]:
        k = starts.get(m.start)
        if k is None:
            continue
        p = k - 1
        while p >= 0 and k - p <= MAX_BETWEEN and (toks[p].norm_key in between or toks[p].norm_key in gaz.nisba):
            p -= 1  # «الرئيس الأميركي السابق»: the adjectives after the title
        if p >= 0 and toks[p].norm_key in titles:
            p -= 1
        elif p != k - 1:
            continue  # (adjectives with no title before them: «إدارة الأميركي فلان» is no such name)
        if p < 0 or any(doc.text[toks[q].end : toks[q + 1].start] != " " for q in range(p, k)):
            continue  # (a mark between: no one name)
        off = clitic_head_offset(toks[p].text, heads)
        iso = _state(gaz, m) if off is not None else None
        if off is None or iso is None:
            continue
        start = toks[p].start + off
        # keyed by the head's surname: «إدارة أوباما» and «إدارة الرئيس الأميركي باراك أوباما» are one body
        key = "ORGH:" + norm_key(toks[p].text[off:]) + " " + norm_key(m.text.split()[-1]) + ":" + iso
        state_body(doc, mentions, start, m.end, key, iso, iso + "GOV")
