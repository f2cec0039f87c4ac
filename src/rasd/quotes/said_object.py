"""A masdar right after a verb of saying that is its object, for the quotes stage (``phrases.subject_slot``): «وأكد
وجود «أبواب للإنفاق ...»», «ونفى صحة الأنباء», «وأكد ضرورة الحوار»: what was affirmed or denied, the verb's
subject dropped (he who spoke before), not a speaker. The words are the function-word lists ``denied_object_nouns``
(«وجود», «حدوث», «صحة») and ``demand_nouns`` («ضرورة», «أهمية», «وجوب»), bare: with the article («الوجود») the noun
may be a subject of its own."""

from __future__ import annotations

from ..events.forms import fw


def said_masdar(key: str) -> bool:
    """The token key ``key`` (``norm_key``) is a masdar that a verb of saying takes as its object (see the module)."""
    return key in fw("denied_object_nouns") or key in fw("demand_nouns")
