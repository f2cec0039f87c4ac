"""Round 72 of real news: which events exist and what code they get. A bombing is coded by its device (CAMEO
1831 suicide, 1832 vehicle, 1833 roadside), and an attack whose means is a bombing named right after it is that
bombing; «أعرب عن / أبدى» + a readiness, a support or a rejection is that act, and a feeling expressed is none;
what an appeal or a pledge asks for past an opening word («إلى طاولة المفاوضات», «إلى عقد اجتماع») or a readiness
(«استعداده للتفاوض») is its content, no event of its own; a siege whose subject is the lie of the land
(«المستوطنات تحاصرها») is none; society put at risk («يهدد المجتمع») is a danger, no threat; a pledge noun after
a verb of keeping or breaking («تلتزم إيران بتعهداتها») is an obligation, no pledge made."""

from __future__ import annotations

from conftest import news_arg, news_codes, news_event


def test_a_bombing_is_coded_by_its_device() -> None:
    doc, e = news_event("وأعلنت الشرطة أن تفجيرا انتحاريا هز السوق المركزي أمس.", "تفجيرا")
    assert e.code == "1831"
    doc, e = news_event("وانفجرت سيارة مفخخة قرب سوق شعبي في المدينة أمس.", "وانفجرت")
    assert e.code == "1832"
    doc, e = news_event("وانفجرت عبوة ناسفة على جانب الطريق قرب القرية أمس.", "وانفجرت")
    assert e.code == "1833"
    # a bombing with no device named stays a plain bombing; a suicide word further on qualifies something else
    doc, e = news_event("ووقع انفجار قوي في المدينة صباح أمس.", "انفجار")
    assert e.code == "183"
    codes = news_codes("ورفع المحتجون صور ضحايا التفجيرات والعمليات الانتحارية في البلاد.")
    assert ("التفجيرات", "1831") not in codes and ("والعمليات الانتحارية", "1831") in codes


def test_an_attack_by_a_bombing_is_that_bombing() -> None:
    doc, e = news_event("وتبنى التنظيم استهداف مدرعة للجيش بعبوة ناسفة قرب الحدود.", "استهداف")
    assert e.code == "183"
    doc, e = news_event("وشن المسلحون هجوما بسيارة مفخخة على حاجز للجيش.", "هجوما")
    assert e.code == "1832"
    # a killing is what the bombing did: it keeps its code, and the bombing noun carries the device's
    codes = news_codes("وقتل عشرة مدنيين في تفجير انتحاري استهدف مسجدا في المدينة أمس.")
    assert ("تفجير", "1831") in codes and ("وقتل", "190") in codes
    doc, e = news_event("وأصيب خمسة أشخاص جراء انفجار سيارة مفخخة في المدينة.", "انفجار")
    assert e.code == "1832"
    # an attack with no bombing named, or one told in another clause, stays conventional force
    doc, e = news_event("وهاجم المسلحون حاجزا للجيش، وانفجرت عبوة في السوق.", "وهاجم")
    assert e.code == "190"
    doc, e = news_event("وقتل ثلاثة جنود في هجوم على حاجز أمس.", "وقتل")
    assert e.code == "190"
    # an attack by its doer alone is no bombing: the weapon is not said
    doc, e = news_event("وهاجم مسلحو داعش مسجدا في المدينة أمس.", "وهاجم")
    assert e.code == "180"  # (round 121: the doer is the group, whose attack on a mosque is terror, 180; no 183x)


def test_a_stance_expressed_is_that_act() -> None:
    # (round ev474: a readiness to negotiate or to visit is an intent to meet or negotiate, CAMEO 036)
    assert news_codes("وأعرب الوزير عن استعداده للتفاوض مع المعارضة.") == [("وأعرب", "036")]
    assert news_arg("وأعرب الوزير عن استعداده للتفاوض مع المعارضة.", "وأعرب") == "الوزير"
    doc, e = news_event("وأبدت الحكومة الأردنية تأييدها للمبادرة العربية.", "وأبدت")
    assert e.code == "051"
    doc, e = news_event("وأعرب الوزير عن رفضه للقرار الأمريكي.", "وأعرب")
    assert e.code == "120"
    assert news_codes("وأبدى الوزير استعداده لزيارة دمشق.") == [("وأبدى", "036")]
    # a hope expressed is no act; a concern is a pessimistic comment (round 81: CAMEO 012, as PETRARCH codes
    # «قلق» after «أعرب عن»)
    assert news_codes("وأعرب الأمين العام عن أمله في تهدئة العنف في المدينة.") == []
    assert news_codes("وأعرب الأمين العام عن قلقه إزاء تصاعد العنف في المدينة.") == [("وأعرب", "012")]
    # a support's object may be happening: it stays an event
    codes = news_codes("وأكدت الحكومة دعمها لمفاوضات السلام الجارية.")
    assert ("وأكدت", "051") in codes


def test_what_an_appeal_asks_for_is_its_content() -> None:
    assert news_codes("ودعا الرئيس المعارضة إلى طاولة المفاوضات.") == [("ودعا", "020")]
    # round 286: a future call to a meeting convenes it (CONSULT, events.convening), the meeting noun joining it
    assert [c for _, c in news_codes("وقال إن الحكومة ستدعو إلى عقد اجتماع طارئ.")] == ["040"]
    assert news_codes("وتعهد الرئيس بعقد اجتماع مع المعارضة.") == [("وتعهد", "030")]
    # a meeting held, with no appeal before it, is a meeting
    doc, e = news_event("وعقد الوزير اجتماعا مع نظيره الفرنسي أمس.", "اجتماعا")
    assert e.code == "040"


def test_a_siege_by_the_lie_of_the_land_is_none() -> None:
    assert news_codes("وقال إن المستوطنات تحاصرها من كل الجهات.") == []
    assert news_codes("وتقع القرية التي تحاصرها الجبال شمال المدينة.") == []
    doc, e = news_event("وقال إن الميليشيات تحاصرها من كل الجهات.", "تحاصرها")
    assert e.code == "191"
    doc, e = news_event("وحاصرت قوات النظام البلدة منذ أشهر.", "وحاصرت")
    assert e.code == "191"


def test_society_put_at_risk_is_no_threat() -> None:
    assert news_codes("ويهدد التنظيم المجتمع الإسرائيلي نفسه.") == []
    doc, e = news_event("وهدد التنظيم الصحافيين بالقتل أمس.", "وهدد")
    assert e.code == "130"


def test_a_pledge_kept_or_broken_is_no_pledge_made() -> None:
    assert news_codes("وقال إن على إيران أن تلتزم بتعهداتها بموجب الاتفاق.") == []
    assert news_codes("وقال إن العقوبات ستعود في حال لم تلتزم إيران تعهداتها.") == []
    assert news_codes("وانتقد النواب عدم إيفاء الحكومة بتعهداتها تجاه المستشفيات.") == [("وانتقد", "111")]
    # a pledge made is a pledge
    doc, e = news_event("وجاء ذلك في إطار تعهد أوروبي بدعم تونس.", "تعهد")
    assert e.code == "030"
    doc, e = news_event("وتعهدت الحكومة بتنفيذ الإصلاحات.", "وتعهدت")
    assert e.code == "030"
    # a keeping masdar with its owner's pronoun
    assert news_codes("وقال إن دخولنا السوق مرتبط بالتزامها بتعهداتها مع المجتمع الدولي.") == []
