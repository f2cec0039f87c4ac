"""Quote cues and speakers on constructions of real news, round 32: «وكالة (أنباء) X» speaks as the organisation X
the entity layer names, and a bare «الوكالة» as the agency named last before it (not one cited as a channel:
«بحسب وكالة ...»); «وقال السفير» is the last person who holds that title, not the one quoted last; the writer's
gloss «، في إشارة إلى ...» is cut off indirect speech; a subject ending in a quoted name and a comma («أن سلوك
«الحركة»، يشير») goes on to its verb; «according to» right after «أنه» with no comma reports the clause after its
source."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_a_news_agency_phrase_speaks_as_the_agency_it_names() -> None:
    doc = analyze_news("وأكدت وكالة أنباء الأناضول أن الجيش سيطر على المدينة.")
    assert quote_speakers(doc) == [("وأكدت", "الأناضول")]


def test_the_agency_is_the_one_named_before() -> None:
    doc = analyze_news("وأعلنت وكالة الأناضول أن الجيش سيطر على البلدة. ووفقا للوكالة، فإن القتال استمر طوال الليل.")
    assert quote_speakers(doc) == [("وأعلنت", "وكالة الأناضول"), ("ووفقا", "وكالة الأناضول")]
    doc = analyze_news("وأوضحت وكالة أنباء «الأناضول» أن الجيش سيطر على البلدة. وقالت الوكالة إن القتال استمر.")
    assert [who for _, who in quote_speakers(doc)] == ["الأناضول", "الأناضول"]


def test_an_agency_cited_as_a_channel_is_not_the_agency() -> None:
    doc = analyze_news("أعلنت وكالة التصنيف الائتماني ستاندرد آند بورز أنها خفضت التصنيف. وبحسب وكالة رويترز قالت "
                       "الوكالة إن الأزمة خطيرة.")
    speakers = quote_speakers(doc)
    assert speakers[-1][1] == speakers[0][1] and "ستاندرد" in str(speakers[0][1])


def test_a_bare_title_is_the_one_who_holds_it() -> None:
    doc = analyze_news("وأكد وزير الإعلام الدكتور محمد المومني أن الزيارة تاريخية. وأشار المومني إلى أن البلدين "
                       "يتعاونان في كل المجالات. كما كان في استقباله الدكتور سامي الصالح سفير السعودية لدى الأردن. "
                       "من جانبه، أكد الدكتور سامي الصالح، سفير السعودية في عمان، متانة العلاقات. وقال السفير لوكالة "
                       "الأنباء السعودية: «العلاقات بين البلدين راسخة ومتينة».")
    assert [who for _, who in quote_speakers(doc)] == ["محمد المومني", "محمد المومني", "سامي الصالح"]


def test_a_title_the_speaker_holds_stays_his() -> None:
    doc = analyze_news("وقال وزير الإعلام محمد المومني إن الزيارة ناجحة. وقال الوزير إن العلاقات راسخة.")
    assert quote_speakers(doc) == [("وقال", "محمد المومني"), ("وقال", "محمد المومني")]


def test_the_writers_gloss_is_cut_off() -> None:
    doc = analyze_news("وقال الوزير إن الحكومة ستواصل دعم الجيش، في إشارة إلى العملية العسكرية في الشمال.")
    assert _contents(doc) == ["الحكومة ستواصل دعم الجيش"]
    doc = analyze_news("وأكد الوزير أن حكومته مصممة على مواصلة القتال، في إشارة للعمليات العسكرية.")
    assert _contents(doc) == ["حكومته مصممة على مواصلة القتال"]


def test_a_gloss_inside_quote_marks_is_said() -> None:
    doc = analyze_news("وقال الوزير: «الحكومة ستواصل دعم الجيش، في إشارة إلى العملية»، ثم غادر.")
    assert _contents(doc) == ["الحكومة ستواصل دعم الجيش، في إشارة إلى العملية"]


def test_a_subject_ending_in_a_quoted_name_goes_on_to_its_verb() -> None:
    doc = analyze_news("ورأى المحلل أن سلوك «النصرة»، يشير إلى رغبتها في التمدد.")
    assert _contents(doc) == ["سلوك «النصرة»، يشير إلى رغبتها في التمدد"]


def test_according_inside_a_clause_reports_what_follows_its_source() -> None:
    doc = analyze_news("وأنقذ خفر السواحل 400 شخص، إلا أنه بحسب عدد من المصادر كان المركب يقل 600 شخص.")
    assert _contents(doc) == ["كان المركب يقل 600 شخص"]
    doc = analyze_news("ونجا الركاب، لكن بحسب مصادر أمنية فإن المركب غرق.")
    assert _contents(doc) == ["المركب غرق"]


def test_an_agency_named_again_in_short_is_the_one_named_in_full() -> None:
    doc = analyze_news("أعلنت وكالة التصنيف الائتماني ستاندرد آند بورز أنها خفضت التصنيف. وبررت وكالة التصنيف قرارها "
                       "بالأزمة. وبحسب وكالة رويترز قالت الوكالة إن الأزمة خطيرة.")
    speakers = quote_speakers(doc)
    assert speakers[-1][1] == speakers[0][1] and "ستاندرد" in str(speakers[0][1])


def test_an_agency_the_entities_miss_is_no_one_named_before() -> None:
    doc = analyze_news("وذكرت وكالة رويترز أن المفاوضات تعثرت. وأعلنت وكالة الأنباء المحلية أن اللجنة علقت الصحيفة. "
                       "وقالت الوكالة إن القرار نهائي.")
    assert quote_speakers(doc)[-1][1] != "وكالة رويترز"
