"""Round 280: meetings told with a counterpart and with a pronoun. «التقى/بحث/اجتمع الرئيس فلان ونظيره اليمني فلان»
and «بين الرئيس فلان ونظيره فلان»: the counterpart named after «ونظيره» is the other side; «واستقبله/والتقاه الأمير
فلان» meets the visitor the pronoun stands for; a retelling «اللقاء» is as near as the meeting's latest mention.
Hand-made sentences (paraphrases), no article text."""

from __future__ import annotations

from conftest import analyze_news


def _parties(text: str, prefix: str = "0") -> list[tuple[str, str, str | None, str | None]]:
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities if e.type != "GROUP"}  # (an unnamed party: None, as before gr390)
    return [(e.code, text[e.trigger.start : e.trigger.end], names.get(e.source or ""), names.get(e.target or ""))
            for e in doc.events if e.code.startswith(prefix)]


def test_between_a_president_and_his_counterpart() -> None:
    text = "وعقد اجتماع بين الرئيس المصري عبد الفتاح السيسي ونظيره اليمني عبد ربه منصور هادي في القاهرة."
    assert ("040", "اجتماع", "عبد الفتاح السيسي", "عبد ربه منصور هادي") in _parties(text, "04")


def test_met_with_a_counterpart_after_the_verb() -> None:
    text = "واجتمع وزير الخارجية الأردني ناصر جودة ونظيره التركي أحمد داود أوغلو في عمان أمس."
    assert _parties(text, "04") == [("040", "واجتمع", "ناصر جودة", "أحمد داود أوغلو")]


def test_discussed_with_a_counterpart_is_talks_with_no_maa() -> None:
    text = "وبحث الرئيس المصري عبد الفتاح السيسي ونظيره اليمني عبد ربه منصور هادي سبل دعم الشرعية."
    assert _parties(text, "04") == [("040", "وبحث", "عبد الفتاح السيسي", "عبد ربه منصور هادي")]


def test_discussed_with_a_coordinate_that_is_no_counterpart_is_no_event() -> None:
    # counter-case: «بحث» with two subjects and neither «مع» nor «ونظيره» stays none (searching, studying)
    text = "وبحث الرئيس المصري عبد الفتاح السيسي والرئيس اليمني عبد ربه منصور هادي سبل دعم الشرعية."
    assert _parties(text, "04") == []


def test_signed_by_a_prime_minister_and_his_counterpart() -> None:
    text = "وكان رئيس الوزراء الأردني عبد الله النسور ونظيرته الألمانية أنجيلا ميركل قد وقعا الاتفاق أمس."
    assert ("057", "وقعا الاتفاق", "عبد الله النسور", "أنجيلا ميركل") in _parties(text, "05")


def test_a_statement_with_a_counterpart_has_no_target() -> None:
    # counter-case: two speakers of one statement; the counterpart is no target of the words
    text = "وأعلن وزير الخارجية الأردني ناصر جودة ونظيره التركي أحمد داود أوغلو أن المحادثات كانت مثمرة."
    assert ("010", "وأعلن", "ناصر جودة", None) in _parties(text, "01")


def test_talks_held_in_a_relative_clause_by_a_titled_president() -> None:
    text = ("وتوجت جلسة المباحثات التي أجراها الرئيس المصري عبد الفتاح السيسي ونظيره اليمني عبد ربه منصور هادي "
            "في القاهرة أمس باتفاق.")
    assert ("040", "المباحثات", "عبد الفتاح السيسي", "عبد ربه منصور هادي") in _parties(text, "04")


def test_received_him_after_his_arrival() -> None:
    text = "ووصل وزير الخارجية الأردني ناصر جودة إلى الرياض أمس، واستقبله الأمير سعود الفيصل في مكتبه."
    assert ("043", "واستقبله", "سعود الفيصل", "ناصر جودة") in _parties(text, "04")


def test_received_her_after_her_arrival() -> None:
    text = "ووصلت المستشارة الألمانية أنجيلا ميركل إلى القاهرة، واستقبلها الرئيس عبد الفتاح السيسي في المطار."
    assert ("043", "واستقبلها", "عبد الفتاح السيسي", "أنجيلا ميركل") in _parties(text, "04")


def test_met_him_with_the_alif_of_a_defective_verb() -> None:
    # «التقاه»: «التقى» + «ـه», the «ى» written «ا» before the pronoun
    text = "وأشاد الوزير ناصر جودة بدور المملكة، والتقاه الأمير سعود الفيصل في الرياض."
    assert ("040", "والتقاه", "سعود الفيصل", "ناصر جودة") in _parties(text, "04")


def test_met_him_with_two_men_before_is_left_open() -> None:
    # counter-case: two men named before the pronoun: which one is not said
    text = "وتحدث الوزير ناصر جودة عن الأزمة مع المبعوث الأممي ستيفان دي ميستورا، والتقاه الأمير سعود الفيصل."
    assert ("040", "والتقاه", "سعود الفيصل", None) in _parties(text, "04")


