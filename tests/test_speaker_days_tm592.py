"""Round tm592: a speech act with no time of its own whose speaker spoke before at a dated occasion («وقال السفير
... في مؤتمر صحافي أمس إن», «والتقى الوزير ... أمس») takes that occasion's day, not the article's
(``events.speaker_days``). Guards: another speaker in between, another time told in between or in the act's own
sentence, a present verb. Hand-made sentences, dated 2015-08-02 by ``analyze_news`` («أمس»: 2015-08-01)."""

from __future__ import annotations

from conftest import news_date

LEAD = "تبدأ في الرياض اليوم أعمال منتدى الاستثمار الخليجي الأوروبي بمشاركة واسعة.\n\n"
SAID = "وقال السفير الألماني هانس يورغ هابر في مؤتمر صحافي أمس إن بلاده تدعم الحوار الوطني في اليمن.\n\n"
ASIDE = "ويتحدث السفير اللغة العربية بطلاقة.\n\n"


def test_the_same_speaker_later_keeps_the_press_conference_day() -> None:
    text = LEAD + SAID + ASIDE + "وأكد هابر على أهمية التعاون الاقتصادي بين البلدين."
    assert news_date(text, "وأكد") == "2015-08-01"


def test_a_meeting_day_carries_to_what_its_party_says_next() -> None:
    text = (LEAD + "والتقى وزير الخارجية اليمني رياض ياسين أمس في الدوحة نظيره القطري خالد العطية.\n\n"
            "ويتحدث الوزير اللغة الإنجليزية بطلاقة.\n\nوأشاد ياسين بالدور القطري في دعم اليمن.")
    assert news_date(text, "وأشاد") == "2015-08-01"


def test_counter_another_speaker_in_between_takes_over() -> None:
    text = (LEAD + SAID + "وقال وزير الخارجية السعودي عادل الجبير إن المملكة ترحب بالموقف الألماني.\n\n"
            "وأكد هابر على أهمية التعاون الاقتصادي بين البلدين.")
    assert news_date(text, "وأكد") == "2015-08-02"


def test_counter_another_time_in_between_stops_the_carry() -> None:
    text = LEAD + SAID + "وكان السفير زار صنعاء في يونيو الماضي.\n\nوأكد هابر على أهمية التعاون الاقتصادي بين البلدين."
    assert news_date(text, "وأكد") == "2015-08-02"


def test_counter_a_present_verb_is_a_stance_of_now() -> None:
    text = LEAD + SAID + ASIDE + "ويؤكد هابر على أهمية التعاون الاقتصادي بين البلدين."
    assert news_date(text, "ويؤكد") == "2015-08-02"


def test_counter_a_day_of_its_own_wins() -> None:
    text = LEAD + SAID + ASIDE + "وأكد هابر اليوم على أهمية التعاون الاقتصادي بين البلدين."
    assert news_date(text, "وأكد") == "2015-08-02"
