"""Quote cues and speakers on constructions of real news, round 34: a source a relative clause hangs on («نقلا عن
مصادر قالت إن») and whose account an account noun gives («وفقا لإفادة بعض من المشاركين») are the speaker's phrase;
the one asked answers («وسئل عن موقف الرئيس فلان، فقال»), not whom the question is about; the writer's «we»
(«وخصوصا إذا ذكرنا أن») is no one's quote; a dropped subject after a paper's report goes on with the paper, not with
a body the report names; «بحسب ما نقلت عائلة فلان»: the family, with its phrase."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_sources_a_relative_clause_hangs_on_speak() -> None:
    doc = analyze_news("وهو ما نشرته الصحيفة أمس نقلاً عن مصادر قالت إن المفاوضات فشلت الأسبوع الماضي.")
    assert quote_speakers(doc) == [("قالت", "[مصادر]")]
    doc = analyze_news("وذكر الموقع نقلا عن مسؤول أمني قال إن الهجوم أحبط.")
    assert quote_speakers(doc)[-1] == ("قال", "[مسؤول أمني]")


def test_reports_a_relative_clause_hangs_on_are_no_speaker_phrase() -> None:
    doc = analyze_news("ونشرت الصحف تقارير تفيد بأن الأسواق ستنتعش.")
    assert [who for _, who in quote_speakers(doc)] == ["[تقارير]"]  # round 246: the reports are the source


def test_an_account_noun_gives_whose_account_it_is() -> None:
    doc = analyze_news("وبحسب رواية شهود عيان فإن القصف استهدف السوق.")
    assert quote_speakers(doc) == [("وبحسب", "[شهود عيان]")]
    doc = analyze_news("ووفقا لتصريحات مسؤولين محليين فإن الجيش انسحب من البلدة.")
    assert quote_speakers(doc) == [("ووفقا", "[مسؤولين محليين]")]


def test_according_to_after_a_fronted_phrase_reports_what_follows() -> None:
    doc = analyze_news("وفي كثير من الأحيان وفقا لإفادة بعض من المشاركين كانت الاجتماعات تنعقد في قاعة المؤتمرات.")
    assert quote_speakers(doc) == [("وفقا", "[بعض من المشاركين]")]
    assert _contents(doc) == ["كانت الاجتماعات تنعقد في قاعة المؤتمرات"]
    doc = analyze_news("وفي الأسبوع الماضي، وبحسب شهود عيان، قصفت الطائرات السوق.")
    assert _contents(doc) == ["قصفت الطائرات السوق"]


def test_according_to_after_a_clause_reports_that_clause() -> None:
    doc = analyze_news("وفي السوق قصفت الطائرات المباني بحسب شهود عيان.")
    assert _contents(doc) == ["وفي السوق قصفت الطائرات المباني"]


def test_the_one_asked_answers() -> None:
    doc = analyze_news("وقال الوزير خالد العطية إن الدعم مستمر. وسئل عن موقف الرئيس بشار الأسد، فقال إن الحل "
                       "سياسي.")
    assert quote_speakers(doc) == [("وقال", "خالد العطية"), ("فقال", "خالد العطية")]


def test_the_writers_we_is_no_quote() -> None:
    doc = analyze_news("وتراجعت العلاقات بين البلدين، وخصوصا إذا ذكرنا أن الحزب نفسه كان يتعامل مع المصريين بعداء.")
    assert doc.quotes == []
    doc = analyze_news("فالأزمة أعمق من ذلك، وكما قلنا سابقا، فإن الحل يبدأ من الداخل.")
    assert doc.quotes == []


def test_the_paper_goes_on_not_the_body_it_reported() -> None:
    doc = analyze_news("وقالت صحيفة الرياض في افتتاحيتها إن الحكومة اليمنية أعلنت أن عدن آمنة. وأضافت أن الحل "
                       "سياسي.")
    speakers = [who for _, who in quote_speakers(doc)]
    assert speakers[-1] == speakers[0] and "الرياض" in str(speakers[0])


def test_an_unnamed_paper_goes_on() -> None:
    doc = analyze_news("وقالت صحيفة «اليوم» إن وزارة الخارجية السعودية أكدت أن المملكة تدعم اليمن. وقالت إن الحل "
                       "سياسي.")
    assert quote_speakers(doc)[-1] == ("وقالت", "[صحيفة «اليوم»]")


def test_according_to_what_his_family_reported_is_the_family() -> None:
    doc = analyze_news("وكانت الناشطة نرجس محمدي قد اعتقلت. وبحسب ما نقلت عائلة محمدي فإن قوات الأمن نقلتها إلى "
                       "السجن.")
    assert quote_speakers(doc) == [("وبحسب", "[عائلة محمدي]")]
    doc = analyze_news("وكانت الناشطة نرجس محمدي قد اعتقلت. ونقل موقع الجمعية، نقلا عن أسرة محمدي، أن قوات الأمن "
                       "نقلتها إلى السجن.")
    assert [who for _, who in quote_speakers(doc)] == ["[أسرة محمدي]"]


def test_one_of_them_opening_the_sentence_speaks() -> None:
    doc = analyze_news("وكان الكاشف في الجهاد الإسلامي. أحد سجناء «القاعدة» اعترف بأن بدر تلقى تدريبات في سيناء.")
    assert quote_speakers(doc) == [("اعترف", "[أحد سجناء «القاعدة»]")]


def test_indirect_speech_stops_before_a_link_to_the_next_report() -> None:
    doc = analyze_news("وأعلنت واشنطن أمس أن رجلين متهمان بجمع الأموال للتنظيم، إذ أكد المسؤول الأميركي أن واشنطن "
                       "تعمل على منع التمويل.")
    assert _contents(doc)[0] == "رجلين متهمان بجمع الأموال للتنظيم"


def test_a_participle_goes_on_with_the_reporter_not_the_reports_he_names() -> None:
    doc = analyze_news("لكن المتحدث باسم الوزارة نفى تسلم أي إخطار، إذ قال السفير علي الصادق أمس إن مواقع إخبارية "
                       "أوردت تقارير تفيد بأن الجزائر نصحت مواطنيها بعدم السفر، مضيفا أن «البلدين ينسقان في كل "
                       "القضايا».")
    assert quote_speakers(doc)[-1] == ("مضيفا", "علي الصادق")


def test_indirect_speech_stops_before_another_act_described() -> None:
    doc = analyze_news("وأكد في البيان أن الإمارة هي الكيان الشرعي الوحيد، مشيرا إلى أن قادة التنظيم ركزوا أنشطتهم في "
                       "أفغانستان، كما وصف مؤسس التنظيم بأنه زعيم المجاهدين.")
    assert _contents(doc)[-1] == "قادة التنظيم ركزوا أنشطتهم في أفغانستان"


def test_a_source_phrase_keeps_the_noun_its_last_word_governs() -> None:
    doc = analyze_news("تقول المصادر الغربية المتابعة لأنشطة المتشددين، إن المؤامرة كشفت تشعب الاتصالات.")
    assert quote_speakers(doc) == [("تقول", "[المصادر الغربية المتابعة لأنشطة المتشددين]")]
