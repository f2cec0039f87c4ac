"""Round ev808: an unnamed argument's phrase ends where its noun phrase ends (events/phrase_ends.py)."""

from __future__ import annotations

from rasd.doc import Event
from rasd.events.phrase_ends import phrase_ends
from rasd import analyze


def _texts(text: str, role: str) -> list[str]:
    doc = analyze(text, date="2015-08-01")
    return [str(ev.attrs[f"{role}_text"]) for ev in doc.events if ev.attrs.get(f"{role}_text")]


def _one(text: str, role: str, phrase: str) -> Event:
    """A bare event over ``text`` whose ``role`` phrase is ``phrase`` (its first occurrence), run through the pass."""
    doc = analyze(text, date="2015-08-01")
    a = text.index(phrase)
    ev = doc.events[0]
    for r in ("source", "target"):
        ev.attrs.pop(f"{r}_text", None)
        ev.attrs.pop(f"{r}_span", None)
    setattr(ev, role, None)
    ev.attrs[f"{role}_text"] = phrase
    ev.attrs[f"{role}_span"] = [a, a + len(phrase)]
    phrase_ends(doc, [ev])
    return ev


def test_adverb_and_pretext_end_the_phrase() -> None:
    ev = _one("رفض المسؤول مجددًا بحجة أنها معادية للثورة.", "source", "المسؤول مجددًا بحجة")
    assert ev.attrs["source_text"] == "المسؤول"


def test_purpose_masdar_ends_the_phrase() -> None:
    ev = _one("زار الوزير عددًا من دول الجوار للتنسيق حول تأمين الحدود.", "target", "عددًا من دول الجوار للتنسيق")
    assert ev.attrs["target_text"] == "عددًا من دول الجوار"


def test_without_ends_the_phrase() -> None:
    ev = _one("رفض النادي التفاوض مع مدرب دون أن تكون لدينا ثقة.", "target", "مدرب دون")
    assert ev.attrs["target_text"] == "مدرب"


def test_clause_verb_ends_the_phrase() -> None:
    ev = _one("أعلنت الشرطة اعتقال 22 عنصرا يشتبه في انضمامهم لتنظيمات متطرفة.", "target", "22 عنصرا يشتبه")
    assert ev.attrs["target_text"] == "22 عنصرا"


def test_relative_verb_is_no_party() -> None:
    ev = _one("زار الرئيس جرحى الاعتداء الذي وقع في القرية.", "target", "وقع")
    assert "target_text" not in ev.attrs and "target_span" not in ev.attrs


def test_refused_masdar_is_no_party() -> None:
    ev = _one("ومن الأسباب أن الزعيم رفض التخلي عن حلفائه.", "target", "التخلي")
    assert "target_text" not in ev.attrs


def test_good_phrases_are_kept() -> None:
    for text, phrase in (("قصفت الطائرات المنازل في القرية.", "المنازل"),
                         ("استهدف الهجوم شيوخ قبائل مأرب أمس.", "شيوخ قبائل مأرب"),
                         ("قتل القصف 70 طفلا في المدينة.", "70 طفلا"),
                         ("هاجم المسلحون الطائفة العلوية في المدينة.", "الطائفة العلوية"),
                         ("قتل القصف مستوطنين يهود في المدينة.", "مستوطنين يهود"),
                         ("رفض الزعيم الآسيويون الجدد.", "الآسيويون")):
        ev = _one(text, "target", phrase)
        assert ev.attrs["target_text"] == phrase, text


def test_pronoun_only_phrase_not_cut() -> None:
    ev = _one("وندد النائب من يحاولون إغلاق فم الناس.", "target", "من يحاولون")
    assert ev.attrs["target_text"] == "من يحاولون"


def test_quoted_name_not_cut() -> None:
    ev = _one("رفض ناطق باسم شرطة «سكوتلاند يارد» التعليق.", "source", "ناطق باسم شرطة «سكوتلاند يارد»")
    assert ev.attrs["source_text"] == "ناطق باسم شرطة «سكوتلاند يارد»"


def test_pipeline_cuts_pretext() -> None:
    assert "المسؤول مجددًا بحجة" not in _texts("رفض المسؤول مجددًا بحجة أنها معادية للثورة.", "source")


def test_plural_nisba_is_no_clause_verb() -> None:
    """«عسكريين يمنيين»: an adjective in «يين» after an indefinite noun is no «يـ» verb (the phrase stays whole)."""
    ev = _one("هاجم مسلحون عسكريين يمنيين قرب الحدود.", "target", "عسكريين يمنيين")
    assert ev.attrs["target_text"] == "عسكريين يمنيين"
    ev = _one("اعتقلت الشرطة 22 عنصرا يشتبه بانتمائهم للتنظيم.", "target", "22 عنصرا يشتبه")
    assert ev.attrs["target_text"] == "22 عنصرا"


def test_adverb_before_partitive_keeps_the_phrase() -> None:
    """«مجموعات صغيرة أيضا من المتظاهرين»: «من» after the adverb carries the phrase on; without it, it ends."""
    ev = _one("واحتشدت مجموعات صغيرة أيضا من المتظاهرين خارج السفارة.", "source",
              "مجموعات صغيرة أيضا من المتظاهرين")
    assert ev.attrs["source_text"] == "مجموعات صغيرة أيضا من المتظاهرين"
    ev = _one("واحتشدت مجموعات صغيرة أيضا خارج السفارة.", "source", "مجموعات صغيرة أيضا خارج")
    assert ev.attrs["source_text"] == "مجموعات صغيرة"


def test_body_noun_after_lam_is_no_purpose() -> None:
    """«مواقع للتنظيم»: «تنظيم» heads actors (the organisation), so «للتنظيم» is no purpose masdar; «للتنسيق» is."""
    ev = _one("وهاجمت إيران والعراق مواقع للتنظيم في الصحراء.", "target", "مواقع للتنظيم")
    assert ev.attrs["target_text"] == "مواقع للتنظيم"


def test_verb_with_pronoun_back_to_the_noun_stays() -> None:
    """«مناطق يسكنها مدنيون»: the «يـ» verb carries a pronoun back to the noun, so its clause stays in the phrase."""
    ev = _one("قالت الحكومة إنها لم تقصف أي مناطق يسكنها مدنيون في الشمال.", "target", "مناطق يسكنها مدنيون")
    assert ev.attrs["target_text"] == "مناطق يسكنها مدنيون"
