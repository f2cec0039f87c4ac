"""Round qu471: a quote cued inside an interview's answer that is the interviewee's own words again («كما ذكرتُ
آنفا، ...») is dropped (the answer's quote holds them: no double count), one of another named person stays; and a
writer's closing paragraph after the last answer (naming the interviewee, «يذكر أن», a signature) is no answer."""

from __future__ import annotations

from rasd.doc import Doc, Quote

from conftest import analyze_news

LEAD = (
    "أجرت صحيفة «الشرق الأوسط» أمس حوارا مع وزير الخارجية البريطاني فيليب هاموند في مكتبه وسط لندن.\n\n"
    "* ما موقفكم من الاتفاق النووي؟ وهل يرى البريطانيون أنه كاف؟\n\n"
    "- الاتفاق خطوة مهمة للمنطقة.\n\n"
    "* وماذا عن اليمن؟ كيف تدعمون الجهود هناك؟\n\n"
)
LAST = "- هناك تهديد استراتيجي لشبه الجزيرة العربية ونحن نقدم مساعدات مباشرة للسعودية.\n"


def _answers(doc: Doc) -> list[Quote]:
    return [q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "-"]


def _contents(quotes: list[Quote], doc: Doc) -> list[str]:
    return [doc.text[q.content.start : q.content.end] for q in quotes]


def _cued(doc: Doc, cue: str) -> list[Quote]:
    return [q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == cue]


def test_as_i_said_in_an_answer_is_no_second_quote() -> None:
    # «كما ذكرت آنفا، ...»: the one answering repeats himself; the answer's quote holds the words once
    doc = analyze_news(LEAD + "- كما ذكرت آنفا، تمتلك بريطانيا علاقات ممتازة مع دول الخليج العربي، كما أنها حافظت"
                       " على علاقات تجارية طويلة معهم.\n")
    assert _contents(_answers(doc), doc)[-1].startswith("كما ذكرت آنفا، تمتلك بريطانيا علاقات ممتازة")
    assert _cued(doc, "ذكرت") == []


def test_as_i_said_mid_sentence_is_no_second_quote() -> None:
    # «وهذا كما ذكرت أمر إيجابي»: «ذكرتُ» mid-answer, any word after it, still the one answering
    doc = analyze_news(LEAD + "- نحن ندعم التحالف، وهذا كما ذكرت أمر إيجابي، ونرى أن الأمن في الخليج"
                       " مسؤولية مشتركة.\n")
    assert _cued(doc, "ذكرت") == []
    assert len(_answers(doc)) == 2


def test_another_named_speaker_in_an_answer_stays() -> None:
    # counter-case: «وكما ذكر الأمير محمد بن نايف أن ...»: another's words reported in the answer, his quote kept
    doc = analyze_news(LEAD + "- وكما ذكر الأمير محمد بن نايف أن الأمن في الخليج مسؤولية مشتركة بين الدول.\n")
    kept = _cued(doc, "ذكر")
    assert len(kept) == 1 and kept[0].speaker is not None
    assert kept[0].speaker != _answers(doc)[-1].speaker


def test_she_said_outside_an_interview_stays() -> None:
    # counter-case: no interview, «كما ذكرت الوزارة أن ...»: the ministry's words, the cue kept
    doc = analyze_news("أعلنت وزارة الداخلية أمس خطة جديدة، كما ذكرت الوزارة أن العمل سيبدأ الشهر المقبل.\n")
    assert len(_cued(doc, "ذكرت")) == 1


def test_writer_closing_paragraph_naming_him_is_no_answer() -> None:
    # «ويشغل هاموند منصب ...» after the last answer: the writer's third person of him, not his words
    doc = analyze_news(LEAD + LAST + "\nويشغل فيليب هاموند منصب وزير الخارجية منذ عام 2014 بعد أن كان وزيرا للدفاع.\n")
    assert _contents(_answers(doc), doc)[-1].startswith("هناك تهديد")
    assert not any("منذ عام 2014" in c for c in _contents(_answers(doc), doc))


