"""Speed round 190 (no output change): the passes of the events and quotes stages that return at once where the
words they look for are not in the text (``doc_token_keys``): a sentence-opening «حسب» (``has_hasb``), a reading of
a one-word token in the trigger lexicon (``lexicon.word_in_lexicon``), the writer's first person outside the
quotations (``opinion.writer_speaks``), a legal provision, a phrase of recurrence, a definition, a counted span and
a phrase of an earlier time; each still read where its words are there. Hand-made sentences."""

from __future__ import annotations

from rasd.events.forms import nkey
from rasd.events.lexicon import word_in_lexicon
from rasd.events.opinion import writer_speaks
from rasd.quotes.opening_according import has_hasb

from conftest import analyze_news, news_triggers, news_codes, news_event, news_quote_rows


def test_an_opening_according_to_is_still_read() -> None:
    text = "وحسب تقرير الوزارة، فإن الأسعار سترتفع في الشهر المقبل."
    assert has_hasb(analyze_news(text))
    assert news_quote_rows(text) == [("وحسب", None, "تقرير الوزارة", "الأسعار سترتفع في الشهر المقبل", False)]


def test_a_text_with_no_hasb_keeps_its_verb_cue() -> None:
    text = "وقال الوزير إن الأسعار سترتفع في الشهر المقبل."
    assert not has_hasb(analyze_news(text))
    assert news_quote_rows(text) == [("وقال", None, "الوزير", "الأسعار سترتفع في الشهر المقبل", False)]


def test_a_one_word_token_outside_the_lexicon_triggers_nothing() -> None:
    assert word_in_lexicon(nkey("هاجم")) and word_in_lexicon(nkey("اجتماع"))
    assert not word_in_lexicon(nkey("الذي"))
    assert news_codes("وهاجم مسلحون مركزا للشرطة في المدينة أمس.") == [("وهاجم", "190")]


def test_the_writers_first_person_counts_outside_quotations_only() -> None:
    assert writer_speaks(analyze_news("أعتقد أن الحل سياسي في نهاية المطاف."))
    assert not writer_speaks(analyze_news("وقال الوزير: «أعتقد أن الحل سياسي في نهاية المطاف»."))


def test_a_legal_provision_is_still_hypothetical() -> None:
    # round ev571: an act the law bans is no event at all (was hypothetical)
    assert "الاعتداء" not in news_triggers("ويحظر القانون الجديد الاعتداء على المتظاهرين.")
    doc, ev = news_event("ويعرف القانون الإرهاب بأنه الاعتداء على الأبرياء.", "الاعتداء")
    assert (ev.modality, ev.date) == ("hypothetical", None)


def test_an_act_with_no_provision_keeps_its_day() -> None:
    doc, ev = news_event("وأدان الوزير الاعتداء على المتظاهرين أمس.", "الاعتداء")
    assert (ev.modality, ev.date) == ("asserted", "2015-08-01")


def test_recurrence_counted_span_and_earlier_time_leave_no_day() -> None:
    assert news_event("وتندلع اشتباكات بين الحين والآخر في المدينة.", "اشتباكات")[1].date is None
    assert news_event("وعاد الوفد إلى العاصمة بعد أسابيع من الهجوم على المدينة.", "الهجوم")[1].date is None
    assert news_event("واعتقلت الشرطة في وقت سابق ناشطا في المدينة.", "واعتقلت")[1].date is None


def test_the_same_acts_told_of_yesterday_keep_it() -> None:
    assert news_event("واندلعت اشتباكات أمس في المدينة.", "اشتباكات")[1].date == "2015-08-01"
    assert news_event("واعتقلت الشرطة أمس ناشطا في المدينة.", "واعتقلت")[1].date == "2015-08-01"
