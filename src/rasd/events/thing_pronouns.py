"""Round 132: where an object pronoun stands for no party, for `objects.pronoun_target` (a null is better than a
wrong party).

- «فعدد المنخرطين في البرنامج الأميركي ...، لأن أغلبية المعارضة رفضته»: a masculine «ـه» with a definite
  masculine singular noun that heads a prepositional phrase between the group named last and the pronoun (``thing
  _between``) most likely resumes that thing (the programme), not the group;
- «الطائفة العلوية الذين يرفضون زج أبنائهم»: a «ـهم» on the object of a verb right after «الذين» is the relative's
  own people, the verb's subject (``own_relative``), no one else;
- «حث فلان والده على الترشح»: a pronoun on a kinship noun (``kinship_nouns``, ``kin_nouns``, ``kin_plurals``)
  names a relative of someone, never the group named before it (``kin_owned``);
- «هؤلاء الذين سيقوم التنظيم بإعدامهم»: a relative a few words before the trigger, agreeing with its pronoun, with
  no comma or other relative between, is what the pronoun resumes (``far_relative``), not the clause's subject;
- «ونفى المجلس تلقيه»: the group whose name holds the head noun of the verb's unnamed subject is that subject, no
  target (``subject_named``).
"""

from __future__ import annotations

from ..doc import Doc, Entity
from ..text.marks import NAME_QUOTES, has_letters
from .chunks import enclitic, in_time
from .forms import bare, fw, nkey

THING_ENDS = ("ة", "ات", "ين", "ون", "ان", "اء", "ى")  # a feminine, plural, dual or broken-plural ending: no «ـه»
SUBJECT_RELATIVES = ("الذين",)  # relatives whose clause's «ـهم» is their own people


def own_relative(doc: Doc, trigger: int, pron_tok: int, sent_start: int) -> bool:
    """The verb at ``trigger`` right after «الذين» and «ـهم» on its object at ``pron_tok``: their own."""
    rel = trigger - 1
    if rel < sent_start or pron_tok == trigger or enclitic(doc.tokens[pron_tok]) != "هم":
        return False
    return bare(doc.tokens[rel].norm_key, "relatives") in SUBJECT_RELATIVES


def thing_between(doc: Doc, after: int, before: int) -> bool:
    """A definite masculine singular noun after a preposition between the offsets ``after`` and ``before`` (no
    name, no time, not right after the name that ends at ``after``, which it may describe)."""
    preps = fw("prepositions")
    toks = [t for t in doc.tokens if after <= t.start and t.end <= before]
    for n, tok in enumerate(toks):
        if n == 0 or in_time(doc, tok) or any(m.start < tok.end and tok.start < m.end for m in doc.mentions):
            continue
        stems = [w for w in tok.words if w.kind == "stem"]
        if len(stems) != 1 or enclitic(tok):
            continue
        stem = stems[0].norm
        if not stem.startswith("ال") or len(stem) < 6 or stem.endswith(THING_ENDS) or stem.endswith("ي"):
            continue  # («الأميركي»: a relative adjective, of the name before it or of a noun)
        clitic = any(w.kind == "proclitic" and w.norm in ("ب", "ل") for w in tok.words)
        if clitic or bare(toks[n - 1].norm_key, "prepositions") in preps:
            return True
    return False


AGREEING = {"الذين": ("هم",), "التي": ("ها",), "الذي": ("ه",), "اللذين": ("هما",), "اللذان": ("هما",),
            "اللتين": ("هما",), "اللتان": ("هما",)}  # (normalized keys) a relative and the pronouns that resume it


def kin_owned(doc: Doc, k: int) -> bool:
    """The word at ``k`` is a kinship noun with its pronoun («والده», «أبنائهم»)."""
    tok = doc.tokens[k]
    stems = [w.norm for w in tok.words if w.kind == "stem"]
    if not enclitic(tok) or len(stems) != 1:
        return False
    kin = {nkey(w) for name in ("kinship_nouns", "kin_nouns", "kin_plurals") for w in fw(name)}
    return nkey(stems[0]) in kin


def far_relative(doc: Doc, i: int, sent_start: int) -> int | None:
    """The relative two to five words before the trigger at ``i`` that agrees with its pronoun, with no comma or
    other relative between (quotation marks are no break); None where there is none."""
    pron = enclitic(doc.tokens[i])
    for rel in range(i - 2, max(sent_start, i - 6) - 1, -1):
        key = bare(doc.tokens[rel].norm_key, "relatives")
        if key in fw("relatives"):
            return rel if pron in AGREEING.get(key, ()) else None
        if not has_letters(doc.tokens[rel].text) and doc.tokens[rel].text not in NAME_QUOTES:
            return None
    return None


def subject_named(doc: Doc, subject_head: str, ent: Entity) -> bool:
    """The head noun ``subject_head`` of an unnamed subject («المجلس») is a word of ``ent``'s name («المجلس الأعلى
    للقضاء»): the subject is that group."""
    key = nkey(subject_head).removeprefix("و")
    if not key.startswith("ال") or len(key) < 5:
        return False
    return any(key == nkey(w) for alias in (ent.name, *ent.aliases) for w in alias.split())
