"""Quote cues and speakers on constructions of real news, round 24: a participle («قائلا», «مشيرا») takes the subject
of the closest verb before it in its sentence: after a fronted phrase («عقب مراسم التوقيع أشاد رئيس الوزراء ...،
قائلا»), right before it (SVO: «الرئيس فلان يدعو ...، مؤكدا»), after «ما» («وهو ما استبعده المعارض فلان»), and
through a verb in «، و» with a dropped subject («...، إضافة إلى أن كيري بحث ...، ونوه ...، قائلا»); «إضافة إلى أن»
adds a clause of its own, no cue's content; «...، كما أفاد «المرصد» أمس.» at a sentence's end reports what precedes
it; a statement in the subject's place («وقال بيان صادر عن وزارة الداخلية إن») speaks for the body it names."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_participle_after_a_fronted_phrase_takes_its_verbs_subject() -> None:
    before = "وقال الوزير سامح شكري إن الحوار مهم. "
    doc = analyze_news(before + "عقب مراسم التوقيع أشاد رئيس الوزراء المصري إبراهيم محلب بدور الإمارات، قائلاً: "
                       "«المصريون يقدرون مواقفها».")
    assert quote_speakers(doc)[-1] == ("قائلاً", "إبراهيم محلب")
    doc = analyze_news("وقال مسؤولون أمنيون إن التنظيم يستغل الدعم. وعما إذا كانت لديه مخاوف يجيب مستشار رئيس "
                       "البرلمان قائلاً: «نحن لا نعاقب المواطنين».")
    assert quote_speakers(doc)[-1] == ("قائلاً", "[مستشار رئيس البرلمان]")  # not the officials quoted before


def test_participle_takes_the_subject_before_a_present_verb_or_after_ma() -> None:
    doc = analyze_news("- 30 يوليو: الرئيس عبد الفتاح السيسي يدعو الملك سلمان إلى زيارة مصر، مؤكدا أن الترحيب به "
                       "سيكون كبيرا.")
    assert quote_speakers(doc) == [("مؤكدا", "عبد الفتاح السيسي")]  # not the king, whom he invites
    doc = analyze_news("وهو ما استبعده المعارض السوري عبد الرحمن الحاج في حديثه للصحيفة، مشيرا إلى أن الجبهة لن "
                       "تستهدف الأميركيين.")
    assert quote_speakers(doc) == [("مشيرا", "عبد الرحمن الحاج")]
    doc = analyze_news("أبدى الحكم السعودي مرعي العواجي عدم اكتراثه بالانتقادات، مشيرا إلى أنه سيمتثل للتعليمات.")
    assert quote_speakers(doc) == [("مشيرا", "مرعي العواجي")]


def test_participle_passes_over_relative_clauses_and_governed_names() -> None:
    doc = analyze_news("أشاد الوزير سامح شكري بالجهود التي يبذلها الجيش المصري، مشيرا إلى أن الحدود آمنة.")
    assert quote_speakers(doc) == [("مشيرا", "سامح شكري")]
    doc = analyze_news("وقال عبد الرشيد دوستم إن قواته جاهزة. وحين يسأل عن الرئيس أشرف غني يجيب مؤكدا أنه "
                       "«صديق قديم».")
    assert quote_speakers(doc)[-1][1] != "أشرف غني"  # whom he was asked about
    # a definite title with no name after the verb is one named before, carried as a verb cue carries it
    doc = analyze_news("وقالت المحامية نسرين ستوده إن موكلتها مريضة. وأعربت المحامية الإيرانية عن أملها بالإفراج "
                       "عنها، مضيفة أن «السجن يضر بصحتها».")
    assert quote_speakers(doc)[-1] == ("مضيفة", "نسرين ستوده")


def test_participle_through_a_verb_with_a_dropped_subject() -> None:
    doc = analyze_news("وصل وزير الخارجية الأميركي جون كيري إلى القاهرة أمس. كما شدد الوزيران على توافق وجهات "
                       "النظر، إضافة إلى أن كيري بحث مع المسؤولين زيادة التعاون، ونوه إلى دعم جهود المبعوث، "
                       "قائلا إن «الحل سياسي».")
    assert quote_speakers(doc) == [("قائلا", "جون كيري")]


def test_an_added_clause_is_no_content_of_the_cue_before() -> None:
    doc = analyze_news("وشدد الوزير سامح شكري على أهمية الحوار، إضافة إلى أن الوفد بحث ملف المياه.")
    assert doc.quotes == []
    doc = analyze_news("وأكد الوزير سامح شكري على أهمية الحوار، فضلا عن أن الوفد بحث ملف المياه.")
    assert doc.quotes == []


def test_kama_with_its_cue_at_the_end_reports_what_precedes() -> None:
    doc = analyze_news("وردت الولايات المتحدة على الهجوم باستهداف مقرات للتنظيم، مما أسفر عن مقتل 25 مقاتلا، كما "
                       "أفاد «المرصد السوري لحقوق الإنسان» أمس.")
    assert quote_speakers(doc) == [("أفاد", "المرصد السوري لحقوق الإنسان")]  # (an entity since entities round 35)
    assert _contents(doc)[0].startswith("وردت الولايات المتحدة على الهجوم")
    doc = analyze_news("ولهذا «تم الاتفاق على خطة عمل مشتركة لمواجهة الإرهاب»، كما قال وزير الخارجية القطري خالد "
                       "العطية.")
    assert quote_speakers(doc) == [("قال", "خالد العطية")]
    assert _contents(doc) == ["تم الاتفاق على خطة عمل مشتركة لمواجهة الإرهاب"] and doc.quotes[0].direct
    assert analyze_news("كما أشار الوزير سامح شكري إلى ضرورة الحوار.").quotes == []  # what he pointed to follows


def test_a_statement_in_the_subject_place_speaks_for_the_body_it_names() -> None:
    doc = analyze_news("وقال بيان صادر عن وزارة الداخلية إن التحقيق بدأ أمس.")
    assert quote_speakers(doc) == [("وقال", "وزارة الداخلية")]
    doc = analyze_news("وقال تقرير لمصرف أبوظبي الإسلامي إن أسعار العقارات انخفضت.")
    assert quote_speakers(doc)[0][1] is not None and "أبوظبي" in str(quote_speakers(doc)[0][1])
    doc = analyze_news("وقال بيان صادر عن الجهات المختصة إن التحقيق بدأ أمس.")
    assert quote_speakers(doc)[0][1] == "[الجهات المختصة]"  # no entity: the issuer's phrase (round qu538)
    doc = analyze_news("وقال بيان صادر عن الديوان الملكي إن التحقيق بدأ أمس.")
    assert quote_speakers(doc)[0][1] == "الديوان الملكي"  # (a listed body since round 50)
