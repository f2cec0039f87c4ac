"""The clitic splitter: :class:`Segmenter` decides, from the vocabulary and the document's own words, where a
normalised Arabic word splits into proclitics, a stem and a pronoun enclitic (its data: :mod:`.clitics`; the
tokens and the words cut by its pieces: :mod:`.segment`).
"""

from __future__ import annotations

from collections.abc import Iterable

from .clitics import ARTICLE, Piece, piece, rules, vocab

_HAMZA_SEATS = ("ؤ", "ئ")


class Segmenter:
    """Decides clitic splits for the tokens of one document (``doc_counts`` holds its own word counts).

    Evidence for a split is what the vocabulary (and the document) says about the remainder: its count as a
    word, with or without the article, and (once attested) with other clitics. Against it stands the count of
    the whole token as a word of its own (its own count, with the article, or as a known name).
    """

    def __init__(self, doc_counts: dict[str, int] | None = None) -> None:
        self.rules = rules()
        self.vocab = vocab()
        self.doc = doc_counts or {}
        self._cache: dict[tuple[str, bool], tuple[Piece, ...]] = {}
        r = self.rules
        # what a token must begin or end with for any split to be considered
        self._openers = r.conjunctions + r.prepositions + (r.future,)
        self._endings = r.enclitics + r.host_only_enclitics
        # the same enclitics, in the same order, by their last letter: a stem is tried only against those
        # it can end with
        self._endings_by_last: dict[str, tuple[str, ...]] = {}
        for e in self._endings:
            self._endings_by_last[e[-1]] = self._endings_by_last.get(e[-1], ()) + (e,)

    # evidence -------------------------------------------------------------------------------------------------
    def freq(self, x: str) -> int:
        """Count of ``x`` in the vocabulary, plus twice its count in this document."""
        return self.vocab.counts.get(x, 0) + 2 * self.doc.get(x, 0)

    def whole(self, w: str) -> int:
        """How well ``w`` is attested as a word in its own right."""
        v = self.vocab.counts
        n = v.get(w, 0) + (v.get(ARTICLE + w, 0) if not w.startswith(ARTICLE) else 0)
        return n + (self.rules.name_weight if w in self.vocab.names else 0)

    def support(self, r: str, exclude: str) -> int:
        """Evidence that ``r`` is a word: its count, its article/bare sibling and, once attested, clitic variants."""
        f = self.freq
        if r.startswith(ARTICLE) and len(r) >= 4:
            bare = r[2:]
            base = f(r) + f(bare)
            forms = [c + r for c in ("و", "ف", "ب", "ك", "وب", "فب")] + ["لل" + bare, "ولل" + bare]
        else:
            base = f(r) + f(ARTICLE + r)
            forms = [c + r for c in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فل", "فب")]
            if len(r) >= 4 and r[0] in "يت":
                other = ("ت" if r[0] == "ي" else "ي") + r[1:]
                forms += [other, "س" + r, "س" + other]
        if base < self.rules.min_support:
            return base
        return base + sum(f(x) for x in forms if x != exclude)

    def enclitic_support(self, s: str, e: str, word: str) -> tuple[int, str | None]:
        """Evidence that ``s`` + enclitic ``e`` is a stem with a pronoun, and the stem's restored form."""
        r = self.rules
        if s in r.hosts:
            return 1000, r.host_restore.get(s)
        if e in r.host_only_enclitics or len(s) < 2 or s.startswith(ARTICLE):
            return 0, None
        f = self.freq
        n = f(s) + f(ARTICLE + s) + sum(f(s + x) for x in r.enclitics if x != e and s + x != word)
        restore: str | None = None
        alt = ""
        if s.endswith("ت"):
            alt = s[:-1] + "ة"
        elif s.endswith("ا") and len(s) >= 3:
            alt = s[:-1] + "ي"
        elif s.endswith(_HAMZA_SEATS):
            alt = s[:-1] + "ء"
        if alt:
            m = f(alt) + f(ARTICLE + alt)
            if m > f(s):
                restore = alt
            n += m
        if len(s) == 2 and n < 10:
            return 0, None
        if n < r.min_support and e in r.default_enclitics and len(s) >= r.min_default_rest and self.whole(word) == 0:
            return r.min_support, None  # an unknown word with a clear pronoun ending
        return n, restore

    # analysis -------------------------------------------------------------------------------------------------
    def analyze(self, w: str, final_ya: bool = True) -> tuple[Piece, ...]:
        """Split the normalised Arabic word ``w`` into pieces (proclitics, stem, enclitic).

        ``final_ya`` is False when the surface ends in alif maqsura (ى), which is never the pronoun ي.
        """
        key = (w, final_ya)
        got = self._cache.get(key)
        if got is None:
            got = self._analyze(w, final_ya)
            self._cache[key] = got
        return got

    def _prefixes(self, w: str) -> Iterable[tuple[tuple[str, ...], str, str | None]]:
        """Candidate proclitic sequences: (proclitics, remaining letters, restored remainder or None)."""
        r = self.rules
        yield (), w, None
        for c in ("",) + r.conjunctions:
            if c and not w.startswith(c):
                continue
            rest1 = w[len(c) :]
            if c and (len(rest1) >= r.min_rest_conj or rest1 in r.closed_stems):
                yield (c,), rest1, None
            for p in r.prepositions + (r.future,):
                if not rest1.startswith(p):
                    continue
                rest2 = rest1[1:]
                procs = (c, p) if c else (p,)
                if p == r.future:
                    if len(rest2) >= 3 and rest2[0] in r.imperfect_prefixes:
                        yield procs, rest2, None
                    continue
                if p in r.pronoun_after_prep and rest2 in r.pronoun_after_prep[p]:
                    yield procs, rest2, "pronoun"
                    continue
                if len(rest2) < r.min_rest_prep and rest2 not in r.closed_stems:
                    continue
                yield procs, rest2, None
                if p == "ل" and rest2.startswith("ل") and len(rest2) >= 3:
                    yield procs, rest2, ARTICLE + rest2[1:]

    def _enclitic(self, s: str, word: str, final_ya: bool) -> tuple[int, list[Piece]]:
        """The best stem+enclitic split of ``s`` (support, pieces); support 0 where there is none."""
        r = self.rules
        best: tuple[int, list[Piece]] = (0, [])
        if s in r.never_split or s in r.closed_stems:
            return best
        for e in self._endings_by_last.get(s[-1:], ()):
            if not s.endswith(e) or len(s) - len(e) < 2 or (not final_ya and e.endswith("ي")):
                continue
            stem = s[: -len(e)]
            sup, restore = self.enclitic_support(stem, e, word)
            if sup >= r.min_support and (sup >= 1000 or self.whole(word) <= r.enclitic_ratio * sup):
                if sup > best[0]:
                    best = (sup, [piece(len(stem), "stem", restore), piece(len(e), "enclitic")])
        return best

    def _analyze(self, w: str, final_ya: bool) -> tuple[Piece, ...]:
        r = self.rules
        whole: tuple[Piece, ...] = (piece(len(w), "stem"),)
        if len(w) < 2 or w in r.never_split:
            return whole
        if not w.startswith(self._openers) and not w.endswith(self._endings):
            return whole  # no proclitic, no enclitic: nothing to split off
        is_name = w in self.vocab.names
        w_whole = self.whole(w)
        best_score = 0.0
        plain = 0.0  # support of the best reading without proclitics (stem + enclitic)
        best: list[Piece] | None = None
        for procs, rest, restore in self._prefixes(w):
            pre = [piece(len(p), "proclitic") for p in procs]
            if restore == "pronoun":
                return tuple(pre + [piece(len(rest), "enclitic")])
            if not procs:
                sup, pieces = self._enclitic(rest, w, final_ya)
                if sup and (sup >= 1000 or not is_name) and sup > best_score:
                    best_score, best = float(sup), pieces
                    plain = float(sup)
                continue
            stem = restore or rest
            tail: list[Piece] = [piece(len(rest), "stem", restore)]
            if rest in r.closed_stems:
                score = 2000.0 + len(rest)  # a particle or pronoun after a clitic: always split
            else:
                if is_name and not stem.startswith(ARTICLE):
                    continue
                if self._noun_not_name(w, procs, stem):
                    continue
                sup = self.support(stem, w)
                if not stem.startswith(ARTICLE):
                    esup, epieces = self._enclitic(rest, rest, final_ya)
                    if esup > sup:
                        sup, tail = esup, epieces
                ratio = min(r.proclitic_ratio.get(p, 1.0) for p in procs)
                lam_article = self._lam_article(w, restore)
                if sup >= r.min_support:
                    if w_whole > ratio * sup and not lam_article:
                        continue
                elif lam_article or (w_whole == 0 and not is_name and self._default_split(procs, rest)):
                    sup = r.min_support
                else:
                    continue
                score = float(sup + len(procs))  # ties go to the longer proclitic chain
            if score > best_score and score > plain:
                best_score, best = score, pre + tail
        return tuple(best) if best else whole

    def _noun_not_name(self, w: str, procs: tuple[str, ...], stem: str) -> bool:
        """Is ``w`` a noun of its own that takes the article («بريد»: «البريد», mail) where the remainder is only a
        name that never does («ريد»)? Then the letter is the noun's, not a preposition before the name (a preposition
        only: «ودي» stays «و» + «دي», the name, though «الودي» is a word)."""
        v = self.vocab
        return len(procs) == 1 and procs[0] in "بلك" and len(w) >= 4 and not stem.startswith(ARTICLE) \
            and stem in v.names \
            and v.counts.get(ARTICLE + w, 0) > 0 and v.counts.get(ARTICLE + stem, 0) == 0

    def _lam_article(self, w: str, restore: str | None) -> bool:
        """Is ``restore`` the «ل» + «ال» reading of a «لل» token («للمتمردين» → «ل» + «المتمردين», «للأكراد»,
        «للدرك»)? Then it splits with no evidence for the noun, and the token's own count does not stand against it:
        no Arabic word begins with «لل» but the few of ``lam_lam_words`` («للي»), so a count of «للمتمردين» only
        shows the clitic unsplit in the corpus. A noun beginning with «ل» («للجنة» → «ل» + «لجنة») keeps the
        unrestored reading wherever the vocabulary knows it."""
        return restore is not None and restore.startswith(ARTICLE) and len(restore) >= 4 \
            and w not in self.rules.lam_lam_words

    def _default_split(self, procs: tuple[str, ...], rest: str) -> bool:
        """Whether an unknown token splits with no evidence for its remainder (morphology alone)."""
        r = self.rules
        if len(rest) < r.min_default_rest:
            return False
        if procs[-1] == r.future:
            return rest[0] != "ا"  # س + imperfect verb (سأ… needs evidence: the fold ا/أ hides the hamza)
        if rest.startswith(ARTICLE):
            return True  # و/ب/ل/ك/ف + a word with the article
        if procs[-1] == "ل" and rest.startswith("ل"):
            return False  # «لل…» is read as ل + ال, handled by the restored candidate
        if rest in self.vocab.names:
            return True  # «وماكغورك»: a known name after a clitic
        if rest[0] == "ا" and len(rest) < 6:
            return False  # «واجهت», «واصل»: form III verbs begin with وا
        return len(procs) == 1 and procs[0] in r.default_conjunctions and len(rest) >= r.min_default_conj_rest
