"""Round ev881: two kinds of false events.

1. «يهدد/تهدد» whose subject is a thing, not an actor, endangers; it is no CAMEO threat (events.dangers): an
   adjectival clause of an indefinite abstract noun («بؤرة للتطرف تهدد الشعوب المجاورة») and a relative clause of an
   abstract antecedent behind a «لـ» («للغزو الفكري الذي يهدد البلاد»). An actor's threat stays.
2. A meeting or negotiation told as a precedent («كما حدث في مفاوضات جنيف 2», «ومحادثات «جنيف 2»») takes no date
   of the article's day (events.precedents, read by events.standing); a round going on now keeps its day.
"""

from conftest import news_codes, news_date, news_event


def _threats(text: str) -> list[str]:
    return [t for t, code in news_codes(text) if code.startswith("13")]


def test_indefinite_abstract_noun_with_complement_endangers() -> None:
    text = "وقال المسؤول إن الهدف أن تبقى المنطقة بؤرة للتطرف تهدد الشعوب المجاورة."
    assert _threats(text) == []


def test_indefinite_abstract_noun_with_min_complement_endangers() -> None:
    text = "وحذر رئيس الحكومة من حالة من الفوضى تهدد المؤسسات الرسمية في الجنوب."
    assert _threats(text) == []


def test_relative_clause_of_abstract_antecedent_after_lam_endangers() -> None:
    text = "ودعا الشيخ الجامعات إلى التصدي للغزو الفكري الذي يهدد مصر وشبابها."
    assert _threats(text) == []


def test_counter_armed_group_threat_stays() -> None:
    # an armed body is an actor: «ميليشيات مسلحة تهدد السكان بالقتل» is a threat made
    text = "وقال شهود عيان إن ميليشيات مسلحة تهدد السكان بالقتل في حي الشيخ عثمان."
    assert _threats(text) == ["تهدد"]


def test_counter_named_actor_threat_stays() -> None:
    doc, ev = news_event("وهدد الرئيس الأميركي باراك أوباما أمس باستخدام حق النقض ضد قرار الكونغرس.", "وهدد")
    assert ev.code == "130"
    src = doc.entity(ev.source)
    assert src is not None and src.name == "باراك أوباما"


def test_precedent_after_comparison_has_no_date() -> None:
    text = "وقال رئيس وفد المعارضة إن «النظام سيماطل في المفاوضات كما حدث في مفاوضات جنيف 2»."
    assert news_date(text, "مفاوضات") is None


def test_named_past_round_has_no_date() -> None:
    text = "واتهم المعارض الدول الحليفة للنظام بأنها تتجاهل بيان «جنيف 1» ومفاوضات «جنيف 2»."
    assert news_date(text, "ومفاوضات") is None


def test_counter_talks_of_the_day_keep_their_date() -> None:
    text = "وانطلقت أمس في جنيف مفاوضات بين وفدي الحكومة والمعارضة برعاية الأمم المتحدة."
    assert news_date(text, "مفاوضات") == "2015-08-01"


def test_counter_round_not_yet_over_keeps_its_date() -> None:
    # «جنيف 3» is no round over for every article: talks of it begun yesterday are of yesterday
    text = "وانطلقت أمس مفاوضات «جنيف 3» بين وفدي الحكومة والمعارضة."
    assert news_date(text, "مفاوضات") == "2015-08-01"
