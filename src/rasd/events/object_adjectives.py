"""Whether the phrase after a noun trigger is its adjective or its genitive, for the object finder (events.objects):
a definite noun heads no genitive and an indefinite accusative takes an adjective in its case (``agrees``,
«اللقاء الأول», «لقاءً ثلاثيًا»); a word that agrees with the trigger as its adjective («بقصف عشوائي»,
``adjective_of``); the adjectives right after a trigger (``trigger_adjectives``); a verb that describes the noun
before it. events.objects re-exports these names.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from .chunks import PLAIN_COMPLEMENTIZERS, Chunk, content_text, enclitic, finite_verb, in_time, is_content, verb_key
from .actors import is_nisba
from .forms import fw, fw_keys, nkey
from .lexicon import Hit
from .opening_perfects import bare_accusative as bare_accusative  # (re-exported: moved there, round ch424)


def bare_definite(text: str) -> tuple[bool, bool]:
    """(definite, indefinite accusative) of a word, its conjunction and preposition set aside: «واللقاء»,
    «للمفاوضات» are definite; «لقاءً», «ثلاثيًا» carry the accusative tanween."""
    k = verb_key(text)  # (its conjunction off)
    definite = k.startswith("ال") or (k.startswith("لل") and len(k) > 3) or (k[:1] in ("ب", "ك") and k[1:3] == "ال")
    return definite, text.endswith(("ً", "ًا", "اً", "ًى"))


def agrees(doc: Doc, trigger: int, nxt: Chunk, person_patient: bool = False) -> bool:
    """Is the unnamed phrase right after a noun trigger no genitive of it? A definite noun heads no genitive: the
    word after it is its adjective («اللقاء الأول», «المفاوضات المضنية») or starts another clause («استمرار الهجوم
    يشكل ضغطا»); an indefinite accusative is followed by its adjective in the same case («لقاءً ثلاثيًا»)."""
    if nxt.entity is not None or nxt.i != trigger + 1:
        return False
    toks = doc.tokens
    t_def, t_acc = bare_definite(toks[trigger].text)
    n_def, n_acc = bare_definite(toks[nxt.i].text)
    if t_def or (t_acc and n_acc) or (not n_def and bare_accusative(toks[trigger].text)
                                      and bare_accusative(toks[nxt.i].text)):
        return True  # (after a definite noun: its adjective, or a new clause «الهجوم يشكل»; «حصارا خانقا»)
    k = nxt.i + 1
    while k < len(toks) and toks[k].text in ("«", '"', "(", "“"):
        k += 1  # «بتعذيب معتقلي «خلية ...»»
    after = toks[k].text if k < len(toks) else ""
    return not t_def and not n_def and adjective_of(toks[trigger].text, toks[nxt.i].text, after, not person_patient)


ADJ_SUFFIXES = ("تين", "تان", "ات", "ين", "ون", "ان", "ه", "ا")  # (folded: «ة» is «ه»)
NISBA_ENDINGS = ("يتين", "يتان", "يات", "يين", "يون", "يان", "يه", "يا", "ي")


@lru_cache(maxsize=65536)
def adjective_of(noun: str, word: str, after: str, nisba: bool = True) -> bool:
    """Is ``word`` the adjective of the indefinite ``noun`` before it, not its genitive («بقصف عشوائي», «هجوم
    إرهابي», «غارات مكثفة», «محادثات ثلاثية» against «قصف مواقع», «لقاء مسؤولي الحكومة»)? An adjective of the
    event adjectives' list, or a nisba («ـي/ـية») that is no noun in construct (no definite word after it: «مسؤولي
    الحكومة»), agreeing in gender: after a feminine or plural noun in «ـة/ـات» a feminine form, after a masculine
    noun no «ـة». ``nisba``: whether a nisba counts; after an act on persons («مقتل جندي», «اعتقال أمريكي») it
    names the victim, and only a listed adjective is one (function words ``event_adjectives``; those of
    ``act_adjectives``, «مسلح», also name people, and count only where a nisba does)."""
    n, w = nkey(noun), nkey(word)
    if len(w) < 3 or word.endswith("ى") and w not in fw("event_adjectives") or not content_text(word):
        return False  # («مستشفى» is a noun; «أخرى» is on the list)
    feminine = n.endswith(("ه", "ات"))
    if feminine != w.endswith(("ه", "ات", "تين", "تان")) and not w.endswith("ا"):
        return False
    if not feminine and w.endswith(("ين", "ون", "ان")):
        return False  # a singular noun takes no plural adjective: «مقتل جنديين» is a genitive
    stem = w
    for suf in ADJ_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: -len(suf)]
            break
    if w in fw("event_adjectives") or stem in fw("event_adjectives"):
        return True
    if not nisba:
        return False
    if w in fw("act_adjectives") or stem in fw("act_adjectives"):
        return True  # «هجوم مسلح», «لهجمات مباغتة»: of an act, not of persons (where «مقتل مسلح» names the victim)
    construct = nkey(after).startswith("ال")
    if w.endswith("ي") and w.startswith("م") and len(w) >= 5:
        construct = True  # «معتقلي», «مسلحي», «مستوطني»: a sound plural in construct, not a nisba
    return len(w) >= 4 and w.endswith(NISBA_ENDINGS) and not construct and not w.startswith("و")


# round ev307: perfects of taking place or being held that describe a noun act right before them («مفاوضات جرت»)
HELD_VERBS = fw_keys("held_forms")


def describing_verb(doc: Doc, hit: Hit, nxt: Chunk) -> bool:
    """«محادثات تتم بين الطرفين», «عقد اجتماع يشمل»: a lone unnamed word right after an indefinite noun act with
    the shape of an imperfect verb («يـ», or «تـ» in four letters at most, not a nisba) opens a clause that
    describes the act: it is no genitive and no one who acts. Round 197: also where the phrase runs on past that
    word («جولة تستمر أسبوعا», «اجتماع يتم فيه»), and for the longer present of «استفعل/تفاعل» («تستمر», «تتضمن»)
    and a feminine past («اجتماعات استمرت»). Round ev307: a perfect of taking place (``HELD_VERBS``: «مفاوضات
    جرت», «اجتماع عقد»)."""
    toks = doc.tokens
    if nxt.entity is not None or nxt.i != hit.j + 1 or nxt.prep is not None or nxt.number:
        return False
    if verb_key(toks[hit.i].text).startswith("ال") or enclitic(toks[hit.j]) or in_time(doc, nxt):
        return False
    k = toks[nxt.i].norm_key
    if k in HELD_VERBS:
        return True  # round ev307: «مفاوضات جرت في جنيف», «اجتماع عقد على عجل»: a perfect of taking place
    if k[:1] == "ي" and (len(k) >= 4 or k == "يتم") and not is_nisba(toks[nxt.i].text):
        return True
    if k[:1] == "ت" and 3 <= len(k) <= 4 and not k.endswith(("ي", "ه")):
        return True
    return k.startswith("تست") and len(k) >= 5 or k.startswith("تت") and len(k) >= 5 and k[3] != "ي" or (
        len(toks[nxt.i].words) == 1 and finite_verb(toks[nxt.i]))


def lone_adjective(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """«قصف صاروخي», «التصريحات الطائفية», «آلة تعذيب خشبية»: one unnamed word in «ـي/ـية» right after a noun,
    as definite as it (or after a quotation mark that closes it), is that noun's adjective, never a target. Not a
    country adjective, which may name the victim («مقتل أمريكي»)."""
    if c.entity is not None or c.i != c.j or c.prep is not None or c.coord or c.number or c.i == 0:
        return False
    text = doc.tokens[c.i].text
    k = nkey(text)
    stem = k.removeprefix("ال")
    if len(stem) < 4 or not stem.endswith(("ي", "يه")) or is_nisba(text) or stem.removesuffix("ه") in fw("actor_heads"):
        return False
    nxt = doc.tokens[c.i + 1] if c.i + 1 < len(doc.tokens) else None
    opening = nxt is not None and (nxt.text in ("«", "“") or (nxt.text == '"' and doc.text[nxt.start - 1].isspace()))
    if nxt is not None and any(m.start == nxt.start for m in doc.mentions):
        return False  # («مقاتلي حزب العمال الكردستاني»)
    if opening or (nxt is not None and is_content(nxt) and nxt.norm_key.startswith("ال")):
        return False  # «مقاتلي حزب العمال», «معتقلي «خلية القيروان»»: a plural in construct, no adjective
    t = c.i - 1
    while t > 0 and doc.tokens[t].text in ('"', "»", "”"):
        t -= 1
    prev = doc.tokens[t]
    if not is_content(prev):
        return False
    definite = prev.norm_key.startswith(("ال", "وال", "بال", "لل", "فال", "وبال", "ولل"))
    return definite == k.startswith("ال")


# acts whose nisba adjective names who did them («غارة إسرائيلية»); after a killing or an abduction it names the
# victim («مقتل أمريكي»)
NATIONAL_ACTS = frozenset(("airstrike", "airraid", "strike_mil", "strike_told", "shell", "attack", "storm", "bombing"))


def trigger_adjectives(doc: Doc, hit: Hit, b: int, mentions: dict[int, tuple[str, str, int, int]]) -> range:
    """The adjectives right after a noun trigger that agree with it («قصف جوي», «قصفا جويا», «قصف مكثف», «الهجوم
    الإرهابي»): part of the trigger's phrase, no argument of it (tokens up to ``b``). Not a country adjective,
    which names the actor («قصف إسرائيلي») or the victim («مقتل أمريكي»); after an act on persons only a listed
    adjective, no nisba («مقتل جندي»: the victim)."""
    toks = doc.tokens
    k = hit.j + 1
    if hit.entry.plover != "ASSAULT" or (hit.pos != "N" and not _masdar_slot(doc, hit)):
        return range(k, k)  # (an act of force: the adjective of a meeting or a visit may stand before its actor)
    noun = toks[hit.j].text
    n_def, n_acc = bare_definite(noun)
    if enclitic(toks[hit.j]):  # a noun with a possessive pronoun is definite: «وقصفه الجوي», «هجماتها الإرهابية»
        n_def, noun = True, next((w.form for w in toks[hit.j].words if w.kind == "stem"), noun)
    while k < b and k - hit.j <= 2 and k not in mentions and is_content(toks[k]) and not is_nisba(toks[k].text):
        w_def, w_acc = bare_definite(toks[k].text)
        if w_def != n_def or verb_key(toks[k].text) != toks[k].norm_key or (n_acc and not w_acc and not n_def):
            break
        if toks[k].norm_key.startswith(("لل", "بال", "كال")):
            break  # a preposition's phrase, no adjective: «قصفها للأحياء السكنية»  # («وجوي» is a coordinated phrase; «قصفا» takes «جويا», not «جوي»)
        after = toks[k + 1].text if k + 1 < len(toks) else ""
        if not adjective_of(noun, toks[k].text, "" if n_def else after, hit.entry.id in NATIONAL_ACTS):
            break
        k += 1
    return range(hit.j + 1, k)


def _masdar_slot(doc: Doc, hit: Hit) -> bool:
    """Whether a trigger of a verb's shape stands where only a noun can: after a preposition, a light verb or «إن»
    («في قصف جوي», «شن قصفا جويا», «إن قصفا مدفعيا»), or with «بـ/لـ» on it («لقصف مكثف»)."""
    if any(p in ("ب", "ل") for p in hit.cand.proclitics) or bare_definite(doc.tokens[hit.i].text)[1]:
        return True  # (a written accusative tanween is a noun's: «قصفًا جويًا»)
    tok = doc.tokens[hit.j]
    if enclitic(tok) and hit.j + 1 < len(doc.tokens) and doc.tokens[hit.j + 1].norm_key.startswith("ال"):
        stem = next((w.form for w in tok.words if w.kind == "stem"), tok.text)
        if adjective_of(stem, doc.tokens[hit.j + 1].text, ""):
            return True  # a definite adjective after it: «التحالف وقصفه الجوي» is his shelling, no «he shelled it»
    if hit.j + 2 < len(doc.tokens) and doc.tokens[hit.j + 1].norm_key in fw_keys("force_means_adjectives") \
            and not enclitic(tok) and adjective_of(tok.text, doc.tokens[hit.j + 1].text, doc.tokens[hit.j + 2].text):
        return True  # round 279: «وقصف جوي على مواقع», «قصف كثيف بالقذائف»: a means or manner adjective, no object
    if hit.i == 0:
        return False
    prev = verb_key(doc.tokens[hit.i - 1].text)
    if hit.i >= 2 and hit.cand.key.endswith("ا") and verb_key(doc.tokens[hit.i - 2].text) in fw("light_verbs"):
        return True  # the accusative past the light verb's subject: «شنت الطائرات قصفا جويا»
    return prev in fw("prepositions") or prev in fw("light_verbs") or prev in PLAIN_COMPLEMENTIZERS
