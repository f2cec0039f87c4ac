"""Event arguments and places on constructions of real news, round 271: a masdar governed by a preposition has its
genitive as whom the act is done to, past a country adverb on a participle («مدعومين أميركيًا») or a negated clause
coordinated after it («وما زال ...»), and after «عبر» too; a guest's reception has its venue said with «بـ» between
the masdar and the host («وكان في استقباله بمطار المدينة، فلان»); the place right after a visit noun is the one
visited, not a later «إلى»; a «في» place ending the conjunct before a noun trigger yields to the trigger's own; an
ownerless grievance («للاحتجاج على انقطاع الكهرباء») is no protest target; «جلسة مباحثات بين X ونظيره Y» is a
meeting."""

from __future__ import annotations

from conftest import news_arg, news_event, news_place, news_triggers


def test_a_country_adverb_after_a_governed_masdar_is_no_object() -> None:
    text = "وصعّدت الجماعة ضد واشنطن عبر خطف مقاتلين معارضين مدعومين أميركيًا في شمال البلاد أمس."
    assert news_arg(text, "خطف", "target") == "مقاتلين معارضين مدعومين"
    assert news_arg(text, "خطف") == ""


def test_a_negated_clause_after_a_governed_masdar_is_no_object() -> None:
    text = "وقال المتحدث: «إن العالم وقف صامتا على حرق الشاب سامر حداد وما زال صامتا حتى اليوم»."
    assert news_arg(text, "حرق", "target") == "سامر حداد"
    assert news_arg(text, "حرق") != "سامر حداد"


def test_the_agent_in_the_genitive_before_an_object_stays_the_source() -> None:
    # counter-case: a genitive followed by a real object is the agent
    text = "وتتهم الحكومة الجماعة بالتورط في قتل المسلحين ثلاثة جنود."
    assert news_arg(text, "قتل") == "المسلحين"
    assert news_arg(text, "قتل", "target") == "ثلاثة جنود"


def test_a_reception_venue_with_ba_is_the_place() -> None:
    text = "وكان في استقباله بمطار القاهرة الدولي رئيس الوزراء إبراهيم محلب."
    assert news_place(text, "استقباله") == "مطار القاهرة الدولي"
    text = "ووصل الأمير إلى المغرب أمس، وكان في استقباله بمطار طنجة، رئيس الحكومة عبد الإله ابن كيران."
    assert news_place(text, "استقباله") == "طنجة"


def test_whence_is_no_reception_venue() -> None:
    text = "وكان في استقباله القادم من مطار طنجة رئيس الحكومة عبد الإله ابن كيران."
    assert news_place(text, "استقباله") != "طنجة"


def test_the_place_of_the_conjunct_before_is_not_the_meetings() -> None:
    text = "وبحث الوزيران تطورات الأوضاع في اليمن ونتائج الاجتماع الثلاثي الأخير بشأن اليمن في الرياض."
    assert news_place(text, "الاجتماع") == "الرياض"
    # counter-case: the topic after «بشأن» is no venue either
    text = "وبحث الوزيران نتائج الاجتماع الثلاثي الأخير بشأن اليمن في الرياض."
    assert news_place(text, "الاجتماع") == "الرياض"
    # counter-case: with no place of its own after it, the place before is still read (the rule only prefers)
    text = "وبحث الوزيران تطورات الأوضاع في اليمن ونتائج الاجتماع الثلاثي الأخير."
    assert news_place(text, "الاجتماع") == "اليمن"


def test_the_place_right_after_a_visit_is_the_one_visited() -> None:
    text = "وقال المتحدث إن المبعوث سيتوجه بعد زيارته لمصر إلى سلطنة عمان."
    assert news_arg(text, "زيارته", "target") == "مصر"
    # counter-case: a visit with its place only after «إلى» keeps it
    text = "وقال المتحدث إن المبعوث سيبدأ زيارته الأسبوع المقبل إلى سلطنة عمان."
    assert news_arg(text, "زيارته", "target") == "سلطنة عمان"


def test_an_ownerless_grievance_is_no_protest_target() -> None:
    text = "ووقعت أعمال عنف خلال تظاهرة للاحتجاج على انقطاع الكهرباء."
    assert news_arg(text, "للاحتجاج", "target") == ""
    text = "وتظاهر المئات أمس احتجاجا على تردي الخدمات وانتشار الفساد."
    assert news_arg(text, "احتجاجا", "target") == ""


def test_a_grievance_whose_owner_is_named_keeps_its_owner() -> None:
    # counter-case: the owner of the act protested is the target
    text = "وتظاهر مئات الطلاب احتجاجا على قرار الحكومة الأخير."
    assert news_arg(text, "احتجاجا", "target") == "الحكومة"
    text = "واقتحم مئات الطلاب مبنى الوزارة احتجاجا على سياسة الصين."
    assert news_arg(text, "احتجاجا", "target") == "الصين"


def test_a_session_of_talks_between_two_sides_is_one_meeting() -> None:
    text = "عقدت في القاهرة أمس جلسة مباحثات بين الرئيس المصري عبد الفتاح السيسي ونظيره اليمني عبد ربه منصور هادي."
    _, ev = news_event(text, "مباحثات")
    assert ev.code == "040"
    assert news_arg(text, "مباحثات") == "عبد الفتاح السيسي"
    # counter-cases: «مباحثات» with no «بين/مع» nor a partner is still no meeting, nor are talks' results
    assert "مباحثات" not in news_triggers("وأجرى وزير الخارجية مباحثات في القاهرة أمس.")
    assert "المباحثات" not in news_triggers("وأعرب الوزير عن ارتياحه لنتائج المباحثات.")
