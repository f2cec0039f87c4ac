"""Where indirect speech ends at a contrast the writer adds after it, for the ``quotes`` stage: «أن ... سيكون في
نهاية 2014، لكنه لم يحدد موعدا»: a «لكن/إلا أن/غير أن» clause whose subject is the speaker himself («لكنه»), doing
what a reporting verb does or leaving it undone («لكنه أكد», «إلا أنه لم يذكر») or declining to
(«لكنه رفض الكشف عن»), or whose clause the next cue's
report cuts short («...، لكن الرئاسة | نفت») or where another reports («غير أن المراقبين يؤكدون», «لكن بيان الحركة
حسم الأمر»), is the
writer's; not one inside quotation marks, nor one where the
speaker's voice goes on («لكنها تسير بشكل جيد»).
"""

from __future__ import annotations

from bisect import bisect_left

from collections.abc import Sequence

from ..doc import Doc, Quote, Span
from ..events.forms import fw, fw_keys, nkey
from .cues import Cue, match_cue, source_word

_BUT = fw_keys("contrast_but_words")
BUT_HE = {nkey(w): (g, pl) for w, g, pl in (("لكنه", "m", False), ("لكنها", "f", False), ("لكنهم", "m", True),
                                              ("ولكنه", "m", False), ("ولكنها", "f", False), ("ولكنهم", "m", True))}
_LINKS = frozenset(nkey(w) for w in ("حيث", "إذ", "اذ"))
EXCEPT = fw_keys("except_words")
_THAT = frozenset(nkey(w) for w in ("أن", "أنه", "أنها", "أنهم"))
_NOT = frozenset(nkey(w) for w in ("لم", "لا", "لن", "ما"))
CUT_SHORT = 2  # words of a contrast's clause at most before the next cue, where that cue's report cuts it short


def writer_contrast(doc: Doc, content: Span, stop: int, sent_end: int, quoted: Sequence[Span],
                    comment: bool = False) -> Span | None:
    """``content`` (indirect speech, its next cue at token ``stop``, its sentence ending at ``sent_end``) without the
    writer's contrast after a comma in it, or with ``comment`` (what follows its cue) without the writer's comment on
    its reception (``_writer_comment``); None where none stands there."""
    toks = doc.tokens
    lo = bisect_left(toks, content.start, key=lambda t: t.start)  # the tokens inside the content, by bisection
    ks = [k for k in range(lo, bisect_left(toks, content.end, lo=lo, key=lambda t: t.start)) if toks[k].end <= content.end]
    for k in ks[1:-1]:
        if toks[k].text not in ("،", ",") or any(q.start <= toks[k].start < q.end for q in quoted):
            continue
        if _writer_gloss(doc, k, ks[-1]):  # «...، في إشارة إلى العملية»: what the writer says it meant
            end = toks[k - 1].end
            return Span(content.start, end) if end > content.start else None
        if _next_report(doc, k, ks[-1]):  # «...، ووصفت مصادر محلية الهجوم بأنه»: another's report, not said
            end = toks[k - 1].end
            return Span(content.start, end) if end > content.start else None
        if comment and _writer_comment(doc, k, ks[-1]):  # «...، مما أثار حفيظة الناخبين», «...، وهو ما دفع»: what came of it
            end = toks[k - 1].end
            return Span(content.start, end) if end > content.start else None
        a, own = _contrast_clause(doc, k)
        if a < 0 or a > ks[-1] + 1:
            continue
        cut_short = stop < sent_end and stop - a <= CUT_SHORT and a <= stop
        other = not own and (any(_reporting(doc, v) for v in range(a + 1, min(a + 1 + CUT_SHORT, ks[-1] + 1)))
                             or _statement_subject(doc, a, ks[-1]))  # «...، لكن بيان الحركة حسم الأمر»
        if cut_short or other or (own and _speaker_act(doc, a, ks[-1])):
            end = toks[k - 1].end
            return Span(content.start, end) if end > content.start else None
    return None


