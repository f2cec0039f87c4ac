"""Quote cues and speakers on constructions of real news, round 20: «قيادات» is an unnamed source («وقالت قيادات في
المقاومة ... وأضافت»), «حسب/في رأيه، فإن» states the opinion of the one the pronoun refers to, «يقول رأيه» has the
opinion for its object, a passive «أُعلن في <مكان> أن» carries no speaker over («على لسان/من قبل X»: X), a family
name with no article alone after the verb is the person named so before («وأشار بدلة»), and a word the word layer
reads with no «بـ» («برلماني») governs no preposition; «وتابع قوله:» has his words for its object, the subject dropped; «بحسب قوله» is the one «ـه» refers to, and «وفق ما قال X للصحافيين» leaves out whom X told."""

from __future__ import annotations

from conftest import analyze_news, event_starting_at, quote_speakers


def test_leaders_are_an_unnamed_source_carried_on() -> None:
    doc = analyze_news("وقالت قيادات في المقاومة الشعبية، في اتصال هاتفي، إن المسلحين انسحبوا من القاعدة. "
                       "وأضافت أن القوات تتقدم نحو المدينة.")
    phrase = "[قيادات في المقاومة الشعبية]"
    assert quote_speakers(doc) == [("وقالت", phrase), ("وأضافت", phrase)]
    doc = analyze_news("وقال الوزير خالد العمري إن الوضع صعب. وقالت قيادات في المقاومة الشعبية إن المسلحين انسحبوا. "
                       "وأضاف أن القوات تتقدم نحو المدينة.")
    assert quote_speakers(doc)[-1] == ("وأضاف", "خالد العمري")  # «قيادات» take a feminine verb, not «وأضاف»


def test_in_his_opinion_is_his_statement() -> None:
    doc = analyze_news("وقال الوزير خالد العمري إن الحوار ضروري. وحسب رأيه، فإن الأزمة ستنتهي قريبا.")
    # round 185: «وحسب رأيه» is an «according to» cue whose source is his view (as «بحسب قوله»), so the cue is
    # «وحسب», no longer the noun «رأيه» read as a verb; the speaker and the content are the same
    assert quote_speakers(doc) == [("وقال", "خالد العمري"), ("وحسب", "خالد العمري")]
    q = doc.quotes[1]
    assert not q.direct and doc.text[q.content.start : q.content.end] == "الأزمة ستنتهي قريبا"
    doc = analyze_news("وقالت الوزيرة فاطمة العلي إن الحوار ضروري. وفي رأيها أن الأزمة ستنتهي قريبا.")
    assert quote_speakers(doc) == [("وقالت", "فاطمة العلي"), ("رأيها", "فاطمة العلي")]
    doc = analyze_news("وقال الوزير خالد العمري إن الحوار ضروري. وتنشر الصحيفة مقالة يعطي فيها رأيه بأن الأزمة ستنتهي.")
    assert quote_speakers(doc) == [("وقال", "خالد العمري")]


def test_saying_ones_opinion_is_no_statement() -> None:
    doc = analyze_news("وقال المدرب خالد العمري إن اللاعب كان بإمكانه أن يذهب إلى المسؤول ويقول رأيه ويسعى "
                       "للحصول على رد قبل أن يلجأ للإعلام.")
    assert quote_speakers(doc) == [("وقال", "خالد العمري")]


def test_a_passive_announcement_carries_no_speaker() -> None:
    said = "وقال رئيس الوزراء سامي الخطيب إن الاتفاق سيئ. "
    doc = analyze_news(said + "ورغم الخلاف بين الحكومتين، أعلن في عمان، أمس، أن وفدا رفيعا سيصل الشهر المقبل.")
    assert quote_speakers(doc) == [("وقال", "سامي الخطيب"), ("أعلن", None)]
    announced = event_starting_at(doc, "أعلن")
    assert announced.code == "010" and announced.source is None  # the event carries no one over either
    doc = analyze_news(said + "ثم أعلن على لسان المتحدث باسم الحكومة محمد الراشد أن وفدا رفيعا سيصل.")
    assert quote_speakers(doc) == [("وقال", "سامي الخطيب"), ("أعلن", "محمد الراشد")]
    doc = analyze_news(said + "وأعلن من قبل وزارة الخارجية أن وفدا رفيعا سيصل.")
    assert quote_speakers(doc) == [("وقال", "سامي الخطيب"), ("وأعلن", "وزارة الخارجية")]
    doc = analyze_news(said + "وأعلن في مؤتمر صحافي أن وفدا رفيعا سيصل الشهر المقبل.")
    assert quote_speakers(doc) == [("وقال", "سامي الخطيب"), ("وأعلن", "سامي الخطيب")]  # active, dropped subject


def test_a_family_name_without_article_is_the_person() -> None:
    doc = analyze_news("وقال عضو الائتلاف سامر بدلة إن الاجتماعات ستبدأ غدا. وتحدث الوزير خالد العمري عن الأزمة. "
                       "وأشار بدلة إلى أن الانتخابات ستجرى قريبا.")
    assert quote_speakers(doc)[-1] == ("وأشار", "سامر بدلة")


def test_a_word_read_with_no_preposition_is_the_subject() -> None:
    doc = analyze_news("وتحدث الوزير خالد العمري عن الأزمة. وقالت برلمانية عراقية إن الأزمة ستطول.")
    assert quote_speakers(doc) == [("وقالت", "[برلمانية عراقية]")]


def test_his_words_are_the_object_of_continuing() -> None:
    doc = analyze_news("وقال زعيم الحركة أختر منصور: «يجب أن نحافظ على وحدتنا في هذه المرحلة». "
                       "وتابع قوله: «سأستغل كل طاقاتي لخدمة الحركة».")
    assert quote_speakers(doc) == [("وقال", "أختر منصور"), ("وتابع", "أختر منصور")]


def test_according_to_his_words_is_the_one_before() -> None:
    doc = analyze_news("وأعلن الوزير خالد العمري خطة جديدة لمراقبة المساجد، مؤكدا أن «الكاميرات ستكون مركزة على "
                       "الخطيب وليس المصلين»، بحسب قوله.")
    # round 42: «، بحسب قوله» right after what he said is the writer's tail of that quote, no second quote
    assert quote_speakers(doc) == [("مؤكدا", "خالد العمري")]
    doc = analyze_news("وأعلن الوزير خالد العمري خطة جديدة لمراقبة الخطيب وليس المصلين، بحسب قوله.")
    assert quote_speakers(doc) == [("بحسب", "خالد العمري")]


def test_whom_a_source_told_is_not_part_of_it() -> None:
    doc = analyze_news("والتقى الوزير جون كيري نظيره سيرغي لافروف في ماليزيا، وفق ما قال دبلوماسي أميركي للصحافيين "
                       "المسافرين معه.")
    assert quote_speakers(doc) == [("وفق", "[دبلوماسي أميركي]")]
