"""Round en946: bodies named bare or in part — «حكومة الإنقاذ» and «حكومة الغويل» in an article on Libya (Libya's
Tripoli government, LBYGOV; `rasd.entities.partialbodies`), bare officials in an article about one country
(`rasd.events.home_groups`), the royal courts of the kingdoms, and universities named by a town the article places
(`rasd.entities.townuniversities`)."""

from __future__ import annotations

from conftest import analyze_news, entity_named


def _group(doc, name: str):  # type: ignore[no-untyped-def]
    return next(e for e in doc.entities if e.type == "GROUP" and e.name == name)


def test_salvation_government_named_in_part_in_a_libyan_article() -> None:
    doc = analyze_news(
        "طرابلس - اتهمت حكومة الإنقاذ البرلمان الليبي المنعقد في طبرق بعرقلة الحوار. وقالت حكومة الإنقاذ في بيان "
        "إنها لن تشارك في جولة الحوار المقبلة في جنيف. وتعاني ليبيا من انقسام سياسي منذ العام الماضي.")
    body = entity_named(doc, "حكومة الإنقاذ")
    assert (body.type, body.actor, body.country) == ("ORGANIZATION", "LBYGOV", "LBY")
    assert len(body.mentions) == 2


def test_part_and_ghwell_join_the_whole_salvation_government() -> None:
    doc = analyze_news(
        "طرابلس - قال خليفة الغويل رئيس حكومة الإنقاذ الوطني في طرابلس إن حكومته ستدفع الرواتب. وطالبت حكومة "
        "الغويل المصرف المركزي بصرف المرتبات. ورفضت حكومة الإنقاذ غير المعترف بها دوليا نتائج الحوار الليبي.")
    body = entity_named(doc, "حكومة الإنقاذ الوطني")
    assert (body.actor, body.country) == ("LBYGOV", "LBY")
    said = {doc.text[m.start : m.end] for m in body.mentions}
    assert {"حكومة الإنقاذ الوطني", "حكومة الغويل", "حكومة الإنقاذ"} <= said
    assert not [e for e in doc.entities if e.type == "ORGANIZATION" and e.name == "حكومة الإنقاذ"]


def test_salvation_government_of_sudan_is_not_libyas() -> None:
    doc = analyze_news(
        "الخرطوم - قالت حكومة الإنقاذ في الخرطوم إنها ستواصل الحوار الوطني مع المعارضة السودانية. وأكد الرئيس "
        "السوداني عمر البشير دعمه للحوار في السودان.")
    body = entity_named(doc, "حكومة الإنقاذ")
    assert body.country != "LBY" and body.actor != "LBYGOV"


def test_bare_officials_in_an_article_on_egypt() -> None:
    doc = analyze_news(
        "القاهرة - أكد المسؤولون أن الانتخابات البرلمانية في مصر ستجري قبل نهاية العام. وقالت اللجنة العليا "
        "للانتخابات في القاهرة إن الاستعدادات بدأت. وأعلنت الحكومة المصرية دعمها الكامل للجنة.")
    officials = _group(doc, "المسؤولون")
    assert (officials.actor, officials.country) == ("EGYGOV", "EGY")


def test_military_officials_in_an_article_on_libya() -> None:
    doc = analyze_news(
        "طرابلس - قال مسؤولون عسكريون إن خمسة جنود ليبيين قتلوا في هجوم على نقطة تفتيش قرب سرت. وأكد الجيش "
        "الليبي أنه سيرد على الهجوم. وقالت الحكومة الليبية إن الوضع في سرت خطير.")
    officials = _group(doc, "مسؤولون عسكريون")
    assert (officials.actor, officials.country) == ("LBYMIL", "LBY")


def test_officials_of_two_countries_stay_open() -> None:
    doc = analyze_news(
        "الكويت - تبادل كبار المسؤولين في الكويت والعراق الزيارات خلال الأعوام الماضية. وزار أمير الكويت بغداد "
        "عام 2012. وتحسنت العلاقات بين الكويت والعراق منذ ذلك الحين، وقال المسؤولون إن الملفات العالقة ستحل.")
    groups = [e for e in doc.entities if e.type == "GROUP" and "مسؤول" in e.name]
    assert groups and all(e.country is None for e in groups if e.name in ("المسؤولين", "المسؤولون"))


def test_royal_courts_of_the_kingdoms() -> None:
    morocco = analyze_news(
        "طنجة - وصل الملك سلمان بن عبد العزيز إلى مدينة طنجة المغربية في إجازة خاصة. وأعلن الديوان الملكي المغربي "
        "أن الملك محمد السادس استقبل ضيفه. وقال الديوان الملكي السعودي إن الملك سلمان سيقضي إجازته في المغرب.")
    assert entity_named(morocco, "الديوان الملكي").actor == "MARGOV"
    assert entity_named(morocco, "الديوان الملكي السعودي").actor == "SAUGOV"
    jordan = analyze_news(
        "عمان - قال الديوان الملكي في بيان إن الملك عبد الله الثاني سيزور واشنطن الأسبوع المقبل. وأكد الأردن "
        "متانة علاقاته مع الولايات المتحدة.")
    assert entity_named(jordan, "الديوان الملكي").actor == "JORGOV"


def test_university_of_an_unlisted_town_in_brackets() -> None:
    doc = analyze_news("واشنطن - اتهم شرطي في جامعة سنسيناتي (ولاية أوهايو) بقتل رجل أعزل خلال توقيف مروري.")
    uni = entity_named(doc, "جامعة سنسيناتي")
    assert (uni.actor, uni.country) == ("USAEDU", "USA")


def test_university_of_a_town_the_article_places() -> None:
    doc = analyze_news(
        "برلين - تظاهر مئات الطلاب في مدينة ماربورغ الألمانية احتجاجا على رفع الرسوم الدراسية. وقال رئيس جامعة "
        "ماربورغ إن الإدارة ستدرس مطالب الطلاب.")
    uni = entity_named(doc, "جامعة ماربورغ")
    assert (uni.actor, uni.country) == ("DEUEDU", "DEU")


def test_university_of_an_unplaced_town_stays_open() -> None:
    doc = analyze_news("برلين - قال أستاذ في جامعة ماربورغ إن الدراسة أظهرت تراجع أعداد الطلاب الأجانب في ألمانيا.")
    uni = entity_named(doc, "جامعة ماربورغ")
    assert (uni.actor, uni.country) == ("EDU", None)
    named = analyze_news("طهران - قالت الأستاذة في جامعة تربيت مدرس فاطمة صادقي إن أوضاع المرأة في إيران صعبة.")
    assert entity_named(named, "جامعة تربيت مدرس").country is None