_FILLER = "وأضاف أن البلدين يعملان على تعزيز التعاون في مجالات الاقتصاد والطاقة والنقل والتعليم والصحة. "


def test_a_retelling_is_measured_from_the_latest_mention() -> None:
    # the talks are told first and again («شدد السيسي خلال اللقاء», joined to them) just before the last «اللقاء»;
    # a meeting kept apart («شرح هادي خلال اللقاء») was mentioned last, over 1,000 characters before it
    text = ("وعقدت في القاهرة أمس جلسة مباحثات بين الرئيس المصري عبد الفتاح السيسي ونظيره اليمني عبد ربه منصور "
            "هادي. " + _FILLER * 3 + "وقال الوزير إن الرئيس هادي شرح خلال اللقاء مدى التدخل الخارجي في بلاده. "
            + _FILLER * 12 + "وذكر الوزير أن الرئيس السيسي شدد خلال اللقاء على وجوب إنهاء الصراع. "
            "وأوضح الوزير أن اللقاء تعرض إلى مواقف بعض الأحزاب.")
    doc = analyze_news(text)
    at = text.rindex("اللقاء")
    host = next(e for e in doc.events if any(t.start == at for t in [e.trigger, *e.triggers]))
    assert text[host.trigger.start : host.trigger.end] == "مباحثات"


def test_a_delegation_of_a_movement_meets_and_the_dual_verb_talks() -> None:
    text = ("وقالت الحركة في بيان إن «وفدا من حركة الجهاد الإسلامي برئاسة زياد النخالة، التقى وزير الخارجية "
            "الإيراني محمد جواد ظريف في طهران، وبحثا العلاقات الثنائية».")
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities if e.type != "GROUP"}  # (an unnamed party: None, as before gr390)
    met = next(e for e in doc.events if text[e.trigger.start : e.trigger.end] == "التقى")
    assert (names.get(met.source or ""), names.get(met.target or "")) == ("حركة الجهاد الإسلامي", "محمد جواد ظريف")
    talks = text.index("وبحثا")
    assert any(t.start == talks for e in doc.events if e.code == "040" for t in [e.trigger, *e.triggers])


def test_a_dual_talks_verb_after_a_meeting_takes_both_sides() -> None:
    text = "والتقى الوزير ناصر جودة نظيره التركي أحمد داود أوغلو في عمان، وبحثا سبل التعاون."
    assert ("040", "وبحثا", "ناصر جودة", "أحمد داود أوغلو") in _parties(text, "04")


def test_a_dual_verb_with_no_meeting_before_is_no_talks() -> None:
    # counter-cases: «وبحثا» with no meeting told before it in its sentence (searching), and «بحثا عن» (a masdar)
    assert _parties("وبحثا في الأرشيف عن الوثائق القديمة.", "04") == []
    assert _parties("وأوضح أن هناك سربا من المهاجرين يعبرون البحر المتوسط بحثا عن حياة أفضل.", "04") == []


def test_a_protest_against_national_raids_is_aimed_at_the_state() -> None:
    text = ("وكانت تركيا قد بدأت حملة عسكرية. وتظاهر عشرات الأكراد في مدينة أربيل مساء السبت، احتجاجا على الغارات "
            "الجوية التركية على أهداف لحزب العمال الكردستاني في شمال العراق.")
    got = _parties(text, "14")
    assert ("140", "احتجاجا", None, "تركيا") in got and ("141", "وتظاهر", None, "تركيا") in got


def test_a_protest_against_an_arrest_keeps_the_one_arrested() -> None:
    # counter-case: no doer named for the arrest; the target read from its genitive stays
    text = "وتظاهر مئات الطلاب أمام السفارة احتجاجا على اعتقال الناشط محمد العلي."
    assert ("140", "احتجاجا", None, "محمد العلي") in _parties(text, "14")


def test_met_with_him_on_the_preposition_after_the_verb() -> None:
    text = "ووصل الوزير ناصر جودة إلى باريس أمس، واجتمع معه الرئيس الفرنسي فرانسوا هولاند."
    assert ("040", "واجتمع", "فرانسوا هولاند", "ناصر جودة") in _parties(text, "04")


def test_a_meeting_noun_with_her_on_bi_meets_the_body() -> None:
    text = "وقال البيان إن الوزير ناصر جودة تلقى أمس دعوة من الحكومة الفرنسية للاجتماع بها، وإنه قبل الدعوة."
    assert ("040", "للاجتماع", "ناصر جودة", "الحكومة الفرنسية") in _parties(text, "04")


def test_a_pronoun_on_maa_after_a_source_named_before_is_left_open() -> None:
    # counter-case: the source is named before «معه» in its sentence and fits it: the pronoun may be his own
    # («ذكر فلان في لقاء معه», an interview with him), so no other man is taken
    text = "وأشاد الوزير ناصر جودة بالمبعوث الأممي ستيفان دي ميستورا، واجتمع معه في عمان."
    assert ("040", "واجتمع", "ناصر جودة", None) in _parties(text, "04")
