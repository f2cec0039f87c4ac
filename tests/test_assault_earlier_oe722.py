"""Round oe722: an assault told in an embedded pluperfect («جثة مهندس كان قد خطف», «بعد أن كان قتل») was done
before, the background of the news, no report (:mod:`rasd.events.assault_earlier`). Hand-made sentences."""

from __future__ import annotations

from conftest import analyze_news, news_event

from rasd.events.assault_earlier import earlier_assault
from rasd.events.forms import Cand
from rasd.events.lexicon import Hit, lexicon


def _spec(text: str, trigger: str) -> tuple[str, bool]:
    _, e = news_event(text, trigger)
    return e.plover, bool(e.attrs.get("specific"))


def _spec_undated(text: str, trigger: str) -> tuple[str, bool]:
    """As :func:`_spec`, the sentence read with no article date (as the OEDA sentences are)."""
    import rasd

    doc = rasd.analyze(text)
    e = next(x for x in doc.events if doc.text[x.trigger.start : x.trigger.end] == trigger)
    return e.plover, bool(e.attrs.get("specific"))


def test_kana_qad_after_noun_is_no_report() -> None:
    text = "وقال مصدر في الشرطة إن جثة سائق كان قد خطف في بغداد أول من أمس عثر عليها في حي الدورة."
    assert _spec(text, "خطف") == ("ASSAULT", False)


def test_kana_qad_after_noun_undated_is_no_report() -> None:
    text = "وعثرت الشرطة أمس على جثة مهندس تركي كان قد خطف الأسبوع الماضي في مدينة الموصل."
    assert _spec_undated(text, "خطف") == ("ASSAULT", False)


def test_kanu_qad_killed_is_no_report() -> None:
    text = "وشيع أهالي القرية أمس جثامين ثلاثة جنود كانوا قد قتلوا في هجوم على نقطة تفتيش يوم الخميس الماضي."
    assert _spec_undated(text, "قتلوا") == ("ASSAULT", False)


def test_same_kidnapping_told_as_news_is_report() -> None:
    text = "وخطف مسلحون أمس مهندسا تركيا في مدينة الموصل أثناء توجهه إلى عمله."
    assert _spec(text, "وخطف") == ("ASSAULT", True)


def test_wa_kana_qad_opening_keeps_report() -> None:
    text = "وكان مسلحون قد قتلوا أمس ثلاثة من رجال الشرطة في هجوم على نقطة تفتيش في مدينة الموصل."
    assert _spec(text, "قتلوا") == ("ASSAULT", True)


def _rule(text: str, word: str) -> bool:
    """:func:`earlier_assault` on the verb ``word`` of ``text`` taken as an ASSAULT verb trigger (a real ``Hit`` of
    the lexicon's ASSAULT verb «خطف»: the compiled install checks the argument's class)."""
    doc = analyze_news(text)
    i = next(k for k, t in enumerate(doc.tokens) if t.text == word)
    entry = next(e for e, pos in lexicon().get("خطف", ()) if pos == "V" and e.plover == "ASSAULT")
    return earlier_assault(doc, Hit(i, i, entry, "V", Cand("خطف")), 0)


def test_rule_embedded_kana_qad() -> None:
    assert _rule("وعثرت الشرطة على جثة مهندس كان قد خطف في الموصل.", "خطف") is True


def test_rule_kana_after_comma_is_not_embedded() -> None:
    assert _rule("وقتل مسلحون ثلاثة من رجال الشرطة، كانوا قد خطفوهم قبل ساعات.", "خطفوهم") is False


def test_rule_kana_first_in_sentence_is_not_embedded() -> None:
    assert _rule("كان قد خطف ثلاثة عمال في الموصل.", "خطف") is False


def test_rule_wa_kana_is_not_embedded() -> None:
    assert _rule("وعثرت الشرطة على جثة مهندس وكان قد خطف في الموصل.", "خطف") is False
