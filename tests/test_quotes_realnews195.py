"""Quote speakers in constructions of real news (round 195): a participle after a clause whose verb dropped its
subject («كما انتقد الاتهامات ...، قائلا»: the plural noun is the object, the man named before speaks); the issuer of
a statement named as a short form after a word of issuing («بيان قصير وزعته الهيئة»); a quoted body with an aside
before its colon («وتقول «منظمة ...»، ومقرها جنيف: «...»»: the body, not the content); a quoted name after «في»
in the subject's apposition («الخبير في «معهد ...»»: no quotation); sources close to a named person or body
(«مصادر مقربة من الرئيس فلان»: no speaker, that one their affiliation); both objects of «اعتبر/عدّ» after a
named subject («واعتبر الوزير فلان X Y»: «X Y», his opinion), and no speaker from the first object of «اعتبروا»."""

from __future__ import annotations

from conftest import news_quote_rows

from rasd import analyze


def _affiliation(text: str) -> list[str | None]:
    doc = analyze(text)
    out: list[str | None] = []
    for q in doc.quotes:
        body = q.attrs.get("affiliation")
        ent = doc.entity(body) if isinstance(body, str) else None
        out.append(ent.name if ent is not None else None)
    return out


def test_a_participle_after_a_dropped_subject_is_the_man_named_before() -> None:
    rows = news_quote_rows("وتحدث الوزير سامح شكري عن الاقتصاد. كما انتقد الاتهامات الموجهة إلى حكومته، "
                           "قائلا إن الحملة لها أهداف سياسية.")
    assert [(r[0], r[1]) for r in rows] == [("قائلا", "سامح شكري")]


def test_a_plural_subject_with_a_feminine_verb_is_not_an_object() -> None:
    rows = news_quote_rows("وقال الوزير سامح شكري إن الاقتصاد قوي. وتصاعدت الانتقادات الموجهة إلى الحكومة، "
                           "قائلة إن الأزمة عميقة.")
    assert [(r[0], r[1]) for r in rows] == [("وقال", "سامح شكري"), ("قائلة", None)]


def test_the_statement_a_short_form_of_a_body_issued_speaks_for_it() -> None:
    rows = news_quote_rows("والتقى مدير الوكالة الدولية للطاقة الذرية يوكيا أمانو الوزير. جاء ذلك في بيان إلكتروني "
                           "قصير وزعته الوكالة مساء أمس. وحسب البيان، فإن أمانو تلقى دعوة من اللجنة.")
    assert [(r[0], r[1]) for r in rows] == [("وحسب", "الوكالة الدولية للطاقة الذرية")]


def test_a_statement_of_no_named_issuer_keeps_its_word() -> None:
    rows = news_quote_rows("والتقى الوزير سامح شكري السفير. جاء ذلك في بيان قصير وزعته الوزارة مساء أمس. "
                           "وحسب البيان، فإن الوزير تلقى دعوة من اللجنة.")
    # round qu871: «بيان ... وزعته الوزارة» names who issued it, so the bare «البيان» speaks for that phrase, cut
    # before its time («مساء أمس»); still no entity
    assert [(r[0], r[1], r[2]) for r in rows] == [("وحسب", None, "الوزارة")]


def test_a_quoted_body_before_an_aside_and_a_colon_is_the_speaker() -> None:
    rows = news_quote_rows("وتقول «منظمة الشفافية الدولية»، ومقرها برلين: «الفساد ينتشر في المؤسسات العامة بسرعة».")
    assert [(r[2] or r[1], r[3], r[4]) for r in rows] == [
        ("منظمة الشفافية الدولية", "الفساد ينتشر في المؤسسات العامة بسرعة", True)]


def test_a_quotation_after_a_comma_and_a_colon_with_no_name_is_still_said() -> None:
    rows = news_quote_rows("وقال الوزير سامح شكري: «الأزمة عميقة جدا في البلاد»، وأضاف أن الحل قريب.")
    assert [(r[0], r[3], r[4]) for r in rows] == [("وقال", "الأزمة عميقة جدا في البلاد", True),
                                                  ("وأضاف", "الحل قريب", False)]


def test_a_quoted_institute_in_the_subjects_apposition_is_no_quotation() -> None:
    rows = news_quote_rows("وعدّ سامي فرج، الباحث السياسي في «مركز القاهرة للدراسات السياسية»، تصاعد الأصوات "
                           "محاولة لتبرير الخسارة.")
    assert [r for r in rows if r[4]] == []


def test_a_quoted_institute_in_the_apposition_leaves_what_follows_said() -> None:
    rows = news_quote_rows("وقال سامي فرج، الباحث في «مركز القاهرة للدراسات السياسية»، إن الأزمة ستطول.")
    assert [(r[1], r[3], r[4]) for r in rows] == [("سامي فرج", "الأزمة ستطول", False)]


def test_sources_close_to_a_president_have_him_as_affiliation() -> None:
    text = "وقالت مصادر مقربة من الرئيس عبد ربه منصور هادي إن الحكومة ستعود إلى عدن."
    assert [(r[1], r[2]) for r in news_quote_rows(text)] == [(None, "مصادر مقربة")]
    assert _affiliation(text) == ["عبد ربه منصور هادي"]


def test_sources_close_to_talks_have_no_affiliation() -> None:
    assert _affiliation("وقالت مصادر مقربة من تلك اللقاءات إن المحادثات مستمرة.") == [None]


def test_a_named_subject_considering_x_to_be_y_reports_both_objects() -> None:
    rows = news_quote_rows("واعتبر الوزير سامح شكري الاتفاق خطوة مهمة نحو السلام.")
    assert rows == [("واعتبر", "سامح شكري", None, "الاتفاق خطوة مهمة نحو السلام", False)]


def test_the_first_object_of_a_plural_verb_is_no_speaker() -> None:
    rows = news_quote_rows("إذا كان المفاوضون الغربيون قد اعتبروا إقرار العمل بمبدأ العقوبات ضمانة كافية، "
                           "إلا أن تساؤلات كثيرة تثار حول الآلية.")
    assert [(r[2], r[3]) for r in rows] == [(None, "إقرار العمل بمبدأ العقوبات ضمانة كافية")]


def test_an_unnamed_subject_considering_is_left_alone() -> None:
    assert news_quote_rows("واعتبر المحللون الاتفاق خطوة مهمة نحو السلام.") == []


def test_a_present_verb_of_considering_is_read_as_a_passive() -> None:
    assert news_quote_rows("ويعتبر الوزير سامح شكري من أقوى المرشحين لخلافة الرئيس.") == []


def test_a_quotation_the_cue_warns_against_after_a_comma_is_still_said() -> None:
    rows = news_quote_rows("وحذرت وزارة الأوقاف في بيان لها أمس، من «الالتحاق بأي معهد تابع للجمعيات الأهلية».")
    assert [(r[3], r[4]) for r in rows] == [("الالتحاق بأي معهد تابع للجمعيات الأهلية", True)]


def test_a_barrage_attacked_is_the_object_and_the_man_named_before_speaks() -> None:
    rows = news_quote_rows("وتحدث الوزير سامح شكري عن الاقتصاد. كما هاجم وابل الاتهامات الموجهة إلى حكومته، "
                           "قائلا إن الحملة لها أهداف سياسية.")
    assert [(r[0], r[1]) for r in rows] == [("قائلا", "سامح شكري")]
