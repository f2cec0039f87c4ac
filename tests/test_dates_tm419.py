"""Round tm419: a statement's day carried on over the sentences that go on with it (`events.linked_days`): a
sentence opened by a verb of relaying whose subject is that statement («ونقل البيان عن نائب المدير قوله إن») goes
on with it in the words of the one it quotes, and so does a sentence that follows a semicolon. Hand-made sentences
(paraphrases of news usage), dated 2015-08-02 (a Sunday)."""

from __future__ import annotations

import rasd
from rasd.events.linked_days import _past_semicolon

_LEAD = "أنهى المجلس التنفيذي لصندوق النقد الدولي المراجعة الأخيرة لبرنامج التصحيح الاقتصادي الأردني.\n"
_SAID = _LEAD + "وقال الصندوق في بيان، أمس السبت، إن إتمام المراجعة مكن الصندوق من صرف الدفعة الأخيرة من القرض.\n"
_RELAYED = "ونقل البيان عن نائب مدير الصندوق ميتسوهيرو فوروساوا قوله إن البرنامج ساعد الأردن في تجاوز الصدمات.\n"
_WENT_ON = "وأكد أنه رغم تراجع النمو فإن عجز الحساب الحالي تراجع، وأن السياسات المالية تتقدم.\n"


def _date_of(text: str, trigger: str) -> str | None:
    """The date of the event one of whose triggers starts where ``trigger`` first occurs."""
    doc = rasd.analyze(text, date="2015-08-02")
    at = text.index(trigger)
    return next(e.date for e in doc.events if any(t.start == at for t in e.triggers))


def test_statement_relayed_by_its_own_statement_noun_keeps_its_day() -> None:
    assert _date_of(_SAID + _RELAYED + _WENT_ON, "وأكد") == "2015-08-01"


def test_counter_relayed_by_another_subject_is_another_account() -> None:
    # a news agency relays the official: not the fund's statement of yesterday going on
    other = _RELAYED.replace("ونقل البيان", "ونقلت وكالة رويترز")
    assert _date_of(_SAID + other + _WENT_ON, "وأكد") == "2015-08-02"
    # a report the statement told before did not name: another text
    other = _RELAYED.replace("ونقل البيان", "ونقل التقرير")
    assert _date_of(_SAID + other + _WENT_ON, "وأكد") == "2015-08-02"


def test_counter_a_sentence_of_no_saying_between_breaks_the_statement() -> None:
    between = "وتمكن الأردن من الحصول على مساعدات كبيرة من الدول المانحة.\n"
    assert _date_of(_SAID + between + _WENT_ON, "وأكد") == "2015-08-02"


def test_sentence_after_a_semicolon_goes_on_with_the_one_before() -> None:
    doc = rasd.analyze("وأكد أن السياسات؛ المالية والنقدية، تتقدم على المسار الصحيح. وقال إن الإصلاحات تحرز تقدما.",
                       date="2015-08-02")
    starts = [doc.text[s.start : s.start + 7] for s in doc.sentences]
    assert starts == ["وأكد أن", "المالية", "وقال إن"]
    assert [_past_semicolon(doc, s) for s in doc.sentences] == [False, True, False]


# -- events.toll.counted_before: «سقوط آلاف القتلى» -----------------------------------------------------------------


def _first_date(text: str, trigger: str) -> str | None:
    doc = rasd.analyze(text, date="2015-08-04")
    return next(e.date for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)


def test_dead_counted_in_thousands_before_the_trigger_have_no_day() -> None:
    assert _first_date("وشهدت البلاد منذ عزل مرسي أعمال عنف أسفرت عن سقوط آلاف القتلى والجرحى.", "القتلى") is None
    assert _first_date("وأدى النزاع إلى سقوط عشرات الآلاف من القتلى في سوريا.", "القتلى") is None


def test_counter_dead_counted_in_tens_keep_the_day() -> None:
    assert _first_date("وأسفرت المعارك أمس عن سقوط عشرات القتلى والجرحى.", "القتلى") == "2015-08-03"
    # round mn1001 (tf1027): the toll merges into the shelling (194), which keeps yesterday
    assert _first_date("وأدى القصف أمس إلى سقوط 30 من القتلى في المدينة.", "القصف") == "2015-08-03"


