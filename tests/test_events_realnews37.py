"""Round 37 of real news: an economic embargo on a state is a sanction, not a siege («الحصار المفروض على كوبا»);
troops or a route that reach a place make no visit; a banned strike and «مظاهره» (its manifestations) are no
protest; a court's second conviction with no subject stays a conviction; talks of any or all kinds with no one
named are no event; an explosion after a figurative one, an awaited one and a defused bomb are none."""

from __future__ import annotations

from conftest import news_codes as _codes, news_has_code as _has, news_triggers as _triggers


def test_an_embargo_on_a_state_is_a_sanction_not_a_siege() -> None:
    assert _has("وتشدد الإدارة الحصار التجاري على إيران منذ سنوات.", "الحصار", "163")
    # round 84: an embargo lifted is eased (085), no embargo imposed; one a call asks to lift, the call's content
    assert _has("وأنهت الولايات المتحدة الحصار المفروض على كوبا.", "وأنهت", "085")
    assert _codes("ودعت المرشحة إلى إنهاء الحصار الأميركي المفروض على كوبا.") == [("ودعت", "020")]
    assert _codes("وطالب المتحدثون برفع الحصار الاقتصادي عن البلاد.") == [("وطالب", "100")]
    # a siege of a town, a camp or a district still is one
    assert _has("وفرضت القوات حصارا على مدينة الفلوجة منذ أيام.", "حصارا", "191")
    assert _has("وفرضت الحكومة حصارا خانقا على المخيم.", "حصارا", "191")
    # (round 84: a siege lifted from a town eases a military blockade, 0872)
    assert _has("وتم رفع الحصار الجائر عن قطاع غزة.", "رفع الحصار", "0872")


def test_troops_or_a_route_that_reach_a_place_make_no_visit() -> None:
    assert "الوصول إلى" not in _triggers("وتقضي الخطة بتحرير المحافظة ومن ثم الوصول إلى مأرب.")
    assert "الوصول إلى" not in _triggers("وتمكنت القوات من الوصول إلى العاصمة بعد معارك عنيفة.")
    assert "وصولا إلى" not in _triggers("وتقدمت القوات من منبج وصولا إلى أعزاز.")
    # a minister's arrival, a delegation that arrives, still is a visit
    assert _has("وقال الوزير عقب وصوله إلى عدن إن الحكومة ستعود.", "وصوله إلى", "042")
    assert any(code == "042" for _, code in _codes("ووصل وفد الحكومة إلى الكويت أمس."))


def test_a_banned_strike_and_manifestations_are_no_protest() -> None:
    assert "الإضرابات" not in _triggers("ويتيح القانون للسلطات حظر الإضرابات والتجمعات.")
    assert "المظاهرات" not in _triggers("وقررت الحكومة منع المظاهرات في العاصمة.")
    assert "ومظاهره" not in _triggers("وأدانوا الإرهاب بكل أشكاله ومظاهره في المنطقة.")
    # a strike or a demonstration held still is one
    assert _has("ونفذ العمال إضرابا عن العمل أمس.", "إضرابا", "143")
    assert _has("وخرجت مظاهرة حاشدة في وسط العاصمة أمس.", "مظاهرة", "141")


def test_a_courts_second_conviction_with_no_subject_is_legal_action() -> None:
    codes = _codes("وأدانت المحكمة الجنائية رجلا بالسرقة. كما أدانت شخصا آخر بالاحتيال.")
    assert ("أدانت", "173") in codes
    # after a government's condemnation, a second «أدانت» still is words
    codes = _codes("وأدانت الحكومة الهجوم على المسجد. كما أدانت تفجير الكنيسة.")
    assert ("أدانت", "111") in codes


def test_talks_of_any_or_all_kinds_with_no_one_named_are_no_event() -> None:
    assert "المفاوضات" not in _triggers("وقال إن في كل المفاوضات التي شارك فيها كانت المياه قضية صعبة.")
    assert "مفاوضات" not in _triggers("وقال إن أي مفاوضات يجب أن تشمل جميع الأطراف.")
    assert "الاجتماعات" not in _triggers("وقال الرئيس إن جميع الاجتماعات التي تعقدها اللجنة سرية.")
    # talks that began still are an event
    assert _has("وبدأت المفاوضات بين الحكومة والمعارضة في جنيف أمس.", "المفاوضات", "046")


def test_explosions_after_a_figurative_one_awaited_or_defused_are_none() -> None:
    assert "انفجارات" not in _triggers("وقال إن البلاد تدفع ثمن انفجار ظاهرة العنف وستشهد انفجارات هائلة في المنطقة.")
    assert "انفجارات" not in _triggers("وقال المحلل إن الدولة بانتظار انفجارات مرعبة كثيرة.")
    assert "ناسفة" not in _triggers("وتمكنت القوات من تفكيك 21 عبوة ناسفة في المدينة أمس.")
    # a second explosion after a bomb still is one; a bomb that blew up still is one
    assert "انفجارات" in _triggers("وقتل خمسة أشخاص في انفجار سيارة مفخخة وسمعت انفجارات أخرى في المدينة.")
    assert "انفجار" in _triggers("وقتل جندي في انفجار عبوة ناسفة في المدينة أمس.")


def test_an_arrival_after_a_military_advance_is_no_visit() -> None:
    # (the brigadier named in the relative clause is read as the arriver)
    text = "ويقوم المحور الثاني الذي يقوده العميد عبد الله الصبيحي بالزحف نحو شبوة وتعز بعد تحريرهما ومن ثم الوصول إلى مأرب."
    assert "الوصول إلى" not in _triggers(text)
    # a named minister's arrival after talks still is one
    assert _has("وقال الوزير عقب وصوله إلى عدن إن تحرير المدينة قريب.", "وصوله إلى", "042")


def test_control_over_people_or_institutes_is_no_seizure() -> None:
    assert not _has("وقال إن إيران لا تسيطر على كل الشيعة في العراق.", "تسيطر", "192")
    assert not _has("وقال إنها تريد غلق المعاهد بغرض السيطرة فقط على معاهدنا.", "السيطرة", "192")
    assert _has("وسيطر المسلحون على كل المدينة أمس.", "وسيطر", "192")


def test_a_siege_by_a_crisis_and_a_shared_view_are_no_event() -> None:
    assert not _has("وكانت الأزمة المالية التي حاصرت المدينة في ذلك العام خطيرة.", "حاصرت", "191")
    assert _has("وحاصرت القوات المدينة أمس.", "وحاصرت", "191")
    assert not _has("وهذا ما اتفق معظم المراقبين عليه بشأن الاتفاق النووي.", "اتفق", "030")
    assert _has("واتفق الطرفان على وقف إطلاق النار أمس.", "واتفق", "030")


def test_talks_needed_are_no_event() -> None:
    assert "لمحادثات" not in _triggers("وقال الوزير إن تسوية الحرب تحتاج لمحادثات تشمل جميع الأطراف.")
    assert "مفاوضات" not in _triggers("وقال إن البلاد بحاجة إلى مفاوضات جادة مع الجيران.")
    assert "محادثات" in _triggers("وعقد الوزير محادثات مع نظيره في الرياض أمس.")


def test_the_bodies_of_the_dead_tell_no_killing() -> None:
    assert "قتلاها" not in _triggers("وفرت القوة المهاجمة تاركة خلفها جثث قتلاها وأسلحتها.")
    assert "القتلى" not in _triggers("وتمكنت فرق الإنقاذ من انتشال جثث القتلى من تحت الأنقاض.")
    assert _has("وقتل المسلحون عشرة جنود في الهجوم أمس.", "وقتل", "190")
