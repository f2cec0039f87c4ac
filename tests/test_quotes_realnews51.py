"""Quotes on constructions of real news, round 51: phrases of an occasion set off by commas after the subject
(«أكد الملك فلان، رغم ...، في اتصال ...، أن») carry the cue to its «، أن»; «الجيش» alone is the army named before,
and «بيان للجيش» the one armed forces named; a participle whose clause's subject is only a noun with his pronoun
(«وشدد على التزام بلاده ...، موضحا») is the man the pronoun stands for; «غير أن مكتب رئيس الوزراء فلان، أكد»: the
man named; a fronted phrase of purpose («ولإصلاح هذا الوضع قال») is no subject."""

from __future__ import annotations

from conftest import analyze_news


def _quotes(text: str) -> list[tuple[str, str | None, str, bool]]:
    doc = analyze_news(text)
    return [(doc.text[q.cue.start : q.cue.end], doc.entity(q.speaker).name if q.speaker else None,
             doc.text[q.content.start : q.content.end], q.direct) for q in doc.quotes]


def test_a_long_set_off_setting_keeps_the_cue_to_its_that() -> None:
    text = ("وتحسنت العلاقات بعد الإعلان، حيث أكد خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، رغم سفره الطويل، "
            "في اتصال هاتفي مع الرئيس التونسي بعد ساعات من توقيع «الاتفاق الثنائي»، أن الشراكة بين البلدين متينة، "
            "قائلا إن الاتفاق يفتح بابا جديدا.")
    assert [(cue, who, what) for cue, who, what, _ in _quotes(text)] == [
        ("أكد", "سلمان بن عبد العزيز", "الشراكة بين البلدين متينة"),
        ("قائلا", "سلمان بن عبد العزيز", "الاتفاق يفتح بابا جديدا")]


def test_a_that_far_off_without_a_set_off_setting_is_not_the_cues() -> None:
    text = ("وأكد الوزير سامر حداد مع نظيره أهمية التعاون الاقتصادي والتجاري والثقافي والأمني والتعليمي والصحي "
            "والزراعي والصناعي والسياحي والرياضي والإعلامي والبيئي والمائي والنفطي والمالي والمصرفي والتقني والعلمي بين "
            "البلدين الشقيقين في جلسة مطولة، أن تتواصل "
            "الاجتماعات.")
    assert _quotes(text) == []


def test_the_army_alone_is_the_army_named_before() -> None:
    text = ("وقصف الجيش التركي مواقع في جبال قنديل. وتقول أنقرة إنها تتحرى عن الضحايا. وأكد الجيش الأحد، أنه لا "
            "توجد قرى قرب مواقع الغارات.")
    assert _quotes(text)[-1][:2] == ("وأكد", "الجيش التركي")


def test_the_army_alone_is_not_another_army_named_nearer() -> None:
    text = ("وقصف الجيش التركي مواقع في جبال قنديل. وأكد الجيش الحر الأحد، أنه لا توجد قرى قرب مواقع الغارات.")
    assert _quotes(text)[-1][:2] == ("وأكد", "الجيش الحر")


def test_a_statement_of_the_army_speaks_for_the_armed_forces() -> None:
    text = ("وعززت القوات المسلحة المصرية انتشارها حول القناة. وقال بيان للجيش أمس إن «الدوريات تجوب المنطقة "
            "ليلا ونهارا».")
    assert _quotes(text)[-1][:2] == ("وقال", "القوات المسلحة المصرية")


def test_a_statement_of_the_army_after_another_army_named() -> None:
    text = ("وقاتل الجيش الحر في ريف حلب. وعززت القوات المسلحة المصرية انتشارها حول القناة. وقال بيان للجيش أمس "
            "إن «الدوريات تجوب المنطقة ليلا ونهارا».")
    assert _quotes(text)[-1][1] != "القوات المسلحة المصرية"


def test_a_participle_after_his_own_pronoun_is_the_man_named_before() -> None:
    text = ("كما أدان الوزير سامر حداد اغتيال النائب العام. وشدد على التزام بلاده بمكافحة التطرف، موضحًا أن بلاده "
            "ستقدم الدعم الكامل للجيش.")
    assert _quotes(text) == [("موضحًا", "سامر حداد", "بلاده ستقدم الدعم الكامل للجيش", False)]


def test_a_participle_after_an_unnamed_source_stays_unnamed() -> None:
    text = "وقالت مصادر مطلعة إن المفاوضات متعثرة. وكان موقفها واضحا، مشيرة إلى أن الحل بعيد."
    assert [who for _, who, _, _ in _quotes(text)] == [None, None]


def test_an_office_after_but_is_the_man_named() -> None:
    text = ("وأكد الجيش التركي أنه لا توجد قرى قرب الغارات. غير أن مكتب رئيس الوزراء أحمد داود أوغلو، أكد بعد قليل "
            "في بيان أن «المعركة ضد المنظمات الإرهابية ستتواصل من دون توقف».")
    assert _quotes(text)[-1][:2] == ("أكد", "أحمد داود أوغلو")


def test_a_title_after_but_is_the_man_named() -> None:
    text = "وأكد الجيش التركي أنه لا توجد قرى قرب الغارات. غير أن الوزير سامر حداد، أكد أن المعركة ستتواصل."
    assert _quotes(text)[-1][:2] == ("أكد", "سامر حداد")


def test_a_fronted_purpose_is_no_subject() -> None:
    text = ("وقال الوزير بدر باسلمه إن الإغاثة متواصلة. وأضاف: «هناك مشكلة واحدة في التوزيع». ولإصلاح هذا الوضع "
            "قال إنه «جرى وضع خطة لحصر الإغاثة».")
    assert _quotes(text)[-1] == ("قال", "بدر باسلمه", "جرى وضع خطة لحصر الإغاثة", True)


def test_a_definite_subject_before_the_verb_still_speaks_for_no_one() -> None:
    text = "وقال الوزير بدر باسلمه إن الإغاثة متواصلة. وفي ظل الأزمة الحكومة قالت إن الخطة جاهزة."
    assert _quotes(text)[-1][:2] == ("قالت", None)
