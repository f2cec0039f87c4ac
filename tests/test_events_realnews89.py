"""Round 89 of real news: the victims' nouns («الجرحى», «القتلى») are no attack where the sentence tells of aid, care,
mourning or counting; a doer the clause calls terrorist or extremist makes an attack unconventional (18x), and so does
an attack on refugees by an unnamed doer; arson («إحراق») is 180 and the killing told right after it its toll; an
attempted assassination told again takes the day the article gives it, repeated attempts no day."""

from __future__ import annotations

from conftest import analyze_news, news_arg, news_codes, news_event


def _force(text: str) -> list[tuple[str, str]]:
    return [(t, c) for t, c in news_codes(text) if c[:2] in ("18", "19")]


def test_the_wounded_cared_for_or_counted_are_no_attack() -> None:
    assert _force("وشكرت الحكومة الدول التي قدمت خدمات طبية للجرحى والمصابين.") == []
    assert _force("وتولت فرق الإسعاف علاج الجرحى في المستشفى الميداني.") == []
    assert all(t != "قتلى" for t, _ in _force("ولا يعرف حتى الآن عدد قتلى القوات في هذه المواجهات."))
    assert all(t != "للقتلى" for t, _ in _force("وهذه أكبر حصيلة للقتلى منذ بداية الشهر."))
    # casualties that fall in a clash are still told
    doc, e = news_event("وأسفرت الاشتباكات بين الطرفين عن سقوط قتلى وجرحى في القرية.", "قتلى")
    assert e.code == "190"
    # the attack whose wounded are carried off stays an attack
    assert _force("وهاجم مسلحون السوق أمس، ونقل المسعفون الجرحى إلى المستشفى.") == [("وهاجم", "190")]


def test_a_doer_called_terrorist_makes_the_attack_unconventional() -> None:
    doc, e = news_event("وأقدمت مجموعة إرهابية على قتل ثلاثة حراس قرب المصنع.", "قتل")
    assert e.code == "180" and e.plover == "ASSAULT"
    doc, e = news_event("وقتلت خلية إرهابية ثلاثة جنود في الهجوم.", "وقتلت")
    assert e.code == "180"
    # an extremist doer is an armed group: its killing of civilians is 180, of soldiers 190
    doc, e = news_event("وأقدمت جماعة متطرفة على قتل عشرة من المدنيين في السوق.", "قتل")
    assert e.code == "180"
    # round 161: «أقدمت X على قتل» now gives the killing its doer X; round ev372: an extremist doer's killing of
    # soldiers is combat with troops again, 190 (soldiers and checkpoints left ``terror_target_words``)
    text = "وأقدمت جماعة متطرفة على قتل عشرة من الجنود في المعسكر."
    doc, e = news_event(text, "قتل")
    assert e.code == "190" and news_arg(text, "قتل") == "جماعة متطرفة"
    # terrorists killed by an army, and the dead of a terrorist group, are no terror
    doc, e = news_event("وقتل الجيش ثلاثة إرهابيين في الهجوم.", "وقتل")
    assert e.code == "190"
    doc, e = news_event("ولقي عدد من عناصر التنظيم الإرهابي مصرعهم في المعارك.", "مصرعهم")
    assert e.code == "190"


def test_an_attack_on_refugees_by_an_unnamed_doer_is_unconventional() -> None:
    doc, e = news_event("وشهدت المدن الألمانية عمليات عدة لاستهداف تجمعات اللاجئين.", "لاستهداف")
    assert e.code == "180"
    # aircraft that strike a camp of the displaced are conventional force
    doc, e = news_event("واستهدفت الطائرات مخيما للنازحين في الريف الشمالي.", "واستهدفت")
    assert e.code == "195"  # round ev996 (tf1027): an attack by aircraft is an air strike, 195 (still not 180)


def test_arson_and_the_killing_told_after_it() -> None:
    text = ("أقدمت عصابة إرهابية فجر أمس على إحراق منزل عائلة في القرية. "
            "وقد قُتل الطفل لأن والديه لم يتمكنا من الوصول إليه.")
    doc = analyze_news(text)
    codes = {doc.text[e.trigger.start:e.trigger.end]: e.code for e in doc.events}
    assert codes.get("إحراق") == "180" and codes.get("قُتل") == "180"
    # a killing after a clash, or with its own cause in its sentence, stays conventional
    doc = analyze_news("واشتبك الجيش مع المسلحين في البلدة. وقد قُتل جندي في المواجهات.")
    assert all(e.code != "180" for e in doc.events)
    # military vehicles burnt in battle are things, no one attacked
    assert _force("وتمكن المسلحون من إحراق عدد من العربات والمعدات.") == []


def test_an_attempt_told_again_takes_its_day() -> None:
    text = ("وتدرب المتهم في الخارج قبل بضعة أشهر من محاولة اغتيال الوزير السابق أحمد سالم. "
            "في 5 سبتمبر 2013، جرت محاولة اغتيال سالم.")
    doc = analyze_news(text)
    days = [e.date for e in doc.events if e.code == "185"]
    assert days == ["2013-09-05", "2013-09-05"]
    # repeated attempts are of no one day
    doc, e = news_event("لكن القائد لا يزال حيا رغم المحاولات المتكررة لاغتياله.", "لاغتياله")
    assert e.code == "185" and e.date is None
    # an attempt told alone keeps the story's day
    doc, e = news_event("ونجا المحافظ أمس من محاولة اغتيال في وسط المدينة.", "اغتيال")
    assert e.date == "2015-08-01"
