"""Round en365: the sector of a person's calling, from the noun the country adjective before his name qualifies.

«الداعية السعودي عوض القرني» (a preacher: SAUREL), «المرجع الشيعي الإيراني X» (a religious authority: IRNREL, past
one adjective of his creed), «المذيع الكويتي يوسف مصطفى» (a broadcaster: KWTMED), «الحقوقية التونسية سهام بن سدرين»
(a rights advocate: TUNHRI), «الطفل الفلسطيني علي سعد دوابشة» (a child, a citizen: a civilian, PSECVL). The nouns
are the function-word lists ``religious_nouns``, ``journalist_nouns``, ``rights_nouns`` and ``civilian_nouns``; a
creed's adjective between noun and nationality is ``creed_adjectives``. The bare nationality («العراقي إبراهيم
عواد») and a noun of no listed calling («الكاتب الكويتي», «الناشط المصري») give no sector.
"""

from __future__ import annotations

from ..events.forms import fw_keys

# (list of nouns, the sector of its callings)
_CALLINGS = (("religious_nouns", "REL"), ("journalist_nouns", "MED"), ("rights_nouns", "HRI"),
             ("civilian_nouns", "CVL"))


def calling_sector(before: list[str]) -> str | None:
    """The sector of the calling named by the last words of ``before`` (matching keys of the words right before a
    country adjective, in order), one creed adjective after it allowed; None where they name none."""
    words = before[:-1] if before and before[-1] in fw_keys("creed_adjectives") else before
    for n in (2, 1):
        if len(words) < n:
            continue
        noun = " ".join(words[-n:])
        for name, sector in _CALLINGS:
            if noun in fw_keys(name):
                return sector
    return None
