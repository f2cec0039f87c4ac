"""Round ev495: a refusal of an act takes the act's party as its target where it has none of its own («الحركة ترفض
التفاوض مع حكومة كابل»: 125 to Kabul); «امتنع/تمتنع/يمتنع عن» + a singular noun act of 03-08 is a refusal of that
act too («تمتنع، حتى الآن، عن لقاء السفير»: 125, no negated 040 by the ambassador), no event where it keeps from no
such act; a subject of more than 3 words between the verb of refusal and the act is caught where it is one noun
phrase («رفض المؤتمر الوطني العام الليبي التوقيع»: 127)."""

from __future__ import annotations

from conftest import analyze_news, event_arg


def _rows(text: str) -> list[tuple[str, str, str, str, str]]:
    """(code, trigger, source, target, modality) of each event of a hand-made sentence."""
    doc = analyze_news(text)
    return [(e.code, doc.text[e.trigger.start : e.trigger.end], event_arg(doc, e, "source"),
             event_arg(doc, e, "target"), str(e.modality)) for e in doc.events]


def test_a_refusal_takes_the_partner_of_the_talks_it_refuses() -> None:
    rows = _rows("وقالت المصادر إن الحكومة رفضت التفاوض مع المعارضة المسلحة.")
    assert rows == [("125", "رفضت", "الحكومة", "المعارضة المسلحة", "reported")]


def test_a_refusal_takes_the_party_of_a_refused_signing() -> None:
    rows = _rows("وأعلن المتحدث أن الحكومة المصرية رفضت التوقيع على الاتفاق مع إثيوبيا.")
    assert ("127", "رفضت", "الحكومة المصرية", "إثيوبيا", "reported") in rows
    assert not any(r[0] == "057" for r in rows)


def test_a_refusal_keeps_the_phrase_after_a_meeting_with_no_target() -> None:
    rows = _rows("وكان الرئيس قد رفض لقاء رئيس الوزراء الإسرائيلي بنيامين نتنياهو.")
    assert rows == [("125", "رفض", "الرئيس", "بنيامين نتنياهو", "asserted")]


def test_a_refusal_of_no_act_is_unchanged() -> None:
    rows = _rows("ورفضت إسرائيل الاتهامات الموجهة إليها.")
    assert rows[0] == ("120", "ورفضت", "إسرائيل", "", "asserted")


def test_a_refusal_of_talks_with_a_pronoun_has_no_target_read_from_the_pronoun() -> None:
    rows = _rows("ورفضت الحكومة التفاوض معها.")
    assert rows == [("125", "ورفضت", "الحكومة", "", "asserted")]


def test_abstaining_from_a_meeting_is_refusing_it() -> None:
    rows = _rows("وقالت الصحيفة إن الحكومة التي تمتنع، حتى الآن، عن لقاء السفير رون دريمر تواجه أزمة.")
    assert ("125", "تمتنع", "الحكومة", "رون دريمر", "reported") in rows
    assert not any(r[0] == "040" for r in rows)  # the meeting is no event of the ambassador's


def test_abstaining_past_its_subject_from_signing_is_refusing_it() -> None:
    rows = _rows("وامتنعت الحكومة المصرية عن التوقيع على الاتفاق مع إثيوبيا.")
    assert rows == [("127", "وامتنعت", "الحكومة المصرية", "إثيوبيا", "asserted")]


def test_abstaining_from_aid_is_refusing_aid_to_its_receiver() -> None:
    rows = _rows("وامتنعت الدول الغربية عن تقديم المساعدات العسكرية للمعارضة.")
    assert rows == [("122", "وامتنعت", "الدول الغربية", "للمعارضة", "asserted")]


def test_abstaining_from_a_vote_is_no_event() -> None:
    assert _rows("وامتنعت ثلاث دول عن التصويت على القرار.") == []


def test_abstaining_from_comment_is_still_declining_comment() -> None:
    assert [r[0] for r in _rows("وامتنعت الوزارة عن التعليق على الخبر.")] == ["011"]


def test_abstaining_from_arrests_is_no_refusal() -> None:
    rows = _rows("وامتنعت الشرطة عن اعتقال المتظاهرين.")  # (an act of force, not of 03-08: negated)
    assert rows == [("173", "اعتقال", "الشرطة", "المتظاهرين", "negated")]


def test_a_refuser_of_one_long_definite_phrase_refuses_the_signing() -> None:
    rows = _rows("ورفض المؤتمر الوطني العام الليبي التوقيع على اتفاق السلام.")
    assert rows == [("127", "ورفض", "المؤتمر الوطني العام الليبي", "", "asserted")]


def test_a_refuser_of_a_title_and_a_name_refuses_the_signing() -> None:
    rows = _rows("ورفض الرئيس الأمريكي السابق جورج بوش التوقيع على الاتفاق.")
    assert rows == [("127", "ورفض", "جورج بوش", "", "asserted")]


def test_a_long_subject_with_a_relative_clause_is_not_read_as_the_refuser() -> None:
    rows = _rows("ورفض الرئيس الذي انتخب العام الماضي التوقيع على الاتفاق.")
    assert [r[0] for r in rows] == ["120", "057"]


def test_a_long_phrase_before_an_act_in_bi_is_no_refuser() -> None:
    rows = _rows("ورفض الرئيس الأمريكي المقترحات الإيرانية الخاصة بالتفاوض مع الغرب.")
    assert [r[0] for r in rows] == ["120", "046"]
