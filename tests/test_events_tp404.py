"""Round tp404: event codes, modality and dates of background acts. A killing of the holder of an office by an attack
aimed at him is an assassination (CAMEO 186), not conventional force (190); a rejection of a phenomenon («رفضه لكل
أشكال العنف») is a condemnation (111); «من قبل» as the adverb «before» («التقى من قبل بـ») leaves an act of no day; a
present «يستقبل» with a crowd of anyone for its object («الزوار») is a custom, no visit; a noun act after «لإجبار ...
على» is a goal, planned. Hand-made sentences (paraphrases, no article text), dated 2015-08-02."""

from __future__ import annotations

from conftest import analyze_news, news_codes, news_date, news_event, news_modality


def _code(text: str, trigger: str) -> str:
    return str(news_event(text, trigger)[1].code)


def test_an_office_holder_killed_is_assassinated() -> None:
    text = "أعلنت الشرطة أن وزير العدل السابق أحمد سالم قتل في هجوم على سيارته في العاصمة نيروبي."
    assert _code(text, "قتل") == "186"
    assert _code("وقتل السفير جون سميث في المدينة.", "وقتل") == "186"
    # gunmen are the usual assassins; a bombing that kills him is its own event, the killing still his assassination
    assert _code("وقتل القاضي أحمد سالم برصاص مسلحين مجهولين أمام منزله.", "وقتل") == "186"
    assert _code("وقتل رئيس البلدية أحمد سالم في انفجار سيارة مفخخة استهدفت موكبه.", "وقتل") == "186"
    # a headline: the title right after the killing noun
    assert _code("مقتل رئيس الاستخبارات السابق في كينيا", "مقتل") == "186"


def test_a_killing_in_battle_or_of_no_office_stays_force() -> None:
    # a strike or a battle in the sentence: the force that hit him
    assert _code("وقتل المحافظ أحمد سالم في غارة جوية على المدينة.", "وقتل") == "190"
    assert _code("وأسفرت المعارك عن مقتل القائد الميداني سالم أحمد في اشتباكات مع الجيش.", "مقتل") == "190"
    # a mishap is no attack
    assert _code("وقتل وزير النقل السابق أحمد سالم في حادث سير على الطريق السريع.", "وقتل") == "190"
    # no office: a commander, a young man
    assert _code("وقتل القائد العسكري سالم أحمد في المدينة.", "وقتل") == "190"
    assert _code("وقتل الشاب أحمد سالم في المدينة.", "وقتل") == "190"
    # more dead joined to him: the dead of an attack, no one targeted
    assert _code("وقتل السفير جون سميث وثلاثة موظفين في المدينة.", "وقتل") == "190"
    # a headline killing noun with no title after it
    assert _code("مقتل ثلاثة أشخاص في كينيا", "مقتل") == "190"


def test_a_rejection_of_a_phenomenon_is_a_condemnation() -> None:
    assert ("وأعرب", "111") in news_codes("وأعرب الوزير عن رفضه لجميع أشكال العنف والتطرف.")
    assert ("وأكدت", "111") in news_codes("وأكدت الحكومة رفضها للإرهاب.")
    # a decision rejected stays a rejection
    assert ("وأعرب", "120") in news_codes("وأعرب الوزير عن رفضه للقرار الأميركي.")
    assert not any(code == "111" for _, code in news_codes("وأعرب الوزير عن رفضه للقرار الأميركي."))


def test_min_qabl_before_leaves_no_day() -> None:
    text = "وقال المتحدث إن المبعوث زار القاهرة حيث التقى من قبل بممثلين للمعارضة."
    assert news_date(text, "التقى") is None
    assert news_date(text, "زار") == "2015-08-02"
    # without «من قبل» the meeting is of the visit's day
    assert news_date("وقال المتحدث إن المبعوث زار القاهرة حيث التقى بممثلين للمعارضة.", "التقى") == "2015-08-02"
    # «من قبل» + a noun is the agent «by»: the act keeps its day
    assert news_date("واعتقل الناشط أحمد سالم من قبل الشرطة في القاهرة.", "واعتقل") == "2015-08-02"


