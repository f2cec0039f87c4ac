"""Round 208 (hand-made sentences): a suicide bomber's storming is a suicide bombing, one done with a rigged
thing a bombing; attacks named by their day in words («هجمات الحادي عشر من سبتمبر») are unconventional violence;
a VSO subject followed by an insert of where it spoke keeps its verb's second party as the target; an act someone
is ready for («مستعد للقاء») or hoped for («أملا في») is hypothetical; the subject of «اعتبر» is no doer of
the masdar it judges."""

from __future__ import annotations

from conftest import news_arg, news_codes, news_modality


def _code(text: str, trigger: str) -> str:
    return next(c for t, c in news_codes(text) if t == trigger)


def test_suicide_bomber_storming_is_suicide_bombing() -> None:
    text = "وذكرت وكالة الأنباء بأن انتحاريا اقتحم صباح اليوم مقرا للشرطة في جنوب البلاد."
    assert _code(text, "اقتحم") == "1831"


def test_storming_with_rigged_tractor_is_bombing() -> None:
    text = "وذكرت وكالة الأنباء أن مسلحا اقتحم بجرار مفخخ مقرا للشرطة في جنوب البلاد."
    assert _code(text, "اقتحم") == "183"


def test_army_storming_stays_conventional() -> None:
    text = "وقالت الشرطة إن الجيش اقتحم مقرا للمسلحين في المدينة."
    assert _code(text, "اقتحم") == "190"


def test_attacks_named_by_day_in_words() -> None:
    text = "وقال الكاتب إن عشرة أعوام منذ هجمات الحادي عشر من سبتمبر قد غيرت السياسة."
    assert _code(text, "هجمات") == "180"


def test_attacks_of_a_weekday_are_no_name() -> None:
    text = "وقال المسؤول إن هجمات الأحد على مواقع الجيش أوقعت خسائر."
    assert _code(text, "هجمات") != "180"


def test_vso_subject_before_statement_insert() -> None:
    text = ("وطالبت منظمة العفو الدولية، في بيان أصدرته من مقرها في لندن، الحكومة المصرية بضرورة فتح "
            "تحقيق في الحادث.")
    assert news_arg(text, "وطالبت", "source") == "منظمة العفو الدولية"
    assert news_arg(text, "وطالبت", "target") == "الحكومة المصرية"


def test_addressee_alone_still_addressee() -> None:
    text = "ودعا المجتمع الدولي إلى وقف القتال في المدينة."
    assert news_arg(text, "ودعا", "target") == "المجتمع الدولي"


def test_ready_for_meeting_is_hypothetical() -> None:
    assert news_modality("وقال الوزير إنه مستعد للقاء الرئيس الإيراني في أي وقت.", "للقاء") == "hypothetical"


def test_travelled_for_meeting_not_hypothetical() -> None:
    assert news_modality("وقال الوزير إنه سافر للقاء الرئيس الإيراني أمس.", "للقاء") != "hypothetical"


def test_hoped_visit_is_hypothetical() -> None:
    text = "وألغى الملك سفره أملا في أن تتاح له فرصة زيارة البلاد في المستقبل."
    assert news_modality(text, "زيارة") == "hypothetical"


JUDGED = "وقال الوزير الأول بكري حسن صالح إن الحوار مستمر. واعتبر صالح المطالبة بتوفير أجواء الثقة مطلبا مشروعا."
RENEWED = "وقال الوزير الأول بكري حسن صالح إن الحوار مستمر. وجدد صالح المطالبة بتوفير أجواء الثقة أمس."


def test_judge_is_no_doer_of_judged_demand() -> None:
    assert news_arg(JUDGED, "المطالبة", "source") == ""


def test_renewed_demand_keeps_its_doer() -> None:
    assert news_arg(RENEWED, "المطالبة", "source") == "بكري حسن صالح"