def _contrast_clause(doc: Doc, k: int) -> tuple[int, bool]:
    """After the comma at ``k``: (the first token of the clause of «لكن/إلا أن/غير أن», whether its subject is a
    pronoun: «لكنه», «إلا أنها»); (-1, False) where no contrast opens there."""
    toks = doc.tokens
    if k + 1 >= len(toks):
        return -1, False
    w = toks[k + 1].norm_key.removeprefix("و")
    if w in _BUT:
        return k + 2, w != nkey("لكن")
    if w in EXCEPT and k + 2 < len(toks) and toks[k + 2].norm_key in _THAT:
        return k + 3, toks[k + 2].norm_key != nkey("أن")
    return -1, False


def _speaker_act(doc: Doc, a: int, last: int) -> bool:
    """The clause from token ``a`` opens with a reporting verb («لكنه أكد») or, negated, with one of withholding
    (withheld_verbs: «إلا أنه لم يحدد», «لكنه لم يذكر»)."""
    negated = doc.tokens[a].norm_key in _NOT
    v = a + 1 if negated else a
    if v > last + 1 or v >= len(doc.tokens):
        return False
    return _reporting(doc, v) or (negated and doc.tokens[v].norm_key in fw("withheld_verbs")) or (
        not negated and _declined(doc, v, last))


DECLINED_REACH = 2  # tokens from a verb of declining to its masdar («امتنع عن التعليق»: past «عن»)


def _declined(doc: Doc, v: int, last: int) -> bool:
    """Round qu524: the token at ``v`` is a verb of declining (declining_verbs) with a masdar of commenting or
    disclosing (comment_masdars, withheld_masdars) within DECLINED_REACH tokens after it, up to token ``last``:
    «لكنه رفض الكشف عن تفاصيل», «لكنها امتنعت عن التعليق», «لكنه تجنب الرد»: the writer's account of what the
    speaker did, not said; «لكنه رفض الشروط» (a rejection, his words as well) is none."""
    if doc.tokens[v].norm_key not in fw_keys("declining_verbs"):
        return False
    masdars = fw_keys("comment_masdars") | fw_keys("withheld_masdars")
    return any(doc.tokens[u].norm_key in masdars for u in range(v + 1, min(v + 1 + DECLINED_REACH, last + 1)))


def _statement_subject(doc: Doc, a: int, last: int) -> bool:
    """The contrast's clause at ``a`` opens with a statement noun (statement_nouns, «بيان», «تقرير») and a body's name
    or a definite word after it, then more words: another source's word against what was said, the writer's."""
    return a + 2 <= last and doc.tokens[a].norm_key in fw("statement_nouns") and nkey(
        doc.tokens[a + 1].text)[:2] == "ال"


def _reporting(doc: Doc, v: int) -> bool:
    """The token at ``v`` is a reporting verb («أكد», «يؤكدون»)."""
    cue = match_cue(doc, v)
    return cue is not None and cue.kind == "verb"


def _next_report(doc: Doc, k: int, last: int) -> bool:
    """After the comma at ``k``, «و» and a verb of reporting or describing (a verb cue, describing_verbs) with its
    own subject right after it — a source («مصادر»), a title or a named person or body: «...، ووصفت مصادر محلية
    الهجوم بأنه كبير» is the next report, not what was said (a dropped subject, «، ووصفت العلاقة بأنها», goes on);
    or «كما» and a describing verb («...، كما وصف فلان بأنه»: another act, subject or none)."""
    toks = doc.tokens
    v = k + 1
    if v + 1 <= last and toks[v].norm_key.removeprefix("و") == "كما" and toks[v + 1].norm_key in fw(
            "describing_verbs"):
        return True  # «...، كما وصف بن لادن بأنه زعيم»: another act of his, not what he pointed out
    if v + 1 > last or toks[v].norm_key[:1] != "و":
        return False
    if not (_reporting(doc, v) or toks[v].norm_key[1:] in fw("describing_verbs")):
        return False
    nxt = toks[v + 1]
    if source_word(nxt) or nxt.norm_key.removeprefix("ال") in fw("titles"):
        return True
    return any(e.type in ("PERSON", "ORGANIZATION") and any(m.start == nxt.start for m in e.mentions)
               for e in doc.entities)


