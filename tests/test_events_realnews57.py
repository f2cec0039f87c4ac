"""Round 57 of real news: arguments left empty or wrong. An adjective of an attack noun that also names people
(«هجوم مسلح», «لهجمات مباغتة») is no source, where its plural is («هجوم مسلحين»); the subject of a statement verb
right before a masdar of giving gives («أعلنت بريطانيا تقديم مساعدات»); a «لـ» phrase headed by a masdar is a
purpose, never a target («تقديم المساعدة لتطوير»); the sides after «بين» past a quotation mark or a «و» the word
layer left on its word; a count that opens a clause before a plural verb of killing is who was killed («إن ثمانية
مدنيين قتلوا»), and so the count after «ما لا يقل عن» after a noun of killing; a plain definite subject does not
run on over a noun act to the name in its genitive («وأكدت المصادر مقتل الناشط فلان»)."""

from __future__ import annotations

from conftest import news_arg


def test_an_adjective_of_the_attack_is_no_source() -> None:
    assert news_arg("وأسفر هجوم مسلح على نقطة تفتيش عن مقتل جنديين.", "هجوم", "source") == ""
    text = "وأصبح الجيش عرضة لهجمات مباغتة من قبل الحوثيين."
    assert news_arg(text, "لهجمات", "source") == "الحوثيين"
    # the plural names the gunmen
    assert news_arg("وأسفر هجوم مسلحين على نقطة تفتيش عن مقتل جنديين.", "هجوم", "source") == "مسلحين"
    # after a killing the word names the victim
    assert news_arg("وأعلنت الشرطة مقتل مسلح في تبادل لإطلاق النار.", "مقتل", "target") == "مسلح"


def test_the_subject_of_a_statement_verb_gives_what_it_announces() -> None:
    text = "وأعلنت بريطانيا تقديم مساعدات عسكرية للتحالف."
    assert news_arg(text, "تقديم", "source") == "بريطانيا"
    assert news_arg("وأكدت فرنسا إرسال مساعدات إنسانية إلى اللاجئين.", "إرسال", "source") == "فرنسا"
    # not after a verb of another kind
    assert news_arg("وزارت بريطانيا تقديم مساعدات للاجئين.", "تقديم", "source") != "بريطانيا"


def test_a_masdar_after_lam_is_a_purpose_not_a_target() -> None:
    text = "وأكد الوزير تقديم المساعدة لتطوير البنية التحتية في البلاد."
    assert news_arg(text, "تقديم", "target") == ""
    assert news_arg("وقررت الحكومة تقديم المساعدة للاجئين.", "تقديم", "target") == "للاجئين"
    # a protest is at the act it names
    text = "وتجمع عدد من أنصار الحريري في الساحة معلنين رفضهم لترشيح ميقاتي."
    assert news_arg(text, "وتجمع", "target") == "لترشيح ميقاتي"


def test_the_sides_after_bayna_past_a_quote_or_an_unsplit_and() -> None:
    text = "وأفاد المرصد باندلاع اشتباكات بين «جبهة النصرة» ومقاتلين من فصائل مقاتلة."
    assert news_arg(text, "اشتباكات", "source") == "جبهة النصرة"
    assert news_arg(text, "اشتباكات", "target") == "مقاتلين"
    text = "وتواصلت المواجهات بين القوات التركية ومتمردي الحزب في أنحاء البلاد."
    assert news_arg(text, "المواجهات", "source") == "القوات التركية"
    assert news_arg(text, "المواجهات", "target") == "متمردي الحزب"


def test_a_count_before_a_plural_verb_of_killing_was_killed() -> None:
    text = "وقال سكان محليون إن ثمانية مدنيين على الأقل قتلوا جراء الغارات."
    assert news_arg(text, "قتلوا", "target") == "ثمانية مدنيين"
    assert news_arg(text, "قتلوا", "source") == ""
    text = "وأعلن الجيش أمس أن أربعة جنود قتلوا وأصيب خمسة في قتال مع المتمردين."
    assert news_arg(text, "قتلوا", "target") == "أربعة جنود"
    # with an object after it, the count killed
    text = "وقال الجيش إن ثلاثة مسلحين قتلوا شرطيا في الهجوم."
    assert news_arg(text, "قتلوا", "target") != "ثلاثة مسلحين"


def test_the_approximated_count_after_a_noun_of_killing_is_killed() -> None:
    text = "وأدى القصف إلى تدمير عربات ومقتل ما لا يقل عن 12 عنصرا من الجيش."
    assert news_arg(text, "ومقتل", "target") == "12 عنصرا من الجيش"
    text = "وأسفرت الغارة عن تدمير مبنى ومقتل ما يزيد على عشرين شخصا."
    assert news_arg(text, "ومقتل", "target") == "عشرين شخصا"


def test_a_definite_subject_does_not_run_over_a_noun_act_to_a_name() -> None:
    text = "وأكدت المصادر مقتل الناشط أحمد الزهراني برصاص قناص."
    assert news_arg(text, "وأكدت", "source") == "المصادر"
    assert news_arg(text, "مقتل", "target") == "أحمد الزهراني"
    text = "وأعلن الجيش مقتل قائد الكتيبة العقيد فهد المطيري في الاشتباكات."
    assert news_arg(text, "وأعلن", "source") == "الجيش"
    # a title still stands for the name after it
    assert news_arg("وأكد وزير الخارجية عادل الجبير دعم المملكة.", "وأكد", "source") == "عادل الجبير"


def test_a_feminine_verb_carries_no_man() -> None:
    text = "وقال الباحث إريك جولدستين إن القانون يقيد الحريات. كما أكدت تنظيم وقفات احتجاجية أمام الوزارة."
    assert news_arg(text, "أكدت", "source") == ""
    # a woman's name may be carried
    text = "وقالت المتحدثة كريستيانه فيرتس إن الحكومة لن تتراجع. وأكدت أن النواب أحرار."
    assert news_arg(text, "وأكدت", "source") == "كريستيانه فيرتس"


def test_the_lam_phrase_past_the_seat_of_an_honoured_host_is_received() -> None:
    text = "وأكد خلال لقاء معاليه اليوم بالرياض لوفد الغرفة التجارية أهمية التعاون."
    assert news_arg(text, "لقاء", "target") == "وفد الغرفة التجارية"  # (round 202: past its «لـ»)
    text = "جاء ذلك خلال استقبال سموه في مكتبه بالإمارة اليوم، لرئيس مجلس إدارة الجمعية."
    assert news_arg(text, "استقبال", "target") == "رئيس مجلس إدارة الجمعية"  # (round 202: past its «لـ»)