def test_writer_note_and_signature_are_no_answer() -> None:
    # «يذكر أن ...» and a short signature line close the article: neither is an answer
    doc = analyze_news(LEAD + LAST + "\nيذكر أن الوزير سيزور الرياض الأسبوع المقبل.\n\nلندن: محمد الشافعي\n")
    contents = _contents(_answers(doc), doc)
    assert not any("يزور الرياض" in c or "الشافعي" in c for c in contents)
    doc = analyze_news(LEAD + LAST + "\nلندن: محمد الشافعي\n")
    assert not any("الشافعي" in c for c in _contents(_answers(doc), doc))


def test_an_answers_own_later_paragraph_stays() -> None:
    # counter-case: a first-person paragraph after the last answer line, no name of him, no note: his answer still
    doc = analyze_news(LEAD + LAST + "\nونحن نعمل مع الولايات المتحدة والسعودية على المسارات الثلاثة كلها.\n")
    # qu843: the answer is one quote spanning its paragraphs (was one quote per paragraph)
    assert _contents(_answers(doc), doc)[-1] == (LAST[2:-2] + ".\n\n"
                                                 "ونحن نعمل مع الولايات المتحدة والسعودية على المسارات الثلاثة كلها")


OTHER_TURNS = "- الاتفاق خطوة مهمة للمنطقة.\n\n* وماذا عن اليمن؟\n\n" + LAST
INTRO = "أجرت صحيفة «الشرق الأوسط» أمس حوارا مع وزير الخارجية البريطاني فيليب هاموند في مكتبه وسط لندن.\n\n"


def test_the_interviewers_asking_is_no_quote() -> None:
    # «* ... وهل يرى البريطانيون أنه كاف؟»: asked, not said: no quote of the British
    doc = analyze_news(INTRO + "* ما موقفكم من الاتفاق النووي؟ وهل يرى البريطانيون أنه كاف؟\n\n" + OTHER_TURNS)
    assert _cued(doc, "يرى") == []


def test_a_view_reported_before_asking_keeps_its_words() -> None:
    # «قال الرئيس الإيراني إن ...، هل توافقه؟»: his words up to the question, not the asking
    doc = analyze_news(INTRO + "* قال الرئيس الإيراني إن الاتفاق يخدم المنطقة كلها، هل توافقه؟\n\n" + OTHER_TURNS)
    assert _contents(_cued(doc, "قال"), doc) == ["الاتفاق يخدم المنطقة كلها"]


def test_a_question_lines_statement_stays() -> None:
    # counter-case: a question line whose reported words end in a full stop, the asking after: the quote stays whole
    doc = analyze_news(INTRO + "* قال الرئيس الإيراني إن الاتفاق يخدم المنطقة كلها. ما رأيك؟\n\n" + OTHER_TURNS)
    assert _contents(_cued(doc, "قال"), doc) == ["الاتفاق يخدم المنطقة كلها"]


def test_a_question_asked_outside_an_interview_stays() -> None:
    # counter-case: no interview, «وتساءل الوزير: هل ...؟»: the minister's own question, a quote of his
    doc = analyze_news("وتساءل وزير الخارجية فيليب هاموند: هل يمكن أن نقبل بهذا الوضع في اليمن؟\n")
    assert len(_cued(doc, "وتساءل")) == 1


def test_short_lines_within_an_answer_stay_his() -> None:
    # counter-case: an answer listing short unpunctuated lines before the next question: each is his, no signature
    doc = analyze_news(INTRO + "* ما أولوياتكم في المنطقة؟\n\n- لدينا ثلاث أولويات واضحة:\nأمن الخليج\nمكافحة الإرهاب"
                       "\nدعم الحل في اليمن\n\n* وماذا عن اليمن؟\n\n" + LAST)
    # qu843: one quote for the whole answer, its list lines included (was one quote per line)
    assert _contents(_answers(doc), doc)[0] == "لدينا ثلاث أولويات واضحة:\nأمن الخليج\nمكافحة الإرهاب\nدعم الحل في اليمن"
