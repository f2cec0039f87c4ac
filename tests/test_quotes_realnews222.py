"""Round 222: an unnamed speaker's phrase runs on over its genitive, nisba adjectives, «التابعة لـ X» and a «في»
qualifier before the colon (quotes/phrase_chain.py); an aside «، كما + cue + source،» inside a clause «حيث» or the
sentence opens reports that clause (quotes/mid_aside.py); a denial with no «أن» denies its «أي» object
(quotes/demands.denied_object); «هذه الأوساط» with a nearer «الأوساط» before it is not the sources quoted before
(quotes/antecedent.py)."""

import rasd
from conftest import news_quote_rows


def test_phrase_runs_over_genitive_and_place_qualifier_before_colon() -> None:
    rows = news_quote_rows("وقال قائد الشرطة في المدينة: «سنلاحق المهربين في كل مكان».")
    assert rows == [("وقال", None, "قائد الشرطة في المدينة", "سنلاحق المهربين في كل مكان", True)]


def test_phrase_qualifier_counter_where_it_was_said() -> None:
    rows = news_quote_rows("وقال المتحدثان في المقابلة: «لا نرى حلا قريبا للأزمة».")
    assert rows == [("وقال", None, "المتحدثان", "لا نرى حلا قريبا للأزمة", True)]


def test_phrase_runs_over_second_nisba() -> None:
    rows = news_quote_rows("وأشارت دراسة غرفة التجارة الفرنسية الألمانية إلى أن الصادرات سترتفع كثيرا.")
    assert rows[0][2] == "دراسة غرفة التجارة الفرنسية الألمانية"


def test_phrase_runs_over_hanging_to() -> None:
    rows = news_quote_rows("وقالت لجنة رصد التابعة للحكومة المحلية إن حرارة الصيف ارتفعت.")
    assert rows == [("وقالت", None, "لجنة رصد التابعة للحكومة المحلية", "حرارة الصيف ارتفعت", False)]


def test_phrase_counter_relative_and_time_stay_out() -> None:
    assert news_quote_rows("وقالت المصادر التي تحدثت للصحيفة إن الاجتماع تأجل.")[0][2] == "المصادر"
    assert news_quote_rows("وقال مسؤول الأربعاء إن الاجتماع تأجل.")[0][2] == "مسؤول"


def test_kama_aside_inside_haythu_clause_reports_that_clause() -> None:
    rows = news_quote_rows("ووصلت الوفود إلى العاصمة، حيث اتفق المشاركون، كما أعلن الرئيس الروسي فلاديمير بوتين، "
                           "على توحيد المواقف، ليس هذا فقط، بل إنهم تعهدوا بالعمل معا.")
    assert rows == [("أعلن", "فلاديمير بوتين", None,
                     "اتفق المشاركون، كما أعلن الرئيس الروسي فلاديمير بوتين، على توحيد المواقف", False)]


def test_kama_aside_cue_itself_is_not_reported() -> None:
    doc = rasd.analyze("ووصلت الوفود إلى العاصمة، حيث اتفق المشاركون، كما أعلن الرئيس الروسي فلاديمير بوتين، "
                       "على توحيد المواقف.", date="2015-08-02")
    modes = {doc.text[e.trigger.start : e.trigger.end]: e.modality for e in doc.events}
    assert modes.get("اتفق") == "reported" and modes.get("أعلن") == "asserted"


def test_kama_aside_of_unnamed_sources_inside_that_clause() -> None:
    rows = news_quote_rows("ولا شك أن الرئيس، كما تقول مصادر مطلعة، سيلتقي نظيره في نيويورك الشهر المقبل.")
    assert rows == [("تقول", None, "مصادر مطلعة",
                     "الرئيس، كما تقول مصادر مطلعة، سيلتقي نظيره في نيويورك الشهر المقبل", False)]


def test_kama_aside_counter_no_cue_no_quote() -> None:
    assert news_quote_rows("ووصلت الوفود إلى العاصمة، حيث اتفق المشاركون، كما هو معروف، على توحيد المواقف.") == []


def test_denial_of_any_object() -> None:
    doc = rasd.analyze("ونفى وزير الخارجية أي تنسيق مع الجانب التركي، مؤكدا أن بلاده تتحرك وحدها.",
                       date="2015-08-02")
    q = doc.quotes[0]
    assert doc.text[q.content.start : q.content.end] == "أي تنسيق مع الجانب التركي"
    assert q.attrs.get("denied") is True
    assert news_quote_rows("ونفت الهيئة تلقيها أي شكوى رسمية من المحامين، وقالت إن القضاة مستقلون.")[0][3] == (
        "تلقيها أي شكوى رسمية من المحامين")


def test_denial_of_two_verbal_nouns() -> None:
    rows = news_quote_rows("ونفت الشرطة أسر أو احتجاز أي من عناصر الفصيل المسلح!")
    assert rows == [("ونفت", None, "الشرطة", "أسر أو احتجاز أي من عناصر الفصيل المسلح", False)]


def test_denial_counter_any_as_subject() -> None:
    assert news_quote_rows("ونفى أي مسؤول في الوزارة هذه الأنباء.") == []


def test_demonstrative_with_nearer_antecedent_stays_itself() -> None:
    rows = news_quote_rows("وكانت الأوساط الفرنسية قد نقلت تحفظات عدة. وتقول مصادر الإليزيه إن الرئيس سيزور طهران. "
                           "وتتساءل الأوساط الفرنسية عن جدية التعهدات. وتقول هذه الأوساط إن طهران أخفت برنامجها.")
    assert [r[2] for r in rows] == ["مصادر الإليزيه", "هذه الأوساط"]


def test_demonstrative_counter_same_sources_carried() -> None:
    rows = news_quote_rows("وقالت مصادر مطلعة إن الرئيس سيزور طهران. وتقول هذه المصادر إن الزيارة ستتم قريبا.")
    assert [r[2] for r in rows] == ["مصادر مطلعة", "مصادر مطلعة"]


def test_according_to_critics_plural_participle_head() -> None:
    rows = news_quote_rows("وما زال كثير من صناع القرار متشككين في نوايا طهران، حسب ما عبر عنه معارضو الصفقة.")
    assert rows == [("حسب", None, "معارضو الصفقة", "وما زال كثير من صناع القرار متشككين في نوايا طهران", False)]


def test_according_counter_own_words_no_phrase() -> None:
    rows = news_quote_rows("وأكد الوزير أن الوضع مستقر، حسب قوله.")
    assert all(r[2] != "قوله" for r in rows)


def test_expressed_cue_same_under_any_hash_seed() -> None:
    import os
    import subprocess
    import sys

    code = ("import rasd; d = rasd.analyze('وبقي الموقف كما وصفه السفير: «نحن مستعدون للحوار مع كل الأطراف دون "
            "شروط».', date='2015-08-02'); print(len(d.quotes))")
    for seed in ("0", "2"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed})
        assert out.stdout.strip() == "1"
