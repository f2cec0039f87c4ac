"""Round en616: the opposition's fighters named with «من» or by a body's mention are the armed opposition.

An event's source or target phrase that opens with a noun of armed men (``armed_opposition_members``: «فصائل»,
«عناصر», «مقاتلو», «مسلحو», «قوات», «كتائب»; a proclitic allowed), then «من» or nothing, then «المعارضة» — the bare
word read as no entity, or the mention of the political opposition body (OPP: «المعارضة», «المعارضة السورية») —
names the armed opposition, not the body that talks and negotiates:

- «استهدفت فصائل من المعارضة مواقع تابعة للقوات السورية النظامية»: REB, not the «المعارضة» OPP of the article;
- «قصفت قوات المعارضة السورية مدينة القرداحة», «استهدفت فيه مقاتلين من المعارضة السورية»: SYRREB.

Its country is the opposition body's where the body has one, else the one named opposition of the article
(:func:`.armed_opposition.opposition_country`: «المعارضة السورية» → SYR), else the one country the article is
about (:func:`.army.article_home`: an article of Syrian towns and «القوات السورية النظامية» → SYRREB). The group is the lexicon's row of the
armed opposition («قوات المعارضة» REB). The political «وانتقدت المعارضة الحكومة», «أحزاب المعارضة», «مصادر في
المعارضة السورية» (no armed noun, or «في») stay the body's. Called by :func:`.groups.make_groups` on each role.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event, Span
from .armed_opposition import opposition_body, opposition_country
from .army import article_home  # (the country the article is about: one helper, not a copy)
from .forms import fw_keys, nkey
from .group_lexicon import bare_key, lexicon, stem_start, word_key
from .group_phrases import Found

_OPPOSITION = bare_key(nkey("المعارضة"))
_ARMED_ROW = (bare_key(nkey("قوات")), _OPPOSITION)  # («قوات المعارضة»: the lexicon's armed opposition row, REB)


def _role_entity(doc: Doc, ev: Event, role: str) -> Entity | None:
    """The entity filling ``role`` of ``ev``, or None."""
    eid = ev.source if role == "source" else ev.target
    return next((e for e in doc.entities if e.id == eid), None) if eid is not None else None


def armed_members(doc: Doc, ev: Event, role: str) -> Found | None:
    """The armed opposition group the phrase of ``role`` names (see the module), its role recorded; or None."""
    span = ev.attrs.get(f"{role}_span")
    if not isinstance(span, list) or len(span) != 2:
        return None
    body = _role_entity(doc, ev, role)
    if body is not None and not opposition_body(body) or body is None and ev.unnamed(role, doc.text) is None:
        return None  # (another body's phrase; or a phrase the event does not stand on)
    first = doc.token_from(span[0])
    if first is None:
        return None
    at = next((k for k in range(first, min(first + 3, len(doc.tokens))) if doc.tokens[k].start < span[1]
               and word_key(doc.tokens[k]) == _OPPOSITION), None)
    if at is None:
        return None
    of = at - 2 if at >= 2 and doc.tokens[at - 1].norm_key == "من" else at - 1  # («فصائل من المعارضة»)
    if of < 0 or word_key(doc.tokens[of]) not in fw_keys("armed_opposition_members") or of < first - 2:
        return None  # (the armed noun inside the phrase or right before it: «قوات» + «المعارضة السورية»)
    end = doc.tokens[at].end
    if body is not None:
        named = [m for m in body.mentions if m.start <= doc.tokens[at].start < m.end]
        if not named:
            return None  # (the body named elsewhere in the phrase: not the opposition these men are of)
        end = max(end, named[0].end)
    head = lexicon()[_ARMED_ROW][0]
    country = body.country if body is not None and body.country else opposition_country(doc) or article_home(doc)
    start = stem_start(doc.tokens[of], doc.text)
    got = Found(head, country, Span(start, end), doc.text[start:end])
    got.roles.append((ev, role))
    return got
