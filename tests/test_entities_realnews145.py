"""Round 145: the entity rule passes made cheaper with the same output. The three collective passes share one
reading of the words per document and visit only the words that can be a head; ``clitic_forms`` lists every key
``clitic_length`` reads as a form; the liberation armies return early where no token can start one; a mention's
token is found by bisection. Hand-made sentences (paraphrases)."""

from __future__ import annotations

from conftest import analyze_news

from rasd.entities.placednames import token_at
from rasd.entities.quotedbodies import clitic_forms, clitic_length
from rasd.text.normalize import norm_key


def _heads(*words: str) -> frozenset[str]:
    return frozenset(norm_key(w) for w in words)


def test_clitic_forms_are_exactly_what_clitic_length_reads() -> None:
    heads = _heads("القوات", "قوات", "الجيش", "رئاسة", "دول", "الدول")
    forms = clitic_forms(heads)
    words = ["والقوات", "للقوات", "فالجيش", "وبقوات", "لرئاسة", "وللدول", "قواتنا", "الرئاسة", "بالقوات", "كالجيش",
             "والدولة", "ولدول", "فللجيش", "ودول", "قوات", "رئاسه"]
    for w in words:
        k = norm_key(w)
        assert (k in forms) == (clitic_length(k, heads) >= 0), w
    assert norm_key("للقوات") in forms and norm_key("الرئاسة") not in forms


def test_three_collective_bodies_in_one_article() -> None:
    doc = analyze_news("وتقدمت القوات الموالية للرئيس عبد ربه منصور هادي نحو عدن، فيما رحبت رئاسة إقليم كردستان "
                       "بالخطوة، ودعت دول الخليج إلى الحوار.")
    bodies = {doc.text[m.start : m.end]: e.actor for e in doc.entities for m in e.mentions
              if e.type == "ORGANIZATION"}
    assert bodies.get("القوات الموالية للرئيس عبد ربه منصور هادي") == "YEMMIL"  # (round en716: the full span)
    assert bodies.get("رئاسة إقليم كردستان") == "IRQGOV"
    assert "دول الخليج" in bodies


def test_forces_without_allegiance_make_no_loyal_body() -> None:
    doc = analyze_news("وتقدمت القوات نحو المدينة بعد يومين من القتال العنيف.")
    assert not any(e.name.startswith("القوات الموالية") for e in doc.entities)


def test_liberation_army_named_by_its_adjective() -> None:
    doc = analyze_news("وأعلن جيش التحرير الفلسطيني مشاركته في العرض العسكري.")
    assert any(e.type == "ORGANIZATION" and e.name == "جيش التحرير الفلسطيني" for e in doc.entities)


def test_liberation_without_a_head_makes_no_army() -> None:
    doc = analyze_news("وتحدث الوزير عن التحرير الفلسطيني للأرض في كلمته.")
    assert not any(e.type == "ORGANIZATION" and "التحرير" in e.name for e in doc.entities)


def test_token_at_by_bisection() -> None:
    doc = analyze_news("زار الوزير بغداد أمس.")
    toks = doc.tokens
    starts = [t.start for t in toks]
    at = doc.text.index("بغداد")
    assert token_at(toks, starts, at) == token_at(toks, starts, at + 2) == 2
    assert token_at(toks, starts, doc.text.index(" ")) is None  # a space is in no token
    assert token_at(toks, starts, 0) == 0
