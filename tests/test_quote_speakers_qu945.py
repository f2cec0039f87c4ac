"""Round qu945: quote speakers left empty or cut.

- «ووفقا للبيان الأوروبي، ...», «وقال البيان المصري إن»: a statement named by the nisba of its issuer is that state's
  (the country's entity) or that international body's («الاتحاد الأوروبي»), not the bare adjective nor no one;
- «وكان ثلاثة من أبرز قيادات الحركة ...، تحدثوا ... بأن»: the counted group set off after «كان» speaks, its body
  its affiliation.
"""

from __future__ import annotations

from conftest import news_quote

_EU = "اجتمع وزراء خارجية الاتحاد الأوروبي مع نظرائهم من دول الجوار في بروكسل أمس لبحث الهجرة. "
_EGYPT = "زار وزير الخارجية الأميركي جون كيري مصر أمس والتقى الرئيس عبد الفتاح السيسي في القاهرة. "
_TALIBAN = "أعلنت حركة طالبان أمس اختيار زعيم جديد لها بعد وفاة مؤسسها. "


def test_according_to_the_european_statement_is_the_union() -> None:
    who, given, body, content = news_quote(
        _EU + "ووفقا للبيان الأوروبي، شهدت الأشهر الأخيرة زيارات متبادلة كثيرة بين الجانبين.", "ووفقا")
    assert who == "الاتحاد الأوروبي"
    assert given is None and body is None
    assert content == "شهدت الأشهر الأخيرة زيارات متبادلة كثيرة بين الجانبين"


def test_the_egyptian_statement_said_is_egypt() -> None:
    who, given, _, content = news_quote(_EGYPT + "وقال البيان المصري إن الجانبين بحثا الأوضاع في ليبيا واليمن.", "وقال")
    assert who == "مصر"
    assert given is None
    assert content == "الجانبين بحثا الأوضاع في ليبيا واليمن"


def test_according_to_the_american_statement_is_the_united_states() -> None:
    who, _, _, _ = news_quote(
        _EGYPT + "وبحسب البيان الأميركي، فإن الولايات المتحدة تدعم القاهرة في حربها على الإرهاب.", "وبحسب")
    assert who == "الولايات المتحدة"


def test_joint_statement_of_two_adjectives_stays_a_phrase() -> None:
    who, given, _, _ = news_quote(
        _EGYPT + "وقال البيان المصري الأميركي المشترك إن الجانبين بحثا الأوضاع في ليبيا.", "وقال")
    assert who is None
    assert given == "البيان المصري الأميركي المشترك"


def test_final_statement_is_no_state() -> None:
    who, given, _, _ = news_quote(_EGYPT + "وقال البيان الختامي إن الجانبين بحثا الأوضاع في ليبيا.", "وقال")
    assert who is None
    assert given == "البيان الختامي"


def test_nisba_of_a_state_the_article_does_not_name_stays_a_phrase() -> None:
    who, given, _, _ = news_quote(_EU + "وقال البيان الفرنسي إن باريس ستستقبل مزيدا من اللاجئين.", "وقال")
    assert who is None
    assert given == "البيان الفرنسي"


def test_counted_leaders_after_kana_speak_for_their_movement() -> None:
    who, given, body, content = news_quote(
        _TALIBAN + "وكان ثلاثة من أبرز قيادات طالبان وأعضاء في مجلس الشورى، تحدثوا إلى وسائل إعلام محلية "
        "في مدينة كويتا، بأن «القيادة ستدعو قريبا إلى اجتماع موسع لاختيار أمير جديد».", "تحدثوا")
    assert who is None
    assert given == "ثلاثة من أبرز قيادات طالبان"
    assert body == "حركة طالبان"
    assert content == "القيادة ستدعو قريبا إلى اجتماع موسع لاختيار أمير جديد"


def test_counted_group_with_its_own_clause_is_not_taken() -> None:
    text = (_TALIBAN + "وكان ثلاثة من أبرز قيادات طالبان في زيارة إلى باكستان، وأكدوا أن الحركة لن تتفاوض مع "
            "الحكومة الأفغانية.")
    who, given, body, _ = news_quote(text, "وأكدوا")
    assert given != "ثلاثة من أبرز قيادات طالبان" and body is None
