"""Where a speaker's phrase ends and whether a word after a cue is its subject at all, for the quotes stage: the
audience a source spoke to («دبلوماسي أميركي للصحافيين»: not part of who spoke), the name a «لـ» noun ending a
source's phrase governs («وكالة الأنباء الموالية لحكومة طرابلس»: part of it), a participle of manner after the verb («وتابعت
منتقدة خصمها»: no subject; the dropped one is carried), a source word that opens with «ب» («برلماني»: no
preposition), and the head of a body that speaks on after its statement («هيئة مكافحة الفساد ... . وأضافت»)."""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk
from ..events.forms import fw, nkey

# media a speaker may speak to or for («لقناة», «لوكالة»)
MEDIA = frozenset(nkey(w) for w in ("صحيفة", "وكالة", "قناة", "موقع", "مجلة", "إذاعة", "تلفزيون", "شبكة"))
_AUDIENCE = MEDIA | frozenset(nkey(w) for w in (
    "صحافيين", "صحفيين", "صحافيون", "صحفيون", "إعلاميين", "مراسلين", "مراسلي", "وسائل", "وسائط", "صحف", "صحافة",
    "الصحافة"))


def audience(doc: Doc, u: int) -> bool:
    """Token ``u`` is «لـ» and whom the words were said to, the press or a medium («للصحافيين», «لوسائل الإعلام»,
    «للصحيفة», «لقناة»), written as one word or segmented."""
    k = nkey(doc.tokens[u].text)
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
    k = nkey(doc.tokens[j].text)
    if not k.startswith("ل") or k.startswith("لل") or len(k) < 4 or k.endswith(("ين", "ون", "ات")):
        return -1  # «لحكومة», «لجماعة»: a noun in construct, not «للحكومة» (complete in itself)
    nxt = next((d for d in chunks if d.i == j + 1), None)
    if nxt is None or nxt.entity is None or nxt.prep is not None or nxt.coord:
        return -1
    return nxt.j


_NOT_PARTICIPLES = frozenset(nkey(w) for w in (
    "مراسلة", "مواطنة", "معلمة", "ممثلة", "مندوبة", "مفوضة", "منسقة", "محامية", "مشرفة", "مستشارة", "مديرة",
    "مسؤولة", "متحدثة", "ممرضة", "موظفة", "مرشحة", "معارضة", "مصادر", "منظمة", "مجموعة", "محكمة", "مؤسسة", "ميليشيا",
    "مليشيا", "مفوضية", "مديرية", "منطقة", "مدينة", "ملكة", "ممثلا", "مسؤولا", "مصدرا"))


def manner_participle(doc: Doc, u: int) -> bool:
    """Token ``u``, right after a verb of saying, is a participle of manner with its object, not the verb's subject
    («وتابعت منتقدة خصمها», «وأضاف منتقدا الحكومة»): an indefinite word of one piece in «مـ» ending in the «ا» of
    the accusative, or in «ة» with a definite object or one with a pronoun after it; not a title or a word of people
    («وقالت مسؤولة الملف», «وقالت مراسلة القناة»)."""
    if u + 1 >= len(doc.tokens):
        return False
    tok = doc.tokens[u]
    k = nkey(tok.text)
    if len(tok.words) != 1 or not k.startswith("م") or len(k) < 5 or not k.isalpha() or k in _NOT_PARTICIPLES:
        return False
    if any(k in fw(name) for name in ("titles", "speaker_titles", "source_heads", "actor_heads", "institutions")):
        return False
    if k.endswith("ا"):
        return True
    if not tok.text.endswith("ة"):
        return False  # «مؤيدوه»: a pronoun, not the feminine
    nxt = doc.tokens[u + 1]
    return nkey(nxt.text).startswith("ال") or any(w.kind == "enclitic" for w in nxt.words)


def b_source(doc: Doc, c: Chunk) -> bool:
    """The phrase ``c``, read as governed by «بـ» from its letters alone (the chunker's guess), opens with a word the
    word layer reads with no «بـ» on it («برلماني عراقي», «باحثة»: one stem): no preposition."""
    if c.prep != "ب" or c.entity is not None:
        return False
    return not any(w.kind == "proclitic" and nkey(w.norm) == "ب" for w in doc.tokens[c.i].words)


_BODY_HEADS = frozenset(nkey(w) for w in (
    "هيئة", "لجنة", "منظمة", "جمعية", "حركة", "وكالة", "شركة", "جبهة", "رابطة", "نقابة", "اتحاد", "مؤسسة", "مديرية",
    "مرصد", "قيادة", "إدارة", "سلطة", "مفوضية", "جامعة", "هيئات", "لجان"))


def body_head(head: str) -> bool:
    """``head`` (normalised, «و» and the article off or on) heads the phrase of a body («هيئة مكافحة الفساد»,
    «اللجنة»): one that speaks on over a dropped subject after its statement."""
    return any(h.removeprefix("ال") in _BODY_HEADS for h in (head, head.removeprefix("و")))  # «وكالة»: «و» its own
