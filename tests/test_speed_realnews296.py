"""Round 296 (speed, output unchanged): ``Doc.memoized`` checks a kept entry against the layers it was made from
layer by layer (``Doc._same_shape``) instead of making their shape again on every call, and ``verb_key`` is cached
on the word's text. These tests show the faster paths give the answers the slower ones gave: an entry is kept
while its layers are the same objects of the same sizes and made again the moment one changes (another list in its
place, another length, another count of the entities' mentions), and the conjunction comes off the same words."""

from conftest import analyze_news, event_arg

from rasd.doc import Doc, Entity, Span, Token
from rasd.events.forms import nkey
from rasd.events.word_tests import verb_key


def _made(doc: Doc) -> list[int]:
    """A fresh object each time it is built: its identity tells a kept entry from a rebuilt one."""
    return [len(doc.tokens), len(doc.entities)]


def _doc() -> Doc:
    text = "زار الوزير بغداد أمس"
    doc = Doc(text=text)
    doc.tokens = [Token(0, 3, "زار", "زار"), Token(4, 10, "الوزير", "الوزير"), Token(11, 16, "بغداد", "بغداد")]
    doc.entities = [Entity("E1", "LOCATION", "بغداد", mentions=[Span(11, 16)])]
    return doc


def test_memoized_keeps_entry_while_layers_unchanged() -> None:
    doc = _doc()
    first = doc.memoized("probe", ("entities", "tokens"), _made)
    assert doc.memoized("probe", ("entities", "tokens"), _made) is first
    assert doc.memoized("probe", ("entities", "tokens"), _made) == [3, 1]


def test_counter_memoized_rebuilds_on_token_change() -> None:
    doc = _doc()
    first = doc.memoized("probe", ("tokens",), _made)
    doc.tokens.append(Token(17, 20, "أمس", "امس"))  # same list, another length
    second = doc.memoized("probe", ("tokens",), _made)
    assert second is not first and second == [4, 1]
    doc.tokens = list(doc.tokens)  # another list of the same length in its place
    third = doc.memoized("probe", ("tokens",), _made)
    assert third is not second and third == [4, 1]
    assert doc.memoized("probe", ("tokens",), _made) is third


def test_counter_memoized_rebuilds_on_entity_mention_count() -> None:
    doc = _doc()
    first = doc.memoized("probe", ("entities", "tokens"), _made)
    doc.entities[0].mentions.append(Span(0, 3))  # same entities list and length: only the mention count changed
    second = doc.memoized("probe", ("entities", "tokens"), _made)
    assert second is not first
    assert doc.memoized("probe", ("entities", "tokens"), _made) is second


def test_counter_memoized_rebuilds_for_other_layers_or_text() -> None:
    doc = _doc()
    first = doc.memoized("probe", ("tokens",), _made)
    assert doc.memoized("probe", ("tokens", "times"), _made) is not first  # same name, other layers
    on_text = doc.memoized("probe_text", ("text",), _made)
    doc.text = doc.text + " "
    assert doc.memoized("probe_text", ("text",), _made) is not on_text


def test_verb_key_takes_conjunction_off_as_before() -> None:
    assert verb_key("وقال") == nkey("قال")
    assert verb_key("فأكد") == nkey("أكد")
    assert verb_key("وشن") == nkey("شن")  # a geminate light verb of two letters
    assert verb_key("وشن") == verb_key("وشن")  # asked again: the cached answer is the same


def test_counter_verb_key_keeps_letter_of_short_word() -> None:
    assert verb_key("وطن") == nkey("وطن")  # a three-letter word that is no light verb keeps its «و»
    assert verb_key("وصل") == nkey("وصل")
    assert verb_key("قال") == nkey("قال")


def test_claimant_reads_claim_verb_subject() -> None:
    text = "وتبنت حركة طالبان تفجيرا انتحاريا استهدف قاعدة عسكرية أمس."
    doc = analyze_news(text)
    bomb = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "تفجيرا")
    assert event_arg(doc, bomb, "source") == "حركة طالبان"
    assert event_arg(doc, bomb, "target") == "قاعدة عسكرية"


def test_counter_plain_verb_subject_without_claim() -> None:
    text = "ونفذ مسلحون تفجيرا انتحاريا استهدف قاعدة عسكرية أمس."
    doc = analyze_news(text)
    bomb = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "تفجيرا")
    assert event_arg(doc, bomb, "source") == "مسلحون"


def test_light_verb_with_conjunction_keeps_its_subject() -> None:
    text = "وشن الجيش الأردني غارات على مواقع التنظيم أمس."
    doc = analyze_news(text)
    raid = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "غارات")
    assert event_arg(doc, raid, "source") == "الجيش الأردني"
    assert event_arg(doc, raid, "target") == "مواقع التنظيم"
