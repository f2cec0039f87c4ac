"""The reviewed trigger lexicon (data/events/triggers.tsv) indexed by normalised form, and trigger matching."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..doc import Event, Token
from .forms import Cand, bare, fw, light_verb_before, nkey, past_forms, possessed_noun, plain_keys, present_forms, read_tsv, split_forms, token_candidates

NEAR_WINDOW = 12
CLOSE_WINDOW = 3  # words from a ``close`` trigger to its «near» word («جولة ثانية من محادثات»)
ACT_WINDOW = 4  # words from an ``act`` trigger to its «لـ» + masdar complement («الدعوة السعودية لوقف»)


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    code: str
    plover: str | None
    next: frozenset[str]
    near: frozenset[str]
    obj: bool
    preps: frozenset[str]
    gen: str | None  # "src" / "tgt": role of a genitive after a noun trigger
    loc: bool  # the target must be a LOCATION
    addressee: bool
    order: int
    around: bool = False  # a «near» word may also stand before the trigger in its clause («المتظاهرون ... تدفقوا»)
    heads: frozenset[str] = frozenset()  # a noun the trigger must complement («وقف إطلاق النار»): the hit opens at it
    content: bool = False  # mostly the content of another act («دعا إلى وقف إطلاق النار»): see stage._content_event
    human: bool = False  # the subject must be a person, a named body or a group of people (stage._visitor)
    act: bool = False  # «لـ» + an act (a masdar) follows within ACT_WINDOW words: «دعوته لوقف إطلاق النار»
    close: bool = False  # the «near» word is within CLOSE_WINDOW words: «جولة ثانية من المحادثات»
    means: bool = False  # a noun trigger needs what it threatens with, «بـ» + a word within ACT_WINDOW words
    # («تهديد التنظيم بقتل الرهائن»), or an object pronoun («وتهديدهم»): else it names a threat, not an act


@dataclass(slots=True, unsafe_hash=True)
class Hit:
    """A matched trigger: tokens ``i``..``j`` (inclusive) of the token list it was found in."""

    i: int
    j: int
    entry: Entry
    pos: str  # "V" verb, "N" noun
    cand: Cand

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(self, i: int, j: int, entry: Entry, pos: str, cand: Cand) -> None:
        self.i = i
        self.j = j
        self.entry = entry
        self.pos = pos
        self.cand = cand


@lru_cache(maxsize=1)
def plover_table() -> tuple[tuple[str, str | None], ...]:
    rows = [(r[0], None if r[1] == "-" else r[1]) for r in read_tsv("cameo_plover.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


SPECIFIC_ATTACKS = ("183", "180")  # a suicide or car bombing, or (round 81) a terrorist attack («اعتداءاته
# الإرهابية»), which a plain attack word (190) after it repeats
PLAIN_ATTACKS = ("attack", "attack_masdar", "kill", "wound", "shoot", "target")  # «الهجوم», «مقتل», «الجرحى»: no storming


def _other_actors(told: Event, repeat: Event) -> bool:
    """Round 45: «قتل مسلحون ثلاثة جنود، وقتل جنود الجيش خمسة مسلحين»: two verbs that each name their actor, the
    repeat's right after it (a verb-subject order, not a stray phrase before it), in phrases apart in the text: two
    acts, one by each."""
    a, b = told.attrs.get("source_span"), repeat.attrs.get("source_span")
    if not isinstance(a, list) or not isinstance(b, list) or told.attrs.get("pos") != "V" \
            or repeat.attrs.get("pos") != "V" or not (a[1] <= b[0] or b[1] <= a[0]):
        return False
    return _actor_after(repeat, b) and (told.source is not None or _actor_after(told, a))


def _actor_after(ev: Event, span: list[int]) -> bool:
    """Whether the unresolved source phrase ``span`` of the verb event ``ev`` stands right after its trigger and
    reads as an actor: not an adverb or a word in the accusative («أعلنها سابقًا», «وقتل حينها») nor a verb
    («رفضها سيتم»)."""
    text = ev.attrs.get("source_text")
    if not isinstance(text, str) or not text.split() or not 0 <= span[0] - ev.trigger.end <= 1:
        return False
    first = nkey(text.split()[0])
    return not first.endswith("ا") and not (first[:1] == "س" and first[1:2] in ("ي", "ت", "ن"))


def same_act(told: Event, repeat: Event) -> bool:
    """Whether the event ``repeat`` may repeat the act of ``told``, told before it in its sentence: the same code, or
    a plain attack noun (190: «الهجوم», «مقتل») after a suicide or car bombing («شن هجوما انتحاريا ... وخلف الهجوم»;
    a verb, «وقتل», may tell an act of its own; round 42: a storming, «دخول عناصر الاقتحام», is one too); not an
    act whose actor is named apart from the first's (``_other_actors``). Round 47: «احتجاجا» after a storming in
    protest (145) names its purpose. Round 72: a plain bombing after a bombing of a device («هجوما انتحاريا ...
    الانفجار»), or an explosion noun that names its device after a plain one («دوي انفجار ... ناجم عن انفجار عربة
    مفخخة»), are one act; not another bombing («قتل جندي إثر انفجار لغم ... هجوما انتحاريا»)."""
    if _other_actors(told, repeat):
        return False
    device = told.code[:3] == repeat.code[:3] == "183" and (
        repeat.code == "183" or str(repeat.attrs.get("trigger_id", "")).startswith(BOMB_NOUNS))
    return told.code == repeat.code or device or (repeat.code == "190" and repeat.attrs.get("pos") == "N"
                                                  and repeat.attrs.get("trigger_id") in PLAIN_ATTACKS
                                                  and told.code.startswith(SPECIFIC_ATTACKS)) or (
        told.attrs.get("trigger_id") == "protest_storm" and repeat.attrs.get("trigger_id") == "protest"
        and repeat.attrs.get("pos") == "N")  # round 47: «اقتحم طلاب الوزارة احتجاجا»: the storming's purpose



BOMB_NOUNS = ("bombing", "explode")  # lexicon entries of an explosion noun («انفجار», «تفجير») and their recodings
VERBAL_CODES = ("01", "02", "10", "11", "12", "13")  # make a statement, appeal, demand, disapprove, reject, threaten


def apart_targets(a: Event, b: Event) -> bool:
    """«تنظيم غير إسلامي يهدد الأقليات الدينية» … «لأن هذا التنظيم يهدد أمننا»: one actor's verbal acts (statements,
    appeals, criticism, threats: ``VERBAL_CODES``) of one code in other sentences, whose targets are phrases the
    entity layer left unresolved and share no word, are two acts, not one act told twice (an attack or a meeting
    retold with another phrase for its target, «هجوم النصرة على مقر الفرقة 30», is still one)."""
    ta, tb = a.attrs.get("target_text"), b.attrs.get("target_text")
    if a.code[:2] not in VERBAL_CODES or a.sentence == b.sentence or a.target is not None or b.target is not None:
        return False
    return isinstance(ta, str) and isinstance(tb, str) and not (set(plain_keys(ta)) & set(plain_keys(tb))) - {""}

def plover_of(code: str) -> str | None:
    for prefix, cat in plover_table():
        if code.startswith(prefix):
            return cat
    return None


_FLAGS = ("obj", "loc", "addressee", "around", "content", "human", "act", "close", "means")  # items without a value


def _parse_frame(
    frame: str,
) -> tuple[bool, frozenset[str], str | None, bool, bool, bool, frozenset[str], bool, bool, bool, bool, bool]:
    flags: set[str] = set()  # the frame's plain items (see _FLAGS)
    preps: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    gen: str | None = None
    for item in (x.strip() for x in frame.split(",") if x.strip()):
        if item in _FLAGS:
            flags.add(item)
        elif item.startswith("prep:"):
            preps = frozenset(nkey(p) for p in split_forms(item[5:]))
        elif item.startswith("gen:"):
            gen = item[4:]
        elif item.startswith("head:"):
            heads = frozenset(nkey(p) for p in split_forms(item[5:]))
        else:
            raise ValueError(f"triggers.tsv: unknown frame item {item!r}")
    obj, loc, addressee, around, content, human, act, close, means = (f in flags for f in _FLAGS)
    return obj, preps, gen, loc, addressee, around, heads, content, human, act, close, means


def lexicon() -> dict[str, tuple[tuple[Entry, str], ...]]:
    """norm_key form → (entry, pos) pairs in file order."""
    return _load()[0]


def past_keys() -> frozenset[str]:
    """Every perfect form of a trigger verb («تظاهر», «تعرض»: a «ت» that is no imperfect prefix)."""
    return _load()[1]


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, tuple[tuple[Entry, str], ...]], frozenset[str]]:
    """triggers.tsv read once: the index of :func:`lexicon` and the perfect forms of :func:`past_keys`."""
    index: dict[str, list[tuple[Entry, str]]] = {}
    past_keys: set[str] = set()
    for order, row in enumerate(read_tsv("triggers.tsv")):
        row = row + [""] * (10 - len(row))
        eid, past, present, nouns, code, nxt, near, frame = row[:8]
        obj, preps, gen, loc, addressee, around, heads, content, human, act, close, means = _parse_frame(frame)
        entry = Entry(
            id=eid,
            code=code,
            plover=plover_of(code),
            next=frozenset(nkey(w) for w in split_forms(nxt)),
            near=frozenset(nkey(w) for w in split_forms(near)),
            obj=obj,
            preps=preps,
            gen=gen,
            loc=loc,
            addressee=addressee,
            order=order,
            around=around,
            heads=heads,
            content=content,
            human=human,
            act=act,
            close=close,
            means=means,
        )
        verb_forms: set[str] = set()
        for p in split_forms(past):
            verb_forms |= past_forms(p)
        past_keys |= verb_forms
        for p in split_forms(present):
            verb_forms |= present_forms(p)
        noun_forms = {_indefinite(nkey(n)) for n in split_forms(nouns)}
        for form in sorted(verb_forms):
            index.setdefault(form, []).append((entry, "V"))
        for form in sorted(noun_forms):
            index.setdefault(form, []).append((entry, "N"))
    return {k: tuple(v) for k, v in index.items()}, frozenset(past_keys)


def _indefinite(form: str) -> str:
    """Nouns are indexed without the article: the clitic reader strips «ال» and records it."""
    return form[2:] if form.startswith("ال") and len(form) > 4 else form


def _agent_pattern(key: str) -> bool:
    """«طالب», «هاجم»: a فاعل stem, also the active participle that acts as a verb in the accusative of state
    («لجأ إلى صنعاء طالبًا الوحدة»)."""
    return len(key) == 4 and key[1] == "ا"


def _clitics_fit(pos: str, cand: Cand) -> bool:
    if pos == "V":
        return "ال" not in cand.proclitics and not (set(cand.proclitics) & {"ب", "ك"})
    return "س" not in cand.proclitics


def _is_break(tok: Token) -> bool:
    return tok.text in fw("clause_breaks") or tok.norm in fw("clause_breaks")


def _after_inna(tokens: Sequence[Token], i: int) -> bool:
    """Is the word right after «إنّ/لأنّ» (past an opening quote mark)? Those particles take a noun, not a verb. The
    hamza is read as written: «أن» (folded alike) takes a verb («أن يلتقي»)."""
    k = i - 1
    while k >= 0 and tokens[k].text in ("«", '"', "“", "("):
        k -= 1
    t = tokens[k].text.lstrip("وف") if k >= 0 else ""
    return t[:1] in ("إ", "ل") and nkey(t) in fw("noun_openers")


FORCE_OBJECT_WINDOW = 4  # words from «شن/نفذ/أجرى» to the act it takes as object (its subject between)


def _after_force_light_verb(tokens: Sequence[Token], i: int) -> bool:
    """Is a light verb of force («شن، نفذ، أجرى») within a few words before ``tokens[i]`` in its clause? Its
    object is a noun in the accusative: «وشنت الطائرات قصفا», not the dual verb «قصفا»."""
    return light_verb_before(tokens, i, 0, FORCE_OBJECT_WINDOW, _no_letters) is not None


def _no_letters(text: str) -> bool:
    return not any(ch.isalpha() for ch in text)


TANWEEN = "\u064b"  # «ـً», the accusative tanween: written on a noun, never on a verb («أكثر ترددًا»)
PARTICIPLE_SPELT = frozenset({"attack_masdar", "raid_place"})  # masdars written as their participle: indefinite only
PENALTIES = frozenset({"execute"})  # a noun that also names a penalty: indefinite, and after no word of sentencing


def match_token(tokens: Sequence[Token], i: int) -> Hit | None:
    """The lexicon entry triggered at ``tokens[i]``, if any (the first reading found in the lexicon decides)."""
    index = lexicon()
    for cand in token_candidates(tokens[i]):
        options = index.get(cand.key)
        if not options:
            continue
        accusative = False  # a dual verb's reading refused for the accusative noun: the next candidate decides
        for entry, pos in options:
            if not _clitics_fit(pos, cand) or (pos == "V" and (tokens[i].text.endswith("ة")
                                                               or cand.key in fw("not_verb_forms"))):
                continue  # «عذبا» (sweet, accusative) is no dual of «عذب» (torture)
            if pos == "V" and possessed_noun(tokens[i], cand):
                continue  # «وزارته»: his ministry, a noun with its possessive, no «و» + «زارته»
            if pos == "V" and TANWEEN in tokens[i].text and not _agent_pattern(cand.key):
                accusative = True  # «أكثر ترددًا», «قصفًا جويًا»: a written tanween, a noun; the noun reading decides
                continue
            if pos == "V" and any(w.kind == "enclitic" for w in tokens[i].words) and _nisba_after(tokens, i):
                continue  # «التحالف وقصفه الجوي»: a noun with its possessive and its adjective, no verb and object
            if pos == "V" and not cand.proclitics and nkey(tokens[i].text).endswith("ا") and _after_force_light_verb(
                    tokens, i):
                accusative = True  # «وشنت الطائرات قصفا»: the light verb's accusative object, no dual verb
                continue
            if pos == "V" and _after_inna(tokens, i):
                continue  # «إن «قتل عناصر الحوثي جاء»: «إنّ» opens a noun phrase, the masdar's (its genitive the victim)
            if pos == "V" and cand.key.startswith("وعد") and _considered(tokens, i):
                return None  # «وعدّ الباحث أن»: «و» + عدّ (he considered), no promise
            if pos == "V" and not cand.proclitics and _counted(tokens, i):
                continue  # «نحو 700 طالب», «علي بن أبي طالب»: a counted noun or a name, no verb
            if pos == "N" and entry.id in PARTICIPLE_SPELT | PENALTIES and "ال" in cand.proclitics:
                continue  # «القوات المهاجمة»: the definite word is the participle, an adjective, no act
            if pos == "N" and entry.id in PENALTIES and _penalty(tokens, i, cand):
                continue  # «عقوبة الإعدام», «حكم إعدام», «الحكم بإعدامه»: the penalty, none carried out
            if entry.means and pos == "N" and not _threatens(tokens, i):
                continue  # «مواجهة التهديدات الإرهابية»: a threat named, no threat made
            start, reading = i, cand
            if entry.heads:
                head = _head(tokens, i, cand, entry.heads)
                if head is None:
                    continue
                start, reading = head
            j = i
            if entry.next:
                if i + 1 >= len(tokens) or not (_keys(tokens[i + 1]) & entry.next):
                    continue
                j = i + 1
            if entry.act and not _act_after(tokens, j + 1):
                continue
            if entry.near and not (
                _near(tokens, j + 1, entry.near, CLOSE_WINDOW if entry.close else NEAR_WINDOW)
                or (entry.around and _near_before(tokens, i - 1, entry.near))
            ):
                continue
            return Hit(start, j, entry, pos, reading)
        if not accusative:
            return None
    return None


def _nisba_after(tokens: Sequence[Token], i: int) -> bool:
    """Is the word after ``tokens[i]`` a definite masculine nisba («الجوي», «المدفعي»), which agrees with a noun
    made definite by its pronoun, and is no verb's subject? Not a feminine word in «ـية», mostly a noun
    («الجمعية»), nor an agent noun or a plural in «ـاعي/ـالي» («القاضي», «الأهالي»)."""
    if i + 1 >= len(tokens):
        return False
    n = nkey(tokens[i + 1].text)
    return n.startswith("ال") and len(n) >= 5 and n.endswith("ي") and n[-3] != "ا"


def _penalty(tokens: Sequence[Token], i: int, cand: Cand) -> bool:
    """Does the noun at ``tokens[i]`` name a penalty or an order, no act carried out? After a word of sentencing
    or ordering (function words ``penalty_words``: «حكم إعدام»), or with «بـ» on it after such a word in its clause
    («قضت المحكمة غيابيا بإعدامه», «أصدر تعليمات بإعدام كل من»)."""
    reach = NEAR_WINDOW if "ب" in cand.proclitics else 1
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if _is_break(tokens[k]):
            return False
        key = bare(nkey(tokens[k].text), "penalty_words")
        if key in fw("penalty_words") or key[:1] in ("ب", "ل") and key[1:] in fw("penalty_words"):
            return True  # (with its preposition: «بحظر إعدام»)
    return False


def _counted(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]``, a word without a plural ending, follows a number that counts it («2500 طالب», «آلاف
    طالب») or a kinship word of a name («أبي طالب»): a noun stands there, not a verb (a counted subject before its
    verb would make it plural, «عشرات طالبوا»). A year («في 2014 قتل») and «واحد» after its noun («شهر واحد اغتيل»)
    do not count."""
    if i == 0 or tokens[i].text.endswith(("وا", "ون")):
        return False
    prev = tokens[i - 1].text
    if prev.isdigit():
        return not (len(prev) == 4 and prev[:2] in ("19", "20"))
    key = nkey(prev)
    return key in fw("name_links") or key in fw("numerals") and key not in fw("not_counting")


