"""Quote speakers on real news, round 6: an adverbial of circumstance after the cue («صرّح أثناء زيارة»), the issuer
of a statement («أصدر X بيانا أوضح فيه»), «بحسب ما أشار إليه» a title and its person, impersonal subjects («هناك من
يرى»), a body carried over, «كان» + an unnamed subject + cue."""

from __future__ import annotations

from rasd import analyze

from conftest import quote_speakers


def test_circumstance_preposition_after_the_cue_opens_no_speaker() -> None:
    doc = analyze("لكن سامر خليل صرح أثناء زيارة إلى القاهرة بأن الاتفاق صامد.")
    assert quote_speakers(doc) == [("صرح", "سامر خليل")]


def test_circumstance_preposition_after_a_dropped_subject_carries_the_speaker() -> None:
    doc = analyze("قالت هند سالم إن الاتفاق صامد. وقالت إثر لقائها بالرئيس إن المفاوضات ستستأنف.")
    assert quote_speakers(doc) == [("قالت", "هند سالم"), ("وقالت", "هند سالم")]


def test_statement_issuer_unnamed_is_the_speaker_phrase() -> None:
    doc = analyze("وأصدرت قيادة القوات المشتركة بيانا أوضحت فيه أن الهجوم فشل.")
    # (a body named by its head noun since entities round 44: the entity, not a phrase)
    assert quote_speakers(doc) == [("أوضحت", "قيادة القوات المشتركة")]


def test_statement_issuer_past_a_comma_and_time() -> None:
    doc = analyze("قال سامر خليل إن الوضع هادئ. وأصدرت قوات حماية الشعب، أمس، بيانا كشفت فيه أن الهجوم فشل.")
    # (a listed body since entities round 30: the entity, not a phrase)
    assert quote_speakers(doc)[1] == ("كشفت", "قوات حماية الشعب")


def test_according_to_what_a_title_said_gives_the_person_past_the_title() -> None:
    doc = analyze("وتأجل الاجتماع إلى الشهر المقبل بحسب ما أشار إليه رئيس اللجنة الأولمبية الدولية توماس باخ.")
    assert quote_speakers(doc) == [("بحسب", "توماس باخ")]


def test_there_are_those_who_say_is_no_one_carried() -> None:
    doc = analyze("قال سامر خليل إن الاتفاق صامد، بل إن هناك من يرى أن الاتفاق لن يصمد.")
    assert quote_speakers(doc) == [("قال", "سامر خليل"), ("يرى", None)]


def test_thamma_man_is_no_one_carried() -> None:
    doc = analyze("قال سامر خليل إن الاتفاق صامد. وثمة من يقول إن الاتفاق لن يصمد.")
    assert quote_speakers(doc) == [("قال", "سامر خليل"), ("يقول", None)]


def test_unnamed_subject_after_kana_is_the_speaker_phrase_not_a_held_source() -> None:
    doc = analyze("قالت مصادر مقربة من الحكومة إن الهجوم فشل. وكانت عناصر محسوبة على تنظيم داعش من أبناء المدينة "
                  "ذكرت على مواقع التواصل أن الهجوم نجح.")
    assert quote_speakers(doc)[1] == ("ذكرت", "[عناصر محسوبة على تنظيم داعش من أبناء المدينة]")


def test_unnamed_subject_after_kana_past_qad() -> None:
    doc = analyze("وكانت مصادر أمنية قد ذكرت أن الهجوم نجح.")
    assert quote_speakers(doc) == [("ذكرت", "[مصادر أمنية]")]


def test_name_closing_the_phrase_after_kana_is_the_speaker() -> None:
    doc = analyze("وكان مسؤول الإغاثة في الأمم المتحدة سامر خليل لفت خلال زيارة للسودان إلى أن السفن توقفت.")
    assert quote_speakers(doc) == [("لفت", "سامر خليل")]


def test_unnamed_body_keeps_the_chain_over_an_older_person() -> None:
    doc = analyze("قال سامر خليل إن الوضع هادئ. وأكد المجلس في اجتماعه أن الهدنة ضرورية. وقال إن المفاوضات ستستأنف.")
    assert quote_speakers(doc)[2] == ("وقال", "[المجلس]")


def test_unnamed_feminine_body_keeps_the_chain() -> None:
    doc = analyze("قال سامر خليل إن الوضع هادئ. وأكدت الوزارة في بيانها أن الهدنة ضرورية. وقالت إن المفاوضات ستستأنف.")
    assert quote_speakers(doc)[2] == ("وقالت", "[الوزارة]")
