"""Speed round 126 (no output change): the per-document head pre-filter (:mod:`rasd.entities.dockeys`) reads a head
word with its proclitic, a pass still finds its name where a head stands, and skips where none does. Hand-made
sentences."""

from __future__ import annotations

from rasd.doc import Doc
from rasd.entities.dockeys import doc_keys, none_in
from rasd.events.forms import fw_keys
from rasd.text.normalize import norm_key
from rasd.text.segment import tokenize

from conftest import analyze_news, typed_names


def _doc(text: str) -> Doc:
    doc = Doc(text=text)
    doc.tokens = tokenize(text)
    return doc


def test_doc_keys_read_a_head_past_its_proclitic() -> None:
    doc = _doc("تجمع المحتجون بميدان الشهداء وسط المدينة.")
    assert norm_key("ميدان") in doc_keys(doc)  # «بميدان»: ب + ميدان
    assert not none_in(doc, fw_keys("square_heads"))
    assert none_in(doc, fw_keys("bridge_heads"))  # no bridge named: the pass may return at once


def test_doc_keys_are_made_again_for_other_tokens() -> None:
    doc = _doc("عبرت الشاحنات جسر الملك فهد.")
    assert not none_in(doc, fw_keys("bridge_heads"))
    doc.tokens = tokenize("عبرت الشاحنات الطريق السريع.")
    assert none_in(doc, fw_keys("bridge_heads"))  # (the memo is keyed by the tokens it was made from)


def test_a_square_is_still_found_where_its_head_stands() -> None:
    doc = analyze_news("واعتصم مئات المحتجين في ميدان التحرير في القاهرة أمس للمطالبة بالإفراج عن المعتقلين.")
    assert ("LOCATION", "ميدان التحرير") in typed_names(doc)


def test_no_square_without_its_head() -> None:
    doc = analyze_news("واعتصم مئات المحتجين أمام مبنى المحافظة في القاهرة أمس للمطالبة بالإفراج عن المعتقلين.")
    assert not any(name.startswith("ميدان") for _, name in typed_names(doc))
