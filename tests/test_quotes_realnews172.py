"""Quotes on constructions of real news, round 172: a dual cue takes the unnamed subject of its own clause, not the
pair named before it; «ووصف X بأنه» after «أن» + a plural subject ends the first content and is a quote of its
own; a prosecution or defence body named short is the fuller name the article gave it before; a news agency's
dotted abbreviation («أ.ب», «د.ب.أ», «أ.ف.ب») is the listed agency."""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows


def test_a_dual_cue_takes_the_unnamed_officials_of_its_own_clause() -> None:
    text = ("وأبلغني النائب الأميركي مايك بومبيو أنه وزميله توم كوتون اجتمعا مع نائب رئيس الوكالة الدولية للطاقة "
            "الذرية في فيينا، وأن رد مسؤولي الوكالة جاء سريعا حيث أفادا بأن الاتفاق يشمل كل التفاصيل.")
    doc = analyze_news(text)
    q = doc.quotes[-1]
    assert doc.text[q.cue.start : q.cue.end] == "أفادا"
    assert q.speaker is None and "speakers" not in q.attrs
    given = q.attrs["speaker_text"]
    assert doc.text[given.start : given.end] == "مسؤولي الوكالة"
    assert doc.entity(q.attrs["affiliation"]).name == "الوكالة الدولية للطاقة الذرية"


def test_a_dual_cue_after_a_pair_keeps_the_pair() -> None:
    text = ("والتقى الرئيس الفرنسي فرانسوا هولاند والمستشارة الألمانية أنجيلا ميركل في برلين أمس، "
            "وأكدا أن الأزمة تحتاج إلى حل سياسي.")
    doc = analyze_news(text)
    q = doc.quotes[-1]
    assert doc.entity(q.speaker).name == "فرانسوا هولاند"
    assert [doc.entity(e).name for e in q.attrs["speakers"]] == ["فرانسوا هولاند", "أنجيلا ميركل"]


def test_whom_the_pair_met_is_no_subject_of_their_dual_cue() -> None:
    text = ("والتقى الرئيس الفرنسي فرانسوا هولاند والمستشارة الألمانية أنجيلا ميركل في برلين أمس مع ممثلي "
            "المعارضة، وأكدا أن الأزمة تحتاج إلى حل سياسي.")
    rows = news_quote_rows(text)
    assert rows[-1][2] == "فرانسوا هولاند والمستشارة الألمانية أنجيلا ميركل"


def test_a_describing_verb_after_a_plural_reported_subject_is_the_speakers() -> None:
    text = ("وذكر المتحدث العسكري أندريه ليسينكو أن المتمردين المدعومين من روسيا يستخدمون أسلحة ثقيلة محظورة "
            "بموجب الهدنة ووصف الوضع في شرق المدينة بأنه الأكثر خطورة.")
    rows = news_quote_rows(text)
    assert rows[0][:2] == ("وذكر", "أندريه ليسينكو")
    assert rows[0][3] == "المتمردين المدعومين من روسيا يستخدمون أسلحة ثقيلة محظورة بموجب الهدنة"
    assert rows[1][:2] == ("ووصف", "أندريه ليسينكو")
    assert rows[1][3] == "الوضع في شرق المدينة بأنه الأكثر خطورة"


def test_a_describing_verb_may_be_the_singular_reported_subjects() -> None:
    text = ("وذكر المتحدث العسكري أندريه ليسينكو أن القائد يستخدم أسلحة ثقيلة محظورة بموجب الهدنة "
            "ووصف الوضع في شرق المدينة بأنه الأكثر خطورة.")
    rows = news_quote_rows(text)
    assert [r[0] for r in rows] == ["وذكر"]
    assert "ووصف" in rows[0][3]


def test_the_short_prosecution_is_the_office_named_before() -> None:
    text = ("وخلال جلسات الاستماع قال مكتب الادعاء العام الفيدرالي إن المتهمين جندوا عشرات الشبان. "
            "وأكد الادعاء أن الجماعة إرهابية.")
    assert news_quote_rows(text)[-1][:3] == ("وأكد", None, "مكتب الادعاء العام الفيدرالي")


def test_the_defence_team_is_named_with_whom_it_defends() -> None:
    text = ("في غضون ذلك أعلنت هيئة الدفاع عن الوزير السابق أحمد الطرابلسي في تونس أمس عن مقاضاة رئيس الحكومة. "
            "وأعلنت هيئة الدفاع خلال مؤتمر صحافي أمس أن القرار مخالف للقانون.")
    assert news_quote_rows(text)[-1][:3] == ("وأعلنت", None, "هيئة الدفاع عن الوزير السابق أحمد الطرابلسي")


def test_a_short_body_named_nowhere_in_full_stays_short() -> None:
    assert news_quote_rows("وأكد الادعاء أن الجماعة إرهابية.")[-1][2] == "الادعاء"
    text = "وطالب محامو الدفاع عن المتهمين بالإفراج عنهم. وأعلنت هيئة الدفاع أن القرار مخالف للقانون."
    assert news_quote_rows(text)[-1][2] == "هيئة الدفاع"


def test_a_dotted_agency_abbreviation_is_the_agency() -> None:
    text = "لكن، كما قالت وكالة «أ.ب»، لا بد أن قادة الحزب في الكونغرس سيفحصون الوثائق بدقة."
    doc = analyze_news(text)
    ent = doc.entity(doc.quotes[0].speaker)
    assert (ent.latin, ent.country) == ("Associated Press", "USA")


def test_a_dotted_abbreviation_after_the_agency_joins_it() -> None:
    doc = analyze_news("وقال المصدر لوكالة الأنباء الألمانية (د.ب.أ) إن المسلحين انسحبوا من القرية.")
    agencies = [e for e in doc.entities if e.latin == "DPA"]
    assert len(agencies) == 1
    assert [doc.text[m.start : m.end] for m in agencies[0].mentions] == ["وكالة الأنباء الألمانية", "د.ب.أ"]


def test_initials_are_no_agency() -> None:
    doc = analyze_news("وقال الكاتب أ.ب. محمود إن الرواية صدرت أمس.")
    assert not any(e.latin == "Associated Press" for e in doc.entities)
