"""The writer's «as he put it», for the ``quotes`` stage: «according to» with no source of its own — his words
(«بحسب وصفه», «حسب قولهم», «على حد تعبيره») or «ما» and a verb of saying («حسب ما عبر عنه»; round q364: with no
report or source noun as its subject: not «حسبما أفاد تقرير إخباري») — after what a cue
reported, a comma before it or none («وقال إن الوزارة فشلت بحسب وصفه»): no part of what was said, and no quote of
its own (the same words, the same speaker)."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Quote, Span
from ..events.forms import fw, fw_keys, nkey
from ..text.prefixes import past_clitics
from .cues import by_source, is_complementizer, match_cue, trim, source_word
from .agreement import _agrees

TAIL_WORDS = 8  # tokens at most of such a tail, to the end of what was reported («حسب ما عبر عدد منهم لوسائل الإعلام»)


def own_words(doc: Doc, k: int) -> bool:
    """The «according to» word at ``k`` names no source of its own: its source is a pronoun on a word of saying
    («وصفه», «قولهم», «تعبيره»), or «ما» and a verb of saying («حسب ما عبر», «حسبما قال»)."""
    if k + 1 >= len(doc.tokens) or past_clitics(doc.tokens[k].norm_key, ("و", "ب")) not in fw(
            "according_tails") | {"حسبما"}:
        return False
    if not by_source(doc, k):
        return False
    nxt = doc.tokens[k + 1]
    if doc.tokens[k].norm_key.endswith("ما") or nxt.norm_key in ("ما", "لما"):
        return not _named_after_verb(doc, k + 1 if doc.tokens[k].norm_key.endswith("ما") else k + 2)
    return source_word(nxt) and any(w.kind == "enclitic" for w in nxt.words)


def _named_after_verb(doc: Doc, v: int) -> bool:
    """Round q364: the verb of saying at token ``v`` («حسبما أفاد ...») has a subject of its own right after it, a
    report or source noun («حسبما أفاد تقرير إخباري», «حسب ما ذكرت مصادر»): a source, not the speaker's own words."""
    if v + 1 >= len(doc.tokens):
        return False
    subject = doc.tokens[v + 1]
    return source_word(subject) or subject.norm_key.removeprefix("ال") in fw("report_nouns")


def bare_tail(doc: Doc, content: Span) -> Span:
    """``content`` without such a tail set on it with no comma («... فشلت في إدارة الأزمة بحسب وصفه»): at most
    TAIL_WORDS tokens to its end, no «أن/إن» in them; ``content`` where none stands there."""
    ks = doc.token_range(content)
    for n in range(len(ks) - 1, 0, -1):
        if len(ks) - n > TAIL_WORDS:
            break
        k = ks[n]
        if is_complementizer(doc, k):
            break
        if own_words(doc, k) and doc.tokens[k - 1].text not in ("،", ","):
            return trim(doc.text, content.start, doc.tokens[k - 1].end) or content
    return content


def reported_tail(doc: Doc, t: int, quotes: Sequence[Quote], sent: Span) -> bool:
    """The «according to» cue at ``t`` is such a tail of the last quote in its sentence: no source of its own, and
    only a comma between that quote's content and it."""
    if not own_words(doc, t) or not quotes:
        return False
    reach = doc.tokens[min(len(doc.tokens) - 1, t + 4)].end
    if any(doc.tokens[t].end <= m.start < reach for m in doc.mentions):
        return False  # «...، حسبما أفادت رويترز»: a source named, who relays it
    last = quotes[-1]
    if last.content.start < sent.start or last.content.end > doc.tokens[t].start:
        return False
    gap = doc.text[last.content.end : doc.tokens[t].start]
    return not gap.replace("،", "").replace(",", "").replace("»", "").replace('"', "").strip()


SEMICOLON_BACK = 2  # pieces before «؛» that what «according to» reports may open in


def semicolon_start(doc: Doc, start: int) -> int:
    """Where the clause an «according to» at the end of a sentence reports opens, from the sentence's start
    ``start``: back across a «؛» the segmenter split at («ووسط أزمة ...؛ بما في ذلك ...، اقتحم متسوقون ...، وفقا
    لصحيفة»: one clause), up to SEMICOLON_BACK pieces, none with a cue of its own; ``start`` where no «؛» ends the
    piece before."""
    for _ in range(SEMICOLON_BACK):
        before = doc.text[:start].rstrip()
        if not before.endswith("؛"):
            break
        piece = doc.sentence_of(len(before) - 1)
        if piece is None or piece.start >= start:
            break
        toks = [k for k, tok in enumerate(doc.tokens) if piece.start <= tok.start < start]
        if any(match_cue(doc, k) is not None for k in toks):
            break
        start = piece.start
    return start


def own_words_gender(doc: Doc, t: int) -> str | None:
    """The gender of the pronoun on the word after the «according to» word at ``t`` («بحسب وصفه», «حسب رأيها»);
    None where ``t`` is no such word or the next word has no pronoun of known gender."""
    if t + 1 >= len(doc.tokens) or not own_words(doc, t):
        return None
    if not any(w.kind == "enclitic" for w in doc.tokens[t + 1].words):
        return None
    return _pronoun_gender(doc, t + 1)


