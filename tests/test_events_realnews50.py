"""Round 50 of real news: contacts and messages said with a support verb, visits and meetings of protocol news.
After «تلقى» the one named after «من» calls and the receiver is the target, also when a relative «تلقاه» follows the
noun; after «أجرى/بعث» the verb's subject acts; a cable of congratulation or condolence is praise (051) or an
empathetic comment (018); a visit's «لـ» place is visited; «وزارته» is his ministry, no visit; a meeting noun with
its genitive has the one met past the seat, the time and a comma; a relative's head noun starts past «و»; a verb
followed by a word of cause has no object."""

from __future__ import annotations

from conftest import analyze_news, event_with_trigger_at, news_arg, news_codes, news_triggers


def test_a_received_call_is_made_by_the_caller() -> None:
    text = "تلقى ولي العهد الأمير سلمان بن عبدالعزيز اتصالا هاتفيا من الرئيس الفرنسي فرانسوا هولاند مساء أمس."
    assert news_arg(text, "اتصالا", "source") == "فرانسوا هولاند"
    assert news_arg(text, "اتصالا", "target") == "سلمان بن عبدالعزيز"
    # a relative «تلقاه» after the noun
    text = "وأكد الملك عبدالله في اتصال هاتفي تلقاه من الرئيس اليمني عبدربه منصور هادي دعم المملكة لليمن."
    assert news_arg(text, "اتصال", "source") == "عبدربه منصور هادي"
    assert news_arg(text, "اتصال", "target") == "عبدالله"


def test_the_subject_of_a_support_verb_makes_the_call_or_sends_the_cable() -> None:
    text = "وأجرى وزير الخارجية الأمير سعود الفيصل اتصالا هاتفيا مع نظيره الأمريكي جون كيري."
    assert news_arg(text, "اتصالا", "source") == "سعود الفيصل"
    assert news_arg(text, "اتصالا", "target") == "جون كيري"
    text = "وبعث الرئيس المصري عبدالفتاح السيسي برقية تهنئة إلى الملك سلمان بمناسبة عيد الفطر."
    assert ("برقية تهنئة", "051") in news_codes(text)
    assert news_arg(text, "برقية", "source") == "عبدالفتاح السيسي"
    assert news_arg(text, "برقية", "target") == "سلمان"
    text = "بعث خادم الحرمين الشريفين ببرقية تعزية لأمير دولة الكويت."
    assert ("ببرقية تعزية", "018") in news_codes(text)
    assert news_arg(text, "ببرقية", "source") == "خادم الحرمين الشريفين"


def test_a_visits_lam_place_is_visited() -> None:
    text = "ويقوم رئيس الوزراء العراقي حيدر العبادي بزيارة رسمية للأردن تستغرق يومين."
    assert news_arg(text, "بزيارة", "target") == "الأردن"
    text = "وتأتي زيارة الرئيس التركي رجب طيب أردوغان لقطر بعد أسبوع من الاتفاق."
    assert news_arg(text, "زيارة", "source") == "رجب طيب أردوغان"
    assert news_arg(text, "زيارة", "target") == "قطر"


def test_his_ministry_is_no_visit() -> None:
    text = "وأوضح وزير الصحة أن وزارته ستواصل دعم المستشفيات في المنطقة."
    assert "وزارته" not in news_triggers(text)
    assert "وزار" in news_triggers("والتقى الأمير بالأهالي وزار المدينة.")


def test_the_one_met_comes_past_the_seat_the_time_and_a_comma() -> None:
    text = ("وتم خلال لقاء أمير منطقة الرياض الأمير فيصل بن بندر بمكتبه في قصر الحكم أمس، السفير البريطاني لدى "
            "المملكة جون جنكنز، بحث عدد من الموضوعات.")
    assert news_arg(text, "لقاء", "source") == "فيصل بن بندر"
    assert news_arg(text, "لقاء", "target") == "جون جنكنز"


def test_a_relatives_head_noun_starts_past_and() -> None:
    text = "وبحث الوزيران الدعم العسكري للقوات العراقية والمواقع التي تستهدفها الطائرات الحربية."
    doc = analyze_news(text)
    span = event_with_trigger_at(doc, "تستهدفها").attrs.get("target_span")
    assert isinstance(span, list) and doc.text[span[0]:span[1]] == "المواقع"


def test_a_word_of_cause_is_no_object() -> None:
    text = "وقال سكان محليون إن ثمانية مدنيين على الأقل قتلوا جراء تلك الغارات."
    assert news_arg(text, "قتلوا", "target") != "جراء"
