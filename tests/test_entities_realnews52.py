"""Entities in news constructions, round 52 (spans cut wrong, first names linked wrong, countries from
appositions): a name whose first letter looks like a proclitic is read whole («باردو», not ب + «اردو»); a noun
that takes the article is no «ب» + a name («بريد», mail, not ب + «ريد»), and a frequent noun opens no person name
(«بريد كلينتون» is Clinton); a verb of movement after a surname, «و» + a title, end a name; a given name before a
family name the earlier man does not bear is no mention of him, and after a masdar of appointment it is a new
person; an institution named with a place inside («معهد واشنطن للشرق الأدنى», «غرفة عمليات فتح حلب») is a body
wherever its name stands, not the place; a gentilic apposed after a name gives his country; a Western initial
with its full stop and a rare family name after a lone given name widen the tagger's name.
Counter-cases: «بروسيا» is still ب + «روسيا»; «ودي ميستورا» still drops its «و»; a given name before a common
word stays linked; a place after «معهد» with no «لل» complement, and a place in «مركز» + a common noun, stay
places; a gentilic after a comma that opens a body («، الجيش الأردني») gives no country."""

from __future__ import annotations

from conftest import analyze_news, entity_of_mention, names_of_type, runs_doc, typed_runs_doc


def _names(text: str, typ: str) -> list[str]:
    return names_of_type(analyze_news(text), typ)


def _mention_texts(doc, typ: str) -> list[str]:  # type: ignore[no-untyped-def]
    ids = {e.id for e in doc.entities if e.type == typ}
    return [doc.text[m.start : m.end] for m in doc.mentions if m.entity in ids]


# a letter of the name, not a proclitic

def test_a_name_with_a_b_of_its_own_keeps_it() -> None:
    doc = typed_runs_doc("وزار الوفد متحف باردو في العاصمة التونسية أمس.", ("LOC", ["باردو"]))
    assert "باردو" in _mention_texts(doc, "LOCATION") + _mention_texts(doc, "ORGANIZATION")
    assert "اردو" not in [doc.text[m.start : m.end] for m in doc.mentions]


def test_a_preposition_before_a_commoner_country_is_still_split() -> None:
    from rasd.entities.gazetteer import clitic_variants

    assert "روسيا" in [k for k, _, _ in clitic_variants("بروسيا")]
    assert [k for k, _, _ in clitic_variants("باردو")] == ["باردو"]


def test_a_noun_that_takes_the_article_is_no_preposition_before_a_name() -> None:
    from rasd.text.segmenter import Segmenter

    seg = Segmenter()
    assert seg.analyze("بريد") == ((4, "stem", None),)
    assert seg.analyze("بكلينتون")[0] == (1, "proclitic", None)  # a name after «ب»: split


def test_a_frequent_noun_opens_no_person_name() -> None:
    doc = runs_doc("وكشف المحققون أن بريد كلينتون الخاص احتوى على رسائل سرية.", ["بريد", "كلينتون"])
    assert _mention_texts(doc, "PERSON") == ["كلينتون"]


def test_a_given_name_after_and_keeps_its_person() -> None:
    doc = runs_doc("وحضر الاجتماع سعيد حسن ومحمد محمود خليل من البعثة.", ["ومحمد", "محمود", "خليل"])
    assert "محمد محمود خليل" in _mention_texts(doc, "PERSON")


# where a name ends

def test_a_verb_of_travel_after_a_surname_ends_the_name() -> None:
    text = "وكان الضابط هشام علي عشماوي قد فصل من الجيش. وأكدت الداخلية أن عشماوي سافر إلى ليبيا قبل عامين."
    doc = runs_doc(text, ["هشام", "علي", "عشماوي"], ["عشماوي", "سافر"])
    assert names_of_type(doc, "PERSON") == ["هشام علي عشماوي"]
    assert "عشماوي سافر" not in _mention_texts(doc, "PERSON")


