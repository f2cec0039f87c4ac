"""Round 79 of real news: where a meeting was when its place is said in a clause linked to it. A relative clause of
taking place on the meeting noun («المحادثات مع الحكومة، التي عقدت أمس في الرياض»); the guest a reception is for
visiting a place («استقباله الوزير، الذي يزور العاصمة أبوظبي»); the destination of a journey the meeting is the
purpose of («التوجه إلى القاهرة للقاء»); the same talks told again in the next sentence («مباحثاتها ... في أثينا.
وأجرى الوزير أولى مباحثاته»); the next sentence saying where the meeting was held («وعقد اللقاء أمس في الدوحة»).
And a place of the clause before «، كما» is not where the act after it was. Counter-cases keep each rule narrow:
a null is better than a wrong place. Hand-made sentences; the sample's articles are dated 2015-08-02."""

from __future__ import annotations

from conftest import analyze_news, news_event, news_place


def test_a_relative_clause_of_taking_place_on_the_meeting_tells_where() -> None:
    text = "وتحدث الوزير عن المحادثات مع الحكومة اليمنية، التي عقدت أمس في الرياض."
    assert news_place(text, "المحادثات") == "الرياض"
    text = "وأشار المتحدث إلى اللقاءات مع هيئة المعارضة، التي جرت أخيرا في جنيف."
    assert news_place(text, "اللقاءات") == "جنيف"
    # a relative on another noun (a topic, not the partner phrase) says nothing of the meeting
    text = "وتحدث الوزير عن المحادثات بشأن الأزمة التي اندلعت العام الماضي في اليمن."
    assert news_place(text, "المحادثات") is None
    # a relative whose verb has an object is about the partner («الحكومة التي عقدت مؤتمرا»)
    text = "وتحدث الوزير عن المحادثات مع الحكومة اليمنية، التي عقدت مؤتمرا أمس في الرياض."
    assert news_place(text, "المحادثات") is None


def test_a_reception_is_where_its_guest_visits() -> None:
    text = "وبحث الأمير خلال استقباله أمس رئيس الحكومة اليمنية، الذي يزور العاصمة الإماراتية أبوظبي، تطورات الأوضاع."
    assert news_place(text, "استقباله") == "أبوظبي"
    text = ("وبحث الأمير خلال استقباله أمس رئيس الحكومة اليمنية، والوفد المرافق له، الذي يزور العاصمة الإماراتية "
            "أبوظبي، تطورات الأوضاع.")
    assert news_place(text, "استقباله") == "أبوظبي"
    # a visitor of another clause is not the guest
    text = "وبحث الأمير خلال استقباله أمس رئيس الحكومة اليمنية تطورات الأوضاع، وكان الوزير الذي يزور أبوظبي قد وصل."
    assert news_place(text, "استقباله") is None


def test_a_meeting_a_journey_is_for_is_where_it_goes() -> None:
    text = "وكان الوزير الأميركي أعلن عزمه التوجه إلى القاهرة للقاء وزراء الخارجية العرب."
    assert news_place(text, "للقاء") == "القاهرة"
    # a meeting not told as the journey's purpose («بعد لقاء»): no place from it
    text = "وكان الوزير الأميركي أعلن عزمه التوجه إلى القاهرة بعد لقاء وزراء الخارجية العرب."
    assert news_place(text, "لقاء") is None


def test_the_same_talks_in_the_next_sentence_keep_their_place() -> None:
    text = ("وتواصل الحكومة اليونانية مباحثاتها مع ممثلي الدائنين في أثينا. وأجرى وزير المالية أولى مباحثاته "
            "مع ممثل صندوق النقد الدولي.")
    doc, ev = news_event(text, "مباحثاته")
    assert next(e.name for e in doc.entities if e.id == ev.location) == "أثينا"
    # a new meeting («اجتماع», not «اجتماعه/الاجتماع») is another one
    text = "وعقد الرئيس اجتماعا مع الوزراء في القاهرة. وكان هناك اجتماع مع رئيس الوزراء."
    doc, ev = news_event(text, "اجتماع")
    later = [e for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == "اجتماع"
             and e.trigger.start > doc.text.index(".")]
    assert later and all(e.location is None for e in later)
    # a sentence that says a place of its own is not given the one before
    text = ("وتواصل الحكومة اليونانية مباحثاتها مع ممثلي الدائنين في أثينا. وأجرى وزير المالية أولى مباحثاته "
            "مع ممثل صندوق النقد الدولي في بروكسل.")
    assert news_place(text, "مباحثاته") == "بروكسل"


def test_the_next_sentence_tells_where_the_meeting_was_held() -> None:
    text = "وهيمنت الأزمة على اللقاء الثلاثي الذي جمع الوزراء الثلاثة. وعقد اللقاء مساء أمس في العاصمة القطرية الدوحة."
    assert news_place(text, "اللقاء") == "الدوحة"
    # another thing held there is not the meeting
    text = ("وهيمنت الأزمة على اللقاء الثلاثي الذي جمع الوزراء الثلاثة. وعقد الوزير مؤتمرا صحافيا مساء أمس في "
            "العاصمة القطرية الدوحة.")
    assert news_place(text, "اللقاء") is None


def test_a_place_of_the_clause_before_kama_is_not_the_acts() -> None:
    # (round mend627: «اللقاء» joins the talks «وبحث» as their second trigger: the event is looked up by any trigger)
    text = "وبحث الوزيران الوضع في اليمن، كما تناول اللقاء القضايا الراهنة."
    assert _place_by_any_trigger(text, "اللقاء") is None
    # one said in the act's own clause still is
    text = "وبحث الوزيران الوضع، كما تناول اللقاء في الرياض القضايا الراهنة."
    assert _place_by_any_trigger(text, "اللقاء") == "الرياض"


def _place_by_any_trigger(text: str, trigger: str) -> str | None:
    """The place name of the event one of whose triggers (its ``triggers`` list) is the text ``trigger``."""
    doc = analyze_news(text)
    ev = next(e for e in doc.events if any(doc.text[s.start : s.end] == trigger for s in e.triggers))
    return next((x.name for x in doc.entities if x.id == ev.location), None)