def _threatens(tokens: Sequence[Token], i: int) -> bool:
    """Whether the threat noun at ``tokens[i]`` is an act: it carries an object pronoun («وتهديدهم») or «بـ» + what
    it threatens with opens one of the ``ACT_WINDOW`` words after it, in its clause («تهديد التنظيم بقتل»)."""
    if any(w.kind == "enclitic" for w in tokens[i].words):
        return True
    for k in range(i + 1, min(len(tokens), i + 1 + ACT_WINDOW)):
        if _is_break(tokens[k]):
            return False
        first = token_candidates(tokens[k])[0]
        if first.proclitics[-1:] == ("ب",) and nkey(tokens[k].text.removeprefix("و")) not in fw("not_means"):
            return True
    return False


@lru_cache(maxsize=1)
def _act_nouns() -> frozenset[str]:
    """Event nouns of the lexicon and the heads its entries complement («وقف»): acts an appeal may ask for."""
    index = lexicon()
    nouns = {form for form, options in index.items() if any(pos == "N" for _, pos in options)}
    return frozenset(nouns | {h for options in index.values() for e, _ in options for h in e.heads})


def masdar(key: str) -> bool:
    """A verbal noun by its pattern (folded, indefinite): إفعال/افتعال/انفعال/استفعال («انسحاب», «اجرا» of
    «إجراء»), تفعيل («تشكيل»), مفاعلة («مساعده»), or an event noun of the lexicon («وقف»)."""
    if key in _act_nouns():
        return True
    if len(key) >= 5 and key[0] == "ا" and key[-2] == "ا" or len(key) == 4 and key[0] == "ا" and key[-1] == "ا":
        return True
    if len(key) == 5 and key[0] == "ت" and key[-2] == "ي":
        return True
    return len(key) >= 5 and key[0] == "م" and key.endswith("ه")


