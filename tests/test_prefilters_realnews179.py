"""Round 179 (speed): the passes that now return at once where the article has none of their words still fire
where it has one in any of its forms, and stay silent without it. A clause closed by «هنالك» takes the place the
sentence before named last (events.where_carry.there_places); «منذ/قبل» + a plural of years with no number makes an
article look back (events.retrospect.years_back), with «و» on it too; a visit «لبلادها», «ولبلاده» goes to the
speaker's country (events.homelands). Hand-made sentences (paraphrases, no article text); the sample's articles are
dated 2015-08-02."""

from __future__ import annotations

from conftest import news_arg, news_date, news_place

PRIOR = "وقاد الشيخ الجماعة في اليمن قبل عامين. "


def test_there_in_its_second_spelling_is_the_place_named_before() -> None:
    text = PRIOR + "وشارك أخوه معه في عشرات التفجيرات ضد الجيش هنالك."
    assert news_place(text, "التفجيرات") == "اليمن"
    # no «هناك/هنالك»: the place of the sentence before is not carried
    assert news_place(PRIOR + "وشارك أخوه معه في عشرات التفجيرات ضد الجيش.", "التفجيرات") is None


RECENT = "وتحسن الوضع منذ استئناف المحادثات في 3 مارس 2013. "
OLD = "وذكر أن الإقليم عانى منذ عام 1994 من النزاع. "
ACT = "وإلى جانب سقوط قتلى أضر النزاع بالمزارعين."


def test_years_back_with_decades_and_with_its_conjunction() -> None:
    assert news_date(RECENT + "وقالت الوكالة إن الإحصاءات لم تنشر منذ عقود. " + OLD + ACT, "قتلى") is None
    assert news_date(RECENT + "وقالت الوكالة إن الإحصاءات لم تنشر ومنذ أعوام. " + OLD + ACT, "قتلى") is None
    # no years counted back: the act is today's news
    assert news_date(RECENT + OLD + ACT, "قتلى") == "2015-08-02"


def test_a_visit_to_her_country_and_with_a_conjunction() -> None:
    text = ("من جهتها، وصفت وزيرة الخارجية الأسترالية جولي بيشوب، زيارة الرئيس الإندونيسي جوكو ويدودو، لبلادها "
            "بـ«التاريخية».")
    assert news_arg(text, "زيارة", "target") == "أستراليا"
    text = "من جانبه، وصف وزير الإعلام الأردني الدكتور محمد المومني، زيارة الرئيس التركي رجب طيب أردوغان، ولبلاده بـ«المهمة»."
    assert news_arg(text, "زيارة", "target") == "الأردن"
    # the capital, no «بلاد»: no country of the speaker's
    text = ("من جهتها، وصفت وزيرة الخارجية الأسترالية جولي بيشوب، زيارة الرئيس الإندونيسي جوكو ويدودو، للعاصمة "
            "بـ«التاريخية».")
    assert news_arg(text, "زيارة", "target") == ""
