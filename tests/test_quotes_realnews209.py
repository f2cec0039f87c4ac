"""Round 209: a comparative «أوضح» is no cue; a participle after a verb with a dropped subject carries the speaker;
the predicate of «اعتبره» is no speaker phrase; an «according to» aside between «أما» and «فـ» covers both."""

from conftest import news_quote_rows


def test_comparative_after_la_yujad_is_no_cue() -> None:
    rows = news_quote_rows("ولا يوجد أوضح مما فعله القائد ومن بعده خلفه، ويبقى الأهم كما عبر عنه الكاتب: "
                           "«هل تعلمنا شيئا؟ هذا هو السؤال».")
    assert [r for r in rows if r[0] == "أوضح"] == []


def test_comparative_counter_reporting_verb_kept() -> None:
    rows = news_quote_rows("وأوضح الوزير محمد العلي أن الحكومة ستواصل دعم المزارعين.")
    assert rows == [("وأوضح", "محمد العلي", None, "الحكومة ستواصل دعم المزارعين", False)]


def test_participle_after_dropped_subject_verb_carries_speaker() -> None:
    rows = news_quote_rows("وقال الزعيم خالد السعدي إنه سيعود قريبا. وحين يسأل عن الانتخابات يجيب مؤكدا بثقة "
                           "«أنا من صنع الفوز».")
    assert rows[1][:3] == ("مؤكدا", "خالد السعدي", None)


def test_participle_after_dropped_subject_past_named_object() -> None:
    rows = news_quote_rows("وقال الزعيم خالد السعدي إنه سيعود قريبا. وحين يسأل عن الرئيس سمير الحداد يجيب مؤكدا "
                           "«أنا من جعله يفوز في الانتخابات».")
    assert rows[1][:2] == ("مؤكدا", "خالد السعدي")


def test_participle_counter_unnamed_subject_before_verb_kept() -> None:
    rows = news_quote_rows("وقال الزعيم خالد السعدي إنه سيعود قريبا. وفي المساء مصدر مطلع يجيب مؤكدا "
                           "«لا تغيير في الموقف».")
    assert rows[1][1] is None and rows[1][2] is not None and rows[1][2].startswith("مصدر مطلع")


def test_considered_predicate_is_no_speaker_text() -> None:
    rows = news_quote_rows("ولمدة طويلة اعتقد الغرب أنه يفاوض الزعيم، إلى درجة اعتبره أهم قائد في الحركة، "
                           "وظن المسؤولون أنهم يحاورونه.")
    cue = [r for r in rows if r[0] == "اعتبره"]
    assert cue and cue[0][2] is None


def test_topic_aside_covers_predicate() -> None:
    rows = news_quote_rows("أما الهدف الثاني من وجود الجنرال في الشمال، بحسب المتحدث باسمه، فهو منع حدوث "
                           "مخالفات من القوات.")
    assert rows[0][3].startswith("أما الهدف الثاني") and rows[0][3].endswith("فهو منع حدوث مخالفات من القوات")


def test_topic_aside_counter_plain_clause() -> None:
    rows = news_quote_rows("وارتفع عدد القتلى إلى عشرين، بحسب وزارة الصحة، فيما أصيب آخرون.")
    assert rows == [("بحسب", "وزارة الصحة", None, "وارتفع عدد القتلى إلى عشرين", False)]
