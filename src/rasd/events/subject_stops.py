"""Round 97: where the search for a subject before a trigger stops, or steps over a phrase, by the clause's shape.

- «وثمن الشيخ فلان دور الملك ...، وقيادته هذا التحالف، وذلك خلال استقباله»: «وذلك» (function words
  ``set_off_words``) sets off what follows as said of the whole clause before; no phrase before it is the subject of a
  noun act after it (the clause's actor is read by ``occasions``).
- «...، كما تناول اللقاء تبادل وجهات النظر»: a definite noun act right after one word that follows «كما/ثم»
  (function words ``sequence_openers``) is that verb's subject in a new clause; nothing before is its subject.
- «والجيش الوطني مدعوم بالمقاومة الشعبية وصل إلى»: a participle of accompaniment (function words
  ``accompanying_participles``: «مدعوم», «مسنودا») and the «بـ» phrase after it stand between a subject and its verb;
  the subject is the phrase before the participle.
- «المواد التي يطالب الأكراد بتغييرها»: a verb right after a relative pronoun that it does not agree with in gender
  has the phrase after it as its subject (VSO), never an addressee of a subject carried from before.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.verb_gender import feminine_verb_strict
from .chunks import Chunk
from .forms import bare, fw, fw_keys
from .lexicon import Hit
from .word_tests import clause_stop, enclitic, finite_verb, has_letters

PARTICIPLE_REACH = 6  # words from a verb back to a participle of accompaniment before it


def set_off(doc: Doc, a: int, b: int) -> bool:
    """A word of ``set_off_words`` («وذلك») in tokens a..b-1."""
    return any(doc.tokens[t].norm_key in fw("set_off_words") for t in range(a, b))


def sequence_subject(doc: Doc, i: int, sent_start: int) -> bool:
    """The definite noun at token ``i`` is the subject of the one word before it, which opens a clause after «كما/ثم»
    («كما تناول اللقاء»): a word with no article that is no preposition or function word."""
    if i - 2 < sent_start or not doc.tokens[i].norm_key.removeprefix("و").startswith("ال"):
        return False
    verb = doc.tokens[i - 1]
    key = verb.norm_key
    if key.startswith(("ال", "وال")) or len(key) < 3 or not has_letters(verb.text):
        return False
    if len(verb.words) > 1 and verb.words[0].kind == "proclitic" and verb.words[0].norm in ("ب", "ل", "ك"):
        return False  # («كما بالهجوم»: a preposition's noun)
    return bare(doc.tokens[i - 2].norm_key, "sequence_openers") in fw("sequence_openers")


def participle_start(doc: Doc, i: int, sent_start: int) -> int:
    """The token of a participle of accompaniment whose «بـ» phrase runs up to the verb at token ``i``
    («مدعوم بالمقاومة الشعبية وصل»), with no verb or clause stop between; else ``i``."""
    for p in range(i - 2, max(sent_start, i - PARTICIPLE_REACH) - 1, -1):
        tok = doc.tokens[p]
        if clause_stop(tok.text) or finite_verb(tok):
            return i
        if tok.norm_key in fw("accompanying_participles"):
            words = doc.tokens[p + 1].words
            governed = len(words) > 1 and words[0].kind == "proclitic" and words[0].norm == "ب"
            return p if governed and p > sent_start else i
    return i


def relative_vso(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """The verb at ``hit`` stands right after a relative pronoun it does not agree with in gender («التي يطالب», «الذي
    تطالب»): the antecedent is not its subject; the phrase after it is."""
    k = hit.i - 1
    if k < sent_start or hit.pos != "V" or enclitic(doc.tokens[hit.j]):
        return False  # («القرى التي يهاجمها»: the pronoun on the verb resumes the antecedent, its object)
    rel = doc.tokens[k].norm_key.removeprefix("و")
    if rel in fw_keys("feminine_relatives"):
        return not feminine_verb_strict(hit.cand.key) and hit.cand.key.startswith("ي")
    if rel in fw_keys("relatives"):  # (the rest of them: the masculine)
        return feminine_verb_strict(hit.cand.key)
    return False


def occasion_doer(doc: Doc, hit: Hit) -> bool:
    """«وذلك خلال استقباله المهندس فلان»: the pronoun on a meeting or visit noun (CAMEO 04) right after a preposition
    of occasion (function words ``occasion_prepositions``) stands for the one who meets or receives, not for whom
    it meets: it names no target."""
    if hit.pos != "N" or not hit.entry.code.startswith("04") or hit.i == 0 or hit.cand.proclitics:
        return False
    return doc.tokens[hit.i - 1].norm_key.removeprefix("و") in fw("occasion_prepositions")


def report_subject(doc: Doc, c: Chunk) -> bool:
    """«وأعلن البيان تعيين الملا فلان أميرا»: an unnamed phrase right after a verb headed by a definite report noun
    (function words ``report_nouns``: «البيان», «التقرير», «الوثيقة») is the verb's subject, a document, which takes no
    genitive: it is no title of the name that ends the run of words, and no actor is carried for it."""
    if c.entity is not None or c.prep is not None or c.number or c.coord:
        return False
    key = doc.tokens[c.i].norm_key
    return key.startswith("ال") and key[2:] in fw("report_nouns")


SOMEONE_REACH = 3  # words from «من» back to the word that heads it («هناك بالطبع من اتهم»)


def someone_subject(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«هناك بالطبع من اتهم واشنطن», «وكان بين هؤلاء من طالب فلانا بالاستقالة»: a verb right after «من» that a word of
    ``someone_heads`` («هناك», «ثمة», «منهم», «بين هؤلاء») heads a few words before is a relative clause of «من»
    (those who): «من» is its subject, unnamed, and the name right after the verb its object."""
    k = hit.i - 1
    if hit.pos != "V" or k <= sent_start or doc.tokens[k].norm_key != "من" or hit.j + 1 >= len(doc.tokens):
        return False
    after = doc.tokens[hit.j + 1].start
    title = doc.tokens[hit.j + 1].norm_key.removeprefix("ال") in fw("titles")
    if not title and not any(m.start == after for e in doc.entities for m in e.mentions):
        return False  # (only a name or a title after the verb would be taken for its subject: «من أعلن مبايعته»)
    return any(bare(doc.tokens[t].norm_key, "someone_heads") in fw("someone_heads")
               for t in range(max(sent_start, k - SOMEONE_REACH), k))


def era_genitive(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """Round ev707: the chunk ``c`` is the genitive of a noun of a period or a regime right before it (function words
    ``era_heads``: «في عهد الرئيس الأسبق مبارك», «بعد سقوط حكم الإخوان»): it tells when, and is no subject of a
    noun act after it («... لطلب زيارته» is not Mubarak's)."""
    if c.i == 0 or finite_verb(doc.tokens[c.i - 1]):
        return False
    d = next((d for d in chunks if d.j == c.i - 1), None)
    if d is not None and (d.entity is not None or d.i != d.j):
        return False
    return doc.tokens[c.i - 1].norm_key.removeprefix("و") in fw_keys("era_heads")
