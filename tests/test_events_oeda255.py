"""Round oe255: features of the PROTEST / ASSAULT report filter (rasd.events.report_model) for the Arabic
constructions that name an attack or a protest without reporting it as the sentence's news.

- an event named as the head of a relative clause («الهجوم الذي وقع ...»): one the reader already knows
  (``rel_head``, the share of the told triggers so named);
- a date written out in the text («في عام 2006»): a past happening, not the news of the day (``t_abs``);
- the frame of the sentence (``frame=``: a function-word list of data/events/function_words.json): a
  condemnation («أدان الهجوم»), a trial, a charge, a call («دعا إلى التظاهر»), a ban («منع التظاهر»), a plan;
- the CAMEO subcode of an event (``code=1831``: a suicide bombing) beside its three-digit code.

Only the PROTEST filter was retrained with them (scripts/train_report_model.py --types PROTEST); the ASSAULT
weights are unchanged, so its verdicts do not move.

Hand-made sentences; each feature has a sentence where it must fire and one where it must not.
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.events import report_model
from rasd.pipeline import Pipeline


def _features(pipe: Pipeline, text: str, plover: str, date: str | None = "2015-03-02") -> dict[str, float]:
    doc: Doc = pipe(text, date=date)
    sent = doc.sentences[0]
    evs = [e for e in doc.events if e.sentence == sent]
    assert any(e.plover == plover for e in evs), [(e.code, e.plover) for e in evs]
    return report_model.sentence_features(doc, sent, plover, evs)


def test_relative_head_fires_on_a_known_attack(pipe: Pipeline) -> None:
    f = _features(pipe, "وقالت الشرطة إن التفجير الذي استهدف السوق نفذه انتحاري.", "ASSAULT")
    assert f.get("rel_head", 0.0) > 0.0, f


def test_relative_head_not_on_the_news_itself(pipe: Pipeline) -> None:
    f = _features(pipe, "فجر انتحاري نفسه في سوق شعبي وسط المدينة أمس.", "ASSAULT")
    assert f.get("rel_head", 0.0) == 0.0, f


def test_relative_head_on_a_protest(pipe: Pipeline) -> None:
    f = _features(pipe, "وأسفرت المظاهرة التي جرت أمام الوزارة عن اعتقال عشرة طلاب.", "PROTEST")
    assert f.get("rel_head", 0.0) > 0.0, f
    g = _features(pipe, "وتظاهر مئات الطلاب أمس أمام مقر الوزارة.", "PROTEST")
    assert g.get("rel_head", 0.0) == 0.0, g


def test_written_year_marks_a_past_happening(pipe: Pipeline) -> None:
    f = _features(pipe, "وفي عام 1998 قتل مسلحون عشرين قرويا في هجوم على القرية.", "ASSAULT")
    assert f.get("t_abs") == 1.0, f


def test_day_told_against_the_article_date_is_no_written_year(pipe: Pipeline) -> None:
    f = _features(pipe, "وقتل مسلحون عشرين قرويا أمس في هجوم على القرية.", "ASSAULT")
    assert "t_abs" not in f, f


def test_condemnation_frame(pipe: Pipeline) -> None:
    f = _features(pipe, "وأدان وزير الخارجية الهجوم على مركز الشرطة في المدينة.", "ASSAULT")
    assert f.get("frame=condemn_verbs") == 1.0, f
    g = _features(pipe, "وهاجم مسلحون مركز الشرطة في المدينة أمس.", "ASSAULT")
    assert not [k for k in g if k.startswith("frame=")], g


def test_call_and_ban_frames_on_protests(pipe: Pipeline) -> None:
    f = _features(pipe, "وتظاهر مئات الطلاب أمس ودعوا الحكومة إلى الاستقالة.", "PROTEST")
    assert f.get("frame=calls_and_promises") == 1.0, f
    g = _features(pipe, "وتظاهر مئات الطلاب أمس رغم حظر التجمعات في العاصمة.", "PROTEST")
    assert g.get("frame=ban_heads") == 1.0, g
    h = _features(pipe, "وتظاهر مئات الطلاب أمس أمام مقر الوزارة.", "PROTEST")
    assert not [k for k in h if k.startswith("frame=")], h


def test_subcode_feature(pipe: Pipeline) -> None:
    text = "فجر انتحاري سيارة مفخخة قرب حاجز للشرطة في المدينة أمس."
    doc = pipe(text, date="2015-03-02")
    sent = doc.sentences[0]
    evs = [e for e in doc.events if e.sentence == sent]
    f = report_model.sentence_features(doc, sent, "ASSAULT", evs)
    subcodes = {"code=" + e.code for e in evs if e.plover == "ASSAULT" and len(e.code) > 3}
    assert subcodes, [e.code for e in evs]  # a bombing by a suicide attacker carries a CAMEO subcode
    assert subcodes <= set(f), f
    assert {k for k in f if k.startswith("code=") and len(k) > 8} == subcodes, f


def test_shipped_protest_filter_weighs_the_new_features() -> None:
    report_model.load.cache_clear()
    model = report_model.load()
    assert model is not None
    protest, assault = model["PROTEST"].weights, model["ASSAULT"].weights
    assert "rel_head" in protest and protest["rel_head"] < 0  # a known protest named again is less often the news
    assert any(k.startswith("frame=") for k in protest)
    # the ASSAULT filter was not retrained this round: none of the new features weigh in it
    assert not [k for k in assault if k.startswith("frame=") or k in ("rel_head", "t_abs")]
