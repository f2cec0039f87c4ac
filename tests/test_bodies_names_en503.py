"""Round en503: bodies' short forms, bodies named with a foreign name, and a person named before his office.

* «الخزانة الأميركية» after «وزارة الخزانة الأميركية» is the same ministry (org_heads.tsv: «الخزانة» as
  «الخارجية»); alone it is a body of that state's government (USAGOV); «الخارجية» alone where two countries'
  ministries are named stays apart from both;
* «هيئة يوروستات», «مؤسسة غالوب», «لوكالة إيلنا للأنباء»: a body head and a foreign name no list holds are one
  organisation (entities/foreignbodies.py); not «هيئة حكم انتقالي», «هيئة مفوضة», nor a name before its country
  adjective («وكالة دوجان التركية للأنباء»);
* «لكن حنيفة أمان وزير الخارجية الماليزي قال»: two name words that open a clause right before a role are a person
  (fullnames.names_before_role); not a noun phrase inside a clause («إن حماية أمان وزير الخارجية أولوية»).
"""

from __future__ import annotations

from typing import Any

from conftest import analyze_news


def _entity(doc: Any, word: str) -> Any:
    """The entity one of whose mentions starts where ``word`` first occurs (None: none)."""
    at = doc.text.index(word)
    return next((e for e in doc.entities if any(s.start == at for s in e.mentions)), None)


def _speakers(doc: Any) -> list[str | None]:
    names = {e.id: e.name for e in doc.entities}
    return [names.get(q.speaker) if q.speaker else None for q in doc.quotes]


# ------------------------------------------------------------------------------ a ministry's short form
_TREASURY = ("فرضت وزارة الخزانة الأميركية أمس عقوبات على شركتين في دبي. ويوضح بيان أصدرته الخزانة الأميركية "
             "أن الشركتين مولتا جماعات مسلحة في سوريا.")


def test_treasury_short_form_is_the_ministry_named_before() -> None:
    doc = analyze_news(_TREASURY)
    full, short = _entity(doc, "وزارة الخزانة"), _entity(doc, "الخزانة الأميركية أن")
    assert full is not None and full.name == "وزارة الخزانة الأميركية" and full.actor == "USAGOV"
    assert short is full
    assert _speakers(doc) == ["وزارة الخزانة الأميركية"]


def test_treasury_short_form_alone_is_the_state_government() -> None:
    e = _entity(analyze_news("وأعلنت الخزانة الأميركية أمس فرض عقوبات على ثلاثة رجال أعمال."), "الخزانة")
    assert e is not None and e.name == "الخزانة الأميركية" and e.actor == "USAGOV"


def test_bare_foreign_ministry_between_two_states_stays_apart() -> None:
    doc = analyze_news("قالت وزارة الخارجية الأميركية إن المحادثات مستمرة، بينما قالت وزارة الخارجية الروسية إن "
                       "موسكو ترفض ذلك. وأضافت الخارجية أن الحوار هو الحل.")
    assert _speakers(doc) == ["وزارة الخارجية الأميركية", "وزارة الخارجية الروسية", None]


# ------------------------------------------------------------------------------ a body with a foreign name
def test_agency_with_a_foreign_name_is_a_body_and_speaks() -> None:
    doc = analyze_news("وأوضحت إحصاءات أعلنتها هيئة يوروستات التابعة للاتحاد الأوروبي أن معدل البطالة بلغ 11 في "
                       "المائة.")
    e = _entity(doc, "هيئة يوروستات")
    assert e is not None and e.type == "ORGANIZATION" and e.name == "هيئة يوروستات"
    assert _speakers(doc) == ["هيئة يوروستات"]


def test_foundation_and_news_agency_with_foreign_names() -> None:
    doc = analyze_news("وكشف استطلاع أجرته مؤسسة غالوب أن الأغلبية تؤيد الاتفاق، وفقا لوكالة إيلنا للأنباء.")
    assert [e.name for e in doc.entities if e.type == "ORGANIZATION"] == ["مؤسسة غالوب", "وكالة إيلنا للأنباء"]


def test_common_words_after_a_body_head_are_no_name() -> None:
    doc = analyze_news("ودعا البيان إلى تشكيل هيئة حكم انتقالي، وهي هيئة مفوضة من قبل الطرفين.")
    assert [e.name for e in doc.entities if e.type == "ORGANIZATION"] == []


def test_agency_before_its_country_adjective_keeps_its_country() -> None:
    doc = analyze_news("وأفادت وكالة دوجان التركية للأنباء أن اثنين من المسلحين قتلا.")
    e = _entity(doc, "دوجان")
    assert e is not None and e.name == "دوجان" and e.actor == "TURMED"


# ------------------------------------------------------------------------------ a person before his office
def test_name_opening_a_clause_before_his_office_is_a_person() -> None:
    doc = analyze_news("وقالت الصين إنها لا ترغب في إثارة القضية. لكن حنيفة أمان وزير الخارجية الماليزي قال إن "
                       "دول الرابطة اتفقت على ضبط النفس.")
    e = _entity(doc, "حنيفة")
    assert e is not None and e.type == "PERSON" and e.name == "حنيفة أمان"
    assert _speakers(doc)[-1] == "حنيفة أمان"


def test_noun_phrase_inside_a_clause_before_an_office_is_no_person() -> None:
    doc = analyze_news("وقالت المصادر إن حماية أمان وزير الخارجية أولوية.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == []
