"""Round en875: a rebel movement's name of words joined by «و» («حركة العدل والمساواة المتمردة») is one body the
rebel adjective codes REB, not a name cut at its first «و»; two titles joined by «و» before a name («السيناتور
الديمقراطي ورئيس لجنة ... في مجلس النواب، فلان») are both the person's roles, with the first title's country."""

from __future__ import annotations

from conftest import analyze_news, names_of_type
from conftest import entity_named as _named


def test_a_rebel_movement_named_with_waw_is_one_body() -> None:
    doc = analyze_news("هاجمت حركة العدل والمساواة المتمردة أمس بلدة في إقليم دارفور غربي السودان.")
    e = _named(doc, "حركة العدل والمساواة")
    assert (e.type, e.country, e.actor) == ("ORGANIZATION", "SDN", "SDNREB")
    assert "حركة العدل" not in names_of_type(doc, "ORGANIZATION")


def test_two_waw_words_and_the_anaphor_join_the_movement() -> None:
    doc = analyze_news("أعلنت جبهة الخلاص والتحرير والبناء المتمردة في شمال تشاد أنها أسرت جنودا. "
                       "وقال متحدث باسم الجبهة إن الأسرى بخير.")
    e = _named(doc, "جبهة الخلاص والتحرير والبناء")
    assert (e.country, e.actor) == ("TCD", "TCDREB")
    assert [doc.text[m.start : m.end] for m in e.mentions] == ["جبهة الخلاص والتحرير والبناء", "الجبهة"]


def test_the_full_name_again_without_the_adjective_is_the_same_body() -> None:
    doc = analyze_news("وقالت حركة العدل والمساواة المتمردة في دارفور إنها صدت الهجوم. "
                       "وتطالب حركة العدل والمساواة منذ سنوات بتقاسم السلطة.")
    e = _named(doc, "حركة العدل والمساواة")
    assert e.actor == "SDNREB"
    assert len(e.mentions) == 2


def test_a_ministry_of_justice_and_a_plain_conjunct_stay_as_they_were() -> None:
    doc = analyze_news("وقالت وزارة العدل والحريات إن المحكمة ستنظر في القضية الأسبوع المقبل في الخرطوم.")
    assert "وزارة العدل والحريات" not in names_of_type(doc, "ORGANIZATION")
    doc = analyze_news("وقالت حركة العدل والمساواة في بيان أمس إنها ترحب بالمبادرة.")
    assert "حركة العدل والمساواة" not in names_of_type(doc, "ORGANIZATION")


def test_a_senator_who_chairs_a_committee_has_both_roles() -> None:
    doc = analyze_news("وقال السيناتور الجمهوري ورئيس لجنة القوات المسلحة في مجلس الشيوخ، ريتشارد بيرنز، "
                       "إن الاتفاق مع طهران يحمل مخاطر كبيرة.")
    e = _named(doc, "ريتشارد بيرنز")
    assert e.roles == ["السيناتور الجمهوري", "رئيس لجنة القوات المسلحة في مجلس الشيوخ"]
    assert (e.country, e.actor) == ("USA", "USALEG")


def test_two_titles_without_a_comma_before_the_name() -> None:
    doc = analyze_news("وأكد السيناتور الديمقراطي ورئيس لجنة الاستخبارات في مجلس الشيوخ ديان فاينستاين "
                       "أن التحقيق سيستمر.")
    e = _named(doc, "ديان فاينستاين")
    assert e.roles == ["السيناتور الديمقراطي", "رئيس لجنة الاستخبارات في مجلس الشيوخ"]
    assert (e.country, e.actor) == ("USA", "USALEG")


def test_a_title_with_its_committee_then_a_comma_and_a_name() -> None:
    doc = analyze_news("وقال رئيس لجنة الأمن القومي في البرلمان، علاء الدين بروجردي، إن طهران لن تتراجع.")
    e = _named(doc, "علاء الدين بروجردي")
    assert e.roles == ["رئيس لجنة الأمن القومي في البرلمان"]


def test_a_name_after_a_place_phrase_takes_no_title() -> None:
    doc = analyze_news("وصل رئيس الوزراء إلى البرلمان، وكان أحمد سالم في استقباله عند المدخل.")
    assert _named(doc, "أحمد سالم").roles == []


def test_an_adjective_left_out_of_the_second_title_stands_before_the_name() -> None:
    doc = analyze_news("وتمثل عودة نائب الرئيس الليبي ورئيس وزراء الحكومة المؤقتة عبد الله الثني إلى البيضاء "
                       "رسالة قوية.")
    e = _named(doc, "عبد الله الثني")
    assert e.roles == ["نائب الرئيس الليبي", "رئيس وزراء الحكومة المؤقتة"]
    assert e.country == "LBY"
