"""Quotes: cues with clitics, direct/indirect speech, speakers by VSO, carry-over and gender agreement."""

from __future__ import annotations

from collections import Counter

from rasd.doc import Doc
from rasd.quotes import extract_quotes

from test_events import make_doc


def _q(doc: Doc) -> list[tuple[str, str | None, bool, str]]:
    nm = {e.id: e.name for e in doc.entities}
    return [
        (doc.text[q.cue.start : q.cue.end], nm.get(q.speaker or ""), q.direct, doc.text[q.content.start : q.content.end])
        for q in extract_quotes(doc)
    ]


ENTS = {"وزارة الخارجية": ("ORGANIZATION", ["وزارة الخارجية"]), "كريم سالم": ("PERSON", ["كريم سالم"])}


def test_indirect_vso_and_feminine_carry_over() -> None:
    doc = make_doc(
        "قالت وزارة الخارجية في بيان إن الوفد وصل. وقال كريم سالم إن الوضع هادئ. "
        "وأضافت أن المحادثات ستستمر.",
        ENTS,
    )
    got = _q(doc)
    assert got[0] == ("قالت", "وزارة الخارجية", False, "الوفد وصل")
    assert got[1] == ("وقال", "كريم سالم", False, "الوضع هادئ")
    # «وأضافت» is feminine: the ministry, not the man quoted last
    assert got[2][:3] == ("وأضافت", "وزارة الخارجية", False)


def test_direct_speech_and_scare_quotes() -> None:
    doc = make_doc('وقال كريم سالم "سنواصل العمل مع الشركاء حتى النهاية". وهاجم تنظيم "داعش" القرية.', ENTS)
    got = _q(doc)
    assert got == [("وقال", "كريم سالم", True, "سنواصل العمل مع الشركاء حتى النهاية")]


def test_participle_cue_takes_the_clause_speaker() -> None:
    doc = make_doc("وقال كريم سالم إن الوفد وصل، مشيرا إلى أن الاجتماع سيعقد غدا.", ENTS)
    got = _q(doc)
    assert [g[:2] for g in got] == [("وقال", "كريم سالم"), ("مشيرا", "كريم سالم")]
    assert got[0][3] == "الوفد وصل" and got[1][3] == "الاجتماع سيعقد غدا"


def test_title_after_cue_names_the_person() -> None:
    doc = make_doc("وقال وزير الخارجية الفرنسي كريم سالم في مؤتمر صحافي إن الدول أقرت بالخطر.", ENTS)
    assert _q(doc)[0][:2] == ("وقال", "كريم سالم")


def test_seed_quotes(seed_doc: Doc) -> None:
    nm = {e.id: e.name for e in seed_doc.entities}
    qs = [(nm.get(q.speaker or ""), q.direct) for q in seed_doc.quotes]
    c = Counter(s for s, _ in qs)
    assert c["وزارة الخارجية العراقية"] >= 3
    assert c["جون كيري"] >= 1
    assert sum(v for k, v in c.items() if k and "فابيوس" in k) >= 2
    assert sum(v for k, v in c.items() if k and "الجعفري" in k) >= 1
    assert sum(v for k, v in c.items() if k and "اوباما" in k) >= 3
    assert sum(1 for s, d in qs if d and s == "وزارة الخارجية العراقية") == 2
    for q in seed_doc.quotes:
        assert seed_doc.text[q.content.start : q.content.end].strip()


def test_according_to_and_reported_via_agency() -> None:
    ents = dict(ENTS, **{"الوكالة": ("ORGANIZATION", ["الوكالة"])})
    doc = make_doc("ارتفع عدد القتلى إلى عشرين، وفق ما قال كريم سالم. ونقلت الوكالة عن كريم سالم قوله إن الهجوم فشل.", ents)
    got = _q(doc)
    assert got[0] == ("وفق", "كريم سالم", False, "ارتفع عدد القتلى إلى عشرين")
    assert got[1] == ("ونقلت", "كريم سالم", False, "الهجوم فشل")


def test_short_quotation_after_a_cue_is_speech_but_a_quoted_name_is_not() -> None:
    ents = {**ENTS, "داعش": ("ORGANIZATION", ["داعش"])}
    doc = make_doc('وقال كريم سالم إن "الحل سياسي". وقال كريم سالم: «لن نتراجع». وقال كريم سالم إن "داعش" انسحب.', ents)
    got = _q(doc)
    assert got[0] == ("وقال", "كريم سالم", True, "الحل سياسي")
    assert got[1] == ("وقال", "كريم سالم", True, "لن نتراجع")
    # the name in scare quotes starts an indirect clause; its marks stay paired inside the content
    assert got[2] == ("وقال", "كريم سالم", False, '"داعش" انسحب')


