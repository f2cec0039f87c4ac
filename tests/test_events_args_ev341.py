"""Round ev341: event arguments. A bare indefinite act or noun of kind after an indefinite noun act names its kind,
no doer («زيارة عمل»); a definite broken plural of people and a definite feminine noun after it are two phrases
(«وطالب النواب | الحكومة»); a feminine verb after «لكنها» is done by the one feminine actor the clause before
names; a travel noun takes the phrase of people right after it as who travels («عن مغادرة طبيبين
سعوديين إلى اليمن»)."""

from conftest import news_arg, news_place


def test_kind_genitive_is_no_doer_of_the_visit() -> None:
    text = "ويبدأ وزير الخارجية البريطاني غدا زيارة عمل للكويت تستمر يومين."
    assert news_arg(text, "زيارة") != "عمل"
    assert news_arg(text, "زيارة", "target") == "الكويت"
    text = "وقال المتحدث إن الوزير سيعقد اجتماعا مع نظيره خلال زيارة عمل لقطر يوم الاثنين."
    assert news_arg(text, "زيارة") != "عمل"
    assert news_place(text, "اجتماعا") == "قطر"


def test_counter_people_noun_after_the_visit_is_its_doer() -> None:
    # «وفد» is a noun of people: the visit's doer, not its kind
    text = "وبدأت أمس زيارة وفد برلماني إلى القاهرة تستمر ثلاثة أيام."
    assert news_arg(text, "زيارة") == "وفد برلماني"


def test_people_plural_and_the_body_after_it_are_two_phrases() -> None:
    text = "وطالب النواب الحكومة بتقديم استقالتها فورا."
    assert news_arg(text, "وطالب") == "النواب"
    assert news_arg(text, "وطالب", "target") == "الحكومة"
    text = "وانتقد الوزراء الحكومة السابقة بشدة في اجتماعهم."
    assert news_arg(text, "وانتقد", "target") == "الحكومة السابقة"


def test_counter_nisba_after_the_people_plural_is_its_adjective() -> None:
    # «الأوروبية» (a nisba in «ـية») agrees with «القادة»: one phrase, no target split off
    text = "وطالب القادة الأوروبية بوقف القتال."
    assert news_arg(text, "وطالب") == "القادة الأوروبية"
    assert news_arg(text, "وطالب", "target") != "الأوروبية"


def test_verb_after_lakinnaha_takes_the_feminine_actor_named_before() -> None:
    text = "وكانت الحكومة السورية قد أعلنت وقف إطلاق النار، لكنها قصفت بلدة الزبداني أمس."
    assert news_arg(text, "قصفت") == "الحكومة السورية"


def test_counter_lakinnaha_after_two_feminine_actors_is_left_alone() -> None:
    # two feminine bodies named in the clause before: the pronoun may stand for either
    text = "وكانت الحكومة السورية قد اتفقت مع المعارضة السورية على هدنة، لكنها قصفت بلدة الزبداني أمس."
    assert news_arg(text, "قصفت") not in ("الحكومة السورية", "المعارضة السورية")
    # a masculine actor only: «لكنها» stands for no one named there
    text = "وزار الوزير العراق الشهر الماضي، لكنها قصفت بلدة الزبداني أمس."
    assert news_arg(text, "قصفت") == ""


def test_travel_noun_takes_the_people_after_it_as_traveller() -> None:
    text = "وكشف الدكتور خالد العمري، الأمين العام للجمعية الخيرية، عن مغادرة طبيبين سعوديين إلى اليمن."
    assert news_arg(text, "مغادرة") == "طبيبين سعوديين"
    assert news_arg(text, "مغادرة", "target") == "اليمن"
    text = "وأعلن رئيس الجمعية عن مغادرة ممرضين أردنيين متطوعين إلى غزة الأسبوع المقبل."
    assert news_arg(text, "مغادرة") == "ممرضين أردنيين متطوعين"


def test_counter_thing_after_the_travel_noun_is_no_traveller() -> None:
    # a ship is no phrase of people: the rule leaves it
    text = "وأكد المتحدث مغادرة السفينة إلى ميناء عدن."
    assert news_arg(text, "مغادرة") != "السفينة"
