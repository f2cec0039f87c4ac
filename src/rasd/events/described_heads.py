"""Round ev610: the subject of a verb that describes an indefinite noun (a descriptive clause, صفة).

«واجه الملك دعوات متشددة انتقدت دعوة المملكة»: an indefinite noun (and its adjectives) right before a verb that
agrees with it is described by that verb's clause; the noun phrase is the verb's subject («دعوات متشددة» criticised),
and the phrase after the verb is its object («دعوة المملكة»), not a VSO subject. The noun may be the object of a verb
before it. Only a clear case counts:

- the verb has no clitic «و/ف» or future «س» before it (a «و» joins another clause) and is singular, no masculine
  perfect («رفض», «حرق»: maybe a masdar in construct, «تجاوز رفض الرئيس»): a plural verb
  («مسلحون هاجموا») agrees with its subject before it already (``subjects.subject_before``);
- the phrase is unnamed, indefinite (no article, no definite genitive: «قوات التحالف» is SVO already), no number and
  governed by no preposition, and is no time («أياما»: function words ``span_words``, ``vague_span_units``) nor an
  adverb;
- the verb agrees with the head: a feminine verb («انتقدت», «تهاجم») with a noun in «ـة» or a plural in «ـات»
  (things take a feminine singular verb), a masculine one («رفض», «يهدد») with a head in neither nor in «ـون/ـين»
  (a plural of people takes a plural verb).

Round ev619 widens it to two more heads, by the agreement of the head's adjective:

- a broken plural of things (or a feminine noun with no «ة») with a feminine adjective takes a feminine singular verb:
  «وكانت تقارير صحفية اتهمت الحكومة» (the adjective «صحفية» agrees with «تقارير» as a feminine singular, so the
  head is a plural of things and «اتهمت» describes it); a masculine verb after such a phrase agrees with no head;
- a masculine perfect counts after a closed phrase, a head with its adjective («وفد رفيع زار القاهرة»,
  «واستقبلت الرياض وفدا رفيعا زار البلاد»: the object of a verb before it too): the adjective closes the phrase, so no masdar is in construct with it
  (the case round ev610 feared is a masdar after a verb, «تجاوز رفض الرئيس»). A plural of people keeps its plural
  verb, found by ``subjects.subject_before`` («مسلحون مجهولون هاجموا»). Grammar lets an indefinite object be the
  subject of the clause that describes it («استهدف الجيش مسلحين هاجموا»: the gunmen attacked), so an object is
  no bar; a definite one is (no صفة follows a definite noun without «الذي»).
"""

from __future__ import annotations

from ..doc import Doc
from .chunk_reads import in_time
from .chunk_type import Chunk
from .forms import fw_keys
from .lexicon import Hit
from .trigger_table import past_keys
from .word_tests import finite_verb

FEMININE_HEADS = ("ه", "ات")  # (folded: «ة» is «ه»)
PEOPLE_PLURALS = ("ون", "ين")  # «مسلحون», «مسلحين»: a plural of people, whose verb is plural
TIME_LISTS = ("span_words", "vague_span_units", "relative_span_units")
PARTICLE_LISTS = ("conditional", "existentials", "circumstance_preps", "cause_heads", "prepositions", "adverbs",
                  "not_actors")  # «إذا», «هناك», «عقب», «إثر»: no noun a clause describes


def _verb_gender(doc: Doc, hit: Hit) -> str | None:
    """"f" or "m" for a singular verb trigger with no proclitic («انتقدت», «تهاجم» → "f"; «يهدد» → "m"), "mp" for a
    masculine perfect («زار», «رفض»: maybe a masdar), None for a plural, a dual or a verb after «و/ف/س»."""
    words = doc.tokens[hit.i].words
    if hit.pos != "V" or not words or words[0].kind != "stem" or doc.tokens[hit.i].norm_key[:1] in ("و", "ف"):
        return None
    key = hit.cand.key
    if len(key) < 3 or key.endswith(("وا", "ون", "ا", "ن")):
        return None
    if key in past_keys():  # (a masculine perfect «رفض», «حرق» may be a masdar in construct: «تجاوز رفض الرئيس»)
        return "f" if key.endswith("ت") and not key.endswith(("ات", "وت", "يت")) else "mp"
    return "m" if key.startswith("ي") else "f" if key.startswith("ت") else None


def _head(doc: Doc, c: Chunk) -> str | None:
    """The key of the head noun of an indefinite unnamed phrase (its accusative «ـا» off: «هجوما» → «هجوم»), or
    None where it is no noun a descriptive clause can follow (an article, a time, an adverb, a verb)."""
    tok = doc.tokens[c.i]
    key = tok.norm_key
    if len(tok.words) != 1 or tok.words[0].kind != "stem" or not tok.text.isalpha() or key.startswith("ال"):
        return None
    if finite_verb(tok) or in_time(doc, c) or any(key in fw_keys(name) for name in TIME_LISTS + PARTICLE_LISTS):
        return None
    key = key[:-1] if key.endswith("ا") and len(key) > 3 else key
    return key if len(key) >= 3 else None


def _bare(doc: Doc, t: int) -> bool:
    """Whether token ``t`` is one bare word that may be an adjective («رفيع», «صحفية»; not «للناس», «لو»)."""
    tok = doc.tokens[t]
    if len(tok.words) != 1 or tok.words[0].kind != "stem" or not tok.text.isalpha() or finite_verb(tok):
        return False
    return not any(tok.norm_key in fw_keys(name) for name in TIME_LISTS + PARTICLE_LISTS)


def described_head(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """The indefinite noun phrase right before the verb at ``hit`` that the verb describes and agrees with, its
    subject («دعوات متشددة انتقدت»), or None."""
    if hit.i - 1 < sent_start or (gender := _verb_gender(doc, hit)) is None:
        return None
    c = next((c for c in chunks if c.j == hit.i - 1), None)
    if c is None or c.entity is not None or c.definite or c.number or c.prep is not None:
        return None
    if any(doc.tokens[t].norm_key.startswith("ال") for t in range(c.i, c.j + 1)):
        return None  # («دعوة المملكة»: a definite genitive makes it definite)
    head = _head(doc, c)
    if head is None or head.endswith(PEOPLE_PLURALS):
        return None
    closed = c.j > c.i and all(_bare(doc, t) for t in range(c.i + 1, c.j + 1))  # a head and its adjective: «وفد رفيع»
    if gender == "mp" and not closed:
        return None
    if head.endswith(FEMININE_HEADS):
        return c if gender == "f" else None
    things = closed and doc.tokens[c.j].norm_key.endswith("ه")  # round ev619: «تقارير صحفية»: a plural of things
    return c if things == (gender == "f") else None
