"""Round cl527: one shared key-stripper and one set of quote marks each, instead of a copy per rule module.

``forms.plain_key`` («و», then the article off) serves ``backdrop`` and ``where_these``; ``dangers.abstract_doer``
(«و/ف» past three letters, then the article) serves ``act_speakers`` too; ``text.marks`` holds the quote-mark sets
that ~20 modules each wrote out. The tests pin the helpers' exact values and the rules that read them."""

from conftest import analyze_news, news_triggers

from rasd.events.dangers import abstract_doer
from rasd.events.forms import nkey, plain_key, plain_keys
from rasd.text.marks import LEADING_QUOTES, NAME_QUOTES, OPEN_QUOTES, OPENING_QUOTES, QUOTE_MARKS


def test_plain_key_strips_the_conjunction_then_the_article() -> None:
    assert plain_key(nkey("والمنطقة")) == nkey("منطقة")
    assert plain_key(nkey("المنطقة")) == nkey("منطقة")
    assert plain_keys("والقوات الأمنية") == [nkey("قوات"), nkey("أمنية")]


def test_counter_plain_key_keeps_a_bare_noun_and_a_lam() -> None:
    assert plain_key(nkey("منطقة")) == nkey("منطقة")
    assert plain_key(nkey("للمنطقة")) == nkey("للمنطقة")  # («لـ» is no conjunction: the key stays whole)


def test_abstract_doer_reads_past_wa_and_the_article() -> None:
    doc = analyze_news("وقال الوزير إن الصراع والغزو يهددان المنطقة.")
    keys = [t.text for t in doc.tokens]
    assert abstract_doer(doc, keys.index("الصراع"))
    assert abstract_doer(doc, keys.index("والغزو"))
    assert not abstract_doer(doc, keys.index("الوزير"))
    assert not abstract_doer(doc, keys.index("المنطقة"))


def test_the_danger_of_an_abstract_doer_makes_no_threat() -> None:
    assert "يهدد" not in news_triggers("وحذر الكاتب من الغزو الثقافي الذي يهدد المنطقة العربية.")


def test_counter_a_named_actor_still_threatens() -> None:
    assert "وهدد" in news_triggers("وهدد الرئيس الأمريكي بفرض عقوبات جديدة على إيران.")


def test_the_quote_mark_sets() -> None:
    assert QUOTE_MARKS == frozenset(("«", "»", '"', "“", "”"))
    assert NAME_QUOTES == frozenset(("«", "»", '"'))
    assert OPEN_QUOTES == frozenset(("«", '"', "“"))
    assert OPENING_QUOTES == OPEN_QUOTES | {"("} and "(" not in OPEN_QUOTES
    assert LEADING_QUOTES == OPEN_QUOTES | {"'"} and "'" not in QUOTE_MARKS
    assert "»" not in OPEN_QUOTES and "،" not in QUOTE_MARKS