# -- events.spans_told.conjunct_day: «...، في حين تجددت الاشتباكات» ------------------------------------------------


def test_clause_of_coincidence_takes_the_day_of_the_clause_before() -> None:
    text = "نفذ الائتلاف الدولي أمس 17 غارة جوية على مواقع التنظيم في دير الزور، في حين تجددت الاشتباكات في درعا."
    assert _first_date(text, "الاشتباكات") == "2015-08-03"
    text = "نفذ الائتلاف الدولي أمس 17 غارة جوية على مواقع التنظيم في دير الزور، بينما اندلعت اشتباكات في درعا."
    assert _first_date(text, "اشتباكات") == "2015-08-03"


def test_counter_a_present_clause_of_coincidence_or_its_own_time_keeps_its_own() -> None:
    text = "نفذ الائتلاف الدولي أمس 17 غارة جوية على مواقع التنظيم، في حين يواصل مقاتلون معارضون الاشتباكات في درعا."
    assert _first_date(text, "الاشتباكات") is None
    text = "اعتقلت الشرطة أمس خمسة أشخاص، في حين قتل جندي في هجوم الأسبوع الماضي."
    assert _first_date(text, "قتل") == "2015-07"


# -- events.backdrop.progressive_relative: «كانت قوات صالح تدير الجنوب، الذي تم اغتيال كثير من قياداته» -------------


def test_act_in_a_relative_on_the_object_of_a_past_progressive_has_no_day() -> None:
    text = "أما على الأرض فقد كانت قوات صالح وأجهزته الأمنية تدير الجنوب، الذي تم اغتيال كثير من قياداته."
    assert _first_date(text, "اغتيال") is None


def test_counter_no_kana_or_a_preposition_object_keeps_the_day() -> None:
    assert _first_date("وتدير قوات صالح الجنوب، الذي تم اغتيال كثير من قياداته أمس.", "اغتيال") == "2015-08-03"
    # «يشير إلى»: the object of a preposition; «تدفيع» is a noun, not a present verb
    text = ("هاجم مستوطنون فجر أمس قرية دوما. وكان عباس يشير إلى عصابات «تدفيع الثمن» اليهودية التي هاجمت "
            "قرية دوما وأحرقت المنزل.")
    assert _first_date(text, "هاجمت") == "2015-08-03"


# -- events.bygone.of_a_kind / _what_happened: «لما حدث في تونس وفي مصر من تفجيرات» ----------------------------------


def test_acts_told_as_what_happened_have_no_day() -> None:
    assert _first_date("ويضيف: «فلننظر لما حدث في تونس وفي مصر من تفجيرات».", "تفجيرات") is None


def test_counter_what_happened_with_its_own_day_or_a_plain_min_keeps_it() -> None:
    assert _first_date("وندد الوزير بما حدث أمس في المدينة من تفجيرات.", "تفجيرات") == "2015-08-03"
    assert _first_date("وقتل أمس عشرة أشخاص من المدنيين في تفجيرات.", "تفجيرات") == "2015-08-03"


# -- events.backdrop_acts.days_ago / _ago_at: «وفي اليوم التالي غادر» ---------------------------------------------


def test_act_of_the_next_day_after_another_has_no_day_of_the_article() -> None:
    text = "وجاءت استقالة بحاح بعد ثلاثة أشهر من توليه مهامه، وفي اليوم التالي غادر بحاح الإقامة الجبرية إلى حضرموت."
    assert _first_date(text, "غادر") is None
    assert _first_date("وفي صباح اليوم التالي أعلنت الحكومة الحداد.", "أعلنت") is None


def test_counter_today_and_a_day_of_the_month_keep_their_day() -> None:
    assert _first_date("وأعلنت الحكومة اليوم الحداد.", "وأعلنت") == "2015-08-04"
    assert _first_date("وقتل الجندي اليوم الثاني من الشهر.", "وقتل") == "2015-08-02"
