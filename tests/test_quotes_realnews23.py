"""Quote cues and speakers on constructions of real news, round 23: the subject a verb with «و» after a comma shares
ends before the other verb's object in «بالـ» («واجتمع رئيس الحكومة بالوزراء، وأعلن»); a statement issued by a body
after «كان» («وكان بيان صادر عن الوزارة، أعلن») speaks for that body, not for the one quoted last; «قائلا/قائلة/
قائلين» is a participle cue where no cue verb of its own goes before it («ورد فلان قائلا إن»), and «قالاً» with the
tanween is that participle misspelt, not the dual «قالا»; a dateline that opens a brief («مانيلا - «الشرق الأوسط»:»)
is no participle's subject."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def test_shared_subject_ends_before_the_object_in_bi() -> None:
    doc = analyze_news("واجتمع رئيس الحكومة بالوزراء، وأعلن أن الموازنة ستقر الأسبوع المقبل.")
    assert quote_speakers(doc) == [("وأعلن", "[رئيس الحكومة]")]
    doc = analyze_news("واتصل نائب رئيس الوزراء بالمحافظين، وأكد أن القمة ستعقد في موعدها.")
    assert quote_speakers(doc) == [("وأكد", "[نائب رئيس الوزراء]")]
    # a later «بالـ» phrase is the object: the one inside the phrase is where the director serves
    doc = analyze_news("واجتمع مدير الشرطة بالمنطقة بالضباط، وأعلن أن الخطة الأمنية جاهزة.")
    assert quote_speakers(doc) == [("وأعلن", "[مدير الشرطة بالمنطقة]")]


def test_a_statement_issued_by_a_body_is_not_the_last_speaker() -> None:
    before = "وقال وزير الخارجية سامح شكري إن الحوار مهم. "
    doc = analyze_news(before + "وكان بيان صادر عن وزارة الداخلية، أعلن أن التحقيق بدأ أمس.")
    assert quote_speakers(doc) == [("وقال", "سامح شكري"), ("أعلن", "وزارة الداخلية")]
    doc = analyze_news(before + "وكان بيان لوزارة الداخلية قد أكد أن التحقيق بدأ أمس.")
    assert quote_speakers(doc)[-1] == ("أكد", "وزارة الداخلية")
    doc = analyze_news(before + "وكان بيان صادر عن الجهات المختصة، أعلن أن التحقيق بدأ أمس.")
    assert quote_speakers(doc)[-1] == ("أعلن", "[الجهات المختصة]")  # no entity: the issuer's phrase (qu538)
    doc = analyze_news(before + "وكان بيان صادر عن الديوان الملكي، أعلن أن التحقيق بدأ أمس.")
    assert quote_speakers(doc)[-1] == ("أعلن", "الديوان الملكي")  # (a listed body since round 50)
    doc = analyze_news("وقالت الوزيرة هند صبري إن الحوار مهم. وكانت رسالة من الرئاسة قد أكدت أن التحقيق بدأ أمس.")
    assert quote_speakers(doc)[-1] == ("أكدت", "[رسالة من الرئاسة]")


def test_qailan_after_a_verb_that_is_no_cue_is_a_cue() -> None:
    doc = analyze_news("ورد الوزير سامح شكري قائلا إن الحوار هو الطريق الوحيد.")
    assert quote_speakers(doc) == [("قائلا", "سامح شكري")]
    q = doc.quotes[0]
    assert doc.text[q.content.start : q.content.end] == "الحوار هو الطريق الوحيد"
    doc = analyze_news("وتطرقت الوزيرة هند صبري إلى ملف التعليم قائلةً: «المدارس ستفتح في موعدها».")
    assert quote_speakers(doc) == [("قائلةً", "هند صبري")]
    doc = analyze_news("وطعن المحامون على الحكم قائلين إن المحكمة أخطأت.")
    assert [bool(q.attrs.get("plural")) for q in doc.quotes] == [True]  # «قائلين»: a plural participle


def test_qailan_after_a_cue_stays_part_of_it() -> None:
    doc = analyze_news("وأضاف الوزير سامح شكري قائلا: «الحوار مهم».")
    assert quote_speakers(doc) == [("وأضاف", "سامح شكري")]
    doc = analyze_news("وهو ما أكده الوزير سامح شكري بدوره، قائلا إن الحوار جرى في أجواء إيجابية.")
    assert len(doc.quotes) == 1 and doc.quotes[0].attrs.get("kind") == "verb"
    # after «أن» the participle says more: a cue of its own, and the quote before it ends there
    doc = analyze_news("وحذر الوزير سامح شكري من أن الغارات تعقد الجهود، قائلا إن الوضع مخالف للقانون.")
    assert [doc.text[q.content.start : q.content.end] for q in doc.quotes] == [
        "الغارات تعقد الجهود", "الوضع مخالف للقانون"]
    assert [s for _, s in quote_speakers(doc)] == ["سامح شكري", "سامح شكري"]


def test_qalan_with_tanween_is_the_participle_not_the_dual() -> None:
    doc = analyze_news("ووصف الوزير سامح شكري التصريحات بالمتسرعة، قالاً بأنها تضر بالحوار.")
    assert quote_speakers(doc) == [("قالاً", "سامح شكري")]
    assert doc.quotes[0].attrs.get("kind") == "participle"
    doc = analyze_news("وذكر الوزيران سامح شكري وعادل الجبير أنهما قالا في المؤتمر إن البلدين صوت واحد.")
    assert [q.attrs.get("kind") for q in doc.quotes][-1] == "verb"  # the dual, with no tanween: two who spoke


def test_nouns_of_saying_are_no_cue() -> None:
    assert analyze_news("ونشر الكاتب مقالاً في الصحيفة عن الانتخابات.").quotes == []
    assert analyze_news("ورفض الوزير الرأي القائل بأن الحرب انتهت.").quotes == []


def test_a_dateline_is_no_participle_subject() -> None:
    doc = analyze_news("مانيلا - «الشرق الأوسط»: أيد رئيس الفلبين بنينو أكينو، أمس، ترشيح وزير الداخلية خلفا "
                       "له، قائلا إن الوزير سيواصل الإصلاحات.")
    assert quote_speakers(doc) == [("قائلا", "بنينو أكينو")]


def test_a_verbal_noun_after_adam_or_a_preposition_is_no_cue() -> None:
    doc = analyze_news("ويقول الشاهد الذي طلب عدم ذكر اسمه: «الوضع في المدينة صعب».")
    assert quote_speakers(doc) == [("ويقول", "[الشاهد]")]
    doc = analyze_news("وقال الشيخ ياسر عضو الجماعة (تحفظ عن ذكر اسمه الثاني) إن «المراقبة ستبدأ غدا».")
    assert [c for c, _ in quote_speakers(doc)] == ["وقال"]
    doc = analyze_news("وهناك من يرى أن الحل سياسي.")
    assert [c for c, _ in quote_speakers(doc)] == ["يرى"]  # «من» here is «who», no preposition


def test_a_body_after_the_verb_its_participle_hangs_on_speaks() -> None:
    doc = analyze_news("وأدانت المحكمة رجلا يدعى سامي، قائلة إن سامي ساعد المتشددين.")
    assert quote_speakers(doc) == [("قائلة", "[المحكمة]")]
    doc = analyze_news("وفي سياق آخر، أصدر المجلس الأعلى للقضاء، قرارا بتأجيل الجلسات، معتبرا أن الظروف لا تسمح بعقدها.")
    assert quote_speakers(doc) == [("معتبرا", "المجلس الأعلى للقضاء")]  # (round 55: the council is an entity)
    doc = analyze_news("ووجهت الهيئة انتقادات إلى عدة أطراف، مؤكدة أن مشروع القانون يهدر المال العام.")
    assert quote_speakers(doc) == [("مؤكدة", "[الهيئة]")]
    # a masculine verb does not take a feminine body for its subject: the authority is whom he attacked
    doc = analyze_news("وخرج الوزير سامح شكري للرد على الحملة؛ فهاجم السلطة الفلسطينية قائلا: «نحن نرفض الإرهاب».")
    assert quote_speakers(doc) == [("قائلا", "سامح شكري")]


def test_a_definite_title_is_not_the_spokesman_quoted_before() -> None:
    doc = analyze_news("وأوضح سامي الخطيب، المتحدث باسم الرئاسة، أن القرار نهائي. وبعد أيام من الهجوم أعلن الرئيس عادل "
                       "حسن حالة الطوارئ في البلاد. وقال الرئيس التونسي وقتها إن البلاد في حرب.")
    assert quote_speakers(doc)[-1] == ("وقال", "عادل حسن")
    # a spokesman's word for the subject: still the spokesman quoted before
    doc = analyze_news("وأكد الناطق باسم الجبهة سامي الخطيب أن القوات تقدمت. وكان الرئيس عادل حسن زار الجبهة أمس. "
                       "وأضاف المتحدث أن المعارك مستمرة.")
    assert quote_speakers(doc)[-1] == ("وأضاف", "سامي الخطيب")
