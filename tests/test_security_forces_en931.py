"""Round en931: a state's security forces named with their country («قوات الأمن التركية», «القوات الأمنية
العراقية») are that state's police (COP), as «قوات الأمن» is coded for an unnamed group, not its government;
«القوات الأمنية <nisba>» is one body with «قوات الأمن <nisba>». A minister or adviser of security stays GOV."""

from __future__ import annotations

from conftest import analyze_news, news_event


def _actor_of(text: str, name: str) -> str | None:
    doc = analyze_news(text)
    return next((e.actor for e in doc.entities if e.name == name), "missing")


def test_turkish_security_forces_are_police() -> None:
    text = "وأصيب ثلاثة من عناصر قوات الأمن التركية في انفجار عبوة ناسفة قرب مدينة ديار بكر أمس."
    assert _actor_of(text, "قوات الأمن التركية") == "TURCOP"


def test_iranian_security_forces_arrest_source_is_cop() -> None:
    doc, ev = news_event("واعتقلت قوات الأمن الإيرانية صحافيا معارضا في طهران مساء الأحد.", "واعتقلت")
    src = next(e for e in doc.entities if e.id == ev.source)
    assert (src.name, src.actor, src.country) == ("قوات الأمن الإيرانية", "IRNCOP", "IRN")


def test_adjective_form_joins_genitive_form() -> None:
    text = ("قالت قوات الأمن العراقية إنها أحبطت هجوما في الأنبار. "
            "وأعلنت القوات الأمنية العراقية لاحقا اعتقال خمسة مطلوبين في الرمادي.")
    doc = analyze_news(text)
    forces = [e for e in doc.entities if e.actor == "IRQCOP"]
    assert len(forces) == 1
    assert {doc.text[m.start : m.end] for m in forces[0].mentions} == {"قوات الأمن العراقية", "القوات الأمنية العراقية"}


def test_security_minister_stays_government() -> None:
    text = "وقال وزير الأمن الإسرائيلي إن الحكومة ستدرس الرد على الهجوم."
    doc = analyze_news(text)
    minister = next(e for e in doc.entities if e.type == "PERSON")
    assert minister.actor == "ISRGOV"


def test_national_security_forces_unchanged() -> None:
    # «قوات الأمن الوطني»: a named body of its own, not the bare «قوات الأمن»: left to the older reading
    assert _actor_of("وانتشرت قوات الأمن الوطني الفلسطيني في شوارع المدينة.", "قوات الأمن الوطني الفلسطيني") == "PSEGOV"
