"""Round 232: an act noun after a demonstrative («هذه الغارات», «ذلك الاجتماع») tells again the act of its word
told before: one event with both triggers, the earlier's code, parties, place, date and modality."""

from conftest import analyze_news, named_role


def _triggers(doc, word: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The trigger texts of each event one of whose triggers is ``word`` (its every occurrence)."""
    out = []
    for e in doc.events:
        texts = [doc.text[t.start : t.end] for t in e.triggers]
        if any(word in x for x in texts):
            out.append(texts)
    return out


def test_raids_told_again_are_one_event() -> None:
    text = ("شنت الطائرات التركية غارات على مواقع لتنظيم داعش في سوريا أمس. "
            "وقال مسؤول إن هذه الغارات أسفرت عن مقتل عشرة مسلحين.")
    doc = analyze_news(text)
    assert _triggers(doc, "غارات") == [["غارات", "الغارات", "مقتل"]]  # round ev312: the toll of the raids joins them
    ev = next(e for e in doc.events if e.code.startswith("19"))
    assert doc.entity(ev.source).name == "الطائرات التركية"  # type: ignore[union-attr]
    assert ev.modality == "asserted"


def test_meeting_told_again_after_that() -> None:
    text = ("عقد وزير الخارجية الفرنسي اجتماعا مع قادة حزب نداء تونس في العاصمة أمس. "
            "وكان الوزير قد وصف في ذلك الاجتماع الوضع في المنطقة بالخطير.")
    doc = analyze_news(text)
    assert _triggers(doc, "اجتماع") == [["اجتماعا", "الاجتماع"]]


def test_counter_that_said_before_a_plural() -> None:
    # «يضاف إلى ذلك الزيارات»: «ذلك» is «besides that», it does not point at the visits
    text = ("زار وزير الخارجية الكويتي بغداد أمس. "
            "يضاف إلى ذلك الزيارات المتبادلة بين مسؤولي البلدين في الأعوام الماضية.")
    doc = analyze_news(text)
    assert all(len(t) == 1 for t in _triggers(doc, "الزيارات"))


def test_counter_such_an_act() -> None:
    # «مثل هذه الزيارة»: such a visit, no act told before
    text = ("زار الرئيس الروسي شبه جزيرة القرم أمس. "
            "وقالت المتحدثة إن مثل هذه الزيارة يجب الاتفاق عليها أولا مع كييف.")
    doc = analyze_news(text)
    assert all(len(t) == 1 for t in _triggers(doc, "الزيارة"))


def test_counter_no_act_of_its_word_before() -> None:
    # the negotiations were never told: the noun stays an event of its own
    text = ("التقى وزير الخارجية الأميركي نظيره الإيراني في فيينا أمس. "
            "وقال السيناتور إن «هذه المفاوضات طريقة مبطنة لحصول إيران على سلاح نووي».")
    doc = analyze_news(text)
    assert all(len(t) == 1 for t in _triggers(doc, "المفاوضات"))


def test_counter_planned_act_before() -> None:
    # an act planned (or ruled out) before is not the talks said to go on
    text = ("وقال الرئيس إنه لا سبب لإرسال وفد إلى أديس أبابا للتفاوض في الأيام المقبلة. "
            "وقال المبعوث إنه لا يمكن أن تستمر هذه المفاوضات إلى ما لانهاية.")
    doc = analyze_news(text)
    assert all(len(t) == 1 for t in _triggers(doc, "التفاوض")) and all(
        len(t) == 1 for t in _triggers(doc, "المفاوضات"))


def _clash(text: str) -> tuple[str | None, str | None]:
    """(source name, target name) of the first clash noun «اشتباكات» of a hand-made text."""
    doc = analyze_news(text)
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "اشتباكات")
    names = {x.id: x.name for x in doc.entities}
    return names.get(ev.source or ""), names.get(ev.target or "")


def test_between_it_and_named_side() -> None:
    # «بينها»: the doer of the act told before in the sentence; «وبين X»: the side named
    text = "وهاجمت جبهة النصرة مقرا للفرقة 30، ووقعت اشتباكات بينها وبين الجيش السوري."
    assert _clash(text) == ("جبهة النصرة", "الجيش السوري")


def test_counter_between_it_with_no_act_before() -> None:
    # the sentence tells no act with a named doer before the clash: the pronoun's referent is not clear
    text = "وهاجمت جبهة النصرة مقرا للفرقة 30. ووقعت اشتباكات بينها وبين الجيش السوري."
    assert _clash(text)[1] is None


def test_counter_between_it_and_the_doer_itself() -> None:
    # the side named after «وبين» is the doer told before: no pair to read
    text = "وهاجم الجيش السوري مقرا للفرقة 30، ووقعت اشتباكات بينها وبين الجيش السوري."
    assert _clash(text) != ("الجيش السوري", "الجيش السوري")


def _seize_source(text: str) -> str | None:
    """The source of the seizure «السيطرة»: the entity's name, or the unresolved phrase in brackets."""
    doc = analyze_news(text)
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "السيطرة")
    names = {x.id: x.name for x in doc.entities}
    if named_role(doc, ev.source) is not None:  # (a GROUP of the phrase reads as the phrase)
        return names[ev.source]
    phrase = ev.attrs.get("source_text")
    return f"[{phrase}]" if phrase else None


def test_able_subject_past_during_pronoun() -> None:
    # «تمكنت خلالها المقاومة من السيطرة»: «خلالها» tells when; the one able is the subject after it
    text = ("وشهدت المنطقة خلال الساعات الماضية مواجهات عنيفة، تمكنت خلالها المقاومة والقوات الموالية للحكومة "
            "من السيطرة على المديرية بشكل كامل.")
    assert _seize_source(text) == "[المقاومة]"


def test_counter_during_pronoun_with_no_subject() -> None:
    # no subject after «خلالها»: none is read
    text = "وشهدت المنطقة مواجهات عنيفة، تمكنت خلالها من السيطرة على المديرية بشكل كامل."
    assert _seize_source(text) is None
