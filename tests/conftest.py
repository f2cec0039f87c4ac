from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "examples" / "000_545e91c68c60f2ba.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data; the calling test is skipped with a clear reason where it is absent."""
    p = SHARED.joinpath("data", *parts)
    if not p.exists():
        pytest.skip(f"needs ../shared/data/{'/'.join(parts)} (the project's shared data folder), absent here")
    return p


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text: str):  # type: ignore[no-untyped-def]
    import rasd

    return rasd.analyze(seed_text, date="2014-10-09", id=SEED.name)


@pytest.fixture(scope="session")
def pipe():  # type: ignore[no-untyped-def]
    """The full default pipeline (stateless between documents: one for the session)."""
    from rasd.pipeline import Pipeline

    return Pipeline()


def analyze_news(text: str):  # type: ignore[no-untyped-def]
    """A hand-made real-news sentence through the default pipeline, dated as the SaudiNewsNet sample."""
    import rasd

    return rasd.analyze(text, date="2015-08-02")


@lru_cache(maxsize=None)
def cached_news(text: str):  # type: ignore[no-untyped-def]
    """:func:`analyze_news`, once per text (several tests of a file read the same sentence)."""
    return analyze_news(text)


def event_party(doc, ev, role: str):  # type: ignore[no-untyped-def]
    """The entity that is the event's ``role`` ("source", else the target), or None."""
    eid = ev.source if role == "source" else ev.target
    return doc.entity(eid) if eid is not None else None


def party_or_phrase(text: str, trigger: str, role: str) -> tuple[str | None, str | None]:
    """(entity name, actor) of the ``role`` of the event whose trigger is the text ``trigger`` in :func:`cached_news`
    of ``text``; else (the unnamed phrase the role points at, None); (None, None) where the role is empty."""
    doc = cached_news(text)
    ev = event_at(doc, trigger)
    ent = event_party(doc, ev, role)
    if ent is not None:
        return ent.name, ent.actor
    phrase = ev.unnamed(role, doc.text)
    return (str(phrase["text"]) if phrase else None), None


def event_starting_at(doc, word: str):  # type: ignore[no-untyped-def]
    """The first event whose main trigger starts where ``word`` first occurs in the text."""
    return next(e for e in doc.events if e.trigger.start == doc.text.index(word))


def event_with_trigger_at(doc, word: str):  # type: ignore[no-untyped-def]
    """The first event one of whose triggers (a merged event has several) starts where ``word`` first occurs."""
    return next(e for e in doc.events if any(t.start == doc.text.index(word) for t in e.triggers))


def event_at(doc, trigger: str):  # type: ignore[no-untyped-def]
    """The event whose trigger is the text ``trigger``."""
    return next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)


def news_event(text: str, trigger: str):  # type: ignore[no-untyped-def]
    """A hand-made sentence through :func:`analyze_news` and its event whose trigger is the text ``trigger``:
    ``(doc, event)``; an AssertionError naming the triggers found where there is none."""
    doc = analyze_news(text)
    for e in doc.events:
        if doc.text[e.trigger.start : e.trigger.end] == trigger:
            return doc, e
    raise AssertionError(f"no event {trigger!r} in {[doc.text[e.trigger.start : e.trigger.end] for e in doc.events]}")


