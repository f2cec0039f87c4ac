"""Entities, round ents87: a country from the place or the body a name is said to be in, at or led by.

Places: «قرية X بمدينة Y» (a noun of a place's kind between «بـ» and the located place), «X شرق Y» (a compass word),
«X، في الداخل الليبي» (a country's adjective), «بحي X» (a district the lists give a homonym town of a country the
article names nothing else of: the town named before it in its sentence). Persons: «مجلس محافظة Y برئاسة X» (the head
of a province's body), «الدكتور X من جامعة Y» (a scholar of an academic body), «المقاومة ... وقائدها العميد X» (the
leader of a body named right before «وقائدها»).
"""

from __future__ import annotations

from conftest import analyze_news, entity_named


# ------------------------------------------------------------------------------------------------ places
def test_village_in_a_city_after_its_kind_noun() -> None:
    doc = analyze_news("أحرق مستوطنون منزلا في قرية كفر مالك بمدينة رام الله الفلسطينية أمس.")
    assert entity_named(doc, "كفر مالك").country == "PSE"


def test_village_then_another_word_than_a_place_kind_noun() -> None:
    doc = analyze_news("زار الوفد قرية كفر مالك بسيارة قبل أن يتوجه إلى مدينة حلب.")
    assert entity_named(doc, "كفر مالك").attrs.get("country_from") != "town_after"


def test_place_east_of_a_located_town() -> None:
    doc = analyze_news("قصفت الطائرات قرية المليحة شرق الزبداني أمس.")
    assert entity_named(doc, "المليحة").country == "SYR"


def test_place_east_of_a_road_has_no_country() -> None:
    doc = analyze_news("قصفت الطائرات قرية المليحة شرق الطريق الدولي أمس.")
    assert entity_named(doc, "المليحة").country is None


def test_place_in_the_interior_of_a_country_by_its_adjective() -> None:
    doc = analyze_news("تقع واحة الكفرة وجبل عبد الملك، في الداخل الليبي، قرب الحدود.")
    assert entity_named(doc, "جبل عبد الملك").country == "LBY"


def test_place_in_an_interior_of_no_country() -> None:
    doc = analyze_news("تقع واحة الكفرة وجبل عبد الملك، في الداخل الصحراوي، قرب الحدود.")
    assert entity_named(doc, "جبل عبد الملك").country is None


def test_district_named_as_a_foreign_homonym_takes_its_city_country() -> None:
    doc = analyze_news("نفذت اللجنة النسائية دورة في مكة المكرمة اليوم، وذلك في مركز الإشراف التربوي بحي العزيزية.")
    assert entity_named(doc, "العزيزية").country == "SAU"


def test_district_in_an_article_on_its_listed_country_keeps_it() -> None:
    doc = analyze_news("تقدمت القوات العراقية في الأنبار نحو حي العزيزية في الرطبة.")
    assert entity_named(doc, "العزيزية").country == "IRQ"


# ------------------------------------------------------------------------------------------------ persons
def test_head_of_a_province_council() -> None:
    doc = analyze_news("اجتمع رئيس الوزراء بمجلس محافظة الأنبار برئاسة سالم العيساوي أمس.")
    assert entity_named(doc, "سالم العيساوي").country == "IRQ"


def test_led_by_after_a_place_of_no_province_noun() -> None:
    doc = analyze_news("اجتمع رئيس الوزراء بمجلس الأنبار وفي الأنبار برئاسة سالم العيساوي أمس.")
    assert entity_named(doc, "سالم العيساوي").country is None


def test_scholar_from_a_university_of_known_country() -> None:
    doc = analyze_news("كرمت الجامعة الدكتور فهد ناصر الدوسري من جامعة القصيم لدوره في خدمة المجتمع.")
    assert entity_named(doc, "فهد ناصر الدوسري").country == "SAU"


def test_scholar_whose_university_stands_further_off() -> None:
    doc = analyze_news("قال الدكتور فهد ناصر الدوسري، الذي تخرج قبل سنوات في جامعة القصيم، إن البحث مهم.")
    assert entity_named(doc, "فهد ناصر الدوسري").country is None


