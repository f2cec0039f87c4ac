"""Trigger words in no event sense, round 31 of real news: «إعلان» as an advertisement; «ثمن» as a price, not
«ثمّن» (praised); a death by a flood, an accident or a disease, or a «killing» by a virus or a market, is no act of
force; a threat asked about in a question, made by an abstraction or to an abstraction is no threat; an act named
as a right («حق الدول في المطالبة») is none told."""

from __future__ import annotations

from conftest import news_has_code as _has


def test_an_advertisement_is_no_statement() -> None:
    assert not _has("ووضعت البلدية لافتة إعلان كبيرة قرب السوق.", "إعلان", "010")
    assert not _has("وعلق صاحب المحل إعلانا على مطعم في الحي.", "إعلانا", "010")
    assert not _has("وانتشر إعلان تجاري للشركة في الصحف.", "إعلان", "010")
    # an announcement still is one
    assert _has("ورحب الوزير بإعلان الحكومة عن خطة جديدة.", "بإعلان", "010")


def test_a_price_is_no_praise() -> None:
    assert not _has("ولم يعد المرضى قادرين على دفع ثمن الدواء.", "ثمن", "051")
    assert not _has("وقال إن الشعب دفع ثمن هذه الأخطاء.", "ثمن", "051")
    assert not _has("وأكد أن القوات ستستعيد المدينة بأي ثمن.", "ثمن", "051")
    assert not _has("وقال إن الحرب تجبي ثمنا باهظا من المدنيين.", "ثمنا", "051")
    # the verb, after «و» or «كما», still praises
    assert _has("وثمن الوزير جهود المملكة في دعم اليمن.", "وثمن", "051")
    assert _has("كما ثمن الوزير جهود المملكة في دعم اليمن.", "ثمن", "051")


def test_a_death_by_a_flood_an_accident_or_a_disease_is_no_act_of_force() -> None:
    assert not _has("ولقي عشرة أشخاص مصرعهم بسبب السيول في المنطقة.", "مصرعهم", "190")
    assert not _has("وتسببت الفيضانات في مقتل عشرين شخصا في الإقليم.", "مقتل", "190")
    assert not _has("ولقي ثلاثة أشخاص مصرعهم في حادث تصادم على الطريق السريع.", "مصرعهم", "190")
    # a death at someone's hands, or in an attack, still is one
    assert _has("ولقي ثلاثة جنود مصرعهم على يد المسلحين.", "مصرعهم", "190")
    assert _has("ولقي خمسة جنود مصرعهم في هجوم للمسلحين على الحاجز.", "مصرعهم", "190")
    assert _has("وقتل المسلحون ثلاثة من رجال الشرطة.", "وقتل", "190")


def test_a_virus_or_a_market_kills_nobody_by_force() -> None:
    assert not _has("وقال الطبيب إن الفيروس يستطيع قتل الخلايا السليمة.", "قتل", "190")
    assert not _has("وقال المحلل إن السوق يقتل الشركات الصغيرة.", "يقتل", "190")


def test_an_abstract_or_asked_about_threat_is_no_threat() -> None:
    assert not _has("فكيف تهدد الجماعات المتطرفة البقية؟", "تهدد", "130")
    assert not _has("وقال إن النفايات تهدد مطار المدينة.", "تهدد", "130")
    assert not _has("وحذر من أن الإرهاب يهدد أمن المنطقة.", "يهدد", "130")
    assert not _has("وقال إن المخاطر التي تهدد الأمن كثيرة.", "تهدد", "130")
    # an actor that endangers still threatens
    assert _has("وقال إن المسلحين يهددون حياة المدنيين.", "يهددون", "130")
    # a threat made, with what it threatens with, still is one
    assert _has("وحشد الرئيس قواته على الحدود، ويهدد أمنها بخطابات متلفزة.", "ويهدد", "130")
    assert _has("وهدد التنظيم بقتل الرهائن.", "وهدد", "130")


def test_an_act_named_as_a_right_is_none_told() -> None:
    assert not _has("ولا تشمل الاتفاقية حق الدول في المطالبة باسترداد آثارها.", "المطالبة", "100")
    assert not _has("وينص القانون على حق التظاهر السلمي.", "التظاهر", "141")
    assert _has("وطالبت الدول باسترداد آثارها.", "وطالبت", "100")