def _writer_comment(doc: Doc, k: int, last: int) -> bool:
    """After the comma at ``k``, «مما», «وهو ما», «الأمر الذي» (writer_comment_openers) and a verb of stirring a
    reaction (writer_comment_verbs: «مما أثار حفيظة», «الأمر الذي أغضب»): how what was said was received, the
    writer's; or a verb of showing itself (writer_showing_verbs: «وهذا ما تجلى في مقاله الأول»): where the view
    was voiced, the writer's too; not what came of the events said («مما أسفر عن مقتل», «وهو ما دعا الجيش إلى»,
    «مما يعني أن»: still the report)."""
    toks = doc.tokens
    for phrase in fw("writer_comment_openers"):
        words = [nkey(w) for w in phrase.split(" ")]  # («الأمر»: its key, as the tokens' are)
        v = k + 1 + len(words)
        if v > last or [toks[k + 1 + n].norm_key for n in range(len(words))] != words:
            continue
        verb = toks[v].norm_key.removeprefix("و")
        return verb in fw_keys("writer_comment_verbs") or verb in fw_keys("writer_showing_verbs")
    return False


def _writer_gloss(doc: Doc, k: int, last: int) -> bool:
    """After the comma at ``k``, «في إشارة (إلى/لـ)» (writer_gloss_openers) before token ``last``: the writer's gloss
    on what was said, not said."""
    toks = doc.tokens
    for phrase in fw("writer_gloss_openers"):
        words = [nkey(w) for w in phrase.split(" ")]
        if k + len(words) < last and [toks[k + 1 + n].norm_key for n in range(len(words))] == words:
            return True
    return False


def contrast_goes_on(doc: Doc, t: int, cue: Cue, quotes: Sequence[Quote], sent: Span) -> Quote | None:
    """A verb cue right after «لكنه/لكنها/ولكنه» whose pronoun agrees with it, or after «حيث/إذ» (past «قد»;
    ``_speaker`` asks only where no subject follows the verb), goes on with the latest quote of its sentence that
    agrees too and has a speaker, named or an unnamed phrase («وقال نائب في البرلمان إن ...، ولكنه أضاف»,
    «واعترفت صفحات موالية للنظام بأن ...، لكنها أشارت», «وقال الوزير إن ...، حيث أكد»): that quote; None otherwise
    (not one inside what another reported)."""
    k = t - 1
    if k >= 0 and doc.tokens[k].norm_key in ("قد", "لقد"):
        k -= 1
    link = k >= 0 and doc.tokens[k].norm_key in _LINKS  # «وقال الوزير إن ...، حيث أكد»: he goes on
    if k < 0 or not (link or BUT_HE.get(doc.tokens[k].norm_key) == (cue.gender, cue.plural)):
        return None
    own = [q for q in quotes if q.cue.start >= sent.start]
    own = [q for q in own if not any(p.content.start <= q.cue.start < p.content.end for p in own)]
    if not own:
        return None
    q = own[-1]
    if q.attrs.get("gender") != cue.gender or bool(q.attrs.get("plural")) != cue.plural or "speakers" in q.attrs:
        return None
    return q if q.speaker is not None or isinstance(q.attrs.get("speaker_text"), Span) else None


_ANSWERS = fw_keys("answer_nouns")


def answer_owner(doc: Doc, t: int, cue: Cue, sent: Span) -> tuple[str | None, Span] | None:
    """Round 246: a verb cue right after «لكنه/ولكنه» (of its gender) in a sentence whose words before it speak of
    someone's answer or words («ولم تتوقف إجابة البرلماني عند هذا الحد، ولكنه أضاف»): the one whose answer it is, the
    definite word or name in construct right after that noun, as (entity or None, its span); None otherwise (no such
    noun before it, or a pronoun on it: «إجابته»)."""
    if t < 1 or BUT_HE.get(doc.tokens[t - 1].norm_key) != (cue.gender, cue.plural):
        return None
    first = doc.token_from(sent.start)
    for k in range(first if first is not None else t, t - 2):
        if doc.tokens[k].norm_key.removeprefix("و") not in _ANSWERS:
            continue
        owner = doc.tokens[k + 1]
        mention = next((m for e in doc.entities for m in e.mentions if m.start == owner.start), None)
        if mention is not None:
            return next(e.id for e in doc.entities if mention in e.mentions), Span(mention.start, mention.end)
        if owner.norm_key.startswith("ال") and owner.text[:1].isalpha():
            return None, Span(owner.start, owner.end)
    return None