def _act_after(tokens: Sequence[Token], start: int) -> bool:
    """Whether «لـ» + a masdar opens one of the ``ACT_WINDOW`` words from ``start``, in the clause («دعوته لوقف
    إطلاق النار», «الدعوة الفرنسية لإجراء انتخابات»); «للرئيس» (a definite noun) is an addressee, not an act."""
    for k in range(start, min(len(tokens), start + ACT_WINDOW)):
        if _is_break(tokens[k]):
            return False
        if any(c.proclitics == ("ل",) and masdar(c.key) for c in token_candidates(tokens[k])):
            return True
    return False


def _head(tokens: Sequence[Token], i: int, cand: Cand, heads: frozenset[str]) -> tuple[int, Cand] | None:
    """The head noun that a ``head:`` trigger complements, right before it («وقف إطلاق النار») or, where the
    trigger takes «لـ», past the head's adjective («وقف لإطلاق النار», «الوقف الفوري لإطلاق النار», «وقفا أحاديا
    لإطلاق النار»): its index and its reading (its clitics are the event noun's: «بوقف», «إلى وقف»)."""
    gaps = (1, 2) if "ل" in cand.proclitics else (1,)
    for gap in gaps:
        k = i - gap
        if k < 0 or any(_is_break(tokens[u]) for u in range(k, i)):
            return None
        for c in token_candidates(tokens[k]):
            if c.key in heads and "س" not in c.proclitics:
                return k, c
    return None


