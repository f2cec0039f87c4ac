"""Round ev539: where a sound masculine plural of people («مسؤولين», «مسلحون», «دبلوماسيين») ends the phrase before it.

- After a title with the article («الوزير», «الرئيس»), an indefinite plural of a listed agent group
  (``data/events/agent_groups.tsv``, not a form of one person) is no name the title would take: it opens the verb's
  object («استقبل الوزير | مسؤولين حكوميين إيطاليين», «التقى الرئيس | دبلوماسيين أميركيين»), as a common noun does.
- A nominative sound plural in «ـون» and a word in «ـين» of the same definiteness right after it disagree in case: the
  second is neither its adjective (which agrees in case) nor its genitive (a construct drops the «ن»: «مسلحو
  الحركة»), so a new phrase opens, the verb's object after its subject («هاجم مسلحون | عسكريين يمنيين», «وطارد
  المتظاهرون | الشرطيين»). Only where one of the two is a listed plural of people or the second a nisba plural («ـيين»): a
  singular in «ـون» («تلفزيون فلسطين», «قانون المستثمرين») heads a genitive.
- Round ev992: a definite sound plural of a listed agent group in «ـين» («المقاتلين», «المسلحين») right after a phrase
  all of whose words have the article («القوات», «القوات التركية») opens the verb's object: a word with the article
  takes no genitive, and an adjective in «ـين» agrees with no singular, feminine or «ـات» head («هاجمت القوات |
  المقاتلين الأكراد»). Not after a plural or dual of people it may describe («الرجال المسلحين», «الطرفين
  المتحاربين»), nor where the phrase has a word without the article («قوات المقاتلين»: one phrase in construct).
"""


from __future__ import annotations

from functools import lru_cache

from .forms import fw_bare_keys, nkey
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
    """Does a nominative sound plural ``text`` («مسلحون») or dual («مسلحان») end its phrase before ``nxt`` in «ـين»
    («عسكريين», «الجنديين»)?"""
    (k, k_def), (n, n_def) = _body(nkey(text)), _body(nkey(nxt))
    if k_def != n_def or len(k) < SOUND_MIN or len(n) < SOUND_MIN or not n.endswith("ين"):
        return False
    if k.endswith("ان"):  # round ev992: a dual of people in the nominative («هاجم المسلحان | الجنديين»)
        return people_dual(k) and (people_plural(n) or people_dual(n) or n.endswith("يين"))
    return k.endswith("ون") and (people_plural(k) or people_plural(n) or n.endswith("يين"))


def people_dual(key: str) -> bool:
    """Whether ``key`` (no article) in «ـان/ـين» is a dual of a listed agent: its singular is a form of one person
    («مسلحان», «ضابطين»), or the lexicon lists the dual itself («جنديان»); not «البرلمان», «السودان»."""
    single, listed = lexicon().get((key[:-2],)), lexicon().get((key,))
    return key.endswith(("ان", "ين")) and (single is not None and single[1] or listed is not None and not listed[1])


def _could_agree(text: str) -> bool:
    """Whether a definite word may take a plural adjective of people in «ـين»: not written with the article, a sound
    plural or a dual («المسلحين», «الطرفين», «الجنديان»), a listed plural of people («الثوار», «الجنود»), not a
    feminine or «ـات» word («القوات», «الميليشيات», «الشرطة») nor a force in the singular («الجيش», «النظام»)."""
    k, k_def = _body(nkey(text))
    if not k_def or k.endswith(("ون", "ين", "ان")) or k in fw_bare_keys("people_plurals"):
        return True
    entry = lexicon().get((k,))
    return entry is not None and not entry[1] and not k.endswith(("ات", "ة", "ه", "ا")) \
        and k not in fw_bare_keys("force_genitives")  # («الجنود», «الضباط»: a broken plural of an agent group)


@lru_cache(maxsize=65536)
def definite_object(texts: tuple[str, ...], nxt: str) -> bool:
    """Does a definite plural of people in «ـين» (``nxt``) open a new phrase, the object, after the words ``texts``
    of a phrase that all have the article («هاجمت القوات | المقاتلين الأكراد»)? (Module docstring.)"""
    n, n_def = _body(nkey(nxt))
    if not n_def or not n.endswith("ين") or len(n) < SOUND_MIN or not people_plural(n):
        return False
    return not any(_could_agree(t) for t in texts)
