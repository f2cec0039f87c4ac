"""Round ev352: which events and their modality and dedup.

Aid given with the giver between the verb and the aid («وقدمت الكويت قروضا لمصر») is aid (07x) from the giver to
the «لـ» object; a trigger the lexicon read as a verb right after a charge link («بتهمة قتل جندي») is a charge, told
as reported; an act noun after a demonstrative («في هذه الغارات») joins the act told before where that act's nearest
trigger is a later word the dedup joined to it, and where a state and its armed forces are the doers told before.
"""

from __future__ import annotations

from conftest import analyze_news, event_arg, news_arg, news_modality

GAP = (" وقال الجيش إن جنديا جرح. وأضاف المتحدث أن القافلة كانت تمر على الطريق. وتابع أن الوضع هادئ."
       " وأوضح أن التحقيق مستمر.")


def _aid(text: str) -> list[tuple[str, str, str]]:
    doc = analyze_news(text)
    return [(e.code, event_arg(doc, e, "source"), event_arg(doc, e, "target")) for e in doc.events
            if e.code.startswith("07")]


def test_aid_given_with_the_giver_between() -> None:
    assert _aid("وقدمت الكويت قروضا ميسرة لمصر بقيمة مليار دولار.") == [("070", "الكويت", "مصر")]
    assert _aid("قدمت السعودية مساعدات عاجلة إلى اليمن.") == [("070", "السعودية", "اليمن")]
    assert [c for c, _, _ in _aid("وقدمت مساعدات كبيرة لليمن.")] == ["070"]


def test_other_things_offered_are_no_aid() -> None:
    assert _aid("وقدمت المنظمة شكوى إلى مجلس الأمن.") == []
    assert _aid("وقدمت الحكومة استقالتها إلى الرئيس.") == []
    assert _aid("وقدمت الدراسة منحا جديدا للبحث.") == []  # a thing, not a body, «gives»


def test_a_charge_read_as_a_verb_is_reported() -> None:
    assert news_modality("واعتقلت الشرطة ثلاثة رجال بتهمة قتل جندي في الموصل.", "قتل") == "reported"
    # a killing told on its own is done
    assert news_modality("وقتل الجنود ثلاثة مسلحين في الموصل.", "وقتل") == "asserted"


def _raid_triggers(text: str) -> list[list[str]]:
    doc = analyze_news(text)
    return [[doc.text[t.start : t.end] for t in e.triggers] for e in doc.events if e.code.startswith("19")
            and e.code != "190"]


def test_demonstrative_joins_the_act_at_its_latest_trigger() -> None:
    text = ("قتل جندي في انفجار اليوم، فيما يتعرض المتمردون لغارات مكثفة يشنها الطيران التركي على قواعدهم في الجبال."
            + GAP + " من جهته، ينفذ الطيران التركي يوميا غارات مكثفة على مواقع للمتمردين في الجبال، وقتل 50 مقاتلا"
            " في هذه الغارات بحسب أنقرة.")
    assert _raid_triggers(text) == [["لغارات", "غارات", "الغارات"]]


def test_demonstrative_past_a_state_and_its_forces() -> None:
    told = ("وتشن تركيا منذ أسابيع غارات جوية على مواقع المتمردين في الجبال. وانتقد الوزير الغارات الجوية التي"
            " تنفذها الطائرات {} على القرى. وقال المتحدث إن انتقادات الوزير حيال هذه الغارات غير مقبولة.")
    assert _raid_triggers(told.format("التركية")) == [["غارات جوية"], ["الغارات الجوية", "الغارات"]]
    # two states' raids told before: which one «هذه الغارات» means is not clear
    assert _raid_triggers(told.format("الروسية")) == [["غارات جوية"], ["الغارات الجوية"], ["الغارات"]]


def test_a_two_word_aid_trigger_in_lam_is_an_aim() -> None:
    text = "ووعد الرئيس بأن تبذل الحكومة ما بوسعها لتقديم المساعدات للمتضررين."
    assert news_modality(text, "لتقديم") == "planned"
    # a past move to act tells the act done (round 245b)
    assert news_modality("وسارعت الدول لتقديم المساعدات للمتضررين.", "لتقديم") == "asserted"


def test_a_standing_support_and_a_barred_giver_give_no_aid_done() -> None:
    # the present tells what a body does as a rule, no act of a day
    assert _aid("وتقدم المنظمة المساعدة والحماية لنحو خمسة ملايين لاجئ.") == []
    # barred from giving: not done
    assert news_modality("وما زال الصندوق ممنوعا من تقديم قروض للصومال.", "تقديم") == "negated"
    assert news_modality("والوزير ممنوع من زيارة الضفة الغربية.", "زيارة") == "negated"
    assert news_modality("وقرر الصندوق تقديم قروض للصومال.", "تقديم") != "negated"


def test_an_attack_of_words_told_by_what_follows_hayth() -> None:
    doc = analyze_news("شنت المرشحة الديمقراطية أمس هجوما قويا على منافسها في السباق، حيث اتهمته بالفشل في إدارة"
                       " الولاية.")
    assert [e.code for e in doc.events] == ["111", "112"]
    doc = analyze_news("وكان الرئيس قد ساق الهجوم العلني على الحكومة المجاورة في القمة.")
    assert [e.code for e in doc.events] == ["111"]
    # an armed attack whose «حيث» clause tells killing stays an assault
    doc = analyze_news("شن المسلحون أمس هجوما قويا على مركز للشرطة، حيث قتلوا ثلاثة عناصر.")
    assert [e.code for e in doc.events] == ["190"]


def test_the_aim_of_aid_is_no_receiver() -> None:
    # review mend: «للإنعاش الاقتصادي» (a form IV masdar after «لـ») says what the loans are for, not who gets them
    text = "وقالت الوكالة إن الاتحاد الأوروبي سيقدم قروضا كبيرة في إطار «خطة يونكر» للإنعاش الاقتصادي."
    assert news_arg(text, "سيقدم", "target") != "للإنعاش الاقتصادي"
    # counter: a state after «لـ» is the receiver
    assert news_arg("وقدمت الكويت قروضا ميسرة لمصر العام الماضي.", "وقدمت", "target") == "مصر"
