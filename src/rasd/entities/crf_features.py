"""The CRF tagger's features over surface tokens (as the tokenizer gives them, clitics still attached: «وبالأردن»).
Features are computed on matching keys (:func:`rasd.text.normalize.norm_key`) of the token and of its
clitic-stripped forms, on affixes, character 3- and 4-grams (the shape of transliterated foreign names), word lists,
hand-written trigger words and how common the word is (the keys, lists and frequencies they read are
:mod:`.crf_lexicon`'s, round rv358), with a ±2 token window (±3 for the words themselves) and a few conjunctions
(trigger before a listed word, list class pairs). The tagger that decodes them, and its document-level
consistency, is :mod:`.crf`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, cast

from ..text.marks import has_letters
from .crf_lexicon import Keys, Lexicon, freq_features, token_keys

WINDOW = (-2, -1, 1, 2)


@lru_cache(maxsize=1 << 14)
def shape(tok: str) -> str:
    if tok and "\u0621" <= min(tok) and max(tok) <= "\u064a":  # Arabic letters only: the common case
        return "arabic"
    if any(c.isdigit() for c in tok):
        return "digit"
    if any("a" <= c.lower() <= "z" for c in tok):
        return "latin"
    if not has_letters(tok):
        return "punct"
    return "arabic"


Feat = str | int  # a feature: its spelled name, or with a loaded model's vocabulary its attribute id
Getter = Callable[[str], Feat | None]  # a feature as the model knows it, None where the model does not
BothPair = tuple[Feat | None, Feat | None]  # a core pair's «c-1|c=» and «c|c+1=» features (None: unknown)
_AFFIX = tuple((m, f"s{m}", f"p{m}") for m in (1, 2, 3, 4))
# the names of the features a token lends to its neighbours, per offset d in WINDOW
_LENT = tuple((d, f"{d}c", f"{d}sh", f"{d}L", f"{d}T", f"{d}pre", f"{d}s2") for d in WINDOW)
# every «name=value» feature of a single token: looked up by value in a known vocabulary, without spelling it
NAMED = (
    "k", "c", "pre", "sh", "len", "bare", "g", "g4", "L", "T", "-3c", "+3c", "Z",
    *(x for _m, s, p in _AFFIX for x in (s, p)), *(x for lent in _LENT for x in lent[1:]),
)  # fmt: skip


def _own_features(shape: str, k: Keys, classes: tuple[str, ...], trig: str, fam: dict[str, Getter]) -> list[Feat]:
    """The features of a token of shape ``shape`` (:func:`shape`) that do not depend on its neighbours («k=» +
    key, ...), each as ``fam`` names it (None: unknown to the model)."""
    c = k.core
    f = [fam["k"](k.key), fam["c"](c), fam["pre"](k.prefix), fam["sh"](shape), fam["len"](str(min(len(c), 9)))]
    if k.bare != c:
        f.append(fam["bare"](k.bare))
    n = len(c)
    for m, suffix, prefix in _AFFIX:
        if n <= m:
            break  # (m grows)
        f.append(fam[suffix](c[-m:]))
        f.append(fam[prefix](c[:m]))
    if shape == "arabic" and n >= 3:
        padded = "^" + c + "$"
        g3, g4 = fam["g"], fam["g4"]
        f += [g3(padded[j : j + 3]) for j in range(len(padded) - 2)]
        f += [g4(padded[j : j + 4]) for j in range(len(padded) - 3)]
    if classes:
        lists = fam["L"]
        f += [lists(x) for x in classes]
    if trig:
        f.append(fam["T"](trig))
    return [x for x in f if x is not None]


def _context_features(
    shape: str, k: Keys, classes: tuple[str, ...], trig: str, fam: dict[str, Getter]
) -> tuple[tuple[Feat, ...], ...]:
    """The features a token of shape ``shape`` lends to the token ``d`` places away, for each d in ``WINDOW``."""
    out: list[tuple[Feat, ...]] = []
    for d, core, sh, lists, trigger, prefix, s2 in _LENT:
        f = [fam[core](k.core), fam[sh](shape)]
        if classes:
            get = fam[lists]
            f += [get(x) for x in classes]
        if trig:
            f.append(fam[trigger](trig))
        if d in (-1, 1):
            f.append(fam[prefix](k.prefix))
            f.append(fam[s2](k.core[-2:]))
        out.append(tuple([x for x in f if x is not None]))
    return tuple(out)


class _Spell:
    """A feature name without a vocabulary (training): every value is spelled out, «name=value»."""

    def __init__(self, name: str) -> None:
        self.prefix = name + "="

    def __call__(self, value: str) -> str:
        return self.prefix + value


_SPELL: dict[str, Getter] = {name: _Spell(name) for name in NAMED}


@dataclass(frozen=True, eq=False)  # hashed by identity: one per loaded model
class Vocabulary:
    """The attribute strings a model knows: features outside it add nothing to any score, so the tagger may
    leave them out (the strings kept are the vocabulary's own objects, shared by every cached token)."""

    attributes: Mapping[str, Feat]
    pairs: dict[str, dict[tuple[str, str], Feat]]  # PAIRS name -> (a, b) -> the known feature «name + a|b»
    named: dict[str, Getter]  # NAMED name -> value -> the known feature «name=value» (or None)
    # (core before, core) -> the known «c-1|c=» and «c|c+1=» features of that pair: one lookup for both
    cores: dict[tuple[str, str], BothPair]

    @classmethod
    def of(cls, attributes: Mapping[str, Feat]) -> Vocabulary:
        pairs: dict[str, dict[tuple[str, str], Feat]] = {name: {} for name in PAIRS}
        values: dict[str, dict[str, Feat]] = {name: {} for name in NAMED}
        for feat, fid in attributes.items():  # one pass (each table is filled in the attributes' order)
            if feat[:1] in _PAIR_HEADS:  # most features open no pair name
                for name, known in pairs.items():
                    if feat.startswith(name):
                        rest = feat[len(name) :]
                        at = rest.find("|")
                        while at >= 0:  # every split: a or b may hold a «|» themselves
                            known[rest[:at], rest[at + 1 :]] = fid
                            at = rest.find("|", at + 1)
            name, eq, value = feat.partition("=")  # no name holds «=»: the first one ends it
            if eq and name in values:
                values[name][value] = fid
        before, after = pairs["c-1|c="], pairs["c|c+1="]
        cores: dict[tuple[str, str], BothPair] = {p: (f, after.get(p)) for p, f in before.items()}
        cores.update({p: (None, f) for p, f in after.items() if p not in before})
        return cls(attributes, pairs, {name: known.get for name, known in values.items()}, cores)


# Features on a pair of values, «name + a|b»: looked up by (a, b) in a known vocabulary, without spelling them.
PAIRS = ("T-1|L=", "L|L+1=", "c-1|c=", "c|c+1=")
_PAIR_HEADS = frozenset(name[0] for name in PAIRS)


class _Spelled:
    """The pair features of a model without a vocabulary (training): every one is spelled out."""

    def __init__(self, name: str) -> None:
        self.name = name

    def get(self, pair: tuple[str, str]) -> str:
        return self.name + pair[0] + "|" + pair[1]


SPELLED = {name: _Spelled(name) for name in PAIRS}
CorePair = Callable[[tuple[str, str]], BothPair | None]  # Vocabulary.cores' lookup


def _spelled_cores(pair: tuple[str, str]) -> BothPair:
    """The core pair features of a model without a vocabulary (training), spelled out."""
    return "c-1|c=" + pair[0] + "|" + pair[1], "c|c+1=" + pair[0] + "|" + pair[1]


@dataclass(slots=True, unsafe_hash=True)
class TokenFeatures:
    """Everything the features of a sentence need from one token, computed once per token string."""

    keys: Keys
    classes: tuple[str, ...]  # word-list classes, sorted
    trig: str  # trigger class or ""
    own: tuple[Feat, ...]  # features of the token itself
    context: tuple[tuple[Feat, ...], ...]  # features it lends to the token d places away, d in WINDOW order
    far: tuple[tuple[Feat, ...], tuple[Feat, ...]]  # its core lent to the tokens 3 places after and before it
    opens_phrase: bool  # may start a list phrase (its core or bare form starts one)

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(
        self,
        keys: Keys,
        classes: tuple[str, ...],
        trig: str,
        own: tuple[Feat, ...],
        context: tuple[tuple[Feat, ...], ...],
        far: tuple[tuple[Feat, ...], tuple[Feat, ...]],
        opens_phrase: bool,
    ) -> None:
        self.keys = keys
        self.classes = classes
        self.trig = trig
        self.own = own
        self.context = context
        self.far = far
        self.opens_phrase = opens_phrase


def _same(x: str) -> str:
    return x


def lookup(vocab: Vocabulary | None) -> Getter:
    """The canonical string of a feature the model knows, None for one it does not (no vocabulary: all)."""
    return _same if vocab is None else vocab.attributes.get


def kept(feats: Iterable[str], get: Getter) -> tuple[Feat, ...]:
    return tuple([y for x in feats if (y := get(x)) is not None])


def kept1(feat: str, get: Getter) -> tuple[Feat, ...]:
    """:func:`kept` of one feature (no list to build and walk: three of them for each word first met)."""
    got = get(feat)
    return () if got is None else (got,)


class WordFacts(NamedTuple):
    """What both taggers read of a token: keys, sorted list classes, trigger ("": none), shape, opens a phrase."""

    keys: Keys
    classes: tuple[str, ...]
    trig: str
    shape: str
    opens: bool


@lru_cache(maxsize=1 << 13)  # shared within a batch: the network's encoder, then the CRF's sums, ask for each new word
def word_facts(token: str, lex: Lexicon) -> WordFacts:
    k = token_keys(token)
    opens = k.core in lex.phrases or k.bare in lex.phrases
    return WordFacts(k, tuple(sorted(lex.word_classes(k))), lex.triggers.get(k.core, ""), shape(token), opens)


@lru_cache(maxsize=1 << 15)
def token_features(token: str, lex: Lexicon, vocab: Vocabulary | None) -> TokenFeatures:
    fam = _SPELL if vocab is None else vocab.named
    wf = word_facts(token, lex)
    k, classes, trig = wf.keys, wf.classes, wf.trig
    b = kept1("b", lookup(vocab))
    own = (*b, *_own_features(wf.shape, k, classes, trig, fam))
    if lex.freq and wf.shape == "arabic":
        own = (*own, *kept(freq_features(k, lex.freq), fam["Z"]))
    context = _context_features(wf.shape, k, classes, trig, fam)
    far = (kept1(k.core, fam["-3c"]), kept1(k.core, fam["+3c"]))
    return TokenFeatures(k, classes, trig, own, context, far, wf.opens)


def sentence_features(
    tokens: Sequence[str], lex: Lexicon, doc_types: dict[str, str] | None = None, vocab: Vocabulary | None = None
) -> list[list[Feat]]:
    """CRF features for each token of one sentence. ``doc_types`` maps core keys to the entity type they were
    given elsewhere in the document (second pass of :meth:`Tagger.tag_doc`). With ``vocab``, only the features
    the model knows (the same scores, less work for the tagger), in the same order.

    The features of token i, in order: its own; its phrase tag and document type; for d = -2, -1, 1, 2 what
    token i+d lends it (with that token's phrase tag) or the sentence edge; the trigger before it with its
    classes; its classes with those after it; an organisation head within 3 tokens before; the cores 3 tokens
    away; the core pairs with its neighbours. Each piece is put together for the whole sentence at once."""
    n = len(tokens)
    if not n:
        return []
    get = lookup(vocab)
    toks = [token_features(t, lex, vocab) for t in tokens]
    keys = [t.keys for t in toks]
    phr = lex.phrase_tags(keys) if any(t.opens_phrase for t in toks) else [""] * n
    cores = [k.core for k in keys]
    owns = [t.own for t in toks]  # with the token's phrase tag and document type
    lent = [[t.context[w] for t in toks] for w in range(len(WINDOW))]
    for i, tag in enumerate(phr):
        if tag:
            owns[i] = (*owns[i], *kept(["P=" + tag], get))
            for w, d in enumerate(WINDOW):
                lent[w][i] = (*lent[w][i], *kept([f"{d}P=" + tag], get))
    if doc_types is not None:
        for i, c in enumerate(cores):
            if c in doc_types:
                owns[i] = (*owns[i], *kept(["D=" + doc_types[c]], get))
    edge = [kept([f"{d}BOS" if d < 0 else f"{d}EOS"], get) for d in WINDOW]
    # what token i receives from token i+d: lent[w] shifted by d, the edge where i+d is outside the sentence
    before2 = ([edge[0]] * 2 + lent[0])[:n]
    before1 = [edge[1], *lent[1]][:n]
    after1 = [*lent[2][1:], edge[2]]
    after2 = (lent[3][2:] + [edge[3]] * 2)[:n]
    feats = [[*own, *b2, *b1, *a1, *a2] for own, b2, b1, a1, a2 in zip(owns, before2, before1, after1, after2)]
    for i, f in tail_features(toks, cores, get, vocab, far=True):
        feats[i].append(f)  # those that combine a token with its neighbours
    return feats


def spelled_features(tokens: Sequence[str], lex: Lexicon, doc_types: dict[str, str] | None = None) -> list[list[str]]:
    """The features of a sentence spelled out as names (no vocabulary: every feature), for training."""
    return cast(list[list[str]], sentence_features(tokens, lex, doc_types, None))


def tail_features(
    toks: Sequence[TokenFeatures], cores: Sequence[str], get: Getter, vocab: Vocabulary | None, *, far: bool
) -> list[tuple[int, Feat]]:
    """(token position, feature) of the features that combine a token with its neighbours, in order: trigger
    before × list class, list class × the next one's, organisation head within 3 before, (with ``far``) the
    cores 3 places before and after, and the core pairs with the neighbours. A list, not a generator: one call
    instead of a resumption per feature (400k of them over the sample)."""
    out: list[tuple[int, Feat]] = []
    pairs: Mapping[str, _Spelled | dict[tuple[str, str], Feat]] = SPELLED if vocab is None else vocab.pairs
    trig_class = pairs["T-1|L="].get
    class_class = pairs["L|L+1="].get
    core_pair: CorePair = _spelled_cores if vocab is None else vocab.cores.get
    orghead = get("orghead<=3")
    n = len(toks)
    m3 = kept(["-3c=BOS"], get) if far else ()
    p3 = kept(["+3c=EOS"], get) if far else ()
    last_orghead = -9  # position of the last organisation head word seen before i
    left = "BOS"
    for i, tf in enumerate(toks):
        before: Feat | None = None  # its «c-1|c=»; the one token i-1 gets for the same pair is its last feature
        if i > 0 and (both := core_pair((cores[i - 1], cores[i]))) is not None:
            before = both[0]
            if both[1] is not None:
                out.append((i - 1, both[1]))
        classes = tf.classes
        if classes:
            for x in classes:
                if (y := trig_class((left, x))) is not None:
                    out.append((i, y))
        elif (y := trig_class((left, "none"))) is not None:
            out.append((i, y))
        if i + 1 < n:
            if toks[i + 1].classes:
                joined = "/".join(classes) or "none"
                for x in toks[i + 1].classes:
                    if (y := class_class((joined, x))) is not None:
                        out.append((i, y))
        elif (y := class_class(("/".join(classes) or "none", "EOS"))) is not None:
            out.append((i, y))
        if i - last_orghead <= 3 and orghead is not None:
            out.append((i, orghead))
        if far:
            for y in toks[i - 3].far[0] if i >= 3 else m3:
                out.append((i, y))
            for y in toks[i + 3].far[1] if i + 3 < n else p3:
                out.append((i, y))
        if before is not None:
            out.append((i, before))
        if tf.trig == "orghead":
            last_orghead = i
        left = tf.trig
    return out
