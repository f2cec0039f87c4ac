"""Round ev1019: senses of frequent act nouns the lexicon lacked (rows liberate, retake, reach_agreement,
congratulate, warn_threat of triggers.tsv; the gates of events.lexicon_senses). Hand-made sentences."""

from __future__ import annotations

import pytest

from conftest import news_event_rows


def _codes(text: str, code: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [r for r in news_event_rows(text) if r[0] == code]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("وحررت قوات المقاومة الشعبية مدينة زنجبار من المسلحين صباح الأحد.", "وحررت", "المقاومة", "زنجبار"),
    ("واستعادت القوات العراقية مدينة بيجي من مسلحي التنظيم أمس.", "واستعادت", "القوات العراقية", "بيجي"),
])
def test_town_taken(text: str, trigger: str, source: str, target: str) -> None:
    rows = _codes(text, "192")
    assert [r[1] for r in rows] == [trigger], news_event_rows(text)
    assert rows[0][2] is not None and source in rows[0][2]
    assert rows[0][3] is not None and target in rows[0][3]
    assert rows[0][4] == "asserted"


def test_liberation_told_done() -> None:
    rows = _codes("وعاد المحافظ إلى مكتبه بعد تحرير مدينة زنجبار من المسلحين.", "192")
    assert [(r[1], r[3]) for r in rows] == [("تحرير", "زنجبار")]


@pytest.mark.parametrize("text", [
    "وقال رئيس تحرير الصحيفة إن العدد المقبل يصدر الخميس.",  # an editor, no liberation
    "وأعدت المقاومة خطة لتحرير مدينة زنجبار من المسلحين خلال أيام.",  # planned
    "واقتربت القوات كثيرا من تحرير مدينة زنجبار من المسلحين.",  # not yet
    "وتقضي الخطة بالتوجه إلى العاصمة مباشرة بعد تحرير مدينة زنجبار.",  # a step of a route planned
    "وطالبت اللجنة بتحرير الأسواق من القيود الجمركية.",  # markets freed, no place
    "وتسعى الحكومة إلى استعادة الثقة مع المستثمرين الأجانب.",  # trust regained
    "واحتشد المتظاهرون في ساحة التحرير وسط العاصمة.",  # a square's name
])
def test_no_town_taken(text: str) -> None:
    assert _codes(text, "192") == [], news_event_rows(text)


def test_agreement_reached() -> None:
    rows = _codes("وتوصلت الأحزاب الكردية الأربعة مبدئيا إلى اتفاق بشأن رئاسة الإقليم.", "057")
    assert [(r[1], r[4]) for r in rows] == [("وتوصلت", "asserted")]


@pytest.mark.parametrize("text", [
    "واجتمع الوزراء في بروكسل للتوصل إلى اتفاق بشأن الديون.",  # aimed at
    "وتوصلت الشرطة إلى هوية الجاني بعد تحقيق طويل.",  # found, no agreement
    "وأبدى الوسيط تفاؤله بفرص توصل الطرفين إلى اتفاق خلال أسابيع.",  # hoped for
])
def test_no_agreement_reached(text: str) -> None:
    assert [r for r in news_event_rows(text) if r[0] == "057" and "توصل" in r[1]] == [], news_event_rows(text)


def test_agreement_after_told_is_masdar() -> None:
    text = "وقال المحلل إن المسلحين، بعد توصل الفرقاء السودانيين إلى اتفاق، انسحبوا شمالا."
    rows = _codes(text, "057")
    assert [r[1] for r in rows] == ["توصل"], news_event_rows(text)
    assert rows[0][2] is None or "المسلحين" not in rows[0][2]  # the masdar's, not the clause subject's


def test_congratulation_noun_left_out() -> None:
    assert _codes("وقدم الوزير التهنئة للشعب الماليزي بمناسبة العيد الوطني.", "051") == []


def test_congratulate_with_hamza() -> None:
    rows = _codes("وهنأ الرئيس الفرنسي نظيره التونسي على نجاح الانتخابات.", "051")
    assert [r[1] for r in rows] == ["وهنأ"]
    assert rows[0][2] is not None and "الفرنسي" in rows[0][2]


def test_here_is_no_congratulation() -> None:
    assert _codes("وقال الرئيس الفرنسي هنا إن المحادثات كانت مثمرة.", "051") == []


def test_directed_warning_threatens() -> None:
    rows = _codes("وحذرهم وزير الدفاع الإسرائيلي من عواقب أي هجوم على الحدود.", "130")
    assert [r[1] for r in rows] == ["وحذرهم"]
    assert rows[0][2] is not None and "وزير الدفاع" in rows[0][2]


def test_undirected_warning_stays_comment() -> None:
    rows = news_event_rows("وحذرت منظمة الصحة العالمية من عواقب انتشار الوباء في المخيمات.")
    assert [r[0] for r in rows if "حذر" in r[1]] == ["012"]
