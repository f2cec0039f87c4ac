"""Round mn956: bare groups read past «و» (round en941) join the article's body of the same head, take the
article's country, or stay out when only a description tells them; a few counted of a class stay apart from the
class told later (events.groups, events.group_phrases)."""

from __future__ import annotations

from conftest import cached_news as run
from conftest import event_at as event
from conftest import event_party as party


TALKS_NAMED = ("وقالت فصائل المعارضة السورية إنها صدت هجوما في ريف حماة. "
               "وفشلت جولة المفاوضات الأخيرة بين الحكومة والمعارضة في مدينة حمص.")
TALKS_BARE = "وفشلت جولة المفاوضات الأخيرة بين الحكومة والمعارضة في مدينة حمص."


def test_the_opposition_past_and_joins_the_body_the_article_names() -> None:
    doc = run(TALKS_NAMED)
    tgt = party(doc, event(doc, "جولة"), "target")
    assert tgt is not None and (tgt.type, tgt.actor, tgt.country) == ("ORGANIZATION", "SYROPP", "SYR")
    assert not any(e.type == "GROUP" and e.name == "المعارضة" for e in doc.entities)  # (no group of its own)
    assert any(doc.text[m.start : m.end] == "المعارضة" for m in tgt.mentions)  # (the bare mention is the body's)


def test_the_opposition_past_and_with_no_body_named_stays_a_bare_group() -> None:
    doc = run(TALKS_BARE)  # counter-case
    tgt = party(doc, event(doc, "جولة"), "target")
    assert tgt is not None and (tgt.type, tgt.name, tgt.actor, tgt.country) == ("GROUP", "المعارضة", "OPP", None)


def test_forces_told_only_by_what_they_did_are_no_group() -> None:
    doc = run("وقعت اشتباكات عنيفة بين المقاومة الشعبية والقوات الغازية للمدينة في حي المنصورة.")
    ev = event(doc, "اشتباكات")
    src = party(doc, ev, "source")
    assert src is not None and src.name == "المقاومة الشعبية"
    assert ev.target is None  # (not «القوات» MIL: the invaders, whoever they are)


def test_forces_past_and_with_a_country_adjective_stay_a_group() -> None:
    doc = run("وقعت اشتباكات عنيفة بين المقاومة الشعبية والقوات الإيرانية في حي المنصورة.")  # counter-case
    tgt = party(doc, event(doc, "اشتباكات"), "target")
    assert tgt is not None and tgt.actor == "IRNMIL"


STRIKE = ("وفي ميناء الحديدة اليمني توقف العمل بالكامل، ودخل الموظفون والعمال في إضراب عن العمل احتجاجا على تأخر "
          "الرواتب. وقالت الحكومة اليمنية إنها ستدفع الرواتب. واتهمت الحكومة اليمنية الحوثيين بنهب الميناء.")


def test_workers_in_an_article_on_one_country_are_its_workers() -> None:
    doc = run(STRIKE)
    src = party(doc, event(doc, "احتجاجا"), "source")
    assert src is not None and (src.name, src.actor, src.country) == ("العمال", "YEMLAB", "YEM")


def test_workers_where_the_paragraph_names_another_country_stay_bare() -> None:
    doc = run(STRIKE.replace("ميناء الحديدة اليمني", "ميناء مرسيليا الفرنسي"))  # counter-case
    src = party(doc, event(doc, "احتجاجا"), "source")
    assert src is not None and (src.name, src.actor) == ("العمال", "LAB")


VERDICT = "أصدرت محكمة في طرابلس حكما بالإعدام على تسعة من كبار المسؤولين في النظام السابق. "


def test_the_class_told_later_is_not_the_counted_few() -> None:
    doc = run(VERDICT + "وفي سياق آخر، انتقد المسؤولين قرار البرلمان بتأجيل الانتخابات.")
    few, later = event(doc, "أصدرت").target, event(doc, "انتقد").target
    assert few is not None and later is not None and few != later
    ent = doc.entity(few)
    assert ent is not None and [doc.text[m.start : m.end] for m in ent.mentions] == ["تسعة من كبار المسؤولين"]


def test_the_counted_few_retold_by_haulai_are_one_group() -> None:
    doc = run(VERDICT + "وفي سياق آخر، انتقد هؤلاء المسؤولين قرار المحكمة.")  # counter-case
    few, later = event(doc, "أصدرت").target, event(doc, "انتقد").target
    assert few is not None and few == later


def test_a_crowd_count_and_the_crowd_stay_one_group() -> None:
    doc = run("اعتقلت الشرطة عشرات المتظاهرين في ساحة التحرير. وفي وقت لاحق هاجم المتظاهرين مقر الحزب الحاكم.")
    held, later = event(doc, "اعتقلت").target, event(doc, "هاجم").source  # counter-case: «عشرات» is no set apart
    assert held is not None and held == later
