"""Round sp284 (speed, output identical): the per-token loops of ``events.lexicon.find_triggers`` and
``quotes.extract_quotes`` make the first test of ``match_token`` / ``match_cue`` themselves (no call for a token of
one word that no reading makes a trigger or a cue); ``entities.tagspans.join_tails`` reads the tokens' keys once and
visits only the tokens that open a known name's tail (never one inside a run already read);
``events.nearest_agent.agent_words_at`` tries a phrase only at its first word. Each answer must be the one the
plain loop gives."""

from conftest import analyze_news

from rasd.doc import Token
from rasd.entities.sport import sport_text, sport_word
from rasd.entities.tagspans import join_tails
from rasd.events.lexicon import Hit, find_triggers, match_token
from rasd.events.nearest_agent import agent_words_at
from rasd.events.forms import fw, nkey, phrase_keys
from rasd.quotes.cues import match_cue, word_cue
from rasd.quotes.expressed import expressed_cue, expressed_openings
from rasd.text.normalize import norm_key


def _scan_triggers(tokens: list[Token]) -> list[Hit]:
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


def _scan_agent_words(doc, lo: int, hi: int) -> int | None:  # type: ignore[no-untyped-def]
    for k in range(lo, hi):
        for ph in phrase_keys(fw("agent_preps")):
            if tuple(nkey(doc.tokens[n].text) for n in range(k, min(len(doc.tokens), k + len(ph)))) == ph:
                return k
    return None


def _tokens(words: list[str]) -> list[Token]:
    out, at = [], 0
    for w in words:
        out.append(Token(at, at + len(w), w, w))
        at += len(w) + 1
    return out


def test_find_triggers_matches_the_plain_loop() -> None:
    doc = analyze_news("وزار وزير الخارجية بغداد أمس، واجتمع بالرئيس العراقي، فيما قتل مسلحون ثلاثة جنود بهجوم.")
    got = find_triggers(doc.tokens)
    want = _scan_triggers(doc.tokens)
    assert [(h.i, h.j, h.entry.code) for h in got] == [(h.i, h.j, h.entry.code) for h in want]
    assert [doc.tokens[h.i].text for h in got][:2] == ["وزار", "واجتمع"]
    assert "بغداد" not in [doc.tokens[h.i].text for h in got]  # counter-case: a name triggers nothing


def test_cue_fast_test_only_skips_tokens_with_no_cue() -> None:
    doc = analyze_news("وبيّن الوزير أن الحكومة ستواصل الحوار، وقال المتحدث إن الاجتماع بين الطرفين انتهى.")
    skipped = 0
    for t, tok in enumerate(doc.tokens):
        fast_none = (len(tok.words) < 2 and word_cue(tok.norm or tok.text) is None and "بين" not in tok.text
                     and "بيّن" not in tok.text)
        if fast_none:
            skipped += 1
            assert match_cue(doc, t) is None
    assert skipped > len(doc.tokens) // 2
    assert sorted(doc.text[q.cue.start : q.cue.end] for q in doc.quotes) == ["وبيّن", "وقال"]
    assert "بين" not in [doc.text[q.cue.start : q.cue.end] for q in doc.quotes]  # counter-case: «بين» the preposition


def test_join_tails_relabels_a_known_tail() -> None:
    toks = _tokens(["وقال", "ولد", "الشيخ", "أحمد", "إن"])
    labs = ["O", "B-PERS", "O", "B-PERS", "O"]
    tails = {norm_key("ولد"): [tuple(norm_key(w) for w in ("ولد", "الشيخ", "أحمد"))]}
    join_tails(toks, labs, tails)
    assert labs == ["O", "B-PERS", "I-PERS", "I-PERS", "O"]


def test_join_tails_skips_tokens_inside_a_run_read() -> None:
    # the run «ولد الشيخ أحمد» is read (and left: it holds an organisation's label), so «الشيخ أحمد» inside it is
    # never tried, as the plain loop jumps past the run
    toks = _tokens(["ولد", "الشيخ", "أحمد", "قال"])
    labs = ["B-ORG", "O", "B-PERS", "O"]
    tails = {norm_key("ولد"): [tuple(norm_key(w) for w in ("ولد", "الشيخ", "أحمد"))],
             norm_key("الشيخ"): [tuple(norm_key(w) for w in ("الشيخ", "أحمد"))]}
    join_tails(toks, labs, tails)
    assert labs == ["B-ORG", "O", "B-PERS", "O"]
    rest = ["O", "B-PERS", "O"]  # counter-case: with no run before it, «الشيخ أحمد» is joined
    join_tails(toks[1:], rest, tails)
    assert rest == ["B-PERS", "I-PERS", "O"]


def test_agent_words_match_the_plain_scan() -> None:
    doc = analyze_news("وطالب الوزير بالتحقيق في إحراق المنزل على يد مستوطنين من قبل الشرطة.")
    n = len(doc.tokens)
    for lo in range(n):
        for hi in range(lo, n + 1):
            assert agent_words_at(doc, lo, hi) == _scan_agent_words(doc, lo, hi)
    k = agent_words_at(doc, 0, n)
    assert k is not None and doc.tokens[k].text == "على"
    assert agent_words_at(doc, 0, k) is None  # counter-case: no agent words before «على يد»


def test_expressed_openings_are_the_tokens_after_kama() -> None:
    doc = analyze_news("وكان الاتفاق مهما، كما عبر عنه الوزير: «إنها خطوة كبيرة نحو السلام»، مثلما قال غيره.")
    after = expressed_openings(doc)
    assert sorted(doc.tokens[t].text for t in after) == ["عبر", "قال"]
    assert after == frozenset(t for t in range(1, len(doc.tokens))
                              if nkey(doc.tokens[t - 1].text) in ("كما", "مثلما", "وكما", "ومثلما"))
    for t in range(len(doc.tokens)):
        if t not in after:
            assert expressed_cue(doc, t) is None  # counter-case: nowhere else does the cue fire
    got = expressed_cue(doc, next(t for t in after if doc.tokens[t].text == "عبر"))
    assert got is not None and got.kind == "verb"


def test_sport_text_matches_the_plain_scan() -> None:
    sport = analyze_news("وفاز فريق الهلال على مضيفه في المباراة التي أقيمت أمس ضمن الدوري.")
    other = analyze_news("وزار وزير الخارجية بغداد أمس وبحث مع نظيره العلاقات الثنائية.")
    assert sport_text(sport.tokens) and any(sport_word(t) for t in sport.tokens)
    assert not sport_text(other.tokens)  # counter-case: no word of sport
    assert not any(sport_word(t) for t in other.tokens)
