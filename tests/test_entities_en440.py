"""Round en440: a person's name never ends in an indefinite accusative common noun («آبي جهودا»: Abe + efforts) nor
in a past verb with a dual or plural ending («الملا عمر انسحبا»: the two withdrew), whichever of the rules' trim and
the tagger's widening adds the word; each with a counter-case (a name word in «ـا» stays)."""

from rasd import analyze
from rasd.entities.gazetteer import load
from rasd.entities.nameends import accusative_noun_last, plural_verb_last
from rasd.entities.reconcile import _name_like
from rasd.text.normalize import norm_key


def _persons(text: str) -> list[str]:
    """The person names the whole pipeline gives ``text``."""
    return sorted(e["name"] for e in analyze(text, date="2015-08-01").to_dict()["entities"] if e["type"] == "PERSON")


def test_dual_and_plural_past_verbs_end_a_name() -> None:
    g = load()
    assert plural_verb_last("انسحبا", g) and plural_verb_last("أعلنوا", g) and plural_verb_last("غادرا", g)
    assert not _name_like(norm_key("انسحبا"), g) and not _name_like(norm_key("جهودا"), g)


def test_counter_names_in_alif_are_no_verb_nor_accusative() -> None:
    g = load()
    for word in ("سولانا", "ماريا", "أوباما", "رضا", "باولا", "كورتوا", "أوشوا"):
        assert not plural_verb_last(word, g) and not accusative_noun_last(word, g)
        assert _name_like(norm_key(word), g)


def test_accusative_after_a_name_read_as_abi_and_dual_verb_after_omar() -> None:
    persons = _persons("جاء الكشف في وقت يبذل فيه آبي جهودا قصوى لتعزيز التقارب مع الحليف. "
                       "غير أن عبد المنان ويعقوب نجل الملا عمر انسحبا من الاجتماع الذي عقد في مدينة كويتا.")
    assert not any("جهودا" in p or "انسحبا" in p for p in persons)


def test_counter_a_two_word_name_stays_whole() -> None:
    assert "خافيير سولانا" in _persons("وقال المنسق خافيير سولانا إن الاتحاد يبذل جهودا كبيرة.")
