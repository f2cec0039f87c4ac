"""Round ti972: a statement ``said_apart`` kept apart from its speaker's first one takes the day its chain was told
on (``events.chain_days``); guards: a day of its own, the speaker acting on another day in between.
Hand-made sentences, dated 2015-08-02 by ``analyze_news`` («أمس»: 2015-08-01)."""

from __future__ import annotations

from conftest import analyze_news

SESSION = ("وعقدت الحكومة جلسة أمس برئاسة رئيس الوزراء سمير الحداد. وأعلن الحداد أمس أن الشغور في المناصب يلحق أضرارا "
           "بالغة بالبلاد والمؤسسات.\n\nوتحدث الحداد طويلا عن الموازنة. ")
LATER = "وشدد على أن الحلول المرحلية لمشكلة الكهرباء ستتبلور خلال الأسابيع القادمة بعد دراسة اللجنة الفنية."
MINISTER = "وأكد وزير الخارجية الكندي جون هارلو أمس أن بلاده تدعم الحوار بين الأطراف اليمنية دون شروط مسبقة.\n\n"
AGAIN = ("وأكد هارلو من جديد تطلع أوتاوا إلى تنفيذ مشروعات زراعية كبرى في الأردن، مذكرا بأن العام الماضي شهد زيادة "
         "التبادل التجاري بين البلدين.")


def _dates(text: str, trigger: str) -> list[tuple[str, str | None]]:
    """(code, date) of each event whose trigger is ``trigger``, in text order."""
    doc = analyze_news(text)
    return [(e.code, e.date) for e in sorted(doc.events, key=lambda e: e.trigger.start)
            if doc.text[e.trigger.start : e.trigger.end] == trigger]


def test_a_continuation_kept_apart_takes_the_day_of_the_first_statement() -> None:
    assert _dates(SESSION + LATER, "وأعلن") == [("010", "2015-08-01")]
    assert _dates(SESSION + LATER, "وشدد على") == [("010", "2015-08-01")]


def test_a_named_statement_with_a_year_in_what_it_says_takes_the_chains_day() -> None:
    text = MINISTER + "وتحدث الوزير الكندي عن العلاقات بين البلدين. " + AGAIN
    assert _dates(text, "وأكد") == [("010", "2015-08-01"), ("010", "2015-08-01")]


def test_counter_a_day_of_its_own_wins() -> None:
    text = MINISTER + AGAIN.replace("وأكد هارلو من جديد", "وأكد هارلو اليوم من جديد")
    assert _dates(text, "وأكد")[-1] == ("010", "2015-08-02")


def test_counter_the_speaker_acting_on_another_day_between_breaks_the_chain() -> None:
    text = MINISTER + "وكان هارلو قد التقى يوم الخميس الماضي رئيس الوزراء الأردني في عمان. " + AGAIN
    assert _dates(text, "وأكد")[-1] != ("010", "2015-08-01")


def test_a_statement_said_before_on_no_day_has_no_date() -> None:
    text = MINISTER + AGAIN.replace("وأكد هارلو من جديد", "وسبق أن أكد هارلو")
    assert _dates(text, "أكد") == [("010", None)]
