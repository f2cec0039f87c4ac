"""Where a speaker's phrase ends and whether a word after a cue is its subject at all, for the quotes stage: the
audience a source spoke to («دبلوماسي أميركي للصحافيين»: not part of who spoke), the name a «لـ» noun ending a
source's phrase governs («وكالة الأنباء الموالية لحكومة طرابلس»: part of it), a participle of manner after the verb («وتابعت
منتقدة خصمها»: no subject; the dropped one is carried), a source word that opens with «ب» («برلماني»: no
preposition; but «بحرج الموقف», «بـ» + a commoner noun the word layer left whole, is one), and the head of a body that speaks on after its statement («هيئة مكافحة الفساد ... . وأضافت»)."""

from __future__ import annotations

from ..doc import Doc
from ..entities.crf import load_lexicon
from ..entities.trim import COMMON_ZIPF10
from ..events.chunks import Chunk
from ..events.forms import fw, fw_keys, nkey

# media a speaker may speak to or for («لقناة», «لوكالة»)
MEDIA = fw_keys("media_heads")
_AUDIENCE = MEDIA | frozenset(nkey(w) for w in (
    "صحافيين", "صحفيين", "صحافيون", "صحفيون", "إعلاميين", "مراسلين", "مراسلي", "وسائل", "وسائط", "صحف", "صحافة",
    "الصحافة"))


def audience(doc: Doc, u: int) -> bool:
    """Token ``u`` is «لـ» and whom the words were said to, the press or a medium («للصحافيين», «لوسائل الإعلام»,
    «للصحيفة», «لقناة»), written as one word or segmented."""
    k = doc.tokens[u].norm_key
    if not k.startswith("ل") or len(k) < 4:
        return False
    stem = k[2:] if k.startswith("لل") else k[1:]
    return stem in _AUDIENCE or stem.removeprefix("ال") in _AUDIENCE


def affiliated_tail(doc: Doc, chunks: list[Chunk], c: Chunk) -> int:
    """The last token of the name a «لـ» noun in construct at the end of the phrase ``c`` governs, right after it (an
    affiliation: «وكالة الأنباء الموالية لحكومة | طرابلس»; whose leader: «عائلة الزعيم الروحي لجماعة | طالبان»):
    part of who spoke; -1 otherwise (not after «للـ», complete in itself: «مصدر مقرب للحكومة»)."""
    j = c.j
    if j - 1 < c.i:
        return -1
    k = doc.tokens[j].norm_key
    if not k.startswith("ل") or k.startswith("لل") or len(k) < 4 or k.endswith(("ين", "ون", "ات")):
        return -1  # «لحكومة», «لجماعة»: a noun in construct, not «للحكومة» (complete in itself)
    nxt = next((d for d in chunks if d.i == j + 1), None)
    if nxt is None or nxt.entity is None or nxt.prep is not None or nxt.coord:
        return -1
    return nxt.j


_NOT_PARTICIPLES = fw_keys("not_participles")


def manner_participle(doc: Doc, u: int) -> bool:
    """Token ``u``, right after a verb of saying, is a participle of manner with its object, not the verb's subject
    («وتابعت منتقدة خصمها», «وأضاف منتقدا الحكومة»): an indefinite word of one piece in «مـ» ending in the «ا» of
    the accusative, or in «ة» with a definite object or one with a pronoun after it; not a title or a word of people
    («وقالت مسؤولة الملف», «وقالت مراسلة القناة»)."""
    if u + 1 >= len(doc.tokens):
        return False
    tok = doc.tokens[u]
    k = tok.norm_key
    if len(tok.words) != 1 or not k.startswith("م") or len(k) < 5 or not k.isalpha() or k in _NOT_PARTICIPLES:
        return False
    if any(k in fw(name) for name in ("titles", "speaker_titles", "source_heads", "actor_heads", "institutions")):
        return False
    if k.endswith("ا"):
        return True
    if not tok.text.endswith("ة"):
        return False  # «مؤيدوه»: a pronoun, not the feminine
    nxt = doc.tokens[u + 1]
    return nxt.norm_key.startswith("ال") or any(w.kind == "enclitic" for w in nxt.words)


def b_source(doc: Doc, c: Chunk) -> bool:
    """The phrase ``c``, read as governed by «بـ» from its letters alone (the chunker's guess), opens with a word the
    word layer reads with no «بـ» on it («برلماني عراقي», «باحثة»: one stem): no preposition."""
    if c.prep != "ب" or c.entity is not None:
        return False
    return not any(w.kind == "proclitic" and nkey(w.norm) == "ب" for w in doc.tokens[c.i].words)


BI_MARGIN = 10  # how much more common the word past «ب» must be than the whole token (zipf × 10)


