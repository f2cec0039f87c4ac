"""Round tf1024: three tests broken by session 56's merges, and one item ev1019 made worse. Hand-made sentences.

- ev1011 (victim_sources) read «قتل مسلحون خمسة جنود» as a passive whose victims were «مسلحون»: an object right
  after the phrase makes the verb active, its subject the doer.
- ev1012 (row welcome) gave the welcomer's subject to the welcomed masdar, over initiative_doers' «من X بدعوة».
- ev1019 (row congratulate): «هنأ الأمير خالد على فوزه», subject dropped: the named person is the one congratulated.
"""

from __future__ import annotations

from conftest import news_arg, news_event_rows


def _row(text: str, code: str) -> tuple[str, str, str | None, str | None, str]:
    (row,) = [r for r in news_event_rows(text) if r[0] == code]
    return row


def test_killing_with_object_keeps_its_doer() -> None:
    text = "وقتل مسلحون مجهولون ثلاثة حراس في هجوم على مصرف بمدينة الموصل."
    assert news_arg(text, "وقتل") == "مسلحون مجهولون"
    assert news_arg(text, "وقتل", "target") == "ثلاثة حراس"


def test_passive_killing_still_takes_the_raids_doer() -> None:
    # counter-case: ev1011's passive, no object right after the phrase: the doer of the shelling told after it
    text = "قتل وجرح عشرات المدنيين جراء قصف الطائرات الحربية لسوق بلدة سراقب."
    assert news_arg(text, "قتل").startswith("الطائرات الحربية")


def test_initiator_over_the_welcomer() -> None:
    text = "ورحب السفير بالمبادرة الإنسانية من قطر بدعوة الأطراف اليمنية إلى الحوار."
    assert news_arg(text, "بدعوة") == "قطر"
    assert news_arg(text, "ورحب") == "السفير"


def test_dropped_subject_congratulation_targets_the_person() -> None:
    row = _row("وخلال الحفل هنأ الأمير خالد الفيصل على فوزه بالجائزة.", "051")
    assert (row[1], row[2], row[3]) == ("هنأ", None, "خالد الفيصل")


def test_congratulation_takes_the_carried_subject() -> None:
    text = ("والتقى الرئيس التونسي الباجي قائد السبسي في الدوحة أمس أمير قطر، وخلال اللقاء هنأ الشيخ تميم بن حمد "
            "على نجاح القمة الخليجية.")
    row = _row(text, "051")
    assert (row[2], row[3]) == ("الباجي قائد السبسي", "تميم بن حمد")


def test_congratulation_carry_never_the_one_congratulated() -> None:
    text = ("استقبل الشيخ تميم بن حمد في الدوحة أمس الرئيس التونسي الباجي قائد السبسي، وخلال اللقاء هنأ الشيخ تميم بن "
            "حمد على نجاح القمة.")
    row = _row(text, "051")
    assert (row[2], row[3]) == (None, "تميم بن حمد")


def test_congratulation_with_subject_and_object_unchanged() -> None:
    row = _row("وهنأ الملك سلمان الرئيس التونسي على نجاح الانتخابات.", "051")
    assert (row[2], row[3]) == ("سلمان", "الرئيس التونسي")
    row = _row("وهنأه الأمير خالد الفيصل على نجاح الانتخابات.", "051")
    assert row[2] == "خالد الفيصل"
