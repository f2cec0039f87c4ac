"""Round ev435: ministers are a group of their government (data/events/agent_groups.tsv «وزراء» GOV, owned), as
officials are: «مع الوزراء اليمنيين» YEMGOV; not the genitive of a title or a body («رئيس الوزراء», «مجلس الوزراء»)."""

from __future__ import annotations

from functools import lru_cache

import rasd
from rasd.doc import Doc, Entity


@lru_cache(maxsize=None)
def run(text: str) -> Doc:
    return rasd.analyze(text, date="2015-08-01")


def groups(doc: Doc) -> list[Entity]:
    return [e for e in doc.entities if e.type == "GROUP"]


def test_ministers_of_a_country_are_its_government() -> None:
    doc = run("وبدأ الوزير فور وصوله عقد سلسلة اجتماعات مع الوزراء اليمنيين الذين وصلوا أخيرا إلى المحافظة.")
    (g,) = [e for e in groups(doc) if e.name.startswith("الوزراء")]
    assert (g.actor, g.country) == ("YEMGOV", "YEM")
    assert any(ev.target == g.id for ev in doc.events)


def test_ministers_in_a_genitive_of_a_title_or_body_are_no_group() -> None:
    # counter-case: «الوزراء» after «رئيس» / «مجلس» is the title's or the body's own word
    for text in ("والتقى رئيس الوزراء اليمني الوفد الأميركي في عدن.", "وعقد مجلس الوزراء اليمني اجتماعا في عدن."):
        assert not [e for e in groups(run(text)) if "الوزراء" in e.name]
