"""Round oe345: protest sources in the OEDA gold's patterns (hand-made sentences).

A count or group word with a «من» phrase of people right after a light or organising verb is the subject of the
noun act after it («ونظم المئات من الطلاب مظاهرة»: the students counted organise it; not a count of things or
places); the protesters a body sends out («ودفعت الجماعة بآلاف المتظاهرين») protest for it: the body is the source
(not where the «بـ» phrase is another's, nor where the protesters stand in a clause after it)."""

from conftest import news_arg


# --- a counted group of people as the subject of «نظم/شن» (events.light_subjects.light_verb_subject)

def test_hundreds_of_students_organise_the_demonstration() -> None:
    text = "ونظم المئات من الطلاب مظاهرة أمام مبنى الجامعة احتجاجا على رفع الرسوم."
    assert "الطلاب" in news_arg(text, "مظاهرة")


def test_dozens_of_women_hold_the_sit_in() -> None:
    # «عشرات» is left out of the chunks; its «من» group still names who acts
    text = "ونظمت عشرات من النساء وقفة احتجاجية أمام مبنى البرلمان."
    assert "النساء" in news_arg(text, "وقفة")


def test_dozens_of_gunmen_launch_the_attack() -> None:
    text = "وشن العشرات من المسلحين هجوما على مركز للشرطة في البلدة."
    assert "المسلحين" in news_arg(text, "هجوما")


def test_counter_a_count_of_towns_is_no_subject() -> None:
    # a «من» phrase of places is where, not who: no source from it
    text = "ونظم العشرات من المدن مظاهرات أمس."
    assert "المدن" not in news_arg(text, "مظاهرات")


# --- the body that sends the protesters out (events.protest.crowd_sender)

def test_group_that_sends_thousands_of_protesters_is_the_source() -> None:
    text = "ودفعت الجماعة أمس بأكثر من ثلاثة آلاف متظاهر للاحتشاد أمام مبنى المحافظة، احتجاجا على رفض أوراق مرشحيها."
    assert news_arg(text, "احتجاجا") == "الجماعة"


def test_opposition_that_sends_the_protesters_is_the_source() -> None:
    text = "ودفعت المعارضة بالمتظاهرين إلى الشوارع احتجاجا على تزوير الانتخابات."
    assert news_arg(text, "احتجاجا") == "المعارضة"


def test_counter_protesters_in_a_clause_after_the_sent_troops_protest() -> None:
    # the government sends soldiers; the protesters of the clause after them protest on their own
    text = "ودفعت الحكومة بالجنود إلى الساحة حيث تجمع المتظاهرون احتجاجا على الغلاء."
    assert news_arg(text, "احتجاجا") == "المتظاهرون"


def test_counter_protesters_who_pay_a_price_are_no_one_sent() -> None:
    text = "ودفع المتظاهرون ثمن احتجاجهم على القرار بعد أن فرقتهم الشرطة بالقوة."
    assert news_arg(text, "احتجاجهم") == "المتظاهرون"


# --- a crowd noun names the protesters (events.protest.protesters)

def test_crowds_heading_for_the_square_protest() -> None:
    text = "وبدأت الحشود تتوجه نحو ساحة الشهداء وسط هتافات ضد الحكومة."
    assert news_arg(text, "تتوجه") == "الحشود"


def test_angry_crowds_are_the_protest_noun_source() -> None:
    text = "ويأتي الاحتجاج بعد وصول حشود غاضبة إلى أطراف المدينة."
    assert news_arg(text, "الاحتجاج") == "حشود"


def test_counter_crowds_of_soldiers_are_no_protesters() -> None:
    text = "ويأتي الاحتجاج بعد وصول حشود من الجنود إلى أطراف المدينة."
    assert news_arg(text, "الاحتجاج") == ""


# --- the one a slogan bids go, where the name's run took in the slogan's verb (events.protest.protest_aim)

def test_slogan_bidding_a_leader_resign_aims_at_him() -> None:
    text = "وهتف المتظاهرون «ليستقيل مبارك» أمام مبنى البرلمان."
    assert "مبارك" in news_arg(text, "وهتف", "target")


def test_slogan_bidding_a_leader_leave_aims_at_him() -> None:
    text = "وهتف المتظاهرون «ليرحل شارون» أمام مقر الحكومة."
    assert "شارون" in news_arg(text, "وهتف", "target")


def test_counter_a_cheer_for_the_king_aims_at_no_one() -> None:
    text = "وهتف المتظاهرون «يعيش الملك حسين» أمام القصر."
    assert "حسين" not in news_arg(text, "وهتف", "target")
