"""Speed round 96: the helpers cached or rewritten for speed give what their plain versions gave (hand-made
sentences; no article text)."""

from __future__ import annotations

from rasd.doc import Doc
from rasd.entities.gazetteer import clitic_keys, clitic_variants
from rasd.entities.sport import club_word, sport_word
from rasd.events.forms import bare, fw, nkey
from rasd.events.word_tests import breaks_between
from rasd.quotes.cues import is_complementizer
from rasd.text.normalize import norm_key
from rasd.text.segment import tokenize
from rasd.time.lexicon import lexicon as time_lexicon
from rasd.time.lexicon import make_units


def _doc(text: str) -> Doc:
    doc = Doc(text=text)
    doc.tokens = tokenize(text)
    return doc


def test_club_word_cached_as_clitic_keys_read_it() -> None:
    assert clitic_keys("والأردن") == {k for k, _, _ in clitic_variants("والأردن")}
    assert club_word("لنادي") and club_word("نادي")  # «لاعب بنادي ...»: the club noun with or without «ل»
    assert not club_word("طهران")  # counter-case


def test_fw_same_set_every_call() -> None:
    assert fw("complementizers") is fw("complementizers")
    assert nkey("أن") in fw("complementizers")


def test_bare_drops_conjunction_only_before_a_listed_word() -> None:
    assert bare(nkey("ومن"), "prepositions") == nkey("من")
    assert bare(nkey("وزير"), "prepositions") == nkey("وزير")  # counter-case: «وزير» is no «و» + a preposition


def test_sport_word() -> None:
    toks = tokenize("انتهت المباراة بفوز الفريق")
    assert [sport_word(t) for t in toks] == [False, True, False, True]
    assert not any(sport_word(t) for t in tokenize("زار الوزير العاصمة أمس"))  # counter-case


def test_breaks_between_complementizer_and_counter_case() -> None:
    doc = _doc("قال الوزير إن الهجوم فشل")
    assert breaks_between(doc, 1, 4)  # «إن» opens the reported clause
    assert not breaks_between(doc, 0, 2)  # «قال الوزير»: no boundary


def test_is_complementizer_word_and_masdar() -> None:
    doc = _doc("أكد أنه يريد إنهاء الحرب")
    assert [is_complementizer(doc, t) for t in range(len(doc.tokens))] == [False, True, False, False, False]


def test_time_lexicon_match_longest_phrase() -> None:
    units = make_units(tokenize("في منتصف الشهر الماضي زار الوفد العاصمة يوم الخميس"))
    lex = time_lexicon()
    found = 0
    for cat, table in lex.phrases.items():
        for i in range(len(units)):  # the longest entry found by trying every length, as before
            want = None
            for n in range(min(lex.max_len[cat], len(units) - i), 0, -1):
                v = table.get(tuple(u.key for u in units[i : i + n]))
                if v is not None:
                    want = (v, i + n, units[i].start)
                    break
            assert lex.match(units, i, cat) == want
            found += want is not None
    assert found >= 3  # «منتصف», «الشهر الماضي», «الخميس» at least
    assert lex.match(units, len(units), "weekday") is None  # counter-case: past the end
