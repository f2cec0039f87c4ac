"""Round pf633: per-word lookups worked out once.

- ``sentence_cores`` gives the core key of every token once per document; ``document_types`` and ``spread`` read
  them instead of asking ``token_keys`` again, with the same answers;
- ``spans`` of a sentence with no entity label returns at once (and still finds the spans of one that has);
- ``body_heads`` is the nine head-noun lists the inert-word test reads, in one set.
"""

from rasd.entities.crf import DATA_DIR, document_types, lexicon, phrases_by_first, sentence_cores, spans, spread, token_keys
from rasd.entities.lookups import _BODY_HEADS, body_heads
from rasd.events.forms import fw, norm_key


def test_sentence_cores_are_the_token_keys_cores() -> None:
    sents = [["وبالأردن", "قال", "الرئيس"], [], ["باراك", "أوباما"]]
    assert sentence_cores(sents) == [["اردن", "قال", "رييس"], [], ["باراك", "اوباما"]]
    assert sentence_cores(sents) == [[token_keys(t).core for t in s] for s in sents]


def test_spread_with_given_cores_is_spread_without() -> None:
    sents = [["قال", "باراك", "أوباما", "في", "واشنطن"], ["وأكد", "أوباما", "أن", "جون", "كيري", "سيزور", "القاهرة"],
             ["زار", "جون", "كيري", "القاهرة"]]
    labels = [["O", "B-PERS", "I-PERS", "O", "B-LOC"], ["O", "O", "O", "B-PERS", "I-PERS", "O", "B-LOC"],
              ["O", "O", "O", "O"]]
    lex = lexicon(str(DATA_DIR))
    cores = sentence_cores(sents)
    single, multi = document_types(sents, labels, lex)
    assert document_types(sents, labels, lex, cores) == (single, multi)
    assert single.get(token_keys("أوباما").core) == "PERS"
    by_first = phrases_by_first(multi)
    for s, lab, c in zip(sents, labels, cores, strict=True):
        assert spread(s, lab, single, multi, by_first, c) == spread(s, lab, single, multi, by_first)
    # the untagged «أوباما» and «جون كيري» of the later sentences are tagged from the first pass
    assert spread(sents[1], labels[1], single, multi, by_first, cores[1])[1] == "B-PERS"
    assert spread(sents[2], labels[2], single, multi, by_first, cores[2]) == ["O", "B-PERS", "I-PERS", "O"]


def test_spans_of_no_entity_and_of_entities() -> None:
    assert spans(["O", "O", "O"]) == []
    assert spans([]) == []
    assert spans(("O", "B-PERS", "I-PERS", "O", "B-LOC")) == [(1, 3, "PERS"), (4, 5, "LOC")]
    assert spans(["I-ORG", "O"]) == [(0, 1, "ORG")]  # a stray I- still starts a span


def test_body_heads_is_the_union_of_the_lists() -> None:
    heads = body_heads()
    assert heads == frozenset().union(*(fw(n) for n in _BODY_HEADS))
    assert norm_key("حزب") in fw("party_name_heads") and norm_key("حزب") in heads
    assert norm_key("قال") not in heads  # counter-case: a verb heads no body
