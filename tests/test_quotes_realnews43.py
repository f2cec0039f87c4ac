"""Quotes on constructions of real news, round 43: «التقرير/البيان» as a speaker is the one author the article named
for its report («قال X في أول تقرير», «تقرير نشرته منظمة X», «بيان لـX»), none where two authors wrote reports or
the nearest report has no author found; «القيادة العسكرية لـX» (a sub-body of no name of its own) is X; «أجهزة
الاستخبارات التركية» is the intelligence body named after «أجهزة»; a report that goes on in «، وإن ...» clauses ends
with them, not in the writer's narration after them («، وتشهد أبين مواجهات»), while a verb of the same «أن» clause
with no subject of its own stays in it; a content that opens a line with a dateline begins after it; «الذي أعلن عنه»
(the thing announced) is no statement, «التي قالت عنها الشركة إن» is; «، وكان فلان قد ...» is the writer's
background, no part of what was said."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[q.cue.start : q.cue.end], doc.text[q.content.start : q.content.end]) for q in doc.quotes]


def test_the_report_speaks_for_its_one_author() -> None:
    doc = analyze_news("قال صندوق النقد الدولي في أول تقرير عن اقتصاد الصومال إن البلاد حققت تقدما. وقال الخبير خالد العمري "
                       "إن الفريق واجه صعوبات. وأشار التقرير إلى أن السكان عانوا طويلا.")
    assert quote_speakers(doc) == [("قال", "صندوق النقد الدولي"), ("وقال", "خالد العمري"),
                                   ("وأشار", "صندوق النقد الدولي")]


def test_the_report_named_with_its_author_after_it() -> None:
    doc = analyze_news("وفي تقرير نشرته منظمة العفو الدولية أمس، تزايدت الإعدامات. ويضيف التقرير أن السلطات نفذت مئات "
                       "الأحكام.")
    assert quote_speakers(doc) == [("ويضيف", "منظمة العفو الدولية")]


def test_a_report_of_no_author_found_stays_unnamed() -> None:
    doc = analyze_news("وفي تقرير آخر، تزايدت الإعدامات. ويضيف التقرير أن السلطات نفذت مئات الأحكام.")
    assert quote_speakers(doc) == [("ويضيف", "[التقرير]")]


def test_a_study_of_two_authors_stays_unnamed() -> None:
    doc = analyze_news("وقال البنك الدولي في دراسة إن النمو تباطأ. وقالت منظمة العفو الدولية في دراسة إن السجون مكتظة. "
                       "وأشارت الدراسة إلى أن الأوضاع ستسوء.")
    assert quote_speakers(doc)[-1] == ("وأشارت", "[الدراسة]")


def test_the_military_command_of_a_party_is_the_party() -> None:
    doc = analyze_news("في سياق آخر، اعترفت القيادة العسكرية لحزب العمال الكردستاني في بيان أن مقاتلي الحزب فجروا الأنبوب.")
    assert quote_speakers(doc) == [("اعترفت", "حزب العمال الكردستاني")]


def test_a_command_of_no_body_stays_unnamed() -> None:
    # «القيادة العامة» alone is now a named body (round 44, a rank adjective); a field command is not
    doc = analyze_news("وقالت القيادة الميدانية إن الهجوم فشل.")
    assert quote_speakers(doc) == [("وقالت", "[القيادة الميدانية]")]


def test_the_services_of_a_named_intelligence_body_are_that_body() -> None:
    doc = analyze_news("وتؤكد أجهزة الاستخبارات التركية أن المنطقة خالية من المدنيين.")
    assert quote_speakers(doc) == [("وتؤكد", "الاستخبارات التركية")]


def test_a_service_with_no_name_after_it_stays_unnamed() -> None:
    doc = analyze_news("وقال جهاز الأمن إن المنطقة خالية.")
    assert quote_speakers(doc) == [("وقال", "[جهاز الأمن]")]


def test_the_report_ends_with_its_that_clauses() -> None:
    assert _contents("وقالت مصادر محلية إن المقاومة اعترضت تعزيزات في طريقها إلى المدينة، وإن عددا من الآليات دمر في "
                     "الكمين، وتشهد أبين مواجهات عنيفة بين الطرفين.") == [
        ("وقالت", "المقاومة اعترضت تعزيزات في طريقها إلى المدينة، وإن عددا من الآليات دمر في الكمين")]
    assert _contents("ونشرت مقالات لخبراء يؤكدون أن الإرهاب ترك للعمل بحرية، وأن الأجهزة لم تحاربه، ويتهمون الحكومة "
                     "بالتقاعس.") == [("يؤكدون", "الإرهاب ترك للعمل بحرية، وأن الأجهزة لم تحاربه")]


def test_a_verb_of_the_same_clause_stays_in_it() -> None:
    assert _contents("وقال الكاتب إن الشخص يتعلم هذا في أول التحاقه، وإنه يولد على الفطرة، ويشعر بتأنيب الضمير إذا "
                     "أخطأ.") == [("وقال", "الشخص يتعلم هذا في أول التحاقه، وإنه يولد على الفطرة، ويشعر بتأنيب الضمير "
                                            "إذا أخطأ")]
    assert _contents("وقالت مصادر محلية إن المقاومة اعترضت تعزيزات، وتشهد أبين مواجهات عنيفة.") == [
        ("وقالت", "المقاومة اعترضت تعزيزات، وتشهد أبين مواجهات عنيفة")]


def test_a_dateline_is_no_part_of_what_was_reported() -> None:
    text = ("الفيضانات تقتل العشرات\nرانغون - «الشرق الأوسط»: قتل 27 شخصا على الأقل في بورما بسبب الفيضانات، حسبما "
            "أفاد أمس مسؤول الإغاثة.")
    assert _contents(text) == [("حسبما", "قتل 27 شخصا على الأقل في بورما بسبب الفيضانات")]
    assert _contents("قتل 27 شخصا على الأقل في بورما بسبب الفيضانات، حسبما أفاد أمس مسؤول الإغاثة.") == [
        ("حسبما", "قتل 27 شخصا على الأقل في بورما بسبب الفيضانات")]


def test_a_thing_announced_in_a_relative_clause_is_no_statement() -> None:
    assert _contents("وقالت الوكالة إنها تشعر بالقلق من الاستفتاء الذي أعلن عنه في 2016، إذ إن فرنسا وألمانيا أكبر "
                     "المساهمين.") == [("وقالت", "تشعر بالقلق من الاستفتاء الذي أعلن عنه في 2016، إذ إن فرنسا وألمانيا "
                                                 "أكبر المساهمين")]


def test_what_is_said_of_it_in_a_relative_clause_is_a_statement() -> None:
    doc = analyze_news("وحققت الشركة نجاحا بالساعة الجديدة التي قالت عنها الشركة إن مبيعاتها فاقت التوقعات.")
    assert quote_speakers(doc) == [("قالت", "[الشركة]")]


def test_the_writers_background_after_a_comma_is_no_part_of_it() -> None:
    assert _contents("وقال وزير الخارجية الروسي سيرغي لافروف إن المشروع الأميركي سيأتي بنتائج عكسية، وكان المتحدث باسم "
                     "الكرملين ديمتري بيسكوف قد انتقد الخطط الأميركية.") == [
        ("وقال", "المشروع الأميركي سيأتي بنتائج عكسية")]


def test_a_clause_of_was_with_no_had_stays_in_it() -> None:
    assert _contents("وقال المتحدث باسم الجيش إن الهجوم كان متوقعا، وكانت الحكومة المصرية تعرف موعده منذ أيام.") == [
        ("وقال", "الهجوم كان متوقعا، وكانت الحكومة المصرية تعرف موعده منذ أيام")]
