"""Round ev879: the parties of a meeting told by a noun.

- «لقائهما/اجتماعهما» with no meeting told before: the two persons its dual pronoun stands for
  (``events.dual_meetings``), not the country of «بلاده» nor nothing;
- «فعل فلان في/خلال لقاء + genitive» with no «مع/بـ» after it: the clause's actor meets the genitive
  (``events.occasions``), not the genitive.
"""

from __future__ import annotations

from conftest import news_arg, news_event


def test_dual_pronoun_meeting_takes_the_two_persons_named_before() -> None:
    text = ("أكد وزير الخارجية الأردني ناصر جودة لنظيره الفرنسي لوران فابيوس، أن بلاده ماضية في دعم الحل السياسي "
            "في سوريا، عقب لقائهما في عمان أمس.")
    doc, ev = news_event(text, "لقائهما")
    names = {e.id: e.name for e in doc.entities}
    assert ev.code == "040"
    assert names.get(ev.source or "") == "ناصر جودة"
    assert names.get(ev.target or "") == "لوران فابيوس"


def test_dual_pronoun_meeting_after_a_reception_takes_both_sides() -> None:
    text = ("وصل الرئيس السوداني عمر البشير إلى القاهرة أمس، حيث استقبله الرئيس عبد الفتاح السيسي، ويؤكدان خلال "
            "اجتماعهما على أهمية التنسيق.")
    assert {news_arg(text, "اجتماعهما", "source"), news_arg(text, "اجتماعهما", "target")} == {
        "عمر البشير", "عبد الفتاح السيسي"}


def test_dual_pronoun_with_one_person_named_guesses_no_one() -> None:
    # counter-case: one person only: a null, not a guess
    text = "وقال وزير الخارجية الأردني ناصر جودة إن الأجواء كانت إيجابية خلال لقائهما في عمان أمس."
    _, ev = news_event(text, "لقائهما")
    assert ev.source is None and ev.target is None


def test_clause_actor_meets_the_genitive_of_an_occasion_meeting() -> None:
    text = ("حث وزير الداخلية البحريني راشد بن عبد الله آل خليفة في لقاء عدد من المسؤولين الأمنيين، على مضاعفة "
            "الجهود لحماية الحدود.")
    assert news_arg(text, "لقاء", "source") == "راشد بن عبد الله آل خليفة"
    assert news_arg(text, "لقاء", "target") == "عدد من المسؤولين الأمنيين"  # (the phrase; its GROUP after events)


def test_clause_actor_meets_an_unnamed_delegation() -> None:
    text = "وأكد رئيس الوزراء العراقي حيدر العبادي خلال لقاء وفد من شيوخ العشائر، أن الحكومة ماضية في تحرير الأنبار."
    assert news_arg(text, "لقاء", "source") == "حيدر العبادي"
    assert news_arg(text, "لقاء", "target") != "حيدر العبادي"


def test_genitive_that_meets_someone_with_bi_stays_the_source() -> None:
    # counter-case: «لقاء فلان بقادة الجيش»: the genitive is who meets
    text = ("وأكد رئيس الوزراء العراقي حيدر العبادي خلال لقاء وزير الدفاع خالد العبيدي بقادة الجيش، أن الحكومة "
            "ماضية في تحرير الأنبار.")
    assert news_arg(text, "لقاء", "source") == "خالد العبيدي"


def test_genitive_that_meets_someone_with_maa_stays_the_source() -> None:
    # counter-case: «لقاء الائتلاف مع هيئة التنسيق»: the coalition's meeting
    text = ("وأشاد وزير الخارجية التركي مولود جاويش أوغلو بما جرى في لقاء الائتلاف الوطني السوري مع هيئة التنسيق "
            "في بروكسل.")
    assert news_arg(text, "لقاء", "source") == "الائتلاف الوطني السوري"


def test_meeting_with_maa_unchanged() -> None:
    # counter-case: «في لقاء مع فلان»: the clause actor and the one after «مع», as before
    text = "وشدد رئيس الوزراء العراقي حيدر العبادي في لقاء مع السفير الأميركي ستيوارت جونز على أهمية الدعم."
    assert news_arg(text, "لقاء", "source") == "حيدر العبادي"
    assert news_arg(text, "لقاء", "target") == "ستيوارت جونز"
