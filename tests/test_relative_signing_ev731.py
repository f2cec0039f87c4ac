"""Round ev731: a signing told in a relative clause on the agreement («الاتفاقية التي وقعتها مصر والسعودية»,
«الاتفاق الذي وقعه الطرفان», «مذكرة التفاهم التي وقعتها وزارة الداخلية مع ...») is a signing (057): the head
noun before «الذي/التي» is the agreement the verb's pronoun refers to. Counter-cases: «وقع» with no pronoun
(happened: «الحادث الذي وقع», «الاشتباكات التي وقعت»), a head that is no agreement, and a pronoun of people
(«ـهم»)."""

from __future__ import annotations

from conftest import news_date, news_event_rows, news_place


def _signings(text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [r for r in news_event_rows(text) if r[0] == "057"]


def test_relative_signing_two_parties() -> None:
    text = "وقالت الوزارة إن الاتفاقية التي وقعتها مصر والسعودية في الرياض تشمل التعاون في مجال الطاقة."
    assert _signings(text) == [("057", "وقعتها", "مصر", "السعودية", "reported")]
    assert news_place(text, "وقعتها") == "الرياض"
    assert news_date(text, "وقعتها") is None  # background: no date of its own, not the article's day


def test_relative_signing_with_partner() -> None:
    text = "وأشار إلى أن المذكرة التي وقعتها الحكومة العراقية مع الأردن تتضمن بنودا للتعاون الأمني."
    assert _signings(text) == [("057", "وقعتها", "الحكومة العراقية", "الأردن", "reported")]


def test_head_with_genitive() -> None:
    text = "وأوضح أن مذكرة التفاهم التي وقعتها وزارة الداخلية مع نظيرتها الأردنية تتضمن بنودا للتعاون."
    assert _signings(text) == [("057", "وقعتها", "وزارة الداخلية", "نظيرتها الأردنية", "reported")]


def test_masculine_head_and_own_time() -> None:
    text = "وقال إن الاتفاق الذي وقعته إيران مع الدول الكبرى في يوليو الماضي يحد من برنامجها النووي."
    assert _signings(text) == [("057", "وقعته", "إيران", "الدول الكبرى", "reported")]
    assert news_date(text, "وقعته") == "2015-07"  # (its own time; the article's date is no signing's)


def test_happened_not_signed() -> None:
    text = "وأدان الوزير الحادث الذي وقع في بغداد وقال إن الاشتباكات التي وقعت أمس خلفت قتلى."
    assert _signings(text) == []


def test_no_agreement_head() -> None:
    text = "وانتقد الوزير القرار الذي وقعه الرئيس مع المعارضة أمس."
    assert _signings(text) == []


def test_pronoun_of_people() -> None:
    text = "وأشار إلى أن الاتفاقية التي وقعتهم في المشكلة جاءت متأخرة."
    assert _signings(text) == []
