"""Round ev311: event arguments. The genitive of a control masdar acts where it is a name in quote marks or the
frame's preposition follows with a pronoun («منذ سيطرة «داعش» على», «سيطرة الحوثيين عليها»); a noun act after a
light verb of a relative clause is the antecedent's («تنظيم داعش الذي بسط سيطرته»); a verb whose stem ends in «ه»
(«الذي توجه إلى») carries no object pronoun; a singular in «ـين» («الأمين العام») ends no phrase."""

from conftest import news_arg


def test_quoted_genitive_of_control_is_its_doer() -> None:
    text = "ويقول السكان إن الحياة تغيرت منذ سيطرة «داعش» على البلدة في الشرق الليبي."
    assert news_arg(text, "سيطرة") == "داعش"


def test_genitive_before_preposition_with_pronoun_is_doer() -> None:
    text = "ويصل المحافظ إلى المدينة للمرة الأولى منذ سيطرة الحوثيين عليها في مارس."
    assert news_arg(text, "سيطرة") == "الحوثيين"
    text = "وتعطلت الرحلات في المطار بسبب سيطرة «القاعدة» عليه منذ أشهر."
    assert news_arg(text, "سيطرة") == "القاعدة"


def test_counter_place_genitive_before_pronoun_preposition() -> None:
    # a place in the genitive is no doer, a pronoun on «على» or not
    text = "وعاد السكان بعد سيطرة المدينة عليها."
    assert news_arg(text, "سيطرة") == ""


def test_counter_quoted_name_not_followed_by_frame_preposition() -> None:
    # «سيطرة «داعش» في ...»: no «على» phrase after the name, no agent reading of the genitive
    text = "ويخشى الأهالي عودة سيطرة «داعش» في المنطقة."
    assert news_arg(text, "سيطرة") not in ("داعش", "تنظيم داعش")


def test_light_verb_in_relative_clause_takes_antecedent() -> None:
    text = "وتسعى موسكو إلى تحالف لمحاربة تنظيم داعش الذي بسط سيطرته على مناطق واسعة في العراق."
    assert news_arg(text, "سيطرته") == "تنظيم داعش"
    text = "وأوضحت الشرطة أن بين القتلى آدم تاغيلوف الذي قاد هجوما في العاصمة الشيشانية العام الماضي."
    assert news_arg(text, "هجوما") == "آدم تاغيلوف"


def test_counter_light_verb_relative_with_its_own_doer() -> None:
    # a name right after the noun is its own doer, not the antecedent's
    text = "وزار الوزير المدينة التي شنت هجمات «داعش» عليها الأسبوع الماضي."
    assert news_arg(text, "هجمات") != "المدينة"


def test_stem_final_ha_is_no_object_pronoun() -> None:
    text = "وهنأ الرئيس هادي الذي توجه إلى القاهرة أمس نظيره المصري بافتتاح المشروع."
    assert news_arg(text, "توجه") == "هادي"


def test_counter_real_object_pronoun_keeps_antecedent_out() -> None:
    # «التي تتهمهم الحكومة»: the pronoun is the object, the antecedent does not accuse
    text = "وأفرجت السلطات عن الناشطين في حزب الأمة الذي تتهمه الحكومة بالتحريض."
    assert news_arg(text, "تتهمه") != "حزب الأمة"


def test_secretary_general_is_one_phrase() -> None:
    text = "ودعا الأمين العام جميع الأطراف السياسية إلى التوافق على الإصلاح."
    assert news_arg(text, "ودعا") == "الأمين العام"
    assert news_arg(text, "ودعا", "target") == "الأطراف السياسية"


def test_counter_sound_plural_still_ends_its_phrase() -> None:
    # a real plural in «ـين»/«ـون» still ends the subject before the object
    text = "وهاجم المسلحون مركز الشرطة في البلدة."
    assert news_arg(text, "وهاجم") == "المسلحون"
    assert news_arg(text, "وهاجم", "target") == "مركز الشرطة"


def test_genitive_agent_past_a_coordinated_force() -> None:
    text = "وتعاني العاصمة من نقص الوقود منذ سيطرة ميليشيات الحوثي وقوات الرئيس المخلوع على صنعاء."
    assert news_arg(text, "سيطرة") == "ميليشيات الحوثي"
    assert news_arg(text, "سيطرة", "target") == "صنعاء"


def test_counter_coordinated_thing_is_no_co_agent() -> None:
    # «سيطرة الحكومة والبرلمان»: no «على» phrase after the pair, no agent reading
    text = "وتحدث التقرير عن سيطرة الحكومة والبرلمان في البلاد."
    assert news_arg(text, "سيطرة") == ""
