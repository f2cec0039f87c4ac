"""Round en835: an office in construct with a body («عضو لجنة الأمن والدفاع النيابية»), written again with no name,
is a mention of the one person of the article named with it (entities.rolementions)."""

from conftest import analyze_news, quote_speakers

from rasd.entities.rolementions import _head_len, _heads, _words

MEMBER = ("وطالب عضو لجنة الأمن والدفاع النيابية النائب محمد الكربولي، قيادة العمليات المشتركة بتوخي الدقة في "
          "قصف مواقع التنظيم بالأنبار. وقال الكربولي إن القصف أصاب مدنيين. ")
AGAIN = "وأضاف عضو لجنة الأمن والدفاع النيابية «أطالب الحكومة بفتح تحقيق عاجل في الحادث». "


def _speaker(text: str, cue: str) -> str | None:
    return dict(quote_speakers(analyze_news(text)))[cue]


def _mentions(text: str, name: str) -> list[str]:
    doc = analyze_news(text)
    ent = next(e for e in doc.entities if e.name == name)
    return [doc.text[m.start : m.end] for m in ent.mentions]


def test_member_again_is_the_member_named() -> None:
    assert _speaker(MEMBER + AGAIN, "وأضاف") == "محمد الكربولي"
    assert _mentions(MEMBER + AGAIN, "محمد الكربولي") == ["محمد الكربولي", "الكربولي", "عضو"]


def test_member_named_in_apposition() -> None:
    text = ("قال خالد العبيدي، عضو لجنة النزاهة النيابية، إن الفساد ينخر مؤسسات الدولة. "
            "وأضاف عضو لجنة النزاهة النيابية «سنستدعي الوزراء المقصرين إلى البرلمان». ")
    assert _speaker(text, "وأضاف") == "خالد العبيدي"


def test_chair_with_a_shorter_body() -> None:
    text = ("وانتقد رئيس لجنة العلاقات الخارجية في مجلس الشيوخ السيناتور بوب كوركر الاتفاق. "
            "وقال رئيس لجنة العلاقات الخارجية إن الكونغرس سيراجع الاتفاق.")
    assert _speaker(text, "وقال") == "بوب كوركر"


def test_two_members_named_make_no_link() -> None:
    other = ("ودعا عضو لجنة الأمن والدفاع النيابية النائب أحمد الجبوري إلى تحقيق في الحادث. ")
    assert _speaker(MEMBER + other + AGAIN, "وأضاف") != "محمد الكربولي"
    assert _speaker(MEMBER + other + AGAIN, "وأضاف") != "أحمد الجبوري"


def test_member_named_only_after_makes_no_link() -> None:
    text = AGAIN + MEMBER
    assert _speaker(text, "وأضاف") != "محمد الكربولي"


def test_the_body_itself_is_no_mention_of_him() -> None:
    text = MEMBER + "وأكدت اللجنة أنها ستستدعي القادة العسكريين. "
    assert "اللجنة" not in _mentions(text, "محمد الكربولي")
    assert _mentions(text, "محمد الكربولي") == ["محمد الكربولي", "الكربولي"]


def test_office_heads() -> None:
    heads = _heads()
    assert _head_len(_words("المتحدث باسم وزارة الداخلية"), heads) == 2
    assert _head_len(_words("وعضو لجنة النزاهة"), heads) == 1
    assert _head_len(_words("نائب رئيس الوزراء"), heads) == 2
    assert _head_len(_words("وزير الخارجية"), heads) == 0
    assert _head_len(_words("عضو"), heads) == 0  # (a head with no body after it)
