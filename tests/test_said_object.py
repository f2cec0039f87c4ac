"""A masdar right after a verb of saying is its object, not its subject (rasd.quotes.said_object): «وأكد وجود
«...»» is said by the speaker before, the subject dropped."""

from __future__ import annotations

from rasd.pipeline import Pipeline

PIPE = Pipeline()
FIRST = "قال وزير المالية العراقي هوشيار زيباري إن الإنفاق كبير. "


def _second(text: str) -> tuple[str | None, object]:
    """(speaker, speaker_text) of the second quote of ``text``."""
    doc = PIPE(text)
    assert len(doc.quotes) == 2
    q = doc.quotes[1]
    return q.speaker, q.attrs.get("speaker_text")


def test_existence_object_carries_speaker() -> None:
    doc = PIPE(FIRST)
    first = doc.quotes[0].speaker
    speaker, phrase = _second(FIRST + "وأكد وجود «أبواب للإنفاق لا تخطر على بال».")
    assert first is not None and speaker == first and phrase is None


def test_denied_truth_object_carries_speaker() -> None:
    speaker, phrase = _second(FIRST + "ونفى صحة «الأنباء التي نشرتها الصحف».")
    assert speaker == PIPE(FIRST).quotes[0].speaker and phrase is None


def test_plural_subject_kept() -> None:
    # «شهود» is the subject: witnesses said it, not the minister quoted before (round gs409: the witnesses are a
    # GROUP of civilians, the quote's speaker)
    doc = PIPE(FIRST + "وأكد شهود «أن الإنفاق تضاعف».")
    speaker, phrase = doc.quotes[1].speaker, doc.quotes[1].attrs.get("speaker_text")
    group = doc.entity(speaker) if speaker is not None else None
    assert speaker != doc.quotes[0].speaker and phrase is not None
    assert group is not None and (group.type, group.actor) == ("GROUP", "CVL")