def unsplit_bi(doc: Doc, c: Chunk) -> bool:
    """The phrase ``c``, read with no preposition, opens with a bare noun that is «بـ» + a far commoner word and
    governs a definite genitive («اعترف بحرج الموقف»: «بـ» + «حرج», the word layer left it whole): a phrase of «بـ»,
    no subject (not «برلماني عراقي», «بلدية المدينة»: the token is the commoner word, or no genitive)."""
    if c.prep is not None or c.entity is not None or c.j == c.i:
        return False
    k = doc.tokens[c.i].norm_key
    if not k.startswith("ب") or k.startswith("بال") or len(k) < 4 or not doc.tokens[c.i + 1].norm_key.startswith("ال"):
        return False
    freq = load_lexicon().freq
    rest = freq.get(k[1:], 0)
    return rest >= COMMON_ZIPF10 and rest >= freq.get(k, 0) + BI_MARGIN


_BODY_HEADS = fw_keys("edge_body_heads")


def body_head(head: str) -> bool:
    """``head`` (normalised, «و» and the article off or on) heads the phrase of a body («هيئة مكافحة الفساد»,
    «اللجنة»): one that speaks on over a dropped subject after its statement."""
    return any(h.removeprefix("ال") in _BODY_HEADS for h in (head, head.removeprefix("و")))  # «وكالة»: «و» its own


_NAMED_MEDIA = MEDIA | frozenset((nkey("محطة"),))
_PREPARED = fw_keys("prepared_forms")  # «دراسة أعدها مركز»
NAME_QUOTE_REACH = 6  # tokens from a medium's opening quote mark to the closing one of its name
AUTHOR_REACH = 6  # tokens of the name of a work's author («أعدها مركز القاهرة للدراسات الاقتصادية»)


def named_tail(doc: Doc, chunks: list[Chunk], c: Chunk) -> int:
    """The last token of what names the unnamed phrase ``c`` right after it: the name a «لـ» noun governs
    (``affiliated_tail``), the name of a medium (``medium_name``), the author of a work (``author_name``); -1
    where none follows."""
    end = affiliated_tail(doc, chunks, c)
    end = medium_name(doc, c) if end < 0 else end
    return author_name(doc, chunks, c) if end < 0 else end


def medium_name(doc: Doc, c: Chunk) -> int:
    """«موقع ويكيليكس», «محطة «جيو»», «وكالة «أ.ب»»: a noun of a medium alone in its phrase, then its name (a run in
    quote marks, or a word no dictionary knows well, with no article: not «موقع إخباري»): the name's last token
    (its closing quote mark), -1 otherwise."""
    toks = doc.tokens
    k = toks[c.i].norm_key
    if c.i != c.j or c.entity is not None or c.j + 1 >= len(toks) or not (k in _NAMED_MEDIA or (
            k[:1] == "و" and k[1:] in _NAMED_MEDIA)):
        return -1
    u = c.j + 1
    if toks[u].text in ("«", '"', "“"):
        return next((v for v in range(u + 2, min(len(toks), u + NAME_QUOTE_REACH)) if toks[v].text in ("»", '"', "”")), -1)
    n = toks[u].norm_key
    if len(n) < 3 or not n.isalpha() or n.startswith("ال") or n in fw("prepositions") or n in fw("complementizers"):
        return -1
    return u if load_lexicon().freq.get(n, 0) < COMMON_ZIPF10 else -1


def author_name(doc: Doc, chunks: list[Chunk], c: Chunk) -> int:
    """«دراسة أعدها مركز القاهرة للدراسات الاقتصادية»: a work, then «أعدّها» in its phrase or right after it, then
    who prepared it (the phrases right after, of no preposition but «لـ», before a comma): its last token; -1
    otherwise."""
    v = prepared(doc, c)
    if v < 0:
        return -1
    end = c.j if v < c.j else -1  # («دراسة أعدها مركز»: the chunker took its first word in)
    for d in chunks:
        if d.i <= max(v, c.j):
            continue
        if d.i != (end + 1 if end >= 0 else v + 1) or d.j - v > AUTHOR_REACH or d.prep not in (None, "ل") or d.coord:
            break
        end = d.j
    return end


def prepared(doc: Doc, c: Chunk) -> int:
    """The token of «أعدّها/أعدّه» (prepared it) within the phrase ``c`` of a work or report (statement_nouns,
    report_nouns, written_works) or right after it; -1 otherwise."""
    head = doc.tokens[c.i].norm_key.removeprefix("و").removeprefix("ال")
    if c.entity is not None or not any(head in fw(s) for s in ("statement_nouns", "report_nouns", "written_works")):
        return -1
    return next((u for u in range(c.i + 1, min(len(doc.tokens), c.j + 2)) if doc.tokens[u].norm_key in _PREPARED), -1)
