"""Quotes, round qu637: a verb cue after «كما/مثلما» whose subject is an emphatic pronoun («كما قال هو», «مثلما
قالت هي») has for its speaker the person of its gender named last before it in the same sentence, not a speaker
quoted earlier in the article; without the pronoun, with a pronoun of the other gender, or with a cue earlier in
the sentence, the speaker is found as before."""

from __future__ import annotations

from conftest import news_quote_rows

_BEFORE = "وقال وزير الخارجية المصري سامح شكري إن الزيارة مهمة للبلدين. "


def _last(text: str) -> tuple[str, str | None, str]:
    rows = news_quote_rows(_BEFORE + text)
    return rows[-1][0], rows[-1][1], rows[-1][3]


def test_as_he_said_in_a_question_is_the_person_named_in_it() -> None:
    text = ("وهل كان غرض الرئيس العراقي صدام حسين من دخول الكويت نفطيًا كما قال هو في كلمته الشهيرة "
            "«قطع الأعناق ولا قطع الأرزاق»؟")
    assert _last(text) == ("قال", "صدام حسين", "قطع الأعناق ولا قطع الأرزاق")


def test_as_he_said_after_it_seems_is_the_person_named_in_it() -> None:
    text = ("ويبدو أن غرض الرئيس العراقي صدام حسين من دخول الكويت كان اقتصاديا كما قال هو في كلمته "
            "«النفط حق للشعوب العربية جميعا».")
    assert _last(text) == ("قال", "صدام حسين", "النفط حق للشعوب العربية جميعا")


def test_without_the_pronoun_the_dropped_subject_is_carried() -> None:
    text = ("ويبدو أن غرض الرئيس العراقي صدام حسين من دخول الكويت كان اقتصاديا كما قال في كلمته "
            "«النفط حق للشعوب العربية جميعا».")
    assert _last(text) == ("قال", "سامح شكري", "النفط حق للشعوب العربية جميعا")


def test_a_pronoun_of_the_other_gender_takes_no_one_from_the_sentence() -> None:
    text = ("ويبدو أن غرض الرئيس العراقي صدام حسين من دخول الكويت كان اقتصاديا كما قال هي في كلمته "
            "«النفط حق للشعوب العربية جميعا».")
    assert _last(text)[1] != "صدام حسين"


def test_a_cue_earlier_in_the_sentence_keeps_its_reading() -> None:
    text = ("وأضاف شكري أن الرئيس العراقي صدام حسين دخل الكويت طمعا في النفط كما قال هو في كلمته "
            "«نحن أصدقاء».")
    rows = news_quote_rows(_BEFORE + text)
    assert [r[1] for r in rows] == ["سامح شكري", "سامح شكري"]
    assert all(r[1] != "صدام حسين" for r in rows)