def _pronoun_gender(doc: Doc, k: int) -> str | None:
    """The gender of the pronoun on the word of saying at ``k`` («وصفه»: m, «قولها»: f; plural or none: None)."""
    word = doc.tokens[k].norm_key
    if word.endswith("ها"):
        return "f"
    if word.endswith("ه") and not word.endswith(("هم", "هما")):
        return "m"
    return None


def described_speaker(doc: Doc, t: int, sent: Span, heard: dict[str, str]) -> str | None:
    """The speaker of «بحسب وصفه/قوله/تعبيره» at ``t`` standing on its own (no quote before it in its sentence to
    be the tail of): the one person named before it in its sentence whom the pronoun agrees with («وينتظر العميد
    فلان ... الذي يتوقع بحسب وصفه أنه مسألة وقت»: he); None where none or two such are named there."""
    gender = own_words_gender(doc, t)
    if gender is None:
        return None
    cut = doc.tokens[t].start
    named = {e.id for e in doc.entities if e.type == "PERSON"
             for m in e.mentions if sent.start <= m.start and m.end <= cut}
    fits = [eid for eid in named if _agrees(doc, eid, gender, heard)]
    return fits[0] if len(fits) == 1 else None


def own_that(doc: Doc, t: int, end: int) -> Span | None:
    """«يتوقع بحسب وصفه أنه مسألة وقت», «بحسب المصدر أن»: «according to» his words (or the source named before)
    right before «أن/إن» reports the clause it opens,
    to its first comma or token ``end`` (the sentence goes on with the writer's clause: «...، الأوامر للسير»); None
    where no «أن/إن» follows the word of saying."""
    k = t + 1
    if k + 2 >= end or not (own_words(doc, t) or doc.tokens[k].norm_key in fw_keys("anonymous_sources")) or (
            not is_complementizer(doc, k + 1)):  # «يتوقع بحسب المصدر أن يزداد»: the source named before (q374)
        return None
    comma = next((v for v in range(k + 2, end) if doc.tokens[v].text in ("،", ",") and not _and_that(doc, v + 1)), end)
    return trim(doc.text, doc.tokens[k + 1].end, doc.tokens[comma - 1].end)


def _and_that(doc: Doc, v: int) -> bool:
    """Token ``v`` is «وأن/وأنه/وإن» (round q274): «لا يشك بأن ...، وأنه سينتهي دون اتهام»: the same report goes on."""
    return v < len(doc.tokens) and doc.tokens[v].norm_key.startswith("و") and is_complementizer(doc, v)


_AS_PUT = (nkey("على"), nkey("حد"))  # «على حد تعبير/قول فلان»: in so-and-so's words
TAIL_TITLE = 3  # words of a title between «على حد تعبير» and the name


def tail_speaker(doc: Doc, content: Span, sent: Span) -> str | None:
    """The person named in the writer's tail right after ``content`` («...، على حد تعبير صالح مقبل.»: in his
    words): he said it; None where no such tail names one before the sentence's end."""
    k = doc.token_from(content.end)
    if k is None:
        return None
    while k < len(doc.tokens) and doc.tokens[k].text in ("،", ",", "»", '"'):
        k += 1
    if k + 3 >= len(doc.tokens) or (doc.tokens[k].norm_key, doc.tokens[k + 1].norm_key) != _AS_PUT:
        return None
    if not source_word(doc.tokens[k + 2]) or any(w.kind == "enclitic" for w in doc.tokens[k + 2].words):
        return None  # («على حد تعبيره»: his own, the speaker's)
    for v in range(k + 3, min(len(doc.tokens), k + 3 + TAIL_TITLE)):
        tok = doc.tokens[v]
        if tok.start >= sent.end:
            return None
        named = next((e.id for e in doc.entities if e.type == "PERSON" for m in e.mentions if m.start == tok.start),
                     None)
        if named is not None:
            return named
    return None


def past_telling(doc: Doc, start: int, t: int) -> int | None:
    """Where the clause an «according to» at ``t`` (at the end of its sentence) reports opens when what precedes it
    from character ``start`` opens with a verb of telling that has its own subject and no «أن/إن» («وأعلنت جيبوتي
    حاجتها إلى ... بعد النزاع الذي أسفر عن مقتل ...، وفق الأمم المتحدة»): after the last relative pronoun past that
    verb (the toll, not the announcement); None where no such verb opens it or no relative pronoun follows."""
    toks = doc.tokens
    a = doc.token_from(start)
    if a is None or a + 2 >= t:
        return None
    cue = match_cue(doc, a)
    if cue is None or cue.kind != "verb" or not any(m.start == toks[a + 1].start for m in doc.mentions):
        return None
    last = None
    for k in range(a + 2, t - 1):
        if is_complementizer(doc, k):
            return None  # «أعلنت أن ...»: what was announced, which the «according to» may report
        if toks[k].norm_key in fw("relatives"):
            last = k
    return toks[last + 1].start if last is not None else None
