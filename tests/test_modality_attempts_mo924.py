"""Session 53 (mo924): an assault tried is an act made, not planned; an act listed in a ceremony's programme told
with a present verb of containing is still to come (planned). Hand-made news sentences."""

from __future__ import annotations

from conftest import news_event, news_event_rows


def test_a_storming_tried_in_the_past_was_made() -> None:
    doc, ev = news_event("وحاول عشرات المسلحين اقتحام مركز الشرطة في البلدة فجر الثلاثاء.", "اقتحام")
    assert ev.code == "190"
    assert ev.modality == "asserted"


def test_a_shelling_tried_under_a_past_copula_was_made() -> None:
    doc, ev = news_event("وكانت الميليشيات تحاول قصف ميناء المكلا بقذائف الهاون طوال الأسبوع الماضي.", "قصف")
    assert ev.code == "194"
    assert ev.modality == "asserted"


def test_an_attempt_in_a_sources_words_is_reported() -> None:
    text = "وقال قائد الشرطة إن المسلحين حاولوا اقتحام المخفر قبل أن تصدهم القوات."
    doc, ev = news_event(text, "اقتحام")
    assert ev.modality == "reported"


def test_a_seizure_or_a_bombing_tried_stays_planned() -> None:
    # the attempt names a result not had: no control won, no blast
    assert news_event("وتثير محاولات الجماعة فرض سيطرتها على المعبر قلق السكان.", "سيطرتها")[1].modality == "planned"
    assert news_event("وحاول الانتحاري تفجير نفسه قرب الحاجز الأمني.", "تفجير")[1].modality == "planned"


def test_a_foiled_or_any_attempt_keeps_its_reading() -> None:
    assert news_event("وأحبطت قوات الأمن محاولة المسلحين اقتحام المعسكر.", "اقتحام")[1].modality == "negated"
    # a verb of foiling after the attempt: not told as made
    assert news_event("وقال المتحدث إن محاولة لاقتحام الثكنة أحبطت فجرا.", "لاقتحام")[1].modality == "planned"
    assert news_event("وقال المتحدث إن أي محاولة لاقتحام المسجد ستواجه بحزم.", "لاقتحام")[1].modality \
        == "hypothetical"


def test_an_act_in_a_ceremonys_programme_is_planned() -> None:
    # («وتوجه» reads as a perfect verb too: here a listed noun, the list runs on over it)
    text = ("ويقام الحفل في الميدان الكبير، حيث ينقسم البرنامج إلى فقرة صباحية تبدأ في العاشرة، تشمل وصول الضيوف، "
            "وتوجه الوزراء إلى المنصة، واستقبال الرئيس، ثم عرض فيلم قصير.")
    rows = [(code, trig, tgt, mod) for code, trig, _src, tgt, mod in news_event_rows(text)]
    assert ("043", "واستقبال", "الرئيس", "planned") in rows


def test_a_programme_held_or_another_act_is_not_planned() -> None:
    # a perfect verb of containing: the programme was carried out
    assert news_event("وتضمن برنامج الحفل أمس استقبال الأمير للوفود في القصر.", "استقبال")[1].modality == "asserted"
    # a perfect act between the programme and the trigger ends the list
    text = "ويتضمن البرنامج عرضا عسكريا، واستقبل الرئيس أمس الوفود في القصر."
    assert news_event(text, "واستقبل")[1].modality == "asserted"
