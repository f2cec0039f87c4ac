"""Quotes on constructions of real news, round 42: content keeps the noun that makes it a demand («على ضرورة أن»,
«على أهمية أن»); a denial says it is one («نفى أن», «نفت صحة ما تردد عن»: ``denied``); an «as he put it» tail
with no comma («... بحسب وصفه», «حسب ما عبر عنه») is no part of what was said, and no quote of its own right after
a quote; «according to» a rule («وفق الأطر المحددة») does not end what was said; «according to» at a sentence's end
reports back across a «؛»; «بحسب وصفه» alone is the one man named before it; a title cut short («رئيس النادي»)
is the one named with the whole title; «الناطق» after «ناطق بلسان X» speaks for X; a participle after «تأكيدات
الملك فلان أن» is his; «وإن كانوا» (even though) opens no report."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[q.cue.start : q.cue.end], doc.text[q.content.start : q.content.end]) for q in doc.quotes]


def test_the_noun_of_need_stays_in_what_was_said() -> None:
    assert _contents("وتحدث الوزير خالد العمري للصحافيين، مشددا على ضرورة أن تكون الحكومة المؤقتة جاهزة للانتقال.") == [
        ("مشددا", "ضرورة أن تكون الحكومة المؤقتة جاهزة للانتقال")]
    assert _contents("وأكد الوزير على أهمية أن يلتزم الجميع بالهدنة.") == [("وأكد", "أهمية أن يلتزم الجميع بالهدنة")]


def test_a_plain_that_clause_keeps_no_word_before_it() -> None:
    assert _contents("وأكد الوزير على أن المرحلة المقبلة تتطلب الحذر.") == [("وأكد", "المرحلة المقبلة تتطلب الحذر")]


def test_a_denial_says_it_denies() -> None:
    doc = analyze_news("ونفى المتحدث باسم الجيش أن تكون القوات قد قصفت المدينة.")
    assert [(doc.text[q.content.start : q.content.end], q.attrs.get("denied")) for q in doc.quotes] == [
        ("تكون القوات قد قصفت المدينة", True)]
    assert doc.to_dict()["quotes"][0]["denied"] is True


def test_the_truth_denied_is_what_was_reported() -> None:
    doc = analyze_news("ونفى الوزير صحة الأنباء التي تحدثت عن استقالته.")
    assert quote_speakers(doc) == [("ونفى", "[الوزير]")]
    assert [(doc.text[q.content.start : q.content.end], q.attrs.get("denied")) for q in doc.quotes] == [
        ("الأنباء التي تحدثت عن استقالته", True)]


def test_a_statement_is_no_denial() -> None:
    doc = analyze_news("وقالت الوزارة إن الخبر غير صحيح.")
    assert [q.attrs.get("denied") for q in doc.quotes] == [None]
    assert "denied" not in doc.to_dict()["quotes"][0]


def test_as_he_put_it_with_no_comma_is_no_part_of_it() -> None:
    text = "ويرى الجمهوريون أن الصفقة فرصة للإيقاع بين الديمقراطيين والناخبين حسب ما عبر عدد منهم لوسائل الإعلام."
    assert _contents(text) == [("ويرى", "الصفقة فرصة للإيقاع بين الديمقراطيين والناخبين")]
    assert _contents("وقال المسؤول إن الهجوم كان متوقعا، حسب ما عبر عنه للصحافيين.") == [("وقال", "الهجوم كان متوقعا")]
    doc = analyze_news("وانتقد النائب خالد الصالح الحكومة، وقال إن الوزارة فشلت في إدارة الأزمة بحسب وصفه.")
    assert quote_speakers(doc) == [("وقال", "خالد الصالح")]
    assert [doc.text[q.content.start : q.content.end] for q in doc.quotes] == ["الوزارة فشلت في إدارة الأزمة"]


def test_in_accordance_with_a_rule_is_part_of_it() -> None:
    assert _contents("وقال المسؤول إن الهجوم كان متوقعا بحسب الخطة.") == [("وقال", "الهجوم كان متوقعا بحسب الخطة")]
    assert _contents("وأضاف مسؤول كويتي أن الخلاف ستجري معالجته وفق الأطر المحددة لذلك.") == [
        ("وأضاف", "الخلاف ستجري معالجته وفق الأطر المحددة لذلك")]


def test_a_named_relay_after_a_quote_stays_a_quote() -> None:
    doc = analyze_news("وأفادت شبكة «سي إن إن» نقلا عن مسؤولين أميركيين أمس، بأن الولايات المتحدة نفذت ضربة جوية في "
                       "شمال سوريا، حسبما أفادت رويترز.")
    assert [cue for cue, _ in quote_speakers(doc)] == ["نقلا", "حسبما"]


def test_according_at_the_end_reports_back_across_a_semicolon() -> None:
    text = ("ووسط أزمة نقص الغذاء، وفي ظل السعي للحصول على السلع النادرة؛ بما في ذلك الحليب والأرز، اقتحم متسوقون "
            "مستودعا كبيرا، وفقًا لصحيفة «إل يونيفرسال».")
    assert _contents(text) == [("وفقًا", "ووسط أزمة نقص الغذاء، وفي ظل السعي للحصول على السلع النادرة؛ بما في ذلك "
                                         "الحليب والأرز، اقتحم متسوقون مستودعا كبيرا")]


def test_a_piece_with_its_own_cue_before_the_semicolon_is_not_taken() -> None:
    text = "وقال الوزير إن الحكومة ستدعم المزارعين؛ بما في ذلك توزيع البذور، وفقا لوكالة الأنباء الرسمية."
    assert _contents(text) == [("وقال", "الحكومة ستدعم المزارعين"), ("وفقا", "بما في ذلك توزيع البذور")]


def test_by_his_description_is_the_one_man_named_before() -> None:
    doc = analyze_news("وينتظر العميد عبد الله الصبيحي الذي يتحرك نحو أبين الأوامر بعد التحرير الذي يتوقع بحسب وصفه أنه "
                       "مسألة وقت، الأوامر للسير إلى تعز.")
    assert quote_speakers(doc) == [("بحسب", "عبد الله الصبيحي")]
    assert [doc.text[q.content.start : q.content.end] for q in doc.quotes] == ["مسألة وقت"]


def test_by_his_description_with_two_men_before_is_no_one() -> None:
    doc = analyze_news("والتقى خالد الصالح بالوزير سعيد الحمد، وتحدثا عن الأزمة التي وصلت بحسب وصفه إلى طريق مسدود.")
    assert quote_speakers(doc) == [("بحسب", None)]


def test_a_title_cut_short_is_the_one_named_with_it() -> None:
    doc = analyze_news("أعلن رئيس نادي الهلال عبد الرحمن بن مساعد استقالته أمس. وقال رئيس النادي إن القرار نهائي.")
    assert quote_speakers(doc) == [("وقال", "عبد الرحمن بن مساعد")]


def test_a_title_cut_short_two_may_hold_is_no_one() -> None:
    doc = analyze_news("التقى رئيس نادي الهلال عبد الرحمن بن مساعد رئيس نادي النصر فيصل بن تركي. وقال رئيس النادي إن "
                       "القرار نهائي.")
    assert quote_speakers(doc) == [("وقال", "[رئيس النادي]")]
    doc = analyze_news("أعلن رئيس نادي الهلال عبد الرحمن بن مساعد استقالته أمس. وقال رئيس الوزراء إن القرار نهائي.")
    assert quote_speakers(doc) == [("وقال", "[رئيس الوزراء]")]


def test_the_spokesman_again_speaks_for_the_same_one() -> None:
    doc = analyze_news("التقى بنيامين نتنياهو الوفد أمس. وقال ناطق بلسان نتنياهو إن الحكومة ترفض الاتهام. ورد الناطق على "
                       "الاتهام الموجه لنتنياهو، قائلا: «نحن لا نقاطع أحدا في هذه المسألة».")
    # (round qu420: «الناطق» again is the one told of before, his fuller phrase)
    assert quote_speakers(doc) == [("وقال", "[ناطق بلسان نتنياهو]"), ("قائلا", "[ناطق بلسان نتنياهو]")]
    first, again = (q.attrs.get("affiliation") for q in doc.quotes)
    assert first is not None and again == first


def test_a_bare_head_with_no_one_spoken_for_before_has_no_body() -> None:
    doc = analyze_news("وقال ناطق إن الحكومة ترفض الاتهام. ورد الناطق على الاتهام، قائلا: «نحن لا نقاطع أحدا في هذا».")
    assert [q.attrs.get("affiliation") for q in doc.quotes] == [None, None]


def test_the_participle_after_a_noun_of_saying_is_his() -> None:
    doc = analyze_news("وجاءت تأكيدات الملك سلمان أن المملكة ستدعم اليمن، مؤكدا أن الأمن خط أحمر.")
    assert quote_speakers(doc) == [("مؤكدا", "سلمان")]


def test_the_participle_after_a_quote_is_still_the_quoted_ones() -> None:
    doc = analyze_news("وقال الوزير إن تصريحات الملك سلمان أن المملكة ستدعم اليمن مهمة، مؤكدا أن الأمن خط أحمر.")
    assert quote_speakers(doc) == [("وقال", "[الوزير]"), ("مؤكدا", "[الوزير]")]


def test_even_though_opens_no_report() -> None:
    doc = analyze_news("وتجذرت المسألة عند كثير من الناس ولكن الكل يشير إلى جهة مختلفة بحسب خلفيته وإن كانوا كلهم "
                       "مواطنين.")
    assert doc.quotes == []


def test_what_is_said_after_a_denial_is_no_denial() -> None:
    doc = analyze_news("ونفت مصادر بارزة في المعارضة ذلك، قائلة إن أطرافا لبنانيين انخرطوا في المفاوضات.")
    assert [q.attrs.get("denied") for q in doc.quotes] == [None]
    doc = analyze_news("ونفى المجلس تلقيه أي شكوى تتعلق بسير المحاكمة من أي جهة، وزعم أن القضاء يعمل بنزاهة.")
    # round 222: the denial reports its «أي» object (denied); what «وزعم أن» says is never taken as denied
    rows = [(doc.text[q.content.start : q.content.end], q.attrs.get("denied")) for q in doc.quotes]
    assert rows[0] == ("تلقيه أي شكوى تتعلق بسير المحاكمة من أي جهة", True)
    assert all(d is None for c, d in rows if "القضاء" in c)


def test_a_report_word_and_whose_it_is_inside_the_clause_reports_the_whole_clause() -> None:
    text = "وأضاف قطاع الضيافة وفقا لتقرير لمصرف أبوظبي الإسلامي إلى محفظته 1200 غرفة فندقية خلال الربع الثاني."
    # round 151 took the clause past its source; round q374 the whole clause («أضاف إلى محفظته»: no cue of its own)
    assert _contents(text) == [("وفقا", text[:-1])]
    # (entities round 64: the bank is now an entity with its whole name, no loose speaker text)
    assert quote_speakers(analyze_news(text)) == [("وفقا", "مصرف أبوظبي الإسلامي")]
    text = "أما نجاحها الحقيقي بحسب باريس فيكمن في عودتها إلى القارة الأفريقية."
    assert _contents(text) == [("بحسب", text[:-1])]


def test_a_source_at_the_end_of_its_clause_still_reports_what_came_before() -> None:
    assert _contents("وقتل خمسة أشخاص في المدينة، وفقا لتقرير الشرطة.") == [("وفقا", "وقتل خمسة أشخاص في المدينة")]


def test_in_the_words_of_a_named_man_he_said_it() -> None:
    doc = analyze_news("ولفت الخبير العسكري إلى أن القاعدة ستقطع الإمدادات القادمة من صنعاء، على حد تعبير خالد العمري.")
    assert quote_speakers(doc) == [("ولفت", "خالد العمري")]
    doc = analyze_news("وقال المسؤول إن القاعدة ستقطع الإمدادات، على حد تعبيره.")
    assert quote_speakers(doc) == [("وقال", "[المسؤول]")]


def test_what_we_find_is_what_the_source_reports() -> None:
    text = "وبالنظر إلى هذا الأخير نجد أن تعرفة الكهرباء في السعودية من أقل التعرفات في العالم، بحسب هيئة الكهرباء."
    assert _contents(text) == [("بحسب", "تعرفة الكهرباء في السعودية من أقل التعرفات في العالم")]
    text = "وارتفعت الأسعار بعد أن خفضت الحكومة الدعم، بحسب هيئة الإحصاء."
    assert _contents(text) == [("بحسب", "وارتفعت الأسعار بعد أن خفضت الحكومة الدعم")]


def test_media_that_relay_a_named_man_give_him_the_words() -> None:
    doc = analyze_news("ونقلت وسائل إعلام محلية عن محمد معزب أنه سيتم الإعلان عن موقف البرلمان الأسبوع المقبل، مشيرا إلى "
                       "أن البرلمان لم يحدد موعدا.")
    assert quote_speakers(doc) == [("ونقلت", "محمد معزب"), ("مشيرا", "محمد معزب")]
