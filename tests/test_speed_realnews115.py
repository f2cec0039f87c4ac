"""Speed round 115: the per-token tests of the round's entity rules, cached or precomputed for speed, give what they
gave before (hand-made sentences; no article text)."""

from __future__ import annotations

from conftest import analyze_news

from rasd.entities.facilities import head_in as facility_head
from rasd.entities.gazetteer import clitic_head_offset as place_head  # (placewords' own copy, merged in rv316)
from rasd.entities.villagelists import CLITICS, village_heads
from rasd.events.forms import fw, fw_keys
from rasd.text.normalize import norm_key


def test_facility_head_offsets() -> None:
    heads = fw_keys("facility_place_heads")
    assert fw_keys("facility_place_heads") is heads  # built once
    assert facility_head("قاعدة", heads) == 0
    assert facility_head("بقاعدة", heads) == 1  # after «ب»
    assert facility_head("وتل", heads) == 1  # a short head after «و»
    assert facility_head("القاعدة", heads) is None  # counter-case: definite, no head of a name
    assert facility_head("وزير", heads) is None


def test_square_head_offsets() -> None:
    heads = fw_keys("square_heads")
    assert place_head("ميدان", heads) == 0
    assert place_head("بميدان", heads) == 1
    assert place_head("وساحة", heads) == 1
    assert place_head("والميدان", heads) is None  # counter-case: the definite noun


def test_village_heads_as_the_clitic_test_read_them() -> None:
    heads = frozenset(norm_key(w) for w in fw("village_plural_nouns"))
    for word in ("بلدات", "وبلدات", "لقرى", "وبقرى", "البلدات", "قرية", "وزراء"):
        k = norm_key(word)
        old = k in heads or any(k.startswith(p) and k[len(p) :] in heads for p in CLITICS)
        assert (k in village_heads()) == old
    assert norm_key("وبلدات") in village_heads()
    assert norm_key("البلدات") not in village_heads()  # counter-case


def test_apposed_surname_still_found() -> None:
    doc = analyze_news("وقال وزير الخارجية، نقدي، إن بلاده ترفض الاتفاق.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["نقدي"]
    assert doc.quotes[0].speaker == doc.entities[0].id


def test_apposed_surname_counter_case() -> None:
    doc = analyze_news("وقال وزير الخارجية، أمس، إن بلاده ترفض الاتفاق.")
    assert not [e for e in doc.entities if e.type == "PERSON"]  # «أمس» is no name


def test_surname_alone_joins_the_full_name() -> None:
    doc = analyze_news("قال رئيس البرلمان جون باينر إن المجلس سيصوت. وأضاف باينر أن التصويت قريب.")
    persons = [e for e in doc.entities if e.type == "PERSON"]
    assert [(e.name, e.aliases) for e in persons] == [("جون باينر", ["جون باينر", "باينر"])]
    assert [q.speaker for q in doc.quotes] == [persons[0].id, persons[0].id]
