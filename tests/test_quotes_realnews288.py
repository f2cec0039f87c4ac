"""Round 288, quotes: words a colon introduces are direct with or without quote marks; «تساءل» (asked) is a cue of a
direct question only; documents («وثائق») speak for themselves or for the body that issued them; «– كما كتب فلان -»
set off in the middle of what he wrote; «وكانت وسائل الإعلام ... ضاعفت ...، ورأت» is those media's; a press
review's «وأشارت» is the newspapers'; «فلان المتحدث باسم X الذي قال» is the spokesman's."""

from __future__ import annotations

from conftest import news_quote_rows


def _row(text: str, cue: str) -> tuple[str | None, str | None, str, bool]:
    """(speaker name, speaker phrase, content, direct) of the quote whose cue is ``cue``."""
    return next(r[1:] for r in news_quote_rows(text) if r[0] == cue)


def _cues(text: str) -> list[str]:
    return [r[0] for r in news_quote_rows(text)]


# colon: direct with or without quote marks

def test_words_after_a_colon_without_marks_are_direct() -> None:
    text = "وأكد الوزير كمال يوسف أهمية الحوار مع الجيران، وقال: ما زلنا نختلف مع جيراننا بشأن دعم الفصائل المسلحة."
    assert _row(text, "وقال") == ("كمال يوسف", None, "ما زلنا نختلف مع جيراننا بشأن دعم الفصائل المسلحة", True)


def test_a_colon_before_marks_that_do_not_pair_inside() -> None:
    text = "وقال الرئيس كمال يوسف بعد الحادث: «سنتوجه إلى «المحكمة الدولية)، وسيكون لنا موقف آخر قريبا»."
    assert _row(text, "وقال") == ("كمال يوسف", None, "سنتوجه إلى «المحكمة الدولية)، وسيكون لنا موقف آخر قريبا", True)


def test_a_colon_then_inna_stays_indirect() -> None:
    # counter-case: «وقال: إن ...» reports what «إن» opens, indirect as with no colon
    text = "وقال الوزير كمال يوسف: إن الحكومة ستواصل دعم المزارعين هذا العام."
    assert _row(text, "وقال") == ("كمال يوسف", None, "الحكومة ستواصل دعم المزارعين هذا العام", False)


# «تساءل»

def test_asked_with_a_colon_and_a_quotation() -> None:
    text = ("وأكد اللواء سالم حداد أن قيادة الجيش لم تتلق سوى القليل من الأموال، وتساءل: «هل هذه الأموال تكفي لشن "
            "حرب على الإرهاب؟».")
    assert _row(text, "وتساءل") == ("سالم حداد", None, "هل هذه الأموال تكفي لشن حرب على الإرهاب؟", True)


def test_asked_with_a_colon_and_no_marks() -> None:
    text = "ويتساءل النائب رامي خوري: كيف سيبررون للناخبين تصويتهم لصالح هذا الاتفاق؟"
    assert _row(text, "ويتساءل") == ("رامي خوري", None, "كيف سيبررون للناخبين تصويتهم لصالح هذا الاتفاق؟", True)


def test_asked_whether_or_about_is_no_quote() -> None:
    # counter-cases: «تساءل إن كان» (whether), «تساءل عن» (about), «نتساءل» (we, the writer)
    assert _cues("وتساءل النائب رامي خوري إن كان الاتفاق سيصمد طويلا.") == []
    assert _cues("وتساءل النائب رامي خوري عن سبب تحويل الأموال إلى حسابات خاصة.") == []
    assert _cues("وعلينا اليوم أن نتساءل بجرأة: ما الذي سمح للمتطرفين بالتقدم؟") == []


# documents

def test_documents_opening_their_clause_speak() -> None:
    text = ("وقال مؤسس الموقع جوليان بيرس إن الحكومة تهتم بعلاقاتها. وكانت وثائق نشرت في الماضي كشفت أن وكالة "
            "الاستخبارات تجسست على حلفاء آخرين.")
    assert _row(text, "كشفت") == (None, "وثائق نشرت في الماضي", "وكالة الاستخبارات تجسست على حلفاء آخرين", False)


def test_documents_speak_for_the_body_that_published_them() -> None:
    text = ("أربك الكشف عن وثائق نشرها موقع «ويكيليكس»، وأفادت بأن الولايات المتحدة تجسست على كبار السياسيين في "
            "اليابان، حكومة طوكيو.")
    assert _row(text, "وأفادت")[:2] == ("ويكيليكس", None)


