"""Round 271: what a protest is against, when it is an act or a state with no named owner («للاحتجاج على انقطاع
الكهرباء», «احتجاجا على تردي الخدمات», «ضد الفساد»): the grievance, no party to the protest; one whose owner is named
(«احتجاجا على قرار الحكومة», «ضد سياسة الصين») stays for the rules of the owner.

Round oe315: an agreement is a thing signed, not an act or a state: «احتجاجا على الاتفاقية الأوروبية حول الهجرة»,
«تظاهروا ضد المعاهدة» (a head of function words ``agreement_nouns``) is what the protest is aimed at, its target,
as «احتجاجا على القانون الجديد» is; «احتجاجا على تردي الخدمات» stays a grievance with no party."""

from __future__ import annotations

from ..doc import Doc
from .acting import act_phrase, head_in
from .chunks import Chunk
from .forms import fw_keys


AGAINST = fw_keys("listed_target_prepositions")  # what a protest is against (not «لـ/بـ»: a slogan's
# aim, «الموت للاحتلال», or a demand, «مطالبين بإنهاء الحصار», kept as they are)


def ownerless_grievance(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """Whether the target ``c`` of a protest, said with «على/ضد», is an unnamed act or state
    (:func:`.acting.act_phrase`: a masdar or an abstraction heading it, no party in its genitive), with no name
    inside it."""
    if c.entity is not None or c.prep not in AGAINST or not act_phrase(doc, chunks, c):
        return False
    if head_in(doc, c, "agreement_nouns"):
        return False  # round oe315: «احتجاجا على الاتفاقية»: the thing signed is aimed at (module docstring)
    return not any(c.start <= m.start and m.end <= c.end for m in doc.mentions)


BANNERS = fw_keys("banner_nouns")


def banner_object(doc: Doc, c: Chunk) -> bool:
    """Round oe306: whether the target ``c`` of a protest is what the protesters raise or chant, an unnamed phrase
    headed by a word of banners or slogans («الشعارات التي رفعها المتظاهرون», «ورفعوا لافتات»): no party to the
    protest; what it is against may be told by the slogans' words («بين المطالبة برفع الحصار»)."""
    return c.entity is None and c.prep is None and doc.tokens[c.i].norm_key in BANNERS
