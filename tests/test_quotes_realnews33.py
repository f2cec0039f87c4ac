"""Quote cues and speakers on constructions of real news, round 33: the writer's asides («الجدير ذكره أن», «مما
يؤكد أن») are no one's words; a person named by name inside the reported words, and nowhere in the reporting
clause, is spoken of, not speaking; a title after «لـ» and the name after it are whom it was said to; the subject
of «لكنّ» goes on past an aside of who is among it («، وبينهم قانونيون،»); indirect speech stops before «، و» and
another's report with its own subject («، ووصفت مصادر محلية»)."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_worth_noting_is_the_writers_aside() -> None:
    doc = analyze_news("وتطالب الصين بالسيادة على معظم الجزر. الجدير ذكره أن الفلبين ترفض هذه المطالب.")
    assert doc.quotes == []
    doc = analyze_news("والجدير ذكره أن المحادثات ستستأنف الشهر المقبل.")
    assert doc.quotes == []


def test_a_fact_that_confirms_is_no_speaker() -> None:
    doc = analyze_news("وجاءت الدعوة للحوار بمبادرة من الرئيس، مما يؤكد أن الحكومة جادة في مسعاها.")
    assert doc.quotes == []
    doc = analyze_news("وحضر الاجتماع ممثلون عن جميع الأحزاب. وهذا يؤكد أن المصالحة ممكنة.")
    assert doc.quotes == []


def test_what_a_speaker_says_confirms_stays_his() -> None:
    doc = analyze_news("وقال الوزير إن ذلك يؤكد أن المصالحة ممكنة.")
    assert _contents(doc) == ["ذلك يؤكد أن المصالحة ممكنة"]
    doc = analyze_news("انطلاقا من ذلك يؤكد الوزير أن المصالحة ممكنة.")
    assert quote_speakers(doc) == [("يؤكد", "[الوزير]")]


def test_a_person_named_in_the_words_is_spoken_of() -> None:
    doc = analyze_news("وتعتقل السلطات المحامية نرجس محمدي منذ مايو الماضي. وعن حالة محمدي، قالت المحامية وناشطة "
                       "حقوق الإنسان ليلى علي أكرمي لـ«الشرق الأوسط»: «نرجس محمدي ناشطة معروفة وحالتها سيئة».")
    assert "نرجس محمدي" not in [who for _, who in quote_speakers(doc)]
    assert len(doc.quotes) == 1


def test_a_person_named_in_the_words_and_before_the_cue_speaks() -> None:
    doc = analyze_news("وقال الرئيس حسن روحاني إن حكومة روحاني ستفي بوعودها.")
    assert quote_speakers(doc) == [("وقال", "حسن روحاني")]


def test_a_title_after_lam_and_its_name_are_the_addressee() -> None:
    doc = analyze_news("وأكد لرئيس الوزراء نوري المالكي أن الدعم الأميركي مستمر.")
    assert quote_speakers(doc) == [("وأكد", None)]
    doc = analyze_news("وقال لـ«الشرق الأوسط» الوزير خالد العطية إن الدعم مستمر.")
    assert quote_speakers(doc) == [("وقال", "خالد العطية")]


def test_the_subject_of_but_goes_on_past_an_aside_of_who_is_among_it() -> None:
    doc = analyze_news("وأعيدت الصورة إلى الجدارية. لكنَّ أصواتًا معارضة، وبينهم قانونيون، أكدوا أن القرار غير "
                       "دستوري.")
    assert quote_speakers(doc) == [("أكدوا", "[أصواتًا معارضة]")]


def test_indirect_speech_stops_before_another_report() -> None:
    doc = analyze_news("وأكد الوزير أن الحكومة ستواصل دعم الجيش، ووصفت مصادر محلية الوضع بأنه هادئ.")
    assert _contents(doc) == ["الحكومة ستواصل دعم الجيش"]


def test_the_speaker_describing_goes_on() -> None:
    doc = analyze_news("وأكدت الوزيرة أن العلاقة مع الجزائر جيدة، ووصفت العلاقة بأنها في أحسن حالاتها.")
    assert _contents(doc) == ["العلاقة مع الجزائر جيدة، ووصفت العلاقة بأنها في أحسن حالاتها"]


def test_a_statement_of_his_office_naming_him_is_his() -> None:
    doc = analyze_news("وأدان رئيس الوزراء الإسرائيلي بنيامين نتنياهو الهجوم. ورد عباس قائلا إن الاستيطان هو السبب. "
                       "وجاء في بيان صادر عن مكتب نتنياهو: «يعبر رئيس الوزراء نتنياهو عن صدمته من الجريمة».")
    assert quote_speakers(doc)[-1] == ("وجاء", "بنيامين نتنياهو")


def test_the_official_news_agency_of_a_country_speaks_as_the_agency() -> None:
    doc = analyze_news("وكان الرئيس حسن روحاني قد زار بكين. وذكرت وكالة الأنباء الإيرانية الرسمية أن الزيارة ناجحة. "
                       "وقالت الوكالة إن البلدين وقعا اتفاقات.")
    speakers = [who for _, who in quote_speakers(doc)]
    assert speakers[0] == speakers[1] and "الأنباء الإيرانية" in str(speakers[0])


def test_according_to_his_family_is_not_he() -> None:
    doc = analyze_news("وكانت الناشطة نرجس محمدي قد اعتقلت. ونقل موقع الجمعية، نقلا عن أسرة محمدي، أن قوات الأمن "
                       "نقلتها إلى السجن.")
    assert "نرجس محمدي" not in [who for _, who in quote_speakers(doc)]
    assert len(doc.quotes) == 1