def _considered(tokens: Sequence[Token], i: int) -> bool:
    """Is «وعد» at ``tokens[i]`` «و» + «عدّ» (to consider)? Its shadda says so («وعدّ»), as does a bare «أن»
    after its subject («وعد الطريري أن موقف …»), where a promise takes «بأن», «بـ» or «ل»."""
    if "\u0651" in tokens[i].text:
        return True
    after = tokens[i + 1 : i + 5]
    if after and nkey(after[0].text) in ("الى", "إلى", "الي"):
        return True  # «وعدت إلى مقعدي»: «و» + «عدت» (I went back)
    for tok in after:
        k = nkey(tok.text)
        if k in ("ان", "انه", "انها"):
            return True
        if _is_break(tok):
            break
        if k[:1] in ("ب", "ل") and len(k) > 2:
            return False
    # «وعدتها تصريحات تغذي التطرف»: an object pronoun and an indefinite predicate, no «بـ/لـ» of what is promised
    first = next((t for t in after if t.text not in ("«", '"', "“")), None)
    return any(w.kind == "enclitic" for w in tokens[i].words) and first is not None \
        and not nkey(first.text).startswith("ال")


def plural_verb(hit: Hit) -> bool:
    """Whether a verb trigger is in a plural form («طالبوا», «يتفقون», «يدعون»): its reading less «وا»/«ون»
    is a form of the same entry (so «يعاون», whose «ون» is the root's, is not)."""
    key = hit.cand.key
    if hit.pos != "V" or not key.endswith(("وا", "ون")):
        return False
    rest = key[:-2]
    index = lexicon()
    return any(e is hit.entry and pos == "V" for f in (rest, rest + "و", rest + "ا", rest + "ي")
               for e, pos in index.get(f, ()))


