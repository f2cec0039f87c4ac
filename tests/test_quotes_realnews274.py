"""Round q274: quote content and speakers. Hand-made sentences.

A verbal-noun object coordinated with an «أن» clause («أعلن الجيش سيطرته على المدينة وأنه حررها»): the content
opens on the object, not after «وأنه»."""

from __future__ import annotations

import rasd


def _quotes(text: str) -> list[tuple[str, str]]:
    doc = rasd.analyze(text, "2015-08-02")
    return [(doc.text[q.cue.start:q.cue.end], doc.text[q.content.start:q.content.end]) for q in doc.quotes]


def test_object_and_that_clause_both_reported() -> None:
    got = _quotes("في الوقت الذي أعلنت فيه القوات الحكومية مرارا السيطرة على المدينة وأنها حررتها.")
    assert got == [("أعلنت", "السيطرة على المدينة وأنها حررتها")]


def test_object_after_named_subject_and_its_title() -> None:
    got = _quotes("وأكد الوزير سامي العلي التزام بلاده بسداد الديون، وأنها لم تتخلف يوما عن الوفاء بالتزاماتها.")
    assert got == [("وأكد", "التزام بلاده بسداد الديون، وأنها لم تتخلف يوما عن الوفاء بالتزاماتها")]


def test_object_after_ila_of_the_cue() -> None:
    got = _quotes("وأشارت الوزارة إلى إشادة الرئيس بدور الشرطة، وأن تواجدهم أدى إلى انخفاض الجريمة.")
    assert got == [("وأشارت", "إشادة الرئيس بدور الشرطة، وأن تواجدهم أدى إلى انخفاض الجريمة")]


def test_participle_cue_object() -> None:
    got = _quotes("وانتقد الوزير أداء الدولة، مؤكدا كذلك وجود جوانب من الفساد، وأن البرنامج سيعالج ذلك.")
    assert ("مؤكدا", "وجود جوانب من الفساد، وأن البرنامج سيعالج ذلك") in got


def test_prepositional_phrase_is_no_object() -> None:
    got = _quotes("وقال الوزير في مؤتمر صحافي، وأن الحكومة ستتحرك.")
    assert got == [("وقال", "الحكومة ستتحرك")]


def test_cue_under_an_outer_that_keeps_its_content() -> None:
    got = _quotes("وأوضح الوزير أنه أكد للسفير دعم الحوار، وأن الدعوة جاءت من الرئيس.")
    assert all(not content.startswith("دعم الحوار") for _, content in got)


def _speakers(text: str) -> list[tuple[str, str | None]]:
    doc = rasd.analyze(text, "2015-08-02")
    out: list[tuple[str, str | None]] = []
    for q in doc.quotes:
        ent = doc.entity(q.speaker)
        out.append((doc.text[q.cue.start:q.cue.end], ent.name if ent is not None else None))
    return out


def test_role_noun_after_named_speaker_is_him() -> None:
    got = _speakers("وقال كريم الحسن: «سنقدم قضية». وأضاف المحامي: «لدينا كامل الإثبات». وأوضح أن الحكم باطل.")
    assert got == [("وقال", "كريم الحسن"), ("وأضاف", "كريم الحسن"), ("وأوضح", "كريم الحسن")]


def test_role_noun_not_a_man_of_another_role() -> None:
    got = _speakers("وقال الوزير سامي العلي: «سنقدم قضية». وأضاف المحامي: «لدينا كامل الإثبات».")
    assert ("وأضاف", None) in got


def test_role_noun_not_across_another_person_named() -> None:
    got = _speakers("وقال كريم الحسن: «سنقدم قضية ضد ماهر الخطيب». وأضاف المحامي: «لدينا كامل الإثبات».")
    assert ("وأضاف", None) in got


def test_masculine_role_noun_not_a_woman() -> None:
    got = _speakers("وقالت هدى الحسيني: «سنقدم قضية». وأضاف المحامي: «لدينا كامل الإثبات».")
    assert ("وأضاف", None) in got


def test_own_words_that_goes_on_past_comma_and_that() -> None:
    got = _quotes("وحسب رأيه فإنه لا يشك بأن الاعتقال جاء ليغطي على فشل الجهاز، وأنه سينتهي دون أي اتهام.")
    assert got == [("وحسب", "لا يشك بأن الاعتقال جاء ليغطي على فشل الجهاز، وأنه سينتهي دون أي اتهام")]


def test_own_words_that_still_ends_at_a_plain_comma() -> None:
    got = _quotes("ويتوقع بحسب وصفه أنه مسألة وقت، الأوامر للسير نحو المدينة صدرت.")
    assert got == [("بحسب", "مسألة وقت")]


def test_speakers_next_act_ends_content_past_feminine_clause_subject() -> None:
    got = _quotes("أعلن العراق أن الحكومة قررت سحب السفراء وأغلق كل السفارات.")
    assert got == [("أعلن", "الحكومة قررت سحب السفراء")]


def test_verb_of_the_clause_subjects_gender_stays_inside() -> None:
    got = _quotes("أعلنت الحكومة أن الوزارة قررت سحب السفراء وأغلقت الوزارة كل السفارات.")
    assert got == [("أعلنت", "الوزارة قررت سحب السفراء وأغلقت الوزارة كل السفارات")]


def test_verb_agreeing_with_the_clause_subject_stays_inside() -> None:
    got = _quotes("أعلن العراق أن الحكومة قررت سحب السفراء وأغلقت كل السفارات.")
    assert got == [("أعلن", "الحكومة قررت سحب السفراء وأغلقت كل السفارات")]


def test_briefing_after_kama_is_the_speakers_next_act() -> None:
    got = _quotes("أكد الرئيس هادي أن اليمن ستستعين بالخبرات المصرية، كما وضع الرئيس المصري في صورة التطورات الأخيرة.")
    assert got == [("أكد", "اليمن ستستعين بالخبرات المصرية")]


def test_kama_with_a_thing_done_stays_inside() -> None:
    got = _quotes("أكد الوزير أن الحكومة ستدعم المزارعين، كما وضعت الحكومة خطة للري.")
    assert got == [("أكد", "الحكومة ستدعم المزارعين، كما وضعت الحكومة خطة للري")]
