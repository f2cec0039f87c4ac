"""Round ev957: the guest of a reception told by a noun with no guest of its own (events.reception_guests)."""

from __future__ import annotations

from conftest import news_event, named_role


def _target(text: str, trigger: str) -> str | None:
    doc, ev = news_event(text, trigger)
    return next((e.name for e in doc.entities if e.id == ev.target), None)


def _source(text: str, trigger: str) -> str | None:
    doc, ev = news_event(text, trigger)
    return next((e.name for e in doc.entities if e.id == ev.source), None)


ARRIVAL = ("وصل الرئيس الفرنسي فرنسوا هولاند إلى القاهرة أمس في زيارة رسمية تستغرق يومين. "
           "وكان في استقباله بالمطار رئيس الوزراء المصري إبراهيم محلب. ")


def test_lam_phrase_before_ceremony_is_guest() -> None:
    text = ("التقى العاهل المغربي الملك محمد السادس أمس في الرباط وزير الخارجية الإسباني خوسيه مانويل غارسيا مارغايو. "
            "وأجريت للعاهل الأردني الملك عبد الله الثاني مراسم استقبال رسمية في قصر الاتحادية.")
    assert _target(text, "استقبال") == "عبد الله الثاني"
    assert _source(text, "استقبال") is None  # the one honoured hosts no one


def test_bare_ceremony_after_arrival_receives_the_visitor() -> None:
    text = ARRIVAL + "وأقيمت مراسم استقبال رسمية عزفت خلالها الموسيقى السلام الوطني للبلدين."
    doc, ev = news_event(text, "استقبال")
    assert named_role(doc, ev.target) is not None
    assert _target(text, "استقبال") == "فرنسوا هولاند"


def test_list_carried_by_definite_noun_keeps_its_host() -> None:
    text = ARRIVAL + "كما كان في الاستقبال وزير الخارجية المصري سامح شكري وعدد من المسؤولين."
    assert _target(text, "الاستقبال") == "فرنسوا هولاند"
    assert _source(text, "الاستقبال") == "سامح شكري"


def test_pronoun_lam_stands_for_the_visitor() -> None:
    text = ARRIVAL + "وقد أجريت له مراسم استقبال رسمية استعرض فيها حرس الشرف."
    assert _target(text, "استقبال") == "فرنسوا هولاند"


def test_lam_phrase_wins_over_the_visitor_told_before() -> None:
    text = ARRIVAL + "وفي القاهرة أجريت لرئيس الوزراء الهندي ناريندرا مودي، مراسم استقبال رسمية."
    assert _target(text, "استقبال") == "ناريندرا مودي"


def test_no_arrival_before_no_guest() -> None:
    text = ("أعلنت وزارة الخارجية المصرية أمس استعدادها الكامل. "
            "وأقيمت مراسم استقبال رسمية في قصر الاتحادية.")
    assert _target(text, "استقبال") is None


def test_own_genitive_guest_is_kept() -> None:
    # counter-case: a reception noun with a guest of its own keeps it, not the visitor told before
    text = ARRIVAL + "وفي المساء جرت في قصر الاتحادية مراسم استقبال العاهل الأردني الملك عبد الله الثاني."
    assert _target(text, "استقبال") == "عبد الله الثاني"


def test_list_opened_by_pronoun_noun_is_left_to_its_rule() -> None:
    # counter-case: «في استقباله» (the pronoun rule's) still reads the visitor, the host stays its source
    text = ARRIVAL
    assert _target(text, "استقباله") == "فرنسوا هولاند"
    assert _source(text, "استقباله") == "إبراهيم محلب"


def test_ceremony_with_its_guest_keeps_the_reception_place() -> None:
    text = ARRIVAL + "وقد أجريت للرئيس الفرنسي مراسم استقبال رسمية استعرض فيها حرس الشرف."
    doc, ev = news_event(text, "استقبال")
    assert _target(text, "استقبال") == "فرنسوا هولاند"
    assert next((e.name for e in doc.entities if e.id == ev.location), None) == "القاهرة"
