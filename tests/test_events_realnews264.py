"""Non-events and modality on constructions of real news, round 264: an act a word of preventing keeps its object
from («لمنع الطيران من قصفه») is not told as done; an act in «بـ» after a plural of expecting («رغم التوقعات
بالسيطرة») is still to come; the «أن» clause of a negated capacity word («لم يكن في وسع فلان أن») is negated; an
act rumoured («ما تردد من أنباء عن إجراء محادثات») is hearsay of no day; an act named in a charge is what is
charged, even where the sentence speaks of the future («من المتوقع تنفيذ الإعدامات بتهم القتل»)."""

from __future__ import annotations

from conftest import analyze_news, news_arg, news_date, news_has_code, news_modality, news_triggers


def test_an_act_prevented_is_not_told_as_done() -> None:
    assert news_modality("وتدخل الجيش لمنع الطائرات الحربية من قصف المدينة.", "قصف") == "hypothetical"
    assert news_modality("ومنعت الشرطة المحتجين من اقتحام مبنى البرلمان.", "اقتحام") == "negated"
    # counter-case: the act whose repetition is to be prevented happened
    assert news_modality("وطالب الوزير بإجراءات لمنع تكرار الهجوم على المدينة.", "الهجوم") == "asserted"


def test_an_act_expected_is_still_to_come() -> None:
    text = "وفشلت القوات في حسم المعركة، رغم التوقعات بالسيطرة على المدينة في أيام."
    assert news_modality(text, "بالسيطرة") == "planned"
    # counter-case: a seizing told
    assert news_modality("وسيطرت القوات على المدينة بعد معارك عنيفة.", "وسيطرت") == "asserted"


def test_the_clause_of_a_negated_capacity_word_is_negated() -> None:
    text = "لم يكن في وسع الرئيس أن يقف أمام البرلمان ليعلن الحرب على التنظيم."
    assert news_modality(text, "ليعلن") == "negated"
    # counter-case: «إلا أن»: nothing but that, it was done
    assert news_modality("لم يكن بوسع الرئيس إلا أن يعلن الحرب على التنظيم.", "يعلن") == "asserted"


def test_a_rumoured_act_is_hearsay_of_no_day() -> None:
    text = "وتناولت الصحف ما تردد من أنباء عن إجراء محادثات سلام مع الحكومة."
    assert news_modality(text, "محادثات") == "reported"
    assert news_date(text, "محادثات") is None
    # counter-case: plain news of a killing, with no word of going round, is told on the day
    text = "ووردت أنباء عن مقتل خمسة جنود في هجوم على حاجز."
    assert news_modality(text, "مقتل") == "asserted"
    assert news_date(text, "مقتل") == "2015-08-02"


def test_an_act_named_in_a_charge_is_charged_not_planned() -> None:
    text = "ومن المتوقع تنفيذ عشرات الإعدامات بتهم القتل خلال الأشهر المقبلة."
    assert news_modality(text, "القتل") == "reported"
    # counter-case: the act expected itself stays planned
    assert news_modality("ومن المتوقع أن يشن الجيش هجوما على المدينة خلال الأيام المقبلة.", "هجوما") == "planned"


def test_a_persons_fierce_attack_is_criticism() -> None:
    text = "وشنت الصحف حملة على الرئيس محمد مرسي بسبب هجومه الشديد على المعارضة."
    assert news_has_code(text, "هجومه", "111")
    # counter-case: a force's fierce attack is an assault
    text = "وواصل الجيش هجومه الشديد على مواقع التنظيم في المدينة."
    assert news_has_code(text, "هجومه", "190")
    assert news_has_code("وشن مسلحون هجوم مسلح على حاجز للشرطة.", "هجوم", "190")


def test_an_attack_going_on_in_what_is_said_is_criticism() -> None:
    text = "وتحدث النائب أحمد الطيبي أمام البرلمان، واستمر الطيبي بهجومه، وقال: «أنتم المسؤولون»."
    assert news_has_code(text, "بهجومه", "111")
    # counter-case: another speaker, with a subject of his own
    text = "وواصل الجيش هجومه، وقال المتحدث باسمه إن القوات تقدمت."
    assert news_has_code(text, "هجومه", "190")


def test_the_act_a_focus_centres_on_is_a_topic() -> None:
    assert "والسيطرة" not in news_triggers("وقال إن تركيز التنظيم الرئيسي ينصب على غزو الأراضي والسيطرة عليها.")
    assert "السيطرة" not in news_triggers("وتتمحور المحادثات حول السيطرة على المدينة.")
    # counter-case: clashes around a city are told
    assert "اشتباكات" in news_triggers("وتدور حول المدينة اشتباكات عنيفة بين الجيش والمسلحين.")


def test_storming_through_a_distance_is_no_assault() -> None:
    assert "ويقتحم" not in news_triggers("وقبل أن يتلثم بخرقة مبلولة ويقتحم عدة أمتار وسط النيران ويخرج بالطفل.")
    # counter-case: houses stormed
    assert "واقتحم" in news_triggers("واقتحم المسلحون عدة منازل في القرية.")


def test_an_act_done_is_not_merged_into_the_act_charged() -> None:
    text = "ويواجه المتهمون تهم بالقتل العمد، وقتل المسلحون جنديا في الهجوم."
    assert news_modality(text, "بالقتل") == "reported"
    assert news_modality(text, "وقتل") == "asserted"
    text = "ووجهت النيابة للمتهمين تهما بالقتل والتخريب، وقتل المسلحون جنديا في هجوم على حاجز أمس."
    assert news_modality(text, "وقتل") == "asserted"
    assert news_modality(text, "بالقتل") == "reported"
    # counter-case: a killing told again with no argument of its own joins the one told
    doc = analyze_news("وقتل المسلحون جنديا في هجوم على حاجز أمس، وقتلوا آخر بعد ساعة.")
    assert len([e for e in doc.events if e.code == "190"]) == 1


def test_a_meeting_of_two_coordinated_subjects() -> None:
    text = "وأجرى الرئيس عبد الفتاح السيسي والرئيس عبد ربه منصور هادي مباحثات في القاهرة أمس."
    assert news_arg(text, "مباحثات") == "عبد الفتاح السيسي"
    assert news_arg(text, "مباحثات", "target") == "عبد ربه منصور هادي"
    assert news_arg("وأجرى السيسي وهادي مباحثات في القاهرة أمس.", "مباحثات") == "السيسي"
    assert news_arg("وأجرى السيسي وهادي مباحثات في القاهرة أمس.", "مباحثات", "target") == "هادي"
    # counter-cases: one party with no partner named, «و» only the first letter of «وزير»: no talks «مع» anyone
    assert "مباحثات" not in news_triggers("وأجرى وزير الخارجية مباحثات في القاهرة أمس.")
    # and a partner after «مع» stays the partner
    text = "وأجرى الرئيس عبد الفتاح السيسي مباحثات مع الرئيس عبد ربه منصور هادي في القاهرة أمس."
    assert news_arg(text, "مباحثات", "target") == "عبد ربه منصور هادي"
