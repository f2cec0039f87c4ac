"""Round ev581: an unnamed phrase of a body in construct with a definite genitive («قوات المعارضة», «قوات الأمن»)
right before a singular light verb («نفذت», «شنت») is its subject, the noun act's doer, as a definite phrase there
is. Counter-cases: a phrase headed by a place or a thing («مقرات الجيش شهدت هجوما», «مواقع المعارضة تعرضت
لقصف»: what undergoes, no doer), an indefinite phrase that is no construct («سيارة مفخخة نفذت») and a plural
verb's indefinite subject, read as before («مسلحين مجهولين نفذوا»)."""

from __future__ import annotations

from conftest import analyze_news


def _sources(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(trigger text, code, source entity name, source entity actor) of each event."""
    doc = analyze_news(text)
    ents = {e.id: e for e in doc.entities}
    out = []
    for e in doc.events:
        src = ents.get(e.source) if e.source else None
        out.append((doc.text[e.trigger.start:e.trigger.end], e.code,
                    src.name if src else None, src.actor if src else None))
    return out


def test_opposition_forces_carrying_out_ambushes() -> None:
    assert ("كمائن", "190", "قوات المعارضة", "REB") in _sources(  # (round en613: the armed opposition, REB)
        "وقالت مصادر محلية إن قوات المعارضة نفذت كمائن على مواقع حزب الله قرب الحدود.")


def test_security_forces_launching_an_attack() -> None:
    # round ev995 (tf1027): security forces in Mosul get their country, IRQCOP
    assert ("هجوما", "190", "قوات الأمن", "IRQCOP") in _sources(
        "وذكر البيان أن قوات الأمن شنت هجوما على مخبأ للمسلحين في الموصل.")


def test_opposition_forces_in_vso_unchanged() -> None:
    assert ("كمائن", "190", "قوات المعارضة", "REB") in _sources(  # (round en613: the armed opposition, REB)
        "ونفذت قوات المعارضة كمائن على مواقع حزب الله.")


def test_headquarters_that_saw_an_attack_have_no_doer() -> None:
    assert ("هجوما", "190", None, None) in _sources("وقال المرصد إن مقرات الجيش شهدت هجوما عنيفا الليلة الماضية.")


def test_positions_that_were_shelled_have_no_doer() -> None:
    assert ("لقصف", "194", None, None) in _sources("وقالت مصادر إن مواقع المعارضة تعرضت لقصف عنيف.")


def test_plural_verb_with_indefinite_gunmen_unchanged() -> None:
    assert ("هجوما", "190", "مسلحين", "UAF") in _sources("وأكد شهود أن مسلحين مجهولين نفذوا هجوما على الحاجز.")
