"""Round 272: acts that describe an actor or name a topic, of no day the article tells (see ``lately.lately_undated``).

- «حركة طالبان التي تشن هجمات ضد القوات»: a present verb right after a relative pronoun whose head is an actor (an
  entity mention, or a noun of actors: «القوات الأمنية التي تقاتل») tells what the actor does, its habit or its
  ongoing work, not an act of the article's day; so does a noun trigger in that verb's clause. Not a perfect
  («الحركة التي شنت هجوما»: an act told), nor a future («التي ستشن»), nor a head that is no actor («الهجوم الذي
  يشنه الجيش»).
- Round 281: «الأصوات المتشددة المطالبة بالدخول في مواجهة», «الدعوى القضائية المطالبة بإلغاء القانون»: a definite
  word of a participle's shape («الم...») after a definite noun and its definite adjective is the participle
  describing that noun (its feminine is spelled as the masdar «المطالبة»), what the noun stands for, of no day
  (:func:`participle_adjective`; not after one definite word: «واعتبرت الحكومة المطالبة بالإفراج» is the masdar).
- «منقسمة بشأن محادثات السلام», «محادثات حول إعلان منطقة تجارة حرة»: a noun trigger right after a topic preposition
  (``topic_prepositions`` but «عن»: «أسفر عن مقتل», «أعلن عن اتفاق» tell the act) is what is talked about, not an act
  of the day.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_keys
from .lexicon import Hit, past_keys
from .word_tests import clause_stop, key_at, mention_holding

CLAUSE_REACH = 6  # tokens back from a noun trigger to the present verb right after the relative
NOT_TOPIC = frozenset({"عن", "وعن"})  # keys: «أسفر عن مقتل», «أعلن عن اتفاق»: the act itself, not a topic


def _present(key: str, rel: str) -> bool:
    """A present verb with no «سـ» of the future after the relative ``rel``: «الذين يقاتلون»; after «التي» also «تـ»
    with no «ـت» of a feminine perfect («التي تشن», not «التي تعهدت», «التي تولت»)."""
    if len(key) < 3 or key in past_keys():
        return False
    return key[0] in ("ي", "ن") or (rel == "التي" and key[0] == "ت" and key[-1] != "ت")


def _clause_verb(doc: Doc, hit: Hit, sent_start: int) -> int:
    """The verb a noun trigger is in the clause of: the token before it, or up to ``CLAUSE_REACH`` tokens back with
    no comma, relative or complementizer between («التي تقاتل للدفاع عن الأراضي ضد هجمات»); -1 where none is."""
    for t in range(hit.i - 1, max(sent_start, hit.i - 1 - CLAUSE_REACH), -1):
        key = key_at(doc, t)
        if clause_stop(doc.tokens[t].text) or key in fw_keys("complementizers"):
            return -1
        if t - 1 > sent_start and key_at(doc, t - 1) in fw("relatives"):
            return t
        if key in fw("relatives"):
            return -1
    return -1


def _head_key(key: str) -> str:
    """A noun's key less «و» and with «لل» as «ال» («للقوات» → «القوات»)."""
    key = key.removeprefix("و")
    return "ال" + key[2:] if key.startswith("لل") else key


def describing_at(doc: Doc, hit: Hit, sent_start: int) -> int:
    """The relative pronoun of ``describing_relative`` (its token), or -1 where the trigger is none."""
    verb = hit.i if hit.pos == "V" else _clause_verb(doc, hit, sent_start)
    rel = verb - 1
    if verb < 0 or rel - 1 < sent_start or key_at(doc, rel) not in fw("relatives") \
            or not _present(key_at(doc, verb), key_at(doc, rel)):
        return -1
    if mention_holding(doc, rel - 1) is not None:
        return rel
    heads = [_head_key(key_at(doc, t)) for t in (rel - 1, rel - 2) if t >= sent_start]
    found = any(k in fw_keys("group_heads") or k in fw_keys("actor_heads") for k in heads)  # «والقوات الأمنية التي»
    return rel if found else -1


def describing_relative(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """The trigger is a present verb right after a relative pronoun whose head, right before it, is in an entity
    mention («حركة طالبان التي تشن») or is a noun of actors (``group_heads``, ``actor_heads``, with one adjective:
    «القوات الأمنية التي تقاتل»), or a noun in the clause of such a verb («التي تشن هجمات»)."""
    return describing_at(doc, hit, sent_start) >= 0


def described_past_time(doc: Doc, hit: Hit, sent_start: int, at: int) -> bool:
    """Round 278: a ``describing_relative`` trigger whose clause's time (its start ``at``) is before the relative:
    «وفي صباح أمس خرجت مظاهرة ...، وطالبوا بالاعتذار للقوات التي تقاتل ... ضد هجمات طالبان» — the day dates the
    main act, not what the actor does; a time after the relative («التي تشن منذ أمس هجمات») stays."""
    rel = describing_at(doc, hit, sent_start)
    return rel >= 0 and at < doc.tokens[rel].start


def _related(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round 278: a noun trigger after «يتعلق/تتعلق/المتعلقة بـ» (``related_verbs``), itself with «بـ»
    («تتعلق بالمفاوضات») or after one noun with «بـ» («تتعلق بتغطية المفاوضات»)."""
    key = key_at(doc, hit.i)
    if key.startswith("ب") and len(key) > 3:
        return key_at(doc, hit.i - 1) in fw_keys("related_verbs")
    prev = key_at(doc, hit.i - 1)
    return hit.i - 2 >= sent_start and prev.startswith("ب") and len(prev) > 3 \
        and key_at(doc, hit.i - 2) in fw_keys("related_verbs")


def topic_noun(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger right after «بشأن/حول/بخصوص» (``topic_prepositions`` but «عن»), or the topic of «تتعلق بـ»."""
    if hit.pos != "N" or hit.i - 1 < sent_start:
        return False
    key = key_at(doc, hit.i - 1)
    return (key in fw_keys("topic_prepositions") and key not in NOT_TOPIC) or _related(doc, hit, sent_start)


def participle_adjective(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger «الم...» (of at least six letters) right after two definite words, a noun and its adjective
    («الأصوات المتشددة المطالبة»)."""
    if hit.pos != "N" or hit.i - 2 < sent_start:
        return False
    key = key_at(doc, hit.i)
    if not key.startswith("الم") or len(key) < 6:
        return False
    return all(len(k) >= 5 and k.startswith("ال") for k in (key_at(doc, hit.i - 1), key_at(doc, hit.i - 2)))


def described_or_topic(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """``describing_relative``, ``topic_noun`` or ``participle_adjective``."""
    return describing_relative(doc, hit, sent_start) or topic_noun(doc, hit, sent_start) \
        or participle_adjective(doc, hit, sent_start)
