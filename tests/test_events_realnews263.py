"""Event sources and targets not next to the trigger, round 263. «الجانبان/الطرفان» as the subject of an act told
after a meeting of two named sides: the meeting's two sides (``side_pairs``). Hand-made sentences (paraphrases, no
article text)."""

from __future__ import annotations

from conftest import analyze_news, event_with_trigger_at, news_arg

MEETING = "التقى وزير الخارجية الأردني ناصر جودة في عمان أمس نظيره الفرنسي لوران فابيوس. "


def test_the_sides_after_a_meeting_are_its_two_parties() -> None:
    text = MEETING + "وأكد الجانبان على أهمية تعزيز التعاون بين البلدين."
    assert news_arg(text, "وأكد", "source") in ("ناصر جودة", "لوران فابيوس")
    assert {news_arg(text, "وأكد", "source"), news_arg(text, "وأكد", "target")} == {"ناصر جودة", "لوران فابيوس"}


def test_the_sides_past_a_pronoun_word() -> None:
    text = MEETING + "وصدر بيان مشترك أكد فيه الطرفان رفضهما للإرهاب."
    assert {news_arg(text, "أكد", "source"), news_arg(text, "أكد", "target")} == {"ناصر جودة", "لوران فابيوس"}


def test_the_sides_with_country_adjectives_are_not_the_meeting_pair() -> None:
    # counter-case: «الجانبان الأردني والمصري» name their own two sides (side_sources' rule)
    text = MEETING + "وأكد الجانبان الأردني والمصري على أهمية تعزيز التعاون بين البلدين."
    assert news_arg(text, "وأكد", "source") != "ناصر جودة"


def test_no_meeting_no_sides() -> None:
    # counter-case: no meeting of two named sides is told before
    text = "قال وزير الخارجية الأردني ناصر جودة إن الوضع صعب. وأكد الجانبان على أهمية تعزيز التعاون."
    assert news_arg(text, "وأكد", "source") not in ("ناصر جودة", "لوران فابيوس")


def test_criticising_the_conduct_of_unnamed_leaders_targets_them() -> None:
    # «انتقاد سلوك X»: the owner of the conduct is whom the criticism is aimed at
    text = "وعقد البرلمان جلسة صاخبة قام خلالها أعضاء كثيرون من المعارضة بانتقاد سلوك زعماء اليمين بسبب غيابهم."
    assert news_arg(text, "بانتقاد", "target") == "زعماء اليمين"
    text = "وخرجت مظاهرة في العاصمة للتنديد بصمت المجتمع الدولي إزاء المجازر."
    assert news_arg(text, "للتنديد", "target") == "المجتمع الدولي"


def test_a_policy_of_no_actor_is_no_owner() -> None:
    # counter-cases: «سياسة التقشف» (no actor in the genitive), «سياسة حكومته» (the pronoun is the owner)
    text = "وانتقد ناصر جودة سياسة التقشف في البلاد."
    assert news_arg(text, "وانتقد", "target") != "التقشف"
    text = "وانتقد ناصر جودة سياسة حكومته في الأزمة."
    assert news_arg(text, "وانتقد", "target") != "حكومته"


def test_the_one_pushed_to_protest_protests() -> None:
    # «ما دفع X لتنظيم احتجاجات»: the protest is X's, past a light masdar with «لـ» or after «إلى»
    text = "وتدهورت أوضاع رجال الأمن، وهذا ما دفع النقابات الأمنية لتنظيم احتجاجات الأسبوع المقبل."
    assert news_arg(text, "احتجاجات", "source") == "النقابات الأمنية"
    text = "وتدهورت أوضاع رجال الأمن، وهذا ما دفع النقابات الأمنية إلى تنظيم احتجاجات الأسبوع المقبل."
    assert news_arg(text, "احتجاجات", "source") == "النقابات الأمنية"


def test_the_one_pushed_with_bi_and_a_named_body() -> None:
    text = "وهذا ما دفع بالأمنيين إلى اعتقال المتهمين من جديد."
    assert news_arg(text, "اعتقال", "source") == "الأمنيين"
    # the source told in the clause before is not the one pushed; the masdar's named genitive is the one asked
    text = "وقصفت الطائرات التركية القرى، ما دفع حكومة الإقليم إلى مطالبة حزب العمال الكردستاني بالمغادرة."
    assert news_arg(text, "مطالبة", "source") == "حكومة الإقليم"
    assert news_arg(text, "مطالبة", "target") == "حزب العمال الكردستاني"


