"""Quote cues and speakers on constructions of real news, round 31: an «according to» aside inside a verb cue
(«وقال فلان، بحسب ما نقلت عنه الوكالة، إن») is no quote of its own; the interviewee of «في مقابلة لفلان» with no
comma before the cue speaks; «كي لا يقال إن» reports nothing; «وفقا لـX فإن» with no comma reports what follows,
a trailing «بحسب X» the clause of the reporting verb before it; present plural cues («يؤكدون أن») are read from the
singular; the writer's comment on how the words were received («، مما أثار حفيظة») is cut off."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_an_according_aside_inside_a_cue_is_no_quote_of_its_own() -> None:
    doc = analyze_news("وقال جون كيري، بحسب ما نقلت عنه وكالة الأناضول، إن بلاده لن تشارك في العملية.")
    assert quote_speakers(doc) == [("وقال", "جون كيري")]
    assert _contents(doc) == ["بلاده لن تشارك في العملية"]
    doc = analyze_news("وقال الوزير، بحسب وكالة رويترز، إن الحل سياسي.")
    assert quote_speakers(doc) == [("وقال", "[الوزير]")]
    assert _contents(doc) == ["الحل سياسي"]


def test_an_aside_closed_by_no_complementizer_stays_a_quote() -> None:
    doc = analyze_news("وقال الوزير، بحسب وكالة رويترز، كلاما كثيرا. وقال الرئيس إن الحل سياسي.")
    assert ("بحسب", "وكالة رويترز") in quote_speakers(doc)


def test_the_interviewee_speaks_with_no_comma_before_the_cue() -> None:
    doc = analyze_news("ويؤيده كثيرون، ففي مقابلة لجون كيري مع قناة «فوكس نيوز» أوضح أن الاتفاق خطير جدا.")
    assert quote_speakers(doc) == [("أوضح", "جون كيري")]


def test_what_must_not_be_said_is_no_report() -> None:
    doc = analyze_news("ودرس العلماء الموضوع بدقة وحذر كي لا يقال إن الشرقيين لا يتغيرون.")
    assert doc.quotes == []
    doc = analyze_news("وحذر الوزير من التأخير لئلا يقال إن الحكومة عاجزة.")
    assert doc.quotes == []


def test_according_with_fa_inna_and_no_comma_reports_what_follows() -> None:
    doc = analyze_news("وقالت صحيفة يونانية إن الحكومة تنوي تطبيق خطة طارئة، ووفقا لمصادر صحافية فإن الخطة وضعت "
                       "لزيادة الضغط على الدائنين.")
    assert _contents(doc)[-1] == "الخطة وضعت لزيادة الضغط على الدائنين"


def test_a_trailing_according_reports_the_clause_of_the_verb_before_it() -> None:
    doc = analyze_news("وقال الوزير إن بلاده لن تشارك في العملية، بحسب وكالة الأناضول.")
    assert _contents(doc) == ["بلاده لن تشارك في العملية", "بلاده لن تشارك في العملية"]
    doc = analyze_news("وواصلت القوات تعقب المتمردين بعد أن خسروا المدينة، بحسب مصادر عسكرية.")
    assert _contents(doc) == ["وواصلت القوات تعقب المتمردين بعد أن خسروا المدينة"]


def test_present_plural_cues_are_read_from_the_singular() -> None:
    doc = analyze_news("وأطلقت الطائرات غارات كثيرة، مشيرة إلى أنها تستهدف المسلحين، غير أن المراقبين يؤكدون أن الغارات "
                       "استهدفت المدنيين.")
    assert _contents(doc) == ["تستهدف المسلحين", "الغارات استهدفت المدنيين"]
    assert quote_speakers(doc)[-1] == ("يؤكدون", "[المراقبين]")
    doc = analyze_news("لكن المحللين يرون أن الحل بعيد.")
    assert quote_speakers(doc) == [("يرون", "[المحللين]")]


def test_a_present_plural_with_no_complementizer_is_no_cue() -> None:
    doc = analyze_news("وقال أغلب المواطنين إنهم يعتبرون العدالة ضرورية في تونس.")
    assert _contents(doc) == ["يعتبرون العدالة ضرورية في تونس"]
    doc = analyze_news("وقال الوزير إن المسلمين يرون فيها الحصن المتين، وإنها ستبقى قوية.")
    assert _contents(doc) == ["المسلمين يرون فيها الحصن المتين، وإنها ستبقى قوية"]


def test_the_writers_comment_on_the_reception_is_cut_off() -> None:
    doc = analyze_news("وقال الوزير إن الحكومة ستلغي الدعم، مما أثار حفيظة النقابات.")
    assert _contents(doc) == ["الحكومة ستلغي الدعم"]
    doc = analyze_news("وقال الوزير إن الحكومة ستلغي الدعم، الأمر الذي أغضب النقابات.")
    assert _contents(doc) == ["الحكومة ستلغي الدعم"]


def test_what_came_of_the_events_said_stays_in_the_report() -> None:
    doc = analyze_news("وأوضحت مصادر أمنية أن المروحيات قصفت الخلية، مما أسفر عن مقتل ستة مسلحين.")
    assert _contents(doc) == ["المروحيات قصفت الخلية، مما أسفر عن مقتل ستة مسلحين"]


def test_the_unnamed_source_after_an_quoted_from_speaks_not_the_channel() -> None:
    doc = analyze_news("وأفادت شبكة «سي إن إن» نقلا عن مسؤولين أميركيين أمس، بأن الولايات المتحدة نفذت أول ضربة.")
    assert quote_speakers(doc) == [("نقلا", "[مسؤولين أميركيين]")]
    assert _contents(doc) == ["الولايات المتحدة نفذت أول ضربة"]
    doc = analyze_news("ونقلت الصحيفة عن مصادر دبلوماسية أن الوفد سيصل غدا.")
    assert quote_speakers(doc) == [("ونقلت", "[مصادر دبلوماسية]")]


def test_a_quoted_body_name_before_its_directors_name_is_no_quotation() -> None:
    doc = analyze_news("ورأى مدير «المرصد السوري لحقوق الإنسان» رامي عبد الرحمن، أن الجبهة تحاول القضاء على الفرقة.")
    assert _contents(doc) == ["الجبهة تحاول القضاء على الفرقة"]
