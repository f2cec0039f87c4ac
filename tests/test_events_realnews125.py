"""Round 125 of real news: non-events, vague times, a year of another happening, and countries from an apposition.
A noun act joined into a programme's name is no act; «لا» + a present verb of agreeing is a view not shared; a
plural of years with no number («منذ سنوات») gets no value; a year after a noun of a happening («وفاته») or after
the document's year is no `year` of a past act; «، وهو مسؤول ... في X» gives a person X's country; a body named in
a person's apposition of membership takes his country. Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import analyze_news, entity_named, news_event, news_triggers

from rasd.temporal import analyze_times


# -- non-events ----------------------------------------------------------------------------------------------------


def test_a_visit_in_a_programme_name_is_no_visit() -> None:
    text = "وبحث الوفدان نقل تجربة برنامج الأسرة الواحدة والزيارة المنزلية إلى البلد الآخر."
    assert "والزيارة" not in news_triggers(text)


def test_a_visit_whose_programme_is_told_stays() -> None:
    doc, ev = news_event("وأعلن الوزير برنامج الزيارة التي يقوم بها الرئيس إلى القاهرة.", "الزيارة")
    assert ev.code == "042"


def test_not_agreeing_on_details_is_no_accord() -> None:
    text = "ويرى الزعماء أن الوحدة ضرورية، لكنهم لا يتفقون على التفاصيل."
    assert "يتفقون" not in news_triggers(text)


def test_an_accord_that_failed_stays_negated() -> None:
    doc, ev = news_event("ولم يتفق الطرفان على وقف إطلاق النار في المدينة.", "يتفق")
    assert ev.code.startswith("03") and ev.modality == "negated"


# -- vague years ---------------------------------------------------------------------------------------------------


def _times(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in analyze_times(text, date="2015-08-01").times}


def test_years_with_no_number_get_no_value() -> None:
    assert _times("ويعاني الاقتصاد من الركود منذ سنوات طويلة.") == {}
    assert _times("وكان المصنع قد أغلق قبل سنوات.") == {}


def test_counted_years_and_days_without_a_number_keep_their_value() -> None:
    assert _times("وأغلق المصنع قبل ثلاث سنوات.") == {"قبل ثلاث سنوات": "2012"}
    assert _times("وأعلن الوزير قبل أيام أن المصنع سيغلق.") == {"قبل أيام": "2015-07-23/2015-07-30"}


# -- the year of a past act ----------------------------------------------------------------------------------------


def test_a_year_after_a_death_is_the_death_s() -> None:
    doc, ev = news_event("وأكدت الجماعة وفاته قبل سنتين في مستشفى بالمدينة.", "وأكدت")
    assert ev.date is None and ev.attrs.get("year") is None


def test_a_year_right_after_the_act_still_dates_it() -> None:
    doc, ev = news_event("وسبق أن أعلنت الحكومة عام 2010 عن خطة لمراقبة الحدود.", "أعلنت")
    assert ev.attrs.get("year") == 2010


def test_a_year_still_to_come_is_no_year_of_a_past_act() -> None:
    doc, ev = news_event("وقالت الوكالة إن الاستفتاء الذي أعلن عنه في 2017 يقلقها.", "أعلن")
    assert ev.attrs.get("year") is None


# -- countries from an apposition ----------------------------------------------------------------------------------


def test_an_official_in_a_country_is_of_that_country() -> None:
    doc = analyze_news("وقال رانجيت كومار، وهو مسؤول محلي في إقليم «آسام» في الهند، إن الاحتفال سيبدأ غدا.")
    assert entity_named(doc, "رانجيت كومار").country == "IND"


def test_an_official_of_no_country_named_stays_without_one() -> None:
    doc = analyze_news("وقال رانجيت كومار، وهو مسؤول في السفارة، إن الاحتفال سيبدأ غدا.")
    assert entity_named(doc, "رانجيت كومار").country is None


def test_a_party_a_known_person_belongs_to_is_of_his_country() -> None:
    doc = analyze_news("وقال وزير الخارجية البريطاني فيليب هاموند إن بلاده مستعدة. "
                       "وهاموند، النافذ في حزب «المحافظين» الحاكم، شرح موقف حكومته.")
    party = entity_named(doc, "المحافظين")
    assert (party.country, party.actor) == ("GBR", "GBRPTY")


def test_a_party_of_a_person_of_no_known_country_stays_without_one() -> None:
    doc = analyze_news("وقال سامي، النافذ في حزب «الأمة»، إن الوضع صعب.")
    assert entity_named(doc, "الأمة").country is None


def test_a_death_after_a_regime_is_still_an_act() -> None:
    text = "وسلمت الدولة ابن الرئيس الذي هرب قبل سقوط نظام والده ومقتله في أكتوبر 2011."
    assert "ومقتله" in news_triggers(text)
