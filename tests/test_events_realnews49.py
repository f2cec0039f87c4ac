"""Round 49 of real news: non-events and a few codes. A finding, a step or a state of affairs that affirms or
threatens is no actor stating or threatening; a view agreed on («اتفق على أنّ» + a nominal clause) is no accord;
a statement or a petition signed is no agreement; a habit («... عندما يزور») tells no event; an act after a word
of possibility («يمكن ...، على سبيل المثال، أن») is not asserted; aid, craft, weapons or troops that arrive make no
visit; the wounded captured with another number are no attack; «خلال اللقاء» tells again the nearest meeting;
«وفقا لما أعلنته» (according to what was announced) negates nothing; «الاجتماع المقبل» is planned."""

from __future__ import annotations

from conftest import analyze_news, news_codes as _codes


def _modes(text: str) -> list[tuple[str, str, str]]:
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.code, e.modality) for e in doc.events]


def test_a_finding_or_a_state_that_affirms_is_no_statement() -> None:
    assert not any(c == "010" for _, c in _codes("وقال المحامي إن تقارير طبية تؤكد تعرض المعتقل للتعذيب."))
    assert not any(c == "010" for _, c in _codes("وتؤكد الأدلة أن الطائرة سقطت بسبب عطل فني."))
    assert [t for t, _, _ in _modes("وأعلن الرئيس العفو عن السجناء، مما يؤكد رغبته في المصالحة.")] == ["وأعلن"]
    # a person who affirms stays one, a fronted phrase before the verb notwithstanding
    assert any(c == "010" for _, c in _codes("وفي خطوة مفاجئة أكد الرئيس أن الانتخابات ستجرى في موعدها."))
    assert any(c == "010" for _, c in _codes("وفي خطوة مفاجئة يؤكد الرئيس أن الانتخابات ستجرى في موعدها."))
    assert any(c == "010" for _, c in _codes("وأكد الوزير أن الوضع مستقر."))


def test_a_state_of_affairs_that_threatens_is_no_threat() -> None:
    assert not any(c.startswith("13") for _, c in _codes("وقال إن حالة من الاضطراب تهدد بانقسام الحزب."))
    assert not any(c.startswith("13") for _, c in
                   _codes("وتتعلق التحقيقات بفضيحة فساد كبيرة تتعلق باختلاس أموال وتهدد رئيس الحكومة."))
    assert not any(c.startswith("13") for _, c in _codes("وتتراكم النفايات في الشوارع ما يهدد بانفجار أزمة بيئية."))
    assert any(c.startswith("13") for _, c in _codes("وقال إن المسلحين يحاصرون القرية ويهددون سكانها."))


def test_a_view_agreed_on_is_no_accord() -> None:
    assert _codes("وقال الوزير: نتفق جميعا على أن الحل السياسي هو الطريق الوحيد.") == []
    assert not any(c == "030" for _, c in _codes("واتفقوا على أنه لا بديل عن الحل السياسي."))
    # an act agreed on stays an accord
    assert any(c == "030" for _, c in _codes("واتفق الطرفان على أن يعقد الاجتماع المقبل في القاهرة."))
    assert any(c == "030" for _, c in _codes("واتفق الجانبان على وقف إطلاق النار."))


def test_a_statement_signed_is_no_agreement() -> None:
    assert not any(c == "057" for _, c in _codes("وقالت المنظمات التي وقعت على البيان إن القانون يقيد الحريات."))
    assert not any(c == "057" for _, c in _codes("وقالت الأحزاب التي وقعت على العريضة إنها ستواصل الضغط."))
    assert any(c == "057" for _, c in _codes("وقالت الأطراف التي وقعت على الاتفاقية إنها ستلتزم بها."))


