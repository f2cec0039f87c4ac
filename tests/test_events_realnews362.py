"""Existence, code and modality on constructions of real news, round ev362: the acts after a fronted «according to»
phrase naming a source are reported; the «أن» clause of «لا يعني» is no fact; an attack explained by «، حيث
اتهمت» is words however long its object; a past habit («كان يؤكد دوما»), an act as the subject of a verb of
stating («وإقراره من قبل الاتحاد يؤكد») and an assassination of an abstraction («تغتال الأنماط القديمة») are no
events; an act joined by «أو» to «أي» + a noun is of any kind, hypothetical; «عند زيارة بعض المناطق» is no visit.
"""

from __future__ import annotations

from conftest import news_has_code, news_modality, news_triggers


def test_acts_after_a_fronted_source_are_reported() -> None:
    text = "ووفقا للبيان الأوروبي، شهدت الأشهر الماضية زيارة رئيس الوزراء التونسي إلى بروكسل."
    assert news_modality(text, "زيارة") == "reported"
    assert news_modality("وبحسب مصادر عسكرية، هاجمت القوات مواقع المتمردين أمس.", "هاجمت") == "reported"
    assert news_modality("ولكن وحسب الإعلام البلجيكي فقد نفى المشتبه به كل تلك الاتهامات.", "نفى") == "reported"
    # counter-cases: «in accordance with» a rule names no source; no fronted phrase, the writer tells it
    assert news_modality("ولكن وفقا للقانون فقد اعتقلت الشرطة المشتبه به.", "اعتقلت") == "asserted"
    assert news_modality("ووفقا للقانون، هاجمت القوات مواقع المتمردين أمس.", "هاجمت") == "asserted"
    assert news_modality("وهاجمت القوات مواقع المتمردين أمس.", "وهاجمت") == "asserted"


def test_acts_before_an_according_tail_are_reported() -> None:
    text = ("وحين خرج نائب المحافظ للاستماع لمطالب المتظاهرين، رشقه هؤلاء بعبوات المياه البلاستيكية، "
            "حسب وكالة الصحافة الفرنسية.")
    assert news_modality(text, "رشقه") == "reported"
    # counter-cases: more told after the tail; the speaker's own words; a rule, no source
    text = "وهاجم مسلحون حاجزا للشرطة، بحسب ما ذكر المرصد، في حين تجددت الاشتباكات في درعا أمس."
    assert news_modality(text, "الاشتباكات") == "asserted"
    assert news_modality("وأكد المراقبون أن الوضع خطير، حسب قولهم.", "وأكد") == "asserted"
    assert news_modality("وهاجم مسلحون حاجزا للشرطة، حسب الخطة.", "وهاجم") == "asserted"


def test_the_clause_of_does_not_mean_is_no_fact() -> None:
    text = "هذا لا يعني أن إيران ستتخذ خطا دائما تتفق معه دول الجوار أو ترضى عنه، وعلينا أن نتوقع اختلافات قوية."
    assert news_modality(text, "تتفق") == "hypothetical"
    assert news_modality("وأكد أن الحوار لا يعني أن الحكومة تتفاوض مع المتمردين.", "تتفاوض") == "hypothetical"
    # counter-case: «يعني» not negated: what it means is told
    assert news_modality("وأكد أن الحوار يعني أن الحكومة تتفاوض مع المتمردين.", "تتفاوض") != "hypothetical"


def test_an_attack_explained_by_an_accusation_is_words() -> None:
    text = ("شنت هيلاري كلينتون مساء أول من أمس هجوما مركزا على منافسها في السباق إلى البيت الأبيض جيب بوش، "
            "حيث اتهمت المرشح الجمهوري بعدم معالجة مشكلة التمييز.")
    assert news_has_code(text, "هجوما", "111")
    # counter-case: the «حيث» clause tells a deed of force
    text = "شن الجيش هجوما واسعا على مواقع المسلحين في ريف المدينة الشمالي قرب الحدود التركية، حيث قتل عشرات المسلحين."
    assert news_has_code(text, "هجوما", "190")


def test_a_past_habit_is_no_event() -> None:
    assert "يؤكد" not in news_triggers("وكان الأمير يؤكد دومًا على أن الأولوية القصوى في تطوير التعليم هي للمدرس.")
    # counter-cases: no word of habit; a perfect verb with «دوما» in an aside
    assert "يؤكد" in news_triggers("وكان الأمير يؤكد أمس أن الأولوية القصوى في تطوير التعليم هي للمدرس.")
    assert "وأكدت" in news_triggers("وأكدت السعودية حينها – كما هي دوما – وقوف الرياض مع القاهرة.")


def test_an_act_as_subject_states_nothing() -> None:
    text = "وإقراره من قبل اتحاد الكرة يؤكد أن الرياضة السعودية تسير بالطريق الصحيح."
    assert "يؤكد" not in news_triggers(text)
    assert "يؤكد" not in news_triggers("وإقراره يؤكد أن الرياضة السعودية تسير بالطريق الصحيح.")
    # counter-case: a person as subject states it
    assert "يؤكد" in news_triggers("والوزير يؤكد أن الرياضة السعودية تسير بالطريق الصحيح.")


def test_an_assassinated_abstraction_is_a_figure() -> None:
    assert "تغتال" not in news_triggers("وهل تعتقد أن الأنماط الجديدة من الإعلام تغتال الأنماط القديمة منه؟")
    assert "تغتال" not in news_triggers("وقال إن هذه السياسات تغتال أحلام الشباب.")
    # counter-case: a person assassinated
    assert news_has_code("واغتال مسلحون القاضي في بغداد أمس.", "واغتال", "186")


def test_an_act_joined_to_any_noun_is_of_any_kind() -> None:
    text = "وقال إن أي حوارات او محادثات تتم في أي دولة كانت يجب أن تكون للضغط على تنفيذ القرار."
    assert "محادثات" not in news_triggers(text)  # round ev513: any talks are no event (was hypothetical)
    assert news_modality("ولم يسجل أي هجوم او اشتباك في المدينة.", "اشتباك") == "negated"
    # counter-case: no «أي»: talks held
    assert news_modality("وأجرى الوزير حوارات او محادثات مع نظيره أمس.", "محادثات") == "asserted"


def test_a_visit_of_anyone_is_no_event() -> None:
    text = "ومن المظاهر التي تدل على ذلك عند زيارة بعض المناطق في الأقاليم الشرقية اليوم وجود حارات وأحياء."
    assert "زيارة" not in news_triggers(text)
    # counter-cases: a visitor named; his visit
    assert "زيارة" in news_triggers("وقال إن المسؤولين استقبلوه عند زيارة الرئيس للرياض أمس.")
    assert "زيارته" in news_triggers("وقال إنه شاهد الدمار عند زيارته بعض المناطق أمس.")
