"""Round ev486: a refusal of an act tells the refusal, not the act. «وقد رفض برلمان طرابلس التوقيع على اتفاق
المغرب» is the parliament's rejection (CAMEO 12x, the refuser its source, asserted), not a signing (057) negated.

- :func:`refusal_code`: a rejection trigger (lexicon entry ``reject``: «رفض/ترفض/رفضت», the masdar «برفض») whose
  object is a refused act (:func:`.modality_duty.refuser`: a singular noun act of 03-08 right after it or past its
  subject) takes the CAMEO code of the refusal of that act (``REFUSED_CODES``): «رفض لقاء الرئيس» 125 (reject a
  proposal to meet or negotiate), «رفضت الوساطة» 126, «رفض التوقيع على الاتفاق» 127 (reject a plan or agreement),
  «رفضت تقديم المساعدات العسكرية» 1222, «رفضت الإفراج عن المعتقلين» 1243; an act of 03 (an intent) or of 05 but
  signing keeps 120. Not «رفضت إسرائيل الاتهامات» (no act of 03-08), «رفض السيطرة» (a state).
- :func:`refused_complement`: the refused act itself is no event of its own («التوقيع» above) where a rejection
  trigger of the sentence stands on its refuser's token; where none does («امتنع عن لقاء», no trigger) the act
  stays, negated (``modality``).
"""

from __future__ import annotations

from ..doc import Doc
from .lexicon import Hit
from .lifting import coded
from .modality_duty import refuser

REJECT = "reject"
REJECT_CODE = "120"
REFUSED_CODES = (  # (code prefix of the act refused, CAMEO code of its refusal), the longer prefix first
    ("045", "126"),  # mediate → reject mediation
    ("04", "125"),  # consult, meet, negotiate → reject proposal to meet, discuss or negotiate
    ("057", "127"),  # sign a formal agreement → reject plan, agreement to settle dispute
    ("061", "1211"), ("062", "1212"), ("06", "121"),  # cooperate (economically, militarily) → reject it
    ("071", "1221"), ("072", "1222"), ("073", "1223"), ("074", "1224"), ("07", "122"),  # give aid → reject aid
    ("081", "1241"), ("082", "1242"), ("0831", "1231"), ("0832", "1232"), ("0833", "1233"), ("0834", "1234"),
    ("083", "123"), ("084", "1243"), ("085", "1244"), ("086", "1245"), ("087", "1246"), ("08", "124"),  # yield
)


def _refused(doc: Doc, rejection: Hit, hits: list[Hit], a: int) -> Hit | None:
    """The act of ``hits`` that the rejection trigger ``rejection`` refuses (its object), or None."""
    return next((h for h in hits if h.i > rejection.j and rejection.i <= (refuser(doc, h, a) or -1) <= rejection.j),
                None)


def refusal_code(doc: Doc, hit: Hit, hits: list[Hit], a: int) -> Hit:
    """``hit`` (a rejection, 120) recoded as the refusal of the act it takes as object (see the module)."""
    if hit.entry.id != REJECT or hit.entry.code != REJECT_CODE:
        return hit
    act = _refused(doc, hit, hits, a)
    if act is None:
        return hit
    code = next((c for prefix, c in REFUSED_CODES if act.entry.code.startswith(prefix)), REJECT_CODE)
    return hit if code == REJECT_CODE else Hit(hit.i, hit.j, coded(hit.entry, code), hit.pos, hit.cand)


def refused_complement(doc: Doc, hit: Hit, hits: list[Hit], a: int) -> bool:
    """Whether ``hit`` is an act refused by a rejection trigger of ``hits`` (see the module)."""
    t = refuser(doc, hit, a)
    return t is not None and any(h.entry.id == REJECT and h.i <= t <= h.j for h in hits)


__all__ = ["refusal_code", "refused_complement"]
