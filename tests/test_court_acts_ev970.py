"""Round ev970: trials, charges and sentences as legal action (events.court_acts): «مثل فلان أمام المحكمة» (a
trial, the court the source, the one who appears the target; «سيمثل» planned), «قضت المحكمة بسجن فلان», «حكم على
فلان بالإعدام» (173, the one sentenced the target), a charge levelled by a prosecutor («وجهت النيابة اتهاما إلى»,
negated with «لم») and a legal charge faced («يواجه فلان تهما») are 173, not an accusation in words (112).
«وأدين فلان بتهمة» (convicted, he the target) and «فتحت النيابة تحقيقا قضائيا بحق فلان» are 173 too.
Counter-cases: «يمثل» (represents), accusations in words faced, an inquiry into a matter, a ruling of no penalty, a statement of a court, a wish for a fair trial."""

from __future__ import annotations

from conftest import news_arg, news_date, news_event_rows, news_modality

APPEARED = "مثل الوزير السابق أحمد كامل أمام محكمة جنايات القاهرة أمس بتهمة الفساد."
WILL_APPEAR = "وسيمثل النائب كريم أوزال أمام المحكمة الأسبوع المقبل."
RULED = "وقضت المحكمة العسكرية أمس بسجن الناشط حسن فؤاد سبع سنوات."
SENTENCED = "وحكم على المعارض جمال ناصر بالإعدام في قضية التخابر."
CHARGED = "ووجهت النيابة العامة التركية اتهاما إلى الصحافي مراد علي بنشر أخبار كاذبة."
NOT_CHARGED = "ولم توجه النيابة العامة التركية اتهاما إلى الصحافي مراد علي."
FACES = "ويواجه رجل الأعمال سمير نادر أمام محكمة الجنايات اتهامات بالرشوة."
FACES_WORDS = "وتواجه الحكومة اتهامات من المعارضة بإهدار المال العام."
CONVICTED = "وأدين الطبيب فريد سالم بتهمة الاحتيال."
INQUIRY = "وفتحت النيابة العامة التركية تحقيقا قضائيا بحق النائب كريم أوزال يوم الاثنين."
INQUIRY_MATTER = "وفتحت الشرطة تحقيقا جنائيا في مقتل الشاب."
REPRESENTS = "ويمثل الحزب الجديد أمام الناخبين تيارا واسعا."
SPENT = "وقضى الرجل عشر سنوات في المنفى قبل عودته."
STATEMENT = "وقالت المحكمة الدستورية إن القانون سليم."
WISH = "وطالب الحزب بمحاكمة عادلة للمعتقلين."


def _codes(text: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in news_event_rows(text)]


def test_appearance_in_court_is_a_trial_of_the_one_who_appears() -> None:
    assert ("173", "مثل") in _codes(APPEARED)
    assert news_arg(APPEARED, "مثل", "source") == "محكمة جنايات القاهرة"
    assert news_arg(APPEARED, "مثل", "target") == "أحمد كامل"
    assert news_date(APPEARED, "مثل") == "2015-08-01"


def test_appearance_to_come_is_planned() -> None:
    assert ("173", "وسيمثل") in _codes(WILL_APPEAR)
    assert news_arg(WILL_APPEAR, "وسيمثل", "target") == "كريم أوزال"
    assert news_modality(WILL_APPEAR, "وسيمثل") == "planned"


def test_court_rules_a_prison_term() -> None:
    assert ("173", "وقضت") in _codes(RULED)
    assert news_arg(RULED, "وقضت", "target") == "حسن فؤاد"
    assert news_date(RULED, "وقضت") == "2015-08-01"


def test_passive_sentence_has_the_one_sentenced_as_target() -> None:
    assert ("173", "وحكم") in _codes(SENTENCED)
    assert news_arg(SENTENCED, "وحكم", "target") == "جمال ناصر"


def test_prosecutor_charge_is_legal_action() -> None:
    assert ("173", "اتهاما") in _codes(CHARGED)
    assert news_arg(CHARGED, "اتهاما", "source") == "النيابة العامة التركية"
    assert ("173", "اتهاما") in _codes(NOT_CHARGED)
    assert news_modality(NOT_CHARGED, "اتهاما") == "negated"


def test_charges_faced_are_legal_action() -> None:
    assert ("173", "اتهامات") in _codes(FACES)
    assert news_arg(FACES, "اتهامات", "target") == "سمير نادر"
    assert ("173", "اتهامات") not in _codes(FACES_WORDS)  # accusations in words, no court: stays 112


def test_passive_conviction_targets_the_one_convicted() -> None:
    assert ("173", "وأدين") in _codes(CONVICTED)
    assert news_arg(CONVICTED, "وأدين", "target") == "فريد سالم"
    assert news_arg(CONVICTED, "وأدين", "source") == ""


def test_judicial_inquiry_against_one() -> None:
    assert ("173", "تحقيقا قضائيا") in _codes(INQUIRY)
    assert news_arg(INQUIRY, "تحقيقا قضائيا", "source") == "النيابة العامة التركية"
    assert news_arg(INQUIRY, "تحقيقا قضائيا", "target") == "كريم أوزال"
    assert news_date(INQUIRY, "تحقيقا قضائيا") == "2015-07-27"
    assert not [c for c in _codes(INQUIRY_MATTER) if c[0] == "173"]


def test_no_legal_action_without_a_court_act() -> None:
    for text in (REPRESENTS, SPENT, STATEMENT, WISH):
        assert not [c for c in _codes(text) if c[0].startswith("173")], text
