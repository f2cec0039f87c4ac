"""Round lo935: a meeting told again by a referring noun («خلال اللقاء», «لقائها», «اجتماعنا هذا») takes the place
of the meeting or visit it retells, and a reception ceremony («مراسم استقبال») the place of the reception told just
before (``rasd.events.where_retold``); hand-made sentences."""

from __future__ import annotations

from conftest import analyze_news, news_event, news_place

# a lead with no meeting: the lead's meeting place (``where_lead``, round 252) is not what gives the place here
LEAD = "أعلنت الحكومة الأردنية دعمها الكامل للجهود المصرية في مكافحة الإرهاب.\n"


def test_the_meeting_told_again_is_where_the_meeting_was() -> None:
    text = (LEAD + "أكد الرئيس المصري عبد الفتاح السيسي لدى لقائه وزير الخارجية الأردني ناصر جودة أمس في القاهرة "
            "أهمية التنسيق بين البلدين.\n"
            "من جانبه، نقل ناصر جودة خلال اللقاء تحيات العاهل الأردني إلى الرئيس السيسي.")
    # session 54 (lo944): «خلال اللقاء» naming one side (Judeh) is now joined to «لقائه» (one event): the event that
    # holds it is still the meeting, at its place
    doc = analyze_news(text)
    ev = next(e for e in doc.events if any(t.start == text.index("اللقاء") for t in e.triggers))
    assert ev.code.startswith("04")
    assert next(x.name for x in doc.entities if x.id == ev.location) == "القاهرة"


def test_her_meeting_during_the_visit_is_in_the_visited_country() -> None:
    text = ("وكانت ألمانيا قد منحت المغرب مساعدة مالية، وذلك خلال زيارة قامت بها أورسولا فون ديرليان وزيرة "
            "الدفاع الألمانية إلى المغرب قبل أيام.\n"
            "وقالت إثر لقائها بالعاهل المغربي الملك محمد السادس إن الجيش الألماني سيقدم عتادا جديدا.")
    doc, ev = news_event(text, "لقائها")
    assert ev.code.startswith("04")
    assert news_place(text, "لقائها") == "المغرب"


def test_a_reception_ceremony_is_where_the_reception_was() -> None:
    text = ("وصل الأمير محمد بن نايف ولي العهد السعودي، اليوم، إلى العاصمة الأردنية عمان في زيارة رسمية.\n"
            "وكان في استقبال ولي العهد لدى وصوله المطار الأمير فيصل بن الحسين.\n"
            "وقد أجريت لولي العهد مراسم استقبال رسمية استعرض فيها حرس الشرف.")
    doc = analyze_news(text)
    ev = next(e for e in doc.events if e.trigger.start == text.rindex("استقبال"))
    # round ev957: the «لـ» phrase is the guest (it was left empty before), no host named
    assert ev.code == "043" and ev.source is None
    assert next(x.name for x in doc.entities if x.id == ev.target) == "محمد بن نايف"
    assert next(x.name for x in doc.entities if x.id == ev.location) == "عمان"


def test_no_carry_across_a_meeting_in_another_country() -> None:
    # another meeting, in another country, told between: a change of scene (a counter-case that must not change)
    text = (LEAD + "أكد الرئيس المصري عبد الفتاح السيسي لدى لقائه وزير الخارجية الأردني ناصر جودة أمس في القاهرة "
            "أهمية التنسيق بين البلدين.\n"
            "وفي باريس، التقى وزير الخارجية الفرنسي لوران فابيوس نظيره الأمريكي جون كيري.\n"
            "من جانبه، نقل ناصر جودة خلال اللقاء تحيات العاهل الأردني.")
    assert news_place(text, "اللقاء") is None


def test_no_carry_to_a_meeting_of_other_parties() -> None:
    # the meeting told before shares no party with this one: not the same meeting
    text = (LEAD + "أكد الرئيس المصري عبد الفتاح السيسي لدى لقائه وزير الخارجية الأردني ناصر جودة أمس في القاهرة "
            "أهمية التنسيق بين البلدين.\n"
            "وأعرب رئيس الوزراء العراقي حيدر العبادي خلال اجتماعه مع السفير الأمريكي عن قلقه من التطورات.")
    assert news_place(text, "اجتماعه") is None


def test_no_carry_after_a_time_of_another_day() -> None:
    # a time of another month told between: an earlier meeting of the same parties may be meant
    text = (LEAD + "أكد الرئيس المصري عبد الفتاح السيسي لدى لقائه وزير الخارجية الأردني ناصر جودة أمس في القاهرة "
            "أهمية التنسيق بين البلدين.\n"
            "وكان الوزيران قد اجتمعا في مايو الماضي على هامش اجتماعات الجامعة العربية.\n"
            "من جانبه، نقل ناصر جودة خلال اللقاء تحيات العاهل الأردني.")
    assert news_place(text, "اللقاء") is None
