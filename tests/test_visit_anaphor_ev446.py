"""Round ev446: a visit noun that refers back («خلال هذه الزيارة», «خلال زيارته», «تم خلال الزيارة») and names no
destination of its own goes where the visit it refers to went; a meeting held «خلال» it is there too
(events.visit_anaphor). Hand-made sentences (paraphrases of the 347), each rule with a counter-case."""

from __future__ import annotations

from conftest import analyze_news, news_event, news_place

from rasd.events.visit_anaphor import _own_destination, _referring


def test_visit_with_the_article_after_a_visit_in_its_sentence() -> None:
    text = "الأمير محمد بن سلمان يزور القاهرة ويلتقي بالرئيس السيسي، وتم خلال الزيارة الاتفاق على تشكيل لجنة."
    assert news_place(text, "الزيارة") == "القاهرة"


def test_visitors_visit_told_again_in_the_next_sentence() -> None:
    text = ("وصل رئيس الوزراء اليمني خالد بحاح إلى مدينة عدن أمس. وذكرت مصادر أن بحاح سيشرف خلال زيارته على جهود "
            "الإغاثة.")
    assert news_place(text, "زيارته") == "عدن"


def test_meeting_during_the_visit_told_again_takes_its_place_and_host() -> None:
    text = ("وصل وزير الخارجية الروسي سيرغي لافروف إلى الدوحة أمس. وقالت الخارجية الروسية إن لافروف سيبحث مع أمير "
            "قطر خلال زيارته الأزمة السورية.")
    assert news_place(text, "سيبحث") == "الدوحة"
    doc, visit = news_event(text, "زيارته")
    assert doc.entity(visit.target) is not None and doc.entity(visit.target).name == "الدوحة"


def test_another_visitors_visit_is_not_taken() -> None:
    # counter-case: Hollande's visit is not the one Sisi made to Paris, told before
    text = ("زار الرئيس المصري عبد الفتاح السيسي باريس في نوفمبر الماضي. وقالت المصادر إن الرئيس الفرنسي فرنسوا "
            "هولاند سيلتقي رجال الأعمال خلال زيارته.")
    assert news_place(text, "زيارته") is None
    assert news_place(text, "سيلتقي") is None


def test_a_visit_too_many_sentences_back_is_not_taken() -> None:
    # counter-case: three sentences between: another scene
    text = ("وصل رئيس الوزراء اليمني خالد بحاح إلى مدينة عدن أمس. وقال مسؤولون إن الوضع الأمني تحسن. وأعلنت الحكومة "
            "خطة جديدة للإعمار. وأكد وزير النقل أن المطار سيفتح قريبا. وذكرت مصادر أن بحاح سيشرف خلال زيارته على "
            "جهود الإغاثة.")
    assert news_place(text, "زيارته") is None


def test_referring_forms() -> None:
    assert _referring("الزيارة") == "article"
    assert _referring("بالزيارة") == "article"
    assert _referring("زيارته") == "pronoun"
    assert _referring("لزيارتهم") == "pronoun"
    assert _referring("زيارة") is None  # counter-case: an indefinite visit is a new one
    assert _referring("الزيارات") is None  # counter-case: visits in the plural are not the one told before


def _visit_told(text: str) -> bool:
    """Whether the visit «زيارته» of ``text`` names a destination of its own after it."""
    doc, visit = news_event(text, "زيارته")
    return _own_destination(doc, visit)


def test_a_visit_with_its_own_destination() -> None:
    assert _visit_told("وتحدث الرئيس عن زيارته إلى الرياض الشهر المقبل.")
    assert _visit_told("وتحدث الرئيس عن زيارته لبغداد الشهر المقبل.")
    assert not _visit_told("وتحدث الرئيس عن زيارته الأخيرة.")  # counter-case: no place follows
    assert not _visit_told("وتحدث الرئيس خلال زيارته عن الوضع في اليمن.")  # counter-case: a place of the topic
