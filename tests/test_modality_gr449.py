"""Round gr449: an act of force told only as the object of a verb of stating is the teller's claim, reported
(`events.stated_objects`, read by `events.condemned.announced`): «أعلن قائد شرطة الأنبار مقتل 20 مسلحا», «وأكدت
هذه المصادر سقوط قتلى», «أعلنت السلطات أمس، عن ستة قتلى», «أعلنت القيادة في بيان منفصل، عن مقتل 17», «نقلت الوكالة
عن مصدر أمني مقتل عشرة», and a «و» conjunct of an announced «عن» object. Not the cause of the toll past «جراء»,
not a measure announced (asserted), not the statement itself, not an act the writer tells before «أعلن ذلك».
An announced intent («إعلان واشنطن نيتها اتخاذ اجراءات») is an expression of intent, 030 (`events.performative`),
not where the intended act is an event of its own («عزمه على زيارة الرياض», «عزمه شن هجمات»). Hand-made
sentences (paraphrases of news usage)."""

from __future__ import annotations

from conftest import news_event, news_modality


def test_toll_announced_past_a_construct_subject_is_reported() -> None:
    assert news_modality("أعلن قائد شرطة الأنبار مقتل 20 مسلحا في الرمادي.", "مقتل") == "reported"
    assert news_modality("وأعلنت حكومة الإقليم مقتل ستة مدنيين.", "مقتل") == "reported"


def test_toll_or_arrest_stated_confirmed_or_mentioned_is_reported() -> None:
    assert news_modality("أكدت الشرطة مقتل ثلاثة أشخاص في الانفجار.", "مقتل") == "reported"
    assert news_modality("وأكدت هذه المصادر سقوط قتلى وجرحى في صفوف المدنيين.", "قتلى") == "reported"
    assert news_modality("ذكرت وكالة الأنباء اعتقال خمسة متهمين.", "اعتقال") == "reported"


def test_toll_past_a_time_a_channel_a_comma_and_an_about_is_reported() -> None:
    text = "وقد أعلنت سلطات اقليم كردستان العراق أمس، عن ستة قتلى من السكان المحليين."
    assert news_modality(text, "قتلى") == "reported"
    text = "وفي سياق متصل أعلنت قيادة عمليات بغداد في بيان منفصل ، عن مقتل 17 مسلحا شرقي الفلوجة."
    assert news_modality(text, "مقتل") == "reported"


def test_relayed_toll_needs_its_source_after_an() -> None:
    assert news_modality("نقلت الوكالة عن مصدر أمني مقتل عشرة جنود.", "مقتل") == "reported"


def test_conjunct_of_an_announced_object_is_reported() -> None:
    text = ("وأعلن قائد شرطة محافظة الأنبار عن تقدم كبير للقوات الأمنية بمعارك تطهير القاطع الشرقي للرمادي ومقتل "
            "العشرات من عناصر التنظيم.")
    assert news_modality(text, "ومقتل") == "reported"


def test_cause_of_an_announced_toll_is_not_the_claim() -> None:
    text = "وأعلنت سلطات إقليم كردستان العراق عن سقوط مدنيين جراء القصف التركي."
    assert news_modality(text, "القصف") == "asserted"


def test_conjunct_past_a_verb_is_not_the_announced_object() -> None:
    text = "وأعلن الجيش عن تقدم كبير للقوات في المدينة التي شهدت أمس اشتباكات ومقتل عشرة مدنيين."
    assert news_modality(text, "ومقتل") != "reported"


def test_measure_announced_and_the_statement_stay_asserted() -> None:
    assert news_modality("أعلنت الحكومة فرض عقوبات على الشركة.", "فرض") == "asserted"
    assert news_modality("وأعلنت حكومة الإقليم مقتل ستة مدنيين.", "وأعلنت") == "asserted"


def test_act_the_writer_tells_before_the_announcement_stays_asserted() -> None:
    assert news_modality("قتل الجيش 20 مسلحا ثم أعلن ذلك في بيان.", "قتل") == "asserted"


def test_own_act_announced_is_its_claim() -> None:
    assert news_modality("أعلن الجيش سيطرته على المدينة.", "سيطرته") == "reported"


# -- an intent announced (events.performative, performative_intent) --------------------------------------------------


def _code(text: str, trigger: str) -> str:
    return news_event(text, trigger)[1].code  # type: ignore[no-any-return]


def test_intent_announced_by_the_noun_is_an_expression_of_intent() -> None:
    text = "وبعد اللقاء انتقد لافروف اعلان واشنطن نيتها اتخاذ اجراءات اضافية للدفاع عن المقاتلين السوريين."
    assert _code(text, "اعلان") == "030"


def test_intent_announced_by_the_verb_is_an_expression_of_intent() -> None:
    assert _code("وأعلن الاتحاد الأوروبي عن نيته مد السلطات التونسية بالخبرات الضرورية.", "وأعلن") == "030"


def test_intent_to_attack_is_no_intent_to_cooperate() -> None:
    assert _code("وأعلن الجيش عزمه شن هجمات على مواقع المسلحين.", "وأعلن") != "030"


def test_intended_act_of_its_own_keeps_the_statement() -> None:
    text = "وأكد الرئيس عزمه على زيارة الرياض."
    assert _code(text, "وأكد") == "010"
    assert news_modality(text, "زيارة") == "planned"


def test_announcement_of_a_toll_stays_a_statement() -> None:
    assert _code("وأعلنت حكومة الإقليم مقتل ستة مدنيين.", "وأعلنت") == "010"
