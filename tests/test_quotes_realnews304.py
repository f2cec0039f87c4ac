"""Quotes in constructions of real news (round q304): «أصدر فلان بيانا جاء فيه: «...»» is the issuer's (named set
off by commas, or the dropped subject the sentence names first); a fact or a decision that «يؤكد أن» is no speaker; a
cue in a relative clause inside reported words («لموقف الوزير الذي أوضح أن», «في مناطق تؤكد الأجهزة أن») does not
cut them short; «غير أن فلانة، مراسلة صحيفة ...، ذكرت» is the woman, not the paper; «أن منظمة ... (اليونيسكو) قد
أعلنت» is the predicate of the reported clause; «أعلنت عن النسخة الثانية من «جائزة ...»» names a prize, no words;
«، وهو ما» left at the end of reported words goes; «خطاب للأمين العام لحزب ... فلان، قال فيه» is his, and one who
cites that speech («مستندا إلى خطاب») goes on speaking after it; «...، كما أعلنت أن» is no first person («as I
said»): it shares the subject of the clause before the comma."""

from __future__ import annotations

from conftest import news_quote_rows


def test_a_statement_in_which_it_came_is_its_issuer_s() -> None:
    rows = news_quote_rows("وأصدر وزير الخارجية الأردني ناصر جودة، بيانا جاء فيه: «نحن ندين هذا الهجوم الإرهابي على "
                           "المدنيين الأبرياء في المدينة». وأضاف: «سنقف مع الشعب في محنته».")
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [
        ("جاء", "ناصر جودة", "نحن ندين هذا الهجوم الإرهابي على المدنيين الأبرياء في المدينة", True),
        ("وأضاف", "ناصر جودة", "سنقف مع الشعب في محنته", True)]


def test_the_issuer_set_off_after_a_long_title() -> None:
    rows = news_quote_rows("وأصدر المدير الإقليمي للبرنامج لمنطقة الشرق الأوسط وشمال أفريقيا، خالد يوسف، بيانًا جاء "
                           "فيه: «نحن نعمل ليلا ونهارا للوصول إلى آلاف العائلات المحتاجة». وأضاف: «الطريق صعب».")
    assert [(r[0], r[1]) for r in rows] == [("جاء", "خالد يوسف"), ("وأضاف", "خالد يوسف")]


def test_the_issuer_of_no_subject_is_the_one_the_sentence_names_first() -> None:
    rows = news_quote_rows("وقال نتنياهو إن الحادث مؤلم. وكان قد سبقه رئيس الدولة العبرية، رؤوبين رفلين، في عيادة "
                           "الجرحى، فأصدر بيانا باللغة العربية جاء فيه: «استيقظنا هذا الصباح على يوم حزين جدا».")
    assert [(r[0], r[1]) for r in rows] == [("وقال", "نتنياهو"), ("جاء", "رؤوبين رفلين")]


def test_a_place_in_which_someone_came_is_no_statement() -> None:
    rows = news_quote_rows("وصل الوفد إلى المكان الذي جاء فيه الرئيس أمس، وقال رئيس الوفد سامي الحسن إن اللقاء "
                           "كان مثمرا.")
    assert [(r[0], r[1]) for r in rows] == [("وقال", "سامي الحسن")]


def test_an_approval_that_confirms_is_no_speaker() -> None:
    rows = news_quote_rows("وأشار الوزير خالد العلي إلى أهمية اللجنة، وإقرارها من قبل الاتحاد يؤكد أن الرياضة تسير "
                           "بالطريق الصحيح. وأوضح الوزير خالد العلي أن قرار الاستعانة بخبير أجنبي يؤكد على أن "
                           "التحكيم يتطور.")
    assert [(r[0], r[3]) for r in rows] == [("وأوضح", "قرار الاستعانة بخبير أجنبي يؤكد على أن التحكيم يتطور")]


def test_a_man_who_confirms_inside_reported_words_still_speaks() -> None:
    rows = news_quote_rows("وأوضح الوزير خالد العلي أن رئيس الاتحاد يؤكد أن الرياضة تسير في الطريق الصحيح.")
    assert [r[0] for r in rows] == ["وأوضح", "يؤكد"]
    assert rows[1][3] == "الرياضة تسير في الطريق الصحيح"


