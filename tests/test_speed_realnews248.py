"""Speed round 248 (no output change): ``wholenames.whole_word`` reads its word list once (not a set made per word
asked) and strips the marks of a word with one regex call; ``close_source.close_affiliation`` and ``wordreadings._index`` bisect the document's kept token starts
(``Doc.token_starts``) instead of a list made per call; ``background.opening`` takes the tokens before a time as
the run they are (no scan to the end of the document); ``where.planned_holding`` is cached by its key; and
``dualtitles.dual_titles`` asks what ``_dual_head`` asks first before calling it. Each still answers what it
answered before. Hand-made sentences."""

from __future__ import annotations

from rasd.entities.gazetteer import clitic_variants
from rasd.entities.wholenames import whole_word
from rasd.events.background import opening
from rasd.events.where import planned_holding

from conftest import analyze_news, person_roles


def test_a_lookalike_word_is_read_whole_and_a_clitic_name_is_not() -> None:
    assert whole_word("باكرا") and whole_word("وباكرا")  # early; after «و» as well
    assert whole_word("باكراً") and whole_word("باكـرا")  # its tanween and a tatweel aside (``_bare``)
    assert not whole_word("بأكرا")  # (its hamza kept: ب + «أكرا»)
    # counter-cases: ب + a name, and a word of four letters after «و»
    assert not whole_word("بداعش") and not whole_word("وبلد")
    assert [k for k, _, _ in clitic_variants("باكرا")] == ["باكرا"]
    assert [k for k, _, _ in clitic_variants("بداعش")] == ["بداعش", "داعش"]


def test_a_holding_masdar_with_its_pronoun_is_cached_by_its_key() -> None:
    assert planned_holding("عقده") and planned_holding("لعقدها") and planned_holding("وعقده")
    assert planned_holding("عقده")  # (asked again: the cached answer)
    # counter-cases: the masdar with no pronoun, and a word with none of the list
    assert not planned_holding("عقد") and not planned_holding("كتابه")


def _plain_opening_run(doc, sent_start: int, start: int) -> list[int]:  # type: ignore[no-untyped-def]
    """The tokens ``background.opening`` reads, found by the plain scan it made before round 248."""
    return [t for t in range(sent_start, len(doc.tokens)) if doc.tokens[t].end <= start]


def test_the_tokens_before_a_time_are_a_run_from_the_sentence_start() -> None:
    doc = analyze_news("ووفقا للبيان، فإن الحكومة ستعقد اجتماعا. وفي الأسبوع الماضي، زار الوزير المدينة الجديدة.")
    # the run the new code walks equals the plain scan at every offset, from every sentence start
    for sent_start in (0, 7, 8):
        for start in range(len(doc.text) + 1):
            stop = sent_start
            while stop < len(doc.tokens) and doc.tokens[stop].end <= start:
                stop += 1
            assert list(range(sent_start, stop)) == _plain_opening_run(doc, sent_start, start)
    second = next(k for k, t in enumerate(doc.tokens) if t.text == "وفي")
    time_at = doc.text.index("الأسبوع")
    assert opening(doc, second, time_at)  # «وفي» leads into the time
    # counter-case: a verb and its subject before the time lead into nothing
    verb = next(k for k, t in enumerate(doc.tokens) if t.text == "زار")
    assert not opening(doc, verb, doc.text.index("المدينة"))


def test_two_persons_after_a_title_in_the_dual_both_hold_it() -> None:
    doc = analyze_news("واستقبل الملك وزيري الخارجية الأسبقين جون كيري وهيلاري كلينتون في القصر.")
    roles = person_roles(doc)
    assert roles.get("جون كيري") == roles.get("هيلاري كلينتون") != None  # noqa: E711
    # counter-case: a title in the singular gives its role to the first man alone
    doc = analyze_news("واستقبل الملك وزير الخارجية الأسبق جون كيري وهيلاري كلينتون في القصر.")
    assert "وزير" not in " ".join(person_roles(doc).get("هيلاري كلينتون", []))


def test_sources_close_to_a_named_man_have_him_as_affiliation() -> None:
    doc = analyze_news("وقالت مصادر مقربة من الرئيس أشرف غني إن الحكومة ستعلن خطتها قريبا.")
    body = doc.quotes[0].attrs.get("affiliation") if doc.quotes else None
    ent = doc.entity(body) if isinstance(body, str) else None
    assert ent is not None and ent.name == "أشرف غني"
    # counter-case: close to a meeting, no one named: no affiliation
    doc = analyze_news("وقالت مصادر مقربة من تلك الاجتماعات إن الحكومة ستعلن خطتها قريبا.")
    assert [q.attrs.get("affiliation") for q in doc.quotes] == [None]
