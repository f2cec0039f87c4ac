"""Round 56 of real news: what an ASSAULT is. Who holds a place told as a state («مناطق يسيطر عليها
المتمردون»), a control that seizes no place («سيطرتها الاقتصادية»), a plan or a law that «targets», a killing
threatened («هددوه بالقتل») and animals slaughtered are no assault; stones thrown at someone («تعرض للرشق
بالحجارة») and people slaughtered («ذبح التنظيم عشرة من الصيادين») are one."""

from __future__ import annotations

from conftest import news_codes as _codes


def _assaults(text: str) -> list[str]:
    return [t for t, c in _codes(text) if c.startswith(("18", "19", "20"))]


def test_who_holds_a_place_is_no_seizing() -> None:
    assert _assaults("وتوجد في الشمال مناطق يسيطر عليها المتمردون.") == []
    assert _assaults("وقال إن المناطق الأخرى تسيطر على معظمها كتائب إسلامية.") == []
    assert _assaults("والزبداني هي آخر مدينة تحكم قوات المعارضة فيها السيطرة على أجزاء من المدينة.") == []
    assert _assaults("وتفرض السلطات سيطرتها على دور العبادة في البلاد.") == []
    # an act of seizing told
    assert _assaults("وسيطر المسلحون على المدينة أمس.") != []
    assert _assaults("وفرضت القوات سيطرتها على المدينة أمس.") != []


def test_a_control_that_seizes_no_place_is_none() -> None:
    assert _assaults("ويشير ذلك إلى فقدان الدولة سيطرتها الاقتصادية على البلاد.") == []


def test_a_plan_or_a_law_that_targets_is_no_assault() -> None:
    assert _assaults("وأقرت الحكومة خطة جديدة تستهدف الأسر الفقيرة في الأرياف.") == []
    assert _assaults("وقال إن قانون الإرهاب الجديد يستهدف المعارضين.") == []
    assert _assaults("وأكد أن الحكومة تتجه إلى استراتيجية تستهدف خلق فرص عمل للشباب.") == []
    assert _assaults("واستهدفت طائرات التحالف مواقع المسلحين في المدينة أمس.") != []


def test_a_killing_threatened_is_no_killing() -> None:
    assert _assaults("وكان المتطرفون قد هددوه مباشرة بالقتل.") == []
    assert _assaults("وكان المتطرفون قد قتلوا الحارس أمس.") != []


def test_stones_thrown_at_someone_are_an_assault() -> None:
    assert _assaults("وأصيب شرطي بجروح في الوجه عند تعرضه للقذف بالحجارة قرب الحدود.") != []
    assert _assaults("ورشق مستوطنون سيارات فلسطينية بالحجارة أمس.") != []
    assert _assaults("ويرشق الكاتب خصومه بالكلمات.") == []


def test_people_slaughtered_are_killed_animals_are_not() -> None:
    assert _assaults("وذبح التنظيم أمس عشرة من الصيادين على ضفاف البحيرة.") != []
    assert _assaults("وجاء التدخل ردا على ذبح التنظيم 21 مصريا في درنة.") != []
    assert _assaults("ويستعد الحجاج لذبح الأضاحي في منى غدا.") == []


def test_a_siege_laid_now_stays_an_act() -> None:
    assert _assaults("ويفرض الجيش حصارا الآن على القاعدة.") != []


def test_a_killing_threatened_with_a_second_one_named() -> None:
    assert _assaults("وذلك بعد تهديد التنظيم بقتل وذبح أعضاء المجلس.") == []


def test_the_manner_of_a_killing_is_no_second_event() -> None:
    assert _assaults("وقتلت الجماعة قبل أيام ذبحًا عشرة من الصيادين.") == ["وقتلت"]
    assert _assaults("والطفل الذي قتل حرقا دفن أمس.") == ["قتل"]


def test_animals_named_before_their_slaughter() -> None:
    assert _assaults("وطلبت الحركة من السكان أبقارا لذبحها.") == []


def test_people_or_homes_set_on_fire_are_an_assault() -> None:
    assert _assaults("وأحرق مستوطنون منزلا فلسطينيا في القرية فجر أمس.") != []
    assert _assaults("والطفل الذي أحرقه المستوطنون توفي.") != []
    assert _assaults("وقال إن الحكومة تحرق المراحل.") == []
    assert _assaults("ويحرق المزارعون بقايا المحاصيل.") == []


def test_two_attacks_or_raids_in_the_dual() -> None:
    assert ("هجومين انتحاريين", "1831") in _codes("وشهدت العاصمة هجومين انتحاريين أمس.")
    assert ("غارتين", "195") in _codes("وشنت الطائرات غارتين على المدينة.")
    assert "انفجارين" in _assaults("وقتل ستة أشخاص في انفجارين وقعا في المدينة أمس.")


def test_an_attack_for_a_failing_is_words() -> None:
    codes = _codes("وشن ممثل المرجع الديني هجوما على الجهات المسؤولة بسبب التقصير في حل أزمة الكهرباء.")
    assert ("هجوما", "111") in codes
    assert _assaults("وشن مسلحون هجوما على مركز للشرطة أمس.") != []


def test_a_lost_control_and_a_toll_tell_no_new_attack() -> None:
    assert _assaults("وقال إن الدولة فقدت سيطرتها العسكرية على البلاد.") == []
    assert _assaults("وفي المدينة ارتفعت حصيلة التفجيرين وسط السوق مساء الخميس إلى 73 قتيلا.") == []
    assert "تفجير" in _assaults("وقتل 30 شخصا في تفجير انتحاري في السوق أمس.")
