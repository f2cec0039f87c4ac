"""Round ev312: which events are coded. The toll of an act of force told in its clause («ما أدى إلى مقتل»,
«أسفرت غارات ... عن مقتل», «بمقتل 12 مدنيا في قصف جوي», «وسقوط جرحى» after such a toll) is that act, one event
coded as the act (events.result_fold); a toll with no act told in its clause stays an event of its own. One test of
a «سـ» verb (events.modality_links.future_verb) serves the modality cues that read one."""

from conftest import analyze_news, news_event, news_modality

from rasd.events.modality_links import future_verb
from rasd.text.normalize import norm_key


def _rows(text: str) -> list[tuple[str, str, list[str]]]:
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.code, [doc.text[t.start : t.end] for t in e.triggers])
            for e in doc.events]


def test_toll_after_ma_adda_is_the_shelling() -> None:
    text = "وأفاد ناشطون بأن قوات النظام قصفت مناطق في بلدة كفرنبل ما أدى إلى مقتل 4 مواطنين."
    rows = _rows(text)
    assert [(t, c) for t, c, _ in rows] == [("قصفت", "194")]
    assert rows[0][2] == ["قصفت", "مقتل"]


def test_toll_after_asfarat_is_the_airstrikes() -> None:
    text = "وأسفرت غارات للطيران الحربي فجر أمس على قرية قرب الموصل عن مقتل ستة من عناصر الشرطة العراقية."
    rows = _rows(text)
    assert [(t, c) for t, c, _ in rows] == [("غارات", "195")]
    assert "مقتل" in rows[0][2]


def test_counter_toll_announced_with_no_act_stays() -> None:
    text = "وأعلنت قيادة العمليات في بيان مقتل 17 مسلحا من تنظيم داعش شرقي المدينة."
    assert ("مقتل", "190") in [(t, c) for t, c, _ in _rows(text)]


def test_toll_conjunct_joins_the_same_act() -> None:
    text = ("وقالت مصادر إن قوات النظام قصفت مناطق في بلدة سراقب ما أدى إلى مقتل 3 مواطنين، بينهم طفلان، "
            "وسقوط جرحى.")
    rows = _rows(text)
    assert [(t, c) for t, c, _ in rows] == [("قصفت", "194")]
    assert rows[0][2] == ["قصفت", "مقتل", "جرحى"]


def test_counter_toll_in_another_sentence_is_its_own() -> None:
    text = "وقصفت قوات النظام بلدة سراقب ما أدى إلى مقتل 3 مواطنين. وأعلن المرصد سقوط جرحى في المدينة."
    triggers = [t for t, _, _ in _rows(text)]
    assert "جرحى" in triggers and "مقتل" not in triggers


def test_toll_noun_in_airstrike_is_one_event() -> None:
    # one event, on the toll's trigger (its victims), coded as the act
    text = "وأفادت مصادر محلية بمقتل 12 مدنيا بينهم أطفال في قصف جوي طال بلدة قرب الحدود."
    rows = _rows(text)
    assert rows == [("بمقتل", "195", ["بمقتل", "قصف"])]


def test_counter_toll_verb_stays_with_its_attack() -> None:
    # a toll verb keeps its own event: its subject is read apart from the doer of the attack
    text = "وقالت مصادر محلية إن خمسة من الجنود قتلوا أمس في هجوم انتحاري قرب المعسكر."
    triggers = [t for t, _, _ in _rows(text)]
    assert "قتلوا" in triggers and "هجوم انتحاري" in triggers


def test_killed_by_airstrike_in_ba_is_the_airstrike() -> None:
    text = "وأعلن الجيش عن مقتل 20 مسلحا من تنظيم داعش، بقصف جوي استهدف مخابئهم جنوب المدينة."
    rows = _rows(text)
    assert ("مقتل", "195", ["مقتل", "بقصف"]) in rows
    assert "بقصف" not in [t for t, _, _ in rows]


def test_counter_killed_soldiers_who_took_part_in_shelling() -> None:
    # the shelling is the relative clause's, another act: two events
    text = "وأعلن الجيش مقتل ثلاثة جنود كانوا يشاركون في قصف المدينة."
    triggers = [t for t, _, _ in _rows(text)]
    assert "مقتل" in triggers and "قصف" in triggers


def test_future_verb_one_test() -> None:
    for word in ("سيلتقي", "وستجري", "سيفعله", "سيدفع", "سيتيح", "سنواصل"):
        assert future_verb(norm_key(word)), word
    for word in ("سيرغي", "سنوية", "ستاندرد", "سيارات", "سيناريو", "سنغافورة", "سيطرت", "السيدة"):
        assert not future_verb(norm_key(word)), word


def test_defective_future_before_during_is_planned() -> None:
    text = "وقال المتحدث إن الوزير سيلتقي خلال زيارته عددا من المسؤولين."
    assert news_modality(text, "زيارته") == "planned"


def test_counter_name_in_sin_before_during_is_not_planned() -> None:
    text = "والتقى الوزير الروسي سيرغي خلال زيارته عددا من المسؤولين أمس."
    assert news_modality(text, "زيارته") != "planned"


def test_meeting_right_after_future_verb_is_planned() -> None:
    text = "وقال الوزير إن المناقشات التي سيتناولها اللقاء الثلاثي في الدوحة تشمل الملف السوري."
    assert news_modality(text, "اللقاء") == "planned"
    assert news_modality("وسيبحث الاجتماع الوزاري الأزمة السورية.", "الاجتماع") == "planned"


def test_counter_meeting_after_past_verb_or_attack_after_future_verb() -> None:
    assert news_modality("وبحث الاجتماع الوزاري الأزمة السورية أمس.", "الاجتماع") != "planned"
    # an act of force a «سـ» verb takes is a topic, told as real
    assert news_modality("وسيبحث المجلس الهجوم الأخير على المدينة.", "الهجوم") != "planned"
