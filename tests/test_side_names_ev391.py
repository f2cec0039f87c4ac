"""Round ev391: two men named side by side by their family names with no «و» («عندما اتهم كير مشار»: Kiir accused
Machar), read by the tagger as one person, are two mentions where each word ends a different full name of the
article (entities.cluenames.surname_pairs); not where a word is a given name («محمد الظواهري» is one man). Hand-made
Arabic sentences."""

from __future__ import annotations

import json

from conftest import shared_path
from rasd.doc import Doc
from rasd.pipeline import Pipeline


def _names_at(doc: Doc, word: str) -> set[str]:
    """The names of the entities with a mention that covers the first ``word`` after «اتهم» / «بينهم»."""
    at = doc.text.index(word, doc.text.index("2013"))
    return {e.name for e in doc.entities for m in e.mentions if m.start <= at < m.end}


def test_two_family_names_after_a_verb_are_two_men(pipe: Pipeline) -> None:
    doc = pipe("ونفى الرئيس سلفا كير الاتهامات. وقال رياك مشار إن الحكومة تجوع المدنيين. "
               "وبدأت الحرب في نهاية 2013 عندما اتهم كير مشار بالتخطيط للانقلاب عليه.")
    assert _names_at(doc, "كير") == {"سلفا كير"}
    assert _names_at(doc, "مشار") == {"رياك مشار"}
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "اتهم")
    src, tgt = doc.entity(ev.source), doc.entity(ev.target)
    assert src is not None and tgt is not None and (src.name, tgt.name) == ("سلفا كير", "رياك مشار")


def test_given_name_before_a_family_name_stays_one_man(pipe: Pipeline) -> None:
    doc = pipe("وقال المحامي باهر محمد إن أيمن الظواهري هرب. وفي 2013 كان من بينهم محمد الظواهري شقيق زعيم التنظيم.")
    assert _names_at(doc, "محمد الظواهري") != {"باهر محمد"}
    assert "باهر محمد" not in _names_at(doc, "محمد الظواهري")


def test_real_article_two_leaders_by_family_names(pipe: Pipeline) -> None:
    """Asharq Al-Awsat 422941: «عندما اتهم كير مشار بالتخطيط للانقلاب عليه», where the tagger reads one name."""
    path = shared_path("saudinewsnet_sample", "saudinewsnet_politics_sample.jsonl")
    with open(path, encoding="utf-8") as fh:
        rec = next(r for r in map(json.loads, fh) if "/422941/" in r["url"])
    doc = pipe(rec["content"], date="2015-08-06")
    at = doc.text.index("اتهم كير مشار") + len("اتهم ")
    names = {e.name for e in doc.entities for m in e.mentions if m.start <= at < m.end}
    assert names == {"سلفا كير"}
    ev = next(e for e in doc.events if e.trigger.start == at - len("اتهم "))
    src, tgt = doc.entity(ev.source), doc.entity(ev.target)
    assert src is not None and tgt is not None and (src.name, tgt.name) == ("سلفا كير", "رياك مشار")