def test_leader_named_by_its_pronoun_after_a_body() -> None:
    doc = analyze_news("شكر الأهالي المقاومة الجنوبية وقائدها العميد خالد العمري على جهودهم.")
    e = entity_named(doc, "خالد العمري")
    assert e.country == "YEM" and e.actor == "YEMREB"


def test_person_coordinated_with_a_body_is_not_its_leader() -> None:
    doc = analyze_news("شكر الأهالي المقاومة الجنوبية والعميد خالد العمري على جهودهم.")
    assert entity_named(doc, "خالد العمري").country is None


def test_head_of_a_group_branch_in_a_place() -> None:
    doc = analyze_news("قال قائد جبهة النصرة في اللاذقية عبد الله المحيسني في تصريح له إن المعارك مستمرة.")
    e = entity_named(doc, "عبد الله المحيسني")
    assert e.country == "SYR" and e.actor == "IMGMUSNUS"


def test_persons_met_by_a_group_in_a_place_are_not_its_heads() -> None:
    doc = analyze_news("التقى مقاتلو جبهة النصرة في اللاذقية عبد الله المحيسني أمس.")
    e = entity_named(doc, "عبد الله المحيسني")
    assert e.country is None and e.actor is None


# ------------------------------------------------------------------------------------------------ names
def test_oasis_names_a_place() -> None:
    doc = analyze_news("تقع واحة الجغبوب قرب الحدود الليبية المصرية.")
    assert entity_named(doc, "الجغبوب").type == "LOCATION"


def test_oasis_before_an_adjective_names_none() -> None:
    doc = analyze_news("أصبحت المدرسة واحة تعليمية متميزة في المدينة.")
    assert not [e for e in doc.entities if e.type == "LOCATION"]


def test_scholar_at_a_university_by_bi() -> None:
    doc = analyze_news("قال الأستاذ فهد ناصر الدوسري بجامعة القصيم إن البحث مهم.")
    assert entity_named(doc, "فهد ناصر الدوسري").country == "SAU"


def test_visitor_speaking_in_a_university_is_not_its_scholar() -> None:
    doc = analyze_news("ألقى المفكر نعوم تشومسكي في جامعة القاهرة محاضرة عن اللغة.")
    assert entity_named(doc, "نعوم تشومسكي").country != "EGY"


def test_given_name_and_an_unknown_surname_before_speech() -> None:
    doc = analyze_news("وصرح إبراهيم عزازبة بأن التلاميذ يواجهون مستقبلا مظلما.")
    assert entity_named(doc, "إبراهيم عزازبة").type == "PERSON"


def test_given_name_and_a_word_of_a_proclitic_letter() -> None:
    doc = analyze_news("وأوصى الملا عمر بأن يختار مجلس الشورى من يأتي بعده، وسمى منصور ليخلفه، بحسب المصادر.")
    assert not [e for e in doc.entities if e.name == "منصور ليخلفه"]


def test_quoted_foreign_name_after_an_airport_noun_is_a_place() -> None:
    doc = analyze_news("أحرز التنظيم تقدما بعد هجمات ضد مطار «تي فور» العسكري في ريف حمص.")
    assert entity_named(doc, "تي فور").type == "LOCATION"


def test_quoted_common_word_after_a_base_noun_is_no_place() -> None:
    doc = analyze_news("ويعتمد النظام على قاعدة «الشرعية» في الحكم.")
    assert not [e for e in doc.entities if e.type == "LOCATION"]


def test_quoted_unit_after_a_camp_noun_is_no_place() -> None:
    doc = analyze_news("هاجم المسلحون معسكر «لواء المجد» في المنطقة.")
    assert not [e for e in doc.entities if e.type == "LOCATION" and e.name == "لواء المجد"]


def test_on_the_basis_of_a_quoted_definite_word_is_no_place() -> None:
    doc = analyze_news("وعقدت المقارنة بين المدينتين، على قاعدة «التحصين» لقوات المعارضة.")
    assert not [e for e in doc.entities if e.type == "LOCATION"]


def test_quoted_definite_name_with_a_facility_adjective_is_a_place() -> None:
    doc = analyze_news("استعادت القوات قاعدة «العند» العسكرية.")
    assert entity_named(doc, "العند").type == "LOCATION"
