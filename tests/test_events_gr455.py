"""Round gr455: a reception of things is no visit, and talks told twice in a sentence are one act. A reception verb
whose object, after its subject and a time set off by commas, names goods, arms or refugees («استقبلت القاعدة،
أمس، أرتالا من الدبابات», «استقبلت تركيا اللاجئين») hosts no visit (043); a definite plural talks noun
(«المحادثات») close after the talks told in its sentence joins them, not a second partyless meeting. Hand-made
sentences (paraphrases), no article text."""

from __future__ import annotations

from conftest import analyze_news


def _meetings(text: str) -> list[tuple[str, str, list[str]]]:
    doc = analyze_news(text)
    return [(e.code, text[e.trigger.start : e.trigger.end], [text[t.start : t.end] for t in e.triggers])
            for e in doc.events if e.code.startswith("04")]


def test_a_base_receiving_tank_columns_hosts_no_visit() -> None:
    text = ("وقال المصدر إن القاعدة أصبحت تحت سيطرة الجيش، وقد استقبلت القاعدة العسكرية، أمس، أرتالا من الدبابات "
            "والآليات العسكرية الحديثة لتعزيزها.")
    assert _meetings(text) == []


def test_a_country_admitting_refugees_hosts_no_visit() -> None:
    # decided: refugees admitted are no guests of a visit (043 is an official's or a delegation's reception)
    assert _meetings("واستقبلت تركيا اللاجئين السوريين الفارين من حلب.") == []


def test_a_president_receiving_a_delegation_hosts_a_visit() -> None:
    # counter-case: a guest after the host, the time between, is a reception
    got = _meetings("واستقبل الرئيس المصري، أمس، الوفد الأمريكي في القاهرة.")
    assert [m[:2] for m in got] == [("043", "واستقبل")]


def test_aid_discussed_in_a_clause_after_the_reception_keeps_it() -> None:
    # counter-case: a thing named in the next clause («وبحث معه المساعدات») is not the object received
    got = _meetings("واستقبل الرئيس المصري أمس السفير الفرنسي، وبحث معه المساعدات الإنسانية.")
    assert ("043", "واستقبل") in [m[:2] for m in got]


def test_the_talks_told_again_in_their_sentence_are_one_act() -> None:
    text = ("تبدأ اليوم بمقر الأمم المتحدة في جنيف جولة جديدة من محادثات السلام بين كافة الأطراف الليبية بعد إعلان "
            "المؤتمر الوطني مشاركته في المحادثات، وذلك بهدف إنهاء الصراع.")
    assert _meetings(text) == [("046", "جولة", ["جولة", "محادثات", "المحادثات"])]


def test_talks_named_in_the_next_sentence_stay_apart() -> None:
    # counter-case: in another sentence «المحادثات» may be talks in general
    text = ("وبدأت في جنيف أمس محادثات السلام بين الحكومة والمعارضة السورية. ورفض الحزب الديمقراطي المشاركة في "
            "المحادثات.")
    assert [m[1] for m in _meetings(text)] == ["محادثات", "المحادثات"]


def test_two_talks_of_one_sentence_stay_two() -> None:
    # counter-case: other talks told by an indefinite noun are talks of their own
    text = ("وبدأت في جنيف أمس محادثات السلام بين الحكومة والمعارضة السورية، فيما انتهت في الرباط محادثات بين "
            "الأطراف الليبية.")
    assert len(_meetings(text)) == 2


def test_talks_after_a_meeting_of_other_parties_stay_apart() -> None:
    # counter-case: after a meeting («اجتماع») the years of talks that led to an agreement are another act
    text = ("واجتمع وزير الخارجية الأميركي جون كيري أمس بنظرائه الخليجيين في الدوحة، وهو أول اجتماع يعقده معهم منذ "
            "الاتفاق النووي الذي جرى التوصل إليه في العاصمة النمساوية فيينا في الرابع عشر من الشهر الماضي، بعد اثني "
            "عشر عاما كاملة من المفاوضات الشاقة.")
    got = _meetings(text)
    assert "المفاوضات" in [m[1] for m in got]
    assert all("المفاوضات" not in m[2] for m in got if m[1] != "المفاوضات")
