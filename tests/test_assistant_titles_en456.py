"""Round en456: deputies and assistants of a titled office, and names that end before a noun.

* «مساعدة وزير الخارجية الأميركي لشؤون الشرق الأدنى آن باترسون»: the feminine titles («مساعدة وزير», «نائبة
  وزير», «مستشارة»: titles.tsv) give the named woman her role and her state's government; «آن» (Anne, spelt with
  madda, folded with the particle «أن») opens the name before a foreign surname (westsurname.madda_given); the one
  met is the woman, not the head noun «مساعدة» (function words ``titles``);
* «رئيس الوزراء الياباني شينزو آبي جهودا»: «آبي» (Abe, with madda) is no «أبي» (father of) that takes the next
  word into the name (units.joiner): the name ends before the noun.
"""

from __future__ import annotations

from typing import Any

from conftest import analyze_news, news_arg


def _entity(doc: Any, word: str) -> Any:
    """The entity one of whose mentions starts where ``word`` first occurs (None: none)."""
    at = doc.text.index(word)
    return next((e for e in doc.entities if any(s.start == at for s in e.mentions)), None)


def _person_texts(doc: Any) -> list[str]:
    return [doc.text[m.start : m.end] for m in doc.mentions if m.type == "PERSON"]


_PATTERSON = ("ويوم أمس، التقى وزير الخارجية القطري خالد بن محمد العطية، في الدوحة، مساعدة وزير الخارجية "
              "الأميركي لشؤون الشرق الأدنى آن باترسون، التي استبقت وصول كيري إلى الدوحة.")


# ------------------------------------------------------------------------------ an assistant secretary
def test_assistant_secretary_is_the_named_woman_with_her_role_and_government() -> None:
    e = _entity(analyze_news(_PATTERSON), "آن باترسون")
    assert e is not None and e.name == "آن باترسون"
    assert e.actor == "USAGOV"
    assert e.roles == ["مساعدة وزير الخارجية الأميركي لشؤون الشرق الأدنى"]


def test_the_one_met_is_the_assistant_secretary() -> None:
    assert news_arg(_PATTERSON, "التقى", "target") == "آن باترسون"


def test_feminine_assistant_title_is_her_role_not_the_ministers() -> None:
    # «مساعدة وزير» is one title: she is the assistant, not the Secretary of State
    doc = analyze_news("والتقى الوزير خالد العطية مساعدة وزير الخارجية الأميركي فيكتوريا نولاند في الدوحة.")
    e = _entity(doc, "فيكتوريا نولاند")
    assert e is not None and e.actor == "USAGOV" and e.roles == ["مساعدة وزير الخارجية الأميركي"]


def test_particle_an_before_a_name_is_no_given_name() -> None:
    # counter-case: «أن» (the particle, no madda) after a title stays out of the name
    doc = analyze_news("وقال المتحدث باسم الخارجية أن كيري سيزور الرياض الأسبوع المقبل.")
    assert not any(t.startswith("أن") for t in _person_texts(doc))


def test_aid_is_no_person() -> None:
    # counter-case: «مساعدة إنسانية» is aid: no person, and the receiving state stays the target
    doc = analyze_news("وقدمت السعودية مساعدة إنسانية إلى اليمن.")
    assert not _person_texts(doc)
    assert news_arg("وقدمت السعودية مساعدة إنسانية إلى اليمن.", "وقدمت", "target") == "اليمن"


# ------------------------------------------------------------------------------ «آبي» is no «أبي»
def test_abe_name_ends_before_the_noun() -> None:
    doc = analyze_news("يبذل رئيس الوزراء الياباني شينزو آبي جهودا كبيرة لتعزيز التقارب مع الحليف الأميركي.")
    e = _entity(doc, "شينزو آبي")
    assert e is not None and e.name == "شينزو آبي" and e.actor == "JPNGOV"
    assert "جهودا" not in " ".join(_person_texts(doc))


def test_abe_after_title_before_a_call() -> None:
    doc = analyze_news("وأجرى رئيس الوزراء الياباني شينزو آبي اتصالا هاتفيا مع الرئيس الأميركي باراك أوباما.")
    assert "شينزو آبي" in _person_texts(doc)
    assert "اتصالا" not in " ".join(_person_texts(doc))


def test_kunya_abi_still_takes_the_next_word() -> None:
    # counter-case: «أبي» (hamza, father of) still takes the word after it into the name
    doc = analyze_news("وقال الشيخ محمد بن أبي بكر إن الوضع مستقر في المدينة.")
    assert any("أبي بكر" in t for t in _person_texts(doc))


def test_bare_abe_after_title_ends_before_the_noun() -> None:
    doc = analyze_news("يبذل رئيس الوزراء الياباني آبي جهودا قصوى لتعزيز التقارب مع الحليف الأميركي.")
    assert "آبي" in _person_texts(doc)
    assert not any("جهودا" in t for t in _person_texts(doc))


def test_two_word_name_opening_with_abiy_stays_whole() -> None:
    # counter-case: a real name of two words after «آبي» («آبي أحمد») is not cut
    doc = analyze_news("وقال رئيس الوزراء الإثيوبي آبي أحمد إن بلاده مستعدة للحوار.")
    assert "آبي أحمد" in _person_texts(doc)
