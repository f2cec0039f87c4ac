"""Round 224: an unnamed subject before its verb cue («والجيش نفى», «لكن الجيش نفى»), the subject of the main verb
for a cue after «بأن» («أضاف الرجل، ...، بأن قال»), a body's name run on over its «للـ» field («مراسل الهيئة السورية
للإعلام»), and indirect speech cut before the next predicate whose colon opens a quotation («، مضيفا: «...»»).
Hand-made sentences; each with a counter-case."""

from conftest import news_quote_rows


def _row(text: str, cue: str) -> tuple[str, str | None, str | None, str, bool]:
    return next(r for r in news_quote_rows(text) if r[0] == cue)


def test_army_after_but_before_its_verb() -> None:
    text = "قصفت الطائرات قرى في الشمال خلال الأسبوع؛ لكن الجيش نفى استهدافه أي منطقة سكنية."
    assert _row(text, "نفى")[1:3] == (None, "الجيش")


def test_army_with_and_before_its_verb() -> None:
    text = "وتحدث السكان عن قصف عنيف، والجيش قال إن القصف استهدف مسلحين."
    assert _row(text, "قال")[1:3] == (None, "الجيش")


def test_army_named_before_is_the_body() -> None:
    text = "وأعلن الجيش التركي تنفيذ غارات. والجيش نفى أن تكون الغارات قد أصابت مدنيين."
    assert _row(text, "نفى")[1:3] == ("الجيش التركي", None)


def test_government_feminine_verb() -> None:
    assert _row("والحكومة قالت إن الوضع مستقر.", "قالت")[1:3] == (None, "الحكومة")


def test_facts_are_no_speaker() -> None:
    rows = news_quote_rows("والحقائق تقول لنا إن الحرب طويلة.")
    assert all(r[2] != "الحقائق" for r in rows)


def test_object_before_verb_is_no_speaker() -> None:
    rows = news_quote_rows("وزار الوزير الجيش قال إن الوضع جيد.")
    assert all(r[2] != "الجيش" for r in rows)


def test_by_saying_the_man() -> None:
    text = "ثم أضاف الرجل، وهو يبتسم، بأن قال إن الوضع صعب."
    assert _row(text, "قال")[1:4] == (None, "الرجل", "الوضع صعب")


def test_by_saying_a_clause_subject_is_its_own() -> None:
    text = "وتعهد الرئيس بأن الحكومة قالت إن الوضع صعب."
    assert _row(text, "قالت")[1:3] == (None, "الحكومة")


def test_body_name_runs_over_its_field() -> None:
    text = "وقال مراسل الهيئة السورية للإعلام إن الاشتباكات مستمرة."
    assert _row(text, "وقال")[2] == "مراسل الهيئة السورية للإعلام"


def test_general_authority_for_investment() -> None:
    text = "وقال مسؤول في الهيئة العامة للاستثمار إن الوضع صعب."
    assert _row(text, "وقال")[2] == "مسؤول في الهيئة العامة للاستثمار"


def test_whom_he_told_is_not_the_name() -> None:
    text = "وقال مراسل الهيئة السورية للصحافيين إن الاشتباكات مستمرة."
    assert _row(text, "وقال")[2] == "مراسل الهيئة السورية"


def test_reported_clause_ends_before_adding_quote() -> None:
    text = "وقال الوزير إن الحكومة لن تتراجع عن قرارها، مضيفا: «نحن ماضون في الإصلاح»."
    assert _row(text, "وقال")[3] == "الحكومة لن تتراجع عن قرارها"
    assert _row(text, "مضيفا")[3:] == ("نحن ماضون في الإصلاح", True)


def test_reported_clause_ends_before_asking() -> None:
    text = "وقال الوزير إن الجيش تلقى أموالا قليلة، وتساءل: «هل تكفي هذه الأموال؟»"
    assert _row(text, "وقال")[3] == "الجيش تلقى أموالا قليلة"


def test_quote_inside_the_reported_clause_stays() -> None:
    text = "وقال الوزير إن المدير أكد للموظفين: «لن نتراجع»."
    assert _row(text, "وقال")[3] == "المدير أكد للموظفين: «لن نتراجع»"


def test_noun_before_colon_stays() -> None:
    text = "وقال الوزير إن الحل واضح، والسبب: «غياب الثقة»."
    assert _row(text, "وقال")[3] == "الحل واضح، والسبب: «غياب الثقة»"


def test_other_sources_estimate_is_not_said() -> None:
    text = "وقال الوزير إن نسبة البطالة بلغت 10 في المائة في حين قدرت مصادر غير رسمية النسبة بـ20 في المائة."
    assert _row(text, "وقال")[3] == "نسبة البطالة بلغت 10 في المائة"


def test_while_clause_of_no_source_stays() -> None:
    text = "وقال الوزير إن الأسعار تراجعت في حين ارتفعت الأجور بشكل طفيف."
    assert _row(text, "وقال")[3] == "الأسعار تراجعت في حين ارتفعت الأجور بشكل طفيف"



def test_a_bare_hin_is_when_and_no_other_source() -> None:
    # «حين» without «في» is "when": what follows is still the speaker's; «في حين» + a source of its own is not
    text = "وقال النائب إن الناس يشعرون بالقلق حين تنشر الصحف أرقاما مبالغا فيها عن البطالة."
    assert _row(text, "وقال")[3] == "الناس يشعرون بالقلق حين تنشر الصحف أرقاما مبالغا فيها عن البطالة"
    text = "وقال المركز إن البطالة بلغت عشرة في المائة في حين قدرت مصادر أخرى النسبة بأكثر من ذلك."
    assert _row(text, "وقال")[3] == "البطالة بلغت عشرة في المائة"
