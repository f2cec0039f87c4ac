"""Round mn1015: a masdar with its possessive spelt like a past verb (round ev996) is kept only with the owner its
pronoun stands for as source, and not where it repeats its owner's act just told; an act of force keeps the verb
reading («عن قتله»); a party's short name joins the party named in full before it. Hand-made Arabic sentences."""

from __future__ import annotations

import pytest

from rasd.doc import Doc
from rasd.pipeline import Pipeline


def _events(doc: Doc) -> list[tuple[str, str, str | None]]:
    names = {e.id: e.name for e in doc.entities}
    return [(e.code, doc.text[e.trigger.start : e.trigger.end], names.get(e.source or "")) for e in doc.events]


@pytest.mark.parametrize("sentence", [
    "وتساءل المراقبون عن المكاسب التي قد تأتي بعد رفضها لذلك؟",
    "وقد انسحب من الجلسة بعد رفضها للشروط المطروحة.",
])  # fmt: skip
def test_owned_masdar_without_owner_is_no_event(pipe: Pipeline, sentence: str) -> None:
    assert [e for e in _events(pipe(sentence)) if e[1] == "رفضها"] == []


def test_owned_masdar_repeating_a_condemnation_joins_it(pipe: Pipeline) -> None:
    doc = pipe("دان مجلس الوزراء الكويتي الهجوم المسلح على مركز الشرطة في مدينة جدة. وعبر المجلس في اجتماعه الذي "
               "عقد مساء أمس عن رفضه لجميع أعمال العنف.")
    assert [e for e in _events(doc) if e[0] == "111"] == [("111", "دان", "مجلس الوزراء الكويتي")]


def test_owned_masdar_with_owner_stays(pipe: Pipeline) -> None:
    assert ("120", "رفضها", "قطر") in _events(pipe("وجددت قطر رفضها للتدخل الأجنبي في شؤون الدول العربية."))


@pytest.mark.parametrize(("sentence", "word"), [
    ("وتنقل بين عدة دول حيث أفيد عن قتله في مطلع الشهر الماضي.", "قتله"),
    ("وأعلنت الجماعة عن قتله بعد أسبوع من خطفه.", "قتله"),
])  # fmt: skip
def test_act_of_force_after_an_owner_head_stays_a_verb(pipe: Pipeline, sentence: str, word: str) -> None:
    from rasd.events.lexicon import match_token

    doc = pipe(sentence)
    hit = match_token(doc.tokens, next(k for k, t in enumerate(doc.tokens) if t.text == word))
    assert hit is not None and hit.pos == "V" and not hit.owned


def test_undergone_force_with_its_object_stays(pipe: Pipeline) -> None:
    doc = pipe("وأصيب جندي بجروح في رأسه عند تعرضه للرشق بالحجارة قرب الحدود.")
    assert [e[0] for e in _events(doc) if e[1].startswith("تعرضه")] == ["182"]


def test_force_code_is_no_owned_masdar(pipe: Pipeline) -> None:
    from rasd.events.forms import Cand
    from rasd.events.owned_masdars import owned_masdar

    doc = pipe("أفيد عن قتله أمس.")
    i = next(k for k, t in enumerate(doc.tokens) if t.text == "قتله")
    assert owned_masdar(doc.tokens, i, Cand("قتل", (), "ه"), "190") is False
    assert owned_masdar(doc.tokens, i, Cand("قتل", (), "ه"), "120") is True


def _mentions(doc: Doc, name: str) -> list[str]:
    ent = next(e for e in doc.entities if e.name == name)
    return [doc.text[m.start : m.end] for m in ent.mentions]


def test_party_short_name_joins_full_name_before(pipe: Pipeline) -> None:
    doc = pipe("وقال قيادي في الحزب الديمقراطي الكردستاني إن الأحزاب الأخرى تختلف مع الحزب الديمقراطي الذي يطالب "
               "بانتخاب رئيس الإقليم مباشرة.")
    assert _mentions(doc, "الحزب الديمقراطي الكردستاني") == ["الحزب الديمقراطي الكردستاني", "الحزب الديمقراطي"]
    assert [e for e in doc.entities if e.name == "الحزب الديمقراطي"] == []


def test_party_short_name_before_full_name_stays_apart(pipe: Pipeline) -> None:
    doc = pipe("فاز الحزب الديمقراطي في الانتخابات الأمريكية، وقال الحزب الديمقراطي الكردستاني إنه يرحب بالحوار.")
    assert _mentions(doc, "الحزب الديمقراطي") == ["الحزب الديمقراطي"]
