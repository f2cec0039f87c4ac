"""Quote speakers in constructions of real news (round q314), each rule with a case and a near counter-case:
«وبين أن» right after the verb reports (`explains`); a quantifier the chunker leaves out heads the speaker phrase
(«وأكد بعض الأطباء», «لكن بعض الأصوات قالت»: `quantified`); «وفقا لأحدث استطلاعات الرأي»: the poll is the source
(`latest`); «وكانت واشنطن، نفت»: «كان»'s subject past one comma (`auxiliary`); «وأصدرت مجموعة تقريرا قال إن»: the
issuer's phrase (`statement_relative` in `unnamed`); «ويدين معارضو الاتفاق ...، ويؤكد»: the opener's unnamed subject
(`opener_shared`). All sentences are made up for the tests."""

from __future__ import annotations

from rasd import analyze

from conftest import quote_speakers

DATE = "2015-08-01"


def speakers(text: str) -> list[tuple[str, str | None]]:
    return quote_speakers(analyze(text, date=DATE))


def test_between_that_right_after_the_verb_is_a_cue() -> None:
    text = "وأعلن وزير الداخلية خالد العلي خطة جديدة للمراكز. وبين أن اللجنة قطعت شوطا كبيرا في جولاتها."
    assert speakers(text) == [("وبين", "خالد العلي")]


def test_between_that_inside_a_clause_is_the_preposition() -> None:
    text = "وأعلن وزير الداخلية خالد العلي أن الخيار بين أن يبقى وأن يرحل صعب."
    assert [cue for cue, _ in speakers(text)] == ["وأعلن"]


def test_between_that_after_a_comma_goes_on_for_the_speaker() -> None:
    text = ("وقال الحكم خالد العمري في حوار إن اللجنة الحالية أحدثت نقلة كبيرة في أداء الحكام، وبين أن قرار "
            "الاستعانة بمدير أجنبي يؤكد أن الرياضة تسير في الاتجاه الصحيح.")
    assert speakers(text) == [("وقال", "خالد العمري"), ("وبين", "خالد العمري")]


def test_some_after_the_verb_heads_the_speaker_phrase() -> None:
    assert speakers("وأكد بعض الأطباء النفسيين أن وسائل الاستجواب كانت قاسية.") == [
        ("وأكد", "[بعض الأطباء النفسيين]")]


def test_all_after_the_verb_heads_the_speaker_phrase() -> None:
    assert speakers("من جانبهم، أعلن جميع المرشحين الجمهوريين أنهم يعارضون الاتفاق.") == [
        ("أعلن", "[جميع المرشحين الجمهوريين]")]


def test_each_of_two_names_is_still_both_speakers() -> None:
    text = "وأكد كل من الوزير خالد العلي والسفير سامي الحربي أن العلاقات قوية."
    assert speakers(text)[0] == ("وأكد", "خالد العلي")


def test_some_voices_after_but_speak() -> None:
    text = "وظهرت صور كثيرة على الجدارية، لكن بعض الأصوات قالت إن صورة الرئيس أزيلت منها."
    assert speakers(text) == [("قالت", "[بعض الأصوات]")]


def test_a_definite_subject_after_but_with_no_quantifier_is_the_group() -> None:
    # (round q344: a group word after «لكن» speaks with no quantifier too, ``rasd.quotes.fronted_group``)
    text = "وظهرت صور كثيرة على الجدارية، لكن الأصوات المعارضة قالت إن صورة الرئيس أزيلت منها."
    assert speakers(text) == [("قالت", "[الأصوات المعارضة]")]


def test_the_latest_polls_are_the_source() -> None:
    text = "ويمكن للرئيس أن يدعو إلى انتخابات جديدة، وهو ما قد لا يكسر الجمود، وفقا لأحدث استطلاعات الرأي."
    assert speakers(text) == [("وفقا", "[أحدث استطلاعات الرأي]")]


def test_the_latest_plan_is_no_source() -> None:
    text = "ويمكن للرئيس أن يدعو إلى انتخابات جديدة، وفقا لأحدث خطة للحكومة."
    assert all(who != "[أحدث خطة]" for _, who in speakers(text))


def test_the_subject_of_was_past_one_comma_speaks() -> None:
    text = "وكانت واشنطن، نفت في وقت سابق أن تكون قد نسقت مع النظام السوري."
    assert speakers(text) == [("نفت", "واشنطن")]


def test_a_place_governed_before_the_comma_does_not_speak() -> None:
    text = "وكانت المعارك في دمشق، قالت مصادر محلية إنها توقفت."
    assert speakers(text) == [("قالت", "[مصادر محلية]")]


def test_the_issuer_of_a_report_with_a_relative_cue_is_its_phrase() -> None:
    text = "وأصدرت مجموعة استثمارية تقريرًا هذا الأسبوع قال إن الجزيرة قد تخرج من أزمتها."
    assert speakers(text) == [("قال", "[مجموعة استثمارية]")]


