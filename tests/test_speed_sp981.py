"""Round sp981: the one-set lookups that replace a list-by-list test give the same answers."""

from rasd.entities.namedbodies import _HEAD_LISTS, _any_head
from rasd.events.chunks import _FUNCTION_SETS, _function_union, is_function_word
from rasd.events.forms import bare, fw


def _old_is_function_word(key: str) -> bool:
    k = bare(key, *_FUNCTION_SETS)
    return any(k in fw(s) for s in _FUNCTION_SETS)


def test_function_union_is_every_list():
    assert _function_union() == frozenset().union(*(fw(s) for s in _FUNCTION_SETS))
    assert _any_head() == frozenset().union(*(fw(h) for h in _HEAD_LISTS))


def test_is_function_word_as_before():
    words = ["من", "ومن", "فمن", "الذي", "والذي", "سوف", "وسوف", "أن", "وأن", "قال", "وقال", "الحكومة", "و", "ف",
             "ولذلك", "فقط", "مدينة", "وزير"]
    for w in words:
        assert is_function_word(w) == _old_is_function_word(w), w
    assert is_function_word("ومن") and is_function_word("الذي")
    assert not is_function_word("الحكومة") and not is_function_word("وزير")
