"""Round ev539: where a sound masculine plural of people («مسؤولين», «مسلحون», «دبلوماسيين») ends the phrase before it.

- After a title with the article («الوزير», «الرئيس»), an indefinite plural of a listed agent group
  (``data/events/agent_groups.tsv``, not a form of one person) is no name the title would take: it opens the verb's
  object («استقبل الوزير | مسؤولين حكوميين إيطاليين», «التقى الرئيس | دبلوماسيين أميركيين»), as a common noun does.
- A nominative sound plural in «ـون» and a word in «ـين» of the same definiteness right after it disagree in case: the
  second is neither its adjective (which agrees in case) nor its genitive (a construct drops the «ن»: «مسلحو
  الحركة»), so a new phrase opens, the verb's object after its subject («هاجم مسلحون | عسكريين يمنيين», «وطارد
  المتظاهرون | الشرطيين»). Only where one of the two is a listed plural of people or the second a nisba plural («ـيين»): a
  singular in «ـون» («تلفزيون فلسطين», «قانون المستثمرين») heads a genitive.
"""

from __future__ import annotations

from functools import lru_cache

from .forms import nkey
from .group_lexicon import bare_key, lexicon

SOUND_MIN = 6  # letters of a sound plural's key without its article («مسلحون», «عسكريين»)


@lru_cache(maxsize=8192)
def people_plural(key: str) -> bool:
    """Whether ``key`` (a word's key without the article) is a sound masculine plural of a listed agent group
    («مسؤولين», «دبلوماسيون», «مسلحين»; not «مسلحا», a form of one person, nor a broken plural)."""
    entry = lexicon().get((key,))
    return entry is not None and not entry[1] and key.endswith(("ون", "ين"))


def _body(key: str) -> tuple[str, bool]:
    """A key past a clitic «و» and the article, and whether it had the article («والمسلحون» → «مسلحون», True)."""
    k = key[1:] if key.startswith("وال") else key
    return bare_key(k), k.startswith("ال") and len(k) > 3


@lru_cache(maxsize=65536)
def case_break(text: str, nxt: str) -> bool:
    """Does a nominative sound plural ``text`` («مسلحون») end its phrase before ``nxt`` in «ـين» («عسكريين»)?"""
    (k, k_def), (n, n_def) = _body(nkey(text)), _body(nkey(nxt))
    if k_def != n_def or len(k) < SOUND_MIN or len(n) < SOUND_MIN or not k.endswith("ون") or not n.endswith("ين"):
        return False
    return people_plural(k) or people_plural(n) or n.endswith("يين")
