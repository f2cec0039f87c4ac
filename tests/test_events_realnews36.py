"""Trigger words that tell no event, round 36 of real news: deaths at sea or on the road with no attacker
(«لقوا مصرعهم في المتوسط»); a figurative explosion («انفجار ظاهرة البطالة», «انفجرت الأزمة»); a need, an aim or a
generic statement («ضرورة السيطرة», «يصعب السيطرة», «إن السيطرة على الأقاليم أمر مهم»); migrants or thousands who
arrive somewhere (no visit); an aim named far after «تستهدف»."""

from __future__ import annotations

from conftest import analyze_news, news_codes as _codes, news_has_code as _has


def test_deaths_at_sea_or_on_the_road_are_no_assault() -> None:
    assert not _has("وقالت المنظمة إن مئات المهاجرين لقوا مصرعهم في البحر المتوسط هذا العام.", "مصرعهم", "190")
    assert not _has("ولقي ثلاثة أشخاص مصرعهم وأصيب آخرون في حادث سير مروع.", "مصرعهم", "190")
    # a death by fire of a warship, or in an attack, still is an assault
    assert _has("ولقي ثلاثة جنود مصرعهم في البحر بنيران زورق حربي.", "مصرعهم", "190")
    assert _has("ولقي خمسة جنود مصرعهم في هجوم للمسلحين على الحاجز.", "مصرعهم", "190")


def test_a_figurative_explosion_is_no_bombing() -> None:
    assert not _has("وقال الكاتب إن المجتمع يدفع ثمن انفجار ظاهرة البطالة.", "انفجار", "183")
    assert not _has("وحذر المراقبون من انفجار الغضب الشعبي في البلاد.", "انفجار", "183")
    assert not _has("وانفجرت الأزمة بين البلدين بعد الانتخابات.", "وانفجرت", "183")
    # a bomb or a car that explodes still is one
    assert _has("وانفجرت عبوة ناسفة قرب دورية للجيش.", "وانفجرت", "183")
    # (round 72: a car bomb is CAMEO's vehicle bombing, 1832, under 183)
    assert _has("وقتل عشرة أشخاص في انفجار سيارة مفخخة في بغداد أمس.", "انفجار", "1832")


def test_a_need_an_aim_or_a_generic_statement_is_no_seizure() -> None:
    assert not _has("وقال الوزير إن السيطرة على الأقاليم أمر مهم.", "السيطرة", "192")
    assert not _has("وأكد الوزير على ضرورة السيطرة على الحدود.", "السيطرة", "192")
    assert not _has("وشدد المسؤول على أهمية اعتقال المطلوبين.", "اعتقال", "173")
    assert not _has("وقال القائد إنه يصعب السيطرة على المدينة.", "السيطرة", "192")
    # a seizure told still is one
    assert _has("وأكد المتحدث أن السيطرة على البلدة تمت أمس.", "السيطرة", "192")
    assert _has("وسيطر المسلحون على البلدة أمس.", "وسيطر", "192")
    # «مهم» after an indefinite noun is its adjective, no predicate of the masdar
    assert any(code == "042" for _, code in _codes("وقال الوزير إن الزيارة تأتي في وقت مهم تمر به المنطقة."))


def test_migrants_who_arrive_make_no_visit() -> None:
    assert not _has("وبحسب المفوضية فإن نحو عشرة آلاف صومالي وصلوا إلى اليمن منذ بداية العام.", "وصلوا إلى", "042")
    assert not any(code == "042" for _, code in _codes("ويحاول مهاجرون يسعون للوصول إلى بريطانيا عبور النفق."))
    # a minister who arrives still visits
    assert any(code == "042" for _, code in _codes("ووصل وزير الخارجية إلى القاهرة قادما من عمان."))


def test_a_name_or_threats_launched_are_no_fire() -> None:
    assert not _has("وقتل المئات خلال الحرب على غزة التي أطلق عليها «الجرف الصامد».", "أطلق", "190")
    assert not _has("ولم تؤثر التهديدات التي تطلقها الميليشيات وصواريخها على الحياة في المدينة.", "تطلقها", "190")
    assert _has("وأطلق المسلحون عليه النار فأردوه قتيلا.", "وأطلق", "190")


def test_if_ma_is_a_condition_not_a_negation() -> None:
    doc = analyze_news("وتساءلوا عن مصيرهم إذا ما أطلق عليهم المستوطنون النار.")
    assert [e.modality for e in doc.events if e.code == "190"] == ["hypothetical"]


def test_a_court_that_convicts_takes_legal_action() -> None:
    assert _has("وأدانت المحكمة الجنائية ثلاثة رجال وعاقبتهم بالسجن عشر سنوات.", "وأدانت", "173")
    # round ev970: «قضت محكمة بإعدامه» is itself the verdict (173), and «لإدانته» joins it as the same act
    doc = analyze_news("وقضت محكمة بإعدامه غيابيا لإدانته في قضية اقتحام السجون.")
    told = [[doc.text[t.start:t.end] for t in e.triggers] for e in doc.events if e.code == "173"]
    assert len(told) == 1 and "لإدانته" in told[0]
    assert _has("وسترفع الحصانة عن النائب في حال ثبوت الإدانة.", "الإدانة", "173")
    # a government or a council that condemns still speaks
    assert _has("وأدانت الحكومة الهجوم على المسجد في المدينة.", "وأدانت", "111")
    assert _has("وجدد المجلس إدانة المملكة للهجوم في المدينة.", "إدانة", "111")
    assert _has("وأدان الوزير حكم المحكمة بسجن الناشط.", "وأدان", "111")


def test_an_aim_named_far_after_the_verb_is_no_attack() -> None:
    assert not _has("وتستهدف الحكومة في خطتها الخمسية بدءا من العام المقبل جلب استثمارات كبيرة.", "وتستهدف", "190")
    # (round ev996: an attack whose doer is aircraft is an aerial attack, 195, on purpose)
    assert _has("وتستهدف الطائرات مواقع المسلحين في المدينة.", "وتستهدف", "195")


def test_graduates_and_hesitation_are_no_protest() -> None:
    assert not any(code == "141" for _, code in _codes(
        "وقال إن القرار سيضر بآلاف العاملين في المعاهد ومن تخرجوا منها من الطلاب المتظاهرين."))
    assert not any(code == "141" for _, code in _codes(
        "وقد يجعل ذلك الأوروبيين أكثر ترددًا حيال المتظاهرين في الشوارع."))
    # crowds that go out or chant still protest
    assert _has("وخرج المتظاهرون إلى الشوارع أمس.", "وخرج", "141")
    assert _has("وتردد الحشود هتافات ضد الحكومة في الساحات.", "وتردد", "141")
    # a participle in the accusative of state still acts: «طالبًا» (demanding)
    assert _has("ولجأ الزعيم إلى العاصمة طالبًا الوحدة مع الشمال.", "طالبًا", "100")
