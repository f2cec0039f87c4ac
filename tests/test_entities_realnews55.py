"""Entities in news constructions, round 55 (councils, bare bodies and «المقاومة»): a bare «المقاومة», «الجبهة»,
«الحكومة» or «المحكمة» is the one body the article names with that head noun; councils headed by «مجلس/المجلس»
(masculine ranks, the country adjective before the rank), courts headed by «المحكمة», «هيئة» with two joined
nouns and a council's complement with joined nouns are bodies; the tagger's possessed nouns («رأيه»), geographic
nouns («الجزيرة القبرصية») and a surname alone of a person named in full are no bodies; OCHA and the NSA are
listed. Counter-cases: two resistances or two governments named, another resistance named by a place, a
northern front, «المجلس الأفغاني» alone, an allegiance after a council's complement and the channel in quotes."""

from __future__ import annotations

from conftest import analyze_news, entity_of_mention, names_of_type


def _mentions_of(doc, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    ent = next(e for e in doc.entities if e.name == name)
    return [doc.text[m.start : m.end] for m in doc.mentions if m.entity == ent.id]


# bare heads

def test_the_resistance_alone_is_the_one_named() -> None:
    doc = analyze_news("وسيطرت المقاومة الشعبية الجنوبية على المدينة. وقالت مصادر إن المقاومة قتلت عشرة من المسلحين.")
    assert _mentions_of(doc, "المقاومة الشعبية الجنوبية") == ["المقاومة الشعبية الجنوبية", "المقاومة"]


def test_two_resistances_leave_the_word_alone() -> None:
    doc = analyze_news("وقاتلت المقاومة الشعبية في تعز والمقاومة الجنوبية في الضالع. وتقدمت المقاومة نحو المدينة.")
    assert not any(doc.text[m.start : m.end] == "المقاومة" and m.entity for m in doc.mentions)


def test_a_resistance_named_by_its_region_leaves_the_word_alone() -> None:
    text = "وسيطرت المقاومة الشعبية الجنوبية على المدينة. وصعدت مقاومة آزال هجماتها، وقتل أحد عناصر المقاومة."
    assert _mentions_of(analyze_news(text), "المقاومة الشعبية الجنوبية") == ["المقاومة الشعبية الجنوبية"]


def test_the_front_is_nusra() -> None:
    doc = analyze_news("وهاجمت جبهة النصرة مقر الفرقة. وقال بيان صادر عن الجبهة إن الهجوم نجح.")
    assert entity_of_mention(doc, "الجبهة").name == "جبهة النصرة"


def test_the_northern_front_is_no_body() -> None:
    doc = analyze_news("وهاجمت جبهة النصرة مقر الفرقة. وعاد المقاتلون إلى الجبهة الشمالية بعد يومين.")
    assert _mentions_of(doc, "جبهة النصرة") == ["جبهة النصرة"]


def test_the_government_is_the_one_named() -> None:
    doc = analyze_news("وقالت الحكومة اليمنية إنها ستعود إلى عدن. وأكدت الحكومة أن الوزراء سيصلون.")
    assert entity_of_mention(doc, "الحكومة").actor == "YEMGOV"


def test_two_governments_leave_the_word_alone() -> None:
    doc = analyze_news("وقالت الحكومة اليمنية إنها ستعود. وانتقدت الحكومة المصرية القرار. وأكدت الحكومة أن الوزراء سيصلون.")
    assert not any(doc.text[m.start : m.end] == "الحكومة" and m.entity for m in doc.mentions)


def test_the_court_named_before() -> None:
    doc = analyze_news("وأصدرت المحكمة الدستورية العليا حكما ببطلان القانون. وقالت المحكمة إن القانون مخالف.")
    assert _mentions_of(doc, "المحكمة الدستورية العليا") == ["المحكمة الدستورية العليا", "المحكمة"]


# councils

def test_a_council_with_its_country_before_its_rank() -> None:
    doc = analyze_news("وقال عضو في المجلس الأفغاني الأعلى للسلام إن المفاوضات ستستأنف.")
    assert entity_of_mention(doc, "المجلس الأفغاني الأعلى للسلام").country == "AFG"


def test_a_military_council() -> None:
    doc = analyze_news("وبدأ اجتماع مجلس الشورى العسكري التركي الأعلى برئاسة رئيس الوزراء.")
    assert entity_of_mention(doc, "مجلس الشورى العسكري التركي الأعلى").country == "TUR"


def test_a_council_and_its_country_alone_is_no_name() -> None:
    assert names_of_type(analyze_news("وعقد المجلس الأفغاني اجتماعا أمس."), "ORGANIZATION") == []


def test_a_commission_of_two_joined_nouns_and_its_anaphor() -> None:
    doc = analyze_news("وتعمل هيئة الحقيقة والكرامة على المحاسبة. وكان استبيان أنجزته الهيئة المذكورة قد أظهر نتائج.")
    assert _mentions_of(doc, "هيئة الحقيقة والكرامة") == ["هيئة الحقيقة والكرامة", "الهيئة"]


def test_a_complement_of_joined_nouns() -> None:
    doc = analyze_news("وقال عضو المجلس الوطني للثقافة والفنون والآداب إن المعرض افتتح.")
    assert names_of_type(doc, "ORGANIZATION") == ["المجلس الوطني للثقافة والفنون والآداب"]


def test_an_allegiance_after_a_complement_is_not_the_name() -> None:
    doc = analyze_news("ودافع المجلس الأعلى للقضاء الموالي للحكومة عن الأحكام.")
    assert names_of_type(doc, "ORGANIZATION") == ["المجلس الأعلى للقضاء"]


# the tagger's false bodies

def test_his_opinion_is_no_body() -> None:
    doc = analyze_news("وقال نتنياهو إن الصراع طويل. وحسب رأيه، فإن قرار المجلس الوزاري المصغر صائب.")
    assert "رأيه" not in names_of_type(doc, "ORGANIZATION")


def test_the_cypriot_island_is_a_place() -> None:
    doc = analyze_news("وتريد تركيا إعادة توحيد الجزيرة القبرصية. وقال الرئيس إن الغزو التركي للجزيرة كان سيئا.")
    assert "ORGANIZATION" not in {e.type for e in doc.entities if "جزيرة" in e.name}


def test_the_channel_in_quotes_stays_the_channel() -> None:
    doc = analyze_news("وقال المتحدث لـ«الجزيرة» إن الهجوم فشل.")
    assert entity_of_mention(doc, "الجزيرة").type == "ORGANIZATION"


def test_a_surname_alone_is_the_person() -> None:
    doc = analyze_news("وقال جيمس سبيوتو إن السوق سيتعافى. ومن ثم (والحديث لسبيوتو) فإن السوق سيقول كلمته.")
    assert (names_of_type(doc, "ORGANIZATION"), _mentions_of(doc, "جيمس سبيوتو")) == ([], ["جيمس سبيوتو", "سبيوتو"])


# listed bodies

def test_ocha_and_the_nsa() -> None:
    doc = analyze_news("وأعلن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)، أمس عن وصول لاجئين. وكشفت وثائق أن "
                       "وكالة الأمن القومي الأميركية تجسست على حلفاء.")
    assert (entity_of_mention(doc, "أوتشا").actor, entity_of_mention(doc, "وكالة الأمن القومي الأميركية").actor) \
        == ("IGOUNO", "USASPY")
