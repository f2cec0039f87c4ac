"""Round sp357 (speed, output unchanged): ``Doc.token_at`` reads the kept token starts inline, so it must see a
new token list, and a token added to the same list, without ``token_starts`` asked first; ``belief_cue`` reads
its verbs once per call and still finds «وأعرب» with its clitic and refuses a verb with no noun of belief."""

from __future__ import annotations

from rasd.doc import Doc, Token
from conftest import analyze_news, spaced_doc
from rasd.quotes.belief import belief_cue


def _doc(text: str) -> Doc:
    return spaced_doc(text)  # type: ignore[no-any-return]


def test_token_at_follows_a_new_token_list_without_token_starts_asked() -> None:
    doc = _doc("أعلن الجيش السيطرة على البلدة")
    assert doc.token_at(6) == 1  # «الجيش»
    doc.tokens = doc.tokens[2:]  # another list: the kept starts are stale
    assert doc.token_at(6) is None
    assert doc.token_at(12) == 0  # «السيطرة», now the first token
    assert doc.token_at(24) == 2  # «البلدة»


def test_token_at_sees_a_token_appended_to_the_same_list() -> None:
    doc = _doc("وصل الوفد")
    assert doc.token_at(10) is None  # past the last token
    doc.text += " امس"
    doc.tokens.append(Token(10, 13, "امس", "امس"))  # the same list, one longer
    assert doc.token_at(11) == 2


def test_belief_cue_with_and_without_the_clitic_and_its_counter_case() -> None:
    doc = analyze_news("وأعرب الرئيس عن اعتقاده أن الحوار سينجح.")
    t = next(i for i, tok in enumerate(doc.tokens) if tok.text == "وأعرب")
    cue = belief_cue(doc, t)
    assert cue is not None and cue.kind == "verb"
    # a feeling, no clause of words: no cue
    doc2 = analyze_news("وأعرب الرئيس عن قلقه من تصاعد العنف.")
    t2 = next(i for i, tok in enumerate(doc2.tokens) if tok.text == "وأعرب")
    assert belief_cue(doc2, t2) is None
    # a word that is no verb of expressing: no cue
    assert belief_cue(doc, t + 1) is None
