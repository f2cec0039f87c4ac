"""Round 67 of real news: which events exist and what code they get. A reporting verb whose object is a
performative act is that act («أعلن قبوله», «أعلنت رفضها», «أكد تأييده», «أعلن استعداده»), and gives way to a
verbal act noun of the lexicon («أعلن انتقاده»); no event in a standing claim («دول تطالب بالسيادة»), a
characterisation («وصفتها عدوانا يستهدف»), the matter of a proposal («مقترح بشأن التحقيق»), deaths in an
accident («مصرعهم في حادث سير»), an attack deterred («لردع ... من الاعتداء») or a government «blown up»."""

from __future__ import annotations

from conftest import news_arg, news_codes, news_event


def test_a_statement_of_acceptance_or_readiness_is_an_agreement() -> None:
    doc, e = news_event("وأعلن الرئيس بوتين قبوله لاقتراح الأمم المتحدة بشأن الهدنة.", "وأعلن")
    assert e.code == "030"
    assert news_arg("وأعلن الرئيس بوتين قبوله لاقتراح الأمم المتحدة بشأن الهدنة.", "وأعلن") == "بوتين"
    doc, e = news_event("وأعلنت إيران استعدادها للتفاوض مع الغرب.", "وأعلنت")
    assert e.code == "036"  # (round ev474: a readiness to negotiate is an intent to meet or negotiate)
    doc, e = news_event("وأعلن الحزب موافقته على المشاركة في الانتخابات.", "وأعلن")
    assert e.code == "030"
    # a statement of a fact stays a statement
    doc, e = news_event("وأعلن الوزير أن الحكومة سترسل قوات إلى الحدود.", "وأعلن")
    assert e.code == "010"


def test_a_statement_of_support_is_an_endorsement() -> None:
    doc, e = news_event("وأعلنت روسيا دعمها للحكومة السورية.", "وأعلنت")
    assert e.code == "051"
    doc, e = news_event("وأكد الوزير تأييده لمبادرة السلام.", "وأكد")
    assert e.code == "051"
    # the pronoun of a masdar after an indefinite head is its object, not its doer: no endorsement
    doc, e = news_event("وأكد الوزير ضرورة دعمها في المرحلة المقبلة.", "وأكد")
    assert e.code == "010"
    # a support named without its doer's pronoun is no performed act
    doc, e = news_event("وأعلن الوزير عن تقديم الولايات المتحدة دعما إضافيا للحكومة.", "وأعلن")
    assert e.code == "010"


def test_a_statement_of_rejection_is_one_rejection() -> None:
    codes = news_codes("وأعلنت المعارضة السورية رفضها للمقترح الروسي.")
    assert [c for _, c in codes] == ["120"]
    assert news_arg("وأعلنت المعارضة السورية رفضها للمقترح الروسي.", "وأعلنت") == "المعارضة السورية"


def test_a_statement_gives_way_to_a_verbal_act_noun() -> None:
    codes = news_codes("وأعلن لافروف انتقاده للقرار الأمريكي.")
    assert ("انتقاده", "111") in codes and "010" not in [c for _, c in codes]
    # an arrest the police announce is no act of the police's statement: the statement stays
    codes = news_codes("وأعلنت الشرطة اعتقاله أمس.")
    assert ("وأعلنت", "010") in codes and ("اعتقاله", "173") in codes


def test_a_standing_claim_is_no_demand() -> None:
    assert "100" not in [c for _, c in news_codes("وقال إنه إذا وافقت الصين ودول أخرى تطالب بالسيادة فإن التوتر سيخف.")]
    assert news_codes("كما تطالب كل من الفلبين وفيتنام بالسيادة على مناطق في البحر.") == []
    # a demand for an act is a demand (for a release of people: 1053 since round ev523)
    doc, e = news_event("وتطالب المعارضة بإطلاق سراح المعتقلين.", "وتطالب")
    assert e.code == "1053"


def test_an_act_in_a_characterisation_is_no_attack() -> None:
    text = "واتهمت الجبهة الفرقة بالعمالة، ووصفتها عدوانا أميركيا يستهدف الفصائل داخل سوريا."
    assert "190" not in [c for _, c in news_codes(text)]
    doc, e = news_event("وقالت الجبهة إن الطائرات الأميركية تستهدف الفصائل داخل سوريا.", "تستهدف")
    assert e.plover == "ASSAULT"


def test_the_matter_of_a_proposal_is_no_inquiry() -> None:
    assert "090" not in [c for _, c in news_codes("ورفض الحزب مقترح المعارضة بشأن التحقيق في الهجمات.")]
    doc, e = news_event("وأعلنت الشرطة فتح تحقيق في الهجمات.", "تحقيق في")
    assert e.code == "090"


def test_deaths_in_an_accident_and_deterred_attacks_are_no_assault() -> None:
    assert news_codes("ولقي ثلاثة جنود مصرعهم في حادث سير على الطريق السريع أمس.") == []
    assert news_codes("وأرسلت الحكومة قوات لردع المسلحين من الاعتداء على المدنيين.") == []
    assert news_codes("وقال إن المعارضة تسعى إلى تفجير الحكومة من الداخل.") == []
    # deaths in an attack are an assault
    doc, e = news_event("ولقي ثلاثة جنود مصرعهم في هجوم على حاجز أمس.", "مصرعهم")
    assert e.code == "190"
    doc, e = news_event("وقتل خمسة جنود في تفجير السيارة المفخخة أمس.", "وقتل")
    assert e.plover == "ASSAULT"
