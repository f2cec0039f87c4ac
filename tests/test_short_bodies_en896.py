"""A body named by its full name and again without its last words is one entity (round en896:
``rasd.entities.qualifiedbodies``); two bodies sharing a short name, a place adjective or a preposition keep them apart,
and so do two persons of one family name."""

from __future__ import annotations

from conftest import analyze_news, entity_named, news_quote_rows


def _mentions(doc, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[m.start : m.end] for m in entity_named(doc, name).mentions]


def test_party_named_without_its_creed_adjective_is_the_party() -> None:
    text = ("أعلن حزب الدعوة الإسلامية في بغداد أمس أنه سيشارك في الحكومة الجديدة. "
            "وقال متحدث باسم حزب الدعوة إن الحزب يرفض أي تأجيل للانتخابات.")
    doc = analyze_news(text)
    assert "حزب الدعوة" not in [e.name for e in doc.entities]
    assert "حزب الدعوة" in _mentions(doc, "حزب الدعوة الإسلامية")
    rows = news_quote_rows(text)
    assert [r[1] for r in rows if r[0] == "وقال"] == ["حزب الدعوة الإسلامية"]


def test_election_committee_named_without_its_level_is_the_committee() -> None:
    doc = analyze_news("قررت اللجنة العليا للانتخابات البرلمانية تأجيل موعد الاقتراع أسبوعين. "
                       "وقال رئيس اللجنة العليا للانتخابات إن القرار جاء لأسباب فنية.")
    assert "اللجنة العليا للانتخابات" not in [e.name for e in doc.entities]


def test_short_name_the_text_runs_on_over_is_another_body() -> None:
    # «المعهد الملكي» is cut from «المعهد الملكي للإدارة الترابية»: not the police institute named after it
    doc = analyze_news("تخرج أمس طلاب المعهد الملكي للإدارة الترابية والمعهد الملكي للشرطة في الرباط بحضور وزير "
                       "الداخلية.")
    assert _mentions(doc, "المعهد الملكي للشرطة") == ["المعهد الملكي للشرطة"]


def test_regional_adjective_names_another_body() -> None:
    # «الجنوبية» names the south's own force: no tail a short form leaves off
    doc = analyze_news("أعلنت المقاومة الشعبية الجنوبية في عدن سيطرتها على المطار. "
                       "وقال قائد في المقاومة الشعبية إن المعارك مستمرة في تعز.")
    assert _mentions(doc, "المقاومة الشعبية الجنوبية") == ["المقاومة الشعبية الجنوبية"]
    assert "المقاومة الشعبية" in [e.name for e in doc.entities]


def test_preposition_tail_names_a_branch() -> None:
    doc = analyze_news("تبنى تنظيم القاعدة في جزيرة العرب الهجوم على الثكنة. "
                       "وكان تنظيم القاعدة قد هدد بشن هجمات جديدة.")
    assert "تنظيم القاعدة" not in _mentions(doc, "تنظيم القاعدة في جزيرة العرب")


def test_two_men_of_one_family_name_stay_two_persons() -> None:
    # a right split the rule must not touch: two brothers, one surname
    doc = analyze_news("التقى رئيس الوزراء الباكستاني نواز شريف أمس وزير الدفاع. "
                       "وقال شهباز شريف، رئيس حكومة إقليم البنجاب، إن الاجتماع كان مثمرا.")
    names = [e.name for e in doc.entities if e.type == "PERSON"]
    assert "نواز شريف" in names and "شهباز شريف" in names


def test_father_and_son_of_one_family_name_stay_two_persons() -> None:
    doc = analyze_news("قال الرئيس السوري بشار الأسد في خطاب أمس إن بلاده صامدة، "
                       "مستعيدا ذكرى والده الرئيس الراحل حافظ الأسد الذي حكم البلاد ثلاثين عاما.")
    names = [e.name for e in doc.entities if e.type == "PERSON"]
    assert "بشار الأسد" in names and "حافظ الأسد" in names
