"""Round sp290 (speed, output identical): ``Token.norm_key`` is ``norm_key(Token.text)``, made once when the token
is made, and the rules read it where they called ``nkey(tok.text)`` / ``norm_key(tok.text)`` (about 2,200 places,
some 40 calls per token of an article). A token's text is never rewritten, so the kept key is always the one the
call gives: these tests check that on words with every fold the key makes (hamza seats, alef forms, «ى», «ة»,
tatweel, harakat, Eastern digits) and that the rules reading it answer as the uncached calls do."""

from conftest import analyze_news, news_arg, quote_speakers

from rasd.doc import Token
from rasd.events.word_tests import bare_key_at, breaks_between, doc_token_keys, key_at
from rasd.events.forms import bare, fw
from rasd.quotes.belief import belief_cue
from rasd.quotes.expressed import expressed_openings
from rasd.text.normalize import norm_key
from rasd.text.segment import tokenize

_FOLDS = "وأكّد المسؤولُ في إدارة المنشآت أنّ الرئيـس سيزور مستشفى «الرؤى» يوم ٢٥ الجاري، وإنّ «القضاء» مستقلٌ؛"


def test_every_token_keeps_the_key_the_call_gives() -> None:
    toks = tokenize(_FOLDS)
    assert toks and all(tok.norm_key == norm_key(tok.text) for tok in toks)
    by_text = {tok.text: tok.norm_key for tok in toks}
    assert by_text["وأكّد"] == "واكد"  # shadda off, hamza seat of alef folded
    assert by_text["المسؤولُ"] == "المسوول"  # the hamza on «و» folded to «و», the damma off
    assert by_text["المنشآت"] == "المنشات"  # madda alef
    assert by_text["الرئيـس"] == "الرييس"  # tatweel off, the hamza on «ي» folded
    assert by_text["مستشفى"] == "مستشفي"  # alef maqsura
    assert by_text["إدارة"] == "اداره"  # ta marbuta, hamza under alef
    assert by_text["٢٥"] == "25"
    assert by_text["،"] == ","
    # counter-case: a plain word keeps its letters
    assert by_text["يوم"] == "يوم"


def test_a_hand_made_token_carries_its_key_and_nothing_else_changes() -> None:
    a = Token(0, 5, "إسرائيل", "اسرائيل")
    b = Token(0, 5, "إسرائيل", "اسرائيل")
    assert a.norm_key == norm_key("إسرائيل") == "اسراييل"
    assert a == b and "norm_key" not in repr(a)  # not compared, not shown: the token is what it was
    assert Token(0, 3, "قال", "قال").norm_key == "قال"


def test_word_tests_read_the_kept_keys_as_the_calls_did() -> None:
    doc = analyze_news("وأعلنـت الوزارةُ أنّ الجيش الذي انسحب أمس سيعود إلى المدينة.")
    toks = doc.tokens
    for t, tok in enumerate(toks):
        assert key_at(doc, t) == norm_key(tok.text)
        assert bare_key_at(doc, t, "prepositions") == bare(norm_key(tok.text), "prepositions")
    assert doc_token_keys(doc) == frozenset(norm_key(tok.text) for tok in toks)
    words = [tok.text for tok in toks]
    army, back = words.index("الجيش"), words.index("سيعود")
    assert breaks_between(doc, army, back)  # «الذي» between: a relative opens a clause
    assert not breaks_between(doc, army, back, relatives=False)  # counter-case: relatives not asked, none else
    assert breaks_between(doc, 0, words.index("الجيش"))  # «أنّ» with its shadda is still a complementizer


def test_belief_cue_finds_the_verb_through_diacritics_and_tatweel() -> None:
    doc = analyze_news("وأعـرب الوزيرُ عن ثقته في أنّ الانتخابات ستكون نزيهة.")
    t = [tok.text for tok in doc.tokens].index("وأعـرب")
    cue = belief_cue(doc, t)
    assert cue is not None and cue.lemma == "اعرب"
    assert [c for c, _ in quote_speakers(doc)] == ["وأعـرب"]
    # counter-case: a feeling, no «أن» clause: no cue, no quote
    doc2 = analyze_news("وأعـرب الوزيرُ عن قلقه من تدهور الأوضاع في المنطقة.")
    t2 = [tok.text for tok in doc2.tokens].index("وأعـرب")
    assert belief_cue(doc2, t2) is None
    assert quote_speakers(doc2) == []


