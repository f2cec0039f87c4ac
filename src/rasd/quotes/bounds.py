"""Where what a cue reports ends and a clause of its own opens, for the ``quotes`` stage: a fact added after
«إضافة إلى» («شدد على ...، إضافة إلى أن»), a cue after a connective («ولذلك قالوا») or a resuming verb («وعاد
وقال»), the next report opening before its cue, a contrast the writer opens after what was said («...، فيما»).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Span
from ..events.forms import bare, fw, fw_keys, nkey
from .contrast import BUT_HE
from .cues import by_source, is_complementizer, match_cue, trim
from .edges import manner_participle


def additive(doc: Doc, u: int) -> bool:
    """The «أن» at ``u`` follows «إضافة إلى», «فضلا عن», «علاوة على» (additive_connectives): «in addition to that»,
    a clause of its own."""
    return u >= 2 and doc.tokens[u - 1].norm_key in ("الي", "علي", "عن") and nkey(
        doc.tokens[u - 2].text).removeprefix("و") in fw("additive_connectives")


def after_connective(doc: Doc, t: int) -> bool:
    """The cue at ``t`` right after a connective («لذلك», «ولهذا», «وبذلك»: connectives) opens a clause of its own."""
    return t > 0 and bare(doc.tokens[t - 1].norm_key, "connectives") in fw("connectives")


def resumes(doc: Doc, t: int) -> bool:
    """The cue at ``t`` is in «و» right after a resuming verb («وعاد وقال», «ثم عادت وأكدت»: resuming_verbs)."""
    return t > 0 and doc.tokens[t].norm_key[:1] == "و" and doc.tokens[t - 1].norm_key.removeprefix(
        "و") in fw("resuming_verbs")


def report_opening(doc: Doc, u: int, stop: int) -> int:
    """Where the next report opens before its cue at ``stop`` (content after token ``u``): at «وعاد/ثم عاد» right
    before a cue in «و» («وأضاف أن ...، وعاد وقال»: «وعاد» is no part of what he added); at «إذ/حيث» after a comma
    right before the cue («أعلنت أن ...، إذ أكد المسؤول»: the writer's link to the next report); at «(و)لكنه» right
    before it; else at the cue."""
    if stop - 2 > u and doc.tokens[stop - 1].norm_key in ("اذ", "حيث") and doc.tokens[stop - 2].text in ("،", ","):
        return stop - 1
    if stop - 3 > u and doc.tokens[stop - 2].text in ("،", ",") and doc.tokens[stop - 1].text.isalpha() and (
            (nxt := match_cue(doc, stop)) is not None and nxt.kind == "according"):
        return stop - 1  # «...، يتوقع بحسب المصدر أن»: the verb the next report hangs on, no part of the first (q374)
    if stop - 2 > u and doc.tokens[stop - 1].norm_key in BUT_HE:
        return stop - 1  # «نفى أن يكون ... لكنه أضاف أن»: «لكنه» links to the next report, no part of the first
    fronted = _fronted_adverbial(doc, u, stop) if match_cue(doc, stop) is not None else None
    if fronted is not None:
        return fronted  # «إن ...، وفي وقت لاحق، قال المكتب»: when the next report was made, no part of this one
    if stop - 1 <= u or not resumes(doc, stop):
        return stop
    return stop - 2 if stop - 2 > u and doc.tokens[stop - 2].norm_key == "ثم" else stop - 1



_AS_PUT = " ".join(nkey(w) for w in ("على", "حد"))  # «على حد تعبيره/قوله»: in his words
FRONTED_REACH = 12  # tokens of a phrase of a preposition in «فـ» set before the next report's cue
AND_FRONTED_REACH = 5  # the same in «و» (four words after the comma: «، ومن بينها ...» longer goes on with the list)


def _fronted_adverbial(doc: Doc, u: int, stop: int) -> int | None:
    """The token that opens a phrase of a preposition in «و/ف» («وفي وقت لاحق», «ومن جهة أخرى», «ففي مقابلة مع
    قناة «...»») after a comma and right before the next report's cue at ``stop`` (a comma between or none), of at
    most FRONTED_REACH tokens in «فـ» (AND_FRONTED_REACH in «و») with no «أن/إن»: that phrase belongs to the next
    report; None where none stands there."""
    end = stop - 1 if doc.tokens[stop - 1].text in ("،", ",") else stop
    for k in range(end - 1, max(u, end - 1 - FRONTED_REACH), -1):
        text = doc.tokens[k].text
        if text in ("،", ","):
            if k + 1 >= end:
                return None
            first = doc.tokens[k + 1].norm_key
            reach = FRONTED_REACH if first[:1] == "ف" else AND_FRONTED_REACH
            return k + 1 if first[:1] in ("و", "ف") and first[1:] in fw("prepositions") and end - k <= reach else None
        if text in ("«", "»", '"'):
            continue  # «ففي مقابلة مع قناة «فوكس نيوز» أوضح»: a name in quote marks inside the phrase
        if not text[:1].isalnum() or is_complementizer(doc, k):
            return None
    return None


_ACTING_NEXT = frozenset(nkey(w) for w in ("إلى", "الى", "على", "علي"))


def circumstance_clause(doc: Doc, u: int, stop: int) -> int | None:
    """The comma that opens a participle clause of what the speaker did as he spoke, after the «أن/إن» at ``u``
    and before ``stop`` («أن الأخير هو الأشد خطرا، داعيًا إلى قتاله», «...، مطالبا بالإفراج عنهم»): an active
    participle in the accusative (in «مـ» and «ـا», six letters or more, not the passive «مفعولا»: «مدعوما بـ» goes
    on with the clause; or in «ـًا» with «إلى/على» or «بـ» after it), a word after it, outside a quotation; None
    where none stands there."""
    for k in range(u + 2, min(stop - 1, len(doc.tokens) - 2)):  # a comma with two tokens after it
        if doc.tokens[k].text not in ("،", ","):
            continue
        tok, nxt = doc.tokens[k + 1], doc.tokens[k + 2]
        key = tok.norm_key
        opined = _opinion_participle(tok.text, key)  # («عادًّا»: four letters)
        if len(tok.words) != 1 or not key.isalpha() or (len(key) < 5 and not opined) or not nxt.text[:1].isalnum():
            continue  # («دعما، مناسبا،»: an adjective set off)
        if sum(doc.tokens[v].text == "«" for v in range(u, k)) > sum(doc.tokens[v].text == "»" for v in range(u, k)):
            continue  # inside a quotation: the words said go on
        active = (key.startswith("م") and key.endswith("ا") and len(key) >= 6 and key[-3] != "و"
                  and manner_participle(doc, k + 1))  # (not «مركزا», «مرورا»: nouns of five letters)
        toward = "\u064b" in tok.text and key.endswith("ا") and key[:1] != "م" and (nxt.norm_key in _ACTING_NEXT or any(
            w.kind == "proclitic" and nkey(w.norm) == "ب" for w in nxt.words))
        if active or toward or opined:
            return k
    return None


def _opinion_participle(text: str, key: str) -> bool:
    """A participle of a verb of opinion or speech with no «مـ» (``opinion_participles_bare``: «، عادًّا تلك الخطوة
    إيجابية», «، لافتا الانتباه إلى», «، واصفا إياه»); one that also reads as a verb (``opinion_participle_homographs``:
    «عادا» "the two returned") only with the shadda or tanween that mark the participle."""
    if key not in fw_keys("opinion_participles_bare"):
        return False
    return key not in fw_keys("opinion_participle_homographs") or "\u0651" in text or "\u064b" in text


def clause_close(doc: Doc, u: int, stop: int, quoted: Sequence[Span]) -> int | None:
    """The comma that closes the clause of «أن/إن» at ``u`` before token ``stop``: one right before a contrast that
    opens a sentence-level clause of the writer's («...، في حين واصل الطيران غاراته», «...، بينما» right before the
    next cue: contrast_openers), outside quotation marks; not «فيما يتعلق/يبدو» (as for, as it seems: contrast_verbs),
    «في حين أن», nor a contrast whose clause counts or plans («...، بينما بلغت النسبة 9.6 في المائة», «...، فيما
    سيعقد لقاء»: what was said goes on, figures or plans set side by side); None where none stands there."""
    for k in range(u + 2, stop - 1):
        if doc.tokens[k].text not in ("،", ","):
            continue
        nxt = doc.tokens[k + 1].norm_key.removeprefix("و")
        if nxt == "في" and k + 2 < stop:
            nxt = "" if doc.tokens[k + 2].norm_key != "حين" else "حين"
        elif nxt == "حين" or (k + 2 < stop and doc.tokens[k + 2].norm_key in fw("contrast_verbs")):
            continue  # «، حين سئل»: when he said it; «، فيما يتعلق بـ»: as for
        if nxt in fw("contrast_openers") and not any(q.start <= doc.tokens[k].start < q.end for q in quoted):
            return k if not _side_by_side(doc, k + 2 if nxt != "حين" else k + 3, stop) else None
    return None


def _side_by_side(doc: Doc, a: int, stop: int) -> bool:
    """The clause of a contrast from token ``a`` (to the next comma or ``stop``) goes on with what was said: «أن»
    opens it, or it holds a number or a verb of the future («سيعقد»)."""
    end = next((k for k in range(a, stop) if doc.tokens[k].text in ("،", ",", ".")), stop)
    if a >= end or doc.tokens[a].norm_key in ("ان", "انه", "انها"):
        return a < end
    lo, hi = doc.tokens[a].start, doc.tokens[end - 1].end
    return any(lo <= x.start < hi for x in doc.numbers) or any(
        any(w.kind == "proclitic" and w.norm == "س" for w in doc.tokens[k].words) for k in range(a, end))


NOUN_SETTING_REACH = 4  # words of a noun phrase between a setting opener and the «بأن/أن» the noun takes


def noun_setting(doc: Doc, u: int, stop: int) -> int | None:
    """Where the clause of «أن/إن» at ``u`` ends (before token ``stop``) at a setting the writer adds, a noun that
    takes «بأن/أن» of its own after «وسط/في ظل/رغم» (noun_setting_openers: «...، وسط اعتقاد لدى العمال بأنها»,
    «في ظل قناعة بأن», «رغم تأكيدات بأن»): a belief or claim the cue did not report; at the opener, or at «في/على»
    before it; None where none stands there («رغم أن» right after the opener is what was said: no noun), or where
    the setting opens the clause («يرى أن وعلى الرغم من الترويج بأن ...، فالحقيقة»: what he sees goes on past it)."""
    for k in range(u + 2, stop - 2):
        if doc.tokens[k].norm_key not in fw("noun_setting_openers"):
            continue
        a = k - 1 if doc.tokens[k - 1].norm_key.removeprefix("و") in ("في", "علي") else k
        if not any(doc.tokens[x].text[:1].isalnum() for x in range(u + 1, a)):
            continue  # «أنه، وعلى الرغم من ... بأن ...، فالحقيقة»: the setting opens what was said
        for v in range(k + 2, min(stop, k + 2 + NOUN_SETTING_REACH)):
            if doc.tokens[v].text in (".", "،", ",", ":", "؛"):
                break
            if is_complementizer(doc, v):
                return a
    return None


AND_THAT = fw_keys("and_that_words")


def second_quotation(doc: Doc, first: Span, stop: int, quoted: Sequence[Span]) -> Span | None:
    """«قال إنه «X»، وأن «Y»»: a second quotation the same cue reports, in a «وأن» clause right after the first
    (``first``, the words inside its marks) and before token ``stop`` (the next cue or the sentence's end); its words,
    or None where none follows."""
    j = doc.token_from(first.end)
    if j is None or j + 3 >= min(stop, len(doc.tokens)):
        return None
    k = j + 1 if doc.tokens[j + 1].text in ("،", ",") else j
    if k + 2 >= stop or doc.tokens[k + 1].norm_key not in AND_THAT:
        return None
    mark = doc.tokens[k + 2]
    return next((q for q in quoted if q.start - 1 == mark.start and q.end <= doc.tokens[stop - 1].end), None)


SEMICOLON_PIECES = 3  # pieces after «؛» the reported clause may go on into


def past_semicolon(doc: Doc, content: Span, ranges: Sequence[tuple[Span, int, int]], si: int) -> Span:
    """What a cue in sentence ``si`` of ``ranges`` reports, ending at the «؛» that ends that sentence, goes on into
    the pieces after it that hold no cue of their own («قال إن الحكومة ستدعم المزارعين؛ وستوفر لهم البذور»: the
    segmenter splits at «؛», the reported clause goes on), up to SEMICOLON_PIECES of them and the first that ends in
    another stop; ``content`` as it is where it stops short of the «؛» or a cue opens the next piece («...؛ لكن
    الجيش نفى»)."""
    end = content.end
    for n in range(si, min(len(ranges) - 1, si + SEMICOLON_PIECES)):
        b = ranges[n][2]
        if doc.tokens[b - 1].text != "؛" or doc.text[end : doc.tokens[b - 1].start].strip():
            break
        _, a2, b2 = ranges[n + 1]
        cue = next((k for k in range(a2, b2) if match_cue(doc, k) is not None), None)
        acting = cue is not None and _participle_after_comma(doc, cue, a2)
        if acting and cue is not None:
            b2 = cue - 1  # «...؛ بل سيتم كذا، مؤكدا أن»: it goes on to the participle of what he did as he said it
        if a2 >= b2 or (cue is not None and not acting) or doc.tokens[a2].text.endswith(("ًا", "اً")):
            break  # «...؛ آخذًا في الاعتبار أنه»: the writer's participle of how he spoke, no part of it
        setting = noun_setting(doc, a2 - 1, b2)
        piece = trim(doc.text, doc.tokens[a2].start, doc.tokens[b2 - 1 if setting is None else setting - 1].end)
        if piece is None:
            break
        end = piece.end
        if setting is not None or acting:
            break
    return content if end == content.end else Span(content.start, end)


def _participle_after_comma(doc: Doc, k: int, a: int) -> bool:
    """The cue at ``k`` is a participle («مؤكدا», «مشيرة») after a comma, with words of the piece from ``a`` before
    that comma: what came before it is still what was said, the participle the writer's account of his saying it."""
    cue = match_cue(doc, k)
    return cue is not None and cue.kind == "participle" and k - 1 > a and doc.tokens[k - 1].text in ("،", ",")


TAIL_REACH = 6  # tokens at most of an attribution tail «، حسب قولهم» at the end of what a cue reported


def attribution_tail(doc: Doc, content: Span) -> Span:
    """``content`` (indirect speech) without an attribution tail the writer adds after its last comma: «according
    to» a source (according_tails: «، حسب قولهم», «، نقلا عن مصادر»; cues.by_source: not «، حسب الخطة») and at
    most TAIL_REACH words with no «أن/إن» to the end; ``content`` itself where none stands there."""
    toks = doc.tokens
    ks = doc.token_range(content)
    for n in range(len(ks) - 2, 0, -1):
        k = ks[n]
        if len(ks) - n - 1 > TAIL_REACH:
            break
        if toks[k].text in ("،", ",") and " ".join(toks[v].norm_key for v in ks[n + 1 : n + 3]) == _AS_PUT:
            if not any(is_complementizer(doc, v) for v in ks[n + 1 :]):  # «، على حد تعبيرها»: her words, the
                return trim(doc.text, content.start, toks[k - 1].end) or content  # writer's tail
        if toks[k].text not in ("،", ",") or toks[k + 1].norm_key not in fw("according_tails"):
            continue
        if any(is_complementizer(doc, u) for u in ks[n + 1 :]):
            break
        if not by_source(doc, k + 2 if toks[k + 1].norm_key.startswith("نقل") else k + 1):
            continue  # «، حسب الخطة»: in accordance with a plan, part of what was said
        return trim(doc.text, content.start, toks[k - 1].end) or content
    return content
