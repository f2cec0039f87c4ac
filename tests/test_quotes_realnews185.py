"""Quotes on constructions of real news, round 185: an «according to his view/claim» that opens its sentence with no
comma before «فإنه» or «فيبدو» («وحسب رأيه فإنه لا يشك بأن», «وبحسب تقديره فيبدو أن») reports what follows; the
pronoun on the word of saying is the one quoted just before (his phrase too, where unnamed), of its gender; «رأيه»
after «حسب» is the noun, no verb cue of its own."""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows

LAWYER = "ولكن محامي الدفاع عن المتهم، قال إن توقيف موكله إجراء دعائي أكثر منه حاجة للتحقيق. "


def test_his_view_with_no_comma_before_fainnahu_is_the_lawyer_quoted_before() -> None:
    rows = news_quote_rows(LAWYER + "وحسب رأيه فإنه لا يشك بأن التوقيف جاء ليغطي على فشل الشرطة في القبض على "
                                    "الجناة.")
    assert rows[1] == ("وحسب", None, "محامي الدفاع عن المتهم",
                       "لا يشك بأن التوقيف جاء ليغطي على فشل الشرطة في القبض على الجناة", False)
    assert len(rows) == 2  # no verb cue «رأيه» of its own


def test_his_claim_then_his_view_both_the_lawyer() -> None:
    rows = news_quote_rows(LAWYER + "وحسب ادعائه، فإنه يبدو أن وحدة خاصة في الشرطة بذلت جهدا كبيرا. وحسب رأيه "
                                    "فإنه لا يشك بأن التوقيف جاء ليغطي على فشل الشرطة.")
    assert rows[1] == ("وحسب", None, "محامي الدفاع عن المتهم", "يبدو أن وحدة خاصة في الشرطة بذلت جهدا كبيرا", False)
    assert rows[2][2] == "محامي الدفاع عن المتهم"


def test_named_speaker_and_fa_before_the_verb() -> None:
    rows = news_quote_rows("وقال المحامي سامي داود إن توقيف موكله إجراء دعائي. وبحسب تقديره فيبدو أن الشرطة "
                           "عاجزة عن القبض على الجناة منذ شهور.")
    assert rows[1] == ("وبحسب", "سامي داود", None, "يبدو أن الشرطة عاجزة عن القبض على الجناة منذ شهور", False)


def test_a_pronoun_of_the_other_gender_is_not_the_one_quoted_before() -> None:
    rows = news_quote_rows("وقالت الوزيرة هند صبري إن الحكومة ماضية في خطتها. وبحسب تقديره فيبدو أن الشرطة "
                           "عاجزة عن القبض على الجناة منذ شهور.")
    assert rows[0][1] == "هند صبري"
    assert rows[1][:3] == ("وبحسب", None, None)


def test_fainnahu_inside_a_sentence_is_the_writers_consequence() -> None:
    rows = news_quote_rows("وقال الوزير إن الحكومة ماضية في خطتها، وإذا تأخر التمويل فإنه سيتم تأجيل بناء ألف "
                           "مسكن في العام المقبل.")
    assert len(rows) == 1 and rows[0][0] == "وقال"


def test_a_plan_not_a_source_opens_no_quote() -> None:
    rows = news_quote_rows("وقال الوزير إن الحكومة ماضية في خطتها. وبحسب الخطة الموضوعة فإنه سيتم بناء ألف "
                           "مسكن في العام المقبل.")
    assert [r[0] for r in rows] == ["وقال"]


