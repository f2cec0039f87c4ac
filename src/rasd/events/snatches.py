"""Round as1016: assault words that report no assault, from OEDA half A and real news. «خطف/اختطف» is the lexicon's
abduction (``kidnap``, CAMEO 181), but a thing snatched («محاولة شاب خطف مسدس من شرطي», «خطف حقيبة سيدة»), a
prize, a title or the spotlight taken («خطف المنتخب الفوز», «خطفت الأضواء»), or a life taken by death («خطفه
الموت»: death is its subject) is no abduction: a word of ``snatched_things`` within ``SNATCH_REACH`` words after
the trigger in its clause (a plane, a ship or a bus stays a hijacking). And an operation that «targets» people
(``target``, «استهدف/استهداف») whose first told outcome is an arrest («عملية أمنية استهدفت عناصر التنظيم ...
أسفرت عن اعتقال 16»: a result verb, ``result_verbs``, within ``OUTCOME_REACH`` words after it, then «عن/إلى» and
a word of ``arrest_outcome_words``) is a raid of arrest (CAMEO 173, told by its own word), no attack; one whose
outcome is a death or a wound («أسفر عن مقتل») stays an assault."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys, nkey
from .lexicon import Hit
from .listed import listed, listed_after

SNATCH_REACH = 3  # words after «خطف» read for the thing snatched («خطف المنتخب السعودي الفوز»)
OUTCOME_REACH = 16  # words after «استهدفت» read for its outcome («استهدفت عناصر ... فجر اليوم (امس) اسفرت»)
OUTCOME_PREPS = frozenset(nkey(w) for w in ("عن", "إلى"))


def _snatched(doc: Doc, hit: Hit, b: int) -> bool:
    """«خطف مسدس», «خطف الفوز», «خطفه الموت»: a thing snatched, no one abducted."""
    return hit.entry.id == "kidnap" and listed_after(doc, hit.j, b, SNATCH_REACH, "snatched_things", bare=True)


def _arrest_raid(doc: Doc, hit: Hit, b: int) -> bool:
    """«عملية ... استهدفت عناصر القاعدة ... أسفرت عن اعتقال 16»: a targeting whose first outcome is an arrest."""
    if hit.entry.id != "target":
        return False
    results = fw_keys("result_verbs")
    for t in range(hit.j + 1, min(b - 2, hit.j + 1 + OUTCOME_REACH)):
        if doc.tokens[t].norm_key.removeprefix("و") in results:
            return doc.tokens[t + 1].norm_key in OUTCOME_PREPS and listed(doc, t + 2, "arrest_outcome_words", bare=True)
    return False


def snatch_or_arrest(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether the ASSAULT trigger ``hit`` (sentence ending at token ``b``) snatches a thing or targets people for
    arrest (see the module)."""
    return _snatched(doc, hit, b) or _arrest_raid(doc, hit, b)


__all__ = ["snatch_or_arrest"]
