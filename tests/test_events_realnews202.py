"""Event arguments on constructions of real news, round 202: an unnamed argument's phrase starts past its clitics
(«بنظرائه» → «نظرائه», «بالقرارات» → «القرارات», «لمكاتب» → «مكاتب»); a «بـ» phrase of a meeting that names no
people is where or how, no target («اجتماع بالعاصمة», «انتهى الاجتماع باستقالة»); a «بـ» phrase is no doer
(«قامت بشن هجمات»); a strike with no target takes the named target of the aiming verb after it in its sentence
(«بدأت الغارات ... باستهداف مواقع تابعة لتنظيم داعش»); «نظرائه» in a named body, or by a nisba of the one body
the article names, are that body («نظرائه في مجلس التعاون», «نظرائه الخليجيين»). Counter-cases keep their arguments."""

from __future__ import annotations

from conftest import news_arg


def test_a_meeting_target_starts_past_its_preposition() -> None:
    text = "ويلتقي وزير الخارجية الأمريكي اليوم بنظرائه الخليجيين في الدوحة."
    assert news_arg(text, "ويلتقي", "target") == "نظرائه الخليجيين"


def test_a_praised_thing_starts_past_its_preposition() -> None:
    assert news_arg("أشاد الرئيس بالقرارات الهامة التي اتخذتها الحكومة.", "أشاد", "target") == "القرارات الهامة"
    # round 263: the criticism of a conduct («صمت الحكومة») targets its owner, still past the «بـ»
    assert news_arg("ودعت الوزارة إلى الحوار، ونددت بصمت الحكومة إزاء الأزمة.", "ونددت", "target") \
        == "الحكومة"


def test_a_stormed_place_starts_past_its_lam() -> None:
    assert news_arg("وجاء ذلك بعد اقتحام السلطات لمكاتب الشركة في المدينة.", "اقتحام", "target") == "مكاتب الشركة"


def test_a_meeting_place_or_outcome_is_no_target() -> None:
    assert news_arg("وتحدث الوزير خلال اجتماع بالعاصمة الماليزية أمس عن الأزمة.", "اجتماع", "target") == ""
    assert news_arg("وانتهى الاجتماع الطارئ للحزب باستقالة عشرة من أعضاء اللجنة.", "الاجتماع", "target") == ""


def test_a_bi_phrase_is_no_doer() -> None:
    text = "وتمكنت القوات من صد الهجوم، كما قامت بشن هجمات على مواقع المسلحين."
    assert news_arg(text, "هجمات", "source") == ""


def test_a_plain_phrase_keeps_its_first_letter() -> None:
    # counter-case: «لاعب» opens with a letter of its root, not a preposition
    assert news_arg("ويواجه الساعدي اتهامات من بينها قتل لاعب كرة قدم.", "قتل", "target") == "لاعب كرة قدم"


def test_a_strike_takes_the_target_of_the_aiming_after_it() -> None:
    text = "وبدأت الغارات التركية الأسبوع الماضي باستهداف مواقع تابعة لتنظيم داعش في سوريا."
    assert news_arg(text, "الغارات", "target") == "تنظيم داعش"


def test_a_strike_does_not_take_the_aim_of_another_attack() -> None:
    # counter-case: the bombing between them aims at the town, not the strikes
    text = "وبدأت الغارات التركية الأسبوع الماضي بعد تفجير انتحاري استهدف مدينة سوروج في تركيا."
    assert news_arg(text, "الغارات", "target") == ""


def test_counterparts_in_a_named_body_are_that_body() -> None:
    text = "وقال وزير الخارجية الأمريكي بعد انتهاء اجتماع مع نظرائه في مجلس التعاون الخليجي إن بلاده ستسرع بيع الأسلحة."
    assert news_arg(text, "اجتماع", "target") == "مجلس التعاون الخليجي"


def test_counterparts_by_nisba_are_the_body_the_article_names() -> None:
    text = ("ويعقد مجلس التعاون الخليجي اجتماعا في الدوحة. ويلتقي وزير الخارجية الأمريكي اليوم بنظرائه الخليجيين "
            "في الدوحة.")
    assert news_arg(text, "ويلتقي", "target") == "مجلس التعاون الخليجي"


def test_counterparts_stay_a_phrase_where_no_body_is_named() -> None:
    # counter-cases: no such body in the article; a country after «في» is no body
    text = "ويلتقي وزير الخارجية الأمريكي اليوم بنظرائه الخليجيين في الدوحة."
    assert news_arg(text, "ويلتقي", "target") == "نظرائه الخليجيين"
    assert news_arg("وظهر الوزير في اجتماعات مع نظرائه في ماليزيا.", "اجتماعات", "target") == "نظرائه"


def test_a_bi_phrase_of_people_or_envoys_stays_the_target() -> None:
    assert news_arg("وزار الرئيس المدينة ويلتقي بقواته المرابطة هناك.", "ويلتقي", "target") == "قواته المرابطة"
    assert news_arg("وقال المصدر إن الوسطاء التقوا بممثلين عن الفصائل أمس.", "التقوا", "target") == "ممثلين"


def test_a_word_layer_split_of_a_root_letter_is_kept() -> None:
    # counter-case: «فكرتهم» opens with a root letter, not the clitic «فـ»
    assert news_arg("وقال المعارض إن الروس رفضوا فكرتهم للحل في سوريا.", "رفضوا", "target") == "فكرتهم للحل"


def test_a_target_phrase_ends_before_a_word_of_cause() -> None:
    text = "انتقد رئيس الوزراء أطرافا سياسية عراقية بسبب محاولتها استغلال الأزمة."
    assert news_arg(text, "انتقد", "target") == "أطرافا سياسية عراقية"
    assert news_arg("وشن رجل الدين هجوما على الجهات المسؤولة بسبب التقصير في الخدمات.", "هجوما", "target") \
        == "الجهات المسؤولة"
