"""Round sp379 (speed, output unchanged): the per-word functions asked most after sp377 read :mod:`rasd.memo`
tables in small modules of their own (``entities.clitics``, ``events.stops``, ``quotes.cue_table``); the modules
they left (gazetteer, word_tests, cues) re-export them, so every rule reads the one function. Each answers the same
from its table, after the table is emptied, and (``word_cue``) keeps a None answer as an answer."""

from __future__ import annotations

from rasd.entities import clitics, gazetteer
from rasd.events import stops, word_tests
from rasd.quotes import cue_table, cues
from rasd.text.normalize import norm_key


def test_the_moved_functions_are_the_ones_their_old_modules_give() -> None:
    assert gazetteer.clitic_variants is clitics.clitic_variants
    assert gazetteer.clitic_head_offset is clitics.clitic_head_offset and gazetteer.INITIALS is clitics.INITIALS
    assert word_tests.verb_key is stops.verb_key and word_tests.clause_stop is stops.clause_stop
    assert cues.word_cue is cue_table.word_cue and cues.Cue is cue_table.Cue


def test_clitic_variants_reads_the_proclitics_from_its_table_and_after_it_is_emptied() -> None:
    first = clitics.clitic_variants("والأردن")
    assert [k for k, _, _ in first] == ["والاردن", "الاردن"]
    assert [(o, p) for _, o, p in clitics.clitic_variants("للعراق")] == [(0, ""), (1, "ل"), (1, "ل")]
    assert clitics.clitic_variants("كبيرا") == (("كبيرا", 0, ""),)  # no ك + «بيرا»
    clitics._VARIANTS.clear()
    assert clitics.clitic_variants("والأردن") == first == clitics.read_clitics("والأردن")


def test_verb_key_and_clause_stop() -> None:
    assert stops.verb_key("وشن") == "شن"  # a geminate light verb after «و»
    assert stops.verb_key("وطن") == "وطن"  # a word of three letters keeps its «و»
    assert stops.verb_key("وأكد") == "اكد"
    stops._VERB_KEYS.clear()
    assert stops.verb_key("وشن") == "شن"
    assert stops.clause_stop("،") and stops.clause_stop(".")
    assert not stops.clause_stop("الوزير") and not stops.clause_stop("و")
    assert stops.clause_stops() is stops.clause_stops()  # one set, made once


def test_word_cue_keeps_a_cue_and_no_cue_as_answers() -> None:
    said = cue_table.word_cue("وقال")
    assert said is not None and said.kind == "verb"
    assert cue_table.word_cue("الوزير") is None
    assert "الوزير" in cue_table._WORD_CUES and cue_table._WORD_CUES["الوزير"] is None  # None kept, not a miss
    assert cue_table.word_cue("الوزير") is None
    assert cue_table.word_cue("بقال") is None  # «بـ» is no proclitic a reporting verb takes
    cue_table._WORD_CUES.clear()
    assert cue_table.word_cue("وقال") == said


def test_admin_head_keeps_none_and_the_vocabulary_split_is_the_same_from_its_table() -> None:
    from rasd.entities import adminbodies
    from rasd.text import segment

    assert adminbodies._head(norm_key("ومصلحة")) == (1, False)  # «و» + an indefinite head
    assert adminbodies._head(norm_key("للمصلحة")) == (1, True)  # «لـ» + «المصلحة», its alef unwritten
    assert adminbodies._head(norm_key("بالمصلحة")) == (1, True)
    assert adminbodies._head("الرياض") is None
    assert "الرياض" in adminbodies._HEADS and adminbodies._HEADS["الرياض"] is None  # None kept as an answer
    assert adminbodies._head("الرياض") is None
    first = segment._vocab_words("والحكومة")
    assert first[1] is not None and [w[2] for w in first[1]][0] == "و"  # «و» split off by the vocabulary
    segment._VOCAB_WORDS.clear()
    assert segment._vocab_words("والحكومة") == first


def test_belief_verbs_made_once() -> None:
    from rasd.quotes import belief

    assert belief._verbs() is belief._verbs()  # one set, kept
    assert norm_key("أعرب") in belief._verbs() and norm_key("أعلن") not in belief._verbs()