def test_expressed_openings_are_the_tokens_after_kama() -> None:
    doc = analyze_news("وكما عبّر عنه الوزير: «لن نتراجع»، فإن الحكومة ماضية في خطتها كمـا قررت.")
    words = [tok.text for tok in doc.tokens]
    assert expressed_openings(doc) == frozenset(
        k + 1 for k, w in enumerate(words) if norm_key(w) in ("كما", "وكما", "مثلما", "ومثلما"))
    assert words.index("عبّر") in expressed_openings(doc)
    assert words.index("الحكومة") not in expressed_openings(doc)  # counter-case: not after «كما»


def test_event_source_through_folded_keys() -> None:
    # the verb's key is read from the token (its tatweel folded): the attack is found with its parties
    text = "وقصـفت إسرائيل مواقع لحركة حماس في قطاع غزة أمس."
    assert news_arg(text, "وقصـفت", "source") == "إسرائيل"
    assert news_arg(text, "وقصـفت", "target") == "حركة حماس"  # counter-case: the attacker is not the target


# -- the time grammar's gates: a parser is skipped only where it would find nothing --------------------------------

_TIMES = (
    "وقال المتحدث فجر اليوم إن الوفد سيصل صباح الخميس المقبل، بعد أن وصل أمس وفد آخر. وكان الاتفاق قد وقع مطلع "
    "العام الماضي، أي قبل ثلاثة أيام من الانتخابات التي جرت في أواخر الستينات، وبين يناير ومارس 2014. وخلال الأشهر "
    "الأربعة الماضية والـ 48 ساعة الماضية، تراجعت الاشتباكات، وفي صيف 2013 وبعد يومين سيعود السفير إلى بلاده."
)


def _gated_ctx(text: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    from rasd.time.context import Ctx
    from rasd.time.grammar import _gates, prepare
    from rasd.time.lexicon import lexicon

    doc = analyze_news(text)
    prep = prepare(doc.tokens, doc.sentences)
    return Ctx(prep.units, dt.date(2015, 8, 2), lexicon(), prep.sent_of), _gates(lexicon()), doc.text


def test_a_gated_parser_finds_nothing_where_it_is_skipped() -> None:
    ctx, gates, _ = _gated_ctx(_TIMES)
    skipped = called = 0
    for i, u in enumerate(ctx.units):
        for p, heads, as_written in gates:
            if heads is None:
                continue
            if u.key in heads or (u.bare_key != "" and u.bare_key in heads) or u.key in as_written:
                called += 1
            else:
                skipped += 1
                assert p(ctx, i) is None, (p.__name__, u.text)
    assert skipped > 5 * called  # most units open none of a parser's first categories


def test_every_gated_parser_still_finds_its_time() -> None:
    ctx, gates, text = _gated_ctx(_TIMES)
    found: dict[str, list[str]] = {}
    for i in range(len(ctx.units)):
        for p, heads, _ in gates:
            if heads is not None and (h := p(ctx, i)) is not None:
                found.setdefault(p.__name__, []).append(text[h.start : h.end])
    assert {"p_relday", "p_weekday", "p_period", "p_ago", "p_decade", "p_month_range", "p_window"} <= set(found)
    assert "أواخر الستينات" in found["p_decade"]
    assert found["p_ago"] == ["بعد يومين"]  # counter-case: «قبل ثلاثة أيام من الانتخابات» is before another event
    assert any(t.startswith("بين يناير ومارس") for t in found["p_month_range"])
    assert "صيف 2013" in found["p_period"]


def test_the_times_layer_reads_each_kind() -> None:
    doc = analyze_news(_TIMES)
    told = {doc.text[t.start : t.end]: t.value for t in doc.times}
    assert told.get("فجر اليوم") == "2015-08-02"
    assert told.get("أمس") == "2015-08-01"
    assert told.get("أواخر الستينات") is not None
    assert any(k.startswith("خلال الأشهر الأربعة الماضية") or k.startswith("الأشهر الأربعة الماضية") for k in told)
    # counter-case: «قال» and «الاشتباكات» open no time
    assert not any("قال" in k or "الاشتباكات" in k for k in told)