def test_unnamed_sources_keep_their_words() -> None:
    from rasd import analyze

    doc = analyze("وقالت مصادر قضائية إن الحكم سيصدر الأسبوع المقبل. وقال الرئيس الفرنسي فرنسوا هولاند إن الحل سياسي.")
    out = doc.to_dict()["quotes"]
    first, second = out[0], out[1]
    assert first["speaker"] is None and first["speaker_text"]["text"] == "مصادر قضائية"
    assert doc.text[first["speaker_text"]["start"] : first["speaker_text"]["end"]] == "مصادر قضائية"
    assert second["speaker"] is not None and "speaker_text" not in second  # a named speaker needs no words


def test_unnamed_fund_and_a_tagger_named_official() -> None:
    from rasd import analyze

    text = ("أنهى صندوق النقد الدولي المراجعة الأخيرة لبرنامجه مع الأردن. وقال الصندوق إن البرنامج ساعد الأردن. "
            "ونقل البيان عن نائب مدير عام الصندوق ميتسوهيرو فوروساوا قوله إن الإصلاحات تحرز تقدما. "
            "وقال فوروساوا إن التحديات ما زالت قائمة.")
    doc = analyze(text, date="2015-08-01")
    imf = next(e for e in doc.entities if e.actor == "IGOIMF")
    fur = next(e for e in doc.entities if "فوروساوا" in e.name)
    assert fur.type == "PERSON" and not [e for e in doc.entities if e.name == "فوروساوا" and e is not fur]
    speakers = [q.speaker for q in doc.quotes]
    assert speakers[0] == imf.id  # «وقال الصندوق»: the fund named before
    assert speakers[1:] == [fur.id, fur.id]  # «نقل عن ... فوروساوا», then his surname alone


def test_in_accordance_with_a_rule_is_no_quote() -> None:
    import rasd

    doc = rasd.analyze("ودعا العطية الولايات المتحدة إلى إنهاء الاحتلال وفق قرارات الشرعية الدولية، ووفقا لمبدأ حل "
                       "الدولتين. وقال المتحدث إن المحادثات مستمرة، وفقا لما ذكرته وكالة الأنباء القطرية.")
    cues = [doc.text[q.cue.start : q.cue.end] for q in doc.quotes]
    assert "وفق" not in cues and "ووفقا" not in cues
    assert "وقال" in cues


def test_a_feminine_verb_before_a_name_tells_the_persons_gender() -> None:
    from rasd import analyze

    # neither title nor given name says «كاسلو» is a woman: «وقالت كاسلو» does, and «وأضافت» then carries to her,
    # not to the man quoted in between
    doc = analyze("وقال المستشار هلموت شميت إن الأزمة عميقة. وقالت نادين كاسلو إن برلين تتابع الأمر. "
                  "وأضاف شميت أن الحل ممكن. وأضافت أن الاجتماع مفيد.")
    people = {e.name: e.id for e in doc.entities if e.type == "PERSON"}
    assert [q.speaker for q in doc.quotes] == [people["هلموت شميت"], people["نادين كاسلو"],
                                              people["هلموت شميت"], people["نادين كاسلو"]]


def test_a_state_or_capital_before_the_verb_speaks() -> None:
    from rasd import analyze

    doc = analyze("اتفقت القوى العالمية على رفع العقوبات، لكن طهران تقول إن برنامجها سلمي. "
                  "وزار الرئيس الفرنسي مصر وقال إن العلاقات جيدة.")
    tehran = next(e for e in doc.entities if e.name == "طهران")
    egypt = next(e for e in doc.entities if e.name == "مصر")
    speakers = [q.speaker for q in doc.quotes]
    assert speakers[0] == tehran.id  # SVO: the capital speaks for its government
    assert speakers[1] != egypt.id  # «زار الرئيس مصر وقال»: the place visited is no speaker of a new clause


def test_a_day_after_the_cue_is_no_speaker() -> None:
    from rasd import analyze

    for date in (None, "2015-08-05"):  # without a date the times layer does not read «الاحد»: the cue still knows it
        doc = analyze("وكان المتحدث قد أكد الاحد أنه مستعد لحل سياسي. وقال اليوم إن الحوار مستمر.", date=date)
        texts = [q.get("speaker_text", {}).get("text") for q in doc.to_dict()["quotes"]]
        assert texts and not any(t in ("الاحد", "اليوم") for t in texts), texts


def test_a_day_after_the_cue_leaves_the_speaker_carried() -> None:
    from rasd import analyze

    doc = analyze("قال الرئيس الأميركي باراك أوباما أمس إن الحرب طويلة. وأضاف اليوم أن الحل سياسي.")
    speakers = [doc.entity(q.speaker).name if q.speaker else None for q in doc.quotes]
    assert speakers == ["باراك أوباما", "باراك أوباما"]


def test_considered_reports_a_view() -> None:
    from rasd import analyze

    doc = analyze("وعدّ بكري مصطفى، الباحث السياسي في مركز الدراسات، أن العلاقات متينة.")
    assert [(doc.entity(q.speaker).name if q.speaker else None, doc.text[q.content.start : q.content.end])
            for q in doc.quotes] == [("بكري مصطفى", "العلاقات متينة")]  # fmt: skip
    assert not [e for e in doc.events if e.code.startswith("03")]  # «و» + عدّ: a view, no promise