def test_a_price_paid_is_no_push() -> None:
    # counter-case: «ودفعت النقابات ثمنا لتنظيم»: the subject follows the verb, no relative before it
    text = "وتدهورت الأوضاع، ودفعت النقابات الأمنية ثمنا باهظا لتنظيم احتجاجات الأسبوع الماضي."
    assert news_arg(text, "احتجاجات", "source") != "ثمنا باهظا"
    text = "وهذا ما دفع الأمور إلى تنظيم احتجاجات واسعة."
    assert news_arg(text, "احتجاجات", "source") != "الأمور"


def test_an_unwritten_subject_of_undergoing_is_the_person_told() -> None:
    # «، وتعرضت للاعتقال»: no subject written: the woman named last before it
    text = "وقالت المحامية إن ليلى أحمدي ناشطة مدنية منذ فترة طويلة، وتعرضت للاعتقال عدة مرات."
    assert news_arg(text, "للاعتقال", "target") == "ليلى أحمدي"
    # the man of the sentence before
    text = "ولد فالح الفياض في بغداد عام 1956. انضم إلى حزب الدعوة منذ وقت مبكر وتعرض للاعتقال عام 1980."
    assert news_arg(text, "للاعتقال", "target") == "فالح الفياض"


def test_an_unwritten_subject_of_another_gender_is_no_undergoer() -> None:
    # counter-case: a masculine verb after a woman's name: not hers
    text = "وقالت المحامية إن ليلى أحمدي ناشطة مدنية منذ فترة طويلة، وتعرض للاعتقال عدة مرات."
    assert news_arg(text, "للاعتقال", "target") != "ليلى أحمدي"


def _place(text: str, trigger: str) -> str:
    doc = analyze_news(text)
    ev = event_with_trigger_at(doc, trigger)
    return next((e.name for e in doc.entities if e.id == ev.location), "")


def test_a_town_past_the_object_is_where_not_whom() -> None:
    text = "وقال مسؤول عسكري إن خمسة جنود قتلوا عندما هاجم مقاتلو «داعش» نقطة التفتيش خارج مدينة أجدابيا شرق البلاد."
    assert news_arg(text, "هاجم", "target") == "نقطة التفتيش"
    assert _place(text, "هاجم") == "أجدابيا"
    text = "وقتل سبعة جنود أمس عندما اقتحم متشددون من تنظيم داعش نقطة تفتيش تحرسها قوات للجيش خارج مدينة أجدابيا."
    assert _place(text, "اقتحم") == "أجدابيا"


def test_a_town_attacked_stays_the_object() -> None:
    # counter-cases: the town right after the verb is whom it hit; a town past a comma is of another clause
    text = "وهاجم مسلحون قرية دوما قرب مدينة نابلس."
    assert news_arg(text, "وهاجم", "target") == "دوما"
    text = "وهاجم مسلحون نقطة التفتيش، ثم انسحبوا إلى خارج مدينة أجدابيا."
    assert _place(text, "وهاجم") != "أجدابيا"


def test_a_town_after_a_word_of_direction_is_not_where() -> None:
    # counter-case: «إلى الخرطوم» is where the wounded are taken, not where the attacks were
    text = "وبحث الوزير نقل الجرحى جراء اعتداءات المتمردين الحوثيين إلى الخرطوم لتقديم العلاج لهم."
    assert _place(text, "اعتداءات") != "الخرطوم"


def test_agent_words_are_the_nearer_acts() -> None:
    # «التحقيق في جريمة إحراق الرضيع على يد مستوطنين»: the settlers burned; they do not investigate
    text = "أعلنت السلطة أنها ستطلب من مجلس الأمن التحقيق في جريمة إحراق الرضيع على يد مستوطنين في قرية دوما."
    assert news_arg(text, "إحراق", "source") == "مستوطنين"
    assert news_arg(text, "التحقيق", "source") != "مستوطنين"


def test_agent_words_right_after_the_act_stay() -> None:
    # counter-case: no other act between the act and the agent words
    text = "وأدان الوزير اعتقال الصحافي على يد قوات الأمن."
    assert news_arg(text, "اعتقال", "source") == "قوات الأمن"