def test_a_relative_cue_inside_reported_words_does_not_cut_them() -> None:
    rows = news_quote_rows("وأوضح الوزير خالد العلي أن ذلك يعود لموقف رئيس الوزراء سامي الحسن الذي أوضح أن البرلمان "
                           "لديه خياران فقط: إما القبول، وإما الرفض.")
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("وأوضح", "خالد العلي", "ذلك يعود لموقف رئيس الوزراء سامي الحسن الذي أوضح أن البرلمان لديه خياران فقط: "
                               "إما القبول، وإما الرفض"),
        ("أوضح", "سامي الحسن", "البرلمان لديه خياران فقط: إما القبول، وإما الرفض")]


def test_a_report_s_relative_cue_goes_on_for_the_report() -> None:
    rows = news_quote_rows("وأصدرت مجموعة استثمارية تقريرا أمس قال إن الجزيرة قد تخرج من أزمتها برفع معدل الضرائب "
                           "الذي قال إنه أقل من المتوسط، والحصول على قروض جديدة.")
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("قال", None, "الجزيرة قد تخرج من أزمتها برفع معدل الضرائب الذي قال إنه أقل من المتوسط، والحصول على "
                      "قروض جديدة"),
        ("قال", None, "أقل من المتوسط")]


def test_a_time_clause_with_its_own_subject_still_ends_reported_words() -> None:
    rows = news_quote_rows("وقال قائد الشرطة خالد العلي إن الهجوم أسفر عن مقتل العشرات، في الوقت الذي كشف فيه شهود "
                           "عيان أنهم شاهدوا مروحيات تنقل الجرحى.")
    assert rows[0][3] == "الهجوم أسفر عن مقتل العشرات"


def test_a_clause_describing_a_noun_inside_reported_words_does_not_cut_them() -> None:
    rows = news_quote_rows("وأعلنت وزارة الخارجية التركية أمس أنها فتحت تحقيقا، مشيرة إلى أن الأهداف التي قصفت تقع "
                           "في مناطق تؤكد أجهزة الاستخبارات التركية أن لا مدنيين فيها.")
    pointed = next(r for r in rows if r[0] == "مشيرة")
    assert pointed[3] == "الأهداف التي قصفت تقع في مناطق تؤكد أجهزة الاستخبارات التركية أن لا مدنيين فيها"
    assert ("تؤكد", "لا مدنيين فيها") in [(r[0], r[3]) for r in rows]


def test_the_writer_s_clause_after_ith_still_ends_reported_words() -> None:
    rows = news_quote_rows("وذكرت مصادر محلية أن الخلافات نشبت بين الطرفين بسبب نتائج المعارك، إذ يقول ضباط الحرس "
                           "إنهم القوة الأساسية على الأرض.")
    assert rows[0][3] == "الخلافات نشبت بين الطرفين بسبب نتائج المعارك"


def test_a_correspondent_set_off_after_but_is_the_speaker() -> None:
    rows = news_quote_rows("غير أن لافيدي موريس، مراسلة صحيفة «واشنطن بوست» في بيروت، حيث تغطي من هناك أحداث "
                           "المنطقة عموما، ذكرت أن معظم الذين تحدثت معهم لم يسمعوا بالاسم.")
    assert [(r[0], r[1]) for r in rows] == [("ذكرت", "لافيدي موريس")]


def test_a_paper_opening_the_clause_after_but_is_the_speaker() -> None:
    rows = news_quote_rows("غير أن صحيفة «نيويورك تايمز» في عددها الأخير، حيث تغطي أحداث المنطقة عموما، ذكرت أن "
                           "معظم القادة لم يسمعوا بالاسم.")
    assert [(r[0], r[1]) for r in rows] == [("ذكرت", "صحيفة نيويورك تايمز")]