def test_documents_a_speaker_pointed_to_are_not_the_speaker() -> None:
    # counter-case: «وأشارت إلى وثائق نشرتها الوزارة، وأكدت»: she goes on, the documents are her object
    text = ("وقالت الوزيرة سلمى العلي إن الحكومة تعمل بجد. وأشارت إلى وثائق نشرتها الوزارة، وأكدت أن الشركة دفعت "
            "رشاوى.")
    assert _row(text, "وأكدت")[:2] == ("سلمى العلي", None)


# «كما كتب»

def test_as_he_wrote_between_dashes_reports_the_clause_it_interrupts() -> None:
    text = ("إن الاتفاق النووي – كما كتب جان دوبون - رئيس الحكومة الفرنسية الأسبق - حل مؤقتا إحدى العقد في "
            "المنطقة.")
    assert _row(text, "كتب") == (
        "جان دوبون", None, "الاتفاق النووي – كما كتب جان دوبون - رئيس الحكومة الفرنسية الأسبق - حل مؤقتا إحدى العقد "
        "في المنطقة", False)


def test_as_said_between_dashes_after_a_full_clause_is_unchanged() -> None:
    # counter-case: the clause before the aside has its verb: the aside reports it (round 200)
    text = ("وإذا صح أن الحكومة تملك 40 مليار دولار من أموالها المجمدة – كما تؤكد وزارة المالية الأميركية - "
            "فإن الأزمة ستنتهي.")
    assert _row(text, "تؤكد")[2] == "الحكومة تملك 40 مليار دولار من أموالها المجمدة"


def test_wrote_is_no_cue_elsewhere() -> None:
    # counter-case: «كتب» outside such an aside («كما كتب فلان مقالا»: he also wrote an article)
    assert _cues("وقرأ الطلاب كتب التاريخ في المدرسة، كما كتب جان دوبون مقالا عن الحرب.") == []


# the subject of the clause before a comma, after «وكانت»

def test_media_that_opened_the_sentence_see_it() -> None:
    text = ("وأعلنت وكالة الأنباء الإيرانية الرسمية أن اللجنة علقت صدور صحيفة أسبوعية. وكانت وسائل الإعلام الثلاث "
            "ضاعفت في الأيام الأخيرة الانتقادات للاتفاق، ورأت أن المفاوضين قدموا تنازلات كبيرة.")
    assert _row(text, "ورأت")[:2] == (None, "وسائل الإعلام الثلاث")


def test_a_sentence_that_names_no_source_carries_the_agency() -> None:
    # counter-case: «وكانت» + a noun that is no source: the agency goes on
    text = ("وأعلنت وكالة الأنباء الإيرانية الرسمية أن اللجنة علقت صدور صحيفة أسبوعية. وكانت الانتقادات تضاعفت في "
            "الأيام الأخيرة، وأضافت أن المفاوضين قدموا تنازلات كبيرة.")
    assert _row(text, "وأضافت")[:2] == ("وكالة الأنباء الإيرانية", None)


# a press review

_REVIEW = ("الخرطوم 25 شوال 1436 هـ واس\nسلطت الصحف السودانية الصادرة اليوم الضوء على وصول لاجئين إلى منطقة أبيي.\n"
           "وأشارت إلى أن منظمة التعاون الإسلامي ستعقد غدا اجتماعا رفيع المستوى.\n")


def test_a_press_review_goes_on_with_its_newspapers() -> None:
    assert _row(_REVIEW, "وأشارت")[:2] == (None, "الصحف السودانية")


def test_a_paper_named_after_the_last_quote_says_it() -> None:
    text = ("وقال الوزير أحمد سالم إن الحكومة تعمل. وتناولت صحيفة «الرياض» زيارة الوزير إلى القاهرة، وقالت إن "
            "الزيارة كانت ناجحة.")
    assert _row(text, "وقالت")[:2] == ("صحيفة الرياض", None)


def test_newspapers_as_an_object_do_not_speak() -> None:
    # counter-case: «...، وشكرت الصحف المحلية»: she thanked them; she goes on
    text = "وقالت الوزيرة سلمى العلي إن الحكومة تعمل، وشكرت الصحف المحلية على دعمها. وأضافت أن الخطة ستنجح."
    assert _row(text, "وأضافت")[:2] == ("سلمى العلي", None)


# «فلان المتحدث باسم X الذي قال»

def test_the_spokesman_before_the_relative_speaks() -> None:
    text = ("ونقلت الصحف ما جاء على لسان ذبيح الله مجاهد المتحدث باسم طالبان الذي قال: «سمعنا من وسائل الإعلام أن "
            "الجولة الثانية ستبدأ قريبا».")
    assert _row(text, "قال")[:2] == ("ذبيح الله مجاهد", None)