def test_and_with_a_title_ends_the_name_before_it() -> None:
    text = "واستقبل أمير الكويت الشيخ جابر الأحمد الصباح وولي العهد الشيخ سعد العبد الله الصباح الوفد."
    names = _names(text, "PERSON")
    assert "جابر الأحمد الصباح" in names
    assert not any(n.endswith("وولي") for n in names)


def test_a_generic_group_word_is_no_person() -> None:
    doc = runs_doc("وتوقع المصدر أن تلجأ ميليشيا الحوثيين إلى الجبال.", ["ميليشيا"])
    assert _mention_texts(doc, "PERSON") == []


# first names and family names

def test_a_given_name_before_an_unknown_family_name_is_no_mention_of_an_earlier_man() -> None:
    text = ("وأصدر ولي العهد الأمير محمد بن سلمان قرارا جديدا. ووافق مجلس الوزراء على تعيين محمد الزعبلاوي "
            "على وظيفة سفير بوزارة الخارجية.")
    doc = analyze_news(text)
    prince = entity_of_mention(doc, "محمد بن سلمان")
    assert [doc.text[m.start : m.end] for m in doc.mentions if m.entity == prince.id] == ["محمد بن سلمان"]
    assert entity_of_mention(doc, "محمد الزعبلاوي").name == "محمد الزعبلاوي"


def test_a_lone_given_name_takes_a_rare_family_name_after_it() -> None:
    doc = runs_doc("وقال منصور الزعبلاوي إن الخطة جاهزة.", ["منصور"])
    assert _mention_texts(doc, "PERSON") == ["منصور الزعبلاوي"]


def test_a_given_name_before_a_common_word_is_not_widened() -> None:
    doc = runs_doc("وقال منصور الأسبوع الماضي إن الخطة جاهزة.", ["منصور"])
    assert _mention_texts(doc, "PERSON") == ["منصور"]


def test_a_western_initial_with_its_stop_takes_the_family_name() -> None:
    doc = runs_doc("وقال الجنرال جوزيف إل. فوتيل، قائد العمليات الخاصة، إن الحرب طويلة.", ["جوزيف", "إل"])
    assert _mention_texts(doc, "PERSON") == ["جوزيف إل. فوتيل"]


# a place inside a body's name

def test_an_institute_with_a_place_and_a_complement_is_a_body_everywhere() -> None:
    text = ("وقال الباحث في «معهد واشنطن للشرق الأدنى» إن التنظيم يتمدد. "
            "وحسب دراسة نشرها معهد واشنطن للشرق الأدنى العام الماضي فإن الخطر قائم.")
    doc = analyze_news(text)
    assert _mention_texts(doc, "ORGANIZATION").count("معهد واشنطن للشرق الأدنى") == 2
    assert "واشنطن" not in _mention_texts(doc, "LOCATION")


def test_an_operations_room_named_after_a_town_is_a_body() -> None:
    doc = analyze_news("ودارت اشتباكات بين قوات النظام وغرفة عمليات فتح حلب شمال المدينة.")
    assert "غرفة عمليات فتح حلب" in _mention_texts(doc, "ORGANIZATION")
    assert "حلب" not in _mention_texts(doc, "LOCATION")


def test_a_place_after_an_institute_without_a_complement_stays_a_place() -> None:
    doc = analyze_news("وزار الوفد مركز القاهرة أمس، ثم توجه إلى المطار.")
    assert "القاهرة" in _mention_texts(doc, "LOCATION")


# a country from an apposition

def test_an_apposed_gentilic_gives_the_country() -> None:
    doc = runs_doc("وكان القيادي مقربا من أبو مصعب الزرقاوي، الحركي الأردني المتشدد الذي قاد التنظيم.",
                   ["أبو", "مصعب", "الزرقاوي"])
    assert entity_of_mention(doc, "أبو مصعب الزرقاوي").country == "JOR"


def test_a_body_after_the_comma_gives_no_country() -> None:
    doc = runs_doc("وحضر اللقاء سمير الزعبلاوي، الجيش الأردني وممثلو الشرطة.", ["سمير", "الزعبلاوي"])
    assert entity_of_mention(doc, "سمير الزعبلاوي").country is None