def _keys(tok: Token) -> set[str]:
    return {c.key for c in token_candidates(tok)} | {nkey(tok.text)}


def _crowd(tokens: Sequence[Token], k: int, words: frozenset[str]) -> bool:
    """Whether ``tokens[k]`` is one of the «near» ``words`` and not a count of things: «مئات السيارات» (cars
    bunching up) is no crowd, «مئات المتظاهرين» is."""
    if not _keys(tokens[k]) & words:
        return False
    return k + 1 >= len(tokens) or not _keys(tokens[k + 1]) & fw("not_crowds")


def _near(tokens: Sequence[Token], start: int, words: frozenset[str], window: int = NEAR_WINDOW) -> bool:
    for k in range(start, min(len(tokens), start + window)):
        if _is_break(tokens[k]):
            return False
        if _crowd(tokens, k, words):
            return True
    return False


def _near_before(tokens: Sequence[Token], end: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` is among the ``NEAR_WINDOW`` tokens ending at ``end``, in the same clause."""
    for k in range(end, max(-1, end - NEAR_WINDOW), -1):
        if _is_break(tokens[k]):
            return False
        if _crowd(tokens, k, words):
            return True
    return False


def find_triggers(tokens: Sequence[Token]) -> list[Hit]:
    hits: list[Hit] = []
    i = 0
    while i < len(tokens):
        hit = match_token(tokens, i)
        if hit is not None:
            hits.append(hit)
            i = hit.j + 1
        else:
            i += 1
    return hits
