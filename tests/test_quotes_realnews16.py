"""Quote speakers on constructions of real news, round 16: a demonstrative and a group as the subject («وتقول هذه
الأوساط»); an unnamed source's phrase with its adjectives and the body it is of («مصدر كردي بارز», «مصادر من الهيئة
العليا»); «معاليه», «سموه», «فخامته» for the one of that title; a spokesman after «كان» («وكان متحدث باسم الملك
السابق فلان قد أعلن»); a dropped subject of the other gender after the one person of the sentence before; a long
relative clause between the subject and the verb («X، الذي ...، أكد»)."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers

LONG_RELATIVE = ("الذي يشغل منصب رئيس لجنة الشؤون الخارجية في مجلس النواب منذ انتخابات العام الماضي وحتى اليوم "
                 "بعد فوز كتلته")


def test_a_demonstrative_and_a_group_speak() -> None:
    doc = analyze_news("وتقول هذه الأوساط إن الحكومة لن تصمد طويلا.")
    assert quote_speakers(doc) == [("وتقول", "[هذه الأوساط]")]
    doc = analyze_news("وترى تلك المصادر أن المفاوضات ستفشل.")
    assert quote_speakers(doc) == [("وترى", "[تلك المصادر]")]


def test_the_group_is_carried_over_a_dropped_subject() -> None:
    doc = analyze_news("وتقول هذه الأوساط إن الحكومة لن تصمد طويلا. وأضافت أن القرار نهائي.")
    assert quote_speakers(doc) == [("وتقول", "[هذه الأوساط]"), ("وأضافت", "[هذه الأوساط]")]
    # «هذه المصادر» after sources quoted before: those sources
    doc = analyze_news("وقالت مصادر سياسية إن القرار نهائي. وقالت هذه المصادر إن مصر تطرح المشروع.")
    assert quote_speakers(doc) == [("وقالت", "[مصادر سياسية]"), ("وقالت", "[مصادر سياسية]")]


def test_a_source_keeps_its_adjectives() -> None:
    doc = analyze_news("وقال مصدر كردي بارز إن القوات تقدمت.")
    assert quote_speakers(doc) == [("وقال", "[مصدر كردي بارز]")]


def test_a_source_keeps_the_body_it_is_of() -> None:
    doc = analyze_news("وقالت مصادر من الهيئة العليا للمفاوضات إن الوفد لن يحضر.")
    assert quote_speakers(doc) == [("وقالت", "[مصادر من الهيئة العليا للمفاوضات]")]
    doc = analyze_news("وأكد مسؤول رفيع في الحكومة أن الاتفاق قريب.")
    assert quote_speakers(doc) == [("وأكد", "[مسؤول رفيع في الحكومة]")]
    doc = analyze_news("وأضاف مسؤول عسكري كبير في العاصمة باماكو أن تعزيزات أرسلت.")
    assert quote_speakers(doc) == [("وأضاف", "[مسؤول عسكري كبير في العاصمة باماكو]")]
    # a statement, or a phrase the chunker cut short, is no body
    doc = analyze_news("وقال مسؤول في تصريح صحفي إن الاتفاق قريب.")
    assert quote_speakers(doc) == [("وقال", "[مسؤول]")]
    doc = analyze_news("وقال الخبير في الشؤون العسكرية العميد ركن فلان إن القاعدة سقطت.")
    assert quote_speakers(doc)[0][1] != "[الخبير في الشؤون]"


def test_his_excellency_is_the_minister_not_the_prince_named_last() -> None:
    doc = analyze_news("والتقى وزير الخارجية عادل الجبير بالأمير محمد بن نايف. وشدد معاليه على أن العلاقات قوية.")
    assert quote_speakers(doc) == [("وشدد", "عادل الجبير")]


def test_his_highness_is_the_prince_not_the_minister_named_last() -> None:
    doc = analyze_news("واستقبل الأمير سلمان بن عبدالعزيز الوزير جون كيري. وأكد سموه أن المملكة تدعم الحل.")
    assert quote_speakers(doc) == [("وأكد", "سلمان بن عبدالعزيز")]


def test_his_excellency_the_president_is_the_president_quoted_before() -> None:
    doc = analyze_news("وقال الرئيس عبد ربه منصور هادي إن الحرب انتهت. والتقى وزير الخارجية عادل الجبير بالأمير "
                       "محمد بن نايف. وأكد فخامته أن المملكة تدعم الحل.")
    assert quote_speakers(doc) == [("وقال", "عبد ربه منصور هادي"), ("وأكد", "عبد ربه منصور هادي")]


def test_a_spokesman_after_kana_speaks_for_the_king() -> None:
    doc = analyze_news("وكان متحدث باسم الملك السابق عبدالله قد أعلن أن الملك بصحة جيدة.")
    assert quote_speakers(doc) == [("أعلن", "[متحدث باسم الملك السابق عبدالله]")]
    q = doc.to_dict()["quotes"][0]
    assert q["speaker"] is None
    assert next(e["name"] for e in doc.to_dict()["entities"] if e["id"] == q["speaker_affiliation"]) == "عبدالله"
    # a named spokesman is who speaks
    doc = analyze_news("وكان المتحدث باسم الخارجية الأميركية جون كيربي قد أعلن أن الاتفاق قريب.")
    assert quote_speakers(doc) == [("أعلن", "جون كيربي")]


def test_a_dropped_subject_of_the_other_gender_keeps_the_one_person_before() -> None:
    doc = analyze_news("وزارت وزيرة الخارجية الأسترالية جولي بيشوب طهران أمس. وأضاف أن الزيارة ناجحة.")
    assert quote_speakers(doc) == [("وأضاف", "جولي بيشوب")]
    doc = analyze_news("وزار وزير الخارجية الأميركي جون كيري طهران أمس. وأضافت أن الزيارة ناجحة.")
    assert quote_speakers(doc) == [("وأضافت", "جون كيري")]
    # not where one of the cue's gender is named, nor a person named in passing
    doc = analyze_news("وزارت وزيرة الخارجية جولي بيشوب طهران أمس مع الوزير جون كيري. وأضاف أن الزيارة ناجحة.")
    assert quote_speakers(doc) != [("وأضاف", "جولي بيشوب")]
    doc = analyze_news("ولفتت قيادات المقاومة إلى أن القوات الموالية للرئيس عبد ربه منصور هادي دخلت القاعدة. "
                       "وأضافت أن المعارك مستمرة.")
    assert ("وأضافت", "عبد ربه منصور هادي") not in quote_speakers(doc)


def test_a_long_relative_clause_between_the_subject_and_the_verb() -> None:
    doc = analyze_news(f"وقال أحمد سالم إن الوضع صعب، لكن محمد العلي، {LONG_RELATIVE}، أكد أن الحكومة مستعدة.")
    assert quote_speakers(doc) == [("وقال", "أحمد سالم"), ("أكد", "محمد العلي")]
    doc = analyze_news(f"وقال أحمد سالم إن الوضع صعب. ويذكر أن محمد العلي، {LONG_RELATIVE}، أكد أن الحكومة مستعدة.")
    assert quote_speakers(doc) == [("وقال", "أحمد سالم"), ("أكد", "محمد العلي")]
