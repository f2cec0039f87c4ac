"""Round ev486: a refusal of an act tells the refusal, not the act. «وقد رفض برلمان طرابلس التوقيع على اتفاق
المغرب» is the parliament's rejection (CAMEO 12x, the refuser its source, asserted), not a signing (057) negated.

- :func:`refusal_code`: a rejection trigger (lexicon entry ``reject``: «رفض/ترفض/رفضت», the masdar «برفض») whose
  object is a refused act (:func:`.modality_duty.refuser`: a singular noun act of 03-08 right after it or past its
  subject) takes the CAMEO code of the refusal of that act (``REFUSED_CODES``): «رفض لقاء الرئيس» 125 (reject a
  proposal to meet or negotiate), «رفضت الوساطة» 126, «رفض التوقيع على الاتفاق» 127 (reject a plan or agreement),
  «رفضت تقديم المساعدات العسكرية» 1222, «رفضت الإفراج عن المعتقلين» 1243; an act of 03 (an intent) or of 05 but
  signing keeps 120. Not «رفضت إسرائيل الاتهامات» (no act of 03-08), «رفض السيطرة» (a state).
- :func:`refused_complement`: the refused act itself is no event of its own («التوقيع» above) where a rejection
  trigger of the sentence stands on its refuser's token; where none does («برفض التوقيع», no trigger) the act
  stays, negated (``modality``).

Round ev495:
- an abstaining trigger (lexicon entry ``abstain_act``: «امتنع/تمتنع/يمتنع» with «عن» in its clause) refuses the
  singular noun act of 03-08 right after its «عن» (:func:`.abstained.abstainer`) as «رفض» does: «التي تمتنع، حتى
  الآن، عن لقاء السفير» is 125, no negated 040 with the ambassador as source; where it refuses no such act it is no
  event (:func:`idle_abstention`: «امتنعت عن التصويت»).
- :func:`refusal_args`: a refusal with no target of its own (none before the act) takes the refused act's target
  («مع/على/إلى» party or object) where the act has one: «الحركة ترفض التفاوض مع حكومة كابل» is 125 by the
  movement with Kabul its target, «امتنعت عن تقديم المساعدات العسكرية للمعارضة» 1222 to the opposition; never
  the refuser itself; «رفض لقاء الرئيس أوباما» (the meeting with no target) keeps the phrase after it (Obama).
"""

from __future__ import annotations

from ..doc import Doc
from .abstained import abstainer
from .arguments import find_args
from .driven_from import driven_out
from .chunks import Chunk
from .frame_args import Args
from .lexicon import Hit
from .lifting import coded
from .modality_duty import REFUSABLE, refuser

REJECT = "reject"
ABSTAIN = "abstain_act"
REFUSALS = (REJECT, ABSTAIN)
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


def _refusing(doc: Doc, hit: Hit, a: int) -> int | None:
    """The token of the verb of refusal («رفض التوقيع») or of abstaining («امتنع عن التوقيع») whose object is
    ``hit``, a singular noun act of 03-08; None where none is."""
    t = refuser(doc, hit, a)
    if t is not None or not hit.entry.code.startswith(REFUSABLE) or doc.tokens[hit.i].norm_key.endswith("ات"):
        return t
    return abstainer(doc, hit, a)


def _refused(doc: Doc, rejection: Hit, hits: list[Hit], a: int) -> Hit | None:
    """The act of ``hits`` that the rejection trigger ``rejection`` refuses (its object), or None."""
    return next((h for h in hits if h.i > rejection.j and rejection.i <= _token(_refusing(doc, h, a)) <= rejection.j),
                None)


def _token(t: int | None) -> int:
    """``t``, or -1 for None (a token 0 is a token: «امتنعت» opening the text)."""
    return -1 if t is None else t


def refusal_code(doc: Doc, hit: Hit, hits: list[Hit], a: int) -> Hit:
    """``hit`` (a rejection, 120) recoded as the refusal of the act it takes as object (see the module)."""
    if hit.entry.id not in REFUSALS or hit.entry.code != REJECT_CODE:
        return hit
    act = _refused(doc, hit, hits, a)
    if act is None:
        return hit
    code = next((c for prefix, c in REFUSED_CODES if act.entry.code.startswith(prefix)), REJECT_CODE)
    return hit if code == REJECT_CODE else Hit(hit.i, hit.j, coded(hit.entry, code), hit.pos, hit.cand, hit.owned)


def refused_complement(doc: Doc, hit: Hit, hits: list[Hit], a: int) -> bool:
    """Whether ``hit`` is an act refused by a rejection trigger of ``hits`` (see the module)."""
    t = _refusing(doc, hit, a)
    return t is not None and any(h.entry.id in REFUSALS and h.i <= t <= h.j for h in hits)


def idle_abstention(doc: Doc, hit: Hit, hits: list[Hit], a: int) -> bool:
    """Whether ``hit`` is an abstaining trigger that refuses no act («امتنعت عن التصويت»: no event)."""
    return hit.entry.id == ABSTAIN and _refused(doc, hit, hits, a) is None


def refusal_args(doc: Doc, hit: Hit, hits: list[Hit], chunks: list[Chunk], a: int, b: int, limit: int) -> Args:
    """The arguments of ``hit`` (:func:`.arguments.find_args` up to ``limit``); a refusal with no target before the
    act it refuses takes that act's target where it has one, not the refusal's source (see the module)."""
    args = find_args(doc, hit, chunks, a, b, limit)
    args.targets = driven_out(doc, hit, args)  # round ev546: «بعد طرد الميليشيات»: the genitive is driven out
    act = _refused(doc, hit, hits, a) if hit.entry.id in REFUSALS else None
    if act is None or any(c.j < act.i for c in args.targets or []):
        return args  # (a target before the act is the refusal's own)
    later = [h.i for h in hits if h.i > act.j and h.pos == "V"]
    own = args.source
    targets = [c for c in find_args(doc, act, chunks, a, b, later[0] if later else b).targets or []
               if own is None or not (c.i == own.i or c.entity is not None and c.entity == own.entity)]
    args.targets = targets or args.targets  # («رفض لقاء الرئيس أوباما»: the meeting's genitive, read as its object)
    return args


__all__ = ["idle_abstention", "refusal_args", "refusal_code", "refused_complement"]