def _affiliated(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = analyze_news(text)
    out = []
    for q in doc.quotes:
        given = q.attrs.get("speaker_text")
        body = q.attrs.get("affiliation")
        out.append((doc.text[q.cue.start : q.cue.end], doc.entity(q.speaker).name if q.speaker else None,
                    doc.text[given.start : given.end] if given is not None else None,
                    doc.entity(body).name if isinstance(body, str) else None))
    return out


def test_figures_issued_by_a_bank_are_the_banks() -> None:
    rows = news_quote_rows("ووفقا للأرقام الصادرة عن البنك الدولي فإن النمو سيتراجع إلى اثنين في المئة هذا العام.")
    assert rows == [("ووفقا", "البنك الدولي", None, "النمو سيتراجع إلى اثنين في المئة هذا العام", False)]


def test_figures_issued_with_no_issuer_named_have_no_speaker() -> None:
    rows = news_quote_rows("ووفقا للأرقام الصادرة حديثا فإن النمو سيتراجع إلى اثنين في المئة هذا العام.")
    assert rows[0][1] is None


def test_sources_of_a_newspaper_speak_for_it() -> None:
    rows = _affiliated("وبحسب مصادر صحيفة الحياة فإن الوزير سيزور القاهرة الأسبوع المقبل لبحث ملفات التعاون.")
    assert rows == [("وبحسب", None, "مصادر", "صحيفة الحياة")]


def test_security_sources_in_a_ministry() -> None:
    rows = _affiliated("وبحسب مصادر أمنية في وزارة الداخلية، فإن الوزير سيزور القاهرة الأسبوع المقبل.")
    assert rows == [("وبحسب", None, "مصادر أمنية", "وزارة الداخلية")]


def test_sources_that_spoke_to_an_agency_are_not_the_agencys() -> None:
    rows = _affiliated("وبحسب مصادر تحدثت إلى وكالة رويترز، فإن الوزير سيزور القاهرة الأسبوع المقبل.")
    assert rows[0][1] is None and rows[0][3] is None


def test_according_to_the_ministry_itself_stays_the_speaker() -> None:
    rows = _affiliated("ووفقا لوزارة الداخلية فإن الوزير سيزور القاهرة الأسبوع المقبل لبحث ملفات التعاون.")
    assert rows == [("ووفقا", "وزارة الداخلية", None, None)]


def test_a_quotation_never_closed_is_direct_to_the_paragraph_end() -> None:
    rows = news_quote_rows("وأضاف الوزير خالد العلي «إن الحكومة ستواصل دعم المزارعين في كل المناطق الريفية")
    assert rows == [("وأضاف", "خالد العلي", None, "الحكومة ستواصل دعم المزارعين في كل المناطق الريفية", True)]


def test_a_quotation_never_closed_ends_before_the_next_cue() -> None:
    rows = news_quote_rows("وقال الوزير خالد العلي: «إن الحكومة ستواصل دعم المزارعين في كل المناطق الريفية. وأضاف "
                           "أن الدعم سيستمر حتى نهاية العام.")
    assert rows[0][3:] == ("إن الحكومة ستواصل دعم المزارعين في كل المناطق الريفية", True)
    assert rows[1][3:] == ("الدعم سيستمر حتى نهاية العام", False)


def test_a_name_in_quote_marks_before_the_content_is_no_quotation() -> None:
    rows = news_quote_rows("وقالت «هيومن رايتس ووتش» إن الحكومة ستواصل دعم المزارعين في كل المناطق الريفية.")
    assert rows[0][4] is False


def test_the_council_is_the_one_named_in_full_the_sentence_before() -> None:
    rows = news_quote_rows("وفي غضون ذلك، أعلن مجلس طبرق البلدي عن تكليف قوة أمنية بحماية المستشفى المركزي. "
                           "وقال المجلس إن القرار يستند إلى قانون صادر العام الماضي.")
    assert rows[-1][:3] == ("وقال", "مجلس طبرق البلدي", None)  # (a named council since round nb411)


def test_a_council_of_a_construct_in_full() -> None:
    rows = news_quote_rows("وفي غضون ذلك، أعلن مجلس أمناء الجامعة عن تكليف لجنة بمراجعة المناهج. "
                           "وقال المجلس إن القرار يستند إلى قانون صادر العام الماضي.")
    assert rows[-1][2] == "مجلس أمناء الجامعة"


def test_two_councils_named_before_leave_the_council_short() -> None:
    rows = news_quote_rows("وفي غضون ذلك، اجتمع مجلس طبرق البلدي ومجلس بنغازي البلدي لبحث الأوضاع. "
                           "وقال المجلس إن القرار يستند إلى قانون صادر العام الماضي.")
    assert rows[-1][2] == "المجلس"


def test_the_that_of_another_verb_after_kama_is_not_the_cues() -> None:
    rows = news_quote_rows("وأكد العقيد سامي الهاشمي المتحدث باسم وزارة الدفاع وفاة جندي وإصابة ثلاثة آخرين، كما "
                           "استبعد أن يكون الحادث نتيجة لعمل إرهابي.")
    assert [r[3] for r in rows] == []


def test_kama_before_the_cues_own_that_keeps_it() -> None:
    rows = news_quote_rows("وأكد الوزير خالد العلي أن الحكومة ماضية في خطتها، كما أكد أن الدعم سيستمر.")
    assert rows[0][:2] == ("وأكد", "خالد العلي") and rows[0][3].startswith("الحكومة ماضية في خطتها")
