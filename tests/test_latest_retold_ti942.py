"""Round ti942: a definite singular act noun called the latest («الهجوم الأخير») is the act of its code the article
told last before it, and takes that act's day, however far back (the lead); plurals and acts told before with no day
stay undated (``rasd.events.retold_acts.latest_day``)."""

from __future__ import annotations

from conftest import analyze_news, news_date

LEAD = (
    "هاجم مسلحون من جماعة متشددة أمس مركزا للشرطة في بلدة حدودية شمال البلاد، وقتلوا ثلاثة من عناصره.\n\n"
    "وقال مصدر أمني إن المهاجمين فروا باتجاه الجبال بعد تبادل لإطلاق النار استمر ساعة.\n\n"
    "وطالب نواب في البرلمان الحكومة بتعزيز الإجراءات الأمنية على الحدود وإرسال تعزيزات إلى البلدات القريبة.\n\n"
)


def _date_of(text: str, word: str) -> str | None:
    doc = analyze_news(text)
    at = text.index(word)
    ev = next((e for e in doc.events if any(t.start == at for t in e.triggers)), None)
    assert ev is not None, f"no event at {word}"
    return ev.date


def test_latest_attack_takes_the_leads_day() -> None:
    text = LEAD + "ويرى محللون أن الهجوم الأخير على المركز يكشف ضعف التنسيق بين الأجهزة الأمنية في المنطقة."
    assert _date_of(text, "الهجوم الأخير") == "2015-08-01"


def test_latest_attack_past_an_adjective() -> None:
    text = LEAD + "ويرى محللون أن الهجوم المسلح الأخير يكشف ضعف التنسيق بين الأجهزة الأمنية في المنطقة."
    assert _date_of(text, "الهجوم المسلح") == "2015-08-01"


def test_latest_plural_stays_undated() -> None:
    # many attacks, many days: no one day to give
    text = LEAD + "ويرى محللون أن الهجمات الأخيرة على مراكز الشرطة تكشف ضعف التنسيق بين الأجهزة الأمنية."
    assert _date_of(text, "الهجمات الأخيرة") is None


def test_latest_with_no_act_told_before_stays_undated() -> None:
    text = (
        "أعلنت وزارة الداخلية أمس خطة جديدة لتأمين الحدود الشمالية بعد مشاورات مع قادة الجيش.\n\n"
        "وقال مسؤول في الوزارة إن الخطة جاءت في أعقاب دراسة طويلة لأوضاع المنطقة.\n\n"
        "ويرى محللون أن الهجوم الأخير على المركز يكشف ضعف التنسيق بين الأجهزة الأمنية في المنطقة."
    )
    assert _date_of(text, "الهجوم الأخير") is None


def test_lead_attack_keeps_its_own_day() -> None:
    # the counter-case: the act told in the lead is not changed
    text = LEAD + "ويرى محللون أن الهجوم الأخير على المركز يكشف ضعف التنسيق بين الأجهزة الأمنية في المنطقة."
    assert news_date(text, "هاجم") == "2015-08-01"