def test_an_unnamed_spokesman_is_not_his_body() -> None:
    # counter-case: no name before «المتحدث باسم X الذي»: the body in the genitive does not speak
    text = "ونقلت الصحف تصريحات المتحدث باسم حركة طالبان الذي قال إن الجولة الثانية من المحادثات ستبدأ قريبا."
    assert _row(text, "قال")[0] is None


def test_the_paper_named_after_a_review_verb_goes_on() -> None:
    # counter-case: the paper the carry found is named after the review's verb («اهتمت بهذا، أيضا، صحيفة «X»»)
    text = ("ولاحظت صحيفة «واشنطن بوست» أن الاسم جديد. اهتمت بهذا الموضوع، أيضا، صحيفة «نيويورك تايمز»، وقالت إن "
            "الولايات المتحدة تتورط أكثر في الحرب.")
    assert _row(text, "وقالت")[:2] == ("صحيفة نيويورك تايمز", None)


# «رغم تصريحات فلان، حيث اعتبر»

def test_where_after_his_statements_he_speaks() -> None:
    text = ("وقال الوزير أحمد سالم إن الوضع صعب. وجاء ذلك بعد تصريحات الرئيس حسن روحاني أمس في طهران أمام وفد من "
            "رجال الأعمال، حيث اعتبر أن الاتفاق سيفتح الباب لمناخ جديد.")
    assert _row(text, "اعتبر")[:2] == ("حسن روحاني", None)


def test_where_after_statements_of_the_other_gender() -> None:
    # counter-case: «تصريحات الرئيسة فلانة ...، حيث اعتبر»: not hers
    text = ("وقال الوزير أحمد سالم إن الوضع صعب. وجاء ذلك بعد تصريحات الرئيسة سلمى علي أمس، حيث اعتبر أن الاتفاق "
            "سيفتح الباب لمناخ جديد.")
    assert _row(text, "اعتبر")[0] != "سلمى علي"


def test_a_masculine_cue_after_media_is_not_theirs() -> None:
    # counter-case: «وكانت وسائل الإعلام ... ضاعفت ...، وأكد»: the verb of another gender is not the media's
    text = ("وقال الوزير أحمد سالم إن الوضع صعب. وكانت وسائل الإعلام الثلاث ضاعفت في الأيام الأخيرة الانتقادات "
            "للاتفاق، وأكد أن المفاوضين قدموا تنازلات كبيرة.")
    assert _row(text, "وأكد")[1] is None


# «وكان مسؤولون ... قد صرحوا»: a plural unnamed source after «كان»

def test_plural_officials_after_kana_speak() -> None:
    text = ("وقصفت طائرات تركية أهدافا في سوريا، وكان مسؤولون في واشنطن قد صرحوا بأن تركيا وافقت على استخدام "
            "القاعدة.")
    assert _row(text, "صرحوا")[:2] == (None, "مسؤولون في واشنطن")


def test_a_singular_official_and_a_plural_verb_do_not_match() -> None:
    # counter-case: the source's number must be the verb's
    text = "وقصفت طائرات تركية أهدافا في سوريا. وكان مسؤول في واشنطن قد صرحوا بأن تركيا وافقت على استخدام القاعدة."
    assert _row(text, "صرحوا")[1] != "مسؤول في واشنطن"


def test_a_body_the_review_tells_of_is_not_the_speaker() -> None:
    # the body named in what the papers told of, after them, does not hold the papers' «وقالت»
    text = (_REVIEW + "وتطرقت إلى تنفيذ التحالف الدولي بقيادة الولايات المتحدة 29 ضربة جوية في العراق.\n"
            "وقالت إن تركيا شهدت أمس تصاعدا في أعمال العنف.\n")
    assert _row(text, "وقالت")[:2] == (None, "الصحف السودانية")


def test_media_past_phrases_set_off_after_their_verb() -> None:
    text = ("وأعلنت وكالة الأنباء الإيرانية الرسمية أن اللجنة علقت صدور صحيفة أسبوعية. وكانت وسائل الإعلام الثلاث "
            "ضاعفت في الأيام الأخيرة الانتقادات للاتفاق المبرم في يوليو الماضي، مع القوى الكبرى، ورأت أن المفاوضين "
            "قدموا تنازلات كبيرة.")
    assert _row(text, "ورأت")[:2] == (None, "وسائل الإعلام الثلاث")