def test_a_report_he_spoke_in_names_no_issuer() -> None:
    text = "وفي تقرير أمس قال إن الجزيرة قد تخرج من أزمتها."
    assert speakers(text) == [("قال", None)]


LEAD = "وقال الوزير خالد العلي إن المفاوضات ناجحة. "


def test_the_unnamed_opener_of_the_clause_goes_on() -> None:
    text = LEAD + "ويدين معارضو اتفاق التجارة الحرة السرية التي تلف المفاوضات، ويؤكد أنه يهدف إلى خدمة الشركات."
    assert speakers(text)[1] == ("ويؤكد", "[معارضو اتفاق التجارة]")


def test_a_verb_of_another_form_does_not_share_the_opener() -> None:
    text = LEAD + "ويدين معارضو الاتفاق السرية التي تلف المفاوضات، وقال إن الاتفاق يخدم الشركات."
    assert speakers(text)[1] == ("وقال", "خالد العلي")


def test_nawwaha_with_that_is_a_cue() -> None:
    assert speakers("ونوه الخبير العسكري خالد العلي بأن القاعدة كانت مركزا للمراقبة.") == [("ونوه", "خالد العلي")]


def test_nawwaha_with_a_noun_of_praise_reports_nothing() -> None:
    assert speakers("ونوه مجلس الوزراء بالعلاقات الوثيقة بين البلدين.") == []


def test_nabbaha_after_a_comma_is_a_cue_of_the_same_speaker() -> None:
    text = "وقال الوزير خالد العلي إن المؤسسة الأمنية مستهدفة، ونبه في هذا السياق إلى أن الوزارة ستتخذ الإجراءات."
    assert speakers(text) == [("وقال", "خالد العلي"), ("ونبه", "خالد العلي")]


def test_tanabbaha_is_no_cue() -> None:
    assert speakers("وتنبه الوزير إلى أن الخطة فشلت.") == []


def test_a_participle_past_two_openers_takes_the_main_subject() -> None:
    text = ("في أول تسجيل صوتي له، ومدته 30 دقيقة، تعهد الزعيم الجديد للحركة الملا أختر محمد منصور، بالمضي على نهج "
            "سلفه الملا عمر في قيادة الحركة، داعيًا المقاتلين إلى الطاعة والوحدة، ورد الشائعات التي تتحدث عن وجود "
            "خلافات كبيرة في قيادة الحركة، مشيرًا إلى أنه «يجب الرجوع إلى المراجع الأصلية».")
    assert speakers(text) == [("مشيرًا", "أختر محمد منصور")]


def test_a_participle_after_was_qad_and_a_verb_takes_its_subject() -> None:
    text = ("وكان قد تحدث نائب رئيس البرلمان الإيراني محمد رضا باهنر الشهر الماضي، عن الائتلاف الجديد، محذرًا من "
            "تكرار السيناريو، لافتًا إلى أن انتخابات المجلس من أولويات الرابطة.")
    assert speakers(text) == [("لافتًا", "محمد رضا")]


def test_a_participle_after_was_with_its_subject_first_is_unchanged() -> None:
    text = "وكان الوزير خالد العلي قد زار المدينة الشهر الماضي، مؤكدا أن الأوضاع مستقرة."
    assert speakers(text) == [("مؤكدا", "خالد العلي")]


def test_a_verb_first_sentence_after_a_dateline_keeps_its_subject() -> None:
    text = ("مانيلا - «الشرق الأوسط»: أيد رئيس الفلبين بنينو أكينو، أمس، ترشيح وزير الداخلية خلفًا له، قائلا إن "
            "مانويل مارروكساس سيواصل الإصلاحات.")
    assert speakers(text) == [("قائلا", "بنينو أكينو")]


def test_saying_after_a_verb_with_a_noun_object_is_its_own_cue() -> None:
    text = ("وبحث كيري مع المسؤولين زيادة التعاون، ونوه إلى دعم جهود المبعوث الأممي لحل الأزمة، قائلا إن «أمام "
            "الليبيين فرصة للاتفاق».")
    assert speakers(text) == [("قائلا", "كيري")]


def test_saying_after_a_verb_cue_with_no_object_stays_one_cue() -> None:
    assert speakers("وهو ما أكده الوزير خالد العلي بدوره، قائلا إن الوضع صعب.") == [("أكده", "خالد العلي")]


def test_the_name_ali_after_the_verb_is_no_preposition() -> None:
    text = "وهو ما أكده علي القحوم عضو المكتب السياسي للجماعة، في تصريحات صحافية أمس قائلاً: «إن صنعاء خط أحمر»."
    assert speakers(text) == [("أكده", "[علي القحوم]")]  # (untagged here: the name the entity layer missed)
