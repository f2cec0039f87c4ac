"""Quote cues and speakers on constructions of real news, round 25: a participle whose clause has an unnamed definite
title for its subject («ولذلك دعا المبعوث الأممي ...، مؤكدا») carries a person named before, not a body quoted
since; a name in quote marks right after the cue («وذكرت «جيه إل إل» أن») is the speaker, not what was said; a cue
after «عندما/حين» with no subject («...، عندما قال:») takes the person of the main clause; «...، كما أعلن فلان.»
reports the clause it attaches to («، رغم ...»), not the whole sentence."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_a_titled_clause_carries_a_person_not_a_body() -> None:
    doc = analyze_news("وقال ليون إن الحوار مستمر. وأفاد بيان لبعثة الأمم المتحدة أمس بأن الحوار سيستأنف قريبا. "
                       "ولذلك دعا المبعوث الأممي الفصائل الليبية إلى الحوار، مؤكدا أن «الباب ما زال مفتوحا».")
    assert quote_speakers(doc)[-1] == ("مؤكدا", "ليون")


def test_a_quoted_name_after_the_cue_is_the_speaker() -> None:
    doc = analyze_news("وذكرت «جيه إل إل الشرق الأوسط» أن الشريحة الفندقية تواجه ضغوطا.")
    assert _contents(doc) == ["الشريحة الفندقية تواجه ضغوطا"] and not doc.quotes[0].direct
    doc = analyze_news("من جهته، قال كريغ بلومب، رئيس دائرة الأبحاث في مجموعة «جيه إل إل الشرق الأوسط»: «تواصل سوق "
                       "دبي العقارية مواجهة ضغوط هبوطية».")
    assert _contents(doc) == ["تواصل سوق دبي العقارية مواجهة ضغوط هبوطية"]
    assert quote_speakers(doc) == [("قال", "كريغ بلومب")]


def test_a_cue_after_when_takes_the_main_clause_person() -> None:
    doc = analyze_news("أكد وزير الخارجية القطري خالد العطية أن الحل سياسي. فإن تصريحات لافروف في الدوحة أضافت "
                       "عقدة أمام الحل السياسي، عندما قال: «إن التسوية تحتاج إلى مشاركة جميع الأطراف».")
    assert quote_speakers(doc)[-1] == ("قال", "لافروف")  # not the minister quoted before


def test_kama_reports_the_clause_it_attaches_to() -> None:
    doc = analyze_news("وهذا يعني أن روسيا لن تحصل على مساعدة، رغم موافقة أميركا وقطر على حل سياسي للأزمة، كما أعلن "
                       "وزير الخارجية القطري خالد العطية.")
    assert quote_speakers(doc) == [("أعلن", "خالد العطية")]
    assert _contents(doc) == ["موافقة أميركا وقطر على حل سياسي للأزمة"]
    doc = analyze_news("وردت الولايات المتحدة على الهجوم باستهداف مقرات للتنظيم، مما أسفر عن مقتل 25 مقاتلا، كما "
                       "أفاد «المرصد السوري لحقوق الإنسان» أمس.")
    assert _contents(doc)[0].startswith("وردت الولايات المتحدة")  # nothing for it to attach to: the sentence
