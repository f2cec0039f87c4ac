"""Round ev371 of real news: missing event parties. The sides of clashes «بين X وY» named past a side head
(«ومتمردي تنظيم ...», «قوات ...») or «مقاتلين من» an organisation (events/clash_sides.py). Hand-made sentences
(paraphrases, no article text)."""

from __future__ import annotations

from conftest import news_arg


def test_clash_side_past_rebels_and_group_heads_and_quotes() -> None:
    text = "واستمرت المواجهات بين الجيش التركي ومتمردي تنظيم «حزب العمال الكردستاني» في جنوب البلاد."
    assert news_arg(text, "المواجهات", "source") == "الجيش التركي"
    assert news_arg(text, "المواجهات", "target") == "حزب العمال الكردستاني"


def test_clash_side_past_fighters_min_an_organisation() -> None:
    text = "ووقعت اشتباكات بين مقاتلين من حزب العمال الكردستاني والجيش التركي قرب الحدود."
    assert news_arg(text, "اشتباكات", "source") == "حزب العمال الكردستاني"
    assert news_arg(text, "اشتباكات", "target") == "الجيش التركي"


def test_fighters_min_a_country_are_no_side() -> None:
    # «مقاتلين من سوريا»: where the fighters come from, not the side that fights.
    text = "ووقعت اشتباكات بين مقاتلين من سوريا والجيش التركي قرب الحدود."
    assert news_arg(text, "اشتباكات", "source") != "سوريا"


def test_clash_side_past_forces_head_with_min_jiha() -> None:
    text = "وتواصلت المواجهات أمس في أبين بين قوات الجيش الوطني والمقاومة، من جهة، والميليشيات الحوثية، من جهة أخرى."
    assert news_arg(text, "المواجهات", "source") == "الجيش الوطني"
    assert news_arg(text, "المواجهات", "target") == "الميليشيات الحوثية"


def test_attack_noun_takes_its_doer_after_min() -> None:
    text = "وجاءت الغارة بعد هجوم من «جبهة النصرة» فجر أمس على مقر الفرقة 30 في ريف حلب."
    assert news_arg(text, "هجوم", "source") == "جبهة النصرة"


def test_criticism_noun_takes_a_titled_person_after_min() -> None:
    text = "وقوبل قرار الحكومة أمس بانتقادات حادة من الرئيس باراك أوباما."
    assert news_arg(text, "بانتقادات", "source") == "باراك أوباما"


def test_bare_head_after_min_stands_for_the_body_named_before() -> None:
    text = ("وأفاد المرصد باندلاع اشتباكات بين «جبهة النصرة» ومقاتلين من فصائل معارضة، "
            "تلت هجوما من الجبهة فجر أمس على مقر لفصيل معارض.")
    assert news_arg(text, "هجوما", "source") == "جبهة النصرة"


def test_attack_from_a_place_is_no_doer() -> None:
    # «من سوريا»: where the attack came from, not who made it.
    text = "وقالت أنقرة إن الهجوم من سوريا استهدف مركزا للشرطة."
    assert news_arg(text, "الهجوم", "source") != "سوريا"


def test_verb_with_min_gives_no_doer() -> None:
    # «قتلوا من «النصرة»»: the killed were of the Nusra Front, which did not kill them.
    text = "وقال المرصد إن 18 شخصا قتلوا من «جبهة النصرة» أمس جراء الغارات."
    assert news_arg(text, "قتلوا", "source") != "جبهة النصرة"


def test_members_of_a_group_after_an_act_noun_are_no_doer() -> None:
    # «مقتل عناصر من داعش»: the members killed; a word of no adjective stands before «من».
    text = "وأعلن الجيش عن مقتل عناصر من «جبهة النصرة» في ريف إدلب."
    assert news_arg(text, "مقتل", "source") != "جبهة النصرة"


