"""Round 173: a place that witnessed the act in a relative clause after it («التي شهدتها مدينة ...»), no place from
the object of a purpose masdar («لبيع حصص في ...»), a place before «، إذ/حيث» + the act («في العاصمة الإيرانية،
إذ أجرى محادثات»), and the one town an attack «على المدينة» points back to. Hand-made sentences (paraphrases),
each with a counter-case."""

from __future__ import annotations

from conftest import news_place


def test_place_that_witnessed_the_attacks_in_a_relative_clause() -> None:
    text = "وجاءت الغارات ردا على الهجمات الدامية التي شهدتها مدينة سروج التركية الشهر الماضي."
    assert news_place(text, "الهجمات") == "سروج"


def test_place_witnessing_in_the_present() -> None:
    text = "وأدان الوزير التفجيرات التي تشهدها العاصمة بغداد منذ أشهر."
    assert news_place(text, "التفجيرات") == "بغداد"


def test_relative_without_witnessing_gives_no_place() -> None:
    # counter-case: the relative clause says who condemned the attacks, not where they were
    text = "وجاءت الغارات ردا على الهجمات التي أدانتها مدينة سروج التركية."
    assert news_place(text, "الهجمات") != "سروج"


def test_place_in_the_object_of_a_purpose_is_not_where_the_talks_are() -> None:
    text = "وقال الخبير إن على كراكاس التفاوض مع شركائها لبيع أسهم في شركات منطقة أورينوكو."
    assert news_place(text, "التفاوض") is None


def test_place_after_a_purpose_with_a_definite_object_is_kept() -> None:
    # counter-case: «لبحث التعاون» (a definite object) leaves the talks in Cairo
    text = "وأجرى الوزير محادثات مع نظيره لبحث التعاون في القاهرة أمس."
    assert news_place(text, "محادثات") == "القاهرة"


def test_capital_before_idh_is_where_the_talks_were() -> None:
    text = ("وزار الوزير السوري طهران أمس. وتزامنت زيارته مع وجود المبعوث الروسي، في العاصمة الإيرانية، إذ أجرى "
            "محادثات مع نائب الوزير.")
    assert news_place(text, "محادثات") == "طهران"


def test_capital_reached_before_haythu_is_where_the_talks_were() -> None:
    text = "وزار الوزير السوري طهران أمس. ووصل المبعوث الروسي إلى العاصمة الإيرانية، حيث أجرى محادثات مع نظيره."
    assert news_place(text, "محادثات") == "طهران"


def test_capital_reached_without_a_where_clause_is_no_place() -> None:
    # counter-case: with no «إذ/حيث» clause the capital the delegation was sent to is not where the talks were
    text = "وزار الوزير السوري طهران أمس. وأرسل المبعوث الروسي وفدا إلى العاصمة الإيرانية. وأجرى محادثات مع نظيره."
    assert news_place(text, "محادثات") is None


def test_fronted_town_is_the_town_shelled() -> None:
    text = "في تعز، قال سكان إن الطائرات شنت أمس أعنف قصف على المدينة منذ أسابيع."
    assert news_place(text, "قصف") == "تعز"


def test_town_of_the_sentence_before_is_the_town_shelled() -> None:
    text = "ودخلت القوات مدينة تعز أمس. وشنت الطائرات أعنف قصف على المدينة منذ أسابيع."
    assert news_place(text, "قصف") == "تعز"


def test_two_towns_before_give_no_place() -> None:
    # counter-case: two towns named before, «المدينة» may be either
    text = "ودخلت القوات مدينة تعز ومدينة عدن أمس. وشنت الطائرات أعنف قصف على المدينة منذ أسابيع."
    assert news_place(text, "قصف") is None


def test_condemnation_of_a_crime_is_not_where_the_crime_was() -> None:
    text = ("وجدد المجلس إدانة المملكة واستنكارها للجريمة البشعة التي نفذها مستوطنون في قرية دوما بمدينة نابلس "
            "وأدت إلى حرق طفل.")
    assert news_place(text, "إدانة") is None


def test_place_in_a_relative_on_the_act_itself_is_kept() -> None:
    # counter-case: the relative is on the attacks themselves, so its place is where they were
    text = "وأدان الوزير الهجمات التي وقعت في مدينة سوسة أمس."
    assert news_place(text, "الهجمات") == "سوسة"


def test_meeting_during_a_visit_is_where_the_visit_goes() -> None:
    text = "وقالت الخارجية إن الوزير سيعقد اجتماعا ثلاثيا مع نظيريه خلال زيارة عمل لقطر يومي الثاني والثالث من الشهر."
    assert news_place(text, "اجتماعا") == "قطر"


def test_meeting_during_another_meeting_takes_no_place_from_it() -> None:
    # counter-case: a meeting told during another meeting is not given that meeting's place by this rule
    text = "وعقد الوزير اجتماعا مع نظيره خلال محادثات جنيف."
    assert news_place(text, "اجتماعا") is None


def test_fighting_at_the_entrance_of_a_province_is_there() -> None:
    text = "وتتواصل المواجهات بين القبائل والميليشيات على مدخل محافظة مأرب للشهر الرابع."
    assert news_place(text, "المواجهات") == "مأرب"


def test_edge_of_a_region_that_is_no_named_place_gives_none() -> None:
    # counter-case: the edge of a strip named by no place entity, and a town named in another sentence
    text = "ودخلت القوات مدينة جبلة أمس. وتدور المواجهات الآن على أطراف الشريط الساحلي."
    assert news_place(text, "المواجهات") is None


def test_meeting_joined_to_a_visit_is_where_the_visit_went() -> None:
    text = "واستمع المجلس إلى نتائج زيارة ولي العهد لمصر واجتماعه مع الرئيس."
    assert news_place(text, "واجتماعه") == "مصر"


def test_another_partys_talks_after_a_visit_take_no_place() -> None:
    # counter-case: talks of someone else (no pronoun for the visitor) are not placed by the visit
    text = "واستمع المجلس إلى نتائج زيارة ولي العهد لمصر ومحادثات الوزير مع نظيره الأردني."
    assert news_place(text, "ومحادثات") is None
