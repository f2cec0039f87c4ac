"""Round ref276: ``Doc.memoized``, the one per-document memo of the stages' derived indexes (token starts, token
keys, the mention index ...): the slot is reused while the layers it reads are unchanged, and made again after a
token, a mention or an entity is added, or a layer list is replaced."""

from __future__ import annotations

import pytest

from rasd.doc import Doc, Entity, Mention, Span, Token
from conftest import spaced_doc

CALLS: list[str] = []


def _count_tokens(doc: Doc) -> int:
    CALLS.append("tokens")
    return len(doc.tokens)


def _count_mentions(doc: Doc) -> int:
    CALLS.append("mentions")
    return len(doc.mentions)


def _count_entity_mentions(doc: Doc) -> int:
    CALLS.append("entities")
    return sum(len(e.mentions) for e in doc.entities)


def _doc() -> Doc:
    return spaced_doc("قال الوزير إن الحكومة")  # type: ignore[no-any-return]


def test_slot_is_reused_while_tokens_unchanged_and_rebuilt_after_a_token_is_added() -> None:
    CALLS.clear()
    doc = _doc()
    assert doc.memoized("n", ("tokens",), _count_tokens) == 4
    assert doc.memoized("n", ("tokens",), _count_tokens) == 4
    assert CALLS == ["tokens"]  # made once
    doc.tokens.append(Token(22, 26, "اليوم", "اليوم"))
    assert doc.memoized("n", ("tokens",), _count_tokens) == 5
    assert CALLS == ["tokens", "tokens"]


def test_a_replaced_list_of_the_same_length_rebuilds_the_slot() -> None:
    CALLS.clear()
    doc = _doc()
    doc.memoized("n", ("tokens",), _count_tokens)
    doc.tokens = list(doc.tokens)  # another list, the same tokens
    doc.memoized("n", ("tokens",), _count_tokens)
    assert CALLS == ["tokens", "tokens"]


def test_a_mention_added_rebuilds_a_mentions_slot_not_a_tokens_one() -> None:
    CALLS.clear()
    doc = _doc()
    doc.memoized("t", ("tokens",), _count_tokens)
    assert doc.memoized("m", ("mentions", "tokens"), _count_mentions) == 0
    doc.mentions.append(Mention(4, 10, "الوزير", "PERSON"))
    assert doc.memoized("m", ("mentions", "tokens"), _count_mentions) == 1
    doc.memoized("t", ("tokens",), _count_tokens)
    assert CALLS == ["tokens", "mentions", "mentions"]


def test_an_entity_or_a_mention_of_an_entity_added_rebuilds_an_entities_slot() -> None:
    CALLS.clear()
    doc = _doc()
    assert doc.memoized("e", ("entities",), _count_entity_mentions) == 0
    ent = Entity("E1", "ORGANIZATION", "الحكومة")
    doc.entities.append(ent)
    assert doc.memoized("e", ("entities",), _count_entity_mentions) == 0
    assert doc.memoized("e", ("entities",), _count_entity_mentions) == 0
    ent.mentions.append(Span(14, 21))  # the same entities, one more mention
    assert doc.memoized("e", ("entities",), _count_entity_mentions) == 1
    assert CALLS == ["entities", "entities", "entities"]


def test_token_starts_follow_the_tokens() -> None:
    doc = _doc()
    assert doc.token_starts() == [0, 4, 11, 14]
    assert doc.token_at(5) == 1
    doc.tokens = doc.tokens[1:]
    assert doc.token_starts() == [4, 11, 14]
    assert doc.token_at(5) == 0


def test_an_unknown_layer_is_refused() -> None:
    with pytest.raises(ValueError):
        _doc().memoized("x", ("events",), _count_tokens)
