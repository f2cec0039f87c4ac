"""Quote cues and speakers on constructions of real news, round 26, mostly where a subject phrase is cut: a defective
past verb of three letters («دعا», «نفى») is a verb, glued to no phrase; a participle or a verb cue whose subject is
an unnamed definite title carries a person, not a body quoted since; a verb in the clause of «أن تكون» is no cue; an
unnamed subject runs into no time («بيان صادر مساء أمس»); a medium's noun takes its name («موقع ويكيليكس»), a
study its author («دراسة أعدها مركز ...»), «وكالة» the name after it."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_a_defective_verb_is_no_part_of_the_phrase_after_it() -> None:
    doc = analyze_news("وقال الرئيس الأميركي باراك أوباما إن الاتفاق جيد. وقد دعا نتنياهو الجالية اليهودية "
                       "الأميركية، إلى إعلان معارضتها للاتفاق. وقال: إنه يجب فحص الاتفاق بدقة.")
    assert quote_speakers(doc)[-1] == ("وقال", "نتنياهو")


def test_a_participle_after_an_unnamed_title_carries_a_person() -> None:
    doc = analyze_news("وقال المبعوث برناردينو ليون إن الحوار مستمر. كما اعتبر تنظيم «فجر ليبيا» أن الاتفاق "
                       "مرفوض. ولذلك دعا المبعوث الأممي الفصائل الليبية، التي لم توقع حتى الآن على اتفاق السلام "
                       "والمصالحة الذي تم التوصل إليه بعد أشهر طويلة من المفاوضات الشاقة في مدينة الصخيرات "
                       "بالمغرب، إلى فعل ذلك، مؤكدا أن «الباب ما زال مفتوحا».")
    assert quote_speakers(doc)[-1] == ("مؤكدا", "برناردينو ليون")


def test_a_verb_cue_with_an_unnamed_title_carries_a_person() -> None:
    doc = analyze_news("وقال المبعوث برناردينو ليون إن الحوار مستمر. وأفاد بيان لبعثة الأمم المتحدة أمس بأن "
                       "المشاورات ستستأنف. وأكد المبعوث الأممي أن الباب ما زال مفتوحا.")
    assert quote_speakers(doc)[-1] == ("وأكد", "برناردينو ليون")


def test_a_verb_in_the_clause_of_an_takun_is_no_cue() -> None:
    doc = analyze_news("ونفى مصدر كردي بارز أن تكون القوات الكردية نقلت معلومة عن مواقع الطائرات إلى النظام.")
    assert len(doc.quotes) == 1
    assert _contents(doc) == ["تكون القوات الكردية نقلت معلومة عن مواقع الطائرات إلى النظام"]


def test_an_unnamed_subject_ends_before_a_time() -> None:
    doc = analyze_news("وقال وزير الداخلية محمد الغبان إن الوضع مستقر. وأفاد بيان صادر مساء أمس بأن قوات الأمن "
                       "اعتقلت عشرة مطلوبين.")
    assert quote_speakers(doc)[-1] == ("وأفاد", "[بيان صادر]")  # not the minister carried over
    doc = analyze_news("وقال رئيس الإقليم مسعود بارزاني إن القرى تضررت. وأكد الجيش الأحد، أنه لا توجد قرى في "
                       "محيط الغارات.")
    assert quote_speakers(doc)[-1] == ("وأكد", "[الجيش]")


def test_a_medium_takes_its_name() -> None:
    doc = analyze_news("وقال موقع ويكيليكس إن أنشطة التجسس بدأت قبل سنوات.")
    # round 151: the medium's name is an organisation the entity layer names: that entity speaks, not the phrase
    assert quote_speakers(doc) == [("وقال", "ويكيليكس")]
    doc = analyze_news("وأفاد موقع «بصيرت نيوز» أن الأحزاب المحافظة تستعد للانتخابات.")
    assert quote_speakers(doc) == [("وأفاد", "بصيرت نيوز")]
    doc = analyze_news("وذكر موقع إخباري أن الأحزاب المحافظة تستعد للانتخابات.")
    assert quote_speakers(doc) == [("وذكر", "[موقع إخباري]")]  # an adjective, no name


def test_a_study_takes_its_author() -> None:
    doc = analyze_news("وقالت دراسة أعدها مركز القاهرة للدراسات الاقتصادية عن المشروع إن الإيرادات سترتفع.")
    # (the centre a body since entities round 52, not Cairo: the study speaks for the body it names, as «بيان صادر
    # عن وزارة الداخلية» and «تقرير لمصرف أبوظبي الإسلامي» do, tests/test_quotes_realnews24.py)
    assert quote_speakers(doc) == [("وقالت", "مركز القاهرة للدراسات الاقتصادية")]


def test_wakala_before_a_name_is_the_name() -> None:
    doc = analyze_news("وأفادت وكالة دوجان التركية للأنباء أن اثنين من المسلحين قتلا في الهجوم.")
    assert quote_speakers(doc) == [("وأفادت", "دوجان")]
    doc = analyze_news("وذكرت محطة «جيو» أن القيادي حث الزعماء على الوحدة.")
    assert quote_speakers(doc) == [("وذكرت", "جيو")]
