"""Round 184 of real news: «حارب» fights a foe named (not a phenomenon, not with no foe); «اعترض على» objects
(reject); «ألقى/سيلقي خطابا/كلمة» is a speech (a public statement), not «ألقى القبض/باللوم»; a talks masdar in «لـ»
after a verb of meeting or travel («وصل ... لبحث») is the aim: planned; a noun act said to come «قريبا» is planned.
Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import news_arg, news_event, news_modality, news_triggers


def test_fought_a_named_foe() -> None:
    text = "وحاربت القوات الكردية تنظيم داعش في كوباني الشهر الماضي."
    doc, ev = news_event(text, "وحاربت")
    assert ev.code == "190"
    assert news_modality(text, "وحاربت") == "asserted"


def test_fought_a_foe_told_by_a_pronoun() -> None:
    text = "وتتقدم الميليشيات التي ظلت القبائل تحاربها منذ شهرين نحو المدينة."
    doc, ev = news_event(text, "تحاربها")
    assert ev.code == "190"


def test_no_fight_with_a_phenomenon_or_no_foe() -> None:
    assert "تحارب" not in news_triggers("وقال الوزير إن المملكة تحارب الإرهاب بكل حزم.")
    assert "حاربت" not in news_triggers("وقالت الحركة التي حاربت من أجل إسقاط النظام إنها ترفض الاتفاق.")
    assert "تحارب" not in news_triggers("ويقول الضباط إنهم القوة التي تحارب على الأرض.")
    assert "يحارب" not in news_triggers("فمن يحارب فصيلا معينا سيجد نفسه أمام طرف آخر.")


def test_objected_to() -> None:
    text = "واعترضت روسيا على مشروع القرار في مجلس الأمن أمس."
    doc, ev = news_event(text, "واعترضت")
    assert ev.code == "120"
    assert news_arg(text, "واعترضت") == "روسيا"


def test_an_interception_is_no_objection() -> None:
    assert news_triggers("واعترضت الدفاعات الجوية صاروخا باليستيا أمس.") == []


def test_a_speech_given_and_planned() -> None:
    text = "وألقى الملك سلمان كلمة في افتتاح القمة أمس."
    doc, ev = news_event(text, "وألقى")
    assert ev.code == "010"
    assert news_arg(text, "وألقى") == "سلمان"
    assert news_modality("وسيلقي الرئيس خطابا أمام البرلمان غدا.", "وسيلقي") == "planned"


def test_other_senses_of_alqa_are_no_speech() -> None:
    assert "وألقت" not in news_triggers("وألقت الشرطة القبض على ثلاثة أشخاص في الحي.")
    assert "وألقى" not in news_triggers("وألقى الوزير باللوم على الحكومة في خطاب أمس.")
    assert "يلقى" not in news_triggers("ومن المتوقع أن يلقى ذلك الخطاب المزيد من الانتقادات.")


def test_talks_as_the_aim_of_a_trip_are_planned() -> None:
    text = "ووصل الوزير إلى باريس لبحث الأزمة السورية مع نظيره."
    assert news_modality(text, "لبحث") == "planned"
    assert news_modality(text, "ووصل") == "asserted"


def test_a_bombardment_undergone_stays_told() -> None:
    assert news_modality("وتعرضت المدينة لقصف عنيف أمس.", "لقصف") == "asserted"


def test_a_visit_soon_is_planned() -> None:
    text = "وأعلن رجال أعمال فرنسيون زيارة طهران قريبا."
    assert news_modality(text, "زيارة") == "planned"
    assert news_modality("وكان القصف قريبا من الحدود أمس.", "القصف") == "asserted"


def test_talks_one_will_take_part_in_are_planned() -> None:
    text = "ولا تنتمي الصين إلى المجموعة لكن سيكون لها تمثيل في المحادثات."
    assert news_modality(text, "المحادثات") == "planned"
    assert news_modality("وستشارك روسيا في الاجتماع.", "الاجتماع") == "planned"
    assert news_modality("وشاركت روسيا في الاجتماع أمس.", "الاجتماع") == "asserted"
