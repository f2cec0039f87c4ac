"""Round mn989: a court described by its country adjective alone («محكمة مصرية», ``ORGH:محكمه:EGY``, round mn979)
where the article names the court it describes is that court, not a new body.

«عدلي منصور، رئيس المحكمة الدستورية العليا ... بصفته كرئيس لأرفع محكمة مصرية»: the description after a superlative
(«أرفع/أعلى محكمة») is the one court the article names of that country or of none (a court whose country the article
gives it later); with no superlative, it joins the court of that country when the article names exactly one by its
country (``ORGH:محكمه ...:EGY``). Run on the resolver's clusters, beside :func:`.partialbodies.partial_bodies`.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import nkey
from .coref import Cluster

COURT = "ORGH:" + nkey("محكمة")  # the gid of a court named by the head «محكمة»
SUPERLATIVES = frozenset(nkey(w) for w in ("أرفع", "أعلى"))
CLITICS = ("و", "ل", "ب")


def _superlative_before(doc: Doc, start: int) -> bool:
    """Whether the word right before the mention at ``start`` is «أرفع/أعلى» («لأرفع محكمة مصرية»)."""
    ti = doc.token_at(start)
    if ti is None or ti == 0:
        return False
    key = doc.tokens[ti - 1].norm_key
    return any(key.removeprefix(c) in SUPERLATIVES for c in ("", *CLITICS) if not c or key.startswith(c))


def _court_of(c: Cluster) -> tuple[str, str] | None:
    """(its name key, its country or "") where ``c`` is a court of the head «محكمة»; None otherwise."""
    gid = c.gid or ""
    if not gid.startswith(COURT):
        return None
    head, iso = gid[5:].rsplit(":", 1)
    return head, iso


def kind_courts(doc: Doc, clusters: list[Cluster]) -> None:
    """Join each court described by its country adjective alone to the court it describes (module doc; in place)."""
    courts = [(c, got[0], got[1]) for c in clusters if (got := _court_of(c)) is not None]
    for c, head, iso in courts:
        if head != COURT[5:] or not iso or c not in clusters:
            continue
        named = [(o, i) for o, h, i in courts if o is not c and o in clusters and h != head]
        if any(_superlative_before(doc, m.start) for m in c.mentions):
            into = [o for o, i in named if i in (iso, "")]  # «لأرفع محكمة مصرية»: the court named, of Egypt or none
        else:
            into = [o for o, i in named if i == iso]
        if len(into) == 1:
            into[0].mentions.extend(c.mentions)
            into[0].mentions.sort(key=lambda m: m.start)
            clusters.remove(c)


__all__ = ["kind_courts"]
