"""Round 124 of real news: places told for an act in the words around it. A facility attacked with its place
attached by «بـ» or on a shore; the place of a local source for the act of force it tells; a base «بداخلها», inside
the place named before; talks «التي كانت مقررة ... في مدينة X»; a sentence opened by «إذ» that explains the one
before. Counter-cases keep each rule narrow: a null is better than a wrong place. Hand-made sentences."""

from __future__ import annotations

from conftest import news_place


def test_a_facility_with_its_place_attached() -> None:
    text = "وعزى الأمير أسر الجنود الذين قتلوا في تفجير مسجد كتيبة الحرس الخاصة بنجران ."
    assert news_place(text, "تفجير") == "نجران"
    # the «بـ» phrase after an object that is no facility: no place
    text = "وعزى الأمير أسر الجنود الذين قتلوا في تفجير سيارة الضابط بعبوة ناسفة ."
    assert news_place(text, "تفجير") is None


def test_a_facility_on_a_shore() -> None:
    text = "وأكد المحققون أن المتهم شارك في إحراق كنيسة قديمة على بحيرة طبريا قبل عام."
    assert news_place(text, "إحراق") == "طبريا"
    # «على» a thing, not a shore: no place
    text = "وأكد المحققون أن المتهم شارك في إحراق كنيسة قديمة على يد متطرفين قبل عام."
    assert news_place(text, "إحراق") is None


def test_the_place_of_a_local_source() -> None:
    # (the entity layer reads «بمأرب» as the place where the article names it bare)
    text = ("وتدور معارك عنيفة في مأرب منذ أيام. وقال مصدر في المقاومة بمأرب إن مقاتليها قصفوا تجمعات "
            "للمتمردين قرب السوق المركزي.")
    assert news_place(text, "قصفوا") == "مأرب"
    # a country named in what was said: the source's place is not the act's
    text = "وقال مصدر في الحكومة بالرياض إن طائرات التحالف قصفت تجمعات للمتمردين داخل اليمن."
    assert news_place(text, "قصفت") != "الرياض"


def test_talks_scheduled_in_a_town() -> None:
    text = ("وأرجأت الحركة المفاوضات مع الحكومة التي كانت مقررة الأحد الماضي، في مدينة كويتا قرب الحدود، "
            "من دون تحديد موعد.")
    assert news_place(text, "المفاوضات") == "كويتا"
    # a relative on another noun: no place
    text = "وأرجأت الحركة المفاوضات بشأن الخطة التي كانت مقررة الأحد الماضي، في مدينة كويتا."
    assert news_place(text, "المفاوضات") is None


def test_a_base_inside_the_place_named_before() -> None:
    text = "وقالت المصادر إن القوات دخلت محيط مدينة زنجبار، وسيطرت على المعسكر الرئيسي بداخلها أمس."
    assert news_place(text, "وسيطرت") == "زنجبار"


def test_a_sentence_opened_by_idh() -> None:
    text = "وارتفعت الشعارات في مدينة الناصرية جنوب العراق. إذ تظاهر أمس الآلاف أمام مبنى المحافظة."
    assert news_place(text, "تظاهر") == "الناصرية"
    # two places said with «في» before: which one is not told
    text = "وارتفعت الشعارات في مدينة الناصرية وفي مدينة البصرة. إذ تظاهر أمس الآلاف أمام مبنى المحافظة."
    assert news_place(text, "تظاهر") is None


def test_a_visit_to_a_place_past_the_visitors_titles() -> None:
    text = "وقال الوزير إن زيارة الأمير خالد بن سلطان ولي العهد وزير الدفاع مؤخرا لموسكو فتحت صفحة جديدة."
    assert news_place(text, "زيارة") == "موسكو"
    # a relative clause between: the place is of another verb
    text = "وقال الوزير إن زيارة الأمير خالد بن سلطان ولي العهد، التي سبقت الاتفاق مع موسكو، فتحت صفحة جديدة."
    assert news_place(text, "زيارة") is None


def test_inside_a_countrys_borders() -> None:
    text = ("وقصفت تركيا مواقع الحزب. وقالت القوات الكردية إنها ليست طرفا في الاشتباكات داخل الحدود التركية بين "
            "الحزب والدولة.")
    assert news_place(text, "الاشتباكات") == "تركيا"
    # on the border: either side
    text = "وقصفت تركيا مواقع الحزب. وقالت القوات الكردية إن الاشتباكات على الحدود التركية مستمرة منذ أيام."
    assert news_place(text, "الاشتباكات") is None