def test_a_body_with_its_short_name_in_brackets_is_the_subject_of_the_reported_clause() -> None:
    rows = news_quote_rows("صرح وزير التربية خالد العلي، أن منظمة الأمم المتحدة للتربية والعلوم والثقافة "
                           "(اليونيسكو) قد أعلنت عن النسخة الثانية من «جائزة الملك للتعليم الرقمي في المدارس»، وذلك "
                           "على موقع المنظمة.")
    assert [(r[0], r[1]) for r in rows] == [("صرح", "خالد العلي")]
    assert rows[0][3].startswith("منظمة الأمم المتحدة للتربية والعلوم والثقافة (اليونيسكو) قد أعلنت عن النسخة")


def test_the_name_of_what_was_announced_is_no_quotation() -> None:
    rows = news_quote_rows("وأعلنت المنظمة عن النسخة الثانية من «جائزة الملك للتعليم الرقمي في المدارس الحكومية "
                           "والخاصة».")
    assert rows == []


def test_a_warning_against_quoted_words_is_still_a_quotation() -> None:
    rows = news_quote_rows("وحذرت وزارة الأوقاف في بيان لها أمس، من «الالتحاق بأي معهد تابع للجمعيات الأهلية».")
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [
        ("وحذرت", "وزارة الأوقاف", "الالتحاق بأي معهد تابع للجمعيات الأهلية", True)]


def test_which_is_what_another_confirmed_is_no_part_of_the_words() -> None:
    rows = news_quote_rows("وأكد الوزير خالد العلي أنه أجرى محادثات صريحة مع المسؤولين، وهو ما أكده سامي الحسن "
                           "بدوره، قائلا إن الحوار جرى في أجواء إيجابية.")
    assert rows[0][3] == "أجرى محادثات صريحة مع المسؤولين"
    assert ("أكده", "سامي الحسن") in [(r[0], r[1]) for r in rows]


def test_which_means_with_no_cue_stays_in_the_words() -> None:
    rows = news_quote_rows("وأكد الوزير خالد العلي أن الحكومة وافقت على الخطة، وهو ما يعني أن الإصلاح مستمر.")
    assert rows[0][3] == "الحكومة وافقت على الخطة، وهو ما يعني أن الإصلاح مستمر"


def test_a_speech_of_a_titled_man_after_lam_is_his() -> None:
    rows = news_quote_rows("وفي خطاب للأمين العام لحزب الله السيد حسن نصر الله أمس، قال فيه «أينما يجب أن نكون، "
                           "سنكون». وأضاف أن الحزب باق في سوريا.")
    assert [(r[0], r[1]) for r in rows] == [("قال", "حسن نصر الله"), ("وأضاف", "حسن نصر الله")]


def test_one_who_cites_a_speech_goes_on_speaking_after_it() -> None:
    rows = news_quote_rows("يشكك مصدر معارض بارز أن تكون معركة حزب الله في الزبداني هي الأخيرة، مستندًا إلى خطاب "
                           "للأمين العام لحزب الله السيد حسن نصر الله، قال فيه «أينما يجب أن نكون، سنكون». ويقول "
                           "لـ«الشرق الأوسط» إن دخول الحزب في المعركة «لم يكن بسبب حماية الحدود».")
    assert [(r[0], r[1]) for r in rows] == [("قال", "حسن نصر الله"), ("ويقول", None)]
    assert rows[1][2] == "مصدر معارض بارز"


def test_also_announced_that_after_a_comma_shares_the_clause_s_subject() -> None:
    rows = news_quote_rows("وقال الوزير خالد العلي إن الخطة جاهزة. ودافع مجلس إدارة الشركة عن قراراته، كما أكد أن "
                           "الأرباح سترتفع.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("وقال", "خالد العلي", None), ("أكد", None, "مجلس إدارة الشركة")]


def test_as_i_said_earlier_is_still_the_interviewee_s() -> None:
    rows = news_quote_rows("وقال الوزير خالد العلي إن الخطة جاهزة. وتابع: «كما ذكرت آنفا، الخطة جاهزة للتنفيذ».")
    assert [(r[0], r[1]) for r in rows] == [("وقال", "خالد العلي"), ("وتابع", "خالد العلي")]