def test_a_habit_is_no_event() -> None:
    assert _codes("وقال إن الدول الأوروبية تنظم تظاهرات للمعارضة عندما يزور كبار المسؤولين بلادها.") == []
    assert not any(c.startswith("17") for _, c in _codes("والشرطة تعتقل الناشطين كلما تظاهروا في الميدان."))
    # a protest told in the past, and a meeting to come, stay
    assert any(c.startswith("14") for _, c in _codes("وخرج المحتجون إلى الشوارع عندما زار الرئيس المدينة."))
    assert any(c == "040" for _, c in _codes("وقال إنه يعتزم بحث الأزمة عندما يلتقي نظيره الروسي في الدوحة."))


def test_an_act_that_may_be_is_not_asserted() -> None:
    assert ("يطالبوا", "100", "hypothetical") in _modes(
        "ويمكن لحاملي الأسهم، على سبيل المثال، أن يطالبوا بتعويضات.")
    assert ("يهاجم", "190", "hypothetical") in _modes("يمكن أن يهاجم المسلحون المدينة.")
    assert ("غارات", "195", "hypothetical") in _modes("ومن الممكن أن تشن الطائرات غارات جديدة.")
    assert ("نوقع على", "057", "negated") in _modes("وقال إنه لا يمكن أن نوقع على اتفاقية بهذا الشكل.")
    # talks that go on are no act that may be
    assert ("المفاوضات", "046", "reported") in _modes("وقال إنه لا يمكن أن تستمر هذه المفاوضات إلى ما لا نهاية.")


def test_things_that_arrive_make_no_visit() -> None:
    assert _codes("وقال إن المساعدات الإغاثية التي تصل إلى اليمن تكفي.") == []
    assert not any(c == "042" for _, c in _codes("وأكد القائد أن مدى الصواريخ وقذائف المدفعية لن يصل إلى مدينة عدن."))
    assert _codes("ووصلت قوات سعودية إلى عدن أمس.") == []
    assert any(c == "042" for _, c in _codes("ووصل الوزير إلى عدن على متن طائرة سعودية."))


def test_the_wounded_captured_with_another_number_are_no_attack() -> None:
    text = "وفر العشرات من المسلحين من الجبهة، إضافة إلى أسر عدد آخر من المقاتلين والجرحى."
    assert not any(c.startswith("19") for _, c in _codes(text))
    assert any(c.startswith("19") for _, c in _codes("وأسفر الهجوم عن سقوط عدد آخر من القتلى والجرحى."))


def test_security_targeted_is_no_attack() -> None:
    assert not any(c.startswith("19") for _, c in _codes("ورفضت تونس المشاركة في أي مشروع يستهدف أمن الجزائر."))
    assert any(c.startswith("19") for _, c in _codes("واستهدفت الطائرات مواقع المسلحين."))


def test_during_the_meeting_tells_the_nearest_meeting() -> None:
    doc = analyze_news("التقى الوزير نظيره الفرنسي في باريس أمس. واستقبل الأمير سفير اليابان في مكتبه اليوم. "
                       "وجرى خلال اللقاء بحث العلاقات الثنائية.")
    told = {e.code: [doc.text[t.start : t.end] for t in e.triggers] for e in doc.events}
    assert told.get("043") == ["واستقبل", "اللقاء"]
    assert told.get("040") == ["التقى"]


def test_according_to_what_was_announced_is_no_negation() -> None:
    assert ("أعلنته", "010", "asserted") in _modes("وارتفعت الصادرات بنسبة كبيرة، وذلك وفقا لما أعلنته وزارة التجارة.")
    # «لما» + an imperfect: not yet
    assert ("يصل إلى", "042", "negated") in _modes("وقال إن الوفد لما يصل إلى القاهرة بعد.")


def test_a_meeting_to_come_is_planned() -> None:
    assert ("الاجتماع", "040", "planned") in _modes("وقال إن الاجتماع المقبل سيحدد الموقف من الأمير الجديد.")
    assert ("مفاوضات", "046", "planned") in _modes(
        "وحذر من أن التصرفات ستفسد أجواء «مفاوضات السلام» المرتقبة في أديس أبابا.")
    assert ("اجتماعا", "040", "asserted") in _modes("وعقد الوزيران اجتماعا أمس في القاهرة.")
