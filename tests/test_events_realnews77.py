"""Round 77 of real news: the parties of a meeting told as a noun. A meeting or talks noun with the article
(«اللقاء», «الاجتماع») or the dual pronoun («لقائهما»), with no party of its own, takes the two parties of the
meeting event told just before it, in its sentence or the one before, where that event names both and they are
persons or bodies (persons for «ـهما»). A null is better than a wrong party: nothing is carried from an event with
one party, from a place visited, or to an indefinite noun («اجتماع آخر»)."""

from __future__ import annotations

from conftest import news_arg

MET = "التقى الأمير محمد بن سلمان بالرئيس الفرنسي فرانسوا هولاند في باريس."


def test_the_definite_meeting_noun_takes_the_meeting_parties_from_the_sentence_before() -> None:
    text = MET + " وبحث اللقاء العلاقات الثنائية بين البلدين."
    assert news_arg(text, "اللقاء", "source") == "محمد بن سلمان"
    assert news_arg(text, "اللقاء", "target") == "فرانسوا هولاند"


def test_their_meeting_takes_the_two_persons_of_the_meeting_verb() -> None:
    text = "التقى الوزير عادل الجبير بنظيره الأمريكي جون كيري في جدة، وجرى خلال لقائهما استعراض العلاقات."
    assert news_arg(text, "لقائهما", "source") == "عادل الجبير"
    assert news_arg(text, "لقائهما", "target") == "جون كيري"


def test_an_indefinite_meeting_noun_takes_no_parties() -> None:
    text = MET + " وعقد اجتماع آخر في لندن."
    assert news_arg(text, "اجتماع", "source") == ""
    assert news_arg(text, "اجتماع", "target") == ""


def test_a_place_visited_is_no_party_to_the_meeting() -> None:
    text = "وصل الوزير عادل الجبير إلى القاهرة. وبحث الاجتماع الأوضاع في اليمن."
    assert news_arg(text, "الاجتماع", "source") == ""
    assert news_arg(text, "الاجتماع", "target") == ""


def test_a_meeting_event_with_one_party_gives_none() -> None:
    # round ev879: the reception names one party only, but «ـهما» stands for the two persons named just before it
    # (events.dual_meetings): the king and the president, no longer a null; with one person named it stays a null
    # (test_meeting_parties_ev879.test_dual_pronoun_with_one_person_named_guesses_no_one)
    text = "استقبل الملك سلمان بن عبدالعزيز الرئيس المصري عبدالفتاح السيسي في الرياض، وجرى خلال لقائهما استعراض العلاقات."
    assert news_arg(text, "لقائهما", "source") == "سلمان بن عبدالعزيز"
    assert news_arg(text, "لقائهما", "target") == "عبدالفتاح السيسي"
