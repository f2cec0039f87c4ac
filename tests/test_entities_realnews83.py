"""Entities, round 83. Villages in «و» lists after a plural noun of settlements, definite names too and after
«مدن»، «أحياء»، «مناطق» («قرى الصرافنة وتلدحيم وكفرسنان»), each in the country of the places its sentence names,
the later items as the first (:func:`.homeland.listed_after_head`); a common noun is no village («قرى المحافظة
ومدنها», «أحياء الملعب والإسكان»). Well-known people the actor lexicon lacked (persons_extra.tsv: «شينزو آبي»,
«جيريمي كوربين», «موسى الصدر») with their dated roles. A state's body named without its country in an article
that names one country only (:func:`.homeland.sole_country_bodies`)."""

from __future__ import annotations

from rasd.entities.homeland import listed_after_head

from conftest import analyze_news, entity_named


def _places(doc) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {e.name: e.country for e in doc.entities if e.type == "LOCATION"}


def test_definite_village_list_after_qura() -> None:
    doc = analyze_news("وقصفت الطائرات قرى الصرافنة وتلدحيم وكفرسنان في ريف حمص الشمالي أمس.")
    places = _places(doc)
    assert places.get("الصرافنة") == "SYR"
    assert places.get("تلدحيم") == "SYR"
    assert places.get("كفرسنان") == "SYR"


def test_list_after_manatiq() -> None:
    doc = analyze_news("وتقدمت القوات في مناطق المشاريف ودحيلان بمحافظة الأنبار غربي العراق.")
    places = _places(doc)
    assert places.get("المشاريف") == "IRQ"
    assert places.get("دحيلان") == "IRQ"


def test_common_nouns_are_no_villages() -> None:
    doc = analyze_news("وانتشر المسلحون في قرى المحافظة ومدنها، وفي أحياء الملعب والإسكان وسط المدينة.")
    names = {e.name for e in doc.entities}
    assert "المحافظة" not in names
    assert "الملعب" not in names
    assert "الإسكان" not in names


def test_one_name_is_no_list() -> None:
    doc = analyze_news("وسيطر المقاتلون على قرى المشاريف بعد معارك عنيفة.")
    assert "المشاريف" not in {e.name for e in doc.entities}


def test_later_item_of_a_dual_takes_the_sentence_country() -> None:
    doc = analyze_news("ودارت اشتباكات عنيفة في قريتي دحيلان وباشنكو بريف حلب الشمالي.")
    places = _places(doc)
    assert places.get("دحيلان") == "SYR"
    assert places.get("باشنكو") == "SYR"


def test_listed_after_head() -> None:
    text = "وبلدات طعوم وسرمين وتفتناز بريف إدلب"
    assert listed_after_head(text, text.index("سرمين"))
    assert listed_after_head(text, text.index("تفتناز"))
    single = "في مدينة عدن ولحج"  # a singular head: «لحج» is no town of «مدينة»
    assert not listed_after_head(single, single.index("لحج"))
    comma = "في قرى طعوم، وسرمين"
    assert not listed_after_head(comma, comma.index("سرمين"))


def test_prime_minister_of_japan_from_the_lexicon() -> None:
    doc = analyze_news("وقال شينزو آبي إن بلاده لن تغير سياستها الدفاعية.")
    abe = entity_named(doc, "شينزو آبي")
    assert abe.country == "JPN"
    assert abe.actor == "JPNGOV"


def test_dated_role_before_it_began() -> None:
    # Corbyn led the opposition from September 2015: in August 2015 a member of parliament
    doc = analyze_news("وانتقد جيريمي كوربين سياسة الحكومة تجاه اللاجئين.")
    corbyn = entity_named(doc, "جيريمي كوربين")
    assert corbyn.country == "GBR"
    assert corbyn.actor == "GBRLEG"


def test_cleric_of_lebanon() -> None:
    doc = analyze_news("وتحدث الكاتب عن اختفاء الإمام موسى الصدر في ليبيا.")
    assert entity_named(doc, "موسى الصدر").country == "LBN"


def test_ministry_of_the_one_country_named() -> None:
    doc = analyze_news("يجري المغرب غدا انتخابات الغرف المهنية. وقال حزب الاستقلال إنه قدم مرشحيه، "
                       "فيما أعلنت وزارة الداخلية أن عدد المرشحين بلغ ستة آلاف. وشارك مجلس المستشارين المغربي "
                       "في الإعداد.")
    ministry = entity_named(doc, "وزارة الداخلية")
    assert ministry.country == "MAR"
    assert ministry.actor == "MARGOV"


def test_ministry_in_an_article_of_two_countries() -> None:
    doc = analyze_news("يجري المغرب غدا انتخابات الغرف المهنية. وقال حزب الاستقلال إنه قدم مرشحيه، "
                       "فيما أعلنت وزارة الداخلية أن عدد المرشحين بلغ ستة آلاف. وزار وفد من الجزائر الرباط "
                       "أمس.")
    assert entity_named(doc, "وزارة الداخلية").country is None
