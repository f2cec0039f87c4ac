"""Round ev726 (events.our_acts): a noun act that is the object of a first-person verb of doing inside quoted words
(«أننا نجري مباحثات», «أجرينا محادثات», «سنعقد اجتماعا», «قمنا بزيارة»: ``we_doing_verbs``) is done by the quote's
speaker (a person, or a group the ``groups`` stage makes later: «دبلوماسي أميركي»); never after a third person or a
passive («تجري الحكومة», «أجريت محادثات»), nor outside a quote (a columnist's «نحن نجري»)."""

from conftest import analyze_news, event_with_trigger_at


def _source(text: str, trigger: str) -> str:
    """The name of the entity that is the source of the event at ``trigger`` ("" where none)."""
    doc = analyze_news(text)
    ev = event_with_trigger_at(doc, trigger)
    ent = doc.entity(ev.source) if ev.source is not None else None
    return ent.name if ent is not None else ""


def _source_actor(text: str, trigger: str) -> str:
    """The actor code of the source of the event at ``trigger`` ("" where none)."""
    doc = analyze_news(text)
    ev = event_with_trigger_at(doc, trigger)
    ent = doc.entity(ev.source) if ev.source is not None else None
    return ent.actor or "" if ent is not None else ""


def test_talks_we_hold_are_the_unnamed_diplomat_s() -> None:
    text = "وقال دبلوماسي أميركي إنه «ليس هناك شك في أننا نجري مباحثات معمقة مع الإسرائيليين حول هذه القضية»."
    assert _source_actor(text, "مباحثات") == "USAGOV"


def test_talks_we_held_are_the_minister_s() -> None:
    text = "وقال وزير الخارجية الفرنسي لوران فابيوس: «أجرينا محادثات مع الجانب الإيراني حول البرنامج النووي»."
    assert _source(text, "محادثات") == "لوران فابيوس"


def test_talks_we_will_hold_are_the_secretary_s_not_the_verb() -> None:
    text = "وقال وزير الخارجية الأميركي جون كيري: «سنجري مباحثات مع الجانب الروسي الأسبوع المقبل»."
    assert _source(text, "مباحثات") == "جون كيري"


def test_consultations_we_hold_are_the_president_s() -> None:
    text = "وقال الرئيس الأميركي باراك أوباما: «نجري مشاورات مع حلفائنا في المنطقة»."
    assert _source(text, "مشاورات") == "باراك أوباما"


def test_counter_third_person_verb_gives_not_the_speaker() -> None:
    text = "وقال وزير الخارجية السعودي عادل الجبير إن «بلادي تجري مباحثات مع الجانب الروسي»."
    assert _source(text, "مباحثات") != "عادل الجبير"


def test_counter_passive_held_talks_give_not_the_speaker() -> None:
    text = "وقال وزير الخارجية الأميركي جون كيري: «أجريت محادثات بين الطرفين في جنيف الأسبوع الماضي»."
    assert _source(text, "محادثات") != "جون كيري"


def test_counter_columnist_we_outside_quotes_gives_no_source() -> None:
    text = "ونحن نجري مباحثات لا تنتهي مع الإسرائيليين منذ عقود دون نتيجة."
    assert _source(text, "مباحثات") == ""
