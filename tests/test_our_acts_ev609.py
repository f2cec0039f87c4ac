"""Round ev609 (events.our_acts): a noun act owned by the first-person «نا» inside quoted words («إعلاننا»,
«مطالباتنا», «اجتماعنا») is done by the quote's speaker (a person, or a group the ``groups`` stage makes later);
never for a verb with «نا» («وعدنا المسؤول»), a stem that ends in «ـنا» («بيانا»), a masdar of an act done to its
owner («اعتقالنا»), an act the sentence told before, or outside a quote."""

from conftest import analyze_news, event_with_trigger_at

from rasd.doc import Span
from rasd.events.frame_args import Args
from rasd.events.lexicon import find_triggers
from rasd.events.our_acts import _owned, own_act_speaker


def _source(text: str, trigger: str) -> str:
    """The name of the entity that is the source of the event at ``trigger`` ("" where none)."""
    doc = analyze_news(text)
    ev = event_with_trigger_at(doc, trigger)
    ent = doc.entity(ev.source) if ev.source is not None else None
    return ent.name if ent is not None else ""


def test_meeting_owned_by_us_is_the_spokesman_s() -> None:
    text = "وقال المتحدث باسم الخارجية الأمريكية جون كيربي إن «اجتماعنا هذا يعقد في ظل ظروف صعبة»."
    assert _source(text, "اجتماعنا") == "جون كيربي"


def test_announcement_owned_by_us_is_the_group_s_that_made_the_statement() -> None:
    text = "وقالت القوات الكردية في بيان «رغم إعلاننا بشكل رسمي أننا لسنا جزءا من الصراع فإن القصف مستمر»."
    assert _source(text, "إعلاننا") == "القوات الكردية"


def test_visit_owned_by_us_is_the_minister_s() -> None:
    text = "وقال وزير الخارجية المصري سامح شكري: «زيارتنا إلى باريس كانت مثمرة»."
    assert _source(text, "زيارتنا") == "سامح شكري"


def test_counter_verb_with_us_as_its_object_keeps_no_speaker() -> None:
    text = "وقال وزير الخارجية المصري سامح شكري: «طلبنا لا يزال معلقا، وقد وعدنا المسؤول الأممي بأنه سيتواصل معنا»."
    assert _source(text, "وعدنا") == ""


def test_counter_stem_ending_in_na_is_no_pronoun() -> None:
    doc = analyze_news("وأصدرت الوزارة بيانا أمس.")
    k = next(i for i, t in enumerate(doc.tokens) if t.text == "بيانا")
    assert not _owned(doc, k)
    doc = analyze_news("وشاهدت نيرانًا كثيفة تندلع من المنزل.")
    k = next(i for i, t in enumerate(doc.tokens) if t.text == "نيرانًا")
    assert not _owned(doc, k)
    doc = analyze_news("ونشرنا إعلاننا أمس.")
    k = next(i for i, t in enumerate(doc.tokens) if t.text == "إعلاننا")
    assert _owned(doc, k)


def test_counter_our_noun_outside_a_quote_is_not_the_speaker_s() -> None:
    text = "وقال وزير الخارجية المصري سامح شكري إن الوضع صعب. وتأتي زيارتنا للمنطقة في ظل ظروف صعبة."
    assert _source(text, "زيارتنا") == ""


def test_counter_our_arrest_is_done_to_us() -> None:
    text = "وقال القيادي في المعارضة محمد البلتاجي: «اعتقالنا جاء بعد المظاهرات الأخيرة في القاهرة»."
    assert _source(text, "اعتقالنا") == ""


def test_counter_our_meeting_retells_a_meeting_told_before_in_the_sentence() -> None:
    text = "وقال المتحدث باسم الخارجية الأمريكية جون كيربي إن «اجتماعنا هذا يعقد في ظل ظروف صعبة»."
    doc = analyze_news(text)
    k = next(i for i, t in enumerate(doc.tokens) if t.text == "اجتماعنا")
    hit = next(h for h in find_triggers(doc.tokens) if h.i == k)
    trig = Span(doc.tokens[k].start, doc.tokens[k].end)
    sent = doc.sentence_of(trig.start)
    assert sent is not None
    kirby = own_act_speaker(doc, hit, sent, trig, Args(), [])
    ent = doc.entity(kirby)
    assert ent is not None and ent.name == "جون كيربي"
    told = event_with_trigger_at(doc, "اجتماعنا")  # «التقيت فلانا، وكانت اجتماعاتنا»: a meeting before it
    assert told.plover == "CONSULT"
    assert own_act_speaker(doc, hit, sent, trig, Args(), [(hit, [told])]) is None