def test_bombing_of_a_bodys_mosque_targets_the_body() -> None:
    text = "وقدم تعازيه في استشهاد الجنود في تفجير مسجد قوة الطوارئ الخاصة بعسير."
    assert news_arg(text, "تفجير", "target") == "قوة الطوارئ الخاصة"


def test_attack_on_a_partys_headquarters_targets_the_party() -> None:
    text = "واستهدف الهجوم مقر حزب العمال الكردستاني في جبال قنديل."
    assert news_arg(text, "واستهدف", "target") == "حزب العمال الكردستاني"


def test_bombed_car_of_no_named_owner_has_no_target() -> None:
    # «تفجير سيارة مفخخة»: the car is the means, no body's premises; «بغداد» is where.
    text = "وقتل خمسة أشخاص في تفجير سيارة مفخخة في بغداد."
    assert news_arg(text, "تفجير", "target") != "بغداد"


def test_premises_of_a_place_give_no_target() -> None:
    # «مبنى محافظة نينوى»: a province's building; a place is no party here (the phrase stays unnamed).
    text = "واستهدف المسلحون مبنى محافظة نينوى في الموصل أمس."
    assert news_arg(text, "واستهدف", "target") == "مبنى محافظة نينوى"


def test_criticism_noun_is_directed_at_the_one_after_glued_lam() -> None:
    text = "ووجهت الولايات المتحدة انتقادات حادة لروسيا بسبب الأزمة."
    assert news_arg(text, "انتقادات", "target") == "روسيا"


def test_criticism_noun_is_directed_at_a_titled_person_after_lam() -> None:
    text = "ووجهت منظمات حقوقية انتقادات لاذعة لوزير الخارجية الفرنسي لوران فابيوس."
    assert news_arg(text, "انتقادات", "target") == "لوران فابيوس"


def test_accusation_noun_is_directed_at_the_one_after_ila_or_didd() -> None:
    assert news_arg("ووجهت الولايات المتحدة اتهامات إلى إيران بدعم الإرهاب.", "اتهامات", "target") == "إيران"
    assert news_arg("وتحدث الوزير عن الاتهامات الموجهة ضد قطر بدعم المتشددين.", "الاتهامات", "target") == "قطر"


def test_lam_of_where_it_was_said_is_no_target() -> None:
    # «في حديث لصحيفة»: the paper it spoke to, past a word of another kind.
    text = "ووجه الوزير انتقادات في حديث لصحيفة الشرق الأوسط."
    assert news_arg(text, "انتقادات", "target") != "الشرق الأوسط"


def test_lam_after_an_attack_noun_is_its_doer_not_its_target() -> None:
    # «هجوم جديد لحزب العمال»: the attack of the party; this rule reads no target there.
    text = "وقتل شرطيان في هجوم جديد لحزب العمال الكردستاني في جنوب تركيا."
    assert news_arg(text, "هجوم", "target") != "حزب العمال الكردستاني"


def test_meeting_of_a_bodys_ministers_is_the_bodys() -> None:
    text = "وقالت الصين إنها لن تثير القضية أثناء اجتماع وزراء خارجية رابطة دول جنوب شرقي آسيا هذا الأسبوع."
    assert news_arg(text, "اجتماع", "source") == "رابطة دول جنوب شرقي آسيا"


def test_meeting_of_ministers_of_member_states_is_the_bodys() -> None:
    text = "ووصل الوزير إلى الدوحة للمشاركة في اجتماع وزراء خارجية دول مجلس التعاون الخليجي."
    assert news_arg(text, "اجتماع", "source") == "مجلس التعاون الخليجي"


def test_meeting_of_a_countrys_ministers_gets_no_body() -> None:
    # «وزراء خارجية مصر والأردن»: countries, not one body; who meets whom is not read from this genitive.
    text = "وشارك الوزير في اجتماع وزراء خارجية مصر والأردن في عمان."
    assert news_arg(text, "اجتماع", "source") not in ("مصر", "الأردن")

