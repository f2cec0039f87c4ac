"""Content spans on constructions of real news, round 40: a later cue that reports nothing of its own does not
end what an earlier cue reports where it is a word of that clause («إن الإصابات ... حيث تعتبر ...») or a verb of
seeing («، ويرى صورا ...»), while a statement of the speaker's own still ends it («، وأكد ضرورة»); «، كما/فقد»
before a cue, a question the writer asks («، فكيف ...؟») and «دون أن» with a cue are the writer's, no part of what
was said; a reported clause runs on past «؛» to the participle after a comma («؛ بل ...، مؤكدا»); «according
to» a named source inside a clause that goes on with «إلى/على» reports the whole clause; a fronted phrase in
«فـ» before the next cue («، ففي مقابلة مع قناة «...» أوضح») belongs to that cue; the «أن» after «ومن الممكن» opens
the writer's guess, not what a cue before it reports."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[q.cue.start : q.cue.end], doc.text[q.content.start : q.content.end]) for q in doc.quotes]


def test_a_passive_cue_inside_the_clause_does_not_end_it() -> None:
    text = "وأكد الوزير أن بقاء الرئيس في منصبه ضروري جدا لأنه يعتبر مصدرا للاستقرار في المنطقة."
    assert _contents(text) == [("وأكد", "بقاء الرئيس في منصبه ضروري جدا لأنه يعتبر مصدرا للاستقرار في المنطقة")]
    text = "وقال الوزير إن المستشفى استقبل الجرحى مساء أمس حيث تعتبر إصابات بعضهم خطيرة."
    assert _contents(text) == [("وقال", "المستشفى استقبل الجرحى مساء أمس حيث تعتبر إصابات بعضهم خطيرة")]


def test_a_verb_of_seeing_with_a_thing_seen_goes_on_with_what_was_said() -> None:
    text = "وقال النائب إنه يشعر بالقلق حين يقرأ الصحف، ويرى صورا مبالغا فيها للشركات الأجنبية."
    assert _contents(text) == [("وقال", "يشعر بالقلق حين يقرأ الصحف، ويرى صورا مبالغا فيها للشركات الأجنبية")]


def test_a_statement_of_his_own_with_no_that_still_ends_it() -> None:
    assert _contents("وقال الوزير إن الوضع صعب، وأكد ضرورة الحوار بين الأطراف.") == [("وقال", "الوضع صعب")]


def test_kama_before_the_next_cue_is_no_part_of_what_was_said() -> None:
    assert _contents("وقال الوزير إن الوضع صعب، كما كشف المتحدث باسم الجيش عن خطة جديدة.") == [("وقال", "الوضع صعب")]
    assert _contents("وقال الوزير إن الوضع صعب، كما أكد أن الحل قريب.") == [("وقال", "الوضع صعب"), ("أكد", "الحل قريب")]


def test_the_writers_question_is_no_part_of_what_was_said() -> None:
    text = "وقال المرصد إن الطائرات قصفت مواقع الجبهة أمس، فكيف تنفي واشنطن ذلك؟"
    assert _contents(text) == [("وقال", "الطائرات قصفت مواقع الجبهة أمس")]


def test_what_was_left_unsaid_is_the_writers_note() -> None:
    text = "وأكدت الوزارة أنها توزع الأدوية في كل المدن دون أن توضح كيف ستصل إليها."
    assert _contents(text) == [("وأكدت", "توزع الأدوية في كل المدن")]


def test_the_clause_goes_on_past_a_semicolon_to_the_participle() -> None:
    text = "وقال الوزير إن الحكومة لن تكتفي بدعم المزارعين؛ بل ستوفر لهم البذور مجانا، مؤكدا أن الخطة تبدأ الشهر المقبل."
    assert _contents(text) == [("وقال", "الحكومة لن تكتفي بدعم المزارعين؛ بل ستوفر لهم البذور مجانا"),
                               ("مؤكدا", "الخطة تبدأ الشهر المقبل")]


def test_a_piece_with_a_verb_cue_of_its_own_is_not_taken_past_the_semicolon() -> None:
    text = "وقال الوزير إن الحكومة لن تكتفي بدعم المزارعين؛ لكن الجيش نفى ذلك، مؤكدا أن الخطة لم تبدأ."
    assert _contents(text)[0] == ("وقال", "الحكومة لن تكتفي بدعم المزارعين")


def test_according_to_a_named_source_inside_a_clause_that_goes_on() -> None:
    text = "وارتفع عدد القتلى وفقا للمرصد السوري إلى خمسين شخصا."
    assert _contents(text) == [("وفقا", "وارتفع عدد القتلى وفقا للمرصد السوري إلى خمسين شخصا")]
    assert quote_speakers(analyze_news(text)) == [("وفقا", "المرصد السوري")]


def test_according_to_a_source_at_the_end_or_an_unnamed_one_reports_what_came_before() -> None:
    assert _contents("وقتل عشرة أشخاص بحسب المرصد السوري.") == [("بحسب", "وقتل عشرة أشخاص")]
    text = "ولا يمثل الاستثمار أكثر من 1 في المائة وفقا لبيانات منشورة على الموقع الرسمي."
    assert _contents(text) == [("وفقا", "ولا يمثل الاستثمار أكثر من 1 في المائة")]


def test_a_fronted_phrase_in_fa_belongs_to_the_next_cue() -> None:
    text = "ويرى عدد من النواب أن الاتفاق فرصة للإيقاع بين الحزبين، ففي مقابلة للنائب مع قناة «فوكس نيوز» أوضح أن الاتفاق خطير."
    assert _contents(text) == [("ويرى", "الاتفاق فرصة للإيقاع بين الحزبين"), ("أوضح", "الاتفاق خطير")]


def test_a_long_phrase_in_wa_goes_on_with_the_list() -> None:
    text = ("وكشف المدير أن مئة طبيب استجابوا للدعوة، وأن تخصصاتهم متنوعة، ومن بينها المتخصصة في معالجة جرحى الحرب"
            " والحروق، مشيرا إلى أن العمل بدأ.")
    assert _contents(text)[0][1].endswith("ومن بينها المتخصصة في معالجة جرحى الحرب والحروق")


def test_the_that_of_a_possibility_the_writer_opens_is_no_report() -> None:
    text = ("وأعلن قسم من قادة الجماعة الولاء للتنظيم في نوفمبر الماضي، لكن بقي قسم آخر مواليا للقاعدة، ومن الممكن أن"
            " يكون القائد من هذا القسم.")
    assert _contents(text) == []


def test_a_possibility_the_speaker_states_is_what_he_said() -> None:
    text = "وأكد الوزير أنه من الممكن أن تبدأ المفاوضات قريبا."
    assert _contents(text) == [("وأكد", "من الممكن أن تبدأ المفاوضات قريبا")]
