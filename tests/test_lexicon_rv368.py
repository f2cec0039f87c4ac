"""The relative-pronoun categories of the function-word lexicon (session 36, rv368: the modules' own copies of
relative sets now read them) stay consistent with each other, and the word sets moved out of the code read the
lexicon: a word added to a category reaches the rule that reads it."""

from __future__ import annotations

from importlib import import_module

from rasd.events import bygone, elsewhere, mishaps, parties, result_fold
from rasd.events.forms import fw_keys, nkey
from rasd.quotes import carry, contrast

# (``rasd.quotes`` exports functions under these modules' names)
as_said = import_module("rasd.quotes.as_said")
expressed = import_module("rasd.quotes.expressed")


def test_relative_categories_nest() -> None:
    relatives = fw_keys("relatives")
    assert fw_keys("singular_relatives") | fw_keys("plural_relatives") == relatives
    assert fw_keys("plural_only_relatives") < fw_keys("plural_relatives")
    assert fw_keys("feminine_relatives") < relatives
    # the duals are plural_relatives but not plural_only_relatives
    assert nkey("اللذان") in fw_keys("plural_relatives") and nkey("اللذان") not in fw_keys("plural_only_relatives")
    assert nkey("الذين") in fw_keys("plural_only_relatives") and nkey("الذي") not in fw_keys("plural_only_relatives")


def test_copies_read_one_category() -> None:
    """Two modules that held the same word set read one category now (no copy to drift)."""
    assert as_said._AS is expressed._AS is fw_keys("as_words")
    assert parties.TOPICS is carry.TOPIC_OPENERS is fw_keys("about_prepositions")
    assert mishaps.CAUSES is result_fold.CAUSE_WORDS is fw_keys("toll_cause_words")
    assert contrast.EXCEPT is fw_keys("except_words") and nkey("إلا") in contrast.EXCEPT
    assert bygone.BARE_THAT is fw_keys("bare_that_words") and nkey("أنه") not in bygone.BARE_THAT
    assert nkey("أخرى") in elsewhere.OTHER_WORDS and nkey("مدينة") not in elsewhere.OTHER_WORDS
    from rasd.events import actors, agents
    assert agents.DOING_VERBS is fw_keys("doing_forms") and nkey("سيقومان") in agents.DOING_VERBS  # (its own copy lacked it)
    # round ev391: the «قام بـ» words of actors read the same category, with the verbs of sending («بعث بها») added
    assert actors.DOING_WORDS == agents.DOING_VERBS | fw_keys("sending_forms")


def test_word_sets_compared_with_token_keys_hold_keys() -> None:
    """Sets a rule compares with a token's key (``norm_key``: «ى» → «ي», «ة» → «ه», hamza seats folded, a final «ء»
    dropped) hold keys: a word written with its hamza or alif maqsura («أثناء», «لدى», «حتى», «مئات», «الأمر») was
    never matched while the set held it as written (rv368 found seven such sets)."""
    from rasd.events import (
        anniversary_acts, arrival_subjects, clause_days, made_actors, participle_day, stated_day, topic_frames)
    cases = [(anniversary_acts.DURING, "أثناء"), (arrival_subjects.LEADS, "لدى"),
             (clause_days.DESCRIBED_PREPOSITIONS, "إلى"), (made_actors.DEMONSTRATIVES, "الأمر"),
             (participle_day.OCCASION_PREPS, "أثناء"), (stated_day.LEADS, "حتى"), (topic_frames.SOME, "مئات")]
    for words, word in cases:
        assert nkey(word) in words, word
    assert nkey("أمام") not in anniversary_acts.DURING and nkey("قبل") not in arrival_subjects.LEADS