def test_receiving_visitors_is_a_custom() -> None:
    doc = analyze_news("يستقبل الشيخ أحمد سالم، زعيم القبيلة، الزوار في مجلسه في المدينة.")
    assert not [e for e in doc.events if e.code.startswith("04")]
    # a guest named, or a day told: a reception
    assert news_date("ويستقبل الرئيس المصري وزير الخارجية الفرنسي في قصره.", "ويستقبل") == "2015-08-02"
    assert _code("ويستقبل الرئيس المصري اليوم الزوار في قصره.", "ويستقبل") == "043"


def test_talks_someone_is_to_be_forced_into_are_a_goal() -> None:
    text = "وقال إن المعارضة تعمل مع حلفائها لإجبار الحكومة على العودة إلى طاولة المفاوضات."
    assert news_modality(text, "المفاوضات") == "planned"
    assert news_modality("وعادت الحكومة إلى طاولة المفاوضات مع المعارضة.", "المفاوضات") == "asserted"


def test_acts_measured_as_a_method_are_no_event() -> None:
    text = "وقال الخبير إن التنظيم يركز على عدد الهجمات، بينما تركز الجماعة على جودة العمليات."
    assert not [e for e in analyze_news(text).events if e.code.startswith(("18", "19"))]
    text = "وتبقى الجماعة مصدر قلق أكبر بالنسبة لي عن عدد هجمات التنظيم."
    assert not [e for e in analyze_news(text).events if e.code.startswith(("18", "19"))]
    # a count of attacks told with no verb of focusing nor a comparison: the attacks stay
    text = "وارتفع عدد الهجمات على المساجد في المدينة أمس."
    assert [e for e in analyze_news(text).events if e.code.startswith(("18", "19"))]


def test_an_act_told_again_as_the_latest_has_no_day() -> None:
    text = ("وأوضحت الوزارة أن تصريحات الوزير أحمد سالم حيال الأزمة لا تعبر عن موقف الحكومة، وأن تصريحاته الأخيرة لا "
            "تعبر إلا عن رأيه الشخصي.")
    assert news_date(text, "تصريحات") is None
    # told again with no «الأخيرة»: the document's day stays
    text = "وأوضحت الوزارة أن تصريحات الوزير أحمد سالم حيال الأزمة لا تعبر عن موقف الحكومة، وأن تصريحاته لا تعبر عن رأيه."
    assert news_date(text, "تصريحات") == "2015-08-02"


def test_a_control_told_as_a_cause_or_an_explanation_has_no_day() -> None:
    assert news_date("وتوقف العمل بالمطار نتيجة لسيطرة التنظيم عليه.", "لسيطرة") is None
    text = "وهناك مشاكل كثيرة في المدينة، فسيطرة الميليشيات على العاصمة قد عطلت الدراسة في المدارس."
    assert news_date(text, "فسيطرة") is None
    assert news_date("وزادت معاناة السكان جراء الحصار الذي فرضته الميليشيات على المدينة.", "الحصار") is None
    # a control announced keeps its day
    assert news_date("وأعلنت القوات سيطرتها على المدينة.", "سيطرتها") == "2015-08-02"
    # the taking an act came after, with no time of its own, is a reference point told earlier: no day (round mn1025;
    # it had the article's day); its own time dates it
    assert news_date("وعاد السكان إلى المدينة بعد سيطرة القوات عليها.", "سيطرة") is None
    assert news_date("وعاد السكان إلى المدينة بعد سيطرة القوات عليها أمس.", "سيطرة") == "2015-08-01"


def test_an_act_its_critics_judge_has_no_day() -> None:
    text = "وانتقد النائب أحمد سالم ردة فعل الحكومة على منتقدي زيارة وزير الخارجية الفرنسي إلى طهران."
    assert news_date(text, "زيارة") is None
    # the visit itself told: the document's day
    assert news_date("وانتقد النائب أحمد سالم زيارة وزير الخارجية الفرنسي إلى طهران.", "زيارة") == "2015-08-02"
