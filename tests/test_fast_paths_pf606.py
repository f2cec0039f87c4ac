"""Round pf606: fast paths that must answer as the plain scans they replace (untold days, writer's links, the
tokens inside a person's name), with exact answers on hand-made news sentences."""

from __future__ import annotations

from rasd import analyze
from rasd.doc import Doc, Mention
from rasd.entities.regnalnames import _inside
from rasd.events.forms import fw, phrase_keys
from rasd.events.untold_date import GAP, _phrase_at, _sentence_tokens
from rasd.quotes.writer_turn import _opener_at, _openers

DATE = "2015-08-01"
TEXTS = [
    "هاجم مسلحون مركزا للشرطة قرب المدينة. ولم يحدد البيان موعد الهجوم، من دون تحديد تاريخ حصول العملية.",
    "وقالت اللجنة إن القوات اشتبكت مع مسلحين، دون ذكر موعد الاشتباك. من جهته، قال الوزير إن الوضع هادئ.",
    "واستقبل الملك سلمان بن عبدالعزيز الرئيس الفرنسي فرانسوا هولاند في الرياض. وفيما أكد الجانبان دعمهما للحل.",
    "",
]


def _plain_phrase_at(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    keys = [doc.tokens[t].norm_key.removeprefix("و") for t in range(lo, hi)]
    for k, key in enumerate(keys):
        for p in phrase_keys(fw("untold_dates")):
            if p[0] != key or tuple(keys[k + 1 : k + len(p) - 1]) != p[1:-1]:
                continue
            end = k + len(p) - 1
            for g in range(GAP + 1):
                if end + g < len(keys) and keys[end + g] == p[-1]:
                    return lo + k, lo + end + g
                if end + g >= len(keys) or not keys[end + g].isalpha():
                    break
    return None


def _plain_sentence_tokens(doc: Doc, offset: int) -> tuple[int, int] | None:
    sent = doc.sentence_of(offset)
    if sent is None:
        return None
    idx = [t for t, tok in enumerate(doc.tokens) if sent.start <= tok.start < sent.end]
    return (idx[0], idx[-1] + 1) if idx else None


def _plain_opener_at(doc: Doc, u: int) -> int | None:
    toks = doc.tokens
    for words in _openers():
        end = u + len(words)
        if end >= len(toks):
            continue
        keys = [toks[u + n].norm_key for n in range(len(words))]
        if keys[0][:1] == "و" and keys[0][1:] == words[0]:
            keys[0] = words[0]
        if tuple(keys) == words:
            return end
    return None


def test_untold_phrase_found_as_by_a_plain_scan() -> None:
    for text in TEXTS:
        doc = analyze(text, DATE)
        n = len(doc.tokens)
        for lo in range(n + 1):
            for hi in (lo, min(n, lo + 5), n):
                assert _phrase_at(doc, lo, hi) == _plain_phrase_at(doc, lo, hi)
        for tok in doc.tokens:
            assert _sentence_tokens(doc, tok.start) == _plain_sentence_tokens(doc, tok.start)


def test_untold_phrase_exact() -> None:
    doc = analyze(TEXTS[0], DATE)
    got = _phrase_at(doc, 0, len(doc.tokens))
    assert got is not None
    assert doc.text[doc.tokens[got[0]].start : doc.tokens[got[1]].end] == "ولم يحدد البيان موعد"  # «لم يحدد موعد», «و» on its first word
    first = analyze("هاجم مسلحون مركزا للشرطة قرب المدينة.", DATE)
    assert _phrase_at(first, 0, len(first.tokens)) is None  # no phrase: the day of the attack is the article's


def test_writer_link_found_as_by_a_plain_scan() -> None:
    for text in TEXTS:
        doc = analyze(text, DATE)
        for u in range(len(doc.tokens) + 2):
            assert _opener_at(doc, u) == _plain_opener_at(doc, u)


def test_writer_link_exact() -> None:
    doc = analyze(TEXTS[1], DATE)
    words = [t.text for t in doc.tokens]
    at = words.index("من", 5)
    assert words[at + 1] == "جهته،" or words[at + 1] == "جهته"
    assert _opener_at(doc, at) == at + 2  # «من جهته»: the word after the link
    assert _opener_at(doc, words.index("قال")) is None
    doc = analyze(TEXTS[2], DATE)
    words = [t.text for t in doc.tokens]
    assert _opener_at(doc, words.index("وفيما")) == words.index("وفيما") + 1  # «وفيما»: its «و» read too


def test_tokens_inside_a_name_as_by_a_plain_scan() -> None:
    doc = analyze(TEXTS[2], DATE)
    toks = doc.tokens
    for a in range(len(toks)):
        for b in range(a, min(len(toks), a + 6)):
            for start, end in ((toks[a].start, toks[b].end), (toks[a].start + 1, toks[b].end - 1)):
                m = Mention(start, end, doc.text[start:end], "PERSON")
                plain = [i for i, t in enumerate(toks) if m.start <= t.start and t.end <= m.end]
                assert _inside(doc, m) == plain
    k = [t.text for t in toks].index("سلمان")
    m = Mention(toks[k - 1].start, toks[k + 2].end, doc.text[toks[k - 1].start : toks[k + 2].end], "PERSON")
    assert [toks[i].text for i in _inside(doc, m)] == ["الملك", "سلمان", "بن", "عبدالعزيز"]
