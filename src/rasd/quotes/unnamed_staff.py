"""Whether the subject phrase of a quote with no named speaker names someone who may go on speaking, for carrying a
dropped subject over (``carry._unnamed_source``): a title or a family name the entity layer left unmarked («ويرى
المضف»), or an unnamed member of a body («وقال موظف في إدارة ... في وزارة الشؤون الاجتماعية إن ... . وأضاف:» — the
employee goes on, unnamed, not a speaker quoted before him)."""

from __future__ import annotations

from ..events.chunks import is_function_word
from ..events.forms import fw, nkey
from .untagged import title_key

_OF = frozenset(("في", "لدى"))  # what ties the unnamed man to his body («موظف في», «عامل لدى»)


def unmarked_speaker(head: str, words: list[str]) -> bool:
    """The subject phrase ``words`` headed by ``head`` names someone: a title or a word of standing («الباحثة
    الإيرانية», «الدكتور التركي»), one definite word (a family name: «المضف», «البحر»; a body named before:
    «الوكالة»), not «البعض»; or someone of a body the writer does not name (``staff_phrase``)."""
    if title_key(head) or staff_phrase(head, words):
        return True
    return len(words) == 1 and head.startswith("ال") and head not in fw("someone_subjects") and not (
        is_function_word(head))


def staff_phrase(head: str, words: list[str]) -> bool:
    """The subject phrase ``words`` (``head``: its head's key, past a conjunction) is an indefinite noun tied by
    «في»/«لدى» to where he works («موظف في إدارة المساعدة»): someone of that body the writer does not name (not
    «الموظف في», a man named before)."""
    if len(words) < 3 or nkey(words[1]) not in _OF:
        return False
    return not head.startswith("ال") and not is_function_word(head) and len(head) > 2
