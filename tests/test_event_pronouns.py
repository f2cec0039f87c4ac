"""Event targets named by a pronoun («استهدفت معاقلهم», «التي قصفتها») and by a targeting verb after a force
trigger («شنت غارات استهدفت ...»): hand-made sentences and the seed."""

from __future__ import annotations

from pathlib import Path

from rasd.doc import Doc, Event
from rasd.pipeline import Pipeline

from conftest import event_at, named_role

SEED = Path(__file__).resolve().parents[1] / "examples" / "000_545e91c68c60f2ba.txt"


def _name(doc: Doc, eid: str | None) -> str:
    ent = doc.entity(eid) if eid else None
    return ent.name if ent is not None else ""


def test_possessive_pronoun_after_targeting_verb(pipe: Pipeline) -> None:
    doc = pipe("وقال المتحدث إن تنظيم القاعدة يهدد المنطقة، مؤكدا أن الطائرات الأميركية شنت غارات استهدفت "
               "معاقلها في اليمن.")
    ev = event_at(doc, "شنت غارات")
    assert "القاعدة" in _name(doc, ev.target)
    # the targeting verb is part of the same event, not a second one with «معاقلها» as its subject
    assert not any(doc.text[e.trigger.start : e.trigger.end] == "استهدفت" for e in doc.events)
    assert any(doc.text[t.start : t.end] == "استهدفت" for t in ev.triggers)


def test_resumptive_pronoun_after_relative(pipe: Pipeline) -> None:
    doc = pipe("وعرض الجيش صور المواقع التي قصفتها الطائرات الإسرائيلية في جنوب لبنان.")
    ev = event_at(doc, "قصفتها")
    assert ev.target is None and ev.attrs.get("target_text") == "المواقع"


def test_plural_pronoun_prefers_the_nearer_plural_noun(pipe: Pipeline) -> None:
    doc = pipe("وقال الرئيس إن تنظيم داعش يهدد المنطقة وسنتعقب الإرهابيين أينما وجدوا وسنقوم باستهدافهم.")
    ev = event_at(doc, "باستهدافهم")
    assert named_role(doc, ev.target) is None and ev.attrs.get("target_text") == "الإرهابيين"


def test_no_group_no_target(pipe: Pipeline) -> None:
    doc = pipe("شنت الطائرات غارات استهدفت مواقعها.")
    ev = event_at(doc, "غارات")
    assert ev.target is None


def test_seed_strikes_on_their_strongholds(pipe: Pipeline) -> None:
    doc = pipe(SEED.read_text(encoding="utf-8"), date="2014-10-09")
    ev = event_at(doc, "ضربة عسكرية")  # «نفذ أكثر من 150 ضربة عسكرية استهدفت معاقلهم في العراق»
    assert "الجيش الأميركي" in _name(doc, ev.source)
    assert (doc.entity(ev.target).actor if ev.target else None) == "IMGMUSISI"


def test_towns_and_times_do_not_act(pipe: Pipeline) -> None:
    doc = pipe("ووقع الهجوم فجر امس في منطقة كيلو 4 على الطريق إلى المطار.", date="2014-10-09")
    ev = event_at(doc, "الهجوم")
    assert ev.source is None and "source_text" not in ev.attrs  # «فجر امس» is a time, not an actor
    doc = pipe("وقصفت إسرائيل مواقع في غزة.")
    assert _name(doc, event_at(doc, "وقصفت").source) == "إسرائيل"  # a state acts


def test_reflexive_subject_is_before_the_verb(pipe: Pipeline) -> None:
    doc = pipe("وأفاد مسؤولون بأن مهاجما انتحاريا فجر نفسه خارج مكتب شركة أمنية في المدينة.")
    ev = event_at(doc, "فجر")
    assert "خارج" not in str(ev.attrs.get("source_text", ""))


def test_first_person_in_a_quote_is_the_speaker(pipe: Pipeline) -> None:
    doc = pipe(SEED.read_text(encoding="utf-8"), date="2014-10-09")
    ev = event_at(doc, "باستهدافهم")  # Obama: «"وسنتعقب الإرهابين أينما وجدوا" أي أننا سنقوم باستهدافهم»
    assert "اوباما" in _name(doc, ev.source) and ev.attrs.get("target_text") == "الإرهابين"


def test_strikes_with_owner_and_province(pipe: Pipeline) -> None:
    doc = pipe("نفذ الائتلاف الدولي بقيادة أميركية أمس 17 غارة جوية استهدفت تجمعات لتنظيم داعش في محافظة دير الزور، "
               "في حين تجددت الاشتباكات في درعا.", date="2015-08-01")
    ev = event_at(doc, "غارة جوية")
    assert (doc.entity(ev.source).actor if ev.source else None) == "IGOCOA"
    assert (doc.entity(ev.target).actor if ev.target else None) == "IMGMUSISI"  # «تجمعات لتنظيم داعش»
    assert _name(doc, ev.location) == "دير الزور"  # «في محافظة دير الزور», not the later clause's «في درعا»


def test_host_after_an_apposition_and_adverbials(pipe: Pipeline) -> None:
    doc = pipe("استقبل الشيخ تميم بن حمد آل ثاني أمير دولة قطر، في مكتبه بالديوان الأميري قبل ظهر اليوم (الاثنين)، "
               "وزراء خارجية دول مجلس التعاون لدول الخليج العربية.", date="2015-08-03")
    ev = event_at(doc, "استقبل")
    assert "تميم" in _name(doc, ev.source)
    assert (doc.entity(ev.target).actor if ev.target else None) == "IGOGCC"  # not «دولة قطر» of his title


def test_the_wounded_have_no_guessed_attacker(pipe: Pipeline) -> None:
    doc = pipe("وانتقل نائب الرئيس اليمني خالد بحاح مع المحافظ لزيارة الجرحى في عدد من المستشفيات.")
    wounded = [e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "الجرحى"]
    assert all(e.source is None and "source_text" not in e.attrs for e in wounded)  # (round 42: no event at all)


def test_arrival_in_a_city_and_no_visitor_from_a_later_clause(pipe: Pipeline) -> None:
    doc = pipe("وصل إلى مدينة عدن اليوم نائب الرئيس اليمني خالد بحاح في زيارة أولى للمدينة منذ تحريرها من "
               "المتمردين الحوثيين والمخلوع علي عبد الله صالح.", date="2015-08-01")
    arrive = event_at(doc, "وصل إلى")
    # «إلى مدينة عدن»: the city, past its place word; a town is where the visit is, not whom it visits (round 99)
    assert _name(doc, arrive.location) == "عدن" and arrive.target is None
    assert not any("صالح" in _name(doc, e.source) for e in doc.events)  # Saleh is named, he visits no one


def test_events_say_whether_they_are_told_happenings(pipe: Pipeline) -> None:
    doc = pipe(SEED.read_text(encoding="utf-8"), date="2014-10-09")
    out = {e["trigger"]["text"]: e for e in doc.to_dict()["events"]}
    assert out["زار"]["specific"] is True  # Allen visits Iraq today
    doc = pipe("ويحظر القانون الإضرابات والاجتماعات العامة خلال حالة الطوارئ.")
    flags = {e["trigger"]["text"]: e["specific"] for e in doc.to_dict()["events"]}
    assert flags == {}, flags  # strikes and meetings a law bans: no events (round ev571; were non-specific mentions)
