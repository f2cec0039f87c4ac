"""Content spans and speakers on constructions of real news, round 38: a plural participle («مشيرين», «مؤكدين») and
«مبينا», «جازما» start a quote of their own, where the quote before ends; «قد وعد» is promised, no «و» + «عدّ»;
«إلا أن/غير أن» after a cue's object is the writer's contrast, no «أن» of the cue; a quotation opening with «أن»
is said without it; a phrase of a preposition before the next report («، وفي وقت لاحق، قال») and «، على حد
تعبيرها» are no part of what was said; «ممن تفيد رسالتهم» speaks for the group before «ممن»; an adverb in «ـيا»
(«رسميا») is never a speaker; the genitive of an addressee («قال لقادة إسرائيل») is no speaker; a «لكنه» clause goes
on with a subject the chunker glued to its verb («ودافع المدرب») or one set before a comma («وهز فلان رأسه، لكنه»);
a participle clause of what the speaker did («، مطالبا بالإفراج», «، داعيًا إلى») ends what he said."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_a_plural_participle_starts_a_quote_of_the_same_speakers() -> None:
    doc = analyze_news("وقال المحتجون إن الحكومة فشلت في حل الأزمة، مشيرين إلى أن الأسعار ارتفعت كثيرا.")
    assert _contents(doc) == ["الحكومة فشلت في حل الأزمة", "الأسعار ارتفعت كثيرا"]
    assert quote_speakers(doc) == [("وقال", "[المحتجون]"), ("مشيرين", "[المحتجون]")]


def test_showing_and_asserting_participles_start_a_quote_of_their_own() -> None:
    doc = analyze_news("وقال الوزير إن العمل متواصل في المطار، مبينا أن الرحلات ستعود قريبا.")
    assert _contents(doc) == ["العمل متواصل في المطار", "الرحلات ستعود قريبا"]
    doc = analyze_news("وأكد المتحدث أن «النظام خسر مواقعه في الريف، جازما بأنه «لم تبق أي بلدة خارج السيطرة».")
    assert _contents(doc)[0] == "النظام خسر مواقعه في الريف"


def test_promised_after_qad_is_no_and_plus_counted() -> None:
    # «قد وعد»: no conjunction stands between «قد» and its verb, so «و» is the verb's own letter (promised), not
    # «و» + the cue «عدّ» (counted as), whose «أن» would be looked for as far as the writer's «غير أنه»
    doc = analyze_news("وكان الرئيس قد وعد بتحسين الخدمات، غير أنه اتضح مؤخرا أن الخدمات تراجعت.")
    assert doc.quotes == []


def test_but_that_after_the_object_of_a_cue_is_the_writers() -> None:
    doc = analyze_news("وشدد الوزير على أهمية الحوار بين الأطراف، غير أن المفاوضات تعثرت.")
    assert doc.quotes == []
    doc = analyze_news("وأكد الرئيس التزامه بالاتفاق، إلا أن المعارضة رفضت ذلك.")
    assert doc.quotes == []


def test_a_quotation_opening_with_that_is_said_without_it() -> None:
    doc = analyze_news("وأضاف العميد خالد العلي «أن القوات دمرت الخطوط الدفاعية الأمامية للتنظيم شرقي المدينة».")
    assert _contents(doc) == ["القوات دمرت الخطوط الدفاعية الأمامية للتنظيم شرقي المدينة"]


def test_a_fronted_phrase_before_the_next_report_is_no_part_of_the_first() -> None:
    doc = analyze_news("وقالت مصادر خاصة إن المسلحين نصبوا كمينا لدورية في منطقة خارف، وفي وقت لاحق، قال المكتب "
                       "الإعلامي إن كمينا آخر نصب في المديرية.")
    assert _contents(doc)[0] == "المسلحين نصبوا كمينا لدورية في منطقة خارف"


def test_in_her_words_is_the_writers_tail() -> None:
    doc = analyze_news("وأشارت الوزيرة إلى أن المساعدات تمثل إشارة واضحة إلى دعم البلاد، على حد تعبيرها.")
    assert _contents(doc) == ["المساعدات تمثل إشارة واضحة إلى دعم البلاد"]


def test_of_those_whose_message_is_the_group_before() -> None:
    doc = analyze_news("ويحذر المتشددون عادة، ممن تفيد رسالتهم، بأن الأجانب يجب ألا يأتوا.")
    assert quote_speakers(doc) == [("تفيد", "[المتشددون]")]


def test_an_adverb_is_never_a_speaker() -> None:
    doc = analyze_news("كل ما أعلن رسميا كان الجانب العسكري: إعارة القاعدة للحلفاء.")
    assert all(who != "[رسميا]" for _, who in quote_speakers(doc))


def test_the_genitive_of_an_addressee_is_no_speaker() -> None:
    doc = analyze_news("وكان النائب خالد العلي واضحا في خطابه، حين قال لقادة إسرائيل: «لن تكون هذه الحادثة الأخيرة في "
                       "المنطقة».")
    assert quote_speakers(doc) == [("قال", "خالد العلي")]


def test_but_he_goes_on_with_a_subject_glued_to_its_verb() -> None:
    doc = analyze_news("ودافع المدرب عن اختياراته، لكنه اعترف بأن الفريق لعب بشكل سيئ.")
    assert quote_speakers(doc) == [("اعترف", "[المدرب]")]


def test_but_he_goes_on_with_the_person_named_before_the_comma() -> None:
    doc = analyze_news("وقال الوزير خالد العلي إن الوضع صعب. وهز حسين برأسه، لكنه اعترف بأنه يتخوف من ذلك.")
    assert quote_speakers(doc)[-1] == ("اعترف", "حسين")


def test_a_participle_clause_of_what_he_did_ends_what_he_said() -> None:
    doc = analyze_news("وأكد المتحدث أن الحكومة فشلت في حل الأزمة، مطالبا بالإفراج عن المعتقلين.")
    assert _contents(doc) == ["الحكومة فشلت في حل الأزمة"]
    doc = analyze_news("وأصدر المجلس فتوى رحب فيها بالتدخل، معتبرا أن الأخير هو الأشد خطرا على الأمة، داعيًا إلى قتاله.")
    assert _contents(doc) == ["الأخير هو الأشد خطرا على الأمة"]
    # a passive participle goes on with the clause: the army, backed by aircraft, advanced
    doc = analyze_news("وقال الوزير إن الجيش، مدعوما بالطائرات، تقدم نحو المدينة.")
    assert _contents(doc) == ["الجيش، مدعوما بالطائرات، تقدم نحو المدينة"]


def test_a_participle_clause_at_the_very_end_of_the_text_is_no_crash() -> None:
    # the comma and the participle are the last tokens: no word after the participle to look at
    doc = analyze_news("وقال الوزير إن الوضع صعب، مطالبا")
    assert _contents(doc) and _contents(doc)[0].startswith("الوضع صعب")
    doc = analyze_news("وقال الوزير إن الوضع صعب، مطالبا بالحل")
    assert _contents(doc) == ["الوضع صعب"]
