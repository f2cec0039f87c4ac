"""Round 47 of real news: an inquiry board and the verb of achieving are no inquiry, an inquiry asked for is
planned; bombs disposed of by security forces are no bombing; students storming a ministry in protest protest
violently (145); a rhetorical «يكفي» + masdar is no event; a meeting told again by its definite masdar is one
event."""

from __future__ import annotations

from conftest import analyze_news, news_codes as _codes, news_triggers as _triggers


def _modes(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.modality) for e in doc.events]


def test_an_inquiry_board_is_no_inquiry() -> None:
    assert not any(c == "090" for _, c in _codes("وقال مجلس التحقيق في حوادث القطارات إن العطل فني."))
    assert not any(c == "090" for _, c in _codes("وأوضحت لجنة التحقيق في الكارثة أن التقرير جاهز."))
    # an inquiry opened stays one
    assert ("تحقيقا في", "090") in _codes("وفتحت النيابة تحقيقا في الحادث أمس.")


def test_achieving_is_no_inquiry() -> None:
    assert not any(c == "090" for _, c in _codes("وأشار إلى أن التضخم حقق في فرنسا أعلى نسبة له."))
    assert not any(c == "090" for _, c in _codes("وحقق المنتخب في المباراة الأولى فوزا كبيرا."))
    # an official subject or a matter of inquiry: investigated
    assert ("وحققت", "090") in _codes("وحققت الشرطة في الحادث أمس.")
    assert ("يحقق في", "090") in _codes("وقال المسؤول إن الفريق يحقق في مقتل الصحفي.")


def test_an_inquiry_asked_for_is_planned() -> None:
    assert ("تحقيق في", "planned") in _modes("ودعا النائب إلى فتح تحقيق في مقتل المتظاهرين.")
    assert ("تحقيق في", "planned") in _modes("واقترح المجلس إجراء تحقيق في الحادث.")
    assert ("تحقيقا في", "asserted") in _modes("وفتحت النيابة تحقيقا في الحادث أمس.")


def test_bombs_disposed_of_are_no_bombing() -> None:
    assert not any(c.startswith("18") for _, c in _codes("وفجرت قوات الأمن 120 عبوة ناسفة بعد العثور عليها."))
    assert not any(c.startswith("18") for _, c in
                   _codes("وأعلن القائد عن تفكيك وتفجير ثلاثة منازل و80 عبوة ناسفة جنوب المدينة."))
    # a bombing that kills stays one
    assert any(c.startswith("18") for _, c in _codes("وفجر انتحاري عبوة ناسفة في السوق فقتل 10 أشخاص."))
    assert any(c.startswith("18") for _, c in _codes("وقتل جنديان في تفجير عبوة ناسفة بدوريتهما."))


def test_students_storming_in_protest_is_a_protest() -> None:
    codes = _codes("واقتحم طلاب مبنى الوزارة احتجاجا على القرار.")
    assert ("واقتحم", "145") in codes and not any(c == "190" for _, c in codes)
    assert ("واقتحم", "145") in _codes("واقتحم المحتجون مقر البرلمان أمس.")
    assert len(codes) == 1  # «احتجاجا» is the storming's purpose
    assert ("واقتحم", "190") in _codes("واقتحم مسلحون مبنى الوزارة أمس.")


def test_a_rhetorical_enough_is_no_event() -> None:
    assert _codes("يكفي تنديدا واستنكارا.") == []
    assert not any(c == "111" for _, c in _codes("وقال إنه كفى شجبا وإدانة."))
    assert any(c == "111" for _, c in _codes("وعبر الوزير عن إدانته واستنكاره للهجوم على السفارة."))


def test_a_reception_told_again_is_one_event() -> None:
    text = ("استقبل الأمير فيصل بن سلمان في مكتبه اليوم سفير اليابان لدى المملكة. وجرى خلال الاستقبال "
            "استعراض العلاقات الثنائية. حضر الاستقبال وكيل الإمارة.")
    hosts = [c for _, c in _codes(text) if c == "043"]
    assert len(hosts) == 1
    assert _triggers(text).count("الاستقبال") == 2
    text = "التقى الرئيس المصري وزير الخارجية الأمريكي في القاهرة أمس. وبحث اللقاء العلاقات بين البلدين."
    assert [c for _, c in _codes(text) if c == "040"] == ["040"]
    # another meeting with its own party stays apart
    text = "التقى الرئيس المصري وزير الخارجية الأمريكي أمس. والتقى الوزير لاحقا رئيس الوزراء المصري."
    assert len([c for _, c in _codes(text) if c == "040"]) == 2


def test_a_surname_after_a_verb_of_saying_is_no_meeting() -> None:
    assert not any(c == "040" for _, c in _codes("وشدد التقي، وهو باحث سياسي، على ضرورة الحل."))
    assert ("والتقى", "040") in _codes("والتقى الرئيس رئيس الوزراء أمس.")


def test_a_consequence_that_threatens_is_no_threat() -> None:
    assert not any(c.startswith("13") for _, c in _codes("وتعثرت المحادثات مما يهدد بانهيار الحكومة."))
    assert any(c.startswith("13") for _, c in _codes("وهدد الرئيس بإقالة الحكومة أمس."))


def test_the_wounded_among_others_are_no_attack() -> None:
    assert not any(c.startswith("19") for _, c in _codes("ووصل ألف لاجئ إلى الحدود بينهم الكثير من الجرحى."))
    assert any(c.startswith("19") for _, c in _codes("وأسفر القصف عن سقوط الكثير من الجرحى."))


def test_hit_in_a_vital_spot_and_an_assault_on_freedoms_are_idioms() -> None:
    assert not any(c.startswith("19") for _, c in _codes("وقال إن الاتفاق أصاب خصوم البلاد في مقتل."))
    assert ("وأصاب", "190") in _codes("وأصاب القناص الجندي في رأسه أمس.")
    assert not any(c.startswith("19") for _, c in _codes("وشملت التهم الاعتداء على الحريات العامة للمواطنين."))
    assert any(c.startswith("19") for _, c in _codes("وشملت التهم الاعتداء على رجال الشرطة أمس."))