def news_event_rows(text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    """(code, trigger, source name, target name or unnamed target phrase, modality) of each event of a hand-made
    sentence through :func:`analyze_news`."""
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    out = []
    for e in doc.events:
        tgt = names.get(e.target) if e.target is not None else None
        if tgt is None:
            phrase = e.unnamed("target", doc.text)
            tgt = phrase and str(phrase["text"])
        src = names.get(e.source) if e.source is not None else None
        out.append((e.code, doc.text[e.trigger.start : e.trigger.end], src, tgt, e.modality))
    return out


def news_date(text: str, trigger: str) -> str | None:
    """The date of the event ``trigger`` of a hand-made sentence."""
    return news_event(text, trigger)[1].date  # type: ignore[no-any-return]


def news_place(text: str, trigger: str) -> str | None:
    """The name of the place entity of the event ``trigger`` of a hand-made sentence (None: no place)."""
    doc, e = news_event(text, trigger)
    return next((x.name for x in doc.entities if x.id == e.location), None)


def quote_speakers(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    """(cue, speaker name, or [speaker text], or None) per quote."""
    out: list[tuple[str, str | None]] = []
    for q in doc.quotes:
        ent = doc.entity(named_role(doc, q.speaker))  # (a GROUP made of the phrase reads as the phrase)
        phrase = q.attrs.get("speaker_text")
        who = ent.name if ent is not None else (f"[{doc.text[phrase.start:phrase.end]}]" if phrase is not None else None)
        out.append((doc.text[q.cue.start : q.cue.end], who))
    return out


def news_quote_rows(text: str) -> list[tuple[str, str | None, str | None, str, bool]]:
    """(cue, speaker name, speaker_text, content, direct) of each quote of a hand-made news text."""
    doc = analyze_news(text)
    out = []
    for q in doc.quotes:
        given = q.attrs.get("speaker_text")
        named = named_role(doc, q.speaker)  # (a GROUP made of the phrase reads as the phrase)
        out.append((doc.text[q.cue.start : q.cue.end], doc.entity(named).name if named else None,
                    doc.text[given.start : given.end] if given is not None else None,
                    doc.text[q.content.start : q.content.end], q.direct))
    return out


def news_quote(text: str, cue: str) -> tuple[str | None, str | None, str | None, str]:
    """(speaker name, speaker_text, affiliation name, content) of the one quote of a hand-made news text whose cue is
    the text ``cue`` (fails, showing every quote's row, where there is none or more than one)."""
    doc = analyze_news(text)
    found = [q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == cue]
    assert len(found) == 1, news_quote_rows(text)
    q = found[0]
    given = q.attrs.get("speaker_text")
    body = doc.entity(q.attrs.get("affiliation"))
    speaker = doc.entity(q.speaker)
    return (speaker.name if speaker is not None else None, doc.text[given.start : given.end] if given is not None
            else None, body.name if body is not None else None, doc.text[q.content.start : q.content.end])


def news_arg(text: str, trigger: str, role: str = "source") -> str:
    """The ``role`` of the event whose trigger starts at the word ``trigger`` of ``text`` (see :func:`event_arg`)."""
    doc = analyze_news(text)
    return event_arg(doc, event_with_trigger_at(doc, trigger), role)


def news_modality(text: str, trigger: str) -> str:
    """The modality of the event whose trigger starts at the word ``trigger`` of ``text``."""
    doc = analyze_news(text)
    return str(event_with_trigger_at(doc, trigger).modality)


def named_role(doc, eid: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """An event role's entity id where a named entity fills it; None where none does or where the unnamed group of
    its phrase does (the ``groups`` stage's GROUP entity, made after the events layer: the phrase is still the
    argument the events layer found)."""
    ent = doc.entity(eid) if eid is not None else None
    return None if ent is None or ent.type == "GROUP" else str(eid)


def event_arg(doc, ev, role: str) -> str:  # type: ignore[no-untyped-def]
    """An event's ``role`` ("source" / "target"): its named entity's name, else the phrase it points at (also where
    the ``groups`` stage made the phrase a GROUP entity: :func:`named_role`), else ""."""
    eid = named_role(doc, getattr(ev, role))
    if eid is not None:
        return str(next(e.name for e in doc.entities if e.id == eid))
    span = ev.attrs.get(f"{role}_span")
    return doc.text[span[0] : span[1]] if isinstance(span, list) else ""


class TypedRunsTagger:
    """A stand-in NER tagger that reads each given run of words, wherever it occurs, as one name of the type given
    with it (``(type, words)``), as the statistical taggers sometimes do («وأدان كيري», «كيري مازحا»): for testing
    how the entity stage repairs or uses a tagger's span."""

    def __init__(self, *runs: tuple[str, Sequence[str]]) -> None:
        self.runs = [(t, tuple(w)) for t, w in runs]

    def tag(self, tokens: list[str]) -> list[str]:
        return self.tag_doc([tokens])[0]

    def tag_doc(self, sentences: list[list[str]]) -> list[list[str]]:
        out = []
        for s in sentences:
            labels = ["O"] * len(s)
            for typ, words in self.runs:
                n = len(words)
                for i in range(len(s) - n + 1):
                    if tuple(s[i : i + n]) == words:
                        labels[i : i + n] = ["B-" + typ] + ["I-" + typ] * (n - 1)
            out.append(labels)
        return out


class RunsTagger(TypedRunsTagger):
    """Each given run of words read as one name of type ``typ``."""

    def __init__(self, *runs: Sequence[str], typ: str = "PERS") -> None:
        super().__init__(*((typ, r) for r in runs))
        self.typ = typ


class RunTagger(RunsTagger):
    """One run of words, given word by word, read as one person name."""

    def __init__(self, *words: str) -> None:
        super().__init__(words)


def tagged_persons(text: str, tagger: RunTagger) -> list[str]:
    """The person mentions of ``text`` when the entity stage runs with ``tagger``."""
    import rasd
    from rasd.entities.stage import analyze_entities

    doc = rasd.Pipeline(["tokens", "sentences"])(text)
    analyze_entities(doc, tagger=tagger)  # type: ignore[arg-type]
    return sorted(doc.text[m.start : m.end] for m in doc.mentions if m.type == "PERSON")


def runs_doc(text: str, *runs: Sequence[str], typ: str = "PERS", date: str | None = "2015-06-01") -> Any:
    """``text`` analysed, its entities found with a :class:`RunsTagger` of ``runs`` standing in for the tagger."""
    import rasd
    from rasd.entities.stage import analyze_entities

    doc = rasd.analyze(text, date=date)
    analyze_entities(doc, tagger=RunsTagger(*runs, typ=typ))  # type: ignore[arg-type]
    return doc



def typed_runs_doc(text: str, *runs: tuple[str, list[str]], date: str | None = "2015-08-02") -> Any:
    """``text`` analysed, its entities found with a :class:`TypedRunsTagger` of ``runs`` (type, words) standing in
    for the tagger."""
    import rasd
    from rasd.entities.stage import analyze_entities

    doc = rasd.analyze(text, date=date)
    analyze_entities(doc, tagger=TypedRunsTagger(*runs))  # type: ignore[arg-type]
    return doc

def person_roles(doc: Any) -> dict[str, list[str]]:
    """Each person entity's name and roles."""
    return {e.name: e.roles for e in doc.entities if e.type == "PERSON"}


def news_codes(text: str) -> list[tuple[str, str]]:
    """(trigger text, CAMEO code) of each event of a news sentence."""
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.code) for e in doc.events]


def news_has_code(text: str, trigger: str, code: str) -> bool:
    return (trigger, code) in news_codes(text)


def news_triggers(text: str) -> list[str]:
    """Every trigger of every event, those a repeat joined too."""
    doc = analyze_news(text)
    return [doc.text[t.start : t.end] for e in doc.events for t in e.triggers]


def entity_named(doc: Any, name: str) -> Any:
    """The entity whose name is ``name`` (StopIteration where none)."""
    return next(e for e in doc.entities if e.name == name)


def names_of_type(doc: Any, typ: str) -> list[str]:
    """The names of the entities of type ``typ``, in order."""
    return [e.name for e in doc.entities if e.type == typ]


def entity_of_mention(doc: Any, text: str) -> Any:
    """The entity of the mention whose text is ``text``."""
    m = next(m for m in doc.mentions if doc.text[m.start : m.end] == text)
    return next(e for e in doc.entities if e.id == m.entity)


def typed_names(doc: Any) -> list[tuple[str, str]]:
    """(type, name) of every named entity, sorted (the ``groups`` stage's unnamed GROUP entities left out)."""
    return sorted((e.type, e.name) for e in doc.entities if e.type != "GROUP")



def spaced_doc(text: str) -> Any:
    """A Doc of ``text`` with one token per space-separated word (its text also its key), no other layer: for
    tests of Doc's own indexes."""
    from rasd.doc import Doc, Token

    doc = Doc(text=text)
    at = 0
    for w in text.split():
        doc.tokens.append(Token(at, at + len(w), w, w))
        at += len(w) + 1
    return doc


def entity_name_covering(text: str, word: str) -> str | None:
    """The name of the entity whose mention covers the last ``word`` of ``text`` (None where none does)."""
    doc = analyze_news(text)
    at = text.rindex(word)
    for e in doc.entities:
        if any(m.start <= at < m.end for m in e.mentions):
            return str(e.name)
    return None


def quote_speaker_pair(text: str, cue: str) -> tuple[str | None, str | None]:
    """Through :func:`analyze_news`: (the speaker's entity name, the unnamed speaker's phrase) of the quote whose cue is ``cue``."""
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == cue)
    phrase = q.to_dict(doc.text).get("speaker_text")
    return names.get(q.speaker) if q.speaker is not None else None, phrase["text"] if phrase else None
