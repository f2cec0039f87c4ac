"""Round 142 of real news: background and generic acts take no article date, and modality leftovers. What a
country suffered («عانت من»), an act after «سبق أن», an act told as not the first of its kind, and a noun act
called ongoing («المستمرة») have no day; a noun act deep inside «يمكن أن + verb» is hypothetical, the end of an
indefinite genitive chain after «لم + verb» negated, an act of the «أن» clause of «الهدف» planned. Hand-made
sentences (paraphrases, no article text); the articles are dated 2015-08-02."""

from __future__ import annotations

from conftest import news_date, news_modality, news_triggers


def test_what_a_country_suffered_has_no_day() -> None:
    assert news_date("وعانت البلاد من هجمات متكررة.", "هجمات") is None
    # round ev1003: listed with an abstract noun («التطرف»), the act is no event at all
    assert "والتفجيرات" not in news_triggers("وقال إن المملكة عانت من التطرف والتفجيرات والتخريب.")
    # a suffering verb in another clause does not reach the act
    text = "وقال إن المدينة عانت كثيرا، وشنت الطائرات أمس غارات على أطرافها."
    assert news_date(text, "غارات") == "2015-08-01"
    assert news_date("وشنت الطائرات غارات على أطراف المدينة.", "غارات") == "2015-08-02"


def test_an_act_after_sabaqa_an_has_no_day() -> None:
    assert news_date("وقال إن الكابلات سبق أن تعرضت لقصف مدفعي.", "لقصف") is None
    assert news_date("وسبق للوزير أن زار العاصمة السعودية.", "زار") is None
    # its own time still dates it
    assert news_date("وسبق أن زار الوزير العاصمة السعودية أمس.", "زار") == "2015-08-01"
    assert news_date("وزار الوزير العاصمة السعودية.", "وزار") == "2015-08-02"


def test_an_act_not_the_first_of_its_kind_has_no_day() -> None:
    text = "وأكد أنها ليست المرة الأولى التي ينفذ فيها المقاتلون عمليات انتحارية ضد الجيش."
    assert news_date(text, "عمليات انتحارية") is None
    text = "وأكد أنها المرة الأولى التي ينفذ فيها المقاتلون عمليات انتحارية ضد الجيش."
    assert news_date(text, "عمليات انتحارية") == "2015-08-02"


def test_an_ongoing_act_has_no_day() -> None:
    assert news_date("وقال إن مطالباتنا المستمرة بالتحقيق لم تلق ردا.", "مطالباتنا") is None
    assert news_date("وقال إن مطالباتنا بالتحقيق لم تلق ردا.", "مطالباتنا") == "2015-08-02"


def test_a_noun_deep_in_a_possible_clause_is_hypothetical() -> None:
    text = "وأعرب عن قلقه من قوانين يمكن أن تفضي إلى قمع المظاهرات السلمية ضد الحكومة المصرية."
    assert news_modality(text, "المظاهرات") == "hypothetical"
    # round 171 (judge25): with no party named at all, the possible outcome of a law is no event
    assert "المظاهرات" not in news_triggers("وأعرب عن قلقه من قوانين يمكن أن تفضي إلى قمع المظاهرات السلمية.")
    text = "وأعرب عن قلقه من قوانين أفضت إلى قمع المظاهرات السلمية."
    assert news_modality(text, "المظاهرات") == "asserted"


def test_the_end_of_a_negated_object_chain_is_negated() -> None:
    text = "وأضاف أن قادة التنظيم لم يجعلوا مسألة تنظيم هجمات في الخارج أولوية."
    assert news_modality(text, "هجمات") == "negated"
    assert news_date(text, "هجمات") is None
    # a definite act after the negated verb is not in its chain: it happened
    assert news_modality("ولم يسفر الهجوم عن ضحايا.", "الهجوم") == "asserted"


def test_an_act_of_an_aim_clause_is_planned() -> None:
    text = "وكان الهدف أن تظل الجماعة قوة تهدد الحكومة في الشمال."
    assert news_modality(text, "تهدد") == "planned"
    assert news_modality("وظلت الجماعة قوة تهدد الحكومة في الشمال.", "تهدد") == "asserted"


def test_a_sentence_opened_by_when_is_background() -> None:
    text = "فعندما زار الرئيس القاعدة العسكرية، كان خلفه القائد."
    assert news_date(text, "زار") is None
    assert news_date("وزار الرئيس القاعدة العسكرية.", "وزار") == "2015-08-02"


def test_the_time_before_when_dates_its_act() -> None:
    text = "وقتل جندي وجرح آخرون أمس، عندما انفجر لغم أرضي قرب قافلة عسكرية."
    assert news_date(text, "انفجر") == "2015-08-01"
    text = "وقتل جندي وجرح آخرون، عندما انفجر لغم أرضي قرب قافلة عسكرية."
    assert news_date(text, "انفجر") == "2015-08-02"


def test_the_subject_of_a_possible_verb_is_not_deep_in_it() -> None:
    text = "وقال إن المحادثات مهمة، وإنه لا يمكن أن تستمر هذه المفاوضات إلى ما لانهاية."
    assert news_modality(text, "المفاوضات") != "negated"
    text = "وقال إن الاتفاق لا يمكن أن يكون موضع انتقادات من أحد."
    assert news_modality(text, "انتقادات") == "negated"
