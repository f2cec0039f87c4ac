"""Round 226: the shared helpers that replaced copies in the modules of rounds 210-223 (hand-made sentences)."""

from __future__ import annotations

from conftest import analyze_news

from rasd.entities.gazetteer import clitic_head_offset
from rasd.events.forms import nkey
from rasd.events.word_tests import entity_starting, past_conjunction, sentence_end
from rasd.text.normalize import norm_key

HEADS = frozenset({norm_key("خليج")})
TEXT = "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري في الرياض أمس. وبحث الجانبان الأوضاع في اليمن."


def _token(doc, text: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, t in enumerate(doc.tokens) if t.text == text)


def test_clitic_head_offset_finds_the_head_past_its_proclitic() -> None:
    assert clitic_head_offset("لخليج", HEADS) == 1
    assert clitic_head_offset("وخليج", HEADS) == 1
    assert clitic_head_offset("خليج", HEADS) == 0


def test_clitic_head_offset_not_a_longer_word_nor_the_definite() -> None:
    assert clitic_head_offset("خليجي", HEADS) is None
    assert clitic_head_offset("والخليج", HEADS) is None


def test_past_conjunction_drops_wa_and_fa_of_a_long_word_only() -> None:
    assert past_conjunction(nkey("وقال")) == nkey("قال")
    assert past_conjunction(nkey("فأعلن")) == nkey("أعلن")
    assert past_conjunction(nkey("وصل")) == nkey("وصل")  # (three letters: «وصل», not و + «صل»)


def test_entity_starting_at_the_name_not_inside_it() -> None:
    doc = analyze_news(TEXT)
    ent = entity_starting(doc, _token(doc, "عادل"))
    assert ent is not None and ent.name == "عادل الجبير"
    assert entity_starting(doc, _token(doc, "الجبير")) is None  # (inside the name, not where it starts)
    assert entity_starting(doc, _token(doc, "نظيره")) is None


def test_sentence_end_is_the_first_token_of_the_next_sentence() -> None:
    doc = analyze_news(TEXT)
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "التقى")
    assert sentence_end(doc, ev) == _token(doc, "وبحث")
    assert sentence_end(doc, ev) < len(doc.tokens)
